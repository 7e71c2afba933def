"""Grading homework: run each problem's command with its expected answer and read the verdict.

Each problem is an mlmath command line.  It is run with ``--json --expect
ANSWER [--tol T]`` appended, so the command's own ``--expect`` logic decides
(numeric within a tolerance, or symbolic for ``derive``); this module only
reads the command's JSON and exit code.  How a command line is run is handed
in as a function, so this module stays free of the command line and of I/O.
"""

from __future__ import annotations

import functools
import json
import shlex
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from mlmath.core.compare import differs_at_step
from mlmath.core.result import Result, Step, step

PASSED, FAILED, ERROR, MALFORMED, MISSING = "passed", "failed", "error", "malformed", "missing"


@dataclass(frozen=True)
class Problem:
    """One ``[[problem]]`` of a homework file, as read and checked for shape."""

    index: int  # 1-based position in the file
    line: int | None  # line of its [[problem]] header, when known
    name: str | None
    run: tuple[str, ...] = ()  # the command line as written
    argv: tuple[str, ...] = ()  # the command line that is run (file arguments resolved)
    expect: str | None = None  # the answer, as written
    expect_argument: str | None = None  # the answer as --expect reads it (a file in it resolved)
    tol: str | None = None  # the tolerance, as text for --tol
    tolerance: float | None = None  # the same tolerance as a number
    rel_tol: float | None = None  # or this fraction of the answer's size, where that is larger
    error: str | None = None  # why the problem cannot run, if it is malformed
    key: str | None = None  # the JSON key graded instead of the headline result ("weights", "state.m")
    missing: bool = False  # expect = "": the answer is not written yet
    timeout: float | None = None  # seconds this problem may take (None: the grader's budget)

    @property
    def label(self) -> str | Step:
        """Its name, or the phrase "problem N" (written in the reader's language) when it has none."""
        return self.name if self.name else step("homework.unnamed", index=self.index)


@dataclass(frozen=True)
class Homework:
    """A homework file: where it came from, an optional title, its problems and any warnings."""

    source: str
    problems: tuple[Problem, ...]
    title: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Ran:
    """What one command line did: its exit status and what it printed."""

    code: int
    stdout: str
    stderr: str


@dataclass
class Graded:
    """One problem's verdict: passed, failed (wrong answer), error (could not run) or malformed."""

    problem: Problem
    status: str
    got: Any = None
    expected: Any = None  # the answer as the command read it (None if it did not run)
    hint: Step | None = None

    @property
    def passed(self) -> bool:
        return self.status == PASSED


@dataclass
class CheckResult(Result):
    """The whole homework graded: ``result`` is the score ``{"passed": n, "total": m}``."""

    file: str = ""
    title: str | None = None
    problems: list[Graded] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    interrupted: bool = False  # Ctrl-C stopped the grading: ``problems`` are those graded before


@dataclass
class ClassResult(Result):
    """Several homework files graded (a class): ``result`` is ``{"files", "complete", "passed", "total"}``
    (files, files with every problem passed, problems passed, problems); ``files`` one row per file."""

    files: list[dict[str, Any]] = field(default_factory=list)


def class_row(graded: CheckResult) -> dict[str, Any]:
    """One file's row: its score, and the names of the problems it failed (wrong, not run) and left blank."""
    def names(*statuses: str) -> list[str]:
        return [item.problem.name or str(item.problem.index) for item in graded.problems if item.status in statuses]

    return {"file": graded.file, "title": graded.title, "passed": graded.result["passed"],
            "total": graded.result["total"], "failed": names(FAILED, ERROR, MALFORMED), "missing": names(MISSING),
            "error": None}


def grade_class(graded: Sequence[CheckResult | tuple[str, str]]) -> ClassResult:
    """The class table from each file's grading, or ``(file, why it could not be read)``."""
    rows = []
    for item in graded:
        if isinstance(item, CheckResult):
            rows.append(class_row(item))
        else:
            rows.append({"file": item[0], "title": None, "passed": 0, "total": 0, "failed": [], "missing": [],
                         "error": item[1]})
    complete = [row["file"] for row in rows if row["error"] is None and row["passed"] == row["total"]]
    unread = [row["file"] for row in rows if row["error"] is not None]
    passed, total = sum(row["passed"] for row in rows), sum(row["total"] for row in rows)
    steps = [step("homework.class.step.read", count=len(rows)),
             step("homework.class.step.complete", count=len(complete), files=len(rows))]
    if unread:
        steps.append(step("homework.class.step.unread", names=unread))
    return ClassResult(result={"files": len(rows), "complete": len(complete), "passed": passed, "total": total},
                       files=rows, steps=steps)


