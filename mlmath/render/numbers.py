"""How a number is written on screen, honouring ``--precision``.

Integers and fractions are exact and written exactly; floats get ``precision``
decimals, switching to scientific notation for very small or very large sizes.
JSON never goes through here: it keeps full precision.
"""

from __future__ import annotations

import math
from typing import Any

DEFAULT_PRECISION = 4


def format_number(value: Any, precision: int = DEFAULT_PRECISION, *, short_integral: bool = True) -> str:
    """``28.0`` → ``28``; ``0.5`` → ``0.5``; ``0.09003057`` → ``0.0900``; ``3/4`` stays ``3/4``; ``1e-9`` →
    ``1.0000e-09``.  ``short_integral=False`` (a column of numbers with decimals) writes every float with
    ``precision`` decimals."""
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
        size = abs(number)
        if size != 0 and (size < 10.0 ** -precision or size >= 1e12):
            return f"{number:.{precision}e}"
        if short_integral:
            exact = _exact_decimal(number, precision)
            if exact is not None:  # 0.5, -1.5, 0.125: written as they are, without trailing zeros
                return exact
        text = f"{number:.{precision}f}"
        return "0" + text[2:] if text.startswith("-0") and float(text) == 0 else text
    return str(value)


def _exact_decimal(number: float, precision: int) -> str | None:
    """``0.5`` for 0.5: the shortest decimal that is this float, when it has at most ``precision`` decimals
    and no exponent (0.5, 2.25 and 0.1 + 0.2 are shown as 0.5, 2.25 and 0.3: a last-bit error of the
    arithmetic is not a digit); else None."""
    rounded = round(number, precision)
    if abs(number - rounded) > 4 * math.ulp(number):
        return None
    if rounded.is_integer() and abs(rounded) < 1e15:  # 0.9999999999999999 is the 1 it stands for
        return str(int(rounded))
    text = repr(rounded)
    if "e" in text or "n" in text or len(text.partition(".")[2]) > precision:
        return None
    return text


MAX_EXACT_DIGITS = 15  # an exact integer with more digits is written like a float: 8.9885e+307


def _integer(value: int, precision: int) -> str:
    if abs(value) < 10**MAX_EXACT_DIGITS:
        return str(value)
    from decimal import Decimal  # exact at any size, where float() would overflow past 1e308

    return format(Decimal(value), f".{precision}e").replace("E", "e")


def _is_fraction(value: Any) -> bool:
    """A ``fractions.Fraction``, known without importing the module (it costs startup time)."""
    kind = type(value)
    return kind.__name__ == "Fraction" and kind.__module__ == "fractions"


def format_array_entries(values: Any, precision: int = DEFAULT_PRECISION, *, exact: bool = True) -> list[str]:
    """Format a flat sequence so a column reads evenly: all integral, all exact (0.5, 2.25), or all with
    ``precision`` decimals (``exact=False``: never shortened to the exact value, as a heatmap's cells)."""
    items = list(values)
    short = all(_is_integral(item) or (exact and _is_short(item, precision)) for item in items)
    return [format_number(item, precision, short_integral=short) for item in items]


def _is_short(value: Any, precision: int) -> bool:
    """A float written exactly in at most ``precision`` decimals (0.5, -2.25)."""
    if not isinstance(value, float) and type(value).__module__ != "numpy":
        return False
    try:
        number = float(value)
    except (TypeError, ValueError):
        return False
    return math.isfinite(number) and 10.0 ** -precision <= abs(number) < 1e12 and \
        _exact_decimal(number, precision) is not None


def _is_integral(value: Any) -> bool:
    if isinstance(value, int) or _is_fraction(value):
        return isinstance(value, int) or value.denominator == 1
    try:
        number = float(value)
    except (TypeError, ValueError):
        return False
    return math.isfinite(number) and number.is_integer()
