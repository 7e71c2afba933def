"""mlmath optimize from the command line: torch.optim's numbers, the view, JSON, and every error path."""

import io
import json
import math
from pathlib import Path

import pytest

FIXTURES = json.loads((Path(__file__).parent / "fixtures" / "torch_optim.json").read_text(encoding="utf-8"))


def _flags(options):
    argv = []
    for key, value in options.items():
        flag = "--" + key.replace("_", "-")
        argv += [flag] if value is True else [flag, repr(value)]
    return argv


def _start(point):
    return ",".join(repr(value) for value in point)


# --- the acceptance: torch.optim's final point, through the whole command ------------------------


def _schedule_flags(case):
    if "schedule" not in case:
        return []
    from mlmath.core import optimizers

    given = case["schedule"]
    order = [name for name, _ in optimizers.SCHEDULE_PARAMETERS[given["name"]]]
    numbers = []
    for name in order:  # written up to the last one given (the ones before it at their defaults)
        if any(later in given for later in order[order.index(name):]):
            default = dict(optimizers.SCHEDULE_PARAMETERS[given["name"]])[name]
            value = given.get(name, default)
            if value == "lr":
                value = case["options"].get("lr", optimizers.settings(case["optimizer"])["lr"])
            numbers.append(repr(value) if value != "steps" else str(FIXTURES["steps"]))
    return ["--schedule", given["name"] + (":" + ",".join(numbers) if numbers else "")]


@pytest.mark.parametrize("case", FIXTURES["cases"],
                         ids=lambda case: f"{case['function']}-{case['optimizer']}-{len(case['options'])}"
                                          f"-{case['start']}-{case.get('schedule', {}).get('name')}")
def test_final_point_is_torch_optims(cli, case):
    r = cli("optimize", case["function"], "--start", _start(case["start"]), "--optimizer", case["optimizer"],
            *_flags(case["options"]), *_schedule_flags(case), "--steps", str(FIXTURES["steps"]), "--json",
            "--every", "100")
    assert r.code == 0, r.stderr
    if r.json["status"] != "done":  # torch's run blew up too (checked in test_core_optimizers)
        return
    final = r.json["result"]
    assert max(abs(a - b) for a, b in zip(final, case["points"][-1])) <= 1e-9
    if "schedule" in case:
        assert r.json["lrs"][-1] == case["lrs"][-1] and r.json["schedule"]["name"] == case["schedule"]["name"]
    if case["kernels_differ_by"] <= 1e-9:
        assert max(abs(a - b) for a, b in zip(final, case["native_points"][-1])) <= 1e-9


# --- JSON ---------------------------------------------------------------------------------------


def test_json_has_the_point_the_path_the_losses_and_the_settings(cli):
    r = cli("optimize", "rosenbrock", "--optimizer", "adam", "--steps", "30", "--json")
    assert r.code == 0 and r.stderr == ""
    doc = r.json
    assert doc["command"] == "optimize"
    assert doc["result"] == doc["trajectory"][-1] and len(doc["result"]) == 2
    assert doc["trajectory"][0] == [-1.5, 2.0] and len(doc["trajectory"]) == 31
    assert doc["trajectory_steps"] == list(range(31))
    assert doc["losses"][0] == 12.5 and doc["losses"][-1] == doc["value"]
    assert doc["optimizer"] == {"name": "adam", "lr": 0.001, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8,
                                "weight_decay": 0.0, "amsgrad": False, "maximize": False,
                                "torch": "torch.optim.Adam(params, lr=0.001, betas=(0.9, 0.999), eps=1e-08)"}
    assert doc["variables"] == ["x", "y"] and doc["start"] == [-1.5, 2.0]
    assert doc["minimum"] == [1.0, 1.0] and doc["distance_to_minimum"] > 0
    assert doc["status"] == "done" and doc["steps_run"] == 30
    rules = [entry["rule"] for entry in doc["steps"]]
    assert "optimize.rule.adam" in rules and rules.count("optimize.step") == 3
    # Adam's first step written out: g = ∇f(θ₀) = (−155, −50), and a stride of lr in each coordinate
    first = next(entry for entry in doc["steps"] if entry["rule"] == "optimize.step")
    texts = [child["text"] for child in first["steps"]]
    assert texts[0] == "g = ∇f(θ₀) = (-155, -50)"
    assert any(text.startswith("m̂ = m/(1 − β₁^1)") for text in texts)


