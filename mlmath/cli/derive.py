"""mlmath derive: a derivative by named rules, step by step, with a plot of f and f′."""


from typing import Annotated, Optional

import typer

from mlmath.cli.common import common_options, emit
from mlmath.render.output import Output


@common_options(panel="calculus", plot=True)
def derive(
    expression: Annotated[str, typer.Argument(
        metavar="EXPR", show_default=False,
        help="The function: x**2 + 3*x - 1, sin(x^2), 2x, sigmoid(w*x + b). Functions: sin cos tan exp log ln "
             "sqrt abs sigmoid tanh relu softplus sinh cosh asin acos atan, log(x, 2); constants pi, e.")],
    wrt: Annotated[Optional[str], typer.Option(
        "--wrt", metavar="VARS", show_default=False,
        help="Differentiate by x, or by x,y for the gradient \\[default: every variable of EXPR].")] = None,
    order: Annotated[int, typer.Option("--order", "-n", metavar="N", min=1, max=10,
                                       help="Differentiate N times. With several variables each entry is "
                                            "∂ᴺf/∂vᴺ by that variable alone (no mixed partials: see "
                                            "--hessian).")] = 1,
    hessian: Annotated[bool, typer.Option(
        "--hessian", help="Every second partial ∂²f/∂xᵢ∂xⱼ as a matrix, mixed ones included; with --at its "
                          "numbers, eigenvalues and leading minors, and whether it is positive (semi)definite "
                          "there.")] = False,
    at: Annotated[Optional[str], typer.Option(
        "--at", metavar="POINT", show_default=False,
        help="Evaluate at a point: x=2, or w=0.5,x=2,b=-1.")] = None,
    out: Output = None,
) -> None:
    """Derivative of EXPR with the rule behind every step (power, product, quotient, chain …).

    --expect takes an expression and checks that it is the same function (the difference simplified, then
    values at random points); with --at it may also be the number. relu′(0) is taken as 0, as in PyTorch.

    [dim]Examples:[/]
      mlmath derive "x^2 + 3x - 1"
      mlmath derive "sin(x^2)" --expect "2*cos(x**2)*x"
      mlmath derive "x**2*y + y**3" --wrt x,y --at x=1,y=2
      mlmath derive "x^2 + x*y + 2y^2" --hessian --at x=1,y=1
    """
    from mlmath.core.derivatives import derive as derive_core
    from mlmath.core.derivatives import derive_hessian
    from mlmath.parsing.expressions import parse_expression, parse_names, parse_point

    expr = parse_expression(expression, "EXPR")
    names = parse_names(wrt, "--wrt") if wrt is not None else None
    point = parse_point(at, "--at") if at is not None else None
    if hessian:
        if order != 1:
            from mlmath.errors import InputError
            from mlmath.text import say

            raise InputError(say("derive.error.hessian_order"), argument="--order")
        result = derive_hessian(expr, names, point)
    else:
        result = derive_core(expr, names, order, point)
    emit(result, out, check=check_expression)


def check_expression(result, out: Output):
    """An expression: the same function?  A number, when there is a value at a point: within --tol."""
    got, value = result.result, result.value
    from mlmath.cli.common import numeric_check
    from mlmath.core.calculus import expression_check
    from mlmath.parsing.expressions import parse_expression, parse_expressions

    hessian = getattr(result, "hessian", False)  # chain shares this check
    if hessian and value is not None:
        return numeric_check(value, out)
    expected = parse_expressions(out.expect, "--expect")
    if value is not None and all(not e.free_symbols for e in expected):
        return numeric_check(value, out)
    if hessian:
        got = [text for row in got for text in row]
    got_list = [parse_expression(text) for text in ([got] if isinstance(got, str) else got)]
    tolerance = out.tolerance if out.tolerance is not None else 1e-9
    return expression_check(got_list, expected, tolerance)
