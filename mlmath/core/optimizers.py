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
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from mlmath.errors import MathError
from mlmath.text import Sentence, say


@dataclass(frozen=True)
class Spec:
    """A named optimizer: the rule it uses, its defaults, and its torch.optim spelling."""

    rule: str  # "sgd", "adam", "adamw", "adagrad", "rmsprop", "adadelta", "adamax", "nadam", "radam", "asgd",
    # "rprop" or "lbfgs"
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
    "adagrad": Spec("adagrad", {"lr": 1e-2, "lr_decay": 0.0, "weight_decay": 0.0, "initial_accumulator_value": 0.0,
                                "eps": 1e-10, "maximize": False}, "Adagrad"),
    "rmsprop": Spec("rmsprop", {"lr": 1e-2, "alpha": 0.99, "eps": 1e-8, "weight_decay": 0.0, "momentum": 0.0,
                                "centered": False, "maximize": False}, "RMSprop"),
    "adadelta": Spec("adadelta", {"lr": 1.0, "rho": 0.9, "eps": 1e-6, "weight_decay": 0.0, "maximize": False},
                     "Adadelta"),
    "adamax": Spec("adamax", {"lr": 2e-3, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8, "weight_decay": 0.0,
                              "maximize": False}, "Adamax"),
    "nadam": Spec("nadam", {"lr": 2e-3, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8, "weight_decay": 0.0,
                            "momentum_decay": 4e-3, "decoupled_weight_decay": False, "maximize": False}, "NAdam"),
    "radam": Spec("radam", {"lr": 1e-3, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8, "weight_decay": 0.0,
                            "decoupled_weight_decay": False, "maximize": False}, "RAdam"),
    "asgd": Spec("asgd", {"lr": 1e-2, "lambd": 1e-4, "alpha": 0.75, "t0": 1e6, "weight_decay": 0.0,
                          "maximize": False}, "ASGD"),
    "rprop": Spec("rprop", {"lr": 1e-2, "eta_minus": 0.5, "eta_plus": 1.2, "step_min": 1e-6, "step_max": 50.0,
                            "maximize": False}, "Rprop"),
    "lbfgs": Spec("lbfgs", {"lr": 1.0, "max_iter": 20, "max_eval": None, "tolerance_grad": 1e-7,
                            "tolerance_change": 1e-9, "history_size": 100, "strong_wolfe": False}, "LBFGS"),
}

NAMES = tuple(SPECS)
FLAGS = ("nesterov", "amsgrad", "centered", "maximize", "decoupled_weight_decay", "strong_wolfe")
INTEGERS = ("max_iter", "max_eval", "history_size")  # counts, not reals


def known() -> str:
    return ", ".join(NAMES)


def spec(name: str) -> Spec:
    key = name.strip().lower()
    if key not in SPECS:
        import difflib

        # two swapped letters first (adma → adam), then the closest spelling
        swapped = [other for other in NAMES if len(other) == len(key) and sorted(other) == sorted(key)
                   and sum(a != b for a, b in zip(other, key)) == 2]
        close = swapped or difflib.get_close_matches(key, NAMES, n=1)
        hint = say("optimize.error.known.guess", guess=close[0], names=known()) if close else \
            say("optimize.error.known", names=known())
        raise MathError(say("optimize.error.optimizer", name=name), hint=hint)
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
            raise MathError(say("optimize.error.hyper.applies", hyper=hyper, name=key),
                            hint=say("optimize.error.hyper.applies.hint", names=", ".join(takers(hyper))))
        if hyper in FLAGS:
            chosen[hyper] = bool(value)
        elif hyper in INTEGERS:
            if not (float(value).is_integer() and value >= 1):
                raise MathError(say("optimize.error.hyper.whole", hyper=hyper, value=value))
            chosen[hyper] = int(value)
        else:
            chosen[hyper] = float(value)
    if "max_eval" in chosen and chosen["max_eval"] is None:
        chosen["max_eval"] = chosen["max_iter"] * 5 // 4  # torch's default: max_iter·1.25
    _validate(key, chosen)
    return {"name": key, **chosen}


