"""Terminal plots through plotext 5, with its inputs guarded.

plotext writes ANSI codes even when piped and ignores ``NO_COLOR``, and it
fails on ``inf`` and on enormous ranges, so every plot goes through here:
non-finite points are dropped, degenerate ranges widened, and the finished
text handed to Rich as ANSI, which Rich strips when colour is off.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

PLOT_HEIGHT = 16
MAX_PLOT_WIDTH = 100
MAX_POINTS = 2000  # plotext draws at most one point per character cell anyway
COLORS = ("blue+", "red+", "green+", "orange+", "magenta+", "cyan+", "yellow+", "gray")
PLAIN_MARKERS = ("•", "x", "+", "o", "*", "#", "%")  # lines after the first, when there is no colour
MAX_DRAWN = 1e100  # values beyond this are left out of a plot
MARK = "◆"  # an evaluated point on a line, in the line's colour (the caller says under the plot what it marks)
JUMP_SHARE = 0.02  # a step between samples above this share of the y range is checked for a jump
JUMP_HALVINGS = 40  # bisections that tell a jump (its size stays) from a steep slope (it halves each time)


@dataclass
class Series:
    """One line of a plot: a label and its points, and points on it to mark with ◆.

    A non-finite y (or one too large to draw) is a gap: the line stops there and starts again after it,
    so a pole or a jump is never bridged. :func:`break_at_jumps` puts such gaps where a function jumps.
    """

    label: str
    xs: Sequence[float]
    ys: Sequence[float]
    marks: Sequence[tuple[float, float]] = ()


def _drawable(value: float) -> bool:
    """Finite and small enough for plotext's arithmetic (it overflows near 1e308)."""
    return math.isfinite(value) and abs(value) <= MAX_DRAWN


def _segments(series: Series, log_y: bool) -> list[tuple[list[float], list[float]]]:
    """The runs of drawable points between the gaps (non-finite, too large, or ≤ 0 on a log axis)."""
    runs: list[list[tuple[float, float]]] = [[]]
    for x, y in zip(series.xs, series.ys):
        x, y = float(x), float(y)
        if _drawable(x) and _drawable(y) and (not log_y or y > 0):
            runs[-1].append((x, y))
        elif runs[-1]:
            runs.append([])
    runs = [run for run in runs if run]
    total = sum(len(run) for run in runs)
    if total > MAX_POINTS:
        stride = math.ceil(total / MAX_POINTS)
        runs = [run[::stride] + ([run[-1]] if (len(run) - 1) % stride else []) for run in runs]
    return [([x for x, _ in run], [y for _, y in run]) for run in runs]


def break_at_jumps(function, xs: Sequence[float], ys: Sequence[float]) -> tuple[list[float], list[float]]:
    """``xs, ys`` with a gap (a NaN) put where ``function`` jumps or has a pole between two samples.

    A step between neighbours larger than a fiftieth of the y range is bisected: a continuous function's
    change halves with the interval, a jump's stays (a pole's grows), and a point where the function is
    undefined is a gap too. ``function`` takes and returns numpy arrays (x ↦ y, element by element).
    """
    import numpy as np

    x, y = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
    finite = np.isfinite(y)
    if finite.sum() < 3:
        return list(xs), list(ys)
    low, high = np.percentile(y[finite], [2, 98])
    scale = high - low if high > low else max(1.0, abs(float(high)))
    step = np.abs(np.diff(y))
    candidates = np.nonzero(finite[:-1] & finite[1:] & (step > JUMP_SHARE * scale))[0]
    if candidates.size == 0:
        return list(xs), list(ys)
    a, b = x[candidates], x[candidates + 1]
    fa, fb = y[candidates], y[candidates + 1]
    start = np.abs(fb - fa)
    undefined = np.zeros(candidates.size, dtype=bool)
    with np.errstate(all="ignore"):
        for _ in range(JUMP_HALVINGS):
            middle = (a + b) / 2
            fm = np.array(np.broadcast_to(np.asarray(function(middle), dtype=float), middle.shape))
            undefined |= ~np.isfinite(fm)
            left = np.abs(fm - fa) >= np.abs(fb - fm)  # the half that holds most of the change
            a, fa = np.where(left, a, middle), np.where(left, fa, fm)
            b, fb = np.where(left, middle, b), np.where(left, fm, fb)
        jumps = undefined | ~(np.abs(fb - fa) <= start / 4)
    where = candidates[jumps]
    if where.size == 0:
        return list(xs), list(ys)
    gap_x = ((a + b) / 2)[jumps]
    return np.insert(x, where + 1, gap_x).tolist(), np.insert(y, where + 1, np.nan).tolist()


