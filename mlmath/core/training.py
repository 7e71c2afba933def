"""The whole learning loop: a multilayer perceptron trained by backpropagation, as PyTorch trains it in float64.

The model is ``nn.Sequential(nn.Linear, act, …, nn.Linear)`` written with rows as samples, as in
the notes and in :mod:`mlmath.core.layer`: layer l computes Z⁽ˡ⁾ = A⁽ˡ⁻¹⁾·W⁽ˡ⁾ + b⁽ˡ⁾ with W⁽ˡ⁾
in×out (``nn.Linear``'s weight transposed) and A⁽ˡ⁾ = act(Z⁽ˡ⁾) on every hidden layer; the last
layer's Z is the output (logits).  The task picks the output and the loss, as torch code does:

* two classes — one logit, p = σ(z), ``F.binary_cross_entropy_with_logits``;
* more classes — one logit per class, softmax inside ``F.cross_entropy``;
* regression — identity output, ``F.mse_loss``.

Backward, for a batch of n samples (:mod:`mlmath.core.layer` for one layer)::

    δ⁽ᴸ⁾ = ∂L/∂Z⁽ᴸ⁾                         (σ(Z) − Y)/n, (softmax(Z) − onehot)/n or 2(Z − Y)/(n·out)
    ∂L/∂W⁽ˡ⁾ = A⁽ˡ⁻¹⁾ᵀ·δ⁽ˡ⁾,  ∂L/∂b⁽ˡ⁾ = Σₛ δ⁽ˡ⁾
    δ⁽ˡ⁻¹⁾ = (δ⁽ˡ⁾·W⁽ˡ⁾ᵀ) ⊙ mask⁽ˡ⁻¹⁾ ⊙ act′(Z⁽ˡ⁻¹⁾)

Penalties on the weights (not the biases), as :mod:`mlmath.core.regularization` writes them: L1
λ·Σ|W| (gradient λ·sign W), L2 λ·ΣW² (gradient 2λ·W).  Dropout is inverted dropout on every
hidden layer's output in training (A ⊙ keep/(1 − p)), never at evaluation.  The optimizers are
:mod:`mlmath.core.optimizers`' (torch.optim's rules and defaults), stepped on all parameters at
once.  The arithmetic of a batch and of a step is :mod:`mlmath.core.network`; the optimizer there
applies each rule to one flat vector, in the same order of operations as the reference rule
written on floats (a test keeps the two equal).

Random numbers come from NumPy, never from torch: ``SeedSequence(seed).spawn(4)`` gives four
generators, in this order — the built-in data, the validation split (one permutation), the
initial weights (per layer W then b, uniform(−1/√in, 1/√in) as ``nn.Linear``) and training (per
epoch one permutation of the training rows when there are mini-batches, then per batch one
``random((rows, width))`` per hidden layer for the dropout masks, keep where it is < 1 − p).
A torch run given the same data, weights, batches and masks reaches the same parameters.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from mlmath.core import optimizers
from mlmath.core.network import BatchStep, FlatOptimizer, Network, Record, loss_and_gradient
from mlmath.core.notation import superscript
from mlmath.core.result import Result, Step, shortened, shown, step
from mlmath.errors import InputError, MathError
from mlmath.text import say

__all__ = ["train", "dataset", "read_table", "initial_parameters"]

DATASETS = ("xor", "moons", "circles", "spiral", "line")
ACTIVATIONS = ("relu", "tanh", "sigmoid", "leaky-relu", "gelu")
LOSSES = ("bce", "ce", "mse")
METRICS = ("loss", "accuracy")
OPTIMIZERS = optimizers.NAMES
DEFAULT_SAMPLES = {"xor": 4, "moons": 200, "circles": 200, "spiral": 300, "line": 100}
DEFAULT_NOISE = {"xor": 0.0, "moons": 0.1, "circles": 0.05, "spiral": 0.2, "line": 0.1}
DEFAULT_HIDDEN = 8
DEFAULT_EPOCHS = 500
DEFAULT_LR = 0.01
DEFAULT_OPTIMIZER = "adam"
DEFAULT_ACTIVATION = "relu"
MAX_SAMPLES = 1_000_000
MAX_EPOCHS = 1_000_000
MAX_PARAMETERS = 10_000_000
MAX_CLASSES = 100
MAX_TABLE_ROWS = 12  # the epoch table shows about this many rows unless told
SHOWN_ROWS = 4  # rows of a batch the worked tables keep
PLOTTED_POINTS = 400  # points of the training set drawn on the decision boundary
GRID_COLUMNS, GRID_ROWS = 120, 36  # the decision boundary's grid (cells of an 80-column plot)
CURVE_POINTS = 120  # regression: the fitted curve's points
BLOW_UP = 1e8  # a batch loss beyond this many times max(1, the first) is divergence

Progress = Callable[[int, int], None]


# --- data -----------------------------------------------------------------------------------


@dataclass
class Dataset:
    """Rows of features and their targets: class indices (``classes`` names them) or numbers (regression)."""

    name: str
    x: np.ndarray  # samples×features
    y: np.ndarray  # samples (class indices, int) or samples×outputs (regression, float)
    task: str  # "binary", "multiclass" or "regression"
    classes: list[str] = field(default_factory=list)
    features: list[str] = field(default_factory=list)
    target: str = "y"


def _streams(seed: int) -> list[np.random.Generator]:
    """Data, split, initial weights, training: four independent generators from one seed."""
    return [np.random.default_rng(child) for child in np.random.SeedSequence(seed).spawn(4)]


def initial_parameters(sizes: Sequence[int], seed: int = 0) -> list[dict[str, np.ndarray]]:
    """The weights ``train`` starts from for layer ``sizes`` and ``seed``: nn.Linear's, layer by layer."""
    net = Network(sizes)
    net.initialise(_streams(seed)[2])
    return net.parameters()


def _check_seed(seed: Any) -> int:
    if seed is None:
        return 0
    if int(seed) != seed or seed < 0:
        raise MathError(say("training.error.seed", seed=seed))
    return int(seed)


