"""Integration budget of the issue, as whole processes.

``mlmath integrate x**2`` (piped, so no plot: the antiderivative found in a
forked worker, checked by differentiating) against importing what the path
must load: numpy, sympy, typer, rich.console and rich.table.
"""

BUDGETS = [
    {
        "name": "mlmath integrate x**2 vs import numpy, sympy, typer, rich",
        "command": ["{mlmath}", "integrate", "x**2"],
        "baseline": ["{python}", "-c", "import numpy, sympy, typer, rich.console, rich.table"],
        "limit": 1.15,
    },
]
