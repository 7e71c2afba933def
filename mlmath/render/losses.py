"""View of loss: each term, the reduction, the gradient, and the other losses that fit."""

from __future__ import annotations

from rich.markup import escape

from mlmath.core.result import Step
from mlmath.render.output import Output
from mlmath.render.steps import show_headline, show_steps, step_text
from mlmath.render.tables import matrix_table, titled_table
from mlmath.text import template

MAX_CHARTS = 3  # bar charts and Jacobians for the first rows of a matrix
PLOT_POINTS = 401


def _sample_labels(shape: tuple[int, ...], count: int) -> list[str]:
    """1, 2, 3 … for a vector; (i,j) for the entries of a matrix, row by row."""
    if len(shape) < 2:
        return [str(index + 1) for index in range(count)]
    columns = shape[1]
    return [f"({index // columns + 1},{index % columns + 1})" for index in range(count)]


NAMES = {"mse": "loss.name.mse", "mae": "loss.name.mae", "rmse": "loss.name.rmse", "huber": "loss.name.huber",
         "bce": "loss.name.bce", "ce": "loss.name.ce", "categorical-ce": "loss.name.categorical-ce",
         "sparse-ce": "loss.name.sparse-ce", "nll": "loss.name.nll", "kl-div": "loss.name.kl-div",
         "smooth-l1": "loss.name.smooth-l1", "hinge-embedding": "loss.name.hinge-embedding",
         "margin-ranking": "loss.name.margin-ranking", "cosine-embedding": "loss.name.cosine-embedding",
         "poisson-nll": "loss.name.poisson-nll", "gaussian-nll": "loss.name.gaussian-nll"}
HEADLINES = {"mean": "loss.headline.mean", "sum": "loss.headline.sum", "none": "loss.headline.none",
             "batchmean": "loss.headline.batchmean"}
# what each loss fits, for the comparison table
FITS = {"mse": "loss.fits.mse", "mae": "loss.fits.mae", "rmse": "loss.fits.rmse", "huber": "loss.fits.huber",
        "bce": "loss.fits.bce", "ce": "loss.fits.ce", "categorical-ce": "loss.fits.categorical-ce",
        "sparse-ce": "loss.fits.sparse-ce"}


def show_loss(result, out: Output) -> None:
    pred, target = result.pred, result.target
    from mlmath.core.losses import CLASSIFICATION, listed

    name = template(NAMES[result.kind])
    if result.reduction == "none":
        show_headline(out, "loss.headline.none", name=name, values=listed(result.result))
    else:
        show_headline(out, HEADLINES[result.reduction], name=name, value=result.result, count=result.count)
    per_sample = next(item for item in result.steps if item.key == "loss.per_sample")
    if result.kind in CLASSIFICATION or result.kind == "nll":
        _class_table(result, out, per_sample)
    elif result.kind == "cosine-embedding":
        _row_table(result, out, per_sample)
    else:
        _elementwise_table(result, out, pred, target, per_sample)
    if result.comparison:
        _comparison_table(result, out)
    shown = [Step(item.key, item.args) if item is per_sample else item for item in result.steps]
    show_steps(shown, out)


def _gradient_header(result) -> str:
    from mlmath.core.losses import CLASSIFICATION

    if not result.logits:
        return template("loss.column.gradient_p" if result.kind in CLASSIFICATION else "loss.column.gradient")
    return template("loss.column.gradient_z" if result.kind in CLASSIFICATION else "loss.column.gradient_x")


def _terms_table(out: Output, columns: list[tuple[str, str, str]], rows: list[list[str]], hidden: int):
    """Columns are (header, justify, how): ``keep`` never wraps, ``wrap`` wraps at spaces, ``fold`` anywhere."""

    table = titled_table(template("loss.title.terms"), pad_edge=False)
    for header, justify, how in columns:
        table.add_column(header, justify=justify, no_wrap=how == "keep", overflow="fold")
    for row in rows:
        table.add_row(*(escape(cell) for cell in row))
    if hidden:
        table.add_row("⋮", *[""] * (len(columns) - 2), template("loss.samples_hidden").format(count=hidden))
    out.console.print(table)