def dataset(name: str, *, samples: int | None = None, noise: float | None = None, seed: int = 0) -> Dataset:
    """A built-in data set drawn from ``seed``: xor, moons, circles, spiral (3 classes) or line (regression)."""
    key = name.strip().lower()
    if key not in DATASETS:
        raise InputError(say("training.error.dataset", name=name),
                         hint=say("training.error.dataset.hint", names=", ".join(DATASETS)))
    n = DEFAULT_SAMPLES[key] if samples is None else samples
    if int(n) != n or not 2 <= n <= MAX_SAMPLES:
        raise MathError(say("training.error.samples", most=MAX_SAMPLES, n=n))
    n = int(n)
    sigma = DEFAULT_NOISE[key] if noise is None else float(noise)
    if not (math.isfinite(sigma) and sigma >= 0):
        raise MathError(say("training.error.noise", noise=noise))
    rng = _streams(_check_seed(seed))[0]
    features = ["x₁", "x₂"]
    if key == "xor":
        # the truth table's corners (0,0)→0, (0,1)→1, (1,0)→1, (1,1)→0, repeated, plus noise
        corners = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
        index = np.arange(n) % 4
        x = corners[index] + sigma * rng.standard_normal((n, 2))
        y = np.array([0, 1, 1, 0])[index]
        return Dataset("xor", x, y, "binary", ["0", "1"], features)
    if key == "moons":
        outer = n // 2
        inner = n - outer
        t_out = np.linspace(0.0, math.pi, outer)
        t_in = np.linspace(0.0, math.pi, inner)
        x = np.concatenate([np.stack([np.cos(t_out), np.sin(t_out)], axis=1),
                            np.stack([1.0 - np.cos(t_in), 0.5 - np.sin(t_in)], axis=1)])
        x = x + sigma * rng.standard_normal((n, 2))
        y = np.concatenate([np.zeros(outer, dtype=int), np.ones(inner, dtype=int)])
        return Dataset("moons", x, y, "binary", ["0", "1"], features)
    if key == "circles":
        outer = n // 2
        inner = n - outer
        t_out = np.linspace(0.0, 2 * math.pi, outer, endpoint=False)
        t_in = np.linspace(0.0, 2 * math.pi, inner, endpoint=False)
        x = np.concatenate([np.stack([np.cos(t_out), np.sin(t_out)], axis=1),
                            0.5 * np.stack([np.cos(t_in), np.sin(t_in)], axis=1)])
        x = x + sigma * rng.standard_normal((n, 2))
        y = np.concatenate([np.zeros(outer, dtype=int), np.ones(inner, dtype=int)])
        return Dataset("circles", x, y, "binary", ["0", "1"], features)
    if key == "spiral":
        # three arms: radius r from 0 to 1, angle 4k … 4(k + 1) plus noise on the angle
        sizes = [n // 3 + (1 if k < n % 3 else 0) for k in range(3)]
        parts, labels = [], []
        for k, size in enumerate(sizes):
            r = np.linspace(0.0, 1.0, size)
            t = np.linspace(4.0 * k, 4.0 * (k + 1), size) + sigma * rng.standard_normal(size)
            parts.append(np.stack([r * np.sin(t), r * np.cos(t)], axis=1))
            labels.append(np.full(size, k))
        return Dataset("spiral", np.concatenate(parts), np.concatenate(labels), "multiclass", ["0", "1", "2"],
                       features)
    # line: y = 2x − 1 plus noise, x uniform in [−1, 1]
    x = rng.uniform(-1.0, 1.0, size=(n, 1))
    y = 2.0 * x - 1.0 + sigma * rng.standard_normal((n, 1))
    return Dataset("line", x, y, "regression", [], ["x"], "y")


def read_table(path: str, target: str, *, regression: bool = False) -> Dataset:
    """Rows of a CSV file: numeric features and the column ``target`` (class names or integers, or
    numbers for a regression).  A first row that is not all numbers is the header."""
    import csv
    from pathlib import Path

    file = Path(path)
    if not file.is_file():
        raise InputError(say("training.error.file.folder" if file.is_dir() else "training.error.file.missing",
                             path=path))
    try:
        with file.open(newline="", encoding="utf-8-sig") as stream:
            sample = stream.read(4096)
            stream.seek(0)
            delimiter = "\t" if "\t" in sample and "," not in sample else ("," if "," in sample else None)
            if delimiter is None:
                rows = [line.split() for line in stream if line.strip()]
            else:
                rows = [row for row in csv.reader(stream, delimiter=delimiter) if any(cell.strip() for cell in row)]
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise InputError(say("training.error.csv.unreadable", path=path, error=error)) from None
    if not rows:
        raise InputError(say("training.error.csv.empty", path=path))
    width = len(rows[0])
    if width < 2:
        raise InputError(say("training.error.csv.one_column", path=path),
                         hint=say("training.error.csv.one_column.hint"))
    header = not all(_is_number(cell) for cell in rows[0])
    names = [cell.strip() for cell in rows[0]] if header else [str(k + 1) for k in range(width)]
    body = rows[1:] if header else rows
    column = _column(names, target, header, path)
    for number, row in enumerate(body, start=2 if header else 1):
        if len(row) != width:
            raise InputError(say("training.error.csv.ragged", row=number, path=path, cells=len(row), width=width),
                             hint=say("training.error.csv.ragged.hint"))
    if len(body) < 2:
        raise InputError(say("training.error.csv.rows.one" if len(body) == 1 else "training.error.csv.rows.many",
                             path=path, count=len(body)), hint=say("training.error.csv.rows.hint"))
    feature_columns = [k for k in range(width) if k != column]
    x = np.empty((len(body), len(feature_columns)))
    for r, row in enumerate(body):
        for c, k in enumerate(feature_columns):
            cell = row[k].strip()
            try:
                value = float(cell)
            except ValueError:
                value = math.nan
            if not math.isfinite(value):
                raise InputError(say("training.error.csv.feature", name=names[k], row=r + (2 if header else 1),
                                     path=path, cell=cell[:20]), hint=say("training.error.csv.feature.hint"))
            x[r, c] = value
    raw = [row[column].strip() for row in body]
    features = [names[k] for k in feature_columns]
    if regression:
        try:
            values = np.array([float(cell) for cell in raw]).reshape(-1, 1)
        except ValueError:
            raise InputError(say("training.error.target.text", name=names[column]),
                             hint=say("training.error.target.text.hint")) from None
        return Dataset(file.name, x, values, "regression", [], features, names[column])
    if all(_is_number(cell) for cell in raw):
        values = [float(cell) for cell in raw]
        if not all(value == int(value) for value in values):
            return Dataset(file.name, x, np.array(values).reshape(-1, 1), "regression", [], features, names[column])
        labels = sorted({int(value) for value in values})
        names_of = [str(label) for label in labels]
        index = {label: k for k, label in enumerate(labels)}
        y = np.array([index[int(value)] for value in values])
    else:
        names_of = sorted(set(raw))
        index = {label: k for k, label in enumerate(names_of)}
        y = np.array([index[cell] for cell in raw])
    if len(names_of) < 2:
        raise InputError(say("training.error.target.one_class", name=names[column], label=names_of[0]),
                         hint=say("training.error.target.one_class.hint"))
    if len(names_of) > MAX_CLASSES:
        raise InputError(say("training.error.target.classes", name=names[column], count=len(names_of),
                         most=MAX_CLASSES),
                         hint=say("training.error.target.classes.hint"))
    return Dataset(file.name, x, y, "binary" if len(names_of) == 2 else "multiclass", names_of, features,
                   names[column])


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def _column(names: list[str], target: str, header: bool, path: str) -> int:
    wanted = target.strip()
    if wanted in names:
        return names.index(wanted)
    if wanted.lstrip("-").isdigit():
        k = int(wanted)
        if 1 <= k <= len(names):
            return k - 1
        if k == -1:
            return len(names) - 1
    hint = say("training.error.target.column.names", names=", ".join(names)) if header else \
        say("training.error.target.column.numbers", count=len(names))
    raise InputError(say("training.error.target.column", target=target, path=path), hint=hint)


# --- activations and losses, fast kernels -----------------------------------------------------------


def _targets(kind: str, data_y: np.ndarray, outputs: int) -> np.ndarray:
    """The targets as the loss reads them: bce a column of 0/1, ce class indices, mse numbers."""
    if kind == "bce":
        return data_y.astype(float).reshape(-1, 1)
    if kind == "ce":
        return data_y.astype(int)
    if data_y.ndim == 1:  # class indices fitted as numbers: one-hot rows when there are several outputs
        return np.eye(outputs)[data_y] if outputs > 1 else data_y.astype(float).reshape(-1, 1)
    return data_y


def _correct(task: str, z: np.ndarray, y: np.ndarray) -> int:
    """Right answers of a batch: the sign of the logit (bce targets 0/1) or the largest logit (class indices)."""
    if task == "binary":
        return int(np.count_nonzero((z[:, 0] > 0) == (y[:, 0] > 0.5)))
    return int(np.count_nonzero(z.argmax(axis=1) == y))


def _accuracy(task: str, z: np.ndarray, y: np.ndarray) -> float | None:
    if task == "binary":
        return float(np.mean((z[:, 0] > 0) == (y == 1)))
    if task == "multiclass":
        return float(np.mean(z.argmax(axis=1) == y))
    return None


# --- the result -----------------------------------------------------------------------------


@dataclass
class TrainResult(Result):
    """``result`` = the final training loss (or accuracy, with ``metric``), in evaluation, of the kept weights."""

    metric: str = "loss"
    metrics: dict[str, float | None] = field(default_factory=dict)
    parameters: list[dict[str, Any]] = field(default_factory=list)  # [{"W": in×out, "b": out}, …]
    layers: list[int] = field(default_factory=list)
    activation: str = DEFAULT_ACTIVATION
    output: str = "sigmoid"  # sigmoid, softmax or identity
    loss: str = "bce"
    task: str = "binary"
    data: dict[str, Any] = field(default_factory=dict)  # name, samples, train, val, features, classes
    optimizer: dict[str, Any] = field(default_factory=dict)
    epochs: int = 0  # asked for
    epochs_run: int = 0
    batch_size: int = 0
    batches: int = 1  # per epoch
    l1: float = 0.0
    l2: float = 0.0
    dropout: float = 0.0
    patience: int | None = None
    best_epoch: int | None = None  # early stopping: the epoch whose weights were kept
    stopped_early: bool = False
    seed: int = 0
    explained_epoch: int = 1
    history: dict[str, Any] = field(default_factory=dict)  # train_loss and val_loss per epoch
    table: list[dict[str, Any]] = field(default_factory=list)  # every k-th epoch with accuracies
    every: int = 1
    worked: Any = shown()  # _Worked: small views of the explained batch
    points: Any = shown()  # (x, class or y) of up to PLOTTED_POINTS training rows
    boundary: Any = shown()  # (xs, ys, class grid) for two features, or (xs, curve) for one
    feature_names: list[str] = shown(default_factory=list)


def _every(epochs: int, rows: int = MAX_TABLE_ROWS - 2) -> int:
    """A round step (1, 2, 5, 10, 20, 50 …) that gives about ``rows`` rows."""
    raw = max(1, epochs / rows)
    scale = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * scale >= raw:
            return int(factor * scale)
    return int(10 * scale)


# --- the loop -------------------------------------------------------------------------------


def _task_and_loss(data: Dataset, loss: str | None) -> tuple[str, str]:
    if loss is None:
        return data.task, {"binary": "bce", "multiclass": "ce", "regression": "mse"}[data.task]
    kind = loss.strip().lower()
    kind = {"l2": "mse", "cross-entropy": "ce", "binary-cross-entropy": "bce"}.get(kind, kind)
    if kind not in LOSSES:
        raise InputError(say("training.error.loss", loss=loss), hint=say("training.error.loss.hint"))
    if data.task == "regression" and kind != "mse":
        raise MathError(say("training.error.loss.classes", kind=kind), hint=say("training.error.loss.classes.hint"))
    if kind == "bce" and data.task == "multiclass":
        raise MathError(say("training.error.loss.bce", count=len(data.classes)),
                        hint=say("training.error.loss.bce.hint"))
    return data.task, kind


def _sizes(layers: Sequence[int] | None, data: Dataset, kind: str) -> list[int]:
    features = data.x.shape[1]
    outputs = 1 if kind == "bce" else (len(data.classes) if kind == "ce" else
                                       (data.y.shape[1] if data.y.ndim == 2 else
                                        (len(data.classes) if len(data.classes) > 2 else 1)))
    if layers is None:
        return [features, DEFAULT_HIDDEN, outputs]
    sizes = list(layers)
    if len(sizes) < 2:
        raise MathError(say("training.error.layers.count", count=len(sizes)),
                        hint=say("training.error.layers.hint", layers=f"{features},{DEFAULT_HIDDEN},{outputs}"))
    for size in sizes:
        if int(size) != size or size < 1:
            raise MathError(say("training.error.layers.size", size=size))
    sizes = [int(size) for size in sizes]
    middle = ",".join(str(size) for size in sizes[1:-1]) or str(DEFAULT_HIDDEN)
    if sizes[0] != features:
        key = "training.error.layers.inputs.one" if features == 1 else "training.error.layers.inputs.many"
        raise MathError(say(key, inputs=sizes[0], features=features),
                        hint=say("training.error.layers.hint", layers=f"{features},{middle},{outputs}"))
    if sizes[-1] != outputs:
        what = {"bce": say("training.error.layers.what.bce"),
                "ce": say("training.error.layers.what.ce", outputs=outputs),
                "mse": say("training.error.layers.what.mse.one" if outputs == 1 else
                           "training.error.layers.what.mse.many", outputs=outputs)}[kind]
        raise MathError(say("training.error.layers.outputs", outputs=sizes[-1], kind=kind, needed=outputs, what=what),
                        hint=say("training.error.layers.hint", layers=f"{features},{middle},{outputs}"))
    count = sum(a * b + b for a, b in zip(sizes, sizes[1:]))
    if count > MAX_PARAMETERS:
        raise MathError(say("training.error.parameters", count=count, most=MAX_PARAMETERS))
    return sizes


def _split(data: Dataset, val: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    n = data.x.shape[0]
    if not (math.isfinite(val) and 0.0 <= val < 1.0):
        raise MathError(say("training.error.val", val=val), hint=say("training.error.val.hint"))
    held = int(round(val * n))
    if val > 0 and held == 0:
        held = 1
    if held >= n:
        raise MathError(say("training.error.val.all", held=held, n=n), hint=say("training.error.val.all.hint"))
    if held == 0:
        return np.arange(n), np.arange(0)
    order = rng.permutation(n)
    return np.sort(order[held:]), np.sort(order[:held])


def _number(value: Any, name: str, low: float = 0.0, below: float | None = None) -> float:
    number = float(value)
    if not math.isfinite(number) or number < low or (below is not None and number >= below):
        if below is not None:
            raise MathError(say("training.error.number.range", name=name, low=low, below=below, value=value))
        raise MathError(say("training.error.number.at_least", name=name, low=low, value=value))
    return number


def train(
    data: str | Dataset = "xor",
    *,
    samples: int | None = None,
    noise: float | None = None,
    layers: Sequence[int] | None = None,
    activation: str = DEFAULT_ACTIVATION,
    loss: str | None = None,
    optimizer: str = DEFAULT_OPTIMIZER,
    lr: float | None = None,
    hyper: dict[str, Any] | None = None,
    epochs: int = DEFAULT_EPOCHS,
    batch_size: int | None = None,
    l1: float = 0.0,
    l2: float = 0.0,
    dropout: float = 0.0,
    patience: int | None = None,
    val: float = 0.0,
    seed: int = 0,
    explain_epoch: int | None = None,
    every: int | None = None,
    metric: str = "loss",
    progress: Progress | None = None,
) -> TrainResult:
    """Train a multilayer perceptron on ``data`` (a built-in name or a :class:`Dataset`); the first batch of
    epoch ``explain_epoch`` is worked in full in the steps.

    ``hyper`` holds the optimizer's other hyper-parameters (momentum, weight_decay, beta1 …) as
    :func:`mlmath.core.optimizers.settings` takes them.
    """
    seed = _check_seed(seed)
    key = activation.strip().lower().replace("_", "-")
    if key not in ACTIVATIONS:
        raise InputError(say("training.error.activation", activation=activation),
                         hint=say("training.error.use", names=", ".join(ACTIVATIONS)))
    activation = key
    if metric not in METRICS:
        raise InputError(say("training.error.metric", metric=metric), hint=say("training.error.metric.hint"))
    if isinstance(data, str):
        data = dataset(data, samples=samples, noise=noise, seed=seed)
    elif samples is not None or noise is not None:
        raise MathError(say("training.error.samples_builtin"))
    task, kind = _task_and_loss(data, loss)
    if metric == "accuracy" and kind == "mse":
        raise MathError(say("training.error.accuracy"), hint=say("training.error.accuracy.hint"))
    sizes = _sizes(layers, data, kind)
    if int(epochs) != epochs or not 1 <= epochs <= MAX_EPOCHS:
        raise MathError(say("training.error.epochs", most=MAX_EPOCHS, epochs=epochs))
    epochs = int(epochs)
    l1, l2 = _number(l1, "l1"), _number(l2, "l2")
    dropout = _number(dropout, "dropout", 0.0, 1.0)
    if dropout and len(sizes) < 3:
        raise MathError(say("training.error.dropout"),
                        hint=say("training.error.dropout.hint", layers=f"{sizes[0]},8,{sizes[-1]}"))
    config = optimizers.settings(optimizer, lr=DEFAULT_LR if lr is None else lr, **(hyper or {}))
    if optimizers.SPECS[config["name"]].rule == "lbfgs":
        raise MathError(say("training.error.lbfgs"), hint=say("training.error.lbfgs.hint"))
    if config["lr"] <= 0:
        raise MathError(say("training.error.lr", lr=config["lr"]), hint=say("training.error.lr.hint"))

    streams = _streams(seed)
    train_rows, val_rows = _split(data, float(val), streams[1])
    if patience is not None:
        if int(patience) != patience or patience < 1:
            raise MathError(say("training.error.patience", patience=patience))
        if not len(val_rows):
            raise MathError(say("training.error.patience.val"), hint=say("training.error.patience.val.hint"))
        patience = int(patience)
    n = len(train_rows)
    size = n if batch_size is None else batch_size
    if int(size) != size or size < 1:
        raise MathError(say("training.error.batch_size", batch_size=batch_size),
                        hint=say("training.error.batch_size.hint"))
    size = min(int(size), n)
    batches = math.ceil(n / size)
    explain_epoch = 1 if explain_epoch is None else explain_epoch
    if int(explain_epoch) != explain_epoch or not 1 <= explain_epoch <= epochs:
        raise MathError(say("training.error.explain_epoch", epochs=epochs, explain_epoch=explain_epoch))
    explain_epoch = int(explain_epoch)
    every = _every(epochs) if every is None else int(every)
    if every < 1:
        raise MathError(say("training.error.every", every=every))

    x_train, x_val = np.ascontiguousarray(data.x[train_rows], dtype=float), data.x[val_rows]
    y_all = _targets(kind, data.y, sizes[-1])
    y_train, y_val = y_all[train_rows], y_all[val_rows]
    class_train = data.y[train_rows] if task != "regression" else None
    class_val = data.y[val_rows] if task != "regression" else None

    net = Network(sizes)
    net.initialise(streams[2])
    rng = streams[3]
    flat = FlatOptimizer(config, net.theta, net.grad)
    batch_step = BatchStep(net, kind, activation, dropout, rng, l1, l2,
                           data=(x_train, y_train) if batches == 1 else None)
    theta = net.theta
    has_val = len(val_rows) > 0
    train_losses = np.empty(epochs)
    val_losses = np.empty(epochs) if has_val else None
    table: list[dict[str, Any]] = [_row(net, 0, None, None, activation, kind, task, x_train, y_train,
                                         class_train, x_val, y_val, class_val)]
    counted = np.zeros(epochs + 1)  # right answers of the training batches, in the epochs the table shows
    best = (math.inf, 0, None)  # val loss, epoch, θ
    record: Record | None = None
    blow_up = math.inf  # BLOW_UP × max(1, |the first batch loss|)
    stopped = False
    chunk = max(1, epochs // 200)
    starts = range(0, n, size)
    epoch = 0
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        for epoch in range(1, epochs + 1):
            if batches > 1:
                order = rng.permutation(n)
                xs, ys = x_train[order], y_train[order]
            else:
                xs, ys = x_train, y_train
            total = 0.0
            counting = task != "regression" and (epoch % every == 0 or epoch == epochs or patience is not None)
            for start in starts:
                bx, by = (xs, ys) if batches == 1 else (xs[start:start + size], ys[start:start + size])
                keep = None
                if start == 0 and epoch == explain_epoch:
                    keep = Record(bx, by, [w.copy() for w in net.w], [b.copy() for b in net.b])
                batch_loss = batch_step(bx, by, keep)
                if not math.isfinite(batch_loss) or abs(batch_loss) > blow_up:
                    _diverged(epoch, start // size, batches, batch_loss, config["lr"])
                if blow_up == math.inf:
                    blow_up = BLOW_UP * max(1.0, abs(batch_loss))
                if keep is not None:
                    keep.optimizer = flat.reference(net.offsets[0])
                    record = keep
                if counting:
                    counted[epoch] += _correct(task, batch_step.output, by)
                flat.step()
                total += batch_loss * bx.shape[0]
            train_losses[epoch - 1] = total / n
            if has_val:
                value = loss_and_gradient(kind, net.predict(x_val, activation), y_val)[0]
                val_losses[epoch - 1] = value
                if value < best[0]:
                    best = (value, epoch, theta.copy())
            if not math.isfinite(theta[-1]):
                _diverged(epoch, batches - 1, batches, math.inf, config["lr"])
            if epoch % every == 0 or epoch == epochs:
                table.append(_row(net, epoch, train_losses[epoch - 1], counted[epoch] / n, activation, kind, task,
                                  x_train, y_train, class_train, x_val, y_val, class_val))
            if progress is not None and epoch % chunk == 0:
                progress(epoch, epochs)
            if patience is not None and epoch - best[1] >= patience:
                stopped = True
                break
    if not np.isfinite(net.theta).all():
        _diverged(epoch, batches - 1, batches, math.inf, config["lr"])
    epochs_run = epoch
    if table[-1]["epoch"] != epochs_run:
        table.append(_row(net, epochs_run, train_losses[epochs_run - 1], counted[epochs_run] / n, activation, kind,
                          task, x_train, y_train, class_train, x_val, y_val, class_val))
    best_epoch = None
    if patience is not None and best[2] is not None:
        best_epoch = best[1]
        net.theta[:] = best[2]
    if progress is not None:
        progress(epochs, epochs)

    metrics = _metrics(net, activation, kind, task, x_train, y_train, class_train, x_val, y_val, class_val)
    headline = metrics["train_accuracy"] if metric == "accuracy" else metrics["train_loss"]
    settings = dict(config)
    settings["torch"] = optimizers.torch_call(config)
    output = {"bce": "sigmoid", "ce": "softmax", "mse": "identity"}[kind]
    result = TrainResult(
        result=headline, metric=metric, metrics=metrics, parameters=net.parameters(), layers=sizes,
        activation=activation, output=output, loss=kind, task=task,
        data={"name": data.name, "samples": int(data.x.shape[0]), "train": n, "val": int(len(val_rows)),
              "features": list(data.features), "target": data.target, "classes": list(data.classes)},
        optimizer=settings, epochs=epochs, epochs_run=epochs_run, batch_size=size, batches=batches, l1=l1, l2=l2,
        dropout=dropout, patience=patience, best_epoch=best_epoch, stopped_early=stopped, seed=seed,
        explained_epoch=explain_epoch,
        history={"train_loss": train_losses[:epochs_run], "val_loss": None if val_losses is None
                 else val_losses[:epochs_run]},
        table=table, every=every, feature_names=list(data.features))
    result.points = _points(x_train, class_train if task != "regression" else y_train)
    result.boundary = _boundary(net, activation, task, data.x)
    result.worked = _worked(record, kind)
    if result.worked is not None:
        result.worked.epoch = explain_epoch
    result.steps = _steps(record, result, val_losses is not None)
    return result


def _diverged(epoch: int, index: int, batches: int, value: float, lr: float) -> None:
    where = say("training.error.where.batch", epoch=epoch, batch=index + 1) if batches > 1 else \
        say("training.error.where.epoch", epoch=epoch)
    if math.isnan(value):
        problem = say("training.error.diverged.nan", where=where)
    elif math.isinf(value):
        problem = say("training.error.diverged.inf", where=where)
    else:
        problem = say("training.error.diverged", where=where, value=value)
    raise MathError(problem, hint=say("training.error.diverged.hint", lr=lr, smaller=lr / 10))


def _row(net, epoch, train_loss, train_accuracy, activation, kind, task, x_train, y_train, class_train, x_val,
         y_val, class_val) -> dict[str, Any]:
    """One row of the epoch table: the training loss and accuracy over the epoch's batches as they were
    trained, the validation loss and accuracy after the epoch (epoch 0: before any update, in evaluation)."""
    row: dict[str, Any] = {"epoch": epoch}
    if train_loss is None:
        z = net.predict(x_train, activation)
        row["train_loss"] = loss_and_gradient(kind, z, y_train)[0]
        row["train_accuracy"] = _accuracy(task, z, class_train) if task != "regression" else None
    else:
        row["train_loss"] = float(train_loss)
        row["train_accuracy"] = float(train_accuracy) if task != "regression" else None
    if len(x_val):
        zv = net.predict(x_val, activation)
        row["val_loss"] = loss_and_gradient(kind, zv, y_val)[0]
        row["val_accuracy"] = _accuracy(task, zv, class_val) if task != "regression" else None
    return row


def _metrics(net, activation, kind, task, x_train, y_train, class_train, x_val, y_val, class_val) -> dict:
    z = net.predict(x_train, activation)
    metrics = {"train_loss": loss_and_gradient(kind, z, y_train)[0],
               "train_accuracy": _accuracy(task, z, class_train) if task != "regression" else None,
               "val_loss": None, "val_accuracy": None}
    if len(x_val):
        zv = net.predict(x_val, activation)
        metrics["val_loss"] = loss_and_gradient(kind, zv, y_val)[0]
        metrics["val_accuracy"] = _accuracy(task, zv, class_val) if task != "regression" else None
    return metrics


def _points(x: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    if x.shape[1] > 2:
        return None
    step_ = max(1, math.ceil(len(x) / PLOTTED_POINTS))
    return x[::step_], labels[::step_]


def _boundary(net: Network, activation: str, task: str, x: np.ndarray):
    """Two features and classes: the predicted class on a grid over the data; one feature: the fitted curve."""
    if x.shape[1] == 2 and task != "regression":
        low, high = x.min(axis=0), x.max(axis=0)
        margin = 0.1 * np.maximum(high - low, 1e-9)
        xs = np.linspace(low[0] - margin[0], high[0] + margin[0], GRID_COLUMNS)
        ys = np.linspace(low[1] - margin[1], high[1] + margin[1], GRID_ROWS)
        gx, gy = np.meshgrid(xs, ys)
        z = net.predict(np.stack([gx.ravel(), gy.ravel()], axis=1), activation)
        classes = (z[:, 0] > 0).astype(int) if task == "binary" else z.argmax(axis=1)
        return xs, ys, classes.reshape(GRID_ROWS, GRID_COLUMNS)
    if x.shape[1] == 1:
        xs = np.linspace(float(x.min()), float(x.max()), CURVE_POINTS)
        z = net.predict(xs.reshape(-1, 1), activation)
        return xs, (z[:, 0] if task == "regression" else z[:, 0])
    return None


def check_save_path(path: str):
    """The file parameters will be saved to: an .npz name in a folder that exists."""
    from pathlib import Path

    file = Path(path)
    if file.suffix.lower() != ".npz":
        raise InputError(say("training.error.save.suffix", path=path), hint=say("training.error.save.suffix.hint"))
    if not file.parent.is_dir():
        raise InputError(say("training.error.save.no_folder", folder=str(file.parent)))
    if file.is_dir():
        raise InputError(say("training.error.save.folder", path=path), hint=say("training.error.save.folder.hint"))
    return file


def save_parameters(parameters: list[dict[str, Any]], path: str) -> None:
    """W1, b1, W2, b2, … into an .npz file (``numpy.savez``; W in×out, as ``layer`` reads it)."""
    file = check_save_path(path)
    arrays = {}
    for index, layer in enumerate(parameters, start=1):
        arrays[f"W{index}"] = np.asarray(layer["W"], dtype=float)
        arrays[f"b{index}"] = np.asarray(layer["b"], dtype=float)
    try:
        np.savez(file, **arrays)
    except OSError as error:
        raise InputError(say("training.error.save.cannot_write", path=path, reason=error.strerror)) from None


def layer_from_npz(path: str, index: int) -> tuple[np.ndarray, np.ndarray]:
    """Layer ``index`` (from 1) of a file saved by :func:`save_parameters`: its arrays W{index} and b{index}."""
    from pathlib import Path

    if int(index) != index or index < 1:
        raise InputError(say("training.error.npz.index", index=index))
    file = Path(path)
    if not file.is_file():
        raise InputError(say("training.error.file.folder" if file.is_dir() else "training.error.file.missing",
                             path=path))
    wanted = [f"W{index}", f"b{index}"]
    try:
        with np.load(file, allow_pickle=False) as archive:
            names = list(archive.files)
            if not all(name in names for name in wanted):
                count = sum(1 for name in names if name.startswith("W") and name[1:].isdigit())
                hint = (say("training.error.npz.layers.one" if count == 1 else "training.error.npz.layers.many",
                             count=count) if count else
                         say("training.error.npz.holds", names=", ".join(names)) if names else
                         say("training.error.npz.nothing"))
                raise InputError(say("training.error.npz.no_layer", path=path, index=index, w=wanted[0], b=wanted[1]),
                                 hint=hint)
            arrays = [archive[name] for name in wanted]
    except InputError:
        raise
    except ValueError as error:
        if "pickle" in str(error).lower():
            raise InputError(say("training.error.npz.pickle", path=path)) from None
        raise InputError(say("training.error.npz.unreadable_colon", path=path, error=error)) from None
    except Exception as error:  # noqa: BLE001 - a damaged archive is the user's file, not a bug
        raise InputError(say("training.error.npz.unreadable", path=path, error=error)) from None
    for name, array in zip(wanted, arrays):
        if array.dtype.kind not in "iuf" or array.size == 0 or array.ndim > 2:
            raise InputError(say("training.error.npz.not_matrix" if name[0] == "W" else "training.error.npz.not_vector",
                                 name=name, path=path))
        if not np.isfinite(array).all():
            raise InputError(say("training.error.npz.nan", name=name, path=path))
    w, b = arrays
    return w.astype(float).reshape(w.shape[0], -1), b.astype(float).reshape(-1)


# --- the worked batch and the steps ---------------------------------------------------------

def sup(layer: int) -> str:
    """⁽¹⁾, ⁽²⁾ …: which layer a quantity belongs to."""
    return "⁽" + superscript(layer) + "⁾"


@dataclass
class Worked:
    """Small views of the explained batch (its first rows): per layer W, b, Z, A, δ and the gradients."""

    epoch: int
    rows: int  # the batch's samples
    x: np.ndarray
    w: list[np.ndarray]
    b: list[np.ndarray]
    z: list[np.ndarray]
    a: list[np.ndarray]  # hidden: act(Z) before dropout; output: p = σ(Z), softmax(Z) or Z itself
    delta: list[np.ndarray]
    grad_w: list[np.ndarray]
    grad_b: list[np.ndarray]
    loss: float


def _output_probabilities(kind: str, z: np.ndarray) -> np.ndarray:
    from mlmath.core.activations import sigmoid

    if kind == "bce":
        return sigmoid(z)
    if kind == "ce":
        e = np.exp(z - z.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)
    return z


def _worked(record: Record | None, kind: str) -> Worked | None:
    if record is None:
        return None
    rows = slice(0, SHOWN_ROWS)
    output = record.z[-1][rows]
    return Worked(epoch=0, rows=record.x.shape[0], x=record.x[rows], w=record.w, b=record.b,
                  z=[z[rows] for z in record.z], a=[a[rows] for a in record.a] + [_output_probabilities(kind, output)],
                  delta=[d[rows] for d in record.delta], grad_w=record.grad_w, grad_b=record.grad_b, loss=record.loss)


def _pairs(left: np.ndarray, right: np.ndarray) -> list[Any]:
    """Products a·b of two columns, as a sentence lists them (the first six, …, the last two)."""
    return shortened([(float(a), float(b)) for a, b in zip(left, right)])


def _values(column: np.ndarray) -> list[Any]:
    return shortened([float(value) for value in column])


def _steps(record: Record | None, result: TrainResult, has_val: bool) -> list[Step]:
    data, sizes = result.data, result.layers
    out: list[Step] = []
    if result.task == "regression":
        out.append(step("training.data.regression", name=data["name"], samples=data["samples"],
                        features=len(data["features"]), train=data["train"], val=data["val"]))
    else:
        out.append(step("training.data.classes", name=data["name"], samples=data["samples"],
                        features=len(data["features"]), classes=len(data["classes"]),
                        names=", ".join(data["classes"]), train=data["train"], val=data["val"]))
    layers = [step("training.model.layer", index=k, layer=sup(k), inputs=a, outputs=b, bound=1 / math.sqrt(a))
              for k, (a, b) in enumerate(zip(sizes, sizes[1:]), start=1)]
    count = sum(a * b + b for a, b in zip(sizes, sizes[1:]))
    key = "training.model" if len(sizes) > 2 else "training.model.single"
    out.append(step(key, *layers, layers="→".join(map(str, sizes)), count=count, activation=result.activation,
                    seed=result.seed))
    out.append(step({"bce": "training.output.bce", "ce": "training.output.ce", "mse": "training.output.mse"}[
        result.loss], classes=len(data["classes"]), outputs=sizes[-1]))
    from mlmath.core.gradient_descent import _rule_step

    config = {key: value for key, value in result.optimizer.items() if key != "torch"}
    try:
        out.append(_rule_step(config))
    except (KeyError, ValueError):  # a rule optimize has no sentence for yet
        out.append(step("training.rule", name=config["name"], torch=result.optimizer["torch"]))
    if result.batches > 1:
        last = data["train"] - (result.batches - 1) * result.batch_size
        out.append(step("training.batches" if last == result.batch_size else "training.batches_last",
                        size=result.batch_size, batches=result.batches, train=data["train"], last=last))
    else:
        out.append(step("training.full_batch", train=data["train"]))
    if result.l1:
        out.append(step("training.penalty.l1", lam=result.l1))
    if result.l2:
        out.append(step("training.penalty.l2", lam=result.l2))
    if result.dropout:
        out.append(step("training.dropout", p=result.dropout, scale=1 / (1 - result.dropout)))
    if record is not None:
        out.append(step("training.worked", *_worked_steps(record, result), epoch=result.explained_epoch,
                        rows=record.x.shape[0], batches=result.batches))
    history = result.history["train_loss"]
    out.append(step("training.epochs" if result.batches > 1 else "training.epochs_full", epochs=result.epochs_run,
                    batches=result.batches,
                    updates=result.epochs_run * result.batches, first=float(history[0]), last=float(history[-1])))
    val_losses = result.history["val_loss"]
    if result.patience is not None:
        if result.stopped_early:
            out.append(step("training.stopped", best=result.best_epoch, patience=result.patience,
                            stopped=result.epochs_run, value=float(val_losses[result.best_epoch - 1])))
        else:
            out.append(step("training.not_stopped", patience=result.patience, best=result.best_epoch,
                            value=float(val_losses[result.best_epoch - 1])))
    if has_val and len(val_losses) > 2:
        lowest = int(np.argmin(val_losses))
        if val_losses[-1] > 1.1 * val_losses[lowest] and lowest < len(val_losses) - 1:
            out.append(step("training.overfit", epoch=lowest + 1, best=float(val_losses[lowest]),
                            last=float(val_losses[-1]), epochs=len(val_losses)))
    m = result.metrics
    if result.task == "regression":
        out.append(step("training.final.regression_val" if has_val else "training.final.regression",
                        loss=m["train_loss"], val_loss=m["val_loss"]))
    else:
        out.append(step("training.final.classes_val" if has_val else "training.final.classes",
                        loss=m["train_loss"], accuracy=m["train_accuracy"], val_loss=m["val_loss"],
                        val_accuracy=m["val_accuracy"]))
    return out


def _worked_steps(r: Record, result: TrainResult) -> list[Step]:
    """Forward layer by layer, the loss, backward layer by layer, one weight through the chain rule, its update."""
    from mlmath.core.losses import loss as loss_of

    n = r.x.shape[0]
    depth = len(r.w)
    name = result.activation
    out: list[Step] = []
    # forward
    for k in range(1, depth + 1):
        ins, w, b, z = r.inputs[k - 1], r.w[k - 1], r.b[k - 1], r.z[k - 1]
        children = [step("training.forward.neuron", layer=sup(k), prev=sup(k - 1),
                         terms=[*_pairs(ins[0], w[:, 0]), float(b[0])], value=float(z[0, 0]))]
        if k < depth:
            a = r.a[k - 1]
            children.append(step("training.forward.act", layer=sup(k), name=name, z=float(z[0, 0]),
                                 value=float(a[0, 0])))
            mask = r.mask[k - 1]
            if mask is not None:
                dropped = int((mask == 0).sum())
                children.append(step("training.forward.dropout", layer=sup(k), dropped=dropped, count=mask.size,
                                     p=result.dropout, scale=1 / (1 - result.dropout),
                                     value=float(r.inputs[k][0, 0])))
        else:
            p = _output_probabilities(result.loss, z[:1])
            if result.loss == "bce":
                children.append(step("training.forward.sigmoid", layer=sup(k), z=float(z[0, 0]), value=float(p[0, 0])))
            elif result.loss == "ce":
                children.append(step("training.forward.softmax", layer=sup(k), values=[float(v) for v in p[0]]))
            else:
                children.append(step("training.forward.identity", layer=sup(k)))
        out.append(step("training.forward.layer" if k > 1 else "training.forward.first", *children, index=k,
                        layer=sup(k),
                        prev=sup(k - 1), batch=n, inputs=w.shape[0], outputs=w.shape[1]))
    # the loss, worked by the loss command's own core
    output = r.z[-1]
    if result.loss == "mse":
        worked = loss_of("mse", output, r.y)
    else:
        worked = loss_of(result.loss, output, r.y if result.loss == "bce" else r.y.astype(float), logits=True)
    out.append(step("training.loss", *worked.steps, value=r.loss, kind=result.loss, batch=n))
    penalty = 0.0
    if result.l1 or result.l2:
        from mlmath.core.regularization import penalty as penalty_of

        for w in r.w:
            if result.l1:
                penalty += penalty_of(w, "l1", result.l1)[0]
            if result.l2:
                penalty += penalty_of(w, "l2", result.l2)[0]
        out.append(step("training.loss.penalty", penalty=penalty, total=r.loss + penalty))
    # backward
    delta_out = r.delta[-1]
    if result.loss == "bce":
        p = float(_output_probabilities("bce", output[:1])[0, 0])
        first = step("training.backward.bce", p=p, y=float(r.y[0, 0]), n=n, value=float(delta_out[0, 0]),
                     layer=sup(depth))
    elif result.loss == "ce":
        p = float(_output_probabilities("ce", output[:1])[0, 0])
        first = step("training.backward.ce", p=p, y=1.0 if int(r.y[0]) == 0 else 0.0, n=n,
                     value=float(delta_out[0, 0]), layer=sup(depth))
    else:
        first = step("training.backward.mse", z=float(output[0, 0]), y=float(r.y[0, 0]), count=output.size,
                     value=float(delta_out[0, 0]), layer=sup(depth))
    out.append(first)
    for k in range(depth, 0, -1):
        ins, delta, w = r.inputs[k - 1], r.delta[k - 1], r.w[k - 1]
        data_gw = float(np.dot(ins[:, 0], delta[:, 0]))
        children = [step("training.backward.grad_w", layer=sup(k), prev=sup(k - 1),
                         terms=_pairs(ins[:, 0], delta[:, 0]),
                         value=data_gw),
                    step("training.backward.grad_b", layer=sup(k), terms=_values(delta[:, 0]),
                         value=float(r.grad_b[k - 1][0]))]
        total = float(r.grad_w[k - 1][0, 0])
        if result.l1:
            children.append(step("training.backward.l1", layer=sup(k), lam=result.l1, w=float(w[0, 0]),
                                 value=total))
        if result.l2:
            children.append(step("training.backward.l2", layer=sup(k), lam=result.l2, w=float(w[0, 0]),
                                 value=total))
        if k > 1:
            key = "training.backward.delta_dropout" if r.mask[k - 2] is not None else "training.backward.delta"
            children.append(step(key, layer=sup(k), prev=sup(k - 1), name=name, batch=n, inputs=w.shape[0],
                                 outputs=w.shape[1]))
        out.append(step("training.backward.layer", *children, index=k, layer=sup(k), prev=sup(k - 1), batch=n,
                        inputs=w.shape[0], outputs=w.shape[1]))
    out.append(_trace(r, result))
    out.append(_update(r, result))
    return out


def _trace(r: Record, result: TrainResult) -> Step:
    """∂L/∂w⁽¹⁾₁₁ through the chain rule, for sample 1, back from the output to the first layer."""
    depth = len(r.w)
    children = [step("training.trace.output", layer=sup(depth), value=float(r.delta[-1][0, 0]))]
    for k in range(depth - 1, 0, -1):  # hidden layer k, neuron 1, sample 1
        upstream = float(r.delta[k][0] @ r.w[k][0])
        children.append(step("training.trace.back", layer=sup(k), next=sup(k + 1),
                             terms=_pairs(r.delta[k][0], r.w[k][0]), value=upstream))
        mask = r.mask[k - 1]
        derivative = float(r.derivative[k - 1][0, 0])
        if mask is not None:
            children.append(step("training.trace.local_dropout", layer=sup(k), name=result.activation,
                                 product=(upstream, float(mask[0, 0]), derivative), value=float(r.delta[k - 1][0, 0])))
        else:
            children.append(step("training.trace.local", layer=sup(k), name=result.activation,
                                 product=(upstream, derivative), value=float(r.delta[k - 1][0, 0])))
    n = r.x.shape[0]
    children.append(step("training.trace.weight", x=float(r.x[0, 0]), delta=float(r.delta[0][0, 0]),
                         value=float(r.x[0, 0] * r.delta[0][0, 0]), batch=n,
                         total=float(np.dot(r.inputs[0][:, 0], r.delta[0][:, 0]))))
    path = " → ".join(["w⁽¹⁾₁₁", "z⁽¹⁾ₛ₁"] + (["a⁽¹⁾ₛ₁"] if depth > 1 else [])
                      + [f"Z{sup(k)}ₛ" for k in range(2, depth + 1)] + ["L"])
    return step("training.trace" if depth > 1 else "training.trace.single", *children, path=path)


def _update(r: Record, result: TrainResult) -> Step:
    """The update of w⁽¹⁾₁₁ by the optimizer's own rule (:mod:`mlmath.core.optimizers`), every quantity written."""
    from mlmath.core.gradient_descent import _quantity_steps

    config = {key: value for key, value in result.optimizer.items() if key != "torch"}
    reference = r.optimizer
    old = float(r.w[0][0, 0])
    gradient = float(r.grad_w[0][0, 0])
    point, trace = [old], {}
    reference.update(point, [gradient], trace)
    t = trace.get("t", 1) if "t" in trace else None
    try:
        quantities = _quantity_steps(config, trace, t or 1)[1:]
    except (KeyError, ValueError):  # a rule optimize has no sentences for yet: its step Δθ alone
        quantities = []
    children = [step("training.update.grad", value=gradient), *quantities,
                step("training.update.new", old=old, delta=float(trace["delta"][0]), value=point[0])]
    count = sum(a * b + b for a, b in zip(result.layers, result.layers[1:]))
    return step("training.update", *children, optimizer=config["name"], lr=config["lr"], count=count)
