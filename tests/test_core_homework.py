"""Grading logic with a stand-in runner, and how a verdict is written in a table cell."""

from __future__ import annotations

import json
import time

import pytest

from mlmath.core.homework import (
    ERROR,
    FAILED,
    MALFORMED,
    PASSED,
    Homework,
    Problem,
    Ran,
    grade,
    grade_all,
)
from mlmath.core.result import step
from mlmath.render.homework import compact_value, hint_text


def problem(**fields) -> Problem:
    base = dict(index=1, line=3, name="dot", run=("dot", "1,2", "3,4"), argv=("dot", "1,2", "3,4"), expect="11")
    return Problem(**{**base, **fields})


class Runner:
    """Answers every command line with one fixed outcome and remembers what it was asked."""

    def __init__(self, code: int, stdout: object = "", stderr: str = ""):
        self.outcome = Ran(code, stdout if isinstance(stdout, str) else json.dumps(stdout), stderr)
        self.calls: list[list[str]] = []

    def __call__(self, argv: list[str]) -> Ran:
        self.calls.append(argv)
        return self.outcome


def verdict(result, expected, passed, tolerance=1e-9):
    return {"command": "dot", "result": result, "steps": [],
            "check": {"expected": expected, "passed": passed, "tolerance": tolerance}}


def test_the_grading_options_go_right_after_the_command_name():
    runner = Runner(0, verdict(11, 11, True))
    grade(problem(argv=("dot", "--", "1,2", "3,4"), tol="1e-4"), runner)
    assert runner.calls == [["dot", "--json", "--expect=11", "--tol=1e-4", "--", "1,2", "3,4"]]


def test_a_negative_answer_stays_the_value_of_expect():
    runner = Runner(0, verdict(-1, -1, True))
    grade(problem(expect="-1"), runner)
    assert "--expect=-1" in runner.calls[0]


def test_the_command_s_own_check_decides_a_pass():
    graded = grade(problem(), Runner(0, verdict(11, 11, True)))
    assert (graded.status, graded.passed, graded.got, graded.expected, graded.hint) == (PASSED, True, 11, 11, None)


def test_a_wrong_answer_says_by_how_much():
    graded = grade(problem(expect="12"), Runner(1, verdict(11, 12, False, 1e-9)))
    assert (graded.status, graded.got, graded.expected) == (FAILED, 11, 12)
    assert graded.hint.key == "homework.hint.off_by_tol"
    assert graded.hint.args == {"difference": 1.0, "tol": 1e-9}
    assert hint_text(graded.hint, 4) == "off by 1 (tolerance 1e-9)"


def test_a_wrong_matrix_names_its_first_wrong_cell():
    graded = grade(problem(), Runner(1, verdict([[80], [140], [200]], [[80], [140.5], [201]], False, 0.05)))
    assert graded.hint.args == {"cell": "c₂₁", "expected": 140.5, "got": 140, "tol": 0.05}
    assert hint_text(graded.hint, 4) == "c₂₁: expected 140.5, got 140 (tolerance 0.05)"
    row = grade(problem(), Runner(1, verdict([1, 2, 3], [1, 2, 4], False, 1e-9)))
    assert hint_text(row.hint, 4) == "c₃: expected 4, got 3 (tolerance 1e-9)"


def test_a_wrong_shape_is_named():
    graded = grade(problem(), Runner(1, verdict([[1, 2], [3, 4]], [1, 2, 3], False)))
    assert hint_text(graded.hint, 4) == "expected shape 3, got 2×2"


def test_a_wrong_expression_points_to_the_steps():
    run = ("derive", "sin(x^2)")
    graded = grade(problem(run=run, argv=run), Runner(1, verdict("2*x*cos(x**2)", "cos(x**2)", False, None)))
    assert hint_text(graded.hint, 4) == "see the steps: mlmath derive 'sin(x^2)'"


def test_a_non_finite_answer_is_named():
    graded = grade(problem(), Runner(1, verdict(None, 1, False)))
    assert graded.hint.key == "homework.hint.not_finite"