def test_every_k_samples_the_trajectory_and_keeps_the_last_point(cli):
    doc = cli("optimize", "booth", "--steps", "25", "--every", "10", "--json").json
    assert doc["trajectory_steps"] == [0, 10, 20, 25] and len(doc["trajectory"]) == len(doc["losses"]) == 4
    assert doc["every"] == 10


def test_compare_runs_each_optimizer_from_the_same_start(cli):
    r = cli("optimize", "x**2 + 10*y**2", "--start", "3,1", "--compare", "sgd,momentum,adam", "--lr", "0.01",
            "--steps", "200", "--json")
    assert r.code == 0, r.stderr
    doc = r.json
    assert [run["optimizer"]["name"] for run in doc["runs"]] == ["sgd", "momentum", "adam"]
    assert doc["result"] == [run["result"] for run in doc["runs"]]
    assert all(run["start"] == [3.0, 1.0] and run["optimizer"]["lr"] == 0.01 for run in doc["runs"])
    # sgd on x² + 10y²: x ← (1 − 2·lr)·x, y ← (1 − 20·lr)·y, so after 200 steps x = 3·0.98²⁰⁰, y = 0.8²⁰⁰
    assert doc["runs"][0]["result"] == pytest.approx([3 * 0.98**200, 0.8**200], rel=1e-12)


def test_compare_gives_each_optimizer_only_its_own_hyper_parameters(cli):
    doc = cli("optimize", "booth", "--compare", "sgd,rmsprop,adam", "--momentum", "0.5", "--steps", "5",
              "--json").json
    momenta = [run["optimizer"].get("momentum") for run in doc["runs"]]
    assert momenta == [0.5, 0.5, None]


def test_sphere_takes_any_number_of_coordinates(cli):
    doc = cli("optimize", "sphere", "--start", "1,2,3,4", "--optimizer", "sgd", "--lr", "0.25", "--steps", "1",
              "--json").json
    # θ ← θ − 0.25·2θ = θ/2
    assert doc["result"] == [0.5, 1.0, 1.5, 2.0] and doc["variables"] == ["x1", "x2", "x3", "x4"]


def test_vars_orders_the_variables(cli):
    doc = cli("optimize", "x**2 + 10*y**2", "--vars", "y,x", "--start", "1,3", "--optimizer", "sgd", "--lr", "0.01",
              "--steps", "1", "--json").json
    # y ← 1 − 0.01·20 = 0.8, x ← 3 − 0.01·6 = 2.94
    assert doc["variables"] == ["y", "x"] and doc["result"] == pytest.approx([0.8, 2.94], rel=1e-15)


def test_expect_checks_the_final_point(cli):
    ok = cli("optimize", "booth", "--optimizer", "momentum", "--lr", "0.01", "--steps", "2000", "--expect", "1,3",
             "--tol", "1e-6")
    assert ok.code == 0, ok.stdout
    wrong = cli("optimize", "booth", "--optimizer", "momentum", "--lr", "0.01", "--steps", "2000", "--expect", "3,1",
                "--tol", "1e-6")
    assert wrong.code == 1


# --- how a run ends -------------------------------------------------------------------------------


def test_a_diverging_lr_is_reported_not_crashed(cli):
    r = cli("optimize", "rosenbrock", "--optimizer", "sgd", "--lr", "0.01", "--steps", "1000")
    assert r.code == 0 and r.stderr == ""
    lines = r.stdout.splitlines()
    assert lines[0].endswith("of 1000 steps of sgd")
    assert lines[1].startswith("Diverged at step") and lines[1].endswith("the stride was too long — try a smaller --lr")
    doc = cli("optimize", "rosenbrock", "--optimizer", "sgd", "--lr", "0.01", "--steps", "1000", "--json").json
    assert doc["status"] == "diverged" and doc["stopped_at"] < 20 and "warnings" not in doc
    stop = next(entry for entry in doc["steps"] if entry["rule"].startswith("optimize.stop."))
    assert "Try a smaller --lr (e.g. 0.001 instead of 0.01)" in stop["text"]


def test_an_overflowing_run_is_reported(cli):
    r = cli("optimize", "x**4", "--start", "10", "--optimizer", "sgd", "--lr", "1", "--steps", "100", "--json")
    assert r.code == 0
    assert r.json["status"] == "diverged" and "warnings" not in r.json


def test_a_function_without_a_minimum_is_said_to_have_none(cli):
    r = cli("optimize", "saddle", "--optimizer", "sgd", "--lr", "0.1", "--steps", "5000")
    assert r.code == 0
    assert "f has no minimum in this direction" in r.stdout and "saddle point (0, 0)" in r.stdout


