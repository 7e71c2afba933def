"""The view of a recurrent run: the formula, the inputs and weights, every state and gate per time step,
the gradient reaching each step, a plot, and the steps.

Every table goes through :func:`matrix_table`, which formats only the rows it
shows, so 1000 time steps print as fast as 3.
"""

from __future__ import annotations

from typing import Any

from mlmath.core.recurrence import GATES, RecurrenceResult, step_label
from mlmath.render.output import Output
from mlmath.render.steps import show_headline, show_steps
from mlmath.text import template

HEADLINES = {"rnn": "recurrence.headline.rnn", "lstm": "recurrence.headline.lstm", "gru": "recurrence.headline.gru"}
FORMULAS = {"rnn": "recurrence.formula.rnn", "lstm": "recurrence.formula.lstm", "gru": "recurrence.formula.gru"}
GATE_TITLES = {"input": "recurrence.title.gate.input", "forget": "recurrence.title.gate.forget",
               "candidate": "recurrence.title.gate.candidate", "output": "recurrence.title.gate.output",
               "reset": "recurrence.title.gate.reset", "update": "recurrence.title.gate.update",
               "new": "recurrence.title.gate.new"}
GATE_LETTERS = {"lstm": "ifgo", "gru": "rzn"}
TREND_LINES = {"vanishing": "recurrence.trend_line.vanishing", "exploding": "recurrence.trend_line.exploding",
               "steady": "recurrence.trend_line.steady"}
PLOTTED_UNITS = 4  # hidden units drawn over time
LOG_SCALE_ORDERS = 3  # gradient norms spanning more orders of magnitude than this are plotted on a log scale


def _shape(array: Any) -> str:
    return "×".join(str(size) for size in array.shape)


def _dim(out: Output, text: str) -> None:
    from rich.markup import escape

    out.console.print(f"[dim]{escape(text)}[/]")


def _bold(out: Output, text: str) -> None:
    from rich.markup import escape

    out.console.print(f"[bold]{escape(text)}[/]")


