"""Results drawn for people: Rich tables and step trees, plotext plots, and the one JSON encoder.

A result finds its view by name: ``FooResult`` defined in ``mlmath.core.<topic>``
is drawn by ``show_foo(result, out)`` in ``mlmath.render.<topic>``.
"""

from __future__ import annotations

import importlib
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mlmath.core.result import Result
    from mlmath.render.output import Output


def view_of(result: Result) -> Any:
    """The function that draws ``result``: ``show_<kind>`` of the render module named like its core module."""
    kind = type(result).__name__.removesuffix("Result")
    snake = re.sub(r"(?<!^)(?=[A-Z])", "_", kind).lower()
    topic = type(result).__module__.rsplit(".", 1)[-1]
    return getattr(importlib.import_module(f"{__name__}.{topic}"), f"show_{snake}")


def draw(result: Result, out: Output) -> None:
    """Show ``result`` on ``out``'s console: its tables, steps and plot."""
    view_of(result)(result, out)


def drawn_text(result: Result, *, color: bool, width: int = 100) -> Any:
    """``result`` drawn into a Rich ``Text`` (for a REPL or a notebook), without plots."""
    import io

    from rich.text import Text

    from mlmath.render.output import Output

    buffer = io.StringIO()
    out = Output(plot=False, stdout=buffer, force_color=color, columns=width)
    draw(result, out)
    return Text.from_ansi(buffer.getvalue()) if color else Text(buffer.getvalue())
