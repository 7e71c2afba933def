"""A Rich table that lays out its simple cases itself: the same picture, a tenth of the time.

Rich measures and renders every cell through its general machinery (padding,
wrapping, justification, measurement), about 60 µs a cell: eight attention
heatmaps and the walk's tables took 70–180 ms, more than the attention itself.
mlmath's tables are simple: one line per cell, no wrapping, a blank box with a
rule under the header (``box.SIMPLE``/``SIMPLE_HEAD``), no padding at the edges.
For exactly those, :class:`QuickTable` measures each cell once (its width in
terminal cells) and writes the segments Rich would write: the same characters
in the same styles (tests/test_quicktable.py compares them cell by cell).  Any
other table, or one too wide for the terminal, is drawn by Rich itself.
"""

from __future__ import annotations

from math import ceil
from typing import Any

from rich import box as boxes
from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text

_BLANK_BOXES = (boxes.SIMPLE, boxes.SIMPLE_HEAD)  # spaces around, a rule of ─ under the header
_PLAIN = frozenset("[:\n\t\r")
_JUSTIFIED = ("left", "center", "right")  # a string cell with none of these is drawn as it is (no markup, no emoji)


def ratio_distribute(total: int, ratios: list[int]) -> list[int]:
    """``total`` shared out in proportion to ``ratios``, rounding up as it goes (as Rich shares a table's
    spare width among its columns)."""
    total_ratio, remaining, shares = sum(ratios), total, []
    for ratio in ratios:
        share = ceil(ratio * remaining / total_ratio) if total_ratio > 0 else remaining
        shares.append(share)
        total_ratio -= ratio
        remaining -= share
    return shares


def _longest_word(text: str) -> int:
    """A cell's narrowest width as Rich measures a Text: its longest word (its whole width when it has none)."""
    words = text.split()
    return max(cell_len(word) for word in words) if words else cell_len(text)