def test_the_saddle_stalls_plain_gradient_descent(cli):
    doc = cli("optimize", "saddle", "--optimizer", "sgd", "--steps", "1000", "--json").json
    # x ← 0.998·x, y ← 1.002·y: x shrinks to 0.998¹⁰⁰⁰ ≈ 0.135, y barely leaves 0.001 — stuck near (0, 0)
    assert doc["result"] == pytest.approx([0.998**1000, 0.001 * 1.002**1000], rel=1e-9)


def test_leaving_the_domain_is_reported(cli):
    r = cli("optimize", "x - log(x)", "--start", "2", "--optimizer", "sgd", "--lr", "10")
    assert r.code == 0
    assert "not defined at (-3" in r.stdout


def test_zero_over_zero_in_the_rule_is_not_blamed_on_the_function(cli):
    # adagrad with ε = 0 where ∂f/∂x = 0: G = 0, so Δx = −lr·0/(√0 + 0) = 0/0 (NaN in PyTorch)
    r = cli("optimize", "sphere", "--start", "0,1", "--optimizer", "adagrad", "--eps", "0", "--json")
    assert r.code == 0 and r.json["status"] == "undefined_update" and r.json["stopped_at"] == 1
    assert r.json["result"] == [0.0, 1.0]
    r = cli("optimize", "sphere", "--start", "0,1", "--optimizer", "adagrad", "--eps", "0")
    assert "divided 0 by 0" in r.stdout.splitlines()[1]


# --- the view -------------------------------------------------------------------------------------


def test_view_shows_the_table_the_rule_and_the_first_steps(cli):
    r = cli("optimize", "rosenbrock", "--optimizer", "adam", "--steps", "1000")
    assert r.code == 0
    out = r.stdout
    assert out.startswith("θ₁₀₀₀ = (")
    assert "Trajectory (every 100 steps)" in out
    assert "Adam: m ← β₁·m + (1 − β₁)·g" in out and "torch.optim.Adam(params, lr=0.001" in out
    assert "Step 1" in out and "Step 3" in out and "Step 4" not in out
    assert "… 997 more steps the same way" in out
    assert "Distance to the minimum (1, 1)" in out
    assert "\x1b[" not in out  # no colour when piped


def test_no_steps_hides_the_explanation(cli):
    r = cli("optimize", "rosenbrock", "--steps", "10", "--no-steps")
    assert "Steps" not in r.stdout and "Trajectory" in r.stdout


def test_every_rule_explains_itself(cli):
    keys = {
        "sgd": "Δθ = −lr·g", "momentum": "b = g = ", "nesterov": "d = g + μ·b", "adam": "v̂ = v/(1 − β₂^1)",
        "adamw": "θ ← θ·(1 − lr·λ) = ", "adagrad": "G ← G + g²", "rmsprop": "√v + ε = ",
    }
    for name, text in keys.items():
        r = cli("optimize", "booth", "--optimizer", name, "--steps", "5")
        assert r.code == 0 and text in r.stdout, name


def test_compare_view_lists_every_optimizer(cli):
    r = cli("optimize", "himmelblau", "--compare", "sgd,momentum,adam", "--lr", "0.01", "--steps", "300")
    assert r.code == 0
    assert "f at each step, side by side (every 50 steps)" in r.stdout
    assert "Where each optimizer ended" in r.stdout
    for name in ("sgd", "momentum", "adam"):
        assert name in r.stdout


def test_plot_draws_the_loss_and_the_map(cli):
    r = cli("optimize", "rosenbrock", "--optimizer", "momentum", "--steps", "500", "--plot", "--no-steps")
    assert r.code == 0
    assert "Loss f(θ) by step (log scale)" in r.stdout and "Map of f(x, y)" in r.stdout
    assert "S" in r.stdout and "\x1b[" not in r.stdout


def test_no_map_beyond_two_variables(cli):
    r = cli("optimize", "sphere", "--start", "1,2,3", "--optimizer", "sgd", "--lr", "0.1", "--plot")
    assert r.code == 0 and "Map of" not in r.stdout and "by step" in r.stdout


def test_a_diverging_run_still_plots(cli):
    r = cli("optimize", "rosenbrock", "--optimizer", "sgd", "--lr", "0.01", "--plot", "--no-steps")
    assert r.code == 0 and "Map of f(x, y)" in r.stdout


