"""CPU time per command in mlmath shell after the first, driven through a pipe (the shell budget).

    python benchmarks/shell_per_command.py            # dot, derive and softmax, 40 lines each

The shell is run twice per command: with one line and with 41 lines of it; the
difference in the process's CPU time (user + system, of the child) divided by
40 is the cost of one more command once the libraries are loaded.  Budget: at
most 50 ms (qalc, the peer the issue names, is not on this machine).
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

LINES = {"dot": "dot 1,2,3 4,5,6", "derive": 'derive "sin(x^2)"', "softmax": "softmax 1,2,3"}
MORE = 40
LIMIT_MS = 50.0


def _cpu_of(lines: list[str]) -> float:
    script = Path(sys.executable).with_name("mlmath")
    mlmath = str(script) if script.exists() else (shutil.which("mlmath") or "mlmath")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([mlmath, "shell"], input="\n".join(lines) + "\n", text=True, check=True,
                   stdout=subprocess.DEVNULL, env={**os.environ, "NO_COLOR": "1"})
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    failures = 0
    for name, line in LINES.items():
        one = min(_cpu_of([line]) for _ in range(3))
        many = min(_cpu_of([line] * (MORE + 1)) for _ in range(3))
        per_command = (many - one) / MORE * 1000
        verdict = "ok" if per_command <= LIMIT_MS else "OVER"
        failures += verdict != "ok"
        print(f"shell {name:<8} {per_command:6.1f} ms CPU per command after the first "
              f"(limit {LIMIT_MS:.0f})  {verdict}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
