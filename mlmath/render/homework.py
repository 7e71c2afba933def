"""The grading table of ``mlmath check`` and its JSON report."""

from __future__ import annotations

from typing import Any

from mlmath.core.homework import ERROR, FAILED, MALFORMED, MISSING, CheckResult, ClassResult, Graded
from mlmath.core.result import Step
from mlmath.parsing.homework import printable
from mlmath.render.numbers import format_array_entries, format_tolerance
from mlmath.render.output import Output
from mlmath.render.steps import phrase, show_steps, step_text, steps_json
from mlmath.text import template

MAX_ENTRIES = 16  # a value with more entries is shortened:
MAX_ITEMS = 3  # per nesting level, the first two and the last around …
MORE = "…"
NOTHING = "—"


class _More:
    """Stands for the items left out of a long list."""


def compact_value(value: Any, precision: int) -> str:
    """A value short enough for a table cell: ``[[1, 2, …, 1000], [3, 4, …, 7], …, [7, 8, …, 10]]``.

    Up to :data:`MAX_ENTRIES` entries are written in full; a larger value keeps
    :data:`MAX_ITEMS` items per level, so the text stays short however large
    the matrix.  Numbers are written as everywhere: exact ones as they are, others to ``precision``.
    """
    if value is None:
        return NOTHING
    if isinstance(value, str):
        return value
    if hasattr(value, "tolist"):
        value = value.tolist()
    pruned = _prune(value) if _more_entries_than(value, MAX_ENTRIES) else value
    leaves = [leaf for leaf in _leaves(pruned) if not isinstance(leaf, str)]
    texts = iter(format_array_entries(leaves, precision))  # exact values short (1.5), rounded ones to precision
    return _write(pruned, texts)


def _more_entries_than(value: Any, limit: int) -> bool:
    """Whether a nested list holds more than ``limit`` entries (counting stops there)."""
    count, stack = 0, [value]
    while stack:
        item = stack.pop()
        if isinstance(item, (list, tuple)):
            if len(item) > limit:
                return True
            stack.extend(item)
        else:
            count += 1
        if count > limit:
            return True
    return False


def _prune(value: Any) -> Any:
    if not isinstance(value, (list, tuple)):
        return value
    kept = list(value) if len(value) <= MAX_ITEMS else [*value[: MAX_ITEMS - 1], _More, value[-1]]
    return [item if item is _More else _prune(item) for item in kept]


def _leaves(value: Any) -> list[Any]:
    if isinstance(value, list):
        return [leaf for item in value if item is not _More for leaf in _leaves(item)]
    return [value]


def _write(value: Any, texts, depth: int = 0) -> str:
    """Rows of a matrix are split by ", " and their entries by "," alone, so a cell wraps between rows."""
    if isinstance(value, list):
        separator = ", " if depth == 0 or any(isinstance(item, list) for item in value) else ","
        return "[" + separator.join(MORE if item is _More else _write(item, texts, depth + 1) for item in value) + "]"
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return ", ".join(f"{key}: {item}" for key, item in value.items())
    return next(texts)


def hint_text(hint: Step | None, precision: int) -> str | None:
    """The hint's sentence; a difference or tolerance is written with three significant digits, the values
    compared as every number is."""
    if hint is None:
        return None
    args = {key: format_tolerance(value) if isinstance(value, float) and key in ("difference", "tol") else value
            for key, value in hint.args.items()}
    return step_text(Step(hint.key, args, hint.children), precision)


def expected_cell(graded: Graded, precision: int) -> str:
    """The answer as the command read it, else as the file wrote it."""
    if graded.expected is not None:
        return compact_value(graded.expected, precision)
    return compact_value(graded.problem.expect, precision)


COUNT_KEYS = {FAILED: "homework.count.failed", MISSING: "homework.count.missing", ERROR: "homework.count.error",
              MALFORMED: "homework.count.malformed"}
COLUMN_KEYS = {"problem": "homework.column.problem", "expected": "homework.column.expected",
               "got": "homework.column.got", "hint": "homework.column.hint"}


def score_text(result: CheckResult) -> str:
    counts = {status: sum(item.status == status for item in result.problems) for status in COUNT_KEYS}
    details = [template(COUNT_KEYS[status]).format(count=count) for status, count in counts.items() if count]
    score = result.result
    if not details:
        return template("homework.score").format(**score)
    return template("homework.score.detail").format(**score, details=", ".join(details))


def fair_widths(naturals: list[int], available: int, weights: list[float]) -> list[int]:
    """Share ``available`` characters among columns (weighted max-min fairness).

    A column narrower than its weighted share of what is left keeps its natural
    width; the wider ones split the rest in proportion to their weights.
    """
    widths = list(naturals)
    remaining, weight_left = available, sum(weights)
    for index in sorted(range(len(naturals)), key=lambda i: naturals[i] / weights[i]):
        share = max(int(remaining * weights[index] / weight_left), 6)
        widths[index] = min(naturals[index], share)
        remaining -= widths[index]
        weight_left -= weights[index]
    return widths


