"""mlmath softmax: logits → probabilities, stably, step by step, with a bar chart."""


from typing import Annotated, Optional

import typer

from mlmath.cli.common import common_options, emit
from mlmath.render.output import Output


@common_options(panel="networks", plot=True)
def softmax(
    logits: Annotated[str, typer.Argument(
        metavar="LOGITS", show_default=False,
        help="Logits: 1,2,3, or a matrix \"1,2,3;1,1,1\" (each row its own distribution).")],
    temperature: Annotated[Optional[str], typer.Option(
        "--temperature", "-t", metavar="T", show_default=False,
        help="Divide the logits by T first: T < 1 sharper, T > 1 flatter. \\[default: 1]")] = None,
    log: Annotated[bool, typer.Option("--log", help="log-softmax, computed stably with log-sum-exp.")] = False,
    jacobian: Annotated[bool, typer.Option("--jacobian", help="Show the Jacobian ∂p/∂z = diag(p) − p·pᵀ.")] = False,
    labels: Annotated[Optional[str], typer.Option(
        "--labels", metavar="A,B,…", show_default=False,
        help="Class names for the table and the bar chart, e.g. cat,dog,bird.")] = None,
    axis: Annotated[int, typer.Option(
        "--axis", "--dim", metavar="D", min=-2, max=1,
        help="The axis each distribution runs along, as torch.softmax's dim: -1 (or 1) each row, 0 each column "
             "of a matrix.")] = -1,
    out: Output = None,
) -> None:
    """Softmax p = e^z / Σ e^z: shift by the max, exponentiate, sum, divide; bars of the probabilities.

    A matrix is taken row by row (--axis 0: column by column); --temperature T divides the logits by T
    first, --log gives log-softmax, --jacobian the derivatives ∂pᵢ/∂zⱼ.

    [dim]Examples:[/]
      mlmath softmax 1,2,3 --labels cat,dog,bird
      mlmath softmax 1000,1001,1002 --log
      mlmath softmax "2,1,0.1;1,1,1" --temperature 0.5 --jacobian
    """
    from mlmath.core import probability as core
    from mlmath.errors import InputError
    from mlmath.parsing import parse_labeled, parse_number
    from mlmath.text import say

    values, columns, _ = parse_labeled(logits, "LOGITS")
    t = 1.0 if temperature is None else float(parse_number(temperature, "--temperature"))
    names = columns  # a CSV file's header row names the classes
    if labels is not None:
        names = [label.strip() for label in labels.split(",")]
        classes = values.shape[0 if values.ndim == 2 and axis in (0, -2) else -1] if values.ndim else 1
        if any(not name for name in names):
            raise InputError(say("softmax.error.label_empty"), hint=say("softmax.error.label_empty.hint"),
                             argument="--labels")
        if len(names) != classes:
            raise InputError(say("softmax.error.labels", labels=len(names), classes=classes),
                             hint=say("softmax.error.labels.hint"), argument="--labels")
    result = core.softmax(values, temperature=t, log=log, jacobian=jacobian, axis=axis)
    result.labels = names
    emit(result, out)
