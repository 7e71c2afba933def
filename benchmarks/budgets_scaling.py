"""Size budgets of issue 20: cost that grows with the work, not with the data shown, as whole processes.

* softmax of 10⁷ logits piped, and of 10⁵ with the bar chart (``--plot``, as on a terminal): time and
  peak memory against ``softmax_baseline.py``, a bare NumPy script computing the same softmax from the
  same .npy file and printing the same headline.
* optimize rosenbrock, adam, 10⁶ steps with ``--json`` against ``optimize_json_baseline.py``, the same
  run in a plain-Python loop writing a document with the same keys by ``json.dumps``.
* dot of two vectors of 10⁶ from .npy files: peak memory against NumPy loading the same two arrays and
  taking ``numpy.dot``.

The data files are written once (random normal numbers, fixed seeds).  ``benchmarks/scaling.py``
measures the same commands over a range of sizes (the README's scaling table).
"""

import tempfile
from pathlib import Path

import numpy as np

DATA = Path(tempfile.gettempdir()) / "mlmath-budgets-scaling"


def vector_file(name: str, size: int, seed: int) -> str:
    """A random normal vector of ``size`` float64 numbers in ``DATA/name``, written once."""
    path = DATA / name
    if not path.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial.npy")
        np.save(partial, np.random.default_rng(seed).standard_normal(size))
        partial.rename(path)
    return str(path)


LOGITS_7 = vector_file(f"logits-{10**7}.npy", 10**7, 0)
LOGITS_5 = vector_file(f"logits-{10**5}.npy", 10**5, 0)
A_6, B_6 = vector_file(f"a-{10**6}.npy", 10**6, 2), vector_file(f"b-{10**6}.npy", 10**6, 3)

SOFTMAX_7 = ["{mlmath}", "softmax", f"@{LOGITS_7}"]
SOFTMAX_5 = ["{mlmath}", "softmax", f"@{LOGITS_5}", "--plot"]
NUMPY_DOT = ["{python}", "-c", "import sys, numpy as np; a = np.load(sys.argv[1]); b = np.load(sys.argv[2]); "
             "print(np.dot(a, b))", A_6, B_6]

BUDGETS = [
    {
        "name": "softmax of 10⁷ logits piped vs a NumPy script",
        "command": SOFTMAX_7,
        "baseline": ["{python}", "{here}/softmax_baseline.py", LOGITS_7],
        "limit": 2.0,
        "repeat": 5,
    },
    {
        "name": "softmax of 10⁷ logits piped, peak memory vs a NumPy script",
        "command": SOFTMAX_7,
        "baseline": ["{python}", "{here}/softmax_baseline.py", LOGITS_7],
        "measure": "memory",
        "limit": 2.0,
        "repeat": 3,
    },
    {
        "name": "softmax of 10⁵ logits with the bar chart vs a NumPy script",
        "command": SOFTMAX_5,
        "baseline": ["{python}", "{here}/softmax_baseline.py", LOGITS_5],
        "limit": 2.0,
    },
    {
        "name": "softmax of 10⁵ logits with the bar chart, peak memory vs a NumPy script",
        "command": SOFTMAX_5,
        "baseline": ["{python}", "{here}/softmax_baseline.py", LOGITS_5],
        "measure": "memory",
        "limit": 2.0,
        "repeat": 3,
    },
    {
        "name": "optimize rosenbrock, 10⁶ adam steps --json vs a plain-Python loop and json.dumps",
        "command": ["{mlmath}", "optimize", "rosenbrock", "--optimizer", "adam", "--steps", "1000000", "--json"],
        "baseline": ["{python}", "{here}/optimize_json_baseline.py", "1000000"],
        "limit": 1.5,
        "repeat": 3,
    },
    {
        "name": "dot of two 10⁶ vectors (.npy), peak memory vs numpy.dot of the same arrays",
        "command": ["{mlmath}", "dot", f"@{A_6}", f"@{B_6}"],
        "baseline": NUMPY_DOT,
        "measure": "memory",
        "limit": 1.5,
        "repeat": 3,
    },
]
