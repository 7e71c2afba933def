"""Integrals with the named rules a learner uses: the antiderivative, the area, Riemann sums.

* :func:`antiderivative` integrates by the rules of the notes — constant, power in
  reverse, constant multiple, sum, substitution u = g(x), integration by parts,
  exp/log/trig — from SymPy's rule-based integrator
  (``sympy.integrals.manualintegrate.integral_steps``), plus the ML functions where
  a closed form exists (sigmoid → softplus, tanh → ln cosh, step → relu,
  relu → relu²/2, and a step that switches a function on).  Every answer is
  checked by differentiating it back; ``∫ 1/u du`` is written ln|u|, real for u < 0.
* :func:`integrate` adds the definite integral: F(b) − F(a) by the fundamental
  theorem (limits at ±∞), confirmed by numeric quadrature, the signed areas above
  and below the axis, densities recognised (normal: the 68–95–99.7 rule; total
  area 1), and left/right/midpoint Riemann sums for N, 2N, 4N …
* Work is bounded: symbolic integration runs in a forked worker with a deadline
  (:func:`bounded`), so an integral that would take long is refused in seconds.
"""

from __future__ import annotations

import math
import os
import pickle
import random
import select
import signal
import time
from dataclasses import dataclass, field
from typing import Any, Callable

from mlmath.core.calculus import Formula, check_size, derivative, sympy_syntax, tidy, variable
from mlmath.core.result import Result, Step, step
from mlmath.errors import InputError, MathError, MlmathError
from mlmath.text import Sentence, say

__all__ = ["integrate"]

SYMBOLIC_SECONDS = 3.0  # the antiderivative, the definite value and the density checks
NUMERIC_SECONDS = 3.0  # quadrature, the signed areas and the Riemann sums (run beside the symbolic work)
RIEMANN_ROWS = 5  # N, 2N, 4N, 8N, 16N
MAX_RIEMANN_N = 100_000
MAX_RIEMANN_POINTS = 2_000_000  # rectangles over all rows times the size of the integrand
SHOWN_SAMPLES = 8  # sample values a Riemann step writes out before "…"
CHECK_POINTS = 8  # random points where an antiderivative's derivative is compared with f
AGREEMENT = 1e-7  # relative gap allowed between F(b) − F(a) and the quadrature
SIGN_SAMPLES = 400  # samples searched for sign changes of f on a finite interval
SIGMA_RULE = {1: "68.27%", 2: "95.45%", 3: "99.73%"}  # the 68–95–99.7 rule
INNER_NAMES = ("u", "v", "w", "t", "s", "z")

HINT_HARD = say("integration.error.hard.hint")


# --- bounded work -------------------------------------------------------------------


class TimeLimit(MathError):
    """The work did not finish within its deadline."""


def _ml_class(name: str) -> type:
    from mlmath.core.ml_functions import ml_functions

    return ml_functions()[name]


class _Pickler(pickle.Pickler):
    """Pickles the ML function classes (built inside a function) by name."""

    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, type):
            from mlmath.core.ml_functions import NAMES, ml_functions

            name = obj.__name__
            if name in NAMES and ml_functions()[name] is obj:
                return _ml_class, (name,)
        return NotImplemented


def _dumps(value: Any) -> bytes:
    import io

    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return buffer.getvalue()


@dataclass
class _Job:
    pid: int
    reader: int
    deadline: float
    seconds: float


def start(function: Callable[..., Any], *args: Any, seconds: float) -> _Job | Callable[[], Any]:
    """Run ``function(*args)`` in a forked worker; :func:`finish` collects the answer by the deadline.

    Where the system cannot fork, the work runs here when it is collected (without a deadline).
    """
    if not hasattr(os, "fork"):
        return lambda: function(*args)
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker: compute, send the answer or the error, and leave without cleanup
        status = 0
        try:
            os.close(reader)
            try:
                payload = ("ok", function(*args))
            except MlmathError as error:
                payload = ("error", type(error).__name__, error.problem, error.hint, error.argument)
            except RecursionError:
                payload = ("error", "MathError", say("integration.error.nested"), HINT_HARD, None)
            except Exception as error:  # a bug: reported by the caller as an internal error
                payload = ("bug", f"{type(error).__name__}: {error}")
            data = _dumps(payload)
            view = memoryview(data)
            while view:
                view = view[os.write(writer, view):]
        except BaseException:
            status = 1
        finally:
            os._exit(status)
    os.close(writer)
    return _Job(pid, reader, time.monotonic() + seconds, seconds)


def finish(job: _Job | Callable[[], Any], what: Sentence, hint: Sentence = HINT_HARD) -> Any:
    """The worker's answer; :class:`TimeLimit` when its deadline passes first (the worker is stopped)."""
    if callable(job):
        return job()
    chunks = []
    try:
        while True:
            left = job.deadline - time.monotonic()
            if left <= 0 or not select.select([job.reader], [], [], left)[0]:
                os.kill(job.pid, signal.SIGKILL)
                raise TimeLimit(say("integration.error.time", what=what, seconds=job.seconds), hint=hint)
            chunk = os.read(job.reader, 1 << 16)
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(job.reader)
        os.waitpid(job.pid, 0)
    if not chunks:
        raise MathError(say("integration.error.worker", what=what), hint=HINT_HARD)
    payload = pickle.loads(b"".join(chunks))
    if payload[0] == "ok":
        return payload[1]
    if payload[0] == "error":
        kind = InputError if payload[1] == "InputError" else MathError
        raise kind(payload[2], hint=payload[3], argument=payload[4])
    raise RuntimeError(payload[1])


def bounded(function: Callable[..., Any], *args: Any, seconds: float = SYMBOLIC_SECONDS,
            what: Sentence | None = None) -> Any:
    """``function(*args)``, stopped with :class:`TimeLimit` after ``seconds`` (``what`` names the work)."""
    return finish(start(function, *args, seconds=seconds), what or say("integration.error.what.integral"))


# --- the rules ----------------------------------------------------------------------


def _symbol(name: str) -> Any:
    import sympy

    return sympy.Symbol(name, real=True)


