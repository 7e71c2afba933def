"""mlmath derive from the command line: acceptance, views, --expect, and untrusted text."""

import json
import math
import subprocess
import sys
import time

import pytest
import sympy

from mlmath.parsing.expressions import parse_expression

x, y = sympy.Symbol("x", real=True), sympy.Symbol("y", real=True)


def test_acceptance_cube_at_two(cli):
    run = cli("derive", "x**3", "--at", "x=2", "--json")
    assert run.code == 0 and run.stderr == ""
    document = run.json
    assert document["command"] == "derive"
    assert parse_expression(document["result"]) == 3 * x**2
    assert document["value"] == 12 and document["function_value"] == 8 and document["point"] == {"x": 2}
    assert document["pretty"] == "3·x²" and document["wrt"] == ["x"] and document["order"] == 1
    assert document["steps"][0]["rule"] == "derive.power"


def test_acceptance_partial_gradient_and_order(cli):
    assert cli("derive", "x*y**2", "--wrt", "y", "--json").json["result"] == "2*x*y"
    gradient = cli("derive", "x**2*y + y**3", "--wrt", "x,y", "--json").json
    assert [parse_expression(t) for t in gradient["result"]] == [2 * x * y, x**2 + 3 * y**2]
    assert cli("derive", "x**4", "--order", "2", "--json").json["result"] == "12*x**2"


def test_view(cli):
    run = cli("derive", "sin(x^2)")
    assert run.code == 0
    lines = run.stdout.splitlines()
    assert lines[0] == "d/dx sin(x²) = 2·x·cos(x²)"
    assert lines[1] == "in SymPy syntax: 2*x*cos(x**2)"
    assert "let u = x²: d/dx sin(x²) = cos(x²)·2·x = 2·x·cos(x²)  (chain rule: f′(u)·du/dx)" in run.stdout
    assert "d/du sin(u) = cos(u)  (sin′ = cos)" in run.stdout
    assert "\x1b[" not in run.stdout


def test_gradient_view_with_values(cli):
    run = cli("derive", "x**2*y + y**3", "--wrt", "x,y", "--at", "x=1,y=2")
    assert "∇(x²·y + y³) = (2·x·y, x² + 3·y²)" in run.stdout
    assert "at x = 1, y = 2: ∇f = (4, 13)" in run.stdout
    table = run.stdout.split("Gradient", 1)[1]
    assert "x² + 3·y²" in table and "x**2 + 3*y**2" in table


def test_fractions_stay_exact(cli):
    document = cli("derive", "x^3 - x", "--at", "x=1/2", "--json").json
    assert document["value"] == -0.25 and document["function_value"] == -0.375
    assert "at x = 1/2: f′ = -1/4" in cli("derive", "x^3 - x", "--at", "x=1/2").stdout


def test_no_steps_and_precision(cli):
    run = cli("derive", "exp(x)", "--at", "x=1", "--no-steps", "--precision", "6")
    assert "Steps" not in run.stdout and "f′ = 2.71828" in run.stdout  # 6 significant digits


def test_plot_on_request_only(cli):
    plotted = cli("derive", "x^2", "--plot")
    assert plotted.code == 0 and "f′" in plotted.stdout.split("Steps", 1)[1]
    assert "⠀" in plotted.stdout or "⣀" in plotted.stdout or "│" in plotted.stdout
    assert "\x1b[" not in plotted.stdout
    assert "and its derivative" not in cli("derive", "x^2").stdout  # piped: no plot
    assert "and its derivative" not in cli("derive", "x*y", "--plot").stdout  # no plot for several variables


def test_plot_survives_undefined_regions(cli):
    for text in ("log(x)", "1/x", "sqrt(x)", "tan(x)", "relu(x)", "exp(x^2)"):
        run = cli("derive", text, "--plot")
        assert run.code == 0, (text, run.stderr)


def test_expect_symbolic(cli):
    good = cli("derive", "sin(x^2)", "--expect", "2*cos(x**2)*x")
    assert good.code == 0 and "✓ matches the expected 2*cos(x**2)*x" in good.stdout
    bad = cli("derive", "sin(x^2)", "--expect", "cos(x**2)")
    assert bad.code == 1 and "✗ expected cos(x**2), got 2*x*cos(x**2)" in bad.stdout
    document = cli("derive", "sin(x^2)", "--expect", "2*cos(x**2)*x", "--json").json
    assert document["check"] == {"expected": "2*x*cos(x**2)", "passed": True, "symbolic": True, "points": 12,
                                 "differs_at": None}


