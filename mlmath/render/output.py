"""Where output goes and how it looks: the consoles and the user's output options.

Colour follows the terminal: Rich writes none when stdout is not a terminal
and none when ``NO_COLOR`` is set.  Tests build an ``Output`` around string
buffers instead of the real streams.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import IO, TYPE_CHECKING

from mlmath.render.numbers import DEFAULT_PRECISION

if TYPE_CHECKING:
    from rich.console import Console


@dataclass
class Output:
    """The common output options of every command, and the consoles they write to."""

    json: bool = False
    expect: str | None = None
    tolerance: float | None = None  # --tol, read
    precision: int = DEFAULT_PRECISION
    steps: bool = True
    plot: bool | None = None  # None: plot when stdout is a terminal
    export: Path | None = None  # also save what is shown (.svg, .html or .txt)
    stdout: IO[str] | None = None
    stderr: IO[str] | None = None

    @cached_property
    def console(self) -> Console:
        return _make_console(self.stdout or sys.stdout, record=self.export is not None)

    @cached_property
    def error_console(self) -> Console:
        return _make_console(self.stderr or sys.stderr)

    @property
    def is_terminal(self) -> bool:
        return self.console.is_terminal

    @property
    def color(self) -> bool:
        return self.console.color_system is not None and not self.console.no_color

    @property
    def wants_plot(self) -> bool:
        """An explicit ``--plot/--no-plot`` wins; otherwise plot on a terminal only."""
        if self.json:
            return False
        return self.is_terminal if self.plot is None else self.plot

    @property
    def width(self) -> int:
        return self.console.width


MIN_WIDTH = 20  # the narrowest terminal mlmath lays out for; a narrower one wraps what it prints


def _make_console(stream: IO[str], record: bool = False) -> Console:
    from rich.console import Console

    no_color = bool(os.environ.get("NO_COLOR"))
    console = Console(file=stream, no_color=no_color, highlight=False, emoji=False, soft_wrap=False, record=record)
    if console.width < MIN_WIDTH:  # COLUMNS=1: tables cannot be laid out narrower than this
        console.width = MIN_WIDTH
    return console


def save_export(out: Output) -> None:
    """Write what the console showed to ``out.export``: SVG, HTML or plain text (plots included)."""
    from mlmath.errors import InputError

    path = out.export
    suffix = path.suffix.lower()
    try:
        if out.json:
            return  # the JSON document was written as it was printed
        if suffix == ".svg":
            out.console.save_svg(str(path), title="mlmath")
        elif suffix == ".html":
            out.console.save_html(str(path))
        else:
            out.console.save_text(str(path))
    except OSError as error:
        raise InputError(f"cannot write {str(path)!r}: {error.strerror}", argument="--export") from None
