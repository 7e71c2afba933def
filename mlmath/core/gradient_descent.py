"""Gradient descent and its optimizers, step by step: the run loop and its Result.

One run is the training loop of torch.optim: at θₖ compute f(θₖ) and
g = ∇f(θₖ), then let the optimizer move θ.  The first few steps keep every
internal quantity for the explanation; the rest run in a tight loop on plain
floats.  A run stops early when it diverges: f moves ``BLOW_UP``·max(1, |f₀|)
away from where it started, or stops being a number.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from mlmath.core import optimizers
from mlmath.core.notation import subscript
from mlmath.core.result import Computed, Result, Step, shown, step
from mlmath.errors import MathError
from mlmath.text import say

if TYPE_CHECKING:  # only named in annotations: train's steps import this module without the functions
    from mlmath.core.functions import Objective

__all__ = ["optimize"]

DETAIL_STEPS = 3  # steps written out with every quantity
MAX_STEPS = 1_000_000
BLOW_UP = 1e8  # |f − f₀| beyond this many times max(1, |f₀|) is a runaway
CHUNK = 2000  # steps between progress reports
_UNDEFINED = (ArithmeticError, ValueError, TypeError)  # math domain errors, overflow, complex values

Progress = Callable[[int, int], None]


@dataclass
class Run:
    """One optimizer's walk: every point and loss (flat arrays), how it ended, the traced steps."""

    config: dict[str, Any]
    size: int
    points: array  # θ₀, θ₁, … concatenated
    losses: array  # f(θ₀), f(θ₁), …
    status: str  # "done", "diverged", "unbounded", "undefined" (f or ∇f) or "undefined_update" (0/0 in the rule)
    stopped_at: int | None  # the step that ended a run early
    bad_point: list[float] | None  # where it ended, if that point is not in ``points``
    bad_value: float | None
    traces: list[dict[str, Any]]
    lrs: list[float] | None = None  # with a schedule: the lr after k scheduler steps, k = 0 … steps
    state: dict[str, Any] | None = None  # the optimizer's running quantities after its last step (m, v, b …)

    @property
    def steps_run(self) -> int:
        return len(self.losses) - 1

    def point(self, index: int) -> list[float]:
        return list(self.points[index * self.size:(index + 1) * self.size])

    @property
    def final(self) -> list[float]:
        return self.point(self.steps_run)


