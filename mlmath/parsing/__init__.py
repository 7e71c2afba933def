"""User text → numbers, arrays and safe expressions.  The only package that reads user text.

The readers load on first use, so a command that reads only a sentence
(``attention``) does not pay for the number readers.
"""

from importlib import import_module

_READERS = {
    "parse_array": "numbers",
    "parse_labeled": "numbers",
    "parse_matrix": "numbers",
    "parse_number": "numbers",
    "parse_vector": "numbers",
}

__all__ = sorted(_READERS)


def __getattr__(name: str):
    if name in _READERS:
        return getattr(import_module(f"{__name__}.{_READERS[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
