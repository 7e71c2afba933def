"""A heatmap as a Rich table: labelled rows and columns (any script), shaded cells.

Rich measures East Asian wide characters, so Korean labels stay aligned.  On a
colour terminal each cell's background shows its value on a graded scale
(viridis: dark purple → blue → green → yellow, so 0.06 and 0.33 look
different), with the text colour set together with it (white on the dark half,
black on the light half), so a cell reads the same on dark and light themes;
without colour a shade character (░▒▓█) carries the same information.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from mlmath.render.numbers import format_fixed
from mlmath.render.tables import MAX_ROWS, kept_indices, titled_table, titled_width

SHADES = " ░▒▓█"
MASKED = "–"

# viridis at 0, 1/8, …, 1 (matplotlib's colour map, perceptually uniform, readable in grey)
VIRIDIS = [(68, 1, 84), (71, 44, 122), (59, 81, 139), (44, 113, 142), (33, 144, 141), (39, 173, 129),
           (92, 200, 99), (170, 220, 50), (253, 231, 37)]
DARK_TEXT_FROM = 0.62  # from here on the background is light enough for black text


def cell_style(level: float) -> str:
    """The Rich style of a cell at ``level`` in [0, 1]: background from the scale, text colour that reads on it."""
    position = min(1.0, max(0.0, level)) * (len(VIRIDIS) - 1)
    index = min(int(position), len(VIRIDIS) - 2)
    fraction = position - index
    low, high = VIRIDIS[index], VIRIDIS[index + 1]
    red, green, blue = (round(a + (b - a) * fraction) for a, b in zip(low, high))
    text = "black" if level >= DARK_TEXT_FROM else "white"
    return f"{text} on rgb({red},{green},{blue})"


def shade(level: float) -> str:
    """The shade character of a cell at ``level`` in [0, 1] (no colour)."""
    return SHADES[min(len(SHADES) - 1, int(min(1.0, max(0.0, level)) * (len(SHADES) - 1) + 0.5))]


def legend(label: str, low: float, high: float, color: bool, precision: int = 2):
    """One line that reads the scale: ``label  0 ▇▇ … 1`` in colours, or the shade characters."""
    from rich.text import Text

    from mlmath.render.numbers import format_number

    line = Text(f"{label}  {format_number(low, precision)} ", style="dim")
    for step in range(9 if color else len(SHADES)):
        level = step / (8 if color else len(SHADES) - 1)
        if color:
            line.append("  ", style=cell_style(level).split(" ", 1)[1])
        else:
            line.append(f"{shade(level)}" if shade(level) != " " else "·", style="dim")
    line.append(f" {format_number(high, precision)}", style="dim")
    return line


def _fitting_columns(width: int, label_width: int, widths: dict[int, int], count: int,
                     limit: int) -> list[int | None]:
    """The most of ``count`` columns (column j ``widths[j]`` wide, at most ``limit`` of them) that fit in ``width``
    cells exactly as Rich lays them out here: a label column, each column padded by one space either side, a …
    column for the rest.  ``widths`` needs only the first and the last ``limit`` columns."""
    for keep in range(min(count, limit), 0, -1):
        cols = kept_indices(count, keep)
        total = label_width + 2 + sum(widths[j] + 3 for j in cols if j is not None) + (4 if keep < count else 0)
        if total <= width:
            return cols
    return kept_indices(count, 1)


def heatmap_table(
    values: Any,
    *,
    row_labels: Sequence[str],
    col_labels: Sequence[str],
    title: str | None = None,
    precision: int = 2,
    color: bool = True,
    low: float | None = None,
    high: float | None = None,
    max_rows: int = MAX_ROWS,
    max_cols: int = 10,
    width: int = 80,
    hidden: Any = None,
    legend_label: str | None = None,
    describe_hidden: Any = None,
):
    """Shade each cell between ``low`` and ``high`` (default: the data's range); as many columns as fit
    in ``width``.  Cells where ``hidden`` (a boolean array) is True are masked: written –, not 0.00.

    ``legend_label`` adds a line under the table that reads the scale; ``describe_hidden(rows, cols)``
    (the numbers of rows and columns left out) gives a sentence said under the table when any are."""
    import numpy as np
    from rich import box
    from rich.cells import cell_len
    from rich.text import Text

    array = np.asarray(values, dtype=float)
    rows = kept_indices(array.shape[0], max_rows)
    shown_rows = [i for i in rows if i is not None]
    if low is None or high is None:
        finite = array[np.isfinite(array)]
        low = float(finite.min()) if low is None and finite.size else (low or 0.0)
        high = float(finite.max()) if high is None and finite.size else (high if high is not None else 1.0)
    span = high - low if high > low else 1.0

    label_width = max((cell_len(str(row_labels[i])) for i in rows if i is not None), default=1)
    # a cell is " 0.25 " in colour, "░░ 0.25" without: the widest number of the shown rows, and the decimals
    visible = np.abs(array[shown_rows])
    largest = float(visible[np.isfinite(visible)].max(initial=0.0))
    number_width = len(str(int(round(largest, precision)))) + (1 + precision if precision > 0 else 0) + \
        int(bool((array[shown_rows] < 0).any()))
    cell_width = number_width + (2 if color else 3)
    count = len(col_labels)
    candidates = {*range(min(count, max_cols)), *range(max(0, count - max_cols), count)}  # all a view may show
    widths = {j: max(cell_width, cell_len(str(col_labels[j]))) for j in candidates}
    cols = _fitting_columns(width, label_width, widths, count, max_cols)
    shown_cols = [j for j in cols if j is not None]
    # every visible cell written alike, to ``precision`` decimals (a tiny weight reads 0.00, not 1.2e-03)
    texts = iter(format_fixed(array[np.ix_(shown_rows, shown_cols)].reshape(-1), precision))
    table = titled_table(title, box=box.SIMPLE, pad_edge=False, min_width=titled_width(title),
                         caption_justify="left")
    table.add_column("", justify="right", style="bold", no_wrap=True)
    for j in cols:
        # labels are the user's words: Text, never read as Rich markup ("[bold]" stays "[bold]")
        table.add_column(Text("…" if j is None else str(col_labels[j])), justify="center", no_wrap=True)
    for i in rows:
        if i is None:
            table.add_row("⋮", *["⋮" for _ in cols])
            continue
        cells = []
        for j in cols:
            if j is None:
                cells.append(Text("…"))
                continue
            value = array[i, j]
            text = next(texts)
            if hidden is not None and hidden[i, j]:
                cells.append(Text(MASKED, style="dim"))
                continue
            level = 0.0 if not np.isfinite(value) else min(1.0, max(0.0, (value - low) / span))
            if color:
                cells.append(Text(f" {text} ", style=cell_style(level)))
            else:
                glyph = shade(level)
                cells.append(Text(f"{glyph}{glyph} {text}"))
        table.add_row(Text(str(row_labels[i])), *cells)
    lines = []
    hidden_rows, hidden_cols = array.shape[0] - len(shown_rows), array.shape[1] - len(shown_cols)
    if describe_hidden is not None and (hidden_rows or hidden_cols):
        lines.append(Text(describe_hidden(hidden_rows, hidden_cols), style="dim"))
    if legend_label is not None:
        lines.append(legend(legend_label, low, high, color))
    if lines:
        table.caption = Text("\n").join(lines)
    return table
