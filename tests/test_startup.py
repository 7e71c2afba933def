"""Startup stays light: help and completion load no numpy, sympy or plotext (DESIGN.md §6)."""

import json
import os
import subprocess
import sys

import pytest

PROBE = """
import json, sys
sys.argv = ["mlmath", *json.loads(sys.argv[1])]
from mlmath.cli.app import main
try:
    main()
except SystemExit:
    pass
import importlib.metadata
heavy = {"numpy", "sympy", "plotext", "pydantic"}
if any(r.startswith("pydantic") for r in importlib.metadata.requires("typer") or []):
    heavy.discard("pydantic")  # typer 0.29 and later build every command through pydantic themselves
heavy = sorted({name.split(".")[0] for name in sys.modules} & heavy)
sys.stderr.write("\\nLOADED=" + json.dumps(heavy) + "\\n")
"""


def loaded_modules(*args: str, env: dict | None = None) -> list[str]:
    environment = {**os.environ, "NO_COLOR": "1", **(env or {})}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(list(args))],
        capture_output=True, text=True, env=environment, timeout=60,
    )
    marker = done.stderr.rsplit("LOADED=", 1)
    assert len(marker) == 2, done.stderr
    return json.loads(marker[1])


@pytest.mark.parametrize("args", [("--help",), ("dot", "--help"), ("--version",), ()])
def test_help_loads_no_heavy_module(args):
    assert loaded_modules(*args) == []


def test_tab_completion_loads_no_heavy_module():
    env = {"_MLMATH_COMPLETE": "complete_bash", "COMP_WORDS": "mlmath lo", "COMP_CWORD": "1"}
    assert loaded_modules(env=env) == []


def test_dot_loads_numpy_but_not_sympy_or_plotext():
    assert loaded_modules("dot", "1,2,3", "4,5,6") == ["numpy"]


def test_python_dash_m_and_version():
    done = subprocess.run([sys.executable, "-m", "mlmath", "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("mlmath ")


GC_PROBE = """
import gc, sys
import mlmath.cli.app as app
before = gc.get_freeze_count()
def command():
    sys.stderr.write(f"during={gc.isenabled()}\\n")
    raise SystemExit(3)
app.main = command
from mlmath.cli.program import run
try:
    run()
except SystemExit as exit_:
    sys.stderr.write(f"status={exit_.code} frozen={gc.get_freeze_count() > before}\\n")
"""


def test_the_program_runs_without_the_cycle_collector_and_freezes_on_exit():
    done = subprocess.run([sys.executable, "-c", GC_PROBE], capture_output=True, text=True, timeout=60)
    assert done.stderr.split() == ["during=False", "status=3", "frozen=True"]


def test_in_process_runs_leave_the_cycle_collector_alone(cli):
    import gc

    frozen = gc.get_freeze_count()  # a bare 3.12 interpreter already has some: compare, do not assume 0
    assert cli("dot", "1,2", "3,4").code == 0
    assert gc.isenabled() and gc.get_freeze_count() == frozen


def test_closed_pipe_ends_quietly():
    command = f"'{sys.executable}' -m mlmath matmul 1,2,3 4,5,6 --elementwise | head -1"
    done = subprocess.run(["sh", "-c", command], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    assert done.stderr == ""


def test_piped_output_has_no_ansi_codes():
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    done = subprocess.run([sys.executable, "-m", "mlmath", "cosine", "1,0", "0,1", "1,1", "--plot"],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0 and "\x1b[" not in done.stdout


def test_errors_never_show_a_traceback():
    done = subprocess.run([sys.executable, "-m", "mlmath", "dot", "1,2", "[[1,2"], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


def test_completing_a_choice_value_loads_no_heavy_module():
    env = {"_MLMATH_COMPLETE": "complete_bash", "COMP_WORDS": "mlmath loss sp", "COMP_CWORD": "2"}
    assert loaded_modules(env=env) == []


@pytest.mark.parametrize(
    ("arguments", "code"),
    [("--help", 0), ("dot 1,2 3,4,5", 2), ("dot '' 1", 2), ("matmul '1,2;3' 1,2", 2),
     ("matmul '[[1,2]' '[[1],[2]]'", 2), ("cosine abc 1,2", 2), ("dot 1,2 3,4 --expect 12", 1)],
)
@pytest.mark.parametrize("closed", [">&-", "2>&-", ">&- 2>&-"])
def test_exit_status_holds_with_a_closed_stream(arguments, code, closed):
    command = f"'{sys.executable}' -m mlmath {arguments} {closed}"
    done = subprocess.run(["sh", "-c", command], capture_output=True, text=True, timeout=60)
    assert done.returncode == code, done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("arguments", "code"),
    [(["--help"], 0), (["dot", "1,2", "3,4,5"], 2), (["dot", "", "1"], 2), (["matmul", "1,2;3", "1,2"], 2),
     (["matmul", "[[1,2]", "[[1],[2]]"], 2), (["cosine", "abc", "1,2"], 2),
     (["dot", "1,2", "3,4", "--expect", "12"], 1)],
)
@pytest.mark.parametrize("gone", [("stdout",), ("stderr",), ("stdout", "stderr")])
def test_exit_status_holds_when_the_reader_has_gone(arguments, code, gone):
    """A reader that has closed its end of the pipe (EPIPE on every write) changes nothing in the status."""
    pipes = {name: os.pipe() for name in ("stdout", "stderr")}
    for name in gone:
        os.close(pipes[name][0])
    process = subprocess.Popen([sys.executable, "-m", "mlmath", *arguments],
                               stdout=pipes["stdout"][1], stderr=pipes["stderr"][1])
    for name, (read_end, write_end) in pipes.items():
        os.close(write_end)
        if name not in gone:
            with os.fdopen(read_end, "rb") as reader:
                assert b"Traceback" not in reader.read()
    assert process.wait(timeout=60) == code


def test_running_out_of_memory_is_one_line_and_exit_2(monkeypatch):
    """Under a memory limit (ulimit -v), a computation that cannot get its memory is a sentence, not exit 70."""
    import mlmath.core.linalg as linalg
    from mlmath.cli.app import main
    from mlmath.environment import Environment

    def hungry(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(linalg, "matmul", hungry)
    environment = Environment.captured()
    assert main(["matmul", "1,2;3,4", "5;6"], environment) == 2
    assert environment.stderr.getvalue().count("\n") == 1
    assert "more memory than the process may use" in environment.stderr.getvalue()


def test_an_output_encoding_that_cannot_hold_the_text_gets_escapes_not_an_error():
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    done = subprocess.run([sys.executable, "-m", "mlmath", "softmax", "1,2,3", "--lang", "ko"], capture_output=True,
                          env=env, timeout=60)
    assert done.returncode == 0 and done.stderr == b""
    assert b"\\u" in done.stdout  # Hangul written as escapes


def test_a_full_disk_under_stdout_is_one_line_and_exit_2():
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    command = f"'{sys.executable}' -m mlmath dot 1,2 3,4 > /dev/full"
    done = subprocess.run(["sh", "-c", command], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr == "mlmath: cannot write the output: No space left on device\n"
