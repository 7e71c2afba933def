"""mlmath optimize: gradient descent and its optimizers, step by step, as torch.optim computes them."""


import re
from typing import Annotated, Optional

import typer

from mlmath.cli.choices import choices_of
from mlmath.cli.common import common_options, emit
from mlmath.render.output import Output
from mlmath.text import say

HYPER = "Hyper-parameters \\[default: torch.optim's]"


def _number_option(flag: str, meta: str, text: str):
    return Annotated[Optional[str], typer.Option(flag, metavar=meta, help=text, show_default=False,
                                                 rich_help_panel=HYPER)]


@common_options(panel="learning", plot=True)
def optimize(
    function: Annotated[str, typer.Argument(
        metavar="FUNCTION", show_default=False,
            autocompletion=choices_of("mlmath.core.functions:BUILTINS", "mlmath.core.functions:ALIASES"),
        help="rosenbrock, beale, himmelblau, booth, sphere (or quadratic), matyas, rastrigin, saddle — "
             "or an expression: \"x**2 + 10*y**2\".")],
    optimizer: Annotated[Optional[str], typer.Option(
        "--optimizer", "-o", metavar="NAME", show_default=False,
            autocompletion=choices_of("mlmath.core.optimizers:NAMES"),
        help="sgd, momentum, nesterov, adam, adamw, adagrad, rmsprop, adadelta, adamax, nadam, radam, asgd, "
             "rprop or lbfgs \\[default: adam].")] = None,
    lr: _number_option("--lr", "A", "Learning rate: the stride \\[sgd, momentum, nesterov, adam, adamw, radam 0.001; "
                       "adamax, nadam 0.002; adagrad, rmsprop, asgd, rprop 0.01; adadelta, lbfgs 1].") = None,
    steps: Annotated[int, typer.Option("--steps", "-n", metavar="N", min=1, max=1_000_000,
                                       help="Number of update steps.")] = 1000,
    start: Annotated[Optional[str], typer.Option(
        "--start", metavar="θ₀", show_default=False,
        help="Start point, one value per variable: -1.5,2 \\[default: the built-in's own start].")] = None,
    variables: Annotated[Optional[str], typer.Option(
        "--vars", metavar="x,y", show_default=False,
        help="Order of the expression's variables \\[default: alphabetical].")] = None,
    compare: Annotated[Optional[str], typer.Option(
        "--compare", metavar="A,B,…", show_default=False,
            autocompletion=choices_of("mlmath.core.optimizers:NAMES", listed=True),
        help="Run several optimizers from the same start, side by side: sgd,momentum,adam.")] = None,
    schedule: Annotated[Optional[str], typer.Option(
        "--schedule", metavar="NAME[:A,B]", show_default=False,
            autocompletion=choices_of("mlmath.core.optimizers:SCHEDULES"),
        help="Learning-rate schedule, torch.optim.lr_scheduler's, stepped after every update; the numbers after the "
             "colon are optional where a default is shown: step:STEP_SIZE[,GAMMA=0.1] (StepLR), "
             "exponential:GAMMA (ExponentialLR), cosine[:T_MAX=steps[,ETA_MIN=0]] (CosineAnnealingLR), "
             "onecycle[:MAX_LR=lr[,PCT_START=0.3]] (OneCycleLR, momentum not cycled), "
             "linear[:START_FACTOR=1/3[,TOTAL_ITERS=5[,END_FACTOR=1]]] (LinearLR warm-up). "
             "E.g. --schedule step:30,0.5.")] = None,
    every: Annotated[Optional[int], typer.Option(
        "--every", metavar="K", min=1, show_default=False,
        help="Trajectory every K steps, in the table and in --json \\[default: about 10 rows; every step in JSON].")
    ] = None,
    momentum: _number_option("--momentum", "μ", "Momentum μ (sgd 0; momentum, nesterov 0.9; rmsprop 0).") = None,
    dampening: _number_option("--dampening", "τ", "Dampening τ of the momentum (sgd family, 0).") = None,
    nesterov: Annotated[bool, typer.Option("--nesterov", help="Nesterov momentum (sgd family).",
                                           rich_help_panel=HYPER)] = False,
    weight_decay: _number_option("--weight-decay", "λ", "Weight decay λ (adamw 0.01, decoupled; others 0).") = None,
    beta1: _number_option("--beta1", "β₁", "Decay of the average gradient m (adam, adamw, adamax, nadam, radam "
                          "0.9).") = None,
    beta2: _number_option("--beta2", "β₂", "Decay of the average squared gradient v; adamax: of the largest |g| "
                          "(0.999).") = None,
    eps: _number_option("--eps", "ε", "Added to keep the denominator above 0 (adam family, rmsprop 1e-8; adagrad "
                        "1e-10; adadelta 1e-6).") = None,
    rho: _number_option("--rho", "ρ", "Adadelta's decay of its averages of g² and Δ², in [0, 1] (0.9).") = None,
    momentum_decay: _number_option("--momentum-decay", "ψ",
                                   "NAdam's momentum decay ψ in μₜ = β₁·(1 − ½·0.96^(t·ψ)) (0.004).") = None,
    decoupled_weight_decay: Annotated[bool, typer.Option(
        "--decoupled-weight-decay", help="NAdam, RAdam: shrink θ by 1 − lr·λ instead of adding λ·θ to g "
                                         "(as AdamW).", rich_help_panel=HYPER)] = False,
    initial_accumulator_value: _number_option("--initial-accumulator-value", "G₀",
                                              "Adagrad's starting sum of squared gradients (0).") = None,
    lambd: _number_option("--lambd", "λ", "ASGD's decay: θ ← θ·(1 − λ·η) − η·g (0.0001).") = None,
    t0: _number_option("--t0", "t₀", "ASGD starts averaging after step t₀ (1e6).") = None,
    eta_minus: _number_option("--eta-minus", "η₋", "Rprop: stride factor when g flips sign, in (0, 1) (0.5).") = None,
    eta_plus: _number_option("--eta-plus", "η₊", "Rprop: stride factor while g keeps its sign, above 1 (1.2).") = None,
    step_min: _number_option("--step-min", "S", "Rprop's smallest stride (1e-6).") = None,
    step_max: _number_option("--step-max", "S", "Rprop's largest stride (50).") = None,
    max_iter: _number_option("--max-iter", "N", "L-BFGS: iterations per step (20).") = None,
    max_eval: _number_option("--max-eval", "N", "L-BFGS: evaluations of f per step (max_iter·5//4).") = None,
    history_size: _number_option("--history-size", "N", "L-BFGS: pairs (s, y) kept for H (100).") = None,
    tolerance_grad: _number_option("--tolerance-grad", "T", "L-BFGS stops a step when max|g| ≤ T (1e-7).") = None,
    tolerance_change: _number_option("--tolerance-change", "T",
                                     "L-BFGS stops a step when θ or f changes by ≤ T (1e-9).") = None,
    strong_wolfe: Annotated[bool, typer.Option(
        "--strong-wolfe", help="L-BFGS: choose each stride t by a strong-Wolfe line search "
                               "(line_search_fn='strong_wolfe').", rich_help_panel=HYPER)] = False,
    alpha: _number_option("--alpha", "α", "Decay of RMSprop's average squared gradient (0.99); ASGD's power in "
                          "η = lr/(1 + λ·lr·t)^α (0.75).") = None,
    lr_decay: _number_option("--lr-decay", "D", "Adagrad's learning-rate decay: lr/(1 + (t − 1)·D) (0).") = None,
    amsgrad: Annotated[bool, typer.Option("--amsgrad", help="AMSGrad: divide by the largest v so far (adam, adamw).",
                                          rich_help_panel=HYPER)] = False,
    centered: Annotated[bool, typer.Option("--centered", help="Centered RMSprop: divide by √(v − ḡ²).",
                                           rich_help_panel=HYPER)] = False,
    maximize: Annotated[bool, typer.Option("--maximize", help="Climb instead: g ← −g.",
                                           rich_help_panel=HYPER)] = False,
    out: Output = None,
) -> None:
    """Gradient descent with torch.optim's optimizers: the steps written out, the path, the loss.

    The learning rate lr is the stride down the slope g = ∇f: too long and each step overshoots the valley,
    too short and the walk takes forever. The rules, exactly as torch.optim computes them (float64):

      sgd       θ ← θ − lr·g
      momentum  b ← μ·b + (1 − τ)·g, b₁ = g;  θ ← θ − lr·b
      nesterov  b ← μ·b + g;  θ ← θ − lr·(g + μ·b)
      adam      m ← β₁·m + (1 − β₁)·g;  v ← β₂·v + (1 − β₂)·g²
                θ ← θ − lr·m̂/(√v̂ + ε)
                m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ)
      adamw     θ ← θ·(1 − lr·λ), then the adam step
      adagrad   G ← G + g² (G₀ = initial accumulator);  θ ← θ − lr·g/(√G + ε)
      rmsprop   v ← α·v + (1 − α)·g²;  θ ← θ − lr·g/(√v + ε)
      adadelta  v ← ρ·v + (1 − ρ)·g²;  Δ = √(u + ε)/√(v + ε)·g
                u ← ρ·u + (1 − ρ)·Δ²;  θ ← θ − lr·Δ
      adamax    m as adam;  u ← max(β₂·u, |g| + ε);  θ ← θ − lr/(1 − β₁ᵗ)·m/u
      nadam     μₜ = β₁·(1 − ½·0.96^(t·ψ));  m, v as adam;  d = √v̂ + ε
                θ ← θ − lr·(1 − μₜ)/(1 − Πμ)·g/d − lr·μₜ₊₁/(1 − Πμ·μₜ₊₁)·m/d
      radam     m, v, m̂ as adam;  ρₜ = ρ∞ − 2t·β₂ᵗ/(1 − β₂ᵗ), ρ∞ = 2/(1 − β₂) − 1
                ρₜ > 5: θ ← θ − lr·m̂·r·√(1 − β₂ᵗ)/(√v + ε);  else θ ← θ − lr·m̂
      asgd      θ ← θ·(1 − λ·η) − η·g;  η = lr/(1 + λ·lr·t)^α;  ax averages θ after t₀
      rprop     s ← s·η₊ (same sign of g) or s·η₋ (flipped);  θ ← θ − sign(g)·s
      lbfgs     per step up to max_iter times: d = −H·g (H from the last history_size
                pairs s, y);  θ ← θ + t·d, t = lr or a strong-Wolfe line search

    Weight decay λ adds λ·θ to g (adamw, and nadam/radam with --decoupled-weight-decay: shrinks θ instead).
    --schedule changes lr after every step as torch.optim.lr_scheduler does. A run that blows up stops there
    and says so.

    [dim]Examples:[/]
      mlmath optimize rosenbrock --optimizer momentum --steps 2000
      mlmath optimize "x**2 + 10*y**2" --start 3,1 --compare sgd,adam --lr 0.02
      mlmath optimize beale --optimizer lbfgs --strong-wolfe --steps 20
      mlmath optimize rosenbrock --optimizer nadam --lr 0.01 --schedule cosine
    """
    from mlmath.core import gradient_descent as core
    from mlmath.core import optimizers
    from mlmath.errors import MathError
    from mlmath.parsing import parse_number
    from mlmath.render.gradient_descent import progress_bar

    def number(text: Optional[str], flag: str) -> Optional[float]:
        return None if text is None else float(parse_number(text, flag))

    hyper = {
        "lr": number(lr, "--lr"), "momentum": number(momentum, "--momentum"),
        "rho": number(rho, "--rho"), "momentum_decay": number(momentum_decay, "--momentum-decay"),
        "decoupled_weight_decay": decoupled_weight_decay or None,
        "initial_accumulator_value": number(initial_accumulator_value, "--initial-accumulator-value"),
        "lambd": number(lambd, "--lambd"), "t0": number(t0, "--t0"), "eta_minus": number(eta_minus, "--eta-minus"),
        "eta_plus": number(eta_plus, "--eta-plus"), "step_min": number(step_min, "--step-min"),
        "step_max": number(step_max, "--step-max"), "max_iter": number(max_iter, "--max-iter"),
        "max_eval": number(max_eval, "--max-eval"), "history_size": number(history_size, "--history-size"),
        "tolerance_grad": number(tolerance_grad, "--tolerance-grad"),
        "tolerance_change": number(tolerance_change, "--tolerance-change"), "strong_wolfe": strong_wolfe or None,
        "dampening": number(dampening, "--dampening"), "weight_decay": number(weight_decay, "--weight-decay"),
        "beta1": number(beta1, "--beta1"), "beta2": number(beta2, "--beta2"), "eps": number(eps, "--eps"),
        "alpha": number(alpha, "--alpha"), "lr_decay": number(lr_decay, "--lr-decay"),
        "nesterov": nesterov or None, "amsgrad": amsgrad or None, "centered": centered or None,
        "maximize": maximize or None,
    }
    if compare is not None and optimizer is not None:
        raise MathError(say("optimize.error.cli.either"), hint=say("optimize.error.cli.compare.hint"))
    if compare is not None:
        names = [name.strip().lower() for name in compare.split(",") if name.strip()]
        if not names:
            raise MathError(say("optimize.error.cli.compare.empty"),
                            hint=say("optimize.error.cli.compare.empty.hint", names=optimizers.known()))
        for name in names:
            optimizers.spec(name)
        if len(set(names)) != len(names):
            raise MathError(say("optimize.error.cli.compare.twice"), hint=say("optimize.error.cli.compare.hint"))
        configs = [optimizers.settings(name, **_applicable(name, hyper, names)) for name in names]
    else:
        configs = [optimizers.settings(optimizer or "adam", **hyper)]

    schedules = [_schedule(schedule, config["lr"], steps) for config in configs] if schedule else None
    objective, start_point = _objective(function, start, variables)
    with progress_bar(out) as report:
        if compare is not None:
            result = core.compare(objective, configs, start_point, steps, every=every or 1, progress=report,
                                  schedules=schedules)
        else:
            result = core.optimize(objective, configs[0], start_point, steps, every=every or 1, progress=report,
                                   schedule=schedules[0] if schedules else None)
    result.table_every = every
    emit(result, out)


