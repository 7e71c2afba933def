"""Loss values and gradients against hand-worked values, plain formulas, PyTorch and finite differences."""

import json
import math
import warnings
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mlmath.core.losses import KINDS, OTHER_KINDS, canonical_kind, loss
from mlmath.errors import InputError, MathError

FIXTURE = json.loads((Path(__file__).parent / "fixtures" / "torch_losses.json").read_text())


def close(got, expected, tolerance=1e-12):
    got, expected = np.asarray(got, dtype=float), np.asarray(expected, dtype=float)
    assert got.size == expected.size, (got, expected)
    got, expected = got.reshape(-1), expected.reshape(-1)
    assert np.all(np.abs(got - expected) <= tolerance * np.maximum(1.0, np.abs(expected))), (got, expected)


# --- the acceptance values -----------------------------------------------------------


def test_mse_course_example_is_exactly_0_375():
    # ((−0.5)² + 0.5² + 0² + 1²) / 4 = 1.5 / 4
    assert loss("mse", [2.5, 0, 2, 8], [3, -0.5, 2, 7]).result == 0.375


def test_sparse_ce_from_logits_course_example():
    value = loss("sparse-ce", [[2, 1, 0.1]], 0, logits=True).result
    # −log(e² / (e² + e + e^0.1)), written out
    assert value == pytest.approx(-math.log(math.exp(2) / (math.exp(2) + math.exp(1) + math.exp(0.1))), abs=1e-15)
    assert round(value, 4) == 0.4170


def test_categorical_ce_course_example():
    value = loss("categorical-ce", [[0.7, 0.2, 0.1], [0.1, 0.8, 0.1]], [[1, 0, 0], [0, 1, 0]]).result
    assert value == pytest.approx((-math.log(0.7) - math.log(0.8)) / 2, abs=1e-15)


def test_bce_with_logits_is_finite_at_extremes():
    result = loss("bce", [100, -100, 0], [0, 1, 1], logits=True, reduction="none")
    close(result.result, [100.0, 100.0, math.log(2)])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert loss("bce", [1e300, -1e300], [0, 1], logits=True).result == 1e300
        # beyond float64, an overflow is ∞, quietly
        assert loss("bce", [1e308, -1e308], [0, 1], logits=True).result == math.inf
        assert loss("mse", [1e200], [0]).result == math.inf


# --- PyTorch ---------------------------------------------------------------------------


def _fixture_id(case):
    extra = " logits" if case["logits"] else ""
    extra += f" δ={case['delta']}" if case["delta"] is not None else ""
    return f"{case['kind']}{extra} {case['reduction']} ({case['note']})"


def _kinds_for(case):
    """Every mlmath kind (and alias) that must give PyTorch's value for this case."""
    if case["kind"] != "ce":
        return {"mse": ["mse", "l2"], "mae": ["mae", "l1"], "bce": ["bce", "binary-cross-entropy"]}.get(
            case["kind"], [case["kind"]])
    rows = np.ndim(case["target"]) == np.ndim(case["pred"])
    return ["ce", "cross-entropy", "categorical-ce" if rows else "sparse-ce"]


@pytest.mark.parametrize("case", FIXTURE["cases"], ids=_fixture_id)
def test_matches_pytorch(case):
    for kind in _kinds_for(case):
        result = loss(kind, case["pred"], case["target"], logits=case["logits"], reduction=case["reduction"],
                      delta=case["delta"])
        close(result.result, case["value"])
        expected = np.array([np.nan if value is None else value
                             for value in np.ravel(np.array(case["gradient"], dtype=object))], dtype=float)
        got = np.ravel(result.gradient)
        known = ~np.isnan(expected)
        close(got[known], expected[known])
        # where PyTorch's autograd gives nan (√ at 0, log of a clamped 0), mlmath reports 0
        assert np.all(got[~known] == 0)


def test_fixture_covers_every_kind_and_reduction():
    seen = {(case["kind"], case["reduction"], case["logits"]) for case in FIXTURE["cases"]}
    for kind in ("mse", "mae", "rmse", "huber"):
        assert all((kind, reduction, False) in seen for reduction in ("mean", "sum", "none"))
    for kind in ("bce", "ce"):
        assert all((kind, reduction, logits) in seen for reduction in ("mean", "sum", "none")
                   for logits in (False, True))
    assert {case["delta"] for case in FIXTURE["cases"] if case["kind"] == "huber"} == {0.5, 1.0, 2.5}


