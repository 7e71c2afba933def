"""Loss functions with their per-sample terms and gradients, as ``torch.nn.functional`` in float64.

Kinds and the PyTorch call each one matches:

* ``mse`` (alias ``l2``) — ``F.mse_loss``; ``mae`` (``l1``) — ``F.l1_loss``;
  ``rmse`` — ``torch.sqrt(F.mse_loss(...))`` with the same reduction;
  ``huber`` — ``F.huber_loss(delta=δ)``.
* ``bce`` (``binary-cross-entropy``) — ``F.binary_cross_entropy`` on
  probabilities, ``F.binary_cross_entropy_with_logits`` with ``logits``.
* ``ce`` (``cross-entropy``), ``categorical-ce``, ``sparse-ce`` — from logits
  ``F.cross_entropy``; from probabilities ``F.nll_loss(log p)`` (class
  indices) or ``−Σ y·log p`` (probability rows).  ``ce`` takes either target;
  ``categorical-ce`` only rows (one-hot or probabilities), ``sparse-ce`` only
  class indices.

log(0): a probability of exactly 0 makes a log −∞.  Every log of a
probability is clamped at −100, as ``F.binary_cross_entropy`` does, so such
a term counts 100 instead of ∞ (and 0·log 0 counts 0).  From logits the log
is taken through log-sum-exp and is never log(0).

The gradient is that of the reduced loss with respect to the predictions (for
``none``: of the sum of the terms, i.e. ``backward(torch.ones_like(loss))``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from mlmath.core.activations import sigmoid
from mlmath.core.arrays import float_array, ieee_quietly
from mlmath.core.result import Computed, Result, Step, shown, step
from mlmath.errors import InputError, MathError
from mlmath.text import Sentence, say

__all__ = ["loss"]

KINDS = ("mse", "mae", "rmse", "huber", "bce", "ce", "categorical-ce", "sparse-ce", "nll", "kl-div", "smooth-l1",
         "hinge-embedding", "margin-ranking", "cosine-embedding", "poisson-nll", "gaussian-nll")
ALIASES = {
    "l2": "mse",
    "l1": "mae",
    "cross-entropy": "ce",
    "binary-cross-entropy": "bce",
    "kl": "kl-div",
    "hinge": "hinge-embedding",
}
REGRESSION = ("mse", "mae", "rmse", "huber")
CLASSIFICATION = ("ce", "categorical-ce", "sparse-ce")
# the kinds --compare does not set side by side: each has inputs of its own kind
OTHER_KINDS = ("nll", "kl-div", "smooth-l1", "hinge-embedding", "margin-ranking", "cosine-embedding", "poisson-nll",
               "gaussian-nll")
REDUCTIONS = ("mean", "sum", "none", "batchmean")

LOG_FLOOR = -100.0  # PyTorch's clamp of log(p) in binary_cross_entropy
# PyTorch's BCE gradient divides by max(p(1 − p), EPSILON), EPSILON = 1e-12 written as a float32 literal.
BCE_GRADIENT_EPSILON = float(np.float32(1e-12))
SUM_TOLERANCE = 1e-6  # a row of probabilities must sum to 1 within this
MAX_WORKED_SAMPLES = 20
MAX_LISTED = 10  # sums and gradients list this many values, then shorten


def canonical_kind(kind: str) -> str:
    """``Cross_Entropy`` → ``ce``; an unknown kind is an error listing the known ones."""
    key = kind.strip().lower().replace("_", "-")
    key = ALIASES.get(key, key)
    if key not in KINDS:
        raise InputError(say("loss.error.unknown", kind=kind),
                         hint=say("loss.error.unknown.hint", kinds=", ".join(KINDS), aliases=", ".join(ALIASES)))
    return key


@dataclass
class LossResult(Result):
    """``result`` = the reduced loss (a number), or the per-sample terms with reduction ``none``."""

    kind: str = ""
    reduction: str = "mean"
    logits: bool = False
    delta: float | None = None
    losses: Any = None  # the per-sample terms before reduction (squared errors for rmse)
    count: int = 0  # how many terms the mean divides by
    gradient: Any = None  # ∂L/∂pred, shaped like pred
    probabilities: Any = None  # σ(pred) or softmax(pred) when the predictions are logits
    target_rows: Any = None  # the targets as rows (one-hot for class indices), class kinds only
    classes: Any = None  # the target class indices, when given as indices
    clamped: Any = None  # samples (counted from 1) where a log was clamped at −100
    comparison: Any = None  # with compare: [{"kind", "value", "input"}] for every loss that fits
    options: Any = None  # the hyper-parameters this loss used beyond delta (beta, margin, weight …), or None
    gradient2: Any = None  # ∂L/∂pred2 (margin-ranking, cosine-embedding) or ∂L/∂var (gaussian-nll)
    cosine: Any = None  # cosine-embedding: cos(x₁, x₂) of each row
    pred: Any = shown()  # the predictions and targets as given, for the view's tables
    target: Any = shown()


# --- reading the inputs -----------------------------------------------------------


def _shape(array: np.ndarray) -> str | Sentence:
    return "×".join(str(size) for size in array.shape) if array.ndim > 1 else \
        say("loss.error.n.value" if array.size == 1 else "loss.error.n.values", count=array.size)


def _align(pred: np.ndarray, target: np.ndarray) -> np.ndarray:
    """The target in the shape of the predictions (a row matrix and a vector of the same entries agree)."""
    if target.shape == pred.shape:
        return target
    if target.size == pred.size and target.squeeze().shape == pred.squeeze().shape:
        return target.reshape(pred.shape)
    raise MathError(say("loss.error.shapes", pred=_shape(pred), target=_shape(target)),
                    hint=say("loss.error.shapes.hint"))


def _number(value: float) -> str:
    return f"{value:.6g}"


def _check_probabilities(array: np.ndarray, name: str, logits_hint: bool) -> None:
    """Every entry in [0, 1]; for predictions, suggest --logits when they are not."""
    hint = say("loss.error.probability.hint_logits") if logits_hint else say("loss.error.probability.hint")
    negative = array[array < 0]
    if negative.size:
        raise MathError(say("loss.error.negative", name=name, value=_number(negative[0])), hint=hint)
    above = array[array > 1]
    if above.size:
        raise MathError(say("loss.error.above_one", name=name, value=_number(above[0])), hint=hint)


def _check_rows(rows: np.ndarray, name: str, logits_hint: bool) -> None:
    _check_probabilities(rows, name, logits_hint)
    sums = rows.sum(axis=-1)
    bad = np.flatnonzero(np.abs(sums - 1.0) > SUM_TOLERANCE)
    if bad.size:
        index = int(bad[0])
        hint = say("loss.error.row_sum.hint_logits") if logits_hint else say("loss.error.row_sum.hint")
        raise MathError(say("loss.error.row_sum", name=name, row=index + 1, total=_number(sums[index])), hint=hint)


def _class_targets(kind: str, rows_pred: np.ndarray, pred: np.ndarray, target: np.ndarray,
                   ) -> tuple[np.ndarray, np.ndarray | None]:
    """(target rows N×C, class indices or None): indices for sparse-ce, rows for categorical-ce, either for ce."""
    samples, classes = rows_pred.shape
    as_rows = target.size == samples * classes and (
        target.shape in (pred.shape, rows_pred.shape) or (samples == 1 and target.ndim == 1))
    as_indices = target.size == samples and (target.ndim == 1 or target.shape == (samples, 1))
    if kind == "sparse-ce" and as_rows:
        raise MathError(say("loss.error.sparse_rows"), hint=say("loss.error.sparse_rows.hint"))
    if kind == "categorical-ce" and as_indices:
        raise MathError(say("loss.error.categorical_indices"), hint=say("loss.error.categorical_indices.hint"))
    if as_rows:
        rows = target.reshape(rows_pred.shape)
        _check_rows(rows, "`target`", logits_hint=False)
        return rows, None
    if as_indices:
        indices = target.reshape(-1)
        fractional = indices[indices != np.round(indices)]
        if fractional.size:
            raise InputError(say("loss.error.fractional_class", value=_number(fractional[0])),
                             hint=say("loss.error.fractional_class.hint", last=classes - 1), argument="`target`")
        outside = indices[(indices < 0) | (indices >= classes)]
        if outside.size:
            raise MathError(say("loss.error.class_range", index=int(outside[0]), classes=classes),
                            hint=say("loss.error.class_range.hint", last=classes - 1), argument="`target`")
        whole = indices.astype(np.int64)
        one_hot = np.zeros((whole.size, classes))  # one row per sample, never a classes × classes identity
        one_hot[np.arange(whole.size), whole] = 1.0
        return one_hot, whole
    indices_wanted = say("loss.error.wants.index" if samples == 1 else "loss.error.wants.indices", samples=samples)
    if kind == "sparse-ce":
        hint = say("loss.error.wants", wants=indices_wanted)
    elif kind == "categorical-ce":
        hint = say("loss.error.wants.rows", samples=samples, classes=classes)
    else:
        hint = say("loss.error.wants.either", indices=indices_wanted, samples=samples, classes=classes)
    raise MathError(say("loss.error.class_shape.one" if samples == 1 else "loss.error.class_shape.many",
                        samples=samples, classes=classes, target=_shape(target)), hint=hint)


# --- the losses ------------------------------------------------------------------


def _clamped_log(p: np.ndarray) -> np.ndarray:
    """max(log p, −100): PyTorch's way of keeping log(0) finite."""
    with np.errstate(divide="ignore"):
        return np.maximum(np.log(p), LOG_FLOOR)