def _count(what: str, count: int):
    """``1 value``, ``2 values``, ``3 variables``: a count in words of the language in force."""
    if what == "values":
        return say("optimize.error.cli.value" if count == 1 else "optimize.error.cli.values", count=count)
    return say("optimize.error.cli.variable" if count == 1 else "optimize.error.cli.variables", count=count)


def _schedule(text: str, lr: float, steps: int) -> dict:
    """``step:30,0.5`` → the schedule's settings: its name, then its numbers in the order --help lists them."""
    from mlmath.core import optimizers
    from mlmath.errors import InputError
    from mlmath.parsing import parse_number

    name, _, numbers = text.partition(":")
    key = name.strip().lower()
    values = [item.strip() for item in numbers.split(",")] if numbers.strip() else []
    order = [parameter for parameter, _ in optimizers.SCHEDULE_PARAMETERS.get(key, ())]
    if key in optimizers.SCHEDULE_PARAMETERS and len(values) > len(order) - (2 if key == "onecycle" else 0):
        usage = {"step": "step:STEP_SIZE[,GAMMA]", "exponential": "exponential:GAMMA",
                 "cosine": "cosine[:T_MAX[,ETA_MIN]]", "onecycle": "onecycle[:MAX_LR[,PCT_START]]",
                 "linear": "linear[:START_FACTOR[,TOTAL_ITERS[,END_FACTOR]]]"}[key]
        raise InputError(say("optimize.error.cli.schedule", name=key, most=len(usage.split(",")), got=len(values)),
                         hint=say("optimize.error.cli.schedule.hint", usage=usage))
    given = {parameter: float(parse_number(value, "--schedule")) for parameter, value in zip(order, values)}
    return optimizers.schedule_settings(key, lr, steps, **given)