# --- plain formulas ------------------------------------------------------------------


def plain_loss(kind, pred, target, delta=1.0):
    """Mean loss written the long way, one Python float at a time."""
    pairs = list(zip(pred, target))
    if kind == "mse":
        return math.fsum((p - y) ** 2 for p, y in pairs) / len(pairs)
    if kind == "mae":
        return math.fsum(abs(p - y) for p, y in pairs) / len(pairs)
    if kind == "rmse":
        return math.sqrt(math.fsum((p - y) ** 2 for p, y in pairs) / len(pairs))
    if kind == "huber":
        return math.fsum(0.5 * (p - y) ** 2 if abs(p - y) < delta else delta * (abs(p - y) - 0.5 * delta)
                         for p, y in pairs) / len(pairs)
    if kind == "bce":
        return math.fsum(-(y * max(math.log(p), -100) if p > 0 else -100 * y) -
                         ((1 - y) * max(math.log(1 - p), -100) if p < 1 else -100 * (1 - y))
                         for p, y in pairs) / len(pairs)
    raise ValueError(kind)


def plain_bce_logits(x, y):
    p = 1 / (1 + math.exp(-x))
    return -(y * math.log(p) + (1 - y) * math.log(1 - p))


def plain_ce_logits(z, cls):
    return -math.log(math.exp(z[cls]) / math.fsum(math.exp(v) for v in z))


values = st.floats(-20, 20, allow_nan=False)
probabilities = st.floats(0.001, 0.999)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(values, values), min_size=1, max_size=8), st.sampled_from(["mse", "mae", "rmse", "huber"]),
       st.floats(0.1, 5))
def test_regression_matches_plain_formulas(pairs, kind, delta):
    pred, target = [p for p, _ in pairs], [y for _, y in pairs]
    result = loss(kind, pred, target, delta=delta if kind == "huber" else None)
    assert result.result >= 0
    close(result.result, plain_loss(kind, pred, target, delta), 1e-10)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(probabilities, st.floats(0, 1)), min_size=1, max_size=8))
def test_bce_matches_plain_formula(pairs):
    pred, target = [p for p, _ in pairs], [y for _, y in pairs]
    result = loss("bce", pred, target)
    assert result.result >= 0
    close(result.result, plain_loss("bce", pred, target), 1e-10)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.floats(-15, 15), st.floats(0, 1)), min_size=1, max_size=8))
def test_bce_logits_matches_plain_formula(pairs):
    pred, target = [x for x, _ in pairs], [y for _, y in pairs]
    result = loss("bce", pred, target, logits=True, reduction="none")
    assert np.all(result.result >= 0)
    close(result.result, [plain_bce_logits(x, y) for x, y in pairs], 1e-9)


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 5).flatmap(lambda classes: st.lists(
    st.tuples(st.lists(st.floats(-20, 20), min_size=classes, max_size=classes), st.integers(0, classes - 1)),
    min_size=1, max_size=5)))
def test_ce_logits_matches_plain_formula(rows):
    logits, classes = [z for z, _ in rows], [c for _, c in rows]
    for kind in ("ce", "sparse-ce"):
        result = loss(kind, logits, classes, logits=True, reduction="none")
        assert np.all(result.result >= 0)
        close(result.result, [plain_ce_logits(z, c) for z, c in rows], 1e-9)


# --- gradients by finite differences --------------------------------------------------


def numeric_gradient(function, pred, h=1e-6):
    pred = np.asarray(pred, dtype=float)
    gradient = np.zeros_like(pred)
    for index in np.ndindex(pred.shape):
        step = np.zeros_like(pred)
        step[index] = h
        gradient[index] = (function(pred + step) - function(pred - step)) / (2 * h)
    return gradient


def total(result):
    return float(np.sum(result.result))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(values, values), min_size=1, max_size=6),
       st.sampled_from(["mse", "mae", "rmse", "huber"]), st.sampled_from(["mean", "sum", "none"]))
