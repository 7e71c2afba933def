"""What derive and chain share: expressions in steps, bounded simplification, checks of equality.

* :class:`Formula` puts a SymPy expression into a step; it is written out only
  when the step is shown, as one readable line (``2·x·cos(x²)``).
* :func:`tidy` simplifies within a fixed budget.  ``sympy.simplify`` can take
  seconds on a 20-operation expression with ``tan``, and an alarm cannot stop
  it inside a C call, so it is never used: ``tidy`` tries a few transforms whose
  cost grows mildly with the size (``factor_terms``, ``cancel``), each only on
  expressions below a size cap, and keeps the shortest result.  ``cancel`` and
  ``expand`` multiply powers of sums out, so they also wait for
  :func:`expanded_terms` to say the result stays small: ``(a+b+c+d+f+g+h+k)**11``
  is short to write but has 31,824 terms once expanded.
* :func:`derivative` is SymPy's ``diff``, the reference every step tree must reach.
* :func:`equivalent` decides ``--expect``: the difference tidied to 0, confirmed
  numerically at random points.
"""

from __future__ import annotations

import random
import time
from contextvars import ContextVar
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from mlmath.core.compare import Check
from mlmath.core.notation import superscript
from mlmath.errors import InputError, MathError
from mlmath.text import Sentence, say

TIDY_MAX_OPS = 400  # factor_terms above this size is skipped
CANCEL_MAX_OPS = 80  # cancel (rational functions) above this size is skipped
CANCEL_MAX_DEGREE = 12  # … and with integer powers above this
TIDY_BUDGET_SECONDS = 0.5  # later transforms are skipped once this is spent
MAX_EXPANDED_TERMS = 300  # cancel and expand only when multiplying out gives at most this many terms …
MAX_EXPANDED_INSIDE = 12  # … and at most this many inside a function (cancel reaches into cos(…) too)
MAX_RESULT_OPS = 2000  # a derivative bigger than this is refused (high orders grow fast)
MAX_ORDER = 10


# --- expressions in steps -----------------------------------------------------------


# While the steps of a long expression are built: inner expression → the name the steps give it (u, v, …)
SHORTHANDS: ContextVar[dict[Any, Any] | None] = ContextVar("mlmath_shorthands", default=None)


class Formula:
    """A SymPy expression inside a step's values, written as one readable line when shown.

    ``grouped``: put it in parentheses when it is a sum or starts with a minus sign,
    so that it can stand as a factor (``3·(2·x + 1)``).  Made while the steps of a long expression are
    built, it is written with the named inner expressions as their names (``cos(v)·dv/dx``), so the steps
    grow with the expression, not with its square; ``defines``: the expression a name stands for, written
    out once where the name is introduced.
    """

    __slots__ = ("expr", "grouped", "shorthands", "defines")

    def __init__(self, expr: Any, grouped: bool = False, defines: Any = None):
        self.expr = expr
        self.grouped = grouped
        self.shorthands = SHORTHANDS.get()
        self.defines = defines

    def _written(self) -> Any:
        if not self.shorthands:
            return self.expr
        names = {inner: name for inner, name in self.shorthands.items() if inner is not self.defines}
        return self.expr.xreplace(names)

    def __str__(self) -> str:
        written = self._written()
        text = notation(written)
        if self.grouped and (written.is_Add or text.startswith("-")):
            return f"({text})"
        return text

    def __repr__(self) -> str:
        return f"Formula({self.expr})"


def notation(expr: Any) -> str:
    """``2*x*cos(x**2)`` → ``2·x·cos(x²)``: integer powers as superscripts, ``·`` for products."""
    return _notation_printer().doprint(expr).replace("**", "^").replace("*", "·")


_printer = None


def _notation_printer():
    global _printer
    if _printer is None:
        from sympy import S
        from sympy.printing.precedence import PRECEDENCE
        from sympy.printing.str import StrPrinter

        class NotationPrinter(StrPrinter):
            def _print_Pow(self, expr, rational=False):
                exponent = expr.exp
                if exponent.is_Integer and exponent >= 2:
                    base = self.parenthesize(expr.base, PRECEDENCE["Pow"], strict=True)
                    if expr.base.is_Function or expr.base.is_Symbol:
                        base = self._print(expr.base)
                    return base + superscript(exponent)
                if exponent.is_Integer and exponent < -1:
                    return "1/" + self.parenthesize(expr.base ** -exponent, PRECEDENCE["Mul"], strict=True)
                if exponent is S.Half:
                    return _root(self._print(expr.base), expr.base)
                if exponent == -S.Half:
                    return "1/" + _root(self._print(expr.base), expr.base)
                return super()._print_Pow(expr, rational)

            def _print_log(self, expr):
                return f"ln({self._print(expr.args[0])})"

            def _print_Exp1(self, expr):
                return "e"

            def _print_Pi(self, expr):
                return "π"

            def _print_Abs(self, expr):
                return f"|{self._print(expr.args[0])}|"

        _printer = NotationPrinter()
    return _printer


