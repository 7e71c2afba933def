"""Activation functions and derivatives against plain formulas, PyTorch and finite differences."""

import json
import math
import warnings
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mlmath.core import activations
from mlmath.core.activations import activation, canonical_name, curve, evaluate, facts
from mlmath.errors import InputError, MathError

FIXTURE = json.loads((Path(__file__).parent / "fixtures" / "torch_activations.json").read_text())


def close(got, expected, tolerance=1e-12):
    got, expected = np.asarray(got, dtype=float), np.asarray(expected, dtype=float)
    assert got.shape == expected.shape
    assert np.all(np.abs(got - expected) <= tolerance * np.maximum(1.0, np.abs(expected))), (got, expected)


# Plain textbook formulas in Python floats, for moderate x (|x| ≤ 30), where they do not overflow.
def plain(name, x, slope=0.01, approximate="none"):
    if name == "sigmoid":
        return 1 / (1 + math.exp(-x))
    if name == "tanh":
        return (math.exp(x) - math.exp(-x)) / (math.exp(x) + math.exp(-x))
    if name == "relu":
        return max(0.0, x)
    if name == "leaky-relu":
        return x if x > 0 else slope * x
    if name == "softplus":
        return x if x > 20 else math.log(1 + math.exp(x))
    if approximate == "tanh":
        return 0.5 * x * (1 + math.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x**3)))
    return x * 0.5 * (1 + math.erf(x / math.sqrt(2)))


ELEMENTWISE = [("sigmoid", {}), ("tanh", {}), ("relu", {}), ("leaky-relu", {"slope": 0.01}),
               ("leaky-relu", {"slope": 0.3}), ("softplus", {}), ("gelu", {"approximate": "none"}),
               ("gelu", {"approximate": "tanh"})]


@pytest.mark.parametrize(("name", "options"), ELEMENTWISE)
def test_values_match_plain_formulas(name, options):
    xs = [-7.5, -3, -1, -0.25, 0, 0.3, 1, 2.5, 6, 15]
    values, _ = evaluate(name, xs, **options)
    close(values, [plain(name, x, **options) for x in xs], 1e-13)


@pytest.mark.parametrize("case", FIXTURE["activations"], ids=lambda case: f"{case['name']} {case['options']}")
def test_matches_pytorch(case):
    result = activation(case["name"], case["x"], **case["options"])
    close(result.result, case["values"])
    close(result.derivative, case["derivatives"])


def test_hand_values():
    assert activation("sigmoid", [0]).result[0] == 0.5
    assert activation("sigmoid", [0]).derivative[0] == 0.25
    close(activation("sigmoid", [2]).result, [1 / (1 + math.exp(-2))])
    close(activation("tanh", [0.5]).derivative, [1 - math.tanh(0.5) ** 2])
    close(activation("gelu", [1]).result, [0.8413447460685429])  # Φ(1), from tables
    close(activation("gelu", [1]).derivative, [0.8413447460685429 + math.exp(-0.5) / math.sqrt(2 * math.pi)])
    close(activation("softplus", [0]).result, [math.log(2)])


def test_kinks_follow_pytorch():
    assert activation("relu", [0]).derivative[0] == 0.0
    assert activation("leaky-relu", [0], slope=0.2).derivative[0] == 0.2
    assert activation("leaky-relu", [-2], slope=0).result[0] == 0.0  # slope 0 is relu, not the default
    assert activation("softplus", [25]).result[0] == 25.0 and activation("softplus", [25]).derivative[0] == 1.0
    close(activation("softplus", [20]).result, [math.log1p(math.exp(20))])


def test_large_inputs_are_stable_without_warnings():
    xs = [-1e308, -1000, -800, 800, 1000, 1e308]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for name, options in ELEMENTWISE:
            values, derivatives = evaluate(name, xs, **options)
            assert np.isfinite(values).all() and np.isfinite(derivatives).all(), name
        softmax = activation("softmax", [1000, -1000, 0])
    assert activation("sigmoid", [-1000]).result[0] == 0.0
    assert activation("sigmoid", [1000]).result[0] == 1.0
    assert activation("tanh", [-1000]).result[0] == -1.0
    close(softmax.result, [1.0, 0.0, 0.0])


def test_sigmoid_derivative_is_accurate_where_sigma_rounds_to_one():
    # σ(40) rounds to 1, but σ′(40) = e⁻⁴⁰/(1 + e⁻⁴⁰)² is not 0
    close(activation("sigmoid", [40]).derivative, [math.exp(-40) / (1 + math.exp(-40)) ** 2])


