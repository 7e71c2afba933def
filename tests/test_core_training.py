"""train's core: whole runs equal to recorded PyTorch runs, and each piece against a reference of its own."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mlmath.core import activations, network, optimizers, training
from mlmath.core.losses import loss as loss_of
from mlmath.errors import InputError, MathError

FIXTURE = json.loads((Path(__file__).parent / "fixtures" / "torch_training.json").read_text(encoding="utf-8"))
CASES = {case["label"]: case for case in FIXTURE["cases"]}


def run_case(config: dict) -> training.TrainResult:
    c = dict(config)
    return training.train(
        c.pop("data"), samples=c.pop("samples", None), noise=c.pop("noise", None), layers=c.pop("layers"),
        activation=c.pop("activation", "relu"), optimizer=c.pop("optimizer"), lr=c.pop("lr"),
        hyper=c.pop("hyper", None), epochs=c.pop("epochs"), batch_size=c.pop("batch_size", None),
        l1=c.pop("l1", 0.0), l2=c.pop("l2", 0.0), dropout=c.pop("dropout", 0.0), patience=c.pop("patience", None),
        val=c.pop("val", 0.0), seed=c.pop("seed", 0))


# --- equal to PyTorch ----------------------------------------------------------------------


@pytest.mark.parametrize("label", [label for label in CASES if label != "xor adam acceptance"])
def test_parameters_after_training_equal_torch(label):
    case = CASES[label]
    result = run_case(case["config"])
    assert result.epochs_run == case["epochs_run"]
    assert result.best_epoch == case["best_epoch"]
    for ours, theirs in zip(result.parameters, case["parameters"]):
        np.testing.assert_allclose(ours["W"], theirs["W"], rtol=0, atol=1e-9)
        np.testing.assert_allclose(ours["b"], theirs["b"], rtol=0, atol=1e-9)
    every = case["train_loss_every"]
    history = list(result.history["train_loss"])
    np.testing.assert_allclose(history[::every] + [history[-1]], case["train_loss"], rtol=1e-9, atol=1e-12)
    if case["val_loss"] is not None:
        val = list(result.history["val_loss"])
        np.testing.assert_allclose(val[::every] + [val[-1]], case["val_loss"], rtol=1e-9, atol=1e-12)
    assert result.metrics["train_loss"] == pytest.approx(case["final_loss"], rel=1e-9, abs=1e-12)
    assert result.metrics["train_accuracy"] == case["final_accuracy"]


def test_xor_acceptance_reaches_the_recorded_accuracy():
    """The issue's run: 2,8,1, 2000 epochs of Adam at lr 0.05, seed 0 — the accuracy torch reached (1.0)."""
    case = CASES["xor adam acceptance"]
    result = training.train("xor", layers=[2, 8, 1], epochs=2000, optimizer="adam", lr=0.05, seed=0,
                            metric="accuracy")
    assert result.result == case["final_accuracy"] == 1.0
    assert result.metrics["train_loss"] == pytest.approx(case["final_loss"], rel=1e-6)
    for ours, theirs in zip(result.parameters, case["parameters"]):
        np.testing.assert_allclose(ours["W"], theirs["W"], rtol=0, atol=1e-9)
        np.testing.assert_allclose(ours["b"], theirs["b"], rtol=0, atol=1e-9)


def test_early_stopping_fixture_stops_early_and_restores_the_best_epoch():
    case = CASES["early stopping"]
    assert case["epochs_run"] < case["config"]["epochs"]
    result = run_case(case["config"])
    assert result.stopped_early and result.best_epoch == case["best_epoch"]
    assert result.epochs_run == result.best_epoch + case["config"]["patience"]
    keys = [item.key for item in result.steps]
    assert "training.stopped" in keys


# --- the pieces against their references ---------------------------------------------------------


@pytest.mark.parametrize("name", training.ACTIVATIONS)
def test_fast_activations_equal_the_activation_core(name):
    z = np.linspace(-6, 6, 231).reshape(11, 21)
    value, derivative = network.activation(name, z)
    expected_value, expected_derivative = activations.evaluate(name, z)
    np.testing.assert_allclose(value, expected_value, rtol=1e-14, atol=1e-15)
    np.testing.assert_allclose(derivative, expected_derivative, rtol=1e-13, atol=1e-15)


