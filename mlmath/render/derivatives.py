"""View of derive: the answer in readable notation, a gradient table, the steps, and a plot of f and f′."""

from __future__ import annotations

from typing import Any

from mlmath.render.calculus import PLOT_HALF_WIDTH, PLOT_MAX_VALUE, PLOT_POINTS, format_value, print_syntax
from mlmath.render.output import Output
from mlmath.render.steps import show_headline, show_steps
from mlmath.text import template


def _operator(result, variable: str) -> str:
    """``d/dx``, ``d²/dx²`` or, among several variables, ``∂/∂x``, ``∂²/∂x²``."""
    from mlmath.core.notation import superscript

    power = "" if result.order == 1 else superscript(result.order)
    return f"∂{power}/∂{variable}{power}" if result.partial else f"d{power}/d{variable}{power}"


def show_derive(result, out: Output) -> None:
    """Headline, the SymPy syntax, a gradient table, the steps, the value and the plot."""
    from mlmath.core.calculus import Formula
    from mlmath.core.derivatives import derivative_name, point_text

    expr = result.function
    f = str(Formula(expr, grouped=True))
    if result.hessian:
        _show_hessian(result, out)
        return
    if len(result.wrt) == 1:
        show_headline(out, "derive.headline", d=_operator(result, result.wrt[0]), f=f, result=result.pretty)
        print_syntax(out, result.result)
    elif result.order == 1:
        show_headline(out, "derive.headline.gradient", f=f if f.startswith("(") else f"({f})",
                      result="(" + ", ".join(result.pretty) + ")")
        out.console.print(_gradient_table(result, out))
    else:
        name = derivative_name(result.wrt, result.order, result.partial)
        show_headline(out, "derive.headline.pure", f=str(Formula(expr)), d=name,
                      result="(" + ", ".join(result.pretty) + ")")
        out.console.print(_gradient_table(result, out))
    if result.absent:
        from rich.markup import escape

        from mlmath.core.result import step
        from mlmath.render.steps import step_text

        line = step_text(step("derive.absent", names=result.absent, f=Formula(expr)), out.precision)
        out.console.print(escape(line))
    if result.value is not None:
        show_headline(out, "derive.headline.value", point=point_text(result.point),
                      name=derivative_name(result.wrt, result.order, result.partial),
                      value=format_value(result.value, out.precision))
    show_steps(result.steps, out)
    if out.wants_plot and len(expr.free_symbols) <= 1 and len(result.wrt) == 1:
        _plot_derivative(result, out)


def _gradient_table(result, out: Output):
    from mlmath.render.tables import titled_table

    table = titled_table(template("derive.title.gradient"))
    table.add_column(template("derive.column.variable"))
    table.add_column(template("derive.column.partial"))
    table.add_column(template("derive.column.syntax"), style="dim")
    if result.value is not None:
        table.add_column(template("derive.column.value"), justify="right")
    for index, variable in enumerate(result.wrt):
        row = [variable, result.pretty[index], result.result[index]]
        if result.value is not None:
            row.append(format_value(result.value[index], out.precision))
        table.add_row(*row)
    return table


def _plot_derivative(result, out: Output) -> None:
    """f and f′ over x₀ ± 5 (x₀ the --at point, else 0), x₀ marked ◆ on both; points where either is
    undefined are left out, and neither curve is joined across a pole or a jump."""
    from mlmath.core.calculus import notation
    from mlmath.core.derivatives import point_text
    from mlmath.render.plots import MARK, Series, break_at_jumps, line_plot, print_plot

    expr, derivative = result.function, result.derivatives[0]
    name = result.wrt[0]
    center = float(result.point[name]) if result.point else 0.0
    xs, (ys, dys), functions = _sample(name, [expr, derivative], center)
    limits = _robust_limits(ys + dys)
    if limits is not None and max(abs(limit) for limit in limits) > PLOT_MAX_VALUE:
        out.console.print(template("derive.plot.too_large").format(low=xs[0], high=xs[-1], name=name), style="dim")
        return
    label = "f′" if result.order == 1 else f"f⁽{result.order}⁾"
    marks = [[], []]
    if result.point:
        at = _at(functions, center)
        if all(_inside(value, limits, ys + dys) for value in at):
            marks = [[(center, value)] for value in at]
    series = [Series("f", *break_at_jumps(functions[0], xs, ys), marks=marks[0]),
              Series(label, *break_at_jumps(functions[1], xs, dys), marks=marks[1])]
    text = line_plot(series, title=template("derive.plot.title").format(f=notation(expr)), xlabel=name,
                     width=out.width, y_limits=limits, color=out.color)
    print_plot(out.console, text)
    if text and result.point:
        key = "derive.plot.marks" if marks[0] else "derive.plot.marks_outside"
        out.console.print(template(key).format(mark=MARK, d=label, point=point_text(result.point)), style="dim")