def _validate(name: str, chosen: dict[str, Any]) -> None:
    def at_least_zero(hyper: str) -> None:
        value = chosen.get(hyper)
        if value is not None and not value >= 0.0:
            raise MathError(say("optimize.error.hyper.at_least_zero", hyper=hyper, value=value))

    for hyper in ("lr", "eps", "momentum", "weight_decay", "lr_decay", "alpha", "dampening", "momentum_decay",
                  "initial_accumulator_value", "lambd", "t0", "step_min", "tolerance_grad", "tolerance_change"):
        at_least_zero(hyper)
    rho = chosen.get("rho")
    if rho is not None and not 0.0 <= rho <= 1.0:
        raise MathError(say("optimize.error.rho", rho=rho), hint=say("optimize.error.rho.hint"))
    if "eta_minus" in chosen and not 0.0 < chosen["eta_minus"] < 1.0 < chosen["eta_plus"]:
        raise MathError(say("optimize.error.etas", minus=chosen["eta_minus"], plus=chosen["eta_plus"]),
                        hint=say("optimize.error.etas.hint"))
    if "step_max" in chosen and not chosen["step_min"] <= chosen["step_max"]:
        raise MathError(say("optimize.error.step_sizes", low=chosen["step_min"], high=chosen["step_max"]),
                        hint=say("optimize.error.step_sizes.hint"))
    for hyper in ("beta1", "beta2"):
        value = chosen.get(hyper)
        if value is not None and not 0.0 <= value < 1.0:
            raise MathError(say("optimize.error.beta", hyper=hyper, value=value),
                            hint=say("optimize.error.beta.hint", hyper=hyper))
    for hyper, value in chosen.items():
        if isinstance(value, float) and not math.isfinite(value):
            raise MathError(say("optimize.error.hyper.finite", hyper=hyper, value=value))
    if chosen.get("nesterov") and (chosen["momentum"] <= 0.0 or chosen["dampening"] != 0.0):
        raise MathError(say("optimize.error.nesterov"), hint=say("optimize.error.nesterov.hint"))


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
        if config["initial_accumulator_value"] != 0.0:
            written.append(("initial_accumulator_value", config["initial_accumulator_value"]))
    elif rule == "rmsprop":
        written += [("alpha", config["alpha"]), ("eps", config["eps"])]
        if config["momentum"] != 0.0:
            written.append(("momentum", config["momentum"]))
    elif rule == "adadelta":
        written += [("rho", config["rho"]), ("eps", config["eps"])]
    elif rule in ("adamax", "nadam", "radam"):
        written += [("betas", (config["beta1"], config["beta2"])), ("eps", config["eps"])]
        if rule == "nadam":
            written.append(("momentum_decay", config["momentum_decay"]))
    elif rule == "asgd":
        written += [("lambd", config["lambd"]), ("alpha", config["alpha"]), ("t0", config["t0"])]
    elif rule == "rprop":
        written += [("etas", (config["eta_minus"], config["eta_plus"])),
                    ("step_sizes", (config["step_min"], config["step_max"]))]
    else:
        written += [(key, config[key]) for key in ("max_iter", "max_eval", "tolerance_grad", "tolerance_change",
                                                   "history_size")]
        if config["strong_wolfe"]:
            written.append(("line_search_fn", "strong_wolfe"))
    if config.get("weight_decay", 0.0) != 0.0 or rule == "adamw":
        written.append(("weight_decay", config["weight_decay"]))
    written += [(flag, True) for flag in FLAGS if config.get(flag) and flag != "strong_wolfe"]
    return f"torch.optim.{item.torch}(params, {', '.join(f'{key}={value!r}' for key, value in written)})"


def make(config: dict[str, Any], size: int, function: Callable[[list[float]], tuple[float, list[float]]] | None = None):
    """A fresh optimizer (zero state) for ``size`` parameters.

    L-BFGS evaluates f and ∇f itself during a step (torch's closure): it needs
    ``function``, ``value_and_grad(θ) -> (f, ∇f)``.
    """
    rule = SPECS[config["name"]].rule
    hyper = {key: value for key, value in config.items() if key != "name"}
    if rule == "sgd":
        return SGD(size, **hyper)
    if rule in ("adam", "adamw"):
        return Adam(size, decoupled=rule == "adamw", **hyper)
    if rule == "lbfgs":
        if function is None:
            raise ValueError("L-BFGS evaluates f during a step: pass `function`")
        return LBFGS(size, function=function, **hyper)
    return {"adagrad": Adagrad, "rmsprop": RMSprop, "adadelta": Adadelta, "adamax": Adamax, "nadam": NAdam,
            "radam": RAdam, "asgd": ASGD, "rprop": Rprop}[rule](size, **hyper)


def state_of(optimizer: Any) -> dict[str, Any] | None:
    """The optimizer's running quantities after its last step, named as its steps name them (sgd with
    momentum, adam, adamw, adagrad and rmsprop; None for the others)."""
    state = getattr(optimizer, "state", None)
    return state() if state is not None else None


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

    def state(self) -> dict[str, Any] | None:
        """The momentum buffer b after the last step (torch's ``momentum_buffer``); None without momentum."""
        return None if self.buffer is None else {"b": list(self.buffer)}


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
        self._fixed = (weight, abs(weight) < 0.5, 1.0 - weight, 1 - beta2, coupled)

    def update(self, p: list[float], g: list[float], trace: dict | None = None) -> None:
        beta1, beta2, eps, weight_decay, maximize, amsgrad = (
            self.beta1, self.beta2, self.eps, self.weight_decay, self.maximize, self.amsgrad)
        weight, small, rest, share, coupled = self._fixed
        # param.mul_(1 − lr·λ), with the lr of this step (a schedule may change it)
        shrink = 1 - self.lr * weight_decay if weight_decay != 0.0 and self.decoupled else None
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

    def state(self) -> dict[str, Any] | None:
        """After the last step t: m and v (torch's ``exp_avg``, ``exp_avg_sq``), v_max with AMSGrad, and the
        bias-corrected m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ) (v̂ of v_max with AMSGrad) the update used."""
        if self.t == 0:
            return None
        bias1, bias2 = 1 - self.beta1 ** float(self.t), 1 - self.beta2 ** float(self.t)
        v = self.v_max if self.amsgrad else self.v
        state: dict[str, Any] = {"t": self.t, "m": list(self.m), "v": list(self.v)}
        if self.amsgrad:
            state["v_max"] = list(self.v_max)
        state["m_hat"] = [mi / bias1 for mi in self.m]
        state["v_hat"] = [vi / bias2 for vi in v]
        return state