def _fresh(taken: set[str]) -> Any:
    name = next((n for n in INNER_NAMES if n not in taken), "u_")
    taken.add(name)
    return _symbol(name)


def _linear(inner: Any, x: Any) -> tuple[Any, Any] | None:
    """``(a, b)`` when ``inner`` = a·x + b with constants a ≠ 0 and b."""
    import sympy

    if not inner.has(x):
        return None
    slope = sympy.diff(inner, x)
    if slope.has(x) or slope == 0:
        return None
    return slope, sympy.expand(inner - slope * x)


def antiderivative(f: Any, x: Any) -> tuple[Any, Step]:
    """``(F, step)``: an antiderivative of ``f`` by ``x`` and the tree of named rules that gives it.

    Raises :class:`MathError` where no closed form is found.
    """
    taken = {s.name for s in f.free_symbols}
    F, tree = _rules(f, x, taken)
    check_size(F, say("integration.error.the_antiderivative"))
    simpler = _tidy(F)
    if simpler != F and _size(simpler) < _size(F):
        return simpler, step("integration.simplify", tree, raw=Formula(F), result=Formula(simpler))
    return F, tree


def _size(expr: Any) -> tuple[int, int]:
    import sympy

    return sympy.count_ops(expr), len(str(expr))


def _rules(f: Any, x: Any, taken: set[str]) -> tuple[Any, Step]:
    import sympy

    from mlmath.core.ml_functions import ml_functions

    ml = ml_functions()
    if not f.has(x):
        F = f * x
        return F, step("integration.constant", f=Formula(f), x=x.name, result=Formula(F))
    if f.is_Add:
        parts = [_rules(term, x, taken) for term in f.as_ordered_terms()]
        F = sympy.Add(*(part for part, _ in parts))
        return F, step("integration.sum", *(child for _, child in parts), f=Formula(f), x=x.name,
                       terms=[Formula(part, grouped=True) for part, _ in parts], result=Formula(F))
    if f.is_Mul:
        constant, rest = f.as_independent(x, as_Add=False)
        if constant != 1:
            inner, child = _rules(rest, x, taken)
            F = constant * inner
            return F, step("integration.constant_multiple", child, f=Formula(f), x=x.name,
                           c=Formula(constant, grouped=True), g=Formula(rest), result=Formula(F))
        switched = _switched_on(f, x, taken, ml["step"])
        if switched is not None:
            return switched
    if isinstance(f, sympy.Function) and len(f.args) == 1 and type(f).__name__ in ML_RULES:
        found = _ml_function(f, x, taken)
        if found is not None:
            return found
    return _sympy_rules(f, x, taken)


# name → (step key, ∫ name(u) du)
ML_RULES = {
    "sigmoid": "integration.sigmoid",
    "tanh": "integration.tanh",
    "step": "integration.step",
    "relu": "integration.relu",
}


def _ml_outer(name: str, u: Any) -> Any:
    import sympy

    from mlmath.core.ml_functions import ml_functions

    ml = ml_functions()
    return {
        "sigmoid": lambda: ml["softplus"](u),
        "tanh": lambda: sympy.log(sympy.cosh(u)),
        "step": lambda: ml["relu"](u),
        "relu": lambda: ml["relu"](u) ** 2 / 2,
    }[name]()


def _ml_function(f: Any, x: Any, taken: set[str]) -> tuple[Any, Step] | None:
    """sigmoid, tanh, step and relu of a linear a·x + b: the ML function's own rule, divided by a."""
    name = type(f).__name__
    inner = f.args[0]
    if inner == x:
        F = _ml_outer(name, x)
        return F, step(ML_RULES[name], f=Formula(f), x=x.name, result=Formula(F))
    line = _linear(inner, x)
    if line is None:
        return None
    slope, _ = line
    u = _fresh(taken)
    outer_F = _ml_outer(name, u)
    child = step(ML_RULES[name], f=Formula(f.func(u)), x=u.name, result=Formula(outer_F))
    F = outer_F.subs(u, inner) / slope
    return F, step("integration.linear", child, f=Formula(f), x=x.name, u=u.name, inner=Formula(inner),
                   a=Formula(slope, grouped=True), g=Formula(f.func(u)), result=Formula(F))


def _switched_on(f: Any, x: Any, taken: set[str], step_class: type) -> tuple[Any, Step] | None:
    """g(x)·step(a·x + b): the step switches g on at c = −b/a, so ∫ = step(a·x + b)·(G(x) − G(c))."""
    import sympy

    factors = sympy.Mul.make_args(f)
    switches = [g for g in factors if isinstance(g, step_class) and _linear(g.args[0], x) is not None]
    if not switches:
        return None
    switch = switches[0]
    g = sympy.Mul(*(factor for factor in factors if factor is not switch))
    slope, offset = _linear(switch.args[0], x)
    c = -offset / slope
    G, child = _rules(g, x, taken)
    G_c = G.subs(x, c)
    if G_c.has(sympy.nan, sympy.zoo, sympy.oo, -sympy.oo):
        return None
    F = switch * (G - G_c)
    return F, step("integration.switched_on", child, f=Formula(f), x=x.name, s=Formula(switch),
                   g=Formula(g), c=Formula(c), G=Formula(G), Gc=Formula(G_c), result=Formula(F))


def _sympy_rules(f: Any, x: Any, taken: set[str]) -> tuple[Any, Step]:
    """SymPy's rule-based integrator; its rule tree in the notes' words; SymPy's algorithms otherwise."""
    import sympy
    from sympy.integrals.manualintegrate import integral_steps

    rule = integral_steps(f, x)
    if not rule.contains_dont_know():
        F, tree = _convert(rule, taken)
        if _agrees(F, f, x):
            return F, tree
        F = rule.eval()  # SymPy's own composition (ln of a reciprocal without |·|)
        if _agrees(F, f, x):
            return F, tree
    F = sympy.integrate(f, x, risch=None, manual=False)
    if F.has(sympy.Integral) or F.has(sympy.Piecewise) and F.has(sympy.Integral):
        raise MathError(say("integration.error.no_antiderivative", f=Formula(f)),
                        hint=say("integration.error.no_antiderivative.hint"))
    return F, step("integration.algorithm", f=Formula(f), x=x.name, result=Formula(F))


