"""A progress bar for long runs, on stderr, only where a person is watching."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from mlmath.render.output import Output

PROGRESS_AFTER = 0.5  # seconds a run may take before its bar appears


@contextmanager
def progress_bar(out: Output, label: str, counts: bool = False) -> Iterator[Any]:
    """A callback ``report(done, total)`` that shows a bar labelled ``label`` on stderr once a run passes
    half a second (``counts``: "42/100" instead of a percentage).

    Only on a terminal, and never with ``--json``: piped output stays clean.
    """
    if out.json or not out.error_console.is_terminal:
        yield None
        return
    began = time.perf_counter()
    state: dict[str, Any] = {}

    def report(done: int, total: int) -> None:
        if "bar" not in state:
            if time.perf_counter() - began < PROGRESS_AFTER or done >= total:
                return
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TaskProgressColumn,
                TextColumn,
                TimeRemainingColumn,
            )

            amount = MofNCompleteColumn() if counts else TaskProgressColumn()
            bar = Progress(TextColumn(label), BarColumn(), amount, TimeRemainingColumn(),
                           console=out.error_console, transient=True)
            bar.start()
            state["bar"], state["task"] = bar, bar.add_task(label, total=total)
        state["bar"].update(state["task"], completed=done, total=total)

    try:
        yield report
    finally:
        if "bar" in state:
            state["bar"].stop()
