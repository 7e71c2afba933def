"""mlmath homework new, then mlmath check: filled by a script it passes, blank answers are missing, a class."""

from __future__ import annotations

import csv
import json
import re
import sys

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def new(cli, tmp_path, *args):
    path = tmp_path / "week3.toml"
    run = cli("homework", "new", "--topics", "matmul,derive,softmax", "--count", "10", "--seed", "7",
              "-o", str(path), *args)
    assert run.code == 0, run.stderr
    return path


def fill(text: str, answers: list[str]) -> str:
    """Write each answer into the next expect = "" (what a student's script would do)."""
    pieces = iter(answers)
    return re.sub(r'^expect = ""$', lambda _: "expect = " + json.dumps(next(pieces)), text, flags=re.M)


def key_answers(path) -> list[str]:
    return [problem["expect"] for problem in tomllib.loads(path.read_text())["problem"]]


def test_new_writes_problems_with_empty_answers_a_title_and_questions_in_words(cli, tmp_path):
    path = new(cli, tmp_path)
    text = path.read_text()
    data = tomllib.loads(text)
    assert data["title"] == "matmul, derive, softmax #7"
    assert [p["run"][0] for p in data["problem"]] == ["matmul", "derive", "softmax"] * 3 + ["matmul"]
    assert all(p["expect"] == "" for p in data["problem"])
    assert "# 2. Differentiate f(x) = " in text and "# 3. Compute the softmax of the logits" in text
    assert data["problem"][2]["tol"] == 0.005  # an answer that is not exact: two decimals
    assert new(cli, tmp_path).read_text() == text  # the same seed, the same homework


def test_filled_by_a_script_it_passes_and_the_key_passes(cli, tmp_path):
    key = tmp_path / "key.toml"
    path = new(cli, tmp_path, "--answers", str(key))
    assert cli("check", str(key)).code == 0
    path.write_text(fill(path.read_text(), key_answers(key)))
    run = cli("check", str(path))
    assert run.code == 0 and "10/10 passed" in run.stdout


def test_an_unfilled_file_reports_missing_answers_not_wrong_ones(cli, tmp_path):
    path = new(cli, tmp_path)
    run = cli("check", str(path))
    assert run.code == 1 and "0/10 passed (10 missing)" in run.stdout and "wrong" not in run.stdout
    document = json.loads(cli("check", str(path), "--json").stdout)
    assert {p["status"] for p in document["problems"]} == {"missing"}


def test_one_blank_answer_is_missing(cli, tmp_path):
    key = tmp_path / "key.toml"
    path = new(cli, tmp_path, "--answers", str(key))
    answers = key_answers(key)
    answers[4] = ""
    path.write_text(fill(path.read_text(), answers))
    run = cli("check", str(path))
    assert run.code == 1 and "9/10 passed (1 missing)" in run.stdout


def test_a_class_of_twenty_with_three_wrong_answers(cli, tmp_path):
    key = tmp_path / "key.toml"
    path = new(cli, tmp_path, "--answers", str(key))
    answers = key_answers(key)
    folder = tmp_path / "submissions"
    folder.mkdir()
    wrong = {3: 0, 8: 1, 15: 4}  # student → the problem (0-based) they got wrong
    for student in range(20):
        mine = list(answers)
        if student in wrong:
            mine[wrong[student]] = {"matmul": "[[12345]]", "derive": "x"}.get(
                ["matmul", "derive", "softmax"][wrong[student] % 3], "[0.5, 0.5]")
        (folder / f"student{student:02}.toml").write_text(fill(path.read_text(), mine))
    files = sorted(str(p) for p in folder.glob("*.toml"))
    grades = tmp_path / "grades.csv"
    run = cli("check", *files, "--csv", str(grades))
    assert run.code == 1, run.stderr
    assert "17 of 20 files passed every problem; 197/200 problems passed" in run.stdout
    rows = list(csv.DictReader(grades.open()))
    assert len(rows) == 20
    failed = {row["file"].rsplit("/", 1)[-1]: row["failed"] for row in rows if row["failed"]}
    assert failed == {"student03.toml": "1. matmul", "student08.toml": "2. derive", "student15.toml": "5. derive"}
    assert all(row["passed"] == ("9" if row["failed"] else "10") and row["total"] == "10" for row in rows)
    document = json.loads(cli("check", *files, "--json").stdout)
    assert document["result"] == {"files": 20, "complete": 17, "passed": 197, "total": 200}
    assert [row["failed"] for row in document["files"]].count([]) == 17