def test_regression_gradient_equals_finite_differences(pairs, kind, reduction):
    pred, target = np.array([p for p, _ in pairs]), np.array([y for _, y in pairs])
    # away from the kinks: |ŷ − y| = 0 (mae, rmse) and |ŷ − y| = δ (huber)
    if np.any(np.abs(np.abs(pred - target) - 1.0) < 1e-4) or np.any(np.abs(pred - target) < 1e-4):
        return
    result = loss(kind, pred, target, reduction=reduction)
    numeric = numeric_gradient(lambda p: total(loss(kind, p, target, reduction=reduction)), pred)
    assert np.allclose(result.gradient, numeric, atol=1e-6, rtol=1e-6)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.floats(0.01, 0.99), st.floats(0, 1)), min_size=1, max_size=6),
       st.sampled_from(["mean", "sum", "none"]), st.booleans())
def test_bce_gradient_equals_finite_differences(pairs, reduction, logits):
    pred, target = np.array([p for p, _ in pairs]), np.array([y for _, y in pairs])
    if logits:
        pred = (pred - 0.5) * 20
    result = loss("bce", pred, target, logits=logits, reduction=reduction)
    numeric = numeric_gradient(lambda p: total(loss("bce", p, target, logits=logits, reduction=reduction)), pred)
    assert np.allclose(result.gradient, numeric, atol=1e-6, rtol=1e-6)


def _rows(draw_floats, classes, count):
    return st.lists(st.lists(draw_floats, min_size=classes, max_size=classes), min_size=count, max_size=count)


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 4), st.integers(1, 4), st.data(), st.sampled_from(["mean", "sum", "none"]))
def test_ce_gradient_equals_finite_differences(classes, count, data, reduction):
    logits = np.array(data.draw(_rows(st.floats(-6, 6), classes, count)))
    weights = np.array(data.draw(_rows(st.floats(0.01, 1), classes, count)))
    soft = weights / weights.sum(axis=1, keepdims=True)
    indices = np.array(data.draw(st.lists(st.integers(0, classes - 1), min_size=count, max_size=count)))
    for target in (indices, soft):
        result = loss("ce", logits, target, logits=True, reduction=reduction)
        numeric = numeric_gradient(lambda z: total(loss("ce", z, target, logits=True, reduction=reduction)), logits)
        assert np.allclose(result.gradient, numeric, atol=1e-6)
        # softmax + cross-entropy: p − y (over N for the mean)
        p = np.exp(logits - logits.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        y = np.eye(classes)[target] if target.ndim == 1 else target
        assert np.allclose(result.gradient, (p - y) / (count if reduction == "mean" else 1), atol=1e-12)
    # from probabilities: perturbing one entry leaves the row off 1, but −Σ y log p is still differentiable
    probs = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    result = loss("ce", probs, soft, reduction=reduction)

    def unchecked(p):
        return float(np.sum(-(soft * np.log(p)).sum(axis=1)) / (count if reduction == "mean" else 1))

    assert np.allclose(result.gradient, numeric_gradient(unchecked, probs, h=1e-8), atol=1e-4, rtol=1e-5)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(values, values), min_size=1, max_size=6), st.sampled_from(["mean", "sum", "none"]))
def test_losses_are_never_negative(pairs, reduction):
    pred, target = [p for p, _ in pairs], [y for _, y in pairs]
    for kind in ("mse", "mae", "rmse", "huber"):
        assert np.all(np.asarray(loss(kind, pred, target, reduction=reduction).result) >= 0)


# --- log(0) ---------------------------------------------------------------------------


def test_log_of_zero_is_clamped_at_minus_100():
    result = loss("bce", [0.0, 1.0, 0.0], [1, 0, 0], reduction="none")
    close(result.result, [100.0, 100.0, 0.0])
    assert result.clamped == [1, 2]
    assert any(item.key == "loss.log.clamped_bce" for item in result.steps)
    ce = loss("ce", [[1.0, 0.0]], [1], reduction="none")
    close(ce.result, [100.0])
    assert ce.clamped == [1]
    # a zero probability with zero weight costs nothing: 0·log 0 = 0
    assert loss("ce", [[1.0, 0.0]], [[1, 0]]).result == 0.0
    assert loss("bce", [[0.3, 0.2]], [[1, 0]], logits=True).clamped is None


# --- targets, shapes and errors -----------------------------------------------------------


