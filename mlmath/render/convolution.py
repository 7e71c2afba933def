"""Views of conv and pool: input, kernel and feature map tables, the worked window, shaded pictures, steps."""

from __future__ import annotations

from typing import Any

from mlmath.render.output import Output
from mlmath.render.steps import show_headline, show_steps
from mlmath.render.tables import matrix_table
from mlmath.text import template

MAX_MAPS = 3  # feature maps (and kernels) shown as tables; --json has them all
SMALL_MAP = 144  # inputs of at most this many entries per channel show every channel (up to MAX_MAPS)
PICTURE_ROWS = 24  # a larger picture is sampled (every k-th pixel), so drawing never scales with the data
PICTURE_GAP = 4


def _shape(shape) -> str:
    return "×".join(str(size) for size in shape)


def _labels(count: int) -> list[str]:
    """Rows and columns counted from 0, as the cells and NumPy count them."""
    return [str(index) for index in range(count)]


def _table(values, title: str, out: Output):
    import numpy as np

    array = np.asarray(values, dtype=float)
    if array.ndim == 1:
        array = array.reshape(1, -1)
        return matrix_table(array, title=title, row_labels=[""], col_labels=_labels(array.shape[1]),
                            precision=out.precision, width=out.width)
    return matrix_table(array, title=title, row_labels=_labels(array.shape[0]), col_labels=_labels(array.shape[1]),
                        precision=out.precision, width=out.width)


def _batched(values, spatial: int):
    """An array as given → (batch, channels, *spatial)."""
    import numpy as np

    array = np.asarray(values, dtype=float)
    while array.ndim < spatial + 2:
        array = array[None]
    return array


def _each(values) -> str:
    """One number per axis, written once when they agree: 2, or (2, 1)."""
    values = list(values)
    return str(values[0]) if len(set(values)) == 1 else "(" + ", ".join(map(str, values)) + ")"


def _note(out: Output, key: str, **args) -> None:
    out.console.print(template(key).format(**args), style="dim")


# --- conv -------------------------------------------------------------------------------------


def show_conv(result, out: Output) -> None:
    import numpy as np

    spatial = 1 if result.one_d else 2
    x = _batched(result.input, spatial)
    w = np.asarray(result.kernel, dtype=float)
    w = _weights(w, x.shape[1], spatial)
    maps = _batched(result.result, spatial) if np.ndim(result.result) > spatial else \
        np.asarray(result.result, dtype=float)[None, None]
    key = "convolution.headline_bias" if result.bias is not None else "convolution.headline"
    show_headline(out, key, op="conv1d" if result.one_d else "conv2d", input=_shape(np.shape(result.input)),
                  kernel=_shape(np.shape(result.kernel)), output=_shape(result.output_shape))
    if x.shape[0] > 1:
        _note(out, "convolution.batch_first", count=x.shape[0])

    channels, outs = x.shape[1], w.shape[0]
    o = result.cell[0]
    # a large input shows one channel and the worked feature map: each truncated table costs as much as a small one
    large = int(np.prod(x.shape[2:])) > SMALL_MAP
    shown_maps = [o] if large else list(range(min(outs, MAX_MAPS)))
    for c in range(1 if large else min(channels, MAX_MAPS)):
        if channels > 1:
            title = template("convolution.title.input_channel").format(c=c)
        elif result.input_name:
            title = template("convolution.title.input_named").format(name=result.input_name)
        else:
            title = template("convolution.title.input")
        out.console.print(_table(x[0, c], title, out))
    if large and channels > 1:
        _note(out, "convolution.inputs_hidden", count=channels - 1)
    if outs == 1 and channels == 1:
        title = (template("convolution.title.kernel_named").format(name=result.kernel_name) if result.kernel_name
                 else template("convolution.title.kernel"))
        out.console.print(_table(w[0, 0], title, out))
    else:
        for c in range(min(channels, MAX_MAPS)):
            out.console.print(_table(w[o, c], template("convolution.title.kernel_channel").format(o=o, c=c), out))
    for index in shown_maps:
        title = (template("convolution.title.feature_map_channel").format(o=index) if outs > 1
                 else template("convolution.title.feature_map"))
        out.console.print(_table(maps[0, index], title, out))
    if outs > len(shown_maps):
        _note(out, "convolution.maps_hidden", count=outs - len(shown_maps))
    if out.steps:
        _show_window(result, w, out)
    if out.wants_plot:
        show_pictures(out, [x[0, 0], maps[0, o]], template("convolution.title.picture"))
    if result.grad_input is not None:
        _show_backward(result, spatial, out)
    show_steps(result.steps, out)