@pytest.mark.parametrize("kind", ["bce", "ce", "mse"])
def test_fast_losses_equal_the_loss_core(kind):
    rng = np.random.default_rng(5)
    if kind == "bce":
        z, y = rng.normal(size=(7, 1)) * 3, rng.integers(0, 2, size=(7, 1)).astype(float)
        reference = loss_of("bce", z, y, logits=True)
    elif kind == "ce":
        z, y = rng.normal(size=(7, 4)) * 3, rng.integers(0, 4, size=7)
        reference = loss_of("ce", z, y.astype(float), logits=True)
    else:
        z, y = rng.normal(size=(7, 2)), rng.normal(size=(7, 2))
        reference = loss_of("mse", z, y)
    value, gradient = network.loss_and_gradient(kind, z, y)
    assert value == pytest.approx(reference.result, rel=1e-14)
    np.testing.assert_allclose(gradient, np.asarray(reference.gradient).reshape(z.shape), rtol=1e-13, atol=1e-16)


def test_the_fast_bce_is_stable_far_from_zero():
    z = np.array([[-800.0], [-40.0], [-1.0], [0.0], [1.0], [40.0], [800.0]])
    y = np.array([[0.0], [1.0], [0.0], [1.0], [1.0], [0.0], [1.0]])
    reference = loss_of("bce", z, y, logits=True)
    value, gradient = network.loss_and_gradient("bce", z, y)
    assert value == pytest.approx(reference.result, rel=1e-14)  # (40 + 40 + …)/7, finite
    np.testing.assert_allclose(gradient, np.asarray(reference.gradient).reshape(z.shape), rtol=1e-12, atol=1e-16)


CONFIGS = [("sgd", {}), ("momentum", {"dampening": 0.2}), ("nesterov", {"weight_decay": 0.1}), ("adam", {}),
           ("adam", {"amsgrad": True, "weight_decay": 0.05}), ("adamw", {}), ("adagrad", {"lr_decay": 0.1}),
           ("rmsprop", {}), ("rmsprop", {"centered": True, "momentum": 0.5, "weight_decay": 0.02}),
           ("sgd", {"maximize": True, "momentum": 0.5})]


@pytest.mark.parametrize(("name", "hyper"), CONFIGS)
def test_flat_optimizer_equals_the_reference_rule(name, hyper):
    """The NumPy rule on a whole vector and mlmath.core.optimizers' rule on floats, five steps."""
    config = optimizers.settings(name, lr=0.05, **hyper)
    rng = np.random.default_rng(11)
    theta, grad = rng.normal(size=9), np.empty(9)
    flat = network.FlatOptimizer(config, theta, grad)
    reference = optimizers.make(config, theta.size)
    point = theta.tolist()
    for _ in range(5):
        grad[:] = rng.normal(size=9)
        flat.step()
        reference.update(point, grad.tolist())
    np.testing.assert_allclose(theta, point, rtol=1e-15, atol=1e-16)


def test_flat_optimizer_hands_its_state_to_the_reference_rule():
    config = optimizers.settings("adam", lr=0.1)
    theta, grad = np.array([0.5, -1.0, 2.0]), np.empty(3)
    flat = network.FlatOptimizer(config, theta, grad)
    for g in ([0.1, 0.2, -0.3], [0.4, -0.1, 0.2]):
        grad[:] = g
        flat.step()
    reference = flat.reference(1)
    point = [float(theta[1])]
    reference.update(point, [0.7])
    grad[:] = [0.3, 0.7, -0.2]
    flat.step()
    assert point[0] == theta[1]


BACKWARD_CASES = [("ce", "tanh", [2, 4, 3, 2]), ("bce", "relu", [2, 5, 1]), ("mse", "sigmoid", [3, 4, 2]),
                  ("bce", "leaky-relu", [2, 3, 3, 1]), ("ce", "gelu", [2, 4, 3])]


def _targets_for(kind: str, rng: np.random.Generator, rows: int, outputs: int) -> np.ndarray:
    if kind == "ce":
        return rng.integers(0, outputs, size=rows)
    if kind == "bce":
        return rng.integers(0, 2, size=(rows, 1)).astype(float)
    return rng.normal(size=(rows, outputs))


