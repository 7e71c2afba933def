"""Activation functions and their derivatives, as ``torch.nn.functional`` computes them in float64.

Each derivative is a closed form, written beside its function.  Every formula
is arranged so that no intermediate overflows for any finite input: σ(−1000)
is 0 and σ(1000) is 1 without a warning.  Where PyTorch picks a value at a
kink or a cut-off, the same value is picked here:

* relu′(0) = 0 and leaky-relu′(0) = slope (the x ≤ 0 branch);
* softplus(x) = x for x > 20 (PyTorch's threshold), with derivative 1 there;
* gelu is x·Φ(x) with the exact normal CDF (``approximate='none'``, the
  default) or the tanh approximation (``approximate='tanh'``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from mlmath.core.result import Result, Step, step
from mlmath.errors import InputError, MathError
from mlmath.text import say

__all__ = ["activation"]

NAMES = ("sigmoid", "tanh", "relu", "leaky-relu", "softplus", "gelu", "softmax", "elu", "selu", "celu", "silu",
         "mish", "relu6", "hardtanh", "hardsigmoid", "hardswish", "logsigmoid", "softsign", "tanhshrink", "prelu")
ALIASES = {"logistic": "sigmoid", "leakyrelu": "leaky-relu", "lrelu": "leaky-relu", "swish": "silu"}
APPROXIMATIONS = ("none", "tanh")

DEFAULT_SLOPE = 0.01  # torch.nn.functional.leaky_relu's negative_slope
SOFTPLUS_THRESHOLD = 20.0  # torch.nn.functional.softplus: above it, softplus(x) = x
GELU_TANH_KAPPA = 0.044715
SQRT_2_OVER_PI = math.sqrt(2.0 / math.pi)
DEFAULT_RANGE = (-5.0, 5.0)
DEFAULT_POINTS = (-2.0, -1.0, 0.0, 1.0, 2.0)
DEFAULT_LOGITS = (1.0, 2.0, 3.0)
MAX_WORKED_POINTS = 10


def canonical_name(name: str) -> str:
    """``Leaky_ReLU`` → ``leaky-relu``; an unknown name is an error listing the known ones."""
    key = name.strip().lower().replace("_", "-")
    key = ALIASES.get(key.replace("-", ""), ALIASES.get(key, key))
    if key not in NAMES:
        raise InputError(say("activation.error.unknown", name=name), hint=say("activation.error.unknown.hint",
                                                                             names=", ".join(NAMES)))
    return key


# --- the functions and their derivatives ----------------------------------------


def sigmoid(x: np.ndarray) -> np.ndarray:
    """σ(x) = 1/(1 + e^(−x)) for x ≥ 0 and eˣ/(1 + eˣ) for x < 0: e^(−|x|) never overflows."""
    x = np.asarray(x, dtype=float)
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def sigmoid_derivative(x: np.ndarray) -> np.ndarray:
    """σ′(x) = σ(x)(1 − σ(x)) = σ(x)·σ(−x), accurate even where σ(x) rounds to 1."""
    x = np.asarray(x, dtype=float)
    return sigmoid(x) * sigmoid(-x)


def tanh(x: np.ndarray) -> np.ndarray:
    return np.tanh(np.asarray(x, dtype=float))


def tanh_derivative(x: np.ndarray) -> np.ndarray:
    """tanh′(x) = 1 − tanh²(x)."""
    t = tanh(x)
    return 1.0 - t * t


def relu(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    return np.where(x > 0, x, 0.0)


def relu_derivative(x: np.ndarray) -> np.ndarray:
    """1 for x > 0, else 0 (PyTorch's choice at the corner x = 0)."""
    return (np.asarray(x, dtype=float) > 0).astype(float)


def leaky_relu(x: np.ndarray, slope: float = DEFAULT_SLOPE) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    with np.errstate(over="ignore"):  # only a slope above 1 on a near-overflow x can reach ±∞
        return np.where(x > 0, x, slope * x)


def leaky_relu_derivative(x: np.ndarray, slope: float = DEFAULT_SLOPE) -> np.ndarray:
    """1 for x > 0, else the slope (also at x = 0, as PyTorch)."""
    return np.where(np.asarray(x, dtype=float) > 0, 1.0, float(slope))


def softplus(x: np.ndarray) -> np.ndarray:
    """log(1 + eˣ), and x itself above PyTorch's threshold 20."""
    x = np.asarray(x, dtype=float)
    return np.where(x > SOFTPLUS_THRESHOLD, x, np.log1p(np.exp(np.minimum(x, SOFTPLUS_THRESHOLD))))


def softplus_derivative(x: np.ndarray) -> np.ndarray:
    """softplus′(x) = σ(x); 1 above the threshold, where softplus(x) = x."""
    x = np.asarray(x, dtype=float)
    return np.where(x > SOFTPLUS_THRESHOLD, 1.0, sigmoid(x))


def normal_cdf(x: np.ndarray) -> np.ndarray:
    """Φ(x) = ½·erfc(−x/√2), accurate in the far left tail where ½(1 + erf) cancels to 0."""
    x = np.asarray(x, dtype=float)
    return np.array([0.5 * math.erfc(-value / math.sqrt(2.0)) for value in x.reshape(-1)]).reshape(x.shape)


def normal_pdf(x: np.ndarray) -> np.ndarray:
    """φ(x) = e^(−x²/2)/√(2π); 0 beyond |x| = 40, where it underflows anyway (and x² could overflow)."""
    x = np.clip(np.asarray(x, dtype=float), -40.0, 40.0)
    return np.exp(-0.5 * x * x) / math.sqrt(2.0 * math.pi)


def _gelu_tanh_parts(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """u = √(2/π)(x + 0.044715x³) and tanh(u); |x| is capped at 20, where tanh(u) is exactly ±1 already."""
    capped = np.clip(np.asarray(x, dtype=float), -20.0, 20.0)
    inner = SQRT_2_OVER_PI * (capped + GELU_TANH_KAPPA * capped**3)
    return inner, np.tanh(inner)


def gelu(x: np.ndarray, approximate: str = "none") -> np.ndarray:
    """x·Φ(x), or ½x(1 + tanh(√(2/π)(x + 0.044715x³))) with ``approximate='tanh'``."""
    x = np.asarray(x, dtype=float)
    if approximate == "tanh":
        return 0.5 * x * (1.0 + _gelu_tanh_parts(x)[1])
    return x * normal_cdf(x)


def gelu_derivative(x: np.ndarray, approximate: str = "none") -> np.ndarray:
    """Φ(x) + x·φ(x); for the tanh form ½(1 + t) + ½x(1 − t²)·√(2/π)(1 + 3·0.044715x²)."""
    x = np.asarray(x, dtype=float)
    if approximate == "tanh":
        capped = np.clip(x, -20.0, 20.0)  # beyond, 1 − t² is exactly 0
        _, t = _gelu_tanh_parts(x)
        return 0.5 * (1.0 + t) + 0.5 * capped * (1.0 - t * t) * SQRT_2_OVER_PI * (
            1.0 + 3.0 * GELU_TANH_KAPPA * capped * capped)
    return normal_cdf(x) + np.clip(x, -40.0, 40.0) * normal_pdf(x)


# --- the rest of torch.nn.functional's elementwise activations --------------------------

SELU_ALPHA = 1.6732632423543772848170429916717  # torch.nn.functional.selu's α and λ (Klambauer et al.)
SELU_SCALE = 1.0507009873554804934193349852946
# hardsigmoid's backward multiplies by 1/6 written as a float32 literal: 0.16666667163…, not 0.1666…67
HARD_SIXTH = float(np.float32(1.0 / 6.0))
DEFAULT_ALPHA = 1.0  # elu and celu
DEFAULT_BETA = 1.0  # softplus
DEFAULT_MIN_VAL, DEFAULT_MAX_VAL = -1.0, 1.0  # hardtanh
DEFAULT_PRELU_SLOPE = 0.25  # torch.nn.PReLU's initial weight


def _exp(x: np.ndarray) -> np.ndarray:
    """eˣ where only the branch that is not taken could overflow (np.where evaluates both)."""
    with np.errstate(over="ignore"):
        return np.exp(x)


def elu(x: np.ndarray, alpha: float = DEFAULT_ALPHA) -> np.ndarray:
    """x for x > 0, α(eˣ − 1) for x ≤ 0 (with expm1, exact near 0)."""
    x = np.asarray(x, dtype=float)
    return np.where(x > 0, x, alpha * np.expm1(np.minimum(x, 0.0)))


def elu_derivative(x: np.ndarray, alpha: float = DEFAULT_ALPHA) -> np.ndarray:
    """1 for x > 0, α·eˣ for x ≤ 0 (at 0 PyTorch takes the left side: α)."""
    x = np.asarray(x, dtype=float)
    return np.where(x > 0, 1.0, alpha * np.exp(np.minimum(x, 0.0)))


def selu(x: np.ndarray) -> np.ndarray:
    """λ·elu(x, α) with PyTorch's fixed λ ≈ 1.0507 and α ≈ 1.6733."""
    return SELU_SCALE * elu(x, SELU_ALPHA)


def selu_derivative(x: np.ndarray) -> np.ndarray:
    return SELU_SCALE * elu_derivative(x, SELU_ALPHA)


def celu(x: np.ndarray, alpha: float = DEFAULT_ALPHA) -> np.ndarray:
    """x for x > 0, α(e^(x/α) − 1) for x ≤ 0."""
    x = np.asarray(x, dtype=float)
    return np.where(x > 0, x, alpha * np.expm1(np.minimum(x, 0.0) / alpha))


def celu_derivative(x: np.ndarray, alpha: float = DEFAULT_ALPHA) -> np.ndarray:
    """1 for x > 0, e^(x/α) for x ≤ 0 (1 at 0, for every α)."""
    x = np.asarray(x, dtype=float)
    return np.where(x > 0, 1.0, np.exp(np.minimum(x, 0.0) / alpha))


def silu(x: np.ndarray) -> np.ndarray:
    """x·σ(x) (also called swish)."""
    x = np.asarray(x, dtype=float)
    return x * sigmoid(x)


def silu_derivative(x: np.ndarray) -> np.ndarray:
    """σ(x)·(1 + x·(1 − σ(x))), with 1 − σ(x) written σ(−x)."""
    x = np.asarray(x, dtype=float)
    return sigmoid(x) * (1.0 + x * sigmoid(-x))


def _log1p_exp(x: np.ndarray) -> np.ndarray:
    """log(1 + eˣ) without overflow: max(x, 0) + log(1 + e^(−|x|))."""
    x = np.asarray(x, dtype=float)
    return np.maximum(x, 0.0) + np.log1p(np.exp(-np.abs(x)))


def mish(x: np.ndarray) -> np.ndarray:
    """x·tanh(softplus(x)), softplus = log(1 + eˣ) (no threshold)."""
    x = np.asarray(x, dtype=float)
    return x * np.tanh(_log1p_exp(x))


def mish_derivative(x: np.ndarray) -> np.ndarray:
    """tanh(sp) + x·σ(x)·(1 − tanh²(sp)), sp = softplus(x)."""
    x = np.asarray(x, dtype=float)
    t = np.tanh(_log1p_exp(x))
    return t + x * sigmoid(x) * (1.0 - t * t)


def hardtanh(x: np.ndarray, min_val: float = DEFAULT_MIN_VAL, max_val: float = DEFAULT_MAX_VAL) -> np.ndarray:
    return np.clip(np.asarray(x, dtype=float), min_val, max_val)


def hardtanh_derivative(x: np.ndarray, min_val: float = DEFAULT_MIN_VAL,
                        max_val: float = DEFAULT_MAX_VAL) -> np.ndarray:
    """1 strictly between the limits, 0 at and beyond them (PyTorch's choice at both corners)."""
    x = np.asarray(x, dtype=float)
    return ((x > min_val) & (x < max_val)).astype(float)


def relu6(x: np.ndarray) -> np.ndarray:
    """min(max(0, x), 6) = hardtanh(x, 0, 6)."""
    return hardtanh(x, 0.0, 6.0)


def relu6_derivative(x: np.ndarray) -> np.ndarray:
    return hardtanh_derivative(x, 0.0, 6.0)


def hardsigmoid(x: np.ndarray) -> np.ndarray:
    """min(max(x + 3, 0), 6)/6: 0 up to −3, 1 from 3, a straight line between."""
    return np.clip(np.asarray(x, dtype=float) + 3.0, 0.0, 6.0) / 6.0


def hardsigmoid_derivative(x: np.ndarray) -> np.ndarray:
    """1/6 strictly inside (−3, 3), else 0; PyTorch's 1/6 here is the float32 constant 0.16666667163…."""
    x = np.asarray(x, dtype=float)
    return np.where((x > -3.0) & (x < 3.0), HARD_SIXTH, 0.0)


def hardswish(x: np.ndarray) -> np.ndarray:
    """x·min(max(x + 3, 0), 6)/6."""
    x = np.asarray(x, dtype=float)
    return x * (np.clip(x + 3.0, 0.0, 6.0) / 6.0)  # x·(c/6): no overflow of x·6 near the float64 limit


def hardswish_derivative(x: np.ndarray) -> np.ndarray:
    """0 for x ≤ −3, x/3 + ½ for −3 < x < 3, 1 for x ≥ 3 (PyTorch's sides at the corners)."""
    x = np.asarray(x, dtype=float)
    return np.where(x <= -3.0, 0.0, np.where(x < 3.0, x / 3.0 + 0.5, 1.0))


def logsigmoid(x: np.ndarray) -> np.ndarray:
    """log σ(x) = −log(1 + e^(−x)) = min(x, 0) − log(1 + e^(−|x|)): no overflow on either side."""
    x = np.asarray(x, dtype=float)
    return np.minimum(x, 0.0) - np.log1p(np.exp(-np.abs(x)))


def logsigmoid_derivative(x: np.ndarray) -> np.ndarray:
    """(log σ)′ = 1 − σ(x) = σ(−x)."""
    return sigmoid(-np.asarray(x, dtype=float))


def softsign(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    return x / (1.0 + np.abs(x))


def softsign_derivative(x: np.ndarray) -> np.ndarray:
    """1/(1 + |x|)²."""
    reciprocal = 1.0 / (1.0 + np.abs(np.asarray(x, dtype=float)))
    return reciprocal * reciprocal  # (1/d)², not 1/d²: d² overflows for |x| near the float64 limit


def tanhshrink(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    return x - np.tanh(x)


def tanhshrink_derivative(x: np.ndarray) -> np.ndarray:
    """1 − (1 − tanh²x) = tanh²x."""
    t = np.tanh(np.asarray(x, dtype=float))
    return t * t


def prelu_slopes(x: np.ndarray, slope: Any) -> np.ndarray:
    """The slope of each point: one shared number, or one per channel with the points read in rows of
    as many channels (an N×C batch, as ``F.prelu(x, weight)`` takes it)."""
    slopes = np.asarray(slope, dtype=float).reshape(-1)
    x = np.asarray(x, dtype=float)
    if slopes.size == 1:
        return np.full(x.shape, slopes[0])
    return np.resize(slopes, x.size).reshape(x.shape)


def prelu(x: np.ndarray, slope: Any = DEFAULT_PRELU_SLOPE) -> np.ndarray:
    """x for x > 0, a·x for x ≤ 0, a the learned slope of the point's channel."""
    x = np.asarray(x, dtype=float)
    with np.errstate(over="ignore"):
        return np.where(x > 0, x, prelu_slopes(x, slope) * x)


def prelu_derivative(x: np.ndarray, slope: Any = DEFAULT_PRELU_SLOPE) -> np.ndarray:
    """∂/∂x: 1 for x > 0, else the channel's slope a (also at 0, as PyTorch)."""
    x = np.asarray(x, dtype=float)
    return np.where(x > 0, 1.0, prelu_slopes(x, slope))


def prelu_slope_gradient(x: np.ndarray, slope: Any) -> np.ndarray:
    """∂(Σ prelu)/∂a per channel: the sum of the channel's x ≤ 0 (what training adds up to learn a)."""
    x = np.asarray(x, dtype=float)
    channels = np.asarray(slope, dtype=float).size
    negative = np.where(x > 0, 0.0, x)
    return negative.reshape(-1, channels).sum(axis=0)


def softplus_beta(x: np.ndarray, beta: float = DEFAULT_BETA, threshold: float = SOFTPLUS_THRESHOLD,
                  ) -> np.ndarray:
    """log(1 + e^(βx))/β, and x itself where βx > threshold (PyTorch's F.softplus(x, beta, threshold))."""
    x = np.asarray(x, dtype=float)
    with np.errstate(over="ignore"):  # βx = ±∞ only far beyond the threshold, or where log(1 + e^(βx))/β is 0
        scaled = beta * x
    return np.where(scaled > threshold, x, _log1p_exp(scaled) / beta)


def softplus_beta_derivative(x: np.ndarray, beta: float = DEFAULT_BETA,
                             threshold: float = SOFTPLUS_THRESHOLD) -> np.ndarray:
    """σ(βx), and 1 where βx > threshold."""
    x = np.asarray(x, dtype=float)
    with np.errstate(over="ignore"):
        scaled = beta * x
    return np.where(scaled > threshold, 1.0, sigmoid(scaled))


def evaluate(name: str, x: Any, *, slope: Any = None, approximate: str | None = None, alpha: float | None = None,
             beta: float | None = None, threshold: float | None = None, min_val: float | None = None,
             max_val: float | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(f(x), f′(x)) entry by entry for an elementwise activation (``None``: PyTorch's default slope or form)."""
    x = np.asarray(x, dtype=float)
    if name == "prelu":
        slope = DEFAULT_PRELU_SLOPE if slope is None else slope
        return prelu(x, slope), prelu_derivative(x, slope)
    slope = DEFAULT_SLOPE if slope is None else slope
    approximate = approximate or "none"
    alpha = DEFAULT_ALPHA if alpha is None else alpha
    if name == "softplus" and (beta is not None or threshold is not None):
        beta = DEFAULT_BETA if beta is None else beta
        threshold = SOFTPLUS_THRESHOLD if threshold is None else threshold
        return softplus_beta(x, beta, threshold), softplus_beta_derivative(x, beta, threshold)
    if name == "hardtanh":
        low = DEFAULT_MIN_VAL if min_val is None else min_val
        high = DEFAULT_MAX_VAL if max_val is None else max_val
        return hardtanh(x, low, high), hardtanh_derivative(x, low, high)
    if name in ("elu", "celu"):
        function, derivative = (elu, elu_derivative) if name == "elu" else (celu, celu_derivative)
        return function(x, alpha), derivative(x, alpha)
    if name in PLAIN_FUNCTIONS:
        function, derivative = PLAIN_FUNCTIONS[name]
        return function(x), derivative(x)
    if name == "sigmoid":
        return sigmoid(x), sigmoid_derivative(x)
    if name == "tanh":
        return tanh(x), tanh_derivative(x)
    if name == "relu":
        return relu(x), relu_derivative(x)
    if name == "leaky-relu":
        return leaky_relu(x, slope), leaky_relu_derivative(x, slope)
    if name == "softplus":
        return softplus(x), softplus_derivative(x)
    if name == "gelu":
        return gelu(x, approximate), gelu_derivative(x, approximate)
    raise ValueError(f"{name} is not an elementwise activation")


# the activations without a hyper-parameter: name → (f, f′)
PLAIN_FUNCTIONS = {
    "selu": (selu, selu_derivative), "silu": (silu, silu_derivative), "mish": (mish, mish_derivative),
    "relu6": (relu6, relu6_derivative), "hardsigmoid": (hardsigmoid, hardsigmoid_derivative),
    "hardswish": (hardswish, hardswish_derivative), "logsigmoid": (logsigmoid, logsigmoid_derivative),
    "softsign": (softsign, softsign_derivative), "tanhshrink": (tanhshrink, tanhshrink_derivative),
}


# --- a command's worth: values, derivatives, steps --------------------------------


@dataclass
class ActivationResult(Result):
    """``result`` = f at the points; ``derivative`` = f′ there (for softmax: ∂pᵢ/∂zᵢ, with the full ``jacobian``)."""

    name: str = ""
    x: Any = None
    derivative: Any = None
    range: tuple[float, float] = DEFAULT_RANGE
    slope: Any = None  # leaky-relu's slope; prelu's learned slope, one number or one per channel
    approximate: str | None = None
    jacobian: Any = None
    alpha: float | None = None  # elu, celu
    beta: float | None = None  # softplus
    threshold: float | None = None  # softplus
    min_val: float | None = None  # hardtanh
    max_val: float | None = None
    slope_gradient: Any = None  # prelu: ∂(Σ f)/∂a per channel, what training follows to learn the slope


def check_range(low: float, high: float) -> tuple[float, float]:
    low, high = float(low), float(high)
    if not (math.isfinite(low) and math.isfinite(high)) or low >= high:
        raise MathError(say("activation.error.range", low=low, high=high), hint=say("activation.error.range.hint"))
    return low, high


def range_points(low: float, high: float, count: int) -> np.ndarray:
    """``count`` evenly spaced points from ``low`` to ``high``, also where ``high − low`` overflows
    (-1e308:1e308): each point is a weighted mean of the two ends, never their difference."""
    t = np.linspace(0.0, 1.0, count)
    points = low * (1.0 - t) + high * t
    points[0], points[-1] = low, high
    return points


def activation(
    name: str,
    x: Any = None,
    *,
    slope: Any = None,
    approximate: str | None = None,
    range_: tuple[float, float] = DEFAULT_RANGE,
    alpha: float | None = None,
    beta: float | None = None,
    threshold: float | None = None,
    min_val: float | None = None,
    max_val: float | None = None,
) -> ActivationResult:
    """f and f′ at the points ``x`` (the logits, for softmax), with one worked step per point.

    ``slope``: leaky-relu's, or prelu's learned slope (one number, or one per channel with the points
    read in rows of that many channels); ``alpha``: elu, celu; ``beta`` and ``threshold``: softplus;
    ``min_val`` and ``max_val``: hardtanh.  ``None`` is PyTorch's default.
    """
    name = canonical_name(name)
    params = _hyper_parameters(name, slope=slope, alpha=alpha, beta=beta, threshold=threshold,
                               min_val=min_val, max_val=max_val)
    slope = params.pop("slope", None)
    approximate = approximate.strip().lower() if approximate is not None else None
    if approximate is not None and name != "gelu":
        raise InputError(say("activation.error.approximate_gelu"))
    if approximate is not None and approximate not in APPROXIMATIONS:
        raise InputError(say("activation.error.approximate", approximate=approximate),
                         hint=say("activation.error.approximate.hint"))
    low, high = check_range(*range_)
    default = DEFAULT_LOGITS if name == "softmax" else DEFAULT_POINTS
    points = np.asarray(default if x is None else x, dtype=float).reshape(-1)
    if name == "prelu":
        return _prelu_activation(points, slope, (low, high))
    if name == "leaky-relu":
        slope = DEFAULT_SLOPE if slope is None else float(slope)
    if name == "gelu":
        approximate = approximate or "none"

    if name == "softmax":
        return _softmax_activation(points, (low, high))
    values, derivatives = evaluate(name, points, slope=slope, approximate=approximate, **params)
    steps = [_point_step(name, point, value, derivative, slope, approximate, params)
             for point, value, derivative in zip(points[:MAX_WORKED_POINTS], values, derivatives)]
    if points.size > MAX_WORKED_POINTS:
        steps.append(step("activation.points_hidden", count=points.size - MAX_WORKED_POINTS))
    return ActivationResult(result=values, name=name, x=points, derivative=derivatives, range=(low, high),
                            slope=slope, approximate=approximate, steps=steps, **params)


# each hyper-parameter → the functions that take it
PARAMETERS = {"slope": ("leaky-relu", "prelu"), "alpha": ("elu", "celu"), "beta": ("softplus",),
              "threshold": ("softplus",), "min_val": ("hardtanh",), "max_val": ("hardtanh",)}


def _finite(name: str, value: Any) -> float:
    value = float(value)
    if not math.isfinite(value):
        raise InputError(say("activation.param.finite", name=name))
    return value


def _hyper_parameters(name: str, **given: Any) -> dict[str, Any]:
    """The hyper-parameters ``name`` takes, checked and with PyTorch's defaults filled in."""
    for key, value in given.items():
        if value is not None and name not in PARAMETERS[key]:
            raise InputError(say("activation.param.only", name=key, functions=", ".join(PARAMETERS[key])))
    params: dict[str, Any] = {}
    if name == "leaky-relu":
        params["slope"] = DEFAULT_SLOPE if given["slope"] is None else _finite("slope", given["slope"])
    if name == "prelu":
        slopes = np.asarray(DEFAULT_PRELU_SLOPE if given["slope"] is None else given["slope"], dtype=float)
        if slopes.size == 0 or not np.all(np.isfinite(slopes)):
            raise InputError(say("activation.param.finite", name="slope"))
        params["slope"] = float(slopes.reshape(-1)[0]) if slopes.size == 1 else slopes.reshape(-1)
    if name in ("elu", "celu"):
        alpha = DEFAULT_ALPHA if given["alpha"] is None else _finite("alpha", given["alpha"])
        if alpha <= 0:
            raise MathError(say("activation.param.positive", name="alpha", value=alpha, example="1"))
        params["alpha"] = alpha
    if name == "softplus":
        beta = DEFAULT_BETA if given["beta"] is None else _finite("beta", given["beta"])
        if beta <= 0:
            raise MathError(say("activation.param.positive", name="beta", value=beta, example="2"))
        params["beta"] = beta
        params["threshold"] = SOFTPLUS_THRESHOLD if given["threshold"] is None else _finite(
            "threshold", given["threshold"])
    if name == "hardtanh":
        low = DEFAULT_MIN_VAL if given["min_val"] is None else _finite("min_val", given["min_val"])
        high = DEFAULT_MAX_VAL if given["max_val"] is None else _finite("max_val", given["max_val"])
        if low >= high:
            raise MathError(say("activation.param.order", low=low, high=high))
        params["min_val"], params["max_val"] = low, high
    return params


def _prelu_activation(points: np.ndarray, slope: Any, range_: tuple[float, float]) -> ActivationResult:
    """prelu with one slope, or one per channel: the points read in rows of as many channels."""
    channels = np.asarray(slope).size
    if points.size % channels:
        raise MathError(say("activation.param.channels", count=points.size, channels=channels))
    values, derivatives = prelu(points, slope), prelu_derivative(points, slope)
    slopes = prelu_slopes(points, slope)
    steps = [step("activation.step.prelu_learned", channels=channels)]
    for index, (point, value, derivative) in enumerate(zip(points[:MAX_WORKED_POINTS], values, derivatives)):
        point, value, a = float(point), float(value), float(slopes[index])
        if point > 0:
            steps.append(step("activation.step.prelu_pos", x=point, value=value, channel=index % channels + 1))
        else:
            steps.append(step("activation.step.prelu_neg", x=point, slope=a, product=(a, point), value=value,
                              channel=index % channels + 1))
    if points.size > MAX_WORKED_POINTS:
        steps.append(step("activation.points_hidden", count=points.size - MAX_WORKED_POINTS))
    gradient = prelu_slope_gradient(points, slope)
    steps.append(step("activation.step.prelu_slope_gradient", values=list(gradient)))
    return ActivationResult(result=values, name="prelu", x=points, derivative=derivatives, range=range_,
                            slope=slope, slope_gradient=gradient, steps=steps)


def _softmax_activation(points: np.ndarray, range_: tuple[float, float]) -> ActivationResult:
    """softmax over the points as one vector of logits; the derivative is the Jacobian's diagonal pᵢ(1 − pᵢ)."""
    from mlmath.core.probability import softmax

    worked = softmax(points, jacobian=True)
    probabilities = worked.probabilities
    diagonal = probabilities * (1.0 - probabilities)
    steps = [*worked.steps[:-1], step("activation.step.softmax", probabilities=list(probabilities),
                                      diagonal=list(diagonal))]
    return ActivationResult(result=probabilities, name="softmax", x=points, derivative=diagonal, range=range_,
                            jacobian=worked.jacobian, steps=steps)


def _point_step(name: str, x: float, value: float, derivative: float, slope: float | None,
                approximate: str | None, params: dict[str, Any] | None = None) -> Step:
    """One point worked out, the numbers in the formula's order."""
    x, value, derivative = float(x), float(value), float(derivative)
    if name in MORE_STEPS:
        return MORE_STEPS[name](x, value, derivative, **(params or {}))
    if name == "softplus" and params and (params["beta"] != DEFAULT_BETA or params["threshold"] != SOFTPLUS_THRESHOLD):
        return _softplus_beta_step(x, value, derivative, **params)
    if name == "sigmoid":
        e = math.exp(-abs(x))
        rest = float(sigmoid(np.array(-x)))
        if x >= 0:
            return step("activation.step.sigmoid", x=x, neg=-x, e=e, value=value, rest=rest, derivative=derivative)
        if e == 0.0 and math.isfinite(x):
            # eˣ below the smallest float64: say how small it truly is, eˣ = 10^(x / ln 10)
            power = x / math.log(10)
            exponent = math.floor(power)
            return step("activation.step.sigmoid_underflow", x=x, mantissa=10 ** (power - exponent),
                        exponent=exponent, value=value, derivative=derivative)
        return step("activation.step.sigmoid_negative", x=x, e=e, value=value, rest=rest, derivative=derivative)
    if name == "tanh":
        return step("activation.step.tanh", x=x, value=value, squared=[value], derivative=derivative)
    if name == "relu":
        key = "activation.step.relu_pos" if x > 0 else "activation.step.relu_zero" if x == 0 else \
            "activation.step.relu_neg"
        return step(key, x=x, value=value, derivative=derivative)
    if name == "leaky-relu":
        if x > 0:
            return step("activation.step.leaky_pos", x=x, value=value, derivative=derivative)
        return step("activation.step.leaky_zero" if x == 0 else "activation.step.leaky_neg", x=x, slope=slope,
                    product=(slope, x), value=value, derivative=derivative)
    if name == "softplus":
        if x > SOFTPLUS_THRESHOLD:
            return step("activation.step.softplus_linear", x=x, value=value, threshold=SOFTPLUS_THRESHOLD)
        return step("activation.step.softplus", x=x, e=math.exp(x), value=value, derivative=derivative)
    if name == "gelu" and approximate == "tanh":
        inner = float(_gelu_tanh_parts(np.array(x))[0])
        # u′ = √(2/π)·(1 + 3·0.044715·x²), the chain rule's inner factor of gelu′
        slope_u = math.sqrt(2 / math.pi) * (1 + 3 * 0.044715 * x * x)
        return step("activation.step.gelu_tanh", x=x, inner=inner, t=math.tanh(inner), du=slope_u, value=value,
                    derivative=derivative)
    cdf, pdf = float(normal_cdf(np.array(x))), float(normal_pdf(np.array(x)))
    return step("activation.step.gelu", x=x, cdf=cdf, pdf=pdf, product=(x, cdf), terms=[cdf, (x, pdf)],
                value=value, derivative=derivative)


def _elu_step(x: float, value: float, derivative: float, alpha: float) -> Step:
    if x > 0:
        return step("activation.step.elu_pos", name="elu", x=x, value=value)
    return step("activation.step.elu_neg", x=x, alpha=alpha, em1=math.expm1(x), e=math.exp(x), value=value,
                derivative=derivative)


def _selu_step(x: float, value: float, derivative: float) -> Step:
    if x > 0:
        return step("activation.step.selu_pos", x=x, scale=SELU_SCALE, value=value)
    return step("activation.step.selu_neg", x=x, scale=SELU_SCALE, alpha=SELU_ALPHA, em1=math.expm1(x),
                e=math.exp(x), value=value, derivative=derivative)


def _celu_step(x: float, value: float, derivative: float, alpha: float) -> Step:
    if x > 0:
        return step("activation.step.elu_pos", name="celu", x=x, value=value)
    return step("activation.step.celu_neg", x=x, alpha=alpha, ratio=x / alpha, em1=math.expm1(x / alpha),
                value=value, derivative=derivative)


def _silu_step(x: float, value: float, derivative: float) -> Step:
    s = float(sigmoid(np.array(x)))
    return step("activation.step.silu", x=x, s=s, product=(x, s), value=value, rest=float(sigmoid(np.array(-x))),
                derivative=derivative)


def _mish_step(x: float, value: float, derivative: float) -> Step:
    sp = float(_log1p_exp(np.array(x)))
    return step("activation.step.mish", x=x, sp=sp, t=math.tanh(sp), s=float(sigmoid(np.array(x))), value=value,
                derivative=derivative)


def _clip_step(name: str, x: float, value: float, derivative: float, low: float, high: float) -> Step:
    key = ("activation.step.clip_inside" if low < x < high else "activation.step.clip_low" if x <= low
           else "activation.step.clip_high")
    return step(key, name=name, x=x, low=low, high=high, value=value, derivative=derivative)


def _hardsigmoid_step(x: float, value: float, derivative: float) -> Step:
    return step("activation.step.hardsigmoid_inside" if -3 < x < 3 else "activation.step.hardsigmoid_outside",
                x=x, shifted=x + 3.0, value=value, derivative=derivative)


def _hardswish_step(x: float, value: float, derivative: float) -> Step:
    key = ("activation.step.hardswish_low" if x <= -3 else "activation.step.hardswish_mid" if x < 3
           else "activation.step.hardswish_high")
    return step(key, x=x, clipped=min(max(x + 3.0, 0.0), 6.0), third=x / 3.0, value=value, derivative=derivative)


def _logsigmoid_step(x: float, value: float, derivative: float) -> Step:
    return step("activation.step.logsigmoid", x=x, value=value, derivative=derivative)


def _softsign_step(x: float, value: float, derivative: float) -> Step:
    return step("activation.step.softsign", x=x, denominator=1.0 + abs(x), value=value, derivative=derivative)


def _tanhshrink_step(x: float, value: float, derivative: float) -> Step:
    t = math.tanh(x)
    return step("activation.step.tanhshrink", x=x, t=t, value=value, squared=[t], derivative=derivative)


def _softplus_beta_step(x: float, value: float, derivative: float, beta: float, threshold: float) -> Step:
    if beta * x > threshold:
        return step("activation.step.softplus_beta_linear", x=x, bx=beta * x, threshold=threshold, value=value)
    return step("activation.step.softplus_beta", x=x, beta=beta, bx=beta * x, value=value, derivative=derivative)


# the newer functions' worked points: name → (x, f(x), f′(x), **hyper-parameters) → Step
MORE_STEPS = {
    "elu": _elu_step, "selu": _selu_step, "celu": _celu_step, "silu": _silu_step, "mish": _mish_step,
    "relu6": lambda x, value, derivative: _clip_step("relu6", x, value, derivative, 0.0, 6.0),
    "hardtanh": lambda x, value, derivative, min_val, max_val: _clip_step("hardtanh", x, value, derivative,
                                                                          min_val, max_val),
    "hardsigmoid": _hardsigmoid_step, "hardswish": _hardswish_step, "logsigmoid": _logsigmoid_step,
    "softsign": _softsign_step, "tanhshrink": _tanhshrink_step,
}


def curve(result: ActivationResult, xs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """f and f′ along ``xs`` for the plot; for softmax, p₀ and ∂p₀/∂z₀ as z₀ sweeps, the other logits held."""
    xs = np.asarray(xs, dtype=float)
    if result.name == "prelu":  # one curve, for the first channel's slope
        return evaluate("prelu", xs, slope=float(np.asarray(result.slope).reshape(-1)[0]))
    if result.name != "softmax":
        return evaluate(result.name, xs, slope=result.slope, approximate=result.approximate, alpha=result.alpha,
                        beta=result.beta, threshold=result.threshold, min_val=result.min_val,
                        max_val=result.max_val)
    from mlmath.core.probability import softmax_rows

    others = np.asarray(result.x[1:] if result.x.size > 1 else [0.0], dtype=float)
    logits = np.column_stack([xs, np.broadcast_to(others, (xs.size, others.size))])
    first = softmax_rows(logits)[0][:, 0]
    return first, first * (1.0 - first)


def facts(result: ActivationResult) -> list[Step]:
    """The notes' key facts about the function, one sentence each."""
    name = result.name
    if name == "gelu":
        name = "gelu-tanh" if result.approximate == "tanh" else "gelu-none"
    slope = list(result.slope) if isinstance(result.slope, np.ndarray) else result.slope
    args: dict[str, Any] = {"slope": slope, "threshold": result.threshold or SOFTPLUS_THRESHOLD,
                            "alpha": result.alpha, "beta": result.beta, "min_val": result.min_val,
                            "max_val": result.max_val}
    return [step(key, **args) for key in FACTS[name]]


# each function's key facts, in the order they are told
FACTS = {
    "sigmoid": ("activation.fact.sigmoid.1", "activation.fact.sigmoid.2", "activation.fact.sigmoid.3",
                "activation.fact.sigmoid.4"),
    "tanh": ("activation.fact.tanh.1", "activation.fact.tanh.2", "activation.fact.tanh.3"),
    "relu": ("activation.fact.relu.1", "activation.fact.relu.2", "activation.fact.relu.3"),
    "leaky-relu": ("activation.fact.leaky_relu.1", "activation.fact.leaky_relu.2", "activation.fact.leaky_relu.3"),
    "softplus": ("activation.fact.softplus.1", "activation.fact.softplus.2", "activation.fact.softplus.3"),
    "gelu-none": ("activation.fact.gelu_none.1", "activation.fact.gelu_none.2", "activation.fact.gelu_none.3"),
    "gelu-tanh": ("activation.fact.gelu_tanh.1", "activation.fact.gelu_tanh.2", "activation.fact.gelu_tanh.3"),
    "softmax": ("activation.fact.softmax.1", "activation.fact.softmax.2", "activation.fact.softmax.3",
                "activation.fact.softmax.4"),
    "elu": ("activation.fact.elu.1", "activation.fact.elu.2", "activation.fact.elu.3"),
    "selu": ("activation.fact.selu.1", "activation.fact.selu.2", "activation.fact.selu.3"),
    "celu": ("activation.fact.celu.1", "activation.fact.celu.2", "activation.fact.celu.3"),
    "silu": ("activation.fact.silu.1", "activation.fact.silu.2", "activation.fact.silu.3"),
    "mish": ("activation.fact.mish.1", "activation.fact.mish.2", "activation.fact.mish.3"),
    "relu6": ("activation.fact.relu6.1", "activation.fact.relu6.2", "activation.fact.relu6.3"),
    "hardtanh": ("activation.fact.hardtanh.1", "activation.fact.hardtanh.2", "activation.fact.hardtanh.3"),
    "hardsigmoid": ("activation.fact.hardsigmoid.1", "activation.fact.hardsigmoid.2",
                    "activation.fact.hardsigmoid.3"),
    "hardswish": ("activation.fact.hardswish.1", "activation.fact.hardswish.2", "activation.fact.hardswish.3"),
    "logsigmoid": ("activation.fact.logsigmoid.1", "activation.fact.logsigmoid.2", "activation.fact.logsigmoid.3"),
    "softsign": ("activation.fact.softsign.1", "activation.fact.softsign.2", "activation.fact.softsign.3"),
    "tanhshrink": ("activation.fact.tanhshrink.1", "activation.fact.tanhshrink.2", "activation.fact.tanhshrink.3"),
    "prelu": ("activation.fact.prelu.1", "activation.fact.prelu.2", "activation.fact.prelu.3"),
}
