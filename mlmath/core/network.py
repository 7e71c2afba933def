"""The arithmetic of :mod:`mlmath.core.training`: a multilayer perceptron's forward pass, its loss and
∂L/∂Z, backpropagation and the optimizer's step, all on one flat parameter vector θ.

Layer l computes Z⁽ˡ⁾ = A⁽ˡ⁻¹⁾·W⁽ˡ⁾ + b⁽ˡ⁾ (rows are samples) and A⁽ˡ⁾ = act(Z⁽ˡ⁾) on hidden layers::

    δ⁽ᴸ⁾ = ∂L/∂Z⁽ᴸ⁾
    ∂L/∂W⁽ˡ⁾ = A⁽ˡ⁻¹⁾ᵀ·δ⁽ˡ⁾,  ∂L/∂b⁽ˡ⁾ = Σₛ δ⁽ˡ⁾ = 1ᵀ·δ⁽ˡ⁾
    δ⁽ˡ⁻¹⁾ = (δ⁽ˡ⁾·W⁽ˡ⁾ᵀ) ⊙ mask⁽ˡ⁻¹⁾ ⊙ act′(Z⁽ˡ⁻¹⁾)

Speed: a small network (xor's 2-8-1 on 4 rows) costs NumPy's overhead per call, not arithmetic.  So
a batch and an optimizer step are each a *tape*: the list of NumPy calls with the arrays they read
and write, every array allocated once and written in place (the output array passed positionally),
constants as 0-d arrays (no Python float to convert on each call), and the bias folded into the
product: Z = [A 1]·[W; b], which also gives ∂L/∂b as the last row of [A 1]ᵀ·δ (a bias added by
broadcasting costs more than the product).  An epoch of xor with Adam is 29 calls (16 + 13).  The formulas
are the same; tests compare them with the activation and loss cores, with finite differences and
with recorded PyTorch runs.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from mlmath.core import optimizers


def _constant(value: float) -> np.ndarray:
    """A number as a 0-d array: NumPy takes it without converting a Python float on each call."""
    return np.array(value, dtype=float)


ZERO, ONE = _constant(0.0), _constant(1.0)
LEAKY_SLOPE = 0.01

Tape = list[tuple[Callable[..., Any], tuple[Any, ...]]]  # NumPy calls with their arrays, run in order


# --- activations, losses ------------------------------------------------------------------------


def activation_tape(name: str, z: np.ndarray, act: np.ndarray, derivative: np.ndarray) -> Tape:
    """The calls that write act(Z) into ``act`` and act′(Z) into ``derivative``; the plain forms are
    :func:`mlmath.core.activations.evaluate` (tested equal)."""
    if name == "relu":
        return [(np.heaviside, (z, ZERO, derivative)),  # relu′(z) = H(z): 1 where z > 0, else 0
                (np.multiply, (z, derivative, act))]  # relu(z) = z·H(z) = max(z, 0)
    if name == "tanh":
        return [(np.tanh, (z, act)),
                (np.multiply, (act, act, derivative)), (np.subtract, (ONE, derivative, derivative))]  # 1 − tanh²
    if name == "sigmoid":
        return [(np.negative, (z, act)), (np.exp, (act, act)), (np.add, (ONE, act, act)),
                (np.divide, (ONE, act, act)),  # σ = 1/(1 + e⁻ᶻ)
                (np.subtract, (ONE, act, derivative)), (np.multiply, (act, derivative, derivative))]  # σ(1 − σ)
    if name == "leaky-relu":
        positive = np.empty(z.shape, dtype=bool)
        return [(np.greater, (z, ZERO, positive)), (np.copyto, (derivative, _constant(LEAKY_SLOPE))),
                (np.copyto, (derivative, ONE, "same_kind", positive)),  # 1 where z > 0, else 0.01
                (np.multiply, (z, derivative, act))]
    return [(_evaluate_into, (name, z, act, derivative))]


def _evaluate_into(name: str, z: np.ndarray, act: np.ndarray, derivative: np.ndarray) -> None:
    from mlmath.core.activations import evaluate

    act[...], derivative[...] = evaluate(name, z)


def activation(name: str, z: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(act(Z), act′(Z)) as new arrays."""
    act, derivative = np.empty(z.shape), np.empty(z.shape)
    _run(activation_tape(name, z, act, derivative))
    return act, derivative


