"""A fully connected layer Y = act(X·W + b), forward and backward, as torch.nn.Linear and autograd in float64.

Rows are samples, as in the notes: X is batch×in, W is in×out, b holds one bias
per output neuron, and Z = X·W + b and Y = act(Z) are batch×out.  PyTorch's
``nn.Linear`` stores its weight the other way round, out×in, and computes
``X·weightᵀ + bias``: W here is that weight transposed (``W = linear.weight.T``).

Backward, from ∂L/∂Y (given, from a loss of Y, or 1 everywhere for L = ΣY)::

    δ = ∂L/∂Z = ∂L/∂Y ⊙ act′(Z)      batch×out
    ∂L/∂W = Xᵀ·δ                      (in×batch)·(batch×out) → in×out
    ∂L/∂b = Σ δ over the samples      (out)
    ∂L/∂X = δ·Wᵀ                      (batch×out)·(out×in) → batch×in

Losses of Y come from :mod:`mlmath.core.losses`: ``mse`` (``F.mse_loss``);
``bce`` reads Y as probabilities (``F.binary_cross_entropy``: take the sigmoid
activation) or, with ``logits``, as logits (``F.binary_cross_entropy_with_logits``);
``ce`` always reads Y as logits (``F.cross_entropy``: softmax is inside the loss),
with one class index per sample or one probability row per sample.

W and b that are not given are drawn from ``nn.Linear``'s default distribution,
uniform(−1/√in, 1/√in) for both, by NumPy from a seed: the same distribution as
PyTorch, not PyTorch's numbers.  Inputs that are not given are standard normal.
Random draws come in the order W, b, X from one generator.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from mlmath.core import activations, notation
from mlmath.core.arrays import float_array, shape_text
from mlmath.core.result import Result, Step, shown_positions, step
from mlmath.errors import InputError, MathError, MlmathError
from mlmath.text import Sentence, say

__all__ = ["fully_connected"]

ACTIVATIONS = ("identity", "relu", "sigmoid", "tanh", "leaky-relu", "gelu", "softplus")
IDENTITY_NAMES = ("identity", "none", "linear")
LOSSES = ("mse", "bce", "ce")
LOSS_ALIASES = {"l2": "mse", "binary-cross-entropy": "bce", "cross-entropy": "ce"}
REDUCTIONS = ("mean", "sum")
DEFAULT_SEED = 0
MAX_RANDOM_ENTRIES = 20_000_000  # a random W, b or X beyond this would take more memory than a lesson needs
SHOWN_DECIMALS = 4  # the default --precision: sums of numbers this short reproduce from what is printed

def subscript(*indices: int) -> str:
    """(1, 2) → ``₁₂``; with an index past 9, split by a comma: (10, 2) → ``₁₀,₂``."""
    parts = [notation.subscript(index) for index in indices]
    return ("," if any(index > 9 for index in indices) else "").join(parts)


class LayerError(MathError):
    """A layer's input that does not fit; ``operand`` says which one (``x``, ``w``, ``b``, ``target`` …)."""

    def __init__(self, message: str, *, operand: str, hint: str | None = None):
        super().__init__(message, hint=hint)
        self.operand = operand


@dataclass
class LayerResult(Result):
    """``result`` = Y = act(X·W + b), batch×out.  The backward fields are ``None`` without ``backward``."""

    x: Any = None  # batch×in
    w: Any = None  # in×out (torch's weight transposed)
    b: Any = None  # out
    z: Any = None  # the pre-activations X·W + b, batch×out
    activation: str = "identity"
    slope: float | None = None  # leaky-relu
    approximate: str | None = None  # gelu
    random: list[str] = field(default_factory=list)  # which of "W", "b", "X" were drawn at random
    seed: int | None = None  # the seed of the random draws, when there were any
    sizes_from: list[str] = field(default_factory=list)  # where in and out came from: x, w, inputs; w, b, outputs
    backward: bool = False
    upstream: str | None = None  # where ∂L/∂Y came from: "grad_y", "loss" or "sum" (L = ΣY)
    loss: str | None = None  # mse, bce or ce
    logits: bool = False  # bce: Y read as logits
    reduction: str | None = None
    loss_value: Any = None
    target: Any = None
    grad_y: Any = None  # ∂L/∂Y, batch×out
    derivative: Any = None  # act′(Z), batch×out
    grad_z: Any = None  # δ = ∂L/∂Z, batch×out
    grad_w: Any = None  # in×out
    grad_b: Any = None  # out
    grad_x: Any = None  # batch×in


