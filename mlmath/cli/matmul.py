"""mlmath matmul: matrix products with the shape rule and every cell worked out."""


from typing import Annotated

import typer

from mlmath.cli.common import common_options, emit
from mlmath.render.output import Output


@common_options(panel="matrices")
def matmul(
    matrices: Annotated[list[str], typer.Argument(
        metavar="A B [C...]", show_default=False,
        help="Matrices: \"1,2;3,4\", [[1,2],[3,4]], @file.csv or - (stdin).")],
    elementwise: Annotated[bool, typer.Option(
        "--elementwise", "-e",
        help="Multiply entry by entry (NumPy broadcasting) instead.")] = False,
    out: Output = None,
) -> None:
    """Multiply matrices: the shape rule (m×n)·(n×p) → m×p and each cell worked out.

    Two or more matrices are multiplied left to right; --elementwise multiplies entry by entry instead (A ⊙
    B), stretching a row or column of size 1 as NumPy broadcasting does. Operands with three or more axes multiply
    as numpy.matmul does: the batch axes broadcast and the last two multiply, (2×3×4)·(4×5) → 2×3×5.

    [dim]Examples:[/]
      mlmath matmul "[[2,3],[4,5],[6,7]]" "[[10],[20]]"
      mlmath matmul "1,2,3;4,5,6" "1;0;2" "2,1"
      mlmath matmul "[[3,4],[5,6]]" "[[0.5,0.2]]" --elementwise
    """
    from mlmath.core import linalg
    from mlmath.errors import MathError
    from mlmath.parsing import parse_array
    from mlmath.parsing.numbers import without_transpose
    from mlmath.text import say

    letters = linalg.operand_names(len(matrices))
    # an operand written with a trailing ᵀ or .T is read transposed, and named so in the steps (Bᵀ)
    names = [f"{letter}ᵀ" if without_transpose(text.strip())[1] else letter
             for letter, text in zip(letters, matrices)]
    if elementwise:
        operands = [parse_array(text, letter) for text, letter in zip(matrices, letters)]
        result = linalg.elementwise(*operands, names=names)
    else:
        # up to 4 axes: a stack of matrices multiplies as numpy.matmul does (batch axes broadcast)
        operands = [parse_array(text, letter, max_ndim=4) for text, letter in zip(matrices, letters)]
        operands = [operand.reshape(1, -1) if operand.ndim < 2 else operand for operand in operands]
        try:
            result = linalg.matmul(*operands, names=names)
        except MathError as error:
            if len(matrices) == 2 and error.hint is not None and not any(name.endswith("ᵀ") for name in names):
                # say how to write the transpose that would fit, on the operand as typed
                error.hint = say("matmul.error.write_transpose", fit=error.hint, b=letters[1],
                                 written=matrices[1].strip() + "ᵀ")
                error.args = (error.message,)
            raise
    emit(result, out)
