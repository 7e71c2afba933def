"""mlmath regularize: the L1 or L2 penalty on weights, the total loss, and how the penalty pushes each weight."""

from typing import Annotated, Optional

import typer

from mlmath.cli.choices import choices_of
from mlmath.cli.common import common_options, emit
from mlmath.render.output import Output

# the option each operand of mlmath.core.regularization comes from
OPTIONS = {"kind": "--kind", "compare": "--compare", "lam": "--lambda", "lr": "--lr", "data_loss": "--loss"}


@common_options(panel="networks", plot=True)
def regularize(
    weights: Annotated[str, typer.Argument(
        metavar="W", show_default=False,
        help="The weights: a vector 0.5,-2,0,3 or a matrix \"1,-2;0,4\".")],
    kind: Annotated[str, typer.Option(
        "--kind", "-k", metavar="l1|l2", autocompletion=choices_of("mlmath.core.regularization:KINDS"),
        help="L1 (λ·Σ|w|) or L2 (λ·Σw²).")] = "l2",
    lam: Annotated[Optional[str], typer.Option(
        "--lambda", "-l", metavar="λ", show_default=False,
        help="The strength λ. \\[default: 0.01]")] = None,
    half: Annotated[bool, typer.Option(
        "--half", help="L2 as ½λ·Σw² (gradient λ·w, as torch's weight_decay).")] = False,
    loss: Annotated[Optional[str], typer.Option(
        "--loss", metavar="VALUE", show_default=False,
        help="The data loss: the result is then the total loss, data loss + penalty.")] = None,
    lr: Annotated[Optional[str], typer.Option(
        "--lr", metavar="η", show_default=False,
        help="Also show one step of size η on the penalty alone.")] = None,
    compare: Annotated[Optional[str], typer.Option(
        "--compare", metavar="l1,l2", autocompletion=choices_of("mlmath.core.regularization:KINDS", listed=True),
        show_default=False,
        help="Show these penalties side by side, e.g. l1,l2.")] = None,
    out: Output = None,
) -> None:
    """L1/L2 regularization: the penalty, the total loss, its gradient, and which weights it pushes hardest.

    L1 pushes every weight towards 0 with the same force, so small weights become exactly 0; L2 pushes each in
    proportion to its size. --half writes L2 as ½λ·Σw², the penalty behind torch's weight_decay.

    [dim]Examples:[/]
      mlmath regularize 0.5,-2,0,3,-0.01 --kind l1 --lambda 0.1
      mlmath regularize 0.5,-2,0,3 --lambda 0.1 --loss 0.8 --half
      mlmath regularize 0.5,-2,0.03,3 --compare l1,l2 --lambda 0.1 --lr 0.5
    """
    from mlmath.core import regularization as core
    from mlmath.errors import InputError, MlmathError
    from mlmath.parsing import parse_array, parse_number
    from mlmath.text import say

    values = parse_array(weights, "W")
    chosen = kind.strip().lower()
    if chosen not in core.KINDS:
        raise InputError(say("regularization.error.kind", name=kind), hint=say("regularization.error.kind.cli"),
                         argument="--kind")
    kinds: tuple[str, ...] = ()
    if compare is not None:
        kinds = tuple(name.strip().lower() for name in compare.split(","))
        unknown = [name for name in kinds if name not in core.KINDS]
        if unknown or not kinds:
            raise InputError(say("regularization.error.kind", name=unknown[0]) if unknown
                             else say("regularization.error.compare"),
                             hint=say("regularization.error.compare.hint"), argument="--compare")
    if half and chosen == "l1" and "l2" not in kinds:
        raise InputError(say("regularization.error.half"), hint=say("regularization.error.half.hint"),
                         argument="--half")
    numbers = {flag: None if text is None else float(parse_number(text, flag))
               for flag, text in (("--lambda", lam), ("--loss", loss), ("--lr", lr))}
    try:
        result = core.regularize(values, chosen, lam=core.DEFAULT_LAMBDA if numbers["--lambda"] is None
                                 else numbers["--lambda"], half=half, data_loss=numbers["--loss"],
                                 lr=numbers["--lr"], compare=kinds)
    except MlmathError as error:
        flag = OPTIONS.get(getattr(error, "operand", None))
        raise (error.for_argument(flag) if flag else error) from None
    emit(result, out)
