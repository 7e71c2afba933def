"""Views of derive and chain: the answer in readable notation, tables, steps, and a plot of f and f′."""

from __future__ import annotations

from typing import Any

from mlmath.errors import InputError
from mlmath.render.output import Output
from mlmath.render.steps import show_headline, show_steps
from mlmath.text import template

PLOT_POINTS = 400
PLOT_HALF_WIDTH = 5.0
PLOT_MAX_VALUE = 1e9  # a curve reaching past this is not drawn: its tick labels alone would fill the width
TABLE_ROWS = 40  # graph tables keep the first rows and say how many more there are


def _print_syntax(out: Output, sympy_text: str) -> None:
    """The answer in SymPy syntax, dim, under the headline."""
    from rich.markup import escape

    out.console.print(f"[dim]{escape(template('derive.syntax').format(result=sympy_text))}[/]")


def _format(value: Any, precision: int) -> str:
    from mlmath.render.numbers import format_number

    if isinstance(value, list):
        return "(" + ", ".join(_format(item, precision) for item in value) + ")"
    return format_number(value, precision)


# --- derive -------------------------------------------------------------------------


def _operator(result, variable: str) -> str:
    """``d/dx``, ``d²/dx²`` or, among several variables, ``∂/∂x``, ``∂²/∂x²``."""
    from mlmath.core.calculus import superscript

    power = "" if result.order == 1 else superscript(result.order)
    return f"∂{power}/∂{variable}{power}" if result.partial else f"d{power}/d{variable}{power}"


def show_derive(result, out: Output, expr: Any) -> None:
    """Headline, the SymPy syntax, a gradient table, the steps, the value and the plot."""
    from mlmath.core.calculus import Formula
    from mlmath.core.derivatives import derivative_name, point_text

    f = str(Formula(expr, grouped=True))
    if len(result.wrt) == 1:
        show_headline(out, "derive.headline", d=_operator(result, result.wrt[0]), f=f, result=result.pretty)
        _print_syntax(out, result.result)
    else:
        show_headline(out, "derive.headline.gradient", f=f if f.startswith("(") else f"({f})",
                      result="(" + ", ".join(result.pretty) + ")")
        out.console.print(_gradient_table(result, out))
    if result.value is not None:
        show_headline(out, "derive.headline.value", point=point_text(result.point),
                      name=derivative_name(result.wrt, result.order, result.partial),
                      value=_format(result.value, out.precision))
    show_steps(result.steps, out)
    if out.wants_plot and len(expr.free_symbols) <= 1 and len(result.wrt) == 1:
        _plot_derivative(result, out, expr)


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
            row.append(_format(result.value[index], out.precision))
        table.add_row(*row)
    return table


def _plot_derivative(result, out: Output, expr: Any) -> None:
    """f and f′ over x₀ ± 5 (x₀ the --at point, else 0); points where either is undefined are left out."""
    from mlmath.core.calculus import notation
    from mlmath.parsing.expressions import parse_expression
    from mlmath.render.plots import Series, line_plot, print_plot

    name = result.wrt[0]
    center = float(result.point[name]) if result.point else 0.0
    try:
        derivative = parse_expression(result.result)
    except InputError:  # the answer holds a number longer than a user may type: nothing sensible to draw
        return
    xs, (ys, dys) = _sample(name, [expr, derivative], center)
    limits = _robust_limits(ys + dys)
    if limits is not None and max(abs(limit) for limit in limits) > PLOT_MAX_VALUE:
        out.console.print(template("derive.plot.too_large").format(low=xs[0], high=xs[-1], name=name), style="dim")
        return
    label = "f′" if result.order == 1 else f"f⁽{result.order}⁾"
    series = [Series("f", xs, ys), Series(label, xs, dys)]
    text = line_plot(series, title=template("derive.plot.title").format(f=notation(expr)), xlabel=name,
                     width=out.width, y_limits=limits, color=out.color)
    print_plot(out.console, text)


def _sample(name: str, exprs: list[Any], center: float) -> tuple[list[float], list[list[float]]]:
    import numpy as np
    import sympy

    symbol = sympy.Symbol(name, real=True)
    xs = np.linspace(center - PLOT_HALF_WIDTH, center + PLOT_HALF_WIDTH, PLOT_POINTS)
    curves = []
    with np.errstate(all="ignore"):
        for expr in exprs:
            function = sympy.lambdify(symbol, expr, modules="numpy")
            values = np.broadcast_to(np.asarray(function(xs), dtype=float), xs.shape)
            curves.append(values.tolist())
    return xs.tolist(), curves


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


