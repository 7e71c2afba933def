"""Softmax and log-softmax, computed stably, with the steps a learner follows.

softmax(z)ᵢ = e^(zᵢ − m) / Σⱼ e^(zⱼ − m) with m = max(z): subtracting the
largest logit changes nothing (the factor e^(−m) cancels) but keeps every
exponent ≤ 0, so nothing overflows.  log-softmax(z) = z − LSE(z) with the
log-sum-exp LSE(z) = m + log Σⱼ e^(zⱼ − m), which never takes log(0).
A matrix is a batch: each row is its own distribution (the last axis, as
``torch.softmax(z, dim=-1)``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from mlmath.core.arrays import float_array
from mlmath.core.result import MORE, Computed, Result, Step, shortened, shown, step
from mlmath.errors import MathError
from mlmath.text import say

__all__ = ["softmax"]

# Row-by-row steps are written out for this many rows; the rest are computed at once.
MAX_WORKED_ROWS = 6
# A Jacobian has (classes)² entries per row: beyond this many in all, it is refused, not computed.
MAX_JACOBIAN_ENTRIES = 4_000_000


@dataclass
class SoftmaxResult(Result):
    """``result`` = the probabilities (log-probabilities with ``log``), one row per row of the logits.

    Every other field has the shape of the logits (a vector, or one entry per
    row for ``max``, ``sum``, ``log_sum_exp`` and ``argmax``).
    """

    logits: Any = None
    temperature: float = 1.0
    scaled: Any = None  # z / T
    max: Any = None  # m, the shift
    shifted: Any = None  # z/T − m
    exps: Any = None  # e^(z/T − m)
    sum: Any = None  # Σ e^(z/T − m)
    log_sum_exp: Any = None  # m + log Σ
    probabilities: Any = None
    log_probabilities: Any = None
    argmax: Any = None  # the most likely class, counted from 0
    jacobian: Any = None  # ∂ result / ∂ logits (per row for a matrix), when asked for
    log: bool = False
    axis: int = -1  # the axis each distribution runs along: -1 the last (rows of a matrix), 0 the columns
    labels: list[str] | None = shown()  # class names for the view (None: 0, 1, 2 …)


def _log_probabilities(self: SoftmaxResult) -> Any:
    """log-softmax = (z − m) − log Σ, worked out when first read unless it was given."""
    value = self.__dict__.get("_log_probabilities")
    if value is None and self.shifted is not None and self.sum is not None:
        value = self.shifted - np.log(self.sum)[..., None]
        self.__dict__["_log_probabilities"] = value
    return value


def _set_log_probabilities(self: SoftmaxResult, value: Any) -> None:
    self.__dict__["_log_probabilities"] = value


# still a field (in --json, in fields()), read through a property so it can wait until it is needed
SoftmaxResult.log_probabilities = property(_log_probabilities, _set_log_probabilities)


def as_logits(values: Any) -> np.ndarray:
    """A scalar, vector or matrix of logits as float64, a scalar becoming one logit (a float64 array
    as it is: it is only read, and 10⁷ logits are 80 MB)."""
    if isinstance(values, np.ndarray) and values.dtype == np.float64 and values.ndim in (1, 2):
        return values
    return float_array(values, say("softmax.error.the_logits"))


def softmax_rows(logits: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(softmax, log-softmax) along the last axis, both stable; the plain numeric kernel."""
    shifted = _shift(logits, logits.max(axis=-1, keepdims=True))
    exps = np.exp(shifted)
    total = exps.sum(axis=-1, keepdims=True)
    return exps / total, shifted - np.log(total)


def _shift(logits: np.ndarray, peak: np.ndarray) -> np.ndarray:
    """z − m per row, m = max(z) given as a column: every entry ≤ 0, the largest exactly 0."""
    with np.errstate(over="ignore"):  # z − m can only overflow towards −∞, where e^(z − m) is 0 anyway
        return logits - peak


def _jacobian(probabilities: np.ndarray, temperature: float, log: bool) -> np.ndarray:
    """∂pᵢ/∂zⱼ = pᵢ(δᵢⱼ − pⱼ)/T, i.e. (diag(p) − p·pᵀ)/T; for log p: (δᵢⱼ − pⱼ)/T, i.e. (I − 1·pᵀ)/T."""
    size = probabilities.shape[-1]
    if log:
        jacobian = np.eye(size) - probabilities[..., None, :]
    else:
        jacobian = probabilities[..., :, None] * (np.eye(size) - probabilities[..., None, :])
    return jacobian / temperature


