"""transpose, inverse and det against hand-worked values, NumPy and SymPy."""

import math
from fractions import Fraction

import numpy as np
import pytest
import sympy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mlmath.core import matrices
from mlmath.errors import MathError


def exact(rows):
    """An object array of Fractions, as the number reader gives for fraction input."""
    array = np.empty((len(rows), len(rows[0])), dtype=object)
    array[...] = [[Fraction(value) for value in row] for row in rows]
    return array


def sympy_matrix(array):
    return sympy.Matrix([[sympy.Rational(str(Fraction(value))) for value in row] for row in np.asarray(array).tolist()])


def as_fractions(array):
    return [[Fraction(value) for value in row] for row in np.asarray(array).tolist()]


def keys(result):
    """Every step key, sub-steps included, depth first."""
    found = []

    def walk(steps):
        for item in steps:
            found.append(item.key)
            walk(item.children)

    walk(result.steps)
    return found


# --- transpose ----------------------------------------------------------------------


def test_transpose_of_a_2x3_by_hand():
    result = matrices.transpose(np.array([[1, 2, 3], [4, 5, 6]]))
    assert result.result.tolist() == [[1, 4], [2, 5], [3, 6]]
    assert result.shape == (2, 3) and result.result_shape == (3, 2) and result.kind == "matrix"
    rows = [item for item in result.steps if item.key == "matrices.transpose.row"]
    assert len(rows) == 2 and len(rows[0].children) == 3
    move = rows[0].children[1].args  # a₁₂ = 2 goes to (2, 1)
    assert (move["entry"], move["value"], move["row"], move["col"]) == ("a₁₂", 2, 2, 1)


def test_row_and_column_vectors_and_symmetric():
    row = matrices.transpose(np.array([[1, 2, 3]]))
    assert row.kind == "row_vector" and row.result.tolist() == [[1], [2], [3]]
    assert "matrices.transpose.row_vector" in keys(row)
    column = matrices.transpose(np.array([[1], [2]]))
    assert column.kind == "column_vector" and column.result.tolist() == [[1, 2]]
    assert "matrices.transpose.column_vector" in keys(column)
    assert "matrices.transpose.symmetric" in keys(matrices.transpose(np.array([[1, 7], [7, 2]])))
    assert "matrices.transpose.diagonal" in keys(matrices.transpose(np.array([[1, 7], [0, 2]])))


def test_transpose_keeps_fractions_exact():
    result = matrices.transpose(exact([[Fraction(1, 2), 3]]))
    assert result.result.tolist() == [[Fraction(1, 2)], [3]]


def test_large_transpose_shows_only_some_rows():
    result = matrices.transpose(np.arange(200 * 300).reshape(200, 300))
    assert np.array_equal(result.result, np.arange(200 * 300).reshape(200, 300).T)
    rows = [item for item in result.steps if item.key == "matrices.transpose.row"]
    assert len(rows) == 8 and all(not item.children for item in rows)
    assert result.steps[-1].key == "matrices.transpose.rows_hidden" and result.steps[-1].args["hidden"] == 192


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 7), st.integers(1, 7), st.integers(0, 2**32 - 1))
def test_transpose_equals_numpy(rows, cols, seed):
    matrix = np.random.default_rng(seed).normal(size=(rows, cols))
    assert np.array_equal(matrices.transpose(matrix).result, matrix.T)


# --- inverse: hand-worked -------------------------------------------------------------


