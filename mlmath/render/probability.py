"""View of softmax: the probabilities, the worked rows, the Jacobian and the bars."""

from __future__ import annotations

from collections.abc import Sequence

from mlmath.render.output import Output
from mlmath.render.steps import show_headline, show_steps
from mlmath.render.tables import matrix_table
from mlmath.text import template

MAX_CHARTS = 3  # bar charts and Jacobians for the first rows of a matrix
PLOT_POINTS = 401


def class_labels(count: int, labels: Sequence[str] | None) -> list[str]:
    """The user's labels, or the class indices 0, 1, 2 … (as PyTorch counts classes)."""
    return list(labels) if labels is not None else [str(index) for index in range(count)]


# --- softmax ------------------------------------------------------------------------


# the rows of the term-by-term table: the result's field → its label
ROW_LABELS = {"logits": "softmax.label.logits", "scaled": "softmax.label.scaled", "shifted": "softmax.label.shifted",
              "exps": "softmax.label.exps", "probabilities": "softmax.label.probabilities",
              "log_probabilities": "softmax.label.log_probabilities"}


def show_softmax(result, out: Output) -> None:
    import numpy as np

    logits = result.logits
    names = class_labels(logits.shape[-1], result.labels)
    scaled = result.temperature != 1.0
    if logits.ndim == 1:
        headline = {(False, False): "softmax.headline", (False, True): "softmax.headline_t",
                    (True, False): "softmax.headline_log", (True, True): "softmax.headline_log_t"}
        show_headline(out, headline[result.log, scaled], values=list(result.result), t=result.temperature)
        best = int(result.argmax)
        show_headline(out, "softmax.most_likely", label=names[best], p=result.probabilities[best])
        keys = [key for key in ROW_LABELS if (key != "scaled" or scaled) and (key != "log_probabilities" or result.log)]
        rows = np.array([getattr(result, key) for key in keys], dtype=float)
        out.console.print(matrix_table(rows, title=template("softmax.title.steps"),
                                       row_labels=[template(ROW_LABELS[key]) for key in keys],
                                       col_labels=names, precision=out.precision, width=out.width))
    else:
        show_headline(out, "softmax.headline_rows_log" if result.log else "softmax.headline_rows",
                      shape="×".join(str(size) for size in logits.shape))
        row_names = [template("softmax.row_label").format(row=index + 1) for index in range(logits.shape[0])]
        out.console.print(matrix_table(result.probabilities, title=template("softmax.title.probabilities"),
                                       row_labels=row_names, col_labels=names, precision=out.precision,
                                       width=out.width))
        if result.log:
            out.console.print(matrix_table(result.log_probabilities,
                                           title=template("softmax.title.log_probabilities"),
                                           row_labels=row_names, col_labels=names, precision=out.precision,
                                           width=out.width))
    if result.jacobian is not None:
        _show_jacobians(result, out, names)
    if out.wants_plot:
        _show_bars(result, out, names)
    show_steps(result.steps, out)


def _show_jacobians(result, out: Output, names: list[str]) -> None:
    if result.jacobian.ndim == 2:
        title = template("softmax.title.jacobian_log" if result.log else "softmax.title.jacobian")
        out.console.print(matrix_table(result.jacobian, title=title,
                                       row_labels=names, col_labels=names, precision=out.precision,
                                       width=out.width))
        return
    for index, jacobian in enumerate(result.jacobian[:MAX_CHARTS]):
        out.console.print(matrix_table(jacobian, title=template(
            "softmax.title.jacobian_log_row" if result.log else "softmax.title.jacobian_row").format(
            row=index + 1), row_labels=names, col_labels=names, precision=out.precision, width=out.width))


def _show_bars(result, out: Output, names: list[str]) -> None:
    from mlmath.render.plots import bar_chart, print_plot

    probabilities = result.probabilities
    if probabilities.ndim == 1:
        print_plot(out.console, bar_chart(names, list(probabilities), title=template("softmax.title.chart"),
                                          width=out.width, value_limits=(0.0, 1.0)))
        return
    for index, row in enumerate(probabilities[:MAX_CHARTS]):
        print_plot(out.console, bar_chart(names, list(row), width=out.width, value_limits=(0.0, 1.0),
                                          title=template("softmax.title.chart_row").format(row=index + 1)))
    if probabilities.shape[0] > MAX_CHARTS:
        out.console.print(template("softmax.charts_hidden").format(shown=MAX_CHARTS), style="dim")