def _below_floor(p: np.ndarray) -> np.ndarray:
    """Where log p < −100 (p = 0 included), so that the clamp takes over."""
    with np.errstate(divide="ignore"):
        return np.log(p) < LOG_FLOOR


def _samples(hit: np.ndarray) -> list[int]:
    """Samples (from 1) flagged in ``hit``: entries of a flat array, or rows of a matrix."""
    flat = hit.any(axis=-1) if hit.ndim > 1 else hit
    return [int(index) + 1 for index in np.flatnonzero(flat)]


def listed(values: np.ndarray) -> list[Any]:
    """At most MAX_LISTED values for a sentence: the first eight and last one around ``…``."""
    flat = np.asarray(values).reshape(-1)
    if flat.size <= MAX_LISTED:
        return [float(value) for value in flat]
    return [*(float(value) for value in flat[:8]), "…", float(flat[-1])]


def _reduce(terms: np.ndarray, reduction: str) -> Any:
    if reduction == "mean":
        return float(terms.mean())
    if reduction == "sum":
        return float(terms.sum())
    return terms


def _scale(reduction: str, count: int) -> float:
    return 1.0 / count if reduction == "mean" else 1.0


@ieee_quietly
def loss(
    kind: str,
    pred: Any,
    target: Any,
    *,
    logits: bool = False,
    reduction: str = "mean",
    delta: float | None = None,
    compare: bool = False,
    pred2: Any = None,
    var: Any = None,
    beta: float | None = None,
    margin: float | None = None,
    log_target: bool = False,
    log_input: bool | None = None,
    full: bool = False,
    eps: float | None = None,
    weight: Any = None,
    label_smoothing: float | None = None,
    ignore_index: int | None = None,
    pos_weight: Any = None,
) -> LossResult:
    """The ``kind`` loss of the predictions against the targets, with terms, reduction and gradient.

    The hyper-parameters are those of torch.nn.functional: ``beta`` (smooth-l1), ``margin``
    (hinge-embedding, margin-ranking, cosine-embedding), ``log_target`` (kl-div), ``log_input``, ``full``
    and ``eps`` (poisson-nll, gaussian-nll), ``var`` (gaussian-nll), ``pred2`` (the second input of
    margin-ranking and cosine-embedding), ``weight`` (class weights), ``label_smoothing``,
    ``ignore_index`` (ce and nll) and ``pos_weight`` (bce with logits).
    """
    kind = canonical_kind(kind)
    if reduction not in REDUCTIONS:
        raise InputError(say("loss.error.reduction", reduction=reduction), hint=say("loss.error.reduction.hint"))
    if reduction == "batchmean" and kind != "kl-div":
        raise InputError(say("loss.param.batchmean"))
    extended = _extended_options(kind, pred2=pred2, var=var, beta=beta, margin=margin, log_target=log_target,
                                 log_input=log_input, full=full, eps=eps, weight=weight,
                                 label_smoothing=label_smoothing, ignore_index=ignore_index, pos_weight=pos_weight)
    if compare and (kind in OTHER_KINDS or extended):
        raise InputError(say("loss.param.compare"))
    if logits and kind in OTHER_KINDS:
        raise InputError(say("loss.error.logits", kind=kind), hint=say("loss.error.logits.hint"))
    if pos_weight is not None and not logits:
        raise InputError(say("loss.param.pos_weight_logits"))
    if delta is not None and kind != "huber" and not compare:
        raise InputError(say("loss.error.delta_huber"))
    if logits and kind in REGRESSION:
        raise InputError(say("loss.error.logits", kind=kind), hint=say("loss.error.logits.hint"))
    if delta is not None:
        delta = float(delta)
        if not math.isfinite(delta) or delta <= 0:
            raise MathError(say("loss.error.delta", delta=delta), hint=say("loss.error.delta.hint"))
    pred_array = float_array(pred, "`pred`")
    target_array = float_array(target, "`target`")

    # finite inputs near the float64 limit can still overflow (1e200² or a sum of two 1e308):
    # that is reported as ∞ (JSON null with a warning), not as a numpy warning
    with np.errstate(over="ignore"):
        if kind in OTHER_KINDS or extended:
            result = _dispatch_extended(kind, pred_array, target_array, logits, reduction, extended)
        elif kind in CLASSIFICATION:
            result = _classification(kind, pred_array, target_array, logits, reduction)
        else:
            result = _elementwise(kind, pred_array, _align(pred_array, target_array), logits, reduction,
                                  delta if delta is not None else 1.0)
    if compare:
        result.comparison = _comparison(result, pred_array, target_array, delta if delta is not None else 1.0)
    result.pred, result.target = pred, target
    return result