def test_inverse_of_the_issue_example_is_exact():
    result = matrices.inverse(np.array([[2, 1], [1, 1]]))
    assert result.result.dtype == np.int64 and result.result.tolist() == [[1, -1], [-1, 2]]
    assert result.determinant == 1 and result.exact and result.pivoting == "first-nonzero"
    # R₁ ← (1/2)·R₁; R₂ ← R₂ − 1·R₁; R₂ ← 2·R₂; R₁ ← R₁ − (1/2)·R₂
    operations = [item for item in result.steps if item.key.startswith(("matrices.inverse.scale",
                                                                          "matrices.inverse.subtract",
                                                                          "matrices.inverse.add",
                                                                          "matrices.inverse.swap"))]
    assert [(item.key.rsplit(".", 1)[1], item.args.get("factor")) for item in operations] == [
        ("scale", Fraction(1, 2)), ("subtract", 1), ("scale", 2), ("subtract", Fraction(1, 2))]
    after_last = operations[-1].children[0].args["matrix"]
    assert as_fractions(after_last) == [[1, 0, 1, -1], [0, 1, -1, 2]]
    formula = next(item for item in result.steps if item.key == "matrices.inverse.formula").args
    assert formula["det"] == 1 and formula["first"] == [1, -1] and formula["second"] == [-1, 2]
    assert result.product.tolist() == [[1, 0], [0, 1]] and result.residual == 0


def test_inverse_with_a_swap_and_fractions():
    # [[0,1],[2,3]]: R₁ ↔ R₂ first (no pivot in column 1 of row 1); det = −2; inverse [[−3/2, 1/2], [1, 0]]
    result = matrices.inverse(np.array([[0, 1], [2, 3]]))
    assert result.steps[3].key == "matrices.inverse.swap.first"
    assert result.swaps == 1 and result.determinant == -2
    assert as_fractions(result.result) == [[Fraction(-3, 2), Fraction(1, 2)], [1, 0]]


def test_inverse_of_a_3x3_by_hand():
    # the classic [[2,−1,0],[−1,2,−1],[0,−1,2]]: det 4, inverse (1/4)·[[3,2,1],[2,4,2],[1,2,3]]
    result = matrices.inverse(np.array([[2, -1, 0], [-1, 2, -1], [0, -1, 2]]))
    assert as_fractions(result.result) == [[Fraction(v, 4) for v in row] for row in [[3, 2, 1], [2, 4, 2], [1, 2, 3]]]
    assert result.determinant == 4


def test_float_inverse_uses_partial_pivoting():
    a = np.array([[1.0, 2.0], [3.0, 4.0]])
    result = matrices.inverse(a)
    assert not result.exact and result.pivoting == "partial"
    swap = next(item for item in result.steps if item.key.startswith("matrices.inverse.swap"))
    assert swap.key == "matrices.inverse.swap.largest" and swap.args["pivot"] == 3.0
    assert np.allclose(result.result, [[-2, 1], [1.5, -0.5]], atol=1e-15)
    assert result.condition_number == pytest.approx(np.linalg.cond(a, 1))
    assert result.residual < 1e-15


@pytest.mark.parametrize(("rows", "zero_row", "combination"), [
    ([[1, 2], [2, 4]], 2, "-2·row 1 + row 2 = 0"),
    ([[1, 2, 3], [4, 5, 6], [7, 8, 9]], 3, "row 1 - 2·row 2 + row 3 = 0"),
    ([[0.1, 0.2], [0.3, 0.6]], 2, "-3·row 1 + row 2 = 0"),  # singular as written, whatever float64 says
    ([[0, 0], [0, 0]], 1, "row 1 = 0"),
])
def test_singular_matrices_say_which_row_became_zero(rows, zero_row, combination):
    with pytest.raises(MathError) as caught:
        matrices.inverse(np.array(rows))
    message = caught.value.message
    assert f"turns row {zero_row} into zeros ({combination})" in message
    assert "det A = 0" in message and "\n" not in message


def test_non_square_is_refused_in_one_sentence():
    with pytest.raises(MathError, match=r"A is 2×3 \(2 rows × 3 columns\); only a square matrix"):
        matrices.inverse(np.ones((2, 3)))
    with pytest.raises(MathError, match="has a determinant"):
        matrices.det(np.ones((3, 1)))


def test_nearly_singular_float_matrix_warns_with_its_condition_number():
    a = np.array([[1.0, 1.0], [1.0, 1.0 + 1e-12]])
    result = matrices.inverse(a)
    assert result.near_singular and result.condition_number > 1e12
    warning = next(item for item in result.steps if item.key == "matrices.inverse.near_singular")
    assert warning.args["condition"] == result.condition_number and warning.args["digits"] >= 12
    assert not matrices.inverse(np.array([[2.0, 1.0], [1.0, 1.0]])).near_singular


