"""Shared test helpers: run the CLI in-process with a pinned terminal."""

from __future__ import annotations

import io
import json
import os
import sys
from dataclasses import dataclass

import pytest
from hypothesis import settings

# On CI, property tests draw the same examples every run, so a result does not depend on luck;
# locally they explore new examples each time.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


@dataclass
class Run:
    """What one command printed and how it ended."""

    code: int
    stdout: str
    stderr: str

    @property
    def json(self) -> dict:
        return json.loads(self.stdout)


@pytest.fixture(autouse=True)
def pinned_terminal(monkeypatch):
    """Deterministic output: 100 columns, no colour, English, no locale surprises."""
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("MLMATH_LANG", "en")
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    from mlmath import text

    text.set_language(None)
    yield


def run_cli(*args: str, stdin: str | None = None) -> Run:
    """``mlmath ARGS`` in this process: exit code, stdout and stderr."""
    from mlmath.cli.app import main
    from mlmath.parsing import numbers

    numbers._stdin_used = False
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdout, sys.stderr, sys.stdin
    sys.stdout, sys.stderr = out, err
    sys.stdin = io.StringIO(stdin or "")
    try:
        main(list(args))
        code = 0
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    finally:
        sys.stdout, sys.stderr, sys.stdin = old
    return Run(code, out.getvalue(), err.getvalue())


@pytest.fixture
def cli():
    return run_cli
