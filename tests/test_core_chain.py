"""chain: the onion's layers and product, and backpropagation, against hand work, diff, PyTorch and
finite differences."""

from __future__ import annotations

import json
import math
from pathlib import Path

import mpmath
import pytest
import sympy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mlmath.core.chain_rule import build_graph, chain, peel_layers
from mlmath.errors import InputError, MathError
from mlmath.parsing.expressions import parse_expression

FIXTURES = Path(__file__).parent / "fixtures"
TORCH = json.loads((FIXTURES / "torch_calculus.json").read_text())["cases"]
x = sympy.Symbol("x", real=True)


def test_onion_of_the_notes():
    """exp(sin(3x)): y = exp(u), u = sin(v), v = 3x; dy/dx = exp(u)·cos(v)·3."""
    result = chain(parse_expression("exp(sin(3*x))"), point={"x": 0.5})
    layers = [(layer["name"], layer.get("outer"), layer["local"]) for layer in result.layers]
    assert layers == [("y", "exp(u)", "exp(u)"), ("u", "sin(v)", "cos(v)"), ("v", None, "3")]
    assert [layer["expression"] for layer in result.layers] == ["exp(sin(3*x))", "sin(3*x)", "3*x"]
    assert parse_expression(result.result) == 3 * sympy.cos(3 * x) * sympy.exp(sympy.sin(3 * x))
    # the acceptance value: 3·cos(1.5)·e^{sin 1.5}, correctly rounded
    with mpmath.workdps(40):
        expected = float(3 * mpmath.cos(1.5) * mpmath.exp(mpmath.sin(1.5)))
    assert result.value == expected
    assert result.layers[1]["value"] == math.sin(1.5) and result.layers[2]["local_value"] == 3
    assert result.output == pytest.approx(math.exp(math.sin(1.5)), rel=1e-15)


@pytest.mark.parametrize(
    ("text", "outers"),
    [
        ("(2*x + 1)^3", ["u**3", None]),
        ("3*sin(x^2)", ["3*u", "sin(v)", None]),
        ("sin(x)^2 + 1", ["u + 1", "v**2", None]),
        ("2^(x^2)", ["2**u", None]),
        ("sigmoid(w*x + b)", ["sigmoid(u)", None]),
        ("x*sin(x)", [None]),
        ("sin(x)", [None]),
    ],
)
def test_layers_by_hand(text, outers):
    expr = parse_expression(text)
    layers = peel_layers(expr, x)
    assert [str(layer.outer) if layer.outer is not None else None for layer in layers] == outers


def test_layer_names_skip_the_variables():
    result = chain(parse_expression("exp(sin(u*x))"))
    assert [layer["name"] for layer in result.layers] == ["y", "v", "t"]


_INNER = st.sampled_from(["x", "2*x", "x^2", "3*x - 1", "x^2 + x", "x/2"])
_OUTER = st.sampled_from(["sin(%s)", "exp(%s)", "(%s)^3", "sigmoid(%s)", "tanh(%s)", "log(1 + (%s)^2)",
                          "2*(%s)", "softplus(%s)", "sqrt(1 + (%s)^2)", "(%s) + 5", "2^(%s)"])


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_INNER, st.lists(_OUTER, min_size=1, max_size=4))
def test_product_of_local_derivatives_is_diff(inner, outers):
    text = inner
    for outer in outers:
        text = outer % text
    expr = parse_expression(text)
    result = chain(expr)
    got, want = parse_expression(result.result), sympy.diff(expr, x)
    if sympy.expand(got - want) != 0:
        for value in (0.3, -0.7, 1.1):
            # relative, in 40 digits: exp((…)³) reaches e^3960 at 1.1, far past float64
            a, b = got.subs(x, value).evalf(40), want.subs(x, value).evalf(40)
            assert abs(a - b) <= 1e-10 * max(1, abs(b)), text


def test_graph_of_a_neuron():
    """sigmoid(w*x + b): h1 = w·x, h2 = b + h1, y = sigmoid(h2)."""
    nodes = build_graph(parse_expression("sigmoid(w*x + b)"))
    described = [(n.name.name, str(n.formula) if n.formula is not None else None, [i.name for i in n.inputs])
                 for n in nodes]
    assert described == [("b", None, []), ("w", None, []), ("x", None, []), ("h1", "w*x", ["w", "x"]),
                         ("h2", "b + h1", ["b", "h1"]), ("y", "sigmoid(h2)", ["h2"])]