def test_narrow_terminal(cli, monkeypatch):
    monkeypatch.setenv("COLUMNS", "60")
    r = cli("optimize", "himmelblau", "--compare", "sgd,adam", "--plot", "--steps", "200")
    assert r.code == 0
    from rich.cells import cell_len

    assert max(cell_len(line) for line in r.stdout.splitlines()) <= 60


# --- progress --------------------------------------------------------------------------------------


def test_no_progress_bar_when_not_on_a_terminal(cli):
    r = cli("optimize", "rosenbrock", "--steps", "20000", "--no-steps")
    assert r.code == 0 and r.stderr == ""


def test_progress_bar_on_a_terminal_once_a_run_is_slow(monkeypatch):
    from rich.console import Console

    from mlmath.render import gradient_descent as view
    from mlmath.render import progress
    from mlmath.render.output import Output

    monkeypatch.setattr(progress, "PROGRESS_AFTER", 0.0)
    screen = io.StringIO()
    out = Output(stdout=io.StringIO())
    out.__dict__["error_console"] = Console(file=screen, force_terminal=True, width=80)
    with view.progress_bar(out) as report:
        report(500, 1000)
    assert "optimize" in screen.getvalue()
    piped = Output(stdout=io.StringIO(), stderr=io.StringIO())
    with view.progress_bar(piped) as report:
        assert report is None


# --- errors: one line on stderr, exit 2 ----------------------------------------------------------


@pytest.mark.parametrize(("argv", "message"), [
    (["rosenbrock", "--optimizer", "adma"], "unknown optimizer 'adma'; did you mean adam? known: sgd, momentum"),
    (["rosenbrok"], "unknown function 'rosenbrok'; did you mean rosenbrock? known: rosenbrock, beale"),
    (["rosenbrock", "--start", "1,2,3"], "rosenbrock takes 2 coordinates, --start gave 3"),
    (["x**2 + 10*y**2", "--start", "3"], "--start gives 1 value but the function has 2 variables (x, y)"),
    (["x**2 + 10*y**2"], "an expression needs --start, one value per variable (x, y)"),
    (["x**2 + 10*y**2", "--start", "3,1", "--vars", "x,z"], "--vars names x, z but the function's variables"),
    (["rosenbrock", "--vars", "x,y"], "--vars is for expressions"),
    (["x**2 +* y", "--start", "1,1"], "FUNCTION: could not read"),
    (["import os", "--start", "1"], "FUNCTION:"),
    (["5", "--start", "1"], "the function has no variables to move"),
    (["rosenbrock", "--optimizer", "sgd", "--beta1", "0.5"], "--beta1 does not apply to sgd; it applies to adam"),
    (["rosenbrock", "--compare", "sgd,adam", "--alpha", "0.9"], "--alpha applies to none of sgd, adam"),
    (["rosenbrock", "--compare", "sgd,adam", "--optimizer", "adam"], "give either --optimizer or --compare"),
    (["rosenbrock", "--compare", "sgd,foo"], "unknown optimizer 'foo'"),
    (["rosenbrock", "--compare", "sgd,sgd"], "names an optimizer twice"),
    (["rosenbrock", "--compare", ","], "--compare needs optimizer names"),
    (["rosenbrock", "--lr", "abc"], "--lr: could not read 'abc'"),
    (["rosenbrock", "--lr", "-0.1"], "--lr must be at least 0"),
    (["rosenbrock", "--beta2", "1"], "--beta2 must be in [0, 1)"),
    (["rosenbrock", "--optimizer", "sgd", "--nesterov"], "Nesterov momentum needs --momentum > 0"),
    (["rosenbrock", "--steps", "0"], "'--steps'"),
    (["rosenbrock", "--optimizer", "adadelta", "--rho", "1.5"], "--rho must be in [0, 1], got 1.5"),
    (["rosenbrock", "--optimizer", "nadam", "--momentum-decay", "-1"], "--momentum-decay must be at least 0"),
    (["rosenbrock", "--optimizer", "rprop", "--eta-plus", "0.9"], "Rprop needs 0 < --eta-minus < 1 < --eta-plus"),
    (["rosenbrock", "--optimizer", "rprop", "--step-min", "1", "--step-max", "0.1"],
     "--step-min must not exceed --step-max"),
    (["rosenbrock", "--optimizer", "lbfgs", "--history-size", "0"], "--history-size must be a whole number"),
    (["rosenbrock", "--optimizer", "lbfgs", "--tolerance-grad", "-1"], "--tolerance-grad must be at least 0"),
    (["rosenbrock", "--optimizer", "asgd", "--lambd", "-1"], "--lambd must be at least 0"),
    (["rosenbrock", "--optimizer", "adagrad", "--initial-accumulator-value", "-1"],
     "--initial-accumulator-value must be at least 0"),
    (["rosenbrock", "--optimizer", "adam", "--strong-wolfe"], "--strong-wolfe does not apply to adam; it applies "
                                                                "to lbfgs"),
    (["rosenbrock", "--optimizer", "adam", "--decoupled-weight-decay"], "it applies to nadam, radam"),
    (["rosenbrock", "--schedule", "cosin"], "unknown learning-rate schedule 'cosin'; did you mean cosine?"),
    (["rosenbrock", "--schedule", "step"], "the step schedule needs step_size; e.g. --schedule step:30,0.1"),
    (["rosenbrock", "--schedule", "exponential:x"], "--schedule: could not read 'x'"),
    (["rosenbrock", "--schedule", "linear:1,2,3,4"], "--schedule linear takes at most 3 numbers"),
    (["rosenbrock", "--schedule", "linear:0"], "start_factor in (0, 1]"),
    (["rosenbrock", "--schedule", "onecycle:0.1,2"], "pct_start in [0, 1]"),
    (["rosenbrock", "--schedule", "step:2.5"], "step_size of the step schedule must be a whole number"),
    (["rosenbrock", "--every", "0"], "'--every'"),
    (["rosenbrock", "--start", "1,x"], "--start"),
    (["log(x)", "--start", "-1"], "not defined at the start"),
    (["log(x)", "--start", "-1", "--compare", "sgd,adam"], "not defined at the start"),
])
def test_bad_input_is_one_line_and_exit_2(cli, argv, message):
    r = cli("optimize", *argv)
    assert r.code == 2, r.stdout
    assert message in r.stderr
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr and r.stdout == ""


