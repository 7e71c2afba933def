"""Convolution and pooling against hand-worked examples, a plain NumPy loop written here, and PyTorch."""

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mlmath.core import convolution as core
from mlmath.errors import MathError

FIXTURES = json.loads((Path(__file__).parent / "fixtures" / "torch_convolution.json").read_text())

# A 3×3 kernel on a 5×5 input, worked by hand: each output adds the five entries under the kernel's 1s.
HAND_X = [[1, 2, 3, 0, 1],
          [0, 1, 2, 3, 1],
          [1, 0, 1, 2, 0],
          [2, 1, 0, 1, 3],
          [0, 2, 1, 0, 1]]
HAND_K = [[1, 0, 1],
          [0, 1, 0],
          [1, 0, 1]]


def reference_conv2d(x, w, stride=(1, 1), padding=((0, 0), (0, 0)), dilation=(1, 1)):
    """An independent cross-correlation: (batch, in, H, W) ⋆ (out, in, kh, kw), one dot product per cell."""
    x, w = np.asarray(x, float), np.asarray(w, float)
    x = np.pad(x, ((0, 0), (0, 0), *padding))
    n, _, height, width = x.shape
    outs, _, kh, kw = w.shape
    span_h, span_w = dilation[0] * (kh - 1) + 1, dilation[1] * (kw - 1) + 1
    rows = range(0, height - span_h + 1, stride[0])
    cols = range(0, width - span_w + 1, stride[1])
    out = np.empty((n, outs, len(rows), len(cols)))
    for b in range(n):
        for o in range(outs):
            for a, r in enumerate(rows):
                for c, q in enumerate(cols):
                    patch = x[b, :, r:r + span_h:dilation[0], q:q + span_w:dilation[1]]
                    out[b, o, a, c] = float(np.dot(patch.ravel(), w[o].ravel()))
    return out


def close(got, want, tol=1e-12):
    got, want = np.asarray(got, float), np.asarray(want, float)
    assert got.shape == want.shape, (got.shape, want.shape)
    np.testing.assert_allclose(got, want, rtol=tol, atol=tol)


# --- hand-worked ---------------------------------------------------------------------------


def test_hand_worked_3x3_on_5x5():
    result = core.conv(HAND_X, HAND_K)
    close(result.result, [[7, 6, 8], [4, 7, 8], [4, 4, 4]])
    assert result.output_shape == [3, 3]
    # the worked cell: the window is the top-left 3×3, its products keep the entries under the 1s
    close(result.window[0], [[1, 2, 3], [0, 1, 2], [1, 0, 1]])
    close(result.products[0], [[1, 0, 3], [0, 1, 0], [1, 0, 1]])
    assert result.cell_value == 7


def test_hand_worked_stride_and_padding():
    close(core.conv(HAND_X, HAND_K, stride=2).result, [[7, 8], [4, 4]])
    padded = core.conv(HAND_X, HAND_K, padding=1).result
    assert padded.shape == (5, 5)
    assert padded[0, 0] == 1 + 1  # x[0,0] under the centre, x[1,1] under the bottom-right corner
    same = core.conv(HAND_X, HAND_K, padding="same").result
    close(same, padded)


def test_size_rule_written_with_the_numbers():
    result = core.conv(HAND_X, HAND_K, stride=2, padding=1)
    size = result.steps[0]
    assert size.key == "convolution.size"
    assert (size.args["n"], size.args["p"], size.args["k"], size.args["s"], size.args["d"]) == (5, 1, 3, 2, 1)
    assert size.args["numerator"] == 5 + 2 - 2 - 1 and size.args["size"] == 3


def test_cell_step_adds_the_printed_products():
    result = core.conv(HAND_X, HAND_K, cell=(1, 2), bias=[0.5])
    cell = next(item for item in result.steps if item.key == "convolution.cell")
    products = cell.children[0]
    assert products.key == "convolution.products"
    assert sum(a * b for a, b in products.args["terms"]) == products.args["total"] == 8
    assert result.cell == [0, 1, 2] and result.cell_value == 8.5
    assert cell.children[-1].key == "convolution.bias"