def _central_differences(net: network.Network, objective, h: float = 1e-6) -> np.ndarray:
    numeric = np.empty_like(net.theta)
    for i in range(net.theta.size):
        keep = net.theta[i]
        net.theta[i] = keep + h
        up = objective()
        net.theta[i] = keep - h
        down = objective()
        net.theta[i] = keep
        numeric[i] = (up - down) / (2 * h)
    return numeric


@pytest.mark.parametrize(("kind", "activation", "sizes"), BACKWARD_CASES)
@pytest.mark.parametrize("bound", [False, True], ids=["batch copied", "whole data"])
def test_backward_equals_finite_differences(kind, activation, sizes, bound):
    """∂L/∂θ with both penalties against central differences of the loss written plainly.  A batch of the
    same size is stepped first, so that reused arrays must take the new rows; or the data is bound."""
    rng = np.random.default_rng(3)
    net = network.Network(sizes)
    net.initialise(rng)
    x = rng.normal(size=(5, sizes[0]))
    y = _targets_for(kind, rng, 5, sizes[-1])
    x_before, y_before = x.copy(), y.copy()
    l1, l2 = 0.01, 0.02

    def objective() -> float:
        a = x
        for layer, (w, b) in enumerate(zip(net.w, net.b)):
            a = a @ w + b
            if layer < net.depth - 1:
                a = activations.evaluate(activation, a)[0]
        value = loss_of(kind, a, y.astype(float), logits=kind != "mse").result
        return value + sum(l1 * np.abs(w).sum() + l2 * (w * w).sum() for w in net.w)

    step = network.BatchStep(net, kind, activation, 0.0, rng, l1, l2, data=(x, y) if bound else None)
    if not bound:
        step(rng.normal(size=x.shape), _targets_for(kind, rng, 5, sizes[-1]))
    loss = step(x, y)
    analytic = net.grad.copy()
    penalty = sum(l1 * np.abs(w).sum() + l2 * (w * w).sum() for w in net.w)
    assert loss + penalty == pytest.approx(objective(), rel=1e-12)
    np.testing.assert_allclose(analytic, _central_differences(net, objective), rtol=1e-6, atol=1e-8)
    np.testing.assert_array_equal(x, x_before)  # the data is read, never written
    np.testing.assert_array_equal(y, y_before)


def test_initial_weights_follow_nn_linear_bounds():
    result = training.train("moons", layers=[2, 50, 1], epochs=1, lr=1e-12, optimizer="sgd")
    w1 = result.parameters[0]["W"]
    assert np.abs(w1).max() <= 1 / math.sqrt(2) and np.abs(w1).max() > 0.6
    assert np.abs(result.parameters[1]["W"]).max() <= 1 / math.sqrt(50)


def test_worked_update_is_the_weights_first_step():
    """Epoch 1's worked update of w⁽¹⁾₁₁ ends where one full-batch epoch leaves it."""
    result = training.train("xor", layers=[2, 3, 1], epochs=1, optimizer="momentum", lr=0.1)
    worked = next(item for item in result.steps if item.key == "training.worked")
    update = next(item for item in worked.children if item.key == "training.update")
    new = update.children[-1]
    assert new.key == "training.update.new"
    assert new.args["value"] == result.parameters[0]["W"][0, 0]
    grad = update.children[0].args["value"]
    assert grad == pytest.approx(result.worked.grad_w[0][0, 0])
    assert new.args["value"] == pytest.approx(result.worked.w[0][0, 0] - 0.1 * grad)


def test_explain_epoch_works_that_epoch():
    result = training.train("moons", samples=40, layers=[2, 4, 1], epochs=5, batch_size=10, explain_epoch=3)
    worked = next(item for item in result.steps if item.key == "training.worked")
    assert worked.args["epoch"] == 3 and worked.args["batches"] == 4 and worked.args["rows"] == 10
    assert result.worked.epoch == 3


def test_worked_loss_matches_the_loss_core():
    result = training.train("spiral", samples=30, layers=[2, 5, 3], epochs=2)
    worked = next(item for item in result.steps if item.key == "training.worked")
    loss_step = next(item for item in worked.children if item.key == "training.loss")
    assert loss_step.args["value"] == pytest.approx(result.worked.loss)
    assert loss_step.args["value"] == pytest.approx(result.history["train_loss"][0])


# --- data ---------------------------------------------------------------------------------


