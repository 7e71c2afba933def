"""Convolution and pooling as PyTorch computes them, with the steps a learner follows.

A convolution layer slides a small kernel (filter) over the input and, at each
position, multiplies the window under it entry by entry with the kernel and adds
the products (this is cross-correlation: the kernel is not flipped, as in
``torch.nn.functional.conv2d``):

    out[o, i, j] = b[o] + Σ_c Σ_u Σ_v  x_pad[c, i·s + u·d, j·s + v·d] · w[o, c, u, v]

with stride s, dilation d and x_pad the input with p zeros around it.  Along an
axis of length n the output has ⌊(n + 2p − d(k−1) − 1)/s⌋ + 1 entries.

Pooling slides a window without weights: max pooling keeps the largest entry
(its gradient goes to that entry alone), average pooling the mean (its gradient
is spread evenly over the window).

Arrays are handled internally as (batch, channels, height, width); a 1-D
convolution is a 2-D one of height 1.  :func:`conv2d_loops` and
:func:`pool2d_loops` are the formulas written plainly; :func:`conv2d_fast` and
:func:`pool2d_fast` compute the same with sliding windows and one tensor
product, and the tests hold them equal.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from mlmath.core.result import MORE, Result, Step, shown, shown_positions, step
from mlmath.errors import MathError
from mlmath.text import Sentence, say

__all__ = ["conv", "pool"]

# Built-in inputs and kernels, so a learner can start without typing matrices.
IMAGES = {
    "digit7": [
        [0, 0, 0, 0, 0, 0, 0, 0],
        [0, 1, 1, 1, 1, 1, 1, 0],
        [0, 0, 0, 0, 0, 1, 1, 0],
        [0, 0, 0, 0, 1, 1, 0, 0],
        [0, 0, 0, 1, 1, 0, 0, 0],
        [0, 0, 0, 1, 0, 0, 0, 0],
        [0, 0, 1, 1, 0, 0, 0, 0],
        [0, 0, 1, 0, 0, 0, 0, 0],
    ],
    "cross": [
        [0, 0, 0, 1, 1, 0, 0, 0],
        [0, 0, 0, 1, 1, 0, 0, 0],
        [0, 0, 0, 1, 1, 0, 0, 0],
        [1, 1, 1, 1, 1, 1, 1, 1],
        [1, 1, 1, 1, 1, 1, 1, 1],
        [0, 0, 0, 1, 1, 0, 0, 0],
        [0, 0, 0, 1, 1, 0, 0, 0],
        [0, 0, 0, 1, 1, 0, 0, 0],
    ],
    "checker": [
        [1, 1, 0, 0, 1, 1, 0, 0],
        [1, 1, 0, 0, 1, 1, 0, 0],
        [0, 0, 1, 1, 0, 0, 1, 1],
        [0, 0, 1, 1, 0, 0, 1, 1],
        [1, 1, 0, 0, 1, 1, 0, 0],
        [1, 1, 0, 0, 1, 1, 0, 0],
        [0, 0, 1, 1, 0, 0, 1, 1],
        [0, 0, 1, 1, 0, 0, 1, 1],
    ],
    "gradient": [
        [0, 1, 2, 3, 4, 5, 6, 7],
        [0, 1, 2, 3, 4, 5, 6, 7],
        [0, 1, 2, 3, 4, 5, 6, 7],
        [0, 1, 2, 3, 4, 5, 6, 7],
        [0, 1, 2, 3, 4, 5, 6, 7],
        [0, 1, 2, 3, 4, 5, 6, 7],
        [0, 1, 2, 3, 4, 5, 6, 7],
        [0, 1, 2, 3, 4, 5, 6, 7],
    ],
}

KERNELS = {
    "edge-x": [[-1, 0, 1], [-1, 0, 1], [-1, 0, 1]],  # Prewitt: change from left to right (vertical edges)
    "edge-y": [[-1, -1, -1], [0, 0, 0], [1, 1, 1]],  # change from top to bottom (horizontal edges)
    "sobel-x": [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]],
    "sobel-y": [[-1, -2, -1], [0, 0, 0], [1, 2, 1]],
    "blur": [[0.0625, 0.125, 0.0625], [0.125, 0.25, 0.125], [0.0625, 0.125, 0.0625]],  # [1 2 1]ᵀ[1 2 1]/16
    "sharpen": [[0, -1, 0], [-1, 5, -1], [0, -1, 0]],
    "identity": [[0, 0, 0], [0, 1, 0], [0, 0, 0]],
}

# For --1d: sequences and kernels of one axis.
SEQUENCES = {
    "step": [0, 0, 0, 0, 1, 1, 1, 1],
    "pulse": [0, 0, 0, 1, 1, 0, 0, 0],
    "ramp": [0, 1, 2, 3, 4, 5, 6, 7],
}
KERNELS_1D = {
    "diff": [-1, 0, 1],
    "smooth": [0.25, 0.5, 0.25],
    "identity": [0, 1, 0],
}

POOL_KINDS = ("max", "avg")
PADDING_WORDS = ("same", "valid")

# Steps write out this many pooled cells; the rest are computed the same way.
MAX_WORKED_CELLS = 6
# A window written out in a step lists at most this many products per input channel.
MAX_SHOWN_CHANNELS = 4


# --- reading the operands ---------------------------------------------------------------


def _error(message: Sentence, operand: str, hint: Sentence | None = None) -> MathError:
    """A math error that says which operand it is about (input, kernel, bias, stride, padding, dilation,
    cell, upstream, size, kind), so the command line can name the option."""
    error = MathError(message, hint=hint)
    error.operand = operand
    return error


def named(text: str, one_d: bool = False, kernel: bool = False) -> list | None:
    """A built-in input or kernel by name (``digit7``, ``sobel-x``; for 1-D ``step``, ``diff``), else None."""
    table = (KERNELS_1D if one_d else KERNELS) if kernel else (SEQUENCES if one_d else IMAGES)
    return table.get(text.strip().lower())


def as_float(values: Any, what: Sentence, operand: str = "input") -> np.ndarray:
    """Parsed numbers (exact integers and fractions included) as float64."""
    array = np.asarray(values)
    if array.dtype == object:
        array = np.array([float(value) for value in array.reshape(-1)], dtype=float).reshape(array.shape)
    array = array.astype(float, copy=False)
    if array.size == 0:
        raise _error(say("convolution.error.empty", what=what), operand)
    return array


def as_batch(x: np.ndarray, spatial: int) -> np.ndarray:
    """The input as (batch, channels, height, width): a plain matrix (a vector for 1-D) is one channel,
    one more axis the channels, one more the batch."""
    if x.ndim < spatial or x.ndim > spatial + 2:
        raise _error(say("convolution.error.input_ndim.one" if x.ndim == 1 else "convolution.error.input_ndim",
                         ndim=x.ndim), "input",
                     hint=say("convolution.error.input_ndim.hint_1d" if spatial == 1
                              else "convolution.error.input_ndim.hint_2d"))
    while x.ndim < spatial + 2:
        x = x[None]
    return x if spatial == 2 else x[:, :, None, :]


def as_weights(w: np.ndarray, in_channels: int, spatial: int) -> np.ndarray:
    """The kernel as (out, in, kh, kw) — torch's weight layout.  A plain matrix (vector for 1-D) is
    one kernel for a one-channel input; one more axis holds the input channels when the input has
    several (in, kh, kw), else the output channels (out, kh, kw)."""
    if w.ndim < spatial or w.ndim > spatial + 2:
        layout = "(out, in, k)" if spatial == 1 else "(out, in, kh, kw)"
        raise _error(say("convolution.error.kernel_ndim.one" if w.ndim == 1 else "convolution.error.kernel_ndim",
                         ndim=w.ndim), "kernel", hint=say("convolution.error.kernel_ndim.hint", layout=layout))
    if w.ndim == spatial:
        w = w[None, None]
    elif w.ndim == spatial + 1:
        w = w[None] if in_channels > 1 else w[:, None]
    if w.shape[1] != in_channels:
        raise _error(say("convolution.error.kernel_channels.one" if w.shape[1] == 1
                         else "convolution.error.kernel_channels", kernel=w.shape[1], input=in_channels), "kernel",
                     hint=say("convolution.error.kernel_channels.hint"))
    return w if spatial == 2 else w[:, :, None, :]


def pair(value: int | tuple[int, ...] | list[int], what: Sentence, spatial: int, minimum: int = 1,
         operand: str | None = None) -> tuple[int, int]:
    """An int or one int per axis → (height, width); 1-D gives height 1.  ``what`` names the value
    (``say("convolution.error.word.stride")``); its operand is ``operand`` or, by default, the key's last word."""
    operand = operand or what.key.rsplit(".", 1)[1]
    values = [value] if isinstance(value, (int, np.integer)) else list(value)
    if len(values) == 1:
        values = values * spatial
    if len(values) != spatial:
        raise _error(say("convolution.error.pair_count", what=what, count=len(values), spatial=spatial), operand,
                     hint=say("convolution.error.pair_count.hint"))
    for item in values:
        if int(item) != item or item < minimum:
            raise _error(say("convolution.error.positive" if minimum == 1 else "convolution.error.non_negative",
                             what=what, value=item), operand)
    values = [int(item) for item in values]
    if spatial == 1:
        return (1 if minimum == 1 else 0, values[0])
    return (values[0], values[1])