def test_aliases_and_names():
    assert canonical_kind("L2") == "mse"
    assert canonical_kind("l1") == "mae"
    assert canonical_kind("Cross_Entropy") == "ce"
    assert canonical_kind("binary-cross-entropy") == "bce"
    assert set(KINDS) == {"mse", "mae", "rmse", "huber", "bce", "ce", "categorical-ce", "sparse-ce", "nll", "kl-div",
                          "smooth-l1", "hinge-embedding", "margin-ranking", "cosine-embedding", "poisson-nll",
                          "gaussian-nll"}


def test_ce_reads_indices_or_rows():
    pred = [[0.7, 0.2, 0.1], [0.1, 0.8, 0.1]]
    by_index = loss("ce", pred, [0, 1])
    by_rows = loss("ce", pred, [[1, 0, 0], [0, 1, 0]])
    assert by_index.result == by_rows.result
    assert by_index.classes.tolist() == [0, 1] and by_rows.classes is None
    # a column of indices and a single sample's vector are read too
    assert loss("ce", pred, [[0], [1]]).result == by_index.result
    assert loss("ce", [0.7, 0.2, 0.1], 0).result == pytest.approx(-math.log(0.7), abs=1e-15)
    assert loss("ce", [0.7, 0.2, 0.1], [1, 0, 0]).result == pytest.approx(-math.log(0.7), abs=1e-15)


def test_reductions():
    pred, target = [1.0, 2.0, 4.0], [1.5, 2.0, 1.0]
    assert loss("mse", pred, target, reduction="sum").result == 0.25 + 0 + 9
    close(loss("mse", pred, target, reduction="none").result, [0.25, 0, 9])
    assert loss("rmse", pred, target, reduction="sum").result == math.sqrt(9.25)
    close(loss("rmse", pred, target, reduction="none").result, [0.5, 0, 3])
    assert loss("huber", pred, target, delta=2, reduction="sum").result == 0.125 + 0 + 2 * (3 - 1)


def test_matrix_regression_keeps_its_shape_with_none():
    result = loss("mae", [[1, 2], [3, 4]], [[0, 0], [0, 0]], reduction="none")
    assert result.result.shape == (2, 2)
    assert loss("mae", [[1, 2, 3]], [1, 2, 3]).result == 0.0  # a row matrix and a vector agree


@pytest.mark.parametrize(("args", "options", "error", "words"), [
    (("cosine", [1], [1]), {}, InputError, "known: mse, mae"),
    (("mse", [1, 2], [1, 2, 3]), {}, MathError, "pred has 2 values but target has 3 values"),
    (("mse", [1], [1]), {"logits": True}, InputError, "logits does not apply to mse"),
    (("mse", [1], [1]), {"delta": 2}, InputError, "delta applies only to huber"),
    (("huber", [1], [1]), {"delta": 0}, MathError, "positive"),
    (("mse", [1], [1]), {"reduction": "avg"}, InputError, "mean, sum or none"),
    (("bce", [1.5, 0.2], [1, 0]), {}, MathError, "add logits"),
    (("bce", [-0.1, 0.2], [1, 0]), {}, MathError, "negative probability"),
    (("bce", [0.5, 0.2], [2, 0]), {}, MathError, "target has 2, above 1"),
    (("ce", [[0.5, 0.4, 0.3]], [0]), {}, MathError, "pred row 1 sums to 1.2, not 1"),
    (("ce", [[2, 1, 0.1]], [0]), {}, MathError, "pred has 2, above 1"),
    (("ce", [[0.7, 0.2, 0.1]], [3]), {}, MathError, "class index 3 is out of range for 3 classes"),
    (("ce", [[0.7, 0.2, 0.1]], [-1]), {}, MathError, "class index -1 is out of range"),
    (("ce", [[0.7, 0.2, 0.1]], [0.5]), {}, InputError, "whole numbers"),
    (("ce", [[0.7, 0.2, 0.1]], [[0.5, -0.5, 1]]), {}, MathError, "target has a negative probability"),
    (("ce", [[0.7, 0.2, 0.1]], [[1, 1, 0]]), {}, MathError, "target row 1 sums to 2"),
    (("ce", [[0.7, 0.3], [0.5, 0.5]], [0, 1, 1]), {}, MathError, "2 rows of 2 classes but target has 3 values"),
    (("ce", [1.0], [0]), {}, MathError, "at least two classes"),
    (("sparse-ce", [[0.7, 0.2, 0.1]], [[1, 0, 0]]), {}, MathError, "use categorical-ce"),
    (("categorical-ce", [[0.7, 0.2, 0.1]], [0]), {}, MathError, "use sparse-ce"),
])
def test_errors_say_what_was_wrong(args, options, error, words):
    with pytest.raises(error) as caught:
        loss(*args, **options)
    assert words in caught.value.message


