"""The map of a function of two variables, in characters: its level lines (one character per level, the
lowest densest), each optimizer's path with its start and end, the known minima, and a legend that says
what every character means and where two marks fall in one cell.  Drawn for ``mlmath optimize``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from mlmath.render.numbers import format_number
from mlmath.text import template

if TYPE_CHECKING:
    from mlmath.core.functions import Objective

MAP_LEVELS = 7  # contour lines


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
    lines = [[-1] * columns for _ in range(rows)]
    finite = sorted(value for row in grid for value in row if not math.isnan(value))
    if len(finite) < 2 or finite[0] == finite[-1]:
        return lines, []
    cuts = _levels(finite)
    if not cuts:
        return lines, []

    def band(value: float) -> int:
        return -1 if math.isnan(value) else sum(value >= cut for cut in cuts)

    bands = [[band(value) for value in row] for row in grid]
    for j in range(rows):
        for i in range(columns):
            here = bands[j][i]
            around = [bands[b][a] for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1))
                      if 0 <= a < columns and 0 <= b < rows and bands[b][a] >= 0]
            if here > 0 and around and min(around) < here:
                lines[j][i] = here - 1  # the highest level below f here that a neighbour is under
    return lines, cuts


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


def contour_map(objective: Objective, paths: Sequence[list[list[float]]], names: Sequence[str], *, width: int,
                color: bool, precision: int = 4) -> str | None:
    """A map of f(x, y) in characters: its level lines (one character per level, the lowest densest), each
    run's path, its start and end, and the known minima (*), with a legend under it for all of them.

    Every mark has its own cell; where two fall in the same cell the one drawn on top is said in the
    legend, with the one it hides. Ticks are round values (:func:`round_ticks`) on the row or column
    that holds them.
    """
    from mlmath.render.plots import MAX_PLOT_WIDTH, round_ticks

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
    lines += _framed(canvas, y_ticks, window, margin, objective.variables, count=5 if plot_width >= 60 else 3)
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


def _framed(canvas, y_ticks, window, margin: int, variables, count: int) -> list[str]:
    """The canvas in a frame: y ticks on the left at the rows holding them, x ticks under it."""
    from mlmath.render.plots import round_ticks

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

    from mlmath.render.widths import wrap_words

    lines: list[str] = []
    for entry in entries:
        if lines and cell_len(lines[-1]) + 3 + cell_len(entry) <= width:
            lines[-1] += "   " + entry
        else:
            lines += wrap_words(entry, width)
    return lines