def same_padding(kernel: tuple[int, int], dilation: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    """padding='same': d(k−1) zeros per axis, half before and the odd one after (as torch pads)."""
    pads = []
    for k, d in zip(kernel, dilation):
        total = d * (k - 1)
        pads.append((total // 2, total - total // 2))
    return tuple(pads)


def output_length(n: int, before: int, after: int, k: int, s: int, d: int) -> int:
    """⌊(n + 2p − d(k−1) − 1)/s⌋ + 1 (with p before and after written as their sum)."""
    return (n + before + after - d * (k - 1) - 1) // s + 1


def _check_fits(spatial: int, sizes, pads, kernel, dilation, what: str) -> None:
    """The kernel (or pooling window, ``what`` = "window") fits into the padded input along every axis."""
    axes = ((say("convolution.error.word.length"),) if spatial == 1 else
            (say("convolution.error.word.height"), say("convolution.error.word.width")))
    noun = say("convolution.error.word.kernel") if what == "kernel" else say("convolution.error.word.window")
    offset = 2 - spatial
    for axis, name in enumerate(axes):
        n, (before, after) = sizes[axis + offset], pads[axis + offset]
        span = dilation[axis + offset] * (kernel[axis + offset] - 1) + 1
        if span > n + before + after:
            dilated = say("convolution.error.dilated", span=span) if span != kernel[axis + offset] else ""
            raise _error(say("convolution.error.too_large", what=noun, name=name, size=kernel[axis + offset],
                             dilated=dilated, padded=n + before + after),
                         "kernel" if what == "kernel" else "size",
                         hint=say("convolution.error.too_large.hint", what=noun))


def _axis_names() -> dict[str, Step]:
    return {"height": step("convolution.axis.height"), "width": step("convolution.axis.width"),
            "length": step("convolution.axis.length"), "both": step("convolution.axis.both")}


def _merged_axes(steps: list[Step]) -> list[Step]:
    """The height and width rules as one step when they hold the same numbers (a square input and kernel)."""
    if len(steps) == 2:
        height, width = ({k: v for k, v in item.args.items() if k != "axis"} for item in steps)
        if height == width and steps[0].key == steps[1].key:
            return [Step(steps[0].key, {**steps[0].args, "axis": _axis_names()["both"]})]
    return steps


# --- the formulas: plain loops, and the fast kernels beside them -------------------------------------


def pad_zeros(x: np.ndarray, pads) -> np.ndarray:
    (top, bottom), (left, right) = pads
    if not (top or bottom or left or right):
        return x
    return np.pad(x, ((0, 0), (0, 0), (top, bottom), (left, right)))


def conv2d_loops(x, w, stride, pads, dilation) -> np.ndarray:
    """The formula as written: out[n,o,i,j] = Σ_c Σ_u Σ_v x_pad[n, c, i·s + u·d, j·s + v·d] · w[o,c,u,v]."""
    xp = pad_zeros(x, pads)
    (sh, sw), (dh, dw) = stride, dilation
    batch, channels = x.shape[:2]
    outs, _, kh, kw = w.shape
    oh = (xp.shape[2] - dh * (kh - 1) - 1) // sh + 1
    ow = (xp.shape[3] - dw * (kw - 1) - 1) // sw + 1
    out = np.zeros((batch, outs, oh, ow))
    for n in range(batch):
        for o in range(outs):
            for i in range(oh):
                for j in range(ow):
                    total = 0.0
                    for c in range(channels):
                        for u in range(kh):
                            for v in range(kw):
                                total += xp[n, c, i * sh + u * dh, j * sw + v * dw] * w[o, c, u, v]
                    out[n, o, i, j] = total
    return out


def windows(xp: np.ndarray, kernel, stride, dilation) -> np.ndarray:
    """Every window of the padded input, (batch, channels, oh, ow, kh, kw), as a view (nothing copied)."""
    from numpy.lib.stride_tricks import sliding_window_view

    (kh, kw), (sh, sw), (dh, dw) = kernel, stride, dilation
    spans = (dh * (kh - 1) + 1, dw * (kw - 1) + 1)
    view = sliding_window_view(xp, spans, axis=(2, 3))
    return view[:, :, ::sh, ::sw, ::dh, ::dw]


def conv2d_fast(x, w, stride, pads, dilation) -> np.ndarray:
    """The same sum as :func:`conv2d_loops`: every window laid out as a column (im2col), then one matrix
    product of the kernels (out × in·kh·kw) with the columns (in·kh·kw × batch·oh·ow)."""
    xp = pad_zeros(x, pads)
    view = windows(xp, w.shape[2:], stride, dilation)  # (batch, in, oh, ow, kh, kw)
    batch, _, oh, ow = view.shape[:4]
    columns = np.ascontiguousarray(view.transpose(1, 4, 5, 0, 2, 3)).reshape(-1, batch * oh * ow)
    out = (w.reshape(w.shape[0], -1) @ columns).reshape(w.shape[0], batch, oh, ow)
    return out.transpose(1, 0, 2, 3)  # (batch, out, oh, ow); a view, contiguous for one batch item


def conv2d_backward(x, w, upstream, stride, pads, dilation) -> tuple[np.ndarray, np.ndarray]:
    """∂L/∂x and ∂L/∂w for ∂L/∂out = upstream: each kernel entry w[o,c,u,v] touched x_pad at
    (i·s + u·d, j·s + v·d), so the upstream gradient flows back along the same products."""
    xp = pad_zeros(x, pads)
    (sh, sw), (dh, dw) = stride, dilation
    _, _, kh, kw = w.shape
    oh, ow = upstream.shape[2:]
    view = windows(xp, (kh, kw), stride, dilation)
    grad_w = np.tensordot(upstream, view, axes=([0, 2, 3], [0, 2, 3]))  # (out, in, kh, kw)
    grad_xp = np.zeros_like(xp)
    for u in range(kh):
        for v in range(kw):
            rows = slice(u * dh, u * dh + sh * (oh - 1) + 1, sh)
            cols = slice(v * dw, v * dw + sw * (ow - 1) + 1, sw)
            grad_xp[:, :, rows, cols] += np.einsum("noij,oc->ncij", upstream, w[:, :, u, v])
    (top, _), (left, _) = pads
    return grad_xp[:, :, top:top + x.shape[2], left:left + x.shape[3]], grad_w


def pool2d_loops(x, kind: str, size, stride, padding) -> np.ndarray:
    """Max or mean over each window, written as loops (max pads with −∞, average with 0 counted in)."""
    (kh, kw), (sh, sw), (ph, pw) = size, stride, padding
    fill = -np.inf if kind == "max" else 0.0
    xp = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)), constant_values=fill)
    oh = (xp.shape[2] - kh) // sh + 1
    ow = (xp.shape[3] - kw) // sw + 1
    out = np.zeros((*x.shape[:2], oh, ow))
    for n in range(x.shape[0]):
        for c in range(x.shape[1]):
            for i in range(oh):
                for j in range(ow):
                    window = [xp[n, c, i * sh + u, j * sw + v] for u in range(kh) for v in range(kw)]
                    out[n, c, i, j] = max(window) if kind == "max" else sum(window) / (kh * kw)
    return out