class Adagrad:
    """G ← G + g²;  θ ← θ − lrₜ·g/(√G + ε), lrₜ = lr/(1 + (t − 1)·decay)."""

    def __init__(self, size: int, *, lr: float, lr_decay: float, weight_decay: float, eps: float,
                 maximize: bool, initial_accumulator_value: float = 0.0) -> None:
        self.lr, self.lr_decay, self.weight_decay, self.eps, self.maximize = lr, lr_decay, weight_decay, eps, maximize
        self.sum = [float(initial_accumulator_value)] * size  # G₀
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

    def state(self) -> dict[str, Any] | None:
        """The sum of squared gradients G after the last step (torch's ``sum``)."""
        return {"t": self.t, "G": list(self.sum)} if self.t else None


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

    def state(self) -> dict[str, Any]:
        """v, the running average of g² (torch's ``square_avg``), with ḡ (``grad_avg``) when centered and the
        momentum buffer b when there is momentum."""
        state: dict[str, Any] = {"v": list(self.square)}
        if self.centered:
            state["mean"] = list(self.mean)
        if self.momentum > 0.0:
            state["b"] = list(self.buffer)
        return state


class Adadelta:
    """v ← ρv + (1 − ρ)g²;  Δ = √(u + ε)/√(v + ε)·g;  u ← ρu + (1 − ρ)Δ²;  θ ← θ − lr·Δ."""

    def __init__(self, size: int, *, lr: float, rho: float, eps: float, weight_decay: float, maximize: bool) -> None:
        self.lr, self.rho, self.eps, self.weight_decay, self.maximize = lr, rho, eps, weight_decay, maximize
        self.square = [0.0] * size  # v: running average of g²
        self.delta = [0.0] * size  # u: running average of Δ²

    def update(self, p: list[float], g: list[float], trace: dict | None = None) -> None:
        rho, eps, weight_decay, neg_lr = self.rho, self.eps, self.weight_decay, -self.lr
        share = 1 - rho
        square, acc, sqrt = self.square, self.delta, math.sqrt
        for i in range(len(p)):
            gi = -g[i] if self.maximize else g[i]
            if weight_decay != 0.0:
                gi = gi + weight_decay * p[i]
            v = square[i] * rho + (share * gi) * gi  # square_avg.mul_(ρ).addcmul_(g, g, value=1 − ρ)
            square[i] = v
            std = sqrt(v + eps)
            d = (sqrt(acc[i] + eps) / std) * gi  # acc_delta.add(ε).sqrt_().div_(std).mul_(g)
            u = acc[i] * rho + (share * d) * d
            acc[i] = u
            delta = neg_lr * d  # param.add_(Δ, alpha=−lr)
            if trace is not None:
                _record(trace, g=g[i], gd=gi if self.maximize or weight_decay != 0.0 else None, v=v, d=d, u=u,
                        delta=delta)
            p[i] = p[i] + delta


class Adamax:
    """m ← β₁m + (1 − β₁)g;  u ← max(β₂u, |g| + ε);  θ ← θ − lr/(1 − β₁ᵗ)·m/u."""

    def __init__(self, size: int, *, lr: float, beta1: float, beta2: float, eps: float, weight_decay: float,
                 maximize: bool) -> None:
        self.lr, self.beta1, self.beta2, self.eps, self.weight_decay, self.maximize = (
            lr, beta1, beta2, eps, weight_decay, maximize)
        self.m = [0.0] * size
        self.u = [0.0] * size
        self.t = 0

    def update(self, p: list[float], g: list[float], trace: dict | None = None) -> None:
        beta1, beta2, eps, weight_decay = self.beta1, self.beta2, self.eps, self.weight_decay
        weight = 1 - beta1
        small, rest = abs(weight) < 0.5, 1.0 - weight
        self.t += 1
        bias1 = 1 - beta1 ** float(self.t)
        clr = self.lr / bias1
        neg_clr = -clr
        m, u = self.m, self.u
        for i in range(len(p)):
            gi = -g[i] if self.maximize else g[i]
            if weight_decay != 0.0:
                gi = gi + weight_decay * p[i]
            mi = m[i]
            mi = mi + weight * (gi - mi) if small else gi - (gi - mi) * rest  # exp_avg.lerp_(g, 1 − β₁)
            m[i] = mi
            ui = u[i] = max(u[i] * beta2, abs(gi) + eps)  # torch.maximum(exp_inf·β₂, |g| + ε)
            delta = (neg_clr * mi) / ui  # param.addcdiv_(m, u, value=−clr)
            if trace is not None:
                _record(trace, g=g[i], gd=gi if self.maximize or weight_decay != 0.0 else None, m=mi, u=ui,
                        delta=delta)
            p[i] = p[i] + delta
        if trace is not None:
            trace["t"], trace["bias1"], trace["clr"] = self.t, bias1, clr


