"""Run homework problems within a time and memory budget: in a forked copy of this process.

``mlmath check`` grades problems written by someone else, and one of them may ask for minutes of
work or gigabytes of memory.  Problems run in a worker forked from the grading process: the
libraries are already imported there (a fork costs a few milliseconds, not the second a new Python
process would), its address space is capped, and it runs one problem after another, each sent
down a pipe and answered on another.  The parent waits for each answer at most the problem's time
budget; a worker over its time is ended, one over its memory ends itself, and the next problem gets
a fresh worker.  A worker is also replaced after ``PROBLEMS_PER_WORKER`` problems, so that what
one problem leaves behind in the allocator does not shrink the memory of the later ones.
Where ``fork`` does not exist the problems run in this process, without a budget.
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


def warm_up(commands: set[str]) -> bool:
    """Import in this process what the workers will need, so each inherits it instead of importing it
    again (SymPy takes most of a second, mlmath's own modules a third of one) — and so NumPy's own
    buffers are not counted in a problem's budget.  Whether anything was imported now."""
    import importlib
    import pkgutil
    import sys

    before = len(sys.modules)

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
    return len(sys.modules) != before


PROBLEMS_PER_WORKER = 256
_LENGTH = 8  # bytes of the length that precedes each message on the pipes


class Runner:
    """``runner(argv, timeout=None)``: ``mlmath ARGV`` run in the worker within ``timeout`` seconds (the
    runner's own budget unless given): its exit status and output, or OVER_TIME / OVER_MEMORY.  Use it
    in a ``with`` block, which ends the worker."""

    def __init__(self, seconds: float = DEFAULT_SECONDS, megabytes: int = DEFAULT_MEGABYTES):
        self.seconds, self.megabytes = seconds, megabytes
        self.pid: int | None = None
        self.requests = self.answers = -1
        self.served = 0

    def __enter__(self) -> Runner:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def prepare(self, commands: set[str]) -> None:
        """Import what ``commands`` need; a worker forked before that is replaced, so the next inherits it."""
        if warm_up(commands):
            self.close()

    def __call__(self, argv: Sequence[str], timeout: float | None = None) -> Ran:
        from mlmath.cli.inprocess import run_inprocess

        if not budget_available():  # pragma: no cover - not on Linux or macOS
            return run_inprocess(argv)
        seconds = self.seconds if timeout is None else timeout
        if self.pid is None or self.served >= PROBLEMS_PER_WORKER:
            self.close()
            self._start()
        self.served += 1
        request = json.dumps(list(argv)).encode("utf-8")
        try:
            try:
                _write_message(self.requests, request)
            except BrokenPipeError:  # the idle worker was ended from outside: a fresh one takes the problem
                self.close()
                self._start()
                _write_message(self.requests, request)
            data, finished = _read_message(self.answers, time.monotonic() + seconds)
        except BaseException:  # Ctrl-C while waiting: end the worker, then let the caller stop
            self.close()
            raise
        if not finished:
            self.close()
            return _over_budget(OVER_TIME, say("homework.budget.time", seconds=f"{seconds:g}"))
        # no answer: the system ended the worker (out of memory); OVER_MEMORY: the worker ended itself
        code, stdout, stderr = (OVER_MEMORY, "", "") if data is None else json.loads(data.decode("utf-8"))
        if code == OVER_MEMORY:
            self.close()
            return _over_budget(OVER_MEMORY, say("homework.budget.memory", megabytes=self.megabytes))
        return Ran(code, stdout, stderr)

    def _start(self) -> None:
        request_reader, request_writer = os.pipe()
        answer_reader, answer_writer = os.pipe()
        pid = os.fork()
        if pid == 0:  # the worker: answer each request until the pipe closes, and leave without clean-up
            status = 0
            try:
                os.close(request_writer)
                os.close(answer_reader)
                signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the parent, which ends the worker
                _silence_descriptors()  # what a command prints is captured; a library writing to fd 2 is not
                _cap_memory(self.megabytes)
                _serve(request_reader, answer_writer)
            except BaseException:  # noqa: BLE001 - nothing may escape a forked child
                status = 70
            finally:
                os._exit(status)
        os.close(request_reader)
        os.close(answer_writer)
        self.pid, self.requests, self.answers, self.served = pid, request_writer, answer_reader, 0

    def close(self) -> None:
        """End the worker (if there is one) and close its pipes."""
        if self.pid is None:
            return
        for descriptor in (self.requests, self.answers):
            os.close(descriptor)
        _end(self.pid)
        self.pid = None


def _serve(requests: int, answers: int) -> None:
    """The worker's loop: read an argv, run it, write [status, graded stdout, stderr]."""
    from mlmath.cli.inprocess import run_inprocess

    while True:
        message = _read_exactly(requests)
        if message is None:
            return
        try:
            ran = run_inprocess(json.loads(message.decode("utf-8")))
            code = ran.code
            if code == 2 and template("errors.out_of_memory") in ran.stderr:  # main's sentence for MemoryError
                code = OVER_MEMORY
            answer = [code, _graded_part(ran.stdout), ran.stderr]
        except MemoryError:
            answer = [OVER_MEMORY, "", ""]
        _write_message(answers, json.dumps(answer).encode("utf-8"))
        if answer[0] == OVER_MEMORY:
            return


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


def _write_message(descriptor: int, data: bytes) -> None:
    view = memoryview(len(data).to_bytes(_LENGTH, "big") + data)
    while view:
        written = os.write(descriptor, view)
        view = view[written:]


def _read_exactly(descriptor: int) -> bytes | None:
    """One whole message (blocking), or None when the other side has closed the pipe."""
    header = _read_bytes(descriptor, _LENGTH)
    if header is None:
        return None
    return _read_bytes(descriptor, int.from_bytes(header, "big"))


def _read_bytes(descriptor: int, count: int) -> bytes | None:
    chunks, missing = [], count
    while missing:
        chunk = os.read(descriptor, min(missing, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        missing -= len(chunk)
    return b"".join(chunks)


def _read_message(descriptor: int, deadline: float) -> tuple[bytes | None, bool]:
    """The worker's answer and whether it came before ``deadline``; None if the worker ended first."""
    buffer = bytearray()
    expected = None
    while expected is None or len(buffer) < expected:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return None, False
        ready, _, _ = select.select([descriptor], [], [], remaining)
        if not ready:
            continue
        chunk = os.read(descriptor, 1 << 20)
        if not chunk:
            return None, True
        buffer += chunk
        if expected is None and len(buffer) >= _LENGTH:
            expected = _LENGTH + int.from_bytes(buffer[:_LENGTH], "big")
    return bytes(buffer[_LENGTH:]), True


def _end(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
