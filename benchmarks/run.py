"""Measure every budget of DESIGN.md §6 as a ratio against its baseline in the same run.

    python benchmarks/run.py            # every budget
    python benchmarks/run.py --only dot # budgets whose name contains "dot"
    python benchmarks/run.py --repeat 21

Each budget file ``benchmarks/budgets_*.py`` defines ``BUDGETS``: dicts with
``name``, ``command`` and ``baseline`` (argv lists, where ``{python}`` is this
interpreter, ``{mlmath}`` the installed console script and ``{here}`` this
folder), ``limit`` (the largest acceptable ratio), and optionally ``env``,
``repeat``, ``setup`` (an argv run once before, e.g. to write a data file) and
``measure``: ``"time"`` (the default), ``"memory"`` (the peak resident set
size of the process) or ``"loop"`` (the seconds a script prints as ``loop 0.123 s``:
a loop timed inside the process, without its imports).  Command and baseline runs
alternate, so a noisy machine slows both alike; the ratio is of the medians.

A budget that compares with PyTorch names ``{torch_python}``: an interpreter that
has torch, given as ``MLMATH_TORCH_PYTHON`` (mlmath never needs torch; without
it the budget is listed as skipped).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _mlmath_script() -> str:
    beside = Path(sys.executable).with_name("mlmath")
    return str(beside) if beside.exists() else (shutil.which("mlmath") or "mlmath")


def _expand(argv: list[str]) -> list[str]:
    values = {"python": sys.executable, "mlmath": _mlmath_script(), "here": str(HERE),
              "torch_python": os.environ.get("MLMATH_TORCH_PYTHON", "")}
    return [part.format(**values) for part in argv]


def _needs_torch(budget: dict) -> bool:
    return any("{torch_python}" in part for part in budget["command"] + budget["baseline"])


def _time_once(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=300)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(argv)[:80]} failed: {done.stderr.decode()[-300:]}")
    return elapsed


def _loop_once(argv: list[str], env: dict[str, str]) -> float:
    """The seconds the script reports for its loop (``loop 0.123 s`` on stdout)."""
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=600)
    found = re.search(r"loop ([0-9.]+) s", done.stdout)
    if done.returncode != 0 or found is None:
        raise RuntimeError(f"{' '.join(argv)[:80]} failed: {(done.stderr or done.stdout)[-300:]}")
    return float(found.group(1))


# Linux keeps the largest resident size a process ever had, counting what it held before exec: a command
# started from this runner would report at least the runner's own size.  So a small interpreter (no site
# packages) forks it and reports the child's peak.
_PEAK_LAUNCHER = """
import os, sys
pid = os.fork()
if pid == 0:
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.dup2(null, 2)
    os.execvp(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
print(usage.ru_maxrss, os.waitstatus_to_exitcode(status))
"""


def _peak_once(argv: list[str], env: dict[str, str]) -> float:
    """The process's peak resident set size in bytes (Linux reports KiB)."""
    done = subprocess.run([sys.executable, "-S", "-c", _PEAK_LAUNCHER, *argv], env=env, capture_output=True,
                          text=True, timeout=300)
    peak, status = (int(word) for word in done.stdout.split())
    if status not in (0, 1):
        raise RuntimeError(f"{' '.join(argv)[:80]} failed with status {status}")
    return peak * 1024.0


def load_budgets() -> list[dict]:
    budgets = []
    for path in sorted(HERE.glob("budgets_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        budgets.extend(module.BUDGETS)
    return budgets


def measure(budget: dict, repeat: int) -> tuple[float, float]:
    # As on a user's machine, compiled bytecode is cached after the first run.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env = {**env, "NO_COLOR": "1", **budget.get("env", {})}
    command, baseline = _expand(budget["command"]), _expand(budget["baseline"])
    if "setup" in budget:
        subprocess.run(_expand(budget["setup"]), env=env, check=True, timeout=600)
    once = {"memory": _peak_once, "loop": _loop_once}.get(budget.get("measure"), _time_once)
    runs = budget.get("repeat", repeat)
    _time_once(command, env), _time_once(baseline, env)  # warm the file cache
    command_times, baseline_times = [], []
    for _ in range(runs):
        command_times.append(once(command, env))
        baseline_times.append(once(baseline, env))
    return statistics.median(command_times), statistics.median(baseline_times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="run budgets whose name contains this text")
    parser.add_argument("--repeat", type=int, default=15, help="runs of each side (default 15)")
    options = parser.parse_args()

    budgets = [budget for budget in load_budgets() if options.only in budget["name"]]
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{platform.system()} {platform.release()}")
    width = max((len(budget["name"]) for budget in budgets), default=10)
    header = f"{'budget':<{width}} {'mlmath':>9} {'baseline':>9} {'ratio':>6} {'limit':>6}  verdict"
    print(header)
    print("-" * len(header))
    failures = 0
    for budget in budgets:
        if _needs_torch(budget) and not os.environ.get("MLMATH_TORCH_PYTHON"):
            print(f"{budget['name']:<{width}} skipped: set MLMATH_TORCH_PYTHON to a Python that has torch")
            continue
        try:
            command, baseline = measure(budget, options.repeat)
        except (RuntimeError, subprocess.TimeoutExpired, FileNotFoundError) as error:
            failures += 1
            print(f"{budget['name']:<{width}} error: {error}")
            continue
        ratio = command / baseline
        verdict = "ok" if ratio <= budget["limit"] else "OVER"
        failures += verdict != "ok"
        if budget.get("measure") == "memory":
            sizes = f"{command / 2**20:>6.0f}MiB {baseline / 2**20:>6.0f}MiB"
        else:
            sizes = f"{command * 1000:>7.0f}ms {baseline * 1000:>7.0f}ms"
        digits = 2 if ratio >= 0.1 else 3  # a ratio like 1/29 keeps its figures
        print(f"{budget['name']:<{width}} {sizes} {ratio:>6.{digits}f} {budget['limit']:>6.2f}  {verdict}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