def walk(objective: Objective, config: dict[str, Any], start: Sequence[float], steps: int, *,
         detail: int = DETAIL_STEPS, progress: Progress | None = None, schedule: dict[str, Any] | None = None) -> Run:
    """Run ``steps`` updates of the optimizer ``config`` from ``start``.

    With ``schedule`` (``optimizers.schedule_settings``) the lr of update k is the
    schedule's lr after k − 1 scheduler steps, as ``opt.step(); scheduler.step()``.
    """
    if not 1 <= steps <= MAX_STEPS:
        raise MathError(say("optimize.error.steps", most=MAX_STEPS, steps=steps))
    value_and_grad = objective.value_and_grad
    p = [float(v) for v in start]
    try:
        value, grad = value_and_grad(p)
        finite = math.isfinite(value) and all(math.isfinite(g) for g in grad)
    except _UNDEFINED:
        finite = False
    if not finite:
        raise MathError(say("optimize.error.undefined_start", point=", ".join(map(repr, p))),
                        hint=say("optimize.error.undefined_start.hint"))
    optimizer = optimizers.make(config, len(p), function=value_and_grad)
    update = optimizer.update
    lrs = None if schedule is None else optimizers.learning_rates(schedule, config["lr"], steps)
    # L-BFGS evaluates f itself inside a step: an error there is f leaving its domain, not the rule's 0/0
    evaluates = optimizers.SPECS[config["name"]].rule == "lbfgs"
    maximize = config.get("maximize", False)
    bound = BLOW_UP * max(1.0, abs(value))
    low, high = value - bound, value + bound
    points, losses = array("d", p), array("d", [value])
    traces: list[dict[str, Any]] = []
    status, stopped_at, bad_point, bad_value = "done", None, None, None
    k = 0
    updating = False  # an error inside the rule (0/0 with ε = 0) is not f leaving its domain
    try:
        # the first steps, every quantity kept
        while k < min(detail, steps):
            k += 1
            trace: dict[str, Any] = {}
            if lrs is not None:
                optimizer.lr = trace["lr"] = lrs[k - 1]
            updating = not evaluates
            update(p, grad, trace)
            updating = False
            value, grad = value_and_grad(p)
            traces.append(trace)
            points.extend(p)
            losses.append(value)
            if not low <= value <= high:
                break
        # the rest in a tight loop, reporting progress between chunks
        extend, append = points.extend, losses.append
        while k < steps and low <= value <= high:
            stop = min(steps, k + CHUNK)
            while k < stop:
                k += 1
                if lrs is not None:
                    optimizer.lr = lrs[k - 1]
                updating = not evaluates
                update(p, grad)
                updating = False
                value, grad = value_and_grad(p)
                extend(p)
                append(value)
                if not low <= value <= high:
                    break
            if progress is not None:
                progress(k, steps)
    except _UNDEFINED as error:
        status, stopped_at, bad_point, bad_value = "undefined", k, list(p), None
        del points[len(losses) * len(p):]  # keep only the points whose f is known
        if updating:
            status = "undefined_update"
        elif isinstance(error, OverflowError):
            # f or ∇f is too large for a float at the new point (x**2 at x = −2e300): infinite, so diverged
            status, bad_value = "diverged", math.inf
        return Run(config, len(p), points, losses, status, stopped_at, bad_point, bad_value, traces, lrs,
                   optimizers.state_of(optimizer))
    if not low <= value <= high:
        stopped_at = k
        climbing = value > high if not maximize else value < low
        status = "diverged" if climbing or math.isnan(value) else "unbounded"
        if not (math.isfinite(value) and all(math.isfinite(v) for v in p)):
            bad_point, bad_value = list(p), value
            del points[-len(p):]
            del losses[-1:]
    return Run(config, len(p), points, losses, status, stopped_at, bad_point, bad_value, traces, lrs,
               optimizers.state_of(optimizer))


# --- results -----------------------------------------------------------------------


@dataclass
class OptimizeResult(Result):
    """``result`` = the final point θₙ."""

    value: float = 0.0  # f(θₙ)
    function: str = ""
    variables: list[str] = field(default_factory=list)
    start: list[float] = field(default_factory=list)
    optimizer: dict[str, Any] = field(default_factory=dict)
    steps_run: int = 0
    status: str = "done"
    stopped_at: int | None = None
    minimum: list[float] | None = None
    distance_to_minimum: float | None = None
    every: int = 1
    trajectory_steps: Any = None  # the steps kept: 0, k, 2k, …, last (numpy array)
    trajectory: Any = None  # θ at those steps, one row each (numpy array)
    losses: Any = None  # f(θ) at those steps (numpy array)
    schedule: dict[str, Any] | None = None  # the learning-rate schedule and its torch.optim.lr_scheduler call
    lrs: Any = None  # with a schedule: the lr after each of those steps (the lr the next update uses)
    convexity: str | None = None  # "strictly convex", "convex", "neither", "undecided" … (core.convexity)
    # after the last step, as the steps name them: momentum's b; Adam's t, m, v, m_hat (m̂), v_hat (v̂);
    # Adagrad's G; RMSprop's v (None for the other optimizers)
    state: dict[str, Any] | None = None
    objective: Any = shown()  # the function minimised, for the view's map
    planned: int = shown(0)  # the steps asked for
    table_every: int | None = shown()  # the view's table shows every k-th step (None: about ten rows)


@dataclass
class CompareResult(Result):
    """``result`` = the final point of each optimizer, in the order given (one row each)."""

    function: str = ""
    variables: list[str] = field(default_factory=list)
    start: list[float] = field(default_factory=list)
    minimum: list[float] | None = None
    runs: list[OptimizeResult] = field(default_factory=list)
    objective: Any = shown()
    table_every: int | None = shown()


