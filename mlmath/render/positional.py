"""The positional-encoding view: the steps, PE (and X, X + PE), a heatmap of the waves, a few columns as curves."""

from __future__ import annotations

from typing import Any

from mlmath.core.positional import PositionalResult
from mlmath.render.output import Output
from mlmath.render.steps import show_headline, show_steps
from mlmath.text import template

HEATMAP_PRECISION = 2
MAX_CURVES = 4


def _shape(array: Any) -> str:
    return "×".join(str(size) for size in array.shape)


def _labels(result: PositionalResult) -> list[str]:
    if result.tokens is None:
        return [str(pos) for pos in range(result.positions)]
    from mlmath.core.transformer import token_labels

    return [f"{pos} {label}" for pos, label in enumerate(token_labels(result.tokens))]


def _table(out: Output, title: str, values: Any, rows: list[str], corner: str = "") -> None:
    from rich.markup import escape

    from mlmath.render.tables import matrix_table

    columns = [str(column) for column in range(values.shape[1])]
    out.console.print(matrix_table(values, title=escape(title), row_labels=rows, col_labels=columns, corner=corner,
                                   precision=out.precision, width=out.width))


def _curves(result: PositionalResult, out: Output) -> None:
    """Columns 0, 2, … (each pair's sine) along the positions: the faster waves first."""
    from mlmath.render.plots import Series, line_plot, print_plot

    if result.positions < 3:
        return
    pairs = len(result.frequencies)
    chosen = sorted({0, *(pair * (pairs - 1) // (MAX_CURVES - 1) for pair in range(MAX_CURVES))})
    xs = list(range(result.positions))
    series = [Series(template("positional.label.column").format(column=2 * pair), xs,
                     result.result[:, 2 * pair].tolist()) for pair in chosen]
    text = line_plot(series, title=template("positional.title.waves"), xlabel=template("positional.axis.position"),
                     width=out.width, y_limits=(-1.05, 1.05), color=out.color)
    print_plot(out.console, text)


def show_positional(result: PositionalResult, out: Output) -> None:
    """Headline, the steps, the tables, the heatmap and the curves."""
    from rich.markup import escape

    if result.tokens is None:
        show_headline(out, "positional.summary", positions=result.positions, d_model=result.d_model)
    else:
        show_headline(out, "positional.summary.sentence", positions=result.positions, d_model=result.d_model)
    if result.random:
        out.console.print(f"[dim]{escape(template('positional.note.random').format(seed=result.seed))}[/]")
    show_steps(result.steps, out)
    rows = _labels(result)
    corner = template("positional.corner")
    _table(out, template("positional.title.table").format(shape=_shape(result.result)), result.result, rows, corner)
    if result.x is not None:
        _table(out, template("positional.title.embeddings").format(shape=_shape(result.embeddings)),
               result.embeddings, rows)
        _table(out, template("positional.title.x").format(shape=_shape(result.x)), result.x, rows)
    if out.wants_plot:
        from mlmath.render.heatmap import heatmap_table

        out.console.print(heatmap_table(result.result, row_labels=rows,
                                        col_labels=[str(column) for column in range(result.d_model)],
                                        title=template("positional.title.heatmap"), precision=HEATMAP_PRECISION,
                                        color=out.color, low=-1.0, high=1.0, width=out.width))
        _curves(result, out)