def show_check(result: CheckResult, out: Output) -> None:
    """Warnings about the file, the grading table, the score, then the steps."""
    from rich import box
    from rich.cells import cell_len
    from rich.table import Table
    from rich.text import Text

    for warning in result.warnings:
        out.console.print(Text(template("homework.warning").format(message=warning), style="yellow"))
    if result.title:
        title = template("homework.title.named").format(title=result.title, file=result.file)
    else:
        title = template("homework.title").format(file=result.file)
    title = printable(title)
    any_hint = any(item.hint is not None for item in result.problems)
    headers = ["problem", "expected", "got", *(["hint"] if any_hint else [])]
    rows = []
    for item in result.problems:
        cells = [phrase(item.problem.label), expected_cell(item, out.precision), compact_value(item.got, out.precision)]
        if any_hint:
            cells.append(hint_text(item.hint, out.precision) or "")
        rows.append(cells)
    # the mark column is 1 wide; a table edge takes 1 on each side, a column boundary 3
    available = out.width - 1 - 2 - 3 * len(headers)
    naturals = [max([cell_len(template(COLUMN_KEYS[header]))] + [cell_len(row[index]) for row in rows])
                for index, header in enumerate(headers)]
    widths = fair_widths(naturals, available, [1.0, 1.0, 1.0, 1.6][: len(headers)])  # prose needs more room

    table = Table(title=Text(title, style="bold"), box=box.SIMPLE_HEAD, title_justify="left", pad_edge=False)
    table.add_column("", no_wrap=True)
    for header, width in zip(headers, widths):
        table.add_column(template(COLUMN_KEYS[header]), overflow="fold", max_width=width)
    for item, cells in zip(result.problems, rows):
        mark = Text("✓", style="bold green") if item.passed else Text("?", style="bold yellow") \
            if item.status == MISSING else Text("✗", style="bold red")
        table.add_row(mark, *(Text(printable(cell)) for cell in cells))
    out.console.print(table)
    all_passed = result.result["passed"] == result.result["total"]
    out.console.print(Text(score_text(result), style="bold green" if all_passed else "bold red"))
    show_steps(result.steps, out)


def report_document(result: CheckResult, precision: int) -> dict[str, Any]:
    """``{"command": "check", "result": {"passed", "total"}, "file", "title", "problems": […], "steps"}``.

    Per problem: its name, line, the command line as written, the answer and
    tolerance as passed to ``--expect``/``--tol``, what the command answered
    (``got``), ``passed``, ``status`` (passed, failed, error, malformed) and a
    one-line ``hint`` when it did not pass.
    """
    from mlmath.render.jsonout import capped, jsonable

    warnings: list[str] = []
    problems = []
    for index, item in enumerate(result.problems):
        problem = item.problem
        problems.append({
            "name": problem.name,
            "line": problem.line,
            "run": list(problem.run),
            "expected": problem.expect,
            "tol": problem.tolerance,
            "rel_tol": problem.rel_tol,
            "got": jsonable(item.got, f"problems[{index}].got", warnings),
            "passed": item.passed,
            "status": item.status,
            "hint": hint_text(item.hint, precision),
        })
    document: dict[str, Any] = {
        "command": "check",
        "result": dict(result.result),
        "file": result.file,
        "title": result.title,
        "problems": problems,
        "steps": steps_json(result.steps, precision),
    }
    if result.warnings or warnings:
        document["warnings"] = [*result.warnings, *capped(warnings)]
    return document


def show_class(result: ClassResult, out: Output) -> None:
    """One row per student file: its score, the problems it failed, those left blank; then the totals."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("", no_wrap=True)
    for key in ("homework.class.file", "homework.class.score", "homework.class.failed", "homework.class.missing"):
        table.add_column(template(key), overflow="fold")
    for row in result.files:
        passed = row["error"] is None and row["passed"] == row["total"]
        mark = Text("✓", style="bold green") if passed else Text("✗", style="bold red")
        if row["error"] is not None:
            cells = [row["file"], NOTHING, printable(row["error"]), ""]
        else:
            cells = [row["file"], f"{row['passed']}/{row['total']}", ", ".join(row["failed"]) or NOTHING,
                     ", ".join(row["missing"]) or NOTHING]
        table.add_row(mark, *(Text(printable(cell)) for cell in cells))
    out.console.print(table)
    score = result.result
    all_passed = score["complete"] == score["files"]
    out.console.print(Text(template("homework.class.summary").format(**score),
                           style="bold green" if all_passed else "bold red"))
    show_steps(result.steps, out)


CSV_COLUMNS = ("file", "title", "passed", "total", "failed", "missing", "error")


def class_csv(result: ClassResult) -> str:
    """The class table for a spreadsheet: one row per file; problem names split by "; "."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in result.files:
        writer.writerow([row["file"], row["title"] or "", row["passed"], row["total"], "; ".join(row["failed"]),
                         "; ".join(row["missing"]), row["error"] or ""])
    return buffer.getvalue()


def class_document(result: ClassResult, precision: int, steps: bool = True) -> dict[str, Any]:
    """``{"command": "check", "result": {"files", "complete", "passed", "total"}, "files": [...], "steps"}``."""
    document: dict[str, Any] = {"command": "check", "result": dict(result.result), "files": result.files}
    if steps:
        document["steps"] = steps_json(result.steps, precision)
    return document
