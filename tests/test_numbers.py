"""The one number style: ``--precision`` significant digits, exact values without trailing zeros.

Checked against Python's own ``%g`` rounding and against exact decimal arithmetic, not against the
formatter itself.
"""

import math
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mlmath.render.numbers import format_array_entries, format_fixed, format_number


@pytest.mark.parametrize(
    ("value", "precision", "text"),
    [
        (0.0707372016677029, 4, "0.07074"),  # small factors keep their digits (not 0.0707)
        (2.711481262, 4, "2.711"),
        (12.933154, 4, "12.93"),
        (0.09003057317038046, 4, "0.09003"),
        (0.5, 4, "0.5"),  # exact: as it is
        (0.125, 4, "0.125"),
        (0.1 + 0.2, 4, "0.3"),  # a last-bit error of the arithmetic is not a digit
        (1.4625, 4, "1.462"),  # exact in 5 digits, so rounded to 4 (half to even, as %g does)
        (1234.5, 4, "1234.5"),  # never written as a whole number when it is not one
        (0.99999, 4, "1.000"),  # rounded up to 1: the zeros say it was rounded
        (1.23456e-5, 4, "1.235e-05"),
        (1e-9, 4, "1e-09"),
        (-0.0, 4, "0"),
        (2.718281828, 6, "2.71828"),
        (2.718281828, 2, "2.7"),
        (Fraction(3, 4), 4, "3/4"),
        (28, 4, "28"),
        (10**20, 4, "1.000e+20"),
    ],
)
def test_hand_picked_numbers(value, precision, text):
    assert format_number(value, precision) == text


FIXED = st.floats(1e-4, 1e11, allow_nan=False, allow_infinity=False)


@settings(max_examples=500, deadline=None)
@given(FIXED, st.booleans(), st.integers(1, 8))
def test_a_rounded_number_has_exactly_precision_significant_digits(size, negative, precision):
    value = -size if negative else size
    text = format_number(value, precision)
    exact = Decimal(value)
    if abs(float(text) - value) <= 4 * math.ulp(value) or "e" in text:
        return  # exact (up to a last-bit error of the arithmetic), or scientific notation
    digits = text.lstrip("-").replace(".", "").lstrip("0")
    whole_digits = len(text.lstrip("-").partition(".")[0].lstrip("0"))
    assert len(digits) == max(precision, whole_digits + 1 if whole_digits >= precision else precision), text
    # the same number %g gives, to precision digits (a big non-integer keeps one decimal more)
    if whole_digits < precision:
        assert Decimal(text) == Decimal(f"{value:.{precision}g}"), text
    # and it is the true value to half a unit of its last digit
    last = Decimal(1).scaleb(-len(text.partition(".")[2]))
    assert abs(Decimal(text) - exact) <= last / 2


@settings(max_examples=300, deadline=None)
@given(st.integers(-10**6, 10**6), st.integers(0, 6))
def test_an_exact_decimal_is_written_as_it_is(mantissa, exponent):
    value = mantissa / 10**exponent  # at most 7 significant digits
    text = format_number(value, 8)
    assert Decimal(text) == Decimal(str(value)) and not (("." in text) and text.endswith("0"))


def test_a_column_keeps_its_zeros_and_a_picture_its_decimals():
    assert format_array_entries([1.0, 0.5, 1 / 3]) == ["1.000", "0.5000", "0.3333"]
    assert format_array_entries([1.0, 0.5, 0.25]) == ["1", "0.5", "0.25"]
    assert format_fixed([0.004, 1.0, -0.001], 2) == ["0.00", "1.00", "0.00"]