def optimize(objective: Objective, config: dict[str, Any], start: Sequence[float], steps: int, *,
             every: int = 1, detail: int = DETAIL_STEPS, progress: Progress | None = None,
             schedule: dict[str, Any] | None = None) -> OptimizeResult:
    """Minimise ``objective`` from ``start`` with one optimizer (and a learning-rate schedule); steps explained."""
    run = walk(objective, config, start, steps, detail=detail, progress=progress, schedule=schedule)
    result = _result(objective, run, list(start), every, schedule)
    result.objective, result.planned = objective, steps
    from mlmath.core.convexity import objective_convexity

    convex = objective_convexity(objective)
    result.convexity = convex.verdict
    result.steps = [
        _function_step(objective),
        step("convexity.optimize.question", *convex.steps),
        _rule_step(config),
        *([_schedule_step(result.schedule)] if schedule is not None else []),
        step("optimize.start", point=list(start), value=run.losses[0]),
        *_traced_steps(objective, run),
        *_ending_steps(objective, run, result),
    ]
    return result


def compare(objective: Objective, configs: Sequence[dict[str, Any]], start: Sequence[float], steps: int, *,
            every: int = 1, progress: Progress | None = None,
            schedules: Sequence[dict[str, Any] | None] | None = None) -> CompareResult:
    """The same function and start under several optimizers, side by side."""
    results = []
    steps_out: list[Step] = [_function_step(objective)]
    for index, config in enumerate(configs):
        report = None if progress is None else (
            lambda done, total, index=index: progress(index * total + done, len(configs) * total))
        schedule = schedules[index] if schedules is not None else None
        run = walk(objective, config, start, steps, detail=1, progress=report, schedule=schedule)
        if index == 0:
            steps_out.append(step("optimize.start", point=list(start), value=run.losses[0]))
        result = _result(objective, run, list(start), every, schedule)
        results.append(result)
        rule = _rule_step(config)
        children = [*rule.children, *([_schedule_step(result.schedule)] if schedule is not None else []),
                    *_traced_steps(objective, run), *_ending_steps(objective, run, result)]
        steps_out.append(Step(rule.key, rule.args, tuple(children)))
    compared = CompareResult(
        result=[item.result for item in results], function=objective.name, variables=list(objective.variables),
        start=list(start), minimum=results[0].minimum if results else None, runs=results, objective=objective)
    compared.steps = steps_out
    return compared


def sample_indices(last: int, every: int) -> list[int]:
    """0, k, 2k, … and always the last index."""
    indices = list(range(0, last + 1, max(1, every)))
    if indices[-1] != last:
        indices.append(last)
    return indices


def at_step(result: OptimizeResult, k: int) -> int | None:
    """The row of ``result.trajectory`` that holds step ``k``, if it was kept."""
    if k == result.trajectory_steps[-1]:
        return len(result.trajectory_steps) - 1
    if k % result.every or k > result.trajectory_steps[-1]:
        return None
    return k // result.every


def _result(objective: Objective, run: Run, start: list[float], every: int,
            schedule: dict[str, Any] | None = None) -> OptimizeResult:
    import numpy as np

    final = run.final
    minimum, distance = nearest_minimum(objective, final)
    indices = np.array(sample_indices(run.steps_run, every))
    # views of the run's arrays, sampled without copying every step into Python lists
    points = np.frombuffer(run.points, dtype=np.float64).reshape(-1, run.size)
    losses = np.frombuffer(run.losses, dtype=np.float64)
    settings = dict(run.config)
    settings["torch"] = optimizers.torch_call(run.config)
    return OptimizeResult(
        result=final, value=run.losses[-1], function=objective.name, variables=list(objective.variables),
        start=start, optimizer=settings, steps_run=run.steps_run, status=run.status, stopped_at=run.stopped_at,
        minimum=minimum, distance_to_minimum=distance, every=every, trajectory_steps=indices,
        trajectory=points[indices], losses=losses[indices],
        schedule=None if schedule is None else {**schedule, "torch": optimizers.schedule_call(schedule)},
        lrs=None if run.lrs is None else np.array(run.lrs)[indices[indices <= len(run.lrs) - 1]],
        state=run.state,
    )