# --- names and inputs -----------------------------------------------------------------------


def canonical_activation(name: str | None) -> str:
    """``ReLU`` → ``relu``, ``none`` → ``identity``; softmax and unknown names are errors."""
    if name is None or name.strip().lower() in IDENTITY_NAMES:
        return "identity"
    try:
        key = activations.canonical_name(name)
    except InputError:
        raise LayerError(say("layer.error.activation", name=name), operand="activation",
                         hint=say("layer.error.activation.hint", names=", ".join(ACTIVATIONS))) from None
    if key == "softmax":
        raise LayerError(say("layer.error.softmax"), operand="activation", hint=say("layer.error.softmax.hint"))
    return key


def canonical_loss(kind: str) -> str:
    key = kind.strip().lower().replace("_", "-")
    key = LOSS_ALIASES.get(key, key)
    if key not in LOSSES:
        raise LayerError(say("layer.error.loss", kind=kind), operand="loss", hint=say("layer.error.loss.hint"))
    return key


def _matrix(values: Any, what: str, operand: str) -> np.ndarray:
    try:
        array = float_array(values, what)
    except MlmathError as error:
        raise LayerError(error.problem, operand=operand, hint=error.hint) from None
    return array.reshape(1, -1) if array.ndim == 1 else array


def _vector(values: Any, what: str, operand: str) -> np.ndarray:
    try:
        array = float_array(values, what)
    except MlmathError as error:
        raise LayerError(error.problem, operand=operand, hint=error.hint) from None
    if array.ndim == 2 and 1 not in array.shape:
        raise LayerError(say("layer.error.bias_vector", what=what, shape=shape_text(array.shape)), operand=operand,
                         hint=say("layer.error.bias_vector.hint"))
    return array.reshape(-1)


def _like_y(values: Any, batch: int, outputs: int, what: str | Sentence, operand: str) -> np.ndarray:
    """A batch×out matrix; a vector fits when Y has one row or one column."""
    array = float_array(values, what)
    if array.size == batch * outputs and (array.ndim == 1 or 1 in array.shape) and (batch == 1 or outputs == 1):
        return array.reshape(batch, outputs)
    if array.shape != (batch, outputs):
        raise LayerError(say("layer.error.like_y", what=what, size=_size_words(array), batch=batch, outputs=outputs),
                         operand=operand, hint=say("layer.error.like_y.hint", batch=batch, outputs=outputs))
    return array


def _size_words(array: np.ndarray) -> str | Sentence:
    """``4×3``, or ``3 values`` for a vector."""
    if array.ndim > 1:
        return shape_text(array.shape)
    return say("layer.error.n.value" if array.size == 1 else "layer.error.n.values", count=array.size)


def _size(value: Any, problem: Sentence, operand: str) -> int | None:
    """A size given as a number; ``problem`` says which size, filled with the value when it is not one."""
    if value is None:
        return None
    number = int(value)
    if number != value or number < 1:
        problem.args["value"] = value
        raise LayerError(problem, operand=operand)
    return number


