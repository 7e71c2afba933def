"""Views of the Hessian and of convexity: the matrix as a table, the verdict, the steps."""

from __future__ import annotations

from mlmath.render.output import Output
from mlmath.render.steps import show_steps


def _matrix_table(title: str, variables: list[str], rows: list[list[str]]):
    from mlmath.render.tables import titled_table

    table = titled_table(title)
    table.add_column("")
    for name in variables:
        table.add_column(f"∂{name}", justify="right")
    for name, row in zip(variables, rows):
        table.add_row(f"∂{name}", *row)
    return table


def show_hessian(result, out: Output) -> None:
    """The Hessian's entries, and at a point its numbers and definiteness; the steps."""
    from rich.markup import escape

    from mlmath.render.numbers import format_number

    out.console.print(_matrix_table("H", result.variables, result.pretty))
    if result.values is not None:
        rows = [[format_number(v, out.precision) for v in row] for row in result.values]
        out.console.print(_matrix_table("H(point)", result.variables, rows))
        out.console.print(f"[bold]{escape(result.definiteness)}[/]")
    show_steps(result.steps, out)


def show_convexity(result, out: Output) -> None:
    """The verdict in one line, the Hessian, the steps."""
    from rich.markup import escape

    out.console.print(f"[bold]{escape(result.result)}[/]")
    out.console.print(_matrix_table("H", result.variables, result.hessian))
    show_steps(result.steps, out)
