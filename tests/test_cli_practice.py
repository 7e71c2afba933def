"""mlmath practice with answers piped in: the score, the progress file, hints, steps, the weakest topic."""

from __future__ import annotations

import json

import pytest

from mlmath.core.exercises import exercise


@pytest.fixture
def state(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    return tmp_path / "mlmath" / "progress.json"


def test_a_scripted_session_scores_and_records_progress(cli, state):
    # seeds 4, 5, 6 of dot at difficulty 1: answers worked here by hand from the printed vectors
    answers = []
    for seed in (4, 5, 6):
        item = exercise("dot", 1, seed)
        a, b = ([int(v) for v in text.split(",")] for text in item.run[1:])
        answers.append(sum(x * y for x, y in zip(a, b)))
    typed = f"{answers[0]}\n{answers[1] + 1}\n{answers[1]}\n{answers[2] + 1}\n{answers[2] + 2}\n"
    run = cli("practice", "dot", "--count", "3", "--seed", "4", stdin=typed)
    assert run.code == 0, run.stderr
    assert "Score: 2/3" in run.stdout
    assert run.stdout.count("✓ Right") == 2 and run.stdout.count("✗ Not yet.") == 3
    assert json.loads(state.read_text())["topics"] == {"dot": {"correct": 2, "total": 3}}
    again = cli("practice", "dot", "--count", "1", "--seed", "4", stdin=f"{answers[0]}\n")
    assert json.loads(state.read_text())["topics"]["dot"] == {"correct": 3, "total": 4} and again.code == 0


def test_a_wrong_answer_gets_a_hint_then_a_second_try_then_the_steps(cli, state):
    run = cli("practice", "matmul", "--count", "1", "--seed", "1", "-d", "2", stdin="[[1,2],[3,4]]\n7\n")
    out = run.stdout
    hint, again, steps = out.index("Hint: An m×n matrix"), out.index("One more try."), out.index("The answer is")
    assert hint < again < steps and "c₁₁ = row 1 · column 1" in out
    # the second answer has the wrong shape, and practice says so (not by how much a number is off)
    assert "your answer is scalar, the answer is 2×2" in out
    assert "Score: 0/1" in out and "off by" not in out


def test_an_answer_that_cannot_be_read_is_said_so_and_any_input_form_is_accepted(cli, state):
    item = exercise("inverse", 2, 3)
    assert "/" in item.answer
    run = cli("practice", "inverse", "--count", "1", "--seed", "3", "-d", "2", "--no-save",
              stdin="[[1,2],[3]]\n" + item.answer.replace(" ", "") + "\n")
    assert "could not be read: --expect: ragged rows" in run.stdout and "Score: 1/1" in run.stdout
    assert not state.exists()


def test_decimals_are_held_to_two_places(cli, state):
    item = exercise("softmax", 1, 1)
    first = item.answer.strip("[]").split(", ")
    rough = "[" + ", ".join(str(round(float(v), 1)) for v in first) + "]"
    two = "[" + ", ".join(f"{float(v):.2f}" for v in first) + "]"
    run = cli("practice", "softmax", "--count", "1", "--seed", "1", "--no-save", stdin=f"{rough}\n{two}\n")
    assert "✗ Not yet." in run.stdout and "✓ Right" in run.stdout


def test_without_a_topic_the_weakest_comes_next(cli, state):
    state.parent.mkdir(parents=True)
    topics = {name: {"correct": 5, "total": 5} for name in ("matmul", "dot", "cosine", "transpose", "inverse")}
    topics["det"] = {"correct": 0, "total": 4}
    state.write_text(json.dumps({"version": 1, "topics": topics}))
    run = cli("practice", "--count", "1", "--seed", "2", stdin="0\n0\n")
    assert "Exercise 1/1 · det" in run.stdout and "your weakest topic so far" in run.stdout


def test_json_is_one_object_with_the_exercises_and_the_exchange_on_stderr(cli, state):
    item = exercise("det", 1, 0)
    run = cli("practice", "det", "--count", "1", "--seed", "0", "--json", stdin=item.answer + "\n")
    document = json.loads(run.stdout)
    assert document["command"] == "practice" and document["result"] == {"correct": 1, "total": 1}
    assert document["exercises"][0]["run"] == list(item.run) and document["exercises"][0]["first_try"]
    assert "Exercise 1/1" in run.stderr


def test_korean(cli, state):
    run = cli("practice", "dot", "--count", "1", "--seed", "0", "--lang", "ko", "--no-save", stdin="0\n0\n")
    assert "연습 1/1" in run.stdout and "내적" in run.stdout and "힌트:" in run.stdout and "점수: 0/1" in run.stdout


def test_input_ending_early_ends_the_session(cli, state):
    run = cli("practice", "dot", "--count", "3", "--seed", "0", stdin="")
    assert run.code == 0 and "Score: 0/0" in run.stdout and not state.exists()


def test_bad_input_is_one_line(cli, state):
    for args in (("practice", "matmu"), ("practice", "dot", "--difficulty", "4")):
        run = cli(*args, stdin="")
        assert run.code == 2 and run.stderr.count("\n") == 1 and "Traceback" not in run.stderr
