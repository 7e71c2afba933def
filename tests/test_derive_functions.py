"""derive: the functions a learner meets (sinh cosh asin acos atan abs, log with a base), a variable
absent from the expression, Heaviside in SymPy syntax, pure partials with --order, and --hessian."""

import math

import numpy as np
import pytest
import sympy

from mlmath.core.derivatives import derive
from mlmath.parsing.expressions import parse_expression

x, y = sympy.symbols("x y", real=True)

# the function as SymPy writes it (trusted text in the test), the rule's key, a point inside its domain
FUNCTIONS = [
    ("sinh(x)", sympy.sinh(x), "derive.rule.sinh", 0.7),
    ("cosh(x)", sympy.cosh(x), "derive.rule.cosh", -1.3),
    ("asin(x)", sympy.asin(x), "derive.rule.asin", 0.25),
    ("acos(x)", sympy.acos(x), "derive.rule.acos", -0.5),
    ("atan(x)", sympy.atan(x), "derive.rule.atan", 2.0),
    ("asin(2*x)", sympy.asin(2 * x), "derive.rule.asin", 0.1),
    ("log(x, 2)", sympy.log(x, 2), "derive.rule.log_base", 4.0),
    ("log(x^2 + 1, 10)", sympy.log(x**2 + 1, 10), "derive.rule.log_base", 1.0),
    ("abs(x)", sympy.Abs(x), "derive.rule.abs", -3.0),
]


def _rules(steps):
    for s in steps:
        yield s.key
        yield from _rules(s.children)


@pytest.mark.parametrize(("text", "reference", "rule", "at"), FUNCTIONS)
def test_new_functions_match_sympy_and_name_their_rule(text, reference, rule, at):
    result = derive(parse_expression(text), point={"x": at})
    assert sympy.simplify(result.derivatives[0] - sympy.diff(reference, x)) == 0
    assert rule in set(_rules(result.steps))
    expected = float(sympy.diff(reference, x).subs(x, at).evalf(30))
    assert result.value == pytest.approx(expected, rel=1e-15)
    # and a central difference on the function itself (independent of any symbolic work)
    f = sympy.lambdify(x, reference, "math")
    h = 1e-6
    assert result.value == pytest.approx((f(at + h) - f(at - h)) / (2 * h), rel=1e-6)


def test_log_base_two_by_hand():
    # log₂ 8 = 3 and (log₂ x)′ = 1/(x·ln 2): at 8, 1/(8·0.693147…) = 0.180336…
    result = derive(parse_expression("log(x, 2)"), point={"x": 8})
    assert result.function_value == pytest.approx(3, abs=1e-15)
    assert result.value == pytest.approx(1 / (8 * math.log(2)), rel=1e-15)


def test_abs_is_undefined_at_zero(cli):
    run = cli("derive", "abs(x)", "--at", "x=0")
    assert run.code == 2 and run.stdout == ""
    assert len(run.stderr.strip().splitlines()) == 1 and "Traceback" not in run.stderr
    assert "undefined at x=0" in run.stderr and "slope -1 on the left, 1 on the right" in run.stderr
    korean = cli("derive", "abs(x)", "--at", "x=0", "--lang", "ko")
    assert korean.code == 2 and "미분할 수 없습니다" in korean.stderr
    # a jump: sign(x) at 0
    jump = cli("derive", "sign(x)", "--at", "x=0")
    assert jump.code == 2 and "jumps" in jump.stderr
    # no corner: |x|² = x² is smooth, and relu′(0) = 0 stays PyTorch's convention
    assert cli("derive", "abs(x)^2", "--at", "x=0", "--json").json["value"] == 0
    assert cli("derive", "relu(x)", "--at", "x=0", "--json").json["value"] == 0
    # away from 0, sign(x)
    assert cli("derive", "abs(x - 1)", "--at", "x=0", "--json").json["value"] == -1


def test_absent_variable_is_said(cli):
    run = cli("derive", "x^2", "--wrt", "z", "--json")
    assert run.code == 0 and run.json["result"] == "0" and run.json["absent"] == ["z"]
    view = cli("derive", "x^2", "--wrt", "z", "--no-steps").stdout
    assert "x² does not contain z" in view
    assert cli("derive", "x^2", "--json").json["absent"] == []
    assert "없습니다" in cli("derive", "x^2", "--wrt", "z", "--lang", "ko").stdout


