"""mlmath check: grading a homework file in one process, its table, score, JSON and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mlmath.registry import COMMANDS

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "homework.toml"

PROBLEMS = '''\
title = "Week 1"

[[problem]]
name = "3x2 times 2x1"
run = ["matmul", "[[2,3],[4,5],[6,7]]", "[[10],[20]]"]
expect = "[[80],[140],[200]]"

[[problem]]
name = "dot product"
run = ["dot", "1,2,3", "4,5,6"]
expect = {dot}

[[problem]]
name = "cosine: opposite"
run = ["cosine", "1,2", "-2,-4"]
expect = -1
'''


def homework(tmp_path: Path, text: str, name: str = "hw.toml") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def problem_lines(stdout: str) -> list[str]:
    """The first line of each graded row of the table (it starts with ✓ or ✗)."""
    return [line for line in stdout.splitlines() if line.strip()[:1] in ("✓", "✗")]


# --- the example file of the course notes ------------------------------------------------


def test_every_example_problem_whose_command_exists_passes(cli):
    """The whole example passes once every command it uses is registered; until then, all that can run pass."""
    report = cli("check", str(EXAMPLE), "--json").json
    problems = report["problems"]
    assert report["result"]["total"] == len(problems) == 14
    runnable = [p for p in problems if p["run"] and p["run"][0] in COMMANDS]
    assert {p["run"][0] for p in runnable} >= {"matmul", "dot", "cosine"}
    for item in runnable:
        assert item["passed"], item
    for item in problems:
        if item not in runnable:
            assert item["status"] == "malformed" and "unknown command" in item["hint"]


def test_the_example_file_exits_0_when_its_commands_exist(cli):
    needed = {"matmul", "dot", "cosine", "derive", "loss", "softmax"}
    if not needed <= COMMANDS.keys():
        pytest.skip(f"not registered yet: {sorted(needed - COMMANDS.keys())}")
    run = cli("check", str(EXAMPLE))
    assert run.code == 0, run.stdout
    assert "14/14 passed" in run.stdout


def test_the_example_answers_are_the_hand_worked_values(cli):
    """The matrix products, dot and cosines of the notes, worked by hand (not by mlmath)."""
    got = {p["name"]: p["got"] for p in cli("check", str(EXAMPLE), "--json").json["problems"]}
    assert got["3x2 times 2x1"] == [[80], [140], [200]]  # [2·10+3·20, 4·10+5·20, 6·10+7·20]
    assert got["4x3 times 3x2"] == [[28, 34], [64, 79], [100, 124], [136, 169]]
    assert got["elementwise with broadcasting"] == [[1.5, 0.8], [2.5, 1.2]]  # [3·0.5, 4·0.2], [5·0.5, 6·0.2]
    assert got["dot product"] == 32  # 4 + 10 + 18
    assert got["cosine: opposite directions"] == pytest.approx(-1, abs=1e-12)
    assert got["cosine: orthogonal"] == 0
    assert got["cosine: same direction"] == pytest.approx(1, abs=1e-12)


# --- the acceptance: one wrong answer, a broken file --------------------------------------


def test_one_wrong_answer_exits_1_and_names_it(cli, tmp_path):
    run = cli("check", homework(tmp_path, PROBLEMS.format(dot=33)))
    assert run.code == 1 and run.stderr == ""
    rows = problem_lines(run.stdout)
    wrong = [line for line in run.stdout.splitlines() if line.strip().startswith("✗")]
    assert len(wrong) == 1 and "dot product" in wrong[0]
    assert "33" in wrong[0] and "32" in wrong[0] and "off by 1 (tolerance 1e-9)" in wrong[0]
    assert len(rows) == 3
    assert "2/3 passed (1 wrong)" in run.stdout
    assert "wrong answer: dot product" in run.stdout


def test_all_right_exits_0_with_a_full_score(cli, tmp_path):
    run = cli("check", homework(tmp_path, PROBLEMS.format(dot=32)))
    assert run.code == 0 and run.stderr == ""
    assert "Week 1" in run.stdout and "3/3 passed" in run.stdout
    assert "hint" not in run.stdout  # no hint column when nothing failed
    assert all(line.strip().startswith("✓") for line in problem_lines(run.stdout))


def test_a_broken_toml_exits_2_with_the_line(cli, tmp_path):
    path = homework(tmp_path, '[[problem]]\nname = "a"\nrun = ["dot" "1,2"]\nexpect = "1"\n')
    run = cli("check", path)
    assert run.code == 2 and run.stdout == ""
    assert run.stderr.startswith(f"mlmath: {path}: line 3, column 14: not valid TOML")
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "is empty"),
        ('[[problems]]\nname = "a"\n', "no [[problem]] tables (found 'problems'"),
        ("problem = 3\n", "line 1: 'problem' must be a list of tables"),
    ],
)
def test_a_file_without_problems_exits_2(cli, tmp_path, text, message):
    run = cli("check", homework(tmp_path, text))
    assert run.code == 2 and run.stdout == "" and message in run.stderr and run.stderr.count("\n") == 1


def test_a_missing_file_exits_2(cli, tmp_path):
    run = cli("check", str(tmp_path / "nope.toml"))
    assert run.code == 2 and "no such file" in run.stderr and run.stderr.count("\n") == 1


def test_no_file_is_a_usage_error(cli):
    run = cli("check")
    assert run.code == 2 and "Missing argument 'FILE" in run.stderr


def test_check_has_no_expect_option(cli, tmp_path):
    run = cli("check", homework(tmp_path, PROBLEMS.format(dot=32)), "--expect", "3")
    assert run.code == 2 and "No such option: --expect" in run.stderr
    assert "--expect" not in cli("check", "--help").stdout


# --- malformed problems and commands that fail: reported, and the others still run ---------


MIXED = '''\
[[problem]]
name = "no run"
expect = "1"

[[problem]]
name = "unknown command"
run = ["matmull", "1,2", "3,4"]
expect = "11"

[[problem]]
name = "run is text"
run = "dot 1,2 3,4"
expect = "11"

[[problem]]
name = "bad input"
run = ["dot", "1,2,3", "4,5"]
expect = "1"

[[problem]]
name = "unknown option"
run = ["dot", "1,2", "3,4", "--frobnicate"]
expect = "11"

[[problem]]
name = "asks for help"
run = ["dot", "--help"]
expect = "11"

[[problem]]
name = "fine"
run = ["dot", "1,2", "3,4"]
expect = "11"
'''


def test_malformed_and_failing_problems_are_named_and_the_others_still_run(cli, tmp_path):
    run = cli("check", homework(tmp_path, MIXED), "--json", stdin="1,2\n")
    assert run.code == 1 and run.stderr == ""
    report = run.json
    by_name = {p["name"]: p for p in report["problems"]}
    assert report["result"] == {"passed": 1, "total": 7}
    assert by_name["fine"]["passed"] and by_name["fine"]["got"] == 11
    expected_hints = {
        "no run": ("malformed", "line 1: run is missing"),
        "unknown command": ("malformed", "line 5: unknown command 'matmull'; did you mean 'matmul'?"),
        "run is text": ("malformed", 'line 10: run must be a list of arguments: write run = ["dot", "1,2", "3,4"]'),
        "bad input": ("error", "a has 3 entries and b has 2; a dot product needs vectors of equal length"),
        "unknown option": ("error", "mlmath dot: No such option: --frobnicate"),
        "asks for help": ("malformed", "line 25: --help is not allowed in homework"),
    }
    for name, (status, hint) in expected_hints.items():
        assert by_name[name]["status"] == status and not by_name[name]["passed"], by_name[name]
        assert by_name[name]["hint"].startswith(hint), by_name[name]["hint"]


def test_the_table_names_each_failure_with_its_hint(cli, tmp_path):
    run = cli("check", homework(tmp_path, MIXED), "--no-steps")
    assert run.code == 1
    rows = problem_lines(run.stdout)
    assert len(rows) == 7 and sum(line.strip().startswith("✗") for line in rows) == 6
    assert "1/7 passed (2 could not run, 4 malformed)" in run.stdout
    assert "line 5: unknown command" in run.stdout
    assert "Steps" not in run.stdout


def test_a_command_that_crashes_is_an_error_and_the_batch_goes_on(cli, tmp_path, monkeypatch):
    from mlmath.core import linalg

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(linalg, "dot", broken)
    text = '[[problem]]\nname = "dot"\nrun = ["dot", "1,2", "3,4"]\nexpect = 11\n\n' \
           '[[problem]]\nname = "matmul"\nrun = ["matmul", "1,2", "3;4"]\nexpect = 11\n'
    report = cli("check", homework(tmp_path, text), "--json").json
    first, second = report["problems"]
    assert first["status"] == "error" and first["hint"].startswith("internal error (RuntimeError: boom)")
    assert second["passed"]


# --- how problems are run ---------------------------------------------------------------


def test_no_new_program_is_started(cli, tmp_path, monkeypatch):
    """Problems run in a fork of this process (for their budget), never in a new Python program that
    would import the libraries again."""
    def refuse(*args, **kwargs):
        raise AssertionError("a problem was run in a new process")

    for module, name in ((subprocess, "Popen"), (subprocess, "run"), (os, "system"),
                         (os, "posix_spawn"), (os, "execv"), (os, "execvp")):
        if hasattr(module, name):
            monkeypatch.setattr(module, name, refuse)
    run = cli("check", homework(tmp_path, PROBLEMS.format(dot=32)))
    assert run.code == 0 and "3/3 passed" in run.stdout


def test_running_problems_leaves_the_program_state_as_it_was(monkeypatch):
    import io

    from mlmath import text
    from mlmath.cli.inprocess import run_inprocess
    from mlmath.environment import Environment, running_in
    from mlmath.parsing.numbers import parse_array

    outer = Environment(stdin=io.StringIO("5,6\n"), stdout=io.StringIO(), stderr=io.StringIO(), language="ko")
    streams = sys.stdout, sys.stderr, sys.stdin
    with running_in(outer):
        ran = run_inprocess(["dot", "-", "3,4", "--json", "--lang", "en"], stdin="1,2")
        assert ran.code == 0 and '"result": 11' in ran.stdout and ran.stderr == ""
        assert (sys.stdout, sys.stderr, sys.stdin) == streams
        assert text.language() == "ko"
        assert parse_array("-").tolist() == [5, 6]  # the problem's '-' was its own input, not ours


def test_a_problem_gets_no_standard_input(tmp_path):
    from mlmath.cli.inprocess import run_inprocess

    ran = run_inprocess(["dot", "-", "3,4"])  # even if a '-' slipped through, it reads nothing
    assert ran.code == 2 and "B" not in ran.stdout and ran.stdout == ""


def test_negative_answers_tolerances_and_a_double_dash(cli, tmp_path):
    text = '''\
[[problem]]
name = "negative"
run = ["dot", "1,2", "-1,-2"]
expect = -5

[[problem]]
name = "tolerance"
run = ["cosine", "1,2", "2,3"]
expect = 0.99
tol = 0.01

[[problem]]
name = "too tight"
run = ["cosine", "1,2", "2,3"]
expect = "0.990"

[[problem]]
name = "after --"
run = ["dot", "--", "-1,2", "3,4"]
expect = "5"
'''
    report = cli("check", homework(tmp_path, text), "--json").json
    status = {p["name"]: (p["passed"], p["tol"]) for p in report["problems"]}
    # cos θ of (1,2),(2,3) = 8/√65 = 0.99228…: within 0.01 of 0.99, not within the ±0.0005 that 0.990 means
    assert status == {"negative": (True, None), "tolerance": (True, 0.01), "too tight": (False, None),
                      "after --": (True, None)}


def test_file_arguments_are_read_beside_the_homework(cli, tmp_path, monkeypatch):
    folder = tmp_path / "week1"
    folder.mkdir()
    (folder / "a.csv").write_text("1,2\n3,4\n")
    (folder / "b.csv").write_text("5,6\n7,8\n")
    (folder / "answer.csv").write_text("19,22\n43,50\n")
    path = homework(folder, '[[problem]]\nname = "files"\nrun = ["matmul", "@a.csv", "@b.csv"]\n'
                            'expect = "@answer.csv"\n')
    monkeypatch.chdir(tmp_path)  # the files are found from the homework's folder, not the working one
    run = cli("check", path, "--json")
    (problem,) = run.json["problems"]
    assert run.code == 0 and problem["passed"] and problem["run"] == ["matmul", "@a.csv", "@b.csv"]


def test_a_file_outside_the_folder_refuses_the_homework(cli, tmp_path):
    folder = tmp_path / "week1"
    folder.mkdir()
    path = homework(folder, '[[problem]]\nname = "escape"\nrun = ["matmul", "@../a.csv", "@b.csv"]\nexpect = "1"\n')
    run = cli("check", path, "--json")
    assert run.code == 2 and run.stdout == "" and len(run.stderr.splitlines()) == 1
    assert "problem 1 (line 1): @../a.csv: a homework problem may read only files in the homework's own folder" \
        in run.stderr


def test_homework_from_standard_input(cli):
    run = cli("check", "-", "--json", stdin=PROBLEMS.format(dot=32))
    assert run.code == 0 and run.json["file"] == "<stdin>" and run.json["result"] == {"passed": 3, "total": 3}


# --- output -------------------------------------------------------------------------------


def test_json_report_shape(cli, tmp_path):
    run = cli("check", homework(tmp_path, PROBLEMS.format(dot=33)), "--json")
    assert run.code == 1
    report = run.json
    assert list(report) == ["command", "result", "file", "title", "problems", "steps"]
    assert report["command"] == "check" and report["title"] == "Week 1"
    assert report["result"] == {"passed": 2, "total": 3}
    for item in report["problems"]:
        assert list(item) == ["name", "line", "run", "expected", "tol", "rel_tol", "got", "passed", "status", "hint"]
    wrong = report["problems"][1]
    assert wrong == {"name": "dot product", "line": 8, "run": ["dot", "1,2,3", "4,5,6"], "expected": "33",
                     "tol": None, "rel_tol": None, "got": 32, "passed": False, "status": "failed",
                     "hint": "off by 1 (tolerance 1e-9)"}
    assert report["problems"][0]["got"] == [[80], [140], [200]] and report["problems"][0]["hint"] is None
    assert [s["rule"] for s in report["steps"]] == ["homework.step.read", "homework.step.ran", "homework.step.score"]
    assert report["steps"][2]["steps"] == [{"rule": "homework.step.failed", "text": "wrong answer: dot product"}]
    assert "\x1b" not in run.stdout and run.stdout.count("\n") == 1


def test_warnings_about_the_file_are_shown_and_in_json(cli, tmp_path):
    path = homework(tmp_path, 'author = "me"\n' + PROBLEMS.format(dot=32))
    run = cli("check", path)
    assert run.code == 0 and "warning: line 1: unknown key 'author' was ignored" in run.stdout
    assert cli("check", path, "--json").json["warnings"] == [
        "line 1: unknown key 'author' was ignored (a homework file has a title and [[problem]] tables)"]


def test_a_long_matrix_is_cut_short_in_the_table(cli, tmp_path):
    (tmp_path / "big.csv").write_text("\n".join(",".join("1" for _ in range(60)) for _ in range(60)))
    path = homework(tmp_path, '[[problem]]\nname = "big"\nrun = ["matmul", "@big.csv", "@big.csv"]\nexpect = 60\n')
    run = cli("check", path, "--no-steps")
    assert run.code == 1
    assert "[[60,60,…,60], [60,60,…,60], …, [60,60,…,60]]" in run.stdout.replace("\n", " ").replace("  ", " ") or \
        "…" in run.stdout
    assert len(run.stdout.splitlines()) < 20
    assert "expected shape scalar, got 60×60" in run.stdout


def test_a_narrow_terminal_still_shows_every_problem(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "60")
    run = cli("check", homework(tmp_path, MIXED))
    assert run.code == 1
    assert all(len(line) <= 60 for line in run.stdout.splitlines())
    assert sum(line.strip()[:1] in ("✓", "✗") for line in run.stdout.splitlines()) == 7


def test_help_shows_the_file_layout(cli):
    run = cli("check", "--help")
    assert run.code == 0
    assert "[[problem]]" in run.stdout and 'run = ["matmul"' in run.stdout
    assert "mlmath check examples/homework.toml" in run.stdout


def test_export_saves_the_table_even_when_a_problem_failed(cli, tmp_path):
    saved = tmp_path / "graded.txt"
    run = cli("check", homework(tmp_path, PROBLEMS.format(dot=33)), "--export", str(saved))
    assert run.code == 1
    text = saved.read_text(encoding="utf-8")
    assert "dot product" in text and "2/3 passed (1 wrong)" in text


def test_export_of_the_json_report(cli, tmp_path):
    saved = tmp_path / "graded.json"
    run = cli("check", homework(tmp_path, PROBLEMS.format(dot=32)), "--json", "--export", str(saved))
    assert run.code == 0 and saved.read_text(encoding="utf-8") == run.stdout


def test_derivatives_are_judged_by_derive_s_own_equivalence_check(cli, tmp_path):
    if "derive" not in COMMANDS:
        pytest.skip("derive is not registered")
    text = '''\
[[problem]]
name = "written differently"
run = ["derive", "sin(x^2)"]
expect = "2*cos(x**2)*x"

[[problem]]
name = "wrong"
run = ["derive", "sin(x^2)"]
expect = "cos(x**2)"

[[problem]]
name = "gradient as a list"
run = ["derive", "x**2*y + y**3", "--wrt", "x,y"]
expect = ["2*x*y", "x**2 + 3*y**2"]

[[problem]]
name = "a leading minus after --"
run = ["derive", "--", "-x**2"]
expect = "-2*x"
'''
    run = cli("check", homework(tmp_path, text), "--json")
    assert run.code == 1
    by_name = {p["name"]: p for p in run.json["problems"]}
    assert by_name["written differently"]["passed"] and by_name["written differently"]["got"] == "2*x*cos(x**2)"
    assert by_name["wrong"]["status"] == "failed"
    # at x = 1 the answer cos(x²) is cos 1 = 0.5403 and the derivative 2x·cos(x²) is 2 cos 1 = 1.0806
    assert by_name["wrong"]["hint"] == "they differ at x = 1: expected 0.5403, got 1.081"
    assert by_name["gradient as a list"]["passed"] and by_name["gradient as a list"]["expected"] == \
        "[2*x*y, x**2 + 3*y**2]"
    assert by_name["a leading minus after --"]["passed"]


UNNAMED = '''\
[[problem]]
name = "vector"
run = ["dot", "1,2", "3,4"]
expect = "[1, 2]"

[[problem]]
run = ["dot", "1,2", "3,4"]
expect = 11
'''


@pytest.mark.parametrize(("lang", "phrases", "foreign"), [
    ("en", ["problem 2", "line 6: name is missing", "expected shape 2, got scalar"], ["문제", "스칼라"]),
    ("ko", ["문제 2", "6행: name이 없습니다", "정답의 모양은 2, 결과의 모양은 스칼라"],
     ["problem 2", "line 6", "scalar", "name is missing"]),
])
def test_unnamed_problems_places_and_shapes_are_written_in_the_chosen_language(cli, tmp_path, lang, phrases,
                                                                                foreign):
    run = cli("check", homework(tmp_path, UNNAMED), "--lang", lang)
    assert run.code == 1
    shown = " ".join(run.stdout.split())
    for text in phrases:
        assert text in shown, text
    for text in foreign:
        assert text not in shown, text


@pytest.mark.parametrize(("text", "message"), [
    ("x = " + "1" * 5000, "a number is too long to read"),
    ("x = " + "[" * 5000 + "]" * 5000, "nested too deeply"),
])
def test_a_hostile_homework_file_is_a_one_line_error(cli, tmp_path, text, message):
    run = cli("check", homework(tmp_path, text))
    assert run.code == 2 and message in run.stderr and len(run.stderr.splitlines()) == 1


@pytest.mark.parametrize("argument", [
    " @../outside/secret.csv", "\t@../outside/secret.csv", "--pred= @../outside/secret.csv",
    "-q@../outside/secret.csv", "-s@/etc/passwd", "@link.csv",
])
def test_no_spelling_of_a_file_argument_reads_outside_the_homework_folder(cli, tmp_path, argument):
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "secret.csv").write_text("1,2")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "link.csv").symlink_to(tmp_path / "outside" / "secret.csv")
    text = f'[[problem]]\nname = "escape"\nrun = ["dot", {json.dumps(argument)}, "1,2"]\nexpect = 5\n'
    run = cli("check", homework(tmp_path / "sub", text), "--json")
    assert run.code == 2 and "only files in the homework's own folder" in run.stderr
    assert len(run.stderr.splitlines()) == 1 and "Traceback" not in run.stderr


@pytest.mark.parametrize("answer", ["@../other/n.csv", "@{root}/other/n.csv", "@link.csv", "@{root}/other/words.txt",
                                    " @../other/words.txt", "@link/n.csv"])
@pytest.mark.parametrize("flags", [(), ("--json",)])
def test_an_answer_never_reads_a_file_outside_the_homework_folder(cli, tmp_path, monkeypatch, answer, flags):
    """Issue 23, item 1: expect = "@../other/n.csv", an absolute path and a symlink out of the folder."""
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "n.csv").write_text("42,43,44\n")
    (tmp_path / "other" / "words.txt").write_text("SECRETWORD 1 2\n")
    folder = tmp_path / "sub"
    folder.mkdir()
    (folder / "link.csv").symlink_to(tmp_path / "other" / "n.csv")
    (folder / "link").symlink_to(tmp_path / "other")
    monkeypatch.chdir(folder)  # relative paths resolve from the homework's folder, never the working one
    answer = answer.format(root=tmp_path)
    text = ('[[problem]]\nname = "ok"\nrun = ["dot", "1,2", "3,4"]\nexpect = 11\n\n'
            f'[[problem]]\nname = "a"\nrun = ["dot", "1,2", "3,4"]\nexpect = {json.dumps(answer)}\n')
    run = cli("check", homework(folder, text), *flags)
    assert run.code == 2 and run.stdout == ""
    assert len(run.stderr.splitlines()) == 1 and "Traceback" not in run.stderr
    assert "problem 2 (line 6)" in run.stderr and "only files in the homework's own folder" in run.stderr
    said = (run.stdout + run.stderr).replace(str(tmp_path), "")  # the folder's name may hold any digits
    for content in ("42", "43", "44", "SECRETWORD"):
        assert content not in said


def test_control_characters_in_a_homework_never_reach_the_terminal(cli, tmp_path):
    text = '[[problem]]\nname = "\\u001b[2J\\u001b]0;pwned\\u0007"\nrun = ["dot", "1,2", "3,4"]\nexpect = 11\n'
    run = cli("check", homework(tmp_path, text))
    assert run.code == 0 and "\x1b" not in run.stdout and "\x07" not in run.stdout and "�[2J" in run.stdout


MSE = 'run = ["loss", "mse", "--pred", "2.5,0,2,8", "--target", "3,-0.5,2,7"]'  # (0.25 + 0.25 + 0 + 1)/4 = 0.375
TOLERANCES = f"""rel_tol = 0.01