def _elementwise(kind: str, pred: np.ndarray, target: np.ndarray, logits: bool, reduction: str,
                 delta: float) -> LossResult:
    """mse, mae, rmse, huber and bce: one term per entry."""
    count = pred.size
    scale = _scale(reduction, count)
    steps: list[Step] = []
    probabilities = clamped = None
    diff = pred - target
    if kind == "bce":
        _check_probabilities(target, "`target`", logits_hint=False)
        if logits:
            # BCE with logits, stably: max(x, 0) − x·y + log(1 + e^(−|x|))
            probabilities = sigmoid(pred)
            terms = np.maximum(pred, 0.0) - pred * target + np.log1p(np.exp(-np.abs(pred)))
            gradient = (probabilities - target) * scale
        else:
            _check_probabilities(pred, "`pred`", logits_hint=True)
            log_p, log_q = _clamped_log(pred), _clamped_log(1.0 - pred)
            terms = -(target * log_p + (1.0 - target) * log_q)
            gradient = diff / np.maximum(pred * (1.0 - pred), BCE_GRADIENT_EPSILON) * scale
            # a clamped log counts only where its weight (y or 1 − y) is not 0
            hit = (_below_floor(pred) & (target != 0)) | (_below_floor(1.0 - pred) & (target != 1))
            clamped = _samples(hit.reshape(-1))
    elif kind == "mae":
        terms = np.abs(diff)
        gradient = np.sign(diff) * scale
    elif kind == "huber":
        size = np.abs(diff)
        terms = np.where(size < delta, 0.5 * diff * diff, delta * (size - 0.5 * delta))
        gradient = np.clip(diff, -delta, delta) * scale
    else:  # mse, rmse
        terms = diff * diff
        gradient = 2.0 * diff * scale

    steps.append(step(_FORMULA_KEYS[kind, logits], delta=delta))
    steps.append(step("loss.per_sample", *_elementwise_terms(kind, pred, target, diff, terms, probabilities,
                                                             logits, delta), count=count))
    value: Any = _reduce(terms, reduction)
    if kind == "rmse":
        value, gradient = _rmse(terms, diff, reduction, steps)
    else:
        steps.append(_reduction_step(terms, reduction, value))
    steps.append(_gradient_step(kind, logits, reduction, count, gradient, delta))
    if kind == "bce":
        steps.extend(_log_steps(logits, clamped, kind))
    return LossResult(result=value, kind=kind, reduction=reduction, logits=logits,
                      delta=delta if kind == "huber" else None, losses=terms, count=count, gradient=gradient,
                      probabilities=probabilities, clamped=clamped, steps=steps)


def _rmse(squares: np.ndarray, diff: np.ndarray, reduction: str, steps: list[Step]) -> tuple[Any, np.ndarray]:
    """√ of the mean (or sum) of squared errors; ``none``: √ of each, |ŷ − y|."""
    count = squares.size
    if reduction == "none":
        value = np.sqrt(squares)
        steps.append(step("loss.reduce.rmse_none", count=count))
        gradient = np.sign(diff)
        if np.any(diff == 0):
            steps.append(step("loss.rmse_zero"))
        return value, gradient
    inside = float(squares.mean() if reduction == "mean" else squares.sum())
    value = math.sqrt(inside)
    # the mean (or sum) of the squares, then its root: each a sentence a calculator redoes
    steps.append(step(_RMSE_REDUCE_KEYS[reduction],
                      inside=Computed(tuple(listed(squares)), inside, divisor=count if reduction == "mean" else None),
                      value=Computed((inside,), value, function="√")))
    if value == 0:
        steps.append(step("loss.rmse_zero"))
        return value, np.zeros_like(diff)
    # d√M/dŷ = (dM/dŷ)/(2√M), with dM/dŷ = 2(ŷ − y)/N for the mean
    return value, diff / (value * (count if reduction == "mean" else 1))


def _classification(kind: str, pred: np.ndarray, target: np.ndarray, logits: bool, reduction: str) -> LossResult:
    """ce, categorical-ce, sparse-ce: one term per row of class scores."""
    rows_pred = pred.reshape(1, -1) if pred.ndim == 1 else pred
    samples, classes = rows_pred.shape
    if classes < 2:
        raise MathError(say("loss.error.two_classes", kind=kind, classes=classes),
                        hint=say("loss.error.two_classes.hint"))
    rows, indices = _class_targets(kind, rows_pred, pred, target)
    scale = _scale(reduction, samples)
    clamped = probabilities = None
    if logits:
        from mlmath.core.probability import softmax_rows

        probabilities, log_p = softmax_rows(rows_pred)
        # a class with target 0 adds nothing, even where its log p underflowed to −∞ (0·(−∞) would be nan)
        with np.errstate(invalid="ignore"):
            terms = -np.where(rows != 0, rows * log_p, 0.0).sum(axis=-1)
        # ∂/∂z of −Σ yᵢ log softmax(z)ᵢ = p·Σy − y = p − y when the target row sums to 1
        gradient = (probabilities * rows.sum(axis=-1, keepdims=True) - rows) * scale
    else:
        _check_rows(rows_pred, "`pred`", logits_hint=True)
        log_p = _clamped_log(rows_pred)
        terms = -(rows * log_p).sum(axis=-1)
        # ∂/∂p of −y·max(log p, −100): −y/p, and 0 where the clamp holds the log at −100
        used = rows != 0
        floored = _below_floor(rows_pred)
        gradient = np.zeros_like(rows_pred)
        np.divide(-rows, rows_pred, out=gradient, where=used & ~floored)
        gradient = gradient * scale
        clamped = _samples(floored & used)
    steps = [step(_FORMULA_KEYS[kind, logits])]
    steps.append(step("loss.per_sample", *_class_terms(rows_pred, rows, indices, terms, probabilities, log_p,
                                                       logits), count=samples))
    value = _reduce(terms, reduction)
    steps.append(_reduction_step(terms, reduction, value))
    steps.append(_class_gradient_step(logits, reduction, samples, gradient, probabilities, rows))
    steps.extend(_log_steps(logits, clamped, kind))
    return LossResult(result=value, kind=kind, reduction=reduction, logits=logits, losses=terms, count=samples,
                      gradient=gradient.reshape(pred.shape), probabilities=probabilities,
                      target_rows=rows, classes=indices, clamped=clamped, steps=steps)


# --- steps -------------------------------------------------------------------------