def test_bad_input_is_a_failure_with_the_command_s_message():
    graded = grade(problem(), Runner(2, "", "mlmath: A: could not read 'x' as a number; write …\n"))
    assert graded.status == ERROR and graded.got is None
    assert hint_text(graded.hint, 4) == "A: could not read 'x' as a number; write …"


@pytest.mark.parametrize(
    ("code", "stdout"),
    [(0, "not json"), (0, {"command": "dot", "result": 11}), (0, verdict(11, 12, False)), (1, verdict(11, 11, True)),
     (3, verdict(11, 11, True)), (0, "[1, 2]")],
)
def test_an_answer_that_does_not_add_up_is_an_error_not_a_pass(code, stdout):
    graded = grade(problem(), Runner(code, stdout))
    assert graded.status == ERROR
    assert hint_text(graded.hint, 4) == f"the command gave no answer (exit status {code})"


def test_a_malformed_problem_is_not_run():
    runner = Runner(0, verdict(11, 11, True))
    graded = grade(problem(error="run is missing", argv=()), runner)
    assert runner.calls == [] and graded.status == MALFORMED
    assert hint_text(graded.hint, 4) == "line 3: run is missing"
    assert hint_text(grade(problem(error="x", line=None, index=4), runner).hint, 4) == "problem 4: x"


def test_grade_all_scores_every_problem_and_names_the_failures():
    answers = {"a": Runner(0, verdict(1, 1, True)), "b": Runner(1, verdict(1, 2, False)), "c": Runner(2, "", "bad")}
    problems = (
        problem(name="a", run=("a",), argv=("a",)),
        problem(name="b", run=("b",), argv=("b",)),
        problem(name="c", run=("c",), argv=("c",)),
        problem(name=None, index=4, error="run is missing"),
    )
    result = grade_all(Homework("hw.toml", problems, title="T"), lambda argv: answers[argv[0]](argv))
    assert result.result == {"passed": 1, "total": 4}
    assert [item.status for item in result.problems] == [PASSED, FAILED, ERROR, MALFORMED]
    assert (result.file, result.title) == ("hw.toml", "T")
    read, ran, score = result.steps
    assert read.args == {"count": 4, "file": "hw.toml"} and ran.args == {"count": 3}
    assert score.args == {"passed": 1, "total": 4}
    assert [(child.key, child.args["names"]) for child in score.children] == [
        ("homework.step.failed", ["b"]), ("homework.step.error", ["c"]),
        ("homework.step.malformed", [step("homework.unnamed", index=4)])]


# --- table cells ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, "—"),
        (32, "32"),
        (-1.0, "-1"),
        (0.375, "0.375"),
        (0.41703, "0.4170"),  # rounded to --precision significant digits, not trimmed to look exact
        (1e-7, "1e-07"),  # exact: no trailing zeros
        (1.23456e-7, "1.235e-07"),
        ("3*x**2", "3*x**2"),
        ([0.09003057, 0.24472847, 0.66524096], "[0.09003, 0.2447, 0.6652]"),
        ([[80], [140], [200]], "[[80], [140], [200]]"),
        ([[1.5, 0.8], [2.5, 1.2]], "[[1.5,0.8], [2.5,1.2]]"),
        (["2*y", "2*x"], "[2*y, 2*x]"),
        (list(range(100)), "[0, 1, …, 99]"),
        ([[i * 10 + j for j in range(10)] for i in range(10)], "[[0,1,…,9], [10,11,…,19], …, [90,91,…,99]]"),
        ([[1, 2, 3, 4]] * 4, "[[1,2,3,4], [1,2,3,4], [1,2,3,4], [1,2,3,4]]"),  # 16 entries: all shown
    ],
)
def test_a_cell_is_short_and_readable(value, text):
    assert compact_value(value, 4) == text


def test_a_huge_matrix_cell_costs_no_more_than_a_small_one():
    import numpy as np

    huge = np.arange(1_000_000).reshape(1000, 1000).tolist()
    start = time.perf_counter()
    text = compact_value(huge, 4)
    assert time.perf_counter() - start < 0.05
    assert text == "[[0,1,…,999], [1000,1001,…,1999], …, [999000,999001,…,999999]]"
