"""Hardening of check: each problem within a time and memory budget, Ctrl-C ends the batch with the
results so far, and a problem's budget never stops the others."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

SLOW = '["attention", "--seq", "a b", "--d-model", "4096"]'  # seconds of work and hundreds of MB
FAST = '["dot", "1,2", "3,4"]'


def write(tmp_path: Path, *problems: tuple[str, str, str]) -> str:
    body = ""
    for name, run, extra in problems:
        expect = "11" if run == FAST else "1"
        body += f'[[problem]]\nname = "{name}"\nrun = {run}\nexpect = "{expect}"\n{extra}\n'
    path = tmp_path / "h.toml"
    path.write_text(body)
    return str(path)


def by_name(report: dict) -> dict:
    return {problem["name"]: problem for problem in report["problems"]}


def test_a_problem_over_its_own_time_budget_is_marked_and_the_others_run(cli, tmp_path):
    path = write(tmp_path, ("ok", FAST, ""), ("slow", SLOW, "timeout = 0.5"), ("ok2", FAST, ""))
    started = time.monotonic()
    run = cli("check", path, "--json")
    assert time.monotonic() - started < 30
    assert run.code == 1 and run.stderr == ""
    problems = by_name(run.json)
    assert problems["ok"]["passed"] and problems["ok2"]["passed"]
    assert problems["slow"]["status"] == "error"
    assert problems["slow"]["hint"].startswith("stopped after 0.5 s, the time budget of one problem")


def test_the_timeout_option_sets_the_budget_of_every_problem(cli, tmp_path):
    path = write(tmp_path, ("slow", SLOW, ""), ("ok", FAST, ""))
    run = cli("check", path, "--json", "--timeout", "0.5")
    problems = by_name(run.json)
    assert "stopped after 0.5 s" in problems["slow"]["hint"] and problems["ok"]["passed"]


def test_a_problem_over_its_memory_budget_is_marked_and_the_others_run(cli, tmp_path):
    path = write(tmp_path, ("big", SLOW, ""), ("ok", FAST, ""))
    run = cli("check", path, "--json", "--memory", "100")
    assert run.code == 1
    problems = by_name(run.json)
    assert problems["big"]["hint"].startswith("stopped: it needed more than 100 MB, the memory budget")
    assert problems["ok"]["passed"]


def test_the_memory_of_a_problem_is_given_back(cli, tmp_path):
    import resource

    cli("check", write(tmp_path, ("small", '["attention", "--seq", "a b"]', "")), "--json")  # libraries loaded
    path = write(tmp_path, ("big", '["attention", "--seq", "a b", "--d-model", "1024", "--no-steps"]', ""))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    cli("check", path, "--json")
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert (after - before) * 1024 < 50 * 2**20  # the problem's matrices lived and died in its own process


@pytest.mark.parametrize(("value", "reason"), [("-1", "more than 0"), ("0", "more than 0"), ("1e9", "at most 3600"),
                                               ('"soon"', "a number of seconds, not text"), ("true", "not true")])
def test_a_problem_timeout_must_be_a_number_of_seconds(cli, tmp_path, value, reason):
    path = write(tmp_path, ("a", FAST, f"timeout = {value}"))
    run = cli("check", path, "--json")
    assert run.code == 1
    problem = run.json["problems"][0]
    assert problem["status"] == "malformed" and reason in problem["hint"]


def test_the_budget_is_stated_in_the_help(cli):
    run = cli("check", "--help")
    assert "10 s and 2048 MB" in run.stdout and "--timeout" in run.stdout and "--memory" in run.stdout


def test_two_hundred_problems_stay_fast(cli, tmp_path):
    body = "".join(f'[[problem]]\nname = "p{i}"\nrun = ["dot", "1,2,{i}", "3,4,1"]\nexpect = "{11 + i}"\n\n'
                   for i in range(200))
    (tmp_path / "many.toml").write_text(body)
    started = time.process_time()
    run = cli("check", str(tmp_path / "many.toml"), "--json", "--no-steps")
    assert run.code == 0 and run.json["result"] == {"passed": 200, "total": 200}
    assert time.process_time() - started < 15  # the grading process's own share: forks, not imports


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(child) for child in text.split()]


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc to see the grading's children")
@pytest.mark.parametrize("extra", [[], ["--json"]])
def test_ctrl_c_stops_the_batch_with_the_results_so_far(tmp_path, extra):
    path = write(tmp_path, ("ok", FAST, ""), ("slow", SLOW, "timeout = 120"), ("never", FAST, ""))
    process = subprocess.Popen([sys.executable, "-m", "mlmath", "check", path, *extra],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "NO_COLOR": "1"},
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    # wait until the slow problem runs: a child that has lived a while
    deadline = time.monotonic() + 60
    seen: dict[int, float] = {}
    while time.monotonic() < deadline:
        now = time.monotonic()
        for child in _children(process.pid):
            seen.setdefault(child, now)
        if any(now - since > 1.0 for child, since in seen.items() if child in _children(process.pid)):
            break
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=30)
    assert process.returncode == 130
    lines = stderr.decode().splitlines()
    assert lines == ["mlmath: stopped by Ctrl-C after 1 of 3 problems; the others did not run"]
    text = stdout.decode()
    if extra:
        import json

        report = json.loads(text)
        assert [p["name"] for p in report["problems"]] == ["ok"] and report["problems"][0]["passed"]
    else:
        assert "ok" in text and "never" not in text and "Traceback" not in text
    time.sleep(0.2)
    assert not _children(process.pid)


# --- the worker that runs the problems ------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "fork"), reason="problems run in a forked worker only where fork exists")
def test_one_worker_runs_many_problems_and_is_replaced_after_its_share(monkeypatch):
    from mlmath.cli import budget

    monkeypatch.setattr(budget, "PROBLEMS_PER_WORKER", 3)
    workers = []
    with budget.Runner() as run:
        for i in range(7):
            ran = run(["dot", f"1,{i}", "3,4", "--json"])
            assert ran.code == 0 and json.loads(ran.stdout)["result"] == 3 + 4 * i
            workers.append(run.pid)
    assert workers == [workers[0]] * 3 + [workers[3]] * 3 + [workers[6]]
    assert len(set(workers)) == 3
    for pid in set(workers):
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # each worker was ended and reaped


@pytest.mark.skipif(not hasattr(os, "fork"), reason="problems run in a forked worker only where fork exists")
def test_a_long_answer_comes_back_whole_and_an_ended_worker_is_replaced():
    from mlmath.cli import budget
    from mlmath.cli.inprocess import run_inprocess

    argv = ["softmax", ",".join(str(i % 7) for i in range(30_000)), "--json", "--no-steps"]  # ~700 kB of JSON
    with budget.Runner() as run:
        first = run(argv)
        assert json.loads(first.stdout)["result"] == json.loads(run_inprocess(argv).stdout)["result"]
        os.kill(run.pid, signal.SIGKILL)  # ended while idle, from outside
        time.sleep(0.1)
        again = run(["dot", "1,2", "3,4", "--json"])
        assert again.code == 0 and json.loads(again.stdout)["result"] == 11
