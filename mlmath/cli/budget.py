"""Run one homework problem within a time and memory budget: in a forked copy of this process.

``mlmath check`` grades problems written by someone else, and one of them may ask for minutes of
work or gigabytes of memory.  Each problem runs in a child forked from the grading process: the
libraries are already imported there (a fork costs a few milliseconds, not the second a new Python
process would), the child's address space is capped, the parent waits at most the time budget and
ends the child when it is spent, and whatever the child used is given back when it exits.
Where ``fork`` does not exist the problem runs in this process, without a budget.
"""

from __future__ import annotations

import json
import os
import select
import signal
import time
from collections.abc import Sequence

from mlmath.core.homework import Ran
from mlmath.text import say, template

DEFAULT_SECONDS = 10.0  # time budget of one problem
DEFAULT_MEGABYTES = 2048  # memory budget of one problem, on top of what the grading process holds
OVER_TIME = 124  # the exit status of a problem stopped at its time budget (as timeout(1) has it)
OVER_MEMORY = 125  # … and of one that asked for more memory than its budget


# commands that read expressions: SymPy is imported once, before the first child, not in every child
EXPRESSION_COMMANDS = frozenset({"derive", "chain", "optimize", "integrate"})


def budget_available() -> bool:
    return hasattr(os, "fork")


def warm_up(commands: set[str]) -> None:
    """Import in this process what the children will need, so each inherits it instead of importing it
    again (SymPy takes most of a second, mlmath's own modules a third of one) — and so NumPy's own
    buffers are not counted in a problem's budget.  A child then costs about 10 ms."""
    import importlib
    import pkgutil

    import numpy  # noqa: F401

    import mlmath.cli
    import mlmath.core
    import mlmath.parsing
    import mlmath.render

    for package in (mlmath.parsing, mlmath.core, mlmath.render, mlmath.cli):
        for info in pkgutil.iter_modules(package.__path__):
            try:
                importlib.import_module(f"{package.__name__}.{info.name}")
            except Exception:  # noqa: BLE001 - a module that cannot be imported fails in its problem, not here
                pass
    if commands & EXPRESSION_COMMANDS:
        import sympy  # noqa: F401

        import mlmath.parsing.expressions  # noqa: F401


def run_within_budget(argv: Sequence[str], seconds: float = DEFAULT_SECONDS,
                      megabytes: int = DEFAULT_MEGABYTES) -> Ran:
    """``mlmath ARGV`` in a forked child: its exit status and output, or OVER_TIME / OVER_MEMORY."""
    from mlmath.cli.inprocess import run_inprocess

    if not budget_available():  # pragma: no cover - not on Linux or macOS
        return run_inprocess(argv)
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: run, write what happened, and leave without running any clean-up
        status = 0
        try:
            os.close(reader)
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the parent, which ends the child
            _silence_descriptors()  # what the command prints is captured; a library writing to fd 2 is not
            _cap_memory(megabytes)
            ran = run_inprocess(argv)
            code = ran.code
            if code == 2 and template("errors.out_of_memory") in ran.stderr:  # main's sentence for MemoryError
                code = OVER_MEMORY
            _write_all(writer, json.dumps([code, _graded_part(ran.stdout), ran.stderr]).encode("utf-8"))
        except MemoryError:
            _write_all(writer, json.dumps([OVER_MEMORY, "", ""]).encode("utf-8"))
        except BaseException:  # noqa: BLE001 - nothing may escape a forked child
            status = 70
        finally:
            os._exit(status)
    os.close(writer)
    try:
        data, finished = _read_until(reader, time.monotonic() + seconds)
    except BaseException:  # Ctrl-C while waiting: end the child, then let the caller stop
        _end(pid)
        raise
    finally:
        os.close(reader)
    if not finished:
        _end(pid)
        return _over_budget(OVER_TIME, say("homework.budget.time", seconds=f"{seconds:g}"))
    os.waitpid(pid, 0)
    over_memory = _over_budget(OVER_MEMORY, say("homework.budget.memory", megabytes=megabytes))
    try:
        code, stdout, stderr = json.loads(data.decode("utf-8"))
    except ValueError:  # the child was killed before it wrote (by the system, out of memory)
        return over_memory
    return over_memory if code == OVER_MEMORY else Ran(code, stdout, stderr)


def _over_budget(code: int, message) -> Ran:
    return Ran(code, "", f"mlmath: {message}\n")


KEPT_BYTES = 1_000_000  # a JSON value larger than this is not sent back, unless grading reads it


def _graded_part(stdout: str) -> str:
    """The command's JSON with what grading reads (its result, its check, and every value of moderate size,
    any of which a problem's key may name): attention's 1024×1024 weight matrices stay in the child."""
    try:
        document = json.loads(stdout)
    except ValueError:
        return stdout
    if not isinstance(document, dict):
        return stdout
    kept = {key: value for key, value in document.items()
            if key in ("command", "result", "check") or len(json.dumps(value)) <= KEPT_BYTES}
    return json.dumps(kept)


def _silence_descriptors() -> None:
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.dup2(null, 2)
    os.close(null)


def _cap_memory(megabytes: int) -> None:
    """The child may grow its address space by ``megabytes`` beyond what it holds now."""
    try:
        import resource
    except ImportError:  # pragma: no cover
        return
    current = _address_space_bytes()
    if current is None:
        return
    limit = current + megabytes * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _address_space_bytes() -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def _write_all(descriptor: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(descriptor, view)
        view = view[written:]


def _read_until(descriptor: int, deadline: float) -> tuple[bytes, bool]:
    """Everything the child writes, and whether it finished writing before ``deadline``."""
    chunks = []
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return b"".join(chunks), False
        ready, _, _ = select.select([descriptor], [], [], remaining)
        if not ready:
            continue
        chunk = os.read(descriptor, 1 << 20)
        if not chunk:
            return b"".join(chunks), True
        chunks.append(chunk)


def _end(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
