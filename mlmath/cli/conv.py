"""mlmath conv: 2-D (or 1-D) convolution as PyTorch computes it, one window worked out, the feature map."""


from typing import Annotated

import typer

from mlmath.cli.choices import choices_of
from mlmath.cli.common import common_options, emit, read_numbers
from mlmath.render.output import Output
from mlmath.text import Sentence

# the core's operands → the options they come from
OPTIONS = {"input": "INPUT", "kernel": "--kernel", "bias": "--bias", "stride": "--stride", "padding": "--padding",
           "dilation": "--dilation", "cell": "--cell", "upstream": "--grad"}


@common_options(panel="networks", plot=True)
def conv(
    image: Annotated[str | None, typer.Argument(
        metavar="INPUT", show_default=False,
        autocompletion=choices_of("mlmath.core.convolution:IMAGES", "mlmath.core.convolution:SEQUENCES"),
        help="The input: digit7, cross, checker or gradient (8×8), a matrix \"1,2;3,4\" (one channel), in×h×w "
        "as nested lists or @file.npy, or batch×in×h×w. With --1d: step, pulse, ramp, or a vector.")] = None,
    inputs: Annotated[str | None, typer.Option(
        "--in", metavar="X", show_default=False, help="The input, as an option (instead of INPUT).")] = None,
    kernel: Annotated[str | None, typer.Option(
        "--kernel", "-k", metavar="K", show_default=False,
        autocompletion=choices_of("mlmath.core.convolution:KERNELS", "mlmath.core.convolution:KERNELS_1D"),
        help="edge-x, edge-y, sobel-x, sobel-y, blur, sharpen, identity; a matrix; or out×in×kh×kw (torch's "
        "weight layout). With --1d: diff, smooth, identity or a vector. \\[default: edge-x; diff with --1d]")] = None,
    bias: Annotated[str | None, typer.Option(
        "--bias", "-b", metavar="B", show_default=False, help="One bias per kernel (output channel).")] = None,
    stride: Annotated[str, typer.Option(
        "--stride", "-s", metavar="S", help="Step of the kernel: S, or SH,SW per axis.")] = "1",
    padding: Annotated[str, typer.Option(
        "--padding", "-p", metavar="P", autocompletion=choices_of("mlmath.core.convolution:PADDING_WORDS"),
        help="Zeros around the input: P, PH,PW, same (output as large as the input; stride 1) or valid "
        "(none).")] = "0",
    dilation: Annotated[str, typer.Option(
        "--dilation", "-d", metavar="D", help="Gaps between the kernel's entries: D or DH,DW.")] = "1",
    one_d: Annotated[bool, typer.Option(
        "--1d", help="1-D convolution (conv1d) of a sequence: INPUT a vector or in×length, the kernel a vector "
        "or out×in×k.")] = False,
    cell: Annotated[str | None, typer.Option(
        "--cell", metavar="I,J", show_default=False,
        help="The output cell worked out step by step, counted from 0: I,J or CHANNEL,I,J (with --1d: J or "
        "CHANNEL,J). \\[default: the first]")] = None,
    backward: Annotated[bool, typer.Option(
        "--backward", help="Also ∂L/∂x, ∂L/∂w (and ∂L/∂b) for the upstream gradient ∂L/∂out (--grad, default "
        "all ones).")] = False,
    grad: Annotated[str | None, typer.Option(
        "--grad", metavar="G", show_default=False,
        help="The upstream gradient ∂L/∂out, shaped like the output, or one number for all (implies "
        "--backward).")] = None,
    out: Output = None,
) -> None:
    """Convolution as PyTorch computes it: output size rule, one window's products and sum, the feature map.

    The kernel slides over the input without flipping (cross-correlation, as torch.nn.functional.conv2d);
    each output cell is the sum of the window times the kernel, plus the bias. Several channels use
    torch's layouts: input in×h×w, kernel out×in×kh×kw.

    [dim]Examples:[/]
      mlmath conv digit7 --kernel edge-x
      mlmath conv checker -k sobel-y --padding same --cell 2,3
      mlmath conv "[[1,2,3],[4,5,6],[7,8,9]]" -k "1,0;0,-1" --backward
      mlmath conv step --1d -k diff --json
    """
    from mlmath.core import convolution as core
    from mlmath.errors import InputError, MlmathError
    from mlmath.parsing import parse_vector
    from mlmath.text import say

    if image is not None and inputs is not None:
        raise InputError(say("convolution.error.input_twice"), argument="--in")
    if image is None and inputs is None:
        raise InputError(say("convolution.error.no_input"), argument="INPUT",
                         hint=say("convolution.error.no_input.hint", command="conv"))
    source, name = (image, "INPUT") if image is not None else (inputs, "--in")
    images, kernels = (core.SEQUENCES, core.KERNELS_1D) if one_d else (core.IMAGES, core.KERNELS)
    example = "1,2,3,4" if one_d else '"1,2;3,4"'
    x = core.named(source, one_d)
    if x is None:
        hint = say("convolution.error.names", names=_listed(images), example=example)
        x = read_numbers(source, name, max_ndim=4, hint=hint)
    kernel_text = kernel if kernel is not None else ("diff" if one_d else "edge-x")
    w = core.named(kernel_text, one_d, kernel=True)
    if w is None:
        w = read_numbers(kernel_text, "--kernel", max_ndim=4,
                  hint=say("convolution.error.names", names=_listed(kernels), example="1,-1" if one_d else "1,0;0,-1"))
    word = padding.strip().lower()
    try:
        result = core.conv(
            x, w,
            bias=None if bias is None else parse_vector(bias, "--bias"),
            stride=_integers(stride, "--stride", say("convolution.error.stride.hint")),
            padding=word if word in core.PADDING_WORDS else _integers(padding, "--padding",
                                                                      say("convolution.error.padding.cli")),
            dilation=_integers(dilation, "--dilation", say("convolution.error.dilation.hint")),
            one_d=one_d,
            cell=None if cell is None else _integers(cell, "--cell", say("convolution.error.cell.hint")),
            backward=backward or grad is not None,
            upstream=None if grad is None else read_numbers(grad, "--grad", max_ndim=4,
                                                     hint=say("convolution.error.grad.hint")),
            input_name=source.strip().lower() if core.named(source, one_d) is not None else None,
            kernel_name=kernel_text.strip().lower() if core.named(kernel_text, one_d, True) is not None else None,
        )
    except MlmathError as error:
        flag = OPTIONS.get(getattr(error, "operand", None))
        if flag == "INPUT":
            flag = name
        raise (error.for_argument(flag) if flag else error) from None
    emit(result, out)


def _integers(text: str, name: str, hint: Sentence) -> list:
    """A number or numbers split by commas, as read (the core checks that they are whole and in range)."""
    return read_numbers(text, name, max_ndim=1, hint=hint).reshape(-1).tolist()


def _listed(names) -> Sentence:
    """digit7, cross, checker or gradient."""
    from mlmath.text import say

    names = list(names)
    return say("convolution.error.listed", first=", ".join(names[:-1]), last=names[-1])