def command_line(problem: Problem, extra: Sequence[str] = ()) -> list[str]:
    """The problem's arguments with ``extra`` put right after the command name.

    Placed there, the extra options stay options even when ``run`` holds a ``--``.
    """
    command, *rest = problem.argv
    return [command, *extra, *rest]


def grading_options(problem: Problem) -> list[str]:
    """``--json --expect=ANSWER [--tol=T]``; the ``=`` form keeps an answer like ``-1`` a value."""
    answer = problem.expect if problem.expect_argument is None else problem.expect_argument
    options = ["--json", f"--expect={answer}"]
    if problem.tol is not None:
        options.append(f"--tol={problem.tol}")
    return options


def grade(problem: Problem, run: Callable[[list[str]], Ran]) -> Graded:
    """Run one problem and read the command's own verdict from its JSON and exit code."""
    if problem.error is not None:
        return Graded(problem, MALFORMED, hint=step("homework.hint.malformed", where=_where(problem),
                                                  reason=problem.error))
    if problem.missing:
        return Graded(problem, MISSING, hint=step("homework.hint.missing"))
    if problem.timeout is not None:  # a budget of its own: handed to the runner, which knows how to keep it
        run = functools.partial(run, timeout=problem.timeout)
    if problem.key is not None or problem.rel_tol is not None:  # compared here, not by the command's --expect
        return _grade_key(problem, run)
    ran = run(command_line(problem, grading_options(problem)))
    document = _json_object(ran.stdout)
    verdict = document.get("check") if document else None
    if ran.code in (0, 1) and isinstance(verdict, dict) and "passed" in verdict:
        # the value compared: derive's value at --at, not the derivative (a symbolic answer has no "got")
        got, expected = verdict.get("got", document.get("result")), verdict.get("expected")
        if verdict["passed"] is True and ran.code == 0:
            return Graded(problem, PASSED, got=got, expected=expected)
        if verdict["passed"] is False and ran.code == 1:
            return Graded(problem, FAILED, got=got, expected=expected, hint=mismatch_hint(problem, got, verdict))
    message = _first_line(ran.stderr)
    if message:
        return Graded(problem, ERROR, hint=step("homework.hint.error", message=message))
    return Graded(problem, ERROR, hint=step("homework.hint.no_answer", code=ran.code))


def value_at(document: Any, key: str) -> tuple[bool, Any]:
    """The value at ``key`` in a command's JSON: a top-level name (``weights``) or a dotted path through
    objects and lists (``state.m``, ``parameters.0.W``).  Returns (found, value)."""
    value = document
    for part in key.split("."):
        if isinstance(value, dict) and part in value:
            value = value[part]
        elif isinstance(value, list) and part.isdecimal() and int(part) < len(value):
            value = value[int(part)]
        else:
            return False, None
    return True, value


def _grade_key(problem: Problem, run: Callable[[list[str]], Ran]) -> Graded:
    """A problem whose answer is another JSON key than ``result``, or that allows a relative error: the
    command's JSON, then the comparison ``--expect`` makes (same shape, every entry within the tolerance the
    answer's digits or ``tol`` give, or within ``rel_tol``·|answer| where that is larger)."""
    from mlmath.core.compare import numbers_match
    from mlmath.errors import MlmathError
    from mlmath.parsing.numbers import default_tolerance, parse_array

    ran = run(command_line(problem, ["--json", "--no-steps"]))
    document = _json_object(ran.stdout) if ran.code == 0 else None
    if document is None:
        message = _first_line(ran.stderr)
        return Graded(problem, ERROR, hint=step("homework.hint.error", message=message) if message else
                      step("homework.hint.no_answer", code=ran.code))
    key = problem.key or "result"
    found, got = value_at(document, key)
    if not found:
        return Graded(problem, ERROR, hint=step("homework.hint.no_key", key=key))
    answer = problem.expect if problem.expect_argument is None else problem.expect_argument
    try:
        expected = parse_array(answer, "expect", max_ndim=3)
    except MlmathError as error:
        return Graded(problem, ERROR, hint=step("homework.hint.error", message=error.message))
    tolerance = problem.tolerance if problem.tolerance is not None else default_tolerance(answer)
    verdict = {"expected": expected.tolist(), "tolerance": tolerance, "rel_tol": problem.rel_tol}
    if numbers_match(got, expected, tolerance, problem.rel_tol or 0.0):
        return Graded(problem, PASSED, got=got, expected=verdict["expected"])
    return Graded(problem, FAILED, got=got, expected=verdict["expected"], hint=mismatch_hint(problem, got, verdict))


