"""Recurrent cells (RNN, LSTM, GRU) and backpropagation through time: against PyTorch fixtures, hand-worked
values, plainly written formulas and finite differences."""

import json
import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mlmath.core.recurrence import OperandError, rnn
from mlmath.errors import MathError

FIXTURES = json.loads((Path(__file__).parent / "fixtures" / "torch_recurrence.json").read_text())["cases"]
TOLERANCE = 1e-10


def _run(case, **extra):
    if "seed" in case:
        return rnn(length=case["length"], cell=case["cell"], hidden=case["hidden_size"],
                   input_size=case["input_size"], seed=case["seed"], backward=True, **extra)
    return rnn(np.array(case["x"]), cell=case["cell"], w_xh=case["w_xh"], w_hh=case["w_hh"], b=case["b"],
               b_hh=case["b_hh"], h0=case.get("h0"), c0=case.get("c0"), scale_whh=case["scale_whh"], backward=True,
               grad_h=case.get("grad_h"), **extra)


def _close(got, want):
    got, want = np.asarray(got, dtype=float), np.asarray(want, dtype=float)
    assert got.shape == want.shape
    assert np.max(np.abs(got - want)) <= TOLERANCE


@pytest.mark.parametrize("case", FIXTURES, ids=[case["name"] for case in FIXTURES])
def test_equal_to_torch(case):
    result = _run(case)
    _close(result.hidden_states, case["hidden_states"])
    _close(result.result, case["h_n"])
    _close(result.final_state, case["h_n"])
    if case["cell"] == "lstm":
        _close(result.final_cell, case["c_n"])
        _close(result.gradients["c0"], case["grad_c0"])
    for name in ("x", "w_xh", "w_hh", "b", "b_hh", "h0"):
        _close(result.gradients[name], case[f"grad_{name}"])
    if case.get("loss") == "half_squared_norm":
        assert abs(result.loss_value - case["loss_value"]) <= TOLERANCE


@pytest.mark.parametrize("case", [case for case in FIXTURES if "seed" in case], ids=lambda case: case["name"])
def test_random_weights_are_the_recorded_ones(case):
    result = _run(case)
    _close(result.w_xh, case["w_xh"])
    _close(result.b_hh, case["b_hh"])
    _close(result.x, case["x"])
    bound = 1 / math.sqrt(case["hidden_size"])
    for name in ("w_xh", "w_hh", "b", "b_hh"):
        assert np.all(np.abs(getattr(result, name)) < bound)
    assert result.random == ["x", "w_xh", "w_hh", "b", "b_hh"] and result.seed == case["seed"]


def test_hand_worked_scalar_rnn():
    # x = 1, 2; W_xh = 0.5, W_hh = −1, b = 0.1: h1 = tanh(0.6), h2 = tanh(1.1 − h1)
    result = rnn([[1], [2]], w_xh=[[0.5]], w_hh=[[-1]], b=[0.1], backward=True)
    h1 = math.tanh(0.6)
    h2 = math.tanh(1.0 + 0.1 - h1)
    assert result.hidden_states[:, 0].tolist() == pytest.approx([h1, h2], abs=1e-15)
    assert result.b_hh.tolist() == [0.0]  # one bias given: the notes' single b
    # L = ½h2²: ∂L/∂h2 = h2; δ2 = h2(1 − h2²); ∂L/∂h1 = δ2·(−1); δ1 = ∂L/∂h1·(1 − h1²)
    d2 = h2 * (1 - h2**2)
    d1 = -d2 * (1 - h1**2)
    assert result.grad_hidden[:, 0].tolist() == pytest.approx([-d2, h2], abs=1e-15)
    assert result.gradients["w_hh"][0, 0] == pytest.approx(h1 * d2, abs=1e-15)  # h0 = 0 adds nothing
    assert result.gradients["w_xh"][0, 0] == pytest.approx(1 * d1 + 2 * d2, abs=1e-15)
    assert result.gradients["x"][:, 0].tolist() == pytest.approx([0.5 * d1, 0.5 * d2], abs=1e-15)
    assert result.gradients["h0"][0] == pytest.approx(-d1, abs=1e-15)
    assert result.grad_norms.tolist() == pytest.approx([d2, h2], abs=1e-15)


def _sigmoid(v):
    return 1 / (1 + math.exp(-v))


