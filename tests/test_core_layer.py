"""The fully connected layer against hand-worked values, recorded PyTorch (nn.Linear + autograd), plain loops
and finite differences."""

import json
import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mlmath.core.layer import ACTIVATIONS, LayerError, subscript, weights_from_npz
from mlmath.core.layer import fully_connected as layer
from mlmath.errors import InputError, MlmathError

FIXTURE = json.loads((Path(__file__).parent / "fixtures" / "torch_layer.json").read_text())
CASES = FIXTURE["cases"]


def close(got, expected, tolerance=1e-10):
    got, expected = np.asarray(got, dtype=float), np.asarray(expected, dtype=float)
    assert got.shape == expected.shape, (got.shape, expected.shape)
    assert np.all(np.abs(got - expected) <= tolerance * np.maximum(1.0, np.abs(expected))), (got, expected)


def run_case(case):
    return layer(case["x"], case["w"], case["b"], activation=case["activation"],
                 slope=case["options"].get("slope"), approximate=case["options"].get("approximate"),
                 backward=True, grad_y=case["grad_y"], loss=case["loss"], target=case["target"],
                 logits=case["logits"], reduction=case["reduction"])


# --- PyTorch --------------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=[case["label"] for case in CASES])
def test_forward_and_backward_equal_torch_to_1e_10(case):
    result = run_case(case)
    close(result.z, case["z"])
    close(result.result, case["y"])
    close(result.grad_z, case["grad_z"])
    close(result.grad_w, case["grad_w"])  # torch's weight.grad transposed back to in×out
    close(result.grad_b, case["grad_b"])
    close(result.grad_x, case["grad_x"])
    if case["loss_value"] is not None:
        close(result.loss_value, case["loss_value"])
    assert result.upstream == case["upstream"]


def test_the_fixture_covers_every_activation_shape_and_loss():
    assert {case["activation"] for case in CASES} == set(ACTIVATIONS)
    assert {case["loss"] for case in CASES} == {None, "mse", "bce", "ce"}
    assert {case["upstream"] for case in CASES} == {"grad_y", "sum", "loss"}
    assert any(case["logits"] for case in CASES) and any(case["reduction"] == "sum" for case in CASES)
    assert len({(len(case["x"]), len(case["w"]), len(case["w"][0])) for case in CASES}) >= 6


# --- by hand --------------------------------------------------------------------------------


X = [[1, 2], [3, 4]]
W = [[0.5, -0.3, 0.1], [0.2, 0.4, -0.6]]
B = [0.1, 0, -0.2]


def test_forward_by_hand():
    result = layer(X, W, B, activation="relu")
    # z₁₁ = 1·0.5 + 2·0.2 + 0.1 = 1;  z₁₃ = 1·0.1 + 2·(−0.6) − 0.2 = −1.3;  z₂₂ = 3·(−0.3) + 4·0.4 + 0 = 0.7
    close(result.z, [[1.0, 0.5, -1.3], [2.4, 0.7, -2.3]], 1e-15)
    close(result.result, [[1.0, 0.5, 0.0], [2.4, 0.7, 0.0]], 1e-15)
    assert result.random == [] and result.seed is None and not result.backward and result.grad_w is None


def test_backward_by_hand_with_l_the_sum_of_y():
    result = layer(X, W, B, activation="relu", backward=True)
    # ∂L/∂Y = 1, relu′(Z) = [[1,1,0],[1,1,0]] = δ;  Xᵀ·δ: column sums of X where δ is 1
    close(result.grad_z, [[1, 1, 0], [1, 1, 0]], 0)
    close(result.grad_w, [[4, 4, 0], [6, 6, 0]], 1e-15)
    close(result.grad_b, [2, 2, 0], 0)
    # δ·Wᵀ: row 1 = 0.5 − 0.3 = 0.2 and 0.2 + 0.4 = 0.6
    close(result.grad_x, [[0.2, 0.6], [0.2, 0.6]], 1e-15)
    assert result.upstream == "sum"