# --- what a run loads -------------------------------------------------------------------------------


def test_a_builtin_loads_no_sympy_and_without_a_plot_no_plotext():
    from test_startup import loaded_modules

    assert loaded_modules("optimize", "rosenbrock", "--steps", "50", "--no-plot") == ["numpy"]
    assert "sympy" in loaded_modules("optimize", "x**2 + y**2", "--start", "1,1", "--steps", "5")


def test_an_expression_is_differentiated_once(monkeypatch, cli):
    import sympy

    calls = []
    real = sympy.diff
    monkeypatch.setattr(sympy, "diff", lambda *args, **kwargs: calls.append(args) or real(*args, **kwargs))
    r = cli("optimize", "x**2 + 10*y**2", "--start", "3,1", "--steps", "300", "--json")
    assert r.code == 0
    # ∂f/∂x and ∂f/∂y once each for 300 steps, and the Hessian once for the convexity test
    # (∂f/∂x, ∂f/∂y again, then ∂²f/∂x², ∂²f/∂x∂y, ∂²f/∂y²)
    assert len(calls) == 2 + 5
    calls.clear()
    assert cli("optimize", "x**2 + 10*y**2", "--start", "3,1", "--steps", "3", "--json").code == 0
    assert len(calls) == 2 + 5  # the same for 3 steps: nothing is differentiated per step


@pytest.mark.parametrize("columns", ["60", "80", "100"])
def test_seven_optimizers_end_in_a_table_that_fits(cli, monkeypatch, columns):
    monkeypatch.setenv("COLUMNS", columns)
    run = cli("optimize", "rosenbrock", "--compare", "sgd,momentum,nesterov,adam,adamw,adagrad,rmsprop",
              "--no-steps", "--no-plot")
    final = run.stdout[run.stdout.index("Where each optimizer ended"):]
    assert max(len(line.rstrip()) for line in final.splitlines()) <= int(columns)
    rows = [line.split() for line in final.splitlines() if line.split()[:1] in (["momentum"], ["nesterov"])]
    # one row per optimizer; f and the distance to (1, 1) whole, never cut or folded
    assert [row[0] for row in rows] == ["momentum", "nesterov"]
    assert "5.690e-05" in rows[0] and "0.01683" in rows[0] and "2.323e-05" in rows[1]