class NAdam:
    """Adam with Nesterov momentum: μₜ = β₁(1 − ½·0.96^(t·ψ));
    θ ← θ − lr(1 − μₜ)/(1 − Πμ)·g/d − lr·μₜ₊₁/(1 − Πμ·μₜ₊₁)·m/d, d = √(v/(1 − β₂ᵗ)) + ε."""

    def __init__(self, size: int, *, lr: float, beta1: float, beta2: float, eps: float, weight_decay: float,
                 momentum_decay: float, decoupled_weight_decay: bool, maximize: bool) -> None:
        self.lr, self.beta1, self.beta2, self.eps = lr, beta1, beta2, eps
        self.weight_decay, self.momentum_decay, self.decoupled, self.maximize = (
            weight_decay, momentum_decay, decoupled_weight_decay, maximize)
        self.m = [0.0] * size
        self.v = [0.0] * size
        self.mu_product = 1.0
        self.t = 0

    def update(self, p: list[float], g: list[float], trace: dict | None = None) -> None:
        beta1, beta2, eps, weight_decay, lr = self.beta1, self.beta2, self.eps, self.weight_decay, self.lr
        weight = 1 - beta1
        small, rest, share = abs(weight) < 0.5, 1.0 - weight, 1 - beta2
        self.t += 1
        step = float(self.t)
        bias2 = 1 - beta2**step
        decay = weight_decay != 0.0
        shrink = 1 - lr * weight_decay if decay and self.decoupled else None
        mu = beta1 * (1.0 - 0.5 * (0.96 ** (step * self.momentum_decay)))
        mu_next = beta1 * (1.0 - 0.5 * (0.96 ** ((step + 1) * self.momentum_decay)))
        self.mu_product = mu_product = self.mu_product * mu
        mu_product_next = mu_product * mu_next
        grad_scale = -lr * (1.0 - mu) / (1.0 - mu_product)
        avg_scale = (-lr * mu_next) / (1.0 - mu_product_next)
        m, v, sqrt = self.m, self.v, math.sqrt
        for i in range(len(p)):
            gi = -g[i] if self.maximize else g[i]
            pi = p[i]
            if shrink is not None:
                pi = pi * shrink
            elif decay:
                gi = gi + weight_decay * pi
            mi = m[i]
            mi = mi + weight * (gi - mi) if small else gi - (gi - mi) * rest
            vi = v[i] * beta2 + (share * gi) * gi
            m[i], v[i] = mi, vi
            denom = sqrt(vi / bias2) + eps  # exp_avg_sq.div(1 − β₂ᵗ).sqrt().add_(ε)
            pi = pi + (grad_scale * gi) / denom  # param.addcdiv_(g, d, value=−lr(1 − μₜ)/(1 − Πμ))
            pi = pi + (avg_scale * mi) / denom  # param.addcdiv_(m, d, value=−lr·μₜ₊₁/(1 − Πμ·μₜ₊₁))
            if trace is not None:
                _record(trace, g=g[i], gd=gi if self.maximize or (decay and shrink is None) else None,
                        decayed=p[i] * shrink if shrink is not None else None, m=mi, v=vi, denom=denom,
                        delta=pi - p[i])
            p[i] = pi
        if trace is not None:
            trace.update(t=self.t, mu=mu, mu_next=mu_next, mu_product=mu_product, bias2=bias2,
                         grad_scale=grad_scale, avg_scale=avg_scale)


class RAdam:
    """Rectified Adam: m̂ = m/(1 − β₁ᵗ);  ρₜ = ρ∞ − 2tβ₂ᵗ/(1 − β₂ᵗ);  ρₜ > 5: θ ← θ − lr·m̂·r·√(1 − β₂ᵗ)/(√v + ε),
    else θ ← θ − lr·m̂."""

    def __init__(self, size: int, *, lr: float, beta1: float, beta2: float, eps: float, weight_decay: float,
                 decoupled_weight_decay: bool, maximize: bool) -> None:
        self.lr, self.beta1, self.beta2, self.eps = lr, beta1, beta2, eps
        self.weight_decay, self.decoupled, self.maximize = weight_decay, decoupled_weight_decay, maximize
        self.m = [0.0] * size
        self.v = [0.0] * size
        self.t = 0

    def update(self, p: list[float], g: list[float], trace: dict | None = None) -> None:
        beta1, beta2, eps, weight_decay, lr = self.beta1, self.beta2, self.eps, self.weight_decay, self.lr
        weight = 1 - beta1
        small, rest, share = abs(weight) < 0.5, 1.0 - weight, 1 - beta2
        self.t += 1
        step = float(self.t)
        decay = weight_decay != 0.0
        shrink = 1 - lr * weight_decay if decay and self.decoupled else None
        bias1 = 1 - beta1**step
        bias2 = 1 - beta2**step
        rho_inf = 2 / (1 - beta2) - 1
        rho_t = rho_inf - 2 * step * (beta2**step) / bias2
        rectified = rho_t > 5.0
        rect = (((rho_t - 4) * (rho_t - 2) * rho_inf / ((rho_inf - 4) * (rho_inf - 2) * rho_t)) ** 0.5
                if rectified else None)
        bias2_sqrt = bias2**0.5
        m, v, sqrt = self.m, self.v, math.sqrt
        for i in range(len(p)):
            gi = -g[i] if self.maximize else g[i]
            pi = p[i]
            if shrink is not None:
                pi = pi * shrink
            elif decay:
                gi = gi + weight_decay * pi
            mi = m[i]
            mi = mi + weight * (gi - mi) if small else gi - (gi - mi) * rest
            vi = v[i] * beta2 + (share * gi) * gi
            m[i], v[i] = mi, vi
            m_hat = mi / bias1
            if rectified:
                adaptive = bias2_sqrt / (sqrt(vi) + eps)
                delta = -(((m_hat * lr) * adaptive) * rect)  # param.add_(m̂·lr·adaptive·r, alpha=−1)
            else:
                adaptive = None
                delta = -(m_hat * lr)
            if trace is not None:
                _record(trace, g=g[i], gd=gi if self.maximize or (decay and shrink is None) else None,
                        decayed=pi if shrink is not None else None, m=mi, v=vi, m_hat=m_hat, adaptive=adaptive,
                        delta=delta)
            p[i] = pi + delta
        if trace is not None:
            trace.update(t=self.t, bias1=bias1, bias2=bias2, rho_inf=rho_inf, rho_t=rho_t, rect=rect)


