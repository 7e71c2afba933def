"""The Hessian, definiteness and convexity by the second-derivative test.

* :func:`hessian`: every second partial derivative ∂²f/∂xᵢ∂xⱼ (mixed ones included), and at a
  point the matrix of numbers with its definiteness, read two ways: the eigenvalues and the leading
  principal minors (Sylvester's criterion).
* :func:`definiteness`: the same for any symmetric matrix of numbers.
* :func:`convexity`: convex, concave or neither where the second-derivative test decides it — a
  Hessian that is positive (semi)definite everywhere, negative (semi)definite everywhere, or
  indefinite somewhere — and "undecided" where it cannot be shown either way.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from mlmath.core.calculus import Formula, derivative, sympy_syntax, tidy, variable
from mlmath.core.result import Result, Step, step
from mlmath.errors import InputError, MathError
from mlmath.text import say

__all__ = ["hessian", "definiteness"]

TOLERANCE = 1e-12  # an eigenvalue this small (relative to the largest) counts as 0
SAMPLE_POINTS = 40  # random points where a non-constant Hessian is looked at
SAMPLE_SEED = 20240611
MAX_VARIABLES = 6

VERDICT_KEYS = {
    "strictly convex": "convexity.verdict.strictly_convex",
    "convex": "convexity.verdict.convex",
    "strictly concave": "convexity.verdict.strictly_concave",
    "concave": "convexity.verdict.concave",
    "neither": "convexity.verdict.neither",
    "undecided": "convexity.verdict.undecided",
}
KINDS = ("positive definite", "positive semidefinite", "negative definite", "negative semidefinite", "indefinite")


def _symbols(expr: Any, wrt: list[str] | None) -> list[Any]:
    names = wrt if wrt else sorted(symbol.name for symbol in expr.free_symbols) or ["x"]
    if len(names) > MAX_VARIABLES:
        raise InputError(say("convexity.error.variables", limit=MAX_VARIABLES, count=len(names)),
                         hint=say("convexity.error.variables.hint"))
    return [variable(name, expr) for name in names]


def hessian_matrix(expr: Any, variables: list[Any]) -> list[list[Any]]:
    """∂²f/∂xᵢ∂xⱼ for every pair (symmetric: the mixed partials agree for smooth f)."""
    first = [derivative(expr, x) for x in variables]
    matrix = [[None] * len(variables) for _ in variables]
    for i, gi in enumerate(first):
        for j in range(i, len(variables)):
            matrix[i][j] = matrix[j][i] = tidy(derivative(gi, variables[j]))
    return matrix


def _exact(value: Any) -> Any:
    """A SymPy number → int, Fraction or float."""
    if value.is_Integer:
        return int(value)
    if value.is_Rational:
        return Fraction(int(value.p), int(value.q))
    return float(value)


def leading_minors(values: list[list[Any]]) -> list[Any]:
    """det of the top-left k×k blocks, k = 1 … n (exact for integers and fractions)."""
    import sympy

    matrix = sympy.Matrix([[sympy.nsimplify(v) if isinstance(v, float) else sympy.sympify(v) for v in row]
                           for row in values])
    return [_exact(matrix[:k, :k].det()) for k in range(1, len(values) + 1)]


def definiteness(values: list[list[Any]]) -> tuple[str, list[float], list[Any], list[Step]]:
    """(kind, eigenvalues, leading minors, steps) of a symmetric matrix of numbers."""
    import numpy as np

    array = np.asarray([[float(v) for v in row] for row in values], dtype=float)
    if array.ndim != 2 or array.shape[0] != array.shape[1]:
        raise InputError(say("convexity.error.square"))
    if not np.allclose(array, array.T):
        raise MathError(say("convexity.error.symmetric"), hint=say("convexity.error.symmetric.hint"))
    eigenvalues = np.linalg.eigvalsh(array).tolist()
    scale = max(1.0, max(abs(v) for v in eigenvalues))
    zero = [abs(v) <= TOLERANCE * scale for v in eigenvalues]
    positive = [v > 0 and not z for v, z in zip(eigenvalues, zero)]
    negative = [v < 0 and not z for v, z in zip(eigenvalues, zero)]
    if all(positive):
        kind = "positive definite"
    elif all(negative):
        kind = "negative definite"
    elif not any(negative):
        kind = "positive semidefinite"
    elif not any(positive):
        kind = "negative semidefinite"
    else:
        kind = "indefinite"
    minors = leading_minors(values)
    steps = [step("convexity.eigenvalues", values=eigenvalues, kind=_kind_step(kind))]
    if all(m > 0 for m in minors):
        steps.append(step("convexity.minors.positive", minors=minors))
    elif all((m < 0) if k % 2 == 0 else (m > 0) for k, m in enumerate(minors)):  # D₁ < 0, D₂ > 0, D₃ < 0 …
        steps.append(step("convexity.minors.negative", minors=minors))
    elif any(m == 0 for m in minors):
        steps.append(step("convexity.minors.zero", minors=minors))
    else:
        steps.append(step("convexity.minors.indefinite", minors=minors))
    return kind, eigenvalues, minors, steps


def _kind_step(kind: str) -> Step:
    """The kind as a phrase in the language shown."""
    return step({
        "positive definite": "convexity.kind.positive_definite",
        "positive semidefinite": "convexity.kind.positive_semidefinite",
        "negative definite": "convexity.kind.negative_definite",
        "negative semidefinite": "convexity.kind.negative_semidefinite",
        "indefinite": "convexity.kind.indefinite",
    }[kind])


@dataclass
class HessianResult(Result):
    """``result``: the Hessian, rows of second partials in SymPy syntax.

    ``pretty``: the same in readable notation; with a point: ``values`` (numbers), ``eigenvalues``,
    ``minors`` (leading principal minors) and ``definiteness``.
    """

    pretty: list[list[str]] = field(default_factory=list)
    expression: str = ""
    variables: list[str] = field(default_factory=list)
    point: dict[str, Any] | None = None
    values: list[list[Any]] | None = None
    eigenvalues: list[float] | None = None
    minors: list[Any] | None = None
    definiteness: str | None = None


def hessian(expr: Any, wrt: list[str] | None = None, point: dict[str, Any] | None = None) -> HessianResult:
    """The Hessian of ``expr``; at ``point`` its numbers and their definiteness, with steps."""
    from mlmath.core.calculus import check_point, value_at

    variables = _symbols(expr, wrt)
    matrix = hessian_matrix(expr, variables)
    names = [x.name for x in variables]
    steps = [step("convexity.entry", i=names[i], j=names[j], value=Formula(matrix[i][j]))
             for i in range(len(names)) for j in range(i, len(names))]
    result = HessianResult(result=[[sympy_syntax(e) for e in row] for row in matrix],
                           pretty=[[str(Formula(e)) for e in row] for row in matrix],
                           expression=sympy_syntax(expr), variables=names, steps=steps)
    if point is not None:
        check_point(point, expr)
        values = [[value_at(e, point, say("convexity.error.the_hessian")) for e in row] for row in matrix]
        kind, eigenvalues, minors, more = definiteness(values)
        result.point, result.values = dict(point), values
        result.eigenvalues, result.minors, result.definiteness = eigenvalues, minors, kind
        result.steps += more
    return result


@dataclass
class ConvexityResult(Result):
    """``result``: "strictly convex", "convex", "strictly concave", "concave", "neither" or "undecided".

    ``hessian``: the second derivatives (SymPy syntax); ``witness``: a point where the Hessian is
    indefinite (for "neither").
    """

    expression: str = ""
    variables: list[str] = field(default_factory=list)
    hessian: list[list[str]] = field(default_factory=list)
    witness: dict[str, float] | None = None


def convexity(expr: Any, wrt: list[str] | None = None) -> ConvexityResult:
    """Convex, concave or neither by the second-derivative test, where the test decides it."""
    variables = _symbols(expr, wrt)
    matrix = hessian_matrix(expr, variables)
    names = [x.name for x in variables]
    result = ConvexityResult(result="undecided", expression=sympy_syntax(expr), variables=names,
                             hessian=[[sympy_syntax(e) for e in row] for row in matrix])
    constant = all(not e.free_symbols for row in matrix for e in row)
    if constant:
        kind, _, _, steps = definiteness([[_exact(e) for e in row] for row in matrix])
        result.result = _verdict(kind)
        result.steps = [step("convexity.constant_hessian"), *steps, step(VERDICT_KEYS[result.result])]
        return result
    minors = [tidy(_det([row[:k] for row in matrix[:k]])) for k in range(1, len(matrix) + 1)]
    steps: list[Step] = [step("convexity.minors.symbolic", minors=[Formula(m) for m in minors])]
    if all(m.is_positive for m in minors):
        result.result = "strictly convex"
    elif all((m.is_negative if k % 2 else m.is_positive) for k, m in enumerate(minors, start=1)):
        result.result = "strictly concave"  # Sylvester: (−1)ᵏ·Dₖ > 0 for every k
    elif len(matrix) == 1 and minors[0].is_nonnegative:
        result.result = "convex"
    elif len(matrix) == 1 and minors[0].is_nonpositive:
        result.result = "concave"
    else:
        witness = _indefinite_somewhere(matrix, variables)
        if witness is not None:
            result.result = "neither"
            result.witness = witness
            steps.append(step("convexity.witness", point=", ".join(f"{k} = {v:g}" for k, v in witness.items())))
    result.steps = [*steps, step(VERDICT_KEYS[result.result])]
    return result


def _det(rows: list[list[Any]]) -> Any:
    import sympy

    return sympy.Matrix(rows).det()


def _verdict(kind: str) -> str:
    return {"positive definite": "strictly convex", "positive semidefinite": "convex",
            "negative definite": "strictly concave", "negative semidefinite": "concave",
            "indefinite": "neither"}[kind]


def _indefinite_somewhere(matrix: list[list[Any]], variables: list[Any]) -> dict[str, float] | None:
    """A point where the Hessian has eigenvalues of both signs (1 variable: where f'' has the other sign
    than elsewhere), among readable and random points."""
    from mlmath.core.evaluate import Undefined, evaluate

    generator = random.Random(SAMPLE_SEED)
    candidates = [{x.name: float(v) for x in variables} for v in (1, -1, 2, -2, 0.5, -0.5)]
    candidates += [{x.name: round(generator.uniform(-3, 3), 2) for x in variables} for _ in range(SAMPLE_POINTS)]
    signs = set()
    first_of_sign: dict[str, dict[str, float]] = {}
    for point in candidates:
        try:
            values = [[float(evaluate(e, point)) for e in row] for row in matrix]
            kind, *_ = definiteness(values)
        except (Undefined, MathError, OverflowError, ValueError):
            continue
        if kind == "indefinite":
            return point
        sign = "positive" if kind.startswith("positive") and kind != "positive semidefinite" else (
            "negative" if kind == "negative definite" else None)
        if sign is not None:
            signs.add(sign)
            first_of_sign.setdefault(sign, point)
    if signs == {"positive", "negative"}:
        return first_of_sign["negative"]
    return None


# --- convexity of what optimize minimises -------------------------------------------------

QUADRATICS = ("sphere", "booth", "matyas")  # built-ins whose Hessian is the same at every point
WITNESS_GRID = (0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0)  # where a built-in's Hessian is looked at
RASTRIGIN_SHOWN = 4  # local minima of rastrigin written out


@dataclass
class ObjectiveConvexity:
    """``verdict`` as :func:`convexity` names it; ``steps`` that show why; ``local_minima``: known local minima
    (rastrigin, himmelblau), each ``(point, value)``."""

    verdict: str
    steps: list[Step]
    local_minima: list[tuple[list[float], float]] = field(default_factory=list)


def numeric_hessian(value_and_grad: Any, point: list[float], h: float = 1e-5) -> list[list[float]]:
    """∂²f/∂xᵢ∂xⱼ by central differences of the gradient, symmetrised (exact for a quadratic up to rounding)."""
    size = len(point)
    columns = []
    for j in range(size):
        up, down = list(point), list(point)
        up[j] += h
        down[j] -= h
        g_up, g_down = value_and_grad(up)[1], value_and_grad(down)[1]
        columns.append([(a - b) / (2 * h) for a, b in zip(g_up, g_down)])
    return [[(columns[j][i] + columns[i][j]) / 2 for j in range(size)] for i in range(size)]


def objective_convexity(objective: Any) -> ObjectiveConvexity:
    """Whether the function optimize minimises is convex, where the second-derivative test decides it.

    Built-ins: the quadratics (sphere, booth, matyas) have one Hessian everywhere, whose definiteness
    decides; for the others a point where the Hessian has a negative eigenvalue shows f is not convex.
    An expression goes through :func:`convexity`.  Rastrigin and himmelblau name their local minima.
    """
    if not objective.builtin:
        expr = getattr(objective, "expression", None)
        if expr is None or len(objective.variables) > MAX_VARIABLES:
            return ObjectiveConvexity("undecided", [step("convexity.optimize.undecided")])
        found = convexity(expr, list(objective.variables))
        return ObjectiveConvexity(found.result, [*found.steps, _optimize_verdict(found.result)])
    size = len(objective.variables)
    center = list(objective.minima[0]) if objective.minima else [0.0] * size
    if objective.name in QUADRATICS:
        matrix = [[round(v, 9) + 0.0 for v in row] for row in numeric_hessian(objective.value_and_grad, center)]
        kind, _, _, steps = definiteness(matrix)
        verdict = _verdict(kind)
        return ObjectiveConvexity(verdict, [step("convexity.optimize.quadratic", name=objective.name,
                                                 matrix=_rows_text(matrix)), *steps, _optimize_verdict(verdict)])
    import itertools

    import numpy as np

    for offsets in itertools.product(WITNESS_GRID, repeat=size) if size <= 3 else ([0.0] * size,):
        point = [c + o for c, o in zip(center, offsets)]
        matrix = numeric_hessian(objective.value_and_grad, point)
        eigenvalues = np.linalg.eigvalsh(np.asarray(matrix)).tolist()
        if eigenvalues[0] < -1e-6 * max(1.0, abs(eigenvalues[-1])):
            steps = [step("convexity.optimize.witness", point=_points_text([point]), matrix=_rows_text(matrix),
                          values=[float(f"{v:.6g}") for v in eigenvalues])]
            result = ObjectiveConvexity("neither", [*steps, _optimize_verdict("neither")])
            _known_minima(objective, result)
            return result
    return ObjectiveConvexity("undecided", [step("convexity.optimize.undecided")])


def _rows_text(matrix: list[list[float]]) -> str:
    return "[" + "; ".join(", ".join(f"{v:.6g}" for v in row) for row in matrix) + "]"


def _optimize_verdict(verdict: str) -> Step:
    if verdict in ("strictly convex", "convex"):
        return step("convexity.optimize.convex")
    if verdict == "undecided":
        return step("convexity.optimize.undecided")
    return step("convexity.optimize.not_convex")


def _known_minima(objective: Any, result: ObjectiveConvexity) -> None:
    """Rastrigin: a local minimum near every point with integer coordinates; himmelblau: four, all global."""
    import math

    if objective.name == "himmelblau":
        result.local_minima = [(list(p), 0.0) for p in objective.minima]
        result.steps.append(step("convexity.optimize.himmelblau", points=_points_text(objective.minima)))
    elif objective.name == "rastrigin":
        # 1-D: 2x + 20π·sin(2πx) = 0 near each integer k, by Newton's method from k
        def local(k: int) -> float:
            x = float(k)
            for _ in range(50):
                g = 2 * x + 20 * math.pi * math.sin(2 * math.pi * x)
                x -= g / (2 + 40 * math.pi**2 * math.cos(2 * math.pi * x))
            return x

        size = len(objective.variables)
        shown_points = []
        for k in (1, -1, 2):
            for axis in range(size):
                point = [0.0] * size
                point[axis] = local(k)
                shown_points.append(point)
        shown_points = shown_points[:RASTRIGIN_SHOWN]
        result.local_minima = [(p, objective.value_and_grad(p)[0]) for p in shown_points]
        result.steps.append(step("convexity.optimize.rastrigin",
                                 points=_points_text([p for p, _ in result.local_minima]),
                                 values=[float(f"{v:.4g}") for _, v in result.local_minima]))


def _points_text(points: Any) -> str:
    """``(3, 2), (-2.805, 3.131)``: points to four significant digits."""
    return ", ".join("(" + ", ".join(f"{v:.4g}" for v in point) + ")" for point in points)