def _agrees(F: Any, f: Any, x: Any) -> bool:
    """d/dx F = f at random points (a symbolic zero is tried first by the tests, not here: it can be slow)."""
    return derivative_matches(F, f, x) is not False


def _tidy(expr: Any) -> Any:
    """The project's bounded simplification, also for expressions holding sinh, asin …"""
    try:
        return tidy(expr)
    except ValueError:  # no candidate written only in readable functions: simplify the difference itself
        import sympy

        return sympy.cancel(expr) if sympy.count_ops(expr) < 80 else expr


def derivative_matches(F: Any, f: Any, x: Any, tolerance: float = 1e-8) -> bool | None:
    """Whether F′ = f: True (equal at every sample point), False (differ somewhere), None (no point valued)."""
    import sympy

    dF = derivative(F, x)
    difference = dF - f
    if difference == 0 or _tidy(difference) == 0:
        return True
    names = sorted(difference.free_symbols, key=lambda s: s.name)
    function = sympy.lambdify(names, difference, modules="mpmath")
    generator = random.Random(20240611)
    compared = 0
    for _ in range(CHECK_POINTS * 4):
        point = [generator.choice((-1, 1)) * generator.uniform(0.1, 3.0) for _ in names]
        try:
            value = complex(function(*point))
            scale = complex(sympy.lambdify(names, f, modules="mpmath")(*point))
        except (ValueError, ZeroDivisionError, TypeError, OverflowError, ArithmeticError):
            continue
        if not (math.isfinite(value.real) and math.isfinite(scale.real)):
            continue
        if abs(scale.imag) > 1e-12:
            continue
        compared += 1
        if abs(value) > tolerance * max(1.0, abs(scale)):
            return False
        if compared >= CHECK_POINTS:
            break
    return True if compared else None


# SymPy's rule classes → step keys (leaf rules: the answer is the rule's own)
LEAF_KEYS = {
    "ConstantRule": "integration.constant",
    "PowerRule": "integration.power",
    "ExpRule": "integration.exp",
    "SinRule": "integration.sin",
    "CosRule": "integration.cos",
    "Sec2Rule": "integration.sec2",
    "Csc2Rule": "integration.csc2",
    "SecTanRule": "integration.sec_tan",
    "CscCotRule": "integration.csc_cot",
    "SinhRule": "integration.sinh",
    "CoshRule": "integration.cosh",
    "ArctanRule": "integration.arctan",
    "ArcsinRule": "integration.arcsin",
    "ArcsinhRule": "integration.arcsinh",
    "ErfRule": "integration.erf",
    "SqrtQuadraticRule": "integration.sqrt_quadratic",
    "ReciprocalSqrtQuadraticRule": "integration.sqrt_quadratic",
    "SqrtQuadraticDenomRule": "integration.sqrt_quadratic",
    "HeavisideRule": "integration.heaviside",
    "PiecewiseRule": "integration.piecewise",
    "CyclicPartsRule": "integration.cyclic_parts",
    "TrigSubstitutionRule": "integration.trig_substitution",
}


def _convert(rule: Any, taken: set[str]) -> tuple[Any, Step]:
    """One of SymPy's rules → (its antiderivative, the step naming it), children first."""
    import sympy

    kind = type(rule).__name__
    f, x = rule.integrand, rule.variable
    if kind == "AlternativeRule":
        return _convert(rule.alternatives[0], taken)
    if kind == "AddRule":
        parts = [_convert(child, taken) for child in rule.substeps]
        F = sympy.Add(*(part for part, _ in parts))
        return F, step("integration.sum", *(child for _, child in parts), f=Formula(f), x=x.name,
                       terms=[Formula(part, grouped=True) for part, _ in parts], result=Formula(F))
    if kind == "ConstantTimesRule":
        inner, child = _convert(rule.substep, taken)
        F = rule.constant * inner
        return F, step("integration.constant_multiple", child, f=Formula(f), x=x.name,
                       c=Formula(rule.constant, grouped=True), g=Formula(rule.other), result=Formula(F))
    if kind == "URule":
        u = _fresh(taken)
        substep = _renamed(rule.substep, rule.u_var, u)
        inner, child = _convert(substep, taken)
        F = inner.subs(u, rule.u_func)
        du = sympy.diff(rule.u_func, x)
        return F, step("integration.substitution", child, f=Formula(f), x=x.name, u=u.name,
                       g=Formula(rule.u_func), du=Formula(du, grouped=True), h=Formula(substep.integrand),
                       inner=Formula(inner), result=Formula(F))
    if kind == "PartsRule" and rule.second_step is not None:
        v, v_step = _convert(rule.v_step, taken)
        second, second_step = _convert(rule.second_step, taken)
        F = rule.u * v - second
        du = sympy.diff(rule.u, x)
        return F, step("integration.parts", v_step, second_step, f=Formula(f), x=x.name, u=Formula(rule.u),
                       dv=Formula(rule.dv, grouped=True), du=Formula(du, grouped=True), v=Formula(v),
                       uv=Formula(rule.u * v), vdu=Formula(v * du), result=Formula(F))
    if kind == "RewriteRule" or kind == "CompleteSquareRule":
        inner, child = _convert(rule.substep, taken)
        rewritten = getattr(rule, "rewritten", rule.substep.integrand)
        return inner, step("integration.rewrite", child, f=Formula(f), x=x.name, g=Formula(rewritten),
                           result=Formula(inner))
    if kind == "ReciprocalRule":
        F = sympy.log(sympy.Abs(rule.base))
        return F, step("integration.reciprocal", f=Formula(f), x=x.name, result=Formula(F))
    if kind == "PowerRule" and rule.exp == -1:
        F = sympy.log(sympy.Abs(rule.base))
        return F, step("integration.reciprocal", f=Formula(f), x=x.name, result=Formula(F))
    F = rule.eval()
    key = LEAF_KEYS.get(kind)
    if key is None:
        return F, step("integration.other", f=Formula(f), x=x.name, rule=kind.removesuffix("Rule"),
                       result=Formula(F))
    extra = {"n": Formula(rule.exp)} if kind == "PowerRule" else {}
    return F, step(key, f=Formula(f), x=x.name, result=Formula(F), **extra)