def test_a_class_row_for_a_file_that_cannot_be_read(cli, tmp_path):
    key = tmp_path / "key.toml"
    new(cli, tmp_path, "--answers", str(key))
    broken = tmp_path / "broken.toml"
    broken.write_text("junk\n")
    run = cli("check", str(key), str(broken))
    assert run.code == 1 and "1 of 2 files passed" in run.stdout
    rows = json.loads(cli("check", str(key), str(broken), "--json").stdout)["files"]
    assert rows[0]["error"] is None and "not valid TOML" in rows[1]["error"]


def test_attention_weights_are_graded_by_their_key(cli, tmp_path):
    key = tmp_path / "key.toml"
    path = tmp_path / "a.toml"
    assert cli("homework", "new", "--topics", "attention", "-n", "3", "-o", str(path), "--answers", str(key)).code == 0
    assert 'key = "weights"' in path.read_text()
    assert cli("check", str(key)).code == 0
    wrong = fill(path.read_text(), ["[[1, 0], [0, 1]]"] * 3)
    path.write_text(wrong)
    assert cli("check", str(path)).code == 1


def test_adams_quantities_and_trains_first_update_are_graded_by_their_keys(cli, tmp_path):
    key = tmp_path / "key.toml"
    path = tmp_path / "a.toml"
    run = cli("homework", "new", "--topics", "optimize,train", "-n", "12", "--difficulty", "2", "--seed", "3",
              "-o", str(path), "--answers", str(key))
    assert run.code == 0, run.stderr
    problems = tomllib.loads(key.read_text())["problem"]
    keys = {problem.get("key") for problem in problems}
    assert {"parameters.0.W"} <= keys and keys & {"state.m", "state.v", "state.m_hat", "state.v_hat"}, keys
    assert cli("check", str(key)).code == 0
    # the key's answers, with each of Adam's quantities off by 1: exactly those fail
    answers = [problem["expect"] for problem in problems]
    for index, problem in enumerate(problems):
        if problem.get("key", "").startswith("state."):
            answers[index] = f"[{eval_fraction(problem['expect'].strip('[]')) + 1}]"
    path.write_text(fill(path.read_text(), answers))
    document = json.loads(cli("check", str(path), "--json").stdout)
    failed = [item["name"] for item in document["problems"] if item["status"] == "failed"]
    assert len(failed) == sum(problem.get("key", "").startswith("state.") for problem in problems) > 0


def eval_fraction(text: str) -> float:
    """``-12/5`` → −2.4."""
    numerator, _, denominator = text.partition("/")
    return float(numerator) / float(denominator or 1)


def test_korean_comments_and_printing_to_stdout(cli, tmp_path):
    run = cli("homework", "new", "--topics", "dot", "-n", "2", "--lang", "ko")
    assert run.code == 0 and "[[problem]]" in run.stdout and "# 1. a = (" in run.stdout and "내적" in run.stdout
    assert tomllib.loads(run.stdout)["title"] == "dot #0"


def test_bad_input_is_one_line(cli, tmp_path):
    for args in (("homework", "old"), ("homework", "new", "--topics", "matmu"),
                 ("homework", "new", "-o", str(tmp_path / "a.toml"), "--answers", str(tmp_path / "a.toml"))):
        run = cli(*args)
        assert run.code == 2 and run.stderr.count("\n") == 1 and "Traceback" not in run.stderr, run.stderr
