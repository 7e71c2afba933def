"""Views of optimize: headline, trajectory table, steps, the loss curve and a contour map with the path.

Nothing here grows with the number of steps: tables show sampled rows
(truncated around ⋮), and plots draw at most a few hundred points per line.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
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
MAP_LEVELS = 7  # contour lines


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
        print_plot(out.console, contour_map(objective, runs, names, width=out.width, color=out.color,
                                            precision=out.precision))


def _window(objective: Objective, paths: list[list[list[float]]]) -> tuple[float, float, float, float]:
    """The map's x and y range: the function's own window, widened to hold the paths."""
    xs = [point[0] for path in paths for point in path if all(math.isfinite(v) for v in point)]
    ys = [point[1] for path in paths for point in path if all(math.isfinite(v) for v in point)]
    for minimum in objective.minima:
        xs.append(minimum[0])
        ys.append(minimum[1])
    low_x, high_x, low_y, high_y = min(xs), max(xs), min(ys), max(ys)
    if objective.window is not None:
        wx0, wx1, wy0, wy1 = objective.window
        # widen to the paths, but a runaway path must not shrink the landscape to a dot
        span = max(wx1 - wx0, wy1 - wy0) * 5
        low_x, high_x = max(min(wx0, low_x), wx0 - span), min(max(wx1, high_x), wx1 + span)
        low_y, high_y = max(min(wy0, low_y), wy0 - span), min(max(wy1, high_y), wy1 + span)
        return low_x, high_x, low_y, high_y
    pad_x = (high_x - low_x) * 0.25 or max(1.0, abs(low_x) * 0.5)
    pad_y = (high_y - low_y) * 0.25 or max(1.0, abs(low_y) * 0.5)
    return low_x - pad_x, high_x + pad_x, low_y - pad_y, high_y + pad_y


MAP_ROWS = 14  # rows of the map: with its title, axis and legend it fits a 24-row terminal
LEVEL_MARKS = ("#", "%", "=", "+", ":", "-", ".")  # the level lines, lowest first: the valley is drawn densest
PATH_MARKS = ("•", "o", "x", "@", "&", "$", "~", "^")  # each run's path
END_MARKS = "123456789"  # each run's end when several are compared (one run: E)
START_MARKS = "ABCDEFGHI"  # each run's start when they start apart (one start: S)
# colours that read on a light and on a dark background alike (no white, no bright yellow or cyan)
ANSI = {"level": "90", "start": "1;32", "minimum": "1;35"}
RUN_ANSI = ("34", "31", "32", "35", "36", "33", "94", "91")


def _level_grid(objective: Objective, window, columns: int, rows: int) -> tuple[list[list[int]], list[float]]:
    """Which level line, if any, crosses each cell of the map (−1: none), and the levels' values.

    A cell is on line k when f there is at or above level k and a neighbour's f is below it: the
    lines are one cell thick, drawn on their upper side. Rows run from the top (largest y) down.
    """
    x0, x1, y0, y1 = window
    dx, dy = (x1 - x0) / columns, (y1 - y0) / rows
    grid: list[list[float]] = []
    value_and_grad = objective.value_and_grad
    for j in range(rows):
        y = y1 - (j + 0.5) * dy
        row = []
        for i in range(columns):
            try:
                value = value_and_grad([x0 + (i + 0.5) * dx, y])[0]
            except (ArithmeticError, ValueError, TypeError):
                value = math.nan
            row.append(value if math.isfinite(value) else math.nan)
        grid.append(row)
    empty = [[-1] * columns for _ in range(rows)]
    finite = sorted(value for row in grid for value in row if not math.isnan(value))
    if len(finite) < 2 or finite[0] == finite[-1]:
        return empty, []
    cuts = _levels(finite)
    if not cuts:
        return empty, []

    def band(value: float) -> int:
        return -1 if math.isnan(value) else sum(value >= cut for cut in cuts)

    bands = [[band(value) for value in row] for row in grid]
    for j in range(rows):
        for i in range(columns):
            here = bands[j][i]
            around = [bands[b][a] for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1))
                      if 0 <= a < columns and 0 <= b < rows and bands[b][a] >= 0]
            if here > 0 and around and min(around) < here:
                empty[j][i] = here - 1  # the highest level below f here that a neighbour is under
    return empty, cuts


def _levels(values: list[float]) -> list[float]:
    """Level values between the lowest and highest sampled f, closer together near the bottom, each
    rounded to two significant digits (the legend writes the values the lines are drawn at).

    Spaced evenly in log(f − f_min): a valley's floor gets as many lines as its
    walls, as on a map of a mountain.
    """
    low = values[0]
    high = values[len(values) * 3 // 4]  # no lines on the steepest quarter: there they would crowd into a smear
    span = high - low
    if span <= 0:
        return []
    floor = max(span * 1e-4, values[len(values) // 100] - low)  # below this, all is the valley floor
    ratio = (span / floor) ** (1 / (MAP_LEVELS - 1))
    levels = [float(f"{low + floor * ratio**level:.2g}") for level in range(MAP_LEVELS)]
    return sorted({level for level in levels if low < level <= high})


def contour_map(objective: Objective, runs: Sequence[Any], names: Sequence[str], *, width: int,
                color: bool, precision: int = 4) -> str | None:
    """A map of f(x, y) in characters: its level lines (one character per level, the lowest densest), each
    run's path, its start and end, and the known minima (*), with a legend under it for all of them.

    Every mark has its own cell; where two fall in the same cell the one drawn on top is said in the
    legend, with the one it hides. Ticks are round values (:func:`round_ticks`) on the row or column
    that holds them.
    """
    from mlmath.render.plots import MAX_PLOT_WIDTH, round_ticks

    paths = [run.trajectory[_thin(range(len(run.trajectory)))].tolist() for run in runs]
    window = _window(objective, paths)
    x0, x1, y0, y1 = window
    plot_width = max(30, min(width, MAX_PLOT_WIDTH))
    y_ticks = round_ticks(y0, y1, 6)
    margin = max(len(label) for label in [*y_ticks[1], objective.variables[1]]) + 1
    columns, rows = plot_width - margin - 2, MAP_ROWS
    dx, dy = (x1 - x0) / columns, (y1 - y0) / rows

    def cell(point: Sequence[float]) -> tuple[int, int] | None:
        """The (column, row) of a point, ``None`` off the map."""
        if not all(math.isfinite(v) for v in point[:2]):
            return None
        i, j = math.floor((point[0] - x0) / dx), math.floor((y1 - point[1]) / dy)
        i = columns - 1 if i == columns and point[0] == x1 else i
        j = rows - 1 if j == rows and point[1] == y0 else j
        return (i, j) if 0 <= i < columns and 0 <= j < rows else None

    paint = lambda text, code: f"\x1b[{code}m{text}\x1b[0m" if color else text  # noqa: E731
    levels, cuts = _level_grid(objective, window, columns, rows)
    canvas = [[paint(LEVEL_MARKS[k], ANSI["level"]) if k >= 0 else " " for k in row] for row in levels]
    drawn = []  # each path's cells, and its mark as drawn
    for index, path in enumerate(paths):
        mark = paint(PATH_MARKS[index % len(PATH_MARKS)], RUN_ANSI[index % len(RUN_ANSI)])
        drawn.append((set(_path_cells(path, cell, columns, rows)), mark))
        for i, j in drawn[-1][0]:
            canvas[j][i] = mark
    notes = []
    for index, (cells, mark) in enumerate(drawn):  # a later path drawn over most of an earlier one: said
        later = [(other, cells & drawn[other][0]) for other in range(index + 1, len(drawn))]
        over = sorted({max(other for other, shared in later if where in shared)
                       for where in cells if any(where in shared for _, shared in later)})
        if cells and sum(canvas[j][i] == mark for i, j in cells) < len(cells) / 2 and over:
            notes.append(template("optimize.map.path_hidden").format(
                path=PATH_MARKS[index % len(PATH_MARKS)], name=names[index],
                other=", ".join(PATH_MARKS[other % len(PATH_MARKS)] + " " + names[other] for other in over)))

    # the marks that must not vanish: minima, then starts, then ends (drawn in that order, last on top)
    marks: dict[tuple[int, int], list[str]] = {}
    legend: list[str] = []
    minima = [minimum for minimum in objective.minima if cell(minimum) is not None]
    for minimum in minima:
        _place(marks, canvas, cell(minimum), "*", paint("*", ANSI["minimum"]))
    starts = [path[0] for path in paths if path]
    shared = len({tuple(start) for start in starts}) == 1
    for index, start in enumerate(starts[:1] if shared else starts):
        symbol = "S" if shared else START_MARKS[index % len(START_MARKS)]
        if cell(start) is not None:
            _place(marks, canvas, cell(start), symbol, paint(symbol, ANSI["start"]))
    several = len(paths) > 1
    ends = []
    for index, (path, name) in enumerate(zip(paths, names)):
        symbol = END_MARKS[index % len(END_MARKS)] if several else "E"
        ends.append(symbol)
        if path and cell(path[-1]) is not None:
            _place(marks, canvas, cell(path[-1]), symbol, paint(symbol, "1;" + RUN_ANSI[index % len(RUN_ANSI)]))
        else:
            notes.append(template("optimize.map.end_outside").format(mark=symbol, name=name))

    if shared and any("S" in symbols for symbols in marks.values()):
        legend.append(template("optimize.map.start_shared" if several else "optimize.map.start").format(mark="S"))
    for index, (name, end) in enumerate(zip(names, ends)):
        path = PATH_MARKS[index % len(PATH_MARKS)]
        if not shared:
            legend.append(template("optimize.map.start_of").format(mark=START_MARKS[index % len(START_MARKS)],
                                                                  name=name))
        if several:
            legend.append(template("optimize.map.run").format(path=path, name=name, end=end))
        else:
            legend.append(template("optimize.map.path").format(path=path))
            if any(end in symbols for symbols in marks.values()):
                legend.append(template("optimize.map.end").format(mark=end))
    if minima:
        legend.append(template("optimize.map.minimum").format(mark="*"))
    for symbols in marks.values():
        if len(symbols) > 1:
            notes.append(template("optimize.map.overlap").format(shown=symbols[-1],
                                                                  hidden=", ".join(reversed(symbols[:-1]))))

    title = template("optimize.title.map").format(x=objective.variables[0], y=objective.variables[1])
    lines = [_centre(title, plot_width)]
    lines += _framed(canvas, y_ticks, window, margin, objective.variables, round_ticks,
                     count=5 if plot_width >= 60 else 3)
    if cuts:
        entries = [f"{LEVEL_MARKS[k]} {format_number(cut, precision)}" for k, cut in enumerate(cuts)]
        lines += _wrap([template("optimize.map.levels"), *entries], plot_width)
    lines += _wrap(legend, plot_width)
    for note in notes:
        lines += _wrap([note], plot_width)
    return "\n".join(lines)


def _place(marks: dict, canvas: list[list[str]], where: tuple[int, int], symbol: str, drawn: str) -> None:
    """Draw ``symbol`` in its cell over what is there, remembering every mark the cell holds."""
    i, j = where
    marks.setdefault(where, []).append(symbol)
    canvas[j][i] = drawn


def _path_cells(path, cell, columns: int, rows: int) -> list[tuple[int, int]]:
    """The cells a path passes through, its steps joined by straight runs of cells; a step from or to a
    point off the map (or not finite) is left out."""
    cells: list[tuple[int, int]] = []
    previous = None
    for point in path:
        here = cell(point)
        if here is not None and previous is not None:
            (a, b), (c, d) = previous, here
            count = max(abs(c - a), abs(d - b))
            cells += [(round(a + (c - a) * t / count), round(b + (d - b) * t / count)) for t in range(1, count)]
        if here is not None:
            cells.append(here)
        previous = here
    return cells


def _framed(canvas, y_ticks, window, margin: int, variables, round_ticks, count: int) -> list[str]:
    """The canvas in a frame: y ticks on the left at the rows holding them, x ticks under it."""
    x0, x1, y0, y1 = window
    rows, columns = len(canvas), len(canvas[0])
    dx, dy = (x1 - x0) / columns, (y1 - y0) / rows
    by_row: dict[int, str] = {}
    for tick, label in zip(*y_ticks):
        by_row.setdefault(min(rows - 1, max(0, math.floor((y1 - tick) / dy))), label)
    lines = [variables[1].rjust(margin - 1) + " ┌" + "─" * columns + "┐"]
    for j, row in enumerate(canvas):
        label = by_row.get(j)
        lines.append((label.rjust(margin - 1) + " ┤" if label else " " * margin + "│") + "".join(row) + "│")
    bottom = ["─"] * columns
    under = [" "] * (columns + 2)
    for tick, label in zip(*round_ticks(x0, x1, count)):
        i = min(columns - 1, max(0, math.floor((tick - x0) / dx)))
        left = max(0, min(i + 1 - len(label) // 2, len(under) - len(label)))
        if all(cell == " " for cell in under[max(0, left - 1):left + len(label) + 1]):
            bottom[i] = "┬"
            under[left:left + len(label)] = list(label)
    lines.append(" " * margin + "└" + "".join(bottom) + "┘")
    lines.append(" " * margin + "".join(under).rstrip())
    lines.append(_centre(variables[0], margin + columns + 2))
    return lines


def _centre(text: str, width: int) -> str:
    from rich.cells import cell_len

    return " " * max(0, (width - cell_len(text)) // 2) + text


def _wrap(entries: list[str], width: int) -> list[str]:
    """Legend entries on as few lines as fit ``width`` cells, three spaces apart, none split unless it is
    wider than a line by itself (then between its words)."""
    from rich.cells import cell_len

    lines: list[str] = []
    for entry in entries:
        if lines and cell_len(lines[-1]) + 3 + cell_len(entry) <= width:
            lines[-1] += "   " + entry
        elif cell_len(entry) <= width:
            lines.append(entry)
        else:
            lines.append("")
            for word in entry.split(" "):
                if lines[-1] and cell_len(lines[-1]) + 1 + cell_len(word) > width:
                    lines.append(word)
                else:
                    lines[-1] = f"{lines[-1]} {word}" if lines[-1] else word
    return lines


def _clip(window) -> Callable[[Sequence[float]], bool]:
    x0, x1, y0, y1 = window

    def inside(point: Sequence[float]) -> bool:
        return x0 <= point[0] <= x1 and y0 <= point[1] <= y1

    return inside


# --- progress -------------------------------------------------------------------------


def progress_bar(out: Output):
    """A bar over the steps on stderr once a run passes half a second (see mlmath.render.progress)."""
    from mlmath.render import progress

    return progress.progress_bar(out, "optimize")