def weights_from_npz(path: str) -> tuple[np.ndarray, np.ndarray]:
    """W (in×out) and b from an .npz file holding arrays named ``W`` and ``b``; nothing is unpickled."""
    import zipfile
    from pathlib import Path

    file = Path(path)
    if not file.is_file():
        raise InputError(say("layer.error.file.folder" if file.is_dir() else "layer.error.file.missing", path=path))
    try:
        with file.open("rb") as stream:
            if stream.read(4) != b"PK\x03\x04":  # every .npz is a zip archive of .npy files
                raise InputError(say("layer.error.file.not_npz", path=path), hint=say("layer.error.file.savez"))
        with np.load(file, allow_pickle=False) as archive:
            names = list(archive.files)
            missing = [name for name in ("W", "b") if name not in names]
            if missing:
                raise InputError(say("layer.error.file.no_array", path=path, missing=", ".join(missing),
                                     names=", ".join(names) or "-"), hint=say("layer.error.file.savez_in_out"))
            arrays = [archive["W"], archive["b"]]
    except InputError:
        raise
    except ValueError as error:  # an object array would need unpickling, which is refused
        if "pickle" in str(error).lower():
            raise InputError(say("layer.error.file.pickle", path=path),
                             hint=say("layer.error.file.pickle.hint")) from None
        raise InputError(say("layer.error.file.unreadable", path=path, error=error)) from None
    except (OSError, zipfile.BadZipFile, EOFError) as error:
        raise InputError(say("layer.error.file.unreadable", path=path, error=error),
                         hint=say("layer.error.file.savez")) from None
    for name, array in zip(("W", "b"), arrays):
        if array.dtype.kind not in "iuf" or array.size == 0:
            raise InputError(say("layer.error.file.dtype", name=name, path=path, dtype=array.dtype) if array.size
                             else say("layer.error.file.empty", name=name, path=path))
        if array.dtype.kind == "f" and not np.isfinite(array).all():
            raise InputError(say("layer.error.file.nan", name=name, path=path))
        if array.ndim > 2:
            raise InputError(say("layer.error.file.ndim", name=name, path=path, ndim=array.ndim),
                             hint=say("layer.error.file.ndim.hint"))
    return arrays[0].astype(float), arrays[1].astype(float)


# --- the layer ------------------------------------------------------------------------------


def activate(name: str, z: np.ndarray, slope: float | None = None, approximate: str | None = None,
             ) -> tuple[np.ndarray, np.ndarray]:
    """(act(Z), act′(Z)) entry by entry, through :mod:`mlmath.core.activations`."""
    if name == "identity":
        return z, np.ones_like(z)
    return activations.evaluate(name, z, slope=slope, approximate=approximate)


def _options(name: str, slope: float | None, approximate: str | None) -> tuple[float | None, str | None]:
    if slope is not None and name != "leaky-relu":
        raise LayerError(say("layer.error.slope_only"), operand="slope")
    if approximate is not None and name != "gelu":
        raise LayerError(say("layer.error.approximate_only"), operand="approximate")
    if slope is not None and not math.isfinite(float(slope)):
        raise LayerError(say("layer.error.slope_finite"), operand="slope", hint=say("layer.error.slope_finite.hint"))
    if approximate is not None:
        approximate = approximate.strip().lower()
        if approximate not in activations.APPROXIMATIONS:
            raise LayerError(say("layer.error.approximate", approximate=approximate), operand="approximate",
                             hint=say("layer.error.approximate.hint"))
    if name == "leaky-relu":
        slope = activations.DEFAULT_SLOPE if slope is None else float(slope)
    if name == "gelu":
        approximate = approximate or "none"
    return slope, approximate