def pool2d_fast(x, kind: str, size, stride, padding) -> tuple[np.ndarray, np.ndarray | None]:
    """The pooled map and, for max, where each maximum sits in its window (first one on ties)."""
    (ph, pw) = padding
    fill = -np.inf if kind == "max" else 0.0
    xp = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)), constant_values=fill) if ph or pw else x
    view = windows(xp, size, stride, (1, 1))
    flat = view.reshape(*view.shape[:4], -1)
    if kind == "max":
        where = flat.argmax(axis=-1)
        return np.take_along_axis(flat, where[..., None], axis=-1)[..., 0], where
    return flat.sum(axis=-1) / (size[0] * size[1]), None


def pool2d_backward(x, kind: str, size, stride, padding, upstream, where) -> np.ndarray:
    """∂L/∂x: max sends each upstream gradient to its window's maximum; average spreads it as g/(kh·kw)."""
    (kh, kw), (sh, sw), (ph, pw) = size, stride, padding
    batch, channels, height, width = x.shape
    oh, ow = upstream.shape[2:]
    grad = np.zeros((batch, channels, height + 2 * ph, width + 2 * pw))
    if kind == "max":
        rows = np.arange(oh)[:, None] * sh + where // kw
        cols = np.arange(ow)[None, :] * sw + where % kw
        flat = rows * grad.shape[3] + cols  # (batch, channels, oh, ow)
        target = grad.reshape(batch * channels, -1)
        for index in range(batch * channels):
            np.add.at(target[index], flat.reshape(batch * channels, -1)[index],
                      upstream.reshape(batch * channels, -1)[index])
    else:
        share = upstream / (kh * kw)
        for u in range(kh):
            for v in range(kw):
                grad[:, :, u:u + sh * (oh - 1) + 1:sh, v:v + sw * (ow - 1) + 1:sw] += share
    return grad[:, :, ph:ph + height, pw:pw + width]


