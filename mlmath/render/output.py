"""Where output goes and how it looks: the consoles and the user's output options.

Colour follows the terminal: Rich writes none when stdout is not a terminal
and none when ``NO_COLOR`` is set.  Tests build an ``Output`` around string
buffers instead of the real streams.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
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

    command: str = ""  # the command whose result this is (the "command" of --json)
    json: bool = False
    expect: str | None = None
    tolerance: float | None = None  # --tol, read
    precision: int = DEFAULT_PRECISION
    steps: bool = True
    plot: bool | None = None  # None: plot when stdout is a terminal
    export: Path | None = None  # also save what is shown (.svg, .html or .txt)
    stdout: IO[str] | None = None
    stderr: IO[str] | None = None
    environ: Mapping[str, str] | None = None  # NO_COLOR and COLUMNS are read here (None: the process's)
    force_color: bool | None = None  # None: colour follows the terminal and NO_COLOR
    columns: int | None = None  # None: COLUMNS, else the terminal's width
    pager: bool = True  # long output on a terminal goes through a pager (--no-pager: never)

    @cached_property
    def console(self) -> Console:
        stream = self.stdout or sys.stdout
        console = self._console(stream, record=self.export is not None)
        if self.pager and not self.json and console.is_terminal:
            # held back until the command ends, then shown at once or through the pager (see finish);
            # laid out and coloured for the terminal it will reach
            import io

            from rich.console import Console

            self._held = (stream, io.StringIO(), console.height)
            console = Console(file=self._held[1], force_terminal=True, color_system=console.color_system,
                              no_color=console.no_color, width=console.width, height=console.height,
                              highlight=False, emoji=False, soft_wrap=False, record=self.export is not None)
        return console

    def finish(self) -> None:
        """Show what was held back: as it is when it fits the terminal, else through the pager, as git does."""
        held = self.__dict__.pop("_held", None)
        if held is None:
            return
        stream, buffer, height = held
        text = buffer.getvalue()
        if text.count("\n") < height or not _through_pager(text, self.environ):
            stream.write(text)
            stream.flush()

    @cached_property
    def error_console(self) -> Console:
        return self._console(self.stderr or sys.stderr)

    def _console(self, stream: IO[str], record: bool = False) -> Console:
        import os

        from rich.console import Console

        from mlmath.render.widths import install

        install()  # wrapped Korean lines keep their last syllable
        environ = os.environ if self.environ is None else self.environ
        if not _is_terminal(stream):
            stream = _TrimmedLines(stream)  # piped: no trailing spaces from padded table cells
        width = self.columns
        if width is None and environ.get("COLUMNS", "").strip().isdigit():
            width = int(environ["COLUMNS"])
        if self.force_color is None:
            color = {"no_color": bool(environ.get("NO_COLOR"))}
        else:
            color = {"force_terminal": self.force_color, "no_color": not self.force_color}
        console = Console(file=stream, highlight=False, emoji=False, soft_wrap=False, record=record, width=width,
                          **color)
        if console.width < MIN_WIDTH:  # COLUMNS=1: tables cannot be laid out narrower than this
            console.width = MIN_WIDTH
        return console

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


def _through_pager(text: str, environ: Mapping[str, str] | None) -> bool:
    """Page ``text`` with $MLMATH_PAGER, else $PAGER, else ``less`` (with LESS=FRX unless set: quit when it
    fits, keep colours, leave the screen as it was); False when no pager could run."""
    import os
    import shlex
    import subprocess

    environ = dict(os.environ if environ is None else environ)
    command = environ.get("MLMATH_PAGER") or environ.get("PAGER") or "less"
    words = shlex.split(command)
    if not words or words[0] == "cat":
        return False
    if os.path.basename(words[0]) == "less":
        environ.setdefault("LESS", "FRX")
    try:
        subprocess.run(words, input=text.encode("utf-8", "replace"), env=environ, check=False)
    except (OSError, ValueError):
        return False
    except KeyboardInterrupt:  # q or Ctrl-C in the pager ends the reading, not the command
        pass
    return True


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class _TrimmedLines:
    """A stream that drops the spaces at the end of each line: piped output holds no padding."""

    def __init__(self, stream: IO[str]):
        self._stream = stream
        self._spaces = ""  # spaces written last, kept back until the line goes on (or ends: dropped)

    def write(self, text: str) -> int:
        lines = (self._spaces + text).split("\n")
        last = lines.pop()
        body = last.rstrip(" ")
        self._spaces = last[len(body):]
        if lines:
            self._stream.write("\n".join(line.rstrip(" ") for line in lines) + "\n" + body)
        elif body:
            self._stream.write(body)
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return False

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


MIN_WIDTH = 20  # the narrowest terminal mlmath lays out for; a narrower one wraps what it prints


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
            text = out.console.export_text()  # as piped output: no trailing spaces
            path.write_text("\n".join(line.rstrip(" ") for line in text.split("\n")), encoding="utf-8")
    except OSError as error:
        from mlmath.text import say

        raise InputError(say("errors.export.cannot_write", file=str(path), reason=error.strerror),
                         argument="--export") from None
