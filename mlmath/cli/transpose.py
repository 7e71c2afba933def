"""mlmath transpose: rows become columns, every entry's move shown."""


from typing import Annotated

import typer

from mlmath.cli.common import common_options, emit
from mlmath.render.output import Output


@common_options(panel="matrices")
def transpose(
    matrix: Annotated[str, typer.Argument(
        metavar="A", show_default=False,
        help="A matrix: \"1,2,3;4,5,6\", [[1,2,3],[4,5,6]], a vector 1,2,3, @file.csv or - (stdin).")],
    out: Output = None,
) -> None:
    """Transpose Aᵀ: rows become columns, a_ij moves to (j, i); an m×n matrix becomes n×m.

    A row vector becomes a column vector (a column vector is written as the transpose of a row vector)
    and back; for a small matrix every entry's move is shown.

    [dim]Examples:[/]
      mlmath transpose "[[1,2,3],[4,5,6]]"
      mlmath transpose 1,2,3
      mlmath transpose "1;2;3" --json
    """
    from mlmath.core import matrices
    from mlmath.parsing import parse_matrix

    result = matrices.transpose(parse_matrix(matrix, "A"))
    emit(result, out)
