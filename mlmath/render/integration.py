"""View of integrate: the answer, the Riemann table, the steps, and a plot that shades the signed area."""

from __future__ import annotations

from typing import Any

from mlmath.render.output import Output
from mlmath.render.steps import show_headline, show_steps
from mlmath.text import template

PLOT_POINTS = 600
PLOT_HALF_WIDTH = 5.0  # an antiderivative is drawn over x ± this
PAD = 0.15  # the plot shows this share of [a, b] beyond each finite bound
OPEN_END = 10.0  # how far the plot reaches towards an infinite bound (or 4σ of a normal density)
MAX_RECTANGLES = 64  # the left-sum rectangles are drawn for N up to this


def _format(value: Any, precision: int) -> str:
    from mlmath.render.numbers import format_number

    return format_number(value, precision)


def show_integrate(result, out: Output) -> None:
    """Headline (∫ f dx = F + C, or the area), exact form and method, Riemann table, steps, plot."""
    from rich.markup import escape

    from mlmath.core.calculus import Formula

    f = result.label if result.label else str(Formula(result.integrand, grouped=True))
    if result.lower is None:
        show_headline(out, "integration.headline", f=f, x=result.variable, result=result.pretty)
        out.console.print(f"[dim]{escape(template('integration.syntax').format(result=result.result))}[/]")
    else:
        from mlmath.core.integration import bound_text

        a, b = (bound_text(bound) for bound in result.bounds)
        show_headline(out, "integration.headline.definite", a=a, b=b, f=f, x=result.variable,
                      value=_format(result.result, out.precision))
        lines = []
        if result.exact is not None:
            lines.append(template("integration.exact").format(exact=Formula(result.exact_expr)))
            lines.append(template("integration.method.ftc"))
        else:
            lines.append(template("integration.method.numeric").format(
                method=result.method, error=f"{result.error_estimate:.1e}"))
        out.console.print(f"[dim]{escape(' · '.join(lines))}[/]")
    if result.riemann:
        out.console.print(_riemann_table(result, out))
    show_steps(result.steps, out)
    if out.wants_plot and result.integrand.free_symbols <= {_variable(result)}:
        if result.lower is None:
            _plot_antiderivative(result, out)
        else:
            _plot_area(result, out)


def _variable(result) -> Any:
    import sympy

    return sympy.Symbol(result.variable, real=True)


def _riemann_table(result, out: Output):
    from mlmath.render.tables import titled_table

    value = result.result
    table = titled_table(template("integration.title.riemann").format(value=_format(value, out.precision)))
    for key in ("integration.column.n", "integration.column.dx", "integration.column.left",
                "integration.column.right", "integration.column.midpoint", "integration.column.error"):
        table.add_column(template(key), justify="right")
    for row in result.riemann:
        error = row.midpoint - float(value)
        table.add_row(str(row.n), _format(row.dx, out.precision), _format(row.left, out.precision),
                      _format(row.right, out.precision), _format(row.midpoint, out.precision), f"{error:.1e}")
    return table


# --- plots ------------------------------------------------------------------------------


def _sample(expr: Any, symbol: Any, xs: Any) -> Any:
    import numpy as np
    import sympy

    function = sympy.lambdify(symbol, expr, modules="numpy")
    with np.errstate(all="ignore"):
        try:
            values = np.broadcast_to(np.asarray(function(xs), dtype=float), xs.shape).copy()
        except (TypeError, ValueError, ZeroDivisionError, OverflowError):
            values = np.full(xs.shape, np.nan)
    return values


def _y_range(values: Any, include_zero: bool) -> tuple[float, float] | None:
    """The middle 98% of the finite values (one steep end must not flatten the rest), padded;
    with ``include_zero`` the axis y = 0 is always in view."""
    import numpy as np

    finite = values[np.isfinite(values)]
    if finite.size < 2:
        return None
    low, high = (float(v) for v in np.percentile(finite, [1, 99]))
    if include_zero:
        low, high = min(low, 0.0), max(high, 0.0)
    if high - low < 1e-12:
        low, high = low - 1, high + 1
    pad = 0.06 * (high - low)
    return low - pad, high + pad