def _renamed(rule: Any, old: Any, new: Any) -> Any:
    """A rule tree in the dummy ``old`` rewritten in ``new`` (every expression field substituted)."""
    import dataclasses

    import sympy

    def swap(value: Any) -> Any:
        if isinstance(value, sympy.Basic):
            return value.xreplace({old: new})
        if isinstance(value, list):
            return [swap(item) for item in value]
        if isinstance(value, tuple):
            return tuple(swap(item) for item in value)
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return dataclasses.replace(value, **{f.name: swap(getattr(value, f.name))
                                                 for f in dataclasses.fields(value)})
        return value

    return swap(rule)


# --- the definite integral ----------------------------------------------------------


def bound_text(value: Any) -> str:
    """``-oo`` → ``-∞``; a number as SymPy prints it."""
    import sympy

    if value is sympy.oo:
        return "∞"
    if value is -sympy.oo:
        return "-∞"
    if value.is_Float:
        return repr(float(value))
    return str(Formula(value))


def _limit(F: Any, x: Any, at: Any, side: str) -> Any:
    """F at a bound: its value, or its limit (at ±∞, or where F is undefined at the point);
    None where SymPy cannot find it."""
    import sympy

    if at.is_finite:
        value = F.subs(x, at)
        if not value.has(sympy.nan, sympy.zoo, sympy.oo, -sympy.oo) and value.is_finite is not False:
            return value
    else:
        F = _eventually(F, x, at)
    try:
        value = sympy.limit(F, x, at, side)
    except (NotImplementedError, ValueError, TypeError):
        return None
    return None if value.has(sympy.Limit) else value


def _eventually(F: Any, x: Any, at: Any) -> Any:
    """F as it is for x far out towards ``at`` (±∞): step(a·x + b) is 1 or 0 there, relu(a·x + b) is
    a·x + b or 0 (SymPy's limits cannot see through these functions)."""
    import sympy

    from mlmath.core.ml_functions import ml_functions

    ml = ml_functions()

    def settled(part: Any) -> Any:
        line = _linear(part.args[0], x)
        if line is None:
            return part
        on = (line[0] > 0) == (at is sympy.oo)
        if isinstance(part, ml["step"]):
            return sympy.S.One if on else sympy.S.Zero
        return part.args[0] if on else sympy.S.Zero

    return F.replace(lambda e: isinstance(e, (ml["step"], ml["relu"])), settled)


def _number(value: Any) -> Any:
    """An exact SymPy number → int or Fraction when rational, else float; ±inf for infinities."""
    from fractions import Fraction

    import sympy

    if value is sympy.oo:
        return math.inf
    if value is -sympy.oo:
        return -math.inf
    if value.is_Integer:
        return int(value)
    if value.is_Rational:
        return Fraction(int(value.p), int(value.q))
    number = sympy.N(value, 17)
    if not number.is_real:  # e.g. √x over negative x: the area of a real function is asked for
        raise MathError(say("integration.error.complex_value", value=str(number)),
                        hint=say("integration.error.complex_value.hint"))
    return float(number)


@dataclass
class Symbolic:
    """What the symbolic worker found."""

    F: Any = None  # the antiderivative (None: no closed form)
    tree: Step | None = None
    verified: bool = False  # F′ − f tidied to exactly 0
    refusal: str | None = None  # the step key of why there is no closed form (or no F at the bounds)
    F_lower: Any = None
    F_upper: Any = None
    exact: Any = None  # F(b) − F(a), simplified
    gaps: list[Any] = field(default_factory=list)  # points of [a, b] where f is undefined
    improper: Any = None  # SymPy's value of an integral over a gap (oo/nan: diverges)
    normal: tuple[Any, Any] | None = None  # (μ, σ) when f is a normal density
    total: Any = None  # ∫ over the whole line, for a density


def symbolic_work(f: Any, x: Any, lower: Any, upper: Any) -> Symbolic:
    """The antiderivative and, with bounds, F(b) − F(a), the gaps of f and the density checks."""
    import sympy

    found = Symbolic()
    try:
        found.F, found.tree = antiderivative(f, x)
    except MathError:
        if lower is None:
            raise
        found.refusal = "integration.reason.no_closed_form"
    if found.F is not None:
        found.verified = _tidy(sympy.expand(derivative(found.F, x) - f)) == 0 if sympy.count_ops(f) < 60 else False
    found.normal = normal_parameters(f, x)
    if lower is None:
        return found
    found.gaps = _gaps(f, x, lower, upper)
    if found.F is not None:
        found.F_lower = _limit(found.F, x, lower, "+")
        found.F_upper = _limit(found.F, x, upper, "-")
        if found.F_lower is None or found.F_upper is None:
            found.F = None  # the fundamental theorem cannot be written out: the value is numeric
            found.refusal = "integration.reason.no_limit"
        else:
            found.exact = _simplest(found.F_upper - found.F_lower)
        if found.gaps:
            found.improper = sympy.integrate(f, (x, lower, upper))
    if found.F is not None and (found.normal is not None or _is_density_shaped(f)):
        right, left = _limit(found.F, x, sympy.oo, "-"), _limit(found.F, x, -sympy.oo, "+")
        if right is not None and left is not None:
            found.total = _simplest(right - left)
    return found


def _simplest(value: Any) -> Any:
    import sympy

    if value.has(sympy.oo, -sympy.oo, sympy.zoo, sympy.nan):
        return value
    shorter = sympy.simplify(value) if sympy.count_ops(value) < 40 else value
    return shorter if sympy.count_ops(shorter) <= sympy.count_ops(value) else value


def _gaps(f: Any, x: Any, lower: Any, upper: Any) -> list[Any]:
    """Points of [a, b] (finite ones) where f is undefined, as far as SymPy can tell."""
    import sympy
    from sympy.calculus.util import continuous_domain

    interval = sympy.Interval(lower, upper)
    try:
        domain = continuous_domain(f, x, interval)
    except (NotImplementedError, ValueError, TypeError):
        return []
    missing = interval - domain
    if missing.is_empty:
        return []
    if isinstance(missing, sympy.FiniteSet):
        return sorted(missing, key=float)
    return [missing]


