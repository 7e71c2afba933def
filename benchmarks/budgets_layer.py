"""Layer budgets of DESIGN.md §6 and the issue, as whole processes.

* ``mlmath layer`` on a small example (piped, so no plot), forward and backward,
  against importing what the path must load: numpy, typer, rich.console and rich.table.
"""

BUDGETS = [
    {
        "name": "mlmath layer small example vs import numpy, typer, rich",
        "command": ["{mlmath}", "layer", "--x", "1,2;3,4", "--out", "3", "--activation", "relu", "--seed", "1"],
        "baseline": ["{python}", "-c", "import numpy, typer, rich.console, rich.table"],
        "limit": 1.15,
    },
    {
        "name": "mlmath layer small example backward vs import numpy, typer, rich",
        "command": ["{mlmath}", "layer", "--x", "1,2;3,4", "--out", "3", "--activation", "relu", "--loss", "ce",
                    "--target", "0,2"],
        "baseline": ["{python}", "-c", "import numpy, typer, rich.console, rich.table"],
        "limit": 1.15,
    },
]
