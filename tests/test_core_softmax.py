"""softmax and log-softmax against exact values, plain formulas, PyTorch and finite differences."""

import json
import math
import warnings
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mlmath.core.probability import softmax, softmax_rows
from mlmath.errors import MathError

FIXTURE = json.loads((Path(__file__).parent / "fixtures" / "torch_activations.json").read_text())


def plain_softmax(logits):
    """The textbook formula, in Python floats with math.fsum: e^(zᵢ − m) / Σ e^(zⱼ − m)."""
    top = max(logits)
    exps = [math.exp(z - top) for z in logits]
    total = math.fsum(exps)
    return [e / total for e in exps]


def plain_log_softmax(logits):
    top = max(logits)
    lse = top + math.log(math.fsum(math.exp(z - top) for z in logits))
    return [z - lse for z in logits]


def close(got, expected, tolerance=1e-12):
    got, expected = np.asarray(got, dtype=float), np.asarray(expected, dtype=float)
    assert got.shape == expected.shape
    assert np.all(np.abs(got - expected) <= tolerance * np.maximum(1.0, np.abs(expected))), (got, expected)


def test_notes_example_to_exact_values():
    # e^k / (e + e² + e³) for k = 1, 2, 3, written with the exact sum
    total = math.e + math.e**2 + math.e**3
    close(softmax([1, 2, 3]).result, [math.e / total, math.e**2 / total, math.e**3 / total])
    close(softmax([1, 2, 3]).result, [0.09003057317038046, 0.24472847105479764, 0.6652409557748218])


def test_intermediates_are_the_steps_of_the_formula():
    result = softmax([1, 2, 3])
    assert result.max == 3
    close(result.shifted, [-2, -1, 0])
    close(result.exps, [math.exp(-2), math.exp(-1), 1.0])
    close(result.sum, math.exp(-2) + math.exp(-1) + 1.0)
    close(result.log_sum_exp, math.log(math.exp(1) + math.exp(2) + math.exp(3)))
    assert result.argmax == 2
    assert [item.key for item in result.steps] == ["softmax.shift", "softmax.exp", "softmax.sum", "softmax.divide"]


def test_large_logits_give_no_nan_and_no_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = softmax([1000, 1001, 1002])
        logs = softmax([1000, 1001, 1002], log=True)
        extreme = softmax([1e308, -1e308, 0.0], log=True)
    close(result.result, softmax([1, 2, 3]).result)
    close(logs.result, plain_log_softmax([0, 1, 2]))
    assert np.isfinite(result.result).all()
    close(extreme.probabilities, [1.0, 0.0, 0.0])
    assert extreme.log_probabilities[0] == 0.0 and extreme.log_probabilities[1] == -np.inf


def test_log_softmax_is_z_minus_log_sum_exp():
    close(softmax([1, 2, 3], log=True).result, plain_log_softmax([1, 2, 3]))
    close(softmax([1, 2, 3], log=True).result, np.log(plain_softmax([1, 2, 3])))


def test_matrix_is_row_wise():
    result = softmax([[1, 2, 3], [0, 0, 0], [-5, 10, 2]])
    for row, expected in zip(result.result, ([1, 2, 3], [0, 0, 0], [-5, 10, 2])):
        close(row, plain_softmax(expected))
    close(result.argmax, [2, 0, 1])
    assert [item.key for item in result.steps] == ["softmax.row"] * 3


def test_temperature_divides_the_logits_and_says_which_way():
    sharp = softmax([2, 1, 0.1], temperature=0.5)
    flat = softmax([2, 1, 0.1], temperature=4)
    close(sharp.result, plain_softmax([4, 2, 0.2]))
    close(flat.result, plain_softmax([0.5, 0.25, 0.025]))
    assert sharp.steps[0].key == "softmax.temperature.sharper"
    assert flat.steps[0].key == "softmax.temperature.flatter"
    assert max(sharp.result) > max(softmax([2, 1, 0.1]).result) > max(flat.result)


@pytest.mark.parametrize("logits", [[1, 2, 3], [[1, 2, 3], [0, 0, 5]]])
def test_temperature_step_reports_the_largest_probability_not_the_first(logits):
    # the largest of softmax(1, 2, 3) is e³/(e + e² + e³); at T = 0.5 it is e⁶/(e² + e⁴ + e⁶)
    worked = softmax(logits, temperature=0.5)
    before = math.exp(3) / (math.exp(1) + math.exp(2) + math.exp(3))
    after = math.exp(6) / (math.exp(2) + math.exp(4) + math.exp(6))
    assert worked.steps[0].args["before"] == pytest.approx(before, rel=1e-15)
    assert worked.steps[0].args["after"] == pytest.approx(after, rel=1e-15)


@pytest.mark.parametrize("temperature", [0, -1, float("inf"), float("nan")])
def test_bad_temperature(temperature):
    with pytest.raises(MathError):
        softmax([1, 2], temperature=temperature)


def test_temperature_overflow_is_an_error():
    with pytest.raises(MathError, match="too large"):
        softmax([1e308, 0], temperature=1e-3)


def test_jacobian_is_diag_p_minus_p_pt():
    p = np.array(plain_softmax([1, 2, 3]))
    result = softmax([1, 2, 3], jacobian=True)
    close(result.jacobian, [[p[i] * ((i == j) - p[j]) for j in range(3)] for i in range(3)])
    close(result.jacobian.sum(axis=1), np.zeros(3))
    log_result = softmax([1, 2, 3], jacobian=True, log=True, temperature=2)
    q = np.array(plain_softmax([0.5, 1, 1.5]))
    close(log_result.jacobian, [[((i == j) - q[j]) / 2 for j in range(3)] for i in range(3)])