def _plot_antiderivative(result, out: Output) -> None:
    """f and F over x ± 5 (F + C is drawn with C = 0)."""
    import numpy as np

    from mlmath.core.calculus import notation
    from mlmath.render.plots import Series, line_plot, print_plot

    symbol = _variable(result)
    xs = np.linspace(-PLOT_HALF_WIDTH, PLOT_HALF_WIDTH, PLOT_POINTS)
    ys, Fs = _sample(result.integrand, symbol, xs), _sample(result.F, symbol, xs)
    limits = _y_range(np.concatenate([ys, Fs]), include_zero=False)
    text = line_plot([Series("f", xs.tolist(), ys.tolist()), Series("F", xs.tolist(), Fs.tolist())],
                     title=template("integration.plot.title.antiderivative").format(f=notation(result.integrand)),
                     xlabel=result.variable, width=out.width, y_limits=limits, color=out.color)
    print_plot(out.console, text)


def _window(result) -> tuple[float, float, bool]:
    """The x range drawn: [a, b] padded; towards an infinite bound 10 units (4σ of a normal density)."""
    import math

    low, high = (float(bound) if bound.is_finite else (-math.inf if bound.is_extended_negative else math.inf)
                 for bound in result.bounds)
    density = result.density or {}
    if "sigma" in density:
        center, reach = float(density["mu"]), 4 * float(density["sigma"])
    else:
        finite = [v for v in (low, high) if math.isfinite(v)]
        center, reach = (sum(finite) / len(finite) if finite else 0.0), OPEN_END
    clipped = not (math.isfinite(low) and math.isfinite(high))
    if not math.isfinite(low):
        low = min(center - reach, high - 1 if math.isfinite(high) else center - reach)
    if not math.isfinite(high):
        high = max(center + reach, low + 1)
    width = high - low if high > low else 1.0
    if not clipped:
        return low - PAD * width, high + PAD * width, False
    return low, high, True


def _plot_area(result, out: Output) -> None:
    """f over [a, b] and a margin, the area above the axis and below it shaded apart, true axes,
    and the left-sum rectangles when there is a Riemann table."""
    import math

    import numpy as np
    import plotext as plt

    from mlmath.core.calculus import notation
    from mlmath.core.integration import bound_text
    from mlmath.render.plots import COLORS, MAX_PLOT_WIDTH, PLOT_HEIGHT, _fit_wide_lines, print_plot

    symbol = _variable(result)
    left, right, clipped = _window(result)
    xs = np.linspace(left, right, PLOT_POINTS)
    ys = _sample(result.integrand, symbol, xs)
    finite = np.isfinite(ys)
    if finite.sum() < 2:
        return
    a, b = (float(bound) if bound.is_finite else (-math.inf if bound.is_extended_negative else math.inf)
            for bound in result.bounds)
    inside = (xs >= a) & (xs <= b) & finite
    plt.clear_figure()
    plt.theme("clear")
    plt.plot_size(max(30, min(out.width, MAX_PLOT_WIDTH)), PLOT_HEIGHT + 2)
    a_text, b_text = (bound_text(bound) for bound in result.bounds)
    plt.title(template("integration.plot.title").format(f=notation(result.integrand), a=a_text, b=b_text))
    color = out.color
    for mask, key, colour, marker in ((inside & (ys >= 0), "integration.plot.above", COLORS[0], "+"),
                                      (inside & (ys < 0), "integration.plot.below", COLORS[1], "-")):
        if mask.sum() >= 1:
            plt.plot(xs[mask].tolist(), ys[mask].tolist(), fillx=True, color=colour,
                     marker="braille" if color else marker, label=template(key))
    if result.riemann and result.samples and result.riemann[0].n <= MAX_RECTANGLES:
        edges, heights = result.samples["edges"], result.samples["at_edges"]
        steps_x, steps_y = [], []
        for index in range(len(edges) - 1):
            steps_x += [edges[index], edges[index], edges[index + 1], edges[index + 1]]
            steps_y += [0.0, heights[index], heights[index], 0.0]
        plt.plot(steps_x, steps_y, color=COLORS[2], marker="braille" if color else "•",
                 label=template("integration.plot.rectangles").format(n=result.riemann[0].n))
    plt.plot(xs[finite].tolist(), ys[finite].tolist(), color=COLORS[7] if color else "default",
             marker="braille", label="f")
    plt.ylim(*_y_range(ys, include_zero=True))
    plt.xlim(left, right)
    # the true axes: y = 0, and x = 0 where it is in view
    plt.horizontal_line(0, color="gray")
    if left < 0 < right:
        plt.vertical_line(0, color="gray")
    plt.xlabel(result.variable)
    print_plot(out.console, _fit_wide_lines(plt.build()))
    if clipped:
        out.console.print(template("integration.plot.window").format(
            x=result.variable, low=_format(left, 3), high=_format(right, 3)), style="dim")
