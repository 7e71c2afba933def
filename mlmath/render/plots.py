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


@dataclass
class Series:
    """One line of a plot: a label and its points."""

    label: str
    xs: Sequence[float]
    ys: Sequence[float]


def _drawable(value: float) -> bool:
    """Finite and small enough for plotext's arithmetic (it overflows near 1e308)."""
    return math.isfinite(value) and abs(value) <= MAX_DRAWN


def _finite_points(series: Series, log_y: bool) -> tuple[list[float], list[float]]:
    points = [
        (float(x), float(y))
        for x, y in zip(series.xs, series.ys)
        if _drawable(float(x)) and _drawable(float(y)) and (not log_y or float(y) > 0)
    ]
    if len(points) > MAX_POINTS:
        stride = math.ceil(len(points) / MAX_POINTS)
        points = points[::stride] + [points[-1]]
    return [x for x, _ in points], [y for _, y in points]


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

    cleaned = [(item.label, *_finite_points(item, log_y)) for item in series]
    cleaned = [entry for entry in cleaned if len(entry[1]) >= 2]
    if not cleaned:
        return None
    limited = y_limits is not None and all(_drawable(v) for v in y_limits) and y_limits[0] < y_limits[1]
    if limited:
        # plotext fills in every cell of a segment: one that runs 10¹⁰ windows off the plot never ends,
        # so points beyond the window are pulled in to just past its edge (the line still leaves it)
        low, high = y_limits
        margin = high - low
        cleaned = [(label, xs, [min(max(y, low - margin), high + margin) for y in ys]) for label, xs, ys in cleaned]
    _setup(plt, title, width, height)
    for index, (label, xs, ys) in enumerate(cleaned):
        marker = "braille" if color or index == 0 else PLAIN_MARKERS[(index - 1) % len(PLAIN_MARKERS)]
        plt.plot(xs, ys, label=label, color=COLORS[index % len(COLORS)], marker=marker)
    if log_y:
        plt.yscale("log")
    else:
        if limited:
            plt.ylim(*y_limits)
            y_range = y_limits
        else:
            y_range = _widen_flat_range(plt, [y for _, _, ys in cleaned for y in ys])
        plt.yticks(*round_ticks(*y_range))
    xs = [x for _, points, _ in cleaned for x in points]
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
    ticks = [index * step for index in range(first, last + 1)]
    return ticks, [_tick_label(tick, decimals) for tick in ticks]


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