class ASGD:
    """θ ← θ·(1 − λη) − η·g;  ax ← ax + μ(θ − ax);  η ← lr/(1 + λ·lr·t)^α;  μ ← 1/max(1, t − t₀)."""

    def __init__(self, size: int, *, lr: float, lambd: float, alpha: float, t0: float, weight_decay: float,
                 maximize: bool) -> None:
        self.lr, self.lambd, self.alpha, self.t0, self.weight_decay, self.maximize = (
            lr, lambd, alpha, t0, weight_decay, maximize)
        self.eta: float | None = None  # starts at the lr of the first step
        self.mu = 1.0
        self.ax = [0.0] * size
        self.t = 0

    def update(self, p: list[float], g: list[float], trace: dict | None = None) -> None:
        if self.eta is None:
            self.eta = self.lr
        eta, mu, lambd, weight_decay, ax = self.eta, self.mu, self.lambd, self.weight_decay, self.ax
        self.t += 1
        shrink = 1 - lambd * eta
        for i in range(len(p)):
            gi = -g[i] if self.maximize else g[i]
            if weight_decay != 0.0:
                gi = gi + weight_decay * p[i]
            pi = p[i] * shrink  # param.mul_(1 − λη)
            pi = pi + -eta * gi  # param.add_(g, alpha=−η)
            ax[i] = ax[i] + (pi - ax[i]) * mu if mu != 1 else pi
            if trace is not None:
                _record(trace, g=g[i], gd=gi if self.maximize or weight_decay != 0.0 else None, ax=ax[i],
                        delta=pi - p[i])
            p[i] = pi
        step = float(self.t)
        self.eta = self.lr / ((1 + self.lambd * self.lr * step) ** self.alpha)
        self.mu = 1 / max(1, step - self.t0)
        if trace is not None:
            trace.update(t=self.t, eta=eta, mu=mu, shrink=shrink, eta_next=self.eta, mu_next=self.mu)


class Rprop:
    """Each coordinate its own step size s: ×η₊ while g keeps its sign, ×η₋ when it flips (then g counts as 0);
    θ ← θ − sign(g)·s."""

    def __init__(self, size: int, *, lr: float, eta_minus: float, eta_plus: float, step_min: float,
                 step_max: float, maximize: bool) -> None:
        self.lr, self.eta_minus, self.eta_plus = lr, eta_minus, eta_plus
        self.step_min, self.step_max, self.maximize = step_min, step_max, maximize
        self.prev = [0.0] * size
        self.sizes: list[float] | None = None  # start at the lr of the first step

    def update(self, p: list[float], g: list[float], trace: dict | None = None) -> None:
        if self.sizes is None:
            self.sizes = [float(self.lr)] * len(p)
        minus, plus, low, high = self.eta_minus, self.eta_plus, self.step_min, self.step_max
        prev, sizes = self.prev, self.sizes
        for i in range(len(p)):
            gi = -g[i] if self.maximize else g[i]
            product = gi * prev[i]
            factor = plus if product > 0 else minus if product < 0 else 1.0
            s = min(max(sizes[i] * factor, low), high)  # step_size.mul_(sign).clamp_(min, max)
            sizes[i] = s
            if factor == minus:
                gi = 0.0  # grad[sign.eq(η₋)] = 0: no move, and no sign to compare next time
            sign = 1.0 if gi > 0 else -1.0 if gi < 0 else 0.0
            delta = (-1 * sign) * s  # param.addcmul_(g.sign(), step_size, value=−1)
            prev[i] = gi
            if trace is not None:
                _record(trace, g=g[i], gd=-g[i] if self.maximize else None, factor=factor, size=s, delta=delta)
            p[i] = p[i] + delta


