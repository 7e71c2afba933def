"""How time and peak memory grow with the size of the input: the README's scaling table.

    python benchmarks/scaling.py            # every row, median of 3 runs each
    python benchmarks/scaling.py --repeat 5

Each row is one whole process of the installed ``mlmath`` (output to /dev/null): softmax of N random
logits from a .npy file (piped, and with the bar chart), optimize rosenbrock with adam for N steps
with ``--json``, and dot of two random vectors of N from .npy files.  Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import statistics

from budgets_scaling import vector_file
from run import _expand, _peak_once, _time_once

ROWS = [
    *(("`softmax @logits.npy` (piped)", n, ["{mlmath}", "softmax", "@" + vector_file(f"logits-{n}.npy", n, 0)])
      for n in (10**3, 10**5, 10**6, 10**7)),
    *(("`softmax @logits.npy --plot`", n,
       ["{mlmath}", "softmax", "@" + vector_file(f"logits-{n}.npy", n, 0), "--plot"]) for n in (10**3, 10**5, 10**6)),
    *(("`optimize rosenbrock --optimizer adam --steps N --json`", n,
       ["{mlmath}", "optimize", "rosenbrock", "--optimizer", "adam", "--steps", str(n), "--json"])
      for n in (10**4, 10**5, 10**6)),
    *(("`dot @a.npy @b.npy`", n, ["{mlmath}", "dot", "@" + vector_file(f"a-{n}.npy", n, 2),
                                   "@" + vector_file(f"b-{n}.npy", n, 3)]) for n in (10**4, 10**5, 10**6)),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each row (default 3)")
    options = parser.parse_args()
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["NO_COLOR"] = "1"
    print("| command | N | time | peak memory |")
    print("|---|--:|--:|--:|")
    for name, size, argv in ROWS:
        command = _expand(argv)
        _time_once(command, env)  # warm the file cache
        seconds = statistics.median(_time_once(command, env) for _ in range(options.repeat))
        peak = statistics.median(_peak_once(command, env) for _ in range(options.repeat))
        print(f"| {name} | {size:,} | {seconds:.2f} s | {peak / 2**20:.0f} MiB |", flush=True)


if __name__ == "__main__":
    main()
