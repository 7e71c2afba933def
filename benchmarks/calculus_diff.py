"""Baseline of the steps budget: plain ``sympy.diff`` of the 40-term expression, printed.

    python benchmarks/calculus_diff.py
"""

import sympy
from calculus_expression import sympy_expression

expression, x = sympy_expression()
print(sympy.diff(expression, x))
