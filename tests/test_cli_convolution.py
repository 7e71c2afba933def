"""mlmath conv and mlmath pool from the command line: JSON, views, options, exit codes and messages."""

import numpy as np
import pytest

DIGIT7 = np.array([
    [0, 0, 0, 0, 0, 0, 0, 0],
    [0, 1, 1, 1, 1, 1, 1, 0],
    [0, 0, 0, 0, 0, 1, 1, 0],
    [0, 0, 0, 0, 1, 1, 0, 0],
    [0, 0, 0, 1, 1, 0, 0, 0],
    [0, 0, 0, 1, 0, 0, 0, 0],
    [0, 0, 1, 1, 0, 0, 0, 0],
    [0, 0, 1, 0, 0, 0, 0, 0],
], dtype=float)
PREWITT_X = np.array([[-1, 0, 1], [-1, 0, 1], [-1, 0, 1]], dtype=float)


def numpy_correlate(x, k, stride=1):
    """Cross-correlation with NumPy alone: the sum of every window times the kernel, no padding."""
    from numpy.lib.stride_tricks import sliding_window_view

    windows = sliding_window_view(x, k.shape)[::stride, ::stride]
    return np.einsum("ijuv,uv->ij", windows, k)


def test_digit7_edge_x_json_is_numpys_feature_map(cli):
    run = cli("conv", "digit7", "--kernel", "edge-x", "--json")
    assert run.code == 0 and run.stderr == ""
    document = run.json
    assert document["command"] == "conv"
    np.testing.assert_array_equal(document["result"], numpy_correlate(DIGIT7, PREWITT_X))
    assert document["input"] == DIGIT7.tolist() and document["kernel"] == PREWITT_X.tolist()
    assert document["output_shape"] == [6, 6] and document["cell"] == [0, 0, 0]
    assert document["stride"] == [1, 1] and document["padding"] == [[0, 0], [0, 0]]
    rules = [item["rule"] for item in document["steps"]]
    assert rules[0] == "convolution.size" and "convolution.cell" in rules


def test_inline_matrix_stride_padding_and_cell(cli):
    x = "[[1,2,3,0,1],[0,1,2,3,1],[1,0,1,2,0],[2,1,0,1,3],[0,2,1,0,1]]"
    run = cli("conv", x, "-k", "1,0,1;0,1,0;1,0,1", "--stride", "2", "--json")
    assert run.json["result"] == [[7, 8], [4, 4]]
    padded = cli("conv", x, "-k", "1,0,1;0,1,0;1,0,1", "--padding", "same", "--cell", "0,0", "--json").json
    assert padded["output_shape"] == [5, 5] and padded["result"][0][0] == 2
    assert padded["window"] == [[[0, 0, 0], [0, 1, 2], [0, 0, 1]]]
    assert padded["cell_value"] == 2


def test_view_shows_the_size_rule_products_and_tables(cli):
    run = cli("conv", "digit7", "-k", "edge-x")
    assert run.code == 0
    text = run.stdout
    assert "conv2d: input 8×8 ⋆ kernel 3×3 → feature map 6×6" in text
    assert "Steps" in text and "1. Output height and width:" in text
    steps = cli("conv", "digit7", "-k", "edge-x", "--json").json["steps"]
    assert steps[0]["text"].endswith("⌊(8 + 2·0 − 1·(3−1) − 1)/1⌋ + 1 = ⌊5/1⌋ + 1 = 5 + 1 = 6")
    assert steps[1]["steps"][0]["text"] == ("Σ window·kernel = 0·(-1) + 0·0 + 0·1 + 0·(-1) + 1·0 + 1·1 + 0·(-1) "
                                            "+ 0·0 + 0·1 = 1")
    assert "Input (digit7)" in text and "Kernel (edge-x)" in text and "Feature map" in text
    quiet = cli("conv", "digit7", "--no-steps").stdout
    assert "Steps" not in quiet and "Feature map" in quiet


def test_picture_beside_the_input(cli):
    text = cli("conv", "cross", "-k", "blur", "--padding", "same", "--plot").stdout
    assert "Input → feature map" in text and "████" in text and "0 … 0.9375" in text


