"""View of softmax: the probabilities, the worked rows, the Jacobian and the bars.

Its cost follows what it shows: tables are handed only the rows and columns they can show, and a
long vector's bars are its most likely classes with one bar for all the others.
"""

from __future__ import annotations

from collections.abc import Sequence

from mlmath.render.output import Output
from mlmath.render.steps import show_headline, show_steps
from mlmath.render.tables import matrix_table, shown_part_table
from mlmath.text import template

MAX_CHARTS = 3  # bar charts and Jacobians for the first rows of a matrix
PLOT_POINTS = 401
MAX_BARS = 16  # up to this many classes every class has its bar, in order; beyond, the most likely ones:
TOP_CLASSES = 15  # these many, by probability, and one bar (and one table row) for all the others
SAMPLE = 1 << 16  # probabilities sampled to find the most likely classes


def class_labels(count: int, labels: Sequence[str] | None) -> list[str]:
    """The user's labels, or the class indices 0, 1, 2 … (as PyTorch counts classes)."""
    return list(labels) if labels is not None else [str(index) for index in range(count)]


def class_label(index: int, labels: Sequence[str] | None) -> str:
    """One class's name: the user's label, or its index."""
    return labels[index] if labels is not None else str(index)


def top_classes(probabilities, count: int):
    """The indices of the ``count`` most likely classes, most likely first (ties: the lower index first).

    Every ``stride``-th probability is a sample of at most SAMPLE; its ``count``-th largest, t, is
    reached by at least ``count`` classes, so the true top ``count`` are all ≥ t: they are found among
    the classes ≥ t (one comparison per class, a few thousand candidates), never by sorting them all.
    """
    import numpy as np

    size = probabilities.shape[-1]
    if count >= size:
        candidates = np.arange(size)
    else:
        sample = probabilities[::max(1, size // SAMPLE)]
        if sample.shape[0] > count:
            threshold = np.partition(sample, -count)[-count]
            candidates = np.flatnonzero(probabilities >= threshold)
        else:
            candidates = np.arange(size)
        if candidates.shape[0] > count:  # those above the count-th largest, then the first ones equal to it
            values = probabilities[candidates]
            kth = np.partition(values, -count)[-count]
            above = candidates[values > kth]
            candidates = np.concatenate([above, candidates[values == kth][:count - above.shape[0]]])
    return candidates[np.lexsort((candidates, -probabilities[candidates]))]


def rest_of(probabilities, top) -> float:
    """Σp over the classes not in ``top``: the whole sum less theirs (no copy of the vector)."""
    return max(0.0, float(probabilities.sum()) - float(probabilities[top].sum()))


def _class_table(values, *, title: str, row_label, labels: Sequence[str] | None, out: Output):
    """A rows × classes table, handed only the rows and classes it shows (``values``: a 2-D array, or a
    list of equal-length vectors taken as its rows without stacking them)."""
    import numpy as np

    if isinstance(values, list):
        shape = (len(values), values[0].shape[0])

        def take(rows, cols):
            return np.array([values[int(i)][cols] for i in rows], dtype=float)
    else:
        shape = values.shape

        def take(rows, cols):
            return values[np.ix_(rows, cols)]

    return shown_part_table(shape, take, title=title, row_label=row_label,
                            col_label=lambda j: class_label(j, labels), precision=out.precision, width=out.width)


# --- softmax ------------------------------------------------------------------------


# the rows of the term-by-term table: the result's field → its label
ROW_LABELS = {"logits": "softmax.label.logits", "scaled": "softmax.label.scaled", "shifted": "softmax.label.shifted",
              "exps": "softmax.label.exps", "probabilities": "softmax.label.probabilities",
              "log_probabilities": "softmax.label.log_probabilities"}


def show_softmax(result, out: Output) -> None:
    from mlmath.core.result import shortened

    logits = result.logits
    labels = result.labels
    count = logits.shape[-1]
    scaled = result.temperature != 1.0
    if logits.ndim == 1:
        headline = {(False, False): "softmax.headline", (False, True): "softmax.headline_t",
                    (True, False): "softmax.headline_log", (True, True): "softmax.headline_log_t"}
        show_headline(out, headline[result.log, scaled], values=shortened(result.result), t=result.temperature)
        best = int(result.argmax)
        show_headline(out, "softmax.most_likely", label=class_label(best, labels), p=result.probabilities[best])
        keys = [key for key in ROW_LABELS if (key != "scaled" or scaled) and (key != "log_probabilities" or result.log)]
        out.console.print(_class_table([getattr(result, key) for key in keys],
                                       title=template("softmax.title.steps"),
                                       row_label=lambda i: template(ROW_LABELS[keys[i]]), labels=labels, out=out))
        if count > MAX_BARS:
            _show_top(result, out)
    else:
        by_columns = result.axis == 0
        if by_columns:
            show_headline(out, "softmax.headline_columns_log" if result.log else "softmax.headline_columns",
                          shape="×".join(str(size) for size in logits.shape))
        else:
            show_headline(out, "softmax.headline_rows_log" if result.log else "softmax.headline_rows",
                          shape="×".join(str(size) for size in logits.shape))

        def row_name(index: int) -> str:
            if by_columns:  # each distribution is shown as a row of the table
                return template("softmax.column_label").format(column=index + 1)
            return template("softmax.row_label").format(row=index + 1)

        title = template("softmax.title.probabilities_columns" if by_columns else "softmax.title.probabilities")
        out.console.print(_class_table(_distributions(result, result.probabilities), title=title,
                                       row_label=row_name, labels=labels, out=out))
        if result.log:
            out.console.print(_class_table(_distributions(result, result.log_probabilities),
                                           title=template("softmax.title.log_probabilities"),
                                           row_label=row_name, labels=labels, out=out))
    if result.jacobian is not None:  # at most 2000 classes: the core refuses larger Jacobians
        _show_jacobians(result, out, class_labels(count, labels))
    if out.wants_plot:
        _show_bars(result, out)
    show_steps(result.steps, out)


def _show_top(result, out: Output) -> None:
    """The most likely classes of a long vector, most likely first, and one row for all the others."""
    from rich.text import Text

    from mlmath.render.numbers import format_number
    from mlmath.render.tables import titled_table, titled_width

    count = result.probabilities.shape[-1]
    top = top_classes(result.probabilities, TOP_CLASSES)
    others = count - len(top)
    rest = format_number(rest_of(result.probabilities, top), out.precision)
    columns = ["scaled" if result.temperature != 1.0 else "logits", "probabilities"]
    if result.log:
        columns.append("log_probabilities")
    title = template("softmax.title.top").format(shown=len(top), count=count)
    table = titled_table(title, pad_edge=False, min_width=titled_width(title))
    table.add_column(template("softmax.column.class"), justify="right", no_wrap=True)
    for key in columns:
        table.add_column(template(ROW_LABELS[key]), justify="right", no_wrap=True)
    for index in top:
        table.add_row(Text(class_label(int(index), result.labels)),
                      *(format_number(getattr(result, key)[index], out.precision) for key in columns))
    table.add_row(template("softmax.others").format(count=others), "", rest, *([""] if result.log else []))
    table.caption = template("softmax.others_sum").format(count=others, p=rest)
    out.console.print(table)


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


def _distributions(result, array):
    """``array`` with each distribution along its last axis (turned when softmax ran down the columns)."""
    return array.T if result.axis == 0 and array.ndim == 2 else array


def _show_bars(result, out: Output) -> None:
    probabilities = _distributions(result, result.probabilities)
    if probabilities.ndim == 1:
        _bars(probabilities, result.labels, template("softmax.title.chart"), out)
        return
    for index, row in enumerate(probabilities[:MAX_CHARTS]):
        _bars(row, result.labels, template("softmax.title.chart_row").format(row=index + 1), out)
    if probabilities.shape[0] > MAX_CHARTS:
        out.console.print(template("softmax.charts_hidden").format(shown=MAX_CHARTS), style="dim")


def _bars(probabilities, labels: Sequence[str] | None, title: str, out: Output) -> None:
    """A bar per class; beyond MAX_BARS classes, bars for the TOP_CLASSES most likely and one for the rest."""
    from mlmath.render.plots import bar_chart, print_plot

    count = probabilities.shape[-1]
    if count <= MAX_BARS:
        names, values = class_labels(count, labels), list(probabilities)
    else:
        top = top_classes(probabilities, TOP_CLASSES)
        names = [class_label(int(index), labels) for index in top]
        names.append(template("softmax.others").format(count=count - len(top)))
        values = [*probabilities[top].tolist(), rest_of(probabilities, top)]
    print_plot(out.console, bar_chart(names, values, title=title, width=out.width, value_limits=(0.0, 1.0)))
