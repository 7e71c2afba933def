"""mlmath posenc: the sinusoidal positional encoding, one entry worked out, the matrix and its waves."""


from typing import Annotated

import typer

from mlmath.cli.common import common_options, emit
from mlmath.render.output import Output


@common_options(panel="transformers", plot=True)
def posenc(
    positions: Annotated[int | None, typer.Option(
        "--positions", "-n", min=1, metavar="N", show_default=False,
        help="Number of positions (rows) \\[default: 8, or the tokens of --seq].")] = None,
    d_model: Annotated[int | None, typer.Option(
        "--d-model", min=1, max=4096, metavar="D", show_default=False,
        help="Width of each encoding (columns) \\[default: 8, or read from --embeddings].")] = None,
    tokens: Annotated[str | None, typer.Option(
        "--seq", "-s", metavar="TEXT", show_default=False,
        help="A sentence (or @file.txt): add PE to its embeddings.")] = None,
    embeddings: Annotated[str | None, typer.Option(
        "--embeddings", metavar="M", show_default=False,
        help="Embeddings X of --seq, one row per token \\[default: random, as attention].")] = None,
    position: Annotated[int | None, typer.Option(
        "--at", min=0, metavar="POS", show_default=False,
        help="Position of the entry worked out, from 0 \\[default: the last].")] = None,
    pair: Annotated[int | None, typer.Option(
        "--pair", min=0, metavar="I", show_default=False,
        help="Column pair i of the entry worked out: columns 2i and 2i+1 \\[default: 1].")] = None,
    seed: Annotated[int, typer.Option("--seed", min=0, metavar="N", help="Seed of the random embeddings.")] = 0,
    out: Output = None,
) -> None:
    """Sinusoidal positional encoding PE(pos, 2i) = sin(pos/10000^(2i/D)), cos for 2i+1, with its waves.

    One entry is worked out with the numbers (--at, --pair); the heatmap shows each position's own
    pattern. --seq adds PE to the sentence's embeddings, drawn as attention draws them.

    [dim]Examples:[/]
      mlmath posenc --positions 10 --d-model 8
      mlmath posenc --positions 50 --d-model 16 --at 7 --pair 0
      mlmath posenc --seq "the cat sat on the mat" --d-model 4
    """
    from mlmath.core.positional import posenc as compute

    words = None
    if tokens is not None:
        from mlmath.parsing.tokens import parse_sequence

        words = parse_sequence(tokens, "--seq")
    table = None
    if embeddings is not None:
        if tokens is None:
            from mlmath.errors import InputError
            from mlmath.text import say

            raise InputError(say("positional.error.no_tokens"), hint=say("positional.error.no_tokens.hint"),
                             argument="--embeddings")
        from mlmath.parsing import parse_matrix

        table = parse_matrix(embeddings, "--embeddings")
    result = compute(positions, d_model, tokens=words, embeddings=table, seed=seed, position=position, pair=pair,
                     explain=out.steps or out.json)
    emit(result, out)
