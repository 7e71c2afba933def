"""Attention against PyTorch (recorded fixtures), a plainly written loop implementation, and the fast kernel
against the plain formula."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mlmath.core import attention_kernel as kernel
from mlmath.core import transformer as core
from mlmath.errors import MathError
from mlmath.parsing.tokens import choose_token, tokenize

FIXTURES = json.loads((Path(__file__).parent / "fixtures" / "torch_attention.json").read_text(encoding="utf-8"))
CASES = {case["name"]: case for case in FIXTURES["cases"]}
TOL = 1e-9


def loop_attention(x, y, wq, wk, wv, wo, heads, causal):
    """softmax(Q·Kᵀ/√d_k)·V head by head with Python lists and loops, then concat (·W_O)."""

    def matmul(a, b):
        return [[math.fsum(a[i][t] * b[t][j] for t in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]

    q, k, v = matmul(x, wq), matmul(y, wk), matmul(y, wv)
    n, m = len(q), len(k)
    d_k, d_v = len(q[0]) // heads, len(v[0]) // heads
    concat = [[0.0] * (d_v * heads) for _ in range(n)]
    all_weights = []
    for h in range(heads):
        head_weights = []
        for i in range(n):
            scores = []
            for j in range(m):
                if causal and j > i:
                    scores.append(None)
                    continue
                dot = math.fsum(q[i][h * d_k + t] * k[j][h * d_k + t] for t in range(d_k))
                scores.append(dot / math.sqrt(d_k))
            top = max(s for s in scores if s is not None)
            exps = [0.0 if s is None else math.exp(s - top) for s in scores]
            total = math.fsum(exps)
            row = [e / total for e in exps]
            head_weights.append(row)
            for c in range(d_v):
                concat[i][h * d_v + c] = math.fsum(row[j] * v[j][h * d_v + c] for j in range(m))
        all_weights.append(head_weights)
    output = matmul(concat, wo) if wo is not None else concat
    return np.array(output), np.array(all_weights)


def run_case(case, **extra):
    return core.attention(
        case["tokens"], case.get("kv_tokens"),
        embeddings=np.array(case["embeddings"]),
        kv_embeddings=np.array(case["kv_embeddings"]) if "kv_embeddings" in case else None,
        wq=np.array(case["wq"]), wk=np.array(case["wk"]), wv=np.array(case["wv"]),
        wo=np.array(case["wo"]) if "wo" in case else None,
        heads=case["heads"], causal=case["causal"], positional=case["positional"],
        biases=[np.array(b) for b in case["biases"]] if "biases" in case else None, pad_to=case.get("pad_to"),
        **extra,
    )


# --- against PyTorch --------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(CASES))
def test_matches_torch(name):
    case = CASES[name]
    result = run_case(case)
    np.testing.assert_allclose(result.result, np.array(case["result"]), rtol=0, atol=TOL)
    np.testing.assert_allclose(result.weights, np.array(case["weights"]), rtol=0, atol=TOL)
    assert result.random == []
    assert result.seed is None
    if "pad_to" in case:
        padded = case["pad_to"] - len(case.get("kv_tokens", case["tokens"]))
        assert result.kv_tokens[-padded:] == [core.PAD] * padded
        assert result.key_padding_mask.tolist() == [False] * (case["pad_to"] - padded) + [True] * padded


@pytest.mark.parametrize("name", [name for name, case in CASES.items() if case["positional"] == "sinusoidal"])
def test_positional_encoding_matches_torch_tutorial(name):
    case = CASES[name]
    expected = np.array(case["positional_encoding"])
    np.testing.assert_allclose(core.positional_encoding(*expected.shape), expected, rtol=0, atol=1e-12)


# --- against the loop implementation ---------------------------------------------


@pytest.mark.parametrize("name", sorted(name for name, case in CASES.items()
                                         if "biases" not in case and "pad_to" not in case and
                                         not (case["causal"] and "kv_tokens" in case)))
def test_torch_cases_match_loops_too(name):
    case = CASES[name]
    x = np.array(case["embeddings"])
    y = np.array(case["kv_embeddings"]) if "kv_embeddings" in case else x
    if case["positional"] == "sinusoidal":
        pe = np.array(case["positional_encoding"])
        x = x + pe[: len(x)]
        y = y + pe[: len(y)] if "kv_embeddings" in case else x
    output, weights = loop_attention(x.tolist(), y.tolist(), case["wq"], case["wk"], case["wv"], case.get("wo"),
                                     case["heads"], case["causal"])
    result = run_case(case)
    np.testing.assert_allclose(result.result, output, rtol=0, atol=TOL)
    np.testing.assert_allclose(result.weights, weights[0] if case["heads"] == 1 else weights, rtol=0, atol=TOL)


@st.composite
def attention_inputs(draw):
    heads = draw(st.sampled_from([1, 2, 3]))
    d_model = heads * draw(st.integers(1, 3))
    n = draw(st.integers(1, 5))
    cross = draw(st.booleans())
    m = draw(st.integers(1, 5)) if cross else n
    causal = not cross and draw(st.booleans())
    seed = draw(st.integers(0, 2**16))
    rng = np.random.default_rng(seed)
    scale = draw(st.sampled_from([0.1, 1.0, 5.0]))
    x = rng.standard_normal((n, d_model)) * scale
    y = rng.standard_normal((m, d_model)) * scale if cross else None
    ws = [rng.standard_normal((d_model, d_model)) for _ in range(4)]
    use_wo = heads > 1 or draw(st.booleans())
    return dict(heads=heads, causal=causal, x=x, y=y, wq=ws[0], wk=ws[1], wv=ws[2], wo=ws[3] if use_wo else None)


@settings(max_examples=60, deadline=None)
@given(attention_inputs())
def test_matches_loops(inputs):
    x, y = inputs["x"], inputs["y"]
    tokens = [f"t{i}" for i in range(len(x))]
    kv_tokens = [f"u{j}" for j in range(len(y))] if y is not None else None
    result = core.attention(tokens, kv_tokens, embeddings=x, kv_embeddings=y, wq=inputs["wq"], wk=inputs["wk"],
                            wv=inputs["wv"], wo=inputs["wo"], heads=inputs["heads"], causal=inputs["causal"],
                            positional="none")
    output, weights = loop_attention(x.tolist(), (y if y is not None else x).tolist(), inputs["wq"].tolist(),
                                     inputs["wk"].tolist(), inputs["wv"].tolist(),
                                     None if inputs["wo"] is None else inputs["wo"].tolist(),
                                     inputs["heads"], inputs["causal"])
    scale = max(1.0, float(np.abs(output).max()))
    np.testing.assert_allclose(result.result, output, rtol=0, atol=TOL * scale)
    np.testing.assert_allclose(result.weights, weights[0] if inputs["heads"] == 1 else weights, rtol=0, atol=TOL)


def test_large_input_uses_threads_and_matches_plain_softmax():
    """Big enough to split the softmax over threads; rows checked against a plain formula."""
    n, d, heads = 600, 32, 4
    assert n * n >= kernel.PARALLEL_ENTRIES
    tokens = [f"w{i}" for i in range(n)]
    result = core.attention(tokens, d_model=d, heads=heads, causal=True, seed=3, explain=False)
    q, k, v = result.q, result.k, result.v
    d_k = d // heads
    outputs = []
    for h in range(heads):
        cols = slice(h * d_k, (h + 1) * d_k)
        scores = q[:, cols] @ k[:, cols].T / math.sqrt(d_k)
        scores[np.triu_indices(n, 1)] = -np.inf
        expected = np.exp(scores - scores.max(axis=1, keepdims=True))
        expected /= expected.sum(axis=1, keepdims=True)
        np.testing.assert_allclose(result.weights[h], expected, rtol=0, atol=1e-12)
        outputs.append(expected @ v[:, cols])
    np.testing.assert_allclose(result.result, np.concatenate(outputs, axis=1) @ result.wo, rtol=0, atol=1e-12)


# --- properties the notes state ----------------------------------------------------


def test_causal_rows_have_zero_weight_on_future_tokens():
    result = core.attention(["a", "b", "c", "d", "e"], heads=2, d_model=4, causal=True)
    for h in range(2):
        weights = result.weights[h]
        assert np.all(weights[np.triu_indices(5, 1)] == 0.0)
        assert np.all(weights[np.tril_indices(5)] > 0)
        np.testing.assert_allclose(weights.sum(axis=1), 1.0, rtol=0, atol=1e-15)
    assert result.weights[0][0, 0] == 1.0  # the first token can look only at itself
    assert result.mask.tolist() == np.triu(np.ones((5, 5), dtype=bool), 1).tolist()


def test_cross_attention_shapes():
    single = core.attention(["I", "go", "to", "school"], ["나는", "학교에", "간다"], d_model=6)
    assert single.weights.shape == (4, 3)
    assert single.scores.shape == single.raw_scores.shape == (4, 3)
    assert single.q.shape == (4, 6) and single.k.shape == single.v.shape == (3, 6)
    assert single.result.shape == (4, 6)
    multi = core.attention(["I", "go", "to", "school"], ["나는", "학교에", "간다"], d_model=6, heads=3)
    assert multi.weights.shape == (3, 4, 3)
    assert multi.head_outputs.shape == (3, 4, 2)
    assert multi.result.shape == (4, 6)
    np.testing.assert_allclose(multi.weights.sum(axis=2), 1.0, rtol=0, atol=1e-15)


def test_scaled_scores_are_raw_over_root_dk():
    result = core.attention(["a", "b", "c"], d_model=8, heads=2)
    np.testing.assert_allclose(result.scores, result.raw_scores / 2.0, rtol=0, atol=0)  # d_k = 4
    q0, k0 = result.q[:, :4], result.k[:, :4]
    np.testing.assert_allclose(result.raw_scores[0], q0 @ k0.T, rtol=0, atol=1e-12)


def test_positional_encoding_by_hand():
    pe = core.positional_encoding(3, 5)
    assert pe[0].tolist() == [0.0, 1.0, 0.0, 1.0, 0.0]
    assert pe[1, 0] == pytest.approx(math.sin(1.0), abs=1e-15)
    assert pe[1, 1] == pytest.approx(math.cos(1.0), abs=1e-15)
    assert pe[2, 2] == pytest.approx(math.sin(2 / 10000 ** (2 / 5)), abs=1e-15)
    assert pe[2, 3] == pytest.approx(math.cos(2 / 10000 ** (2 / 5)), abs=1e-15)
    assert pe[2, 4] == pytest.approx(math.sin(2 / 10000 ** (4 / 5)), abs=1e-15)  # odd width: last column is a sine


def test_positional_encoding_is_added_to_x():
    x = np.arange(12.0).reshape(3, 4)
    result = core.attention(["a", "b", "c"], embeddings=x)
    np.testing.assert_array_equal(result.x, x + core.positional_encoding(3, 4))
    np.testing.assert_array_equal(result.embeddings, x)
    plain = core.attention(["a", "b", "c"], embeddings=x, positional="none")
    assert plain.positional is None
    np.testing.assert_array_equal(plain.x, x)


# --- seeded random inputs ---------------------------------------------------------


def documented_row(token, seed, count):
    """A token's embedding row as the docs of attention_kernel.token_normals write it, in plain Python ints."""
    import hashlib

    mask = (1 << 64) - 1
    key = int.from_bytes(hashlib.blake2b(token.encode("utf-8"), digest_size=8, key=str(seed).encode()).digest(),
                         "little")
    uniforms = []
    for c in range(1, 2 * ((count + 1) // 2) + 1):
        z = (key + c * 0x9E3779B97F4A7C15) & mask
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & mask
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & mask
        z ^= z >> 31
        uniforms.append(((z >> 11) + 1) / 2 ** 53)
    row = []
    for u1, u2 in zip(uniforms[0::2], uniforms[1::2]):
        radius = math.sqrt(-2 * math.log(u1))
        row += [radius * math.cos(2 * math.pi * u2), radius * math.sin(2 * math.pi * u2)]
    return row[:count]


def test_same_seed_same_numbers_and_documented_streams():
    first = core.attention(["the", "cat", "sat"], seed=5)
    again = core.attention(["the", "cat", "sat"], seed=5)
    np.testing.assert_array_equal(first.result, again.result)
    other = core.attention(["the", "cat", "sat"], seed=6)
    assert not np.array_equal(first.result, other.result)
    # each token's row from its own text and the seed; weights from default_rng([seed, role]) / √d_model
    for index, token in enumerate(["the", "cat", "sat"]):
        np.testing.assert_allclose(first.embeddings[index], documented_row(token, 5, 8), rtol=0, atol=1e-14)
    np.testing.assert_array_equal(first.wq, np.random.default_rng([5, 1]).standard_normal((8, 8)) / math.sqrt(8))
    np.testing.assert_array_equal(first.wv, np.random.default_rng([5, 3]).standard_normal((8, 8)) / math.sqrt(8))
    assert first.random == ["embeddings", "wq", "wk", "wv"] and first.seed == 5


@pytest.mark.parametrize("count", [1, 2, 7, 8])
def test_token_rows_follow_the_documented_draw(count):
    rows = kernel.token_normals(["the", "학교에", "<pad>"], 11, count)
    assert rows.shape == (3, count)
    for row, token in zip(rows, ["the", "학교에", "<pad>"]):
        np.testing.assert_allclose(row, documented_row(token, 11, count), rtol=0, atol=1e-14)


def test_token_rows_look_standard_normal():
    rows = kernel.token_normals([f"w{i}" for i in range(2000)], 0, 64)
    assert abs(rows.mean()) < 0.01 and abs(rows.std() - 1) < 0.01


def test_words_not_positions_choose_the_weights():
    """The issue's acceptance: other words, other weights; the same word, the same row of X."""
    cat = core.attention(["the", "cat", "sat"], explain=False)
    dog = core.attention(["dog", "bites", "man"], explain=False)
    assert not np.allclose(cat.weights, dog.weights)
    longer = core.attention(["the", "cat", "sat", "on", "the", "mat"], explain=False)
    np.testing.assert_array_equal(longer.embeddings[:2], cat.embeddings[:2])
    np.testing.assert_array_equal(longer.embeddings[4], cat.embeddings[0])
    # and anywhere in the sentence
    moved = core.attention(["a", "dog", "saw", "the", "cat"], explain=False)
    np.testing.assert_array_equal(moved.embeddings[3:], cat.embeddings[:2])
    assert not np.array_equal(core.attention(["the"], seed=1).embeddings, core.attention(["the"]).embeddings)


def test_giving_one_matrix_leaves_the_others_unchanged():
    drawn = core.attention(["a", "b"], d_model=4)
    with_wq = core.attention(["a", "b"], wq=np.eye(4))
    np.testing.assert_array_equal(drawn.wk, with_wq.wk)
    np.testing.assert_array_equal(drawn.embeddings, with_wq.embeddings)
    assert with_wq.random == ["embeddings", "wk", "wv"]


def test_a_repeated_token_gets_the_same_embedding():
    result = core.attention(["the", "cat", "saw", "the", "dog"], positional="none")
    np.testing.assert_array_equal(result.embeddings[0], result.embeddings[3])
    assert not np.array_equal(result.embeddings[0], result.embeddings[1])


def test_random_wo_only_for_several_heads():
    assert core.attention(["a", "b"], d_model=4).wo is None
    two = core.attention(["a", "b"], d_model=4, heads=2)
    assert two.wo.shape == (4, 4) and "wo" in two.random
    np.testing.assert_allclose(two.result, two.concat @ two.wo, rtol=0, atol=1e-15)


def test_token_labels_mark_repeats():
    assert core.token_labels(["the", "cat", "saw", "the"]) == ["the₁", "cat", "saw", "the₄"]
    assert core.token_labels(["나는", "간다"]) == ["나는", "간다"]


def test_steps_write_out_the_chosen_query():
    result = core.attention(["the", "cat", "sat"], query=1)
    scores = next(item for item in result.steps if item.key == "attention.scores")
    dots = [child for child in scores.children if child.key == "attention.dot"]
    assert [child.args["key_token"] for child in dots] == ["the", "cat", "sat"]
    assert all(child.args["query"] == "cat" for child in dots)
    for j, child in enumerate(dots):
        products = child.args["value"].terms  # q·k written as its products qᵢ·kᵢ
        assert math.fsum(a * b for a, b in products) == pytest.approx(result.raw_scores[1, j], abs=1e-12)
    softmax = next(item for item in result.steps if item.key == "attention.softmax")
    weights = [sentence.value for sentence in softmax.children[0].args["weights"]]  # each exp/Σ
    assert weights == pytest.approx(result.weights[1].tolist(), abs=1e-15)


def test_steps_stay_small_for_long_inputs():
    result = core.attention([f"w{i}" for i in range(200)], d_model=16)
    scores = next(item for item in result.steps if item.key == "attention.scores")
    assert len(scores.children) == core.MAX_WORKED_KEYS + 1
    softmax = next(item for item in result.steps if item.key == "attention.softmax")
    assert softmax.children == ()


# --- errors -----------------------------------------------------------------------


@pytest.mark.parametrize("kwargs, words", [
    (dict(d_model=6, heads=4), "heads 4 does not divide d_model = 6"),
    (dict(embeddings=np.ones((2, 4))), "embeddings has 2 rows but there are 3 tokens"),
    (dict(embeddings=np.ones((3, 4)), wq=np.ones((5, 5))), "d_model disagrees"),
    (dict(embeddings=np.ones((3, 4)), d_model=8), "d_model disagrees"),
    (dict(wq=np.ones((4, 4)), wk=np.ones((4, 2))), "W_Q (wq) is 4×4 but W_K (wk) is 4×2"),
    (dict(d_model=4, heads=2, wo=np.ones((3, 4))), "W_O (wo) is 3×4"),
    (dict(kv_embeddings=np.ones((3, 4))), "kv_embeddings belongs to kv_seq"),
    (dict(positional="learned"), "unknown positional encoding"),
    (dict(query=3), "outside the 3 tokens"),
])
def test_errors(kwargs, words):
    with pytest.raises(MathError) as error:
        core.attention(["a", "b", "c"], **kwargs)
    assert words in error.value.message


def test_padding_shorter_than_the_sentence_is_refused():
    with pytest.raises(MathError, match="pad_to 2 is shorter than the 3 tokens"):
        core.attention(["a", "b", "c"], pad_to=2)


# --- tokens -----------------------------------------------------------------------


@pytest.mark.parametrize("text, tokens", [
    ("the cat sat", ["the", "cat", "sat"]),
    ("The cat sat.", ["The", "cat", "sat", "."]),
    ("나는 학교에 간다", ["나는", "학교에", "간다"]),
    ("나는 학교에 간다.", ["나는", "학교에", "간다", "."]),
    ("Hello, world!", ["Hello", ",", "world", "!"]),
    ("don't stop", ["don't", "stop"]),
    ("state-of-the-art", ["state-of-the-art"]),
    ("pi is 3.14", ["pi", "is", "3.14"]),
    ("Wait... (no)", ["Wait", "...", "(", "no", ")"]),
    ("cafe\u0301 naïve", ["cafe\u0301", "naïve"]),
    ("  spaced \t out\n", ["spaced", "out"]),
    ("東京は晴れ。", ["東京は晴れ", "。"]),
    ("👍🏽 ok", ["👍🏽", "ok"]),
    ("", []),
])
def test_tokenize(text, tokens):
    assert tokenize(text) == tokens


def test_choose_token():
    tokens = ["the", "cat", "sat", "2"]
    assert choose_token("cat", tokens) == 1
    assert choose_token("3", tokens) == 2
    assert choose_token("2", tokens) == 3  # a token's text wins over a position
    with pytest.raises(Exception, match="not one of the tokens"):
        choose_token("dog", tokens)
    with pytest.raises(Exception, match="outside the 4 tokens"):
        choose_token("9", tokens)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab1_ '-.,!?()\t\n\r\x0b\x1c\x00", max_size=40))
def test_ascii_shortcut_tokenizes_like_the_unicode_scanner(text):
    from mlmath.parsing.tokens import _scan

    assert tokenize(text) == _scan(text)


def test_explain_false_leaves_the_steps_out():
    quiet = core.attention(["a", "b", "c"], explain=False)
    assert quiet.steps == []
    np.testing.assert_array_equal(quiet.result, core.attention(["a", "b", "c"]).result)


@pytest.mark.parametrize("d_k", [4, 16, 64])
def test_dividing_q_first_is_exact_when_root_dk_is_a_power_of_two(d_k):
    rng = np.random.default_rng(d_k)
    q, k = rng.standard_normal((40, d_k)), rng.standard_normal((30, d_k))
    by_q = kernel.head_weights(q, k, None, out=np.empty((40, 30)))
    after = q @ k.T
    kernel.softmax_scores(after, math.sqrt(d_k), None)
    np.testing.assert_array_equal(by_q, after)


# --- the fast kernel equals the plain formula -----------------------------------------


@settings(max_examples=40, deadline=None)
@given(attention_inputs(), st.booleans(), st.integers(0, 3))
def test_kernel_equals_the_plain_formula(inputs, with_bias, pads):
    x, y = inputs["x"], inputs["y"]
    kv = y if y is not None else x
    rng = np.random.default_rng(len(x) * 7 + pads)
    d = x.shape[1]
    biases = [rng.standard_normal(d) for _ in range(4)] if with_bias else None
    padding = np.arange(len(kv)) >= len(kv) - min(pads, len(kv) - 1)
    for mask_kind in ("none", "padding"):
        key_padding = padding if mask_kind == "padding" else None
        plain = core.multi_head_attention(x, kv, inputs["wq"], inputs["wk"], inputs["wv"], inputs["wo"],
                                          inputs["heads"], causal=inputs["causal"], key_padding_mask=key_padding,
                                          biases=biases)
        fast = kernel.multi_head_attention(x, kv, inputs["wq"], inputs["wk"], inputs["wv"], inputs["wo"],
                                           inputs["heads"], causal=inputs["causal"], key_padding_mask=key_padding,
                                           biases=biases)
        scale = max(1.0, float(np.abs(plain[0]).max()))
        np.testing.assert_allclose(fast[0], plain[0], rtol=0, atol=1e-12 * scale)
        np.testing.assert_allclose(fast[1], plain[1], rtol=0, atol=1e-12)


def test_kernel_without_weights_gives_the_same_output():
    rng = np.random.default_rng(1)
    x, ws = rng.standard_normal((70, 16)), [rng.standard_normal((16, 16)) / 4 for _ in range(4)]
    with_weights = kernel.multi_head_attention(x, x, *ws, heads=4, causal=True)
    without = kernel.multi_head_attention(x, x, *ws, heads=4, causal=True, need_weights=False)
    assert without[1] is None
    np.testing.assert_array_equal(with_weights[0], without[0])


def test_the_plain_formula_by_hand():
    """Two tokens, d_k = 1: weights are softmax([q·k₁, q·k₂]) and the output mixes the values."""
    x = np.array([[1.0], [2.0]])
    one = np.ones((1, 1))
    output, weights = core.multi_head_attention(x, x, one, one, one, None, heads=1)
    e = [math.exp(1.0), math.exp(2.0)]  # query 1: scores 1·1, 1·2
    assert weights[0, 0].tolist() == pytest.approx([e[0] / sum(e), e[1] / sum(e)], abs=1e-15)
    assert output[0, 0] == pytest.approx((e[0] * 1 + e[1] * 2) / sum(e), abs=1e-15)


# --- padding, biases, word vectors, identity weights ---------------------------------------


def test_padding_keys_get_no_weight_and_pad_rows_are_zero():
    result = core.attention(["the", "cat", "sat"], pad_to=5, heads=2)
    assert result.tokens == ["the", "cat", "sat", "<pad>", "<pad>"]
    assert np.all(result.embeddings[3:] == 0)
    assert np.all(result.weights[:, :, 3:] == 0)
    np.testing.assert_allclose(result.weights.sum(axis=2), 1.0, rtol=0, atol=1e-15)
    unpadded = core.attention(["the", "cat", "sat"], heads=2)
    np.testing.assert_allclose(result.result[:3], unpadded.result, rtol=0, atol=1e-12)
    keys = [item.key for item in result.steps]
    assert "attention.pad" in keys


def test_bias_draws_four_vectors():
    result = core.attention(["a", "b"], d_model=4, heads=2, bias=True, seed=2)
    assert [name for name in result.random if name.startswith("b")] == ["bq", "bk", "bv", "bo"]
    np.testing.assert_allclose(result.q, result.x @ result.wq + result.b_q, rtol=0, atol=1e-14)
    np.testing.assert_allclose(result.result, result.concat @ result.wo + result.b_o, rtol=0, atol=1e-14)


def test_word_vectors_are_looked_up_case_folded():
    vectors = {"the": np.array([1.0, 0.0]), "cat": np.array([0.0, 2.0])}
    result = core.attention(["The", "cat"], vectors=vectors, identity_weights=True, positional="none")
    assert result.embeddings.tolist() == [[1.0, 0.0], [0.0, 2.0]]
    assert result.wq.tolist() == np.eye(2).tolist() and result.random == []
    # identity weights: the scores are the embeddings' dot products over √2
    expected = np.exp(np.array([[1.0, 0.0], [0.0, 4.0]]) / math.sqrt(2))
    np.testing.assert_allclose(result.weights, expected / expected.sum(axis=1, keepdims=True), rtol=0, atol=1e-15)
    with pytest.raises(MathError, match="1 token not in the word vectors: dog"):
        core.attention(["the", "dog"], vectors=vectors)
    filled = core.attention(["the", "dog"], vectors=vectors, random_missing=True)
    assert filled.missing == ["dog"]
    np.testing.assert_allclose(filled.embeddings[1], documented_row("dog", 0, 2), rtol=0, atol=1e-14)


def test_causal_cross_attention_masks_later_keys():
    result = core.attention(["a", "b"], ["x", "y", "z"], causal=True, d_model=4)
    assert result.mask.tolist() == [[False, True, True], [False, False, True]]
    assert result.weights[0].tolist()[1:] == [0.0, 0.0]
