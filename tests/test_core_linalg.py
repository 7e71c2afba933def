"""matmul, dot and cosine against hand-worked values and plainly written loops."""

import math
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mlmath.core import linalg
from mlmath.errors import MathError
from mlmath.render.steps import step_text


def loop_matmul(a, b):
    """A second, plainly written matrix product: c_ij = Σ_k a_ik·b_kj."""
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]


# --- matmul -------------------------------------------------------------------------


def test_course_notes_3x2_times_2x1():
    result = linalg.matmul(np.array([[2, 3], [4, 5], [6, 7]]), np.array([[10], [20]]))
    # 2·10 + 3·20 = 80, 4·10 + 5·20 = 140, 6·10 + 7·20 = 200
    assert result.result.tolist() == [[80], [140], [200]]
    assert result.shape == (3, 1)


def test_course_notes_4x3_times_3x2_with_cells_worked_out():
    a = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]])
    b = np.array([[2, 3], [4, 5], [6, 7]])
    result = linalg.matmul(a, b)
    assert result.result.tolist() == [[28, 34], [64, 79], [100, 124], [136, 169]]
    rule = result.steps[-1]
    assert step_text(rule) == "A·B: (4×3)·(3×2) → 4×2; the inner sizes 3 agree, the result takes the outer sizes"
    assert step_text(rule.children[0]) == "c₁₁ = row 1 · column 1 = 1·2 + 2·4 + 3·6 = 28"
    assert step_text(rule.children[-1]) == "c₄₂ = row 4 · column 2 = 10·3 + 11·5 + 12·7 = 169"


def test_mismatch_names_the_transpose_that_fits():
    with pytest.raises(MathError) as caught:
        linalg.matmul(np.array([[3, 4], [5, 6]]), np.array([[0.5, 0.2]]))
    message = caught.value.message
    assert "A is 2×2 and B is 1×2" in message
    assert "A·Bᵀ would fit and give 2×1" in message


def test_mismatch_in_a_chain_names_the_running_product():
    with pytest.raises(MathError, match=r"\(A·B\)·C does not fit: \(A·B\) is 2×1 and C is 2×2"):
        linalg.matmul(np.ones((2, 3)), np.ones((3, 1)), np.ones((2, 2)))


def test_chain_of_three_left_to_right():
    a, b, c = [[1, 2], [3, 4]], [[0, 1], [1, 0]], [[2], [1]]
    result = linalg.matmul(np.array(a), np.array(b), np.array(c))
    assert result.result.tolist() == loop_matmul(loop_matmul(a, b), c) == [[5], [11]]
    assert [p.tolist() for p in result.partials] == [[[2, 1], [4, 3]]]


def test_fractions_stay_exact():
    result = linalg.matmul(np.array([[Fraction(1, 2), Fraction(1, 3)]], dtype=object), np.array([[3], [6]]))
    assert result.result.tolist() == [[Fraction(7, 2)]]


def test_decimals_are_multiplied_as_written():
    result = linalg.matmul(np.array([[0.1, 0.2]]), np.array([[0.3], [0.4]]))
    assert result.result.tolist() == [[0.11]]  # float arithmetic alone gives 0.11000000000000001


def test_no_int64_overflow():
    big = np.array([[2**20, 2**20]], dtype=np.int64)
    chain = linalg.matmul(big, big.T, big, big.T)
    assert int(chain.result[0, 0]) == (2 * 2**40) * (2 * 2**40)


def test_elementwise_broadcasts_the_row():
    result = linalg.elementwise(np.array([[3, 4], [5, 6]]), np.array([[0.5, 0.2]]))
    assert result.result.tolist() == [[1.5, 0.8], [2.5, 1.2]]
    texts = [step_text(s) for s in result.steps]
    assert "B is stretched down the rows: its single row is repeated 2 times" in texts


def test_elementwise_incompatible_shapes():
    with pytest.raises(MathError, match="cannot broadcast A \\(2×3\\), B \\(2×2\\)"):
        linalg.elementwise(np.ones((2, 3)), np.ones((2, 2)))


def test_large_product_skips_cell_steps():
    result = linalg.matmul(np.ones((50, 50)), np.ones((50, 50)))
    assert result.steps[-1].children[0].key == "matmul.cells_hidden"
    assert result.result[0, 0] == 50.0


# --- dot and cosine -------------------------------------------------------------------


