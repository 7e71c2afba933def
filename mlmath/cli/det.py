"""mlmath det: the determinant by cofactors (up to 3×3) or by LU (the pivots' product)."""


from typing import Annotated

import typer

from mlmath.cli.common import common_options, emit
from mlmath.render.output import Output


@common_options(panel="matrices")
def det(
    matrix: Annotated[str, typer.Argument(
        metavar="A", show_default=False,
        help="A square matrix: \"1,2;3,4\", [[1,2],[3,4]], @file.csv or - (stdin). Integers and fractions "
             "stay exact.")],
    out: Output = None,
) -> None:
    """Determinant det A: cofactor expansion along row 1 up to 3×3, LU pivots beyond; 0 means singular.

    Up to 3×3 every minor, sign and product is shown; a larger matrix is reduced by Gaussian elimination
    (LU decomposition) and det A = (−1)^(row swaps) · the product of the pivots. Integers and fractions
    stay exact.

    [dim]Examples:[/]
      mlmath det "[[3,8],[4,6]]"
      mlmath det "6,1,1;4,-2,5;2,8,7" --expect -306
      mlmath det "2,0,1,3;1,1,0,2;0,3,1,1;4,1,2,0" --json
    """
    from mlmath.core import matrices
    from mlmath.parsing import parse_matrix

    result = matrices.det(parse_matrix(matrix, "A"))
    emit(result, out)
