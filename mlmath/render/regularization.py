"""Views of regularize (weights, gradients, L1 beside L2, the push against w) and dropout (x, mask, y)."""

from __future__ import annotations

from mlmath.render.output import Output
from mlmath.render.steps import show_headline, show_steps
from mlmath.render.tables import matrix_table
from mlmath.text import template

PLOT_POINTS = 201


def _weight_label(shape: tuple[int, ...], index: int) -> str:
    """1, 2, 3 … for a vector; (i,j) for the entries of a matrix, row by row."""
    if len(shape) < 2:
        return str(index + 1)
    return f"({index // shape[1] + 1},{index % shape[1] + 1})"


def _weights_table(out: Output, shape: tuple[int, ...], columns: list[tuple[str, object]]) -> None:
    """One row per weight, one column per quantity; only the rows shown are formatted (first and last
    around a ⋮ for many weights), so the cost does not grow with the number of weights."""
    import numpy as np
    from rich.text import Text

    from mlmath.render.numbers import format_array_entries
    from mlmath.render.tables import MAX_ROWS, VERTICAL_ELLIPSIS, kept_indices, titled_table, wrap_headers_to_fit

    count = int(np.prod(shape))
    kept = kept_indices(count, MAX_ROWS)
    shown = [index for index in kept if index is not None]
    table = titled_table(template("regularization.title.weights"), pad_edge=False)
    table.add_column("", style="dim", justify="right", no_wrap=True)
    texts = []
    for header, values in columns:
        table.add_column(header, justify="right", no_wrap=True)
        texts.append(iter(format_array_entries(np.asarray(values).reshape(-1)[shown], out.precision)))
    rows = [[VERTICAL_ELLIPSIS] * (len(columns) + 1) if index is None else
            [_weight_label(shape, index), *(next(column) for column in texts)] for index in kept]
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))
    wrap_headers_to_fit(table, rows, out.console, out.width)  # narrow: headers wrap, numbers stay whole
    if len(shown) < count:
        table.caption = template("view.truncated").format(shown_rows=len(shown), shown_cols=len(columns),
                                                          rows=count, cols=len(columns))
    out.console.print(table)


# --- regularize ---------------------------------------------------------------------------


def show_regularize(result, out: Output) -> None:
    import numpy as np

    kind = result.kind.upper()
    if result.total is None:
        show_headline(out, "regularization.headline.penalty", kind=kind, penalty=result.penalty, lam=result.lam)
    else:
        show_headline(out, "regularization.headline.total", kind=kind, penalty=result.penalty, lam=result.lam,
                      loss=result.data_loss, total=result.total)
    weights = np.asarray(result.weights, dtype=float)
    if result.comparison:
        _comparison(result, out)
    else:
        columns = [(template("regularization.label.w"), weights),
                   (template("regularization.label.gradient"), result.gradient)]
        if result.stepped is not None:
            columns.append((template("regularization.label.stepped").format(lr=_number(result.lr, out)),
                            result.stepped))
        _weights_table(out, weights.shape, columns)
    if out.wants_plot:
        _push_plot(result, out)
    show_steps(result.steps, out)


def _number(value, out: Output) -> str:
    from mlmath.render.numbers import format_number

    return format_number(value, out.precision)


def _comparison(result, out: Output) -> None:
    """Penalties (and totals) of each kind, then the weights with each kind's gradient (and step)."""
    import numpy as np

    from mlmath.render.tables import titled_table

    summary = titled_table(template("regularization.title.compare"), pad_edge=False)
    summary.add_column(template("regularization.label.kind"))
    summary.add_column(template("regularization.label.value"), justify="right")
    with_total = result.data_loss is not None
    if with_total:
        summary.add_column(template("regularization.label.total"), justify="right")
    for entry in result.comparison:
        row = [entry["kind"].upper(), _number(entry["penalty"], out)]
        if with_total:
            row.append(_number(entry["total"], out))
        summary.add_row(*row)
    out.console.print(summary)
    columns = [(template("regularization.label.w"), result.weights)]
    for entry in result.comparison:
        columns.append((template("regularization.label.gradient_of").format(kind=entry["kind"].upper()),
                        entry["gradient"]))
    if result.lr is not None:
        for entry in result.comparison:
            columns.append((template("regularization.label.stepped_of").format(kind=entry["kind"].upper()),
                            entry["stepped"]))
    _weights_table(out, np.shape(result.weights), columns)


def _push_plot(result, out: Output) -> None:
    """The gradient of each penalty against w: L1 a constant λ on each side of 0, L2 a line through 0."""
    import numpy as np

    from mlmath.core.regularization import penalty
    from mlmath.render.plots import Series, line_plot, print_plot

    weights = np.asarray(result.weights, dtype=float).reshape(-1)
    reach = max(float(np.abs(weights).max()), 1e-3) * 1.1
    xs = np.linspace(-reach, reach, PLOT_POINTS)
    kinds = [entry["kind"] for entry in result.comparison] if result.comparison else [result.kind]
    series = []
    for kind in kinds:
        _, gradient = penalty(xs, kind, result.lam, result.half)
        key = ("regularization.series.l1" if kind == "l1" else
               "regularization.series.l2_half" if result.half else "regularization.series.l2")
        series.append(Series(template(key), xs, gradient))
    text = line_plot(series, title=template("regularization.title.plot"), xlabel=template("regularization.xlabel"),
                     width=out.width, color=out.color)
    print_plot(out.console, text)


# --- dropout ------------------------------------------------------------------------------


def show_dropout(result, out: Output) -> None:
    import numpy as np

    x = np.asarray(result.x, dtype=float)
    if result.training:
        show_headline(out, "regularization.dropout.headline", p=result.p, kept=result.kept, count=x.size,
                      scale=result.scale)
    else:
        show_headline(out, "regularization.dropout.headline_eval", p=result.p)
    table = dict(precision=out.precision, width=out.width)
    if x.ndim == 1:
        keys = ["regularization.dropout.label.x", *(["regularization.dropout.label.mask"] if result.training else []),
                "regularization.dropout.label.y"]
        rows = [x, *([result.mask] if result.training else []), np.asarray(result.result)]
        out.console.print(matrix_table(np.array(rows, dtype=float),
                                       title=template("regularization.dropout.title.values"),
                                       row_labels=[template(key) for key in keys],
                                       col_labels=[str(index + 1) for index in range(x.size)], **table))
    else:
        out.console.print(matrix_table(x, title=template("regularization.dropout.title.x"), **table))
        if result.training:
            out.console.print(matrix_table(result.mask, title=template("regularization.dropout.title.mask"), **table))
        title = "regularization.dropout.title.y" if result.training else "regularization.dropout.title.y_eval"
        out.console.print(matrix_table(result.result, title=template(title), **table))
    show_steps(result.steps, out)
