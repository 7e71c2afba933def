"""normalize against scikit-learn's formulas written out, recorded scikit-learn output, and PyTorch fixtures."""

import json
import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from mlmath.core.normalization import normalize
from mlmath.errors import MathError

FIXTURES = json.loads((Path(__file__).parent / "fixtures" / "torch_normalization.json").read_text(encoding="utf-8"))


def close(got, want, tol=1e-12):
    got, want = np.asarray(got, dtype=float), np.asarray(want, dtype=float)
    assert got.shape == want.shape
    assert np.allclose(got, want, rtol=tol, atol=tol), (got, want)


# --- scikit-learn's formulas, written out plainly ---------------------------------------


def standard_scaler(rows):
    """StandardScaler: (x − mean)/std with the population std; the std of a constant column (its variance
    within rounding of 0: var ≤ n·ε·var + (n·mean·ε)²) is replaced by 1."""
    columns = list(zip(*rows))
    out_columns = []
    for column in columns:
        n = len(column)
        mean = sum(column) / n
        variance = sum((value - mean) ** 2 for value in column) / n
        eps = np.finfo(float).eps
        constant = variance <= n * eps * variance + (n * mean * eps) ** 2
        scale = 1.0 if constant else math.sqrt(variance)
        out_columns.append([(value - mean) / scale for value in column])
    return [list(row) for row in zip(*out_columns)]


def minmax_scaler(rows, low, high):
    """MinMaxScaler: scale = (b − a)/(max − min) (a zero range replaced by 1), x·scale + a − min·scale."""
    columns = list(zip(*rows))
    out_columns = []
    for column in columns:
        spread = max(column) - min(column)
        scale = (high - low) / (spread if spread != 0 else 1.0)
        out_columns.append([value * scale + (low - min(column) * scale) for value in column])
    return [list(row) for row in zip(*out_columns)]


def test_standard_by_hand():
    # column 1 = 1, 2, 3, 4: μ = 2.5, σ² = (2.25 + 0.25 + 0.25 + 2.25)/4 = 1.25
    result = normalize([[1, 10], [2, 10], [3, 30], [4, 30]], "standard")
    close(result.mean, [2.5, 20])
    close(result.variance, [1.25, 100])
    close(result.std, [math.sqrt(1.25), 10])
    close(result.result[:, 0], [-1.5 / math.sqrt(1.25), -0.5 / math.sqrt(1.25), 0.5 / math.sqrt(1.25),
                                 1.5 / math.sqrt(1.25)])
    close(result.result[:, 1], [-1, -1, 1, 1])


@pytest.mark.parametrize("case", FIXTURES["scalers"], ids=lambda case: case["label"])
def test_scalers_match_sklearn_formulas_and_recorded_output(case):
    x = case["x"]
    low, high = case["range"]
    standard = normalize(x, "standard").result
    close(standard, standard_scaler(x), 1e-12)
    close(standard, case["standard"], 1e-12)
    minmax = normalize(x, "minmax", feature_range=(low, high)).result
    close(minmax, minmax_scaler(x, low, high), 1e-12)
    close(minmax, case["minmax"], 1e-12)


def test_constant_columns():
    standard = normalize([[1, 5], [3, 5], [8, 5]], "standard")
    assert standard.result[:, 1].tolist() == [0, 0, 0]
    assert standard.constant.tolist() == [1]
    assert "normalization.standard.constant" in [item.key for item in standard.steps]
    minmax = normalize([[0.1, 7], [0.1, -3]], "minmax", feature_range=(2, 5))
    assert minmax.result[:, 0].tolist() == [2, 2]
    assert minmax.result[:, 1].tolist() == [5, 2]
    assert minmax.worked == 1  # the first column that is not constant is the one worked out


def test_minmax_by_hand():
    # 2, 4, 10 to [−1, 1]: −1 + (x − 2)·2/8
    result = normalize([2, 4, 10], "minmax", feature_range=(-1, 1))
    assert result.result.shape == (3,)
    close(result.result, [-1, -0.5, 1])
    close(result.minimum, [2])
    close(result.maximum, [10])


def test_vector_is_a_column_and_a_row_for_layernorm():
    assert normalize([1, 2, 3], "standard").mean.shape == (1,)
    assert normalize([1, 2, 3], "layernorm").mean.shape == (1,)
    close(normalize([1, 2, 3], "standard").result, normalize([1, 2, 3], "layernorm", eps=1e-300).result)


# --- PyTorch ------------------------------------------------------------------------------