# --- chain ----------------------------------------------------------------------------


def _table(title_key: str, columns: list[tuple[str, str]]):
    from rich.cells import cell_len

    from mlmath.render.tables import titled_table

    table = titled_table(template(title_key))
    for header, justify in columns:
        longest_word = max(cell_len(word) for word in header.split())  # Korean characters are two cells wide
        table.add_column(header, justify=justify, min_width=longest_word, overflow="fold")
    return table


def _rows(table, rows: list[list[str]], out: Output) -> None:
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


def _readable(sympy_text: str) -> str:
    """``2*x*cos(x**2)`` → ``2·x·cos(x²)``; as it is when it holds a number longer than a user may type."""
    from mlmath.core.calculus import notation
    from mlmath.parsing.expressions import parse_expression

    try:
        return notation(parse_expression(sympy_text))
    except InputError:
        return sympy_text


def show_chain(result, out: Output) -> None:
    """Headline, the onion table, the forward and backward tables, the gradient check, the steps."""
    y = result.layers[0]["name"]
    x = result.wrt
    show_headline(out, "chain.headline", y=y, x=x, result=result.pretty)
    _print_syntax(out, result.result)
    valued = result.point is not None
    if valued:
        from mlmath.core.derivatives import point_text

        show_headline(out, "chain.headline.value", point=point_text(result.point), y=y, x=x,
                      output=_format(result.output, out.precision), value=_format(result.value, out.precision))
    out.console.print(_layers_table(result, out, valued))
    if any(node["operation"] != "input" for node in result.graph["nodes"]):
        out.console.print(_forward_table(result, out, valued))
        out.console.print(_backward_table(result, out, valued))
    if valued:
        out.console.print(_gradient_check_table(result, out))
    show_steps(result.steps, out)


def _layers_table(result, out: Output, valued: bool):
    columns = [(template("chain.column.layer"), "left"), (template("chain.column.outer"), "left"),
               (template("chain.column.local"), "left")]
    if valued:
        columns += [(template("chain.column.value"), "right"), (template("chain.column.local_value"), "right")]
    table = _table("chain.title.layers", columns)
    rows = []
    for index, layer in enumerate(result.layers):
        below = result.layers[index + 1]["name"] if index + 1 < len(result.layers) else result.wrt
        definition = layer.get("outer", layer["expression"])
        row = [layer["name"], f"{layer['name']} = {_readable(definition)}",
               f"d{layer['name']}/d{below} = {_readable(layer['local'])}"]
        if valued:
            row += [_format(layer["value"], out.precision), _format(layer["local_value"], out.precision)]
        rows.append(row)
    _rows(table, rows, out)
    return table


def _forward_table(result, out: Output, valued: bool):
    columns = [(template("chain.column.node"), "left"), (template("chain.column.operation"), "left")]
    if valued:
        columns.append((template("chain.column.value"), "right"))
    table = _table("chain.title.forward", columns)
    rows = []
    for node in result.graph["nodes"]:
        operation = template("chain.input") if node["operation"] == "input" else (
            f"{node['name']} = {_readable(node['operation'])}")
        row = [node["name"], operation]
        if valued:
            row.append(_format(node["value"], out.precision))
        rows.append(row)
    _rows(table, rows, out)
    return table


def _backward_table(result, out: Output, valued: bool):
    columns = [(template("chain.column.node"), "left"), (template("chain.column.input"), "left"),
               (template("chain.column.local"), "left")]
    if valued:
        columns += [(template("chain.column.local_value"), "right"), (template("chain.column.upstream"), "right"),
                    (template("chain.column.contribution"), "right")]
    table = _table("chain.title.backward", columns)
    rows = []
    for edge in result.graph["backward"]:
        row = [edge["node"], edge["input"], f"∂{edge['node']}/∂{edge['input']} = {_readable(edge['local'])}"]
        if valued:
            row += [_format(edge[key], out.precision) for key in ("local_value", "upstream", "gradient")]
        rows.append(row)
    _rows(table, rows, out)
    return table


def _gradient_check_table(result, out: Output):
    table = _table("chain.title.gradient", [
        (template("chain.column.input"), "left"), (template("chain.column.gradient"), "right"),
        (template("chain.column.fd"), "right"), (template("chain.column.gap"), "right")])
    rows = []
    for name, value in result.gradient.items():
        fd = result.finite_difference[name]
        gap = abs(float(value) - fd)
        rows.append([f"∂{result.layers[0]['name']}/∂{name}", _format(value, out.precision),
                     _format(fd, out.precision), f"{gap:.1e}"])
    _rows(table, rows, out)
    return table