def _root(text: str, base: Any) -> str:
    return f"√{text}" if base.is_Symbol or base.is_Integer else f"√({text})"


def sympy_syntax(expr: Any) -> str:
    """The expression as SymPy prints it, which the expression parser reads back: ``step(x)`` is written
    ``Heaviside(x)``, SymPy's own name (mlmath takes its value at 0 as 0, as relu′(0) in PyTorch)."""
    from mlmath.core.ml_functions import ml_functions

    step = ml_functions()["step"]
    if expr.has(step):
        import sympy

        expr = expr.replace(step, lambda argument: sympy.Function("Heaviside")(argument))
    return str(expr)


# --- differentiation and simplification ----------------------------------------------


def derivative(expr: Any, variable: Any, order: int = 1) -> Any:
    """SymPy's derivative, with ``DiracDelta`` (from ``sign'``) read as 0 away from the jump."""
    import sympy

    from mlmath.core.ml_functions import ml_functions

    flat = (sympy.sign, ml_functions()["step"])
    result = sympy.diff(expr, variable, order)
    if result.has(sympy.DiracDelta):
        result = result.replace(sympy.DiracDelta, lambda *args: sympy.S.Zero)
    if result.has(sympy.Derivative):
        # SymPy leaves d/dx sign(g) unevaluated when it cannot tell that g is real: it is 0 away from the jump
        result = result.replace(lambda e: isinstance(e, sympy.Derivative) and e.expr.func in flat,
                                lambda e: sympy.S.Zero)
    return result


def tidy(expr: Any) -> Any:
    """A shorter equal form within a fixed budget (see the module docstring)."""
    import sympy

    from mlmath.parsing.expressions import known_functions

    start = time.monotonic()
    ops = sympy.count_ops(expr)
    candidates = [expr]
    if ops <= TIDY_MAX_OPS:
        candidates.append(sympy.factor_terms(expr))
    if ops <= CANCEL_MAX_OPS and _max_integer_power(expr) <= CANCEL_MAX_DEGREE and expr.has(sympy.Pow) \
            and small_expansion(expr):
        if time.monotonic() - start < TIDY_BUDGET_SECONDS:
            cancelled = sympy.cancel(expr)
            candidates += [cancelled, sympy.factor_terms(cancelled)]
    readable = set(known_functions().values())
    allowed = [c for c in candidates if all(f.func in readable for f in c.atoms(sympy.Function))]
    # the first candidates keep the shape of the rules' answer; cancel's must be strictly shorter
    best = min(allowed[:2], key=_size)
    for candidate in allowed[2:]:
        if _size(candidate)[0] < _size(best)[0]:
            best = candidate
    return best


def small_expansion(expr: Any) -> bool:
    """Whether multiplying ``expr`` out (as ``cancel`` and ``expand`` do) stays small, both as a whole
    and inside every function and fractional power."""
    whole, inside = expanded_terms(expr, parts=True)
    return whole <= MAX_EXPANDED_TERMS and inside <= MAX_EXPANDED_INSIDE


def expanded_terms(expr: Any, limit: int = 10**9, parts: bool = False) -> Any:
    """How many terms ``expr`` has once every integer power of a sum is multiplied out (an estimate
    that never falls short: like terms are not merged), counted without expanding anything.

    A sum of k terms to the n-th power has C(n+k−1, k−1) monomials; a product multiplies the counts
    of its factors; a sum adds them; anything else (a function, a fractional power) counts once —
    but what is inside it is multiplied out too (``cancel`` reaches into ``cos((a+b)**9)``), so the
    answer is the largest count found anywhere.  Counts stop growing at ``limit``.  With ``parts``:
    the count of the whole and the largest count inside a function or a fractional power, apart.
    """
    from math import comb

    memo: dict[Any, int] = {}
    inside = [1]  # the counts of the arguments of functions and of the bases of fractional powers

    def count(node: Any) -> int:
        if node in memo:
            return memo[node]
        if node.is_Add:
            total = min(limit, sum(count(arg) for arg in node.args))
        elif node.is_Mul:
            total = 1
            for arg in node.args:
                total = min(limit, total * count(arg))
        elif node.is_Pow and node.exp.is_Integer:
            k, n = count(node.base), abs(int(node.exp))
            total = 1 if k == 1 else min(limit, comb(n + k - 1, k - 1) if n < limit else limit)
        else:
            total = 1
            for arg in node.args:
                inside.append(count(arg))
        memo[node] = total
        return total

    whole = count(expr)
    return (whole, max(inside)) if parts else max(whole, *inside)