def test_mse_backward_by_hand():
    target = [[1, 0, 0], [2, 1, 0]]
    result = layer(X, W, B, activation="relu", loss="mse", target=target)
    # Y − T = [[0, 0.5, 0], [0.4, −0.3, 0]]; L = (0.25 + 0.16 + 0.09) / 6 = 0.5/6
    assert result.loss_value == pytest.approx(0.5 / 6, abs=1e-15)
    close(result.grad_y, [[0, 1 / 6, 0], [0.8 / 6, -0.6 / 6, 0]], 1e-14)
    assert result.backward and result.loss == "mse"


def test_ce_gradient_is_softmax_minus_one_hot_over_the_batch():
    y = np.array([[2.0, 1.0, 0.1], [0.0, 0.0, 0.0]])
    # X = I, so Y = W: the logits are the rows of W
    result = layer([[1.0, 0.0], [0.0, 1.0]], y, [0, 0, 0], loss="ce", target=[0, 2])
    p = np.exp(y) / np.exp(y).sum(axis=1, keepdims=True)
    one_hot = np.array([[1, 0, 0], [0, 0, 1]])
    close(result.grad_y, (p - one_hot) / 2, 1e-14)
    assert result.loss_value == pytest.approx(-(math.log(p[0, 0]) + math.log(p[1, 2])) / 2, abs=1e-14)


# --- plain loops and finite differences ---------------------------------------------------------


small = st.floats(-3, 3, allow_nan=False, allow_infinity=False)


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 4), st.integers(1, 4), st.integers(1, 4), st.data())
def test_gradients_equal_plain_loops(batch, inputs, outputs, data):
    x = np.array(data.draw(st.lists(small, min_size=batch * inputs, max_size=batch * inputs))).reshape(batch, inputs)
    w = np.array(data.draw(st.lists(small, min_size=inputs * outputs, max_size=inputs * outputs)))
    w = w.reshape(inputs, outputs)
    b = np.array(data.draw(st.lists(small, min_size=outputs, max_size=outputs)))
    g = np.array(data.draw(st.lists(small, min_size=batch * outputs, max_size=batch * outputs)))
    g = g.reshape(batch, outputs)
    result = layer(x, w, b, activation="tanh", grad_y=g)
    for s in range(batch):
        for j in range(outputs):
            z = sum(x[s, k] * w[k, j] for k in range(inputs)) + b[j]
            assert result.z[s, j] == pytest.approx(z, abs=1e-12)
            assert result.grad_z[s, j] == pytest.approx(g[s, j] * (1 - math.tanh(z) ** 2), abs=1e-12)
    delta = result.grad_z
    for k in range(inputs):
        for j in range(outputs):
            assert result.grad_w[k, j] == pytest.approx(sum(x[s, k] * delta[s, j] for s in range(batch)), abs=1e-12)
    for j in range(outputs):
        assert result.grad_b[j] == pytest.approx(sum(delta[s, j] for s in range(batch)), abs=1e-12)
    for s in range(batch):
        for k in range(inputs):
            assert result.grad_x[s, k] == pytest.approx(sum(delta[s, j] * w[k, j] for j in range(outputs)),
                                                        abs=1e-12)


def plain_loss(x, w, b, target):
    """L = mean((sigmoid(X·W + b) − T)²), written out independently of mlmath."""
    z = x @ w + b
    y = 1 / (1 + np.exp(-z))
    return float(np.mean((y - target) ** 2))


def test_gradients_equal_finite_differences():
    generator = np.random.default_rng(7)
    x, w, b = generator.normal(size=(3, 4)), generator.normal(size=(4, 2)), generator.normal(size=2)
    target = generator.uniform(size=(3, 2))
    result = layer(x, w, b, activation="sigmoid", loss="mse", target=target)
    assert result.loss_value == pytest.approx(plain_loss(x, w, b, target), abs=1e-14)
    h = 1e-6
    for array, gradient in ((w, result.grad_w), (b, result.grad_b), (x, result.grad_x)):
        for index in np.ndindex(array.shape):
            saved = array[index]
            array[index] = saved + h
            up = plain_loss(x, w, b, target)
            array[index] = saved - h
            down = plain_loss(x, w, b, target)
            array[index] = saved
            assert gradient[index] == pytest.approx((up - down) / (2 * h), abs=1e-8)