def test_gradient_image_gives_a_constant_edge_response():
    # a ramp rising by 1 per column: the Prewitt x kernel sees 3 rows × (x+1 − (x−1)) = 6 everywhere
    result = core.conv(core.IMAGES["gradient"], core.KERNELS["edge-x"])
    close(result.result, np.full((6, 6), 6.0))
    identity = core.conv(core.IMAGES["digit7"], core.KERNELS["identity"], padding="same")
    close(identity.result, core.IMAGES["digit7"])


@pytest.mark.parametrize("image", sorted(core.IMAGES))
@pytest.mark.parametrize("kernel", sorted(core.KERNELS))
def test_builtins_against_a_plain_loop(image, kernel):
    x, w = np.array(core.IMAGES[image], float), np.array(core.KERNELS[kernel], float)
    assert x.shape == (8, 8) and w.shape == (3, 3)
    close(core.conv(x, w).result, reference_conv2d(x[None, None], w[None, None])[0, 0])


def test_blur_sums_to_one_and_keeps_a_flat_image():
    assert np.sum(core.KERNELS["blur"]) == 1
    close(core.conv(np.full((4, 4), 3.0), core.KERNELS["blur"]).result, np.full((2, 2), 3.0))


# --- the formula and the fast kernel ---------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(
    n=st.integers(1, 2), c=st.integers(1, 3), o=st.integers(1, 3),
    h=st.integers(3, 8), w=st.integers(3, 8), kh=st.integers(1, 3), kw=st.integers(1, 3),
    sh=st.integers(1, 3), sw=st.integers(1, 3), ph=st.integers(0, 2), pw=st.integers(0, 2),
    dh=st.integers(1, 2), dw=st.integers(1, 2), seed=st.integers(0, 2**16),
)
def test_loops_fast_and_reference_agree(n, c, o, h, w, kh, kw, sh, sw, ph, pw, dh, dw, seed):
    if dh * (kh - 1) + 1 > h + 2 * ph or dw * (kw - 1) + 1 > w + 2 * pw:
        return
    rng = np.random.default_rng(seed)
    x, k = rng.normal(size=(n, c, h, w)), rng.normal(size=(o, c, kh, kw))
    pads = ((ph, ph), (pw, pw))
    want = reference_conv2d(x, k, (sh, sw), pads, (dh, dw))
    close(core.conv2d_loops(x, k, (sh, sw), pads, (dh, dw)), want, 1e-10)
    close(core.conv2d_fast(x, k, (sh, sw), pads, (dh, dw)), want, 1e-10)


@settings(max_examples=30, deadline=None)
@given(kind=st.sampled_from(core.POOL_KINDS), h=st.integers(2, 8), w=st.integers(2, 8), k=st.integers(1, 3),
       s=st.integers(1, 3), p=st.integers(0, 1), seed=st.integers(0, 2**16))
def test_pool_loops_and_fast_agree(kind, h, w, k, s, p, seed):
    if 2 * p > k or k > h + 2 * p or k > w + 2 * p:
        return
    x = np.random.default_rng(seed).integers(-2, 3, size=(1, 2, h, w)).astype(float)
    fast, _ = core.pool2d_fast(x, kind, (k, k), (s, s), (p, p))
    close(fast, core.pool2d_loops(x, kind, (k, k), (s, s), (p, p)))


