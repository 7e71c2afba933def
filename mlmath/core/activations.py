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

__all__ = ["activation"]

NAMES = ("sigmoid", "tanh", "relu", "leaky-relu", "softplus", "gelu", "softmax")
ALIASES = {"logistic": "sigmoid", "leakyrelu": "leaky-relu", "lrelu": "leaky-relu"}
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
        raise InputError(f"unknown activation {name!r}", hint="known: " + ", ".join(NAMES))
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


def evaluate(name: str, x: Any, *, slope: float | None = None, approximate: str | None = None,
             ) -> tuple[np.ndarray, np.ndarray]:
    """(f(x), f′(x)) entry by entry for an elementwise activation (``None``: PyTorch's default slope or form)."""
    x = np.asarray(x, dtype=float)
    slope = DEFAULT_SLOPE if slope is None else slope
    approximate = approximate or "none"
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


# --- a command's worth: values, derivatives, steps --------------------------------


@dataclass
class ActivationResult(Result):
    """``result`` = f at the points; ``derivative`` = f′ there (for softmax: ∂pᵢ/∂zᵢ, with the full ``jacobian``)."""

    name: str = ""
    x: Any = None
    derivative: Any = None
    range: tuple[float, float] = DEFAULT_RANGE
    slope: float | None = None
    approximate: str | None = None
    jacobian: Any = None


def check_range(low: float, high: float) -> tuple[float, float]:
    low, high = float(low), float(high)
    if not (math.isfinite(low) and math.isfinite(high) and math.isfinite(high - low)) or low >= high:
        raise MathError(f"the range must run from a smaller to a larger number, got {low:g}:{high:g}",
                        hint="e.g. `range`=-5:5")
    return low, high


def activation(
    name: str,
    x: Any = None,
    *,
    slope: float | None = None,
    approximate: str | None = None,
    range_: tuple[float, float] = DEFAULT_RANGE,
) -> ActivationResult:
    """f and f′ at the points ``x`` (the logits, for softmax), with one worked step per point."""
    name = canonical_name(name)
    if slope is not None and name != "leaky-relu":
        raise InputError("`slope` applies only to leaky-relu")
    approximate = approximate.strip().lower() if approximate is not None else None
    if approximate is not None and name != "gelu":
        raise InputError("`approximate` applies only to gelu")
    if approximate is not None and approximate not in APPROXIMATIONS:
        raise InputError(f"unknown approximation {approximate!r}", hint="use `approximate` none or tanh")
    if slope is not None and not math.isfinite(float(slope)):
        raise InputError("`slope` must be a finite number", hint="e.g. `slope`=0.1")
    low, high = check_range(*range_)
    default = DEFAULT_LOGITS if name == "softmax" else DEFAULT_POINTS
    points = np.asarray(default if x is None else x, dtype=float).reshape(-1)
    if name == "leaky-relu":
        slope = DEFAULT_SLOPE if slope is None else float(slope)
    if name == "gelu":
        approximate = approximate or "none"

    if name == "softmax":
        return _softmax_activation(points, (low, high))
    values, derivatives = evaluate(name, points, slope=slope, approximate=approximate)
    steps = [_point_step(name, point, value, derivative, slope, approximate)
             for point, value, derivative in zip(points[:MAX_WORKED_POINTS], values, derivatives)]
    if points.size > MAX_WORKED_POINTS:
        steps.append(step("activation.points_hidden", count=points.size - MAX_WORKED_POINTS))
    return ActivationResult(result=values, name=name, x=points, derivative=derivatives, range=(low, high),
                            slope=slope, approximate=approximate, steps=steps)


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
                approximate: str | None) -> Step:
    """One point worked out, the numbers in the formula's order."""
    x, value, derivative = float(x), float(value), float(derivative)
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


def curve(result: ActivationResult, xs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """f and f′ along ``xs`` for the plot; for softmax, p₀ and ∂p₀/∂z₀ as z₀ sweeps, the other logits held."""
    xs = np.asarray(xs, dtype=float)
    if result.name != "softmax":
        return evaluate(result.name, xs, slope=result.slope, approximate=result.approximate)
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
    args: dict[str, Any] = {"slope": result.slope, "threshold": SOFTPLUS_THRESHOLD}
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
}