def mismatch_hint(problem: Problem, got: Any, verdict: dict[str, Any]) -> Step:
    """Why a numeric answer missed: a different shape, or by how much it is off; else how to see the steps."""
    import numpy as np

    from mlmath.core.compare import allowed_error

    expected, tolerance, rel_tol = verdict.get("expected"), verdict.get("tolerance"), verdict.get("rel_tol") or 0.0
    if isinstance(verdict.get("differs_at"), dict):  # expressions: a point where they differ
        return differs_at_step(verdict["differs_at"])
    try:
        got_array = np.asarray(got, dtype=float)
        expected_array = np.asarray(expected, dtype=float)
    except (TypeError, ValueError):
        return step("homework.hint.rerun", command=shlex.join(["mlmath", *problem.run]))
    if got_array.squeeze().shape != expected_array.squeeze().shape:
        return step("homework.hint.shape", expected=_shape(expected_array.shape), got=_shape(got_array.shape))
    if not np.isfinite(got_array).all():
        return step("homework.hint.not_finite")
    # the largest entrywise distance |got − expected|
    difference = float(np.max(np.abs(got_array.squeeze() - expected_array.squeeze())))
    absolute = 0.0 if tolerance is None else float(tolerance)
    cell = _first_differing_cell(got_array, expected_array, absolute, rel_tol)
    if cell is not None:
        return step("homework.hint.cell", **cell)
    if tolerance is None:
        return step("homework.hint.off_by", difference=difference)
    # the tolerance used: tol, or rel_tol·|answer| where that is larger
    used = float(np.max(allowed_error(expected_array, absolute, rel_tol), initial=absolute))
    return step("homework.hint.off_by_tol", difference=difference, tol=used)


def _first_differing_cell(got: Any, expected: Any, tolerance: float, rel_tol: float = 0.0) -> dict[str, Any] | None:
    """The first entry of a vector or matrix answer that misses, named as the steps name it: ``c₃₂``
    (``c₂`` in a vector) with both values and the tolerance it had; None for a single number."""
    import numpy as np

    from mlmath.core.compare import allowed_error
    from mlmath.core.linalg import entry_name

    got, expected = np.atleast_1d(got), np.atleast_1d(expected)
    if expected.size < 2 or got.shape != expected.shape or expected.ndim > 2:
        return None
    allowed = allowed_error(expected, tolerance, rel_tol)  # each entry's own: tol, or rel_tol·|answer|
    misses = np.argwhere(~(np.abs(got - expected) <= allowed))
    if not len(misses):
        return None
    index = tuple(int(i) for i in misses[0])
    return {"cell": entry_name("c", index), "expected": expected[index].item(), "got": got[index].item(),
            "tol": float(allowed[index]) if tolerance or rel_tol else 1e-9}


def grade_all(homework: Homework, run: Callable[[list[str]], Ran]) -> CheckResult:
    """Grade every problem in order; a malformed or failing problem never stops the others.

    Ctrl-C stops the grading: what was graded is kept, and the result says it was interrupted.
    """
    graded = []
    interrupted = False
    for problem in homework.problems:
        try:
            graded.append(grade(problem, run))
        except KeyboardInterrupt:
            interrupted = True
            break
    passed = sum(item.passed for item in graded)
    total = len(graded)
    names: dict[str, list[str]] = {FAILED: [], MISSING: [], ERROR: [], MALFORMED: []}
    for item in graded:
        if item.status in names:
            names[item.status].append(item.problem.label)

    keys = {FAILED: "homework.step.failed", MISSING: "homework.step.missing", ERROR: "homework.step.error",
            MALFORMED: "homework.step.malformed"}
    tally = [step(keys[status], names=labels) for status, labels in names.items() if labels]
    steps = [
        step("homework.step.read", count=total, file=homework.source),
        step("homework.step.ran", count=total - len(names[MALFORMED]) - len(names[MISSING])),
        step("homework.step.score", *tally, passed=passed, total=total),
    ]
    if interrupted:
        steps.append(step("homework.step.interrupted", done=total, count=len(homework.problems)))
    return CheckResult(
        result={"passed": passed, "total": total},
        file=homework.source,
        title=homework.title,
        problems=graded,
        warnings=list(homework.warnings),
        steps=steps,
        interrupted=interrupted,
    )


def _where(problem: Problem) -> Step:
    """Where a problem is in its file: "line N", else "problem N" (phrases, in the reader's language)."""
    if problem.line is not None:
        return step("homework.where.line", line=problem.line)
    return step("homework.unnamed", index=problem.index)


def _json_object(text: str) -> dict[str, Any] | None:
    try:
        document = json.loads(text)
    except ValueError:
        return None
    return document if isinstance(document, dict) else None


def _first_line(text: str) -> str:
    """The first line of an error, without the ``mlmath:`` prefix every message starts with."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line.removeprefix("mlmath:").strip()
    return ""


def _shape(shape: tuple[int, ...]) -> str | Step:
    """``(4, 3)`` → ``4×3``, ``()`` → the phrase "scalar"."""
    from mlmath.core.arrays import shape_text

    return shape_text(shape) if shape else step("homework.shape.scalar")
