"""Views of transpose, inverse and det results."""

from __future__ import annotations

import math
from typing import Any

from mlmath.core.arrays import shape_text
from mlmath.render.output import Output
from mlmath.render.steps import show_headline, show_steps, step_text
from mlmath.render.tables import matrix_table
from mlmath.text import template

AUGMENTED_KEY = "matrices.inverse.augmented"


def _titled(matrix: Any, key: str, name: str, out: Output):
    from mlmath.core.matrices import columns_phrase, rows_phrase

    rows, cols = matrix.shape
    title = template(key).format(name=name, shape=shape_text((rows, cols)), rows=step_text(rows_phrase(rows)),
                                 cols=step_text(columns_phrase(cols)))
    return matrix_table(matrix, title=title, precision=out.precision, width=out.width)


def _side_by_side(tables: list, out: Output) -> None:
    from mlmath.render.tables import SideBySide

    out.console.print(SideBySide(tables))


def show_transpose(result, out: Output) -> None:
    """A and Aᵀ side by side (one under the other when they do not fit), then the moves."""
    show_headline(out, "matrices.transpose.headline", name=result.name, shape=shape_text(result.shape),
                  result=shape_text(result.result_shape))
    _side_by_side([_titled(result.matrix, "matrices.title.matrix", result.name, out),
                   _titled(result.result, "matrices.title.transpose", result.name, out)], out)
    show_steps(result.steps, out)


def show_inverse(result, out: Output) -> None:
    """A and A⁻¹, then every row operation with the augmented matrix [A | I] after it."""
    if result.determinant is not None:
        show_headline(out, "matrices.inverse.headline_det", name=result.name, det=result.determinant)
    else:
        show_headline(out, "matrices.inverse.headline", name=result.name)
    if result.near_singular:
        from rich.markup import escape

        warning = template("matrices.inverse.warning").format(
            name=result.name, condition=f"{result.condition_number:.3g}",
            digits=min(16, int(math.log10(result.condition_number))))
        out.console.print(f"[yellow]{escape(warning)}[/]")
    _side_by_side([_titled(result.matrix, "matrices.title.matrix", result.name, out),
                   _titled(result.result, "matrices.title.inverse", result.name, out)], out)
    if out.steps and result.steps:
        out.console.print(_operations_tree(result.steps, out))


def _operations_tree(steps: list, out: Output):
    """The step tree, each augmented matrix drawn as a table with a bar between A's half and I's."""
    from rich.markup import escape
    from rich.tree import Tree

    tree = Tree(f"[bold]{escape(template('view.steps'))}[/]", guide_style="dim")

    def add(node, children) -> None:
        for number, item in enumerate(children, start=1):
            if item.key == AUGMENTED_KEY:
                node.add(_augmented_table(item.args["matrix"], item.args["split"], out.precision))
                continue
            branch = node.add(f"[dim]{number}.[/] {escape(step_text(item, out.precision))}")
            add(branch, list(item.children))

    add(tree, steps)
    return tree


def _augmented_table(matrix: Any, split: int, precision: int):
    """[A | I] as rows of numbers, the two halves split by a bar, each column right-aligned."""
    from rich.table import Table

    from mlmath.render.numbers import format_array_entries

    rows, cols = matrix.shape
    texts = format_array_entries(matrix.reshape(-1).tolist(), precision)
    table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 1))
    for j in range(cols):
        if j == split:
            table.add_column(style="dim", no_wrap=True)
        table.add_column(justify="right", no_wrap=True)
    for i in range(rows):
        cells = texts[i * cols:(i + 1) * cols]
        table.add_row(*cells[:split], "│", *cells[split:])
    return table


def show_det(result, out: Output) -> None:
    """A, the cofactors of row 1 (or the pivots of U), then the steps."""
    import numpy as np

    if result.scientific is not None:  # a product float64 cannot hold: its size from the logarithms
        from mlmath.core.notation import superscript

        key = "matrices.det.headline_large" if result.scientific["exponent"] > 0 else "matrices.det.headline_small"
        show_headline(out, key, name=result.name, mantissa=result.scientific["mantissa"],
                      power=superscript(result.scientific["exponent"]))
    elif result.result == 0:
        show_headline(out, "matrices.det.headline_zero", name=result.name)
    else:
        show_headline(out, "matrices.det.headline", name=result.name, value=result.result)
    tables = [_titled(result.matrix, "matrices.title.matrix", result.name, out)]
    if result.method == "cofactor" and result.cofactors:
        values = np.empty((len(result.cofactors), 4), dtype=object)
        values[...] = [[c["entry"], c["sign"], c["minor_det"], c["product"]] for c in result.cofactors]
        tables.append(matrix_table(values, title=template("matrices.title.cofactors"),
                                   row_labels=[f"j={c['column']}" for c in result.cofactors],
                                   col_labels=[template("matrices.column.entry"), template("matrices.column.sign"),
                                               template("matrices.column.minor"), template("matrices.column.product")],
                                   precision=out.precision, width=out.width))
    elif result.method == "lu" and result.pivots:
        from mlmath.core.matrices import entry_name

        pivots = np.empty((len(result.pivots), 1), dtype=object)
        pivots[:, 0] = result.pivots
        tables.append(matrix_table(pivots, title=template("matrices.title.pivots"),
                                   row_labels=lambda k: entry_name("u", k, k),
                                   col_labels=[template("matrices.column.pivot")], precision=out.precision,
                                   width=out.width))
    _side_by_side(tables, out)
    show_steps(result.steps, out)