def test_backward_table_by_hand():
    """At w=0.5, x=2, b=-1: h2 = 0, σ(0) = 1/2, σ'(0) = 1/4; ∂y/∂w = x/4, ∂y/∂x = w/4, ∂y/∂b = 1/4."""
    result = chain(parse_expression("sigmoid(w*x + b)"), point={"w": 0.5, "x": 2, "b": -1})
    rows = {(row["node"], row["input"]): row for row in result.graph["backward"]}
    assert rows[("y", "h2")]["local_value"] == pytest.approx(0.25) and rows[("y", "h2")]["upstream"] == 1
    assert rows[("h1", "w")]["local_value"] == 2 and rows[("h1", "w")]["gradient"] == pytest.approx(0.5)
    assert result.gradient == {"b": 0.25, "w": 0.5, "x": 0.125}
    assert result.value == 0.125 and result.output == 0.5


def test_paths_add_up():
    """x·sin(x): x reaches y directly and through sin, so ∂y/∂x = sin(1) + cos(1)."""
    result = chain(parse_expression("x*sin(x)"), point={"x": 1})
    contributions = [row["gradient"] for row in result.graph["backward"] if row["input"] == "x"]
    assert len(contributions) == 2
    assert result.gradient["x"] == pytest.approx(math.sin(1) + math.cos(1), rel=1e-15)


@pytest.mark.parametrize("case", TORCH, ids=[f"{c['expression']} at {c['point']}" for c in TORCH])
def test_backprop_matches_pytorch_autograd(case):
    result = chain(parse_expression(case["expression"]), point=case["point"])
    assert float(result.output) == pytest.approx(case["value"], rel=1e-14, abs=1e-15)
    for name, expected in case["gradient"].items():
        assert float(result.gradient[name]) == pytest.approx(expected, rel=1e-13, abs=1e-14), name


def _central_difference(expr, point, name, h=1e-6):
    """An independent finite difference: SymPy substitution and 40-digit evalf, h = 1e-6."""
    symbols = {s.name: s for s in expr.free_symbols}
    at = {symbols[k]: sympy.nsimplify(v) for k, v in point.items()}
    shift = sympy.Rational(1, 10**6)
    above = expr.subs({**at, symbols[name]: at[symbols[name]] + shift}).evalf(40)
    below = expr.subs({**at, symbols[name]: at[symbols[name]] - shift}).evalf(40)
    return float((above - below) / (2 * shift))


@pytest.mark.parametrize("case", [c for c in TORCH if c["expression"] != "relu(x)*x + relu(-x)"],
                         ids=lambda c: c["expression"])
def test_backward_gradients_equal_finite_differences(case):
    expr = parse_expression(case["expression"])
    result = chain(expr, point=case["point"])
    for name in case["point"]:
        independent = _central_difference(expr, case["point"], name)
        assert float(result.gradient[name]) == pytest.approx(independent, rel=1e-9, abs=1e-10)
        assert result.finite_difference[name] == pytest.approx(float(result.gradient[name]), rel=1e-12, abs=1e-13)


def test_finite_difference_disagrees_honestly_at_a_kink():
    """relu at 0: backprop uses relu'(0) = 0, the two-sided difference sees the average slope 1/2."""
    result = chain(parse_expression("relu(x)"), point={"x": 0})
    assert result.gradient["x"] == 0 and result.finite_difference["x"] == pytest.approx(0.5)


def test_without_a_point_there_are_no_values():
    result = chain(parse_expression("(2*x + 1)^3"))
    assert result.value is None and result.gradient is None
    # the edges and their local derivatives are there, their values are not: h1 = 2x, h2 = h1 + 1, y = h2³
    assert result.graph["backward"] == [{"node": "y", "input": "h2", "local": "3*h2**2"},
                                        {"node": "h2", "input": "h1", "local": "1"},
                                        {"node": "h1", "input": "x", "local": "2"}]
    assert result.steps[-1].key == "chain.graph"
    assert parse_expression(result.result) == 6 * (2 * x + 1) ** 2


def test_wrt_chooses_the_onion_variable():
    result = chain(parse_expression("sigmoid(w*x + b)"), "w", {"w": 0.5, "x": 2, "b": -1})
    assert result.wrt == "w" and result.value == pytest.approx(0.5)
    with pytest.raises(InputError, match="no variable z"):
        chain(parse_expression("sigmoid(w*x + b)"), "z")


def test_chain_errors():
    with pytest.raises(InputError, match="no value for b"):
        chain(parse_expression("sigmoid(w*x + b)"), point={"w": 1, "x": 2})
    with pytest.raises(MathError, match="undefined"):
        chain(parse_expression("log(x - 1)"), point={"x": 1})