def _is_density_shaped(f: Any) -> bool:
    """exp or step in f: a candidate for a probability density (whose whole-line area is worth checking)."""
    import sympy

    from mlmath.core.ml_functions import ml_functions

    return f.has(sympy.exp) and f.has(ml_functions()["step"]) or (
        f.has(ml_functions()["step"]) and not f.has(sympy.exp))


def normal_parameters(f: Any, x: Any) -> tuple[Any, Any] | None:
    """``(μ, σ)`` when f = e^(−(x−μ)²/(2σ²))/(σ·√(2π)) exactly, else None."""
    import sympy

    if f.free_symbols != {x}:
        return None
    constant, rest = f.as_independent(x, as_Add=False)
    rest = sympy.powsimp(rest)
    if not (isinstance(rest, sympy.exp) and constant.is_positive):
        return None
    try:
        quadratic = sympy.Poly(rest.args[0], x)
    except sympy.PolynomialError:
        return None
    if quadratic.degree() != 2:
        return None
    a, b, c = quadratic.all_coeffs()
    if not (a.is_number and a.is_negative):
        return None
    mu = sympy.nsimplify(-b / (2 * a)) if b.is_Float else -b / (2 * a)
    sigma = sympy.sqrt(-1 / (2 * a))
    total = constant * sympy.exp(c - b**2 / (4 * a)) * sympy.sqrt(sympy.pi / -a)
    if abs(float(sympy.N(total)) - 1) > 1e-12:
        return None
    return sympy.simplify(mu), sympy.simplify(sigma)


# --- numbers: quadrature, signed areas, Riemann sums --------------------------------


@dataclass
class RiemannRow:
    """One row of the Riemann table: N rectangles of width Δx and the three sums."""

    n: int
    dx: float
    left: float
    right: float
    midpoint: float

    def named_values(self) -> dict[str, Any]:
        return {"n": self.n, "dx": self.dx, "left": self.left, "right": self.right, "midpoint": self.midpoint}


@dataclass
class Numeric:
    """What the numeric worker found."""

    value: float | None = None
    error: float | None = None
    above: float | None = None  # the area where f > 0
    below: float | None = None  # the (negative) area where f < 0
    crossings: list[float] = field(default_factory=list)
    riemann: list[RiemannRow] = field(default_factory=list)
    samples: dict[str, list[float]] = field(default_factory=dict)  # the first row's sample points and values
    failure: str | None = None  # why the numbers could not be computed


QUADRATURE = "tanh-sinh quadrature (mpmath.quad)"


def numeric_work(f: Any, x: Any, lower: Any, upper: Any, riemann: int | None) -> Numeric:
    """The quadrature of f over [a, b] (split where f jumps or changes sign), and the Riemann sums."""
    import mpmath
    import sympy

    found = Numeric()
    a, b = _float_bound(lower), _float_bound(upper)
    function = sympy.lambdify(x, f, modules="mpmath")

    def real(t: Any) -> Any:
        value = function(t)
        if isinstance(value, mpmath.mpc) or isinstance(value, complex):
            if abs(value.imag) > 1e-30 * max(1, abs(value.real)):
                raise MathError(say("integration.error.not_real", f=Formula(f), x=x.name, t=float(t)),
                                hint=say("integration.error.defined.hint"))
            return value.real
        return value

    cuts = _jumps(f, x, a, b)
    if math.isfinite(a) and math.isfinite(b):
        found.crossings = _crossings(sympy.lambdify(x, f, modules="numpy"), a, b)
        cuts = sorted(set(cuts) | set(found.crossings))
    points = [a, *[c for c in cuts if a < c < b], b]
    above = below = mpmath.mpf(0)
    error = mpmath.mpf(0)
    with mpmath.workdps(20):
        for left, right in zip(points, points[1:]):
            try:
                piece, piece_error = mpmath.quad(real, [left, right], error=True)
            except (ZeroDivisionError, ValueError, OverflowError):
                raise MathError(say("integration.error.evaluate", f=Formula(f), left=float(left), right=float(right)),
                                hint=say("integration.error.defined.hint")) from None
            if piece >= 0:
                above += piece
            else:
                below += piece
            error += piece_error
    found.above, found.below = float(above), float(below)
    found.value, found.error = float(above + below), float(error)
    if riemann is not None:
        found.riemann, found.samples = riemann_sums(f, x, a, b, riemann)
    return found


def _float_bound(value: Any) -> float:
    import sympy

    if value is sympy.oo:
        return math.inf
    if value is -sympy.oo:
        return -math.inf
    return float(sympy.N(value, 17))


def _jumps(f: Any, x: Any, a: float, b: float) -> list[float]:
    """Where a step, sign, relu or |·| of a linear argument switches (quadrature is split there)."""
    import sympy

    from mlmath.core.ml_functions import ml_functions

    kinks = (ml_functions()["step"], ml_functions()["relu"], sympy.sign, sympy.Abs)
    points = []
    for part in sympy.preorder_traversal(f):
        if isinstance(part, kinks):
            line = _linear(part.args[0], x)
            if line is not None:
                slope, offset = line
                point = -offset / slope
                if point.is_number:
                    value = float(point)
                    if a < value < b:
                        points.append(value)
    return sorted(set(points))


def _crossings(function: Callable[[Any], Any], a: float, b: float) -> list[float]:
    """Where f changes sign inside (a, b): sign changes of SIGN_SAMPLES samples (NumPy), refined by bisection."""
    import numpy as np

    grid = np.linspace(a, b, SIGN_SAMPLES + 1)
    with np.errstate(all="ignore"):
        try:
            sampled = np.broadcast_to(np.asarray(function(grid), dtype=float), grid.shape)
        except (ZeroDivisionError, ValueError, OverflowError, TypeError):
            return []
    xs, values = grid.tolist(), sampled.tolist()

    def value_at(t: float) -> float:
        with np.errstate(all="ignore"):
            return float(np.asarray(function(np.float64(t)), dtype=float))

    roots = []
    for (x0, y0), (x1, y1) in zip(zip(xs, values), zip(xs[1:], values[1:])):
        if not (math.isfinite(y0) and math.isfinite(y1)):
            continue
        if y0 == 0 and a < x0 < b:
            roots.append(x0)
        elif y0 * y1 < 0:
            low, high = x0, x1
            for _ in range(60):
                middle = (low + high) / 2
                try:
                    y = value_at(middle)
                except (ZeroDivisionError, ValueError, OverflowError, TypeError):
                    break
                if not math.isfinite(y):
                    break
                if (y < 0) == (y0 < 0):
                    low = middle
                else:
                    high = middle
            roots.append((low + high) / 2)
    return sorted(set(roots))


