"""Views of optimize: headline, trajectory table, steps, the loss curve and a contour map with the path.

Nothing here grows with the number of steps: tables show sampled rows
(truncated around ⋮), and plots draw at most a few hundred points per line.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from mlmath.core.functions import Objective
from mlmath.core.gradient_descent import at_step, sample_indices, theta
from mlmath.render.numbers import format_number
from mlmath.render.output import Output
from mlmath.render.steps import show_headline, show_steps
from mlmath.text import template

TABLE_ROWS = 10  # sampled rows of the trajectory table, when --every is not given
MAX_TABLE_ROWS = 24  # beyond this, the table keeps its first and last rows around ⋮
PLOT_POINTS = 400  # points per line in a plot


def nice_every(steps: int, rows: int = TABLE_ROWS) -> int:
    """A round stride (1, 2, 5, 10, 20, 50 …) that shows about ``rows`` rows of ``steps``."""
    target = max(1, steps / rows)
    power = 10 ** math.floor(math.log10(target))
    for factor in (1, 2, 5, 10):
        if factor * power >= target:
            return int(factor * power)
    return int(10 * power)


def _rows(result, table_every: int | None) -> list[int]:
    """Rows of the result's sampled trajectory to show in the table."""
    last = int(result.trajectory_steps[-1])
    every = table_every or nice_every(last)
    rows = [at_step(result, k) for k in sample_indices(last, every)]
    return [row for row in rows if row is not None]


# --- one optimizer -------------------------------------------------------------------


def show_optimize(result, out: Output) -> None:
    import numpy as np

    from mlmath.render.tables import matrix_table

    name = theta(result.steps_run)
    if result.status == "done":
        show_headline(out, "optimize.summary", name=name, point=result.result, value=result.value,
                      steps=result.steps_run, optimizer=result.optimizer["name"])
    else:
        show_headline(out, "optimize.summary.stopped", name=name, point=result.result, value=result.value,
                      steps=result.steps_run, planned=result.planned, optimizer=result.optimizer["name"])
        show_headline(out, _why(result), k=result.stopped_at)
    rows = _rows(result, result.table_every)
    every = result.table_every or nice_every(result.trajectory_steps[-1])
    columns = [result.trajectory[rows], result.losses[rows]]
    labels = [*result.variables, template("optimize.column.loss")]
    if result.lrs is not None:  # the lr the schedule set after each shown step
        columns.append(result.lrs[rows])
        labels.append(template("optimize.column.lr_step"))
    values = np.column_stack(columns)
    title = template("optimize.title.trajectory_one") if every == 1 else template(
        "optimize.title.trajectory").format(every=every)
    out.console.print(matrix_table(values, title=title, row_labels=[str(result.trajectory_steps[i]) for i in rows],
                                   col_labels=labels,
                                   precision=out.precision, width=out.width, max_rows=MAX_TABLE_ROWS,
                                   corner=template("optimize.column.step")))
    show_steps(result.steps, out)
    if out.wants_plot:
        _show_plots(out, result.objective, [result], [result.optimizer["name"]])
    from mlmath.render.convexity import show_objective_convexity

    show_objective_convexity(result, out)


WHY = {"diverged": "optimize.why.diverged", "unbounded": "optimize.why.unbounded",
       "undefined": "optimize.why.undefined", "undefined_update": "optimize.why.undefined_update"}
STATUS = {"done": "optimize.status.done", "diverged": "optimize.status.diverged",
          "unbounded": "optimize.status.unbounded", "undefined": "optimize.status.undefined",
          "undefined_update": "optimize.status.undefined_update"}


def _why(result) -> str:
    """The key of the sentence that says why a run stopped early."""
    if result.status == "unbounded" and result.optimizer.get("maximize"):
        return "optimize.why.unbounded_max"
    return WHY[result.status]


# --- several optimizers ------------------------------------------------------------------


def show_compare(result, out: Output) -> None:
    import numpy as np

    from mlmath.render.tables import matrix_table

    runs = result.runs
    names = [run.optimizer["name"] for run in runs]
    finished = [(run.value, run.optimizer["name"]) for run in runs if math.isfinite(run.value)]
    best_value, best = min(finished) if finished else (float("nan"), "—")
    steps = max(run.trajectory_steps[-1] for run in runs)
    show_headline(out, "optimize.summary.compare", count=len(runs), steps=max(run.steps_run for run in runs),
                  start=result.start, value=best_value, best=best)

    # f side by side at the same sampled steps
    every = result.table_every or nice_every(steps)
    wanted = sample_indices(steps, every)
    rows = [[at_step(run, k) for run in runs] for k in wanted]
    table = np.array([["—" if row is None else float(run.losses[row]) for run, row in zip(runs, found)]
                      for found in rows], dtype=object)
    title = template("optimize.title.losses_one") if every == 1 else template("optimize.title.losses").format(
        every=every)
    out.console.print(matrix_table(table, title=title, row_labels=[str(k) for k in wanted], col_labels=names,
                                   precision=out.precision, width=out.width, max_rows=MAX_TABLE_ROWS,
                                   corner=template("optimize.column.step")))
    out.console.print(_final_table(result, out))
    show_steps(result.steps, out)
    if out.wants_plot:
        _show_plots(out, result.objective, runs, names)