def _elementwise_terms(kind: str, pred: np.ndarray, target: np.ndarray, diff: np.ndarray, terms: np.ndarray,
                       probabilities: np.ndarray | None, logits: bool, delta: float) -> list[Step]:
    """Each sample's term written out, for the first MAX_WORKED_SAMPLES samples."""
    out = []
    shown = slice(0, MAX_WORKED_SAMPLES)
    flat = list(zip(pred.reshape(-1)[shown], target.reshape(-1)[shown], diff.reshape(-1)[shown],
                    terms.reshape(-1)[shown]))
    sig = probabilities.reshape(-1) if probabilities is not None else None
    for index, (p, y, d, term) in enumerate(flat):
        p, y, d, term = float(p), float(y), float(d), float(term)
        if kind in ("mse", "rmse"):
            out.append(step("loss.term.squared", pred=p, target=y, diff=[d], value=term))
        elif kind == "mae":
            out.append(step("loss.term.absolute", pred=p, target=y, size=abs(d), value=term))
        elif kind == "huber":
            key = "loss.term.huber_small" if abs(d) < delta else "loss.term.huber_large"
            out.append(step(key, pred=p, target=y, size=abs(d), delta=delta, squared=[d], value=term))
        elif logits:
            s = float(sig[index])
            key = "one" if y == 1 else "zero" if y == 0 else "soft"
            out.append(step(_BCE_TERM_KEYS[True, key], x=p, p=s, target=y, rest=1.0 - y, value=term))
        else:
            key = "one" if y == 1 else "zero" if y == 0 else "soft"
            out.append(step(_BCE_TERM_KEYS[False, key], p=p, q=1.0 - p, target=y, rest=1.0 - y, value=term))
    if terms.size > MAX_WORKED_SAMPLES:
        out.append(step("loss.samples_hidden", count=terms.size - MAX_WORKED_SAMPLES))
    return out


def _class_terms(rows_pred: np.ndarray, rows: np.ndarray, indices: np.ndarray | None, terms: np.ndarray,
                 probabilities: np.ndarray | None, log_p: np.ndarray, logits: bool) -> list[Step]:
    out = []
    for index in range(min(rows_pred.shape[0], MAX_WORKED_SAMPLES)):
        row, weights, term = rows_pred[index], rows[index], float(terms[index])
        hot = np.flatnonzero(weights == 1.0)
        one_hot = hot.size == 1 and np.count_nonzero(weights) == 1
        if one_hot:
            cls = int(hot[0]) if indices is None else int(indices[index])
            if logits:
                lse = float(row[cls] - log_p[index, cls])
                out.append(step("loss.term.ce_logits", cls=cls, logit=float(row[cls]), lse=lse,
                                p=float(probabilities[index, cls]), value=term))
            else:
                out.append(step("loss.term.ce", cls=cls, p=float(row[cls]), value=term))
        else:
            used = np.flatnonzero(weights)
            products = [(float(weights[c]), float(log_p[index, c])) for c in used]
            key = "loss.term.ce_soft_logits" if logits else "loss.term.ce_soft"
            out.append(step(key, products=products, value=term))
    if rows_pred.shape[0] > MAX_WORKED_SAMPLES:
        out.append(step("loss.samples_hidden", count=rows_pred.shape[0] - MAX_WORKED_SAMPLES))
    return out


def _reduction_step(terms: np.ndarray, reduction: str, value: Any, count: int | None = None) -> Step:
    """Σ terms, or the mean Σ terms / count (count: the terms unless given; batchmean: the batch's rows)."""
    if reduction == "none":
        return step("loss.reduce.none", count=terms.size)
    count = terms.size if count is None else count
    summed = Computed(tuple(listed(terms)), value, divisor=None if reduction == "sum" else count)
    if reduction == "batchmean":
        return step("loss.reduce.batchmean", batch=count, value=summed)
    return step(_REDUCE_KEYS[reduction], value=summed)


# (kind, from logits, reduction is mean) → the sentence of ∂L/∂pred
_GRADIENT_KEYS = {
    ("mse", False, False): "loss.gradient.mse", ("mse", False, True): "loss.gradient.mse_mean",
    ("rmse", False, False): "loss.gradient.rmse", ("rmse", False, True): "loss.gradient.rmse_mean",
    ("mae", False, False): "loss.gradient.mae", ("mae", False, True): "loss.gradient.mae_mean",
    ("huber", False, False): "loss.gradient.huber", ("huber", False, True): "loss.gradient.huber_mean",
    ("bce", False, False): "loss.gradient.bce", ("bce", False, True): "loss.gradient.bce_mean",
    ("bce", True, False): "loss.gradient.bce_logits", ("bce", True, True): "loss.gradient.bce_logits_mean",
    ("ce", False, False): "loss.gradient.ce", ("ce", False, True): "loss.gradient.ce_mean",
    ("ce", True, False): "loss.gradient.ce_logits", ("ce", True, True): "loss.gradient.ce_logits_mean",
}
# (kind, from logits) → the formula's sentence
_FORMULA_KEYS = {
    ("mse", False): "loss.formula.mse", ("mae", False): "loss.formula.mae", ("rmse", False): "loss.formula.rmse",
    ("huber", False): "loss.formula.huber", ("bce", False): "loss.formula.bce",
    ("bce", True): "loss.formula.bce_logits", ("ce", False): "loss.formula.ce", ("ce", True): "loss.formula.ce_logits",
    ("categorical-ce", False): "loss.formula.categorical-ce",
    ("categorical-ce", True): "loss.formula.categorical-ce_logits",
    ("sparse-ce", False): "loss.formula.sparse-ce", ("sparse-ce", True): "loss.formula.sparse-ce_logits",
}
_REDUCE_KEYS = {"mean": "loss.reduce.mean", "sum": "loss.reduce.sum", "none": "loss.reduce.none"}
_RMSE_REDUCE_KEYS = {"mean": "loss.reduce.rmse_mean", "sum": "loss.reduce.rmse_sum"}
# (from logits, the target) → the sentence of one binary cross-entropy term
_BCE_TERM_KEYS = {
    (False, "one"): "loss.term.bce_one", (False, "zero"): "loss.term.bce_zero", (False, "soft"): "loss.term.bce_soft",
    (True, "one"): "loss.term.bce_logits_one", (True, "zero"): "loss.term.bce_logits_zero",
    (True, "soft"): "loss.term.bce_logits_soft",
}


def _gradient_step(kind: str, logits: bool, reduction: str, count: int, gradient: np.ndarray,
                   delta: float) -> Step:
    key = _GRADIENT_KEYS[kind, logits and kind == "bce", reduction == "mean"]
    return step(key, count=count, delta=delta, values=listed(gradient))


def _class_gradient_step(logits: bool, reduction: str, samples: int, gradient: np.ndarray,
                         probabilities: np.ndarray | None, rows: np.ndarray) -> Step:
    key = _GRADIENT_KEYS["ce", logits, reduction == "mean"]
    if not logits:
        return step(key, count=samples, values=listed(np.atleast_2d(gradient)[0]))
    # softmax + cross-entropy: the gradient is p − y, shown for the first row
    return step(key, count=samples, p=list(probabilities[0]), y=list(rows[0]),
                difference=list(probabilities[0] - rows[0]), values=listed(gradient))


