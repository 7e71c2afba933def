"""mlmath normalize: standard and min-max scaling, batch and layer normalization, step by step."""

from typing import Annotated, Optional

import typer

from mlmath.cli.choices import choices_of
from mlmath.cli.common import common_options, emit
from mlmath.render.output import Output

# the option each operand of mlmath.core.normalization comes from
OPTIONS = {"method": "--method", "range": "--range", "eps": "--eps", "momentum": "--momentum", "gamma": "--gamma",
           "beta": "--beta", "running_mean": "--running-mean", "running_var": "--running-var"}


@common_options(panel="networks", plot=True)
def normalize(
    x: Annotated[str, typer.Argument(
        metavar="X", show_default=False,
        help="The data: rows are samples, columns features, e.g. \"1,200;2,300;3,250\". A vector is one feature "
             "(one sample for layernorm).")],
    method: Annotated[str, typer.Option(
        "--method", "-m", metavar="METHOD", autocompletion=choices_of("mlmath.core.normalization:METHODS"),
        help="standard (z-scores), minmax, batchnorm or layernorm.")] = "standard",
    feature_range: Annotated[Optional[str], typer.Option(
        "--range", metavar="A:B", show_default=False,
        help="minmax: the target range. \\[default: 0:1]")] = None,
    eps: Annotated[Optional[str], typer.Option(
        "--eps", metavar="ε", show_default=False,
        help="batchnorm, layernorm: added to the variance. \\[default: 1e-5]")] = None,
    gamma: Annotated[Optional[str], typer.Option(
        "--gamma", metavar="γ", show_default=False,
        help="batchnorm, layernorm: the scale, one per feature (or one for all). \\[default: 1]")] = None,
    beta: Annotated[Optional[str], typer.Option(
        "--beta", metavar="β", show_default=False,
        help="batchnorm, layernorm: the shift, one per feature (or one for all). \\[default: 0]")] = None,
    momentum: Annotated[Optional[str], typer.Option(
        "--momentum", metavar="M", show_default=False,
        help="batchnorm: how far the running statistics move to the batch's. \\[default: 0.1]")] = None,
    running_mean: Annotated[Optional[str], typer.Option(
        "--running-mean", metavar="μ", show_default=False,
        help="batchnorm: the running mean before this batch. \\[default: 0]")] = None,
    running_var: Annotated[Optional[str], typer.Option(
        "--running-var", metavar="σ²", show_default=False,
        help="batchnorm: the running variance before this batch. \\[default: 1]")] = None,
    eval_mode: Annotated[bool, typer.Option(
        "--eval",
        help="batchnorm: evaluation mode, normalize with the running statistics.")] = False,
    out: Output = None,
) -> None:
    """Normalize data: z-scores, min-max, batch norm or layer norm, with one column worked by hand.

    standard and minmax follow scikit-learn's StandardScaler and MinMaxScaler, batchnorm and layernorm PyTorch's
    BatchNorm1d (with its running statistics) and LayerNorm; box plots show each feature before and after.

    [dim]Examples:[/]
      mlmath normalize "1,200;2,300;3,250;4,100"
      mlmath normalize "1,200;2,300;3,250" --method minmax --range -1:1
      mlmath normalize "1,2;3,6;5,4;7,8" --method batchnorm --momentum 0.1
      mlmath normalize "1,2,3,4;2,4,6,9" --method layernorm
    """
    from mlmath.core import normalization as core
    from mlmath.errors import InputError, MlmathError
    from mlmath.parsing import parse_array, parse_number, parse_vector
    from mlmath.text import say

    values = parse_array(x, "X")
    chosen = method.strip().lower()
    if chosen not in core.METHODS:
        raise InputError(say("normalization.error.method", method=method),
                         hint=say("normalization.error.method.hint", methods=", ".join(core.METHODS)),
                         argument="--method")
    used = {"--range": feature_range is not None and chosen != "minmax",
            "--momentum": momentum is not None and chosen != "batchnorm",
            "--running-mean": running_mean is not None and chosen != "batchnorm",
            "--running-var": running_var is not None and chosen != "batchnorm",
            "--eval": eval_mode and chosen != "batchnorm",
            "--eps": eps is not None and chosen in ("standard", "minmax"),
            "--gamma": gamma is not None and chosen in ("standard", "minmax"),
            "--beta": beta is not None and chosen in ("standard", "minmax")}
    for flag, misplaced in used.items():
        if misplaced:
            raise InputError(say("normalization.error.misplaced", method=chosen),
                             hint=say("normalization.error.misplaced.hint"), argument=flag)
    low_high = (0.0, 1.0)
    if feature_range is not None:
        parts = feature_range.split(":")
        if len(parts) != 2 or not all(part.strip() for part in parts):
            raise InputError(say("normalization.error.range", text=feature_range),
                             hint=say("normalization.error.range.hint"), argument="--range")
        low_high = tuple(float(parse_number(part, "--range")) for part in parts)
    options = {}
    for name, text, flag in (("eps", eps, "--eps"), ("momentum", momentum, "--momentum")):
        if text is not None:
            options[name] = float(parse_number(text, flag))
    for name, text, flag in (("gamma", gamma, "--gamma"), ("beta", beta, "--beta"),
                             ("running_mean", running_mean, "--running-mean"),
                             ("running_var", running_var, "--running-var")):
        if text is not None:
            options[name] = parse_vector(text, flag)
    try:
        result = core.normalize(values, chosen, feature_range=low_high, training=not eval_mode, **options)
    except MlmathError as error:
        flag = OPTIONS.get(getattr(error, "operand", None))
        raise (error.for_argument(flag) if flag else error) from None
    emit(result, out)
