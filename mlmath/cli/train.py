"""mlmath train: the whole learning loop — forward, loss, backpropagation, the optimizer, epochs and batches."""


from typing import Annotated, Optional

import typer

from mlmath.cli.choices import choices_of
from mlmath.cli.common import common_options, emit
from mlmath.render.output import Output

DATA = "Data"
MODEL = "Model"
TRAINING = "Training"
HYPER = "Optimizer hyper-parameters \\[default: torch.optim's]"


def _text(flag: str, meta: str, text: str, panel: str, *names: str):
    return Annotated[Optional[str], typer.Option(flag, *names, metavar=meta, help=text, show_default=False,
                                                 rich_help_panel=panel)]


def _switch(flag: str, text: str, panel: str = HYPER):
    return Annotated[bool, typer.Option(flag, help=text, rich_help_panel=panel)]


@common_options(panel="learning", plot=True)
def train(
    dataset: Annotated[Optional[str], typer.Argument(
        metavar="[DATASET]", show_default=False, autocompletion=choices_of("mlmath.core.training:DATASETS"),
        help="Built-in data: xor (the 4 corners), moons, circles, spiral (3 classes) or line (regression) "
             "\\[default: xor].")] = None,
    data: _text("--data", "FILE.csv", "Train on a CSV file instead: numeric features and a --target column "
                "(header row allowed).", DATA) = None,
    target: _text("--target", "COLUMN", "The CSV's target column, by name or number (from 1): class names, "
                  "integers, or numbers for a regression.", DATA) = None,
    samples: _text("--samples", "N", "Samples of built-in data \\[default: xor 4, moons 200, circles 200, "
                   "spiral 300, line 100].", DATA) = None,
    noise: _text("--noise", "σ", "Noise of built-in data \\[default: xor 0, moons 0.1, circles 0.05, spiral 0.2, "
                 "line 0.1].", DATA) = None,
    val: _text("--val", "SHARE", "Hold out this share of the samples for validation, e.g. 0.2 \\[default: 0].",
               DATA) = None,
    layers: _text("--layers", "SIZES", "Layer sizes from the inputs to the outputs, e.g. 2,8,8,1 "
                  "\\[default: features,8,outputs].", MODEL) = None,
    activation: Annotated[str, typer.Option(
        "--activation", "-a", metavar="NAME", autocompletion=choices_of("mlmath.core.training:ACTIVATIONS"),
        rich_help_panel=MODEL, help="Hidden layers' activation: relu, tanh, sigmoid, leaky-relu or gelu.")] = "relu",
    loss: Annotated[Optional[str], typer.Option(
        "--loss", metavar="bce|ce|mse", show_default=False, autocompletion=choices_of("mlmath.core.training:LOSSES"),
        rich_help_panel=MODEL,
        help="The loss \\[default: from the task: bce from one logit for two classes, ce for more, mse for "
             "numbers].")] = None,
    optimizer: Annotated[str, typer.Option(
        "--optimizer", "-o", metavar="NAME", autocompletion=choices_of("mlmath.core.optimizers:NAMES"),
        rich_help_panel=TRAINING,
        help="sgd, momentum, nesterov, adam, adamw, adagrad or rmsprop (torch.optim's rules).")] = "adam",
    lr: _text("--lr", "A", "Learning rate: the stride of each update \\[default: 0.01].", TRAINING) = None,
    epochs: _text("--epochs", "N", "Passes over the training data \\[default: 500].", TRAINING, "-n") = None,
    batch_size: _text("--batch-size", "N", "Samples per update, shuffled each epoch \\[default: all: full batch].",
                      TRAINING) = None,
    l1: _text("--l1", "λ", "L1 penalty λ·Σ|W| on the weights \\[default: 0].", TRAINING) = None,
    l2: _text("--l2", "λ", "L2 penalty λ·ΣW² on the weights \\[default: 0] (--weight-decay is the optimizer's "
              "form).", TRAINING) = None,
    dropout: _text("--dropout", "p", "Inverted dropout on every hidden layer while training \\[default: 0].",
                   TRAINING) = None,
    patience: _text("--patience", "K", "Early stopping: stop when the validation loss has not improved for K "
                    "epochs, and keep the best weights (needs --val).", TRAINING) = None,
    seed: _text("--seed", "N", "Seed of the data, the split, the initial weights, the batches and the dropout "
                "masks \\[default: 0].", TRAINING) = None,
    explain_epoch: _text("--explain-epoch", "N", "Work out the first batch of epoch N in full \\[default: 1].",
                         TRAINING) = None,
    every: _text("--every", "K", "The epoch table shows every K-th epoch \\[default: about ten rows].",
                 TRAINING) = None,
    metric: Annotated[str, typer.Option(
        "--metric", metavar="loss|accuracy", autocompletion=choices_of("mlmath.core.training:METRICS"),
        rich_help_panel=TRAINING,
        help="The headline result, which --expect checks: the final training loss or accuracy.")] = "loss",
    save: _text("--save", "FILE.npz", "Write the final parameters W1, b1, W2, b2, … (W in×out) with numpy.savez; "
                "mlmath layer --weights FILE --index K reads layer K back.", TRAINING) = None,
    momentum: _text("--momentum", "μ", "Momentum μ (sgd 0; momentum, nesterov 0.9; rmsprop 0).", HYPER) = None,
    dampening: _text("--dampening", "τ", "Dampening τ of the momentum (sgd family, 0).", HYPER) = None,
    nesterov: _switch("--nesterov", "Nesterov momentum (sgd family).") = False,
    weight_decay: _text("--weight-decay", "λ", "Weight decay λ on every parameter (adamw 0.01, decoupled; "
                        "others 0).", HYPER) = None,
    beta1: _text("--beta1", "β₁", "Decay of Adam's average gradient m (0.9).", HYPER) = None,
    beta2: _text("--beta2", "β₂", "Decay of Adam's average squared gradient v (0.999).", HYPER) = None,
    eps: _text("--eps", "ε", "Added to the root in the denominator (adam, rmsprop 1e-8; adagrad 1e-10).",
               HYPER) = None,
    alpha: _text("--alpha", "α", "Decay of RMSprop's average squared gradient (0.99).", HYPER) = None,
    lr_decay: _text("--lr-decay", "D", "Adagrad's learning-rate decay (0).", HYPER) = None,
    amsgrad: _switch("--amsgrad", "AMSGrad: divide by the largest v so far (adam, adamw).") = False,
    centered: _switch("--centered", "Centered RMSprop: divide by √(v − ḡ²).") = False,
    out: Output = None,
) -> None:
    """Train a small neural network: forward, loss, backpropagation and the optimizer, epoch by epoch.

    A multilayer perceptron learns built-in 2-D data (or a CSV file) as PyTorch would train it in
    float64: weights initialised as nn.Linear, the loss from the task, torch.optim's rules. The first
    batch is worked out in full: each layer's forward pass, the loss, the backward pass with
    δ and ∂L/∂W = Aᵀ·δ, one weight traced through the chain rule and its update. Then a table of the
    epochs, the loss curves and the decision boundary.

    [dim]Examples:[/]
      mlmath train xor --layers 2,8,1 --epochs 2000 --lr 0.05
      mlmath train moons --layers 2,16,1 --batch-size 32 --val 0.2 --patience 20
      mlmath train spiral --layers 2,32,3 -a tanh --dropout 0.1 --epochs 300
      mlmath train --data examples/points.csv --target side --val 0.2 --json
    """
    from mlmath.core import training
    from mlmath.errors import InputError, MlmathError
    from mlmath.parsing import parse_number, parse_vector
    from mlmath.render.training import progress_bar
    from mlmath.text import say

    def number(text: Optional[str], flag: str) -> Optional[float]:
        return None if text is None else float(parse_number(text, flag))

    def whole(text: Optional[str], flag: str) -> Optional[int]:
        value = number(text, flag)
        if value is not None and value != int(value):
            raise InputError(say("training.error.cli.whole", text=text), argument=flag)
        return None if value is None else int(value)

    hyper = {
        "momentum": number(momentum, "--momentum"), "dampening": number(dampening, "--dampening"),
        "weight_decay": number(weight_decay, "--weight-decay"), "beta1": number(beta1, "--beta1"),
        "beta2": number(beta2, "--beta2"), "eps": number(eps, "--eps"), "alpha": number(alpha, "--alpha"),
        "lr_decay": number(lr_decay, "--lr-decay"), "nesterov": nesterov or None, "amsgrad": amsgrad or None,
        "centered": centered or None,
    }
    if data is not None and dataset is not None:
        raise InputError(say("training.error.cli.both", dataset=dataset), argument="--data")
    if data is None and target is not None:
        raise InputError(say("training.error.cli.target"), hint=say("training.error.cli.target.hint"),
                         argument="--target")
    sizes = None
    if layers is not None:
        sizes = [float(value) for value in parse_vector(layers, "--layers").reshape(-1)]
    if data is not None:
        if target is None:
            raise InputError(say("training.error.cli.no_target"), hint=say("training.error.cli.no_target.hint"),
                             argument="--target")
        if samples is not None or noise is not None:
            raise InputError(say("training.error.cli.samples"), argument="--data")
        try:
            source = training.read_table(data, target, regression=loss is not None and loss.strip().lower() == "mse")
        except MlmathError as error:
            raise error.for_argument("--data") from None
    else:
        source = dataset or "xor"
    if save is not None:
        try:
            training.check_save_path(save)
        except MlmathError as error:
            raise error.for_argument("--save") from None
    with progress_bar(out) as report:
        result = training.train(
            source, samples=whole(samples, "--samples"), noise=number(noise, "--noise"), layers=sizes,
            activation=activation, loss=loss, optimizer=optimizer, lr=number(lr, "--lr"), hyper=hyper,
            epochs=training.DEFAULT_EPOCHS if epochs is None else whole(epochs, "--epochs"),
            batch_size=whole(batch_size, "--batch-size"), l1=number(l1, "--l1") or 0.0, l2=number(l2, "--l2") or 0.0,
            dropout=number(dropout, "--dropout") or 0.0, patience=whole(patience, "--patience"),
            val=number(val, "--val") or 0.0, seed=whole(seed, "--seed") or 0,
            explain_epoch=whole(explain_epoch, "--explain-epoch"), every=whole(every, "--every"),
            metric=metric.strip().lower(), progress=report)
    if save is not None:
        try:
            training.save_parameters(result.parameters, save)
        except MlmathError as error:
            raise error.for_argument("--save") from None
    emit(result, out)
