"""Labelled Rich tables of vectors and matrices, truncated so rendering never scales with the data."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from mlmath.render.numbers import DEFAULT_PRECISION, format_array_entries

MAX_ROWS = 12  # beyond this, show the first and last rows around a ⋮
ELLIPSIS = "…"
VERTICAL_ELLIPSIS = "⋮"


def titled_width(title: str | None) -> int | None:
    """Wide enough that a table's title stays on one line."""
    if not title:
        return None
    from rich.cells import cell_len

    return cell_len(title) + 1


def titled_table(title: str | None, **options):
    """A Rich table in mlmath's style: its title bold on the left, a rule under the header (drawn quickly
    when its cells are simple: :mod:`mlmath.render.quicktable`)."""
    from rich import box

    from mlmath.render.quicktable import QuickTable

    return QuickTable(title=title, **{"box": box.SIMPLE_HEAD, "title_justify": "left", "title_style": "bold",
                                      **options})


class SideBySide:
    """Tables in a row, ``gap`` spaces apart, as many as fit on a line; the others on the lines below,
    the same way (what ``rich.columns.Columns`` does, without its grid: Columns lays its pieces out in
    a Rich table, whose measuring and padding cost more than the tables themselves, and crops a
    caption wider than its cell)."""

    def __init__(self, renderables: Sequence[Any], gap: int = 3):
        self.renderables = list(renderables)
        self.gap = gap

    def __rich_console__(self, console, options):
        from rich.measure import Measurement
        from rich.segment import Segment

        widths = [Measurement.get(console, options, item).maximum for item in self.renderables]
        alone = [_wider_annotation(item, width) for item, width in zip(self.renderables, widths)]
        rows: list[list[int]] = []  # which pieces share a line: greedily, left to right
        for index, width in enumerate(widths):
            row = rows[-1] if rows else None
            if row and not alone[index] and not alone[row[-1]] and \
                    sum(widths[i] + self.gap for i in row) + width <= options.max_width:
                row.append(index)
            else:
                rows.append([index])
        for row in rows:
            if len(row) == 1 and (alone[row[0]] or widths[row[0]] > options.max_width):
                yield self.renderables[row[0]]  # drawn by itself, its title or caption on full lines
                continue
            # each piece's lines, padded to its width; a shorter piece is continued with blank lines
            blocks = [console.render_lines(self.renderables[i], options.update(width=widths[i]), pad=True)
                      for i in row]
            height = max(len(lines) for lines in blocks)
            gap = Segment(" " * self.gap)
            for line in range(height):
                for index, (lines, i) in enumerate(zip(blocks, row)):
                    if index:
                        yield gap
                    yield from (lines[line] if line < len(lines) else [Segment(" " * widths[i])])
                yield Segment.line()


def _wider_annotation(item: Any, width: int) -> bool:
    """A table whose title or caption is wider than the table: it is drawn on its own, at full width."""
    from rich.cells import cell_len

    annotations = (getattr(item, "title", None), getattr(item, "caption", None))
    return any(cell_len(str(getattr(text, "plain", text))) > width for text in annotations if text)


def wrap_headers_to_fit(table, rows: list[list[str]], console, width: int) -> None:
    """When ``table`` is wider than ``width``, its right-justified (number) columns become as narrow
    as their cells and the longest word of their header, which then wraps ("to minimum" over two
    lines), before Rich squeezes the text columns or cuts numbers."""
    from rich.cells import cell_len
    from rich.measure import Measurement
    from rich.text import Text

    natural = Measurement.get(console, console.options.update_width(10_000), table).maximum
    if natural <= width:
        return
    for index, column in enumerate(table.columns):
        if column.justify == "right":
            header = str(column.header)
            longest_word = max((cell_len(word) for word in header.split()), default=1)
            column.max_width = max([longest_word, *(cell_len(row[index]) for row in rows)])
            # the header broken into lines here, so the numbers below can stay unwrapped
            lines = Text(header).wrap(console, column.max_width)
            column.header = "\n".join(line.plain.rstrip() for line in lines)


def kept_indices(size: int, limit: int) -> list[int | None]:
    """Indices to show out of ``size``: all, or the first and last halves of ``limit`` around ``None``."""
    if size <= limit:
        return list(range(size))
    head = (limit + 1) // 2
    tail = limit - head
    return [*range(head), None, *range(size - tail, size)]


