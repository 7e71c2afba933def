"""mlmath dot: the dot product term by term, the norms and the angle."""


from typing import Annotated

import typer

from mlmath.cli.common import common_options, emit
from mlmath.render.output import Output


@common_options(panel="matrices")
def dot(
    a: Annotated[str, typer.Argument(
        metavar="A", show_default=False,
        help="First vector: 1,2,3 or \"1 2 3\" or [1,2,3].")],
    b: Annotated[str, typer.Argument(metavar="B", help="Second vector, of the same length.", show_default=False)],
    out: Output = None,
) -> None:
    """Dot product a·b = Σ aᵢbᵢ, with |a|, |b|, the angle and what the sign means.

    A and B are vectors of the same length; the sign of a·b says whether they point the same way (> 0), at
    right angles (0) or apart (< 0).

    [dim]Examples:[/]
      mlmath dot 1,2,3 4,5,6
      mlmath dot 1,2 -2,1
      mlmath dot 1,2,3 4,5,6 --expect 32
    """
    from mlmath.core import linalg
    from mlmath.parsing import parse_vector

    result = linalg.dot(parse_vector(a, "A"), parse_vector(b, "B"), names=("a", "b"))
    emit(result, out)
