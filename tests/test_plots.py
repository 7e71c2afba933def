"""Plot axes a reader can trust: ticks at round numbers inside the range, labels without -0."""

import math
import re
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from mlmath.render.plots import round_ticks

RANGES = st.tuples(st.floats(-1e6, 1e6, allow_nan=False), st.floats(1e-6, 1e6)).map(lambda p: (p[0], p[0] + p[1]))


@given(RANGES, st.integers(3, 8))
def test_ticks_are_round_and_inside_the_range(bounds, count):
    low, high = bounds
    ticks, labels = round_ticks(low, high, count)
    slack = 1e-6 * (high - low)  # a tick a hair outside the data (0 for data from 6e-08) is drawn at the edge
    assert ticks and all(low - slack <= t <= high + slack for t in ticks)
    if len(ticks) > 1:
        step = Decimal(labels[1]) - Decimal(labels[0])
        mantissa = step.scaleb(-step.adjusted()).normalize()
        assert mantissa in (1, 2, 5), (labels, step)  # 1, 2 or 5 times a power of ten
        assert all(Decimal(b) - Decimal(a) == step for a, b in zip(labels, labels[1:])), labels
    assert all(label != "-0" and not re.fullmatch(r"-0\.0*", label) for label in labels)
    assert all(math.isclose(float(label), tick, rel_tol=1e-9, abs_tol=1e-9 * (high - low)) for tick, label in
               zip(ticks, labels))


def test_relu_s_derivative_sits_on_the_row_labelled_1(cli):
    run = cli("activation", "relu", "-2,0,3", "--plot")
    rows = [line for line in run.stdout.splitlines() if "┤" in line]
    labels = [row.split("┤")[0].strip() for row in rows]
    assert labels == ["5", "4", "3", "2", "1", "0"], labels
    one = next(row for row in rows if row.split("┤")[0].strip() == "1")
    assert "•••••" in one  # relu′ = 1 for x > 0, drawn on its own row


# --- reading a drawn plot back: the axes' own tick labels say where a value goes -----------------------

BRAILLE = re.compile("[\u2801-\u28ff]")


def _frame(text: str) -> tuple[list[str], int, int]:
    """The plot's lines and the indices of its top (┌) and bottom (└) frame lines."""
    lines = re.sub(r"\x1b\[[0-9;]*m", "", text).splitlines()  # plotext writes colour codes even without colour
    top = next(index for index, line in enumerate(lines) if "┌" in line)
    bottom = next(index for index in range(top, len(lines)) if "└" in lines[index])
    return lines, top, bottom


def _axes(text: str):
    """Functions value → (column, row) of the body, read from the tick labels: rows labelled ``5┤``, columns
    marked ``┬`` with their labels under them (the row or column of the first and last tick, linearly between)."""
    lines, top, bottom = _frame(text)
    y_ticks = [(float(lines[row].split("┤")[0]), row) for row in range(top + 1, bottom) if "┤" in lines[row]]
    under = lines[bottom + 1]
    x_ticks = []
    for column, char in enumerate(lines[bottom]):
        if char == "┬":
            token = next(m for m in re.finditer(r"\S+", under) if m.start() - 1 <= column <= m.end())
            x_ticks.append((float(token.group()), column))
    (y_a, row_a), (y_b, row_b) = y_ticks[0], y_ticks[-1]
    (x_a, col_a), (x_b, col_b) = x_ticks[0], x_ticks[-1]
    column = lambda x: col_a + (x - x_a) * (col_b - col_a) / (x_b - x_a)  # noqa: E731
    row = lambda y: row_a + (y - y_a) * (row_b - row_a) / (y_b - y_a)  # noqa: E731
    return column, row, lines, top, bottom


def _cells(lines: list[str], top: int, bottom: int, chars: str) -> list[tuple[int, int]]:
    return [(column, row) for row in range(top + 1, bottom) for column, char in enumerate(lines[row]) if char in chars]


def _near(found: list[tuple[int, int]], column: float, row: float, slack: float = 1.0) -> bool:
    return any(abs(c - column) <= slack and abs(r - row) <= slack for c, r in found)


def test_the_point_of_derive_at_is_marked_on_f_and_on_f_prime(cli):
    run = cli("derive", "sin(x)", "--at", "x=1", "--plot", "--no-steps")
    column, row, lines, top, bottom = _axes(run.stdout)
    marks = _cells(lines, top, bottom, "◆")
    for value in (math.sin(1), math.cos(1)):  # f(1) and f′(1), worked out here
        assert _near(marks, column(1), row(value)), (value, marks, run.stdout)
    assert len(marks) == 2
    assert "◆ marks f and f′ at x = 1" in run.stdout