[[problem]]
name = "within 1%"
{MSE}
expect = 0.377

[[problem]]
name = "2% off"
{MSE}
expect = 0.3825

[[problem]]
name = "own tol"
run = ["dot", "1,2,3", "4,5,6"]
expect = 33
tol = 2
rel_tol = 0

[[problem]]
name = "matrix"
run = ["matmul", "[[2,3],[4,5],[6,7]]", "[[10],[20]]"]
expect = "[[80],[141],[190]]"
"""


def test_a_file_wide_rel_tol_and_a_problem_s_own_tol(cli, tmp_path):
    document = cli("check", homework(tmp_path, TOLERANCES), "--json").json
    by_name = {problem["name"]: problem for problem in document["problems"]}
    # |0.375 − 0.377| = 0.002 ≤ 1% of 0.377; |0.375 − 0.3825| = 0.0075 > 1% of 0.3825 = 0.003825
    assert by_name["within 1%"]["status"] == "passed" and by_name["2% off"]["status"] == "failed"
    assert by_name["2% off"]["hint"] == "off by 0.0075 (tolerance 0.00383)"
    assert by_name["own tol"]["status"] == "passed"  # 32 within tol = 2 of 33; rel_tol = 0 replaces the file's
    # 200 is 10 from 190, more than 1% of it (1.9); 140 is within 1% of 141 (1.41)
    assert by_name["matrix"]["status"] == "failed"
    assert by_name["matrix"]["hint"] == "c₃₁: expected 190, got 200 (tolerance 1.9)"


@pytest.mark.parametrize(("header", "message"), [
    ('tol = "abc"', "line 1: tol: could not read 'abc' as a number"),
    ("rel_tol = 3", "line 1: rel_tol must be between 0 and 1"),
    ("# the file's tolerances\nrel_tol = true", "line 2: rel_tol must be a number like 0.01"),
])
def test_a_malformed_file_tolerance_refuses_the_file(cli, tmp_path, header, message):
    run = cli("check", homework(tmp_path, header + "\n" + PROBLEMS.format(dot=32)))
    assert run.code == 2 and message in run.stderr and "before the first [[problem]]" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def test_a_malformed_rel_tol_marks_its_problem_only(cli, tmp_path):
    text = PROBLEMS.format(dot=32).replace('name = "dot product"', 'name = "dot product"\nrel_tol = -0.5')
    document = cli("check", homework(tmp_path, text), "--json").json
    statuses = {problem["name"]: problem["status"] for problem in document["problems"]}
    assert statuses["dot product"] == "malformed" and list(statuses.values()).count("passed") == len(statuses) - 1