def _plain_lstm(x, w_xh, w_hh, b, h0, c0):
    """LSTM written entry by entry, as the formulas read (torch's gate order i, f, g, o)."""
    hidden = len(h0)
    h, c, states = list(h0), list(c0), []
    for row in x:
        z = [sum(row[d] * w_xh[d][j] for d in range(len(row))) + sum(h[k] * w_hh[k][j] for k in range(hidden)) + b[j]
             for j in range(4 * hidden)]
        i = [_sigmoid(v) for v in z[:hidden]]
        f = [_sigmoid(v) for v in z[hidden:2 * hidden]]
        g = [math.tanh(v) for v in z[2 * hidden:3 * hidden]]
        o = [_sigmoid(v) for v in z[3 * hidden:]]
        c = [f[j] * c[j] + i[j] * g[j] for j in range(hidden)]
        h = [o[j] * math.tanh(c[j]) for j in range(hidden)]
        states.append(h)
    return states, c


def _plain_gru(x, w_xh, w_hh, b, b_hh, h0):
    """GRU written entry by entry (torch's r, z, n; the n gate's hidden part multiplied by r)."""
    hidden = len(h0)
    h, states = list(h0), []
    for row in x:
        xs = [sum(row[d] * w_xh[d][j] for d in range(len(row))) + b[j] for j in range(3 * hidden)]
        hs = [sum(h[k] * w_hh[k][j] for k in range(hidden)) + b_hh[j] for j in range(3 * hidden)]
        r = [_sigmoid(xs[j] + hs[j]) for j in range(hidden)]
        z = [_sigmoid(xs[hidden + j] + hs[hidden + j]) for j in range(hidden)]
        n = [math.tanh(xs[2 * hidden + j] + r[j] * hs[2 * hidden + j]) for j in range(hidden)]
        h = [(1 - z[j]) * n[j] + z[j] * h[j] for j in range(hidden)]
        states.append(h)
    return states


small = st.floats(-2, 2, allow_nan=False, width=32)


@settings(max_examples=25, deadline=None)
@given(st.integers(1, 4), st.integers(1, 3), st.integers(1, 3), st.integers(0, 1000))
def test_lstm_matches_the_plain_formula(length, width, hidden, seed):
    rng = np.random.default_rng(seed)
    x, w_xh, w_hh = rng.normal(size=(length, width)), rng.normal(size=(width, 4 * hidden)), \
        rng.normal(size=(hidden, 4 * hidden))
    b, h0, c0 = rng.normal(size=4 * hidden), rng.normal(size=hidden), rng.normal(size=hidden)
    result = rnn(x, cell="lstm", w_xh=w_xh, w_hh=w_hh, b=b, h0=h0, c0=c0)
    states, c = _plain_lstm(x.tolist(), w_xh.tolist(), w_hh.tolist(), b.tolist(), h0.tolist(), c0.tolist())
    assert np.max(np.abs(result.hidden_states - states)) <= 1e-12
    assert np.max(np.abs(result.final_cell - c)) <= 1e-12


@settings(max_examples=25, deadline=None)
@given(st.integers(1, 4), st.integers(1, 3), st.integers(1, 3), st.integers(0, 1000))
def test_gru_matches_the_plain_formula(length, width, hidden, seed):
    rng = np.random.default_rng(seed)
    x, w_xh, w_hh = rng.normal(size=(length, width)), rng.normal(size=(width, 3 * hidden)), \
        rng.normal(size=(hidden, 3 * hidden))
    b, b_hh, h0 = rng.normal(size=3 * hidden), rng.normal(size=3 * hidden), rng.normal(size=hidden)
    result = rnn(x, cell="gru", w_xh=w_xh, w_hh=w_hh, b=b, b_hh=b_hh, h0=h0)
    states = _plain_gru(x.tolist(), w_xh.tolist(), w_hh.tolist(), b.tolist(), b_hh.tolist(), h0.tolist())
    assert np.max(np.abs(result.hidden_states - states)) <= 1e-12
    # the gates as stored are the ones the formula uses
    gates = result.gates
    assert set(gates) == {"reset", "update", "new"}
    assert np.all((gates["reset"] > 0) & (gates["reset"] < 1))


def _half_norm(**kwargs):
    return 0.5 * float(np.sum(rnn(**kwargs, explain=False).result ** 2))


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(["rnn", "lstm", "gru"]), st.integers(1, 4), st.integers(1, 3), st.integers(0, 1000))
def test_gradients_match_finite_differences(cell, length, hidden, seed):
    rng = np.random.default_rng(seed)
    k = {"rnn": 1, "lstm": 4, "gru": 3}[cell]
    operands = {"x": rng.normal(size=(length, 2)), "w_xh": rng.normal(size=(2, k * hidden)) * 0.5,
                    "w_hh": rng.normal(size=(hidden, k * hidden)) * 0.5, "b": rng.normal(size=k * hidden) * 0.5,
                    "b_hh": rng.normal(size=k * hidden) * 0.5, "h0": rng.normal(size=hidden) * 0.5}
    if cell == "lstm":
        operands["c0"] = rng.normal(size=hidden) * 0.5
    result = rnn(**operands, cell=cell, backward=True, explain=False)
    step = 1e-6
    for name, value in operands.items():
        numeric = np.zeros_like(value)
        for index in np.ndindex(value.shape):
            plus, minus = value.copy(), value.copy()
            plus[index] += step
            minus[index] -= step
            numeric[index] = (_half_norm(**{**operands, name: plus}, cell=cell)
                              - _half_norm(**{**operands, name: minus}, cell=cell)) / (2 * step)
        assert np.max(np.abs(result.gradients[name] - numeric)) <= 1e-7, name


