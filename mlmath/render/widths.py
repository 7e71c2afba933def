"""Rich measures the trailing space of a wrapped line in characters, not terminal cells.

``Text.rstrip_end`` decides whether to drop the space at the end of a wrapped
line by comparing ``len(text)`` with the width; a line of Korean (two cells a
syllable) that just fills its cell then keeps the space and loses its last
syllable to "…".  :func:`install` replaces the method with one that counts
cells, for every table and help panel mlmath prints.
"""

from __future__ import annotations

import re

_TRAILING_SPACE = re.compile(r"\s+$")


def _rstrip_end(self, size: int) -> None:
    """Remove whitespace beyond ``size`` cells at the end of the text (cells, not characters)."""
    from rich.cells import cell_len

    excess = cell_len(self.plain) - size
    if excess > 0:
        trailing = _TRAILING_SPACE.search(self.plain)
        if trailing is not None:
            self.right_crop(min(len(trailing.group(0)), excess))  # a space is one cell


def install() -> None:
    """Measure trailing space in cells from now on (idempotent)."""
    from rich.text import Text

    if Text.rstrip_end is not _rstrip_end:
        Text.rstrip_end = _rstrip_end


def wrap_words(text: str, width: int) -> list[str]:
    """``text`` on lines of at most ``width`` terminal cells (a Korean syllable takes two), broken between
    words; a word wider than a line stands alone on its own."""
    from rich.cells import cell_len

    lines: list[str] = []
    for word in text.split():
        if lines and cell_len(lines[-1]) + 1 + cell_len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines
