"""mlmath chain: the chain rule as peeling an onion, and as backpropagation through a graph."""


from typing import Annotated, Optional

import typer

from mlmath.cli.common import common_options, emit
from mlmath.render.output import Output


@common_options(panel="calculus")
def chain(
    expression: Annotated[str, typer.Argument(
        metavar="EXPR", show_default=False,
        help="A composition: exp(sin(3*x)), (2x+1)^3, sigmoid(w*x + b).")],
    at: Annotated[Optional[str], typer.Option(
        "--at", metavar="POINT", show_default=False,
        help="Run the forward and backward passes at a point: x=0.5, or w=0.5,x=2,b=-1.")] = None,
    wrt: Annotated[Optional[str], typer.Option(
        "--wrt", metavar="VAR", show_default=False,
        help="The variable of the onion \\[default: the only variable, else x, else the first].")] = None,
    out: Output = None,
) -> None:
    """Chain rule: peel EXPR like an onion, multiply the layers' derivatives, then backpropagate.

    The layers go from the outside in, each with its local derivative; the computational graph gets a forward
    pass and a backward pass (local × upstream), checked against central finite differences.

    [dim]Examples:[/]
      mlmath chain "exp(sin(3*x))" --at x=0.5
      mlmath chain "sigmoid(w*x + b)" --at w=0.5,x=2,b=-1
      mlmath chain "(2x+1)^3" --expect "6*(2*x + 1)**2"
    """
    from mlmath.cli.derive import check_expression
    from mlmath.core.chain_rule import chain as chain_core
    from mlmath.parsing.expressions import parse_expression, parse_names, parse_point

    expr = parse_expression(expression, "EXPR")
    variable = None
    if wrt is not None:
        names = parse_names(wrt, "--wrt")
        if len(names) != 1:
            from mlmath.errors import InputError
            from mlmath.text import say

            raise InputError(say("chain.error.one_variable"), hint=say("chain.error.one_variable.hint"),
                             argument="--wrt")
        variable = names[0]
    point = parse_point(at, "--at") if at is not None else None
    result = chain_core(expr, variable, point)
    emit(result, out, check=check_expression)
