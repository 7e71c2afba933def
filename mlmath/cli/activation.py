"""mlmath activation: an activation function and its derivative at points and over a range."""


from typing import Annotated, Optional

import typer

from mlmath.cli.choices import choices_of
from mlmath.cli.common import common_options, emit
from mlmath.render.output import Output


@common_options(panel="networks", plot=True)
def activation(
    name: Annotated[str, typer.Argument(
        metavar="NAME", autocompletion=choices_of("mlmath.core.activations:NAMES"), show_default=False,
        help="sigmoid, tanh, relu, leaky-relu, softplus, gelu or softmax.")],
    points: Annotated[Optional[list[str]], typer.Argument(metavar="[X...]",
        show_default=False,
        help="Points (or, for softmax, the logits): -2 0 3 or -2,0,3 \\[default: -2,-1,0,1,2; softmax 1,2,3].")] = None,
    range_: Annotated[Optional[str], typer.Option(
        "--range", metavar="A:B", show_default=False,
        help="The plot's x range. \\[default: -5:5]")] = None,
    slope: Annotated[Optional[str], typer.Option(
        "--slope", metavar="S", show_default=False,
        help="leaky-relu's slope for x ≤ 0. \\[default: 0.01]")] = None,
    approximate: Annotated[Optional[str], typer.Option(
        "--approximate", metavar="none|tanh",
            autocompletion=choices_of("mlmath.core.activations:APPROXIMATIONS"), show_default=False,
        help="gelu: the exact erf form (none, PyTorch's default) or the tanh formula.")] = None,
    out: Output = None,
) -> None:
    """Values and derivatives of an activation function, its curve, and the key facts about it.

    NAME is sigmoid, tanh, relu, leaky-relu, softplus, gelu or softmax; the points may be listed (-2 0 2) or
    written as a vector (-2,0,2).

    [dim]Examples:[/]
      mlmath activation sigmoid -1000 0 2
      mlmath activation leaky-relu -2,0,3 --slope 0.1 --range -4:4
      mlmath activation gelu 1 --approximate tanh
    """
    import numpy as np

    from mlmath.core import activations as core
    from mlmath.errors import InputError
    from mlmath.parsing import parse_array, parse_number

    low_high = core.DEFAULT_RANGE
    if range_ is not None:
        low_text, colon, high_text = range_.partition(":")
        if not colon:
            raise InputError(f"could not read {range_!r} as a range", hint="write it as A:B, e.g. --range -5:5",
                             argument="--range")
        low_high = (float(parse_number(low_text, "--range")), float(parse_number(high_text, "--range")))
    x = None
    if points:
        x = np.concatenate([parse_array(text, "X").astype(float).reshape(-1) for text in points])
    result = core.activation(name, x, range_=low_high, approximate=approximate,
                             slope=None if slope is None else float(parse_number(slope, "--slope")))
    emit(result, out)