class LBFGS:
    """One step is up to ``max_iter`` iterations of L-BFGS, as torch.optim.LBFGS.step(closure):
    d = −H·g from the last ``history_size`` pairs (s, y) by the two-loop recursion, θ ← θ + t·d with
    t = lr (the first iteration ever: min(1, 1/Σ|g|)·lr) or t from a strong-Wolfe line search.
    """

    def __init__(self, size: int, *, function: Callable[[list[float]], tuple[float, list[float]]], lr: float,
                 max_iter: int, max_eval: int, tolerance_grad: float, tolerance_change: float, history_size: int,
                 strong_wolfe: bool) -> None:
        self.function, self.lr, self.max_iter, self.max_eval = function, lr, max_iter, max_eval
        self.tolerance_grad, self.tolerance_change = tolerance_grad, tolerance_change
        self.history_size, self.strong_wolfe = history_size, strong_wolfe
        self.n_iter = 0
        self.func_evals = 0
        self.d: list[float] | None = None
        self.t = None
        self.old_dirs: list[list[float]] = []
        self.old_stps: list[list[float]] = []
        self.ro: list[float] = []
        self.h_diag = 1.0
        self.prev_flat_grad: list[float] | None = None
        self.prev_loss: float | None = None
        self.al: list[float] = [0.0] * history_size

    def update(self, p: list[float], g: list[float], trace: dict | None = None) -> None:
        tolerance_grad, tolerance_change, lr = self.tolerance_grad, self.tolerance_change, self.lr
        loss, _ = self.function(p)  # orig_loss = closure() (g is its gradient)
        flat_grad = list(g)
        current_evals = 1
        self.func_evals += 1
        iterations: list[dict[str, Any]] = []
        if trace is not None:
            trace["g"], trace["iterations"] = list(g), iterations
        if max(abs(v) for v in flat_grad) <= tolerance_grad:
            if trace is not None:
                trace["stop"] = "tolerance_grad_start"
            return
        d, t = self.d, self.t
        old_dirs, old_stps, ro = self.old_dirs, self.old_stps, self.ro
        n = len(p)
        n_iter = 0
        stop = "max_iter"
        while n_iter < self.max_iter:
            n_iter += 1
            self.n_iter += 1
            if self.n_iter == 1:
                d = [-v for v in flat_grad]
                old_dirs.clear(), old_stps.clear(), ro.clear()
                self.h_diag = 1.0
            else:
                y = [a - b for a, b in zip(flat_grad, self.prev_flat_grad)]
                s = [v * t for v in d]
                ys = _dot(y, s)
                if ys > 1e-10:
                    if len(old_dirs) == self.history_size:
                        old_dirs.pop(0), old_stps.pop(0), ro.pop(0)
                    old_dirs.append(y)
                    old_stps.append(s)
                    ro.append(1.0 / ys)
                    self.h_diag = ys / _dot(y, y)
                al = self.al
                q = [-v for v in flat_grad]
                for i in range(len(old_dirs) - 1, -1, -1):
                    al[i] = _dot(old_stps[i], q) * ro[i]
                    q = [a + -al[i] * b for a, b in zip(q, old_dirs[i])]  # q.add_(y, alpha=−αᵢ)
                h_diag = self.h_diag
                r = [v * h_diag for v in q]
                for i in range(len(old_dirs)):
                    be_i = _dot(old_dirs[i], r) * ro[i]
                    r = [a + (al[i] - be_i) * b for a, b in zip(r, old_stps[i])]
                d = r
            self.prev_flat_grad = list(flat_grad)
            prev_loss = self.prev_loss = loss
            if self.n_iter == 1:
                total = sum(abs(v) for v in flat_grad)
                t = min(1.0, 1.0 / total if total else math.inf) * lr
            else:
                t = lr
            gtd = _dot(flat_grad, d)
            if gtd > -tolerance_change:
                stop = "not_descent"
                break
            evals = 0
            if self.strong_wolfe:
                x_init = list(p)
                loss, flat_grad, t, evals = _strong_wolfe(self.function, x_init, t, d, loss, flat_grad, gtd,
                                                          tolerance_change=tolerance_change,
                                                          max_ls=self.max_eval - current_evals)
                for i in range(n):
                    p[i] = p[i] + t * d[i]
                opt_cond = max(abs(v) for v in flat_grad) <= tolerance_grad
            else:
                for i in range(n):
                    p[i] = p[i] + t * d[i]  # p.add_(d, alpha=t)
                opt_cond = False
                if n_iter != self.max_iter:
                    loss, flat_grad = self.function(p)
                    flat_grad = list(flat_grad)
                    opt_cond = max(abs(v) for v in flat_grad) <= tolerance_grad
                    evals = 1
            current_evals += evals
            self.func_evals += evals
            if trace is not None:
                iterations.append({"d": list(d), "t": t, "point": list(p), "evals": evals,
                                   "value": loss if evals or self.strong_wolfe else None})
            if n_iter == self.max_iter:
                stop = "max_iter"
                break
            if current_evals >= self.max_eval:
                stop = "max_eval"
                break
            if opt_cond:
                stop = "tolerance_grad"
                break
            if max(abs(v * t) for v in d) <= tolerance_change:
                stop = "tolerance_change_step"
                break
            if abs(loss - prev_loss) < tolerance_change:
                stop = "tolerance_change_value"
                break
        self.d, self.t = d, t
        if trace is not None:
            trace["stop"], trace["evals"] = stop, current_evals


def _dot(a: list[float], b: list[float]) -> float:
    total = 0.0
    for x, y in zip(a, b):
        total += x * y
    return total


def _divide(a: float, b: float) -> float:
    """a/b as IEEE arithmetic (and torch) has it: ±inf or nan for b = 0."""
    if b != 0.0:
        return a / b
    return math.nan if a == 0.0 or math.isnan(a) else math.copysign(math.inf, a) * math.copysign(1.0, b)


def _cubic_interpolate(x1, f1, g1, x2, f2, g2, bounds=None):
    """The minimiser of the cubic through (x1, f1, g1) and (x2, f2, g2), kept within bounds (torch's own)."""
    if bounds is not None:
        xmin_bound, xmax_bound = bounds
    else:
        xmin_bound, xmax_bound = (x1, x2) if x1 <= x2 else (x2, x1)
    d1 = g1 + g2 - _divide(3 * (f1 - f2), x1 - x2)
    d2_square = d1**2 - g1 * g2
    if d2_square >= 0:
        d2 = math.sqrt(d2_square)
        if x1 <= x2:
            min_pos = x2 - (x2 - x1) * _divide(g2 + d2 - d1, g2 - g1 + 2 * d2)
        else:
            min_pos = x1 - (x1 - x2) * _divide(g1 + d2 - d1, g1 - g2 + 2 * d2)
        return min(max(min_pos, xmin_bound), xmax_bound)
    return (xmin_bound + xmax_bound) / 2.0


