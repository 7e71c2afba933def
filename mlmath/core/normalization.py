"""Normalization: standard and min-max scaling, batch normalization and layer normalization.

The rows of X are samples and its columns features.  Per feature (down a column):

- standard (scikit-learn's StandardScaler): z = (x − μ)/σ with σ the population standard
  deviation (divide by n).  A constant column has σ = 0; StandardScaler divides by 1 instead, so
  the column becomes 0.
- minmax (MinMaxScaler with feature_range (a, b)): x′ = a + (x − min)·(b − a)/(max − min).  A
  constant column has max − min = 0; MinMaxScaler divides by 1 instead, so the column becomes a.
- batchnorm (torch.nn.BatchNorm1d): in training, x̂ = (x − μ_B)/√(σ²_B + ε) with the batch mean and
  the biased batch variance, y = γ·x̂ + β, and the running statistics move by the momentum m:
  running_mean ← (1 − m)·running_mean + m·μ_B, running_var ← (1 − m)·running_var + m·σ²_B·n/(n − 1)
  (the unbiased variance).  In evaluation the running statistics take the place of μ_B and σ²_B.

Per sample (along a row): layernorm (torch.nn.LayerNorm over the last dimension), x̂ = (x − μ)/√(σ² + ε)
with the row's mean and biased variance, y = γ⊙x̂ + β, γ and β one entry per feature.

A vector is one feature measured on n samples (a column) for the first three, and one sample
of n features (a row) for layernorm.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from mlmath.core.arrays import float_array
from mlmath.core.result import Result, Step, shortened, step
from mlmath.errors import MathError
from mlmath.text import Sentence, say

__all__ = ["normalize"]

METHODS = ("standard", "minmax", "batchnorm", "layernorm")
DEFAULT_EPS = 1e-5
DEFAULT_MOMENTUM = 0.1


@dataclass
class NormalizeResult(Result):
    """``result`` = the normalized values, shaped like the input.

    Statistics are one entry per feature (per column), or per sample (per row) for layernorm;
    the fields a method does not use are None.
    """

    method: str = "standard"
    x: Any = None  # the input as given
    mean: Any = None  # μ per column (per row for layernorm; the running mean in batchnorm eval)
    variance: Any = None  # σ² (population / biased; the running variance in batchnorm eval)
    std: Any = None  # σ = √σ² (standard), √(σ² + ε) (batchnorm, layernorm)
    minimum: Any = None  # minmax
    maximum: Any = None
    feature_range: Any = None  # minmax: (a, b)
    normalized: Any = None  # x̂ before γ and β (batchnorm, layernorm)
    eps: Any = None
    gamma: Any = None
    beta: Any = None
    training: Any = None  # batchnorm: True in training mode, False with eval
    momentum: Any = None
    running_mean: Any = None  # batchnorm: the running statistics given
    running_var: Any = None
    unbiased_variance: Any = None  # batchnorm training: σ²_B·n/(n − 1)
    new_running_mean: Any = None  # batchnorm training: after this batch
    new_running_var: Any = None
    constant: Any = None  # indices (from 0) of constant columns (rows for layernorm)
    worked: int = 0  # the column (row for layernorm) the steps write out, from 0


def _matrix(x: np.ndarray, method: str) -> np.ndarray:
    """The input as samples × features: a vector is a column, or one row for layernorm."""
    if x.ndim == 2:
        return x
    return x.reshape(1, -1) if method == "layernorm" else x.reshape(-1, 1)


def _error(message: Sentence, operand: str, hint: Sentence | None = None) -> MathError:
    """A MathError naming the operand it is about (``gamma``, ``eps`` …), for the caller to place."""
    error = MathError(message, hint=hint)
    error.operand = operand
    return error


def _per_feature(values: Any, count: int, default: float, what: str | Sentence, operand: str) -> np.ndarray:
    """γ, β or a running statistic: one number for every feature, or a single number for all."""
    if values is None:
        return np.full(count, float(default))
    array = float_array(values, what).reshape(-1) if np.ndim(values) else np.array([float(values)])
    if array.size == 1:
        return np.full(count, float(array[0]))
    if array.size != count:
        raise _error(say("normalization.error.per_feature", what=what, size=array.size, count=count), operand,
                     hint=say("normalization.error.per_feature.hint"))
    return array


def normalize(
    x: Any,
    method: str = "standard",
    *,
    feature_range: tuple[float, float] = (0.0, 1.0),
    eps: float = DEFAULT_EPS,
    gamma: Any = None,
    beta: Any = None,
    momentum: float = DEFAULT_MOMENTUM,
    running_mean: Any = None,
    running_var: Any = None,
    training: bool = True,
) -> NormalizeResult:
    """Normalize the columns of X (standard, minmax, batchnorm) or its rows (layernorm)."""
    if method not in METHODS:
        raise _error(say("normalization.error.method", method=method), "method",
                     hint=say("normalization.error.method.hint", methods=", ".join(METHODS)))
    given = float_array(x, "X")
    matrix = _matrix(given, method)
    if method == "standard":
        result = _standard(matrix)
    elif method == "minmax":
        result = _minmax(matrix, feature_range)
    elif method == "batchnorm":
        result = _batchnorm(matrix, eps, gamma, beta, momentum, running_mean, running_var, training)
    else:
        result = _layernorm(matrix, eps, gamma, beta)
    result.x = given
    same = result.normalized is result.result  # γ = 1, β = 0: one array, written once in JSON
    result.result = result.result.reshape(given.shape)
    if result.normalized is not None:
        result.normalized = result.result if same else result.normalized.reshape(given.shape)
    return result


def _constant_columns(matrix: np.ndarray) -> np.ndarray:
    return np.flatnonzero(np.ptp(matrix, axis=0) == 0)


def _worked(matrix: np.ndarray, constant: np.ndarray) -> int:
    """The first column that is not constant (the first column if all are)."""
    varying = np.setdiff1d(np.arange(matrix.shape[1]), constant)
    return int(varying[0]) if varying.size else 0


def _others_step(count: int, rows: bool = False) -> list[Step]:
    if count <= 0:
        return []
    return [step("normalization.others_rows" if rows else "normalization.others", count=count)]


# --- standard -------------------------------------------------------------------------


def _standard(matrix: np.ndarray) -> NormalizeResult:
    n, features = matrix.shape
    mean = matrix.mean(axis=0)
    variance = matrix.var(axis=0)  # population variance, ddof = 0, as StandardScaler
    std = np.sqrt(variance)
    constant = _constant_columns(matrix)
    scale = std.copy()
    scale[constant] = 1.0  # StandardScaler: a zero scale is replaced by 1
    z = (matrix - mean) / scale
    z[:, constant] = 0.0  # x − μ is 0 there (up to rounding of μ)
    worked = _worked(matrix, constant)

    column = matrix[:, worked]
    steps = [step("normalization.standard.formula")]
    if worked in constant:
        steps.append(_constant_standard_step(worked, column[0]))
    else:
        deviations = column - mean[worked]
        steps.append(step(
            "normalization.column", *_mean_variance_steps(column, mean[worked], deviations, variance[worked], n),
            step("normalization.standard.std", variance=variance[worked], std=std[worked]),
            step("normalization.standard.z", deviations=shortened(deviations), std=std[worked],
                 values=shortened(z[:, worked])),
            column=worked + 1))
    steps.extend(_constant_standard_step(index, matrix[0, index]) for index in constant if index != worked)
    steps.extend(_others_step(features - 1 - len([i for i in constant if i != worked])))
    return NormalizeResult(result=z, method="standard", mean=mean, variance=variance, std=std,
                           constant=constant, worked=worked, steps=steps)


def _mean_variance_steps(values: np.ndarray, mean: float, deviations: np.ndarray, variance: float, n: int,
                         biased_key: str = "normalization.variance") -> list[Step]:
    return [
        step("normalization.mean", values=shortened(values), n=n, mean=mean),
        step("normalization.deviations", mean=mean, deviations=shortened(deviations)),
        step(biased_key, deviations=shortened(deviations), n=n, variance=variance),
    ]


def _constant_standard_step(index: int, value: float) -> Step:
    return step("normalization.standard.constant", column=index + 1, value=value)


def _short(value: float, decimals: int = 4) -> bool:
    """Whether ``value`` is written exactly with a few decimals (then a product with it is exact as shown)."""
    scaled = value * 10**decimals
    return abs(scaled - round(scaled)) <= 1e-9 * max(1.0, abs(scaled))


# --- minmax ---------------------------------------------------------------------------


def _minmax(matrix: np.ndarray, feature_range: tuple[float, float]) -> NormalizeResult:
    low, high = (float(value) for value in feature_range)
    if not low < high:
        raise _error(say("normalization.error.range_empty", low=low, high=high), "range",
                     hint=say("normalization.error.range_empty.hint"))
    features = matrix.shape[1]
    minimum, maximum = matrix.min(axis=0), matrix.max(axis=0)
    spread = maximum - minimum
    constant = np.flatnonzero(spread == 0)
    divisor = spread.copy()
    divisor[constant] = 1.0  # MinMaxScaler: a zero range is replaced by 1
    with np.errstate(over="ignore"):
        scaled = low + (matrix - minimum) * ((high - low) / divisor)
    if not np.isfinite(scaled).all():
        raise MathError(say("normalization.error.overflow"), hint=say("normalization.error.overflow.hint"))
    worked = _worked(matrix, constant)

    steps = [step("normalization.minmax.formula", low=low, high=high)]
    column = matrix[:, worked]
    if worked in constant:
        steps.append(step("normalization.minmax.constant", column=worked + 1, value=column[0], low=low))
    else:
        offsets = column - minimum[worked]
        steps.append(step(
            "normalization.column",
            step("normalization.minmax.extremes", values=shortened(column), minimum=minimum[worked],
                 maximum=maximum[worked], spread=spread[worked]),
            step("normalization.minmax.offsets", minimum=minimum[worked], offsets=shortened(offsets)),
            step("normalization.minmax.scale" if _short((high - low) / spread[worked]) else
                 "normalization.minmax.scale_approx", low=low, high=high, width=high - low, spread=spread[worked],
                 factor=(high - low) / spread[worked], values=shortened(scaled[:, worked])),
            column=worked + 1))
    steps.extend(step("normalization.minmax.constant", column=index + 1, value=matrix[0, index], low=low)
                 for index in constant if index != worked)
    steps.extend(_others_step(features - 1 - len([i for i in constant if i != worked])))
    return NormalizeResult(result=scaled, method="minmax", minimum=minimum, maximum=maximum,
                           feature_range=[low, high], constant=constant, worked=worked, steps=steps)


# --- batchnorm ------------------------------------------------------------------------


def _check_eps(eps: float) -> float:
    eps = float(eps)
    if not np.isfinite(eps) or eps <= 0:
        raise _error(say("normalization.error.eps", eps=eps), "eps", hint=say("normalization.error.eps.hint"))
    return eps


def _batchnorm(matrix, eps, gamma, beta, momentum, running_mean, running_var, training) -> NormalizeResult:
    n, features = matrix.shape
    eps = _check_eps(eps)
    momentum = float(momentum)
    if not 0 <= momentum <= 1:
        raise _error(say("normalization.error.momentum", momentum=momentum), "momentum",
                     hint=say("normalization.error.momentum.hint"))
    gamma = _per_feature(gamma, features, 1.0, "γ", "gamma")
    beta = _per_feature(beta, features, 0.0, "β", "beta")
    old_mean = _per_feature(running_mean, features, 0.0, say("normalization.error.running_mean"), "running_mean")
    old_var = _per_feature(running_var, features, 1.0, say("normalization.error.running_var"), "running_var")
    if (old_var < 0).any():
        raise _error(say("normalization.error.negative_var"), "running_var",
                     hint=say("normalization.error.negative_var.hint"))
    common = dict(method="batchnorm", eps=eps, gamma=gamma, beta=beta, training=training, momentum=momentum,
                  running_mean=old_mean, running_var=old_var)

    if not training:
        denominator = np.sqrt(old_var + eps)
        normalized = (matrix - old_mean) / denominator
        y = _affine(normalized, gamma, beta)
        worked = 0
        column = matrix[:, worked]
        steps = [step("normalization.batchnorm.eval_formula"),
                 step("normalization.column",
                      step("normalization.batchnorm.eval_stats", mean=old_mean[worked], variance=old_var[worked]),
                      step("normalization.batchnorm.hat", values=shortened(column), mean=old_mean[worked],
                           variance=old_var[worked], eps=eps, denominator=denominator[worked],
                           normalized=shortened(normalized[:, worked])),
                      _affine_step(gamma[worked], beta[worked], normalized[:, worked], y[:, worked]),
                      column=worked + 1),
                 *_others_step(features - 1),
                 step("normalization.batchnorm.eval_unchanged")]
        return NormalizeResult(result=y, mean=old_mean, variance=old_var, std=denominator, normalized=normalized,
                               constant=np.array([], dtype=int), worked=worked, steps=steps, **common)

    if n < 2:
        raise MathError(say("normalization.error.batch_of_one"), hint=say("normalization.error.batch_of_one.hint"))
    mean = matrix.mean(axis=0)
    variance = matrix.var(axis=0)  # biased: divide by n
    denominator = np.sqrt(variance + eps)
    normalized = (matrix - mean) / denominator
    y = _affine(normalized, gamma, beta)
    unbiased = variance * (n / (n - 1))
    new_mean = (1 - momentum) * old_mean + momentum * mean
    new_var = (1 - momentum) * old_var + momentum * unbiased
    constant = _constant_columns(matrix)
    worked = _worked(matrix, constant)

    column = matrix[:, worked]
    deviations = column - mean[worked]
    steps = [step("normalization.batchnorm.formula"),
             step("normalization.column",
                  *_mean_variance_steps(column, mean[worked], deviations, variance[worked], n,
                                        "normalization.batchnorm.variance"),
                  step("normalization.batchnorm.hat", values=shortened(column), mean=mean[worked],
                       variance=variance[worked], eps=eps, denominator=denominator[worked],
                       normalized=shortened(normalized[:, worked])),
                  _affine_step(gamma[worked], beta[worked], normalized[:, worked], y[:, worked]),
                  step("normalization.batchnorm.running_mean", momentum=momentum, rest=1 - momentum,
                       old=old_mean[worked], mean=mean[worked], new=new_mean[worked]),
                  step("normalization.batchnorm.unbiased", variance=variance[worked], n=n, n1=n - 1,
                       unbiased=unbiased[worked]),
                  step("normalization.batchnorm.running_var", momentum=momentum, rest=1 - momentum,
                       old=old_var[worked], unbiased=unbiased[worked], new=new_var[worked]),
                  column=worked + 1)]
    steps.extend(step("normalization.batchnorm.constant", column=index + 1, value=matrix[0, index],
                      eps=eps, root=np.sqrt(eps), beta=beta[index]) for index in constant)
    steps.extend(_others_step(features - 1))
    return NormalizeResult(result=y, mean=mean, variance=variance, std=denominator, normalized=normalized,
                           unbiased_variance=unbiased, new_running_mean=new_mean, new_running_var=new_var,
                           constant=constant, worked=worked, steps=steps, **common)


def _affine(normalized: np.ndarray, gamma: np.ndarray, beta: np.ndarray) -> np.ndarray:
    """y = γ·x̂ + β per feature; x̂ itself (the same array) when γ = 1 and β = 0."""
    if (gamma == 1).all() and (beta == 0).all():
        return normalized
    return normalized * gamma + beta


def _affine_step(gamma: float, beta: float, normalized: np.ndarray, y: np.ndarray) -> Step:
    return step("normalization.affine", gamma=gamma, beta=beta, normalized=shortened(normalized), y=shortened(y))


# --- layernorm ------------------------------------------------------------------------


def _layernorm(matrix, eps, gamma, beta) -> NormalizeResult:
    samples, features = matrix.shape
    eps = _check_eps(eps)
    gamma = _per_feature(gamma, features, 1.0, "γ", "gamma")
    beta = _per_feature(beta, features, 0.0, "β", "beta")
    mean = matrix.mean(axis=1)
    variance = matrix.var(axis=1)  # biased, as LayerNorm
    denominator = np.sqrt(variance + eps)
    normalized = (matrix - mean[:, None]) / denominator[:, None]
    y = _affine(normalized, gamma, beta)
    constant = np.flatnonzero(np.ptp(matrix, axis=1) == 0)
    varying = np.setdiff1d(np.arange(samples), constant)
    worked = int(varying[0]) if varying.size else 0

    row = matrix[worked]
    deviations = row - mean[worked]
    plain = bool((gamma == 1).all() and (beta == 0).all())
    affine = (step("normalization.layernorm.affine_plain") if plain else
              step("normalization.layernorm.affine", gamma=shortened(gamma), beta=shortened(beta),
                   y=shortened(y[worked])))
    steps = [step("normalization.layernorm.formula"),
             step("normalization.row",
                  *_mean_variance_steps(row, mean[worked], deviations, variance[worked], features,
                                        "normalization.batchnorm.variance"),
                  step("normalization.batchnorm.hat", values=shortened(row), mean=mean[worked],
                       variance=variance[worked], eps=eps, denominator=denominator[worked],
                       normalized=shortened(normalized[worked])),
                  affine,
                  row=worked + 1)]
    steps.extend(step("normalization.layernorm.constant", row=index + 1, value=matrix[index, 0], eps=eps)
                 for index in constant)
    steps.extend(_others_step(samples - 1, rows=True))
    return NormalizeResult(result=y, method="layernorm", mean=mean, variance=variance, std=denominator,
                           normalized=normalized, eps=eps, gamma=gamma, beta=beta, constant=constant,
                           worked=worked, steps=steps)