def nearest_minimum(objective: Objective, point: Sequence[float]) -> tuple[list[float] | None, float | None]:
    """The known minimum closest to ``point`` and the distance to it (Euclidean)."""
    if not objective.minima:
        return None, None
    best = min(objective.minima, key=lambda minimum: math.dist(minimum, point))
    return list(best), math.dist(best, point)


# --- steps ---------------------------------------------------------------------------

def theta(k: int) -> str:
    """θ₀, θ₁, …: the point after k steps."""
    return "θ" + subscript(k)


def _function_step(objective: Objective) -> Step:
    partials = [step("optimize.partial", var=name, formula=formula)
                for name, formula in zip(objective.variables, objective.gradient)]
    if len(objective.gradient) == 1 and objective.size > 1:  # Σ-style built-ins: one formula for every xᵢ
        partials = [step("optimize.partial_each", formula=objective.gradient[0])]
    key = "optimize.function.builtin" if objective.builtin else "optimize.function.expression"
    return step(key, *partials, name=objective.name, variables=list(objective.variables), formula=objective.formula)


def _rule_key(config: dict[str, Any]) -> str:
    rule = optimizers.SPECS[config["name"]].rule
    if rule == "sgd":
        if config["momentum"] == 0.0:
            return "optimize.rule.sgd"
        return "optimize.rule.nesterov" if config["nesterov"] else "optimize.rule.momentum"
    if rule == "rmsprop":
        return {(False, False): "optimize.rule.rmsprop", (False, True): "optimize.rule.rmsprop_momentum",
                (True, False): "optimize.rule.rmsprop_centered",
                (True, True): "optimize.rule.rmsprop_centered_momentum"}[config["centered"], config["momentum"] > 0.0]
    if rule == "adam":
        return "optimize.rule.adam_amsgrad" if config["amsgrad"] else "optimize.rule.adam"
    if rule == "adamw":
        return "optimize.rule.adamw_amsgrad" if config["amsgrad"] else "optimize.rule.adamw"
    if rule == "adagrad":
        return "optimize.rule.adagrad_decay" if config["lr_decay"] != 0.0 else "optimize.rule.adagrad"
    if rule == "lbfgs":
        return "optimize.rule.lbfgs_wolfe" if config["strong_wolfe"] else "optimize.rule.lbfgs"
    keys = {"adadelta": "optimize.rule.adadelta", "adamax": "optimize.rule.adamax", "nadam": "optimize.rule.nadam",
            "radam": "optimize.rule.radam", "asgd": "optimize.rule.asgd", "rprop": "optimize.rule.rprop"}
    if rule in keys:
        return keys[rule]
    raise ValueError(f"no rule sentence for {rule!r}")


def _rule_step(config: dict[str, Any]) -> Step:
    children = []
    rule = optimizers.SPECS[config["name"]].rule
    if config.get("weight_decay", 0.0) != 0.0:
        key = "optimize.rule.decoupled" if rule == "adamw" else (
            "optimize.rule.decoupled_step" if config.get("decoupled_weight_decay") else "optimize.rule.weight_decay")
        children.append(step(key, weight_decay=config["weight_decay"]))
    if config.get("maximize"):
        children.append(step("optimize.rule.maximize"))
    return step(_rule_key(config), *children, torch=optimizers.torch_call(config),
                **{key: value for key, value in config.items() if key != "name"})


def _schedule_step(schedule: dict[str, Any]) -> Step:
    """The schedule's rule, with its torch.optim.lr_scheduler call."""
    keys = {"step": "optimize.schedule.step", "exponential": "optimize.schedule.exponential",
            "cosine": "optimize.schedule.cosine", "onecycle": "optimize.schedule.onecycle",
            "linear": "optimize.schedule.linear"}
    return step(keys[schedule["name"]], torch=optimizers.schedule_call(schedule),
                **{key: value for key, value in schedule.items() if key not in ("name", "torch")})


