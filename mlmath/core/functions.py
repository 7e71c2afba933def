"""The functions an optimizer walks down: built-in test functions and user expressions.

Every function is one Python callable ``value_and_grad(θ) -> (f(θ), ∇f(θ))`` on
a list of floats.  The built-ins have their gradients written out by hand in
plain float arithmetic (no numpy, no sympy: a step costs well under a
microsecond); a user expression is differentiated symbolically once and both
f and ∇f are compiled together by ``sympy.lambdify``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from mlmath.core.notation import superscript
from mlmath.errors import MathError
from mlmath.text import say

ValueAndGrad = Callable[[list[float]], tuple[float, list[float]]]

# Names of the coordinates of a built-in that takes any number of them.
_AXES = ("x", "y", "z")


@dataclass(frozen=True)
class Objective:
    """A function to minimise, with what a learner should know about it."""

    name: str
    variables: tuple[str, ...]
    formula: str  # f written out, for the steps
    gradient: tuple[str, ...]  # ∂f/∂θᵢ written out, one per variable
    value_and_grad: ValueAndGrad = field(repr=False, compare=False)
    start: tuple[float, ...] | None = None  # default start (built-ins)
    minima: tuple[tuple[float, ...], ...] = ()  # known global minima (built-ins)
    minimum_value: float | None = None
    saddle: tuple[float, ...] | None = None  # a saddle point worth naming
    window: tuple[float, float, float, float] | None = None  # x_min, x_max, y_min, y_max for the map
    builtin: bool = False
    expression: Any = field(default=None, repr=False, compare=False)  # a user expression as SymPy read it

    @property
    def size(self) -> int:
        return len(self.variables)


# --- built-ins: value and hand-written gradient ---------------------------------


def _rosenbrock(p: list[float]) -> tuple[float, list[float]]:
    # f = (a − x)² + b(y − x²)² with a = 1, b = 100
    x, y = p
    u = 1.0 - x
    t = y - x * x
    gy = 200.0 * t  # ∂f/∂y = 2b(y − x²)
    return u * u + 100.0 * (t * t), [-2.0 * u - (2.0 * x) * gy, gy]  # ∂f/∂x = −2(a − x) − 2x·∂f/∂y


def _beale(p: list[float]) -> tuple[float, list[float]]:
    x, y = p
    y2 = y * y
    y3 = y2 * y
    a1 = 1.5 - x + x * y
    a2 = 2.25 - x + x * y2
    a3 = 2.625 - x + x * y3
    gx = 2.0 * a1 * (y - 1.0) + 2.0 * a2 * (y2 - 1.0) + 2.0 * a3 * (y3 - 1.0)
    gy = 2.0 * a1 * x + 4.0 * a2 * x * y + 6.0 * a3 * x * y2
    return a1 * a1 + a2 * a2 + a3 * a3, [gx, gy]


def _himmelblau(p: list[float]) -> tuple[float, list[float]]:
    x, y = p
    a = x * x + y - 11.0
    b = x + y * y - 7.0
    return a * a + b * b, [4.0 * x * a + 2.0 * b, 2.0 * a + 4.0 * y * b]


def _booth(p: list[float]) -> tuple[float, list[float]]:
    x, y = p
    a = x + 2.0 * y - 7.0
    b = 2.0 * x + y - 5.0
    return a * a + b * b, [2.0 * a + 4.0 * b, 4.0 * a + 2.0 * b]


def _matyas(p: list[float]) -> tuple[float, list[float]]:
    x, y = p
    return 0.26 * (x * x + y * y) - 0.48 * x * y, [0.52 * x - 0.48 * y, 0.52 * y - 0.48 * x]


def _saddle(p: list[float]) -> tuple[float, list[float]]:
    x, y = p
    return x * x - y * y, [2.0 * x, -2.0 * y]


def _sphere(p: list[float]) -> tuple[float, list[float]]:
    return sum(v * v for v in p), [2.0 * v for v in p]


def _sphere2(p: list[float]) -> tuple[float, list[float]]:
    x, y = p
    return x * x + y * y, [2.0 * x, 2.0 * y]


def _rastrigin(p: list[float]) -> tuple[float, list[float]]:
    # f = 10n + Σ (xᵢ² − 10 cos 2πxᵢ);  ∂f/∂xᵢ = 2xᵢ + 20π sin 2πxᵢ
    value = 10.0 * len(p)
    grad = []
    for v in p:
        value += v * v - 10.0 * math.cos(math.tau * v)
        grad.append(2.0 * v + 10.0 * math.tau * math.sin(math.tau * v))
    return value, grad


@dataclass(frozen=True)
class _Builtin:
    formula: str
    gradient: tuple[str, ...]
    value_and_grad: ValueAndGrad
    start: tuple[float, ...]
    minima: tuple[tuple[float, ...], ...]
    minimum_value: float | None
    window: tuple[float, float, float, float]
    any_size: bool = False
    saddle: tuple[float, ...] | None = None


BUILTINS: dict[str, _Builtin] = {
    # a curved, narrow valley: easy to find, slow to follow (a = 1, b = 100)
    "rosenbrock": _Builtin(
        "(1 − x)² + 100·(y − x²)²", ("−2(1 − x) − 400x(y − x²)", "200(y − x²)"), _rosenbrock,
        (-1.5, 2.0), ((1.0, 1.0),), 0.0, (-2.0, 2.0, -1.0, 3.0)),
    # flat plateaus and steep walls
    "beale": _Builtin(
        "(1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²",
        ("2(1.5 − x + xy)(y − 1) + 2(2.25 − x + xy²)(y² − 1) + 2(2.625 − x + xy³)(y³ − 1)",
         "2(1.5 − x + xy)x + 4(2.25 − x + xy²)xy + 6(2.625 − x + xy³)xy²"),
        _beale, (1.0, 1.0), ((3.0, 0.5),), 0.0, (-4.5, 4.5, -4.5, 4.5)),
    # four equally deep minima: the start decides which one you reach
    "himmelblau": _Builtin(
        "(x² + y − 11)² + (x + y² − 7)²", ("4x(x² + y − 11) + 2(x + y² − 7)", "2(x² + y − 11) + 4y(x + y² − 7)"),
        _himmelblau, (0.0, 0.0),
        ((3.0, 2.0), (-2.805118086952745, 3.131312518250573), (-3.779310253377747, -3.2831859912861696),
         (3.5844283403304917, -1.8481265269644036)),
        0.0, (-5.0, 5.0, -5.0, 5.0)),
    # a tilted bowl
    "booth": _Builtin(
        "(x + 2y − 7)² + (2x + y − 5)²", ("2(x + 2y − 7) + 4(2x + y − 5)", "4(x + 2y − 7) + 2(2x + y − 5)"),
        _booth, (0.0, 0.0), ((1.0, 3.0),), 0.0, (-10.0, 10.0, -10.0, 10.0)),
    # the round bowl: every optimizer's easiest case (any number of coordinates)
    "sphere": _Builtin(
        "Σ xᵢ²", ("2xᵢ",), _sphere, (3.0, 1.0), ((0.0, 0.0),), 0.0, (-4.0, 4.0, -4.0, 4.0), any_size=True),
    # a long, shallow, tilted valley
    "matyas": _Builtin(
        "0.26(x² + y²) − 0.48xy", ("0.52x − 0.48y", "0.52y − 0.48x"), _matyas, (5.0, -3.0), ((0.0, 0.0),),
        0.0, (-10.0, 10.0, -10.0, 10.0)),
    # a bowl covered in dents: plenty of local minima to get stuck in
    "rastrigin": _Builtin(
        "10n + Σ (xᵢ² − 10 cos 2πxᵢ)", ("2xᵢ + 20π sin 2πxᵢ",), _rastrigin, (2.2, -1.3), ((0.0, 0.0),), 0.0,
        (-5.12, 5.12, -5.12, 5.12), any_size=True),
    # a saddle at (0, 0): downhill in y, uphill in x; plain gradient descent stalls near it
    "saddle": _Builtin(
        "x² − y²", ("2x", "−2y"), _saddle, (1.0, 0.001), (), None, (-1.5, 1.5, -1.5, 1.5), saddle=(0.0, 0.0)),
}
ALIASES = {"quadratic": "sphere"}


def builtin_names() -> list[str]:
    return [*BUILTINS, *ALIASES]


def is_builtin(name: str) -> bool:
    return name.lower() in BUILTINS or name.lower() in ALIASES


def builtin(name: str, size: int | None = None) -> Objective:
    """A built-in test function, for ``size`` coordinates (its natural size if ``None``)."""
    key = ALIASES.get(name.lower(), name.lower())
    if key not in BUILTINS:
        raise MathError(say("optimize.error.function", name=name),
                        hint=say("optimize.error.function.hint", names=", ".join(builtin_names())))
    spec = BUILTINS[key]
    natural = len(spec.start)
    size = natural if size is None else size
    if size != natural and not spec.any_size:
        raise MathError(say("optimize.error.coordinates", name=key, natural=natural, size=size),
                        hint=say("optimize.error.coordinates.hint", start=",".join(_plain(v) for v in spec.start)))
    if size < 1:
        raise MathError(say("optimize.error.no_coordinate"), hint=say("optimize.error.no_coordinate.hint"))
    variables = tuple(_AXES[:size]) if size <= len(_AXES) else tuple(f"x{i + 1}" for i in range(size))
    value_and_grad = spec.value_and_grad
    start = spec.start
    if spec.any_size:
        if key == "sphere" and size == 2:
            value_and_grad = _sphere2
        if size != natural:
            start = tuple(spec.start[i % natural] for i in range(size))
    minima = tuple(tuple(0.0 for _ in range(size)) for _ in spec.minima) if spec.any_size else spec.minima
    return Objective(
        name=key, variables=variables, formula=spec.formula, gradient=spec.gradient, value_and_grad=value_and_grad,
        start=start, minima=minima, minimum_value=spec.minimum_value, saddle=spec.saddle,
        window=spec.window if size == 2 else None, builtin=True,
    )


def _plain(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)


# --- user expressions -------------------------------------------------------------


def from_expression(expr, variables: Sequence[str], text: str | None = None) -> Objective:
    """A SymPy expression in ``variables``: ∇f derived once, f and ∇f compiled together."""
    import sympy

    from mlmath.core.calculus import derivative  # sign′ and step′ are 0 away from the jump, as in PyTorch

    symbols = [sympy.Symbol(name) for name in variables]
    by_name = {symbol.name: symbol for symbol in expr.free_symbols}
    symbols = [by_name.get(name, symbol) for name, symbol in zip(variables, symbols)]
    partials = [derivative(expr, symbol) for symbol in symbols]
    # The compiled code calls max, copysign, log1p …: a variable may bear any such name, so the code
    # sees the variables under names no user can write (a name may not start with "_").
    hidden = {symbol: sympy.Symbol(f"_v{index}", real=True) for index, symbol in enumerate(symbols)}
    compiled = sympy.lambdify(list(hidden.values()),
                              (expr.xreplace(hidden), [partial.xreplace(hidden) for partial in partials]),
                              modules="math", cse=True, docstring_limit=0)

    def value_and_grad(p: list[float]) -> tuple[float, list[float]]:
        value, grad = compiled(*p)
        return float(value), [float(g) for g in grad]

    return Objective(
        name=text if text is not None else str(expr), variables=tuple(variables), formula=_pretty(expr),
        gradient=tuple(_pretty(partial) for partial in partials), value_and_grad=value_and_grad, expression=expr,
    )


def _pretty(expr) -> str:
    """An expression as a learner writes it: x**2 → x², 2*x → 2·x."""
    import sympy

    text = sympy.sstr(expr)
    return _superscripts(text.replace("**", "^")).replace("*", "·")


def _superscripts(text: str) -> str:
    """``x^2`` → ``x²`` for integer exponents; other powers keep the caret."""
    import re

    return re.sub(r"\^(-?\d+)(?![\d.])", lambda match: superscript(match[1]), text)