def test_a_run_still_going_down_far_from_the_minimum_says_how_to_go_further(cli):
    keys = lambda *args: [s["rule"] for s in cli("optimize", *args, "--json").json["steps"]]  # noqa: E731
    assert "optimize.not_there" in keys("rosenbrock")  # Adam at lr 0.001 ends 2.57 from (1, 1), still falling
    assert "optimize.not_there" not in keys("rosenbrock", "--lr", "0.02", "--steps", "5000")  # it got there
    # caught in a local minimum of rastrigin at (1.99, 1.99): f no longer falls, so more steps would not help
    assert "optimize.not_there" not in keys("rastrigin", "--start", "2.2,2.2")


def test_sign_and_step_have_zero_gradient_away_from_the_jump(cli):
    # d/dx sign(x) is 0 for x ≠ 0 (SymPy says 2·δ(x)); PyTorch's autograd gives 0 too
    run = cli("optimize", "sign(x)", "--start", "1", "--steps", "5", "--optimizer", "sgd", "--json")
    assert run.code == 0 and run.json["result"] == [1.0]
    # x² + sign(x): only the x² moves it, θ ← θ − 0.1·2θ = 0.8·θ each step
    run = cli("optimize", "x^2 + sign(x)", "--start", "1", "--steps", "3", "--optimizer", "sgd", "--lr", "0.1",
              "--json")
    assert run.json["result"] == [pytest.approx(0.8**3, abs=1e-15)]


# --- the newer optimizers and the schedules ---------------------------------------------------------


def test_help_names_every_optimizer_rule_and_schedule(cli, monkeypatch):
    from mlmath.core import optimizers

    monkeypatch.setenv("COLUMNS", "200")
    text = cli("optimize", "--help").stdout
    for name in optimizers.NAMES:
        assert name in text
    for rule in ("u ← max(β₂·u, |g| + ε)", "ρₜ = ρ∞ − 2t·β₂ᵗ/(1 − β₂ᵗ)", "θ ← θ − sign(g)·s", "d = −H·g",
                 "μₜ = β₁·(1 − ½·0.96^(t·ψ))", "Δ = √(u + ε)/√(v + ε)·g"):
        assert rule in text
    for spelled in ("step:STEP_SIZE[,GAMMA=0.1]", "exponential:GAMMA", "cosine[:T_MAX=steps[,ETA_MIN=0]]",
                    "onecycle[:MAX_LR=lr[,PCT_START=0.3]]", "linear[:START_FACTOR=1/3[,TOTAL_ITERS=5[,END_FACTOR=1]]]"):
        assert spelled in text


def test_every_newer_rule_explains_itself(cli):
    keys = {
        "adadelta": "Δ = √(u + ε)/√(v + ε)·g = ", "adamax": "u ← max(β₂·u, |g| + ε) = ", "nadam": "μ_t = β₁·(1 − ½",
        "radam": "ρ_t ≤ 5, too few gradients", "asgd": "ax ← ax + μ·(θ − ax) = ", "rprop": "s ← clamp(s·factor",
        "lbfgs": "iteration 1 of the first step: d = −g",
    }
    for name, text in keys.items():
        r = cli("optimize", "booth", "--optimizer", name, "--steps", "5")
        assert r.code == 0 and text in r.stdout, name
        ko = cli("optimize", "booth", "--optimizer", name, "--steps", "5", "--lang", "ko")
        assert ko.code == 0 and "단계" in ko.stdout, name


def test_lbfgs_on_beale_reaches_the_minimum_in_a_few_steps(cli):
    for flags in ([], ["--strong-wolfe"]):
        doc = cli("optimize", "beale", "--optimizer", "lbfgs", *flags, "--steps", "20", "--json").json
        # torch stops once f changes by less than tolerance_change = 1e-9: a few 1e-5 from (3, 0.5)
        assert doc["result"] == pytest.approx([3.0, 0.5], abs=1e-4) and doc["status"] == "done"
        assert doc["optimizer"]["torch"].startswith("torch.optim.LBFGS(params, lr=1.0, max_iter=20, max_eval=25")


