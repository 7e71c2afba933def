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
    ("swoosh", {}, InputError),
    ("sigmoid", {"slope": 0.1}, InputError),
    ("relu", {"approximate": "tanh"}, InputError),
    ("gelu", {"approximate": "fast"}, InputError),
    ("leaky-relu", {"slope": float("inf")}, InputError),
    ("tanh", {"range_": (3, 1)}, MathError),
    ("tanh", {"range_": (1, 1)}, MathError),
])
def test_errors(name, options, error):
    with pytest.raises(error):
        activation(name, [0], **options)


def test_unknown_name_lists_the_known_ones():
    with pytest.raises(InputError) as caught:
        activation("swoosh", [0])
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


# --- the rest of torch.nn.functional's activations ---------------------------------------

SELU_L, SELU_A = 1.0507009873554804934193349852946, 1.6732632423543772848170429916717


def plain_more(name, x, alpha=1.0, beta=1.0, threshold=20.0, min_val=-1.0, max_val=1.0, slope=0.25):
    """Textbook formulas in Python floats, for moderate x."""
    sig = 1 / (1 + math.exp(-x))
    table = {
        "elu": lambda: x if x > 0 else alpha * (math.exp(x) - 1),
        "selu": lambda: SELU_L * (x if x > 0 else SELU_A * (math.exp(x) - 1)),
        "celu": lambda: max(0.0, x) + min(0.0, alpha * (math.exp(x / alpha) - 1)),
        "silu": lambda: x * sig,
        "mish": lambda: x * math.tanh(math.log(1 + math.exp(x))),
        "relu6": lambda: min(max(0.0, x), 6.0),
        "hardtanh": lambda: min(max(min_val, x), max_val),
        "hardsigmoid": lambda: min(max(0.0, x / 6 + 0.5), 1.0),
        "hardswish": lambda: x * min(max(0.0, x + 3), 6.0) / 6,
        "logsigmoid": lambda: math.log(sig),
        "softsign": lambda: x / (1 + abs(x)),
        "tanhshrink": lambda: x - math.tanh(x),
        "prelu": lambda: x if x > 0 else slope * x,
        "softplus": lambda: x if beta * x > threshold else math.log(1 + math.exp(beta * x)) / beta,
    }
    return table[name]()


MORE = [("elu", {}), ("elu", {"alpha": 0.5}), ("selu", {}), ("celu", {}), ("celu", {"alpha": 2.5}), ("silu", {}),
        ("mish", {}), ("relu6", {}), ("hardtanh", {}), ("hardtanh", {"min_val": -2.0, "max_val": 0.5}),
        ("hardsigmoid", {}), ("hardswish", {}), ("logsigmoid", {}), ("softsign", {}), ("tanhshrink", {}),
        ("prelu", {}), ("prelu", {"slope": -0.3}), ("softplus", {"beta": 2.0, "threshold": 5.0}),
        ("softplus", {"beta": 0.5})]
# where each one has a corner (the derivative jumps) or a cut-off
CORNERS = {"elu": [0], "selu": [0], "celu": [0], "relu6": [0, 6], "hardtanh": [-2, -1, 0.5, 1],
           "hardsigmoid": [-3, 3], "hardswish": [-3, 3], "prelu": [0], "softplus": [2.5, 40]}


@pytest.mark.parametrize(("name", "options"), MORE, ids=lambda item: str(item))
def test_more_values_match_plain_formulas(name, options):
    xs = [-7.5, -3.2, -1, -0.25, 0, 0.3, 1, 2.5, 6.5, 15]
    values, _ = evaluate(name, xs, **options)
    close(values, [plain_more(name, x, **options) for x in xs], 1e-12)


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(MORE), st.floats(-30, 30, allow_nan=False))
def test_more_derivatives_equal_finite_differences(pair, x):
    name, options = pair
    if any(abs(x - corner) < 1e-5 for corner in CORNERS.get(name, [])):
        return
    _, derivative = evaluate(name, [x], **options)
    assert abs(derivative[0] - central_difference(name, x, options)) <= 1e-6 * max(1.0, abs(x) ** 2)


def test_fixture_covers_every_new_function_at_the_edges():
    names = {case["name"] for case in FIXTURE["activations"]}
    assert names >= {"elu", "selu", "celu", "silu", "mish", "relu6", "hardtanh", "hardsigmoid", "hardswish",
                     "logsigmoid", "softsign", "tanhshrink", "prelu", "softplus"}
    for case in FIXTURE["activations"]:
        if case["name"] in CORNERS or case["name"] in ("silu", "mish", "logsigmoid"):
            assert {0.0, 1e-8, -1e-8, 20.0, -20.0, 700.0, -700.0} <= set(case["x"]), case["name"]