def test_softmax_activation_uses_the_jacobian():
    result = activation("softmax", [1, 2, 3])
    total = math.e + math.e**2 + math.e**3
    p = np.array([math.e, math.e**2, math.e**3]) / total
    close(result.result, p)
    close(result.derivative, p * (1 - p))
    close(result.jacobian, np.diag(p) - np.outer(p, p))


def test_defaults_and_names():
    assert activation("sigmoid").x.tolist() == [-2, -1, 0, 1, 2]
    assert activation("softmax").x.tolist() == [1, 2, 3]
    assert canonical_name("Leaky_ReLU") == "leaky-relu"
    assert canonical_name("leakyrelu") == "leaky-relu"
    assert canonical_name("GELU") == "gelu"
    assert activation("leaky-relu", [1]).slope == 0.01
    assert activation("gelu", [1]).approximate == "none"


@pytest.mark.parametrize(("name", "options", "error"), [
    ("swish", {}, InputError),
    ("sigmoid", {"slope": 0.1}, InputError),
    ("relu", {"approximate": "tanh"}, InputError),
    ("gelu", {"approximate": "fast"}, InputError),
    ("leaky-relu", {"slope": float("inf")}, InputError),
    ("tanh", {"range_": (3, 1)}, MathError),
    ("tanh", {"range_": (1, 1)}, MathError),
    ("tanh", {"range_": (-1e308, 1e308)}, MathError),
])
def test_errors(name, options, error):
    with pytest.raises(error):
        activation(name, [0], **options)


def test_unknown_name_lists_the_known_ones():
    with pytest.raises(InputError) as caught:
        activation("swish", [0])
    assert "sigmoid, tanh, relu, leaky-relu, softplus, gelu, softmax" in caught.value.message


def test_every_activation_has_its_facts_and_a_curve():
    from mlmath.text import template

    for name, options in [*ELEMENTWISE, ("softmax", {})]:
        result = activation(name, None, **options)
        lines = facts(result)
        assert lines and all(template(line.key) for line in lines)
        values, derivatives = curve(result, np.linspace(-5, 5, 11))
        assert values.shape == derivatives.shape == (11,)


def test_softmax_curve_is_sigmoid_for_two_logits():
    # softmax([x, 0])₀ = σ(x): the plot of p₀ as z₀ sweeps, with the other logit held at 0
    result = activation("softmax", [0.0])
    xs = np.linspace(-6, 6, 13)
    values, derivatives = curve(result, xs)
    close(values, activations.sigmoid(xs))
    close(derivatives, activations.sigmoid_derivative(xs))


def central_difference(name, x, options, h=1e-6):
    values, _ = evaluate(name, [x - h, x + h], **options)
    return (values[1] - values[0]) / (2 * h)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(ELEMENTWISE), st.floats(-30, 30, allow_nan=False))
def test_derivatives_equal_finite_differences(pair, x):
    name, options = pair
    # away from the kinks (relu, leaky-relu at 0) and softplus's cut-off at 20
    if name in ("relu", "leaky-relu") and abs(x) < 1e-5:
        return
    if name == "softplus" and abs(x - 20) < 1e-5:
        return
    _, derivative = evaluate(name, [x], **options)
    assert abs(derivative[0] - central_difference(name, x, options)) <= 1e-6 * max(1.0, abs(x) ** 2)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(ELEMENTWISE), st.floats(-30, 30, allow_nan=False))
def test_values_match_plain_formulas_anywhere(pair, x):
    name, options = pair
    value, _ = evaluate(name, [x], **options)
    close(value, [plain(name, x, **options)], 1e-12)


@pytest.mark.parametrize("x", [-3.0, -0.5, 0.0, 1.0, 2.5])
def test_gelu_tanh_step_shows_the_parts_that_make_its_numbers(x):
    result = activations.activation("gelu", [x], approximate="tanh")
    args = result.steps[0].args
    t, du = args["t"], args["du"]
    # ½·x·(1 + tanh u) and gelu′ = ½(1 + tanh u) + ½·x·(1 − tanh² u)·u′, from the parts shown
    assert 0.5 * x * (1 + t) == pytest.approx(args["value"], abs=1e-12)
    assert 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * du == pytest.approx(args["derivative"], abs=1e-12)