def test_compare_lists_every_fitting_loss():
    regression = loss("mse", [2.5, 0, 2, 8], [3, -0.5, 2, 7], compare=True).comparison
    assert [entry["kind"] for entry in regression] == ["mse", "mae", "rmse", "huber"]
    assert regression[0]["value"] == 0.375
    binary = loss("bce", [0.9, 0.2], [1, 0], compare=True).comparison
    assert [entry["kind"] for entry in binary] == ["mse", "mae", "rmse", "huber", "bce"]
    classes = loss("sparse-ce", [[2, 1, 0.1]], [0], logits=True, compare=True).comparison
    assert [entry["kind"] for entry in classes] == ["ce", "categorical-ce", "sparse-ce", "mse", "mae"]
    assert len({entry["value"] for entry in classes[:3]}) == 1
    assert classes[3]["input"] == "softmax(pred)"
    soft = loss("ce", [[0.7, 0.3]], [[0.5, 0.5]], compare=True).comparison
    assert "sparse-ce" not in [entry["kind"] for entry in soft]


# --- the newer kinds and options, against PyTorch ---------------------------------------

MORE_CASES = FIXTURE["more"]


def _more_arguments(case):
    options = dict(case["options"])
    if case["kind"] in ("margin-ranking", "cosine-embedding"):
        options["pred2"] = case["second"]
    if case["kind"] == "gaussian-nll":
        options["var"] = case["second"]
    return options


def _values(values):
    return np.array([np.nan if value is None else value for value in np.ravel(np.array(values, dtype=object))],
                    dtype=float)


@pytest.mark.parametrize("case", MORE_CASES, ids=lambda case: f"{case['kind']} {case['reduction']} ({case['note']})")
def test_more_match_pytorch_to_1e_10(case):
    result = loss(case["kind"], case["pred"], case["target"], reduction=case["reduction"], **_more_arguments(case))
    close(result.result, case["value"], 1e-10)
    expected = _values(case["gradient"])
    assert not np.isnan(expected).any()
    close(np.ravel(result.gradient), expected, 1e-10)
    if case["gradient2"] is not None:
        close(np.ravel(result.gradient2), _values(case["gradient2"]), 1e-10)


def test_more_fixture_covers_every_new_kind_option_and_reduction():
    seen = {(case["kind"], case["reduction"]) for case in MORE_CASES}
    for kind in OTHER_KINDS:
        assert all((kind, reduction) in seen for reduction in ("mean", "sum", "none")), kind
    assert ("kl-div", "batchmean") in seen
    options = {name for case in MORE_CASES for name in case["options"]}
    assert options >= {"weight", "ignore_index", "label_smoothing", "pos_weight", "log_target", "beta", "margin",
                       "log_input", "full", "eps"}


def test_smooth_l1_by_hand():
    # d = 0.5 < β = 1: ½·0.25 = 0.125; d = 2 ≥ 1: 2 − 0.5 = 1.5
    result = loss("smooth-l1", [0.5, 3.0], [0.0, 1.0], reduction="none")
    close(result.result, [0.125, 1.5])
    close(result.gradient, [0.5, 1.0])
    assert loss("smooth-l1", [0.5, 3.0], [0.0, 1.0], beta=0).result == pytest.approx((0.5 + 2.0) / 2)  # L1


def test_nll_by_hand_with_weights_and_ignore_index():
    log_p = [[-0.5, -1.0, -2.0], [-1.5, -0.2, -3.0], [-0.1, -2.5, -4.0]]
    # −w[t]·x[t] = 2·1.0 and 1·1.5, row 3 ignored; mean divides by 2 + 1
    result = loss("nll", log_p, [1, 0, 2], weight=[1, 2, 0.5], ignore_index=2)
    assert result.result == pytest.approx((2 * 1.0 + 1 * 1.5) / 3, abs=1e-15)
    close(result.gradient, [[0, -2 / 3, 0], [-1 / 3, 0, 0], [0, 0, 0]])


