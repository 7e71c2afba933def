"""Startup budgets of normalize, regularize and dropout (DESIGN.md §6): each command, with its tables
and steps, against importing what the path must load: numpy, typer, rich.console and rich.table."""

BASELINE = ["{python}", "-c", "import numpy, typer, rich.console, rich.table"]

BUDGETS = [
    {
        "name": "mlmath normalize (batchnorm) vs import numpy, typer, rich",
        "command": ["{mlmath}", "normalize", "1,2;3,6;5,4;7,8", "--method", "batchnorm"],
        "baseline": BASELINE,
        "limit": 1.15,
    },
    {
        "name": "mlmath regularize --compare l1,l2 vs import numpy, typer, rich",
        "command": ["{mlmath}", "regularize", "0.5,-2,0.03,3", "--compare", "l1,l2", "--lambda", "0.1"],
        "baseline": BASELINE,
        "limit": 1.15,
    },
    {
        "name": "mlmath dropout vs import numpy, typer, rich",
        "command": ["{mlmath}", "dropout", "1,2,3,4,5,6", "--p", "0.5", "--seed", "1"],
        "baseline": BASELINE,
        "limit": 1.15,
    },
]