def _log_steps(logits: bool, clamped: list[int] | None, kind: str) -> list[Step]:
    if logits:
        return [step("loss.log.stable")]
    if not clamped:  # every log is above the floor: the clamp did nothing, so it is not a step
        return []
    # BCE's gradient is PyTorch's closed form; the ce kinds take the clamp's own derivative, 0
    key = "loss.log.clamped_bce" if kind == "bce" else "loss.log.clamped_ce"
    return [step("loss.log.clamp" if kind == "bce" else "loss.log.clamp_ce", floor=LOG_FLOOR),
            step(key, samples=clamped[:MAX_LISTED], floor=LOG_FLOOR)]


# --- the rest of torch.nn.functional's losses ----------------------------------------------

DEFAULT_SMOOTH_L1_BETA = 1.0  # F.smooth_l1_loss's beta
DEFAULT_HINGE_MARGIN = 1.0  # F.hinge_embedding_loss's margin
DEFAULT_POISSON_EPS = 1e-8  # F.poisson_nll_loss's eps (only with log_input=False)
DEFAULT_GAUSSIAN_EPS = 1e-6  # F.gaussian_nll_loss's floor for the variance
COSINE_EPSILON = 1e-12  # F.cosine_embedding_loss adds it to both squared norms
DEFAULT_IGNORE_INDEX = -100  # F.cross_entropy's and F.nll_loss's ignore_index
# each option → the kinds that take it
OPTIONS = {
    "beta": ("smooth-l1",), "margin": ("hinge-embedding", "margin-ranking", "cosine-embedding"),
    "log_target": ("kl-div",), "log_input": ("poisson-nll",), "full": ("poisson-nll", "gaussian-nll"),
    "eps": ("poisson-nll", "gaussian-nll"), "var": ("gaussian-nll",),
    "pred2": ("margin-ranking", "cosine-embedding"), "weight": ("ce", "categorical-ce", "sparse-ce", "nll"),
    "label_smoothing": ("ce", "categorical-ce", "sparse-ce"), "ignore_index": ("ce", "sparse-ce", "nll"),
    "pos_weight": ("bce",),
}


def _only(option: str) -> InputError:
    return InputError(say("loss.param.only", name=option, kinds=", ".join(OPTIONS[option])))


def _finite_number(value: Any, name: str) -> float:
    value = float(value)
    if not math.isfinite(value):
        raise InputError(say("loss.param.finite", name=name))
    return value


def _nonnegative_vector(values: Any, name: str) -> np.ndarray:
    array = float_array(values, f"`{name}`").reshape(-1)
    if not np.all(np.isfinite(array)) or np.any(array < 0):
        raise MathError(say("loss.param.nonnegative", name=name))
    return array


def _plus_minus_one(target: np.ndarray) -> None:
    bad = target[(target != 1) & (target != -1)]
    if bad.size:
        raise MathError(say("loss.param.plus_minus_one", value=_number(bad[0])))


def _finish(kind: str, terms: np.ndarray, reduction: str, gradient_terms: np.ndarray, formula: Step,
            per_term: list[Step], gradient_key: str, *, count: int | None = None, extra: list[Step] = (),
            first_row: bool = False, **fields: Any) -> LossResult:
    """Reduce the terms, scale ∂(Σ terms) to the reduction's gradient, and write the steps."""
    count = terms.size if count is None else count
    if reduction == "batchmean":
        count = terms.shape[0] if terms.ndim else 1
    scale = 1.0 if reduction in ("sum", "none") else 1.0 / count
    value = float(terms.sum()) / count if reduction in ("mean", "batchmean") else _reduce(terms, reduction)
    reduce_step = _reduction_step(terms, reduction, value, count)
    gradient = gradient_terms * scale
    if len(per_term) > MAX_WORKED_SAMPLES:
        hidden = len(per_term) - MAX_WORKED_SAMPLES
        per_term = [*per_term[:MAX_WORKED_SAMPLES], step("loss.samples_hidden", count=hidden)]
    steps = [formula, step("loss.per_sample", *per_term, count=terms.size), reduce_step,
             step(gradient_key, count=count, scale=scale,
                  values=listed(gradient[0] if first_row and gradient.ndim > 1 else gradient)), *extra]
    return LossResult(result=value, kind=kind, reduction=reduction, losses=terms, count=count, gradient=gradient,
                      steps=steps, **fields)


def _smooth_l1(pred: np.ndarray, target: np.ndarray, reduction: str, beta: float) -> LossResult:
    """½d²/β where |d| < β, |d| − ½β beyond (β = 0: the L1 loss)."""
    diff = pred - target
    size = np.abs(diff)
    small = size < beta
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(small, 0.5 * diff * diff / (beta if beta > 0 else 1.0), size - 0.5 * beta)
        gradient = np.where(small, diff / (beta if beta > 0 else 1.0), np.sign(diff))
    per_term = []
    for p, y, d, term in zip(pred.reshape(-1), target.reshape(-1), diff.reshape(-1), terms.reshape(-1)):
        if abs(d) < beta:
            per_term.append(step("loss.term.smooth_l1_small", pred=float(p), target=float(y), size=abs(float(d)),
                                 squared=[float(d)], beta=beta, value=float(term)))
        else:
            per_term.append(step("loss.term.smooth_l1_large", pred=float(p), target=float(y), size=abs(float(d)),
                                 beta=beta, value=float(term)))
    return _finish("smooth-l1", terms, reduction, gradient, step("loss.formula.smooth-l1", beta=beta), per_term,
                   "loss.gradient.smooth-l1", options={"beta": beta})


def _kl_div(pred: np.ndarray, target: np.ndarray, reduction: str, log_target: bool) -> LossResult:
    """target·(log target − input), the input being log-probabilities; with log_target, e^t·(t − input)."""
    if log_target:
        weights = np.exp(target)
        terms = weights * (target - pred)
    else:
        negative = target[target < 0]
        if negative.size:
            raise MathError(say("loss.kl.negative_target", value=_number(negative[0])))
        weights = target
        with np.errstate(divide="ignore", invalid="ignore"):
            # xlogy: 0·log 0 counts 0
            terms = np.where(target > 0, target * np.log(np.where(target > 0, target, 1.0)), 0.0) - target * pred
    per_term = []
    for x, t, term in zip(pred.reshape(-1), target.reshape(-1), terms.reshape(-1)):
        if log_target:
            per_term.append(step("loss.term.kl_log_target", input=float(x), target=float(t), value=float(term)))
        elif t == 0:
            per_term.append(step("loss.term.kl_zero", input=float(x)))
        else:
            per_term.append(step("loss.term.kl", input=float(x), target=float(t), value=float(term)))
    formula = step("loss.formula.kl-div_log_target" if log_target else "loss.formula.kl-div")
    extra = [step("loss.kl.mean_warning")] if reduction == "mean" else []
    return _finish("kl-div", terms, reduction, -weights, formula, per_term, "loss.gradient.kl-div", extra=extra,
                   options={"log_target": log_target})


