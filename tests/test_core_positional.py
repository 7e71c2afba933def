"""Sinusoidal positional encoding against the paper's formula written out plainly, entry by entry."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mlmath.core.positional import posenc
from mlmath.core.transformer import attention
from mlmath.errors import MathError


def plain_pe(pos: int, column: int, d: int) -> float:
    """PE(pos, 2i) = sin(pos / 10000^(2i/d)), PE(pos, 2i+1) = cos(pos / 10000^(2i/d)), one entry at a time."""
    i = column // 2
    angle = pos / math.pow(10000, 2 * i / d)
    return math.sin(angle) if column % 2 == 0 else math.cos(angle)


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 40), st.integers(1, 33))
def test_every_entry_equals_the_formula(positions, d):
    table = posenc(positions, d, explain=False).result
    assert table.shape == (positions, d)
    expected = np.array([[plain_pe(p, c, d) for c in range(d)] for p in range(positions)])
    np.testing.assert_allclose(table, expected, rtol=0, atol=1e-12)


def test_known_values_by_hand():
    result = posenc(4, 4, position=3, pair=1)
    # pair 1 of d = 4: 10000^(2/4) = 100, angle 3/100
    assert result.exponent == 0.5 and result.divisor == pytest.approx(100)
    assert result.angle == pytest.approx(0.03)
    assert result.sin == pytest.approx(math.sin(0.03)) and result.cos == pytest.approx(math.cos(0.03))
    assert result.result[0].tolist() == [0.0, 1.0, 0.0, 1.0]  # position 0: sin 0 = 0, cos 0 = 1
    assert result.result[1, 0] == pytest.approx(math.sin(1)) and result.result[1, 1] == pytest.approx(math.cos(1))


def test_defaults_work_out_the_last_position_and_pair_one():
    result = posenc(6, 8)
    assert (result.position, result.pair) == (5, 1)
    assert result.frequencies.tolist() == pytest.approx([1, 0.1, 0.01, 0.001])
    assert [s.key for s in result.steps][:2] == ["positional.formula", "positional.entry"]


def test_rows_are_distinct_and_pairs_lie_on_the_unit_circle():
    table = posenc(50, 16).result
    assert len({tuple(np.round(row, 12)) for row in table}) == 50
    np.testing.assert_allclose(table[:, 0::2] ** 2 + table[:, 1::2] ** 2, 1.0, atol=1e-12)


def test_sentence_gives_the_same_x_plus_pe_as_attention():
    tokens = ["the", "cat", "sat", "on", "the", "mat"]
    mine = posenc(tokens=tokens, d_model=8, seed=3)
    theirs = attention(tokens, d_model=8, seed=3, explain=False)
    np.testing.assert_array_equal(mine.x, theirs.x)
    np.testing.assert_array_equal(mine.embeddings[0], mine.embeddings[4])  # "the" twice, one row


def test_given_embeddings_are_added():
    x = np.arange(6.0).reshape(2, 3)
    result = posenc(tokens=["a", "b"], embeddings=x)
    expected = x + np.array([[plain_pe(p, c, 3) for c in range(3)] for p in range(2)])
    np.testing.assert_allclose(result.x, expected, atol=1e-15)
    assert not result.random and result.seed is None and result.d_model == 3


def test_odd_width_has_no_cosine_in_the_last_pair():
    result = posenc(3, 5, pair=2)
    assert result.cos is None and result.sin == pytest.approx(plain_pe(2, 4, 5))


@pytest.mark.parametrize(("args", "options", "words"), [
    ((0, 4), {}, "at least 1"),
    ((4, 0), {}, "between 1"),
    ((4, 4), {"position": 4}, "outside 0 … 3"),
    ((4, 4), {"pair": 2}, "pair 2 is outside"),
    ((3, None), {"tokens": ["a", "b"]}, "positions is 3"),
    ((None, None), {"tokens": ["a"], "embeddings": np.ones((2, 2))}, "2 rows"),
])
def test_bad_input(args, options, words):
    with pytest.raises(MathError, match=words):
        posenc(*args, **options)