# --- random parameters ---------------------------------------------------------------------------


def test_random_w_and_b_follow_nn_linear_init_and_the_seed():
    result = layer([[1, 2, 3, 4]], outputs=5, seed=3)
    bound = 1 / math.sqrt(4)
    assert result.random == ["W", "b"] and result.seed == 3 and result.sizes_from == ["x", "outputs"]
    assert result.w.shape == (4, 5) and result.b.shape == (5,)
    assert np.all(np.abs(result.w) <= bound) and np.all(np.abs(result.b) <= bound)
    again = layer([[1, 2, 3, 4]], outputs=5, seed=3)
    assert np.array_equal(again.w, result.w) and np.array_equal(again.b, result.b)
    assert not np.array_equal(layer([[1, 2, 3, 4]], outputs=5, seed=4).w, result.w)
    assert layer([[1, 2, 3, 4]], outputs=5).seed == 0


def test_random_draws_are_uniform_on_the_bound():
    w = layer(np.ones((1, 100)), outputs=400, seed=1).w
    bound = 0.1
    # uniform(−k, k): mean 0, variance k²/3, and both ends reached
    assert abs(w.mean()) < 0.05 * bound
    assert w.var() == pytest.approx(bound**2 / 3, rel=0.03)
    assert w.min() < -0.99 * bound and w.max() > 0.99 * bound


def test_missing_pieces_are_random_and_shapes_come_from_the_sizes():
    result = layer(inputs=3, outputs=2, batch=4, seed=0)
    assert result.random == ["W", "b", "X"] and result.x.shape == (4, 3) and result.result.shape == (4, 2)
    assert result.sizes_from == ["inputs", "outputs"]
    only_b = layer([[1, 2]], [[1, 0], [0, 1]], None)
    assert only_b.random == ["b"] and only_b.b.shape == (2,)
    keys = [item.key for item in only_b.steps]
    assert "layer.random.bias" in keys


# --- .npz -----------------------------------------------------------------------------------------


def test_weights_from_npz(tmp_path):
    path = tmp_path / "layer.npz"
    np.savez(path, W=np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]), b=np.array([0.5, -0.5]))
    w, b = weights_from_npz(str(path))
    close(w, [[1, 2], [3, 4], [5, 6]], 0)
    close(b, [0.5, -0.5], 0)


def test_npz_without_b_or_with_objects_is_refused(tmp_path):
    missing = tmp_path / "w_only.npz"
    np.savez(missing, W=np.ones((2, 2)))
    with pytest.raises(InputError, match="no array named b"):
        weights_from_npz(str(missing))
    objects = tmp_path / "objects.npz"
    np.savez(objects, W=np.array([{"a": 1}], dtype=object), b=np.ones(2))
    with pytest.raises(InputError, match="never unpickles"):
        weights_from_npz(str(objects))
    not_zip = tmp_path / "plain.npz"
    not_zip.write_text("hello")
    with pytest.raises(InputError, match="is not an .npz file"):
        weights_from_npz(str(not_zip))
    with pytest.raises(InputError, match="no such file"):
        weights_from_npz(str(tmp_path / "absent.npz"))


