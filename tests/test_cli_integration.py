"""mlmath integrate from the command line: acceptance, JSON, --expect, Korean, plots and bad input."""

import math
import re
import time

import pytest
import sympy

from mlmath.parsing.expressions import parse_expression

x = sympy.Symbol("x", real=True)


def test_acceptance_x_squared_json(cli):
    run = cli("integrate", "x**2", "--from", "0", "--to", "1", "--json")
    assert run.code == 0 and run.stderr == ""
    document = run.json
    assert document["command"] == "integrate"
    assert document["result"] == pytest.approx(1 / 3) and isinstance(document["result"], float)
    assert document["exact"] == "1/3" and document["method"] == "fundamental theorem"
    assert document["antiderivative"] == "x**3/3" and document["lower"] == 0 and document["upper"] == 1
    assert [s["rule"] for s in document["steps"]][:3] == ["integration.power", "integration.plus_c",
                                                         "integration.verified"]


def test_acceptance_normal_68(cli):
    run = cli("integrate", "normal(x, 0, 1)", "--from", "-1", "--to", "1")
    assert run.code == 0
    assert run.stdout.splitlines()[0].endswith("= 0.6827")
    assert "68–95–99.7 rule" in run.stdout and "68.27%" in run.stdout
    assert "total area 1" in run.stdout
    document = cli("integrate", "normal(x, 0, 1)", "--from", "-1", "--to", "1", "--json").json
    assert document["result"] == pytest.approx(math.erf(1 / math.sqrt(2)), rel=1e-12)
    assert document["density"]["rule"].startswith("68-95-99.7")


def test_whole_line(cli):
    document = cli("integrate", "normal(x, 0, 1)", "--from", "-oo", "--to", "oo", "--json").json
    assert document["result"] == 1 and document["lower"] == "-oo" and document["upper"] == "oo"
    assert document["density"]["total_area"] == 1
    run = cli("integrate", "exponential(x, 2)", "--from", "0", "--to", "inf")
    assert run.code == 0 and "= 1" in run.stdout.splitlines()[0]


def test_indefinite_view(cli):
    run = cli("integrate", "x*exp(x)")
    lines = run.stdout.splitlines()
    assert lines[0] == "∫ x·exp(x) dx = (x - 1)·exp(x) + C"
    assert lines[1] == "in SymPy syntax: (x - 1)*exp(x)"
    assert "integration by parts" in run.stdout and "check by differentiating" in run.stdout
    document = cli("integrate", "sigmoid(x)", "--json").json
    assert document["result"] == "softplus(x)" and document["lower"] is None
    F = parse_expression(cli("integrate", "tanh(x)", "--json").json["result"])
    assert F == sympy.log(sympy.cosh(x))