def fully_connected(
    x: Any = None,
    w: Any = None,
    b: Any = None,
    *,
    activation: str | None = None,
    slope: float | None = None,
    approximate: str | None = None,
    inputs: int | None = None,
    outputs: int | None = None,
    batch: int | None = None,
    seed: int | None = None,
    backward: bool = False,
    grad_y: Any = None,
    loss: str | None = None,
    target: Any = None,
    logits: bool = False,
    reduction: str = "mean",
) -> LayerResult:
    """Y = act(X·W + b) for a batch of rows, and with ``backward`` the gradients of L with respect to W, b and X.

    ``grad_y`` (batch×out) or a ``loss`` of Y with its ``target`` gives ∂L/∂Y (either implies
    ``backward``); with neither, L = ΣY.  W and b (and X) that are not given are random from ``seed``.
    """
    name = canonical_activation(activation)
    slope, approximate = _options(name, slope, approximate)
    kind = canonical_loss(loss) if loss is not None else None
    if grad_y is not None and kind is not None:
        raise LayerError(say("layer.error.grad_and_loss"), operand="grad_y")
    if kind is None and target is not None:
        raise LayerError(say("layer.error.target_without_loss"), operand="target", hint=say("layer.error.loss.hint"))
    if kind is not None and target is None:
        raise LayerError(say("layer.error.no_target", kind=kind), operand="target",
                         hint=say("layer.error.no_target.hint"))
    if logits and kind != "bce":
        raise LayerError(say("layer.error.logits_ce" if kind == "ce" else "layer.error.logits"), operand="logits")
    if reduction not in REDUCTIONS:
        raise LayerError(say("layer.error.reduction", reduction=reduction), operand="reduction",
                         hint=say("layer.error.reduction.hint"))
    backward = backward or grad_y is not None or kind is not None
    inputs = _size(inputs, say("layer.error.size.inputs"), "inputs")
    outputs = _size(outputs, say("layer.error.size.outputs"), "outputs")
    batch = _size(batch, say("layer.error.size.batch"), "batch")

    x_array = None if x is None else _matrix(x, "X", "x")
    w_array = None if w is None else _matrix(w, "W", "w")
    b_array = None if b is None else _vector(b, "b", "b")
    sizes_from = [_source(("x", x_array), ("w", w_array), ("inputs", inputs)),
                  _source(("w", w_array), ("b", b_array), ("outputs", outputs))]
    inputs, outputs, batch = _sizes(x_array, w_array, b_array, inputs, outputs, batch)
    random = [label for label, given in (("W", w_array), ("b", b_array), ("X", x_array)) if given is None]
    if random:
        seed = DEFAULT_SEED if seed is None else int(seed)
        if seed < 0:
            raise LayerError(say("layer.error.seed", seed=seed), operand="seed")
        w_array, b_array, x_array = _draw(seed, inputs, outputs, batch, w_array, b_array, x_array)
    else:
        seed = None

    with np.errstate(over="ignore", invalid="ignore"):
        z = x_array @ w_array + b_array
    _finite(z, "Z = X·W + b")
    y, derivative = activate(name, z, slope, approximate)
    y = np.array(y, dtype=float)
    steps = _forward_steps(x_array, w_array, b_array, z, y, name, slope, approximate, random, seed)
    result = LayerResult(result=y, x=x_array, w=w_array, b=b_array, z=z, activation=name, slope=slope,
                         approximate=approximate, random=random, seed=seed, sizes_from=sizes_from, steps=steps)
    if backward:
        _backward(result, derivative, grad_y, kind, target, logits, reduction)
    return result


def _source(*candidates: tuple[str, Any]) -> str:
    """The first of the candidates that was given (the one a size is read from)."""
    return next((label for label, value in candidates if value is not None), "")