def loss_tape(kind: str, z: np.ndarray, y: np.ndarray, gradient: np.ndarray, loss_sum: np.ndarray) -> Tape:
    """The calls that write the summed loss of the outputs Z into the 0-d ``loss_sum`` and ∂L/∂Z of the mean
    loss into ``gradient``, as :func:`mlmath.core.losses.loss` (tested equal).  The mean is the sum over
    the rows for ce, over every entry for bce and mse."""
    scratch = np.empty(z.shape)
    if kind == "ce":
        return [(_cross_entropy_into, (z, y, gradient, scratch, loss_sum))]
    count = _constant(z.size)
    every_entry, ones = gradient.reshape(-1), np.ones(z.size)
    if kind == "bce":
        # BCE with logits: ℓ = softplus(z) − z·y, softplus(z) = log(1 + eᶻ) = logaddexp(0, z) without overflow;
        # ∂ℓ/∂z = σ(z) − y, and σ(z) = e^(z − softplus(z))
        return [(np.logaddexp, (ZERO, z, scratch)), (np.multiply, (z, y, gradient)),
                (np.subtract, (scratch, gradient, gradient)), (np.dot, (every_entry, ones, loss_sum)),  # Σ ℓ
                (np.subtract, (z, scratch, gradient)), (np.exp, (gradient, gradient)),
                (np.subtract, (gradient, y, gradient)), (np.divide, (gradient, count, gradient))]  # (σ(z) − y)/size
    # mse: ℓ = (z − y)², ∂ℓ/∂z = 2(z − y)/size
    return [(np.subtract, (z, y, scratch)), (np.multiply, (scratch, scratch, gradient)),
            (np.dot, (every_entry, ones, loss_sum)), (np.multiply, (_constant(2.0 / z.size), scratch, gradient))]


def _cross_entropy_into(z: np.ndarray, y: np.ndarray, gradient: np.ndarray, scratch: np.ndarray,
                        loss_sum: np.ndarray) -> None:
    """ℓ = log Σⱼ e^(zⱼ − max) − (z_y − max); ∂ℓ/∂z = (softmax(z) − onehot(y))/n."""
    n = z.shape[0]
    rows = np.arange(n)
    np.subtract(z, z.max(axis=1, keepdims=True), out=scratch)
    np.exp(scratch, out=gradient)
    total = gradient.sum(axis=1, keepdims=True)
    loss_sum[()] = np.add.reduce(np.log(total[:, 0]) - scratch[rows, y])
    np.divide(gradient, total, out=gradient)
    gradient[rows, y] -= 1.0
    np.divide(gradient, n, out=gradient)