def _weights(w, in_channels: int, spatial: int):
    """The kernel as given → (out, in, *spatial), as the core reads it."""
    if w.ndim == spatial:
        return w[None, None]
    if w.ndim == spatial + 1:
        return w[None] if in_channels > 1 else w[:, None]
    return w


def _show_window(result, w, out: Output) -> None:
    """The worked cell: its window (input channel 0), the kernel, and their products, side by side."""
    import numpy as np
    from rich.table import Table

    from mlmath.render.numbers import format_number

    o = result.cell[0]
    window, products = result.window[0], result.products[0]
    cell = ", ".join(str(index) for index in result.cell[1:])
    value = format_number(float(products.sum()), out.precision)
    if result.one_d:
        rows = np.stack([window, w[o, 0].reshape(-1), products])
        labels = [template("convolution.label.window"), template("convolution.label.kernel"),
                  template("convolution.label.products")]
        title = template("convolution.title.window_1d").format(cell=cell, value=value)
        out.console.print(matrix_table(rows, title=title, row_labels=labels, col_labels=_labels(rows.shape[1]),
                                       precision=out.precision, width=out.width))
        return
    tables = [
        _table(window, template("convolution.title.window").format(cell=cell), out),
        _table(w[o, 0], template("convolution.title.kernel"), out),
        _table(products, template("convolution.title.products").format(value=value), out),
    ]
    if out.width < 70 or window.shape[1] > 4:
        for table in tables:
            out.console.print(table)
        return
    grid = Table.grid(padding=(0, 3))
    for _ in tables:
        grid.add_column(no_wrap=True)
    grid.add_row(*tables)
    out.console.print(grid)


def _show_backward(result, spatial: int, out: Output) -> None:
    import numpy as np

    g = _batched(result.upstream, spatial)
    out.console.print(_table(g[0, result.cell[0]], template("convolution.title.upstream"), out))
    grad_x = _batched(result.grad_input, spatial)
    out.console.print(_table(grad_x[0, 0], template("convolution.title.grad_input"), out))
    grad_w = _weights(np.asarray(result.grad_kernel, dtype=float), grad_x.shape[1], spatial)
    if grad_w.shape[0] == 1 and grad_w.shape[1] == 1:
        out.console.print(_table(grad_w[0, 0], template("convolution.title.grad_kernel"), out))
    else:
        o = result.cell[0]
        for c in range(min(grad_w.shape[1], MAX_MAPS)):
            title = template("convolution.title.grad_kernel_channel").format(o=o, c=c)
            out.console.print(_table(grad_w[o, c], title, out))
    if result.grad_bias is not None:
        out.console.print(_table(result.grad_bias, template("convolution.title.grad_bias"), out))


# --- pictures ---------------------------------------------------------------------------------


def shade_lines(values: Any, color: bool, max_rows: int = PICTURE_ROWS, max_cols: int = 40) -> tuple[list, int]:
    """A matrix (or vector) as lines of shaded double-width cells, dark = low and bright = high; large ones are
    sampled every k-th pixel.  Returns the lines (Rich Text) and k."""
    import math

    import numpy as np
    from rich.text import Text

    from mlmath.render.heatmap import SHADES

    array = np.asarray(values, dtype=float)
    if array.ndim == 1:
        array = array.reshape(1, -1)
    step = max(1, math.ceil(array.shape[0] / max_rows), math.ceil(array.shape[1] / max(1, max_cols)))
    shown = array[::step, ::step]
    low, high = float(array.min()), float(array.max())  # the whole picture's range, as its caption says
    span = high - low if high > low else 1.0
    levels = (shown - low) / span
    lines = []
    for row in levels:
        line = Text()
        for level in row:
            if color:
                grey = int(30 + 225 * level)
                line.append("  ", style=f"on rgb({grey},{grey},{grey})")
            else:
                glyph = SHADES[min(len(SHADES) - 1, int(level * (len(SHADES) - 1) + 0.5))]
                line.append(glyph * 2)
        lines.append(line)
    return lines, step


