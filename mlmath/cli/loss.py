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
        help="mse, mae, rmse, huber, bce, ce, categorical-ce, sparse-ce, nll, kl-div, smooth-l1, hinge-embedding, "
             "margin-ranking, cosine-embedding, poisson-nll or gaussian-nll (also l2, l1, binary-cross-entropy, "
             "cross-entropy, kl, hinge).")],
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
        help="Average the terms, add them, or keep each one (kl-div also batchmean: the sum over the rows).")] = "mean",
    delta: Annotated[Optional[str], typer.Option(
        "--delta", metavar="D", show_default=False,
        help="Huber's threshold between squared and linear. \\[default: 1]")] = None,
    compare: Annotated[bool, typer.Option(
        "--compare",
        help="Also show every loss that fits these inputs, side by side.")] = False,
    pred2: Annotated[Optional[str], typer.Option(
        "--pred2", metavar="P2", show_default=False,
        help="The second input x₂ of margin-ranking and cosine-embedding.")] = None,
    var: Annotated[Optional[str], typer.Option(
        "--var", metavar="V", show_default=False,
        help="gaussian-nll: the predicted variances, one or one per prediction.")] = None,
    beta: Annotated[Optional[str], typer.Option(
        "--beta", metavar="B", show_default=False,
        help="smooth-l1's β, where squared turns linear; 0 is L1. \\[default: 1]")] = None,
    margin: Annotated[Optional[str], typer.Option(
        "--margin", metavar="M", show_default=False,
        help="hinge-embedding \\[default: 1], margin-ranking and cosine-embedding \\[default: 0].")] = None,
    weight: Annotated[Optional[str], typer.Option(
        "--weight", metavar="W", show_default=False,
        help="ce, nll: one weight per class (0.5,2,1); the mean divides by the true classes' weights.")] = None,
    label_smoothing: Annotated[Optional[str], typer.Option(
        "--label-smoothing", metavar="E", show_default=False,
        help="ce: the target becomes (1 − ε)·y + ε/C, ε in [0, 1]. \\[default: 0]")] = None,
    ignore_index: Annotated[Optional[str], typer.Option(
        "--ignore-index", metavar="K", show_default=False,
        help="ce, sparse-ce, nll: rows whose class is K add nothing and are not counted. \\[default: -100]")] = None,
    pos_weight: Annotated[Optional[str], typer.Option(
        "--pos-weight", metavar="W", show_default=False,
        help="bce with --logits: the weight of the positives, one or one per class.")] = None,
    log_target: Annotated[bool, typer.Option(
        "--log-target", help="kl-div: the target is log-probabilities too.")] = False,
    log_input: Annotated[Optional[bool], typer.Option(
        "--log-input/--no-log-input", show_default=False,
        help="poisson-nll: the input is log λ (the default) or λ itself.")] = None,
    full: Annotated[bool, typer.Option(
        "--full", help="poisson-nll: add Stirling's term; gaussian-nll: add ½·log 2π.")] = False,
    eps: Annotated[Optional[str], typer.Option(
        "--eps", metavar="EPS", show_default=False,
        help="poisson-nll's ε in log(λ + ε) \\[default: 1e-8]; gaussian-nll's floor of the variance "
             "\\[default: 1e-6].")] = None,
    out: Output = None,
) -> None:
    """Loss functions as torch.nn.functional computes them: each term, the reduction, the gradient.

    KIND is one of torch.nn.functional's losses: mse, mae, rmse, huber, bce, ce, categorical-ce,
    sparse-ce, nll, kl-div, smooth-l1, hinge-embedding, margin-ranking, cosine-embedding, poisson-nll,
    gaussian-nll; --logits when the predictions are logits, --reduction mean, sum or none.

    [dim]Examples:[/]
      mlmath loss mse --pred 2.5,0,2,8 --target 3,-0.5,2,7
      mlmath loss sparse-ce --pred "[[2,1,0.1]]" --target 0 --logits
      mlmath loss bce --pred 0.9,0.2,0.6 --target 1,0,1 --compare
      mlmath loss kl-div --pred "[[-1.2,-0.4]]" --target "[[0.3,0.7]]"
    """
    from mlmath.core import losses as core
    from mlmath.parsing import parse_array, parse_number

    def number(text, option):
        return None if text is None else float(parse_number(text, option))

    def array(text, option):
        return None if text is None else parse_array(text, option)

    predictions = parse_array(pred, "--pred")
    targets = parse_array(target, "--target")
    result = core.loss(kind, predictions, targets, logits=logits, reduction=reduction.strip().lower(),
                       delta=number(delta, "--delta"), compare=compare, pred2=array(pred2, "--pred2"),
                       var=array(var, "--var"), beta=number(beta, "--beta"), margin=number(margin, "--margin"),
                       weight=array(weight, "--weight"), label_smoothing=number(label_smoothing, "--label-smoothing"),
                       ignore_index=number(ignore_index, "--ignore-index"),
                       pos_weight=array(pos_weight, "--pos-weight"),
                       log_target=log_target, log_input=log_input, full=full, eps=number(eps, "--eps"))
    emit(result, out)
