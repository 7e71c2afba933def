"""Attention, the answer first: where the numbers came from, the weights (a heatmap per head) and the
output; then the walk, each step's sentence followed by its labelled tables.

Every table goes through :func:`matrix_table` / :func:`heatmap_table`, which
show a truncated view; score and weight tables are computed for the rows they
show only (:meth:`_View.shown_rows`), so 1024 tokens print as fast as 3.
"""

from __future__ import annotations

from typing import Any

from mlmath.core.result import Step
from mlmath.core.transformer import AttentionResult, token_labels
from mlmath.render.output import Output
from mlmath.render.steps import hanging_grid, show_headline, step_text
from mlmath.text import template

HEATMAP_PRECISION = 2
HEATMAP_MAX_COLUMNS = 64  # as many key columns as the terminal holds, up to this many




def _shape(array: Any) -> str:
    return "×".join(str(size) for size in array.shape)


def _result_title(result: AttentionResult) -> str:
    """The title of the final output: the heads' output itself, or after W_O (of several heads or of one)."""
    if result.wo is None:
        return "attention.title.output"
    return "attention.title.result" if result.heads > 1 else "attention.title.result_wo"


class _View:
    """Prints the tables of one result; ``heads`` are the heads shown (0-based)."""

    def __init__(self, result: AttentionResult, out: Output, heads: list[int]):
        self.result, self.out, self.heads = result, out, heads
        self.queries = token_labels(result.tokens)
        self.keys = token_labels(result.kv_tokens)
        self.cut_heads: set[int] = set()  # heads whose Q or K table left numbers out
        self.cut_projection = False
        self._scratch: Any = None  # one queries × keys array for every table of scores or weights

    def shown_rows(self, compute: Any) -> Any:
        """A queries × keys array of which only the rows a table shows are computed (``compute(rows)``);
        the other rows are never written (zero pages) and never shown.  Each call reuses the same array:
        a table is printed before the next one is computed."""
        import numpy as np

        from mlmath.render.tables import MAX_ROWS, kept_indices

        rows = [i for i in kept_indices(len(self.result.tokens), MAX_ROWS) if i is not None]
        if self._scratch is None:
            self._scratch = np.zeros((len(self.result.tokens), len(self.result.kv_tokens)))
        self._scratch[rows] = compute(rows)
        return self._scratch

    def table(self, key: str, values: Any, rows: list[str] | None = None, cols: list[str] | None = None,
              corner: str = "", **args: Any) -> bool:
        """Print a table; True when it had to leave rows or columns out."""
        from mlmath.render.tables import matrix_table

        title = template(key).format(shape=_shape(values), **args)
        table = matrix_table(values, title=title, row_labels=rows, col_labels=cols, corner=corner,
                             precision=self.out.precision, width=self.out.width)
        self.out.console.print(table)
        return table.caption is not None

    def columns(self, first: int, count: int) -> list[str]:
        return [str(first + j) for j in range(count)]

    def by_token(self, key: str, values: Any, rows: list[str], first_col: int = 1, **args: Any) -> bool:
        return self.table(key, values, rows, self.columns(first_col, values.shape[1]), **args)

    def scores_table(self, key: str, values: Any, **args: Any) -> None:
        self.table(key, values, self.queries, self.keys, corner=template("attention.corner"), **args)

    # --- one method per step key ---------------------------------------------------

    def embed(self, step: Step) -> None:
        self.by_token("attention.title.embeddings", self.result.embeddings, self.queries)

    def kv_embed(self, step: Step) -> None:
        self.by_token("attention.title.kv_embeddings", self.result.kv_embeddings, self.keys)

    def positional(self, step: Step) -> None:
        r = self.result
        if r.positional is None:
            return
        self.by_token("attention.title.positional", r.positional, self.queries)
        self.by_token("attention.title.x", r.x, self.queries)
        if r.cross:
            self.by_token("attention.title.kv_positional", r.kv_positional, self.keys)
            self.by_token("attention.title.kv_x", r.kv_x, self.keys)

    def weights_matrices(self, step: Step) -> None:
        self.table("attention.title.wq", self.result.wq)
        self.table("attention.title.wk", self.result.wk)
        self.table("attention.title.wv", self.result.wv)

    def biases(self, step: Step) -> None:
        r = self.result
        for key, vector in (("attention.title.b_q", r.b_q), ("attention.title.b_k", r.b_k),
                            ("attention.title.b_v", r.b_v), ("attention.title.b_o", r.b_o)):
            if vector is not None:
                self.table(key, vector.reshape(1, -1), [""])

    def project(self, step: Step) -> None:
        r = self.result
        if r.heads > 1:
            return  # each head's slice of Q, K and V is shown with the head
        cut = self.by_token("attention.title.q", r.q, self.queries)
        cut |= self.by_token("attention.title.k_cross" if r.cross else "attention.title.k", r.k, self.keys)
        self.by_token("attention.title.v_cross" if r.cross else "attention.title.v", r.v, self.keys)
        self.cut_projection = cut

    def head(self, step: Step, h: int) -> None:
        r = self.result
        for key, name, rows, width in (("attention.title.q_head", "q", self.queries, r.d_k),
                                       ("attention.title.k_head", "k", self.keys, r.d_k),
                                       ("attention.title.v_head", "v", self.keys, r.d_v)):
            first = h * width + 1
            cut = self.by_token(key, r.head(name, h), rows, first_col=first, head=h + 1, first=first,
                                last=first + width - 1)
            if cut and name in ("q", "k"):
                self.cut_heads.add(h)

    def raw_scores(self, h: int) -> Any:
        return self.shown_rows(lambda rows: self.result.score_rows(h, rows))

    def scaled_scores(self, h: int) -> Any:
        import math

        return self.shown_rows(lambda rows: self.result.score_rows(h, rows) / math.sqrt(self.result.d_k))

    def scores(self, step: Step, h: int) -> None:
        self.full_vectors(step, h)
        self.scores_table("attention.title.raw_scores", self.raw_scores(h))

    def full_vectors(self, step: Step, h: int) -> None:
        """When the Q or K table above left numbers out, the vectors the dot products use, in full."""
        from rich.markup import escape

        from mlmath.render.numbers import format_array_entries

        dots = [child for child in step.children if child.key == "attention.dot"]
        if not dots or (h not in self.cut_heads and self.result.heads > 1) or \
                (self.result.heads == 1 and not self.cut_projection):
            return
        r, i = self.result, self.result.query
        vectors = [(f"q_{self.queries[i]}", r.head("q", h)[i])]
        vectors += [(f"k_{self.keys[j]}", r.head("k", h)[j]) for j in range(len(dots))]
        for name, vector in vectors:
            values = ", ".join(format_array_entries(vector, self.out.precision))
            note = template("attention.note.vector_full").format(name=name, count=len(vector), values=values)
            self.out.console.print(f"[dim]{escape(note)}[/]")

    def scale(self, step: Step, h: int) -> None:
        self.scores_table("attention.title.scores", self.scaled_scores(h))

    def mask(self, step: Step, h: int) -> None:
        import numpy as np

        mask = self.result.mask
        if h == self.heads[0]:
            self.scores_table("attention.title.mask", np.where(mask, "-∞", "0").astype(object))
        masked = np.where(mask, -np.inf, self.scaled_scores(h))
        self.scores_table("attention.title.masked_scores", masked)

    def padding_mask(self, step: Step, h: int) -> None:
        if not self.result.causal:  # with a causal mask too, the mask tables came with that step
            self.mask(step, h)

    def softmax(self, step: Step, h: int) -> None:
        pass  # the weights are the answer, shown first

    def mix(self, step: Step, h: int) -> None:
        r = self.result
        if r.heads > 1:
            self.by_token("attention.title.head_output", r.head("head_outputs", h), self.queries,
                          first_col=h * r.d_v + 1, head=h + 1)

    def concat(self, step: Step) -> None:
        self.by_token("attention.title.concat", self.result.concat, self.queries, heads=self.result.heads)

    def out_projection(self, step: Step) -> None:
        self.table("attention.title.wo", self.result.wo)  # the output itself is the answer, shown first

    def show_tables(self, step: Step, h: int | None) -> None:
        """The tables printed under ``step`` (``h``: the head it belongs to), if any."""
        per_head = {"attention.scores": self.scores, "attention.scale": self.scale, "attention.mask": self.mask,
                    "attention.mask.cross": self.mask, "attention.mask.padding": self.padding_mask,
                    "attention.softmax": self.softmax,
                    "attention.mix": self.mix}
        whole = {"attention.embed.random": self.embed, "attention.embed.given": self.embed,
                 "attention.kv_embed.random": self.kv_embed, "attention.kv_embed.given": self.kv_embed,
                 "attention.positional.sinusoidal": self.positional, "attention.positional.none": self.positional,
                 "attention.weights.random": self.weights_matrices, "attention.weights.given": self.weights_matrices,
                 "attention.weights.mixed": self.weights_matrices, "attention.weights.identity": self.weights_matrices,
                 "attention.bias.random": self.biases, "attention.bias.given": self.biases,
                 "attention.project": self.project,
                 "attention.project.cross": self.project, "attention.concat": self.concat,
                 "attention.out_projection.random": self.out_projection,
                 "attention.out_projection.given": self.out_projection,
                 "attention.out_projection.single": self.out_projection}
        if step.key in per_head:
            per_head[step.key](step, h if h is not None else 0)
        elif step.key in whole:
            whole[step.key](step)


