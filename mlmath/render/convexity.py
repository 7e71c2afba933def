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


# --- optimize: is the objective convex, and the chord picture ----------------------------

VERDICT_LINES = {
    "strictly convex": "convexity.optimize.convex",
    "convex": "convexity.optimize.convex",
    "undecided": "convexity.optimize.undecided",
}
CHORD_POINTS = 200
CHORD_MIN_SPAN = 1.0  # a shorter chord hardly shows the bend
CHORD_SPAN = 4.0


def show_objective_convexity(result, out: Output) -> None:
    """One line saying whether the objective is convex; for a convex f of one or two variables a plot
    of f with a chord lying above it (for two, along the line from θ₀ through the minimum)."""
    from rich.markup import escape

    from mlmath.text import template

    if result.convexity is None:
        return
    key = VERDICT_LINES.get(result.convexity, "convexity.optimize.not_convex")
    out.console.print(escape(template(key)), style="bold")
    if out.wants_plot and result.convexity in ("strictly convex", "convex") and len(result.variables) <= 2:
        _chord_plot(result, out)


def _chord_plot(result, out: Output) -> None:
    from mlmath.render.plots import Series, line_plot, print_plot
    from mlmath.text import template

    f = result.objective.value_and_grad
    a = [float(v) for v in result.start]
    center = result.minimum if result.minimum is not None else [float(v) for v in result.result]
    b = [2 * c - s for c, s in zip(center, a)]  # θ₀ mirrored through the minimum: the chord spans the bowl
    if max(abs(p - q) for p, q in zip(a, b)) < CHORD_MIN_SPAN:
        # the run barely moved: go CHORD_SPAN downhill from θ₀ instead
        try:
            g = f(a)[1]
        except (ArithmeticError, ValueError):
            return
        size = sum(v * v for v in g) ** 0.5 or 1.0
        b = [p - CHORD_SPAN * v / size for p, v in zip(a, g)] if any(g) else [p + CHORD_SPAN for p in a]
    ts = [k / (CHORD_POINTS - 1) for k in range(CHORD_POINTS)]
    try:
        fa, fb = f(a)[0], f(b)[0]
        curve = [f([(1 - t) * p + t * q for p, q in zip(a, b)])[0] for t in ts]
    except (ArithmeticError, ValueError):
        return
    one = len(a) == 1
    xs = [(1 - t) * a[0] + t * b[0] for t in ts] if one else ts
    chord = [(1 - t) * fa + t * fb for t in ts]
    text = line_plot([Series(template("convexity.chord.curve"), xs, curve),
                      Series(template("convexity.chord.chord"), xs, chord)],
                     title=template("convexity.chord.title" if one else "convexity.chord.slice"),
                     xlabel=result.variables[0] if one else "t", width=out.width, color=out.color)
    print_plot(out.console, text)
    out.console.print(template("convexity.chord.rule"), style="dim", markup=False)