def test_negative_factors_in_a_sum_of_products_are_parenthesised_as_written_by_hand():
    # −1·3 + (−2)·(−4) = −3 + 8 = 5: the sign belongs to the factor, not to the whole term
    result = linalg.dot(np.array([-1, -2]), np.array([3, -4]))
    assert step_text(result.steps[0]) == "a·b = -1·3 + (-2)·(-4) = -3 + 8 = 5"


def test_dot_hand_worked():
    result = linalg.dot(np.array([1, 2, 3]), np.array([4, 5, 6]))
    assert result.result == 32  # 4 + 10 + 18
    assert result.terms == [4, 10, 18]
    assert result.norm_a == pytest.approx(math.sqrt(14))
    assert result.norm_b == pytest.approx(math.sqrt(77))
    assert result.direction == "same"
    assert step_text(result.steps[1]) == "|a| = √(1² + 2² + 3²) = √14 = 3.742  (Pythagoras)"


@pytest.mark.parametrize(("b", "direction"), [([2, -1], "orthogonal"), ([-1, -1], "opposite"), ([1, 1], "same")])
def test_dot_sign_meaning(b, direction):
    assert linalg.dot(np.array([1, 2]), np.array(b)).direction == direction


def test_dot_length_mismatch():
    with pytest.raises(MathError, match="a has 3 entries and b has 2"):
        linalg.dot(np.array([1, 2, 3]), np.array([1, 2]))


def test_dot_with_zero_vector_has_no_angle():
    result = linalg.dot(np.array([0, 0]), np.array([1, 2]))
    assert result.result == 0 and result.angle_degrees is None


def test_cosine_exact_cases():
    assert linalg.cosine(np.array([1, 2]), np.array([-2, -4])).result == -1.0
    assert linalg.cosine(np.array([1, 0]), np.array([0, 1])).result == 0.0
    assert linalg.cosine(np.array([1, 2]), np.array([2, 4])).result == 1.0
    half = linalg.cosine(np.array([1, 0]), np.array([1, math.sqrt(3)]))
    assert half.result == pytest.approx(0.5) and half.angle_degrees == pytest.approx(60)


def test_cosine_zero_vector_is_an_error():
    with pytest.raises(MathError, match="a is the zero vector"):
        linalg.cosine(np.array([0, 0]), np.array([1, 1]))


def test_similarity_matrix_and_query_ranking():
    rows = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    result = linalg.similarity_matrix(rows, ["x", "y", "xy"])
    s = 1 / math.sqrt(2)
    assert np.allclose(result.matrix, [[1, 0, s], [0, 1, s], [s, s, 1]], atol=1e-15)
    ranked = linalg.similarity_matrix(rows, ["x", "y", "xy"], query=np.array([2.0, 1.0]))
    # query (2,1): with x 2/√5 = 0.894, with xy 3/√10 = 0.949, with y 1/√5 = 0.447
    assert [entry["label"] for entry in ranked.ranking] == ["xy", "x", "y"]
    assert ranked.ranking[0]["similarity"] == pytest.approx(3 / math.sqrt(10), abs=1e-15)
    assert ranked.result.tolist() == pytest.approx([2 / math.sqrt(5), 1 / math.sqrt(5), 3 / math.sqrt(10)], abs=1e-15)


# --- properties ---------------------------------------------------------------------

small_ints = st.integers(min_value=-50, max_value=50)


def vectors(size):
    return st.lists(st.floats(min_value=-1e3, max_value=1e3, allow_nan=False, allow_infinity=False),
                    min_size=size, max_size=size)


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=6).flatmap(lambda n: st.tuples(vectors(n), vectors(n))))
def test_cosine_lies_in_minus_one_to_one(pair):
    a, b = np.array(pair[0]), np.array(pair[1])
    if not a.any() or not b.any():
        return
    value = linalg.cosine(a, b).result
    assert -1.0 <= value <= 1.0


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=6).flatmap(lambda n: st.tuples(vectors(n), vectors(n))))
def test_dot_is_symmetric(pair):
    a, b = np.array(pair[0]), np.array(pair[1])
    assert linalg.dot(a, b).result == linalg.dot(b, a).result


@settings(max_examples=40, deadline=None)
@given(
    st.tuples(*[st.integers(min_value=1, max_value=4)] * 4).flatmap(
        lambda dims: st.tuples(
            *[
                st.lists(st.lists(small_ints, min_size=cols, max_size=cols), min_size=rows, max_size=rows)
                for rows, cols in zip(dims[:-1], dims[1:])
            ]
        )
    )
)
def test_matrix_product_is_associative(matrices):
    a, b, c = (np.array(m) for m in matrices)
    left = linalg.matmul(linalg.matmul(a, b).result, c).result
    right = linalg.matmul(a, linalg.matmul(b, c).result).result
    assert left.tolist() == right.tolist() == loop_matmul(loop_matmul(matrices[0], matrices[1]), matrices[2])


