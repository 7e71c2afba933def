"""Optimizers with torch.optim's update rules and defaults, in float64.

Each rule is written on plain Python floats in the order of operations of
torch's single-tensor CPU implementation (``torch/optim/sgd.py``
``_single_tensor_sgd``, ``adam.py`` ``_single_tensor_adam``, ``adagrad.py``,
``rmsprop.py``): ``t.add_(u, alpha=a)`` is ``t + a·u``, ``t.addcmul_(u, w,
value=a)`` is ``t + (a·u)·w``, ``t.addcdiv_(u, w, value=a)`` is ``t + (a·u)/w``
and ``m.lerp_(g, w)`` is ``m + w·(g − m)`` (``g − (g − m)·(1 − w)`` when
w ≥ 0.5).  That reproduces torch's portable kernels; torch's vectorised
kernels may fuse a multiply and an add or round a square root differently, so
agreement with a given torch build is to a few units in the last place.

An optimizer updates a list of parameters in place, one ``update(θ, g)`` per
step; pass a dict as ``trace`` to have every internal quantity of that step
recorded (the same arithmetic, only kept).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from mlmath.errors import MathError


@dataclass(frozen=True)
class Spec:
    """A named optimizer: the rule it uses, its defaults, and its torch.optim spelling."""

    rule: str  # "sgd", "adam", "adagrad" or "rmsprop"
    defaults: dict[str, Any]
    torch: str  # class in torch.optim


_SGD = {"lr": 1e-3, "momentum": 0.0, "dampening": 0.0, "weight_decay": 0.0, "nesterov": False, "maximize": False}
_ADAM = {"lr": 1e-3, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8, "weight_decay": 0.0, "amsgrad": False,
         "maximize": False}

SPECS: dict[str, Spec] = {
    "sgd": Spec("sgd", _SGD, "SGD"),
    "momentum": Spec("sgd", {**_SGD, "momentum": 0.9}, "SGD"),
    "nesterov": Spec("sgd", {**_SGD, "momentum": 0.9, "nesterov": True}, "SGD"),
    "adam": Spec("adam", _ADAM, "Adam"),
    "adamw": Spec("adamw", {**_ADAM, "weight_decay": 1e-2}, "AdamW"),
    "adagrad": Spec("adagrad", {"lr": 1e-2, "lr_decay": 0.0, "weight_decay": 0.0, "eps": 1e-10, "maximize": False},
                    "Adagrad"),
    "rmsprop": Spec("rmsprop", {"lr": 1e-2, "alpha": 0.99, "eps": 1e-8, "weight_decay": 0.0, "momentum": 0.0,
                                "centered": False, "maximize": False}, "RMSprop"),
}

NAMES = tuple(SPECS)
FLAGS = ("nesterov", "amsgrad", "centered", "maximize")


def known() -> str:
    return ", ".join(NAMES)


def spec(name: str) -> Spec:
    key = name.strip().lower()
    if key not in SPECS:
        import difflib

        close = difflib.get_close_matches(key, NAMES, n=1)
        guess = f"did you mean {close[0]}? " if close else ""
        raise MathError(f"unknown optimizer {name!r}", hint=f"{guess}known: {known()}")
    return SPECS[key]


def takes(name: str, hyper: str) -> bool:
    """Does optimizer ``name`` have the hyper-parameter ``hyper``?"""
    return hyper in SPECS[name].defaults


def takers(hyper: str) -> list[str]:
    return [name for name, item in SPECS.items() if hyper in item.defaults]


def settings(name: str, **given: Any) -> dict[str, Any]:
    """The optimizer's hyper-parameters: its torch defaults, overridden by ``given`` (None = default).

    Values are checked as torch.optim checks them, and an option the
    optimizer does not have is an error that says which optimizers have it.
    """
    item = spec(name)
    key = name.strip().lower()
    chosen = dict(item.defaults)
    for hyper, value in given.items():
        if value is None:
            continue
        if hyper not in chosen:
            raise MathError(f"`{hyper}` does not apply to {key}", hint=f"it applies to {', '.join(takers(hyper))}")
        chosen[hyper] = bool(value) if hyper in FLAGS else float(value)
    _validate(key, chosen)
    return {"name": key, **chosen}


def _validate(name: str, chosen: dict[str, Any]) -> None:
    def at_least_zero(hyper: str) -> None:
        value = chosen.get(hyper)
        if value is not None and not value >= 0.0:
            raise MathError(f"`{hyper}` must be at least 0, got {value!r}")

    for hyper in ("lr", "eps", "momentum", "weight_decay", "lr_decay", "alpha", "dampening"):
        at_least_zero(hyper)
    for hyper in ("beta1", "beta2"):
        value = chosen.get(hyper)
        if value is not None and not 0.0 <= value < 1.0:
            raise MathError(f"`{hyper}` must be in [0, 1), got {value!r}", hint=f"e.g. `{hyper}`=0.9")
    for hyper, value in chosen.items():
        if isinstance(value, float) and not math.isfinite(value):
            raise MathError(f"--{hyper.replace('_', '-')} must be finite, got {value!r}")
    if chosen.get("nesterov") and (chosen["momentum"] <= 0.0 or chosen["dampening"] != 0.0):
        raise MathError("Nesterov momentum needs `momentum` > 0 and `dampening` 0",
                        hint="e.g. `optimizer`=nesterov, or sgd with `nesterov` and `momentum`=0.9")


def torch_call(config: dict[str, Any]) -> str:
    """``torch.optim.Adam(params, lr=0.001, betas=(0.9, 0.999), eps=1e-08)``: the same optimizer in PyTorch.

    Every hyper-parameter the rule uses is written, defaults included; switches
    that are off and a weight decay of 0 are left out.
    """
    item = SPECS[config["name"]]
    rule = item.rule
    written = [("lr", config["lr"])]
    if rule == "sgd":
        if config["momentum"] != 0.0:
            written += [("momentum", config["momentum"]), ("dampening", config["dampening"])]
    elif rule in ("adam", "adamw"):
        written += [("betas", (config["beta1"], config["beta2"])), ("eps", config["eps"])]
    elif rule == "adagrad":
        written += [("lr_decay", config["lr_decay"]), ("eps", config["eps"])]
    else:
        written += [("alpha", config["alpha"]), ("eps", config["eps"])]
        if config["momentum"] != 0.0:
            written.append(("momentum", config["momentum"]))
    if config["weight_decay"] != 0.0 or rule == "adamw":
        written.append(("weight_decay", config["weight_decay"]))
    written += [(flag, True) for flag in FLAGS if config.get(flag)]
    return f"torch.optim.{item.torch}(params, {', '.join(f'{key}={value!r}' for key, value in written)})"


def make(config: dict[str, Any], size: int):
    """A fresh optimizer (zero state) for ``size`` parameters."""
    rule = SPECS[config["name"]].rule
    hyper = {key: value for key, value in config.items() if key != "name"}
    if rule == "sgd":
        return SGD(size, **hyper)
    if rule in ("adam", "adamw"):
        return Adam(size, decoupled=rule == "adamw", **hyper)
    if rule == "adagrad":
        return Adagrad(size, **hyper)
    return RMSprop(size, **hyper)


# --- the rules ----------------------------------------------------------------------


class SGD:
    """g ← g + λθ;  b ← μb + (1 − τ)g (b₁ = g₁);  d = g + μb (Nesterov) or b;  θ ← θ − lr·d."""

    def __init__(self, size: int, *, lr: float, momentum: float, dampening: float, weight_decay: float,
                 nesterov: bool, maximize: bool) -> None:
        self.lr, self.momentum, self.dampening = lr, momentum, dampening
        self.weight_decay, self.nesterov, self.maximize = weight_decay, nesterov, maximize
        self.buffer: list[float] | None = None  # the momentum buffer starts at the first gradient

    def update(self, p: list[float], g: list[float], trace: dict | None = None) -> None:
        neg_lr, momentum, weight_decay, nesterov = -self.lr, self.momentum, self.weight_decay, self.nesterov
        keep = 1.0 - self.dampening
        first = self.buffer is None
        if momentum != 0.0 and first:
            self.buffer = [0.0] * len(p)
        buffer = self.buffer
        for i in range(len(p)):
            gi = -g[i] if self.maximize else g[i]
            if weight_decay != 0.0:
                gi = gi + weight_decay * p[i]  # grad.add(param, alpha=weight_decay)
            if momentum != 0.0:
                b = gi if first else buffer[i] * momentum + keep * gi  # buf.mul_(μ).add_(g, alpha=1 − τ)
                buffer[i] = b
                d = gi + momentum * b if nesterov else b
            else:
                d = gi
            delta = neg_lr * d  # param.add_(d, alpha=−lr)
            if trace is not None:
                _record(trace, g=g[i], gd=gi if self.maximize or weight_decay != 0.0 else None,
                        b=buffer[i] if momentum != 0.0 else None, d=d if nesterov else None, delta=delta)
            p[i] = p[i] + delta


class Adam:
    """m ← β₁m + (1 − β₁)g;  v ← β₂v + (1 − β₂)g²;  θ ← θ − lr·m̂/(√v̂ + ε), m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ).

    AdamW (``decoupled``) first shrinks θ ← θ·(1 − lr·λ); Adam adds λθ to g.
    """

    def __init__(self, size: int, *, lr: float, beta1: float, beta2: float, eps: float, weight_decay: float,
                 amsgrad: bool, maximize: bool, decoupled: bool = False) -> None:
        self.lr, self.beta1, self.beta2, self.eps = lr, beta1, beta2, eps
        self.weight_decay, self.amsgrad, self.maximize, self.decoupled = weight_decay, amsgrad, maximize, decoupled
        self.m = [0.0] * size
        self.v = [0.0] * size
        self.v_max = [0.0] * size
        self.t = 0
        # what does not change from step to step, computed as torch computes it
        weight = 1 - beta1  # exp_avg.lerp_(grad, 1 − β₁)
        coupled = weight_decay != 0.0 and not decoupled
        shrink = 1 - lr * weight_decay if weight_decay != 0.0 and decoupled else None
        self._fixed = (weight, abs(weight) < 0.5, 1.0 - weight, 1 - beta2, coupled, shrink)

    def update(self, p: list[float], g: list[float], trace: dict | None = None) -> None:
        beta1, beta2, eps, weight_decay, maximize, amsgrad = (
            self.beta1, self.beta2, self.eps, self.weight_decay, self.maximize, self.amsgrad)
        weight, small, rest, share, coupled, shrink = self._fixed
        m, v, v_max, sqrt = self.m, self.v, self.v_max, math.sqrt
        self.t = t = self.t + 1
        step = float(t)
        bias1 = 1 - beta1**step
        bias2 = 1 - beta2**step
        neg_step_size = -(self.lr / bias1)
        bias2_sqrt = bias2**0.5
        for i in range(len(p)):
            gi = -g[i] if maximize else g[i]
            pi = p[i]
            if shrink is not None:
                pi = pi * shrink  # param.mul_(1 − lr·λ)
            elif coupled:
                gi = gi + weight_decay * pi  # grad.add(param, alpha=λ)
            mi = m[i]
            mi = mi + weight * (gi - mi) if small else gi - (gi - mi) * rest
            vi = v[i] * beta2 + (share * gi) * gi  # exp_avg_sq.mul_(β₂).addcmul_(g, g, value=1 − β₂)
            m[i] = mi
            v[i] = vi
            if amsgrad:
                vi = v_max[i] = max(v_max[i], vi)
            # param.addcdiv_(m, √v/√(1 − β₂ᵗ) + ε, value=−lr/(1 − β₁ᵗ))
            delta = (neg_step_size * mi) / (sqrt(vi) / bias2_sqrt + eps)
            if trace is not None:
                _record(trace, g=g[i], gd=gi if maximize or coupled else None,
                        decayed=pi if shrink is not None else None, m=mi, v=v[i], v_max=vi if amsgrad else None,
                        m_hat=mi / bias1, v_hat=vi / bias2, delta=delta)
            p[i] = pi + delta
        if trace is not None:
            trace["t"] = t
            trace["bias1"], trace["bias2"] = bias1, bias2


class Adagrad:
    """G ← G + g²;  θ ← θ − lrₜ·g/(√G + ε), lrₜ = lr/(1 + (t − 1)·decay)."""

    def __init__(self, size: int, *, lr: float, lr_decay: float, weight_decay: float, eps: float,
                 maximize: bool) -> None:
        self.lr, self.lr_decay, self.weight_decay, self.eps, self.maximize = lr, lr_decay, weight_decay, eps, maximize
        self.sum = [0.0] * size
        self.t = 0

    def update(self, p: list[float], g: list[float], trace: dict | None = None) -> None:
        eps, weight_decay, total = self.eps, self.weight_decay, self.sum
        self.t += 1
        step = float(self.t)
        clr = self.lr / (1 + (step - 1) * self.lr_decay)
        neg_clr = -clr
        for i in range(len(p)):
            gi = -g[i] if self.maximize else g[i]
            if weight_decay != 0.0:
                gi = gi + weight_decay * p[i]
            s = total[i] + gi * gi  # state_sum.addcmul_(g, g, value=1)
            total[i] = s
            std = math.sqrt(s) + eps
            delta = (neg_clr * gi) / std  # param.addcdiv_(g, std, value=−lrₜ)
            if trace is not None:
                _record(trace, g=g[i], gd=gi if self.maximize or weight_decay != 0.0 else None, sum=s, delta=delta)
            p[i] = p[i] + delta
        if trace is not None:
            trace["t"], trace["clr"] = self.t, clr


class RMSprop:
    """v ← αv + (1 − α)g²;  θ ← θ − lr·g/(√v + ε) (centered: √(v − ḡ²); momentum: b ← μb + g/(√v + ε))."""

    def __init__(self, size: int, *, lr: float, alpha: float, eps: float, weight_decay: float, momentum: float,
                 centered: bool, maximize: bool) -> None:
        self.lr, self.alpha, self.eps, self.weight_decay = lr, alpha, eps, weight_decay
        self.momentum, self.centered, self.maximize = momentum, centered, maximize
        self.square = [0.0] * size
        self.mean = [0.0] * size
        self.buffer = [0.0] * size  # RMSprop's momentum buffer starts at zero
        # what does not change from step to step: the weight of grad_avg.lerp_(g, 1 − α) and its two forms
        share = 1 - alpha
        self._fixed = (share, abs(share) < 0.5, 1.0 - share)

    def update(self, p: list[float], g: list[float], trace: dict | None = None) -> None:
        alpha, eps, weight_decay, momentum, neg_lr = self.alpha, self.eps, self.weight_decay, self.momentum, -self.lr
        share, small, rest = self._fixed
        square, mean, buffer = self.square, self.mean, self.buffer
        for i in range(len(p)):
            gi = -g[i] if self.maximize else g[i]
            if weight_decay != 0.0:
                gi = gi + weight_decay * p[i]
            s = square[i] * alpha + (share * gi) * gi  # square_avg.mul_(α).addcmul_(g, g, value=1 − α)
            square[i] = s
            if self.centered:
                a = mean[i]
                a = a + share * (gi - a) if small else gi - (gi - a) * rest  # grad_avg.lerp_(g, 1 − α)
                mean[i] = a
                avg = math.sqrt(s - a * a) + eps  # square_avg.addcmul(ḡ, ḡ, value=−1).sqrt_().add_(ε)
            else:
                avg = math.sqrt(s) + eps
            if momentum > 0.0:
                b = buffer[i] * momentum + gi / avg  # buf.mul_(μ).addcdiv_(g, avg)
                buffer[i] = b
                delta = neg_lr * b  # param.add_(buf, alpha=−lr)
            else:
                delta = (neg_lr * gi) / avg  # param.addcdiv_(g, avg, value=−lr)
            if trace is not None:
                _record(trace, g=g[i], gd=gi if self.maximize or weight_decay != 0.0 else None, v=s,
                        mean=mean[i] if self.centered else None, avg=avg,
                        b=buffer[i] if momentum > 0.0 else None, delta=delta)
            p[i] = p[i] + delta


def _record(trace: dict, **values: float | None) -> None:
    """Append one coordinate's quantities to the step's trace (``None``: not part of this rule)."""
    for key, value in values.items():
        if value is not None:
            trace.setdefault(key, []).append(value)