def _adjusted_gradient_step(config: dict[str, Any], trace: dict[str, Any]) -> list[Step]:
    if "gd" not in trace:
        return []
    decay = (config.get("weight_decay", 0.0) != 0.0 and optimizers.SPECS[config["name"]].rule != "adamw"
             and not config.get("decoupled_weight_decay"))
    key = "optimize.q.maximize_decay" if config.get("maximize") and decay else (
        "optimize.q.maximize" if config.get("maximize") else "optimize.q.decay")
    return [step(key, value=trace["gd"])]


def _quantity_steps(config: dict[str, Any], trace: dict[str, Any], k: int) -> list[Step]:
    """What the rule computed in step k, in the order it computed it."""
    rule = optimizers.SPECS[config["name"]].rule
    out = [step("optimize.q.lr", value=trace["lr"])] if "lr" in trace else []
    out += [step("optimize.q.grad", at=theta(k - 1), value=trace["g"]), *_adjusted_gradient_step(config, trace)]
    if rule in _NEWER_RULES:
        return out + _NEWER_RULES[rule](trace, k)
    if rule == "sgd":
        if "b" in trace:
            key = "optimize.q.buffer" if config["dampening"] != 0.0 else "optimize.q.buffer_undamped"
            out.append(step("optimize.q.buffer_first" if k == 1 else key, value=trace["b"]))
        if "d" in trace:
            out.append(step("optimize.q.nesterov", value=trace["d"]))
        key = "optimize.q.delta_sgd" if "b" not in trace else (
            "optimize.q.delta_nesterov" if "d" in trace else "optimize.q.delta_momentum")
        out.append(step(key, value=trace["delta"]))
    elif rule in ("adam", "adamw"):
        if "decayed" in trace:
            out.append(step("optimize.q.adamw_decay", at=theta(k - 1), value=trace["decayed"]))
        out.append(step("optimize.q.m", value=trace["m"]))
        out.append(step("optimize.q.v", value=trace["v"]))
        if "v_max" in trace:
            out.append(step("optimize.q.v_max", value=trace["v_max"]))
        out.append(step("optimize.q.m_hat", t=trace["t"], bias=trace["bias1"],
                        value=_bias_corrected(trace["m"], trace["m_hat"], trace["bias1"])))
        out.append(step("optimize.q.v_hat_max" if "v_max" in trace else "optimize.q.v_hat", t=trace["t"],
                        bias=trace["bias2"],
                        value=_bias_corrected(trace.get("v_max", trace["v"]), trace["v_hat"], trace["bias2"])))
        out.append(step("optimize.q.delta_adam", value=trace["delta"]))
    elif rule == "adagrad":
        out.append(step("optimize.q.sum", value=trace["sum"]))
        if config["lr_decay"] != 0.0:
            out.append(step("optimize.q.clr", t=trace["t"], value=trace["clr"]))
            out.append(step("optimize.q.delta_adagrad_decay", value=trace["delta"]))
        else:
            out.append(step("optimize.q.delta_adagrad", value=trace["delta"]))
    else:
        out.append(step("optimize.q.square", value=trace["v"]))
        if "mean" in trace:
            out.append(step("optimize.q.mean", value=trace["mean"]))
        out.append(step("optimize.q.avg_centered" if "mean" in trace else "optimize.q.avg", value=trace["avg"]))
        if "b" in trace:
            out.append(step("optimize.q.rms_buffer_centered" if "mean" in trace else "optimize.q.rms_buffer",
                            value=trace["b"]))
            out.append(step("optimize.q.delta_momentum", value=trace["delta"]))
        else:
            out.append(step("optimize.q.delta_rmsprop", value=trace["delta"]))
    return out


def _adadelta_steps(trace: dict[str, Any], k: int) -> list[Step]:
    return [step("optimize.q.adadelta_v", value=trace["v"]), step("optimize.q.adadelta_d", value=trace["d"]),
            step("optimize.q.adadelta_u", value=trace["u"]), step("optimize.q.delta_adadelta", value=trace["delta"])]


