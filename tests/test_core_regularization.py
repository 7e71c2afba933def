"""regularize and dropout against hand-worked values, finite differences and PyTorch fixtures."""

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from mlmath.core.regularization import dropout, regularize
from mlmath.errors import MathError

FIXTURES = json.loads((Path(__file__).parent / "fixtures" / "torch_normalization.json").read_text(encoding="utf-8"))


def close(got, want, tol=1e-12):
    got, want = np.asarray(got, dtype=float), np.asarray(want, dtype=float)
    assert got.shape == want.shape
    assert np.allclose(got, want, rtol=tol, atol=tol), (got, want)


def test_by_hand():
    # w = 0.5, −2, 0, 3: Σ|w| = 5.5, Σw² = 0.25 + 4 + 0 + 9 = 13.25
    l1 = regularize([0.5, -2, 0, 3], "l1", lam=0.1)
    assert l1.result == pytest.approx(0.55) and l1.penalty == pytest.approx(0.55)
    close(l1.gradient, [0.1, -0.1, 0, 0.1])
    l2 = regularize([0.5, -2, 0, 3], "l2", lam=0.1, data_loss=1.0)
    assert l2.penalty == pytest.approx(1.325) and l2.result == pytest.approx(2.325) and l2.total == l2.result
    close(l2.gradient, [0.1, -0.4, 0, 0.6])
    half = regularize([0.5, -2, 0, 3], "l2", lam=0.1, half=True)
    assert half.penalty == pytest.approx(0.6625)
    close(half.gradient, [0.05, -0.2, 0, 0.3])


@pytest.mark.parametrize("case", FIXTURES["penalties"], ids=lambda case: case["label"])
def test_matches_torch_autograd(case):
    lam = case["lambda"]
    for name, kind, half in (("l1", "l1", False), ("l2", "l2", False), ("l2_half", "l2", True)):
        result = regularize(case["w"], kind, lam=lam, half=half)
        assert result.penalty == pytest.approx(case[name]["penalty"], rel=1e-12)
        close(result.gradient, case[name]["gradient"])


@pytest.mark.parametrize("case", FIXTURES["penalties"], ids=lambda case: case["label"])
def test_half_l2_step_is_torch_weight_decay(case):
    """An SGD step with weight_decay=λ and no data gradient is one step on ½λ·Σw²."""
    recorded = case["sgd_weight_decay_step"]
    result = regularize(case["w"], "l2", lam=case["lambda"], half=True, lr=recorded["lr"])
    close(result.stepped, recorded["after"])


def test_l1_step_soft_thresholds():
    # η·λ = 0.5·0.1 = 0.05: 0.5 → 0.45, −2 → −1.95, 0.03 → 0, −0.01 → 0
    result = regularize([0.5, -2, 0.03, -0.01], "l1", lam=0.1, lr=0.5)
    close(result.stepped, [0.45, -1.95, 0, 0])
    step = next(item for item in result.steps if item.key == "regularization.l1.step")
    assert step.args["zeroed"] == 2
    l2 = regularize([0.5, -2], "l2", lam=0.1, lr=0.5)
    close(l2.stepped, [0.5 * 0.9, -2 * 0.9])


def test_push_names_the_right_weights():
    l1 = regularize([0.5, -2, 0, 3, -0.01], "l1", lam=0.1)
    push = next(item for item in l1.steps if item.key == "regularization.push.l1")
    assert push.args["smallest"] == -0.01 and push.args["ratio"] == pytest.approx(10)
    l2 = regularize([0.5, -2, 0, 3, -0.01], "l2", lam=0.1)
    push = next(item for item in l2.steps if item.key == "regularization.push.l2")
    assert push.args["largest"] == 3 and push.args["largest_push"] == pytest.approx(0.6)
    assert push.args["smallest"] == -0.01 and push.args["smallest_push"] == pytest.approx(0.002)
    assert regularize([0, 0], "l1").steps[-2].key == "regularization.push.zero"