# --- convolution -----------------------------------------------------------------------------


@dataclass
class ConvResult(Result):
    """``result`` = the feature map: (height, width) for a one-channel matrix and one kernel, else
    (out channels, height, width), with a batch axis first if the input had one (torch's shapes;
    a length for 1-D in place of height × width)."""

    input: Any = None  # as given
    kernel: Any = None  # as given
    bias: Any = None
    one_d: bool = False
    stride: Any = None  # one per axis
    padding: Any = None  # (before, after) per axis
    dilation: Any = None
    output_shape: Any = None
    cell: Any = None  # the worked cell: [out channel, row, column] (1-D: [out channel, position])
    window: Any = None  # the window under the kernel at that cell, per input channel
    products: Any = None  # window ⊙ kernel
    cell_value: Any = None
    upstream: Any = None  # ∂L/∂out, with --backward
    grad_input: Any = None
    grad_kernel: Any = None
    grad_bias: Any = None
    input_name: Any = shown()  # the built-in's name, or None
    kernel_name: Any = shown()


def conv(
    x: Any,
    kernel: Any,
    *,
    bias: Any = None,
    stride: Any = 1,
    padding: Any = 0,
    dilation: Any = 1,
    one_d: bool = False,
    cell: Any = None,
    backward: bool = False,
    upstream: Any = None,
    input_name: str | None = None,
    kernel_name: str | None = None,
) -> ConvResult:
    """conv2d (conv1d with ``one_d``) as torch.nn.functional computes it, in float64.

    ``padding`` is an int, one int per axis, ``"same"`` or ``"valid"``; ``cell`` picks the output
    cell whose window is written out ((row, column) or (channel, row, column); default the first).
    """
    spatial = 1 if one_d else 2
    image = as_float(x, say("convolution.error.the_input"))
    weights = as_float(kernel, say("convolution.error.the_kernel"), "kernel")
    batched = as_batch(image, spatial)
    w = as_weights(weights, batched.shape[1], spatial)
    s = pair(stride, say("convolution.error.word.stride"), spatial)
    d = pair(dilation, say("convolution.error.word.dilation"), spatial)
    kernel_size = w.shape[2:]
    if isinstance(padding, str):
        if padding == "valid":
            pads = ((0, 0), (0, 0))
        elif padding == "same":
            if s != (1, 1):
                raise _error(say("convolution.error.same_stride"), "padding",
                             hint=say("convolution.error.same_stride.hint"))
            pads = same_padding(kernel_size, d)
        else:
            raise _error(say("convolution.error.padding", padding=padding), "padding",
                         hint=say("convolution.error.padding.hint"))
    else:
        p = pair(padding, say("convolution.error.word.padding"), spatial, minimum=0)
        pads = ((p[0], p[0]), (p[1], p[1]))
    _check_fits(spatial, batched.shape[2:], pads, kernel_size, d, "kernel")

    b = None
    if bias is not None:
        b = np.atleast_1d(as_float(bias, say("convolution.error.the_bias"), "bias")).reshape(-1)
        if b.size != w.shape[0]:
            raise _error(say("convolution.error.bias.one" if w.shape[0] == 1 else "convolution.error.bias",
                             size=b.size, channels=w.shape[0]), "bias", hint=say("convolution.error.bias.hint"))

    out = conv2d_fast(batched, w, s, pads, d)
    if b is not None:
        out += b[None, :, None, None]
    shape = _result_shape(image, weights, out, spatial)
    feature_map = out.reshape(shape)

    cell_index = _choose_cell(cell, out.shape, spatial)
    o, i, j = cell_index
    window, products, value = _cell_window(batched, w, s, pads, d, o, i, j)
    cell_value = value + (float(b[o]) if b is not None else 0.0)

    result = ConvResult(
        result=feature_map, input=image, kernel=weights, bias=b, one_d=one_d,
        stride=list(s[2 - spatial:]), padding=[list(p) for p in pads[2 - spatial:]], dilation=list(d[2 - spatial:]),
        output_shape=list(shape), cell=[o, j] if one_d else [o, i, j],
        window=window[:, 0] if one_d else window, products=products[:, 0] if one_d else products,
        cell_value=cell_value, input_name=input_name, kernel_name=kernel_name,
    )
    result.steps = _conv_steps(result, batched, w, s, pads, d, out.shape, b)

    if backward:
        g = np.ones_like(out) if upstream is None else _upstream(upstream, out.shape, shape)
        grad_x, grad_w = conv2d_backward(batched, w, g, s, pads, d)
        result.upstream = g.reshape(shape)
        result.grad_input = grad_x.reshape(image.shape)
        result.grad_kernel = grad_w.reshape(weights.shape)
        result.grad_bias = g.sum(axis=(0, 2, 3)) if b is not None else None
        result.steps += _conv_backward_steps(result, batched, w, g, grad_w, s, pads, d)
    return result