def test_upstream_gradient_on_every_step_is_the_sum_of_dot_products():
    rng = np.random.default_rng(5)
    x, grad = rng.normal(size=(3, 2)), rng.normal(size=(3, 2))
    result = rnn(x, hidden=2, grad_h=grad, seed=4)
    assert result.loss == "upstream_all" and result.gradient_trend is None
    assert result.loss_value == pytest.approx(float(np.sum(grad * result.hidden_states)), abs=1e-14)
    # the last step's gradient is what was given; earlier ones add what flows back
    assert result.grad_hidden[-1].tolist() == grad[-1].tolist()


def test_sequence_embeddings_are_attentions():
    from mlmath.core.transformer import attention

    tokens = ["the", "cat", "sat", "on", "the", "mat"]
    result = rnn(tokens=tokens, seed=3)
    embeddings = attention(tokens, seed=3, positional="none", explain=False).embeddings
    assert np.array_equal(result.x, embeddings)
    assert np.array_equal(result.x[0], result.x[4])  # "the" twice: one row of the table
    assert result.input_size == 8 and result.hidden_size == 4 and result.random[0] == "embeddings"


def test_the_same_weights_at_every_step():
    # a sequence of one repeated input from h0 = 0: h_t depends only on h_{t−1}, by the same map
    result = rnn([[1.0, -1.0]] * 3, hidden=3, seed=2)
    again = rnn([[1.0, -1.0]], hidden=3, seed=2, h0=result.hidden_states[0])
    assert np.allclose(again.result, result.hidden_states[1], atol=1e-15)


def test_scale_whh_multiplies_the_recurrent_weights():
    plain = rnn(length=4, seed=1)
    scaled = rnn(length=4, seed=1, scale_whh=3)
    assert np.array_equal(scaled.w_hh, 3 * plain.w_hh) and scaled.scale_whh == 3.0
    assert np.array_equal(scaled.w_xh, plain.w_xh)


def test_vanishing_and_exploding_trends():
    small = next(case for case in FIXTURES if "vanishing" in case["name"])
    assert _run(small).gradient_trend == "vanishing"
    exploding = next(case for case in FIXTURES if "exploding" in case["name"])
    result = _run(exploding)
    assert result.gradient_trend == "exploding" and result.gradient_growth > 1.1
    norms = result.grad_norms
    assert norms[0] > norms[-1]
    growth = (norms[0] / norms[-1]) ** (1 / (len(norms) - 1))
    assert result.gradient_growth == pytest.approx(growth)


def test_saturated_states_are_named():
    saturated = next(case for case in FIXTURES if "saturate" in case["name"])
    result = _run(saturated)
    trend = next(item for item in result.steps if item.key.startswith("recurrence.trend."))
    assert any(child.key == "recurrence.trend.saturated" for child in trend.children)


def test_steps_for_the_shown_time_steps_only():
    result = rnn(length=1000, hidden=8, backward=True)
    every = next(item for item in result.steps if item.key == "recurrence.every_step")
    assert len(every.children) == 9  # six, …, two
    assert every.children[-1].args["t"] == 1000
    assert rnn(length=1000, hidden=8, explain=False).steps == []


def test_worked_step_numbers_are_the_run():
    result = rnn([[1, 2], [3, 4]], hidden=2, seed=0, at=1)
    worked = next(item for item in result.steps if item.key == "recurrence.worked.rnn")
    assert worked.args["t"] == 2
    sums = {child.key: child.args for child in worked.children}
    assert sums["recurrence.rnn.tanh"]["values"] == result.hidden_states[1].tolist()
    xw = np.array([3, 4]) @ result.w_xh
    assert sums["recurrence.rnn.xw"]["values"] == pytest.approx(xw.tolist(), abs=1e-15)


def test_lstm_words_name_the_gates_of_unit_one():
    result = rnn([[1, 0]], cell="lstm", hidden=2, seed=1)
    worked = next(item for item in result.steps if item.key == "recurrence.worked.lstm")
    words = next(child for child in worked.children if child.key == "recurrence.lstm.words")
    assert words.args["f"] == result.gates["forget"][0, 0]
    assert words.args["written"] == pytest.approx(result.gates["input"][0, 0] * result.gates["candidate"][0, 0])
    assert words.args["keep"].key in ("recurrence.gate.closed", "recurrence.gate.half", "recurrence.gate.open")