def _elementwise_table(result, out: Output, pred, target, per_sample: Step) -> None:
    """# | ŷ (or x) | y | the term written out | ∂L/∂ŷ, one row per entry."""
    import numpy as np

    from mlmath.core.losses import _align
    from mlmath.render.numbers import format_array_entries

    pred = np.atleast_1d(np.asarray(pred, dtype=float))
    target = _align(pred, np.atleast_1d(np.asarray(target, dtype=float)))
    terms = [child for child in per_sample.children if child.key != "loss.samples_hidden"]
    labels = _sample_labels(pred.shape, len(terms))
    flat_pred, flat_target = pred.reshape(-1), target.reshape(-1)
    columns = [(template("loss.column.sample"), "right", "keep"),
               (template("loss.column.logit" if result.logits else "loss.column.pred"), "right", "keep"),
               (template("loss.column.target"), "right", "keep"), (template("loss.column.term"), "left", "wrap"),
               (_gradient_header(result), "right", "keep")]
    gradient = np.asarray(result.gradient).reshape(-1)
    shown = len(terms)
    # each column written alike: 2.5000 above 0.0000, not 2.5000 above 0
    preds, targets, gradients = (format_array_entries(column[:shown].tolist(), out.precision)
                                 for column in (flat_pred, flat_target, gradient))
    rows = [[label, preds[index], targets[index], step_text(term, out.precision), gradients[index]]
            for index, (label, term) in enumerate(zip(labels, terms))]
    _terms_table(out, columns, rows, result.losses.size - len(terms))


def _class_table(result, out: Output, per_sample: Step) -> None:
    """# | target | the term written out; then p = softmax(z) (from logits) and the gradient, samples × classes."""
    import numpy as np

    from mlmath.render.check import format_value

    terms = [child for child in per_sample.children if child.key != "loss.samples_hidden"]
    columns = [(template("loss.column.sample"), "right", "keep"),
               (template("loss.column.target"), "left", "keep" if result.classes is not None else "fold"),
               (template("loss.column.term"), "left", "wrap")]
    rows = []
    for index, term in enumerate(terms):
        if result.classes is not None:
            target_text = str(int(result.classes[index]))
        else:
            target_text = format_value(result.target_rows[index], out.precision)
        rows.append([str(index + 1), target_text, step_text(term, out.precision)])
    _terms_table(out, columns, rows, result.losses.size - len(terms))
    gradient = np.atleast_2d(np.asarray(result.gradient))
    classes = [str(index) for index in range(gradient.shape[1])]
    if result.logits:
        out.console.print(matrix_table(result.probabilities, title=template("loss.title.softmax"),
                                       col_labels=classes, precision=out.precision, width=out.width))
    if result.options:  # class weights, label smoothing or ignore_index: ∂L/∂z = p·Σq − q, see the steps
        title = template("loss.title.gradient").format(name=_gradient_header(result))
    elif result.logits:  # softmax + cross-entropy: the gradient is p − y
        key = "loss.title.gradient_softmax_mean" if result.reduction == "mean" else "loss.title.gradient_softmax"
        title = template(key).format(count=result.count)
    else:
        title = template("loss.title.gradient").format(name=_gradient_header(result))
    out.console.print(matrix_table(gradient, title=title, col_labels=classes, precision=out.precision,
                                   width=out.width))


def _row_table(result, out: Output, per_sample: Step) -> None:
    """cosine-embedding: # | y | the term written out; then ∂L/∂x₁ and ∂L/∂x₂, samples × features."""
    import numpy as np

    terms = [child for child in per_sample.children if child.key != "loss.samples_hidden"]
    labels = np.asarray(result.target, dtype=float).reshape(-1)
    columns = [(template("loss.column.sample"), "right", "keep"), (template("loss.column.target"), "right", "keep"),
               (template("loss.column.term"), "left", "wrap")]
    rows = [[str(index + 1), f"{labels[index]:g}", step_text(term, out.precision)] for index, term in enumerate(terms)]
    _terms_table(out, columns, rows, result.losses.size - len(terms))
    for key, gradient in (("loss.title.gradient_pred", result.gradient), ("loss.title.gradient_pred2",
                                                                          result.gradient2)):
        out.console.print(matrix_table(np.atleast_2d(gradient), title=template(key), precision=out.precision,
                                       width=out.width))


def _comparison_table(result, out: Output) -> None:

    from mlmath.core.losses import REGRESSION
    from mlmath.render.check import format_value

    table = titled_table(template("loss.title.compare").format(reduction=result.reduction), pad_edge=False)
    for key, justify in (("loss.column.kind", "left"), ("loss.column.value", "right"), ("loss.column.input", "left"),
                         ("loss.column.fits", "left")):
        table.add_column(template(key), justify=justify, overflow="fold")
    for entry in result.comparison:
        # in a classification problem the regression losses compare probabilities with labels
        on_probabilities = entry["kind"] in REGRESSION and result.kind not in REGRESSION
        fits = template("loss.fits.on_probabilities" if on_probabilities else FITS[entry["kind"]])
        marker = "▸ " if entry["kind"] == result.kind and entry["input"] == "pred" else "  "
        table.add_row(marker + entry["kind"], format_value(entry["value"], out.precision), entry["input"],
                      escape(fits))
    out.console.print(table)