def loss_and_gradient(kind: str, z: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    """(mean loss, ∂L/∂Z) as a new array."""
    gradient, loss_sum = np.empty(z.shape), np.empty(())
    _run(loss_tape(kind, z, y, gradient, loss_sum))
    return float(loss_sum) / (z.shape[0] if kind == "ce" else z.size), gradient


def _run(tape: Tape) -> None:
    for function, arguments in tape:
        function(*arguments)


# --- the optimizers on one flat vector ------------------------------------------------------


class FlatOptimizer:
    """One of :mod:`mlmath.core.optimizers`' rules applied to the whole parameter vector ``theta`` at once,
    its gradient read from ``grad``.

    The same arithmetic as the reference rule's loop over coordinates, in the same order, written as a
    tape of in-place NumPy calls; ``reference()`` gives one coordinate's state so that the reference
    rule can redo (and explain) that coordinate's step.
    """

    FAST_RULES = ("sgd", "adam", "adamw", "adagrad", "rmsprop")  # written here with NumPy; any other rule of
    # mlmath.core.optimizers runs as the reference rule on the whole vector (the same numbers, slower)

    def __init__(self, config: dict[str, Any], theta: np.ndarray, grad: np.ndarray):
        self.config = config
        self.theta, self.grad = theta, grad
        self.rule = optimizers.SPECS[config["name"]].rule
        self.t = 0
        self.first = True
        size = theta.size
        zeros = np.zeros(size)
        self.buffer = zeros.copy()  # sgd/rmsprop momentum buffer
        self.m, self.v, self.v_max = zeros.copy(), zeros.copy(), zeros.copy()
        self.sum = np.full(size, float(config.get("initial_accumulator_value", 0.0)))
        self.square, self.mean = zeros.copy(), zeros.copy()
        self.factor, self.factor2 = _constant(0.0), _constant(0.0)  # numbers of the step: √(1 − β₂ᵗ), −lr/(1 − β₁ᵗ) …
        self.general = None if self.rule in self.FAST_RULES else optimizers.make(config, size)
        if self.general is not None:
            self.tape = [(self._general_step, ())]
        else:
            self.first_tape = self._tape(first=True)
            self.tape = self._tape(first=False)

    def _tape(self, first: bool) -> Tape:
        c, rule, p = self.config, self.rule, self.theta
        size = p.size
        work, work2 = np.empty(size), np.empty(size)
        tape: Tape = []
        g = self.grad
        if c.get("maximize"):
            tape.append((np.negative, (g, np.empty(size))))
            g = tape[-1][1][1]
        if c.get("weight_decay", 0.0) != 0.0 and rule != "adamw":  # g + λ·θ
            tape += [(np.multiply, (_constant(c["weight_decay"]), p, work)), (np.add, (g, work, work2))]
            g, work2 = work2, np.empty(size)
        if rule == "sgd":
            momentum = _constant(c["momentum"])
            d = g
            if c["momentum"] != 0.0:
                if first:
                    tape.append((np.copyto, (self.buffer, g)))
                else:  # b ← μ·b + (1 − dampening)·g
                    tape += [(np.multiply, (self.buffer, momentum, self.buffer)),
                             (np.multiply, (_constant(1.0 - c["dampening"]), g, work)),
                             (np.add, (self.buffer, work, self.buffer))]
                d = self.buffer
                if c["nesterov"]:  # g + μ·b
                    tape += [(np.multiply, (momentum, self.buffer, work)), (np.add, (g, work, work))]
                    d = work
            tape += [(np.multiply, (_constant(-c["lr"]), d, work2)), (np.add, (p, work2, p))]  # θ − lr·d
        elif rule in ("adam", "adamw"):
            if c.get("weight_decay", 0.0) != 0.0 and rule == "adamw":  # θ·(1 − lr·λ)
                tape.append((np.multiply, (p, _constant(1 - c["lr"] * c["weight_decay"]), p)))
            tape += _lerp(self.m, g, 1 - c["beta1"], work)  # m ← β₁·m + (1 − β₁)·g
            tape += [(np.multiply, (self.v, _constant(c["beta2"]), self.v)),
                     (np.multiply, (_constant(1 - c["beta2"]), g, work)),
                     (np.multiply, (work, g, work)),
                     (np.add, (self.v, work, self.v))]  # v ← β₂·v + (1 − β₂)·g²
            v = self.v
            if c["amsgrad"]:
                tape.append((_maximum_into, (self.v_max, v, self.v_max)))  # v_max ← max(v_max, v)
                v = self.v_max
            tape += [(np.sqrt, (v, work)), (np.divide, (work, self.factor, work)),
                     (np.add, (work, _constant(c["eps"]), work)),  # √v̂ + ε = √v/√(1 − β₂ᵗ) + ε
                     (np.multiply, (self.factor2, self.m, work2)), (np.divide, (work2, work, work)),
                     (np.add, (p, work, p))]  # θ − lr/(1 − β₁ᵗ)·m/(√v̂ + ε)
        elif rule == "adagrad":
            tape += [(np.multiply, (g, g, work)), (np.add, (self.sum, work, self.sum)),  # G ← G + g²
                     (np.sqrt, (self.sum, work)), (np.add, (work, _constant(c["eps"]), work)),
                     (np.multiply, (self.factor, g, work2)), (np.divide, (work2, work, work)),
                     (np.add, (p, work, p))]  # θ − lr_t·g/(√G + ε)
        else:  # rmsprop
            tape += [(np.multiply, (self.square, _constant(c["alpha"]), self.square)),
                     (np.multiply, (_constant(1 - c["alpha"]), g, work)), (np.multiply, (work, g, work)),
                     (np.add, (self.square, work, self.square))]  # s ← α·s + (1 − α)·g²
            if c["centered"]:  # √(s − ḡ²), ḡ ← lerp(ḡ, g, 1 − α)
                tape += _lerp(self.mean, g, 1 - c["alpha"], work)
                tape += [(np.multiply, (self.mean, self.mean, work)), (np.subtract, (self.square, work, work)),
                         (np.sqrt, (work, work))]
            else:
                tape.append((np.sqrt, (self.square, work)))
            tape.append((np.add, (work, _constant(c["eps"]), work)))
            lr = _constant(-c["lr"])
            if c["momentum"] > 0.0:  # b ← μ·b + g/(√s + ε), θ − lr·b
                tape += [(np.multiply, (self.buffer, _constant(c["momentum"]), self.buffer)),
                         (np.divide, (g, work, work)), (np.add, (self.buffer, work, self.buffer)),
                         (np.multiply, (lr, self.buffer, work))]
            else:  # θ − lr·g/(√s + ε)
                tape += [(np.multiply, (lr, g, work2)), (np.divide, (work2, work, work))]
            tape.append((np.add, (p, work, p)))
        return tape

    def _general_step(self) -> None:
        point = self.theta.tolist()
        self.general.update(point, self.grad.tolist())
        self.theta[:] = point

    def step(self) -> None:
        """θ ← θ + Δθ in place from the gradient in ``grad`` (left unchanged)."""
        c = self.config
        self.t += 1
        if self.rule in ("adam", "adamw"):
            self.factor[()] = (1 - c["beta2"] ** float(self.t)) ** 0.5
            self.factor2[()] = -(c["lr"] / (1 - c["beta1"] ** float(self.t)))
        elif self.rule == "adagrad":
            self.factor[()] = -(c["lr"] / (1 + (float(self.t) - 1) * c["lr_decay"]))
        _run(self.first_tape if self.first else self.tape)
        self.first = False

    def reference(self, index: int):
        """The reference optimizer of :mod:`mlmath.core.optimizers` for the one coordinate ``index``,
        in the state this one has reached."""
        if self.general is not None:  # its state, cut down to the one coordinate
            import copy

            ref = copy.deepcopy(self.general)
            size = self.m.size
            for name, value in vars(ref).items():
                if isinstance(value, list) and len(value) == size:
                    setattr(ref, name, [value[index]])
            return ref
        ref = optimizers.make(self.config, 1)
        if self.rule == "sgd":
            ref.buffer = None if self.first else [float(self.buffer[index])]
        elif self.rule in ("adam", "adamw"):
            ref.m, ref.v, ref.v_max, ref.t = ([float(self.m[index])], [float(self.v[index])],
                                              [float(self.v_max[index])], self.t)
        elif self.rule == "adagrad":
            ref.sum, ref.t = [float(self.sum[index])], self.t
        else:
            ref.square, ref.mean, ref.buffer = ([float(self.square[index])], [float(self.mean[index])],
                                                [float(self.buffer[index])])
        return ref


def _maximum_into(a: np.ndarray, b: np.ndarray, out: np.ndarray) -> None:
    np.maximum(a, b, out=out)  # NumPy 2.4 deprecates a third positional argument of maximum


def _lerp(average: np.ndarray, g: np.ndarray, weight: float, work: np.ndarray) -> Tape:
    """average ← lerp(average, g, w) as torch computes it: m + w·(g − m), or g − (g − m)·(1 − w) when w ≥ ½."""
    if abs(weight) < 0.5:
        return [(np.subtract, (g, average, work)), (np.multiply, (_constant(weight), work, work)),
                (np.add, (average, work, average))]
    return [(np.subtract, (g, average, work)), (np.multiply, (work, _constant(1.0 - weight), work)),
            (np.subtract, (g, work, average))]


# --- the network ----------------------------------------------------------------------------


class Network:
    """The parameters as one flat vector θ (W⁽¹⁾, b⁽¹⁾, W⁽²⁾, b⁽²⁾, …); W and b are views into it."""

    def __init__(self, sizes: Sequence[int]):
        self.sizes = list(sizes)
        shapes = []
        for fan_in, fan_out in zip(self.sizes, self.sizes[1:]):
            shapes += [(fan_in, fan_out), (fan_out,)]
        self.shapes = shapes
        self.offsets = np.cumsum([0] + [math.prod(shape) for shape in shapes]).tolist()
        self.theta = np.zeros(self.offsets[-1])
        self.grad = np.zeros(self.offsets[-1])
        self.w, self.b = self._views(self.theta)
        self.gw, self.gb = self._views(self.grad)
        # W⁽ˡ⁾ and b⁽ˡ⁾ lie one after the other in θ: together they are [W; b], (in + 1)×out, the weights of
        # the layer's inputs and of one more input that is always 1 (so that [A 1]·[W; b] = A·W + b)
        self.wb = self._views(self.theta, with_bias=True)
        self.gwb = self._views(self.grad, with_bias=True)

    def _views(self, flat: np.ndarray, with_bias: bool = False):
        if with_bias:
            return [flat[start:end].reshape(fan_in + 1, fan_out) for start, end, fan_in, fan_out
                    in zip(self.offsets[0::2], self.offsets[2::2], self.sizes, self.sizes[1:])]
        arrays = [flat[start:end].reshape(shape)
                  for start, end, shape in zip(self.offsets, self.offsets[1:], self.shapes)]
        return arrays[0::2], arrays[1::2]

    @property
    def depth(self) -> int:
        return len(self.sizes) - 1

    def initialise(self, rng: np.random.Generator) -> None:
        """nn.Linear's default: W and b uniform(−1/√in, 1/√in), layer by layer, W first."""
        for w, b in zip(self.w, self.b):
            bound = 1.0 / math.sqrt(w.shape[0])
            w[...] = rng.uniform(-bound, bound, size=w.shape)
            b[...] = rng.uniform(-bound, bound, size=b.shape)

    def parameters(self) -> list[dict[str, np.ndarray]]:
        return [{"W": w.copy(), "b": b.copy()} for w, b in zip(self.w, self.b)]

    def predict(self, x: np.ndarray, activation_name: str) -> np.ndarray:
        """The output Z⁽ᴸ⁾ in evaluation (no dropout)."""
        a = x
        last = self.depth - 1
        with np.errstate(over="ignore", invalid="ignore"):
            for layer, (w, b) in enumerate(zip(self.w, self.b)):
                z = a @ w + b
                a = z if layer == last else activation(activation_name, z)[0]
        return a


@dataclass
class Record:
    """Everything of one batch, copied for the worked explanation."""

    x: np.ndarray
    y: np.ndarray
    w: list[np.ndarray]  # before the update
    b: list[np.ndarray]
    z: list[np.ndarray] = field(default_factory=list)
    a: list[np.ndarray] = field(default_factory=list)  # act(Z), before dropout
    derivative: list[np.ndarray] = field(default_factory=list)
    mask: list[np.ndarray | None] = field(default_factory=list)
    inputs: list[np.ndarray] = field(default_factory=list)  # each layer's input A⁽ˡ⁻¹⁾ (after dropout)
    loss: float = 0.0
    delta: list[np.ndarray] = field(default_factory=list)  # δ⁽ˡ⁾, layer order
    grad_w: list[np.ndarray] = field(default_factory=list)  # with the penalty
    grad_b: list[np.ndarray] = field(default_factory=list)
    optimizer: Any = None  # the reference optimizer at the traced weight, before the step


class _BatchTape:
    """A batch of ``rows`` samples: its arrays (per layer Z, act(Z), act′(Z), the dropout mask, δ), allocated
    once, and the tape of NumPy calls that fills them: forward, loss, backward.

    Each layer's input is kept with a column of ones, [A 1], so that one product gives Z = [A 1]·[W; b]
    forward and both gradients [∂L/∂W; ∂L/∂b] = [A 1]ᵀ·δ backward (the last row is 1ᵀ·δ = Σₛ δ).
    """

    def __init__(self, step: BatchStep, x: np.ndarray, y: np.ndarray):
        net, rows = step.net, x.shape[0]
        sizes, hidden = net.sizes, net.sizes[1:-1]
        self.y = y
        self.inputs = [np.ones((rows, width + 1)) for width in sizes[:-1]]  # [A⁽ˡ⁻¹⁾ 1], after dropout
        self.x = self.inputs[0][:, :-1]
        self.x[...] = x
        self.z = [np.empty((rows, width)) for width in sizes[1:]]
        self.act = [np.empty((rows, width)) if step.dropout else ones[:, :-1]
                    for width, ones in zip(hidden, self.inputs[1:])]  # act(Z), before dropout
        self.derivative = [np.empty((rows, width)) for width in hidden]
        self.mask = [np.empty((rows, width)) if step.dropout else None for width in hidden]
        self.delta = [np.empty((rows, width)) for width in sizes[1:]]
        self.loss_sum = np.empty(())
        self.divisor = rows if step.kind == "ce" else rows * sizes[-1]
        tape: Tape = []
        for layer, (wb, z) in enumerate(zip(net.wb, self.z)):
            tape.append((np.dot, (self.inputs[layer], wb, z)))  # Z = [A 1]·[W; b] = A·W + b
            if layer == net.depth - 1:
                break
            act = self.act[layer]
            tape += activation_tape(step.activation, z, act, self.derivative[layer])
            if step.dropout:  # inverted dropout: keep where u < 1 − p, then × 1/(1 − p)
                uniform, kept = np.empty(act.shape), np.empty(act.shape, dtype=bool)
                mask = self.mask[layer]
                tape += [(step.rng.random, (None, np.float64, uniform)), (np.less, (uniform, step.keep, kept)),
                         (np.divide, (kept, step.keep, mask)),
                         (np.multiply, (act, mask, self.inputs[layer + 1][:, :-1]))]
        tape += loss_tape(step.kind, self.z[-1], y, self.delta[-1], self.loss_sum)
        for layer in range(net.depth - 1, -1, -1):
            delta = self.delta[layer]
            tape.append((np.dot, (self.inputs[layer].T, delta, net.gwb[layer])))  # [∂L/∂W; ∂L/∂b] = [A 1]ᵀ·δ
            if layer:
                below = self.delta[layer - 1]
                tape.append((np.dot, (delta, net.w[layer].T, below)))  # δ·Wᵀ
                if step.dropout:
                    tape.append((np.multiply, (below, self.mask[layer - 1], below)))  # ⊙ mask
                tape.append((np.multiply, (below, self.derivative[layer - 1], below)))  # ⊙ act′(Z)
        for w, gw in zip(net.w, net.gw):
            penalty = np.empty(w.shape)
            if step.l1:  # + λ₁·sign(W)
                tape += [(np.sign, (w, penalty)), (np.multiply, (_constant(step.l1), penalty, penalty)),
                         (np.add, (gw, penalty, gw))]
            if step.l2:  # + 2λ₂·W
                tape += [(np.multiply, (_constant(2.0 * step.l2), w, penalty)), (np.add, (gw, penalty, gw))]
        self.tape = tape

    def record(self, record: Record, loss: float, net: Network) -> None:
        """Copies of everything the worked explanation shows."""
        record.z = [z.copy() for z in self.z]
        record.a = [a.copy() for a in self.act]
        record.loss = loss
        record.derivative = [d.copy() for d in self.derivative]
        record.mask = [None if m is None else m.copy() for m in self.mask]
        record.inputs = [record.x] + [a[:, :-1].copy() for a in self.inputs[1:]]
        record.delta = [d.copy() for d in self.delta]
        record.grad_w = [gw.copy() for gw in net.gw]
        record.grad_b = [gb.copy() for gb in net.gb]


class BatchStep:
    """Forward, loss and backward of one batch into ``net.grad``: one tape per batch size, run again for
    every batch of that size, its rows copied into the tape's arrays; ``data`` (the whole training set,
    when it is one batch) is copied once."""

    def __init__(self, net: Network, kind: str, activation_name: str, dropout: float, rng: np.random.Generator,
                 l1: float, l2: float, data: tuple[np.ndarray, np.ndarray] | None = None):
        self.net, self.kind, self.activation, self.rng = net, kind, activation_name, rng
        self.dropout, self.keep = dropout, _constant(1.0 - dropout)
        self.l1, self.l2 = l1, l2
        self.data = _BatchTape(self, *data) if data is not None else None
        self.data_x = None if data is None else data[0]
        self.tapes: dict[int, _BatchTape] = {}
        self.output: np.ndarray | None = None  # the last batch's output Z⁽ᴸ⁾

    def __call__(self, x: np.ndarray, y: np.ndarray, record: Record | None = None) -> float:
        """The batch loss; ∂L/∂θ is left in ``net.grad``."""
        batch = self.data
        if batch is None or x is not self.data_x or y is not batch.y:
            rows = x.shape[0]
            batch = self.tapes.get(rows)
            if batch is None:
                batch = self.tapes[rows] = _BatchTape(self, x, y.copy())
            else:
                np.copyto(batch.x, x)
                np.copyto(batch.y, y)
        _run(batch.tape)
        loss = float(batch.loss_sum) / batch.divisor
        self.output = batch.z[-1]
        if record is not None:
            batch.record(record, loss, self.net)
        return loss
