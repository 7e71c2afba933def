"""What the views of derive and chain share: the SymPy syntax line, numbers at a point, graph tables."""

from __future__ import annotations

from typing import Any

from mlmath.render.output import Output
from mlmath.text import template

PLOT_POINTS = 400
PLOT_HALF_WIDTH = 5.0
PLOT_MAX_VALUE = 1e9  # a curve reaching past this is not drawn: its tick labels alone would fill the width
TABLE_ROWS = 40  # graph tables keep the first rows and say how many more there are


def print_syntax(out: Output, sympy_text: str) -> None:
    """The answer in SymPy syntax, dim, under the headline."""
    from rich.markup import escape

    out.console.print(f"[dim]{escape(template('derive.syntax').format(result=sympy_text))}[/]")


def format_value(value: Any, precision: int) -> str:
    from mlmath.render.numbers import format_number

    if isinstance(value, list):
        return "(" + ", ".join(format_value(item, precision) for item in value) + ")"
    return format_number(value, precision)


def graph_table(title_key: str, columns: list[tuple[str, str]]):
    from rich.cells import cell_len

    from mlmath.render.tables import titled_table

    table = titled_table(template(title_key))
    for header, justify in columns:
        longest_word = max(cell_len(word) for word in header.split())  # Korean characters are two cells wide
        table.add_column(header, justify=justify, min_width=longest_word, overflow="fold")
    return table


def add_rows(table, rows: list[list[str]], out: Output) -> None:
    """Add at most TABLE_ROWS rows; a caption says how many more there are.

    In a terminal too narrow for the whole table, the number columns wrap their headers
    ("local × upstream" over two lines) before the formulas are folded mid-word.
    """
    from mlmath.render.tables import wrap_headers_to_fit

    shown = rows[:TABLE_ROWS]
    for row in shown:
        table.add_row(*row)
    if len(rows) > TABLE_ROWS:
        table.caption = template("chain.more_rows").format(count=len(rows) - TABLE_ROWS)
    wrap_headers_to_fit(table, shown, out.console, out.width)
