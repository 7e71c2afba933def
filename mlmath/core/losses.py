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
from mlmath.core.arrays import float_array
from mlmath.core.result import Result, Step, shown, step
from mlmath.errors import InputError, MathError

__all__ = ["loss"]

KINDS = ("mse", "mae", "rmse", "huber", "bce", "ce", "categorical-ce", "sparse-ce")
ALIASES = {
    "l2": "mse",
    "l1": "mae",
    "cross-entropy": "ce",
    "binary-cross-entropy": "bce",
}
REGRESSION = ("mse", "mae", "rmse", "huber")
CLASSIFICATION = ("ce", "categorical-ce", "sparse-ce")
REDUCTIONS = ("mean", "sum", "none")

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
        raise InputError(f"unknown loss {kind!r}",
                         hint="known: " + ", ".join(KINDS) + " (aliases: " + ", ".join(ALIASES) + ")")
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
    pred: Any = shown()  # the predictions and targets as given, for the view's tables
    target: Any = shown()


# --- reading the inputs -----------------------------------------------------------


def _shape(array: np.ndarray) -> str:
    return "×".join(str(size) for size in array.shape) if array.ndim > 1 else f"{array.size} values"


def _align(pred: np.ndarray, target: np.ndarray) -> np.ndarray:
    """The target in the shape of the predictions (a row matrix and a vector of the same entries agree)."""
    if target.shape == pred.shape:
        return target
    if target.size == pred.size and target.squeeze().shape == pred.squeeze().shape:
        return target.reshape(pred.shape)
    raise MathError(f"`pred` has {_shape(pred)} but `target` has {_shape(target)}",
                    hint="give one target for every prediction")


def _number(value: float) -> str:
    return f"{value:.6g}"


def _check_probabilities(array: np.ndarray, name: str, logits_hint: bool) -> None:
    """Every entry in [0, 1]; for predictions, suggest --logits when they are not."""
    hint = ("probabilities lie in [0, 1]; if these are raw scores, add `logits`" if logits_hint
            else "probability targets lie in [0, 1]")
    negative = array[array < 0]
    if negative.size:
        raise MathError(f"{name} has a negative probability ({_number(negative[0])})", hint=hint)
    above = array[array > 1]
    if above.size:
        raise MathError(f"{name} has {_number(above[0])}, above 1", hint=hint)


def _check_rows(rows: np.ndarray, name: str, logits_hint: bool) -> None:
    _check_probabilities(rows, name, logits_hint)
    sums = rows.sum(axis=-1)
    bad = np.flatnonzero(np.abs(sums - 1.0) > SUM_TOLERANCE)
    if bad.size:
        index = int(bad[0])
        hint = ("a row of probabilities sums to 1; if these are raw scores, add `logits`" if logits_hint
                else "each target row is one-hot or a distribution summing to 1")
        raise MathError(f"{name} row {index + 1} sums to {_number(sums[index])}, not 1", hint=hint)


def _class_targets(kind: str, rows_pred: np.ndarray, pred: np.ndarray, target: np.ndarray,
                   ) -> tuple[np.ndarray, np.ndarray | None]:
    """(target rows N×C, class indices or None): indices for sparse-ce, rows for categorical-ce, either for ce."""
    samples, classes = rows_pred.shape
    as_rows = target.size == samples * classes and (
        target.shape in (pred.shape, rows_pred.shape) or (samples == 1 and target.ndim == 1))
    as_indices = target.size == samples and (target.ndim == 1 or target.shape == (samples, 1))
    if kind == "sparse-ce" and as_rows:
        raise MathError("sparse-ce takes class indices (one per row), but `target` has rows like `pred`",
                        hint="for one-hot or probability rows use categorical-ce (or ce)")
    if kind == "categorical-ce" and as_indices:
        raise MathError("categorical-ce takes one-hot or probability rows shaped like `pred`",
                        hint="for class indices such as `target`=0 use sparse-ce (or ce)")
    if as_rows:
        rows = target.reshape(rows_pred.shape)
        _check_rows(rows, "`target`", logits_hint=False)
        return rows, None
    if as_indices:
        indices = target.reshape(-1)
        fractional = indices[indices != np.round(indices)]
        if fractional.size:
            raise InputError(f"class indices must be whole numbers, got {_number(fractional[0])}",
                             hint=f"write the class as 0..{classes - 1}", argument="`target`")
        outside = indices[(indices < 0) | (indices >= classes)]
        if outside.size:
            raise MathError(f"class index {int(outside[0])} is out of range for {classes} classes",
                            hint=f"class indices run from 0 to {classes - 1}", argument="`target`")
        whole = indices.astype(np.int64)
        return np.eye(classes)[whole], whole
    wants = {"sparse-ce": f"{samples} class index" + ("" if samples == 1 else "es"),
             "categorical-ce": f"a {samples}×{classes} matrix of rows"}.get(
        kind, f"{samples} class index{'' if samples == 1 else 'es'} or a {samples}×{classes} matrix of rows")
    raise MathError(f"`pred` has {samples} row{'s' if samples > 1 else ''} of {classes} classes "
                    f"but `target` has {_shape(target)}", hint=f"give {wants}")


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


def loss(
    kind: str,
    pred: Any,
    target: Any,
    *,
    logits: bool = False,
    reduction: str = "mean",
    delta: float | None = None,
    compare: bool = False,
) -> LossResult:
    """The ``kind`` loss of the predictions against the targets, with terms, reduction and gradient."""
    kind = canonical_kind(kind)
    if reduction not in REDUCTIONS:
        raise InputError(f"unknown reduction {reduction!r}", hint="use mean, sum or none")
    if delta is not None and kind != "huber" and not compare:
        raise InputError("`delta` applies only to huber")
    if logits and kind in REGRESSION:
        raise InputError(f"`logits` does not apply to {kind}",
                         hint="`logits` is for bce, ce, categorical-ce and sparse-ce")
    if delta is not None:
        delta = float(delta)
        if not math.isfinite(delta) or delta <= 0:
            raise MathError(f"huber's delta must be a positive number, got {delta:g}", hint="e.g. `delta`=1")
    pred_array = float_array(pred, "`pred`")
    target_array = float_array(target, "`target`")

    # finite inputs near the float64 limit can still overflow (1e200² or a sum of two 1e308):
    # that is reported as ∞ (JSON null with a warning), not as a numpy warning
    with np.errstate(over="ignore"):
        if kind in CLASSIFICATION:
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
    steps.append(step(_RMSE_REDUCE_KEYS[reduction], terms=listed(squares), count=count, inside=inside,
                      value=value))
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
        raise MathError(f"{kind} needs at least two classes per row, `pred` has {classes}",
                        hint='write one row of class scores per sample, e.g. `pred`="[[2,1,0.1]]"')
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


def _reduction_step(terms: np.ndarray, reduction: str, value: Any) -> Step:
    if reduction == "none":
        return step("loss.reduce.none", count=terms.size)
    return step(_REDUCE_KEYS[reduction], terms=listed(terms), count=terms.size, value=value)


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
    steps = [step("loss.log.clamp" if kind == "bce" else "loss.log.clamp_ce", floor=LOG_FLOOR)]
    if clamped:
        # BCE's gradient is PyTorch's closed form; the ce kinds take the clamp's own derivative, 0
        key = "loss.log.clamped_bce" if kind == "bce" else "loss.log.clamped_ce"
        steps.append(step(key, samples=clamped[:MAX_LISTED], floor=LOG_FLOOR))
    return steps


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
