"""The transformer-block walkthrough: each step's sentence, then the table of what it produced; the residual
stream's writes as bars and the first attention as a heatmap.

Every table is a truncated view (:func:`matrix_table`), so 512 tokens print as fast as 3.
"""

from __future__ import annotations

from typing import Any

from mlmath.core.blocks import BlocksResult, Layer
from mlmath.core.result import Step
from mlmath.render.output import Output
from mlmath.render.steps import hanging_grid, show_headline, step_text
from mlmath.text import template

HEATMAP_PRECISION = 2


def _shape(array: Any) -> str:
    return "×".join(str(size) for size in array.shape)


class _View:
    def __init__(self, result: BlocksResult, out: Output):
        from mlmath.core.transformer import token_labels

        self.result, self.out = result, out
        self.rows = token_labels(result.tokens)
        self.memory_rows = token_labels(result.memory_tokens) if result.decoder else []
        self.pointed = False

    def table(self, title: str, values: Any, rows: list[str]) -> None:
        from rich.markup import escape

        from mlmath.render.tables import matrix_table

        self.out.console.print(matrix_table(values, title=escape(title), row_labels=rows, precision=self.out.precision,
                                            width=self.out.width))

    def layer(self, step: Step) -> tuple[Layer, list[str]]:
        r = self.result
        if step.args["block"] == "encoder" and r.decoder:
            return r.encoder_layers[step.args["layer"] - 1], self.memory_rows
        return r.layers[step.args["layer"] - 1], self.rows

    def stage_table(self, step: Step) -> None:
        """The table under one sub-layer step: what that part of the block produced."""
        layer, rows = self.layer(step)
        sub = layer.sublayers[step.args["stage"]]
        names = {"block": template("blocks.block.encoder") if layer.block == "encoder"
                 else template("blocks.block.decoder"), "layer": layer.layer + 1, "norm": sub.norm}
        kind = step.key.split(".")[1]
        if kind == "pre_norm":
            self.table(template("blocks.title.normed_input").format(shape=_shape(sub.normed_input), **names),
                       sub.normed_input, rows)
        elif kind == "attention":
            titles = {"self_attention": template("blocks.title.self_attention"),
                      "masked_self_attention": template("blocks.title.masked_self_attention"),
                      "cross_attention": template("blocks.title.cross_attention")}
            self.table(titles[sub.kind].format(shape=_shape(sub.write), **names), sub.write, rows)
            if not self.pointed:
                from rich.markup import escape

                self.out.console.print(f"[dim]{escape(template('blocks.pointer'))}[/]")
                self.pointed = True
        elif kind == "ffn":
            self.table(template("blocks.title.feed_forward").format(shape=_shape(sub.write), **names), sub.write, rows)
        elif kind == "add":
            self.table(template("blocks.title.residual").format(shape=_shape(sub.residual), **names),
                       sub.residual, rows)
        elif kind == "norm":
            self.table(template("blocks.title.normed").format(shape=_shape(sub.output), **names), sub.output, rows)


def _print_step(out: Output, label: str, item: Step, indent: int = 0) -> None:
    from rich.text import Text

    line = hanging_grid(label_width=indent + len(label), label_style="bold")
    line.add_row(label, Text(step_text(item, out.precision)))
    out.console.print(line)


def _walkthrough(view: _View) -> None:
    r, out = view.result, view.out
    out.console.print(f"[bold underline]{template('view.steps')}[/]")
    for number, item in enumerate(r.steps, start=1):
        _print_step(out, f"{number}.", item)
        name = item.key.split(".")[1]
        if item.key == "blocks.memory":
            view.table(template("blocks.title.memory_x").format(shape=_shape(r.memory_x)), r.memory_x,
                       view.memory_rows)
        elif item.key == "blocks.memory.done":
            for block in item.children:  # the memory's encoder blocks: sentences only
                _print_step(out, "•", block, indent=2)
                for sub in block.children:
                    _print_step(out, "·", sub, indent=4)
                    for detail in sub.children:
                        _print_step(out, "·", detail, indent=6)
            view.table(template("blocks.title.memory").format(shape=_shape(r.memory)), r.memory, view.memory_rows)
        elif name == "input":
            view.table(template("blocks.title.embeddings").format(shape=_shape(r.embeddings)), r.embeddings,
                       view.rows)
            view.table(template("blocks.title.x").format(shape=_shape(r.x)), r.x, view.rows)
        elif name == "layer":
            for sub_number, sub in enumerate(item.children, start=1):
                _print_step(out, f"{number}.{sub_number}", sub)
                for detail in sub.children:
                    _print_step(out, "•", detail, indent=2)
                view.stage_table(sub)
        # "done": the last table printed is the output already


def _writes_chart(view: _View) -> None:
    """Mean length of each sub-layer's write to the residual stream, beside the input's."""
    import numpy as np

    from mlmath.render.numbers import format_number
    from mlmath.render.plots import bar_chart, print_plot

    r, out = view.result, view.out
    titles = {"self_attention": template("blocks.stage.self_attention"),
              "masked_self_attention": template("blocks.stage.masked_self_attention"),
              "cross_attention": template("blocks.stage.cross_attention"),
              "feed_forward": template("blocks.stage.feed_forward")}
    labels, values = [], []
    for layer in r.layers:
        for sub in layer.sublayers:
            labels.append(titles[sub.kind].format(layer=layer.layer + 1))
            values.append(float(np.mean(sub.write_norms)))
    stream = float(np.mean(np.sqrt(np.einsum("ij,ij->i", r.x, r.x))))
    title = template("blocks.title.writes").format(input=format_number(stream, out.precision))
    print_plot(out.console, bar_chart(labels, values, title=title, width=out.width))


def _heatmap(view: _View) -> None:
    from mlmath.core.transformer import causal_mask
    from mlmath.render.heatmap import heatmap_table

    r, out = view.result, view.out
    first = r.layers[0].sublayers[0]
    if first.weights is None:
        return
    block = template("blocks.block.decoder") if r.decoder else template("blocks.block.encoder")
    out.console.print(heatmap_table(first.weights[0], row_labels=view.rows, col_labels=view.rows,
                                    title=template("blocks.title.heatmap").format(block=block),
                                    precision=HEATMAP_PRECISION, color=out.color, low=0.0, high=1.0, width=out.width,
                                    hidden=causal_mask(len(r.tokens), len(r.tokens)) if r.decoder else None))


def show_blocks(result: BlocksResult, out: Output) -> None:
    """Headline, notes, the walkthrough (unless --no-steps), the output, the pictures."""
    from rich.markup import escape

    norm = template("blocks.norm.pre") if result.pre_norm else template("blocks.norm.post")
    args = {"layers": result.layer_count, "n": len(result.tokens), "d_model": result.d_model, "heads": result.heads,
            "d_ff": result.d_ff, "activation": result.activation, "norm": norm}
    if result.decoder:
        show_headline(out, "blocks.summary.decoder", m=len(result.memory_tokens), **args)
    else:
        show_headline(out, "blocks.summary.encoder", **args)
    if result.random:
        note = template("blocks.note.random").format(count=len(result.random), seed=result.seed)
        out.console.print(f"[dim]{escape(note)}[/]")
    note = template("blocks.note.pre_norm") if result.pre_norm else template("blocks.note.post_norm")
    out.console.print(f"[dim]{escape(note)}[/]")
    view = _View(result, out)
    if out.steps and result.steps:
        _walkthrough(view)
    else:
        view.table(template("blocks.title.output").format(shape=_shape(result.result)), result.result, view.rows)
    if out.wants_plot:
        _writes_chart(view)
        _heatmap(view)