def riemann_sums(f: Any, x: Any, a: float, b: float, n: int) -> tuple[list[RiemannRow], dict[str, list[float]]]:
    """Left, right and midpoint sums with N, 2N, 4N … rectangles, and the first row's samples."""
    import numpy as np
    import sympy

    function = sympy.lambdify(x, f, modules="numpy")
    rows = []
    samples: dict[str, list[float]] = {}
    with np.errstate(all="ignore"):
        for k in range(RIEMANN_ROWS):
            count = n * 2**k
            dx = (b - a) / count
            edges = a + dx * np.arange(count + 1)
            middles = a + dx * (np.arange(count) + 0.5)
            at_edges = np.broadcast_to(np.asarray(function(edges), dtype=float), edges.shape)
            at_middles = np.broadcast_to(np.asarray(function(middles), dtype=float), middles.shape)
            if not (np.isfinite(at_edges).all() and np.isfinite(at_middles).all()):
                bad = edges[~np.isfinite(at_edges)] if not np.isfinite(at_edges).all() else middles[
                    ~np.isfinite(at_middles)]
                raise MathError(say("integration.error.riemann_undefined", f=Formula(f), x=x.name, t=float(bad[0])),
                                hint=say("integration.error.defined.hint"))
            if k == 0:
                samples = {"edges": edges.tolist(), "at_edges": at_edges.tolist(),
                           "middles": middles.tolist(), "at_middles": at_middles.tolist()}
            rows.append(RiemannRow(count, float(dx), float(dx * at_edges[:-1].sum()), float(dx * at_edges[1:].sum()),
                                   float(dx * at_middles.sum())))
    return rows, samples


# --- the command --------------------------------------------------------------------


@dataclass
class IntegrateResult(Result):
    """``result``: the antiderivative in SymPy syntax (without + C), or with bounds the area as a number.

    ``exact``: the area in exact form (SymPy syntax), when there is one; ``method``: how it was found;
    ``antiderivative`` and ``pretty``: F; ``lower``/``upper``: the bounds; ``F_lower``/``F_upper``: F there;
    ``area_above``/``area_below``: the areas where f > 0 and (counted negative) where f < 0;
    ``density``: what is known of f as a probability density; ``riemann``: the Riemann table.
    """

    exact: str | None = None
    method: str | None = None
    error_estimate: float | None = None
    antiderivative: str | None = None
    pretty: str | None = None
    expression: str = ""
    variable: str = "x"
    lower: Any = None
    upper: Any = None
    F_lower: Any = None
    F_upper: Any = None
    area_above: float | None = None
    area_below: float | None = None
    density: dict[str, Any] | None = None
    riemann: list[RiemannRow] | None = None
    # what only the view needs
    integrand: Any = field(default=None, metadata={"json": False}, repr=False, compare=False)
    F: Any = field(default=None, metadata={"json": False}, repr=False, compare=False)
    label: str | None = field(default=None, metadata={"json": False}, repr=False, compare=False)
    exact_expr: Any = field(default=None, metadata={"json": False}, repr=False, compare=False)
    bounds: tuple[Any, Any] | None = field(default=None, metadata={"json": False}, repr=False, compare=False)
    samples: dict[str, list[float]] | None = field(default=None, metadata={"json": False}, repr=False,
                                                   compare=False)
    crossings: list[float] = field(default_factory=list, metadata={"json": False}, repr=False, compare=False)


def choose_variable(expr: Any, wrt: str | None) -> Any:
    """The variable of integration: the one named, else the only variable of ``expr`` (x if none)."""
    names = sorted(symbol.name for symbol in expr.free_symbols)
    if wrt is not None:
        return variable(wrt, expr)
    if len(names) > 1:
        raise InputError(say("integration.error.variables", names=", ".join(names)),
                         hint=say("integration.error.variables.hint", first=names[0]), argument="wrt")
    return variable(names[0] if names else "x", expr)


def as_bound(value: Any) -> Any:
    """A bound as a SymPy number: an int, Fraction, float, ±math.inf or a constant SymPy expression."""
    from fractions import Fraction

    import sympy

    if isinstance(value, sympy.Basic):
        if value.free_symbols:
            raise InputError(say("integration.error.bound", value=str(value)), hint=say("integration.error.bound.hint"))
        return value
    if isinstance(value, bool):
        raise InputError(say("integration.error.bound_plain"))
    if isinstance(value, int):
        return sympy.Integer(value)
    if isinstance(value, Fraction):
        return sympy.Rational(value.numerator, value.denominator)
    if isinstance(value, float):
        if math.isinf(value):
            return sympy.oo if value > 0 else -sympy.oo
        if math.isnan(value):
            raise InputError(say("integration.error.bound", value="nan"))
        return sympy.Float(value)
    raise InputError(say("integration.error.bound", value=type(value).__name__))


