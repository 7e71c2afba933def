"""View of activation: values and derivatives, the key facts, and the curve."""

from __future__ import annotations

from mlmath.render.output import Output
from mlmath.render.steps import show_headline, show_steps, step_text
from mlmath.render.tables import matrix_table
from mlmath.text import template

MAX_CHARTS = 3  # bar charts and Jacobians for the first rows of a matrix
PLOT_POINTS = 401
MAX_MARKS = 40  # more given inputs than this are not marked: the ◆s would hide the curve


FORMULAS = {"sigmoid": "activation.formula.sigmoid", "tanh": "activation.formula.tanh",
            "relu": "activation.formula.relu", "leaky-relu": "activation.formula.leaky-relu",
            "softplus": "activation.formula.softplus", "softmax": "activation.formula.softmax",
            "elu": "activation.formula.elu", "selu": "activation.formula.selu", "celu": "activation.formula.celu",
            "silu": "activation.formula.silu", "mish": "activation.formula.mish", "relu6": "activation.formula.relu6",
            "hardtanh": "activation.formula.hardtanh", "hardsigmoid": "activation.formula.hardsigmoid",
            "hardswish": "activation.formula.hardswish", "logsigmoid": "activation.formula.logsigmoid",
            "softsign": "activation.formula.softsign", "tanhshrink": "activation.formula.tanhshrink",
            "prelu": "activation.formula.prelu"}


def _formula_key(result) -> str:
    from mlmath.core.activations import DEFAULT_BETA, SOFTPLUS_THRESHOLD

    if result.name == "gelu":
        return "activation.formula.gelu_tanh" if result.approximate == "tanh" else "activation.formula.gelu_none"
    if result.name == "softplus" and (result.beta, result.threshold) != (DEFAULT_BETA, SOFTPLUS_THRESHOLD):
        return "activation.formula.softplus_beta"
    return FORMULAS[result.name]


def _formula_args(result) -> dict:
    """The hyper-parameters the formula names (prelu's slopes as a list)."""
    import numpy as np

    slope = result.slope
    if isinstance(slope, np.ndarray):
        slope = "[" + ", ".join(format(float(value), "g") for value in slope) + "]"
    return dict(slope=slope, alpha=result.alpha, beta=result.beta, threshold=result.threshold,
                min_val=result.min_val, max_val=result.max_val)


def show_activation(result, out: Output) -> None:
    import numpy as np

    from mlmath.core.activations import facts

    show_headline(out, _formula_key(result), **_formula_args(result))
    x = np.asarray(result.x, dtype=float)
    if result.name == "softmax":
        columns = [template("activation.column.p"), template("activation.column.diagonal")]
        corner = template("activation.column.z")
    else:
        columns = [template("activation.column.value"), template("activation.column.derivative")]
        corner = template("activation.column.x")
    out.console.print(matrix_table(np.column_stack([result.result, result.derivative]),
                                   title=template("activation.title.values"),
                                   row_labels=_point_labels(x, out.precision), col_labels=columns,
                                   corner=corner, precision=out.precision, width=out.width))
    if result.jacobian is not None:
        labels = [str(index) for index in range(x.size)]
        out.console.print(matrix_table(result.jacobian, title=template("activation.title.jacobian"),
                                       row_labels=labels, col_labels=labels, precision=out.precision,
                                       width=out.width))
    if out.wants_plot:
        _plot_activation(result, out)
    _show_facts(out, [step_text(fact, out.precision) for fact in facts(result)])
    show_steps(result.steps, out)


def _point_labels(x, precision: int) -> list[str]:
    """x written for the rows the table shows (the first and last of a long list); the rest stay blank."""
    from mlmath.render.numbers import format_array_entries
    from mlmath.render.tables import MAX_ROWS, kept_indices

    shown = [index for index in kept_indices(x.size, MAX_ROWS) if index is not None]
    labels = [""] * x.size
    for index, text in zip(shown, format_array_entries(x[shown], precision)):
        labels[index] = text
    return labels


def _show_facts(out: Output, lines: list[str]) -> None:
    """One bulleted line per fact, wrapped lines indented under the text."""
    from mlmath.render.steps import hanging_grid

    grid = hanging_grid()
    for line in lines:
        grid.add_row(" •", _escape(line))
    out.console.print(f"[bold]{template('activation.title.facts')}[/]")
    out.console.print(grid)


def _plot_activation(result, out: Output) -> None:
    """f and f′ over the range, the given inputs marked ◆ on both, neither curve joined across a jump."""
    from mlmath.core.activations import curve, range_points
    from mlmath.render.numbers import format_number
    from mlmath.render.plots import MARK, Series, break_at_jumps, line_plot, print_plot

    low, high = result.range
    xs = range_points(low, high, PLOT_POINTS)
    values, derivatives = curve(result, xs)
    bounds = dict(low=format_number(low, out.precision), high=format_number(high, out.precision))
    if result.name == "softmax":
        title = template("activation.title.plot_softmax").format(**bounds)
        labels = template("activation.series.p"), template("activation.series.dp")
    else:
        title = template("activation.title.plot").format(name=result.name, **bounds)
        labels = (template("activation.series.value").format(name=result.name),
                  template("activation.series.derivative").format(name=result.name))
    xlabel = template("activation.column.z0" if result.name == "softmax" else "activation.column.x")
    given = _marked_inputs(result)
    marked = [x for x in given if low <= x <= high] if len(given) <= MAX_MARKS else []
    marks: list[list[tuple[float, float]]] = [[], []]
    if marked:
        at = curve(result, marked)
        marks = [list(zip(marked, at[0].tolist())), list(zip(marked, at[1].tolist()))]
    series = [Series(labels[0], *break_at_jumps(lambda x: curve(result, x)[0], xs, values), marks=marks[0]),
              Series(labels[1], *break_at_jumps(lambda x: curve(result, x)[1], xs, derivatives), marks=marks[1])]
    text = line_plot(series, title=title, xlabel=xlabel, width=out.width, color=out.color)
    print_plot(out.console, text)
    if text and marked:
        names = dict(mark=MARK, f=labels[0], d=labels[1], x=xlabel, hidden=len(given) - len(marked), **bounds)
        key = "activation.plot.marks" if len(marked) == len(given) else "activation.plot.marks_inside"
        out.console.print(_escape(template(key).format(**names)), style="dim")


def _marked_inputs(result) -> list[float]:
    """The inputs whose point lies on the drawn curves: softmax's z₀; prelu's first channel (the curve is
    its slope's); every input otherwise. Each distinct value once."""
    import numpy as np

    x = np.asarray(result.x, dtype=float).reshape(-1)
    if result.name == "softmax":
        x = x[:1]
    elif result.name == "prelu":
        x = x[:: np.asarray(result.slope).size]
    return sorted({float(value) for value in x if np.isfinite(value)})


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