def _final_table(result, out: Output):
    """One row per optimizer (rows grow with --compare, not the width): lr, the point θ where it ended
    (wrapping between coordinates in a narrow terminal), f there, how far from the minimum, and how
    many steps it took and how it stopped when not all ran alike."""
    from mlmath.render.tables import titled_table, wrap_headers_to_fit

    number = lambda value: format_number(value, out.precision)  # noqa: E731
    headers = [template("optimize.column.lr"), template("optimize.column.point"), template("optimize.column.loss")]
    if result.minimum is not None:
        headers.append(template("optimize.column.distance"))
    uneven = len({run.steps_run for run in result.runs}) > 1  # else the headline says how many
    if uneven:
        headers.append(template("optimize.column.steps"))
    stopped = any(run.status != "done" for run in result.runs)
    if stopped:
        headers.append(template("optimize.column.status"))

    rows = []
    for run in result.runs:
        point = _point_text([number(value) for value in run.result])
        row = [run.optimizer["name"], number(run.optimizer["lr"]), point, number(run.value)]
        if result.minimum is not None:
            row.append(number(run.distance_to_minimum))
        if uneven:
            row.append(str(run.steps_run))
        if stopped:
            row.append(template(STATUS[run.status]))
        rows.append(row)

    table = titled_table(template("optimize.title.final"), pad_edge=False)
    table.add_column(template("optimize.column.optimizer"), style="bold", no_wrap=True)
    for index, header in enumerate(headers):
        text_column = index == 1 or (stopped and index == len(headers) - 1)  # θ and how it ended
        table.add_column(header, justify="left" if text_column else "right", overflow="fold",
                         no_wrap=not text_column)
    for row in rows:
        table.add_row(*row)
    wrap_headers_to_fit(table, rows, out.console, out.width)
    return table


def _point_text(coordinates: list[str]) -> str:
    """``(0.9925, 0.9850)``; more than five coordinates keep the first three and the last around …."""
    shown = coordinates if len(coordinates) <= 5 else [*coordinates[:3], "…", coordinates[-1]]
    return "(" + ", ".join(shown) + ")"


# --- plots ----------------------------------------------------------------------------


def _thin(items: Sequence[Any], count: int = PLOT_POINTS) -> list[Any]:
    """At most ``count`` items, evenly spread, the last one kept."""
    if len(items) <= count:
        return list(items)
    stride = math.ceil(len(items) / count)
    kept = list(items[::stride])
    if kept[-1] != items[-1]:
        kept.append(items[-1])
    return kept


def _show_plots(out: Output, objective: Objective, runs: Sequence[Any], names: Sequence[str]) -> None:
    from mlmath.render.plots import Series, line_plot, print_plot

    series = []
    for run, name in zip(runs, names):
        rows = _thin(range(len(run.trajectory_steps)))
        series.append(Series(name, run.trajectory_steps[rows].tolist(), run.losses[rows].tolist()))
    values = [value for item in series for value in item.ys if math.isfinite(value)]
    # a loss that spans decades is drawn on a log axis, ticked at powers of ten
    positive = [value for value in values if value > 0]
    log_y = bool(positive) and min(values) >= 0 and max(positive) / min(positive) >= 100
    title = template("optimize.title.loss_plot_log" if log_y else "optimize.title.loss_plot")
    print_plot(out.console, line_plot(series, title=title, xlabel=template("optimize.axis.step"), width=out.width,
                                      color=out.color, log_y=log_y))
    scheduled = [(run, name) for run, name in zip(runs, names) if run.lrs is not None]
    if scheduled:  # the learning rate per step, as the schedule set it
        rates = []
        for run, name in scheduled:
            rows = _thin(range(len(run.lrs)))
            rates.append(Series(name, run.trajectory_steps[rows].tolist(), run.lrs[rows].tolist()))
        title = template("optimize.title.lr_plot").format(schedule=scheduled[0][0].schedule["torch"].split("(")[0]
                                                          .rsplit(".", 1)[-1])
        print_plot(out.console, line_plot(rates, title=title, xlabel=template("optimize.axis.step"), width=out.width,
                                          color=out.color))
    if len(runs[0].variables) == 2:
        from mlmath.render.contour import contour_map

        paths = [run.trajectory[_thin(range(len(run.trajectory)))].tolist() for run in runs]
        print_plot(out.console, contour_map(objective, paths, names, width=out.width, color=out.color,
                                            precision=out.precision))


# --- progress -------------------------------------------------------------------------


def progress_bar(out: Output):
    """A bar over the steps on stderr once a run passes half a second (see mlmath.render.progress)."""
    from mlmath.render import progress

    return progress.progress_bar(out, "optimize")