def _adamax_steps(trace: dict[str, Any], k: int) -> list[Step]:
    return [step("optimize.q.m", value=trace["m"]), step("optimize.q.adamax_u", value=trace["u"]),
            step("optimize.q.adamax_clr", t=trace["t"], bias=trace["bias1"], value=trace["clr"]),
            step("optimize.q.delta_adamax", value=trace["delta"])]


def _decayed_steps(trace: dict[str, Any], k: int) -> list[Step]:
    return [step("optimize.q.decayed", at=theta(k - 1), value=trace["decayed"])] if "decayed" in trace else []


def _nadam_steps(trace: dict[str, Any], k: int) -> list[Step]:
    return [step("optimize.q.nadam_mu", t=trace["t"], mu=trace["mu"], mu_next=trace["mu_next"],
                 product=trace["mu_product"]),
            *_decayed_steps(trace, k), step("optimize.q.m", value=trace["m"]), step("optimize.q.v", value=trace["v"]),
            step("optimize.q.nadam_denom", t=trace["t"], value=trace["denom"]),
            step("optimize.q.delta_nadam", value=trace["delta"])]


def _bias_corrected(raw: list[float], corrected: list[float], bias: float) -> list[Computed]:
    """m̂ᵢ = mᵢ/(1 − β₁ᵗ) per coordinate, as sentences a calculator redoes: 0.36/0.19 = 1.895."""
    return [Computed((value,), result, divisor=bias) for value, result in zip(raw, corrected)]


def _radam_steps(trace: dict[str, Any], k: int) -> list[Step]:
    out = [*_decayed_steps(trace, k), step("optimize.q.m", value=trace["m"]), step("optimize.q.v", value=trace["v"]),
           step("optimize.q.m_hat", t=trace["t"], bias=trace["bias1"],
                value=_bias_corrected(trace["m"], trace["m_hat"], trace["bias1"])),
           step("optimize.q.radam_rho", rho_t=trace["rho_t"], rho_inf=trace["rho_inf"])]
    if trace["rect"] is None:
        return [*out, step("optimize.q.delta_radam_plain", value=trace["delta"])]
    return [*out, step("optimize.q.radam_rect", value=trace["rect"]),
            step("optimize.q.radam_adaptive", t=trace["t"], value=trace["adaptive"]),
            step("optimize.q.delta_radam", value=trace["delta"])]


def _asgd_steps(trace: dict[str, Any], k: int) -> list[Step]:
    return [step("optimize.q.asgd_eta", eta=trace["eta"], mu=trace["mu"]),
            step("optimize.q.delta_asgd", value=trace["delta"]), step("optimize.q.asgd_ax", value=trace["ax"]),
            step("optimize.q.asgd_next", t=trace["t"], eta=trace["eta_next"], mu=trace["mu_next"])]


def _rprop_steps(trace: dict[str, Any], k: int) -> list[Step]:
    return [step("optimize.q.rprop_factor", value=trace["factor"]), step("optimize.q.rprop_size", value=trace["size"]),
            step("optimize.q.delta_rprop", value=trace["delta"])]


_LBFGS_STOPS = {
    "max_iter": "optimize.q.lbfgs_stop.max_iter", "max_eval": "optimize.q.lbfgs_stop.max_eval",
    "tolerance_grad": "optimize.q.lbfgs_stop.tolerance_grad",
    "tolerance_grad_start": "optimize.q.lbfgs_stop.tolerance_grad_start",
    "not_descent": "optimize.q.lbfgs_stop.not_descent",
    "tolerance_change_step": "optimize.q.lbfgs_stop.tolerance_change_step",
    "tolerance_change_value": "optimize.q.lbfgs_stop.tolerance_change_value",
}


