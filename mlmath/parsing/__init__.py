"""User text → numbers, arrays and safe expressions.  The only module that reads user text."""

from mlmath.parsing.numbers import (
    parse_array,
    parse_int,
    parse_matrix,
    parse_number,
    parse_vector,
)

__all__ = ["parse_array", "parse_int", "parse_matrix", "parse_number", "parse_vector"]