@pytest.mark.parametrize("case", FIXTURE["softmax"], ids=lambda case: case["note"])
def test_matches_pytorch(case):
    plain = softmax(case["logits"], temperature=case["temperature"], jacobian=True)
    logs = softmax(case["logits"], temperature=case["temperature"], jacobian=True, log=True)
    close(plain.result, case["softmax"])
    close(logs.result, case["log_softmax"])
    close(plain.jacobian, case["jacobian"])
    close(logs.jacobian, case["log_jacobian"])


def _finite_difference_jacobian(function, z, h=1e-6):
    z = np.asarray(z, dtype=float)
    columns = []
    for j in range(z.size):
        step = np.zeros_like(z)
        step[j] = h
        columns.append((np.asarray(function(z + step)) - np.asarray(function(z - step))) / (2 * h))
    return np.array(columns).T


logit_lists = st.lists(st.floats(-50, 50, allow_nan=False), min_size=1, max_size=8)


@settings(max_examples=60, deadline=None)
@given(logit_lists, st.floats(-1e4, 1e4, allow_nan=False))
def test_sums_to_one_and_is_shift_invariant(logits, shift):
    p = softmax(logits).result
    assert abs(math.fsum(p) - 1.0) <= 1e-12
    assert np.all((p >= 0) & (p <= 1))
    shifted = softmax([z + shift for z in logits]).result
    close(shifted, p, 1e-9)  # z + shift rounds z, so compare to the rounding of the shift
    close(p, plain_softmax(logits))
    close(softmax(logits, log=True).result, plain_log_softmax(logits), 1e-12)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.floats(-5, 5, allow_nan=False), min_size=2, max_size=5), st.floats(0.25, 4))
def test_jacobian_equals_finite_differences(logits, temperature):
    result = softmax(logits, temperature=temperature, jacobian=True)
    numeric = _finite_difference_jacobian(lambda z: softmax_rows(z / temperature)[0], logits)
    assert np.allclose(result.jacobian, numeric, atol=1e-8)
    log_result = softmax(logits, temperature=temperature, jacobian=True, log=True)
    numeric_log = _finite_difference_jacobian(lambda z: softmax_rows(z / temperature)[1], logits)
    assert np.allclose(log_result.jacobian, numeric_log, atol=1e-8)


def test_exact_inputs_become_floats():
    from fractions import Fraction

    array = np.empty(2, dtype=object)
    array[:] = [Fraction(1, 2), Fraction(3, 2)]
    close(softmax(array).result, plain_softmax([0.5, 1.5]))
    close(softmax(5).result, [1.0])


def test_log_probabilities_are_there_when_not_asked_for():
    """Without ``log`` the log-softmax is worked out when first read, and --json still carries it."""
    z = [0.5, -1.0, 3.0, 2.0]
    result = softmax(z)
    close(result.log_probabilities, plain_log_softmax(z))
    close(result.named_values()["log_probabilities"], plain_log_softmax(z))
    batch = softmax([[1.0, 2.0, 3.0], [0.0, 0.0, 5.0]])
    close(batch.log_probabilities[1], plain_log_softmax([0.0, 0.0, 5.0]))
    answer = softmax(z, log=True)
    assert answer.result is answer.log_probabilities  # the answer itself, written once in --json


def test_steps_of_a_long_vector_hold_only_the_shown_entries():
    z = np.linspace(-3.0, 3.0, 100_001)
    result = softmax(z)
    for item in result.steps:
        for value in item.args.values():
            assert not isinstance(value, list) or len(value) <= 10
    close(result.probabilities[:3], plain_softmax(list(z))[:3])


def _softmax_dim_cases():
    import json
    from pathlib import Path

    return json.loads((Path(__file__).parent / "fixtures" / "torch_softmax_dim.json").read_text())


@pytest.mark.parametrize("case", _softmax_dim_cases(), ids=lambda case: f"dim{case['dim']}-t{case['temperature']}")
def test_softmax_along_either_axis_equals_torch(case):
    from mlmath.core import softmax

    plain = softmax(case["logits"], temperature=case["temperature"], axis=case["dim"])
    logged = softmax(case["logits"], temperature=case["temperature"], axis=case["dim"], log=True)
    assert np.allclose(plain.result, case["softmax"], rtol=0, atol=1e-12)
    assert np.allclose(logged.result, case["log_softmax"], rtol=0, atol=1e-10)
    assert plain.axis == (0 if case["dim"] == 0 else -1)


def test_softmax_down_the_columns_is_the_row_softmax_of_the_transpose():
    from mlmath.core import softmax

    z = np.array([[1.0, 2.0, -1.0], [3.0, 5.0, 0.5]])
    by_columns = softmax(z, axis=0)
    columns = np.exp(z - z.max(axis=0)) / np.exp(z - z.max(axis=0)).sum(axis=0)  # written out plainly
    assert np.allclose(by_columns.result, columns, rtol=0, atol=1e-15)
    assert np.allclose(by_columns.result.sum(axis=0), 1.0)
    assert [item.key for item in by_columns.steps] == ["softmax.column"] * 3
    assert list(by_columns.argmax) == [1, 1, 1]


def test_a_third_axis_is_refused():
    from mlmath.core import softmax
    from mlmath.errors import MathError

    with pytest.raises(MathError, match="last axis"):
        softmax([1.0, 2.0], axis=1)