def _print_step(out: Output, label: str, item: Step, indent: int = 0, text: str | None = None) -> None:
    """``label sentence``, wrapped lines hanging under the sentence, not under the label."""
    from rich.text import Text

    line = hanging_grid(label_width=indent + len(label), label_style="bold")
    line.add_row(label, Text(text if text is not None else step_text(item, out.precision)))
    out.console.print(line)


def _walkthrough(view: _View) -> None:
    out = view.out
    out.console.print(f"[bold underline]{template('view.steps')}[/]")
    number = 0
    worked = view.heads[0]  # the head worked out in full; the others follow the same steps on their columns
    others = [h + 1 for h in view.heads if h != worked]
    for item in view.result.steps:
        head = item.args.get("head")
        if item.key == "attention.head" and head - 1 != worked:
            continue
        if item.key == "attention.concat" and others:
            number += 1
            note = template("attention.note.other_heads").format(first=others[0], last=others[-1],
                                                                  heads=len(others))
            _print_step(out, f"{number}.", Step("attention.note.other_heads", {}), text=note)
        number += 1
        _print_step(out, f"{number}.", item)
        if item.key == "attention.head":
            view.head(item, head - 1)
            for sub_number, sub in enumerate(item.children, start=1):
                _print_step(out, f"{number}.{sub_number}", sub)
                _show_children_and_tables(view, sub, head - 1)
            continue
        _show_children_and_tables(view, item, None)


