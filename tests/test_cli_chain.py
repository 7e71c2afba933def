"""mlmath chain from the command line: the onion, backpropagation tables, --expect, errors."""

import math
import re
import time

import mpmath
import pytest


def test_acceptance_value(cli):
    run = cli("chain", "exp(sin(3*x))", "--at", "x=0.5", "--json")
    assert run.code == 0 and run.stderr == ""
    document = run.json
    with mpmath.workdps(40):
        expected = float(3 * mpmath.cos(1.5) * mpmath.exp(mpmath.sin(1.5)))
    assert document["value"] == expected  # 3·cos(1.5)·e^{sin 1.5}
    assert document["result"] == "3*exp(sin(3*x))*cos(3*x)"
    assert [layer["name"] for layer in document["layers"]] == ["y", "u", "v"]
    assert document["gradient"] == {"x": expected}
    assert document["finite_difference"]["x"] == pytest.approx(expected, rel=1e-14)
    assert [node["operation"] for node in document["graph"]["nodes"]] == ["input", "3*x", "sin(h1)", "exp(h2)"]


def test_view_of_the_onion_and_the_passes(cli):
    run = cli("chain", "exp(sin(3*x))", "--at", "x=0.5")
    assert run.code == 0
    out = run.stdout
    assert out.splitlines()[0] == "dy/dx = 3·exp(sin(3·x))·cos(3·x)"
    assert "at x = 0.5: y = 2.711, dy/dx = 0.5754" in out
    for title in ("The onion, outside in", "Forward pass", "Backward pass (local × upstream)",
                  "Gradients: backpropagation vs central difference"):
        assert title in out
    assert "dy/du = exp(u)" in out and "du/dv = cos(v)" in out and "dv/dx = 3" in out
    assert "∂h2/∂h1 = cos(h1)" in out
    assert "dy/dx = 2.7115·0.070737·3 = 0.5754" in out  # 2.711·0.07074·3 would give 0.5753
    steps = [item["text"] for item in cli("chain", "exp(sin(3*x))", "--at", "x=0.5", "--json").json["steps"]]
    assert ("multiply the local derivatives, outside in: dy/dx = dy/du·du/dv·dv/dx = exp(u)·cos(v)·3 = "
            "3·exp(sin(3·x))·cos(3·x)") in steps


def test_neuron_backprop(cli):
    run = cli("chain", "sigmoid(w*x + b)", "--at", "w=0.5,x=2,b=-1")
    assert run.code == 0
    assert "h1 = w·x" in run.stdout and "h2 = b + h1" in run.stdout and "y = sigmoid(h2)" in run.stdout
    document = cli("chain", "sigmoid(w*x + b)", "--at", "w=0.5,x=2,b=-1", "--json").json
    assert document["gradient"] == {"b": 0.25, "w": 0.5, "x": 0.125}
    assert document["wrt"] == "x" and document["value"] == 0.125


def test_without_a_point(cli):
    run = cli("chain", "(2x+1)^3")
    assert run.code == 0 and "dy/dx = 6·(2·x + 1)²" in run.stdout
    assert "add --at" in run.stdout and "Forward pass" in run.stdout
    assert "∂y/∂h2 = 3·h2²" in run.stdout


def test_expect(cli):
    assert cli("chain", "(2x+1)^3", "--expect", "6*(2*x + 1)**2").code == 0
    assert cli("chain", "(2x+1)^3", "--expect", "3*(2*x + 1)**2").code == 1
    assert cli("chain", "exp(sin(3*x))", "--at", "x=0.5", "--expect", "0.5754").code == 0


def test_long_graphs_are_truncated(cli):
    text = " + ".join(f"sin({k}*x)" for k in range(1, 40))
    run = cli("chain", text, "--at", "x=0.1")
    assert run.code == 0 and "more rows (see --json)" in run.stdout
    assert len(cli("chain", text, "--at", "x=0.1", "--json").json["graph"]["backward"]) > 40


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["bar(x)"], "mlmath: EXPR: unknown function bar"),
        (["sigmoid(w*x + b)", "--at", "w=1,x=2"], "mlmath: --at: no value for b"),
        (["x^2", "--wrt", "x,y"], "mlmath: --wrt: the onion is peeled for one variable"),
        (["x^2", "--wrt", "z"], "mlmath: --wrt: the expression has no variable z"),
        (["sqrt(x)", "--at", "x=-1"], "mlmath: layer y is undefined at x=-1"),
        (["__import__('os')"], "mlmath: EXPR: names may not start with '_'"),
    ],
)
def test_errors(cli, args, message):
    run = cli("chain", *args)
    assert run.code == 2 and run.stdout == ""
    assert run.stderr.startswith(message) and run.stderr.count("\n") == 1


def test_bombs_end_fast(cli):
    for payload in ("9**9**9", "x**(10**100)", "(" * 10_000 + "x" + ")" * 10_000, "x" * 1_000_000):
        start = time.perf_counter()
        run = cli("chain", payload, "--at", "x=1")
        assert run.code == 2 and time.perf_counter() - start < 1.0


def test_overflow_is_reported_not_hidden(cli):
    document = cli("chain", "exp(exp(x))", "--at", "x=10", "--json").json
    assert document["value"] is None and any("value" in warning for warning in document["warnings"])
    assert not math.isnan(document["layers"][1]["value"])


def test_in_80_columns_number_headers_wrap_before_a_formula_is_cut(cli, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    out = cli("chain", "sigmoid(w*x + b)", "--at", "w=0.5,x=2,b=-1", "--no-steps").stdout
    backward = out[out.index("Backward pass"):out.index("Gradients")]
    assert "sigmoid(h2))·sigmoid(h2)" in backward  # whole, not folded as sigm / oid(h2)
    assert max(len(line.rstrip()) for line in backward.splitlines()) <= 80
    monkeypatch.setenv("COLUMNS", "120")
    wide = cli("chain", "sigmoid(w*x + b)", "--at", "w=0.5,x=2,b=-1", "--no-steps").stdout
    assert "local × upstream" in wide  # room enough: headers stay on one line


def test_decimals_in_give_decimals_out_and_fractions_stay_fractions(cli):
    # σ(0) = 1/2 exactly, σ′(0) = 1/4; with w written 0.5 they read as decimals beside the finite difference
    decimal = cli("chain", "sigmoid(w*x + b)", "--at", "w=0.5,x=2,b=-1", "--no-steps").stdout
    assert re.search(r"∂y/∂b\s+0\.25\s", decimal) and "1/4" not in decimal and "1/2" not in decimal
    exact = cli("chain", "sigmoid(w*x + b)", "--at", "w=1/2,x=2,b=-1", "--no-steps").stdout
    assert "∂y/∂b        1/4" in exact and "∂y/∂x        1/8" in exact
    assert "∂f/∂w = 0.5" in cli("derive", "sigmoid(w*x + b)", "--wrt", "w", "--at", "w=0.5,x=2,b=-1").stdout