def test_a_wrong_derivative_is_shown_where_it_differs(cli):
    # (x³)′ = 3x² against 3x: equal at x = 1 (3 = 3), different at x = 2 (12 against 6)
    run = cli("derive", "x^3", "--expect", "3*x", "--no-steps")
    assert run.code == 1 and "they differ at x = 2: expected 6, got 12" in run.stdout
    assert cli("derive", "x^3", "--expect", "3*x", "--lang", "ko").stdout.count("x = 2에서 다릅니다") == 1
    check = cli("derive", "x^3", "--expect", "3*x", "--json").json["check"]
    assert check["differs_at"] == {"at": {"x": 2}, "expected": 6, "got": 12}
    # ∇(x²y + y³) = (2xy, x² + 3y²) against (2xy, x² + 2y²): the 2nd entry, 4 against 3 at (1, 1)
    check = cli("derive", "x**2*y + y**3", "--wrt", "x,y", "--expect", "[2*x*y, x^2 + 2y^2]", "--json").json["check"]
    assert check["differs_at"] == {"at": {"x": 1, "y": 1}, "expected": 3, "got": 4, "entry": 2}


def test_expect_numeric_only_when_symbolic_fails(cli):
    document = cli("derive", "tanh(x)", "--expect", "4/(exp(x) + exp(-x))^2", "--json").json
    assert document["check"]["passed"] and document["check"]["points"] == 12


def test_expect_gradient_and_value(cli):
    assert cli("derive", "x**2*y + y**3", "--wrt", "x,y", "--expect", "[2*x*y, x^2 + 3y^2]").code == 0
    assert cli("derive", "x**2*y + y**3", "--wrt", "x,y", "--expect", "2*x*y").code == 1
    assert cli("derive", "x**3", "--at", "x=2", "--expect", "12").code == 0
    assert cli("derive", "x**3", "--at", "x=2", "--expect", "13").code == 1
    assert cli("derive", "x**3", "--at", "x=2", "--expect", "3*x^2").code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["foo(x)"], "mlmath: EXPR: unknown function foo; known: sin cos tan exp log ln sqrt abs sigmoid tanh relu "
                     "softplus"),
        (["x +"], "mlmath: EXPR: the expression ends too early"),
        (["ｓｉｎ(ｘ)"], "mlmath: EXPR: non-ASCII character 'ｓ' at position 1"),
        (["x^2", "--at", "x"], "mlmath: --at: 'x' is not of the form name=value"),
        (["x^2", "--at", "y=1"], "mlmath: --at: no value for x"),
        (["x*y", "--at", "x=1"], "mlmath: --at: no value for y"),
        (["x^2", "--wrt", "2x"], "mlmath: --wrt: '2x' is not a variable name"),
        (["x^2", "--wrt", "x,x"], "mlmath: --wrt: a variable is named twice"),
        (["log(x)", "--at", "x=-1"], "mlmath: the function is undefined at x=-1 (log of a negative number)"),
        (["x^2", "--expect", "foo(x)"], "mlmath: --expect: unknown function foo"),
        (["x^2", "--order", "11"], "mlmath derive: Invalid value for '--order'"),
    ],
)
def test_errors_are_one_line(cli, args, message):
    run = cli("derive", *args)
    assert run.code == 2 and run.stdout == ""
    assert run.stderr.startswith(message) and run.stderr.count("\n") == 1
    assert "Traceback" not in run.stderr


INJECTIONS = [
    "__import__('os').system('touch {marker}')",
    "().__class__.__bases__[0].__subclasses__()",
    "x.__class__.__mro__[1].__subclasses__()",
    "lambda: open('{marker}', 'w')",
    "exec('open(\"{marker}\", \"w\")')",
    "eval('1')",
    "open('{marker}', 'w')",
    "x; import os",
    "getattr(x, '__globals__')",
]


@pytest.mark.parametrize("payload", INJECTIONS)
def test_injection_runs_nothing(cli, tmp_path, payload):
    marker = tmp_path / "ran"
    run = cli("derive", payload.format(marker=marker))
    assert run.code == 2 and run.stderr.startswith("mlmath: EXPR: ") and run.stdout == ""
    assert not marker.exists()


BOMBS = [
    "9**9**9",
    "x**(10**100)",
    "((9**9)**9999)**9999",
    "(" * 10_000 + "x" + ")" * 10_000,
    "x" * 1_000_000,
    "exp(exp(exp(100.0)))",
    "(x**999)**999",
]


@pytest.mark.parametrize("payload", BOMBS, ids=lambda text: text[:20])
def test_bombs_end_fast_with_exit_2(cli, payload):
    start = time.perf_counter()
    run = cli("derive", payload, "--at", "x=2")
    assert run.code == 2 and run.stderr.startswith("mlmath: EXPR: ")
    assert time.perf_counter() - start < 1.0