def _show_children_and_tables(view: _View, item: Step, h: int | None) -> None:
    for child in item.children:
        _print_step(view.out, "•", child, indent=2)
    view.show_tables(item, h)


def _describe_hidden(rows: int, cols: int, total_rows: int, total_cols: int) -> str:
    parts = []
    if cols:
        parts.append(template("attention.hidden.keys").format(hidden=cols, total=total_cols))
    if rows:
        parts.append(template("attention.hidden.queries").format(hidden=rows, total=total_rows))
    return template("attention.note.hidden").format(what=", ".join(parts))


def _weights(view: _View) -> None:
    """The answer's weights: one heatmap per shown head, shaded on a colour terminal and with shade characters
    otherwise (so piped output has them too); said what was left out and how to see it."""
    from mlmath.render.heatmap import heatmap_table

    r, out = view.result, view.out
    n, m = len(r.tokens), len(r.kv_tokens)
    # a graded scale needs 256 colours or more; with 8 or 16 the shade characters ░▒▓█ carry the levels
    graded = out.color and out.console.color_system in ("256", "truecolor")
    for h in view.heads:
        title = (template("attention.title.heatmap_head").format(head=h + 1) if r.heads > 1
                 else template("attention.title.heatmap"))
        weights = view.shown_rows(lambda rows, h=h: r.weight_rows(h, rows))
        out.console.print(heatmap_table(
            weights, row_labels=view.queries, col_labels=view.keys, title=title, precision=HEATMAP_PRECISION,
            color=graded, low=0.0, high=1.0, width=out.width, hidden=r.mask, max_cols=HEATMAP_MAX_COLUMNS,
            legend_label=template("attention.legend") if h == view.heads[-1] else None,
            describe_hidden=lambda rows, cols: _describe_hidden(rows, cols, n, m)))


