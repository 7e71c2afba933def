"""Transformer blocks against torch.nn.TransformerEncoderLayer / TransformerDecoderLayer (recorded fixtures),
and against a plainly written block."""

import json
import math
from pathlib import Path

import numpy as np
import pytest

from mlmath.core.blocks import ENCODER_NAMES, layer_norm, run_block, transformer_block, weights_from_npz
from mlmath.core.transformer import attention
from mlmath.errors import InputError, MathError

FIXTURES = json.loads((Path(__file__).parent / "fixtures" / "torch_blocks.json").read_text(encoding="utf-8"))
CASES = FIXTURES["cases"]


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_equal_to_pytorch(case):
    result = transformer_block(case["tokens"], case.get("memory_tokens"), heads=case["heads"], d_ff=case["d_ff"],
                               activation=case["activation"], pre_norm=case["pre_norm"], layers=case["layers"],
                               weights=case["weights"])
    assert result.random == []
    np.testing.assert_allclose(result.result, case["result"], rtol=0, atol=1e-9)
    if "memory" in case:
        np.testing.assert_allclose(result.memory, case["memory"], rtol=0, atol=1e-9)


def plain_layer_norm(row, gamma, beta):
    mean = sum(row) / len(row)
    var = sum((value - mean) ** 2 for value in row) / len(row)
    return [(value - mean) / math.sqrt(var + 1e-5) * g + b for value, g, b in zip(row, gamma, beta)]


def plain_attention(x, p, heads):
    """Multi-head attention written head by head with Python loops over the softmax."""
    q, k, v = x @ p["wq"] + p["bq"], x @ p["wk"] + p["bk"], x @ p["wv"] + p["bv"]
    d = x.shape[1]
    width = d // heads
    out = np.zeros_like(q)
    for h in range(heads):
        cols = slice(h * width, (h + 1) * width)
        for i in range(len(x)):
            scores = [float(q[i, cols] @ k[j, cols]) / math.sqrt(width) for j in range(len(x))]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            weights = [e / sum(exps) for e in exps]
            out[i, cols] = sum(w * v[j, cols] for j, w in enumerate(weights))
    return out @ p["wo"] + p["bo"]


def test_post_norm_encoder_block_equals_the_formulas_written_plainly():
    rng = np.random.default_rng(1)
    d, d_ff = 4, 6
    shapes = {"wq": (d, d), "wk": (d, d), "wv": (d, d), "wo": (d, d), "w1": (d, d_ff), "w2": (d_ff, d),
              "b1": (d_ff,)}
    p = {name: rng.standard_normal(shapes.get(name, (d,))) for name in ENCODER_NAMES}
    x = rng.standard_normal((3, d))
    layer = run_block(x, p, heads=2)
    h = x + plain_attention(x, p, 2)
    x1 = np.array([plain_layer_norm(row, p["norm1_gamma"], p["norm1_beta"]) for row in h])
    ffn = np.maximum(x1 @ p["w1"] + p["b1"], 0) @ p["w2"] + p["b2"]
    x2 = np.array([plain_layer_norm(row, p["norm2_gamma"], p["norm2_beta"]) for row in x1 + ffn])
    np.testing.assert_allclose(layer.output, x2, rtol=0, atol=1e-12)
    assert [sub.kind for sub in layer.sublayers] == ["self_attention", "feed_forward"]
    np.testing.assert_allclose(layer.sublayers[0].write_norms, np.linalg.norm(h - x, axis=1), atol=1e-12)


def test_layer_norm_by_hand():
    # row 1, 2, 3, 4: mean 2.5, var 1.25
    out = layer_norm(np.array([[1.0, 2.0, 3.0, 4.0]]), np.ones(4), np.zeros(4))
    expected = (np.array([1, 2, 3, 4]) - 2.5) / math.sqrt(1.25 + 1e-5)
    np.testing.assert_allclose(out[0], expected, atol=1e-15)