def test_channels_bias_and_nested_lists(cli, tmp_path):
    rng = np.random.default_rng(5)
    x = rng.integers(-2, 3, size=(2, 5, 6)).astype(float)
    w = rng.integers(-1, 2, size=(3, 2, 2, 3)).astype(float)
    np.save(tmp_path / "x.npy", x)
    (tmp_path / "w.json").write_text(str(w.tolist()))
    document = cli("conv", f"@{tmp_path / 'x.npy'}", "-k", f"@{tmp_path / 'w.json'}", "--bias", "1,0,-1",
                   "--cell", "2,1,1", "--json").json
    want = np.stack([sum(numpy_correlate(x[c], w[o, c]) for c in range(2)) + b for o, b in zip(range(3), (1, 0, -1))])
    np.testing.assert_allclose(document["result"], want, atol=1e-12)
    assert document["output_shape"] == [3, 4, 4] and document["cell"] == [2, 1, 1]
    assert document["cell_value"] == pytest.approx(want[2, 1, 1])
    cell = next(item for item in document["steps"] if item["rule"] == "convolution.cell_map")
    assert [child["rule"] for child in cell["steps"]] == ["convolution.channel", "convolution.channel",
                                                          "convolution.channel_sum", "convolution.bias"]
    nested = cli("conv", "--in", str(x.tolist()), "-k", str(w.tolist()), "--bias", "1,0,-1", "--json").json
    np.testing.assert_allclose(nested["result"], want, atol=1e-12)


def test_one_d(cli):
    document = cli("conv", "step", "--1d", "--json").json  # diff [-1, 0, 1] over 0 0 0 0 1 1 1 1
    assert document["result"] == [0, 0, 1, 1, 0, 0]
    assert document["one_d"] is True and document["stride"] == [1] and document["cell"] == [0, 0]
    dilated = cli("conv", "1,2,3,4,5,6", "--1d", "-k", "1,0,-1", "--dilation", "2", "--json").json
    assert dilated["result"] == [1 - 5, 2 - 6]
    text = cli("conv", "1,2,3,4,5,6", "--1d", "-k", "1,0,-1", "--dilation", "2").stdout
    assert "Dilation 2" in text and "conv1d" in text


def test_backward(cli):
    document = cli("conv", "1,2,3;4,5,6;7,8,9", "-k", "1,0;0,-1", "--backward", "--json").json
    assert document["result"] == [[-4, -4], [-4, -4]]
    assert document["upstream"] == [[1, 1], [1, 1]]
    # ∂L/∂w[u,v] = the sum of the entries it met: the 2×2 sums of each shifted block
    assert document["grad_kernel"] == [[1 + 2 + 4 + 5, 2 + 3 + 5 + 6], [4 + 5 + 7 + 8, 5 + 6 + 8 + 9]]
    assert document["grad_input"] == [[1, 1, 0], [1, 0, -1], [0, -1, -1]]
    weighted = cli("conv", "1,2,3;4,5,6;7,8,9", "-k", "1,0;0,-1", "--grad", "1,0;0,2", "--json").json
    assert weighted["grad_kernel"] == [[1 + 2 * 5, 2 + 2 * 6], [4 + 2 * 8, 5 + 2 * 9]]


def test_expect(cli):
    want = numpy_correlate(DIGIT7, PREWITT_X).astype(int).tolist()
    ok = cli("conv", "digit7", "--expect", str(want).replace(" ", ""))
    assert ok.code == 0 and "✓" in ok.stdout
    bad = cli("conv", "digit7", "--expect", "[[0]]", "--json")
    assert bad.code == 1 and bad.json["check"]["passed"] is False


def test_pool_max_marks_and_backward(cli):
    x = "1,3,2,2;3,0,1,0;4,4,5,6;0,1,7,6"
    document = cli("pool", x, "--backward", "--json").json
    assert document["command"] == "pool" and document["result"] == [[3, 2], [4, 7]]
    assert document["argmax"] == [[1, 2], [8, 14]] and document["stride"] == [2, 2]
    assert document["grad_input"] == [[0, 1, 1, 0], [0, 0, 0, 0], [1, 0, 0, 0], [0, 0, 1, 0]]
    text = cli("pool", x, "--backward").stdout
    assert "Max pooling 2×2, stride 2: input 4×4 → 2×2" in text
    assert "[3]" in text and "1, [3], 3, 0 → max = 3" in text
    assert "first one on ties" in text