def test_large_float_inverse_goes_to_lapack_and_shows_one_column():
    a = np.random.default_rng(1).normal(size=(40, 40))
    result = matrices.inverse(a)
    assert result.method == "lapack"
    assert np.array_equal(result.result, np.linalg.inv(a))  # the very same numbers
    assert result.steps[-3].key != "matrices.inverse.hidden"
    assert "matrices.inverse.lapack" in keys(result)
    operations = [k for k in keys(result) if k.startswith(("matrices.inverse.sub", "matrices.inverse.add"))]
    assert len(operations) <= matrices.MAX_SHOWN_OPERATIONS


def test_exact_6x6_hides_the_later_operations():
    a = np.random.default_rng(3).integers(1, 9, size=(6, 6)) + 20 * np.eye(6, dtype=np.int64)
    result = matrices.inverse(a)
    hidden = next(item for item in result.steps if item.key == "matrices.inverse.hidden")
    shown = sum(1 for k in keys(result) if k.startswith(("matrices.inverse.scale", "matrices.inverse.sub",
                                                          "matrices.inverse.add", "matrices.inverse.swap")))
    assert shown == matrices.MAX_SHOWN_OPERATIONS and shown + hidden.args["count"] == result.operations
    assert sympy_matrix(a).inv() == sympy.Matrix(as_fractions(result.result))


# --- inverse: against NumPy and SymPy ---------------------------------------------------

small_ints = st.integers(-6, 6)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(1, 5).flatmap(lambda n: st.lists(st.lists(small_ints, min_size=n, max_size=n), min_size=n,
                                                      max_size=n)))
def test_exact_inverse_equals_sympy(rows):
    reference = sympy.Matrix(rows)
    if reference.det() == 0:
        with pytest.raises(MathError, match="singular"):
            matrices.inverse(np.array(rows))
        return
    result = matrices.inverse(np.array(rows))
    assert sympy.Matrix(as_fractions(result.result)) == reference.inv()
    assert Fraction(result.determinant) == Fraction(str(reference.det()))


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 12), st.integers(0, 2**32 - 1))
def test_float_inverse_equals_numpy(n, seed):
    a = np.random.default_rng(seed).normal(size=(n, n)) + n * np.eye(n)  # comfortably invertible
    result = matrices.inverse(a)
    assert np.allclose(result.result, np.linalg.inv(a), rtol=1e-10, atol=1e-12)
    assert result.residual <= 1e-12


@settings(max_examples=30, deadline=None)
@given(st.integers(2, 4).flatmap(lambda n: st.lists(st.lists(st.fractions(-3, 3, max_denominator=5), min_size=n,
                                                              max_size=n), min_size=n, max_size=n)))
def test_fraction_inverse_equals_sympy(rows):
    reference = sympy.Matrix([[sympy.Rational(v.numerator, v.denominator) for v in row] for row in rows])
    if reference.det() == 0:
        return
    result = matrices.inverse(exact(rows))
    assert sympy.Matrix(as_fractions(result.result)) == reference.inv()


# --- det -------------------------------------------------------------------------


def test_det_2x2_and_3x3_by_cofactors_by_hand():
    two = matrices.det(np.array([[3, 8], [4, 6]]))
    assert two.result == 3 * 6 - 8 * 4 == -14 and two.method == "cofactor"
    assert [c["product"] for c in two.cofactors] == [18, -32]
    three = matrices.det(np.array([[6, 1, 1], [4, -2, 5], [2, 8, 7]]))
    # 6·(−2·7 − 5·8) − 1·(4·7 − 5·2) + 1·(4·8 − (−2)·2) = 6·(−54) − 18 + 36 = −306
    assert three.result == -306
    assert [c["minor_det"] for c in three.cofactors] == [-54, 18, 36]
    assert [c["sign"] for c in three.cofactors] == [1, -1, 1]
    assert [c["product"] for c in three.cofactors] == [-324, -18, 36]
    term = next(item for item in three.steps if item.key == "matrices.det.term_2x2").args
    assert term["first"] == [-2, 5] and term["second"] == [8, 7] and term["minor"] == -54