def test_first_attention_is_the_attention_command_with_the_same_seed():
    tokens = ["the", "cat", "sat", "on", "the", "mat"]
    block = transformer_block(tokens, d_model=8, heads=2, seed=4)
    theirs = attention(tokens, d_model=8, heads=2, seed=4, explain=False)
    np.testing.assert_array_equal(block.x, theirs.x)
    np.testing.assert_allclose(block.layers[0].sublayers[0].write, theirs.result, rtol=0, atol=1e-14)
    np.testing.assert_allclose(block.layers[0].sublayers[0].weights, theirs.weights, atol=1e-15)


def test_the_memory_is_the_encoder_output_of_the_memory_sentence():
    decoder = transformer_block(["I", "go"], ["나는", "간다"], seed=2, layers=2)
    encoder = transformer_block(["나는", "간다"], seed=2, layers=2)
    np.testing.assert_array_equal(decoder.memory, encoder.result)
    kinds = [sub.kind for sub in decoder.layers[0].sublayers]
    assert kinds == ["masked_self_attention", "cross_attention", "feed_forward"]
    weights = decoder.layers[0].sublayers[0].weights
    assert weights[:, 0, 1].max() == 0  # the first token cannot see the second


def test_random_initialisation_is_pytorchs():
    result = transformer_block(["a", "b", "c"], d_model=4, d_ff=8, heads=1)
    p = result.layers[0].parameters
    assert np.all(p["bq"] == 0) and np.all(p["bo"] == 0)
    assert np.all(p["norm1_gamma"] == 1) and np.all(p["norm2_beta"] == 0)
    assert np.abs(p["b1"]).max() <= 1 / math.sqrt(4) and np.abs(p["b2"]).max() <= 1 / math.sqrt(8)
    assert len(result.random) == 1 + len(ENCODER_NAMES)
    assert result.d_ff == 8 and transformer_block(["a"], d_model=4).d_ff == 16


def test_pre_norm_leaves_the_stream_unnormalised():
    result = transformer_block(["a", "b", "c"], pre_norm=True)
    sub = result.layers[0].sublayers[0]
    np.testing.assert_array_equal(sub.output, sub.input + sub.write)
    np.testing.assert_allclose(sub.normed_input.mean(axis=1), 0, atol=1e-12)
    assert [s.key for s in result.steps[2].children][:2] == ["blocks.pre_norm", "blocks.attention.self"]


def test_partial_weights_file_and_sizes_read_from_it(tmp_path):
    wq = np.eye(6)
    path = tmp_path / "w.npz"
    np.savez(path, **{"encoder.0.wq": wq, "encoder.0.w1": np.ones((6, 10))})
    given = weights_from_npz(str(path))
    result = transformer_block(["a", "b"], weights=given, heads=3)
    assert (result.d_model, result.d_ff) == (6, 10)
    assert "encoder.0.wq" not in result.random and "encoder.0.wk" in result.random
    np.testing.assert_array_equal(result.layers[0].parameters["wq"], wq)


@pytest.mark.parametrize(("options", "words"), [
    ({"heads": 3}, "heads 3 does not divide d_model = 8"),
    ({"activation": "tanh"}, "unknown activation"),
    ({"weights": {"encoder.1.wq": np.eye(8)}}, "weights has an unknown name 'encoder.1.wq'"),
    ({"weights": {"encoder.0.wq": np.eye(4)}, "d_model": 8}, "d_model disagrees"),
    ({"weights": {"encoder.0.b1": np.ones(3)}}, "encoder.0.b1 in weights is 3 but must be 32"),
    ({"layers": 13}, "between 1 and 12"),
])
def test_bad_input_speaks_of_the_math(options, words):
    with pytest.raises(MathError, match=words):
        transformer_block(["a", "b"], **options)


def test_a_file_that_is_not_npz(tmp_path):
    path = tmp_path / "w.npz"
    path.write_text("hello")
    with pytest.raises(InputError, match="not an .npz"):
        weights_from_npz(str(path))
