"""Recurrent networks (RNN, LSTM, GRU) run step by step, and backpropagation through time.

Row vectors throughout, as in the notes: x_t is one row of X (T × D), h_t one
row of the hidden states (T × H), and a step multiplies on the right:

    rnn   h_t = tanh(x_t·W_xh + b + h_{t−1}·W_hh + b_hh)
    lstm  [i f g o] = x_t·W_xh + b + h_{t−1}·W_hh + b_hh     (4H columns, torch's order)
          i, f, o = σ(·), g = tanh(·);  c_t = f⊙c_{t−1} + i⊙g;  h_t = o⊙tanh(c_t)
    gru   [r z] = σ(x_t·W_x[rz] + b_[rz] + h_{t−1}·W_h[rz] + b_hh[rz])   (3H columns: r, z, n)
          n = tanh(x_t·W_xn + b_n + r⊙(h_{t−1}·W_hn + b_hh_n));  h_t = (1 − z)⊙n + z⊙h_{t−1}

The same W_xh, W_hh and biases serve every time step.  torch keeps two
biases, ``b_ih`` (here ``b``) and ``b_hh``; for rnn and lstm only their sum
matters, for gru the n gate multiplies ``b_hh``'s n part by r.  torch stores
weights as W·x (``weight_ih_l0`` is W_xhᵀ): mlmath's W_xh is its transpose.

The backward pass starts from L = ½‖h_T‖² (so ∂L/∂h_T = h_T), or from an
upstream gradient on h_T or on every h_t, and carries ∂L/∂h_t back step by
step; the weights' gradients are the sums of every step's contribution.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from mlmath.core.result import Result, Step, shown, shown_positions, step
from mlmath.errors import MathError
from mlmath.text import Sentence, say

__all__ = ["rnn"]

CELLS = ("rnn", "lstm", "gru")
GATES = {"rnn": (), "lstm": ("input", "forget", "candidate", "output"), "gru": ("reset", "update", "new")}
BLOCKS = {"rnn": 1, "lstm": 4, "gru": 3}  # W_xh has BLOCKS·H columns, one block per gate
DEFAULT_HIDDEN = 4
DEFAULT_INPUT = 8  # the width attention gives its embeddings
MAX_SIZE = 4096  # input and hidden widths
MAX_ENTRIES = 1 << 25  # time steps × gate columns kept
LOSSES = ("half_squared_norm", "upstream_last", "upstream_all")

# Each random draw has its own stream default_rng([seed, role]): giving one matrix never changes
# the numbers of another.  Embeddings come from attention's stream, so a sentence is embedded alike.
ROLES = {"input": 20, "w_xh": 21, "w_hh": 22, "b": 23, "b_hh": 24}
OPERANDS = {"x": "X", "w_xh": "W_xh", "w_hh": "W_hh", "b": "b", "b_hh": "b_hh", "h0": "h_0", "c0": "c_0",
            "grad_h": "∂L/∂h"}

# growth per step (geometric mean of ‖∂L/∂h_{t−1}‖ / ‖∂L/∂h_t‖) beyond which the gradient is said to vanish
# or explode
VANISHING = 0.9
EXPLODING = 1.1
LOG_SCALE_SPAN = 1e3  # norms spanning more than this (three orders of magnitude) are plotted on a log scale


class OperandError(MathError):
    """A problem with one operand: ``operand`` names it (x, w_xh, …) so a caller can say where it came from."""

    def __init__(self, operand: str, message: Sentence, *, hint: Sentence | None = None):
        super().__init__(message, hint=hint)
        self.operand = operand


@dataclass(repr=False)  # Result's short repr: the headline and the number of steps
class RecurrenceResult(Result):
    """``result`` = the final hidden state h_T, the context vector; every state and gate is a field.

    ``hidden_states`` and ``cell_states`` are T × H (row t is h_t, c_t);
    ``pre_activations`` is T × k·H (the gates' inputs, k = 1, 4, 3);
    ``gates`` maps each gate's name to its T × H values.  With ``backward``,
    ``grad_hidden`` (T × H) is ∂L/∂h_t, everything that reaches h_t from the
    loss, ``grad_norms`` its norm per step, and ``gradients`` ∂L/∂ of the
    inputs, weights and initial states.
    """

    cell: str = "rnn"
    tokens: list[str] | None = None
    input_size: int = 0
    hidden_size: int = 0
    length: int = 0
    seed: int | None = None
    random: list[str] = field(default_factory=list)
    scale_whh: float = 1.0
    x: Any = None
    h0: Any = None
    c0: Any = None
    w_xh: Any = None
    w_hh: Any = None
    b: Any = None
    b_hh: Any = None
    pre_activations: Any = None
    hidden_states: Any = None
    cell_states: Any = None
    final_state: Any = None
    final_cell: Any = None
    gates: dict[str, Any] | None = None
    loss: str | None = None
    loss_value: float | None = None
    grad_hidden: Any = None
    grad_norms: Any = None
    gradient_trend: str | None = None
    gradient_growth: float | None = None
    zero_gradient_steps: int | None = None
    gradients: dict[str, Any] | None = None
    at: int = shown(0)  # the time step the steps work out (0-based)

    def state_before(self, t: int) -> np.ndarray:
        """h_{t−1} for 0-based step t (h_0 for the first)."""
        return self.h0 if t == 0 else self.hidden_states[t - 1]

    def cell_before(self, t: int) -> np.ndarray:
        return self.c0 if t == 0 else self.cell_states[t - 1]


# --- drawing what was not given ------------------------------------------------------------


def uniform_weights(seed: int, role: str, shape: tuple[int, ...], hidden: int) -> np.ndarray:
    """uniform(−1/√H, 1/√H), as torch initialises its recurrent layers, from stream ``[seed, role]``."""
    bound = 1.0 / math.sqrt(hidden)
    return np.random.default_rng([seed, ROLES[role]]).uniform(-bound, bound, shape)


def random_inputs(seed: int, length: int, width: int) -> np.ndarray:
    """A random sequence: ``length`` rows of ``width`` standard-normal values."""
    return np.random.default_rng([seed, ROLES["input"]]).standard_normal((length, width))


def token_embeddings(tokens: list[str], width: int, seed: int) -> np.ndarray:
    """One row per token, drawn from the token's own text as attention draws it (the same seed, the same rows)."""
    from mlmath.core.transformer import embed_tokens

    return embed_tokens(list(tokens), width, seed)


# --- checking what was given -----------------------------------------------------------------


class _Listed:
    """Sentences joined by commas, written out when the message is shown (in the language in force then)."""

    def __init__(self, items: list[Sentence]):
        self.items = items

    def __format__(self, spec: str) -> str:
        return ", ".join(str(item) for item in self.items)


def _values(count: int) -> Sentence:
    return say("recurrence.error.n.value" if count == 1 else "recurrence.error.n.values", count=count)


def _shape(array: np.ndarray) -> str:
    return "×".join(str(size) for size in array.shape)


def _array(value: Any, operand: str, ndim: int) -> np.ndarray:
    array = np.asarray(value, dtype=np.float64)
    if ndim == 1:
        if array.ndim == 2 and 1 in array.shape:
            array = array.reshape(-1)
        elif array.ndim == 0:
            array = array.reshape(1)
    elif ndim == 2 and array.ndim == 1:
        array = array.reshape(1, -1)
    if array.ndim != ndim:
        raise OperandError(operand, say("recurrence.error.vector" if ndim == 1 else "recurrence.error.matrix",
                                        name=OPERANDS[operand], shape=_shape(array)))
    if not np.isfinite(array).all():
        raise OperandError(operand, say("recurrence.error.finite", name=OPERANDS[operand]))
    return array


def _expect_shape(array: np.ndarray, shape: tuple[int, ...], operand: str, hint: Sentence) -> None:
    if array.shape != shape:
        want = "×".join(str(size) for size in shape) if len(shape) > 1 else _values(shape[0])
        got = _shape(array) if array.ndim > 1 else _values(array.shape[0])
        raise OperandError(operand, say("recurrence.error.shape", name=OPERANDS[operand], got=got, want=want),
                           hint=hint)


# --- the forward pass --------------------------------------------------------------------


def _sigmoid(values: np.ndarray, out: np.ndarray) -> np.ndarray:
    """σ(v) = 1 / (1 + e^−v) into ``out`` (e^−v overflowing to ∞ gives 0, as it should)."""
    np.negative(values, out=out)
    np.exp(out, out=out)
    out += 1.0
    return np.reciprocal(out, out=out)


def _forward_rnn(xw: np.ndarray, w_hh: np.ndarray, h0: np.ndarray, states: np.ndarray) -> None:
    """h_t = tanh(xw_t + h_{t−1}·W_hh), where xw = X·W_xh + b + b_hh; ``xw`` becomes the pre-activations."""
    h = h0
    for t in range(xw.shape[0]):
        row = xw[t]
        row += h @ w_hh
        h = np.tanh(row, out=states[t])


def _forward_lstm(xw, w_hh, h0, c0, states, cells, gates, hidden):
    """xw = X·W_xh + b + b_hh becomes the pre-activations; gates (T × 4H) the activated i, f, g, o."""
    h, c = h0, c0
    for t in range(xw.shape[0]):
        row = xw[t]
        row += h @ w_hh
        gate = gates[t]
        _sigmoid(row, out=gate)
        np.tanh(row[2 * hidden:3 * hidden], out=gate[2 * hidden:3 * hidden])
        i, f, g, o = gate[:hidden], gate[hidden:2 * hidden], gate[2 * hidden:3 * hidden], gate[3 * hidden:]
        c = np.add(f * c, i * g, out=cells[t])
        h = np.multiply(o, np.tanh(c), out=states[t])


def _forward_gru(xw, w_hh, b_hh, h0, states, gates, hidden_parts, hidden):
    """xw = X·W_xh + b (the input side); ``hidden_parts`` (T × 3H) gets h_{t−1}·W_hh + b_hh.

    The pre-activations are then xw + hidden_parts for r and z, and
    xw_n + r⊙hidden_parts_n for n; ``gates`` holds r, z, n.
    """
    h = h0
    two = 2 * hidden
    for t in range(xw.shape[0]):
        part = hidden_parts[t]
        np.matmul(h, w_hh, out=part)
        part += b_hh
        gate = gates[t]
        np.add(xw[t, :two], part[:two], out=gate[:two])
        _sigmoid(gate[:two], out=gate[:two])
        r, z = gate[:hidden], gate[hidden:two]
        n = gate[two:]
        np.multiply(r, part[two:], out=n)
        n += xw[t, two:]
        np.tanh(n, out=n)
        # h_t = (1 − z)⊙n + z⊙h_{t−1} = n + z⊙(h_{t−1} − n)
        h = np.add(n, z * (h - n), out=states[t])


# --- the backward pass -------------------------------------------------------------------


def _backward(result: RecurrenceResult, upstream: np.ndarray, gates: np.ndarray | None,
              hidden_parts: np.ndarray | None):
    """∂L/∂h_t for every t (T × H), and the gradients of the pre-activations on the input side and the
    hidden side (T × k·H each; the same array for rnn and lstm)."""
    cell, hidden, length = result.cell, result.hidden_size, result.length
    states, w_hh = result.hidden_states, result.w_hh
    grad_hidden = np.empty_like(states)
    grad_x_side = np.empty_like(result.pre_activations)
    grad_h_side = grad_x_side if cell != "gru" else np.empty_like(grad_x_side)
    w_hh_t = np.ascontiguousarray(w_hh.T)
    carried = np.zeros(hidden)  # ∂L/∂h_t arriving from step t+1
    carried_c = np.zeros(hidden)  # lstm: ∂L/∂c_t arriving from step t+1
    for t in range(length - 1, -1, -1):
        dh = np.add(carried, upstream[t], out=grad_hidden[t])
        before = result.state_before(t)
        if cell == "rnn":
            da = grad_x_side[t]
            np.multiply(states[t], states[t], out=da)
            np.subtract(1.0, da, out=da)
            da *= dh  # δ_t = ∂L/∂h_t ⊙ (1 − h_t²)
        elif cell == "lstm":
            gate = gates[t]
            i, f, g, o = (gate[k * hidden:(k + 1) * hidden] for k in range(4))
            tanh_c = np.tanh(result.cell_states[t])
            dc = carried_c + dh * o * (1.0 - tanh_c * tanh_c)
            da = grad_x_side[t]
            da[:hidden] = dc * g * i * (1.0 - i)
            da[hidden:2 * hidden] = dc * result.cell_before(t) * f * (1.0 - f)
            da[2 * hidden:3 * hidden] = dc * i * (1.0 - g * g)
            da[3 * hidden:] = dh * tanh_c * o * (1.0 - o)
            carried_c = dc * f
        else:
            gate = gates[t]
            r, z, n = gate[:hidden], gate[hidden:2 * hidden], gate[2 * hidden:]
            dn = dh * (1.0 - z)
            dan = dn * (1.0 - n * n)
            dx_side, dh_side = grad_x_side[t], grad_h_side[t]
            dx_side[:hidden] = dan * hidden_parts[t, 2 * hidden:] * r * (1.0 - r)
            dx_side[hidden:2 * hidden] = dh * (before - n) * z * (1.0 - z)
            dx_side[2 * hidden:] = dan
            dh_side[:2 * hidden] = dx_side[:2 * hidden]
            dh_side[2 * hidden:] = dan * r
            da = dh_side
        carried = da @ w_hh_t
        if cell == "gru":
            carried += dh * gates[t, hidden:2 * hidden]  # h_t's direct path z⊙h_{t−1}
    return grad_hidden, grad_x_side, grad_h_side, carried, carried_c


def _trend(norms: np.ndarray) -> tuple[str | None, float | None]:
    """vanishing, exploding or steady, from the mean factor per step going back (over the steps whose
    gradient is not exactly 0), and that factor; None for a single step."""
    if norms.size < 2 or not np.isfinite(norms).all():
        return None, None
    if norms[-1] == 0:
        return "steady", None
    first = _zero_steps(norms)
    if first == norms.size - 1:  # nothing reaches the steps before the last
        return "vanishing", 0.0
    growth = (norms[first] / norms[-1]) ** (1.0 / (norms.size - 1 - first))
    if growth < VANISHING:
        return "vanishing", growth
    if growth > EXPLODING:
        return "exploding", growth
    return "steady", growth


def _zero_steps(norms: np.ndarray) -> int:
    """How many first steps get a gradient of exactly 0 (it underflowed, or they do not reach the loss)."""
    nonzero = np.flatnonzero(norms)
    return int(nonzero[0]) if nonzero.size else int(norms.size)


# --- the whole run -------------------------------------------------------------------------


def rnn(
    x: Any = None,
    *,
    tokens: list[str] | None = None,
    length: int | None = None,
    cell: str = "rnn",
    hidden: int | None = None,
    input_size: int | None = None,
    seed: int = 0,
    w_xh: Any = None,
    w_hh: Any = None,
    b: Any = None,
    b_hh: Any = None,
    h0: Any = None,
    c0: Any = None,
    scale_whh: float = 1.0,
    backward: bool = False,
    grad_h: Any = None,
    at: int | None = None,
    explain: bool = True,
) -> RecurrenceResult:
    """Run a recurrent cell over a sequence: ``x`` (T × D, one row per time step), or ``tokens``
    embedded as attention embeds them, or ``length`` random rows.

    Weights and biases not given are drawn uniform(−1/√H, 1/√H) from ``seed``;
    giving ``b`` alone makes ``b_hh`` zero.  ``scale_whh`` multiplies W_hh.
    ``backward`` (or a ``grad_h``) adds backpropagation through time.
    ``at`` (0-based, default the first) is the step the explanation works out.
    """
    if cell not in CELLS:
        raise MathError(say("recurrence.error.cell", cell=cell), hint=say("recurrence.error.cell.hint"))
    sources = sum(item is not None for item in (x, tokens, length))
    if sources != 1:
        raise MathError(say("recurrence.error.sources"))
    if not math.isfinite(scale_whh):
        raise MathError(say("recurrence.error.scale"))
    k = BLOCKS[cell]
    random: list[str] = []

    given = {name: None if value is None else _array(value, name, ndim)
             for name, value, ndim in (("x", x, 2), ("w_xh", w_xh, 2), ("w_hh", w_hh, 2), ("b", b, 1),
                                       ("b_hh", b_hh, 1), ("h0", h0, 1), ("c0", c0, 1))}
    if cell != "lstm" and given["c0"] is not None:
        raise OperandError("c0", say("recurrence.error.c0"), hint=say("recurrence.error.c0.hint"))

    # the hidden size H: from --hidden, or the given weights and states (which must agree)
    sizes = []
    if hidden is not None:
        sizes.append((hidden, say("recurrence.error.hidden_is", hidden=hidden)))
    for name, axis, per in (("w_hh", 0, 1), ("w_xh", 1, k), ("w_hh", 1, k), ("b", 0, k), ("b_hh", 0, k),
                            ("h0", 0, 1), ("c0", 0, 1)):
        array = given[name]
        if array is not None:
            size = array.shape[axis]
            if size % per:
                what = _values(size) if array.ndim == 1 else say(
                    "recurrence.error.n.column" if size == 1 else "recurrence.error.n.columns", count=size)
                raise OperandError(name, say("recurrence.error.gates", name=OPERANDS[name], what=what, per=per,
                                             cell=cell), hint=_layout_hint(cell))
            sizes.append((size // per, say("recurrence.error.shape_is", name=OPERANDS[name], shape=_shape(array))))
    if len({size for size, _ in sizes}) > 1:
        raise MathError(say("recurrence.error.hidden", sizes=_Listed([text for _, text in sizes])),
                        hint=_layout_hint(cell))
    hidden_size = sizes[0][0] if sizes else DEFAULT_HIDDEN
    if not 1 <= hidden_size <= MAX_SIZE:
        raise MathError(say("recurrence.error.hidden_range", limit=MAX_SIZE, hidden=hidden_size))

    # the input width D: from X, W_xh or --input-size
    widths = []
    if given["x"] is not None:
        columns = given["x"].shape[1]
        widths.append((columns, say("recurrence.error.x_columns.one" if columns == 1
                                    else "recurrence.error.x_columns", count=columns)))
    if input_size is not None:
        widths.append((input_size, say("recurrence.error.input_is", size=input_size)))
    if given["w_xh"] is not None:
        rows = given["w_xh"].shape[0]
        widths.append((rows, say("recurrence.error.wxh_rows.one" if rows == 1 else "recurrence.error.wxh_rows",
                                 count=rows)))
    if len({size for size, _ in widths}) > 1:
        message = say("recurrence.error.width", widths=_Listed([text for _, text in widths]))
        hint = say("recurrence.error.width.hint")
        if given["w_xh"] is not None:
            raise OperandError("w_xh", message, hint=hint)
        raise MathError(message, hint=hint)
    width = widths[0][0] if widths else DEFAULT_INPUT
    if not 1 <= width <= MAX_SIZE:
        raise MathError(say("recurrence.error.input_range", limit=MAX_SIZE, width=width))

    steps_count = given["x"].shape[0] if given["x"] is not None else len(tokens) if tokens is not None else length
    if steps_count < 1:
        raise MathError(say("recurrence.error.empty"))
    if steps_count * k * hidden_size * (3 if backward or grad_h is not None else 1) > MAX_ENTRIES:
        raise MathError(say("recurrence.error.too_many", steps=steps_count, columns=k * hidden_size),
                        hint=say("recurrence.error.too_many.hint"))

    hint = _layout_hint(cell)
    if given["w_xh"] is not None:
        _expect_shape(given["w_xh"], (width, k * hidden_size), "w_xh", hint)
    if given["w_hh"] is not None:
        _expect_shape(given["w_hh"], (hidden_size, k * hidden_size), "w_hh", hint)
    for name in ("b", "b_hh"):
        if given[name] is not None:
            _expect_shape(given[name], (k * hidden_size,), name, hint)
    for name in ("h0", "c0"):
        if given[name] is not None:
            _expect_shape(given[name], (hidden_size,), name, say("recurrence.error.state.hint"))

    # inputs
    if given["x"] is not None:
        inputs = given["x"]
    elif tokens is not None:
        inputs = token_embeddings(list(tokens), width, seed)
        random.append("embeddings")
    else:
        inputs = random_inputs(seed, steps_count, width)
        random.append("x")

    # weights: what was not given is drawn
    weights = {}
    for name, shape in (("w_xh", (width, k * hidden_size)), ("w_hh", (hidden_size, k * hidden_size)),
                        ("b", (k * hidden_size,)), ("b_hh", (k * hidden_size,))):
        if given[name] is not None:
            weights[name] = given[name]
        elif name == "b_hh" and given["b"] is not None:
            weights[name] = np.zeros(shape)  # one bias given: the notes' single b
        else:
            weights[name] = uniform_weights(seed, name, shape, hidden_size)
            random.append(name)
    w_hh_used = weights["w_hh"] * scale_whh if scale_whh != 1.0 else weights["w_hh"]
    h_start = given["h0"] if given["h0"] is not None else np.zeros(hidden_size)
    c_start = (given["c0"] if given["c0"] is not None else np.zeros(hidden_size)) if cell == "lstm" else None

    # forward: the input side for every step in one product, then the recurrence step by step
    with np.errstate(over="ignore", invalid="ignore"):
        xw = inputs @ weights["w_xh"]
        xw += weights["b"]
        states = np.empty((steps_count, hidden_size))
        cells = gates_array = hidden_parts = None
        if cell == "rnn":
            xw += weights["b_hh"]
            _forward_rnn(xw, w_hh_used, h_start, states)
            pre = xw
        elif cell == "lstm":
            xw += weights["b_hh"]
            cells = np.empty((steps_count, hidden_size))
            gates_array = np.empty((steps_count, 4 * hidden_size))
            _forward_lstm(xw, w_hh_used, h_start, c_start, states, cells, gates_array, hidden_size)
            pre = xw
        else:
            gates_array = np.empty((steps_count, 3 * hidden_size))
            hidden_parts = np.empty((steps_count, 3 * hidden_size))
            _forward_gru(xw, w_hh_used, weights["b_hh"], h_start, states, gates_array, hidden_parts, hidden_size)
            # the pre-activations: r and z add both sides; n adds r⊙(the hidden side)
            pre = xw
            pre[:, :2 * hidden_size] += hidden_parts[:, :2 * hidden_size]
            pre[:, 2 * hidden_size:] += gates_array[:, :hidden_size] * hidden_parts[:, 2 * hidden_size:]
    if not (np.isfinite(states).all() and np.isfinite(pre).all()):
        raise MathError(say("recurrence.error.overflow"), hint=say("recurrence.error.overflow.hint"))

    result = RecurrenceResult(
        result=states[-1], cell=cell, tokens=list(tokens) if tokens is not None else None,
        input_size=width, hidden_size=hidden_size, length=steps_count,
        seed=seed if random else None, random=random, scale_whh=float(scale_whh),
        x=inputs, h0=h_start, c0=c_start, w_xh=weights["w_xh"], w_hh=w_hh_used, b=weights["b"],
        b_hh=weights["b_hh"], pre_activations=pre, hidden_states=states, cell_states=cells,
        final_state=states[-1], final_cell=cells[-1] if cells is not None else None,
        gates=_gate_views(cell, gates_array, hidden_size),
        at=0 if at is None else at,
    )
    if not 0 <= result.at < steps_count:
        raise MathError(say("recurrence.error.at", at=result.at + 1, steps=steps_count),
                        hint=say("recurrence.error.at.hint", steps=steps_count))

    if backward or grad_h is not None:
        _run_backward(result, grad_h, gates_array, hidden_parts)
    if explain:
        result.steps = _steps(result)
    return result


def _layout_hint(cell: str) -> Sentence:
    if cell == "rnn":
        return say("recurrence.error.layout.rnn")
    gates = "i, f, g, o" if cell == "lstm" else "r, z, n"
    return say("recurrence.error.layout.gates", k=BLOCKS[cell], gates=gates)


def _gate_views(cell: str, gates_array: np.ndarray | None, hidden: int) -> dict[str, np.ndarray] | None:
    if gates_array is None:
        return None
    return {name: gates_array[:, k * hidden:(k + 1) * hidden] for k, name in enumerate(GATES[cell])}


def _run_backward(result: RecurrenceResult, given_grad: Any, gates: np.ndarray | None,
                  hidden_parts: np.ndarray | None) -> None:
    length, hidden = result.length, result.hidden_size
    upstream = np.zeros((length, hidden))
    if given_grad is None:
        result.loss = "half_squared_norm"
        upstream[-1] = result.final_state
        result.loss_value = 0.5 * float(np.dot(result.final_state, result.final_state))
    else:
        grad = np.asarray(given_grad, dtype=np.float64)
        if grad.ndim == 0:
            grad = grad.reshape(1)
        if grad.ndim > 2:
            raise OperandError("grad_h", say("recurrence.error.grad_ndim", shape=_shape(grad)),
                               hint=say("recurrence.error.grad.hint"))
        if grad.ndim == 2 and grad.shape[0] == 1 and length != 1:
            grad = grad.reshape(-1)
        if grad.ndim == 1:
            _expect_shape(grad, (hidden,), "grad_h", say("recurrence.error.grad.hint"))
            upstream[-1] = grad
            result.loss = "upstream_last"
        else:
            _expect_shape(grad, (length, hidden), "grad_h", say("recurrence.error.grad.hint"))
            upstream[:] = grad
            result.loss = "upstream_all"
        if not np.isfinite(upstream).all():
            raise OperandError("grad_h", say("recurrence.error.finite", name=OPERANDS["grad_h"]))
        # the loss whose gradient this is: L = Σ_t g_t·h_t
        result.loss_value = float(np.vdot(upstream, result.hidden_states))
    with np.errstate(over="ignore", invalid="ignore"):
        grad_hidden, grad_x_side, grad_h_side, grad_h0, grad_c0 = _backward(result, upstream, gates, hidden_parts)
        before = np.vstack([result.h0[None, :], result.hidden_states[:-1]])
        gradients = {
            "x": grad_x_side @ result.w_xh.T,
            "w_xh": result.x.T @ grad_x_side,
            # W_hh was scaled by k before the run: this is ∂L/∂(the W_hh used)
            "w_hh": before.T @ grad_h_side,
            "b": grad_x_side.sum(axis=0),
            "b_hh": grad_h_side.sum(axis=0),
            "h0": grad_h0,
        }
        if result.cell == "lstm":
            gradients["c0"] = grad_c0
        norms = np.sqrt(np.einsum("ij,ij->i", grad_hidden, grad_hidden))
    if not all(np.isfinite(value).all() for value in gradients.values()) or not np.isfinite(norms).all():
        raise MathError(say("recurrence.error.explode"), hint=say("recurrence.error.explode.hint"))
    result.grad_hidden = grad_hidden
    result.grad_norms = norms
    result.gradients = gradients
    result.zero_gradient_steps = _zero_steps(norms)
    if result.loss != "upstream_all":  # a trend of what flows back from the last step alone
        result.gradient_trend, result.gradient_growth = _trend(norms)


# --- steps --------------------------------------------------------------------------------

# The sentences of each cell (keys written out, so each can be found where it is used).
WEIGHT_KEYS = {"rnn": "recurrence.weights.rnn", "lstm": "recurrence.weights.lstm", "gru": "recurrence.weights.gru"}
SHARED_KEYS = {"rnn": "recurrence.shared.rnn", "lstm": "recurrence.shared.lstm", "gru": "recurrence.shared.gru"}
WORKED_KEYS = {"rnn": "recurrence.worked.rnn", "lstm": "recurrence.worked.lstm", "gru": "recurrence.worked.gru"}
LINE_KEYS = {"rnn": "recurrence.step_line.rnn", "lstm": "recurrence.step_line.lstm",
             "gru": "recurrence.step_line.gru"}
GATE_KEYS = {"input": "recurrence.lstm.input", "forget": "recurrence.lstm.forget",
             "candidate": "recurrence.lstm.candidate", "output": "recurrence.lstm.output",
             "reset": "recurrence.gru.reset", "update": "recurrence.gru.update"}
TREND_KEYS = {"vanishing": "recurrence.trend.vanishing", "exploding": "recurrence.trend.exploding",
              "steady": "recurrence.trend.steady", None: "recurrence.trend.every"}
SATURATED = 0.95  # |h| beyond this: tanh is flat there, 1 − h² near 0


def _vector(values: np.ndarray) -> list[Any]:
    """The entries a sentence shows (the first and last of a long vector), as floats."""
    return [values[p].item() if p is not None else "…" for p in shown_positions(values.shape[0])]


def step_label(result: RecurrenceResult, t: int) -> str:
    """``3`` or ``3 (sat)``: a time step, with its token when there is one."""
    return f"{t + 1} ({result.tokens[t]})" if result.tokens is not None else str(t + 1)


def _source(result: RecurrenceResult) -> Step:
    """Where the weights came from, as a phrase."""
    drawn = [OPERANDS[name] for name in ("w_xh", "w_hh", "b", "b_hh") if name in result.random]
    bound = 1.0 / math.sqrt(result.hidden_size)
    if len(drawn) == 4:
        return step("recurrence.source.random", bound=bound, h=result.hidden_size, seed=result.seed)
    if drawn:
        return step("recurrence.source.mixed", drawn=drawn, bound=bound, h=result.hidden_size, seed=result.seed)
    return step("recurrence.source.given")


def _steps(result: RecurrenceResult) -> list[Step]:
    cell, n, d, h = result.cell, result.length, result.input_size, result.hidden_size
    steps: list[Step] = []
    if result.tokens is not None:
        steps.append(step("recurrence.input.tokens", tokens=result.tokens, n=n, d=d, seed=result.seed))
    elif "x" in result.random:
        steps.append(step("recurrence.input.random", n=n, d=d, seed=result.seed))
    else:
        steps.append(step("recurrence.input.given", n=n, d=d))
    steps.append(step(WEIGHT_KEYS[cell], d=d, h=h, kh=BLOCKS[cell] * h, source=_source(result)))
    if result.scale_whh != 1.0:
        steps.append(step("recurrence.scale", k=result.scale_whh))
    steps.append(step(SHARED_KEYS[cell], n=n))
    if result.h0.any():
        steps.append(step("recurrence.h0.given", h0=_vector(result.h0)))
    else:
        steps.append(step("recurrence.h0.zero", h=h))
    if cell == "lstm":
        if result.c0.any():
            steps.append(step("recurrence.c0.given", c0=_vector(result.c0)))
        else:
            steps.append(step("recurrence.c0.zero", h=h))
    steps.append(_worked(result, result.at))
    steps.append(_every_step(result))
    steps.append(step("recurrence.context", t=n, h_t=_vector(result.final_state), h=h))
    if result.grad_norms is not None:
        steps.extend(_backward_steps(result))
    return steps


def _worked(result: RecurrenceResult, t: int) -> Step:
    """Step t worked out with its numbers: the products, the sum, the activation (and the gates)."""
    h = result.hidden_size
    before = result.state_before(t)
    common = {"t": t + 1, "label": step_label(result, t), "prev": t}
    children: list[Step] = []
    if result.cell == "rnn":
        xw = result.x[t] @ result.w_xh
        hw = before @ result.w_hh
        bias = result.b + result.b_hh
        children.append(step("recurrence.rnn.xw", **common, values=_vector(xw)))
        children.append(step("recurrence.rnn.hw", **common, values=_vector(hw)))
        if result.b_hh.any():
            children.append(step("recurrence.rnn.two_biases", b=_vector(result.b), b_hh=_vector(result.b_hh),
                                 bias=_vector(bias)))
        children.append(step("recurrence.rnn.sum", **common, xw=_vector(xw), hw=_vector(hw), bias=_vector(bias),
                             values=_vector(result.pre_activations[t])))
        children.append(step("recurrence.rnn.tanh", **common, a=_vector(result.pre_activations[t]),
                             values=_vector(result.hidden_states[t])))
        return step(WORKED_KEYS["rnn"], *children, **common)
    gates = {name: result.gates[name][t] for name in GATES[result.cell]}
    pre = result.pre_activations[t]
    blocks = {name: pre[j * h:(j + 1) * h] for j, name in enumerate(GATES[result.cell])}
    if result.cell == "lstm":
        c_before, c_now = result.cell_before(t), result.cell_states[t]
        children.append(step("recurrence.lstm.sum", **common, kh=4 * h))
        for name in ("input", "forget", "candidate", "output"):
            children.append(step(GATE_KEYS[name], **common, pre=_vector(blocks[name]), values=_vector(gates[name])))
        children.append(step("recurrence.lstm.cell", **common, f=_vector(gates["forget"]), c_prev=_vector(c_before),
                             i=_vector(gates["input"]), g=_vector(gates["candidate"]), values=_vector(c_now)))
        children.append(step("recurrence.lstm.hidden", **common, o=_vector(gates["output"]),
                             tanh_c=_vector(np.tanh(c_now)), values=_vector(result.hidden_states[t])))
        f, i, g, o = (float(gates[name][0]) for name in ("forget", "input", "candidate", "output"))
        c_old, c_new = float(c_before[0]), float(c_now[0])
        children.append(step("recurrence.lstm.words", **common, f=f, keep=_word(f), c_prev=c_old, kept=f * c_old,
                             i=i, write=_word(i), g=g, written=i * g, c=c_new, o=o, show=_word(o),
                             tanh_c=math.tanh(c_new), h=float(result.hidden_states[t, 0])))
        return step(WORKED_KEYS["lstm"], *children, **common)
    hidden_part = before @ result.w_hh + result.b_hh
    children.append(step("recurrence.gru.sum", **common, kh=3 * h))
    for name in ("reset", "update"):
        children.append(step(GATE_KEYS[name], **common, pre=_vector(blocks[name]), values=_vector(gates[name])))
    children.append(step("recurrence.gru.new", **common, r=_vector(gates["reset"]), hn=_vector(hidden_part[2 * h:]),
                         values=_vector(gates["new"])))
    children.append(step("recurrence.gru.hidden", **common, z=_vector(gates["update"]), n=_vector(gates["new"]),
                         h_prev=_vector(before), values=_vector(result.hidden_states[t])))
    r, z, n_value = (float(gates[name][0]) for name in ("reset", "update", "new"))
    children.append(step("recurrence.gru.words", **common, r=r, reset=_word(r), z=z, keep=_word(z),
                         h_prev=float(before[0]), n=n_value, h=float(result.hidden_states[t, 0])))
    return step(WORKED_KEYS["gru"], *children, **common)


def _word(value: float) -> Step:
    """How open a gate is, as a phrase: mostly closed, half open, mostly open."""
    if value < 0.3:
        return step("recurrence.gate.closed")
    if value > 0.7:
        return step("recurrence.gate.open")
    return step("recurrence.gate.half")


def _every_step(result: RecurrenceResult) -> Step:
    """One line per shown time step (all of up to ten, else the first six and the last two)."""
    children = []
    for t in shown_positions(result.length):
        if t is None:
            children.append(step("recurrence.steps_hidden", count=result.length - 8))
            continue
        children.append(step(LINE_KEYS[result.cell], t=t + 1, label=step_label(result, t), prev=t,
                             values=_vector(result.hidden_states[t])))
    return step("recurrence.every_step", *children, n=result.length)


def _backward_steps(result: RecurrenceResult) -> list[Step]:
    n, h = result.length, result.hidden_size
    norms = result.grad_norms
    steps: list[Step] = []
    if result.loss == "half_squared_norm":
        steps.append(step("recurrence.loss.half", t=n, h_t=_vector(result.final_state), value=result.loss_value))
    elif result.loss == "upstream_last":
        steps.append(step("recurrence.loss.upstream_last", t=n, g=_vector(result.grad_hidden[-1])))
    else:
        steps.append(step("recurrence.loss.upstream_all", n=n, h=h))
    dh = result.grad_hidden[-1]
    if result.cell == "rnn":
        local = 1.0 - result.hidden_states[-1] ** 2
        delta = dh * local
        children = [step("recurrence.back.rnn.delta", t=n, dh=_vector(dh), local=_vector(local),
                         values=_vector(delta))]
        if n > 1:
            children.append(step("recurrence.back.rnn.carry", t=n, prev=n - 1, values=_vector(delta @ result.w_hh.T)))
        steps.append(step("recurrence.back.rnn", *children, t=n))
    elif result.cell == "lstm":
        steps.append(step("recurrence.back.lstm", t=n))
    else:
        steps.append(step("recurrence.back.gru", t=n))
    lines = []
    for position in shown_positions(n):
        if position is None:
            lines.append(step("recurrence.steps_hidden", count=n - 8))
            continue
        t = n - 1 - position  # from the last step back
        lines.append(step("recurrence.back.norm", t=t + 1, label=step_label(result, t), norm=float(norms[t])))
    growth = result.gradient_growth
    if n == 1:
        steps.append(lines[0])
        steps.append(step("recurrence.back.weights", n=n))
        return steps
    if 0 < result.zero_gradient_steps < n:
        lines.append(step("recurrence.trend.zero", first=result.zero_gradient_steps))
    if result.gradient_trend == "vanishing" and result.cell == "rnn":
        saturated = float(np.mean(np.abs(result.hidden_states) > SATURATED))
        if saturated >= 0.5:
            lines.append(step("recurrence.trend.saturated", percent=round(100 * saturated), limit=SATURATED))
    steps.append(step(TREND_KEYS[result.gradient_trend], *lines, n=n, first=float(norms[0]), last=float(norms[-1]),
                      growth=growth if growth is not None else 1.0,
                      orders=f"{norm_orders(norms):.1f}"))
    steps.append(step("recurrence.back.weights", n=n))
    return steps


def norm_orders(norms: np.ndarray) -> float:
    """How many orders of magnitude the norms span (0 when one of them is 0)."""
    positive = norms[norms > 0]
    if positive.size < 2:
        return 0.0
    return float(math.log10(positive.max() / positive.min()))
