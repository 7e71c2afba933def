"""Budgets of conv and pool (DESIGN.md §6).

- startup: ``mlmath conv digit7`` and ``mlmath pool digit7`` ≤ 1.15 × importing numpy, typer and Rich;
- compute: conv of a 1×3×224×224 input with 16 3×3 kernels, whole process, with ``--no-steps`` and with
  the steps (computed for the shown cell only), ≤ 1.5 × a bare NumPy script doing the same convolution
  by im2col and one matrix product (``conv_baseline.py``).

The input and the kernels are drawn from a fixed seed and saved as .npy files in the system's temporary
folder when this file is loaded (1.2 MB, not kept in the repository).
"""

import tempfile
from pathlib import Path

import numpy as np

_FOLDER = Path(tempfile.gettempdir()) / "mlmath-bench-conv"
_X, _W = _FOLDER / "x_1x3x224x224.npy", _FOLDER / "w_16x3x3x3.npy"
if not (_X.exists() and _W.exists()):
    _FOLDER.mkdir(exist_ok=True)
    rng = np.random.default_rng(224)
    np.save(_X, rng.standard_normal((1, 3, 224, 224)))
    np.save(_W, rng.standard_normal((16, 3, 3, 3)))

IMPORTS = ["{python}", "-c", "import numpy, typer, rich.console, rich.table"]

BUDGETS = [
    {
        "name": "conv digit7 startup vs import numpy, typer, rich",
        "command": ["{mlmath}", "conv", "digit7", "--kernel", "edge-x"],
        "baseline": IMPORTS,
        "limit": 1.15,
    },
    {
        "name": "pool digit7 startup vs import numpy, typer, rich",
        "command": ["{mlmath}", "pool", "digit7"],
        "baseline": IMPORTS,
        "limit": 1.15,
    },
    {
        "name": "conv 1×3×224×224 ⋆ 16×3×3×3 --no-steps vs bare NumPy im2col",
        "command": ["{mlmath}", "conv", f"@{_X}", "--kernel", f"@{_W}", "--no-steps", "--no-plot"],
        "baseline": ["{python}", "{here}/conv_baseline.py", str(_X), str(_W)],
        "limit": 1.5,
    },
    {
        "name": "conv 1×3×224×224 ⋆ 16×3×3×3 with steps vs bare NumPy im2col",
        "command": ["{mlmath}", "conv", f"@{_X}", "--kernel", f"@{_W}", "--no-plot"],
        "baseline": ["{python}", "{here}/conv_baseline.py", str(_X), str(_W)],
        "limit": 1.5,
    },
]