def _hinge_embedding(pred: np.ndarray, target: np.ndarray, reduction: str, margin: float) -> LossResult:
    """x where y = 1, max(0, margin − x) where y = −1."""
    _plus_minus_one(target)
    gap = margin - pred
    terms = np.where(target == 1, pred, np.maximum(gap, 0.0))
    # clamp_min passes the gradient at the corner itself (margin − x = 0), as PyTorch's
    gradient = np.where(target == 1, 1.0, np.where(gap >= 0, -1.0, 0.0))
    per_term = [step("loss.term.hinge_positive", x=float(x), value=float(term)) if y == 1 else
                step("loss.term.hinge_negative", x=float(x), margin=margin, value=float(term))
                for x, y, term in zip(pred.reshape(-1), target.reshape(-1), terms.reshape(-1))]
    return _finish("hinge-embedding", terms, reduction, gradient, step("loss.formula.hinge-embedding", margin=margin),
                   per_term, "loss.gradient.hinge-embedding", options={"margin": margin})


def _margin_ranking(pred: np.ndarray, pred2: np.ndarray, target: np.ndarray, reduction: str,
                    margin: float) -> LossResult:
    """max(0, −y·(x₁ − x₂) + margin): y = 1 wants x₁ above x₂ by the margin, y = −1 below."""
    _plus_minus_one(target)
    inside = -target * (pred - pred2) + margin
    terms = np.maximum(inside, 0.0)
    active = inside >= 0  # clamp_min passes the gradient at 0 too
    gradient = np.where(active, -target, 0.0)
    per_term = [step("loss.term.margin_ranking", x1=float(a), x2=float(b), y=float(y), margin=margin,
                     inside=float(i), value=float(term))
                for a, b, y, i, term in zip(pred.reshape(-1), pred2.reshape(-1), target.reshape(-1),
                                            inside.reshape(-1), terms.reshape(-1))]
    return _finish("margin-ranking", terms, reduction, gradient, step("loss.formula.margin-ranking", margin=margin),
                   per_term, "loss.gradient.margin-ranking", options={"margin": margin},
                   gradient2=np.where(active, target, 0.0) * (1.0 / terms.size if reduction == "mean" else 1.0))


def _cosine_embedding(pred: np.ndarray, pred2: np.ndarray, target: np.ndarray, reduction: str,
                      margin: float) -> LossResult:
    """1 − cos(x₁, x₂) where y = 1, max(0, cos − margin) where y = −1; one term per row."""
    rows1 = pred.reshape(1, -1) if pred.ndim == 1 else pred
    rows2 = pred2.reshape(1, -1) if pred2.ndim == 1 else pred2
    if rows1.shape != rows2.shape:
        raise MathError(say("loss.cosine.shapes", first=_shape(pred), second=_shape(pred2)))
    labels = target.reshape(-1)
    if labels.size != rows1.shape[0]:
        raise MathError(say("loss.cosine.labels", rows=rows1.shape[0], count=labels.size))
    _plus_minus_one(labels)
    dot = (rows1 * rows2).sum(axis=-1)
    square1 = (rows1 * rows1).sum(axis=-1) + COSINE_EPSILON
    square2 = (rows2 * rows2).sum(axis=-1) + COSINE_EPSILON
    denominator = np.sqrt(square1 * square2)
    cos = dot / denominator
    terms = np.where(labels == 1, 1.0 - cos, np.maximum(cos - margin, 0.0))
    # ∂cos/∂x₁ = x₂/D − cos·x₁/|x₁|², ∂cos/∂x₂ = x₁/D − cos·x₂/|x₂|²
    d1 = rows2 / denominator[:, None] - (cos / square1)[:, None] * rows1
    d2 = rows1 / denominator[:, None] - (cos / square2)[:, None] * rows2
    factor = np.where(labels == 1, -1.0, np.where(cos - margin >= 0, 1.0, 0.0))[:, None]
    scale = 1.0 / labels.size if reduction == "mean" else 1.0
    per_term = [step("loss.term.cosine_similar" if y == 1 else "loss.term.cosine_dissimilar", row=index + 1,
                     dot=float(d), norm1=math.sqrt(float(a)), norm2=math.sqrt(float(b)), cos=float(c), margin=margin,
                     value=float(term))
                for index, (y, d, a, b, c, term) in enumerate(zip(labels, dot, square1, square2, cos, terms))]
    return _finish("cosine-embedding", terms, reduction, (factor * d1).reshape(pred.shape),
                   step("loss.formula.cosine-embedding", margin=margin), per_term, "loss.gradient.cosine-embedding",
                   options={"margin": margin}, cosine=cos, gradient2=(factor * d2).reshape(pred2.shape) * scale)


def _poisson_nll(pred: np.ndarray, target: np.ndarray, reduction: str, log_input: bool, full: bool,
                 eps: float) -> LossResult:
    """e^x − y·x (the input is log λ), or λ − y·log(λ + eps); with full, Stirling's y·log y − y + ½log(2πy)
    is added where y > 1."""
    negative = target[target < 0]
    if negative.size:
        raise MathError(say("loss.poisson.negative_target", value=_number(negative[0])))
    if log_input:
        terms = np.exp(pred) - target * pred
        gradient = np.exp(pred) - target
    else:
        below = pred[pred < 0]
        if below.size:
            raise MathError(say("loss.poisson.negative_rate", value=_number(below[0])))
        terms = pred - target * np.log(pred + eps)
        gradient = 1.0 - target / (pred + eps)
    stirling = np.zeros_like(terms)
    if full:
        big = target > 1
        safe = np.where(big, target, 2.0)
        stirling = np.where(big, safe * np.log(safe) - safe + 0.5 * np.log(2 * math.pi * safe), 0.0)
        terms = terms + stirling
    per_term = []
    for x, y, s, term in zip(pred.reshape(-1), target.reshape(-1), stirling.reshape(-1), terms.reshape(-1)):
        args = dict(x=float(x), y=float(y), e=math.exp(float(x)) if log_input else 0.0, eps=eps,
                    stirling=float(s), value=float(term))
        key = "loss.term.poisson_log" if log_input else "loss.term.poisson_rate"
        if full and y > 1:
            key = "loss.term.poisson_log_full" if log_input else "loss.term.poisson_rate_full"
        per_term.append(step(key, **args))
    formula = step("loss.formula.poisson-nll_log" if log_input else "loss.formula.poisson-nll_rate", eps=eps)
    extra = [step("loss.poisson.full")] if full else []
    return _finish("poisson-nll", terms, reduction, gradient, formula, per_term,
                   "loss.gradient.poisson-nll_log" if log_input else "loss.gradient.poisson-nll_rate", extra=extra,
                   options={"log_input": log_input, "full": full, "eps": eps})