def _setup(plt, title: str, width: int, height: int) -> None:
    plt.clear_figure()
    plt.theme("clear")
    plt.plot_size(max(30, min(width, MAX_PLOT_WIDTH)), height)
    if title:
        plt.title(title)


def line_plot(
    series: Sequence[Series],
    *,
    title: str = "",
    xlabel: str = "",
    ylabel: str = "",
    width: int = 80,
    height: int = PLOT_HEIGHT,
    log_y: bool = False,
    y_limits: tuple[float, float] | None = None,
    color: bool = True,
) -> str | None:
    """Lines over a shared x axis; ``None`` when no series has two finite points.

    Without ``color`` every line after the first is drawn with its own marker (•, x, +, o …), so the
    legend still tells them apart.
    """
    import plotext as plt

    cleaned = [(index, item, _segments(item, log_y)) for index, item in enumerate(series)]
    cleaned = [entry for entry in cleaned if sum(len(xs) for xs, _ in entry[2]) >= 2]
    if not cleaned:
        return None
    limited = y_limits is not None and all(_drawable(v) for v in y_limits) and y_limits[0] < y_limits[1]
    if limited:
        # plotext fills in every cell of a segment: one that runs 10¹⁰ windows off the plot never ends,
        # so points beyond the window are pulled in to just past its edge (the line still leaves it)
        low, high = y_limits
        margin = high - low
        cleaned = [(index, item, [(xs, [min(max(y, low - margin), high + margin) for y in ys]) for xs, ys in runs])
                   for index, item, runs in cleaned]
    if log_y:  # drawn as log₁₀ y on a linear axis, ticked at powers of ten written as the values they stand for
        cleaned = [(index, item, [(xs, [math.log10(y) for y in ys]) for xs, ys in runs])
                   for index, item, runs in cleaned]
    _setup(plt, title, width, height)
    for place, (_, item, runs) in enumerate(cleaned):
        marker = "braille" if color or place == 0 else PLAIN_MARKERS[(place - 1) % len(PLAIN_MARKERS)]
        for number, (xs, ys) in enumerate(runs):  # one legend entry per series, however many pieces
            plt.plot(xs, ys, label=item.label if number == 0 else None, color=COLORS[place % len(COLORS)],
                     marker=marker)
    all_ys = [y for _, _, runs in cleaned for _, ys in runs for y in ys]
    if log_y:
        y_range = _widen_flat_range(plt, all_ys)
        plt.yticks(*log_ticks(*y_range))
    else:
        if limited:
            plt.ylim(*y_limits)
            y_range = y_limits
        else:
            y_range = _widen_flat_range(plt, all_ys)
        plt.yticks(*round_ticks(*y_range))
    for place, (_, item, _) in enumerate(cleaned):  # marks last, so a line never covers them
        marks = [(float(x), math.log10(float(y)) if log_y else float(y)) for x, y in item.marks
                 if _drawable(float(x)) and _drawable(float(y)) and (not log_y or float(y) > 0)]
        marks = [(x, y) for x, y in marks if y_range[0] <= y <= y_range[1]]
        if marks:
            plt.scatter([x for x, _ in marks], [y for _, y in marks], marker=MARK,
                        color=COLORS[place % len(COLORS)])
    xs = [x for _, _, runs in cleaned for points, _ in runs for x in points]
    plt.xticks(*round_ticks(min(xs), max(xs), count=5 if width >= 60 else 3))
    if xlabel:
        plt.xlabel(xlabel)
    if ylabel:
        plt.ylabel(ylabel)
    return _fit_wide_lines(plt.build())