def _lbfgs_steps(trace: dict[str, Any], k: int) -> list[Step]:
    out = [step("optimize.q.lbfgs_first")] if k == 1 and trace["iterations"] else []
    for i, item in enumerate(trace["iterations"], start=1):
        if item["value"] is None:
            out.append(step("optimize.q.lbfgs_iteration_last", i=i, d=item["d"], t=item["t"], point=item["point"]))
        else:
            out.append(step("optimize.q.lbfgs_iteration", i=i, d=item["d"], t=item["t"], point=item["point"],
                            value=item["value"]))
    return [*out, step(_LBFGS_STOPS[trace["stop"]])]


_NEWER_RULES = {"adadelta": _adadelta_steps, "adamax": _adamax_steps, "nadam": _nadam_steps, "radam": _radam_steps,
                "asgd": _asgd_steps, "rprop": _rprop_steps, "lbfgs": _lbfgs_steps}


def _traced_steps(objective: Objective, run: Run) -> list[Step]:
    out = []
    for k, trace in enumerate(run.traces, start=1):
        if k > run.steps_run:
            break
        moved = (step("optimize.q.lbfgs_theta", name=theta(k), value=run.point(k), evals=trace.get("evals", 1))
                 if "iterations" in trace else
                 step("optimize.q.theta", name=theta(k), previous=theta(k - 1), value=run.point(k)))
        children = [
            *_quantity_steps(run.config, trace, k),
            moved,
            step("optimize.q.value", name=theta(k), value=run.losses[k]),
        ]
        out.append(step("optimize.step", *children, k=k))
    return out


FAR_FROM_MINIMUM = 0.1  # a run that ends farther than this from the minimum, still going down, gets a hint


def _still_descending(run: Run, last: int = 50) -> bool:
    """f still fell over the last steps: more steps or a larger lr would go further (not stuck)."""
    before = run.losses[max(0, len(run.losses) - 1 - last)]
    return run.losses[-1] < before - 1e-9 * max(1.0, abs(before))


def _ending_steps(objective: Objective, run: Run, result: OptimizeResult) -> list[Step]:
    out = []
    shown = min(len(run.traces), run.steps_run)
    remaining = run.steps_run - shown
    if remaining > 0:
        out.append(step("optimize.more", count=remaining) if remaining > 1 else step("optimize.more_one"))
    if run.status == "done":
        out.append(step("optimize.final", steps=run.steps_run, name=theta(run.steps_run), point=run.final,
                        value=run.losses[-1]))
    else:
        lr = run.config["lr"]
        # the learning rates as one would type them after --lr
        args: dict[str, Any] = {"k": run.stopped_at, "start": run.losses[0], "lr": f"{lr:g}",
                                "suggest": f"{lr / 10:g}"}
        if run.status == "undefined_update":
            out.append(step("optimize.stop.update_undefined", name=run.config["name"], **args))
        elif run.status == "undefined":
            args["point"] = run.bad_point
            out.append(step("optimize.stop.undefined", **args))
        elif run.status == "unbounded":
            args["value"] = run.bad_value if run.bad_value is not None else run.losses[-1]
            out.append(step("optimize.stop.unbounded_max" if run.config.get("maximize") else "optimize.stop.unbounded",
                            **args))
        else:
            value = run.bad_value if run.bad_value is not None else run.losses[-1]
            args["value"] = value
            key = "optimize.stop.overflow" if not math.isfinite(value) else "optimize.stop.diverged"
            out.append(step(key, **args))
        out.append(step("optimize.stopped_at", steps=run.steps_run, name=theta(run.steps_run), point=run.final,
                        value=run.losses[-1]))
    if result.minimum is not None:
        key = "optimize.distance" if len(objective.minima) == 1 else "optimize.distance_nearest"
        out.append(step(key, minimum=result.minimum, distance=result.distance_to_minimum))
        if run.status == "done" and result.distance_to_minimum > FAR_FROM_MINIMUM and _still_descending(run):
            out.append(step("optimize.not_there", steps=run.steps_run, lr=run.config["lr"]))
    elif objective.saddle is not None:
        out.append(step("optimize.saddle", saddle=list(objective.saddle),
                        distance=math.dist(objective.saddle, run.final)))
    return out
