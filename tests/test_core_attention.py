"""Attention against PyTorch (recorded fixtures) and a plainly written loop implementation."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
        heads=case["heads"], causal=case["causal"], positional=case["positional"], **extra,
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


@pytest.mark.parametrize("name", [name for name, case in CASES.items() if case["positional"] == "sinusoidal"])
def test_positional_encoding_matches_torch_tutorial(name):
    case = CASES[name]
    expected = np.array(case["positional_encoding"])
    np.testing.assert_allclose(core.positional_encoding(*expected.shape), expected, rtol=0, atol=1e-12)


# --- against the loop implementation ---------------------------------------------


@pytest.mark.parametrize("name", sorted(CASES))
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
    n, d, heads = 160, 32, 16
    assert heads * n * n >= core.PARALLEL_ENTRIES
    tokens = [f"w{i}" for i in range(n)]
    result = core.attention(tokens, d_model=d, heads=heads, causal=True, seed=3)
    q, k = result.q, result.k
    d_k = d // heads
    for h in (0, 7, 15):
        cols = slice(h * d_k, (h + 1) * d_k)
        scores = q[:, cols] @ k[:, cols].T / math.sqrt(d_k)
        scores[np.triu_indices(n, 1)] = -np.inf
        expected = np.exp(scores - scores.max(axis=1, keepdims=True))
        expected /= expected.sum(axis=1, keepdims=True)
        np.testing.assert_allclose(result.weights[h], expected, rtol=0, atol=1e-12)
        np.testing.assert_allclose(result.scores[h], q[:, cols] @ k[:, cols].T / math.sqrt(d_k), rtol=0, atol=1e-12)
        # the weights worked out on demand are the very numbers the output was made from
        np.testing.assert_array_equal(result.weights[h] @ result.v[:, cols], result.head_outputs[h])


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


def test_same_seed_same_numbers_and_documented_streams():
    first = core.attention(["the", "cat", "sat"], seed=5)
    again = core.attention(["the", "cat", "sat"], seed=5)
    np.testing.assert_array_equal(first.result, again.result)
    other = core.attention(["the", "cat", "sat"], seed=6)
    assert not np.array_equal(first.result, other.result)
    # each matrix comes from default_rng([seed, role]), weights scaled by 1/√d_model
    np.testing.assert_array_equal(first.embeddings, np.random.default_rng([5, 0]).standard_normal((3, 8)))
    np.testing.assert_array_equal(first.wq, np.random.default_rng([5, 1]).standard_normal((8, 8)) / math.sqrt(8))
    np.testing.assert_array_equal(first.wv, np.random.default_rng([5, 3]).standard_normal((8, 8)) / math.sqrt(8))
    assert first.random == ["embeddings", "wq", "wk", "wv"] and first.seed == 5


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
    # and the same token in another sentence, at the same place in the vocabulary, too
    other = core.attention(["the", "cat", "ran"], positional="none")
    np.testing.assert_array_equal(result.embeddings[:2], other.embeddings[:2])


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
        assert math.fsum(a * b for a, b in child.args["terms"]) == pytest.approx(result.raw_scores[1, j], abs=1e-12)
    softmax = next(item for item in result.steps if item.key == "attention.softmax")
    assert softmax.children[0].args["weights"] == pytest.approx(result.weights[1].tolist(), abs=1e-15)


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


def test_causal_cross_is_refused():
    with pytest.raises(MathError, match="causal"):
        core.attention(["a"], ["b", "c"], causal=True)


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
    by_q = core.head_weights(q, k, 1, 0, None, out=np.empty((40, 30)))
    after = q @ k.T
    core.softmax_scores(after, math.sqrt(d_k), None)
    np.testing.assert_array_equal(by_q, after)