def test_kl_div_by_hand():
    # Σ t·(log t − x) over 2 entries: 0.5·(log 0.5 − log 0.25)·2 = log 2; batchmean over one row
    result = loss("kl-div", [[math.log(0.25), math.log(0.75)]], [[0.5, 0.5]], reduction="batchmean")
    expected = 0.5 * (math.log(0.5) - math.log(0.25)) + 0.5 * (math.log(0.5) - math.log(0.75))
    assert result.result == pytest.approx(expected, abs=1e-15)
    assert loss("kl-div", [[math.log(0.25), math.log(0.75)]], [[0.5, 0.5]]).result == pytest.approx(expected / 2)


def test_label_smoothing_by_hand():
    z = [2.0, 1.0, 0.1]
    log_p = np.log(np.exp(z) / np.sum(np.exp(z)))
    # q = 0.9·onehot(0) + 0.1/3
    expected = -(0.9 * log_p[0] + 0.1 / 3 * log_p.sum())
    assert loss("ce", [z], [0], logits=True, label_smoothing=0.1).result == pytest.approx(expected, abs=1e-14)


def test_pos_weight_by_hand():
    x, y, w = 0.7, 1.0, 3.0
    p = 1 / (1 + math.exp(-x))
    assert loss("bce", [x], [y], logits=True, pos_weight=w).result == pytest.approx(-w * math.log(p), abs=1e-14)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["smooth-l1", "poisson-nll", "gaussian-nll", "kl-div"]),
       st.lists(st.tuples(st.floats(-3, 3), st.floats(0.05, 3)), min_size=1, max_size=5),
       st.sampled_from(["mean", "sum"]))
def test_more_gradients_equal_finite_differences(kind, pairs, reduction):
    pred = np.array([p for p, _ in pairs])
    target = np.array([t for _, t in pairs])
    options = {"var": target} if kind == "gaussian-nll" else {}
    if kind == "smooth-l1" and np.any(np.abs(np.abs(pred - target) - 1.0) < 1e-4):
        return
    result = loss(kind, pred, target, reduction=reduction, **options)
    for index in range(pred.size):
        step_ = np.zeros_like(pred)
        step_[index] = 1e-6
        numeric = (loss(kind, pred + step_, target, reduction=reduction, **options).result
                   - loss(kind, pred - step_, target, reduction=reduction, **options).result) / 2e-6
        assert abs(result.gradient[index] - numeric) <= 1e-5 * max(1.0, abs(numeric))


@pytest.mark.parametrize(("kind", "options", "error", "words"), [
    ("smooth-l1", {"beta": -1}, MathError, "beta must not be negative"),
    ("ce", {"label_smoothing": 1.5, "logits": True}, MathError, "label_smoothing must lie in [0, 1]"),
    ("cosine-embedding", {"margin": 2, "pred2": [[1, 0]]}, MathError, "margin must lie in [-1, 1]"),
    ("margin-ranking", {}, InputError, "needs pred2"),
    ("gaussian-nll", {}, InputError, "needs var"),
    ("gaussian-nll", {"var": [1, -1]}, MathError, "negative variance"),
    ("poisson-nll", {"eps": 0}, MathError, "eps must be positive"),
    ("mse", {"margin": 1}, InputError, "margin applies only to"),
    ("bce", {"pos_weight": 2}, InputError, "pos_weight needs logits"),
    ("ce", {"weight": [1, -1], "logits": True}, MathError, "weight must be finite numbers ≥ 0"),
    ("mse", {"reduction": "batchmean"}, InputError, "batchmean applies only to kl-div"),
    ("hinge-embedding", {}, MathError, "labels are 1 or -1"),
])
def test_more_out_of_range(kind, options, error, words):
    pred, target = ([[1, 2]], [1]) if kind == "cosine-embedding" else ([[0.2, 0.8]], [[0.5, 0.5]])
    if kind == "ce":
        pred, target = [[0.2, 0.8]], [0]
    if kind in ("hinge-embedding", "margin-ranking"):
        pred, target = [0.2, 0.8], [1, 0]
    with pytest.raises(error) as caught:
        loss(kind, pred, target, **options)
    assert words in caught.value.message.replace("`", "")
