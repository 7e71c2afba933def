"""The ✓/✗ line of ``--expect``."""

from __future__ import annotations

from typing import Any

from mlmath.render.numbers import format_array_entries, format_number, format_tolerance
from mlmath.render.output import Output
from mlmath.text import template


def format_value(value: Any, precision: int) -> str:
    """A scalar, vector or matrix written compactly: ``32``, ``[1, 2]``, ``[[1, 2], [3, 4]]``."""
    import numpy as np

    if isinstance(value, str):
        return value
    if type(value).__module__.startswith("sympy"):
        return str(value)
    array = np.asarray(value, dtype=object)
    if array.ndim == 0:
        return format_number(array.item(), precision)
    texts = np.array(format_array_entries(array.reshape(-1).tolist(), precision), dtype=object).reshape(array.shape)

    def nest(block: Any) -> str:
        if block.ndim == 1:
            return "[" + ", ".join(block.tolist()) + "]"
        return "[" + ", ".join(nest(row) for row in block) + "]"

    return nest(texts)


def _digits_beyond(value: Any, decimals: int, precision: int) -> int:
    """Significant digits that write ``value``'s largest entry to ``decimals`` decimals (at least
    ``precision``): the answer 123.45 is shown beside a result written 123.4562, not 123.5."""
    import math

    try:
        import numpy as np

        largest = float(np.max(np.abs(np.asarray(value, dtype=float)))) if not isinstance(value, str) else 0.0
    except (TypeError, ValueError):
        return precision
    if not math.isfinite(largest) or largest == 0:
        return precision
    return min(17, max(precision, math.floor(math.log10(largest)) + 1 + decimals))


def show_check(outcome: Any, out: Output) -> None:
    """``✓ matches the expected 32`` or ``✗ expected 31, got 32 (tolerance 1e-09)``: the answer as written,
    the result with two digits more than the answer has."""
    from rich.markup import escape

    from mlmath.parsing.numbers import decimals_written

    expected = out.expect.strip()
    got = format_value(outcome.got, _digits_beyond(outcome.got, decimals_written(expected) + 2, out.precision))
    # every verdict says the tolerance it was judged with (1e-9 written as such, not 1e-09)
    tolerance = "" if outcome.tolerance is None else " " + template("check.tolerance").format(
        tol=format_tolerance(outcome.tolerance))
    if outcome.passed:
        line = template("check.passed").format(expected=expected) + tolerance
        out.console.print(f"[bold green]{escape(line)}[/]")
    else:
        line = template("check.failed").format(expected=expected, got=got) + tolerance
        out.console.print(f"[bold red]{escape(line)}[/]")
        witness = getattr(outcome, "differs_at", None)
        if witness is not None:
            from mlmath.core.compare import differs_at_step
            from mlmath.render.steps import step_text

            line = step_text(differs_at_step(witness.named_values()), out.precision)
            out.console.print(f"[red]{escape(line)}[/]")
