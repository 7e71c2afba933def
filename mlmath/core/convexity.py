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
        values = [[value_at(e, point, "the Hessian") for e in row] for row in matrix]
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