def _strong_wolfe(function, x, t, d, f, g, gtd, c1=1e-4, c2=0.9, tolerance_change=1e-9, max_ls=25):
    """torch.optim.lbfgs._strong_wolfe on lists: a step t along d meeting the strong Wolfe conditions."""
    d_norm = max(abs(v) for v in d)

    def evaluate(step):
        value, grad = function([a + step * b for a, b in zip(x, d)])
        return value, list(grad)

    f_new, g_new = evaluate(t)
    ls_func_evals = 1
    gtd_new = _dot(g_new, d)
    t_prev, f_prev, g_prev, gtd_prev = 0, f, g, gtd
    done = False
    ls_iter = 0
    while ls_iter < max_ls:
        if f_new > (f + c1 * t * gtd) or (ls_iter > 1 and f_new >= f_prev):
            bracket, bracket_f, bracket_g, bracket_gtd = [t_prev, t], [f_prev, f_new], [g_prev, g_new], \
                [gtd_prev, gtd_new]
            break
        if abs(gtd_new) <= -c2 * gtd:
            bracket, bracket_f, bracket_g = [t], [f_new], [g_new]
            done = True
            break
        if gtd_new >= 0:
            bracket, bracket_f, bracket_g, bracket_gtd = [t_prev, t], [f_prev, f_new], [g_prev, g_new], \
                [gtd_prev, gtd_new]
            break
        min_step = t + 0.01 * (t - t_prev)
        max_step = t * 10
        tmp = t
        t = _cubic_interpolate(t_prev, f_prev, gtd_prev, t, f_new, gtd_new, bounds=(min_step, max_step))
        t_prev, f_prev, g_prev, gtd_prev = tmp, f_new, g_new, gtd_new
        f_new, g_new = evaluate(t)
        ls_func_evals += 1
        gtd_new = _dot(g_new, d)
        ls_iter += 1
    if ls_iter == max_ls:
        bracket, bracket_f, bracket_g = [0, t], [f, f_new], [g, g_new]
    insuf_progress = False
    low_pos, high_pos = (0, 1) if bracket_f[0] <= bracket_f[-1] else (1, 0)
    while not done and ls_iter < max_ls:
        if abs(bracket[1] - bracket[0]) * d_norm < tolerance_change:
            break
        t = _cubic_interpolate(bracket[0], bracket_f[0], bracket_gtd[0], bracket[1], bracket_f[1], bracket_gtd[1])
        eps = 0.1 * (max(bracket) - min(bracket))
        if min(max(bracket) - t, t - min(bracket)) < eps:
            if insuf_progress or t >= max(bracket) or t <= min(bracket):
                t = max(bracket) - eps if abs(t - max(bracket)) < abs(t - min(bracket)) else min(bracket) + eps
                insuf_progress = False
            else:
                insuf_progress = True
        else:
            insuf_progress = False
        f_new, g_new = evaluate(t)
        ls_func_evals += 1
        gtd_new = _dot(g_new, d)
        ls_iter += 1
        if f_new > (f + c1 * t * gtd) or f_new >= bracket_f[low_pos]:
            bracket[high_pos], bracket_f[high_pos], bracket_g[high_pos], bracket_gtd[high_pos] = t, f_new, g_new, \
                gtd_new
            low_pos, high_pos = (0, 1) if bracket_f[0] <= bracket_f[1] else (1, 0)
        else:
            if abs(gtd_new) <= -c2 * gtd:
                done = True
            elif gtd_new * (bracket[high_pos] - bracket[low_pos]) >= 0:
                bracket[high_pos], bracket_f[high_pos] = bracket[low_pos], bracket_f[low_pos]
                bracket_g[high_pos], bracket_gtd[high_pos] = bracket_g[low_pos], bracket_gtd[low_pos]
            bracket[low_pos], bracket_f[low_pos], bracket_g[low_pos], bracket_gtd[low_pos] = t, f_new, g_new, gtd_new
    return bracket_f[low_pos], bracket_g[low_pos], bracket[low_pos], ls_func_evals


def _record(trace: dict, **values: float | None) -> None:
    """Append one coordinate's quantities to the step's trace (``None``: not part of this rule)."""
    for key, value in values.items():
        if value is not None:
            trace.setdefault(key, []).append(value)


# --- learning-rate schedules (torch.optim.lr_scheduler) ------------------------------------

SCHEDULES = ("step", "exponential", "cosine", "onecycle", "linear")
# the numbers after the colon, in order (``step:30,0.1``), each with its default (None: required,
# "steps"/"lr": the run's own number of steps / learning rate)
SCHEDULE_PARAMETERS: dict[str, tuple[tuple[str, Any], ...]] = {
    "step": (("step_size", None), ("gamma", 0.1)),
    "exponential": (("gamma", None),),
    "cosine": (("t_max", "steps"), ("eta_min", 0.0)),
    "onecycle": (("max_lr", "lr"), ("pct_start", 0.3), ("div_factor", 25.0), ("final_div_factor", 1e4)),
    "linear": (("start_factor", 1.0 / 3), ("total_iters", 5), ("end_factor", 1.0)),
}
SCHEDULE_TORCH = {"step": "StepLR", "exponential": "ExponentialLR", "cosine": "CosineAnnealingLR",
                  "onecycle": "OneCycleLR", "linear": "LinearLR"}
_SCHEDULE_COUNTS = ("step_size", "t_max", "total_iters")


