"""optimize says whether f is convex (so a minimum found is global) by the second-derivative test,
names the local minima of rastrigin and himmelblau, and draws a chord above a convex f."""

import math

import numpy as np
import pytest

from mlmath.core.convexity import numeric_hessian, objective_convexity
from mlmath.core.functions import builtin


@pytest.mark.parametrize(("name", "hessian"), [
    ("sphere", [[2, 0], [0, 2]]),
    ("booth", [[10, 8], [8, 10]]),  # (x + 2y − 7)² + (2x + y − 5)²: ∂²/∂x² = 2 + 8, ∂²/∂x∂y = 4 + 4, ∂²/∂y² = 8 + 2
    ("matyas", [[0.52, -0.48], [-0.48, 0.52]]),
])
def test_quadratic_builtins_are_strictly_convex(name, hessian):
    found = objective_convexity(builtin(name))
    assert found.verdict == "strictly convex"
    assert np.all(np.linalg.eigvalsh(np.array(hessian, dtype=float)) > 0)  # the reason, by hand
    assert np.allclose(numeric_hessian(builtin(name).value_and_grad, [0.3, -1.7]), hessian, atol=1e-6)
    assert found.steps[-1].key == "convexity.optimize.convex"


def _rosenbrock_hessian(x, y):
    return np.array([[2 - 400 * (y - x * x) + 800 * x * x, -400 * x], [-400 * x, 200]])


def _himmelblau_hessian(x, y):
    return np.array([[12 * x * x + 4 * y - 42, 4 * x + 4 * y], [4 * x + 4 * y, 4 * x + 12 * y * y - 26]])


@pytest.mark.parametrize("name", ["rosenbrock", "beale", "himmelblau", "rastrigin", "saddle"])
def test_other_builtins_are_not_convex_with_a_witness(name):
    found = objective_convexity(builtin(name))
    assert found.verdict == "neither"
    witness = found.steps[0]
    assert witness.key == "convexity.optimize.witness"
    point = [float(v) for v in witness.args["point"].strip("()").split(",")]
    reference = {"rosenbrock": _rosenbrock_hessian, "himmelblau": _himmelblau_hessian}.get(name)
    if reference is not None:  # a hand-written Hessian has a negative eigenvalue at the witness
        assert np.linalg.eigvalsh(reference(*point))[0] < 0
    assert found.steps[1].key == "convexity.optimize.not_convex"


def test_known_local_minima():
    himmelblau = objective_convexity(builtin("himmelblau"))
    assert len(himmelblau.local_minima) == 4
    for point, value in himmelblau.local_minima:
        f, g = builtin("himmelblau").value_and_grad(point)
        assert abs(f) < 1e-12 and max(map(abs, g)) < 1e-9 and value == 0
    rastrigin = objective_convexity(builtin("rastrigin"))
    assert rastrigin.local_minima
    for point, value in rastrigin.local_minima:
        # 1-D pieces: 2x + 20π·sin(2πx) = 0 and f = 10n + Σ (x² − 10·cos 2πx), written again here
        for x in point:
            assert abs(2 * x + 20 * math.pi * math.sin(2 * math.pi * x)) < 1e-9
        assert value == pytest.approx(20 + sum(x * x - 10 * math.cos(2 * math.pi * x) for x in point), abs=1e-12)
        assert 0.9 < max(abs(x) for x in point) < 1 or 1.9 < max(abs(x) for x in point) < 2


def test_expressions_by_the_second_derivative_test(cli):
    assert cli("optimize", "x^2 + 3*y^2", "--start", "1,1", "--steps", "5", "--json").json["convexity"] == \
        "strictly convex"
    assert cli("optimize", "x^4 - x^2", "--start", "1", "--steps", "5", "--json").json["convexity"] == "neither"
    assert cli("optimize", "rastrigin", "--steps", "5", "--json").json["convexity"] == "neither"
    view = cli("optimize", "x^4 - x^2", "--start", "1", "--steps", "5", "--no-plot").stdout
    assert "f is not convex: a minimum gradient descent finds may be only a local one" in view
    korean = cli("optimize", "x^2 + 1", "--start", "1", "--steps", "5", "--no-plot", "--lang", "ko").stdout
    assert "볼록 함수입니다" in korean


def test_a_chord_above_a_convex_curve(cli):
    run = cli("optimize", "(x-2)^2", "--start", "0", "--steps", "5", "--plot")
    assert run.code == 0
    assert "Convexity: the chord lies above the curve" in run.stdout
    assert "f((1 − t)·a + t·b) ≤ (1 − t)·f(a) + t·f(b)" in run.stdout
    two = cli("optimize", "booth", "--steps", "20", "--plot").stdout
    assert "chord lies above f" in two
    assert "chord" not in cli("optimize", "rosenbrock", "--steps", "20", "--plot").stdout


def test_chain_expect_still_works(cli):
    # chain shares derive's --expect check
    assert cli("chain", "(2x+1)^3", "--expect", "6*(2*x + 1)**2").code == 0
