"""A terminal narrower than any table (COLUMNS=1 or 3) is laid out at a minimum width, never a crash."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from rich.cells import cell_len

from mlmath.render.output import MIN_WIDTH


@pytest.mark.parametrize("columns", ["1", "3"])
@pytest.mark.parametrize("command", [["softmax", "1,2,3"], ["attention", "--seq", "the cat sat"],
                                     ["optimize", "rosenbrock", "--compare", "sgd,adam"]])
def test_a_terminal_one_column_wide_is_laid_out_at_the_minimum_width(columns, command):
    """Issue 23: COLUMNS=1 ended in a Rich AssertionError, exit 70."""
    env = {**os.environ, "COLUMNS": columns, "NO_COLOR": "1"}
    run = subprocess.run([sys.executable, "-m", "mlmath", *command], capture_output=True, text=True, env=env,
                         timeout=120)
    assert run.returncode == 0 and run.stderr == ""
    assert max(cell_len(line) for line in run.stdout.splitlines()) <= MIN_WIDTH  # m̂ is one cell, two characters