def test_backward_matches_finite_differences():
    rng = np.random.default_rng(3)
    x, w = rng.normal(size=(1, 2, 5, 6)), rng.normal(size=(3, 2, 3, 2))
    stride, pads, dilation = (2, 1), ((1, 1), (0, 2)), (1, 2)
    g = rng.normal(size=core.conv2d_fast(x, w, stride, pads, dilation).shape)
    grad_x, grad_w = core.conv2d_backward(x, w, g, stride, pads, dilation)

    def loss(xx, ww):
        return float((reference_conv2d(xx, ww, stride, pads, dilation) * g).sum())

    eps = 1e-6
    for index in [(0, 0, 0, 0), (0, 1, 2, 3), (0, 1, 4, 5)]:
        bump = np.zeros_like(x)
        bump[index] = eps
        assert abs((loss(x + bump, w) - loss(x - bump, w)) / (2 * eps) - grad_x[index]) < 1e-7
    for index in [(0, 0, 0, 0), (2, 1, 2, 1)]:
        bump = np.zeros_like(w)
        bump[index] = eps
        assert abs((loss(x, w + bump) - loss(x, w - bump)) / (2 * eps) - grad_w[index]) < 1e-7


# --- PyTorch ---------------------------------------------------------------------------------


def _padding(case):
    return case["padding"] if isinstance(case["padding"], (str, int)) else tuple(case["padding"])


@pytest.mark.parametrize("case", FIXTURES["conv2d"], ids=lambda case: f"{np.shape(case['x'])}⋆{np.shape(case['w'])} "
                         f"s{case['stride']} p{case['padding']} d{case['dilation']}")
def test_conv2d_matches_torch(case):
    result = core.conv(case["x"], case["w"], bias=case["bias"], stride=case["stride"], padding=_padding(case),
                       dilation=case["dilation"], backward=True, upstream=case["upstream"])
    close(result.result, case["out"])
    close(result.grad_input, case["grad_x"])
    close(result.grad_kernel, case["grad_w"])
    if case["bias"] is not None:
        close(result.grad_bias, case["grad_bias"])


@pytest.mark.parametrize("case", FIXTURES["conv1d"], ids=lambda case: f"{np.shape(case['x'])}⋆{np.shape(case['w'])} "
                         f"s{case['stride']} p{case['padding']} d{case['dilation']}")
def test_conv1d_matches_torch(case):
    result = core.conv(case["x"], case["w"], bias=case["bias"], stride=case["stride"], padding=_padding(case),
                       dilation=case["dilation"], one_d=True, backward=True, upstream=case["upstream"])
    close(result.result, case["out"])
    close(result.grad_input, case["grad_x"])
    close(result.grad_kernel, case["grad_w"])
    if case["bias"] is not None:
        close(result.grad_bias, case["grad_bias"])


@pytest.mark.parametrize("case", FIXTURES["pool"], ids=lambda case: f"{case['kind']} {np.shape(case['x'])} "
                         f"k{case['size']} s{case['stride']} p{case['padding']}")
def test_pool_matches_torch(case):
    result = core.pool(case["x"], kind=case["kind"], size=case["size"], stride=case["stride"],
                       padding=case["padding"], backward=True, upstream=case["upstream"])
    close(result.result, case["out"])
    close(result.grad_input, case["grad_x"])
    if case["kind"] == "max":
        np.testing.assert_array_equal(result.argmax, case["indices"])  # ties: the first maximum, as torch
    ones = core.pool(case["x"], kind=case["kind"], size=case["size"], stride=case["stride"],
                     padding=case["padding"], backward=True)
    close(ones.grad_input, case["grad_x_ones"])


def test_fixtures_hold_ties_and_same_padding():
    assert any(case["padding"] == "same" for case in FIXTURES["conv2d"] + FIXTURES["conv1d"])
    tied = 0
    for case in FIXTURES["pool"]:
        if case["kind"] == "max":
            x = np.asarray(case["x"])
            tied += len(np.unique(x)) < x.size
    assert tied


# --- pooling by hand -------------------------------------------------------------------------