def _size(expr: Any) -> tuple[int, int]:
    import sympy

    return sympy.count_ops(expr), len(str(expr))


def _max_integer_power(expr: Any) -> int:
    import sympy

    return max((abs(int(p.exp)) for p in expr.atoms(sympy.Pow) if p.exp.is_Integer), default=0)


def check_size(expr: Any, what: str | Sentence) -> None:
    import sympy

    if sympy.count_ops(expr, visual=False) > MAX_RESULT_OPS:
        raise MathError(say("derive.error.too_large", what=what, most=MAX_RESULT_OPS),
                        hint=say("derive.error.too_large.hint"))


# --- variables and points ------------------------------------------------------------


def symbols_by_name(expr: Any) -> dict[str, Any]:
    return {symbol.name: symbol for symbol in expr.free_symbols}


def variable(name: str, expr: Any) -> Any:
    """The symbol called ``name`` in ``expr`` (a fresh real symbol if the expression lacks it)."""
    import sympy

    return symbols_by_name(expr).get(name) or sympy.Symbol(name, real=True)


def check_point(point: dict[str, Any], expr: Any, option: str = "`at`") -> None:
    """Every variable of ``expr`` has a value, and no value names a variable it lacks."""
    names = symbols_by_name(expr)
    missing = sorted(set(names) - set(point))
    extra = sorted(set(point) - set(names))
    example = ",".join(f"{name}=1" for name in sorted(names)) or "x=1"
    if missing:
        raise InputError(say("derive.error.no_value", names=", ".join(missing)),
                         hint=say("derive.error.no_value.hint", option=option, example=example), argument=option)
    if extra:
        raise InputError(say("derive.error.no_variable", names=", ".join(extra)),
                         hint=variables_hint(sorted(names)), argument=option)


def variables_hint(names: list[str]) -> Sentence:
    """``its variables are x, y`` (or ``none``)."""
    return say("derive.error.variables", names=", ".join(names)) if names else say("derive.error.variables.none")


def value_at(expr: Any, point: dict[str, Any], what: str | Sentence, rounded: bool = True) -> Any:
    """``expr`` at the point: exact when possible, else with enough digits and rounded once to float64
    (:func:`mlmath.core.evaluate.stable_value`); an undefined value is a clear error.

    ``rounded=False`` keeps 80-bit mpmath numbers, for arithmetic that rounds once at the end.
    """
    if rounded:
        return precise_value_at(expr, point, what)[0]
    from mlmath.core.evaluate import Undefined, evaluate

    try:
        return evaluate(expr, point, rounded=False)
    except Undefined as error:
        raise _undefined(what, point, error.reason) from None


def precise_value_at(expr: Any, point: dict[str, Any], what: str | Sentence) -> tuple[Any, Any]:
    """``(value, precise)``: the value as :func:`value_at` gives it, and the unrounded number behind it
    (an mpmath number or a Fraction), which float64 cannot always hold (e⁻⁸⁰⁰ rounds to 0)."""
    import math

    from mlmath.core.evaluate import Undefined, stable_value

    try:
        value, precise = stable_value(expr, point)
    except Undefined as error:
        raise _undefined(what, point, error.reason) from None
    if isinstance(value, float) and math.isnan(value):
        raise _undefined(what, point, say("derive.error.too_large_to_compute"))
    if isinstance(value, Fraction) and written_in_decimals(point):
        return float(value), precise
    return value, precise


def _undefined(what: str | Sentence, point: dict[str, Any], reason: str | Sentence) -> MathError:
    where = ", ".join(f"{name}={value}" for name, value in point.items())
    return MathError(say("derive.error.undefined", what=what, where=where, reason=reason),
                     hint=say("derive.error.corner_hint"))


def written_in_decimals(point: dict[str, Any]) -> bool:
    """Whether a coordinate was written as a decimal (0.5, not 1/2): the answers are then decimals
    too, even where they come out exact (sigmoid(0) = 1/2 is shown as 0.5)."""
    return any(isinstance(value, float) for value in point.values())


# --- equality for --expect ------------------------------------------------------------


@dataclass
class Witness:
    """A point where two expressions differ, with both values there (``entry``: which one of a gradient)."""

    point: dict[str, float]
    got: float
    expected: float
    entry: int | None = None  # 1-based, when several expressions were compared

    def named_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {"at": self.point, "expected": self.expected, "got": self.got}
        if self.entry is not None:
            values["entry"] = self.entry
        return values