def _sizes(x, w, b, inputs, outputs, batch) -> tuple[int, int, int]:
    """(in, out, batch) from the arrays given, checked against each other and against the sizes given."""
    if x is not None:
        if inputs is not None and inputs != x.shape[1]:
            raise LayerError(say("layer.error.inputs_from_x", columns=x.shape[1], inputs=inputs),
                             operand="inputs", hint=say("layer.error.inputs_from_x.hint"))
        if batch is not None and batch != x.shape[0]:
            raise LayerError(say("layer.error.batch_from_x", rows=x.shape[0], batch=batch), operand="batch",
                             hint=say("layer.error.batch_from_x.hint"))
        inputs, batch = x.shape[1], x.shape[0]
    if w is not None:
        if inputs is not None and w.shape[0] != inputs:
            rows = say("layer.error.n.row" if w.shape[0] == 1 else "layer.error.n.rows", count=w.shape[0])
            if x is not None:
                columns = say("layer.error.n.column" if inputs == 1 else "layer.error.n.columns", count=inputs)
                problem = say("layer.error.w_rows.x", rows=rows, columns=columns)
            else:
                count = say("layer.error.n.input" if inputs == 1 else "layer.error.n.inputs", count=inputs)
                problem = say("layer.error.w_rows.layer", rows=rows, inputs=count)
            hint = say("layer.error.w_rows.hint_transposed" if w.shape[1] == inputs else "layer.error.w_rows.hint",
                       inputs=inputs)
            raise LayerError(problem, operand="w", hint=hint)
        if outputs is not None and outputs != w.shape[1]:
            raise LayerError(say("layer.error.outputs_from_w", columns=w.shape[1], outputs=outputs),
                             operand="outputs", hint=say("layer.error.outputs_from_w.hint"))
        inputs, outputs = w.shape
    if b is not None:
        if outputs is not None and b.size != outputs:
            entries = say("layer.error.n.entry" if b.size == 1 else "layer.error.n.entries", count=b.size)
            if w is not None:
                columns = say("layer.error.n.column" if outputs == 1 else "layer.error.n.columns", count=outputs)
                problem = say("layer.error.b_size.w", entries=entries, columns=columns)
            else:
                count = say("layer.error.n.output" if outputs == 1 else "layer.error.n.outputs", count=outputs)
                problem = say("layer.error.b_size.layer", entries=entries, outputs=count)
            raise LayerError(problem, operand="b", hint=say("layer.error.b_size.hint", outputs=outputs))
        outputs = b.size
    if inputs is None:
        raise LayerError(say("layer.error.inputs_unknown"), operand="x", hint=say("layer.error.inputs_unknown.hint"))
    if outputs is None:
        raise LayerError(say("layer.error.outputs_unknown"), operand="outputs",
                         hint=say("layer.error.outputs_unknown.hint"))
    return inputs, outputs, batch or 1


def _draw(seed, inputs, outputs, batch, w, b, x):
    """The missing arrays, in the order W, b, X: W and b from uniform(−1/√in, 1/√in), X standard normal."""
    for label, count, given in (("W", inputs * outputs, w), ("X", batch * inputs, x)):
        if given is None and count > MAX_RANDOM_ENTRIES:
            raise LayerError(say("layer.error.random_size", label=label, count=count, limit=MAX_RANDOM_ENTRIES),
                             operand="inputs", hint=say("layer.error.random_size.hint"))
    generator = np.random.default_rng(seed)
    bound = 1.0 / math.sqrt(inputs)
    if w is None:
        w = generator.uniform(-bound, bound, size=(inputs, outputs))
    if b is None:
        b = generator.uniform(-bound, bound, size=outputs)
    if x is None:
        x = generator.standard_normal(size=(batch, inputs))
    return w, b, x


def _finite(array: np.ndarray, what: str) -> None:
    if not np.isfinite(array).all():
        raise LayerError(say("layer.error.overflow", what=what), operand="x", hint=say("layer.error.overflow.hint"))


# --- backward -------------------------------------------------------------------------------


def _backward(result: LayerResult, derivative: np.ndarray, grad_y: Any, kind: str | None, target: Any,
              logits: bool, reduction: str) -> None:
    """∂L/∂Y, then δ = ∂L/∂Y ⊙ act′(Z), ∂L/∂W = Xᵀ·δ, ∂L/∂b = Σ δ, ∂L/∂X = δ·Wᵀ, with their steps."""
    y, x, w = result.result, result.x, result.w
    batch, outputs = y.shape
    steps: list[Step] = []
    if grad_y is not None:
        upstream = _like_y(grad_y, batch, outputs, "∂L/∂Y", "grad_y")
        result.upstream = "grad_y"
        steps.append(step("layer.upstream.given", batch=batch, outputs=outputs))
    elif kind is not None:
        upstream = _loss(result, kind, target, logits, reduction, steps)
    else:
        upstream = np.ones_like(y)
        result.upstream = "sum"
        steps.append(step("layer.upstream.sum"))
    with np.errstate(over="ignore", invalid="ignore"):
        delta = upstream * derivative
        grad_w = x.T @ delta
        grad_b = delta.sum(axis=0)
        grad_x = delta @ w.T
    for array, what in ((delta, "δ = ∂L/∂Z"), (grad_w, "∂L/∂W"), (grad_x, "∂L/∂X")):
        _finite(array, what)
    result.backward = True
    result.grad_y, result.derivative, result.grad_z = upstream, np.array(derivative, dtype=float), delta
    result.grad_w, result.grad_b, result.grad_x = grad_w, grad_b, grad_x
    steps.extend(_backward_steps(result))
    result.steps = [*result.steps, *steps]