# --- bad input -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("kwargs", "operand", "words"), [
    ({"x": [[1, 2]], "w": [[1, 2, 3]]}, "w", "W has 1 row but X has 2 columns"),
    ({"x": [[1, 2]], "w": [[1, 2], [3, 4], [5, 6]]}, "w", "inner sizes must agree"),
    ({"x": [[1, 2]], "w": [[1, 2], [3, 4]], "b": [1, 2, 3]}, "b", "one bias per output neuron"),
    ({"x": [[1, 2]], "inputs": 3}, "inputs", "X has 2 columns"),
    ({"x": [[1, 2]]}, "outputs", "number of output neurons is unknown"),
    ({"outputs": 2}, "x", "number of inputs is unknown"),
    ({"x": [[1, 2]], "outputs": 2, "activation": "softmax"}, "activation", "not applied entry by entry"),
    ({"x": [[1, 2]], "outputs": 2, "activation": "swoosh"}, "activation", "unknown activation"),
    ({"x": [[1, 2]], "outputs": 2, "slope": 0.1}, "slope", "leaky-relu"),
    ({"x": [[1, 2]], "outputs": 2, "grad_y": [[1, 2, 3]]}, "grad_y", "Y is 1×2"),
    ({"x": [[1, 2]], "outputs": 1, "loss": "ce", "target": [0]}, "outputs", "at least two output neurons"),
    ({"x": [[1, 2]], "outputs": 2, "loss": "mse"}, "target", "needs a target"),
    ({"x": [[1, 2]], "outputs": 2, "loss": "mse", "target": [1, 2], "logits": True}, "logits", "bce only"),
    ({"x": [[3, 4]], "w": [[1], [1]], "b": [0], "loss": "bce", "target": [1]}, "loss", "outside [0, 1]"),
    ({"x": [[1, 2]], "outputs": 2, "loss": "ce", "target": [0, 1, 0]}, "target", "2 classes"),
    ({"x": [[1, 2]], "outputs": 2, "loss": "hinge", "target": [1, 0]}, "loss", "unknown loss"),
])
def test_bad_input_names_its_operand_and_the_fix(kwargs, operand, words):
    with pytest.raises(LayerError) as caught:
        layer(**kwargs)
    assert caught.value.operand == operand
    assert words in caught.value.message


def test_w_stored_as_torch_weight_suggests_the_transpose():
    with pytest.raises(LayerError, match="looks stored out×in"):
        layer([[1, 2]], [[1, 2], [3, 4], [5, 6]])


def test_class_index_out_of_range_is_the_loss_error():
    with pytest.raises(MlmathError, match="out of range for 3 classes"):
        layer([[1, 2]], outputs=3, loss="ce", target=[3])


# --- steps ----------------------------------------------------------------------------------------


def test_steps_write_out_one_neuron_and_trace_one_weight():
    result = layer(X, W, B, activation="relu", grad_y=[[1, 0, 0], [2, 0, 0]])
    by_key = {item.key: item for item in result.steps}
    neuron = by_key["layer.neuron"]  # every number is short: "=" and not "≈"
    assert neuron.args["formula"] == "x₁₁w₁₁ + x₁₂w₂₁ + b₁"
    assert neuron.args["terms"] == [(1.0, 0.5), (2.0, 0.2), 0.1] and neuron.args["value"] == 1.0
    trace = by_key["layer.trace"]
    assert trace.args["formula"] == "x₁₁·δ₁₁ + x₂₁·δ₂₁"
    # δ₁₁ = 1·relu′(1) = 1, δ₂₁ = 2·relu′(2.4) = 2: ∂L/∂w₁₁ = 1·1 + 3·2 = 7
    assert trace.args["terms"] == [(1.0, 1.0), (3.0, 2.0)] and trace.args["value"] == 7.0
    assert by_key["layer.grad_b"].args["value"] == 3.0
    assert [item.key for item in by_key["layer.activate"].children] == ["activation.step.relu_pos"]


def test_rounded_numbers_are_marked_approximate():
    result = layer([[1, 2]], outputs=2, activation="sigmoid", backward=True, seed=0)
    keys = [item.key for item in result.steps]
    assert "layer.neuron_approx" in keys and "layer.delta_approx" in keys and "layer.trace_approx" in keys


def test_long_sums_are_shortened():
    result = layer(np.ones((12, 15)), outputs=2, seed=0, backward=True)
    by_key = {item.key: item for item in result.steps}
    assert "…" in by_key["layer.neuron_approx"].args["formula"]
    assert len(by_key["layer.neuron_approx"].args["terms"]) == 9 + 1  # 6, …, 2 and the bias
    assert "…" in by_key["layer.trace"].args["formula"]


def test_subscripts():
    assert subscript(1, 2) == "₁₂" and subscript(10, 2) == "₁₀,₂"