def integrate(expr: Any, wrt: str | None = None, lower: Any = None, upper: Any = None,
              riemann: int | None = None, label: str | None = None) -> IntegrateResult:
    """∫ expr d(wrt): the antiderivative by named rules, and with bounds the definite integral.

    ``label``: the integrand as the user wrote it (``normal(x, 0, 1)``), shown in the headline.
    """
    import sympy

    x = choose_variable(expr, wrt)
    if (lower is None) != (upper is None):
        raise InputError(say("integration.error.both_bounds"), hint=say("integration.error.both_bounds.hint"))
    if lower is not None:
        lower, upper = as_bound(lower), as_bound(upper)
        others = sorted(s.name for s in expr.free_symbols if s != x)
        if others:
            raise InputError(say("integration.error.others", names=", ".join(others)),
                             hint=say("integration.error.others.hint"))
    if riemann is not None:
        if lower is None:
            raise InputError(say("integration.error.riemann_bounds"), hint=say("integration.error.riemann_bounds.hint"),
                             argument="riemann")
        if not (lower.is_finite and upper.is_finite):
            raise InputError(say("integration.error.riemann_finite"), hint=say("integration.error.riemann_finite.hint"),
                             argument="riemann")
        if not 1 <= riemann <= MAX_RIEMANN_N:
            raise InputError(say("integration.error.riemann_n", limit=MAX_RIEMANN_N, n=riemann), argument="riemann")
        size = max(1, sympy.count_ops(expr))
        if riemann * 2**RIEMANN_ROWS * size > MAX_RIEMANN_POINTS * 4:
            raise InputError(say("integration.error.riemann_work", n=riemann),
                             hint=say("integration.error.riemann_work.hint"), argument="riemann")
    if lower is not None and lower == upper:
        pass  # an empty interval: the integral is 0, shown as such below
    symbolic_job = start(symbolic_work, expr, x, lower, upper, seconds=SYMBOLIC_SECONDS)
    numeric_job = start(numeric_work, expr, x, lower, upper, riemann, seconds=NUMERIC_SECONDS) if (
        lower is not None) else None
    symbolic: Symbolic | None
    try:
        symbolic = finish(symbolic_job, say("integration.error.what.integral"))
    except TimeLimit:
        if numeric_job is None:
            raise
        symbolic = None
    numeric = None
    if numeric_job is not None:
        try:
            numeric = finish(numeric_job, say("integration.error.what.numeric"),
                             hint=say("integration.error.numeric.hint"))
        except MathError as error:
            if symbolic is None or symbolic.F is None:
                raise
            numeric = Numeric(failure=error.problem)  # the exact value stands; its reasons are said
    result = _assemble(expr, x, lower, upper, symbolic, numeric)
    result.label = label
    return result


def _assemble(expr: Any, x: Any, lower: Any, upper: Any, symbolic: Symbolic | None,
              numeric: Numeric | None) -> IntegrateResult:
    import sympy

    steps: list[Step] = []
    result = IntegrateResult(result=None, expression=sympy_syntax(expr), variable=x.name, integrand=expr)
    if symbolic is not None and symbolic.F is not None:
        F = symbolic.F
        result.F = F
        result.antiderivative = sympy_syntax(F)
        result.pretty = str(Formula(F))
        tree = symbolic.tree
        if tree.key == "integration.simplify":  # the rules' answer first, then its shorter form
            steps.extend(tree.children)
            steps.append(step(tree.key, **tree.args))
        else:
            steps.append(tree)
        steps.append(step("integration.plus_c", F=Formula(F), x=x.name))
        steps.append(step("integration.verified" if symbolic.verified else "integration.verified.numeric",
                          F=Formula(F), f=Formula(expr), x=x.name, points=CHECK_POINTS))
    if lower is None:
        result.result = result.antiderivative
        result.steps = steps
        return result
    result.lower, result.upper = _bound_json(lower), _bound_json(upper)
    result.bounds = (lower, upper)
    a, b = bound_text(lower), bound_text(upper)
    value: Any = None
    if symbolic is not None and symbolic.F is not None:
        exact = symbolic.exact
        if symbolic.gaps:
            improper = symbolic.improper
            if improper is None or improper.has(sympy.oo, -sympy.oo, sympy.zoo, sympy.nan):
                raise MathError(say("integration.error.unbounded", f=Formula(expr), a=a, b=b,
                                    gaps=_gap_text(symbolic.gaps)),
                                hint=say("integration.error.unbounded.hint"))
            exact = improper
            steps.append(step("integration.improper", gaps=_gap_text(symbolic.gaps), f=Formula(expr), a=a, b=b,
                              value=Formula(exact)))
        elif exact.has(sympy.oo, -sympy.oo, sympy.zoo, sympy.nan):
            raise MathError(say("integration.error.diverges", f=Formula(expr), a=a, b=b, exact=Formula(exact)),
                            hint=say("integration.error.diverges.hint"))
        else:
            result.F_lower, result.F_upper = _number(symbolic.F_lower), _number(symbolic.F_upper)
            key = "integration.ftc.limits" if not (lower.is_finite and upper.is_finite) else "integration.ftc"
            steps.append(step(key, F=Formula(symbolic.F), x=x.name, a=a, b=b,
                              Fb=Formula(symbolic.F_upper), Fa=Formula(symbolic.F_lower, grouped=True),
                              exact=Formula(exact), value=float(_number(exact))))
        if numeric is not None and numeric.value is not None and not _agree(_number(exact), numeric.value):
            raise MathError(say("integration.error.disagree", f=Formula(expr), a=a, b=b, exact=Formula(exact),
                                value=numeric.value), hint=HINT_HARD)
        value = _number(exact)
        result.exact = sympy_syntax(exact)
        result.exact_expr = exact
        result.method = "fundamental theorem"
    else:
        if numeric is None or numeric.value is None:
            raise MathError(say("integration.error.failed"), hint=HINT_HARD)
        if not math.isfinite(numeric.value) or numeric.error > 1e-6 * max(1.0, abs(numeric.value)):
            raise MathError(say("integration.error.unreliable", f=Formula(expr), a=a, b=b, value=numeric.value,
                                error=numeric.error), hint=say("integration.error.unreliable.hint"))
        reason = step(symbolic.refusal if symbolic is not None and symbolic.refusal else "integration.reason.too_long")
        steps.append(step("integration.numeric", reason=reason, f=Formula(expr), a=a, b=b, x=x.name,
                          method=QUADRATURE, value=numeric.value, error=numeric.error))
        value = numeric.value
        result.method = QUADRATURE
        result.error_estimate = numeric.error
    result.result = value if isinstance(value, int) else float(value)
    if numeric is not None:
        result.area_above, result.area_below = numeric.above, numeric.below
        result.crossings = numeric.crossings
        steps.append(_sign_step(numeric, expr, a, b, x, result.result))
        if numeric.riemann:
            result.riemann = numeric.riemann
            result.samples = numeric.samples
            steps.append(_riemann_step(numeric, expr, x, lower, upper, result.result))
    if symbolic is not None:
        density = _density(symbolic, expr, x, lower, upper, result.result, steps)
        result.density = density
    result.steps = steps
    return result