def test_det_of_decimals_as_written():
    assert matrices.det(np.array([[0.1, 0.2], [0.3, 0.6]])).result == 0.0
    assert matrices.det(np.array([[0.5, 0.25], [2.0, 3.0]])).result == 1.0
    assert matrices.det(np.array([[7]])).result == 7


def test_det_by_lu_with_a_swap_by_hand():
    # column 1 has 0 on top: R₁ ↔ R₂; pivots 1, 1, 1, 2 after elimination → det = −1·(1·1·1·2)
    a = np.array([[0, 1, 0, 0], [1, 0, 0, 0], [0, 0, 1, 0], [0, 0, 0, 2]])
    result = matrices.det(a)
    assert result.method == "lu" and result.swaps == 1 and result.sign == -1
    assert result.pivots == [1, 1, 1, 2] and result.result == -2


def test_det_lu_of_a_singular_matrix_is_zero():
    a = np.array([[1, 2, 3, 4], [2, 4, 6, 8], [0, 1, 0, 1], [1, 0, 0, 1]])
    result = matrices.det(a)
    assert result.result == 0 and "matrices.det.zero_pivot" in keys(result)
    floats = matrices.det(np.zeros((5, 5)))
    assert floats.result == 0


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 7).flatmap(lambda n: st.lists(st.lists(small_ints, min_size=n, max_size=n), min_size=n,
                                                      max_size=n)))
def test_exact_det_equals_sympy(rows):
    result = matrices.det(np.array(rows))
    assert result.result == sympy.Matrix(rows).det()
    assert isinstance(result.result, int)


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 80), st.integers(0, 2**32 - 1))
def test_float_det_equals_numpy(n, seed):
    a = np.random.default_rng(seed).normal(size=(n, n))
    expected = np.linalg.det(a)
    assert matrices.det(a).result == pytest.approx(expected, rel=1e-9, abs=1e-12)


def _textbook_pivots(a: np.ndarray) -> tuple[list[float], int]:
    """Gaussian elimination with partial pivoting, one column at a time, written plainly."""
    a = a.copy()
    n, pivots, swaps = len(a), [], 0
    for k in range(n):
        p = k + int(np.argmax(np.abs(a[k:, k])))
        if p != k:
            a[[k, p]] = a[[p, k]]
            swaps += 1
        pivots.append(a[k, k])
        for i in range(k + 1, n):
            a[i, k:] -= a[i, k] / a[k, k] * a[k, k:]
    return pivots, swaps


def test_blocked_pivots_equal_textbook_elimination():
    a = np.random.default_rng(12).normal(size=(150, 150))  # past the first block of columns
    result = matrices.det(a)
    pivots, swaps = _textbook_pivots(a)
    np.testing.assert_allclose(result.pivots, pivots, rtol=1e-9)
    assert result.swaps == swaps


@pytest.mark.parametrize("column", [5, 100, 200, 299])
def test_a_column_of_zeros_ends_the_elimination_where_it_is(column):
    """Inside a panel, in a later half, in a later block: the pivots stop at that column, with 0."""
    a = np.random.default_rng(column).normal(size=(300, 300))
    a[:, column] = 0.0
    result = matrices.det(a)
    assert result.result == 0 and len(result.pivots) == column + 1 and result.pivots[-1] == 0
    assert result.steps[-2].key == "matrices.det.zero_pivot"


@pytest.mark.parametrize(("scale", "n"), [(31.0, 400), (-31.0, 301), (0.01, 400), (-0.01, 201)])
def test_a_determinant_beyond_float64_is_written_from_its_logarithm(scale, n):
    """31ⁿ overflows float64 and 0.01ⁿ underflows it: the size comes from Σ log₁₀|uᵢᵢ| (numpy's slogdet),
    the sign from the pivots and the swaps; an underflow is not called singular."""
    a = scale * np.eye(n) + 0.01 * abs(scale) * np.random.default_rng(n).normal(size=(n, n))
    result = matrices.det(a)
    sign, log = np.linalg.slogdet(a)
    assert result.result in (0.0, math.inf, -math.inf) and result.scientific is not None
    assert result.scientific["log10"] == pytest.approx(log / math.log(10), rel=1e-12)
    mantissa, exponent = result.scientific["mantissa"], result.scientific["exponent"]
    assert 1 <= abs(mantissa) < 10 and np.sign(mantissa) == sign
    assert math.log10(abs(mantissa)) + exponent == pytest.approx(log / math.log(10), rel=1e-12)
    keys = [s.key for s in result.steps]
    assert ("matrices.det.product_in_logs.large" if abs(scale) > 1 else "matrices.det.product_in_logs.small") in keys
    assert "matrices.det.zero_pivot" not in keys


