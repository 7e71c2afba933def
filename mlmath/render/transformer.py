"""The attention walkthrough: each step's sentence followed by its labelled tables, then the heatmaps.

Every table goes through :func:`matrix_table` / :func:`heatmap_table`, which
show a truncated view, so 1024 tokens print as fast as 3.
"""

from __future__ import annotations

from typing import Any

from mlmath.core.result import Step
from mlmath.core.transformer import AttentionResult, token_labels
from mlmath.render.output import Output
from mlmath.render.steps import hanging_grid, show_headline, step_text
from mlmath.text import template

HEATMAP_PRECISION = 2


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

    def table(self, key: str, values: Any, rows: list[str] | None = None, cols: list[str] | None = None,
              corner: str = "", **args: Any) -> None:
        from mlmath.render.tables import matrix_table

        title = template(key).format(shape=_shape(values), **args)
        self.out.console.print(matrix_table(values, title=title, row_labels=rows, col_labels=cols, corner=corner,
                                            precision=self.out.precision, width=self.out.width))

    def columns(self, first: int, count: int) -> list[str]:
        return [str(first + j) for j in range(count)]

    def by_token(self, key: str, values: Any, rows: list[str], first_col: int = 1, **args: Any) -> None:
        self.table(key, values, rows, self.columns(first_col, values.shape[1]), **args)

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

    def project(self, step: Step) -> None:
        r = self.result
        self.by_token("attention.title.q", r.q, self.queries)
        self.by_token("attention.title.k_cross" if r.cross else "attention.title.k", r.k, self.keys)
        self.by_token("attention.title.v_cross" if r.cross else "attention.title.v", r.v, self.keys)

    def head(self, step: Step, h: int) -> None:
        r = self.result
        for key, name, rows, width in (("attention.title.q_head", "q", self.queries, r.d_k),
                                       ("attention.title.k_head", "k", self.keys, r.d_k),
                                       ("attention.title.v_head", "v", self.keys, r.d_v)):
            first = h * width + 1
            self.by_token(key, r.head(name, h), rows, first_col=first, head=h + 1, first=first,
                          last=first + width - 1)

    def scores(self, step: Step, h: int) -> None:
        self.scores_table("attention.title.raw_scores", self.result.head("raw_scores", h))

    def scale(self, step: Step, h: int) -> None:
        self.scores_table("attention.title.scores", self.result.head("scores", h))

    def mask(self, step: Step, h: int) -> None:
        import numpy as np

        mask = self.result.mask
        if h == self.heads[0]:
            self.scores_table("attention.title.mask", np.where(mask, "-∞", "0").astype(object))
        masked = np.where(mask, -np.inf, self.result.head("scores", h))
        self.scores_table("attention.title.masked_scores", masked)

    def softmax(self, step: Step, h: int) -> None:
        self.scores_table("attention.title.weights", self.result.head("weights", h))

    def mix(self, step: Step, h: int) -> None:
        r = self.result
        if r.heads == 1:
            self.by_token("attention.title.output", r.head_outputs, self.queries)
        else:
            self.by_token("attention.title.head_output", r.head("head_outputs", h), self.queries,
                          first_col=h * r.d_v + 1, head=h + 1)

    def concat(self, step: Step) -> None:
        self.by_token("attention.title.concat", self.result.concat, self.queries, heads=self.result.heads)

    def out_projection(self, step: Step) -> None:
        self.table("attention.title.wo", self.result.wo)
        self.by_token(_result_title(self.result), self.result.result, self.queries)

    def show_tables(self, step: Step, h: int | None) -> None:
        """The tables printed under ``step`` (``h``: the head it belongs to), if any."""
        per_head = {"attention.scores": self.scores, "attention.scale": self.scale, "attention.mask": self.mask,
                    "attention.softmax": self.softmax,
                    "attention.mix": self.mix}
        whole = {"attention.embed.random": self.embed, "attention.embed.given": self.embed,
                 "attention.kv_embed.random": self.kv_embed, "attention.kv_embed.given": self.kv_embed,
                 "attention.positional.sinusoidal": self.positional, "attention.positional.none": self.positional,
                 "attention.weights.random": self.weights_matrices, "attention.weights.given": self.weights_matrices,
                 "attention.weights.mixed": self.weights_matrices, "attention.project": self.project,
                 "attention.project.cross": self.project, "attention.concat": self.concat,
                 "attention.out_projection.random": self.out_projection,
                 "attention.out_projection.given": self.out_projection,
                 "attention.out_projection.single": self.out_projection}
        if step.key in per_head:
            per_head[step.key](step, h if h is not None else 0)
        elif step.key in whole:
            whole[step.key](step)


def _print_step(out: Output, label: str, item: Step, indent: int = 0) -> None:
    """``label sentence``, wrapped lines hanging under the sentence, not under the label."""
    from rich.text import Text

    line = hanging_grid(label_width=indent + len(label), label_style="bold")
    line.add_row(label, Text(step_text(item, out.precision)))
    out.console.print(line)


def _walkthrough(view: _View) -> None:
    out = view.out
    out.console.print(f"[bold underline]{template('view.steps')}[/]")
    number = 0
    for item in view.result.steps:
        head = item.args.get("head")
        if item.key == "attention.head" and head - 1 not in view.heads:
            continue
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


def _heatmaps(view: _View) -> None:
    from mlmath.render.heatmap import heatmap_table

    r, out = view.result, view.out
    for h in view.heads:
        title = (template("attention.title.heatmap_head").format(head=h + 1) if r.heads > 1
                 else template("attention.title.heatmap"))
        out.console.print(heatmap_table(r.head("weights", h), row_labels=view.queries, col_labels=view.keys,
                                        title=title, precision=HEATMAP_PRECISION, color=out.color,
                                        low=0.0, high=1.0, width=out.width, hidden=r.mask))


# what may be drawn at random → its name in the sentence that says so
NAMES = {"embeddings": "attention.name.embeddings", "kv_embeddings": "attention.name.kv_embeddings",
         "wq": "attention.name.wq", "wk": "attention.name.wk", "wv": "attention.name.wv", "wo": "attention.name.wo"}
SUMMARIES = {"cross": "attention.summary.cross", "causal": "attention.summary.causal", "self": "attention.summary.self"}


def show_attention(result: AttentionResult, out: Output) -> None:
    """Headline, where the numbers came from, the walkthrough (unless --no-steps), the heatmaps."""
    from rich.markup import escape

    focus = result.focus
    kind = "cross" if result.cross else "causal" if result.causal else "self"
    show_headline(out, SUMMARIES[kind], n=len(result.tokens), m=len(result.kv_tokens),
                  heads=result.heads, d_model=result.d_model, d_k=result.d_k)
    if result.random:
        names = ", ".join(template(NAMES[name]) for name in result.random)
        note = template("attention.note.random").format(names=names[:1].upper() + names[1:], seed=result.seed)
        out.console.print(f"[dim]{escape(note)}[/]")
    heads = [focus] if focus is not None else list(range(result.heads))
    if focus is not None:
        note = template("attention.note.focus").format(head=focus + 1, heads=result.heads)
        out.console.print(f"[dim]{escape(note)}[/]")
    view = _View(result, out, heads)
    if out.steps:
        _walkthrough(view)
    else:
        view.by_token(_result_title(result), result.result, view.queries)
    if out.wants_plot:
        _heatmaps(view)