class QuickTable(Table):
    """:class:`rich.table.Table`, drawn directly when every cell is one plain line (see the module)."""

    def __rich_console__(self, console, options):
        cells = self._simple_cells()
        widths = self._widths(cells, options.max_width) if cells is not None and not options.ascii_only else None
        if widths is None or options.legacy_windows:
            yield from super().__rich_console__(console, options)
            return
        extra = len(widths) + 1  # the two edges and the gaps between columns
        render_options = options.update(width=sum(widths) + extra, highlight=self.highlight, height=None)
        if self.title:
            yield from self._annotation(console, render_options, self.title, self.title_style or "table.title",
                                        self.title_justify)
        yield from self._body(console, cells, widths)
        if self.caption:
            yield from self._annotation(console, render_options, self.caption, self.caption_style or "table.caption",
                                        self.caption_justify)

    def __rich_measure__(self, console, options):
        """Its width, as Rich measures it (placed in Columns or a tree, a table is measured before it is
        drawn): each column at most its widest cell and at least its longest word, with its padding, plus
        the edges, and at least ``min_width``."""
        from rich.measure import Measurement

        cells = self._simple_cells() if self.width is None else None
        if cells is None:
            return super().__rich_measure__(console, options)
        last, extra = len(cells) - 1, len(cells) + 1
        low = high = extra
        for index, texts in enumerate(cells):
            padding = (index > 0) + (index < last)
            high += max(cell_len(text.plain) for text in texts) + padding
            low += max(_longest_word(text.plain) for text in texts) + padding
        if high > options.max_width:  # Rich would shrink the columns: let it measure
            return super().__rich_measure__(console, options)
        return Measurement(low, high).clamp(self.min_width)

    # --- what is simple enough -------------------------------------------------------------------

    def _simple_cells(self) -> list[list[Text]] | None:
        """Each column's cells (header first) as Text, or None when Rich must draw the table."""
        if not (self.box in _BLANK_BOXES and self.show_header and not self.show_footer and self.show_edge
                and not self.show_lines and not self.leading and not self.pad_edge and not self.expand
                and self.width is None and tuple(self.padding) == (0, 1, 0, 1) and not self.collapse_padding
                and not self.row_styles and self.style in (None, "", "none") and not self.border_style
                and not any(row.end_section or row.style for row in self.rows)):
            return None
        columns = []
        for column in self.columns:
            if not (column.no_wrap and column.width is None and column.min_width is None and column.max_width is None
                    and not column.ratio and column.vertical == "top" and column.justify in _JUSTIFIED):
                return None
            texts = []
            for cell in (column.header, *column.cells):
                if isinstance(cell, str):
                    if _PLAIN.intersection(cell):
                        return None
                    cell = Text(cell)
                elif not isinstance(cell, Text) or "\n" in cell.plain or "\t" in cell.plain or \
                        cell.justify not in (None, *_JUSTIFIED):
                    return None
                texts.append(cell)
            columns.append(texts)
        return columns

    def _widths(self, columns: list[list[Text]], max_width: int) -> list[int] | None:
        """Each column's width with its padding (none at the table's edges), widened to ``min_width`` as
        Rich widens it; None when the table does not fit in ``max_width``."""
        last = len(columns) - 1
        widths = [max(cell_len(text.plain) for text in texts) + (index > 0) + (index < last) or 1
                  for index, texts in enumerate(columns)]
        extra = len(widths) + 1
        if sum(widths) > max_width - extra:
            return None
        if self.min_width is not None and sum(widths) < self.min_width - extra:
            room = min(self.min_width - extra, max_width - extra)
            widths = [width + share for width, share in zip(widths, ratio_distribute(room - sum(widths), widths))]
        return widths

    # --- drawing ---------------------------------------------------------------------------------

    def _annotation(self, console, options, text: Any, style: Any, justify: str):
        """The title or caption, by Rich (one Text: cheap)."""
        shown = console.render_str(text, style=style, highlight=False) if isinstance(text, str) else text
        return console.render(shown, options=options.update(justify=justify))

    def _body(self, console, columns: list[list[Text]], widths: list[int]):
        get_style = console.get_style
        null = Style.null()
        header_style = get_style(self.header_style or "")
        bases = [[header_style + get_style(column.header_style or "")] for column in self.columns]
        for base, column in zip(bases, self.columns):
            base.append(get_style(column.style or ""))
        line, edge = Segment.line(), Segment(" ", null)
        last = len(widths) - 1
        yield Segment(" " * (sum(widths) + len(widths) + 1), null)  # the blank top of the box
        yield line
        pads = [(int(index > 0), int(index < last)) for index in range(len(widths))]
        for row in range(len(columns[0])):
            # a cell with nothing to say and no room renders no line; Rich fills it with blanks in the cell's
            # style when another cell of the row has a line, unstyled when none has
            lined = any(texts[row].plain or width > sum(pad) for texts, width, pad in zip(columns, widths, pads))
            yield edge
            for index, (texts, width, column) in enumerate(zip(columns, widths, self.columns)):
                base = bases[index][0 if row == 0 else 1]
                left, right = pads[index]
                inner = width - left - right
                if not texts[row].plain and not inner:
                    yield Segment(" " * width, base if lined else None)
                else:
                    if left:
                        yield Segment(" ", base)
                    yield from self._cell(console, texts[row], inner, column.justify, base)
                    if right:
                        yield Segment(" ", base)
                if index < last:
                    yield edge  # the blank divider
            yield edge
            yield line
            if row == 0:  # the rule under the header
                yield Segment(" " + "─" * (sum(widths) + len(widths) - 1) + " ", null)
                yield line
        yield Segment(" " * (sum(widths) + len(widths) + 1), null)  # the blank bottom
        yield line

    @staticmethod
    def _cell(console, text: Text, width: int, justify: str, base: Style):
        """One cell's segments, justified in ``width`` cells as Rich justifies a line of text."""
        justify = text.justify or justify or "left"
        if justify in ("center", "right") and text.plain != text.plain.rstrip():
            text = text.copy()
            text.rstrip()
        plain = text.plain
        spare = max(0, width - cell_len(plain))
        before = spare // 2 if justify == "center" else spare if justify == "right" else 0
        after = spare - before
        own = base + console.get_style(text.style) if text.style else base
        if before:
            yield Segment(" " * before, own)
        if not text.spans:
            yield Segment(plain, own)
        else:
            spans = Text()
            spans.append(text)  # its own style becomes a span under the others, as when Rich joins lines
            for segment in spans.render(console, end=""):
                yield Segment(segment.text, base + segment.style if segment.style else base)
        if after:
            yield Segment(" " * after, own)