@pytest.mark.parametrize("case", FIXTURE["activations"], ids=lambda case: f"{case['name']} {case['options']}")
def test_matches_pytorch_to_1e_10_absolute(case):
    result = activation(case["name"], case["x"], **case["options"])
    assert np.max(np.abs(result.result - np.asarray(case["values"])) / np.maximum(1, np.abs(case["values"]))) <= 1e-10
    assert np.max(np.abs(result.derivative - np.asarray(case["derivatives"]))) <= 1e-10


@pytest.mark.parametrize("case", FIXTURE["prelu"], ids=lambda case: str(case["slope"]))
def test_prelu_per_channel_matches_pytorch(case):
    result = activation("prelu", case["x"], slope=case["slope"])
    close(result.result, case["values"])
    close(result.derivative, case["derivatives"])
    close(result.slope_gradient, case["slope_gradient"])


def test_prelu_hand_values_and_learned_slope_step():
    result = activation("prelu", [-2, 1, -3, 4, 0, -1], slope=[0.1, 0.3])
    # channels alternate: −2·0.1, 1, −3·0.1, 4, 0·0.1, −1·0.3
    close(result.result, [-0.2, 1, -0.3, 4, 0, -0.3])
    close(result.derivative, [0.1, 1, 0.1, 1, 0.1, 0.3])
    close(result.slope_gradient, [-5, -1])  # channel 1: −2 − 3 + 0; channel 2: −1
    assert result.steps[0].key == "activation.step.prelu_learned"
    assert activation("prelu", [-4]).result[0] == -1.0  # nn.PReLU's initial slope 0.25


def test_more_kinks_follow_pytorch():
    def derivative(name, x, **options):
        return float(activation(name, [x], **options).derivative[0])

    assert derivative("elu", 0, alpha=0.5) == 0.5  # the x ≤ 0 side
    assert derivative("celu", 0, alpha=3) == 1.0
    assert derivative("selu", 0) == pytest.approx(SELU_L * SELU_A, abs=1e-15)
    assert derivative("relu6", 0) == derivative("relu6", 6) == 0.0
    assert derivative("hardtanh", -1) == derivative("hardtanh", 1) == 0.0
    assert derivative("hardswish", -3) == 0.0 and derivative("hardswish", 3) == 1.0
    assert derivative("hardsigmoid", 0) == float(np.float32(1 / 6)) != 1 / 6
    assert derivative("hardsigmoid", 3) == 0.0
    assert derivative("prelu", 0, slope=0.7) == 0.7
    assert activation("softplus", [3], beta=2, threshold=5).result[0] == 3.0  # 2·3 > 5: x itself


def test_swish_is_silu():
    assert canonical_name("swish") == "silu"
    close(activation("swish", [1.5]).result, [1.5 / (1 + math.exp(-1.5))])


def test_more_large_inputs_are_stable_without_warnings():
    xs = [-1e308, -1000, -700, 700, 1000, 1e308]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for name, options in MORE:
            values, derivatives = evaluate(name, xs, **options)
            assert np.isfinite(derivatives).all(), name
            assert np.isfinite(values[1:-1]).all(), name
    assert activation("logsigmoid", [-1000]).result[0] == -1000.0


@pytest.mark.parametrize(("name", "options", "error", "words"), [
    ("elu", {"alpha": 0}, MathError, "alpha must be positive"),
    ("celu", {"alpha": -1}, MathError, "alpha must be positive"),
    ("softplus", {"beta": -1}, MathError, "beta must be positive"),
    ("softplus", {"threshold": float("nan")}, InputError, "threshold must be a finite number"),
    ("hardtanh", {"min_val": 1, "max_val": 1}, MathError, "must be below the upper limit"),
    ("relu", {"alpha": 1}, InputError, "alpha applies only to elu, celu"),
    ("elu", {"beta": 1}, InputError, "beta applies only to softplus"),
    ("silu", {"min_val": 0}, InputError, "min_val applies only to hardtanh"),
    ("prelu", {"slope": [0.1, float("inf")]}, InputError, "slope must be a finite number"),
])
def test_hyper_parameters_out_of_range(name, options, error, words):
    with pytest.raises(error) as caught:
        activation(name, [0, 1], **options)
    assert words in caught.value.message


def test_prelu_points_must_fill_rows_of_channels():
    with pytest.raises(MathError) as caught:
        activation("prelu", [1, 2, 3], slope=[0.1, 0.2])
    assert "3 points cannot be read in rows of 2 channels" in caught.value.message


def test_every_new_activation_has_facts_a_formula_and_a_curve():
    from mlmath.text import template

    for name, options in MORE:
        result = activation(name, None, **options)
        assert len(facts(result)) == 3 and all(template(line.key, "ko") for line in facts(result))
        values, derivatives = curve(result, np.linspace(-5, 5, 11))
        assert values.shape == derivatives.shape == (11,)
        close(values, [plain_more(name, x, **options) for x in np.linspace(-5, 5, 11)])