def softmax(
    logits: Any,
    *,
    temperature: float = 1.0,
    log: bool = False,
    jacobian: bool = False,
    axis: int = -1,
) -> SoftmaxResult:
    """softmax(z / T) of a vector, or of each row of a matrix (``axis=0``: of each column, as
    ``torch.softmax(z, dim=0)``), stably; with ``log``, log-softmax."""
    z = as_logits(logits)
    if axis not in (-1, z.ndim - 1, 0, -z.ndim) or z.ndim > 2:
        raise MathError(say("softmax.error.axis", axis=axis, ndim=z.ndim), hint=say("softmax.error.axis.hint"))
    if z.ndim == 2 and axis in (0, -2):
        # each column is a distribution: the same arithmetic on the columns as rows, turned back after
        return _by_columns(softmax(z.T, temperature=temperature, log=log, jacobian=jacobian))
    temperature = float(temperature)
    if not np.isfinite(temperature) or temperature <= 0:
        raise MathError(say("softmax.error.temperature", temperature=temperature),
                        hint=say("softmax.error.temperature.hint"))
    with np.errstate(over="ignore"):
        # z / 1 is z itself: the same array, so --json writes its numbers once for both keys
        scaled = z if temperature == 1.0 else z / temperature
    # the smallest and the largest are finite exactly when every entry is (NaN spreads to both): two passes
    # over the logits and no mask as large as them
    if not (np.isfinite(scaled.min()) and np.isfinite(scaled.max())):
        raise MathError(say("softmax.error.overflow", temperature=temperature), hint=say("softmax.error.overflow.hint"))

    if jacobian and z.size * z.shape[-1] > MAX_JACOBIAN_ENTRIES:
        raise MathError(say("softmax.error.jacobian", count=z.size * z.shape[-1]),
                        hint=say("softmax.error.jacobian.hint"))
    peak = scaled.max(axis=-1)
    shifted = _shift(scaled, peak[..., None])
    exps = np.exp(shifted)
    total = exps.sum(axis=-1)
    log_total = np.log(total)
    probabilities = exps / total[..., None]
    # log-softmax is computed now when it is the answer, else on first reading (--json, the API): a view
    # of 10⁷ probabilities need not hold one more array of 10⁷
    log_probabilities = shifted - log_total[..., None] if log else None
    log_sum_exp = peak + log_total
    argmax = np.argmax(scaled, axis=-1)
    jac = _jacobian(probabilities, temperature, log) if jacobian else None

    steps: list[Step] = []
    if temperature != 1.0:
        steps.append(_temperature_step(z, temperature, probabilities))
    if z.ndim == 1:
        steps.extend(_row_steps(scaled, peak, shifted, exps, total, probabilities, log_probabilities,
                                log_sum_exp, log))
    else:
        for index in range(min(z.shape[0], MAX_WORKED_ROWS)):
            row_steps = _row_steps(scaled[index], peak[index], shifted[index], exps[index], total[index],
                                   probabilities[index], log_probabilities[index] if log else None,
                                   log_sum_exp[index], log)
            steps.append(step("softmax.row", *row_steps, row=index + 1))
        if z.shape[0] > MAX_WORKED_ROWS:
            steps.append(step("softmax.rows_hidden", rows=z.shape[0] - MAX_WORKED_ROWS))
    if jacobian:
        key = {(False, False): "softmax.jacobian", (False, True): "softmax.jacobian_t",
               (True, False): "softmax.jacobian_log", (True, True): "softmax.jacobian_log_t"}[log, temperature != 1.0]
        steps.append(step(key, t=temperature))
    return SoftmaxResult(
        result=log_probabilities if log else probabilities,
        logits=z, temperature=temperature, scaled=scaled, max=peak, shifted=shifted, exps=exps, sum=total,
        log_sum_exp=log_sum_exp, probabilities=probabilities, log_probabilities=log_probabilities,
        argmax=argmax, jacobian=jac, log=log, steps=steps,
    )


def _by_columns(rows: SoftmaxResult) -> SoftmaxResult:
    """The result of softmax over the rows of zᵀ, as softmax over the columns of z: matrices turned back,
    one max, sum and argmax per column, the worked rows said as columns."""
    def back(array: Any) -> Any:
        return None if array is None else array.T

    steps = [Step("softmax.column" if item.key == "softmax.row" else
                  "softmax.columns_hidden" if item.key == "softmax.rows_hidden" else item.key,
                  {("column" if name == "row" else "columns" if name == "rows" else name): value
                   for name, value in item.args.items()}, item.children) for item in rows.steps]
    return SoftmaxResult(
        result=back(rows.result), logits=back(rows.logits), temperature=rows.temperature, scaled=back(rows.scaled),
        max=rows.max, shifted=back(rows.shifted), exps=back(rows.exps), sum=rows.sum, log_sum_exp=rows.log_sum_exp,
        probabilities=back(rows.probabilities), log_probabilities=back(rows.log_probabilities), argmax=rows.argmax,
        jacobian=rows.jacobian, log=rows.log, axis=0, labels=rows.labels, steps=steps)


def _row_steps(scaled, peak, shifted, exps, total, probabilities, log_probabilities, log_sum_exp,
               log: bool) -> list[Step]:
    """Shift, exponentiate, sum, divide (and, for log-softmax, subtract the log-sum-exp).

    A sentence shows the first and last few entries of a list, so only those are taken from the arrays
    (:func:`shortened`): the steps of 10⁷ logits cost what the steps of ten do.
    """
    steps = [
        step("softmax.shift", logits=shortened(scaled), max=peak, shifted=shortened(shifted)),
        step("softmax.exp", shifted=shortened(shifted), exps=shortened(exps)),
        step("softmax.sum", total=Computed(tuple(shortened(exps)), total)),
        # each shown pᵢ = eᵢ/Σ as a sentence a calculator redoes from the printed numbers
        step("softmax.divide", check=float(np.sum(probabilities)),
             probabilities=[MORE if e == MORE else Computed((e,), p, divisor=total)
                            for e, p in zip(shortened(exps), shortened(probabilities))]),
    ]
    if log:
        steps.append(step("softmax.log", max=peak, total=total, lse=log_sum_exp,
                          log_probabilities=shortened(log_probabilities)))
    return steps


def _temperature_step(z: np.ndarray, temperature: float, probabilities: np.ndarray) -> Step:
    """z/T and what it does to the largest probability (compared with T = 1), of the vector or of row 1."""
    first = z if z.ndim == 1 else z[0]
    top_plain = float(np.max(softmax_rows(first)[0]))
    top_scaled = float(np.max(probabilities if z.ndim == 1 else probabilities[0]))
    key = {(True, False): "softmax.temperature.sharper", (True, True): "softmax.temperature.sharper_rows",
           (False, False): "softmax.temperature.flatter", (False, True): "softmax.temperature.flatter_rows"}[
        temperature < 1, z.ndim == 2]
    return step(key, t=temperature, before=top_plain, after=top_scaled)
