"""Calculus budgets of DESIGN.md §6 and issue 3, as whole processes.

* ``mlmath derive "x**2"`` (piped, so no plot) against importing what the
  path must load: sympy, typer, rich.console and rich.table.
* The steps of a 40-term expression (every rule named, simplified, written out
  as JSON) against plain ``sympy.diff`` of the same expression.
* exp(sin(exp(…(x)…))) nested 30 deep, with its steps, piped, against ``sympify`` +
  ``sympy.diff`` + ``print`` of the same text (issue 20: at most 1.5×).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from calculus_expression import text  # noqa: E402

NESTED = "x"
for _level in range(30):
    NESTED = f"sin({NESTED})" if _level % 2 else f"exp({NESTED})"

BUDGETS = [
    {
        "name": "mlmath derive x**2 vs import sympy, typer, rich",
        "command": ["{mlmath}", "derive", "x**2"],
        "baseline": ["{python}", "-c", "import sympy, typer, rich.console, rich.table"],
        "limit": 1.15,
    },
    {
        "name": "derive steps of a 40-term expression vs sympy.diff",
        "command": ["{mlmath}", "derive", text(), "--wrt", "x", "--json"],
        "baseline": ["{python}", "{here}/calculus_diff.py"],
        "limit": 3.0,
    },
    {
        "name": "derive of an expression nested 30 deep, steps included, vs sympify + diff + print",
        "command": ["{mlmath}", "derive", NESTED],
        "baseline": ["{python}", "-c", "import sys, sympy; x = sympy.Symbol('x'); "
                     "print(sympy.diff(sympy.sympify(sys.argv[1]), x))", NESTED],
        "limit": 1.5,
    },
]