# what may be drawn at random → its name in the sentence that says so
NAMES = {"embeddings": "attention.name.embeddings", "kv_embeddings": "attention.name.kv_embeddings",
         "wq": "attention.name.wq", "wk": "attention.name.wk", "wv": "attention.name.wv", "wo": "attention.name.wo",
         "bq": "attention.name.bq", "bk": "attention.name.bk", "bv": "attention.name.bv", "bo": "attention.name.bo"}
SUMMARIES = {"cross": "attention.summary.cross", "causal": "attention.summary.causal", "self": "attention.summary.self"}


def _notes(result: AttentionResult, out: Output) -> None:
    """Where the numbers came from, in a few dim lines."""
    from rich.markup import escape

    notes = []
    if result.random:
        names = ", ".join(template(NAMES[name]) for name in result.random)
        notes.append(template("attention.note.random").format(names=names[:1].upper() + names[1:], seed=result.seed))
    if "embeddings" in result.random or "kv_embeddings" in result.random:
        notes.append(template("attention.note.words"))
    if result.looked_up:
        n = len([token for token in result.tokens if token != "<pad>"])
        file = result.vectors or "--vectors"
        missing = {token.casefold() for token in result.missing}
        found = len([token for token in result.tokens if token != "<pad>" and token.casefold() not in missing])
        notes.append(template("attention.note.vectors").format(file=file, found=found, n=n))
        if result.missing:
            notes.append(template("attention.note.missing").format(file=file, missing=", ".join(result.missing)))
    if result.identity:
        notes.append(template("attention.note.identity"))
    if ("wq" in result.random or "wk" in result.random or "embeddings" in result.random) and not result.identity:
        notes.append(template("attention.note.meaning"))
    if result.key_padding_mask is not None:
        notes.append(template("attention.note.padding").format(length=len(result.kv_tokens),
                                                                 pads=int(result.key_padding_mask.sum())))
    if result.focus is not None:
        notes.append(template("attention.note.focus").format(head=result.focus + 1, heads=result.heads))
    for note in notes:
        out.console.print(f"[dim]{escape(note)}[/]")


def show_attention(result: AttentionResult, out: Output) -> None:
    """Headline and where the numbers came from; the answer (weights per head, the output); then the walk."""
    kind = "cross" if result.cross else "causal" if result.causal else "self"
    show_headline(out, SUMMARIES[kind], n=len(result.tokens), m=len(result.kv_tokens),
                  heads=result.heads, d_model=result.d_model, d_k=result.d_k)
    _notes(result, out)
    heads = [result.focus] if result.focus is not None else list(range(result.heads))
    view = _View(result, out, heads)
    _weights(view)
    view.by_token(_result_title(result), result.result, view.queries)
    if out.steps:
        out.console.print()
        _walkthrough(view)