def test_relu_s_given_inputs_are_marked_where_the_axes_put_them(cli):
    run = cli("activation", "relu", "-2,0,3", "--plot")
    column, row, lines, top, bottom = _axes(run.stdout)
    marks = _cells(lines, top, bottom, "◆")
    expected = [(-2, 0), (0, 0), (3, 3), (3, 1)]  # relu and relu′ at the inputs (relu′(0) = 0, as PyTorch)
    for x, y in expected:
        assert _near(marks, column(x), row(y)), ((x, y), marks)
    assert all(any(abs(c - column(x)) <= 1 and abs(r - row(y)) <= 1 for x, y in expected) for c, r in marks)
    assert "◆ marks relu and relu′ at the given x" in run.stdout


def test_inputs_outside_the_range_are_said_not_marked(cli):
    run = cli("activation", "sigmoid", "2,9", "--plot")
    column, row, lines, top, bottom = _axes(run.stdout)
    marks = _cells(lines, top, bottom, "◆")
    s = 1 / (1 + math.exp(-2))
    assert _near(marks, column(2), row(s)) and _near(marks, column(2), row(s * (1 - s))) and len(marks) == 2
    assert "(1 outside it not shown)" in run.stdout


def _vertical_runs(text: str, low: float, high: float) -> list[int]:
    """For each column between x = low and high, the longest unbroken vertical run of f's (braille) cells."""
    column, _, lines, top, bottom = _axes(text)
    runs = []
    for col in range(math.ceil(column(low)), math.floor(column(high)) + 1):
        filled = [bool(BRAILLE.match(lines[row][col:col + 1])) for row in range(top + 1, bottom)]
        longest = current = 0
        for cell in filled:
            current = current + 1 if cell else 0
            longest = max(longest, current)
        runs.append(longest)
    return runs


def test_one_over_x_is_not_joined_across_its_pole(cli):
    run = cli("derive", "1/x", "--plot", "--no-steps")
    _, top, bottom = _frame(run.stdout)
    height = bottom - top - 1
    # joined across x = 0, the line runs from far below the window to far above it: a full column
    assert max(_vertical_runs(run.stdout, -0.5, 0.5)) < height * 3 // 4


def test_tan_gets_a_gap_at_each_pole_and_nowhere_else():
    import numpy as np

    from mlmath.render.plots import break_at_jumps

    xs = np.linspace(-5, 5, 400)
    gx, gy = break_at_jumps(np.tan, xs.tolist(), np.tan(xs).tolist())
    gaps = [x for x, y in zip(gx, gy) if math.isnan(y)]
    poles = [k * math.pi / 2 for k in (-3, -1, 1, 3)]  # tan's poles inside [-5, 5]
    assert len(gaps) == len(poles) and all(abs(g - p) < 1e-6 for g, p in zip(gaps, poles)), gaps


def test_jumps_and_poles_get_a_gap_and_steep_slopes_do_not():
    import numpy as np

    from mlmath.render.plots import break_at_jumps

    xs = np.linspace(-5, 5, 400)
    for function, where in ((np.sign, 0.0), (lambda x: 1 / x, 0.0), (lambda x: np.floor(x), 2.0)):
        gx, gy = break_at_jumps(function, xs.tolist(), function(xs).tolist())
        gaps = [x for x, y in zip(gx, gy) if math.isnan(y)]
        assert any(abs(x - where) < 1e-6 for x in gaps), (where, gaps)
    steep = lambda x: np.tanh(40 * x)  # noqa: E731 - rises by 1.4 between two samples, but continuously
    gx, gy = break_at_jumps(steep, xs.tolist(), steep(xs).tolist())
    assert gx == xs.tolist() and not any(math.isnan(y) for y in gy)


def test_a_gap_splits_a_line_and_its_legend_names_it_once():
    from mlmath.render.plots import Series, line_plot

    xs = [0, 1, 2, 3, 4, 5, 6]
    text = line_plot([Series("first", xs, [0, 0, 0, math.nan, 4, 4, 4]), Series("second", xs, [2] * 7)],
                     width=60, color=False)
    assert text.count("first") == 1 and text.count("second") == 1
    column, row, lines, top, bottom = _axes(text)
    # no braille between the two pieces: nothing drawn from (2, 0) up to (4, 4) around x = 3
    middle = round(column(3))
    assert not any(BRAILLE.match(lines[r][middle]) for r in range(top + 1, bottom))


def test_a_log_axis_ticks_at_powers_of_ten_and_marks_sit_on_them():
    from mlmath.render.plots import Series, line_plot

    values = [10.0**power for power in range(-4, 2)]
    series = Series("loss", list(range(6)), values, marks=list(zip(range(6), values)))
    text = line_plot([series], width=60, log_y=True, color=False)
    lines, top, bottom = _frame(text)
    labels = {lines[r].split("┤")[0].strip(): r for r in range(top + 1, bottom) if "┤" in lines[r]}
    assert list(labels) == ["10", "1", "0.1", "0.01", "1e-3", "1e-4"], labels
    marks = _cells(lines, top, bottom, "◆")
    for label, r in labels.items():  # each value's mark sits on the row labelled with it
        assert any(mr == r for _, mr in marks), (label, marks)
