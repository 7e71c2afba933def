"""mlmath pool: max and average pooling as PyTorch computes them, each window shown, and the backward rule."""


from typing import Annotated

import typer

from mlmath.cli.choices import choices_of
from mlmath.cli.common import common_options, emit, read_numbers
from mlmath.render.output import Output

# the core's operands → the options they come from
OPTIONS = {"input": "INPUT", "size": "--size", "stride": "--stride", "padding": "--padding", "kind": "--kind",
           "upstream": "--grad"}


@common_options(panel="networks", plot=True)
def pool(
    image: Annotated[str | None, typer.Argument(
        metavar="INPUT", show_default=False, autocompletion=choices_of("mlmath.core.convolution:IMAGES"),
        help="The input: digit7, cross, checker or gradient (8×8), a matrix \"1,2;3,4\", channels×h×w as nested "
        "lists or @file.npy, or batch×channels×h×w.")] = None,
    inputs: Annotated[str | None, typer.Option(
        "--in", metavar="X", show_default=False, help="The input, as an option (instead of INPUT).")] = None,
    kind: Annotated[str, typer.Option(
        "--kind", metavar="max|avg", autocompletion=choices_of("mlmath.core.convolution:POOL_KINDS"),
        help="max keeps each window's largest entry; avg its mean (zeros of the padding counted, as "
        "torch).")] = "max",
    size: Annotated[str, typer.Option("--size", metavar="K", help="The window: K or KH,KW.")] = "2",
    stride: Annotated[str | None, typer.Option(
        "--stride", "-s", metavar="S", show_default=False,
        help="Step of the window: S or SH,SW. \\[default: the window size, as torch]")] = None,
    padding: Annotated[str, typer.Option(
        "--padding", "-p", metavar="P",
        help="Padding on each side (−∞ for max, 0 for avg), at most half the window: P or PH,PW.")] = "0",
    backward: Annotated[bool, typer.Option(
        "--backward", help="Also ∂L/∂x for the upstream gradient ∂L/∂out (--grad, default all ones).")] = False,
    grad: Annotated[str | None, typer.Option(
        "--grad", metavar="G", show_default=False,
        help="The upstream gradient ∂L/∂out, shaped like the output, or one number for all (implies "
        "--backward).")] = None,
    out: Output = None,
) -> None:
    """Max and average pooling as PyTorch computes them: each window, the chosen entries, the backward rule.

    A window slides over each channel (stride = window size unless --stride): max keeps the largest entry
    (its gradient goes there alone; ties to the first, as torch), avg the mean (its gradient is shared
    evenly).

    [dim]Examples:[/]
      mlmath pool digit7
      mlmath pool "1,3,2,2;3,0,1,0;4,4,5,6;0,1,7,6" --backward
      mlmath pool gradient --kind avg --size 3 --stride 2 --padding 1
    """
    from mlmath.core import convolution as core
    from mlmath.errors import InputError, MlmathError
    from mlmath.text import say

    if image is not None and inputs is not None:
        raise InputError(say("convolution.error.input_twice"), argument="--in")
    if image is None and inputs is None:
        raise InputError(say("convolution.error.no_input"), argument="INPUT",
                         hint=say("convolution.error.no_input.hint", command="pool"))
    source, name = (image, "INPUT") if image is not None else (inputs, "--in")
    x = core.named(source)
    builtin = x is not None
    if x is None:
        names = list(core.IMAGES)
        x = read_numbers(source, name, max_ndim=4,
                  hint=say("convolution.error.names", names=say("convolution.error.listed", first=", ".join(names[:-1]),
                                                                 last=names[-1]), example='"1,2;3,4"'))

    def integers(text: str, flag: str) -> list:
        hint = say("convolution.error.integers.hint")
        return read_numbers(text, flag, max_ndim=1, hint=hint).reshape(-1).tolist()

    try:
        result = core.pool(
            x, kind=kind.strip().lower(), size=integers(size, "--size"),
            stride=None if stride is None else integers(stride, "--stride"),
            padding=integers(padding, "--padding"),
            backward=backward or grad is not None,
            upstream=None if grad is None else read_numbers(grad, "--grad", max_ndim=4,
                                                     hint=say("convolution.error.grad.hint")),
            input_name=source.strip().lower() if builtin else None,
        )
    except MlmathError as error:
        flag = OPTIONS.get(getattr(error, "operand", None))
        if flag == "INPUT":
            flag = name
        raise (error.for_argument(flag) if flag else error) from None
    emit(result, out)
