"""Views of softmax, activation and loss results: tables, bar charts and curves, key facts, steps."""

from __future__ import annotations

from collections.abc import Sequence

from mlmath.core.result import Step
from mlmath.render.output import Output
from mlmath.render.steps import show_headline, show_steps, step_text
from mlmath.render.tables import matrix_table, titled_table
from mlmath.text import template

MAX_CHARTS = 3  # bar charts and Jacobians for the first rows of a matrix
PLOT_POINTS = 401


def class_labels(count: int, labels: Sequence[str] | None) -> list[str]:
    """The user's labels, or the class indices 0, 1, 2 … (as PyTorch counts classes)."""
    return list(labels) if labels is not None else [str(index) for index in range(count)]


# --- softmax ------------------------------------------------------------------------


def show_softmax(result, out: Output, labels: Sequence[str] | None = None) -> None:
    import numpy as np

    logits = result.logits
    names = class_labels(logits.shape[-1], labels)
    log = "_log" if result.log else ""
    scaled = result.temperature != 1.0
    if logits.ndim == 1:
        show_headline(out, f"softmax.headline{log}{'_t' if scaled else ''}", values=list(result.result),
                      t=result.temperature)
        best = int(result.argmax)
        show_headline(out, "softmax.most_likely", label=names[best], p=result.probabilities[best])
        keys = ["logits", *(["scaled"] if scaled else []), "shifted", "exps", "probabilities",
                *(["log_probabilities"] if result.log else [])]
        rows = np.array([getattr(result, key) for key in keys], dtype=float)
        out.console.print(matrix_table(rows, title=template("softmax.title.steps"),
                                       row_labels=[template(f"softmax.label.{key}") for key in keys],
                                       col_labels=names, precision=out.precision, width=out.width))
    else:
        show_headline(out, f"softmax.headline_rows{log}", shape="×".join(str(size) for size in logits.shape))
        row_names = [template("softmax.row_label").format(row=index + 1) for index in range(logits.shape[0])]
        out.console.print(matrix_table(result.probabilities, title=template("softmax.title.probabilities"),
                                       row_labels=row_names, col_labels=names, precision=out.precision,
                                       width=out.width))
        if result.log:
            out.console.print(matrix_table(result.log_probabilities,
                                           title=template("softmax.title.log_probabilities"),
                                           row_labels=row_names, col_labels=names, precision=out.precision,
                                           width=out.width))
    if result.jacobian is not None:
        _show_jacobians(result, out, names)
    if out.wants_plot:
        _show_bars(result, out, names)
    show_steps(result.steps, out)


def _show_jacobians(result, out: Output, names: list[str]) -> None:
    log = "_log" if result.log else ""
    if result.jacobian.ndim == 2:
        out.console.print(matrix_table(result.jacobian, title=template(f"softmax.title.jacobian{log}"),
                                       row_labels=names, col_labels=names, precision=out.precision,
                                       width=out.width))
        return
    for index, jacobian in enumerate(result.jacobian[:MAX_CHARTS]):
        out.console.print(matrix_table(jacobian, title=template(f"softmax.title.jacobian{log}_row").format(
            row=index + 1), row_labels=names, col_labels=names, precision=out.precision, width=out.width))


def _show_bars(result, out: Output, names: list[str]) -> None:
    from mlmath.render.plots import bar_chart, print_plot

    probabilities = result.probabilities
    if probabilities.ndim == 1:
        print_plot(out.console, bar_chart(names, list(probabilities), title=template("softmax.title.chart"),
                                          width=out.width, value_limits=(0.0, 1.0)))
        return
    for index, row in enumerate(probabilities[:MAX_CHARTS]):
        print_plot(out.console, bar_chart(names, list(row), width=out.width, value_limits=(0.0, 1.0),
                                          title=template("softmax.title.chart_row").format(row=index + 1)))
    if probabilities.shape[0] > MAX_CHARTS:
        out.console.print(template("softmax.charts_hidden").format(shown=MAX_CHARTS), style="dim")


# --- activation -----------------------------------------------------------------------


def _formula_key(result) -> str:
    if result.name == "gelu":
        return f"activation.formula.gelu_{result.approximate or 'none'}"
    return f"activation.formula.{result.name}"


def show_activation(result, out: Output) -> None:
    import numpy as np

    from mlmath.core.activations import facts

    show_headline(out, _formula_key(result), slope=result.slope)
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
    import numpy as np

    from mlmath.core.activations import curve
    from mlmath.render.numbers import format_number
    from mlmath.render.plots import Series, line_plot, print_plot

    low, high = result.range
    xs = np.linspace(low, high, PLOT_POINTS)
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
    text = line_plot([Series(labels[0], xs, values), Series(labels[1], xs, derivatives)], title=title,
                     xlabel=xlabel, width=out.width, color=out.color)
    print_plot(out.console, text)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


# --- loss -----------------------------------------------------------------------------


def _sample_labels(shape: tuple[int, ...], count: int) -> list[str]:
    """1, 2, 3 … for a vector; (i,j) for the entries of a matrix, row by row."""
    if len(shape) < 2:
        return [str(index + 1) for index in range(count)]
    columns = shape[1]
    return [f"({index // columns + 1},{index % columns + 1})" for index in range(count)]