def test_compare():
    result = regularize([[1, -2], [0, 4]], "l1", lam=0.5, compare=("l1", "l2"), data_loss=0.25)
    assert result.result == pytest.approx(0.25 + 3.5)
    kinds = {entry["kind"]: entry for entry in result.comparison}
    assert kinds["l2"]["penalty"] == pytest.approx(0.5 * 21) and kinds["l2"]["total"] == pytest.approx(10.75)
    close(kinds["l2"]["gradient"], [[1, -2], [0, 4]])
    assert [item.key for item in result.steps].count("regularization.compare") == 1


def test_errors():
    with pytest.raises(MathError, match="λ"):
        regularize([1, 2], "l2", lam=-1)
    with pytest.raises(MathError, match="unknown penalty"):
        regularize([1, 2], "l3")
    with pytest.raises(MathError, match="η"):
        regularize([1, 2], "l2", lr=0)


@settings(max_examples=40, deadline=None)
@given(arrays(float, st.integers(1, 6), elements=st.floats(-10, 10, allow_nan=False).filter(lambda v: abs(v) > 1e-3)),
       st.floats(0.001, 2), st.booleans())
def test_gradient_is_the_finite_difference(w, lam, half):
    """Central differences of the penalty match its gradient (away from w = 0, where |w| has a corner)."""
    for kind in ("l1", "l2"):
        result = regularize(w, kind, lam=lam, half=half)
        h = 1e-6
        for index in range(w.size):
            up, down = w.copy(), w.copy()
            up[index] += h
            down[index] -= h
            slope = (regularize(up, kind, lam=lam, half=half).penalty
                     - regularize(down, kind, lam=lam, half=half).penalty) / (2 * h)
            assert slope == pytest.approx(result.gradient[index], rel=1e-5, abs=1e-6)


# --- dropout ------------------------------------------------------------------------------


@pytest.mark.parametrize("case", [c for c in FIXTURES["dropout"] if c["p"] < 1], ids=lambda case: case["label"])
def test_dropout_with_torch_mask_matches_torch(case):
    """The mask torch drew (its output is 0 exactly where it dropped: x has no zeros) gives torch's output."""
    x = np.array(case["x"])
    mask = (np.array(case["train"]) != 0).astype(int)
    result = dropout(x, case["p"], mask=mask)
    close(result.result, case["train"])
    assert result.seed is None and result.kept == mask.sum()
    close(dropout(x, case["p"], training=False).result, case["eval"])


def test_p_one_is_refused_where_torch_gives_zeros():
    case = next(c for c in FIXTURES["dropout"] if c["p"] == 1)
    assert all(value == 0 for value in case["train"])
    with pytest.raises(MathError, match=r"\[0, 1\)"):
        dropout(case["x"], 1.0)


def test_dropout_by_hand():
    result = dropout([2, -4, 6, 8], 0.75, mask=[1, 0, 0, 1])
    close(result.result, [8, 0, 0, 32])
    assert result.scale == 4 and result.kept == 2
    entries = next(item for item in result.steps if item.key == "regularization.dropout.apply").children
    assert [item.key.rsplit(".", 1)[1] for item in entries] == ["kept", "dropped", "dropped", "kept"]


def test_seeded_mask_is_random_but_reproducible():
    first = dropout(np.ones((50, 40)), 0.3, seed=1)
    again = dropout(np.ones((50, 40)), 0.3, seed=1)
    other = dropout(np.ones((50, 40)), 0.3, seed=2)
    assert (first.mask == again.mask).all() and (first.mask != other.mask).any()
    assert abs(first.kept / 2000 - 0.7) < 0.05  # kept with probability 1 − p
    assert set(np.unique(first.result)) <= {0, 1 / 0.7}


def test_dropout_errors():
    with pytest.raises(MathError, match="shape"):
        dropout([1, 2, 3], 0.5, mask=[1, 0])
    with pytest.raises(MathError, match="only 0"):
        dropout([1, 2], 0.5, mask=[1, 2])
    with pytest.raises(MathError):
        dropout([1, 2], -0.1)
    assert dropout([[1, 2, 3]], 0.5, mask=[1, 0, 1]).mask.shape == (1, 3)
