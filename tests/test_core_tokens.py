"""Tokens: vocabulary, ids, padding, mask, one-hot and embedding lookup, against counts done by hand."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mlmath.core.tokens import MAX_ONE_HOT, encode_sentences
from mlmath.errors import MathError
from mlmath.parsing.tokens import tokenize


def run(*texts, **options):
    return encode_sentences([tokenize(text) for text in texts], list(texts), **options)


def test_two_sentences_counted_by_hand():
    result = run("I love NLP", "I love math", pad_to=4)
    assert result.vocabulary == ["<pad>", "<unk>", "I", "love", "NLP", "math"]
    assert result.result.tolist() == [[2, 3, 4, 0], [2, 3, 5, 0]]
    assert result.mask.tolist() == [[1, 1, 1, 0], [1, 1, 1, 0]]
    assert result.padded == [["I", "love", "NLP", "<pad>"], ["I", "love", "math", "<pad>"]]


def test_korean_sentences_and_default_length():
    result = run("I love NLP", "나는 학교에 간다 .")
    assert result.vocabulary == ["<pad>", "<unk>", "I", "love", "NLP", "나는", "학교에", "간다", "."]
    assert result.length == 4
    assert result.result.tolist() == [[2, 3, 4, 0], [5, 6, 7, 8]]
    assert result.mask.tolist() == [[1, 1, 1, 0], [1, 1, 1, 1]]


def test_repeated_tokens_keep_their_first_id_and_case_matters():
    result = run("the cat saw The cat")
    assert result.vocabulary == ["<pad>", "<unk>", "the", "cat", "saw", "The"]
    assert result.result.tolist() == [[2, 3, 4, 5, 3]]


def test_given_vocabulary_unknown_tokens_and_added_specials():
    result = run("I love math", vocabulary=["I", "love", "NLP"])
    assert result.vocabulary == ["<pad>", "<unk>", "I", "love", "NLP"]
    assert result.added == ["<pad>", "<unk>"]
    assert result.unknown == ["math"]
    assert result.result.tolist() == [[2, 3, 1]]
    kept = run("b a", vocabulary=["<unk>", "a", "<pad>", "b"])  # ids follow the file's lines
    assert kept.added == [] and kept.result.tolist() == [[3, 1]]


def test_cutting_to_a_shorter_length():
    result = run("a b c d", "a", pad_to=2)
    assert result.result.tolist() == [[2, 3], [2, 0]]
    assert result.truncated == [0]
    assert result.mask.tolist() == [[1, 1], [1, 0]]


def test_one_hot_rows_pick_the_rows_of_the_embedding_matrix():
    result = run("I love NLP", "I love math", pad_to=4)
    hot = result.one_hot
    assert hot.shape == (2, 4, 6)
    expected = np.zeros((2, 4, 6))
    for s, row in enumerate([[2, 3, 4, 0], [2, 3, 5, 0]]):
        for p, k in enumerate(row):
            expected[s, p, k] = 1
    np.testing.assert_array_equal(hot, expected)
    # a lookup is the one-hot row times E
    np.testing.assert_allclose(hot @ result.embedding_matrix, result.embeddings, rtol=0, atol=0)


def test_random_embeddings_have_a_zero_pad_row_and_follow_the_seed():
    first = run("I love NLP", pad_to=5, d_model=3, seed=7)
    again = run("I love NLP", pad_to=5, d_model=3, seed=7)
    other = run("I love NLP", pad_to=5, d_model=3, seed=8)
    assert first.random and first.embedding_matrix.shape == (5, 3)
    np.testing.assert_array_equal(first.embedding_matrix[0], 0.0)
    np.testing.assert_array_equal(first.embedding_matrix, again.embedding_matrix)
    assert not np.array_equal(first.embedding_matrix, other.embedding_matrix)
    np.testing.assert_array_equal(first.embeddings[0, 3:], 0.0)  # the padding positions


def test_given_embedding_matrix_is_looked_up_row_by_row():
    table = np.arange(12.0).reshape(6, 2)
    result = run("I love NLP", "I love math", pad_to=4, embeddings=table)
    assert not result.random and result.seed is None
    assert result.embeddings[1].tolist() == [[4, 5], [6, 7], [10, 11], [0, 1]]


def test_no_one_hot_for_a_long_vocabulary():
    text = " ".join(f"w{i}" for i in range(MAX_ONE_HOT))
    assert run(text).one_hot is None


@pytest.mark.parametrize(("options", "words"), [
    ({"embeddings": np.ones((3, 2))}, "rows but the vocabulary has 5"),
    ({"pad_to": 0}, "at least 1"),
    ({"vocabulary": ["a", "a"]}, "twice"),
    ({"d_model": 0}, "between 1"),
])
def test_bad_input_speaks_of_the_math(options, words):
    with pytest.raises(MathError, match=words):
        run("I love NLP", **options)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["a", "b", "c", "가", "나"]), min_size=1, max_size=6), min_size=1,
                max_size=4), st.integers(1, 8))
def test_ids_decode_back_to_the_tokens(sentences, length):
    result = encode_sentences(sentences, pad_to=length)
    for s, words in enumerate(sentences):
        ids = result.result[s]
        assert [result.vocabulary[k] for k in ids[: len(words)]] == words[:length]
        assert ids[len(words):].tolist() == [0] * max(0, length - len(words))
        assert result.mask[s].sum() == min(len(words), length)
