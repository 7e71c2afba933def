"""Shared test helpers: run the CLI in-process with a pinned terminal."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import settings

from mlmath.core.homework import Ran

ROOT = Path(__file__).resolve().parent.parent

# On CI, property tests draw the same examples every run, so a result does not depend on luck;
# locally they explore new examples each time.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


class Run(Ran):
    """What one command did, with its stdout read as JSON."""

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
    monkeypatch.chdir(ROOT)  # documented examples name files relative to the project
    yield


def run_cli(*args: str, stdin: str | None = None) -> Run:
    """``mlmath ARGS`` in this process: exit code, stdout and stderr."""
    from mlmath.cli.inprocess import run_inprocess

    return Run(**vars(run_inprocess(args, stdin or "")))


@pytest.fixture
def cli():
    return run_cli