def _gaussian_nll(pred: np.ndarray, target: np.ndarray, var: np.ndarray, reduction: str, full: bool,
                  eps: float) -> LossResult:
    """½(log max(var, eps) + (x − y)²/max(var, eps)) [+ ½log 2π with full]."""
    if var.size != 1 and var.size != pred.size:
        raise MathError(say("loss.gaussian.var_shape", pred=_shape(pred), var=_shape(var)))
    negative = var[var < 0]
    if negative.size:
        raise MathError(say("loss.gaussian.negative_var", value=_number(negative[0])))
    variance = np.broadcast_to(var.reshape(-1) if var.size == 1 else var.reshape(pred.shape), pred.shape)
    floored = np.maximum(variance, eps)
    diff = pred - target
    terms = 0.5 * (np.log(floored) + diff * diff / floored)
    if full:
        terms = terms + 0.5 * math.log(2 * math.pi)
    scale = 1.0 / terms.size if reduction == "mean" else 1.0
    # the floor is applied without a gradient in PyTorch: ∂/∂var is that of the formula at the floored value
    var_gradient = 0.5 * (1.0 / floored - diff * diff / (floored * floored)) * scale
    if var.size == 1:
        var_gradient = np.asarray(var_gradient.sum()).reshape(var.shape)
    per_term = [step("loss.term.gaussian_full" if full else "loss.term.gaussian", var=float(v), diff=[float(d)],
                     value=float(term))
                for v, d, term in zip(floored.reshape(-1), diff.reshape(-1), terms.reshape(-1))]
    extra = [step("loss.gaussian.floor", eps=eps)] if np.any(variance < eps) else []
    return _finish("gaussian-nll", terms, reduction, diff / floored,
                   step("loss.formula.gaussian-nll_full" if full else "loss.formula.gaussian-nll", eps=eps),
                   per_term, "loss.gradient.gaussian-nll", extra=extra, options={"full": full, "eps": eps},
                   gradient2=var_gradient)


def _bce_pos_weight(pred: np.ndarray, target: np.ndarray, reduction: str, pos_weight: np.ndarray) -> LossResult:
    """BCE with logits and pos_weight w (per class along the last axis): −(w·y·log σ(x) + (1 − y)·log(1 − σ(x)))."""
    _check_probabilities(target, "`target`", logits_hint=False)
    classes = pred.shape[-1] if pred.ndim else 1
    if pos_weight.size not in (1, classes):
        raise MathError(say("loss.param.pos_weight_size", size=pos_weight.size, classes=classes))
    weights = np.broadcast_to(pos_weight if pos_weight.size == 1 else pos_weight.reshape(-1), pred.shape)
    probabilities = sigmoid(pred)
    # stably: (1 − y)·x + (1 + (w − 1)·y)·log(1 + e^(−x)), log(1 + e^(−x)) = log(1 + e^(−|x|)) + max(−x, 0)
    log_weight = 1.0 + (weights - 1.0) * target
    terms = (1.0 - target) * pred + log_weight * (np.log1p(np.exp(-np.abs(pred))) + np.maximum(-pred, 0.0))
    gradient = probabilities * (weights * target + 1.0 - target) - weights * target
    per_term = [step("loss.term.bce_pos_weight", x=float(x), p=float(p), w=float(w), target=float(y),
                     rest=1.0 - float(y), value=float(term))
                for x, p, w, y, term in zip(pred.reshape(-1), probabilities.reshape(-1), weights.reshape(-1),
                                            target.reshape(-1), terms.reshape(-1))]
    return _finish("bce", terms, reduction, gradient, step("loss.formula.bce_pos_weight"), per_term,
                   "loss.gradient.bce_pos_weight", extra=[step("loss.log.stable")], logits=True,
                   probabilities=probabilities,
                   options={"pos_weight": list(pos_weight) if pos_weight.size > 1 else float(pos_weight[0])})


def _weighted_classes(kind: str, pred: np.ndarray, target: np.ndarray, logits: bool, reduction: str,
                      weight: np.ndarray | None, label_smoothing: float, ignore_index: int | None) -> LossResult:
    """ce with class weights w, label smoothing ε and ignore_index, and nll (from log-probabilities).

    Each row's term is −Σ_c q_c·log p_c with q = (1 − ε)·w[t]·onehot(t) + ε·w/C for a class index t
    (w·((1 − ε)·y + ε/C) for a target row y); the mean divides by Σ w[t] over the rows not ignored
    (by the number of rows for target rows), as F.cross_entropy and F.nll_loss do.
    """
    rows_pred = pred.reshape(1, -1) if pred.ndim == 1 else pred
    samples, classes = rows_pred.shape
    if classes < 2 and kind != "nll":
        raise MathError(say("loss.error.two_classes", kind=kind, classes=classes),
                        hint=say("loss.error.two_classes.hint"))
    w = np.ones(classes) if weight is None else weight
    if w.size != classes:
        raise MathError(say("loss.param.weight_size", size=w.size, classes=classes))
    flat = target.reshape(-1)
    ignored = np.zeros(samples, dtype=bool)
    if ignore_index is not None and flat.size == samples:
        ignored = flat == ignore_index
        flat = np.where(ignored, 0, flat)  # any valid class: the row is masked below
        target = flat.reshape(target.shape) if target.shape else flat.reshape(())
    if kind == "nll":
        rows, indices = _class_targets("sparse-ce", rows_pred, pred, target)
    else:
        rows, indices = _class_targets(kind, rows_pred, pred, target)
    if indices is None and ignore_index is not None:
        raise InputError(say("loss.param.ignore_rows"))
    if ignored.all():
        raise MathError(say("loss.param.all_ignored"))
    if logits:
        from mlmath.core.probability import softmax_rows

        probabilities, log_p = softmax_rows(rows_pred)
    elif kind == "nll":
        probabilities, log_p = None, rows_pred
    else:
        _check_rows(rows_pred, "`pred`", logits_hint=True)
        probabilities, log_p = None, _clamped_log(rows_pred)
    if indices is not None:
        q = (1.0 - label_smoothing) * w[indices][:, None] * rows + label_smoothing * w[None, :] / classes
        q[ignored] = 0.0
        denominator = float(w[indices][~ignored].sum())
    else:
        q = w[None, :] * ((1.0 - label_smoothing) * rows + label_smoothing / classes)
        denominator = float(samples)
    with np.errstate(invalid="ignore"):
        terms = -np.where(q != 0, q * log_p, 0.0).sum(axis=-1)
    if logits:
        gradient = probabilities * q.sum(axis=-1, keepdims=True) - q
    elif kind == "nll":
        gradient = -q
    else:
        gradient = np.zeros_like(rows_pred)
        np.divide(-q, rows_pred, out=gradient, where=(q != 0) & ~_below_floor(rows_pred))
    per_term = []
    for index in range(samples):
        if ignored[index]:
            per_term.append(step("loss.term.ignored", row=index + 1, index=ignore_index))
            continue
        used = np.flatnonzero(q[index])
        per_term.append(step("loss.term.nll" if kind == "nll" else "loss.term.weighted_ce",
                             products=[(float(q[index, c]), float(log_p[index, c])) for c in used],
                             value=float(terms[index])))
    formula_key = "loss.formula.nll" if kind == "nll" else "loss.formula.weighted_ce"
    formula = step(formula_key, smoothing=label_smoothing, weights=list(w), classes=classes)
    extra = []
    if ignored.any():
        extra.append(step("loss.ignored", rows=[int(i) + 1 for i in np.flatnonzero(ignored)], index=ignore_index))
    if reduction == "mean" and indices is not None and weight is not None:
        extra.append(step("loss.reduce.weighted_note", denominator=denominator))
    result = _finish(kind, terms, reduction, gradient.reshape(pred.shape) if pred.ndim > 1 else gradient.reshape(-1),
                     formula, per_term, "loss.gradient.nll" if kind == "nll" else (
                         "loss.gradient.weighted_ce_logits" if logits else "loss.gradient.weighted_ce"),
                     count=denominator if reduction == "mean" else samples, extra=extra, logits=logits,
                     first_row=True,
                     probabilities=probabilities, target_rows=rows, classes=indices,
                     options={"weight": None if weight is None else list(weight),
                              "label_smoothing": label_smoothing, "ignore_index": ignore_index})
    return result