class _View:
    def __init__(self, result: RecurrenceResult, out: Output):
        self.result, self.out = result, out
        self.steps = [step_label(result, t) for t in range(result.length)]

    def table(self, title: str, values: Any, rows: list[str] | None = None, cols: list[str] | None = None,
              corner: str = "") -> None:
        from mlmath.render.tables import matrix_table

        self.out.console.print(matrix_table(values, title=title, row_labels=rows, col_labels=cols, corner=corner,
                                            precision=self.out.precision, width=self.out.width))

    def gate_columns(self) -> list[str]:
        """Columns of W_xh, W_hh and the biases: unit numbers, with the gate letter for lstm and gru."""
        h = self.result.hidden_size
        letters = GATE_LETTERS.get(self.result.cell)
        if letters is None:
            return [str(j + 1) for j in range(h)]
        return [f"{letter}{j + 1}" for letter in letters for j in range(h)]

    def units(self) -> list[str]:
        return [str(j + 1) for j in range(self.result.hidden_size)]

    def with_start(self, start: Any, values: Any) -> tuple[Any, list[str]]:
        import numpy as np

        return np.vstack([start[None, :], values]), [template("recurrence.row.start"), *self.steps]

    # --- the parts -------------------------------------------------------------------

    def inputs(self) -> None:
        r = self.result
        key = "recurrence.title.embeddings" if r.tokens is not None else "recurrence.title.x"
        self.table(template(key).format(shape=_shape(r.x)), r.x, self.steps, corner="t")

    def weights(self) -> None:
        import numpy as np

        r = self.result
        cols = self.gate_columns()
        self.table(template("recurrence.title.w_xh").format(shape=_shape(r.w_xh)), r.w_xh, cols=cols)
        if r.scale_whh != 1.0:
            from mlmath.render.numbers import format_number

            title = template("recurrence.title.w_hh_scaled").format(k=format_number(r.scale_whh, self.out.precision),
                                                                    shape=_shape(r.w_hh))
        else:
            title = template("recurrence.title.w_hh").format(shape=_shape(r.w_hh))
        self.table(title, r.w_hh, cols=cols)
        biases = np.vstack([r.b, r.b_hh])
        self.table(template("recurrence.title.b").format(shape=_shape(r.b)), biases,
                   rows=[template("recurrence.row.b"), template("recurrence.row.b_hh")], cols=cols)

    def gates(self) -> None:
        r = self.result
        for name in GATES[r.cell]:
            values = r.gates[name]
            self.table(template(GATE_TITLES[name]).format(shape=_shape(values)), values, self.steps, self.units(),
                       corner="t")

    def states(self) -> None:
        r = self.result
        if r.cell == "lstm":
            values, rows = self.with_start(r.c0, r.cell_states)
            self.table(template("recurrence.title.cells").format(shape=_shape(r.cell_states)), values, rows,
                       self.units(), corner="t")
        values, rows = self.with_start(r.h0, r.hidden_states)
        self.table(template("recurrence.title.states").format(shape=_shape(r.hidden_states)), values, rows,
                   self.units(), corner="t")

    def backward(self) -> None:
        r = self.result
        if r.loss == "half_squared_norm":
            _bold(self.out, _format(self.out, "recurrence.loss_line.half", n=r.length, value=r.loss_value))
        else:
            _bold(self.out, _format(self.out, "recurrence.loss_line.upstream", value=r.loss_value))
        self.norms_table()
        if r.length == 1:
            _bold(self.out, template("recurrence.trend_line.single"))
        elif r.gradient_trend is None:
            _bold(self.out, template("recurrence.trend_line.every"))
        else:
            _bold(self.out, _format(self.out, TREND_LINES[r.gradient_trend], growth=r.gradient_growth, n=r.length,
                                    first=float(r.grad_norms[0]), last=float(r.grad_norms[-1])))
        if not self.out.steps:
            return
        grads = r.gradients
        self.table(template("recurrence.title.grad_x").format(shape=_shape(grads["x"])), grads["x"], self.steps,
                   corner="t")
        cols = self.gate_columns()
        self.table(template("recurrence.title.grad_w_xh").format(shape=_shape(grads["w_xh"])), grads["w_xh"],
                   cols=cols)
        self.table(template("recurrence.title.grad_w_hh").format(shape=_shape(grads["w_hh"])), grads["w_hh"],
                   cols=cols)
        import numpy as np

        self.table(template("recurrence.title.grad_b"), np.vstack([grads["b"], grads["b_hh"]]),
                   rows=[template("recurrence.row.b"), template("recurrence.row.b_hh")], cols=cols)
        starts = [grads["h0"]] + ([grads["c0"]] if "c0" in grads else [])
        rows = [template("recurrence.row.h0")] + ([template("recurrence.row.c0")] if "c0" in grads else [])
        title = template("recurrence.title.grad_h0_c0" if "c0" in grads else "recurrence.title.grad_h0")
        self.table(title, np.vstack(starts), rows=rows, cols=self.units())

    def norms_table(self) -> None:
        """t | ‖∂L/∂hₜ‖ | how it compares with the step after, for the rows shown."""
        from rich.text import Text

        from mlmath.render.numbers import format_array_entries
        from mlmath.render.tables import MAX_ROWS, VERTICAL_ELLIPSIS, kept_indices, titled_table

        r = self.result
        norms = r.grad_norms
        from mlmath.render.tables import titled_width

        title = template("recurrence.title.norms")
        table = titled_table(title, pad_edge=False, min_width=titled_width(title))
        table.add_column(template("recurrence.column.step"), justify="right", style="dim", no_wrap=True)
        table.add_column(template("recurrence.column.norm"), justify="right", no_wrap=True)
        table.add_column(template("recurrence.column.ratio"), justify="right", no_wrap=True)
        shown = [t for t in kept_indices(r.length, MAX_ROWS) if t is not None]
        texts = dict(zip(shown, format_array_entries(norms[shown].tolist(), self.out.precision)))
        ratios = [t for t in shown if t + 1 < r.length and norms[t + 1] != 0]
        ratio_texts = dict(zip(ratios, format_array_entries([float(norms[t] / norms[t + 1]) for t in ratios],
                                                            self.out.precision)))
        for t in kept_indices(r.length, MAX_ROWS):
            if t is None:
                table.add_row(VERTICAL_ELLIPSIS, VERTICAL_ELLIPSIS, VERTICAL_ELLIPSIS)
                continue
            table.add_row(Text(self.steps[t]), texts[t], ratio_texts.get(t, ""))
        self.out.console.print(table)

    def plots(self) -> None:
        import numpy as np

        from mlmath.render.plots import Series, line_plot, print_plot

        r, out = self.result, self.out
        xlabel = template("recurrence.axis.t")
        if r.length >= 2:
            ts = np.arange(r.length + 1)
            states = np.vstack([r.h0[None, :], r.hidden_states])
            series = [Series(template("recurrence.series.unit").format(unit=j + 1), ts, states[:, j])
                      for j in range(min(PLOTTED_UNITS, r.hidden_size))]
            print_plot(out.console, line_plot(series, title=template("recurrence.title.plot_states"), xlabel=xlabel,
                                              width=out.width, color=out.color))
        if r.grad_norms is not None and r.length >= 2:
            from mlmath.core.recurrence import norm_orders

            orders = norm_orders(r.grad_norms)
            ts = np.arange(1, r.length + 1)
            if orders > LOG_SCALE_ORDERS:  # plotted as log₁₀ on a linear axis: readable ticks, true values
                with np.errstate(divide="ignore"):
                    ys = np.where(r.grad_norms > 0, np.log10(r.grad_norms), np.nan)
                series = Series(template("recurrence.series.log_norm"), ts, ys)
                title = _format(out, "recurrence.title.plot_norms_log", orders=round(orders))
            else:
                series = Series(template("recurrence.series.norm"), ts, r.grad_norms)
                title = template("recurrence.title.plot_norms")
            print_plot(out.console, line_plot([series], title=title, xlabel=xlabel, width=out.width,
                                              color=out.color))