def _loss(result: LayerResult, kind: str, target: Any, logits: bool, reduction: str, steps: list[Step]) -> np.ndarray:
    """The loss of Y against the target through :mod:`mlmath.core.losses`; its gradient is ∂L/∂Y."""
    from mlmath.core.losses import loss as loss_of

    y = result.result
    batch, outputs = y.shape
    if kind == "ce":
        if outputs < 2:
            raise LayerError(say("layer.error.ce_outputs"), operand="outputs", hint=say("layer.error.ce_outputs.hint"))
        targets = float_array(target, say("layer.error.the_target"))
        if not (targets.size == batch or targets.shape == (batch, outputs)
                or (batch == 1 and targets.size == outputs)):
            rows = say("layer.error.n.row" if batch == 1 else "layer.error.n.rows", count=batch)
            raise LayerError(say("layer.error.ce_target", size=_size_words(targets), rows=rows, outputs=outputs),
                             operand="target",
                             hint=say("layer.error.ce_target.hint_one" if batch == 1 else "layer.error.ce_target.hint",
                                      batch=batch, outputs=outputs, last=outputs - 1))
        pred = y
    else:
        targets = _like_y(target, batch, outputs, say("layer.error.the_target"), "target")
        if kind == "bce" and not logits:
            outside = y[(y < 0) | (y > 1)]
            if outside.size:
                raise LayerError(say("layer.error.bce_range", activation=result.activation, value=outside[0]),
                                 operand="loss", hint=say("layer.error.bce_range.hint"))
        pred = y
    worked = loss_of(kind, pred, targets, logits=logits or kind == "ce", reduction=reduction)
    result.upstream, result.loss, result.logits, result.reduction = "loss", kind, logits, reduction
    result.loss_value, result.target = worked.result, targets
    loss_steps = [step("layer.loss.terms", *item.children, count=item.args["count"],
                       per=step("layer.loss.per.sample" if kind == "ce" else "layer.loss.per.entry"))
                  if item.key == "loss.per_sample" else item for item in worked.steps]
    key = {"mse": "layer.loss.mse", "bce": "layer.loss.bce_logits" if logits else "layer.loss.bce",
           "ce": "layer.loss.ce"}[kind]
    steps.append(step(key, *loss_steps, value=worked.result, reduction=reduction))
    return np.asarray(worked.gradient, dtype=float).reshape(y.shape)


# --- steps ----------------------------------------------------------------------------------


def _short(*values: Any) -> bool:
    """Every value is written in full at the default precision, so a sum of them reproduces exactly."""
    flat = np.concatenate([np.asarray(value, dtype=float).reshape(-1) for value in values])
    return bool(np.all(np.abs(flat - np.round(flat, SHOWN_DECIMALS)) <= 1e-12 * np.maximum(1.0, np.abs(flat))))


def _sum_symbols(terms: list[str]) -> list[str]:
    """Symbols of a long sum shortened as sentences shorten numbers: the first six, …, the last two."""
    return [terms[position] if position is not None else "…" for position in shown_positions(len(terms))]


