"""View of layer: X, W, b, Z and Y (and the gradients) as tables, one sample's outputs as bars, W as a heatmap."""

from __future__ import annotations

from mlmath.core.arrays import shape_text
from mlmath.render.output import Output
from mlmath.render.steps import show_headline, show_steps
from mlmath.render.tables import matrix_table
from mlmath.text import template

# where the layer's sizes were read → the words for it
SOURCES = {"x": "layer.source.x", "w": "layer.source.w", "b": "layer.source.b", "inputs": "layer.source.inputs",
           "outputs": "layer.source.outputs"}
MAX_BARS = 12  # neurons in the bar chart of sample 1 (one row each); the tables hold the rest


def show_layer(result, out: Output) -> None:
    from mlmath.render.tables import SideBySide

    batch, inputs = result.x.shape
    outputs = result.w.shape[1]
    sizes = {"batch": batch, "inputs": inputs, "outputs": outputs}
    name = result.activation
    if name == "identity":
        show_headline(out, "layer.headline.identity", **sizes)
    else:
        show_headline(out, "layer.headline", name=name, **sizes)
    if result.random:
        sources = [template(SOURCES[source]) for source in result.sizes_from]
        out.console.print(_text("layer.note.random", names=", ".join(result.random), seed=result.seed,
                                in_from=sources[0], out_from=sources[1], precision=out.precision,
                                **sizes), style="dim")
    if result.loss is not None:
        kind = result.loss + (" (logits)" if result.logits else "")
        out.console.print(_text("layer.note.loss", value=result.loss_value, kind=kind, reduction=result.reduction,
                                precision=out.precision), style="bold")

    def table(values, key: str, corner: str = "layer.corner.sample", **args):
        """A titled table; a vector (b, ∂L/∂b) is one row without a row label."""
        return matrix_table(values, title=template(key).format(shape=shape_text(values.shape), **args),
                            corner=template(corner) if corner else "", row_labels=[""] if values.ndim == 1 else None,
                            precision=out.precision, width=out.width)

    act = "id" if name == "identity" else name
    out.console.print(SideBySide([table(result.x, "layer.title.x"),
                               table(result.w, "layer.title.w", corner="layer.corner.input"),
                               table(result.b, "layer.title.b", corner="")]))
    out.console.print(SideBySide([table(result.z, "layer.title.z"), table(result.result, "layer.title.y", name=act)]))
    if result.backward:
        out.console.print(SideBySide([table(result.grad_y, "layer.title.grad_y"),
                                   table(result.derivative, "layer.title.derivative", name=act),
                                   table(result.grad_z, "layer.title.grad_z")]))
        out.console.print(SideBySide([table(result.grad_w, "layer.title.grad_w", corner="layer.corner.input"),
                                   table(result.grad_b, "layer.title.grad_b", corner=""),
                                   table(result.grad_x, "layer.title.grad_x")]))
    if out.wants_plot:
        _show_pictures(result, out)
    show_steps(result.steps, out)


def _text(key: str, precision: int, **args) -> str:
    from rich.markup import escape

    from mlmath.core.result import step
    from mlmath.render.steps import step_text

    return escape(step_text(step(key, **args), precision))


def _show_pictures(result, out: Output) -> None:
    """Sample 1's outputs y, one bar per neuron, and W (or ∂L/∂W) as a heatmap."""
    from mlmath.render.heatmap import heatmap_table
    from mlmath.render.numbers import format_number

    outputs = result.w.shape[1]
    shown = min(outputs, MAX_BARS)
    labels = [template("layer.label.neuron").format(index=index + 1) for index in range(shown)]
    values = [float(value) for value in result.result[0, :shown]]
    title = (template("layer.title.bars") if shown == outputs
             else template("layer.title.bars_first").format(shown=shown, outputs=outputs))
    out.console.print(f"[bold]{_escape(title)}[/]")
    out.console.print(_signed_bars(labels, values, out))
    matrix = result.grad_w if result.backward else result.w
    low, high = float(matrix.min()), float(matrix.max())
    key = "layer.title.heatmap_grad" if result.backward else "layer.title.heatmap"
    title = template(key).format(low=format_number(low, out.precision), high=format_number(high, out.precision))
    rows = [str(index + 1) for index in range(matrix.shape[0])]
    columns = [template("layer.label.neuron").format(index=index + 1) for index in range(matrix.shape[1])]
    out.console.print(heatmap_table(matrix, row_labels=rows, col_labels=columns, title=title, color=out.color,
                                    low=low, high=high, width=out.width))


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def _signed_bars(labels: list[str], values: list[float], out: Output):
    """One row per value: a bar from the zero line │ to the value (left for negative, right for positive),
    its length in proportion to the value, and the value written beside it."""
    from rich.cells import cell_len
    from rich.text import Text

    from mlmath.render.numbers import format_array_entries

    texts = format_array_entries(values, out.precision)
    low, high = min(0.0, *values), max(0.0, *values)
    span = high - low or 1.0
    label_width = max(cell_len(label) for label in labels)
    value_width = max(len(text) for text in texts)
    room = max(10, min(60, out.width - label_width - value_width - 4))  # cells for the bars
    zero = round(-low / span * room)
    lines = Text()
    for label, value, text in zip(labels, values, texts):
        cells = round(abs(value) / span * room)
        left = " " * (zero - cells) + "█" * cells if value < 0 else " " * zero
        right = "█" * cells if value > 0 else ""
        lines.append(" " * (label_width - cell_len(label)) + label + " ")
        lines.append(left, style="red" if out.color else "")
        lines.append("│")
        lines.append(right.ljust(room - zero), style="blue" if out.color else "")
        lines.append(" " + text.rjust(value_width) + "\n")
    # the scale under the bars: the smallest value (or 0) on the left, the largest (or 0) on the right
    ends = format_array_entries([low, high], out.precision)
    scale = ends[0] + " " * max(1, room + 1 - len(ends[0]) - len(ends[1])) + ends[1]
    lines.append(" " * (label_width + 1) + scale, style="dim")
    return lines