def test_pool_avg(cli):
    document = cli("pool", "4,8;0,4", "--kind", "avg", "--size", "2", "--stride", "1", "--padding", "1",
                   "--backward", "--json").json
    assert document["result"] == [[1, 3, 2], [1, 4, 3], [0, 1, 1]]
    assert document["grad_input"] == [[1, 1], [1, 1]] and document["argmax"] is None
    text = cli("pool", "gradient", "--kind", "avg", "--size", "3", "--stride", "2", "--padding", "1").stdout
    assert "count_include_pad=True" in text and "Average pooling 3×3, stride 2: input 8×8 → 4×4" in text


def test_korean(cli):
    text = cli("conv", "digit7", "--lang", "ko").stdout
    assert "특징 맵" in text and "커널" in text and "출력 높이와 너비" in text
    pooled = cli("pool", "digit7", "--lang", "ko", "--backward").stdout
    assert "최대 풀링" in pooled and "스트라이드" in pooled


@pytest.mark.parametrize(("args", "words"), [
    (("conv", "1,2;3,4", "-k", "1,1,1;1,1,1;1,1,1"), "--kernel: the kernel height 3 is larger than the padded input"),
    (("conv", "digit7", "--stride", "0"), "--stride: the stride must be a positive whole number, got 0"),
    (("conv", "digit7", "--padding", "same", "--stride", "2"), "--padding: padding 'same' needs stride 1"),
    (("conv", "digit7", "--padding", "wide"), "--padding: could not read 'wide'"),
    (("conv", "nope"), "INPUT: could not read 'nope' as a number; name digit7, cross, checker or gradient"),
    (("conv", "digit7", "-k", "nope"), "--kernel: could not read 'nope' as a number; name edge-x"),
    (("conv", "digit7", "--bias", "1,2"), "--bias: 2 bias values for 1 output channel"),
    (("conv", "digit7", "--cell", "6,0"), "--cell: the cell's row 6 is outside the output"),
    (("conv", "digit7", "--grad", "1,2"), "--grad: the upstream gradient has 2 entries"),
    (("conv", "[[[1,2],[3,4]]]", "-k", "[[[[1]]],[[[1]]]]", "--in", "1"), "--in: give the input once"),
    (("conv",), "INPUT: no input"),
    (("conv", "1,2"), "INPUT: the input has 1 dimension"),
    (("pool", "digit7", "--size", "0"), "--size: the window size must be a positive whole number"),
    (("pool", "digit7", "--padding", "2"), "--padding: the padding 2 is more than half the window"),
    (("pool", "digit7", "--kind", "min"), "--kind: unknown pooling 'min'"),
    (("pool", "1,2;3,4", "--size", "3"), "--size: the window height 3 is larger than the padded input"),
])
def test_bad_input_is_one_line_exit_2(cli, args, words):
    run = cli(*args)
    assert run.code == 2, run.stdout
    assert run.stdout == ""
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], run.stderr
    assert "Traceback" not in run.stderr


def test_large_input_prints_a_truncated_view(cli, tmp_path):
    rng = np.random.default_rng(0)
    np.save(tmp_path / "x.npy", rng.standard_normal((1, 3, 64, 64)))
    np.save(tmp_path / "w.npy", rng.standard_normal((16, 3, 3, 3)))
    run = cli("conv", f"@{tmp_path / 'x.npy'}", "-k", f"@{tmp_path / 'w.npy'}", "--plot")
    assert run.code == 0
    # one input channel and the worked feature map as tables, the rest in --json
    assert "showing 12×" in run.stdout and "15 more feature maps" in run.stdout
    assert "2 more input channels" in run.stdout and "Input, channel 1" not in run.stdout
    assert "one pixel in 3 per axis" in run.stdout  # 64 columns drawn in the room 100 columns leave
    assert len(run.stdout.splitlines()) < 400
