"""mlmath cosine: cosine similarity of two vectors, or of every pair of several."""


from typing import Annotated, Optional

import typer

from mlmath.cli.common import common_options, emit
from mlmath.render.output import Output


@common_options(panel="matrices", plot=True)
def cosine(
    vectors: Annotated[list[str], typer.Argument(
        metavar="A B [C...]", show_default=False,
        help="Vectors (1,2,3), or one matrix of row vectors (@rows.csv).")],
    query: Annotated[Optional[str], typer.Option(
        "--query", "-q", metavar="Q",
        help="Rank the vectors by similarity to Q (semantic search).")] = None,
    vectors_file: Annotated[Optional[str], typer.Option(
        "--vectors", metavar="FILE",
        help="Word vectors (GloVe / word2vec text, .txt or .txt.gz): compare words, and --query a word.")] = None,
    out: Output = None,
) -> None:
    """Cosine similarity cos θ = a·b / (|a||b|): 1 similar, 0 unrelated, -1 opposite.

    Two vectors give their cosine and angle; three or more (or the rows of @file) give every pair's cosine as
    a table and a heatmap, and --query ranks the rows by similarity to Q. With --vectors the arguments are words,
    looked up (case-folded) in a word-vector file.

    [dim]Examples:[/]
      mlmath cosine 1,2 -2,-4
      mlmath cosine 1,0,1 1,1,0 0,1,1
      mlmath cosine @examples/embeddings.csv --query 0.2,0.9,0.1
      mlmath cosine king queen man woman --vectors glove.6B.50d.txt
    """
    import numpy as np

    from mlmath.core import linalg
    from mlmath.errors import MathError
    from mlmath.parsing import parse_labeled, parse_vector
    from mlmath.text import say

    if vectors_file is not None:
        _compare_words(vectors, query, vectors_file, out)
        return
    names = [name.lower() for name in linalg.operand_names(len(vectors))]
    read = [parse_labeled(text, name.upper()) for text, name in zip(vectors, names)]
    query_vector = parse_vector(query, "--query") if query is not None else None
    rows, labels = [], []
    for name, (array, _, row_names) in zip(names, read):
        block = array.reshape(1, -1) if array.ndim < 2 else array
        many = block.shape[0] > 1
        for index, row in enumerate(block, start=1):
            rows.append(row)
            # a CSV file's first column of names labels its rows
            labels.append(row_names[index - 1] if row_names else f"{name}{index}" if many else name)
    if len({row.size for row in rows}) > 1:
        sizes = ", ".join(f"{label} {row.size}" for label, row in zip(labels, rows))
        raise MathError(say("cosine.error.lengths", sizes=sizes), hint=say("cosine.error.lengths.hint"))
    if len(rows) < 2 and query_vector is None:
        raise MathError(say("cosine.error.two"), hint=say("cosine.error.two.hint"))
    if len(rows) == 2 and query_vector is None:
        result = linalg.cosine(rows[0], rows[1], names=(labels[0], labels[1]))
        emit(result, out)
        return
    exact = any(row.dtype == object for row in rows)  # fractions stay exact
    matrix = np.array([row.tolist() for row in rows], dtype=object if exact else None)
    result = linalg.similarity_matrix(matrix, labels, query_vector)
    emit(result, out)


def _compare_words(words: list[str], query: str | None, path: str, out: Output) -> None:
    """``cosine WORD WORD … --vectors FILE [--query WORD]``: the words' vectors from the file, compared."""
    import os

    import numpy as np

    from mlmath.core import linalg
    from mlmath.errors import InputError
    from mlmath.parsing.vectors import read_vectors
    from mlmath.text import say

    found = read_vectors(path, words + ([query] if query is not None else []), "--vectors")
    missing = [word for word in dict.fromkeys(words + ([query] if query is not None else []))
               if word.casefold() not in found]
    if missing:
        raise InputError(say("cosine.error.missing_words", words=", ".join(missing)),
                         hint=say("cosine.error.missing_words.hint"), argument="--vectors")
    rows = [found[word.casefold()] for word in words]
    if len(rows) < 2 and query is None:
        raise InputError(say("cosine.error.two_words"), hint=say("cosine.error.two_words.hint"))
    if len(rows) == 2 and query is None:
        result = linalg.cosine(rows[0], rows[1], names=(words[0], words[1]))
    else:
        result = linalg.similarity_matrix(np.array(rows), list(words),
                                          found[query.casefold()] if query is not None else None)
    result.source = os.path.basename(path)
    emit(result, out)
