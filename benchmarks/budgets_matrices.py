"""Budgets of transpose, inverse and det (DESIGN.md §6), as whole processes.

* Startup: each command on a small matrix (piped, so no pager or colour) against
  importing what the path must load: numpy, typer, rich.console and rich.table.
* Size: a 1000×1000 float64 matrix read from .npy, steps on (the truncated view,
  the first column's row operations, the pivots), against a bare NumPy script
  that loads the same file and does the same math: ``numpy.linalg.inv`` (mlmath
  also checks A·A⁻¹ = I on the shown rows), ``numpy.linalg.det`` (mlmath's own
  blocked LU, whose pivots it shows).  A transpose costs next to nothing, so its
  baseline also imports what any command loads (typer, rich), as the startup ones do.
"""

import tempfile
from pathlib import Path

import numpy as np

DATA = Path(tempfile.gettempdir()) / "mlmath-budgets-matrices"
SIZE = 1000


def _matrix_file() -> str:
    """The same random, comfortably invertible matrix for both sides, written once."""
    path = DATA / f"a{SIZE}.npy"
    if not path.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        matrix = np.random.default_rng(0).normal(size=(SIZE, SIZE)) + np.sqrt(SIZE) * np.eye(SIZE)
        np.save(path, matrix)
    return str(path)


MATRIX = _matrix_file()
IMPORTS = "import numpy, typer, rich.console, rich.table"


def _bare(formula: str) -> list[str]:
    return ["{python}", "-c", f"import numpy as np; a = np.load({MATRIX!r}); r = {formula}; print(r[:3, :3] "
                              "if np.ndim(r) else r)"]


BUDGETS = [
    {
        "name": "mlmath inverse [[2,1],[1,1]] vs import numpy, typer, rich",
        "command": ["{mlmath}", "inverse", "[[2,1],[1,1]]"],
        "baseline": ["{python}", "-c", IMPORTS],
        "limit": 1.15,
    },
    {
        "name": "mlmath det 6,1,1;4,-2,5;2,8,7 vs import numpy, typer, rich",
        "command": ["{mlmath}", "det", "6,1,1;4,-2,5;2,8,7"],
        "baseline": ["{python}", "-c", IMPORTS],
        "limit": 1.15,
    },
    {
        "name": "mlmath transpose 1,2,3;4,5,6 vs import numpy, typer, rich",
        "command": ["{mlmath}", "transpose", "1,2,3;4,5,6"],
        "baseline": ["{python}", "-c", IMPORTS],
        "limit": 1.15,
    },
    {
        "name": f"inverse of a {SIZE}×{SIZE} .npy with steps vs bare numpy.linalg.inv",
        "command": ["{mlmath}", "inverse", f"@{MATRIX}"],
        "baseline": _bare("np.linalg.inv(a)"),
        "limit": 1.5,
        "repeat": 7,
    },
    {
        "name": f"det of a {SIZE}×{SIZE} .npy with steps vs bare numpy.linalg.det",
        "command": ["{mlmath}", "det", f"@{MATRIX}"],
        "baseline": _bare("np.linalg.det(a)"),
        "limit": 1.5,
        "repeat": 7,
    },
    {
        "name": f"transpose of a {SIZE}×{SIZE} .npy with steps vs .T after import numpy, typer, rich",
        "command": ["{mlmath}", "transpose", f"@{MATRIX}"],
        "baseline": ["{python}", "-c", f"{IMPORTS}; a = numpy.load({MATRIX!r}); print(a.T.copy()[:3, :3])"],
        "limit": 1.5,
        "repeat": 7,
    },
]
