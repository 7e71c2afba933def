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
MAX_MAGNITUDE_BITS = 1100  # beyond this a value is infinite (float64 ends near 2**1024)
MAX_TRIG_ARGUMENT = 1e300  # mpmath reduces larger angles slowly; float64 ends at 1.8e308

Number = int | Fraction | float


class Undefined(ArithmeticError):
    """The expression has no real value here: ``reason`` says why (division by zero, log of −1 …)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


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
        from mlmath.core.ml_functions import ml_functions

        ml = ml_functions()
        self.unary = {
            sympy.exp: self._exp, sympy.log: self._log, sympy.sin: self._trig(mpmath.sin),
            sympy.cos: self._trig(mpmath.cos), sympy.tan: self._tan, sympy.tanh: lambda u: mpmath.tanh(as_mpf(u)),
            sympy.Abs: abs, sympy.sign: self._sign, ml["sigmoid"]: self._sigmoid, ml["softplus"]: self._softplus,
            ml["relu"]: lambda u: u if u > 0 else Fraction(0), ml["step"]: lambda u: Fraction(1 if u > 0 else 0),
            sympy.erf: lambda u: mpmath.erf(as_mpf(u)), sympy.atan: lambda u: mpmath.atan(as_mpf(u)),
            sympy.cosh: self._cosh,
        }

    def value(self, expr: Any) -> Any:
        if not expr.free_symbols and expr in self.memo:
            return self.memo[expr]
        value = self._value(expr)
        if not expr.free_symbols:
            self.memo[expr] = value
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
            raise Undefined("not a real number")
        if expr.is_Symbol:
            if expr.name not in self.values:
                raise Undefined(f"no value for {expr.name}")
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
        raise Undefined(f"cannot evaluate {expr.func.__name__}")

    # --- the operations, each guarded -------------------------------------------

    def _power(self, base: Any, exponent_expr: Any) -> Any:
        mp = self.mp
        if exponent_expr.is_Integer and isinstance(base, Fraction):
            exponent = int(exponent_expr)
            if base == 0:
                if exponent < 0:
                    raise Undefined("division by zero")
                return Fraction(1 if exponent == 0 else 0)
            if abs(exponent) * abs(_log2(base)) > MAX_MAGNITUDE_BITS:
                return _overflow(base, exponent)
            return base**exponent
        exponent = self.value(exponent_expr)
        if isinstance(exponent, Fraction) and exponent.denominator == 1 and isinstance(base, Fraction):
            return self._power(base, self.sympy.Integer(exponent.numerator))
        base_f, exponent_f = as_mpf(base), as_mpf(exponent)
        if not (mp.isfinite(base_f) and mp.isfinite(exponent_f)):
            return mp.power(base_f, exponent_f) if mp.isnan(base_f) or mp.isnan(exponent_f) else _inf_power(
                mp, base_f, exponent_f)
        if base_f == 0:
            if exponent_f < 0:
                raise Undefined("division by zero")
            return mp.mpf(0) if exponent_f > 0 else mp.mpf(1)
        if base_f < 0 and not mp.isint(exponent_f):
            what = "square root" if exponent_f == 0.5 else "fractional power"
            raise Undefined(f"{what} of a negative number")
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

    def _log(self, u: Any) -> Any:
        u = as_mpf(u)
        if u <= 0:
            raise Undefined("log of zero" if u == 0 else "log of a negative number")
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
            raise Undefined("tan of an odd multiple of π/2")
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