def _extended_options(kind: str, **given: Any) -> dict[str, Any]:
    """The new hyper-parameters given for ``kind``, checked, with PyTorch's defaults for the new kinds."""
    flags = {"log_target": False, "full": False}
    for name, value in given.items():
        if value is None or (name in flags and value is flags[name]):
            continue
        if kind not in OPTIONS[name]:
            raise _only(name)
    options: dict[str, Any] = {}
    if kind == "smooth-l1":
        beta = DEFAULT_SMOOTH_L1_BETA if given["beta"] is None else _finite_number(given["beta"], "beta")
        if beta < 0:
            raise MathError(say("loss.param.negative", name="beta", value=beta))
        options["beta"] = beta
    if kind in ("hinge-embedding", "margin-ranking", "cosine-embedding"):
        default = DEFAULT_HINGE_MARGIN if kind == "hinge-embedding" else 0.0
        margin = default if given["margin"] is None else _finite_number(given["margin"], "margin")
        if kind == "cosine-embedding" and not -1 <= margin <= 1:
            raise MathError(say("loss.param.cosine_margin", value=margin))
        options["margin"] = margin
    if kind in ("margin-ranking", "cosine-embedding"):
        if given["pred2"] is None:
            raise InputError(say("loss.param.needs_pred2", kind=kind))
        options["pred2"] = float_array(given["pred2"], "`pred2`")
    if kind == "kl-div":
        options["log_target"] = bool(given["log_target"])
    if kind in ("poisson-nll", "gaussian-nll"):
        default_eps = DEFAULT_POISSON_EPS if kind == "poisson-nll" else DEFAULT_GAUSSIAN_EPS
        eps = default_eps if given["eps"] is None else _finite_number(given["eps"], "eps")
        if eps <= 0:
            raise MathError(say("loss.param.positive", name="eps", value=eps))
        options["eps"], options["full"] = eps, bool(given["full"])
    if kind == "poisson-nll":
        options["log_input"] = True if given["log_input"] is None else bool(given["log_input"])
    if kind == "gaussian-nll":
        if given["var"] is None:
            raise InputError(say("loss.param.needs_var"))
        options["var"] = float_array(given["var"], "`var`")
    if given["weight"] is not None:
        options["weight"] = _nonnegative_vector(given["weight"], "weight")
    if given["label_smoothing"] is not None:
        smoothing = _finite_number(given["label_smoothing"], "label_smoothing")
        if not 0 <= smoothing <= 1:
            raise MathError(say("loss.param.smoothing", value=smoothing))
        options["label_smoothing"] = smoothing
    if given["ignore_index"] is not None:
        index = float(given["ignore_index"])
        if index != round(index):
            raise InputError(say("loss.param.ignore_whole", value=_number(index)))
        options["ignore_index"] = int(index)
    if given["pos_weight"] is not None:
        options["pos_weight"] = _nonnegative_vector(given["pos_weight"], "pos_weight")
    return options


def _dispatch_extended(kind: str, pred: np.ndarray, target: np.ndarray, logits: bool, reduction: str,
                       options: dict[str, Any]) -> LossResult:
    if kind == "cosine-embedding":
        return _cosine_embedding(pred, options["pred2"], target, reduction, options["margin"])
    if kind in CLASSIFICATION or kind == "nll":
        return _weighted_classes(kind, pred, target, logits, reduction, options.get("weight"),
                                 options.get("label_smoothing", 0.0),
                                 options.get("ignore_index", DEFAULT_IGNORE_INDEX if kind == "nll" else None))
    target = _align(pred, target)
    if kind == "bce":
        return _bce_pos_weight(pred, target, reduction, options["pos_weight"])
    if kind == "smooth-l1":
        return _smooth_l1(pred, target, reduction, options["beta"])
    if kind == "kl-div":
        return _kl_div(pred, target, reduction, options["log_target"])
    if kind == "hinge-embedding":
        return _hinge_embedding(pred, target, reduction, options["margin"])
    if kind == "margin-ranking":
        return _margin_ranking(pred, _align(pred, options["pred2"]), target, reduction, options["margin"])
    if kind == "poisson-nll":
        return _poisson_nll(pred, target, reduction, options["log_input"], options["full"], options["eps"])
    return _gaussian_nll(pred, target, options["var"], reduction, options["full"], options["eps"])


# --- --compare ----------------------------------------------------------------------


def _comparison(result: LossResult, pred: np.ndarray, target: np.ndarray, delta: float) -> list[dict[str, Any]]:
    """Every loss that fits the same inputs, same reduction: {"kind", "value", "input"}."""
    entries: list[dict[str, Any]] = []

    def add(kind: str, p: Any, t: Any, logits: bool, applied_to: str) -> None:
        other = loss(kind, p, t, logits=logits, reduction=result.reduction,
                     delta=delta if kind == "huber" else None)
        entries.append({"kind": kind, "value": other.result, "input": applied_to})

    if result.kind in CLASSIFICATION:
        probabilities = result.probabilities if result.logits else (pred.reshape(1, -1) if pred.ndim == 1 else pred)
        applied = "softmax(pred)" if result.logits else "pred"
        add("ce", pred, target, result.logits, "pred")
        add("categorical-ce", pred, result.target_rows.reshape(pred.shape), result.logits, "pred")
        one_hot = result.classes is not None or bool(
            np.all((result.target_rows == 0) | (result.target_rows == 1))
            and np.all(result.target_rows.sum(axis=-1) == 1))
        if one_hot:
            add("sparse-ce", pred, np.argmax(result.target_rows, axis=-1), result.logits, "pred")
        for kind in ("mse", "mae"):
            add(kind, probabilities, result.target_rows, False, applied)
        return entries

    target = _align(pred, target)
    in_unit = bool(np.all((target >= 0) & (target <= 1)))
    if result.logits:
        add("bce", pred, target, True, "pred")
        for kind in REGRESSION:
            add(kind, result.probabilities, target, False, "sigmoid(pred)")
        return entries
    for kind in REGRESSION:
        add(kind, pred, target, False, "pred")
    if in_unit and bool(np.all((pred >= 0) & (pred <= 1))):
        add("bce", pred, target, False, "pred")
    return entries
