"""Values at a point computed stably: where float64 overflows an intermediate, the value is computed
exactly or with enough digits and rounded once; an infinite f in optimize is a divergence."""

import math


def test_optimize_overflow_is_diverged_at_step_one(cli):
    # θ₁ = 1 − 1e300·2·1 = −2e300, and f(θ₁) = 4e600 is past float64: the run diverged at step 1
    run = cli("optimize", "x^2", "--start", "1", "--optimizer", "sgd", "--lr", "1e300", "--steps", "5", "--json")
    assert run.code == 0, run.stderr
    document = run.json
    assert document["status"] == "diverged" and document["stopped_at"] == 1
    assert document["steps_run"] == 0
    view = cli("optimize", "x^2", "--start", "1", "--optimizer", "sgd", "--lr", "1e300", "--steps", "5", "--no-plot")
    assert "Diverged at step 1" in view.stdout and "undefined" not in view.stdout.lower()