def _result_shape(image, weights, out, spatial: int) -> tuple[int, ...]:
    """Torch's shape: (batch,) out, spatial…; a one-channel plain input with one kernel keeps its own rank."""
    outs = out.shape[1]
    spatial_shape = out.shape[2:] if spatial == 2 else out.shape[3:]
    if image.ndim == spatial + 2:
        return (out.shape[0], outs, *spatial_shape)
    if image.ndim == spatial and weights.ndim == spatial:
        return tuple(spatial_shape)
    return (outs, *spatial_shape)


def _upstream(values: Any, batched_shape, shape) -> np.ndarray:
    g = as_float(values, say("convolution.error.the_upstream"), "upstream")
    if g.size == 1:
        return np.full(batched_shape, float(g.reshape(-1)[0]))
    if g.size != int(np.prod(batched_shape)):
        raise _error(say("convolution.error.upstream", size=g.size, count=int(np.prod(shape)),
                         shape="×".join(map(str, shape))), "upstream", hint=say("convolution.error.upstream.hint"))
    return g.reshape(batched_shape)


def _choose_cell(cell: Any, shape, spatial: int) -> tuple[int, int, int]:
    """The worked cell as (out channel, row, column), counted from 0; the default is the first."""
    _, outs, oh, ow = shape
    if cell is None:
        return (0, 0, 0)
    values = [int(value) for value in cell]
    if len(values) == spatial:
        values = [0, *values]
    if len(values) != spatial + 1:
        raise _error(say("convolution.error.cell_count", spatial=spatial, most=spatial + 1, count=len(values)),
                     "cell", hint=say("convolution.error.cell_count.hint_1d" if spatial == 1
                                      else "convolution.error.cell_count.hint_2d"))
    if spatial == 1:
        values = [values[0], 0, values[1]]
    limits = (outs, oh, ow)
    names = (say("convolution.error.word.channel"), say("convolution.error.word.row"),
             say("convolution.error.word.column") if spatial == 2 else say("convolution.error.word.position"))
    for value, limit, name in zip(values, limits, names):
        if not 0 <= value < limit:
            raise _error(say("convolution.error.cell", name=name, value=value, last=limit - 1), "cell")
    return tuple(values)


