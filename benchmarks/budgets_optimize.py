"""Optimize budget of DESIGN.md §6 and issue 5, as a whole process.

10,000 Adam steps on rosenbrock, with the trajectory table and the steps shown
(no plot), against importing what the path must load: numpy, typer,
rich.console and rich.table.  A torch.optim loop of the same 10,000 steps
takes over 2 s, so the update rules run on plain Python floats.  The newer
optimizers and a learning-rate schedule keep to the same budget.
"""

BUDGETS = [
    {
        "name": "optimize rosenbrock, 10,000 adam steps vs import numpy, typer, rich",
        "command": ["{mlmath}", "optimize", "rosenbrock", "--optimizer", "adam", "--steps", "10000", "--no-plot"],
        "baseline": ["{python}", "-c", "import numpy, typer, rich.console, rich.table"],
        "limit": 1.5,
    },
    {
        "name": "optimize rosenbrock, 10,000 nadam steps under a cosine schedule vs import numpy, typer, rich",
        "command": ["{mlmath}", "optimize", "rosenbrock", "--optimizer", "nadam", "--schedule", "cosine", "--steps",
                    "10000", "--no-plot"],
        "baseline": ["{python}", "-c", "import numpy, typer, rich.console, rich.table"],
        "limit": 1.5,
    },
    {
        "name": "optimize rosenbrock, 1000 L-BFGS steps (strong Wolfe) vs import numpy, typer, rich",
        "command": ["{mlmath}", "optimize", "rosenbrock", "--optimizer", "lbfgs", "--strong-wolfe", "--steps", "1000",
                    "--no-plot"],
        "baseline": ["{python}", "-c", "import numpy, typer, rich.console, rich.table"],
        "limit": 1.5,
    },
]