def test_large_values_and_orders_end_fast(cli):
    start = time.perf_counter()
    document = cli("derive", "exp(exp(exp(x)))", "--at", "x=100", "--json").json
    assert document["value"] is None and "warnings" in document
    assert cli("derive", "sigmoid(x)*tanh(x)", "--order", "10", "--no-steps").code in (0, 2)
    assert time.perf_counter() - start < 20


def test_bomb_in_a_fresh_process(tmp_path):
    """As a user runs it: a separate process that ends within seconds, exit 2, one line."""
    marker = tmp_path / "ran"
    for payload in ("9**9**9", f"__import__('os').system('touch {marker}')", "(" * 5000 + "x" + ")" * 5000):
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "mlmath", "derive", payload], capture_output=True, text=True,
                              timeout=60)
        assert done.returncode == 2 and done.stderr.count("\n") == 1
        assert time.perf_counter() - start < 10
    assert not marker.exists()


def test_json_is_one_object_without_ansi(cli):
    run = cli("derive", "sigmoid(w*x + b)", "--at", "w=0.5,x=2,b=-1", "--json")
    document = json.loads(run.stdout)
    assert run.stdout.count("\n") == 1 and "\x1b[" not in run.stdout
    assert document["wrt"] == ["b", "w", "x"]
    assert document["value"] == [0.25, 0.5, 0.125]
    assert math.isclose(document["function_value"], 0.5)


def test_derive_loads_sympy_but_not_numpy_or_plotext():
    """Piped, derive "x**2" needs SymPy only: numpy and plotext load when a plot is drawn."""
    program = (
        "import atexit, sys\n"
        "atexit.register(lambda: sys.stderr.write(' '.join(m for m in ('sympy', 'numpy', 'plotext', 'rich.table')"
        " if m in sys.modules)))\n"
        "from mlmath.cli.app import main\n"
        "main(['derive', 'x**2'])\n"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "2·x" in done.stdout
    assert done.stderr.split() == ["sympy"]


@pytest.mark.parametrize("expression", ["exp(exp(x))", "x**1000"])
def test_a_curve_too_large_to_draw_is_said_not_drawn(cli, expression):
    import time

    start = time.perf_counter()
    run = cli("derive", expression, "--plot", "--no-steps")
    assert run.code == 0 and "No plot: over x from -5 to 5 the values are too large to draw" in run.stdout
    assert time.perf_counter() - start < 20  # plotext once spent minutes on a line 10⁵⁴ high


def test_an_answer_with_a_long_integer_reads_back_as_expect(cli):
    # d/dx (x·2^256) = 2^256, a 78-digit integer: the answer printed is accepted as --expect
    answer = cli("derive", "x*2^(2^(2^3))", "--json").json["result"]
    assert answer == str(2**256)
    assert cli("derive", "x*2^(2^(2^3))", "--expect", answer).code == 0


def test_a_deeply_nested_expression_names_its_inner_parts(cli):
    """exp(sin(exp(…))) 30 deep: the steps write each inner expression once and use its name after, so
    they stay a small multiple of what the answer itself takes (they were 319 KB)."""
    nested = "x"
    for depth in range(30):
        nested = f"sin({nested}+1)" if depth % 2 else f"exp({nested})"
    run = cli("derive", nested, "--json", "--no-plot")
    assert run.code == 0
    steps = json.dumps(run.json["steps"], ensure_ascii=False)
    assert len(steps) < 40_000
    assert "let u = exp(v) + 1: d/dx sin(u)" in steps  # names, not the inner expression again


@pytest.mark.parametrize("inner", ["exp({})", "sin({}+1)", "tanh({})"])
def test_the_steps_grow_linearly_with_the_nesting(cli, inner):
    """Depths 5 to 30 of f(f(…f(x)…)): each 5 more levels add about the same amount of step text (a chain of
    chains writes f′(u)·du/dx at each link and the whole product once), not more and more as they did."""
    sizes = []
    for depth in range(5, 31, 5):
        expression = "x"
        for level in range(depth):
            expression = (inner if level % 2 else "exp({})").format(expression)
        run = cli("derive", expression, "--json", "--no-plot")
        assert run.code == 0, run.stderr
        sizes.append(len(json.dumps(run.json["steps"], ensure_ascii=False)))
    growth = [later - earlier for earlier, later in zip(sizes[1:], sizes[2:])]  # from depth 10 on
    assert max(growth) <= 1.25 * min(growth), sizes
    assert sizes[-1] <= 8 * len(expression) * 6, sizes  # a few hundred characters per level
