"""The tokens view: vocabulary, padded tokens, ids, mask, one-hot rows and the embedding lookup.

Every table goes through :func:`matrix_table`, which shows a truncated view.
"""

from __future__ import annotations

from typing import Any

from mlmath.core.tokens import MAX_ONE_HOT, TokensResult
from mlmath.render.output import Output
from mlmath.render.steps import show_headline, show_steps
from mlmath.text import template

MAX_SHOWN_SENTENCES = 3  # one-hot and lookup tables are printed for at most this many sentences
MAX_VOCABULARY_ROWS = 24


def _shape(array: Any) -> str:
    return "×".join(str(size) for size in array.shape)


def _table(out: Output, title: str, values: Any, rows: list[str] | None = None, cols: list[str] | None = None,
           corner: str = "") -> None:
    from rich.markup import escape

    from mlmath.render.tables import matrix_table

    out.console.print(matrix_table(values, title=escape(title), row_labels=rows, col_labels=cols, corner=corner,
                                   precision=out.precision, width=out.width))


def _vocabulary_table(result: TokensResult, out: Output):
    from rich.text import Text

    from mlmath.render.tables import VERTICAL_ELLIPSIS, kept_indices, titled_table, titled_width

    title = template("tokens.title.vocabulary").format(size=len(result.vocabulary))
    table = titled_table(title, pad_edge=False, min_width=titled_width(title))
    table.add_column(template("tokens.column.id"), justify="right", style="dim")
    table.add_column(template("tokens.column.token"))
    for index in kept_indices(len(result.vocabulary), MAX_VOCABULARY_ROWS):
        if index is None:
            table.add_row(VERTICAL_ELLIPSIS, VERTICAL_ELLIPSIS)
        else:
            table.add_row(str(index), Text(result.vocabulary[index]))
    return table


def show_tokens(result: TokensResult, out: Output) -> None:
    """Headline, note on random numbers, the step tree, then the tables."""
    import numpy as np
    from rich.markup import escape

    ids = result.result
    show_headline(out, "tokens.summary", count=len(result.tokens), length=result.length,
                  size=len(result.vocabulary), d_model=result.d_model)
    if result.random:
        out.console.print(f"[dim]{escape(template('tokens.note.random').format(seed=result.seed))}[/]")
    show_steps(result.steps, out)

    out.console.print(_vocabulary_table(result, out))
    sentences = [str(number + 1) for number in range(len(result.tokens))]
    positions = [str(number + 1) for number in range(result.length)]
    corner = template("tokens.column.sentence")
    padded = np.array(result.padded, dtype=object)
    _table(out, template("tokens.title.tokens").format(shape=_shape(padded)), padded, sentences, positions, corner)
    _table(out, template("tokens.title.ids").format(shape=_shape(ids)), ids, sentences, positions, corner)
    _table(out, template("tokens.title.mask").format(shape=_shape(ids)), result.mask, sentences, positions, corner)

    shown = range(min(len(result.tokens), MAX_SHOWN_SENTENCES))
    if result.one_hot is not None:
        for row in shown:
            matrix = result.one_hot[row].astype(np.int64)
            _table(out, template("tokens.title.one_hot").format(number=row + 1, shape=_shape(matrix)), matrix,
                   result.padded[row], result.vocabulary)
    else:
        out.console.print(f"[dim]{escape(template('tokens.note.one_hot').format(limit=MAX_ONE_HOT))}[/]")
    matrix = result.embedding_matrix
    _table(out, template("tokens.title.matrix").format(shape=_shape(matrix)), matrix,
           [f"{i} {token}" for i, token in enumerate(result.vocabulary)])
    for row in shown:
        looked_up = result.embeddings[row]
        _table(out, template("tokens.title.lookup").format(number=row + 1, shape=_shape(looked_up)), looked_up,
               [f"{token} ({number})" for token, number in zip(result.padded[row], ids[row].tolist())])