def _at(functions, x: float) -> list[float]:
    """f and f′ at the point, as the plotted curves have them."""
    import numpy as np

    with np.errstate(all="ignore"):
        return [float(np.asarray(function(np.array([x])), dtype=float).reshape(-1)[0]) for function in functions]


def _inside(value: float, limits: tuple[float, float] | None, values: list[float]) -> bool:
    """Whether ``value`` lies in the y range the plot draws: ``limits``, else the finite values' own range."""
    import math

    if not math.isfinite(value):
        return False
    if limits is None:
        finite = [v for v in values if math.isfinite(v)]
        return bool(finite) and min(finite) <= value <= max(finite)
    return limits[0] <= value <= limits[1]


def _sample(name: str, exprs: list[Any], center: float) -> tuple[list[float], list[list[float]], list[Any]]:
    """x over center ± the half width, each expression's values there, and each as a numpy function (f′ is
    drawn only where f itself is defined: log(x) gets no 1/x for x < 0)."""
    import numpy as np
    import sympy

    symbol = sympy.Symbol(name, real=True)
    xs = np.linspace(center - PLOT_HALF_WIDTH, center + PLOT_HALF_WIDTH, PLOT_POINTS)
    lambdified = [sympy.lambdify(symbol, expr, modules="numpy") for expr in exprs]

    def numeric(index: int):
        def function(points):
            with np.errstate(all="ignore"):
                points = np.asarray(points, dtype=float)
                values = np.array(np.broadcast_to(np.asarray(lambdified[index](points), dtype=float), points.shape))
                if index:
                    base = np.broadcast_to(np.asarray(lambdified[0](points), dtype=float), points.shape)
                    values[~np.isfinite(base)] = np.nan
                return values
        return function

    functions = [numeric(index) for index in range(len(exprs))]
    return xs.tolist(), [function(xs).tolist() for function in functions], functions


def _robust_limits(values: list[float]) -> tuple[float, float] | None:
    """The middle 96% of the values, padded, so one steep end does not flatten the rest."""
    import numpy as np

    finite = np.asarray([v for v in values if np.isfinite(v)])
    if finite.size < 2:
        return None
    low, high = np.percentile(finite, [2, 98])
    if high - low < 1e-12:
        return None
    pad = 0.1 * (high - low)
    return float(low - pad), float(high + pad)


# the definiteness of a matrix as core names it → its phrase, and what it says about f at the point
KIND_KEYS = {
    "positive definite": ("convexity.kind.positive_definite", "convexity.meaning.positive_definite"),
    "positive semidefinite": ("convexity.kind.positive_semidefinite", "convexity.meaning.positive_semidefinite"),
    "negative definite": ("convexity.kind.negative_definite", "convexity.meaning.negative_definite"),
    "negative semidefinite": ("convexity.kind.negative_semidefinite", "convexity.meaning.negative_semidefinite"),
    "indefinite": ("convexity.kind.indefinite", "convexity.meaning.indefinite"),
}


def _show_hessian(result, out: Output) -> None:
    """``--hessian``: the matrix of second partials, at a point its numbers and definiteness, the steps."""
    from rich.markup import escape

    from mlmath.core.calculus import Formula
    from mlmath.core.derivatives import point_text
    from mlmath.render.convexity import _matrix_table
    from mlmath.render.numbers import format_number

    show_headline(out, "convexity.headline", f=str(Formula(result.function)))
    out.console.print(_matrix_table(template("convexity.title.symbolic"), result.wrt, result.pretty))
    if result.value is not None:
        point = point_text(result.point)
        rows = [[format_number(v, out.precision) for v in row] for row in result.value]
        if rows != result.pretty:  # a constant Hessian is already shown as its numbers
            out.console.print(_matrix_table(template("convexity.title.values"), result.wrt, rows))
        kind_key, meaning_key = KIND_KEYS[result.definiteness]
        show_headline(out, "convexity.at_point", point=point, kind=template(kind_key),
                      eigenvalues=", ".join(format_number(v, out.precision) for v in result.eigenvalues),
                      minors=", ".join(format_number(v, out.precision) for v in result.minors))
        out.console.print(escape(template(meaning_key)))
    show_steps(result.steps, out)
