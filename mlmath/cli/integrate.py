"""mlmath integrate: an antiderivative by named rules, the definite integral as a signed area, Riemann sums."""


from typing import Annotated, Optional

import typer

from mlmath.cli.common import common_options, emit
from mlmath.render.output import Output
from mlmath.text import say

DENSITIES = ("normal(", "uniform(", "exponential(")
INFINITY_SPELLINGS = {"oo": 1, "+oo": 1, "inf": 1, "+inf": 1, "infinity": 1, "+infinity": 1, "∞": 1, "+∞": 1,
                      "-oo": -1, "-inf": -1, "-infinity": -1, "-∞": -1}


@common_options(panel="calculus", plot=True)
def integrate(
    expression: Annotated[str, typer.Argument(
        metavar="EXPR", show_default=False,
        help="The integrand: x**2, x*exp(x), sigmoid(x), tanh(2x), normal(x, 0, 1), uniform(x, 0, 2), "
             "exponential(x, 3). Functions: sin cos tan exp log sqrt abs sigmoid tanh relu step erf cosh atan.")],
    wrt: Annotated[Optional[str], typer.Option(
        "--wrt", metavar="VAR", show_default=False,
        help="Integrate by this variable \\[default: the only variable of EXPR].")] = None,
    lower: Annotated[Optional[str], typer.Option(
        "--from", metavar="A", show_default=False,
        help="Lower bound of a definite integral: a number, pi/2, or -oo.")] = None,
    upper: Annotated[Optional[str], typer.Option(
        "--to", metavar="B", show_default=False,
        help="Upper bound of a definite integral: a number, pi, or oo.")] = None,
    riemann: Annotated[Optional[int], typer.Option(
        "--riemann", metavar="N", min=1, max=100_000, show_default=False,
        help="Left, right and midpoint sums with N, 2N, 4N, 8N, 16N rectangles (needs --from and --to).")] = None,
    out: Output = None,
) -> None:
    """Integral of EXPR by named rules (power, substitution, by parts …); with --from/--to the signed area.

    The antiderivative is checked by differentiating it back. A definite integral is F(b) − F(a) by the
    fundamental theorem (exact where possible, numeric otherwise, the method named); area below the axis
    counts negative. --expect takes an antiderivative (checked up to a constant) or, with bounds, the number.

    [dim]Examples:[/]
      mlmath integrate "x*exp(x)" --expect "x*exp(x) - exp(x)"
      mlmath integrate "x**2" --from 0 --to 1 --riemann 4
      mlmath integrate "normal(x, 0, 1)" --from -1 --to 1
    """
    from mlmath.core.integration import integrate as integrate_core
    from mlmath.parsing.expressions import parse_expression, parse_names

    expr = parse_expression(expression, "EXPR")
    variable = parse_names(wrt, "--wrt")[0] if wrt is not None else None
    if variable is not None and "," in wrt:
        from mlmath.errors import InputError

        raise InputError(say("integration.error.one_variable"), hint=say("integration.error.one_variable.hint"),
                         argument="--wrt")
    bounds = [parse_bound(text, name) if text is not None else None
              for text, name in ((lower, "--from"), (upper, "--to"))]
    # a density is shown as written (normal(x, 0, 1)), not as the formula it stands for
    label = " ".join(expression.split()) if any(name in expression for name in DENSITIES) else None
    result = integrate_core(expr, variable, *bounds, riemann=riemann, label=label)
    emit(result, out, check=check_integral)


def parse_bound(text: str, name: str):
    """A bound: a number or constant expression (``1/2``, ``pi``, ``-sqrt(2)``), or ``oo``/``-oo`` for ±∞."""
    import sympy

    from mlmath.errors import InputError
    from mlmath.parsing.expressions import parse_expression

    spelled = text.strip().lower()
    if spelled in INFINITY_SPELLINGS:
        return sympy.oo if INFINITY_SPELLINGS[spelled] > 0 else -sympy.oo
    value = parse_expression(text, name)
    if value.free_symbols:
        raise InputError(say("integration.error.bound_text", text=text.strip()),
                         hint=say("integration.error.bound_text.hint"), argument=name)
    return value


def check_integral(result, out: Output):
    """An antiderivative: its derivative equals the integrand (up to a constant).  A definite integral:
    the number, within --tol (a constant like erf(1) or 1/3 is valued first)."""
    from mlmath.cli.common import numeric_check
    from mlmath.errors import InputError

    if result.lower is None:
        from mlmath.core.integration import check_antiderivative
        from mlmath.parsing.expressions import parse_expression

        expected = parse_expression(out.expect, "--expect")
        return check_antiderivative(expected, result.integrand, result.variable, got=result.result)
    try:
        return numeric_check(result.result, out)
    except InputError:
        from mlmath.core.compare import Check
        from mlmath.core.evaluate import Undefined, evaluate
        from mlmath.parsing.expressions import parse_expression

        expected = parse_expression(out.expect, "--expect")
        if expected.free_symbols:
            raise InputError(say("integration.error.expect_number"), hint=say("integration.error.expect_number.hint"),
                             argument="--expect") from None
        try:
            value = float(evaluate(expected))
        except Undefined as error:
            raise InputError(say("integration.error.expect_undefined", reason=error.reason),
                             argument="--expect") from None
        tolerance = out.tolerance if out.tolerance is not None else 1e-9
        passed = abs(value - float(result.result)) <= tolerance * max(1.0, abs(value))
        return Check(expected=value, got=result.result, passed=passed, tolerance=tolerance)