def _cell_window(batched, w, stride, pads, dilation, o, i, j):
    """The window under the kernel at output cell (o, i, j) of the first batch item, padding included."""
    (sh, sw), (dh, dw) = stride, dilation
    (top, _), (left, _) = pads
    _, _, kh, kw = w.shape
    rows = i * sh + dh * np.arange(kh) - top
    cols = j * sw + dw * np.arange(kw) - left
    height, width = batched.shape[2:]
    inside = (rows[:, None] >= 0) & (rows[:, None] < height) & (cols[None, :] >= 0) & (cols[None, :] < width)
    window = np.zeros((batched.shape[1], kh, kw))
    clipped = np.ix_(range(batched.shape[1]), np.clip(rows, 0, height - 1), np.clip(cols, 0, width - 1))
    window[:] = np.where(inside, batched[0][clipped], 0.0)
    products = window * w[o]
    return window, products, float(products.sum())


def _conv_steps(result: ConvResult, batched, w, stride, pads, dilation, out_shape, bias) -> list[Step]:
    spatial = 1 if result.one_d else 2
    steps: list[Step] = []
    axes = ("length",) if spatial == 1 else ("height", "width")
    sizes = batched.shape[2:] if spatial == 2 else batched.shape[3:]
    offset = 2 - spatial
    rules = []
    for axis, name in enumerate(axes):
        k, s, d = w.shape[2 + offset + axis], stride[offset + axis], dilation[offset + axis]
        before, after = pads[offset + axis]
        n = sizes[axis]
        size = output_length(n, before, after, k, s, d)
        numerator = n + before + after - d * (k - 1) - 1
        key = "convolution.size" if before == after else "convolution.size_asymmetric"
        rules.append(step(key, axis=_axis_names()[name], n=n, p=before, p2=after, k=k, s=s, d=d,
                          numerator=numerator, quotient=numerator // s, size=size))
    steps.extend(_merged_axes(rules))
    if any(before or after for before, after in pads[offset:]):
        padded = [sizes[axis] + sum(pads[offset + axis]) for axis in range(spatial)]
        steps.append(step("convolution.pad", shape="×".join(map(str, sizes)), padded="×".join(map(str, padded)),
                          pads=", ".join(f"{a}+{b}" for a, b in pads[offset:])))
    steps.append(_cell_step(result, w, stride, pads, dilation, bias))
    cells = int(np.prod(out_shape[1:]))
    if cells > 1:
        steps.append(step("convolution.slide", others=cells - 1, s=", ".join(map(str, stride[offset:]))))
    return steps


def written_exactly(*values: float) -> bool:
    """Whether numbers written to four decimals are the numbers themselves (so a sum of them is "=", not "≈")."""
    return all(abs(value - round(value, 4)) < 1e-12 for value in values)


def _cell_step(result: ConvResult, w, stride, pads, dilation, bias) -> Step:
    """The worked cell: where its window starts, the products channel by channel, their sum (+ bias)."""
    spatial = 1 if result.one_d else 2
    o = result.cell[0]
    i, j = (0, result.cell[1]) if spatial == 1 else (result.cell[1], result.cell[2])
    (sh, sw), (dh, dw) = stride, dilation
    (top, _), (left, _) = pads
    window = result.window if spatial == 2 else result.window[:, None]
    products = result.products if spatial == 2 else result.products[:, None]
    channels, kh, kw = window.shape
    children: list[Step] = []
    if dh > 1 or dw > 1:
        if spatial == 1:
            children.append(step("convolution.dilated_1d", d=dw, span=dw * (kw - 1) + 1))
        else:
            children.append(step("convolution.dilated", dh=dh, dw=dw, span=f"{dh * (kh - 1) + 1}×{dw * (kw - 1) + 1}"))
    exact = written_exactly(*window.reshape(-1).tolist(), *w[o].reshape(-1).tolist(), *products.reshape(-1).tolist())
    partials = [float(products[c].sum()) for c in range(channels)]
    for c in range(min(channels, MAX_SHOWN_CHANNELS)):
        pairs = list(zip(window[c].reshape(-1).tolist(), w[o, c].reshape(-1).tolist()))
        if channels > 1:
            key = "convolution.channel" if exact else "convolution.channel_approx"
        else:
            key = "convolution.products" if exact else "convolution.products_approx"
        children.append(step(key, channel=c, terms=pairs, total=partials[c]))
    if channels > MAX_SHOWN_CHANNELS:
        children.append(step("convolution.channels_hidden", count=channels - MAX_SHOWN_CHANNELS))
    value = float(products.sum())
    if channels > 1:
        key = "convolution.channel_sum" if written_exactly(*partials, value) else "convolution.channel_sum_approx"
        children.append(step(key, partials=partials, total=value))
    if bias is not None:
        exact = written_exactly(value, float(bias[o]), result.cell_value)
        key = "convolution.bias" if exact else "convolution.bias_approx"
        children.append(step(key, total=value, b=float(bias[o]), value=result.cell_value))
    several = w.shape[0] > 1
    if spatial == 1:
        key = "convolution.cell_1d_map" if several else "convolution.cell_1d"
        return step(key, *children, o=o, j=j, start=j * sw - left, s=sw, p=left, value=result.cell_value)
    key = "convolution.cell_map" if several else "convolution.cell"
    return step(key, *children, o=o, i=i, j=j, row=i * sh - top, col=j * sw - left, si=sh, sj=sw,
                pi=top, pj=left, value=result.cell_value)


def _conv_backward_steps(result: ConvResult, batched, w, g, grad_w, stride, pads, dilation) -> list[Step]:
    """The two rules, then ∂L/∂w[o, 0, 0, 0] of the worked cell's kernel written out (first batch item)."""
    steps = [step("convolution.backward.input"), step("convolution.backward.kernel")]
    if result.grad_bias is not None:
        steps.append(step("convolution.backward.bias", values=list(result.grad_bias)))
    o = result.cell[0]
    (sh, sw) = stride
    xp = pad_zeros(batched[:1, :1], pads)[0, 0]
    oh, ow = g.shape[2:]
    touched = xp[0:sh * (oh - 1) + 1:sh, 0:sw * (ow - 1) + 1:sw]  # the entries w[o,0,0,0] multiplied
    g_flat, touched_flat = g[0, o].reshape(-1), touched.reshape(-1)
    pairs = [MORE if p is None else (float(g_flat[p]), float(touched_flat[p])) for p in shown_positions(g_flat.size)]
    total = float((g[0, o] * touched).sum())
    if batched.shape[0] > 1:
        key = "convolution.backward.kernel_entry_batch"
    elif written_exactly(*g[0, o].reshape(-1).tolist(), *touched.reshape(-1).tolist(), total):
        key = "convolution.backward.kernel_entry"
    else:
        key = "convolution.backward.kernel_entry_approx"
    steps.append(step(key, o=o, terms=pairs, total=total, value=float(grad_w[o, 0, 0, 0])))
    return steps


# --- pooling ---------------------------------------------------------------------------------


@dataclass
class PoolResult(Result):
    """``result`` = the pooled map, in the input's shape with smaller height and width."""

    input: Any = None
    kind: str = "max"
    size: Any = None
    stride: Any = None
    padding: Any = None
    output_shape: Any = None
    argmax: Any = None  # max pooling: for each output cell, the flat index (row·width + column) of its
    # maximum in the input, as torch's return_indices gives it (−1 where the maximum is padding)
    cells: Any = None  # the worked cells: [row, column] of the first channel
    upstream: Any = None
    grad_input: Any = None
    input_name: Any = shown()


def pool(
    x: Any,
    *,
    kind: str = "max",
    size: Any = 2,
    stride: Any = None,
    padding: Any = 0,
    backward: bool = False,
    upstream: Any = None,
    input_name: str | None = None,
) -> PoolResult:
    """max_pool2d / avg_pool2d as torch.nn.functional computes them (count_include_pad=True), float64."""
    if kind not in POOL_KINDS:
        raise _error(say("convolution.error.pooling", kind=kind), "kind", hint=say("convolution.error.pooling.hint"))
    image = as_float(x, say("convolution.error.the_input"))
    batched = as_batch(image, 2)
    k = pair(size, say("convolution.error.word.window_size"), 2, operand="size")
    s = k if stride is None else pair(stride, say("convolution.error.word.stride"), 2)
    p = pair(padding, say("convolution.error.word.padding"), 2, minimum=0)
    for axis, name in enumerate((say("convolution.error.word.height"), say("convolution.error.word.width"))):
        if 2 * p[axis] > k[axis]:
            raise _error(say("convolution.error.pool_padding", padding=p[axis], name=name, size=k[axis]), "padding",
                         hint=say("convolution.error.pool_padding.hint"))
    _check_fits(2, batched.shape[2:], ((p[0], p[0]), (p[1], p[1])), k, (1, 1), "window")
    out, where = pool2d_fast(batched, kind, k, s, p)
    shape = (*image.shape[:-2], *out.shape[2:])
    argmax = None
    if where is not None:
        width = batched.shape[3]
        rows = np.arange(out.shape[2])[:, None] * s[0] + where // k[1] - p[0]
        cols = np.arange(out.shape[3])[None, :] * s[1] + where % k[1] - p[1]
        argmax = (rows * width + cols).reshape(shape)
    oh, ow = out.shape[2:]
    cells = [[i, j] for i in range(oh) for j in range(ow)][:MAX_WORKED_CELLS]
    result = PoolResult(result=out.reshape(shape), input=image, kind=kind, size=list(k), stride=list(s),
                        padding=list(p), output_shape=list(shape), argmax=argmax, cells=cells,
                        input_name=input_name)
    result.steps = _pool_steps(result, batched, out, where, k, s, p)
    if backward:
        g = np.ones_like(out) if upstream is None else _upstream(upstream, out.shape, shape)
        grad = pool2d_backward(batched, kind, k, s, p, g, where)
        result.upstream = g.reshape(shape)
        result.grad_input = grad.reshape(image.shape)
        result.steps.append(_pool_backward_step(result, batched, g, where, k, s, p))
    return result


def pool_window(batched, kind: str, size, stride, padding, i: int, j: int) -> tuple[np.ndarray, np.ndarray]:
    """The window of output cell (i, j) of the first channel, and which entries are padding."""
    (kh, kw), (sh, sw), (ph, pw) = size, stride, padding
    rows = i * sh + np.arange(kh) - ph
    cols = j * sw + np.arange(kw) - pw
    height, width = batched.shape[2:]
    inside = (rows[:, None] >= 0) & (rows[:, None] < height) & (cols[None, :] >= 0) & (cols[None, :] < width)
    values = batched[0, 0][np.ix_(np.clip(rows, 0, height - 1), np.clip(cols, 0, width - 1))]
    fill = -np.inf if kind == "max" else 0.0
    return np.where(inside, values, fill), ~inside


def _pool_steps(result: PoolResult, batched, out, where, size, stride, padding) -> list[Step]:
    rules = []
    for axis, name in enumerate(("height", "width")):
        n = batched.shape[2 + axis]
        k, s, p = size[axis], stride[axis], padding[axis]
        numerator = n + 2 * p - k
        rules.append(step("convolution.pool.size", axis=_axis_names()[name], n=n, p=p, k=k, s=s,
                          numerator=numerator, quotient=numerator // s, size=numerator // s + 1))
    steps: list[Step] = _merged_axes(rules)
    if any(padding):
        key = "convolution.pool.pad_max" if result.kind == "max" else "convolution.pool.pad_avg"
        steps.append(step(key, ph=padding[0], pw=padding[1]))
    for i, j in result.cells:
        window, _ = pool_window(batched, result.kind, size, stride, padding, i, j)
        entries = window.reshape(-1).tolist()
        row0, col0 = i * stride[0] - padding[0], j * stride[1] - padding[1]
        if result.kind == "max":
            chosen = int(where[0, 0, i, j])
            marked = [step("convolution.pool.chosen", value=value) if index == chosen else value
                      for index, value in enumerate(entries)]
            steps.append(step("convolution.pool.cell_max", i=i, j=j, row=row0, col=col0, entries=marked,
                              value=float(out[0, 0, i, j]), u=chosen // size[1], v=chosen % size[1]))
        else:
            value = float(out[0, 0, i, j])
            exact = written_exactly(*entries, value)
            key = "convolution.pool.cell_avg" if exact else "convolution.pool.cell_avg_approx"
            steps.append(step(key, i=i, j=j, row=row0, col=col0, entries=entries, count=len(entries), value=value))
    cells = int(np.prod(out.shape[1:]))
    if cells > len(result.cells):
        steps.append(step("convolution.pool.more_cells", count=cells - len(result.cells)))
    return steps


def _pool_backward_step(result: PoolResult, batched, g, where, size, stride, padding) -> Step:
    if result.kind == "max":
        overlapping = stride[0] < size[0] or stride[1] < size[1]
        return step("convolution.pool.backward.max_overlap" if overlapping else "convolution.pool.backward.max")
    first = float(g.reshape(-1)[0])
    share = first / (size[0] * size[1])
    key = "convolution.pool.backward.avg" if written_exactly(share) else "convolution.pool.backward.avg_approx"
    return step(key, count=size[0] * size[1], g=first, share=share)
