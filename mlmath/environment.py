"""The process as one value: its streams, the environment variables it reads, and its terminal.

``main`` runs one command line in an :class:`Environment`.  A real process
uses the one of :meth:`Environment.of_process`; ``mlmath check`` and the tests
build their own around string buffers, so a run never swaps ``sys.stdout`` or
resets module state to be captured.  While a command runs, :func:`current`
gives its environment to the places that read input or choose a language.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import IO


@dataclass
class Environment:
    """Where a command reads and writes, and the settings it takes from its surroundings."""

    stdin: IO[str] | None
    stdout: IO[str]
    stderr: IO[str]
    environ: Mapping[str, str] = field(default_factory=lambda: dict(os.environ))
    language: str | None = None  # chosen by --lang for this run; None: MLMATH_LANG, else the locale
    stdin_read: bool = False  # '-' may be read once per command

    @classmethod
    def of_process(cls) -> Environment:
        return cls(stdin=sys.stdin, stdout=sys.stdout, stderr=sys.stderr, environ=os.environ)

    @classmethod
    def captured(cls, stdin: str = "", environ: Mapping[str, str] | None = None) -> Environment:
        """An environment that reads ``stdin`` and keeps what is written (``.stdout.getvalue()``)."""
        return cls(stdin=io.StringIO(stdin), stdout=io.StringIO(), stderr=io.StringIO(),
                   environ=dict(os.environ if environ is None else environ))

    def flag(self, name: str) -> bool:
        """An environment variable that is set to something (``NO_COLOR=1``)."""
        return bool(self.environ.get(name))


_current: ContextVar[Environment | None] = ContextVar("mlmath_environment", default=None)


def current() -> Environment:
    """The environment of the command being run (the process's own outside of one)."""
    return _current.get() or Environment.of_process()


@contextmanager
def running_in(environment: Environment) -> Iterator[Environment]:
    """Make ``environment`` the current one for the length of one command."""
    token = _current.set(environment)
    try:
        yield environment
    finally:
        _current.reset(token)