def _forward_steps(x, w, b, z, y, name, slope, approximate, random, seed) -> list[Step]:
    batch, inputs = x.shape
    outputs = w.shape[1]
    steps = [step("layer.shapes", batch=batch, inputs=inputs, outputs=outputs)]
    if random:
        bound = 1.0 / math.sqrt(inputs)
        parameters = [label for label in random if label in ("W", "b")]
        if parameters:
            key = {("W", "b"): "layer.random.both", ("W",): "layer.random.weights",
                   ("b",): "layer.random.bias"}[tuple(parameters)]
            steps.append(step(key, inputs=inputs, low=-bound, high=bound, seed=seed))
        if "X" in random:
            steps.append(step("layer.random.inputs", batch=batch, inputs=inputs, seed=seed))
    # one neuron's weighted sum, written out: sample 1, neuron 1
    symbols = [f"x{subscript(1, k + 1)}w{subscript(k + 1, 1)}" for k in range(inputs)]
    formula = " + ".join(_sum_symbols(symbols) + [f"b{subscript(1)}"])
    terms = [(float(x[0, k]), float(w[k, 0])) for k in range(inputs)]
    shown = [terms[position] if position is not None else "…" for position in shown_positions(inputs)]
    exact = _short(x[0], w[:, 0], b[0])
    steps.append(step("layer.neuron" if exact else "layer.neuron_approx", sample=1, neuron=1, formula=formula,
                      terms=[*shown, float(b[0])], value=float(z[0, 0]), entry=subscript(1, 1)))
    if z.size > 1:
        steps.append(step("layer.neurons_rest", count=z.size, batch=batch, outputs=outputs, inputs=inputs))
    if name == "identity":
        steps.append(step("layer.activate.identity"))
    else:
        worked = activations.activation(name, [float(z[0, 0])], slope=slope, approximate=approximate)
        steps.append(step("layer.activate", *worked.steps, name=name, entry=subscript(1, 1)))
    steps.append(step("layer.storage", inputs=inputs, outputs=outputs))
    return steps


def _backward_steps(result: LayerResult) -> list[Step]:
    x, w, delta = result.x, result.w, result.grad_z
    batch, inputs = x.shape
    outputs = w.shape[1]
    upstream, derivative = result.grad_y, result.derivative
    steps: list[Step] = []
    # δ: one entry worked out
    g, d, value = float(upstream[0, 0]), float(derivative[0, 0]), float(delta[0, 0])
    exact = _short(g, d)
    if result.activation == "identity":
        key = "layer.delta.identity" if exact else "layer.delta.identity_approx"
    else:
        key = "layer.delta" if exact else "layer.delta_approx"
    steps.append(step(key, batch=batch, outputs=outputs, name=result.activation,
                      entry=subscript(1, 1), product=(g, d), value=value))
    # ∂L/∂W = Xᵀ·δ, with w₁₁ traced through the chain rule
    steps.append(step("layer.grad_w", batch=batch, inputs=inputs, outputs=outputs))
    symbols = [f"x{subscript(s + 1, 1)}·δ{subscript(s + 1, 1)}" for s in range(batch)]
    terms = [(float(x[s, 0]), float(delta[s, 0])) for s in range(batch)]
    shown = [terms[position] if position is not None else "…" for position in shown_positions(batch)]
    exact = _short(x[:, 0], delta[:, 0])
    steps.append(step("layer.trace" if exact else "layer.trace_approx", formula=" + ".join(_sum_symbols(symbols)),
                      terms=shown, value=float(result.grad_w[0, 0]), weight=subscript(1, 1), batch=batch))
    # ∂L/∂b = Σ δ over the samples
    symbols = [f"δ{subscript(s + 1, 1)}" for s in range(batch)]
    values = [float(delta[s, 0]) for s in range(batch)]
    shown = [values[position] if position is not None else "…" for position in shown_positions(batch)]
    exact = batch == 1 or _short(delta[:, 0])  # one term is its own sum
    steps.append(step("layer.grad_b" if exact else "layer.grad_b_approx", batch=batch, outputs=outputs,
                      formula=" + ".join(_sum_symbols(symbols)), terms=shown, value=float(result.grad_b[0])))
    # ∂L/∂X = δ·Wᵀ, with one entry: row 1 of δ against row 1 of W
    symbols = [f"δ{subscript(1, j + 1)}·w{subscript(1, j + 1)}" for j in range(outputs)]
    terms = [(float(delta[0, j]), float(w[0, j])) for j in range(outputs)]
    shown = [terms[position] if position is not None else "…" for position in shown_positions(outputs)]
    exact = _short(delta[0], w[0])
    steps.append(step("layer.grad_x" if exact else "layer.grad_x_approx", batch=batch, inputs=inputs,
                      outputs=outputs, formula=" + ".join(_sum_symbols(symbols)), terms=shown,
                      value=float(result.grad_x[0, 0]), entry=subscript(1, 1)))
    return steps