def schedule_settings(name: str, lr: float, steps: int, **given: float | None) -> dict[str, Any]:
    """A schedule's parameters: given ones, torch's defaults, and those that follow the run (T_max, max_lr)."""
    key = name.strip().lower()
    if key not in SCHEDULE_PARAMETERS:
        import difflib

        close = difflib.get_close_matches(key, SCHEDULES, n=1)
        hint = say("optimize.error.known.guess", guess=close[0], names=", ".join(SCHEDULES)) if close else \
            say("optimize.error.known", names=", ".join(SCHEDULES))
        raise MathError(say("optimize.error.schedule", name=name), hint=hint)
    known_here = dict(SCHEDULE_PARAMETERS[key])
    chosen: dict[str, Any] = {"name": key}
    for parameter, default in known_here.items():
        value = given.get(parameter)
        if value is None:
            if default is None:
                example = {"step": "step:30,0.1", "exponential": "exponential:0.99"}[key]
                raise MathError(say("optimize.error.schedule.needs", name=key, parameter=parameter),
                                hint=say("optimize.error.schedule.hint", example=example))
            value = steps if default == "steps" else lr if default == "lr" else default
        value = float(value)
        if not math.isfinite(value):
            raise MathError(say("optimize.error.schedule.finite", parameter=parameter, name=key, value=value))
        if parameter in _SCHEDULE_COUNTS:
            if not (value.is_integer() and value >= 1):
                raise MathError(say("optimize.error.schedule.whole", parameter=parameter, name=key, value=value))
            value = int(value)
        chosen[parameter] = value
    for parameter in given:
        if parameter not in known_here:
            raise MathError(say("optimize.error.schedule.applies", parameter=parameter, name=key))

    def check(ok: bool, rule: str | Sentence) -> None:
        if not ok:
            raise MathError(say("optimize.error.schedule.needs_rule", name=key, rule=rule),
                            hint=say("optimize.error.schedule.hint", example=_EXAMPLES[key]))

    if key in ("step", "exponential"):
        check(chosen["gamma"] >= 0.0, "`gamma` ≥ 0")
    elif key == "cosine":
        check(chosen["eta_min"] >= 0.0, "`eta_min` ≥ 0")
    elif key == "onecycle":
        check(chosen["max_lr"] >= 0.0, "`max_lr` ≥ 0")
        check(0.0 <= chosen["pct_start"] <= 1.0, "`pct_start` in [0, 1]")
        check(chosen["div_factor"] > 0.0 and chosen["final_div_factor"] > 0.0, say("optimize.error.schedule.rule.div"))
        chosen["total_steps"] = steps
        # torch divides by each phase's length: pct_start·steps − 1 must be neither 0 nor steps − 1
        end = float(chosen["pct_start"] * steps) - 1
        check(end != 0.0 and end != steps - 1, say("optimize.error.schedule.rule.pct"))
    else:
        check(0.0 < chosen["start_factor"] <= 1.0, "`start_factor` in (0, 1]")
        check(0.0 <= chosen["end_factor"] <= 1.0, "`end_factor` in [0, 1]")
    return chosen


_EXAMPLES = {"step": "step:30,0.1", "exponential": "exponential:0.99", "cosine": "cosine:1000,0.0001",
             "onecycle": "onecycle:0.01,0.3", "linear": "linear:0.1,100"}


def schedule_call(schedule: dict[str, Any]) -> str:
    """``torch.optim.lr_scheduler.StepLR(optimizer, step_size=30, gamma=0.1)``: the same schedule in PyTorch."""
    name = schedule["name"]
    if name == "step":
        written = [("step_size", schedule["step_size"]), ("gamma", schedule["gamma"])]
    elif name == "exponential":
        written = [("gamma", schedule["gamma"])]
    elif name == "cosine":
        written = [("T_max", schedule["t_max"]), ("eta_min", schedule["eta_min"])]
    elif name == "onecycle":
        written = [("max_lr", schedule["max_lr"]), ("total_steps", schedule["total_steps"]),
                   ("pct_start", schedule["pct_start"]), ("div_factor", schedule["div_factor"]),
                   ("final_div_factor", schedule["final_div_factor"]), ("cycle_momentum", False)]
    else:
        written = [("start_factor", schedule["start_factor"]), ("end_factor", schedule["end_factor"]),
                   ("total_iters", schedule["total_iters"])]
    arguments = ", ".join(f"{key}={value!r}" for key, value in written)
    return f"torch.optim.lr_scheduler.{SCHEDULE_TORCH[name]}(optimizer, {arguments})"


def learning_rates(schedule: dict[str, Any], lr: float, steps: int) -> list[float]:
    """lr₀, lr₁, …, lr_steps: the learning rate after k calls of ``scheduler.step()`` (the one update k + 1 uses).

    Computed as torch's schedulers compute it, from the lr in force (their chainable
    form), so the numbers agree to the last bit.
    """
    name = schedule["name"]
    rates = []
    if name == "onecycle":
        initial = schedule["max_lr"] / schedule["div_factor"]
        peak = schedule["max_lr"]
        low = initial / schedule["final_div_factor"]
        total = schedule["total_steps"]
        phases = [(float(schedule["pct_start"] * total) - 1, initial, peak), (total - 1, peak, low)]
        for k in range(steps + 1):
            start_step = 0.0
            for index, (end_step, start_lr, end_lr) in enumerate(phases):
                if k <= end_step or index == len(phases) - 1:
                    pct = _divide(k - start_step, end_step - start_step)
                    rates.append(end_lr + (start_lr - end_lr) / 2.0 * (math.cos(math.pi * pct) + 1))
                    break
                start_step = end_step
        return rates
    current = lr
    for k in range(steps + 1):
        if name == "step":
            if k != 0 and k % schedule["step_size"] == 0:
                current = current * schedule["gamma"]
        elif name == "exponential":
            if k != 0:
                current = current * schedule["gamma"]
        elif name == "cosine":
            t_max, eta_min = schedule["t_max"], schedule["eta_min"]
            if k == 0:
                pass
            elif (k - 1 - t_max) % (2 * t_max) == 0:
                current = current + (lr - eta_min) * (1 - math.cos(math.pi / t_max)) / 2
            else:
                current = (_divide(1 + math.cos(math.pi * k / t_max), 1 + math.cos(math.pi * (k - 1) / t_max))
                           * (current - eta_min) + eta_min)
        else:
            start, end, total = schedule["start_factor"], schedule["end_factor"], schedule["total_iters"]
            if k == 0:
                current = current * start
            elif k <= total:
                current = current * (1.0 + (end - start) / (total * start + (k - 1) * (end - start)))
        rates.append(current)
    return rates