def test_schedule_in_json_and_in_the_view(cli):
    r = cli("optimize", "booth", "--optimizer", "sgd", "--lr", "0.01", "--schedule", "step:2,0.5", "--steps", "6",
            "--json")
    assert r.code == 0, r.stderr
    doc = r.json
    assert doc["schedule"] == {"name": "step", "step_size": 2, "gamma": 0.5,
                               "torch": "torch.optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)"}
    # the lr after k scheduler steps: 0.01·0.5^(k // 2)
    assert doc["lrs"] == [0.01, 0.01, 0.005, 0.005, 0.0025, 0.0025, 0.00125]
    rules = [entry["rule"] for entry in doc["steps"]]
    assert "optimize.schedule.step" in rules
    first = next(entry for entry in doc["steps"] if entry["rule"] == "optimize.step")
    assert first["steps"][0]["text"].startswith("lr = 0.01")
    view = cli("optimize", "booth", "--optimizer", "sgd", "--schedule", "cosine", "--steps", "50", "--plot")
    assert "Learning rate by step (CosineAnnealingLR)" in view.stdout and "Schedule CosineAnnealingLR" in view.stdout
    plain = cli("optimize", "booth", "--steps", "5", "--json").json
    assert plain["schedule"] is None and plain["lrs"] is None


def test_expect_with_a_schedule_and_a_newer_optimizer(cli):
    # sgd on x² with lr 0.1 halved each step: x = 1·0.8·0.9·0.95
    ok = cli("optimize", "x**2", "--start", "1", "--optimizer", "sgd", "--lr", "0.1", "--schedule", "exponential:0.5",
             "--steps", "3", "--expect", "0.684")
    assert ok.code == 0, ok.stdout
    assert cli("optimize", "beale", "--optimizer", "lbfgs", "--steps", "20", "--expect", "3,0.5", "--tol",
               "1e-4").code == 0


def test_compare_accepts_the_newer_optimizers_and_a_schedule(cli):
    names = "adadelta,adamax,nadam,radam,asgd,rprop,lbfgs"
    r = cli("optimize", "booth", "--compare", names, "--steps", "50", "--schedule", "linear", "--json")
    assert r.code == 0, r.stderr
    assert [run["optimizer"]["name"] for run in r.json["runs"]] == names.split(",")
    assert all(run["schedule"]["name"] == "linear" for run in r.json["runs"])
    view = cli("optimize", "booth", "--compare", names, "--steps", "50", "--no-steps", "--plot")
    assert view.code == 0 and "Where each optimizer ended" in view.stdout


def test_compare_gives_rho_to_adadelta_only(cli):
    doc = cli("optimize", "booth", "--compare", "adadelta,adam", "--rho", "0.5", "--steps", "3", "--json").json
    assert [run["optimizer"].get("rho") for run in doc["runs"]] == [0.5, None]


def test_json_of_a_long_trajectory_is_what_json_dumps_writes(cli):
    """Issue 20: a trajectory longer than one block of the streaming writer is written in blocks, and the
    text is exactly json.dumps of the same document."""
    run = cli("optimize", "booth", "--optimizer", "sgd", "--lr", "0.01", "--steps", "70000", "--json")
    assert run.code == 0
    document = json.loads(run.stdout)
    assert run.stdout == json.dumps(document, ensure_ascii=False) + "\n"
    assert document["trajectory_steps"] == list(range(70001))
    assert len(document["trajectory"]) == len(document["losses"]) == 70001
    for k in (0, 1, 65536, 70000):  # booth: (x + 2y − 7)² + (2x + y − 5)²
        x, y = document["trajectory"][k]
        assert document["losses"][k] == pytest.approx((x + 2 * y - 7) ** 2 + (2 * x + y - 5) ** 2, rel=1e-12,
                                                      abs=1e-300)


# --- the map: its marks where the axes put the path's points, a legend for every character -----------

def _map(stdout: str) -> tuple[list[str], int, int]:
    lines = stdout.splitlines()
    title = next(index for index, line in enumerate(lines) if "Map of f(x, y)" in line)
    top = next(index for index in range(title, len(lines)) if "┌" in lines[index])
    bottom = next(index for index in range(top, len(lines)) if "└" in lines[index])
    return lines, top, bottom


def _map_axes(lines: list[str], top: int, bottom: int):
    """value → column and value → row, read off the map's own tick labels (``2 ┤`` rows, ``┬`` columns)."""
    import re

    y_ticks = [(float(lines[r].split("┤")[0]), r) for r in range(top + 1, bottom) if "┤" in lines[r]]
    x_ticks = []
    for column, char in enumerate(lines[bottom]):
        if char == "┬":
            token = next(m for m in re.finditer(r"\S+", lines[bottom + 1]) if m.start() - 1 <= column <= m.end())
            x_ticks.append((float(token.group()), column))
    (ya, ra), (yb, rb) = y_ticks[0], y_ticks[-1]
    (xa, ca), (xb, cb) = x_ticks[0], x_ticks[-1]
    return (lambda x: ca + (x - xa) * (cb - ca) / (xb - xa)), (lambda y: ra + (y - ya) * (rb - ra) / (yb - ya))


