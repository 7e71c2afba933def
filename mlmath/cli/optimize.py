"""mlmath optimize: gradient descent and its optimizers, step by step, as torch.optim computes them."""


import re
from typing import Annotated, Optional

import typer

from mlmath.cli.choices import choices_of
from mlmath.cli.common import common_options, emit
from mlmath.render.output import Output

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
        help="sgd, momentum, nesterov, adam, adamw, adagrad or rmsprop \\[default: adam].")] = None,
    lr: _number_option("--lr", "A", "Learning rate: the stride \\[sgd, momentum, nesterov, adam, adamw 0.001; "
                       "adagrad, rmsprop 0.01].") = None,
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
    every: Annotated[Optional[int], typer.Option(
        "--every", metavar="K", min=1, show_default=False,
        help="Trajectory every K steps, in the table and in --json \\[default: about 10 rows; every step in JSON].")
    ] = None,
    momentum: _number_option("--momentum", "μ", "Momentum μ (sgd 0; momentum, nesterov 0.9; rmsprop 0).") = None,
    dampening: _number_option("--dampening", "τ", "Dampening τ of the momentum (sgd family, 0).") = None,
    nesterov: Annotated[bool, typer.Option("--nesterov", help="Nesterov momentum (sgd family).",
                                           rich_help_panel=HYPER)] = False,
    weight_decay: _number_option("--weight-decay", "λ", "Weight decay λ (adamw 0.01, decoupled; others 0).") = None,
    beta1: _number_option("--beta1", "β₁", "Decay of Adam's average gradient m (0.9).") = None,
    beta2: _number_option("--beta2", "β₂", "Decay of Adam's average squared gradient v (0.999).") = None,
    eps: _number_option("--eps", "ε",
                        "Added to the root in the denominator (adam, rmsprop 1e-8; adagrad 1e-10).") = None,
    alpha: _number_option("--alpha", "α", "Decay of RMSprop's average squared gradient (0.99).") = None,
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
      adagrad   G ← G + g²;  θ ← θ − lr·g/(√G + ε)
      rmsprop   v ← α·v + (1 − α)·g²;  θ ← θ − lr·g/(√v + ε)

    Weight decay λ adds λ·θ to g (adamw: shrinks θ instead). A run that blows up stops there and says so.

    [dim]Examples:[/]
      mlmath optimize rosenbrock --optimizer momentum --steps 2000
      mlmath optimize "x**2 + 10*y**2" --start 3,1 --compare sgd,momentum,adam --lr 0.02 --steps 200
      mlmath optimize himmelblau --start -1,-1 --optimizer rmsprop --lr 0.05 --json
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
        "dampening": number(dampening, "--dampening"), "weight_decay": number(weight_decay, "--weight-decay"),
        "beta1": number(beta1, "--beta1"), "beta2": number(beta2, "--beta2"), "eps": number(eps, "--eps"),
        "alpha": number(alpha, "--alpha"), "lr_decay": number(lr_decay, "--lr-decay"),
        "nesterov": nesterov or None, "amsgrad": amsgrad or None, "centered": centered or None,
        "maximize": maximize or None,
    }
    if compare is not None and optimizer is not None:
        raise MathError("give either --optimizer or --compare", hint="e.g. --compare sgd,momentum,adam")
    if compare is not None:
        names = [name.strip().lower() for name in compare.split(",") if name.strip()]
        if not names:
            raise MathError("--compare needs optimizer names",
                            hint=f"e.g. --compare sgd,adam; known: {optimizers.known()}")
        for name in names:
            optimizers.spec(name)
        if len(set(names)) != len(names):
            raise MathError("--compare names an optimizer twice", hint="e.g. --compare sgd,momentum,adam")
        configs = [optimizers.settings(name, **_applicable(name, hyper, names)) for name in names]
    else:
        configs = [optimizers.settings(optimizer or "adam", **hyper)]

    objective, start_point = _objective(function, start, variables)
    with progress_bar(out) as report:
        if compare is not None:
            result = core.compare(objective, configs, start_point, steps, every=every or 1, progress=report)
        else:
            result = core.optimize(objective, configs[0], start_point, steps, every=every or 1, progress=report)
    result.table_every = every
    emit(result, out)


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
            raise MathError(f"{option} applies to none of {', '.join(names)}",
                            hint=f"it applies to {', '.join(optimizers.takers(key))}")
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
            raise MathError("--vars is for expressions; a built-in names its own variables",
                            hint="e.g. mlmath optimize \"x**2 + 10*y**2\" --vars y,x --start 1,3")
        objective = functions.builtin(text, None if point is None else len(point))
        return objective, point if point is not None else list(objective.start)
    if re.fullmatch(r"[A-Za-z_][A-Za-z_]+", text):
        import difflib

        close = difflib.get_close_matches(text.lower(), functions.builtin_names(), n=1)
        guess = f"did you mean {close[0]}? " if close else ""
        raise InputError(f"unknown function {text!r}", argument="FUNCTION",
                         hint=f"{guess}known: {', '.join(functions.builtin_names())}, or an expression like "
                              "\"x**2 + 10*y**2\"")
    from mlmath.parsing.expressions import free_variables, parse_expression, parse_names

    expr = parse_expression(function, "FUNCTION")
    found = free_variables(expr)
    if not found:
        raise MathError("the function has no variables to move", argument="FUNCTION",
                        hint="write it in terms of variables, e.g. \"x**2 + 10*y**2\"")
    names = found
    if variables is not None:
        names = parse_names(variables, "--vars")
        if sorted(names) != found:
            raise MathError(f"--vars names {', '.join(names)} but the function's variables are {', '.join(found)}",
                            hint=f"list each of them once, e.g. --vars {','.join(found)}")
    if point is None:
        raise MathError(f"an expression needs --start, one value per variable ({', '.join(names)})",
                        hint=f"e.g. --start {','.join('1' for _ in names)}")
    if len(point) != len(names):
        raise MathError(f"--start gives {len(point)} value{'s' if len(point) != 1 else ''} but the function has "
                        f"{len(names)} variable{'s' if len(names) != 1 else ''} ({', '.join(names)})",
                        hint=f"one value per variable, in this order: e.g. --start {','.join('1' for _ in names)}")
    return functions.from_expression(expr, names, text=text), point