def _applicable(name: str, hyper: dict, names: list[str]) -> dict:
    """With --compare, a hyper-parameter goes to the optimizers that have it; one that none has is an error."""
    from mlmath.core import optimizers
    from mlmath.errors import MathError

    given = {}
    for key, value in hyper.items():
        if value is None:
            continue
        if not any(optimizers.takes(other, key) for other in names):
            option = "--" + key.replace("_", "-")
            raise MathError(say("optimize.error.cli.applies", option=option, names=", ".join(names)),
                            hint=say("optimize.error.hyper.applies.hint", names=", ".join(optimizers.takers(key))))
        if optimizers.takes(name, key):
            given[key] = value
    return given


def _objective(function: str, start: Optional[str], variables: Optional[str]):
    """The function to minimise and the start point, both checked."""
    from mlmath.core import functions
    from mlmath.errors import InputError, MathError
    from mlmath.parsing import parse_vector

    point = None
    if start is not None:
        point = [float(value) for value in parse_vector(start, "--start").reshape(-1).tolist()]
    text = function.strip()
    if functions.is_builtin(text):
        if variables is not None:
            raise MathError(say("optimize.error.cli.vars_builtin"), hint=say("optimize.error.cli.vars_builtin.hint"))
        objective = functions.builtin(text, None if point is None else len(point))
        return objective, point if point is not None else list(objective.start)
    if re.fullmatch(r"[A-Za-z_][A-Za-z_]+", text):
        import difflib

        close = difflib.get_close_matches(text.lower(), functions.builtin_names(), n=1)
        names = ", ".join(functions.builtin_names())
        hint = say("optimize.error.cli.function.guess", guess=close[0], names=names) if close else \
            say("optimize.error.function.hint", names=names)
        raise InputError(say("optimize.error.function", name=text), argument="FUNCTION", hint=hint)
    from mlmath.parsing.expressions import free_variables, parse_expression, parse_names

    expr = parse_expression(function, "FUNCTION")
    found = free_variables(expr)
    if not found:
        raise MathError(say("optimize.error.cli.no_variables"), argument="FUNCTION",
                        hint=say("optimize.error.cli.no_variables.hint"))
    names = found
    if variables is not None:
        names = parse_names(variables, "--vars")
        if sorted(names) != found:
            raise MathError(say("optimize.error.cli.vars", names=", ".join(names), found=", ".join(found)),
                            hint=say("optimize.error.cli.vars.hint", vars=",".join(found)))
    if point is None:
        raise MathError(say("optimize.error.cli.no_start", names=", ".join(names)),
                        hint=say("optimize.error.cli.no_start.hint", start=",".join("1" for _ in names)))
    if len(point) != len(names):
        raise MathError(say("optimize.error.cli.start", values=_count("values", len(point)),
                            variables=_count("variables", len(names)), names=", ".join(names)),
                        hint=say("optimize.error.cli.start.hint", start=",".join("1" for _ in names)))
    return functions.from_expression(expr, names, text=text), point