def show_pictures(out: Output, arrays: list[Any], title: str) -> None:
    """Shaded pictures side by side, each with its range (and its sampling, when sampled)."""
    from rich.table import Table
    from rich.text import Text

    from mlmath.render.numbers import format_number

    room = max(4, (out.width - PICTURE_GAP * (len(arrays) - 1)) // len(arrays) // 2)
    # shades of grey need 256 colours or more; with 8 or 16 the glyphs ░▒▓█ carry the levels
    grey = out.color and out.console.color_system in ("256", "truecolor")
    grid = Table.grid(padding=(0, PICTURE_GAP))
    cells = []
    for array in arrays:
        lines, step = shade_lines(array, grey, max_cols=room)
        caption = template("convolution.picture.range").format(low=format_number(float(array.min()), out.precision),
                                                               high=format_number(float(array.max()), out.precision))
        if step > 1:
            caption += "\n" + template("convolution.picture.sampled").format(step=step)
        cells.append(Text("\n").join([*lines, Text(caption, style="dim")]))
        grid.add_column(no_wrap=True)
    grid.add_row(*cells)
    out.console.print(f"[bold]{_escape(title)}[/]")
    out.console.print(grid)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


# --- pool ---------------------------------------------------------------------------------


def show_pool(result, out: Output) -> None:
    import numpy as np

    x = _batched(result.input, 2)
    pooled = _batched(result.result, 2)
    kind = template("convolution.pool.kind.max") if result.kind == "max" else template("convolution.pool.kind.avg")
    show_headline(out, "convolution.pool.headline", kind=kind,
                  size=_shape(result.size), stride=_each(result.stride),
                  input=_shape(np.shape(result.input)), output=_shape(result.output_shape))
    if x.shape[0] > 1:
        _note(out, "convolution.batch_first", count=x.shape[0])
    if result.kind == "max":
        argmax = np.asarray(result.argmax).reshape(*x.shape[:2], *pooled.shape[2:])
        out.console.print(_marked_table(x[0, 0], argmax[0, 0], template("convolution.pool.title.marked"), out))
    else:
        title = (template("convolution.title.input_named").format(name=result.input_name) if result.input_name
                 else template("convolution.title.input"))
        out.console.print(_table(x[0, 0], title, out))
    channels = pooled.shape[1]
    for c in range(min(channels, MAX_MAPS)):
        title = (template("convolution.pool.title.output_channel").format(c=c) if channels > 1
                 else template("convolution.pool.title.output"))
        out.console.print(_table(pooled[0, c], title, out))
    if out.wants_plot:
        show_pictures(out, [x[0, 0], pooled[0, 0]], template("convolution.title.picture"))
    if result.grad_input is not None:
        g = _batched(result.upstream, 2)
        out.console.print(_table(g[0, 0], template("convolution.title.upstream"), out))
        grad = _batched(result.grad_input, 2)
        out.console.print(_table(grad[0, 0], template("convolution.title.grad_input"), out))
    show_steps(result.steps, out)


def _marked_table(x, argmax, title: str, out: Output):
    """The input with every entry that is some window's maximum written [v] (only the shown part is formatted)."""
    import numpy as np
    from rich.text import Text

    from mlmath.render.numbers import format_array_entries
    from mlmath.render.tables import ELLIPSIS, MAX_ROWS, VERTICAL_ELLIPSIS, kept_indices, titled_table, titled_width

    rows, cols = x.shape
    chosen = np.zeros(x.size, dtype=bool)
    chosen[argmax[argmax >= 0].reshape(-1)] = True
    chosen = chosen.reshape(x.shape)
    row_index = kept_indices(rows, MAX_ROWS)
    cell_width = max(len(text) for text in format_array_entries(x[:MAX_ROWS, :8].reshape(-1), out.precision)) + 2
    fitting = max(1, (out.width - 8) // (cell_width + 1))
    col_index = kept_indices(cols, min(cols, fitting))
    shown_rows = [i for i in row_index if i is not None]
    shown_cols = [j for j in col_index if j is not None]
    texts = iter(format_array_entries(x[np.ix_(shown_rows, shown_cols)].reshape(-1), out.precision))
    table = titled_table(title, pad_edge=False, min_width=titled_width(title))
    table.add_column("", style="dim", justify="right", no_wrap=True)
    for j in col_index:
        table.add_column(ELLIPSIS if j is None else str(j), justify="right", no_wrap=True)
    for i in row_index:
        if i is None:
            table.add_row(VERTICAL_ELLIPSIS, *[VERTICAL_ELLIPSIS for _ in col_index])
            continue
        cells = []
        for j in col_index:
            if j is None:
                cells.append(ELLIPSIS)
                continue
            text = next(texts)
            cells.append(Text(f"[{text}]", style="bold") if chosen[i, j] else Text(f" {text} "))
        table.add_row(str(i), *cells)
    return table
