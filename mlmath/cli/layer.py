"""mlmath layer: a fully connected layer Y = act(X·W + b), forward and backward, step by step."""


from typing import Annotated

import typer

from mlmath.cli.choices import choices_of
from mlmath.cli.common import common_options, emit
from mlmath.render.output import Output

# the core's operands → the options they come from
OPTIONS = {"x": "--x", "w": "--w", "b": "--b", "activation": "--activation", "slope": "--slope",
           "approximate": "--approximate", "inputs": "--in", "outputs": "--out", "batch": "--batch",
           "seed": "--seed", "grad_y": "--grad-y", "loss": "--loss", "target": "--target", "logits": "--logits",
           "reduction": "--reduction"}


@common_options(panel="networks", plot=True)
def layer(
    x: Annotated[str | None, typer.Option(
        "--x", metavar="X", show_default=False,
        help="Inputs, one row per sample: \"1,2;3,4\" is 2 samples of 2 inputs. "
             "\\[default: random normal, --batch rows of --in]")] = None,
    w: Annotated[str | None, typer.Option(
        "--w", metavar="W", show_default=False,
        help="Weights, in×out (X·W as in the notes; torch's nn.Linear weight is Wᵀ, out×in). "
             "\\[default: random, as nn.Linear]")] = None,
    b: Annotated[str | None, typer.Option(
        "--b", metavar="B", show_default=False,
        help="Biases, one per output neuron. \\[default: random, as nn.Linear]")] = None,
    weights: Annotated[str | None, typer.Option(
        "--weights", metavar="FILE.npz", show_default=False,
        help="Read W (in×out) and b from arrays named W and b in an .npz file (never unpickled).")] = None,
    index: Annotated[str | None, typer.Option(
        "--index", metavar="K", show_default=False,
        help="With --weights: read layer K's arrays WK and bK (W1, b1, W2, b2 … as mlmath train --save "
             "writes them).")] = None,
    activation: Annotated[str, typer.Option(
        "--activation", "-a", metavar="NAME", autocompletion=choices_of("mlmath.core.layer:ACTIVATIONS"),
        help="identity (none), relu, sigmoid, tanh, leaky-relu, gelu or softplus.")] = "identity",
    slope: Annotated[str | None, typer.Option(
        "--slope", metavar="S", show_default=False,
        help="leaky-relu's slope for z ≤ 0. \\[default: 0.01]")] = None,
    approximate: Annotated[str | None, typer.Option(
        "--approximate", metavar="none|tanh", show_default=False,
        autocompletion=choices_of("mlmath.core.activations:APPROXIMATIONS"),
        help="gelu: the exact erf form (none, PyTorch's default) or the tanh formula.")] = None,
    inputs: Annotated[str | None, typer.Option(
        "--in", metavar="N", show_default=False,
        help="Inputs per sample, when X is not given (else its columns).")] = None,
    outputs: Annotated[str | None, typer.Option(
        "--out", metavar="N", show_default=False,
        help="Output neurons, when W and b are not given (else W's columns).")] = None,
    batch: Annotated[str | None, typer.Option(
        "--batch", metavar="N", show_default=False, help="Samples of a random X. \\[default: 1]")] = None,
    seed: Annotated[str | None, typer.Option(
        "--seed", metavar="N", show_default=False, help="Seed of the random W, b and X. \\[default: 0]")] = None,
    backward: Annotated[bool, typer.Option(
        "--backward",
        help="Also the backward pass: δ = ∂L/∂Z, ∂L/∂W, ∂L/∂b and ∂L/∂X (with neither --grad-y nor --loss, "
             "L = ΣY).")] = False,
    grad_y: Annotated[str | None, typer.Option(
        "--grad-y", metavar="G", show_default=False,
        help="The upstream gradient ∂L/∂Y, batch×out (implies --backward).")] = None,
    loss: Annotated[str | None, typer.Option(
        "--loss", metavar="mse|bce|ce", show_default=False, autocompletion=choices_of("mlmath.core.layer:LOSSES"),
        help="A loss of Y against --target gives ∂L/∂Y (implies --backward): mse; bce on Y as probabilities "
             "(or --logits); ce on Y as logits.")] = None,
    target: Annotated[str | None, typer.Option(
        "--target", metavar="T", show_default=False,
        help="The loss's target: batch×out for mse and bce, one class index per sample (or probability rows) "
             "for ce.")] = None,
    logits: Annotated[bool, typer.Option(
        "--logits", help="bce: read Y as logits (BCEWithLogits) instead of probabilities.")] = False,
    reduction: Annotated[str, typer.Option(
        "--reduction", metavar="mean|sum", autocompletion=choices_of("mlmath.core.layer:REDUCTIONS"),
        help="Average the loss's terms or add them.")] = "mean",
    out: Output = None,
) -> None:
    """Fully connected layer Y = act(X·W + b): shape rule, one neuron's sum, and backward gradients.

    Rows are samples: X is batch×in, W in×out, b one bias per neuron. W and b not given are random
    (--seed) from nn.Linear's uniform(−1/√in, 1/√in); --weights reads both from an .npz file. --backward,
    --grad-y or --loss add δ, ∂L/∂W = Xᵀ·δ, ∂L/∂b and ∂L/∂X = δ·Wᵀ.

    [dim]Examples:[/]
      mlmath layer --x "1,2;3,4" --out 3 --activation relu --seed 1
      mlmath layer --x 1,2 --w "0.5,-1;0.25,1" --b 0.1,0 --backward
      mlmath layer --x "1,2;3,4" --out 3 --loss ce --target 0,2
      mlmath layer --x 0.5,-1 --w "1;2" --b 0 -a sigmoid --loss bce --target 1
    """
    from mlmath.core.layer import fully_connected, weights_from_npz
    from mlmath.errors import InputError, MlmathError
    from mlmath.parsing import parse_array, parse_matrix, parse_number, parse_vector
    from mlmath.text import say

    if weights is not None and (w is not None or b is not None):
        raise InputError(say("layer.error.weights_twice"), argument="--weights")
    x_array = None if x is None else parse_matrix(x, "--x")
    w_array = None if w is None else parse_matrix(w, "--w")
    b_array = None if b is None else parse_vector(b, "--b")
    if index is not None and weights is None:
        raise InputError(say("layer.error.index"), hint=say("layer.error.index.hint"), argument="--index")
    if weights is not None:
        try:
            if index is None:
                w_array, b_array = weights_from_npz(weights)
            else:
                from mlmath.core.training import layer_from_npz

                w_array, b_array = layer_from_npz(weights, parse_number(index, "--index"))
        except MlmathError as error:
            raise error.for_argument("--weights") from None
    numbers = {flag: None if text is None else parse_number(text, flag)
               for flag, text in (("--in", inputs), ("--out", outputs), ("--batch", batch), ("--seed", seed),
                                  ("--slope", slope))}
    if numbers["--seed"] is not None and numbers["--seed"] != int(numbers["--seed"]):
        raise InputError(say("layer.error.seed_whole", seed=seed), argument="--seed")
    try:
        result = fully_connected(
            x_array, w_array, b_array, activation=activation, approximate=approximate,
            slope=None if numbers["--slope"] is None else float(numbers["--slope"]),
            inputs=numbers["--in"], outputs=numbers["--out"], batch=numbers["--batch"],
            seed=None if numbers["--seed"] is None else int(numbers["--seed"]), backward=backward,
            grad_y=None if grad_y is None else parse_array(grad_y, "--grad-y"), loss=loss,
            target=None if target is None else parse_array(target, "--target"), logits=logits,
            reduction=reduction.strip().lower())
    except MlmathError as error:
        operand = getattr(error, "operand", None)
        flag = "--weights" if weights is not None and operand in ("w", "b") else OPTIONS.get(operand)
        raise (error.for_argument(flag) if flag else error) from None
    emit(result, out)