def test_heaviside_is_sympy_syntax(cli):
    run = cli("derive", "relu(x)")
    assert "in SymPy syntax: Heaviside(x)" in run.stdout and "step(x)" not in run.stdout.splitlines()[1]
    document = cli("derive", "relu(2*x + 1)", "--json").json
    assert document["result"] == "2*Heaviside(2*x + 1)"
    # real SymPy reads it, and so does mlmath (as step, whose value at 0 mlmath takes as 0)
    assert sympy.sympify(document["result"]) == 2 * sympy.Heaviside(2 * sympy.Symbol("x") + 1)
    assert cli("derive", "relu(x)", "--expect", "Heaviside(x)").code == 0


def test_order_two_with_several_variables_gives_the_pure_partials(cli):
    document = cli("derive", "x**3*y**2 + x*y", "--wrt", "x,y", "--order", "2", "--at", "x=1,y=2", "--json").json
    f = x**3 * y**2 + x * y
    assert [parse_expression(t) for t in document["result"]] == [sympy.diff(f, x, 2), sympy.diff(f, y, 2)]
    assert document["value"] == [6 * 1 * 4, 2 * 1]  # 6xy², 2x³ by hand
    assert any(s["rule"] == "derive.pure_partials" for s in document["steps"])
    view = cli("derive", "x**3*y**2 + x*y", "--wrt", "x,y", "--order", "2", "--no-steps").stdout
    assert view.splitlines()[0].startswith("f = x³·y² + x·y: (∂²f/∂x², ∂²f/∂y²) = ")


HESSIANS = [
    ("x^2 + x*y + 2*y^2", {"x": 1, "y": 1}, "positive definite"),
    ("x^3 - 3*x*y^2", {"x": 1, "y": 1}, "indefinite"),
    ("x*y - x^2 - y^2", {"x": 0, "y": 0}, "negative definite"),
    ("(x + y)^2", {"x": 2, "y": -1}, "positive semidefinite"),
    ("exp(x)*sin(y) + x*y*z^2", {"x": 0.5, "y": 1, "z": -2}, "indefinite"),
]


@pytest.mark.parametrize(("text", "point", "kind"), HESSIANS)
def test_hessian_against_sympy_and_numpy(cli, text, point, kind):
    at = ",".join(f"{k}={v}" for k, v in point.items())
    document = cli("derive", text, "--hessian", "--at", at, "--json").json
    expr = parse_expression(text)
    names = sorted(point)
    symbols = [sympy.Symbol(n, real=True) for n in names]
    reference = sympy.hessian(expr, symbols)
    assert document["hessian"] is True and document["wrt"] == names
    got = sympy.Matrix([[parse_expression(t) for t in row] for row in document["result"]])
    assert sympy.simplify(got - reference) == sympy.zeros(len(names))
    numbers = np.array(reference.subs({s: point[s.name] for s in symbols}).evalf(30).tolist(), dtype=float)
    assert np.allclose(np.array(document["value"], dtype=float), numbers, rtol=1e-14, atol=1e-14)
    assert np.allclose(document["eigenvalues"], np.linalg.eigvalsh(numbers), atol=1e-12)
    minors = [np.linalg.det(numbers[:k, :k]) for k in range(1, len(names) + 1)]
    assert np.allclose(np.array(document["minors"], dtype=float), minors, atol=1e-9)
    assert document["definiteness"] == kind


def test_hessian_view_states_definiteness(cli):
    run = cli("derive", "x^2 + x*y + 2y^2", "--hessian", "--at", "x=1,y=1", "--no-plot")
    assert run.code == 0
    # H = [[2, 1], [1, 4]]: eigenvalues 3 ± √2, leading minors 2 and 2·4 − 1·1 = 7
    assert "at x = 1, y = 1: H is positive definite (eigenvalues 1.586, 4.414; leading principal minors 2, 7)" \
        in run.stdout.replace("\n", " ").replace("1.5858", "1.586").replace("4.4142", "4.414")
    korean = cli("derive", "x^2 + x*y + 2y^2", "--hessian", "--at", "x=1,y=1", "--lang", "ko")
    assert "양의 정부호" in korean.stdout
    refused = cli("derive", "x^2", "--hessian", "--order", "2")
    assert refused.code == 2 and refused.stderr.count("\n") == 1
    checked = cli("derive", "x^2 + y^2", "--hessian", "--at", "x=1,y=1", "--expect", "[[2,0],[0,2]]")
    assert checked.code == 0
    assert cli("derive", "x^2 + y^2", "--hessian", "--at", "x=1,y=1", "--expect", "[[2,0],[0,3]]").code == 1
    assert cli("derive", "x^2*y", "--hessian", "--expect", "[2*y, 2*x, 2*x, 0]").code == 0