def test_a_determinant_float64_holds_has_no_scientific_form():
    assert matrices.det(np.random.default_rng(1).normal(size=(50, 50))).scientific is None


def test_blocked_lu_of_a_large_matrix_equals_numpy():
    a = np.random.default_rng(7).normal(size=(300, 300))
    result = matrices.det(a)
    sign, log = np.linalg.slogdet(a)
    assert np.sign(result.result) == sign and np.log(abs(result.result)) == pytest.approx(log, rel=1e-12)
    assert len(result.pivots) == 300


# --- matmul of 3-D and higher operands (numpy.matmul's rule) ---------------------------


def test_batched_matmul_by_the_shape_rule():
    from mlmath.core import linalg

    a, b = np.arange(24).reshape(2, 3, 4), np.arange(20).reshape(4, 5)
    result = linalg.matmul(a, b)
    assert result.shape == (2, 3, 5) and np.array_equal(result.result, np.matmul(a, b))
    rule = result.steps[0].args
    assert (rule["batch"], rule["left_matrix"], rule["right_matrix"], rule["matrix"]) == ("2", "3×4", "4×5", "3×5")
    first = result.steps[0].children[0]
    # c₁₁ of the first product: row 1 of A[0] = 0,1,2,3 · column 1 of B = 0,5,10,15 → 0 + 5 + 20 + 45 = 70
    assert first.children[0].args["total"].value == 70 and result.result[0, 0, 0] == 70


def test_batched_matmul_mismatches():
    from mlmath.core import linalg

    with pytest.raises(MathError, match=r"the inner sizes 2 and 3 must agree"):
        linalg.matmul(np.ones((2, 3, 2)), np.ones((3, 4)))
    with pytest.raises(MathError, match=r"the batch axes \(2\) and \(3\) do not broadcast"):
        linalg.matmul(np.ones((2, 3, 2)), np.ones((3, 2, 4)))


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from([1, 2, 3]), min_size=0, max_size=2), st.lists(st.sampled_from([1, 2, 3]),
       min_size=0, max_size=2), st.integers(1, 4), st.integers(1, 4), st.integers(1, 4), st.booleans(),
       st.integers(0, 2**32 - 1))
def test_batched_matmul_equals_numpy(left_batch, right_batch, m, k, n, decimals, seed):
    from mlmath.core import linalg

    if len(left_batch) + 2 <= 2 and len(right_batch) + 2 <= 2:
        left_batch = [2]
    # make the batch axes broadcastable: where both have an axis, one of them is 1 or they agree
    size = max(len(left_batch), len(right_batch))
    padded_left = [1] * (size - len(left_batch)) + left_batch
    padded_right = [1] * (size - len(right_batch)) + right_batch
    fitted = [right if left in (1, right) or right == 1 else left for left, right in zip(padded_left, padded_right)]
    right_batch = fitted[size - len(right_batch):]
    rng = np.random.default_rng(seed)
    if decimals:
        a, b = rng.normal(size=(*left_batch, m, k)), rng.normal(size=(*right_batch, k, n))
    else:
        a, b = rng.integers(-9, 10, size=(*left_batch, m, k)), rng.integers(-9, 10, size=(*right_batch, k, n))
    got = linalg.matmul(a, b).result
    expected = np.matmul(a, b)
    assert got.shape == expected.shape
    assert np.allclose(got, expected, rtol=1e-12, atol=1e-12) if decimals else np.array_equal(got, expected)
