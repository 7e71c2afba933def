"""train budgets of the issue, as whole processes (piped, so no plot and no progress bar).

* startup: one epoch of xor against importing what the path must load (numpy, typer, rich);
* xor, layers 2,8,1, 5,000 full-batch epochs of Adam against the same loop as a bare NumPy script
  (``train_baseline.py xor``), at most 1.5×;
* moons, 10,000 samples, layers 2,64,64,1, batch 64, 20 epochs against the bare NumPy script
  (``train_baseline.py moons``), at most 1.3×.

* the xor loop alone (``train_loop.py``, mlmath's core after the imports) against the same loop in
  PyTorch (``train_torch.py``): at most 1/20 of its time.  It runs where ``MLMATH_TORCH_PYTHON``
  names a Python that has torch; mlmath never needs torch.
"""

BUDGETS = [
    {
        # the libraries train's path must load: numpy.random too (the seeded data and nn.Linear's initial
        # weights), as derive's baseline adds sympy
        "name": "mlmath train startup (xor, 1 epoch) vs import numpy, numpy.random, typer, rich",
        "command": ["{mlmath}", "train", "xor", "--epochs", "1"],
        "baseline": ["{python}", "-c", "import numpy, numpy.random, typer, rich.console, rich.table"],
        "limit": 1.15,
    },
    {
        "name": "mlmath train xor 2,8,1 5000 full-batch adam epochs vs bare NumPy",
        "command": ["{mlmath}", "train", "xor", "--layers", "2,8,1", "--epochs", "5000", "--lr", "0.05"],
        "baseline": ["{python}", "{here}/train_baseline.py", "xor"],
        "limit": 1.5,
    },
    {
        "name": "mlmath train moons 10000 2,64,64,1 batch 64 20 epochs vs bare NumPy",
        "command": ["{mlmath}", "train", "moons", "--samples", "10000", "--layers", "2,64,64,1", "--batch-size", "64",
                    "--epochs", "20"],
        "baseline": ["{python}", "{here}/train_baseline.py", "moons"],
        "limit": 1.3,
        "repeat": 7,
    },
    {
        "name": "mlmath train xor loop (2,8,1, 5000 full-batch adam epochs) vs the same loop in PyTorch",
        "command": ["{python}", "{here}/train_loop.py", "xor"],
        "baseline": ["{torch_python}", "{here}/train_torch.py", "xor"],
        "measure": "loop",
        "limit": 0.05,
        "repeat": 3,
    },
]
