"""A heatmap as a Rich table: labelled rows and columns (any script), shaded cells.

Rich measures East Asian wide characters, so Korean labels stay aligned.  On a
colour terminal each cell's background shows its value; without colour a
shade character (░▒▓█) carries the same information.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from mlmath.render.numbers import format_array_entries
from mlmath.render.tables import MAX_ROWS, columns_that_fit, kept_indices, titled_table, titled_width

SHADES = " ░▒▓█"
MASKED = "–"


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
):
    """Shade each cell between ``low`` and ``high`` (default: the data's range); as many columns as fit
    in ``width``.  Cells where ``hidden`` (a boolean array) is True are masked: written –, not 0.00."""
    import numpy as np
    from rich import box
    from rich.cells import cell_len
    from rich.text import Text

    array = np.asarray(values, dtype=float)
    finite = array[np.isfinite(array)]
    low = float(finite.min()) if low is None and finite.size else (low or 0.0)
    high = float(finite.max()) if high is None and finite.size else (high if high is not None else 1.0)
    span = high - low if high > low else 1.0

    rows = kept_indices(array.shape[0], max_rows)
    label_width = max((cell_len(str(row_labels[i])) for i in rows if i is not None), default=1)
    header_width = max((cell_len(str(label)) for label in col_labels), default=1)
    cell_width = max(header_width, precision + 6)  # "░░ -0.25": a shade, a sign, the decimals
    fitting = columns_that_fit(width, label_width, cell_width, array.shape[1])
    cols = kept_indices(array.shape[1], min(max_cols, fitting))
    shown_rows = [i for i in rows if i is not None]
    shown_cols = [j for j in cols if j is not None]
    # every visible cell written alike, to ``precision`` decimals (a tiny weight reads 0.00, not 1.2e-03)
    block = np.round(array[np.ix_(shown_rows, shown_cols)], precision)
    texts = iter(format_array_entries(block.reshape(-1), precision))
    table = titled_table(title, box=box.SIMPLE, pad_edge=False, min_width=titled_width(title))
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
                shade = int(40 + 200 * level)
                style = f"on rgb({shade // 4},{shade // 3},{shade})" + (" bold" if level > 0.5 else "")
                cells.append(Text(f" {text} ", style=style))
            else:
                glyph = SHADES[min(len(SHADES) - 1, int(level * (len(SHADES) - 1) + 0.5))]
                cells.append(Text(f"{glyph}{glyph} {text}"))
        table.add_row(Text(str(row_labels[i])), *cells)
    return table