def _found(lines, top, bottom, char: str) -> list[tuple[int, int]]:
    return [(c, r) for r in range(top + 1, bottom) for c, ch in enumerate(lines[r]) if ch == char]


def test_compare_map_marks_each_run_s_end_and_the_shared_start(cli, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    args = ("optimize", "himmelblau", "--compare", "sgd,momentum,adam", "--lr", "0.01", "--steps", "40")
    runs = cli(*args, "--json").json["runs"]
    r = cli(*args, "--plot", "--no-steps")
    lines, top, bottom = _map(r.stdout)
    column, row = _map_axes(lines, top, bottom)
    legend = "\n".join(lines[bottom + 2:])
    assert "S start (shared by all)" in legend
    for number, (run, path) in enumerate(zip(runs, "•ox"), start=1):
        name = run["optimizer"]["name"]
        assert f"{path} {name}, ends at {number}" in legend
        x, y = run["trajectory"][-1]
        hidden = f"over {number}" in legend or f", {number}" in legend  # drawn under another mark: said so
        assert hidden or any(abs(c - column(x)) <= 1 and abs(rr - row(y)) <= 1
                             for c, rr in _found(lines, top, bottom, str(number))), (name, x, y)
    x, y = runs[0]["trajectory"][0]
    assert any(abs(c - column(x)) <= 1 and abs(rr - row(y)) <= 1 for c, rr in _found(lines, top, bottom, "S"))
    for minimum in ((3, 2), (-2.805118, 3.131312), (-3.779310, -3.283186), (3.584428, -1.848126)):
        assert any(abs(c - column(minimum[0])) <= 1 and abs(rr - row(minimum[1])) <= 1
                   for c, rr in _found(lines, top, bottom, "*")), minimum


def test_ends_in_one_cell_are_said_in_the_legend(cli):
    # a step too small to leave the start's cell: both ends and the start share it
    r = cli("optimize", "rosenbrock", "--compare", "sgd,adam", "--lr", "1e-9", "--steps", "2", "--plot", "--no-steps")
    lines, top, bottom = _map(r.stdout)
    body = "\n".join(line[(line.find("┤") if "┤" in line else line.find("│")) + 1:] for line in lines[top + 1:bottom])
    assert body.count("2") == 1 and "1" not in body and "S" not in body
    assert "2 is drawn over 1, S: they fall in the same cell" in r.stdout


def test_the_map_is_legible_at_80_by_24_without_colour(cli, monkeypatch):
    from rich.cells import cell_len

    monkeypatch.setenv("COLUMNS", "80")
    r = cli("optimize", "rosenbrock", "--compare", "sgd,momentum,adam", "--plot", "--no-steps")
    lines, top, bottom = _map(r.stdout)
    title = top - 1
    end = next(i for i in range(bottom, len(lines)) if "minimum" in lines[i])  # the legend's last entry
    assert end - title + 1 <= 24 and all(cell_len(line) <= 80 for line in lines[title:end + 1])
    levels = next(line for line in lines[bottom:end + 1] if line.startswith("level lines of f:"))
    entries = dict(item.split(" ", 1) for item in levels.split(":", 1)[1].split("   ") if item.strip())
    values = [float(value) for value in entries.values()]
    assert len(entries) >= 4 and values == sorted(values)  # a character per level, lowest first
    body = "".join(lines[top + 1:bottom])
    used = {char for char in body if char in "#%=+:-."}
    assert len(used) >= 4 and used <= set(entries)  # distinct characters for the levels, each in the legend


def test_a_loss_on_a_log_axis_is_ticked_at_powers_of_ten(cli):
    r = cli("optimize", "rosenbrock", "--optimizer", "adam", "--lr", "0.01", "--steps", "2000", "--plot", "--no-steps")
    lines = r.stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if "Loss f(θ) by step (log scale)" in line)
    end = next(i for i in range(start, len(lines)) if "└" in lines[i])
    labels = [lines[i].split("┤")[0].strip() for i in range(start, end) if "┤" in lines[i]]
    assert len(labels) >= 3
    values = [float(label) for label in labels]
    assert all(abs(math.log10(value) - round(math.log10(value))) < 1e-12 for value in values), labels
    assert all(label in ("1e-3", "0.01", "0.1", "1", "10", "100", "1000") or "e" in label for label in labels)