@pytest.mark.parametrize("case", FIXTURES["batchnorm"], ids=lambda case: case["label"])
def test_batchnorm_matches_torch(case):
    options = dict(case["options"])
    options.setdefault("eps", 1e-5)
    options.setdefault("momentum", 0.1)
    train = normalize(case["x"], "batchnorm", **options)
    close(train.result, case["train"], 1e-10)
    close(train.new_running_mean, case["running_mean"], 1e-12)
    close(train.new_running_var, case["running_var"], 1e-12)
    evaluated = normalize(case["x"], "batchnorm", training=False, **options)
    close(evaluated.result, case["eval"], 1e-12)
    assert evaluated.new_running_mean is None


def test_batchnorm_by_hand():
    # column 1 = 1, 3, 5, 7: μ = 4, σ² = (9 + 1 + 1 + 9)/4 = 5, unbiased 20/3
    result = normalize([[1], [3], [5], [7]], "batchnorm", eps=1e-5)
    close(result.mean, [4])
    close(result.variance, [5])
    close(result.unbiased_variance, [20 / 3])
    close(result.new_running_mean, [0.9 * 0 + 0.1 * 4])
    close(result.new_running_var, [0.9 * 1 + 0.1 * 20 / 3])
    close(result.result[:, 0], [(value - 4) / math.sqrt(5 + 1e-5) for value in (1, 3, 5, 7)])


def test_batchnorm_constant_column_divides_by_root_eps():
    result = normalize([[2, 1], [2, 3]], "batchnorm", beta=[0.5, 0])
    close(result.std[0], math.sqrt(1e-5))
    close(result.result[:, 0], [0.5, 0.5])
    keys = [item.key for item in result.steps]
    assert "normalization.batchnorm.constant" in keys


@pytest.mark.parametrize("case", FIXTURES["layernorm"], ids=lambda case: case["label"])
def test_layernorm_matches_torch(case):
    options = dict(case["options"])
    result = normalize(case["x"], "layernorm", **options)
    close(result.result, case["output"], 1e-10)


def test_layernorm_by_hand():
    # row 1, 2, 3, 4: μ = 2.5, σ² = 1.25
    result = normalize([[1, 2, 3, 4]], "layernorm", gamma=[1, 2, 1, 1], beta=[0, 0, 0, 1])
    root = math.sqrt(1.25 + 1e-5)
    close(result.result, [[-1.5 / root, 2 * -0.5 / root, 0.5 / root, 1.5 / root + 1]])


def test_errors_speak_of_the_math():
    with pytest.raises(MathError, match="at least 2 samples"):
        normalize([[1, 2]], "batchnorm")
    normalize([[1, 2]], "batchnorm", training=False)  # eval mode takes a single sample
    with pytest.raises(MathError, match="3 entries for 2 features"):
        normalize([[1, 2], [3, 4]], "batchnorm", gamma=[1, 2, 3])
    with pytest.raises(MathError, match="empty"):
        normalize([1, 2], "minmax", feature_range=(1, 1))
    with pytest.raises(MathError, match="positive"):
        normalize([1, 2], "layernorm", eps=0)
    with pytest.raises(MathError, match="momentum"):
        normalize([1, 2], "batchnorm", momentum=1.5)
    with pytest.raises(MathError, match="negative"):
        normalize([1, 2], "batchnorm", running_var=-1, training=False)


def test_steps_work_one_column():
    result = normalize([[1, 10], [2, 10], [3, 30], [4, 30]], "standard")
    column = result.steps[1]
    assert column.key == "normalization.column" and column.args["column"] == 1
    mean, deviations, variance, std, z = column.children
    assert mean.args["mean"] == 2.5 and variance.args["variance"] == 1.25
    assert result.steps[-1].args == {"count": 1}


finite = st.floats(-1e3, 1e3, allow_nan=False).map(lambda value: round(value, 3))


@settings(max_examples=40, deadline=None)
@given(arrays(float, st.tuples(st.integers(2, 6), st.integers(1, 4)), elements=finite))
def test_properties(matrix):
    standard = normalize(matrix, "standard").result
    varying = np.ptp(matrix, axis=0) > 1e-6 * np.max(np.abs(matrix), axis=0)
    close(standard[:, varying].mean(axis=0), np.zeros(varying.sum()), 1e-9)
    close(standard[:, varying].std(axis=0), np.ones(varying.sum()), 1e-9)
    minmax = normalize(matrix, "minmax").result
    assert (minmax >= -1e-12).all() and (minmax <= 1 + 1e-12).all()
    close(minmax, minmax_scaler(matrix.tolist(), 0, 1), 1e-9)
    layer = normalize(matrix, "layernorm", eps=1e-300).result
    rows = np.ptp(matrix, axis=1) > 1e-6 * np.max(np.abs(matrix), axis=1)
    close(layer[rows].mean(axis=1), np.zeros(rows.sum()), 1e-9)