def _widen_flat_range(plt, ys: list[float]) -> tuple[float, float]:
    """The y range drawn: the data's, widened when it is flat."""
    low, high = min(ys), max(ys)
    if high - low < 1e-12 * max(1.0, abs(high)):
        pad = max(1.0, abs(high) * 0.1)
        low, high = low - pad, high + pad
        plt.ylim(low, high)
    return low, high


def round_ticks(low: float, high: float, count: int = 6) -> tuple[list[float], list[str]]:
    """Ticks at round numbers inside [low, high], a step of 1, 2 or 5 times a power of ten giving about
    ``count`` of them, each labelled with just the decimals the step needs (0, 0.5, 1 … never 0.83 or -0.0)."""
    if not (math.isfinite(low) and math.isfinite(high)) or high <= low:
        return [low], [_tick_label(low, 0)]
    raw = (high - low) / max(1, count - 1)
    power = 10.0 ** math.floor(math.log10(raw))
    steps = [factor * power for factor in (0.1, 0.2, 0.5, 1, 2, 5, 10)]
    step = next(candidate for candidate in steps if candidate >= raw)
    first, last = math.ceil(low / step - 1e-9), math.floor(high / step + 1e-9)
    while last - first < 1 and step > steps[0]:  # a step that leaves one tick or none: the next smaller one
        step = max(candidate for candidate in steps if candidate < step)
        first, last = math.ceil(low / step - 1e-9), math.floor(high / step + 1e-9)
    decimals = max(0, -math.floor(math.log10(step) + 1e-9))
    slack = 1e-9 * (high - low)  # far from 0, index × step can land a float's width past an end: not drawn
    ticks = [tick for tick in (index * step for index in range(first, last + 1)) if low - slack <= tick <= high + slack]
    return ticks, [_tick_label(tick, decimals) for tick in ticks]


def log_ticks(low: float, high: float, count: int = 6) -> tuple[list[float], list[str]]:
    """Ticks for an axis drawn as log₁₀ of the values, from ``low`` to ``high`` in those logs: at powers of
    ten (every second or third one when there are many), labelled with the value: 1e-3, 0.01, 0.1, 1, 10 …
    Within less than a decade, at 1, 2 and 5 times the powers of ten."""
    if not (math.isfinite(low) and math.isfinite(high)) or high <= low:
        return [low], [_power_label(1, round(low))] if float(round(low)) == low else [f"{10 ** low:.3g}"]
    first, last = math.ceil(low - 1e-9), math.floor(high + 1e-9)
    if last - first >= 1:
        stride = max(1, math.ceil((last - first + 1) / count))
        powers = range(first, last + 1, stride)
        return [float(power) for power in powers], [_power_label(1, power) for power in powers]
    ticks = [(math.log10(mantissa) + power, mantissa, power) for power in (first - 1, first)
             for mantissa in (1, 2, 5) if low - 1e-9 <= math.log10(mantissa) + power <= high + 1e-9]
    if len(ticks) >= 2:
        return [tick for tick, _, _ in ticks], [_power_label(mantissa, power) for _, mantissa, power in ticks]
    values, labels = round_ticks(10.0**low, 10.0**high, 3)  # a narrow span between those: its round values
    kept = [(math.log10(value), label) for value, label in zip(values, labels) if value > 0]
    return [tick for tick, _ in kept], [label for _, label in kept]


