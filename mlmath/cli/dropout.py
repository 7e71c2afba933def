"""mlmath dropout: a random keep-mask, the inverted-dropout scaling 1/(1 − p), and eval mode."""

from typing import Annotated, Optional

import typer

from mlmath.cli.common import common_options, emit
from mlmath.render.output import Output

# the option each operand of mlmath.core.regularization comes from
OPTIONS = {"p": "--p", "mask": "--mask"}


@common_options(panel="networks")
def dropout(
    x: Annotated[str, typer.Argument(
        metavar="X", show_default=False,
        help="The activations: a vector 1,2,3,4 or a matrix \"1,2;3,4\".")],
    p: Annotated[Optional[str], typer.Option(
        "--p", "-p", metavar="P", show_default=False,
        help="The probability of dropping an entry, 0 ≤ p < 1. \\[default: 0.5]")] = None,
    seed: Annotated[Optional[str], typer.Option(
        "--seed", metavar="N", show_default=False,
        help="Seed of the random mask (NumPy's generator). \\[default: 0]")] = None,
    mask: Annotated[Optional[str], typer.Option(
        "--mask", metavar="M", show_default=False,
        help="Use this mask instead of a random one: 1 keep, 0 drop, one per entry.")] = None,
    eval_mode: Annotated[bool, typer.Option("--eval", help="Evaluation mode: dropout is the identity.")] = False,
    out: Output = None,
) -> None:
    """Dropout: a random keep-mask, kept entries scaled by 1/(1 − p) as PyTorch does; eval is identity.

    Each entry is kept with probability 1 − p; the mask comes from NumPy's generator with --seed, so it is
    random but not the mask PyTorch would draw. --mask gives the mask yourself (for homework). p = 1 is refused:
    every entry would be dropped and 1/(1 − p) is undefined (PyTorch returns zeros).

    [dim]Examples:[/]
      mlmath dropout 1,2,3,4,5,6 --p 0.5 --seed 1
      mlmath dropout 2,-4,6,8 --p 0.75 --mask 1,0,0,1
      mlmath dropout "1,2;3,4" --p 0.5 --eval
    """
    from mlmath.core import regularization as core
    from mlmath.errors import InputError, MlmathError
    from mlmath.parsing import parse_array, parse_number
    from mlmath.text import say

    values = parse_array(x, "X")
    probability = core.DEFAULT_P if p is None else float(parse_number(p, "--p"))
    number = core.DEFAULT_SEED
    if seed is not None:
        parsed = parse_number(seed, "--seed")
        if parsed != int(parsed) or parsed < 0:
            raise InputError(say("regularization.error.seed", seed=seed), argument="--seed")
        number = int(parsed)
    if mask is not None and seed is not None:
        raise InputError(say("regularization.error.mask_and_seed"), hint=say("regularization.error.mask_and_seed.hint"),
                         argument="--seed")
    if mask is not None and eval_mode:
        raise InputError(say("regularization.error.eval_mask"), hint=say("regularization.error.eval_mask.hint"),
                         argument="--mask")
    given = None if mask is None else parse_array(mask, "--mask")
    try:
        result = core.dropout(values, probability, seed=number, mask=given, training=not eval_mode)
    except MlmathError as error:
        flag = OPTIONS.get(getattr(error, "operand", None))
        raise (error.for_argument(flag) if flag else error) from None
    emit(result, out)
