"""Values at a point computed stably: where float64 overflows an intermediate, the value is computed
exactly or with enough digits and rounded once; an infinite f in optimize is a divergence."""



def test_optimize_overflow_is_diverged_at_step_one(cli):
    # θ₁ = 1 − 1e300·2·1 = −2e300, and f(θ₁) = 4e600 is past float64: the run diverged at step 1
    run = cli("optimize", "x^2", "--start", "1", "--optimizer", "sgd", "--lr", "1e300", "--steps", "5", "--json")
    assert run.code == 0, run.stderr
    document = run.json
    assert document["status"] == "diverged" and document["stopped_at"] == 1
    assert document["steps_run"] == 0
    view = cli("optimize", "x^2", "--start", "1", "--optimizer", "sgd", "--lr", "1e300", "--steps", "5", "--no-plot")
    assert "Diverged at step 1" in view.stdout and "undefined" not in view.stdout.lower()


# --- derive at a point where float64 overflows an intermediate (issue: values never nan with exit 0) ---

import mpmath  # noqa: E402
import pytest  # noqa: E402


def _reference(function, derivative, x):
    """f and f′ at x with 600 decimal digits, rounded once to float64: an independent computation."""
    with mpmath.workdps(600):
        x = mpmath.mpf(x)
        return float(function(x)), float(derivative(x)), derivative(x)


CASES = [
    # log(1 + eˣ): f′ = eˣ/(1 + eˣ)
    ("log(1 + exp(x))", 800, lambda x: mpmath.log(1 + mpmath.exp(x)), lambda x: mpmath.exp(x) / (1 + mpmath.exp(x))),
    # eˣ/(1 + eˣ): f′ = eˣ/(1 + eˣ)², about e⁻⁸⁰⁰ at 800
    ("exp(x)/(1+exp(x))", 800, lambda x: mpmath.exp(x) / (1 + mpmath.exp(x)),
     lambda x: mpmath.exp(x) / (1 + mpmath.exp(x)) ** 2),
    # log σ(x) = −log(1 + e⁻ˣ): f′ = 1 − σ(x)
    ("log(sigmoid(x))", -800, lambda x: -mpmath.log(1 + mpmath.exp(-x)), lambda x: 1 - 1 / (1 + mpmath.exp(-x))),
]


@pytest.mark.parametrize(("text", "at", "function", "derivative"), CASES)
def test_values_where_float64_overflows_an_intermediate(cli, text, at, function, derivative):
    run = cli("derive", text, "--at", f"x={at}", "--json")
    assert run.code == 0, run.stderr
    document = run.json
    f, df, _ = _reference(function, derivative, at)
    assert document["function_value"] == f and document["value"] == df
    assert "warnings" not in document


def test_the_three_issue_cases_exactly(cli):
    first = cli("derive", "log(1 + exp(x))", "--at", "x=800", "--json").json
    assert (first["function_value"], first["value"]) == (800, 1)
    second = cli("derive", "exp(x)/(1+exp(x))", "--at", "x=800", "--json").json
    assert (second["function_value"], second["value"]) == (1, 0)
    third = cli("derive", "log(sigmoid(x))", "--at", "x=-800", "--json").json
    assert (third["function_value"], third["value"]) == (-800, 1)


def test_a_value_below_float64_is_stated(cli):
    document = cli("derive", "exp(x)/(1+exp(x))", "--at", "x=800", "--json").json
    note = [s for s in document["steps"] if s["rule"] == "derive.value.underflow"]
    assert len(note) == 1
    with mpmath.workdps(50):
        true = mpmath.exp(800) / (1 + mpmath.exp(800)) ** 2  # ≈ e⁻⁸⁰⁰
    assert mpmath.nstr(true, 4) in note[0]["text"] and "0" in note[0]["text"]
    view = cli("derive", "exp(x)/(1+exp(x))", "--at", "x=800", "--no-plot").stdout
    assert "3.668e-348" in view


def test_cancellation_is_computed_with_enough_digits():
    from mlmath.core.evaluate import stable_value
    from mlmath.parsing.expressions import parse_expression

    # (e⁸⁰⁰ + 1)·e⁻⁸⁰⁰ − 1 = e⁻⁸⁰⁰: 80 bits give 0
    value, precise = stable_value(parse_expression("(exp(x) + 1)*exp(-x) - 1"), {"x": 800})
    with mpmath.workdps(50):
        assert mpmath.almosteq(precise, mpmath.exp(-800), rel_eps=mpmath.mpf(10) ** -15)
    assert value == 0.0
    # sin² + cos² − 1 is 0, not rounding noise
    assert stable_value(parse_expression("sin(x)**2 + cos(x)**2 - 1"), {"x": 0.3})[0] == 0


def test_an_overflowing_value_is_infinite_with_its_true_size_stated(cli):
    document = cli("derive", "exp(x)", "--at", "x=1000", "--json").json
    note = [s for s in document["steps"] if s["rule"] == "derive.value.overflow"]
    assert note and "1.97e+434" in note[0]["text"].replace("1.970e+434", "1.97e+434")