def test_riemann_table(cli, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    run = cli("integrate", "x**2", "--from", "0", "--to", "1", "--riemann", "4")
    assert re.search(r"^\s*4\s+0\.25\s+0\.2188\s+0\.4688\s+0\.3281", run.stdout, re.MULTILINE)
    assert "L = Δx·(0 + 0.0625 + 0.25 + 0.5625) ≈ 0.2188" in run.stdout
    document = cli("integrate", "x**2", "--from", "0", "--to", "1", "--riemann", "4", "--json").json
    first = document["riemann"][0]
    assert (first["n"], first["left"], first["right"], first["midpoint"]) == (4, 14 / 64, 30 / 64, 84 / 256)
    assert [row["n"] for row in document["riemann"]] == [4, 8, 16, 32, 64]


def test_signed_area_is_said(cli):
    run = cli("integrate", "sin(x)", "--from", "0", "--to", "2*pi")
    assert "area above 2, area below -2 (counted negative)" in run.stdout
    document = cli("integrate", "x", "--from", "-1", "--to", "2", "--json").json
    assert (document["area_above"], document["area_below"], document["result"]) == (2.0, -0.5, 1.5)


def test_expect(cli):
    good = cli("integrate", "x**2", "--expect", "x**3/3 + 5")
    assert good.code == 0 and "✓" in good.stdout
    bad = cli("integrate", "x**2", "--expect", "x**3")
    assert bad.code == 1 and "✗" in bad.stdout
    check = cli("integrate", "tanh(x)", "--expect", "log(cosh(x))", "--json").json["check"]
    assert check["passed"] and check["difference"] == "0"
    assert cli("integrate", "x**2", "--from", "0", "--to", "1", "--expect", "1/3").code == 0
    assert cli("integrate", "x**2", "--from", "0", "--to", "1", "--expect", "0.3333").code == 0
    assert cli("integrate", "x**2", "--from", "0", "--to", "1", "--expect", "0.5").code == 1
    assert cli("integrate", "normal(x,0,1)", "--from", "-1", "--to", "1", "--expect", "erf(sqrt(2)/2)").code == 0


def test_numeric_method_is_named(cli):
    run = cli("integrate", "softplus(x)", "--from", "-oo", "--to", "0")
    assert "tanh-sinh quadrature" in run.stdout
    assert cli("integrate", "softplus(x)", "--from", "-oo", "--to", "0", "--json").json["result"] == pytest.approx(
        math.pi**2 / 12, rel=1e-12)


def test_korean(cli):
    run = cli("integrate", "x**2", "--from", "0", "--to", "1", "--riemann", "2", "--lang", "ko")
    assert run.code == 0
    for word in ("정적분", "미적분학의 기본 정리", "리만 합", "넓이", "부정적분"):
        assert word in run.stdout, word
    parts = cli("integrate", "x*exp(x)", "--lang", "ko").stdout
    assert "부분적분" in parts
    assert "치환적분" in cli("integrate", "2*x*cos(x**2)", "--lang", "ko").stdout
    assert "확률 밀도 함수" in cli("integrate", "normal(x,0,1)", "--from", "-1", "--to", "1", "--lang", "ko").stdout


@pytest.mark.parametrize("args", [
    ("integrate", "x**2", "--from", "0", "--to", "1", "--riemann", "4", "--plot"),
    ("integrate", "sin(x)", "--from", "0", "--to", "2*pi", "--plot"),
    ("integrate", "x**2 - 1", "--plot"),
    ("integrate", "normal(x, 0, 1)", "--from", "-oo", "--to", "1", "--plot"),
])
def test_plot_at_80_columns(cli, monkeypatch, args):
    monkeypatch.setenv("COLUMNS", "80")
    run = cli(*args)
    assert run.code == 0
    from rich.cells import cell_len

    assert max(cell_len(line) for line in run.stdout.splitlines()) <= 80
    assert "┤" in run.stdout and "└" in run.stdout  # a framed plot with ticks
    if "--from" in args:
        assert "area > 0" in run.stdout


def test_plot_shades_both_signs_without_colour(cli, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    run = cli("integrate", "sin(x)", "--from", "0", "--to", "2*pi", "--plot", "--no-steps")
    assert "area < 0 (counts negative)" in run.stdout
    assert "+++" in run.stdout and "---" in run.stdout


@pytest.mark.parametrize("args, message", [
    (("x**2", "--from", "0"), "both bounds"),
    (("x**2", "--from", "abc", "--to", "1"), "--from"),
    (("x**2", "--from", "y", "--to", "1"), "a bound must be a number"),
    (("x**2", "--riemann", "4"), "Riemann sums need bounds"),
    (("x**2", "--from", "0", "--to", "oo", "--riemann", "4"), "finite bounds"),
    (("x*y",), "--wrt"),
    (("foo(x)",), "unknown function"),
    (("normal(x, 0, -1)",), "sigma"),
    (("1/x**2", "--from", "-1", "--to", "1"), "no finite value"),
    (("1/x", "--from", "1", "--to", "oo"), "diverges"),
    (("softplus(x)",), "no antiderivative"),
    (("x", "--wrt", "x,y"), "one variable"),
    (("__import__('os')",), "EXPR"),
    (("x**2", "--riemann", "0", "--from", "0", "--to", "1"), "--riemann"),
])
def test_bad_input_is_one_line_exit_2(cli, args, message):
    run = cli("integrate", *args)
    assert run.code == 2, run.stdout
    assert run.stdout == ""
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in run.stderr


def test_long_integral_refused_within_five_seconds(cli):
    start = time.monotonic()
    run = cli("integrate", "sin(x)*cos(2*x)*exp(x**2)*log(x+1)*sqrt(x)*atan(x)*cosh(x)*tanh(x)")
    assert time.monotonic() - start < 5
    assert run.code == 2 and "too long" in run.stderr and len(run.stderr.strip().splitlines()) == 1
