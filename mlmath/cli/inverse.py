"""mlmath inverse: Gauss–Jordan elimination on [A | I], every row operation shown."""


from typing import Annotated

import typer

from mlmath.cli.common import common_options, emit
from mlmath.render.output import Output


@common_options(panel="matrices")
def inverse(
    matrix: Annotated[str, typer.Argument(
        metavar="A", show_default=False,
        help="A square matrix: \"2,1;1,1\", [[2,1],[1,1]], @file.csv or - (stdin). Integers and fractions "
             "stay exact.")],
    out: Output = None,
) -> None:
    """Inverse A⁻¹ by Gauss–Jordan elimination on [A | I], every row operation shown, then A·A⁻¹ = I.

    Integers and fractions (1/2) stay exact; decimals are float64 with partial pivoting, and a nearly
    singular matrix is warned about with its condition number. A 2×2 matrix also gets the formula
    (1/(ad − bc))·[\\[d, −b], [−c, a]]; a singular matrix is refused, saying which row became zero.

    [dim]Examples:[/]
      mlmath inverse "[[2,1],[1,1]]"
      mlmath inverse "2,-1,0;-1,2,-1;0,-1,2" --json
      mlmath inverse "[[0.5,0.2],[0.1,0.4]]"
    """
    from mlmath.core import matrices
    from mlmath.parsing import parse_matrix

    result = matrices.inverse(parse_matrix(matrix, "A"))
    emit(result, out)