def test_extreme_magnitudes_neither_overflow_nor_underflow():
    huge = linalg.cosine(np.array([1e308, 1e308]), np.array([10.0, 10.0]))
    assert huge.result == pytest.approx(1.0, abs=1e-15) and huge.norm_a == pytest.approx(2 ** 0.5 * 1e308)
    tiny = linalg.cosine(np.array([1e-300, 1e-300]), np.array([1e-300, 0.0]))
    assert tiny.result == pytest.approx(2 ** -0.5, abs=1e-15)
    overflowing = linalg.dot(np.array([1e308, 1e308]), np.array([10.0, 10.0]))
    assert overflowing.result == math.inf  # reported as null plus a warning in JSON
    product = linalg.matmul(np.array([[1e308]]), np.array([[10.0]]))
    assert product.result[0, 0] == math.inf


def test_exact_integers_past_fifteen_digits_are_written_like_floats():
    from mlmath.render.numbers import format_number

    assert format_number(10**15 - 1) == "999999999999999"
    assert format_number(10**20) == "1.000e+20"  # 4 significant digits
    assert format_number(-(3**10000), 2) == "-1.6e+4771"  # past float64 and past Python's 4300-digit str()


def test_a_long_dot_product_is_quick_and_correctly_rounded():
    import time

    n = 250_000  # past the exact-arithmetic limit
    a, b = np.arange(n), np.ones(n, dtype=np.int64)
    start = time.perf_counter()
    result = linalg.dot(a, b)
    assert time.perf_counter() - start < 5
    assert result.result == n * (n - 1) // 2  # 0 + 1 + … + (n − 1)
    assert result.norm_a == pytest.approx(math.sqrt((n - 1) * n * (2 * n - 1) / 6), rel=1e-15)  # √(Σ i²)
    assert "…" in step_text(result.steps[0]) and len(step_text(result.steps[0])) < 300


def test_a_ten_entry_dot_product_is_written_out_in_full_and_an_eleven_entry_one_shortened():
    ten = step_text(linalg.dot(np.arange(1, 11), np.ones(10, dtype=np.int64)).steps[1])
    assert ten == "|a| = √(1² + 2² + 3² + 4² + 5² + 6² + 7² + 8² + 9² + 10²) = √385 = 19.62  (Pythagoras)"
    eleven = step_text(linalg.dot(np.arange(1, 12), np.ones(11, dtype=np.int64)).steps[1])
    assert eleven.startswith("|a| = √(1² + 2² + 3² + 4² + 5² + 6² + … + 10² + 11²) = √506")


def test_a_long_dot_product_holds_only_its_products():
    """Issue 20: two vectors of 10⁶ peaked at 252 MiB (1.5 GB of Python floats for the norms and the table)."""
    import tracemalloc

    from mlmath.render import drawn_text

    n = 300_000
    rng = np.random.default_rng(7)
    a, b = rng.standard_normal(n), rng.standard_normal(n)
    drawn_text(linalg.dot(a[:250_000], b[:250_000]), color=False, width=80)  # the view's modules imported
    tracemalloc.start()
    result = linalg.dot(a, b)
    text = drawn_text(result, color=False, width=80).plain
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 1.5 * 8 * n  # the products (8 bytes each) and a block or two, never n Python objects
    assert result.result == math.fsum(x * y for x, y in zip(a.tolist(), b.tolist()))
    assert result.norm_a == pytest.approx(math.sqrt(math.fsum(x * x for x in a.tolist())), rel=1e-15)
    assert f"of 3×{n}" in text and f"i={n}" in text and "i=1 " in text


def test_the_norm_of_a_long_vector_neither_overflows_nor_underflows():
    n = 250_000
    huge, tiny = np.full(n, 1e200), np.full(n, 1e-200)
    result = linalg.dot(huge, tiny)
    assert result.norm_a == pytest.approx(1e200 * math.sqrt(n), rel=1e-14)
    assert result.norm_b == pytest.approx(1e-200 * math.sqrt(n), rel=1e-14)
    assert result.result == pytest.approx(n, rel=1e-15)
