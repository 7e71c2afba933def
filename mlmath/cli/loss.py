"""mlmath loss: a loss term by term, its reduction and its gradient, as PyTorch computes it."""


from typing import Annotated, Optional

import typer

from mlmath.cli.choices import choices_of
from mlmath.cli.common import common_options, emit
from mlmath.render.output import Output


@common_options(panel="networks")
def loss(
    kind: Annotated[str, typer.Argument(
        metavar="KIND",
            autocompletion=choices_of("mlmath.core.losses:KINDS", "mlmath.core.losses:ALIASES"), show_default=False,
        help="mse, mae, rmse, huber, bce, ce, categorical-ce or sparse-ce (also l2, l1, binary-cross-entropy, "
             "cross-entropy).")],
    pred: Annotated[str, typer.Option(
        "--pred", metavar="P", show_default=False,
        help="Predictions: values, probabilities, or logits with --logits; one row per sample for the ce "
             "kinds.")],
    target: Annotated[str, typer.Option(
        "--target", metavar="T", show_default=False,
        help="Targets: values, 0/1 labels, class indices (0,2,1) or one-hot rows.")],
    logits: Annotated[bool, typer.Option(
        "--logits",
        help="The predictions are raw logits: sigmoid (bce) or softmax (ce) is applied inside, stably.")] = False,
    reduction: Annotated[str, typer.Option(
        "--reduction", metavar="mean|sum|none", autocompletion=choices_of("mlmath.core.losses:REDUCTIONS"),
        help="Average the terms, add them, or keep each one.")] = "mean",
    delta: Annotated[Optional[str], typer.Option(
        "--delta", metavar="D", show_default=False,
        help="Huber's threshold between squared and linear. \\[default: 1]")] = None,
    compare: Annotated[bool, typer.Option(
        "--compare",
        help="Also show every loss that fits these inputs, side by side.")] = False,
    out: Output = None,
) -> None:
    """Loss functions as torch.nn.functional computes them: each term, the reduction, the gradient.

    KIND is mse, mae, rmse, huber, bce, ce, categorical-ce or sparse-ce; --logits when the predictions are
    logits, --reduction mean, sum or none.

    [dim]Examples:[/]
      mlmath loss mse --pred 2.5,0,2,8 --target 3,-0.5,2,7
      mlmath loss sparse-ce --pred "[[2,1,0.1]]" --target 0 --logits
      mlmath loss bce --pred 0.9,0.2,0.6 --target 1,0,1 --compare
    """
    from mlmath.core import losses as core
    from mlmath.parsing import parse_array, parse_number

    predictions = parse_array(pred, "--pred")
    targets = parse_array(target, "--target")
    result = core.loss(kind, predictions, targets, logits=logits, reduction=reduction.strip().lower(),
                       delta=None if delta is None else float(parse_number(delta, "--delta")), compare=compare)
    emit(result, out)
