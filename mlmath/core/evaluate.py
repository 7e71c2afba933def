"""Numbers from SymPy expressions, safely: exact where the arithmetic allows, else mpmath rounded to float64.

SymPy's own ``evalf`` can hang (``exp(exp(exp(100)))`` asks mpmath for a
number with 10⁴³-bit exponents), so values are computed here, bottom-up, with
every growth checked before it happens: a power or an exponential whose result
would lie beyond ~2¹¹⁰⁰ is infinite at once.  Integers and fractions combined by
``+ − × ÷`` and integer powers stay exact (``d/dx x³`` at x = 1/2 is exactly 3/4);
anything else is computed with 80-bit mpmath numbers and rounded once to float64.
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

PRECISION_BITS = 80
# An intermediate value may reach 2**MAX_MAGNITUDE_BITS (log(1 + exp(800)) passes through e⁸⁰⁰ ≈ 2¹¹⁵⁴):
# mpmath keeps the exponent as an integer, so such numbers cost no more than small ones.  Past this a
# value is infinite at once, which is what keeps exp(exp(exp(100))) from asking for 10⁴³-bit exponents.
MAX_MAGNITUDE_BITS = 1 << 20
MAX_TRIG_ARGUMENT = 1.8e308  # mpmath reduces an angle with as many extra bits as it has; past float64, no value
MAX_EXACT_BITS = 8192  # an exact power with more bits than this is computed in mpmath instead
MAX_STABLE_BITS = 1 << 13  # :func:`stable_value` stops adding bits here
FLOAT_BITS = 53

Number = int | Fraction | float


class Undefined(ArithmeticError):
    """The expression has no real value here: ``reason`` says why (division by zero, log of −1 …), in the
    language in force when it is shown; ``kind`` names the case for code that decides by it."""

    def __init__(self, kind: str, **args: Any):
        from mlmath.text import say

        self.kind = kind
        self.reason = say(REASONS[kind], **args)
        super().__init__(str(self.reason))


# each case of an undefined value → its sentence
REASONS = {
    "not_real": "expressions.undefined.not_real",
    "no_value": "expressions.undefined.no_value",
    "cannot_evaluate": "expressions.undefined.cannot_evaluate",
    "division_by_zero": "expressions.undefined.division_by_zero",
    "root_of_negative": "expressions.undefined.root_of_negative",
    "power_of_negative": "expressions.undefined.power_of_negative",
    "outside_unit": "expressions.undefined.outside_unit",
    "log_of_zero": "expressions.undefined.log_of_zero",
    "log_of_negative": "expressions.undefined.log_of_negative",
    "tan_pole": "expressions.undefined.tan_pole",
}


def evaluate(expr: Any, values: dict[Any, Number] | None = None, memo: dict[Any, Any] | None = None, *,
             precision_bits: int = PRECISION_BITS, rounded: bool = True) -> Any:
    """The value of ``expr`` with its symbols replaced by ``values`` (keys: SymPy symbols or names).

    Returns an ``int`` or ``Fraction`` when exact, else a ``float`` (±inf past the float64 range,
    nan for ∞ − ∞); with ``rounded=False`` an mpmath number of ``precision_bits`` instead of the float.
    Raises :class:`Undefined` where the expression has no real value.
    """
    import mpmath

    by_name = {getattr(key, "name", key): value for key, value in (values or {}).items()}
    with mpmath.workprec(precision_bits):
        value = _Evaluator(by_name, memo if memo is not None else {}).value(expr)
    return _finish(value) if rounded else value


def stable_value(expr: Any, values: dict[Any, Number] | None = None) -> tuple[Number, Any]:
    """``(value, precise)``: ``expr`` at ``values`` with enough bits for the float64 answer, rounded once.

    An 80-bit pass records the largest and smallest magnitudes met on the way; cancellation such as
    (e⁸⁰⁰ + 1)·e⁸⁰⁰ − e¹⁶⁰⁰ or (1 + e⁻⁸⁰⁰) − 1 loses about that range of bits, so the next pass
    carries that many more, and passes double until two agree to float64's 53 bits.
    ``precise`` is the unrounded mpmath number (or the exact Fraction), for values float64 cannot hold
    (e⁻⁸⁰⁰ rounds to 0, e⁸⁰⁰ to inf).  Raises :class:`Undefined` where the expression has no real value.
    """
    import mpmath

    by_name = {getattr(key, "name", key): value for key, value in (values or {}).items()}
    bits = PRECISION_BITS
    previous, previous_noise = None, False
    while True:
        with mpmath.workprec(bits):
            evaluator = _Evaluator(by_name, {})
            value = evaluator.value(expr)
            if isinstance(value, Fraction):
                return _finish(value), value
            noise = _below_noise(value, evaluator.top, bits)
            if noise and previous is not None and previous_noise:
                # twice no larger than the rounding of the largest intermediate: 0 (sin² + cos² − 1)
                return 0.0, mpmath.mpf(0)
            if previous is not None and not noise and _agree(previous, value) or bits >= MAX_STABLE_BITS:
                return _finish(value), value
        spread = evaluator.top - evaluator.bottom if evaluator.top is not None else 0
        bits = min(MAX_STABLE_BITS, max(2 * bits, PRECISION_BITS + spread) if previous is None else 2 * bits)
        previous, previous_noise = value, noise


def _below_noise(value: Any, top: int | None, bits: int) -> bool:
    """Whether ``value`` is no larger than the rounding error of the largest intermediate at ``bits``."""
    import mpmath

    if top is None or not mpmath.isfinite(value):
        return False
    return value == 0 or mpmath.mag(value) < top - bits + 8


def _agree(a: Any, b: Any) -> bool:
    """Two evaluations that round to the same float64 value (and agree a few bits beyond)."""
    import mpmath

    if mpmath.isnan(a) or mpmath.isnan(b):
        return bool(mpmath.isnan(a) and mpmath.isnan(b))
    if mpmath.isinf(a) or mpmath.isinf(b) or a == 0 or b == 0:
        return a == b
    return abs(a - b) <= abs(b) * mpmath.mpf(2) ** -(FLOAT_BITS + 4)


def _finish(value: Any) -> Number:
    if isinstance(value, Fraction):
        return value.numerator if value.denominator == 1 else value
    return float(value)


def _exact(value: Number) -> Any:
    import mpmath

    if isinstance(value, (int, Fraction)):
        return Fraction(value)
    return mpmath.mpf(value)


class _Evaluator:
    def __init__(self, values: dict[str, Number], memo: dict[Any, Any]):
        import mpmath
        import sympy

        self.mp = mpmath
        self.sympy = sympy
        self.values = values
        self.memo = memo
        self.top: int | None = None  # the largest and smallest binary exponents met (mpmath.mag)
        self.bottom: int | None = None
        from mlmath.core.ml_functions import ml_functions

        ml = ml_functions()
        self.unary = {
            sympy.exp: self._exp, sympy.log: self._log, sympy.sin: self._trig(mpmath.sin),
            sympy.cos: self._trig(mpmath.cos), sympy.tan: self._tan, sympy.tanh: lambda u: mpmath.tanh(as_mpf(u)),
            sympy.Abs: abs, sympy.sign: self._sign, ml["sigmoid"]: self._sigmoid, ml["softplus"]: self._softplus,
            ml["relu"]: lambda u: u if u > 0 else Fraction(0), ml["step"]: lambda u: Fraction(1 if u > 0 else 0),
            sympy.erf: lambda u: mpmath.erf(as_mpf(u)), sympy.atan: lambda u: mpmath.atan(as_mpf(u)),
            sympy.cosh: self._cosh, sympy.sinh: self._sinh, sympy.asin: self._arc(mpmath.asin, "asin"),
            sympy.acos: self._arc(mpmath.acos, "acos"),
        }

    def value(self, expr: Any) -> Any:
        if not expr.free_symbols and expr in self.memo:
            return self.memo[expr]
        value = self._value(expr)
        if not expr.free_symbols:
            self.memo[expr] = value
        if not isinstance(value, Fraction) and value and self.mp.isfinite(value):
            size = self.mp.mag(value)
            self.top = size if self.top is None else max(self.top, size)
            self.bottom = size if self.bottom is None else min(self.bottom, size)
        return value

    def _value(self, expr: Any) -> Any:
        sympy, mp = self.sympy, self.mp
        if expr.is_Integer or expr.is_Rational:
            return Fraction(int(expr.p), int(expr.q))
        if expr.is_Float:
            return mp.mpf(expr._mpf_)
        if expr is sympy.pi:
            return +mp.pi
        if expr is sympy.E:
            return mp.e()
        if expr is sympy.I:
            raise Undefined("not_real")
        if expr.is_Symbol:
            if expr.name not in self.values:
                raise Undefined("no_value", name=expr.name)
            return _exact(self.values[expr.name])
        if expr.is_Add:
            total: Any = Fraction(0)
            for arg in expr.args:
                total = add(total, self.value(arg))
            return total
        if expr.is_Mul:
            product: Any = Fraction(1)
            for arg in expr.args:
                product = multiply(product, self.value(arg))
            return product
        if expr.is_Pow:
            return self._power(self.value(expr.base), expr.exp)
        function = self.unary.get(expr.func)
        if function is not None and len(expr.args) == 1:
            return function(self.value(expr.args[0]))
        raise Undefined("cannot_evaluate", function=expr.func.__name__)

    # --- the operations, each guarded -------------------------------------------

    def _power(self, base: Any, exponent_expr: Any) -> Any:
        mp = self.mp
        if exponent_expr.is_Integer and isinstance(base, Fraction):
            exponent = int(exponent_expr)
            if base == 0:
                if exponent < 0:
                    raise Undefined("division_by_zero")
                return Fraction(1 if exponent == 0 else 0)
            if abs(exponent) * abs(_log2(base)) > MAX_MAGNITUDE_BITS:
                return _overflow(base, exponent)
            if abs(exponent) * (base.numerator.bit_length() + base.denominator.bit_length()) <= MAX_EXACT_BITS:
                return base**exponent
            exponent = Fraction(exponent)  # too many digits to keep exact: computed in mpmath below
        else:
            exponent = self.value(exponent_expr)
        if (isinstance(exponent, Fraction) and exponent.denominator == 1 and isinstance(base, Fraction)
                and not exponent_expr.is_Integer):
            return self._power(base, self.sympy.Integer(exponent.numerator))
        base_f, exponent_f = as_mpf(base), as_mpf(exponent)
        if not (mp.isfinite(base_f) and mp.isfinite(exponent_f)):
            return mp.power(base_f, exponent_f) if mp.isnan(base_f) or mp.isnan(exponent_f) else _inf_power(
                mp, base_f, exponent_f)
        if base_f == 0:
            if exponent_f < 0:
                raise Undefined("division_by_zero")
            return mp.mpf(0) if exponent_f > 0 else mp.mpf(1)
        if base_f < 0 and not mp.isint(exponent_f):
            raise Undefined("root_of_negative" if exponent_f == 0.5 else "power_of_negative")
        bits = abs(exponent_f) * abs(mp.log(abs(base_f), 2))
        if bits > MAX_MAGNITUDE_BITS:
            return _overflow(base_f, exponent_f)
        return mp.power(base_f, exponent_f)

    def _exp(self, u: Any) -> Any:
        mp = self.mp
        u = as_mpf(u)
        if mp.isnan(u):
            return u
        if u > MAX_MAGNITUDE_BITS * math.log(2):
            return mp.inf
        if u < -MAX_MAGNITUDE_BITS * math.log(2):
            return mp.mpf(0)
        return mp.exp(u)

    def _cosh(self, u: Any) -> Any:
        # (eᵘ + e⁻ᵘ)/2 through the guarded exponential: inf past the float range, never a huge number
        u = as_mpf(u)
        return (self._exp(u) + self._exp(-u)) / 2

    def _sinh(self, u: Any) -> Any:
        u = as_mpf(u)
        return (self._exp(u) - self._exp(-u)) / 2 if abs(u) > 1 else self.mp.sinh(u)

    def _arc(self, function, name: str):
        def apply(u: Any) -> Any:
            if not -1 <= u <= 1:
                raise Undefined("outside_unit", function=name)
            return function(as_mpf(u))

        return apply

    def _log(self, u: Any) -> Any:
        u = as_mpf(u)
        if u <= 0:
            raise Undefined("log_of_zero" if u == 0 else "log_of_negative")
        return self.mp.log(u)

    def _trig(self, function):
        def apply(u: Any) -> Any:
            u = as_mpf(u)
            if not self.mp.isfinite(u) or abs(u) > MAX_TRIG_ARGUMENT:
                return self.mp.nan
            return function(u)

        return apply

    def _tan(self, u: Any) -> Any:
        u = as_mpf(u)
        if not self.mp.isfinite(u) or abs(u) > MAX_TRIG_ARGUMENT:
            return self.mp.nan
        if self.mp.cos(u) == 0:
            raise Undefined("tan_pole")
        return self.mp.tan(u)

    @staticmethod
    def _sign(u: Any) -> Any:
        return Fraction((u > 0) - (u < 0))

    def _sigmoid(self, u: Any) -> Any:
        if u == 0:
            return Fraction(1, 2)
        u = as_mpf(u)
        if u >= 0:
            return 1 / (1 + self._exp(-u))
        e = self._exp(u)
        return e / (1 + e)

    def _softplus(self, u: Any) -> Any:
        mp = self.mp
        u = as_mpf(u)
        if mp.isinf(u):
            return u if u > 0 else mp.mpf(0)
        # log(1 + eᵘ) = max(u, 0) + log(1 + e^−|u|): no overflow for large u
        return max(u, 0) + mp.log1p(self._exp(-abs(u)))


def add(a: Any, b: Any) -> Any:
    """a + b: exact for two fractions, else in mpmath at the working precision."""
    if isinstance(a, Fraction) and isinstance(b, Fraction):
        return a + b
    return as_mpf(a) + as_mpf(b)


def multiply(a: Any, b: Any) -> Any:
    """a·b: exact for two fractions, else in mpmath at the working precision."""
    if isinstance(a, Fraction) and isinstance(b, Fraction):
        return a * b
    return as_mpf(a) * as_mpf(b)


def as_mpf(value: Any) -> Any:
    """A fraction as an mpmath number at the working precision; an mpmath number as it is."""
    if isinstance(value, Fraction):
        import mpmath

        return mpmath.mpf(value.numerator) / value.denominator
    return value


def _log2(value: Fraction) -> float:
    return math.log2(abs(value.numerator)) - math.log2(value.denominator)


def _overflow(base: Any, exponent: Any) -> Any:
    """base**exponent past ~2¹¹⁰⁰: 0 when it shrinks, else ±inf (negative for an odd power of a negative base)."""
    import mpmath

    grows = (abs(base) > 1) == (exponent > 0)
    if not grows:
        return mpmath.mpf(0)
    negative = base < 0 and mpmath.isint(exponent) and int(exponent) % 2 == 1
    return -mpmath.inf if negative else mpmath.inf


def _inf_power(mp, base: Any, exponent: Any) -> Any:
    try:
        return mp.power(base, exponent)
    except (ValueError, ZeroDivisionError):
        return mp.nan