@dataclass
class ExpressionCheck(Check):
    """``--expect`` of an expression: ``symbolic`` when the difference tidied to 0, the number of
    random ``points`` where the values agreed, and a point where they differ when they do."""

    symbolic: bool = False
    points: int = 0
    differs_at: Witness | None = None

    def named_values(self) -> dict[str, Any]:
        return {"expected": self.expected, "passed": self.passed, "symbolic": self.symbolic, "points": self.points,
                "differs_at": self.differs_at}


def expression_check(got: list[Any], expected: list[Any], tolerance: float = 1e-9) -> ExpressionCheck:
    """``--expect`` for expressions: each pair equivalent (see :func:`equivalent`)."""
    if len(got) != len(expected):
        outcomes = []
    else:
        outcomes = [equivalent(a, b, tolerance) for a, b in zip(got, expected)]
    passed = bool(outcomes) and all(o.passed for o in outcomes)
    single = len(got) == 1
    witness = next((o.witness for o in outcomes if o.witness is not None), None)
    if witness is not None and len(outcomes) > 1:
        witness.entry = next(index for index, o in enumerate(outcomes, start=1) if o.witness is witness)
    return ExpressionCheck(
        expected=sympy_syntax(expected[0]) if single and len(expected) == 1 else [sympy_syntax(e) for e in expected],
        got=sympy_syntax(got[0]) if single else [sympy_syntax(g) for g in got],
        passed=passed,
        tolerance=None,
        symbolic=bool(outcomes) and all(o.symbolic for o in outcomes),
        points=min((o.points for o in outcomes), default=0),
        differs_at=witness,
    )


@dataclass
class Equivalence:
    """Whether two expressions are equal: proven symbolically, and/or at random points."""

    passed: bool
    symbolic: bool  # the difference tidied to exactly 0
    points: int  # random points where both were defined and compared
    witness: Witness | None = None  # a point where they differ


SAMPLE_POINTS = 12
SAMPLE_SEED = 20240611
READABLE_VALUES = (1, 2, -1, 3, 0.5, -2)  # tried first when showing where two expressions differ


def equivalent(got: Any, expected: Any, tolerance: float = 1e-9) -> Equivalence:
    """Symbolic zero of ``got − expected`` (tidied), confirmed at random points by value."""
    import sympy

    difference = tidy(sympy.expand(got - expected) if _expandable(got - expected) else got - expected)
    symbolic = difference == 0
    names = sorted(symbol.name for symbol in got.free_symbols | expected.free_symbols)
    generator = random.Random(SAMPLE_SEED)
    compared = 0
    for _attempt in range(SAMPLE_POINTS * 4):
        point = {name: generator.choice((-1, 1)) * generator.uniform(0.1, 3.0) for name in names}
        values = _values_at(got, expected, point)
        if values is None:
            continue
        compared += 1
        if _differ(*values, tolerance):
            # with no variable the values are the answers themselves: nothing more to point at
            witness = _readable_witness(got, expected, Witness(point, *values), tolerance) if names else None
            return Equivalence(False, False, compared, witness)
        if compared >= SAMPLE_POINTS:
            break
    return Equivalence(symbolic or compared > 0, symbolic, compared)


def _values_at(got: Any, expected: Any, point: dict[str, float]) -> tuple[float, float] | None:
    """Both expressions' values at ``point``, or None where either is undefined or infinite."""
    from mlmath.core.evaluate import Undefined, evaluate

    try:
        a, b = float(evaluate(got, point)), float(evaluate(expected, point))
    except (Undefined, OverflowError):
        return None
    return (a, b) if abs(a) < float("inf") and abs(b) < float("inf") else None


def _differ(a: float, b: float, tolerance: float) -> bool:
    return abs(a - b) > tolerance * max(1.0, abs(a), abs(b))


def _readable_witness(got: Any, expected: Any, found: Witness, tolerance: float) -> Witness:
    """Where two expressions differ, at a point a learner can check by hand if there is one:
    every variable 1, 2, -1 … in turn, then the random point found rounded to two decimals."""
    candidates = [dict.fromkeys(found.point, value) for value in READABLE_VALUES]
    candidates.append({name: round(value, 2) for name, value in found.point.items()})
    for point in candidates:
        values = _values_at(got, expected, point)
        if values is not None and _differ(*values, tolerance):
            return Witness(point, *values)
    return found


def _expandable(expr: Any) -> bool:
    import sympy

    return (sympy.count_ops(expr) <= CANCEL_MAX_OPS and _max_integer_power(expr) <= CANCEL_MAX_DEGREE
            and small_expansion(expr))