@pytest.mark.parametrize(("kwargs", "operand", "text"), [
    ({"x": [[1, 2]], "w_xh": [[1, 2]]}, "w_xh", "X has 2 columns, W_xh has 1 row"),
    ({"x": [[1, 2]], "hidden": 2, "grad_h": [[1, 2], [3, 4]]}, "grad_h", "∂L/∂h has 2×2 but needs 1×2"),
    ({"x": [[1, 2]], "hidden": 3, "w_hh": [[1]]}, None, "hidden size disagrees"),
    ({"x": [[1, 2]], "cell": "lstm", "w_hh": [[1, 2, 3]]}, "w_hh", "3 columns, not a multiple of the 4 gates"),
    ({"x": [[1, 2]], "h0": [1, 2, 3], "hidden": 2}, None, "hidden size disagrees"),
    ({"x": [[1, 2]], "c0": [1, 2]}, "c0", "only an LSTM"),
    ({"x": [[1, 2]], "grad_h": [[1, 2, 3, 4, 5]]}, "grad_h", "∂L/∂h has 1×5 but needs 1×4"),
    ({"x": [[1, 2], [3, 4]], "grad_h": [1, 2, 3]}, "grad_h", "∂L/∂h has 3 values but needs 4 values"),
])
def test_operand_errors_name_the_operand(kwargs, operand, text):
    with pytest.raises(MathError) as caught:
        rnn(**kwargs)
    assert text in caught.value.message
    assert getattr(caught.value, "operand", None) == operand
    assert "--" not in caught.value.message  # the math, not the options


def test_other_errors():
    with pytest.raises(MathError, match="one way"):
        rnn([[1]], length=3)
    with pytest.raises(MathError, match="unknown cell"):
        rnn([[1]], cell="transformer")
    with pytest.raises(MathError, match="outside the 2 steps"):
        rnn([[1], [2]], at=5)
    with pytest.raises(MathError, match="overflow"):
        rnn([[1e308]], w_xh=[[1e308]], w_hh=[[1]])
    with pytest.raises(OperandError):
        rnn([[float("nan")]])


def test_gradients_that_reach_exactly_zero():
    # W_hh = 0: nothing flows back past the last step
    cut = rnn(length=5, hidden=3, w_hh=np.zeros((3, 3)), backward=True)
    assert cut.zero_gradient_steps == 4 and cut.gradient_trend == "vanishing" and cut.gradient_growth == 0.0
    assert np.all(cut.grad_norms[:4] == 0) and cut.grad_norms[4] > 0
    # W_hh × 1e-120: each step back multiplies by about 1e-120, past float64's smallest number after three
    tiny = rnn(length=6, hidden=3, scale_whh=1e-120, backward=True)
    zeros = tiny.zero_gradient_steps
    assert 1 <= zeros <= 4 and np.all(tiny.grad_norms[:zeros] == 0) and np.all(tiny.grad_norms[zeros:] > 0)
    norms = tiny.grad_norms
    expected = (norms[zeros] / norms[-1]) ** (1 / (len(norms) - 1 - zeros))
    assert tiny.gradient_growth == pytest.approx(expected) and tiny.gradient_growth < 1e-100
    trend = next(item for item in tiny.steps if item.key == "recurrence.trend.vanishing")
    assert any(child.key == "recurrence.trend.zero" and child.args["first"] == zeros for child in trend.children)


def test_one_step_has_no_trend():
    result = rnn([[1.0, 2.0]], hidden=2, backward=True)
    assert result.gradient_trend is None and result.gradient_growth is None
    assert not any(item.key.startswith("recurrence.trend.") for item in result.steps)


def test_only_what_is_not_given_is_drawn():
    alone = rnn([[1.0], [2.0]], hidden=2, seed=5)
    mixed = rnn([[1.0], [2.0]], w_xh=[[0.5, 0.1]], seed=5)
    assert mixed.random == ["w_hh", "b", "b_hh"] and mixed.w_xh.tolist() == [[0.5, 0.1]]
    # each matrix has its own stream: giving W_xh does not change the others
    assert np.array_equal(mixed.w_hh, alone.w_hh) and np.array_equal(mixed.b_hh, alone.b_hh)
    weights = next(item for item in mixed.steps if item.key == "recurrence.weights.rnn")
    assert weights.args["source"].key == "recurrence.source.mixed"
    assert weights.args["source"].args["drawn"] == ["W_hh", "b", "b_hh"]
