"""mlmath activation from the command line: values, derivatives, plot, facts, errors."""

import math
import subprocess
import sys

import pytest


def test_sigmoid_minus_1000_is_zero_without_a_warning(cli):
    run = cli("activation", "sigmoid", "-1000", "--json")
    assert run.code == 0 and run.stderr == ""
    document = run.json
    assert document["command"] == "activation" and document["name"] == "sigmoid"
    assert document["result"] == [0.0] and document["derivative"] == [0.0] and document["x"] == [-1000.0]


def test_points_as_values_and_lists(cli):
    document = cli("activation", "sigmoid", "-2", "0", "1,2", "--json").json
    assert document["x"] == [-2, 0, 1, 2]
    assert document["result"][1] == 0.5 and document["derivative"][1] == 0.25
    assert abs(document["result"][3] - 1 / (1 + math.exp(-2))) <= 1e-15


def test_view_has_formula_table_facts_and_steps(cli):
    run = cli("activation", "sigmoid", "-1000", "0", "2")
    assert run.code == 0
    out = run.stdout
    assert "σ(x) = 1 / (1 + e⁻ˣ)" in out
    assert "Values and derivatives" in out and "f′(x)" in out
    assert "Key facts" in out and "vanishing gradient" in out
    assert "σ(2) = 1 / (1 + e^(−2)) = 1 / (1 + 0.1353) = 0.8808" in out
    assert "σ(-1000) = e^(-1000) / (1 + e^(-1000))" in out
    assert "┤" not in out  # piped: no plot unless asked


def test_plot_over_a_range(cli):
    run = cli("activation", "tanh", "--range", "-3:3", "--plot")
    assert run.code == 0
    assert "tanh and its derivative on [-3, 3]" in run.stdout
    assert "tanh′" in run.stdout and "\x1b[" not in run.stdout
    assert cli("activation", "tanh", "--range=-3:3", "--json").json["range"] == [-3, 3]


@pytest.mark.parametrize(("name", "fact"), [
    ("tanh", "zero-centred"),
    ("relu", "dead neuron"),
    ("leaky-relu", "neurons cannot die"),
    ("softplus", "softplus′(x) = σ(x)"),
    ("gelu", "approximate='none'"),
    ("softmax", "shift invariance"),
])
def test_each_function_says_its_key_facts(cli, name, fact):
    run = cli("activation", name)
    assert run.code == 0 and fact in " ".join(run.stdout.split())  # the facts may wrap


def test_leaky_relu_slope_and_gelu_approximation(cli):
    leaky = cli("activation", "leaky-relu", "-2,0,3", "--slope", "0.1", "--json").json
    assert leaky["result"] == [-0.2, 0.0, 3.0] and leaky["derivative"] == [0.1, 0.1, 1.0] and leaky["slope"] == 0.1
    exact = cli("activation", "gelu", "1", "--json").json
    approx = cli("activation", "gelu", "1", "--approximate", "tanh", "--json").json
    assert exact["approximate"] == "none" and approx["approximate"] == "tanh"
    assert abs(exact["result"][0] - 0.5 * (1 + math.erf(1 / math.sqrt(2)))) <= 1e-15
    assert abs(approx["result"][0] - 0.5 * (1 + math.tanh(math.sqrt(2 / math.pi) * 1.044715))) <= 1e-15


def test_softmax_activation_has_the_jacobian(cli):
    document = cli("activation", "softmax", "1,2,3", "--json").json
    p = [math.exp(k) / (math.e + math.e**2 + math.e**3) for k in (1, 2, 3)]
    assert all(abs(got - want) <= 1e-12 for got, want in zip(document["result"], p))
    assert all(abs(document["jacobian"][i][i] - p[i] * (1 - p[i])) <= 1e-12 for i in range(3))
    assert "p₀ as z₀ sweeps" in cli("activation", "softmax", "1,2,3", "--plot").stdout


def test_huge_values_print_no_numpy_warning(cli):
    for name in ("sigmoid", "tanh", "softplus", "gelu", "relu", "leaky-relu", "softmax"):
        run = cli("activation", name, "-1e308", "1e308", "--json")
        assert run.code == 0 and run.stderr == "", (name, run.stderr)
        assert "warnings" not in run.json


def test_expect(cli):
    assert cli("activation", "relu", "-1", "2", "--expect", "0,2").code == 0
    assert cli("activation", "relu", "-1", "2", "--expect", "0,3").code == 1


@pytest.mark.parametrize(("args", "words"), [
    (("swoosh", "1"), "unknown activation 'swoosh'; known: sigmoid, tanh, relu, leaky-relu, softplus, gelu, softmax"),
    (("sigmoid", "1", "--slope", "0.1"), "--slope applies only to leaky-relu, prelu"),
    (("elu", "1", "--alpha", "-1"), "--alpha must be positive, got -1; e.g. --alpha 1"),
    (("softplus", "1", "--beta", "0"), "--beta must be positive, got 0; e.g. --beta 2"),
    (("hardtanh", "1", "--min-val", "2"), "the lower limit 2 must be below the upper limit 1"),
    (("relu", "1", "--threshold", "3"), "--threshold applies only to softplus"),
    (("prelu", "1", "2", "3", "--slope", "0.1,0.2"), "3 points cannot be read in rows of 2 channels"),
    (("leaky-relu", "1", "--slope", "0.1,0.2"), "--slope: could not read '0.1,0.2' as a number"),
    (("relu", "1", "--approximate", "tanh"), "--approximate applies only to gelu"),
    (("gelu", "1", "--approximate", "fast"), "unknown approximation 'fast'"),
    (("sigmoid", "--range", "5"), "could not read '5' as a range"),
    (("sigmoid", "--range", "3:-3"), "the range must run from a smaller to a larger number"),
    (("sigmoid", "--range", "a:3"), "--range: could not read 'a'"),
    (("sigmoid", "x"), "X: could not read 'x'"),
    (("leaky-relu", "1", "--slope", "steep"), "--slope: could not read 'steep'"),
    ((), "Missing argument 'NAME'"),
])
def test_bad_input_is_one_line_and_exit_2(cli, args, words):
    run = cli("activation", *args)
    assert run.code == 2 and run.stdout == ""
    assert run.stderr.count("\n") == 1 and words in run.stderr, run.stderr


def test_loads_no_sympy():
    probe = ("import sys; from mlmath.cli.app import main\n"
             "try:\n    main(['activation', 'gelu', '1', '--plot'])\nexcept SystemExit:\n    pass\n"
             "sys.stderr.write('LOADED=' + repr(sorted(m for m in ('numpy', 'sympy', 'plotext') if m in sys.modules)))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60,
                          env={"NO_COLOR": "1", "PATH": ""})
    assert done.stderr.rsplit("LOADED=", 1)[1] == "['numpy', 'plotext']"


def test_sigmoid_of_a_very_negative_number_says_how_small_it_truly_is(cli):
    import mpmath

    true = mpmath.exp(-1000) / (1 + mpmath.exp(-1000))  # 5.0760e-435 in 30 digits
    exponent = int(mpmath.floor(mpmath.log10(true)))
    mantissa = float(true / mpmath.mpf(10) ** exponent)
    out = " ".join(cli("activation", "sigmoid", "-1000").stdout.split())
    assert f"≈ {mantissa:.3f}·10^{exponent}, below the smallest float64" in out  # 4 significant digits
    assert cli("activation", "sigmoid", "-1000", "--json").json["result"] == [0.0]
