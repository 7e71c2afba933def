"""Regularization: the L1 and L2 penalties on weights, and dropout.

L1 penalty λ·Σ|w|, gradient λ·sign(w) with sign(0) = 0 (as PyTorch's autograd).  L2 penalty λ·Σw²,
gradient 2λ·w; with the ½ convention ½λ·Σw², gradient λ·w — the gradient torch.optim adds for
``weight_decay=λ``.  The total loss is the data loss plus the penalty.  One step of size η on the
penalty alone: L2 multiplies every weight by 1 − 2ηλ (1 − ηλ with ½), L1 moves every weight ηλ
towards 0 and stops it there (soft-thresholding, the proximal step), so small weights become exactly 0.

Dropout in training (inverted dropout, as ``torch.nn.functional.dropout``): each entry is kept with
probability 1 − p, y = x·mask/(1 − p), so E[y] = x; in evaluation y = x.  The mask is drawn from
NumPy's generator with the given seed: it is random, and not the mask PyTorch would draw.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from mlmath.core.arrays import float_array, shape_text
from mlmath.core.result import Result, Step, shortened, step
from mlmath.errors import MathError
from mlmath.text import Sentence, say

__all__ = ["regularize", "dropout"]

KINDS = ("l1", "l2")
DEFAULT_LAMBDA = 0.01
DEFAULT_P = 0.5
DEFAULT_SEED = 0
MAX_WORKED_ENTRIES = 6  # dropout: entries written out one by one


@dataclass
class RegularizeResult(Result):
    """``result`` = the penalty, or data loss + penalty when the data loss is given."""

    kind: str = "l2"
    weights: Any = None
    lam: float = DEFAULT_LAMBDA  # λ
    half: bool = False  # L2 written ½λ·Σw²
    penalty: float = 0.0
    data_loss: Any = None
    total: Any = None  # data loss + penalty
    gradient: Any = None  # ∂ penalty / ∂ w
    lr: Any = None  # η of the step shown, if any
    stepped: Any = None  # the weights after one step of size η on the penalty alone
    comparison: Any = None  # with compare: one entry per kind {kind, penalty, total, gradient, stepped}


def _error(message: Sentence, operand: str, hint: Sentence | None = None) -> MathError:
    """A MathError naming the operand it is about (``lam``, ``p`` …), for the caller to place."""
    error = MathError(message, hint=hint)
    error.operand = operand
    return error


def penalty(weights: np.ndarray, kind: str, lam: float, half: bool = False) -> tuple[float, np.ndarray]:
    """(penalty, gradient) of λ·Σ|w| or λ·Σw² (½λ·Σw² with ``half``)."""
    if kind == "l1":
        return lam * float(np.abs(weights).sum()), lam * np.sign(weights)
    factor = 0.5 if half else 1.0
    return factor * lam * float(np.square(weights).sum()), 2 * factor * lam * weights


def penalty_step(weights: np.ndarray, kind: str, lam: float, lr: float, half: bool = False) -> np.ndarray:
    """One step of size η on the penalty alone: soft-thresholding for L1, shrinking for L2."""
    if kind == "l1":
        return np.sign(weights) * np.maximum(np.abs(weights) - lr * lam, 0.0)
    return weights * (1 - (1 if half else 2) * lr * lam)


def regularize(
    weights: Any,
    kind: str = "l2",
    *,
    lam: float = DEFAULT_LAMBDA,
    half: bool = False,
    data_loss: float | None = None,
    lr: float | None = None,
    compare: tuple[str, ...] = (),
) -> RegularizeResult:
    """The penalty of ``kind`` on the weights, its gradient, and what it does to each weight."""
    for name in (kind, *compare):
        if name not in KINDS:
            raise _error(say("regularization.error.kind", name=name), "kind" if name == kind else "compare",
                         hint=say("regularization.error.kind.hint"))
    w = float_array(weights, say("regularization.error.the_weights"))
    lam = float(lam)
    if not np.isfinite(lam) or lam < 0:
        raise _error(say("regularization.error.lambda", lam=lam), "lam", hint=say("regularization.error.lambda.hint"))
    if lr is not None and (not np.isfinite(lr) or lr <= 0):
        raise _error(say("regularization.error.lr", lr=lr), "lr", hint=say("regularization.error.lr.hint"))
    if data_loss is not None and not np.isfinite(data_loss):
        raise _error(say("regularization.error.data_loss"), "data_loss")
    with np.errstate(over="ignore", invalid="ignore"):
        value, gradient = penalty(w, kind, lam, half)
    if not np.isfinite(value):
        raise MathError(say("regularization.error.overflow"), hint=say("regularization.error.overflow.hint"))
    total = None if data_loss is None else float(data_loss) + value
    stepped = None if lr is None else penalty_step(w, kind, lam, lr, half)
    steps = _penalty_steps(w, kind, lam, half, value, gradient, data_loss, total, lr, stepped)

    comparison = None
    if compare:
        comparison = []
        for name in dict.fromkeys(compare):
            other_value, other_gradient = penalty(w, name, lam, half)
            comparison.append({
                "kind": name, "penalty": other_value,
                "total": None if data_loss is None else float(data_loss) + other_value,
                "gradient": other_gradient,
                "stepped": None if lr is None else penalty_step(w, name, lam, lr, half)})
            if name != kind:
                steps.append(step("regularization.compare",
                                  *_penalty_steps(w, name, lam, half, other_value, other_gradient, data_loss,
                                                  comparison[-1]["total"], lr, comparison[-1]["stepped"]),
                                  kind=name.upper()))
    steps.append(step("regularization.weight_decay"))
    return RegularizeResult(
        result=value if total is None else total, kind=kind, weights=w, lam=lam, half=half, penalty=value,
        data_loss=None if data_loss is None else float(data_loss), total=total, gradient=gradient, lr=lr,
        stepped=stepped, comparison=comparison, steps=steps)


def _penalty_steps(w, kind, lam, half, value, gradient, data_loss, total, lr, stepped) -> list[Step]:
    flat = w.reshape(-1)
    grad = gradient.reshape(-1)
    steps: list[Step] = []
    if kind == "l1":
        size = float(np.abs(flat).sum())
        steps.append(step("regularization.l1.formula"))
        steps.append(step("regularization.l1.sum", sizes=shortened(np.abs(flat)), size=size))
        steps.append(step("regularization.l1.penalty", lam=lam, size=size, penalty=value))
    else:
        size = float(np.square(flat).sum())
        steps.append(step("regularization.l2.formula_half" if half else "regularization.l2.formula"))
        steps.append(step("regularization.l2.sum", terms=shortened(flat), size=size))
        steps.append(step("regularization.l2.penalty_half" if half else "regularization.l2.penalty",
                          lam=lam, size=size, penalty=value))
    if data_loss is not None:
        steps.append(step("regularization.total", loss=float(data_loss), penalty=value, total=total))
    if kind == "l1":
        steps.append(step("regularization.l1.gradient", lam=lam, gradient=shortened(grad)))
    else:
        steps.append(step("regularization.l2.gradient_half" if half else "regularization.l2.gradient",
                          lam=lam, twice=2 * lam, gradient=shortened(grad)))
    steps.append(_push_step(flat, grad, kind, lam))
    if lr is not None:
        flat_stepped = stepped.reshape(-1)
        if kind == "l1":
            zeroed = int(np.count_nonzero((flat != 0) & (flat_stepped == 0)))
            steps.append(step("regularization.l1.step", lr=lr, lam=lam, shift=lr * lam, after=shortened(flat_stepped),
                              zeroed=zeroed))
        else:
            factor = 1 - (1 if half else 2) * lr * lam
            steps.append(step("regularization.l2.step_half" if half else "regularization.l2.step", lr=lr, lam=lam,
                              factor=factor, after=shortened(flat_stepped)))
    return steps


def _push_step(flat: np.ndarray, grad: np.ndarray, kind: str, lam: float) -> Step:
    """Which weights the penalty pushes hardest: by the size of the gradient, and relative to the weight."""
    nonzero = flat[flat != 0]
    if nonzero.size == 0:
        return step("regularization.push.zero")
    if kind == "l1":
        smallest = nonzero[np.argmin(np.abs(nonzero))]
        return step("regularization.push.l1", lam=lam, smallest=smallest, ratio=lam / abs(smallest))
    top = int(np.argmax(np.abs(flat)))
    bottom = int(np.flatnonzero(flat)[np.argmin(np.abs(nonzero))])
    return step("regularization.push.l2", largest=flat[top], largest_push=abs(grad[top]), smallest=flat[bottom],
                smallest_push=abs(grad[bottom]))


# --- dropout ------------------------------------------------------------------------------


@dataclass
class DropoutResult(Result):
    """``result`` = the output: x·mask/(1 − p) in training, x in evaluation."""

    x: Any = None
    p: float = DEFAULT_P
    training: bool = True
    seed: Any = None  # the seed the mask was drawn from; None when the mask was given
    mask: Any = None  # 1 keep, 0 drop (training only)
    scale: float = 2.0  # 1/(1 − p)
    kept: Any = None  # how many entries were kept


def dropout(x: Any, p: float = DEFAULT_P, *, seed: int = DEFAULT_SEED, mask: Any = None,
            training: bool = True) -> DropoutResult:
    """Inverted dropout of x with drop probability p, the mask drawn from ``seed`` or given."""
    values = float_array(x, say("regularization.error.the_input"))
    p = float(p)
    if not 0 <= p < 1:
        raise _error(say("regularization.error.p", p=p), "p", hint=say("regularization.error.p.hint"))
    scale = 1 / (1 - p)
    if not training:
        steps = [step("regularization.dropout.eval", p=p, values=shortened(values.reshape(-1)))]
        return DropoutResult(result=values.copy(), x=values, p=p, training=False, seed=None, mask=None, scale=scale,
                             kept=None, steps=steps)
    if mask is not None:
        keep = np.asarray(mask)
        if keep.shape != values.shape and keep.size == values.size and min(keep.ndim, values.ndim) <= 1:
            keep = keep.reshape(values.shape)  # a row or a column for a vector
        if keep.shape != values.shape:
            raise _error(say("regularization.error.mask_shape", mask=shape_text(keep.shape),
                             input=shape_text(values.shape)), "mask", hint=say("regularization.error.mask_shape.hint"))
        as_float = float_array(keep, say("regularization.error.the_mask"))
        if not np.isin(as_float, (0.0, 1.0)).all():
            raise _error(say("regularization.error.mask_values"), "mask",
                         hint=say("regularization.error.mask_values.hint"))
        keep = as_float.astype(np.int64)
        seed = None
    else:
        seed = int(seed)
        keep = (np.random.default_rng(seed).random(values.shape) >= p).astype(np.int64)
    y = values * keep * scale
    kept = int(keep.sum())
    flat, flat_keep, flat_y = values.reshape(-1), keep.reshape(-1), y.reshape(-1)
    entries = [step("regularization.dropout.kept" if flat_keep[index] else "regularization.dropout.dropped",
                    index=index + 1, x=flat[index], keep=1 - p, y=flat_y[index])
               for index in range(min(flat.size, MAX_WORKED_ENTRIES))]
    if flat.size > MAX_WORKED_ENTRIES:
        entries.append(step("regularization.dropout.entries_hidden", count=flat.size - MAX_WORKED_ENTRIES))
    steps = [
        step("regularization.dropout.given_mask" if seed is None else "regularization.dropout.draw",
             p=p, keep=1 - p, seed=seed, mask=shortened(flat_keep), kept=kept, count=flat.size,
             expected=flat.size * (1 - p)),
        step("regularization.dropout.scale", p=p, keep=1 - p, scale=scale),
        step("regularization.dropout.apply", *entries, y=shortened(flat_y)),
        step("regularization.dropout.why", keep=1 - p, p=p),
    ]
    return DropoutResult(result=y, x=values, p=p, training=True, seed=seed, mask=keep, scale=scale, kept=kept,
                         steps=steps)