def show_loss(result, out: Output, pred, target) -> None:
    from mlmath.core.losses import CLASSIFICATION, listed

    name = template(f"loss.name.{result.kind}")
    if result.reduction == "none":
        show_headline(out, "loss.headline.none", name=name, values=listed(result.result))
    else:
        show_headline(out, f"loss.headline.{result.reduction}", name=name, value=result.result, count=result.count)
    per_sample = next(item for item in result.steps if item.key == "loss.per_sample")
    if result.kind in CLASSIFICATION:
        _class_table(result, out, per_sample)
    else:
        _elementwise_table(result, out, pred, target, per_sample)
    if result.comparison:
        _comparison_table(result, out)
    shown = [Step(item.key, item.args) if item is per_sample else item for item in result.steps]
    show_steps(shown, out)


def _gradient_header(result) -> str:
    from mlmath.core.losses import CLASSIFICATION

    if not result.logits:
        return template("loss.column.gradient_p" if result.kind in CLASSIFICATION else "loss.column.gradient")
    return template("loss.column.gradient_z" if result.kind in CLASSIFICATION else "loss.column.gradient_x")


def _terms_table(out: Output, columns: list[tuple[str, str, str]], rows: list[list[str]], hidden: int):
    """Columns are (header, justify, how): ``keep`` never wraps, ``wrap`` wraps at spaces, ``fold`` anywhere."""

    table = titled_table(template("loss.title.terms"), pad_edge=False)
    for header, justify, how in columns:
        table.add_column(header, justify=justify, no_wrap=how == "keep", overflow="fold")
    for row in rows:
        table.add_row(*(_escape(cell) for cell in row))
    if hidden:
        table.add_row("⋮", *[""] * (len(columns) - 2), template("loss.samples_hidden").format(count=hidden))
    out.console.print(table)


def _elementwise_table(result, out: Output, pred, target, per_sample: Step) -> None:
    """# | ŷ (or x) | y | the term written out | ∂L/∂ŷ, one row per entry."""
    import numpy as np

    from mlmath.core.losses import _align
    from mlmath.render.numbers import format_array_entries

    pred = np.atleast_1d(np.asarray(pred, dtype=float))
    target = _align(pred, np.atleast_1d(np.asarray(target, dtype=float)))
    terms = [child for child in per_sample.children if child.key != "loss.samples_hidden"]
    labels = _sample_labels(pred.shape, len(terms))
    flat_pred, flat_target = pred.reshape(-1), target.reshape(-1)
    columns = [(template("loss.column.sample"), "right", "keep"),
               (template("loss.column.logit" if result.logits else "loss.column.pred"), "right", "keep"),
               (template("loss.column.target"), "right", "keep"), (template("loss.column.term"), "left", "wrap"),
               (_gradient_header(result), "right", "keep")]
    gradient = np.asarray(result.gradient).reshape(-1)
    shown = len(terms)
    # each column written alike: 2.5000 above 0.0000, not 2.5000 above 0
    preds, targets, gradients = (format_array_entries(column[:shown].tolist(), out.precision)
                                 for column in (flat_pred, flat_target, gradient))
    rows = [[label, preds[index], targets[index], step_text(term, out.precision), gradients[index]]
            for index, (label, term) in enumerate(zip(labels, terms))]
    _terms_table(out, columns, rows, result.losses.size - len(terms))


def _class_table(result, out: Output, per_sample: Step) -> None:
    """# | target | the term written out; then p = softmax(z) (from logits) and the gradient, samples × classes."""
    import numpy as np

    from mlmath.render.check import format_value

    terms = [child for child in per_sample.children if child.key != "loss.samples_hidden"]
    columns = [(template("loss.column.sample"), "right", "keep"),
               (template("loss.column.target"), "left", "keep" if result.classes is not None else "fold"),
               (template("loss.column.term"), "left", "wrap")]
    rows = []
    for index, term in enumerate(terms):
        if result.classes is not None:
            target_text = str(int(result.classes[index]))
        else:
            target_text = format_value(result.target_rows[index], out.precision)
        rows.append([str(index + 1), target_text, step_text(term, out.precision)])
    _terms_table(out, columns, rows, result.count - len(terms))
    gradient = np.atleast_2d(np.asarray(result.gradient))
    classes = [str(index) for index in range(gradient.shape[1])]
    if result.logits:
        out.console.print(matrix_table(result.probabilities, title=template("loss.title.softmax"),
                                       col_labels=classes, precision=out.precision, width=out.width))
    if result.logits:  # softmax + cross-entropy: the gradient is p − y
        key = "loss.title.gradient_softmax_mean" if result.reduction == "mean" else "loss.title.gradient_softmax"
        title = template(key).format(count=result.count)
    else:
        title = template("loss.title.gradient").format(name=_gradient_header(result))
    out.console.print(matrix_table(gradient, title=title, col_labels=classes, precision=out.precision,
                                   width=out.width))


def _comparison_table(result, out: Output) -> None:

    from mlmath.core.losses import REGRESSION
    from mlmath.render.check import format_value

    table = titled_table(template("loss.title.compare").format(reduction=result.reduction), pad_edge=False)
    for key, justify in (("kind", "left"), ("value", "right"), ("input", "left"), ("fits", "left")):
        table.add_column(template(f"loss.column.{key}"), justify=justify, overflow="fold")
    for entry in result.comparison:
        # in a classification problem the regression losses compare probabilities with labels
        on_probabilities = entry["kind"] in REGRESSION and result.kind not in REGRESSION
        fits = template("loss.fits.on_probabilities" if on_probabilities else f"loss.fits.{entry['kind']}")
        marker = "▸ " if entry["kind"] == result.kind and entry["input"] == "pred" else "  "
        table.add_row(marker + entry["kind"], format_value(entry["value"], out.precision), entry["input"],
                      _escape(fits))
    out.console.print(table)