def _bound_json(value: Any) -> Any:
    import sympy

    if value is sympy.oo:
        return "oo"
    if value is -sympy.oo:
        return "-oo"
    return _number(value)


def _gap_text(gaps: list[Any]) -> str:
    return ", ".join(f"{Formula(g)}" for g in gaps)


def _agree(exact: Any, numeric: float) -> bool:
    exact = float(exact)
    return abs(exact - numeric) <= AGREEMENT * max(1.0, abs(exact)) + 1e-12


def _sign_step(numeric: Numeric, f: Any, a: str, b: str, x: Any, value: Any) -> Step:
    """Signed area: above the axis counts positive, below negative, and both are said."""
    above, below = numeric.above, numeric.below
    if below == 0:
        return step("integration.sign.above", f=Formula(f), a=a, b=b, value=value)
    if above == 0:
        return step("integration.sign.below", f=Formula(f), a=a, b=b, value=value)
    crossings = [float(c) for c in numeric.crossings]
    return step("integration.sign.both", f=Formula(f), a=a, b=b, above=above, below=below,
                crossings=crossings or ["—"], x=x.name, value=value)


def _riemann_step(numeric: Numeric, f: Any, x: Any, lower: Any, upper: Any, value: Any) -> Step:
    """Δx, the three sums of the first row written out, and how the rows close in on the area."""
    from mlmath.core.result import shortened

    first = numeric.riemann[0]
    samples = numeric.samples
    a, b = bound_text(lower), bound_text(upper)
    n = first.n
    edges, at_edges = samples["edges"], samples["at_edges"]
    middles, at_middles = samples["middles"], samples["at_middles"]
    children = [
        step("integration.riemann.dx", a=a, b=b, n=n, dx=first.dx),
        step("integration.riemann.left", n=n, x=x.name, points=shortened(edges[:-1]), values=at_edges[:-1],
             dx=first.dx, total=first.left),
        step("integration.riemann.right", n=n, x=x.name, points=shortened(edges[1:]), values=at_edges[1:],
             dx=first.dx, total=first.right),
        step("integration.riemann.midpoint", n=n, x=x.name, points=shortened(middles), values=at_middles,
             dx=first.dx, total=first.midpoint),
    ]
    last = numeric.riemann[-1]
    children.append(step("integration.riemann.converge", n=last.n, left=last.left, right=last.right,
                         midpoint=last.midpoint, value=value))
    return step("integration.riemann", *children, f=Formula(f), a=a, b=b, n=n)


def _density(symbolic: Symbolic, f: Any, x: Any, lower: Any, upper: Any, value: Any,
             steps: list[Step]) -> dict[str, Any] | None:
    """A normal density named with its μ and σ (and the 68–95–99.7 rule at μ ± kσ); the total area 1."""
    import sympy

    density: dict[str, Any] = {}
    if symbolic.normal is not None:
        mu, sigma = symbolic.normal
        density.update(kind="normal", mu=_number(mu), sigma=_number(sigma))
        steps.append(step("integration.normal", f=Formula(f), mu=Formula(mu), sigma=Formula(sigma)))
        if lower.is_finite and upper.is_finite:
            k_low, k_high = sympy.simplify((lower - mu) / sigma), sympy.simplify((upper - mu) / sigma)
            density.update(z_lower=_number(k_low), z_upper=_number(k_high))
            if k_low == -k_high and k_high in (1, 2, 3):
                k = int(k_high)
                density["rule"] = f"68-95-99.7: {SIGMA_RULE[k]} within {k} sigma"
                steps.append(step("integration.sigma_rule", k=k, percent=SIGMA_RULE[k], value=value,
                                  mu=Formula(mu), sigma=Formula(sigma)))
            else:
                steps.append(step("integration.z_scores", a=bound_text(lower), b=bound_text(upper),
                                  za=_number(k_low), zb=_number(k_high)))
    if symbolic.total is not None and not symbolic.total.has(sympy.oo, -sympy.oo, sympy.zoo, sympy.nan):
        total = _number(symbolic.total)
        if _agree(total, 1.0):
            density["total_area"] = total
            steps.append(step("integration.total_area", f=Formula(f), x=x.name, total=total))
    return density or None


# --- --expect ------------------------------------------------------------------------


@dataclass
class AntiderivativeCheck:
    """``--expect`` of an antiderivative: d/dx(expected) − f = 0, symbolically or at sample points."""

    expected: str
    got: str
    passed: bool
    symbolic: bool
    difference: str
    tolerance: float | None = None

    def named_values(self) -> dict[str, Any]:
        return {"expected": self.expected, "passed": self.passed, "symbolic": self.symbolic,
                "difference": self.difference}


def check_antiderivative(expected: Any, f: Any, x_name: str, got: str | None = None) -> AntiderivativeCheck:
    """Whether ``expected`` is an antiderivative of ``f`` (up to a constant): its derivative minus f is 0."""
    return bounded(_check_antiderivative, expected, f, x_name, got, what=say("integration.error.what.check"))


def _check_antiderivative(expected: Any, f: Any, x_name: str, got: str | None) -> AntiderivativeCheck:
    import sympy

    x = variable(x_name, f)
    expected = expected.xreplace({s: x for s in expected.free_symbols if s.name == x_name})
    difference = derivative(expected, x) - f
    tidied = _tidy(sympy.expand(difference)) if sympy.count_ops(difference) < 200 else difference
    symbolic = tidied == 0
    if not symbolic and sympy.count_ops(tidied) < 60:
        symbolic = sympy.simplify(tidied) == 0
    passed = symbolic or derivative_matches(expected, f, x) is True
    return AntiderivativeCheck(expected=sympy_syntax(expected), got=got or "", passed=passed, symbolic=symbolic,
                               difference="0" if passed else sympy_syntax(tidied))