def _format(out: Output, key: str, **args: Any) -> str:
    from mlmath.core.result import step
    from mlmath.render.steps import step_text

    return step_text(step(key, **args), out.precision)


def show_recurrence(result: RecurrenceResult, out: Output) -> None:
    """Headline and formula, the context vector, notes, the tables, the plots, the steps.

    With ``--no-steps`` the inputs, weights and gradient tables are left out (as attention shows only
    its output): the hidden states, gates and gradient norms remain.
    """
    r = result
    show_headline(out, HEADLINES[r.cell], n=r.length, d=r.input_size, h=r.hidden_size)
    _dim(out, template(FORMULAS[r.cell]))
    show_headline(out, "recurrence.headline.context", n=r.length, values=list(r.result))
    if r.random:
        names = ", ".join(template("recurrence.name.embeddings") if name == "embeddings"
                          else template("recurrence.name.x") if name == "x"
                          else {"w_xh": "W_xh", "w_hh": "W_hh", "b": "b", "b_hh": "b_hh"}[name]
                          for name in r.random)
        _dim(out, template("recurrence.note.random").format(names=names[:1].upper() + names[1:], seed=r.seed))
    _dim(out, template("recurrence.note.shared"))
    if r.cell == "gru" or r.b_hh.any():
        _dim(out, template("recurrence.note.torch"))
    view = _View(r, out)
    if out.steps:  # where the numbers come from; --no-steps keeps the states, gates and gradient norms
        view.inputs()
        view.weights()
    if r.gates is not None:
        view.gates()
    view.states()
    if r.grad_norms is not None:
        view.backward()
    if out.wants_plot:
        view.plots()
    show_steps(r.steps, out)
