"""sigmoid, softplus, relu and step as SymPy functions: the ML functions of the notes.

Each one prints back as the name the expression parser reads, differentiates by
its own rule, evaluates numerically, and compiles with ``lambdify`` for the
``numpy``, ``math`` and ``mpmath`` modules (numpy stable for large |x|):

* ``sigmoid(x) = 1/(1 + e⁻ˣ)``, and σ' = σ·(1 − σ)
* ``softplus(x) = ln(1 + eˣ)``, and softplus' = σ
* ``relu(x) = max(x, 0)``, and relu' = step
* ``step(x) = 1 for x > 0, 0 for x ≤ 0``: relu'(0) is taken as 0, as PyTorch does
  (the true derivative is undefined at 0); step' = 0, again except at 0.

SymPy is imported only when the classes are first asked for::

    from mlmath.core.ml_functions import sigmoid   # builds all four classes once
"""

from __future__ import annotations

from functools import cache
from typing import Any

NAMES = ("sigmoid", "softplus", "relu", "step")


@cache
def ml_functions() -> dict[str, type]:
    """Name → SymPy ``Function`` class for every ML function (built once per process)."""
    import sympy
    from sympy import Function, S

    def np_module():
        import numpy as np

        return np

    class RealFunction(Function):
        """What the four share: one real argument, numeric values through ``_evalf_through``."""

        nargs = 1

        def _eval_evalf(self, prec):
            return _evalf_through(self, prec)

        def _eval_is_extended_real(self):
            return self.args[0].is_extended_real

    class PositiveFunction(RealFunction):
        """sigmoid and softplus: positive for every real argument."""

        def _eval_is_positive(self):
            return True if self.args[0].is_extended_real else None

    class NonNegativeFunction(RealFunction):
        """relu and step: never negative for a real argument; the Python and mpmath code agree."""

        def _eval_is_extended_nonnegative(self):
            return True if self.args[0].is_extended_real else None

        def _mpmathcode(self, printer):
            return self._pythoncode(printer)

    class sigmoid(PositiveFunction):  # noqa: N801  (the printed name is the class name)
        """σ(x) = 1/(1 + e⁻ˣ)."""

        @classmethod
        def eval(cls, arg):
            if arg.is_zero:
                return S.Half
            if arg is S.Infinity:
                return S.One
            if arg is S.NegativeInfinity:
                return S.Zero
            if arg.is_Float:
                return 1 / (1 + sympy.exp(-arg))
            return None

        def fdiff(self, argindex=1):
            value = self.func(self.args[0])
            return value * (1 - value)

        def _eval_rewrite_as_exp(self, arg, **kwargs):
            return 1 / (1 + sympy.exp(-arg))

        def _numpycode(self, printer):
            np_exp = printer._module_format("numpy.exp")
            logaddexp = printer._module_format("numpy.logaddexp")
            return f"{np_exp}(-{logaddexp}(0, -({printer._print(self.args[0])})))"

        def _pythoncode(self, printer):
            exp = printer._module_format("math.exp")
            a = printer._print(self.args[0])
            return f"(1/(1 + {exp}(-({a}))) if ({a}) >= 0 else {exp}({a})/(1 + {exp}({a})))"

        def _mpmathcode(self, printer):
            exp = printer._module_format("mpmath.exp")
            return f"(1/(1 + {exp}(-({printer._print(self.args[0])}))))"

        @staticmethod
        def _imp_(x):
            np = np_module()
            return np.exp(-np.logaddexp(0, -np.asarray(x, dtype=float)))

    class softplus(PositiveFunction):  # noqa: N801
        """softplus(x) = ln(1 + eˣ), a smooth relu."""

        @classmethod
        def eval(cls, arg):
            if arg.is_zero:
                return sympy.log(2)
            if arg.is_Float:
                return sympy.log(1 + sympy.exp(arg))
            return None

        def fdiff(self, argindex=1):
            return sigmoid(self.args[0])

        def _eval_rewrite_as_exp(self, arg, **kwargs):
            return sympy.log(1 + sympy.exp(arg))

        _eval_rewrite_as_log = _eval_rewrite_as_exp

        def _numpycode(self, printer):
            return f"{printer._module_format('numpy.logaddexp')}(0, {printer._print(self.args[0])})"

        def _pythoncode(self, printer):
            a = printer._print(self.args[0])
            return (f"(max({a}, 0) + {printer._module_format('math.log1p')}"
                    f"({printer._module_format('math.exp')}(-abs({a}))))")

        def _mpmathcode(self, printer):
            log, exp = printer._module_format("mpmath.log"), printer._module_format("mpmath.exp")
            return f"{log}(1 + {exp}({printer._print(self.args[0])}))"

        @staticmethod
        def _imp_(x):
            np = np_module()
            return np.logaddexp(0, np.asarray(x, dtype=float))

    class relu(NonNegativeFunction):  # noqa: N801
        """relu(x) = max(x, 0)."""

        @classmethod
        def eval(cls, arg):
            if arg.is_extended_nonnegative:
                return arg
            if arg.is_extended_nonpositive:
                return S.Zero
            return None

        def fdiff(self, argindex=1):
            return step(self.args[0])

        def _eval_rewrite_as_Max(self, arg, **kwargs):
            return sympy.Max(arg, 0)

        def _numpycode(self, printer):
            return f"{printer._module_format('numpy.maximum')}({printer._print(self.args[0])}, 0.0)"

        def _pythoncode(self, printer):
            return f"max({printer._print(self.args[0])}, 0)"

        @staticmethod
        def _imp_(x):
            np = np_module()
            return np.maximum(np.asarray(x, dtype=float), 0.0)

    class step(NonNegativeFunction):  # noqa: N801
        """step(x) = 1 for x > 0, 0 for x ≤ 0 (relu', with relu'(0) = 0)."""

        @classmethod
        def eval(cls, arg):
            if arg.is_extended_positive:
                return S.One
            if arg.is_extended_nonpositive:
                return S.Zero
            return None

        def fdiff(self, argindex=1):
            # zero everywhere except at 0, where step jumps and has no derivative
            return S.Zero

        def _eval_rewrite_as_Heaviside(self, arg, **kwargs):
            return sympy.Heaviside(arg, 0)

        def _numpycode(self, printer):
            return f"{printer._module_format('numpy.heaviside')}({printer._print(self.args[0])}, 0.0)"

        def _pythoncode(self, printer):
            return f"(1.0 if ({printer._print(self.args[0])}) > 0 else 0.0)"

        @staticmethod
        def _imp_(x):
            np = np_module()
            return np.heaviside(np.asarray(x, dtype=float), 0.0)

    return {"sigmoid": sigmoid, "softplus": softplus, "relu": relu, "step": step}


def _evalf_through(expression: Any, prec: int) -> Any:
    """Evaluate the argument to ``prec`` bits, then let ``eval`` compute the function of a Float."""
    argument = expression.args[0]._eval_evalf(prec)
    if argument is None or not argument.is_Number:
        return None
    return expression.func(argument)


def __getattr__(name: str) -> Any:
    if name in NAMES:
        return ml_functions()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
