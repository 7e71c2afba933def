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
        help="sigmoid, tanh, relu, leaky-relu, softplus, gelu, softmax, elu, selu, celu, silu (swish), mish, "
             "relu6, hardtanh, hardsigmoid, hardswish, logsigmoid, softsign, tanhshrink or prelu.")],
    points: Annotated[Optional[list[str]], typer.Argument(metavar="[X...]",
        show_default=False,
        help="Points (or, for softmax, the logits): -2 0 3 or -2,0,3 \\[default: -2,-1,0,1,2; softmax 1,2,3].")] = None,
    range_: Annotated[Optional[str], typer.Option(
        "--range", metavar="A:B", show_default=False,
        help="The plot's x range. \\[default: -5:5]")] = None,
    slope: Annotated[Optional[str], typer.Option(
        "--slope", metavar="S", show_default=False,
        help="The slope for x ≤ 0: leaky-relu's \\[default: 0.01], or prelu's learned slope, one number or one "
             "per channel (0.1,0.3) \\[default: 0.25].")] = None,
    alpha: Annotated[Optional[str], typer.Option(
        "--alpha", metavar="A", show_default=False,
        help="elu's and celu's α, the negative side's limit −α. \\[default: 1]")] = None,
    beta: Annotated[Optional[str], typer.Option(
        "--beta", metavar="B", show_default=False,
        help="softplus's β: log(1 + e^(βx))/β, sharper for larger β. \\[default: 1]")] = None,
    threshold: Annotated[Optional[str], typer.Option(
        "--threshold", metavar="T", show_default=False,
        help="softplus returns x itself where βx > T. \\[default: 20]")] = None,
    min_val: Annotated[Optional[str], typer.Option(
        "--min-val", metavar="LOW", show_default=False,
        help="hardtanh's lower limit. \\[default: -1]")] = None,
    max_val: Annotated[Optional[str], typer.Option(
        "--max-val", metavar="HIGH", show_default=False,
        help="hardtanh's upper limit. \\[default: 1]")] = None,
    approximate: Annotated[Optional[str], typer.Option(
        "--approximate", metavar="none|tanh",
            autocompletion=choices_of("mlmath.core.activations:APPROXIMATIONS"), show_default=False,
        help="gelu: the exact erf form (none, PyTorch's default) or the tanh formula.")] = None,
    out: Output = None,
) -> None:
    """Values and derivatives of an activation function, its curve, and the key facts about it.

    NAME is one of torch.nn.functional's activations (sigmoid, tanh, relu, leaky-relu, softplus, gelu,
    softmax, elu, selu, celu, silu, mish, relu6, hardtanh, hardsigmoid, hardswish, logsigmoid, softsign,
    tanhshrink, prelu); the points may be listed (-2 0 2) or written as a vector (-2,0,2).

    [dim]Examples:[/]
      mlmath activation sigmoid -1000 0 2
      mlmath activation leaky-relu -2,0,3 --slope 0.1 --range -4:4
      mlmath activation gelu 1 --approximate tanh
      mlmath activation prelu -2 1 -3 4 --slope 0.1,0.3
    """
    import numpy as np

    from mlmath.core import activations as core
    from mlmath.errors import InputError
    from mlmath.parsing import parse_array, parse_number
    from mlmath.text import say

    low_high = core.DEFAULT_RANGE
    if range_ is not None:
        low_text, colon, high_text = range_.partition(":")
        if not colon:
            raise InputError(say("activation.error.cli.range", text=range_),
                             hint=say("activation.error.cli.range.hint"),
                             argument="--range")
        low_high = (float(parse_number(low_text, "--range")), float(parse_number(high_text, "--range")))
    x = None
    if points:
        x = np.concatenate([parse_array(text, "X").astype(float).reshape(-1) for text in points])
    def number(text, option):
        return None if text is None else float(parse_number(text, option))

    slope_value = None
    if slope is not None:
        slope_value = parse_array(slope, "--slope").astype(float).reshape(-1)
        if slope_value.size == 1:
            slope_value = float(slope_value[0])
        elif core.canonical_name(name) != "prelu":
            slope_value = float(parse_number(slope, "--slope"))  # one number: the parser says how to write it
    result = core.activation(name, x, range_=low_high, approximate=approximate, slope=slope_value,
                             alpha=number(alpha, "--alpha"), beta=number(beta, "--beta"),
                             threshold=number(threshold, "--threshold"), min_val=number(min_val, "--min-val"),
                             max_val=number(max_val, "--max-val"))
    emit(result, out)
