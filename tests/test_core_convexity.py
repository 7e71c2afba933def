"""convexity core: Hessians against sympy.hessian, definiteness against hand-worked matrices,
and the second-derivative test's verdicts."""

from fractions import Fraction

import pytest
import sympy

from mlmath.core.convexity import convexity, definiteness, hessian, leading_minors
from mlmath.parsing.expressions import parse_expression

x, y, z = (sympy.Symbol(name, real=True) for name in "xyz")


@pytest.mark.parametrize("text", ["x**2*y + y**3", "exp(x*y)", "sin(x)*cos(y) + x*z**2", "x**4 - 3*x*y + y**2",
                                  "log(x**2 + y**2 + 1)", "sigmoid(x + 2*y)"])
def test_hessian_matches_sympy(text):
    expr = parse_expression(text)
    variables = sorted(expr.free_symbols, key=lambda s: s.name)
    result = hessian(expr)
    reference = sympy.hessian(expr, variables)
    for i, row in enumerate(result.result):
        for j, entry in enumerate(row):
            assert sympy.simplify(parse_expression(entry) - reference[i, j]) == 0, (text, i, j)
    # the mixed partials agree
    assert all(result.result[i][j] == result.result[j][i] for i in range(len(variables)) for j in range(i))


def test_hessian_at_a_point_by_hand():
    result = hessian(parse_expression("x**2*y + y**3"), point={"x": 1, "y": 2})
    assert result.values == [[4, 2], [2, 12]]  # [[2y, 2x], [2x, 6y]]
    assert result.minors == [4, 44]  # 4, 4·12 − 2·2
    assert result.definiteness == "positive definite"
    assert [s.key for s in result.steps][-2:] == ["convexity.eigenvalues", "convexity.minors.positive"]


@pytest.mark.parametrize("matrix, kind, eigenvalues, minors", [
    ([[2, 0], [0, 3]], "positive definite", [2, 3], [2, 6]),
    ([[1, 2], [2, 1]], "indefinite", [-1, 3], [1, -3]),
    ([[1, 1], [1, 1]], "positive semidefinite", [0, 2], [1, 0]),
    ([[-2, 0], [0, -1]], "negative definite", [-2, -1], [-2, 2]),
    ([[-1, 1], [1, -1]], "negative semidefinite", [-2, 0], [-1, 0]),
    ([[2, -1, 0], [-1, 2, -1], [0, -1, 2]], "positive definite", [2 - 2**0.5, 2, 2 + 2**0.5], [2, 3, 4]),
])
def test_definiteness_by_hand(matrix, kind, eigenvalues, minors):
    found, values, found_minors, steps = definiteness(matrix)
    assert found == kind
    assert values == pytest.approx(eigenvalues, abs=1e-12)
    assert found_minors == minors
    assert steps[0].key == "convexity.eigenvalues"


def test_minors_stay_exact():
    assert leading_minors([[Fraction(1, 2), Fraction(1, 3)], [Fraction(1, 3), Fraction(1, 4)]]) == [
        Fraction(1, 2), Fraction(1, 72)]  # 1/8 − 1/9


@pytest.mark.parametrize("text, verdict", [
    ("x**2 + y**2", "strictly convex"),
    ("x**2 + x*y + y**2", "strictly convex"),
    ("-x**2 - y**2", "strictly concave"),
    ("x**2 - y**2", "neither"),
    ("x*y", "neither"),
    ("exp(x)", "strictly convex"),
    ("x**4", "convex"),
    ("-x**4", "concave"),
    ("x**3", "neither"),
    ("sin(x)", "neither"),
    ("3*x + 2", "convex"),
])
def test_convexity_verdicts(text, verdict):
    result = convexity(parse_expression(text))
    assert result.result == verdict, text


def test_a_neither_witness_really_is_indefinite():
    result = convexity(parse_expression("x**3 + y**2"))
    assert result.result == "neither"
    point = result.witness
    assert 6 * point["x"] < 0  # f_xx = 6x is negative there while f_yy = 2 is positive
