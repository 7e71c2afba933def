"""Views of matmul, dot and cosine results."""

from __future__ import annotations

from mlmath.core.arrays import shape_text
from mlmath.render.output import Output
from mlmath.render.steps import show_headline, show_steps
from mlmath.render.tables import matrix_table, shown_part_table, titled_table, titled_width
from mlmath.text import template


def show_matmul(result, out: Output) -> None:
    """Operands and product side by side when they fit the terminal, one under another when not."""
    _show_product(result, out, elementwise=False)


def show_elementwise(result, out: Output) -> None:
    """A ⊙ B: the operands and the entrywise product, side by side."""
    _show_product(result, out, elementwise=True)


def _show_product(result, out: Output, elementwise: bool) -> None:
    from mlmath.render.tables import SideBySide

    operands, names = result.operands, result.names
    headline = "matmul.headline.elementwise" if elementwise else "matmul.headline"
    show_headline(out, headline, names=(" ⊙ " if elementwise else "·").join(names),
                  shapes=[f"({shape_text(operand.shape)})" for operand in operands], result=shape_text(result.shape))
    tables = [
        _first_matrix(operand, name, out) if operand.ndim > 2 else
        matrix_table(operand, title=template("matmul.title.operand").format(name=name, shape=shape_text(operand.shape)),
                     precision=out.precision, width=out.width)
        for name, operand in zip(names, operands)
    ]
    title_key = "matmul.title.elementwise" if elementwise else "matmul.title.result"
    joiner = " ⊙ " if elementwise else "·"
    if result.result.ndim > 2:
        tables.append(_first_matrix(result.result, joiner.join(names), out))
    else:
        tables.append(matrix_table(result.result, title=template(title_key).format(
            names=joiner.join(names), shape=shape_text(result.shape)), precision=out.precision, width=out.width))
    out.console.print(SideBySide(tables))
    show_steps(result.steps, out)


def _first_matrix(array, name: str, out: Output):
    """A 3-D or higher array shown by its first matrix (batch index 0, …), titled with the whole shape."""
    first = array[(0,) * (array.ndim - 2)]
    index = ", ".join("0" for _ in range(array.ndim - 2))
    label = f"({name})" if "·" in name or "⊙" in name else name
    return matrix_table(first, title=template("matmul.title.slice").format(
        name=label, index=index, shape=shape_text(first.shape), full=shape_text(array.shape)),
        precision=out.precision, width=out.width)


def show_dot(result, out: Output) -> None:
    import numpy as np

    (a, b), names = result.vectors, result.names
    show_headline(out, "dot.summary", a=names[0], b=names[1], value=result.result)
    terms = result.terms
    labels = [names[0], names[1], f"{names[0]}ᵢ·{names[1]}ᵢ"]

    def take(_rows, cols):  # only the columns shown: two vectors of 10⁶ are not 3·10⁶ Python numbers
        return np.array([a[cols].tolist(), b[cols].tolist(), [terms[j] for j in cols]], dtype=object)

    out.console.print(shown_part_table((3, len(terms)), take, title=template("dot.title"),
                                       row_label=labels.__getitem__, col_label=lambda i: f"i={i + 1}",
                                       precision=out.precision, width=out.width))
    show_steps(result.steps, out)


# a cosine's reading (core.linalg.similarity_reading) → its words
WORDS = {"very_similar": "cosine.word.very_similar", "similar": "cosine.word.similar",
         "slightly_similar": "cosine.word.slightly_similar", "unrelated": "cosine.word.unrelated",
         "dissimilar": "cosine.word.dissimilar", "opposite": "cosine.word.opposite"}


def _source(result, out: Output) -> None:
    if result.source is not None:
        from rich.markup import escape

        out.console.print(f"[dim]{escape(template('cosine.note.vectors').format(file=result.source))}[/]")


def show_cosine(result, out: Output) -> None:
    show_headline(out, "cosine.summary", value=result.result, angle=result.angle_degrees,
                  reading=template(WORDS[result.reading]))
    _source(result, out)
    show_steps(result.steps, out)


def show_similarity(result, out: Output) -> None:
    _source(result, out)

    from mlmath.render.heatmap import heatmap_table

    out.console.print(matrix_table(result.matrix, title=template("cosine.title.pairwise"), row_labels=result.labels,
                                   col_labels=result.labels, precision=out.precision, width=out.width))
    if out.wants_plot:
        out.console.print(heatmap_table(result.matrix, row_labels=result.labels, col_labels=result.labels,
                                        title=template("cosine.title.heatmap"), color=out.color, low=-1.0, high=1.0,
                                        width=out.width))
    if result.ranking is not None:
        from rich.text import Text

        from mlmath.render.numbers import format_array_entries

        title = template("cosine.title.ranking")
        table = titled_table(title, min_width=titled_width(title))
        for key, justify in (("cosine.column.rank", "right"), ("cosine.column.row", "left"),
                             ("cosine.column.similarity", "right"), ("cosine.column.reading", "left")):
            table.add_column(template(key), justify=justify)
        similarities = format_array_entries([entry["similarity"] for entry in result.ranking], out.precision)
        for entry, similarity in zip(result.ranking, similarities):
            table.add_row(str(entry["rank"]), Text(entry["label"]), similarity, template(WORDS[entry["reading"]]))
        out.console.print(table)
    show_steps(result.steps, out)