def test_max_pool_by_hand_with_a_tie():
    x = [[1, 3, 2, 2],
         [3, 0, 1, 0],
         [4, 4, 5, 6],
         [0, 1, 7, 6]]
    result = core.pool(x, kind="max", size=2, backward=True)
    close(result.result, [[3, 2], [4, 7]])
    # ties go to the first maximum in reading order: 3 at (0,1) before 3 at (1,0); 2 at (0,2) before (0,3)
    np.testing.assert_array_equal(result.argmax, [[1, 2], [8, 14]])
    close(result.grad_input, [[0, 1, 1, 0], [0, 0, 0, 0], [1, 0, 0, 0], [0, 0, 1, 0]])
    first = next(item for item in result.steps if item.key == "convolution.pool.cell_max")
    chosen = [index for index, entry in enumerate(first.args["entries"]) if not isinstance(entry, float)]
    assert chosen == [1]


def test_avg_pool_by_hand_counts_padding():
    x = [[4, 8], [0, 4]]
    result = core.pool(x, kind="avg", size=2, stride=1, padding=1, backward=True)
    # corners hold one real entry divided by the whole window of 4 (count_include_pad=True)
    close(result.result, [[1, 3, 2], [1, 4, 3], [0, 1, 1]])
    close(result.grad_input, np.full((2, 2), 1.0))  # each entry sits in 4 windows, each sending 1/4


def test_stride_defaults_to_the_window():
    result = core.pool(np.arange(36).reshape(6, 6), kind="max", size=3)
    assert result.stride == [3, 3] and result.output_shape == [2, 2]
    close(result.result, [[14, 17], [32, 35]])


# --- shapes and errors -------------------------------------------------------------------------


def test_channels_and_shapes():
    rgb = np.ones((3, 6, 6))
    many = core.conv(rgb, np.ones((2, 3, 3, 3)))
    assert many.output_shape == [2, 4, 4]
    close(many.result, np.full((2, 4, 4), 27.0))
    one = core.conv(rgb, np.ones((3, 3, 3)))  # (in, kh, kw) for a several-channel input
    assert one.output_shape == [1, 4, 4]
    fan = core.conv(np.ones((6, 6)), np.ones((4, 3, 3)))  # (out, kh, kw) for a one-channel input
    assert fan.output_shape == [4, 4, 4]
    batch = core.conv(np.ones((2, 3, 6, 6)), np.ones((5, 3, 2, 2)))
    assert batch.output_shape == [2, 5, 5, 5]
    seq = core.conv([1, 2, 3, 4], [1, -1], one_d=True)
    close(seq.result, [-1, -1, -1])


@pytest.mark.parametrize(("call", "words"), [
    (lambda: core.conv(np.ones((3, 3)), np.ones((5, 5))), "larger than the padded input"),
    (lambda: core.conv(np.ones((5, 5)), np.ones((3, 3)), dilation=3), "dilated to 7"),
    (lambda: core.conv(np.ones((5, 5)), np.ones((3, 3)), stride=0), "stride must be a positive"),
    (lambda: core.conv(np.ones((5, 5)), np.ones((3, 3)), padding=-1), "non-negative"),
    (lambda: core.conv(np.ones((5, 5)), np.ones((3, 3)), padding="same", stride=2), "stride 1"),
    (lambda: core.conv(np.ones((2, 5, 5)), np.ones((2, 3, 3, 3))), "3 input channels but the input has 2"),
    (lambda: core.conv(np.ones((5, 5)), np.ones((3, 3)), bias=[1, 2]), "2 bias values for 1 output channel"),
    (lambda: core.conv(np.ones((5, 5)), np.ones((3, 3)), cell=(3, 0)), "outside the output"),
    (lambda: core.conv(np.ones((5, 5)), np.ones((3, 3)), backward=True, upstream=[1, 2]), "upstream gradient"),
    (lambda: core.pool(np.ones((4, 4)), size=2, padding=2), "more than half"),
    (lambda: core.pool(np.ones((4, 4)), size=5), "larger than the padded input"),
    (lambda: core.pool(np.ones((4, 4)), kind="min"), "unknown pooling"),
])
def test_errors_speak_of_the_math(call, words):
    with pytest.raises(MathError) as error:
        call()
    assert words in error.value.message
    assert "--" not in error.value.message