def columns_that_fit(width: int, label_width: int, cell_width: int, count: int) -> int:
    """How many of ``count`` value columns, each ``cell_width`` wide, fit in ``width`` terminal cells
    beside a label column (at least 1)."""
    cell = cell_width + 3  # padding and a gap
    room = width - label_width - 4  # the label column's padding and the table's edges
    if room // cell < count:
        room -= 4  # the … column that stands for the hidden ones
    return max(1, room // cell)


def _max_columns(array: Any, width: int, precision: int, label_width: int, header_width: int) -> int:
    sample = array[: min(array.shape[0], MAX_ROWS), : min(array.shape[1], 8)]
    entries = format_array_entries(sample.reshape(-1), precision)
    cell_width = max(max((len(entry) for entry in entries), default=1), header_width)
    return columns_that_fit(width, label_width, cell_width, array.shape[1])


def matrix_table(
    values: Any,
    *,
    title: str | None = None,
    row_labels: Sequence[str] | Callable[[int], str] | None = None,
    col_labels: Sequence[str] | Callable[[int], str] | None = None,
    precision: int = DEFAULT_PRECISION,
    width: int = 80,
    max_rows: int = MAX_ROWS,
    corner: str = "",
):
    """A table of a vector (one row) or matrix, with row and column labels (a list, or a function of
    the 0-based index; 1, 2, 3 … unless given).

    Only the visible slice is ever formatted and labelled, so a 1000×1000 matrix costs the
    same as a 12×8 one; a caption says what was left out.
    """
    import numpy as np

    from mlmath.text import template

    array = np.asarray(values)
    if array.ndim == 0:
        array = array.reshape(1, 1)
    elif array.ndim == 1:
        array = array.reshape(1, -1)
    rows, cols = array.shape
    row_name, col_name = _labeller(row_labels), _labeller(col_labels)
    from rich.cells import cell_len  # Korean characters take two cells

    row_index = kept_indices(rows, max_rows)
    label_width = max((cell_len(row_name(i)) for i in row_index if i is not None), default=1)
    header_width = max((cell_len(col_name(j)) for j in {*range(min(8, cols)), *range(max(0, cols - 8), cols)}),
                       default=1)
    col_index = kept_indices(cols, _max_columns(array, width, precision, label_width, header_width))

    from rich.text import Text  # labels are the user's words, never read as Rich markup

    table = titled_table(title, pad_edge=False, min_width=titled_width(title))
    table.add_column(corner, style="dim", justify="right", no_wrap=True)
    for j in col_index:
        table.add_column(ELLIPSIS if j is None else Text(col_name(j)), justify="right", no_wrap=True)

    shown_rows = [i for i in row_index if i is not None]
    shown_cols = [j for j in col_index if j is not None]
    block = array[np.ix_(shown_rows, shown_cols)]
    texts = iter(format_array_entries(block.reshape(-1), precision))
    for i in row_index:
        if i is None:
            table.add_row(VERTICAL_ELLIPSIS, *[VERTICAL_ELLIPSIS if j is not None else "⋱" for j in col_index])
            continue
        cells = [ELLIPSIS if j is None else next(texts) for j in col_index]
        table.add_row(Text(row_name(i)), *cells)
    if len(shown_rows) < rows or len(shown_cols) < cols:
        table.caption = template("view.truncated").format(
            shown_rows=len(shown_rows), shown_cols=len(shown_cols), rows=rows, cols=cols
        )
    return table


def _labeller(labels: Sequence[str] | Callable[[int], str] | None) -> Callable[[int], str]:
    if labels is None:
        return lambda index: str(index + 1)
    return labels if callable(labels) else labels.__getitem__


def shown_part_table(
    shape: tuple[int, int],
    take: Callable[[Any, Any], Any],
    *,
    row_label: Callable[[int], str],
    col_label: Callable[[int], str],
    title: str | None = None,
    precision: int = DEFAULT_PRECISION,
    width: int = 80,
):
    """:func:`matrix_table` of a rows × cols array too large to hand over whole (10⁷ logits, two vectors of
    10⁶): ``take(row_indices, col_indices)`` gives just those entries, the labels are asked for just those.

    The table shows at most MAX_ROWS rows and about width/4 columns, first and last; it is handed the
    first MAX_ROWS and the last 6 rows and the first and last ``keep`` columns — all it measures, samples
    and shows, so it looks exactly as with the whole array — and its caption counts the whole array.
    """
    import numpy as np

    from mlmath.text import template

    rows, cols = shape
    keep = max(8, width // 4 + 2)  # a column is at least 4 cells wide: at most width/4 of them are shown
    row_index = np.arange(rows) if rows <= MAX_ROWS + 6 else np.r_[0:MAX_ROWS, rows - 6:rows]
    col_index = np.arange(cols) if cols <= 2 * keep else np.r_[0:keep, cols - keep:cols]
    table = matrix_table(take(row_index, col_index), title=title,
                         row_labels=[row_label(int(i)) for i in row_index],
                         col_labels=[col_label(int(j)) for j in col_index], precision=precision, width=width)
    if len(row_index) < rows or len(col_index) < cols:
        shown_cols = sum(1 for column in table.columns[1:]
                         if not (isinstance(column.header, str) and column.header == ELLIPSIS))
        table.caption = template("view.truncated").format(shown_rows=min(rows, MAX_ROWS), shown_cols=shown_cols,
                                                          rows=rows, cols=cols)
    return table
