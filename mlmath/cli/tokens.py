"""mlmath tokens: sentences → tokens, a vocabulary, integer ids, padding and mask, one-hot rows, embeddings."""


from typing import Annotated

import typer

from mlmath.cli.common import common_options, emit
from mlmath.render.output import Output


@common_options(panel="transformers", plot=False)
def tokens(
    sentences: Annotated[list[str], typer.Argument(metavar="SENTENCE...", show_default=False,
                                                   help="One or more sentences (quote each), or @file.txt.")],
    pad_to: Annotated[int | None, typer.Option(
        "--pad-to", min=1, max=4096, metavar="N", show_default=False,
        help="Pad (or cut) every sentence to N tokens \\[default: the longest].")] = None,
    vocabulary: Annotated[str | None, typer.Option(
        "--vocab", metavar="FILE", show_default=False,
        help="A vocabulary file, one token per line, ids from 0 in line order.")] = None,
    embeddings: Annotated[str | None, typer.Option(
        "--embeddings", metavar="M", show_default=False,
        help="The embedding matrix E, one row per vocabulary id \\[default: random].")] = None,
    d_model: Annotated[int | None, typer.Option(
        "--d-model", min=1, max=4096, metavar="D", show_default=False,
        help="Columns of a random E \\[default: 4].")] = None,
    seed: Annotated[int, typer.Option("--seed", min=0, metavar="N", help="Seed of the random E.")] = 0,
    out: Output = None,
) -> None:
    """Tokenize sentences: vocabulary, integer ids, padding with its mask, one-hot rows, embedding lookup.

    The vocabulary puts <pad> = 0 and <unk> = 1 first, then each token in order of first appearance;
    --vocab reads one instead. The lookup picks row id of E (random from --seed unless --embeddings
    is given).

    [dim]Examples:[/]
      mlmath tokens "I love NLP" "나는 학교에 간다" --pad-to 6
      mlmath tokens "I love NLP" "I love math" --pad-to 4 --json
      mlmath tokens "the cat sat" --vocab examples/vocab.txt --d-model 2
    """
    from mlmath.core import tokens as core
    from mlmath.errors import MlmathError
    from mlmath.parsing.tokens import parse_sequence, read_text

    texts = [read_text(sentence, "SENTENCE") for sentence in sentences]
    words = [parse_sequence(sentence, "SENTENCE") for sentence in sentences]
    listed = None
    if vocabulary is not None:
        try:
            listed = core.vocabulary_from_file(vocabulary)
        except MlmathError as error:
            raise error.for_argument("--vocab") from None
    table = None
    if embeddings is not None:
        from mlmath.parsing import parse_matrix

        table = parse_matrix(embeddings, "--embeddings")
    result = core.encode_sentences(words, texts, vocabulary=listed, pad_to=pad_to, embeddings=table,
                                   d_model=d_model, seed=seed, explain=out.steps or out.json)
    emit(result, out)