def test_xor_is_the_truth_table():
    data = training.dataset("xor")
    np.testing.assert_array_equal(data.x, [[0, 0], [0, 1], [1, 0], [1, 1]])
    np.testing.assert_array_equal(data.y, [0, 1, 1, 0])


@settings(max_examples=15, deadline=None)
@given(name=st.sampled_from(training.DATASETS), samples=st.integers(3, 60), seed=st.integers(0, 2**31))
def test_datasets_follow_the_seed(name, samples, seed):
    a = training.dataset(name, samples=samples, seed=seed)
    b = training.dataset(name, samples=samples, seed=seed)
    np.testing.assert_array_equal(a.x, b.x)
    np.testing.assert_array_equal(a.y, b.y)
    assert a.x.shape == (samples, 1 if name == "line" else 2)
    if a.task != "regression":
        assert set(np.unique(a.y)) <= set(range(len(a.classes)))


def test_line_is_two_x_minus_one():
    data = training.dataset("line", samples=500, noise=0.0)
    np.testing.assert_allclose(data.y, 2 * data.x - 1)


def test_read_table_with_header_and_class_names(tmp_path):
    path = tmp_path / "flowers.csv"
    path.write_text("length,width,kind\n1.0,0.5,rose\n2.0,0.7,tulip\n1.5,0.6,rose\n3,1,lily\n")
    data = training.read_table(str(path), "kind")
    assert data.classes == ["lily", "rose", "tulip"] and data.task == "multiclass"
    np.testing.assert_array_equal(data.y, [1, 2, 1, 0])
    np.testing.assert_array_equal(data.x, [[1, 0.5], [2, 0.7], [1.5, 0.6], [3, 1]])
    assert data.features == ["length", "width"]


def test_read_table_without_header_by_number(tmp_path):
    path = tmp_path / "numbers.csv"
    path.write_text("1,0.5,0\n2,0.7,1\n1.5,0.6,1\n")
    data = training.read_table(str(path), "3")
    assert data.task == "binary" and data.classes == ["0", "1"]
    np.testing.assert_array_equal(data.y, [0, 1, 1])


def test_read_table_refuses_text_features_and_missing_columns(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("a,b,y\n1,x,0\n2,3,1\n")
    with pytest.raises(InputError, match="feature 'b' in row 2"):
        training.read_table(str(path), "y")
    with pytest.raises(InputError, match="not a column"):
        training.read_table(str(path), "label")


# --- errors -------------------------------------------------------------------------------


@pytest.mark.parametrize(("options", "words"), [
    ({"layers": [3, 8, 1]}, "`layers` starts with 3 inputs but the data has 2 features"),
    ({"layers": [2, 8, 2]}, "`layers` ends with 2 outputs but the bce loss needs 1"),
    ({"batch_size": 0}, "`batch_size` must be a whole number of at least 1"),
    ({"patience": 3}, "no samples are held out"),
    ({"val": 1.0}, "`val`"),
    ({"dropout": 1.0}, "`dropout`"),
    ({"explain_epoch": 9, "epochs": 5}, "`explain_epoch`"),
    ({"loss": "mse", "metric": "accuracy"}, "accuracy needs classes"),
])
def test_bad_settings_name_their_argument(options, words):
    with pytest.raises((MathError, InputError)) as caught:
        training.train("xor", **options)
    assert words in str(caught.value.problem)


def test_divergence_names_the_epoch_and_suggests_a_smaller_lr():
    with pytest.raises(MathError) as caught:
        training.train("line", layers=[1, 8, 1], optimizer="sgd", lr=50.0, epochs=100)
    error = caught.value
    assert "diverged in epoch" in str(error.problem) and "`lr`" in str(error.hint)


def test_save_and_read_back_each_layer(tmp_path):
    result = training.train("xor", layers=[2, 3, 1], epochs=3)
    path = tmp_path / "weights.npz"
    training.save_parameters(result.parameters, str(path))
    with np.load(path, allow_pickle=False) as archive:
        assert sorted(archive.files) == ["W1", "W2", "b1", "b2"]
    for index, layer in enumerate(result.parameters, start=1):
        w, b = training.layer_from_npz(str(path), index)
        np.testing.assert_array_equal(w, layer["W"])
        np.testing.assert_array_equal(b, layer["b"])
    with pytest.raises(InputError, match="has no layer 3"):
        training.layer_from_npz(str(path), 3)