def _power_label(mantissa: int, power: int) -> str:
    """``mantissa`` × 10^``power`` as a reader writes it: 0.05, 0.1, 2, 1000, and 1e-3, 2e4 beyond those."""
    if -2 <= power <= 3:
        return f"{mantissa * 10.0 ** power:.{max(0, -power)}f}"
    return f"{mantissa}e{power}"


def _tick_label(value: float, decimals: int) -> str:
    text = f"{value:.{decimals}f}"
    return text[1:] if text.startswith("-") and float(text) == 0 else text


def bar_chart(
    labels: Sequence[str],
    values: Sequence[float],
    *,
    title: str = "",
    width: int = 80,
    horizontal: bool = True,
    value_limits: tuple[float, float] | None = None,
) -> str | None:
    """Bars for a few labelled values (probabilities, similarities); ``value_limits`` fixes the value axis."""
    import plotext as plt

    pairs = [(str(label), float(value)) for label, value in zip(labels, values) if math.isfinite(float(value))]
    if not pairs:
        return None
    if horizontal:
        pairs.reverse()  # plotext stacks horizontal bars upwards: the first label then reads at the top
    # one row per bar (plus title, frame and ticks), so each label sits on its own bar's row; with two
    # rows per bar plotext puts some labels on a bar's upper row and some on its lower one
    height = min(PLOT_HEIGHT * 2, len(pairs) + 4) if horizontal else PLOT_HEIGHT
    _setup(plt, title, width, height)
    stand_ins, written = _stand_ins([label for label, _ in pairs], horizontal)
    plt.bar(
        stand_ins,
        [value for _, value in pairs],
        orientation="horizontal" if horizontal else "vertical",
        color=COLORS[0],
        width=0.5,  # at 0.6 plotext drew some bars (often the first or last) over a neighbour's row too
    )
    if value_limits is not None:
        (plt.xlim if horizontal else plt.ylim)(*value_limits)
    text = _fit_wide_lines(plt.build())  # the title; the stand-ins are single width
    for stand_in, label in written.items():
        text = text.replace(stand_in, label)
    return text


# plotext counts characters, not terminal cells, so a double-width character
# (Korean, CJK) pushes the rest of its line one cell to the right.
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_SPACES = re.compile(r" +")


def _stand_ins(labels: list[str], horizontal: bool) -> tuple[list[str], dict[str, str]]:
    """Labels plotext can measure: double-width ones become private-use stand-ins as wide as the widest.

    Returns the labels to plot and stand-in → label padded to that many cells
    (right-aligned beside horizontal bars, centred under vertical ones).
    """
    from rich.cells import cell_len

    if all(cell_len(label) == len(label) for label in labels):
        return labels, {}
    width = max(cell_len(label) for label in labels)
    plotted, written = [], {}
    for index, label in enumerate(labels):
        stand_in = chr(0xE000 + index % 6400) * width
        pad = width - cell_len(label)
        left = pad if horizontal else pad // 2
        plotted.append(stand_in)
        written[stand_in] = " " * left + label + " " * (pad - left)
    return plotted, written


def _fit_wide_lines(text: str) -> str:
    """Give back, on each line, the cells its double-width characters took: from the longest run of spaces."""
    from rich.cells import cell_len

    lines = []
    for line in text.split("\n"):
        plain = _ANSI.sub("", line)
        extra = cell_len(plain) - len(plain)
        while extra > 0:
            runs = list(_SPACES.finditer(line))
            if not runs:
                break
            longest = max(runs, key=lambda match: match.end() - match.start())
            cut = min(extra, longest.end() - longest.start())
            line = line[: longest.start()] + line[longest.start() + cut:]
            extra -= cut
        lines.append(line)
    return "\n".join(lines)


def print_plot(console, text: str | None) -> None:
    """Hand a built plot to Rich: colours kept on a colour terminal, stripped elsewhere."""
    if not text:
        return
    from rich.text import Text

    console.print(Text.from_ansi(text.rstrip("\n")), crop=False, soft_wrap=True)
