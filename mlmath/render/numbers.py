"""How a number is written on screen, honouring ``--precision``.

Integers and fractions are exact and written exactly.  A float is written with ``precision``
significant digits (``0.07074``, ``2.711``, ``12.93``; a non-integer keeps at least one decimal:
``1234.5``), without trailing zeros when it is exact in that many digits (``0.5``, ``0.125``), and in
scientific notation when very small or very large (``1.235e-05``).  JSON never goes through here: it
keeps full precision.
"""

from __future__ import annotations

import math
from typing import Any

DEFAULT_PRECISION = 4
SMALLEST_FIXED = 1e-4  # below this size a float is written 1.235e-05, as %g does
LARGEST_FIXED = 1e12


def format_number(value: Any, precision: int = DEFAULT_PRECISION, *, short_integral: bool = True) -> str:
    """``28.0`` → ``28``; ``0.5`` → ``0.5``; ``0.09003057`` → ``0.09003``; ``3/4`` stays ``3/4``; ``1e-9`` →
    ``1e-09``.  ``short_integral=False`` (a column of numbers, some rounded) writes every float with
    ``precision`` significant digits, trailing zeros kept (``1.000``, ``0.5000``)."""
    kind = type(value).__module__
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int) or (kind == "numpy" and hasattr(value, "dtype") and value.dtype.kind in "iu"):
        return _integer(int(value), precision)
    if _is_fraction(value):
        return str(value.numerator) if value.denominator == 1 else f"{value.numerator}/{value.denominator}"
    if isinstance(value, float) or kind == "numpy":
        number = float(value)
        if math.isnan(number):
            return "nan"
        if math.isinf(number):
            return "∞" if number > 0 else "-∞"
        if short_integral and number.is_integer() and abs(number) < 1e15:
            return str(int(number)) if number != 0 or math.copysign(1, number) > 0 else "0"
        if short_integral:
            exact = _exact_decimal(number, precision)
            if exact is not None:  # 0.5, -1.5, 0.125, 2.5e-07: written as they are, without trailing zeros
                return exact
        size = abs(number)
        if size != 0 and (size < SMALLEST_FIXED or size >= LARGEST_FIXED):
            return f"{number:.{precision - 1}e}"
        return _significant(number, precision)
    return str(value)


def _significant(number: float, precision: int) -> str:
    """``number`` to ``precision`` significant digits in fixed notation, trailing zeros kept; a number that
    is not whole keeps one decimal even when that is more digits (1234.5, not 1234 or 1235)."""
    if number == 0:
        return "0." + "0" * (precision - 1) if precision > 1 else "0"
    magnitude = math.floor(math.log10(abs(number)))
    decimals = precision - 1 - magnitude
    text = f"{number:.{max(decimals, 0)}f}"
    if decimals > 0 and abs(float(text)) >= 10.0 ** (magnitude + 1):  # 9.99996 rounds up to 10.000
        text = f"{number:.{decimals - 1}f}"
    if "." not in text and not number.is_integer():
        text = f"{number:.1f}"
    return "0" + text[2:] if text.startswith("-0") and float(text) == 0 else text


def _exact_decimal(number: float, precision: int) -> str | None:
    """``0.5`` for 0.5: the shortest decimal that is this float, when it has at most ``precision``
    significant digits (0.5, 2.25, 2.5e-07, and 0.1 + 0.2 is 0.3: a last-bit error of the arithmetic is not
    a digit); else None."""
    if number == 0:
        return "0"
    rounded = float(f"{number:.{precision}g}")
    if abs(number - rounded) > 4 * math.ulp(number):
        return None
    if rounded.is_integer() and abs(rounded) < 1e15:  # 0.9999999999999999 is the 1 it stands for
        return str(int(rounded))
    text = repr(rounded)
    if "e" not in text and SMALLEST_FIXED <= abs(rounded) < LARGEST_FIXED:
        return text
    mantissa, exponent = f"{rounded:.{precision - 1}e}".split("e")  # exact: rounded has ≤ precision digits
    return f"{mantissa.rstrip('0').rstrip('.')}e{exponent}"


MAX_EXACT_DIGITS = 15  # an exact integer with more digits is written like a float: 8.9885e+307


def _integer(value: int, precision: int) -> str:
    if abs(value) < 10**MAX_EXACT_DIGITS:
        return str(value)
    from decimal import Decimal  # exact at any size, where float() would overflow past 1e308

    return format(Decimal(value), f".{precision - 1}e").replace("E", "e")


def _is_fraction(value: Any) -> bool:
    """A ``fractions.Fraction``, known without importing the module (it costs startup time)."""
    kind = type(value)
    return kind.__name__ == "Fraction" and kind.__module__ == "fractions"


def format_tolerance(value: float) -> str:
    """A tolerance or a distance in a verdict, to three significant digits without trailing zeros: ``0.0005``,
    ``0.0075`` (|0.375 − 0.3825| in float64 is 0.00749999…: a distance's last bits are not digits),
    ``0.00383``, ``1e-9`` (an exponent without padding, as a learner writes it)."""
    import re

    return re.sub(r"e([+-])0*(\d)", r"e\1\2", f"{float(value):.3g}")


def format_array_entries(values: Any, precision: int = DEFAULT_PRECISION) -> list[str]:
    """Format a flat sequence so a column reads evenly: all integral, all exact (0.5, 2.25), or all with
    ``precision`` significant digits, trailing zeros kept."""
    items = list(values)
    short = all(_is_integral(item) or _is_short(item, precision) for item in items)
    return [format_number(item, precision, short_integral=short) for item in items]


def format_fixed(values: Any, decimals: int) -> list[str]:
    """A picture's cells (a heatmap): every number with the same ``decimals``, so the cells line up and a
    tiny weight reads 0.00 rather than 1.2e-03."""
    texts = [f"{float(value):.{decimals}f}" for value in values]
    return [text[1:] if text.startswith("-") and float(text) == 0 else text for text in texts]


def _is_short(value: Any, precision: int) -> bool:
    """A float written exactly in at most ``precision`` significant digits (0.5, -2.25)."""
    if not isinstance(value, float) and type(value).__module__ != "numpy":
        return False
    try:
        number = float(value)
    except (TypeError, ValueError):
        return False
    return math.isfinite(number) and _exact_decimal(number, precision) is not None


def _is_integral(value: Any) -> bool:
    if isinstance(value, int) or _is_fraction(value):
        return isinstance(value, int) or value.denominator == 1
    try:
        number = float(value)
    except (TypeError, ValueError):
        return False
    return math.isfinite(number) and number.is_integer()
