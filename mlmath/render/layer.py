"""View of layer: X, W, b, Z and Y (and the gradients) as tables, one sample's outputs as bars, W as a heatmap."""

from __future__ import annotations

from mlmath.core.arrays import shape_text
from mlmath.render.output import Output
from mlmath.render.steps import show_headline, show_steps
from mlmath.render.tables import matrix_table
from mlmath.text import template

MAX_BARS = 24  # neurons in the bar chart of sample 1; more are summed up by the tables


def show_layer(result, out: Output) -> None:
    from rich.columns import Columns

    batch, inputs = result.x.shape
    outputs = result.w.shape[1]
    sizes = {"batch": batch, "inputs": inputs, "outputs": outputs}
    name = result.activation
    if name == "identity":
        show_headline(out, "layer.headline.identity", **sizes)
    else:
        show_headline(out, "layer.headline", name=name, **sizes)
    if result.random:
        sources = [template(f"layer.source.{source}") for source in result.sizes_from]
        out.console.print(_text("layer.note.random", names=", ".join(result.random), seed=result.seed,
                                in_from=sources[0], out_from=sources[1], precision=out.precision,
                                **sizes), style="dim")
    if result.loss is not None:
        kind = result.loss + (" (logits)" if result.logits else "")
        out.console.print(_text("layer.note.loss", value=result.loss_value, kind=kind, reduction=result.reduction,
                                precision=out.precision), style="bold")

    def table(values, key: str, corner: str = "sample", **args):
        """A titled table; a vector (b, ∂L/∂b) is one row without a row label."""
        return matrix_table(values, title=template(f"layer.title.{key}").format(
            shape=shape_text(values.shape), **args), corner=template(f"layer.corner.{corner}") if corner else "",
            row_labels=[""] if values.ndim == 1 else None, precision=out.precision, width=out.width)

    act = "id" if name == "identity" else name
    out.console.print(Columns([table(result.x, "x"), table(result.w, "w", corner="input"),
                               table(result.b, "b", corner="")], padding=(0, 3)))
    out.console.print(Columns([table(result.z, "z"), table(result.result, "y", name=act)], padding=(0, 3)))
    if result.backward:
        out.console.print(Columns([table(result.grad_y, "grad_y"), table(result.derivative, "derivative", name=act),
                                   table(result.grad_z, "grad_z")], padding=(0, 3)))
        out.console.print(Columns([table(result.grad_w, "grad_w", corner="input"),
                                   table(result.grad_b, "grad_b", corner=""), table(result.grad_x, "grad_x")],
                                  padding=(0, 3)))
    if out.wants_plot:
        _show_pictures(result, out)
    show_steps(result.steps, out)


def _text(key: str, precision: int, **args) -> str:
    from rich.markup import escape

    from mlmath.core.result import step
    from mlmath.render.steps import step_text

    return escape(step_text(step(key, **args), precision))


def _show_pictures(result, out: Output) -> None:
    """Sample 1's z and y per neuron as bars (its true values, zero marked), and W (or ∂L/∂W) as a heatmap."""
    from mlmath.render.heatmap import heatmap_table
    from mlmath.render.numbers import format_number
    from mlmath.render.plots import bar_chart, print_plot

    outputs = result.w.shape[1]
    shown = min(outputs, MAX_BARS)
    labels, values = [], []
    for index in range(shown):
        neuron = template("layer.label.neuron").format(index=index + 1)
        labels += [f"{neuron} {template('layer.label.z')}", f"{neuron} {template('layer.label.y')}"]
        values += [float(result.z[0, index]), float(result.result[0, index])]
    print_plot(out.console, bar_chart(labels, values, title=template("layer.title.bars"), width=out.width))
    matrix = result.grad_w if result.backward else result.w
    low, high = float(matrix.min()), float(matrix.max())
    key = "layer.title.heatmap_grad" if result.backward else "layer.title.heatmap"
    title = template(key).format(low=format_number(low, out.precision), high=format_number(high, out.precision))
    rows = [str(index + 1) for index in range(matrix.shape[0])]
    columns = [template("layer.label.neuron").format(index=index + 1) for index in range(matrix.shape[1])]
    out.console.print(heatmap_table(matrix, row_labels=rows, col_labels=columns, title=title, color=out.color,
                                    low=low, high=high, width=out.width))
