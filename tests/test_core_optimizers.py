"""Optimizers against hand-worked steps, torch.optim trajectories, closed forms and finite differences."""

import json
import math
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from mlmath.core import functions, gradient_descent, optimizers
from mlmath.errors import MathError

FIXTURES = json.loads((Path(__file__).parent / "fixtures" / "torch_optim.json").read_text(encoding="utf-8"))


def first_two(name, **hyper):
    """Two steps on f(x) = x² (g = 2x) from x₀ = 1: the points and each step's quantities."""
    objective = functions.builtin("sphere", 1)
    run = gradient_descent.walk(objective, optimizers.settings(name, **hyper), [1.0], 2)
    return run.point(1)[0], run.point(2)[0], run.traces


def close(value, expected, rel=1e-14):
    return value == pytest.approx(expected, rel=rel, abs=1e-300)


# --- the first two steps on f(x) = x², x₀ = 1, worked out by hand ------------------------------


def test_sgd_first_two_steps():
    # g₀ = 2·1 = 2,     x₁ = 1 − 0.1·2 = 0.8
    # g₁ = 2·0.8 = 1.6, x₂ = 0.8 − 0.1·1.6 = 0.64
    x1, x2, _ = first_two("sgd", lr=0.1)
    assert close(x1, 0.8) and close(x2, 0.64)


def test_sgd_with_weight_decay_first_two_steps():
    # g₀ = 2 + 0.1·1 = 2.1,          x₁ = 1 − 0.1·2.1 = 0.79
    # g₁ = 1.58 + 0.1·0.79 = 1.659,  x₂ = 0.79 − 0.1659 = 0.6241
    x1, x2, _ = first_two("sgd", lr=0.1, weight_decay=0.1)
    assert close(x1, 0.79) and close(x2, 0.6241)


def test_momentum_first_two_steps():
    # b₁ = g₀ = 2 (the buffer starts at the first gradient), x₁ = 1 − 0.1·2 = 0.8
    # g₁ = 1.6, b₂ = 0.9·2 + 1.6 = 3.4,                      x₂ = 0.8 − 0.1·3.4 = 0.46
    x1, x2, traces = first_two("momentum", lr=0.1)
    assert close(x1, 0.8) and close(x2, 0.46)
    assert traces[0]["b"] == [2.0] and close(traces[1]["b"][0], 3.4)


def test_momentum_with_dampening_first_two_steps():
    # torch does not dampen the first buffer: b₁ = g₀ = 2, x₁ = 0.8
    # b₂ = 0.9·2 + (1 − 0.5)·1.6 = 2.6,                    x₂ = 0.8 − 0.26 = 0.54
    x1, x2, _ = first_two("momentum", lr=0.1, dampening=0.5)
    assert close(x1, 0.8) and close(x2, 0.54)


def test_nesterov_first_two_steps():
    # b₁ = 2, d = g + μ·b = 2 + 1.8 = 3.8,            x₁ = 1 − 0.38 = 0.62
    # g₁ = 1.24, b₂ = 1.8 + 1.24 = 3.04, d = 1.24 + 0.9·3.04 = 3.976, x₂ = 0.62 − 0.3976 = 0.2224
    x1, x2, traces = first_two("nesterov", lr=0.1)
    assert close(x1, 0.62) and close(x2, 0.2224)
    assert close(traces[1]["d"][0], 3.976)


def test_adam_first_two_steps():
    # t = 1: m = 0.1·2 = 0.2, v = 0.001·4 = 0.004, m̂ = 0.2/0.1 = 2, v̂ = 0.004/0.001 = 4
    #        Δ = −0.1·2/(√4 + 1e-8) = −0.0999999995 (a first Adam step is ≈ lr, whatever |g|)
    #        x₁ = 0.9000000005
    # t = 2: g = 1.800000001, m = 0.18 + 0.1800000001 = 0.3600000001,
    #        v = 0.999·0.004 + 0.001·g² = 0.0072360000036,
    #        m̂ = m/(1 − 0.81) = 1.89473684263158, v̂ = v/(1 − 0.998001) = 3.61980990675338,
    #        Δ = −0.1·m̂/(√v̂ + 1e-8) = −0.0995877718082079, x₂ = 0.800412228691792
    x1, x2, traces = first_two("adam", lr=0.1)
    assert close(x1, 0.9000000005) and close(x2, 0.800412228691792)
    second = traces[1]
    assert close(second["m"][0], 0.3600000001) and close(second["v"][0], 0.0072360000036)
    assert close(second["m_hat"][0], 1.89473684263158, rel=1e-13)
    assert close(second["v_hat"][0], 3.61980990675338, rel=1e-13)
    assert close(second["delta"][0], -0.0995877718082079, rel=1e-13)


def test_adam_with_weight_decay_adds_it_to_the_gradient():
    # t = 1: g = 2 + 0.1·1 = 2.1, m̂ = 2.1, v̂ = 4.41, Δ = −0.1·2.1/(2.1 + 1e-8) = −0.0999999995238095
    # t = 2: g = 1.8000000009524 + 0.09000000004762 = 1.890000001, x₂ = 0.800412228643195
    x1, x2, _ = first_two("adam", lr=0.1, weight_decay=0.1)
    assert close(x1, 0.900000000476190) and close(x2, 0.800412228643195, rel=1e-13)


def test_adamw_first_two_steps():
    # t = 1: θ·(1 − 0.1·0.01) = 0.999 first, then the Adam step computed from g = 2 at θ₀:
    #        x₁ = 0.999 − 0.0999999995 = 0.8990000005
    # t = 2: g = 1.798000001, θ·0.999 = 0.8981010004995, m = 0.3598000001, v = 0.007228804003596,
    #        m̂ = 1.89368421105263, v̂ = 3.61621010685143, Δ = −0.0995819733309791, x₂ = 0.798519027168521
    x1, x2, traces = first_two("adamw", lr=0.1)
    assert close(x1, 0.8990000005) and close(x2, 0.798519027168521, rel=1e-13)
    assert close(traces[1]["decayed"][0], 0.8981010004995)


def test_adagrad_first_two_steps():
    # G = 4,                       x₁ = 1 − 0.1·2/(√4 + 1e-10) = 0.900000000005
    # g = 1.80000000001, G = 4 + 3.240000000036 = 7.240000000036,
    # Δ = −0.1·g/√G = −0.0668964731599641, x₂ = 0.833103526845036
    x1, x2, traces = first_two("adagrad", lr=0.1)
    assert close(x1, 0.900000000005) and close(x2, 0.833103526845036, rel=1e-13)
    assert close(traces[1]["sum"][0], 7.240000000036)


def test_adagrad_with_lr_decay_first_two_steps():
    # step 2 strides lr/(1 + 1·0.5) = 0.0666…: Δ = −0.0445976487733094, x₂ = 0.855402351231691
    x1, x2, traces = first_two("adagrad", lr=0.1, lr_decay=0.5)
    assert close(x1, 0.900000000005) and close(x2, 0.855402351231691, rel=1e-13)
    assert close(traces[1]["clr"], 0.1 / 1.5)


def test_rmsprop_first_two_steps():
    # v = 0.01·4 = 0.04, Δ = −0.01·2/(0.2 + 1e-8) = −0.099999995: ten times lr, since v starts at 0
    #   and RMSprop has no bias correction; x₁ = 0.900000005
    # g = 1.80000001, v = 0.0396 + 0.03240000036 = 0.07200000036, √v + ε = 0.268328167970795,
    #   Δ = −0.0670820370299667, x₂ = 0.832917967970033
    x1, x2, traces = first_two("rmsprop")
    assert close(x1, 0.900000005) and close(x2, 0.832917967970033, rel=1e-13)
    assert close(traces[1]["v"][0], 0.07200000036)


def test_rmsprop_with_momentum_first_two_steps():
    # b₁ = 0 + 2/0.20000001 = 9.9999995, x₁ = 1 − 0.01·b₁ = 0.900000005
    # b₂ = 0.9·9.9999995 + 1.80000001/0.268328167970795 = 15.7082032529967, x₂ = 0.742917972470033
    x1, x2, traces = first_two("rmsprop", momentum=0.9)
    assert close(x1, 0.900000005) and close(x2, 0.742917972470033, rel=1e-13)
    assert close(traces[1]["b"][0], 15.7082032529967, rel=1e-13)


def test_centered_rmsprop_first_two_steps():
    # ḡ = 0.01·2 = 0.02, √(0.04 − 0.0004) + ε = 0.198997497421324, Δ = −0.100503776475416, x₁ = 0.899496223524584
    # g = 1.79899244704917, ḡ = 0.0377899244704917, v = 0.0719637382453995,
    #   √(v − ḡ²) + ε = 0.265585513847469, x₂ = 0.831759379711545
    x1, x2, traces = first_two("rmsprop", centered=True)
    assert close(x1, 0.899496223524584, rel=1e-13) and close(x2, 0.831759379711545, rel=1e-13)
    assert close(traces[1]["mean"][0], 0.0377899244704917, rel=1e-13)


# --- torch.optim trajectories ---------------------------------------------------------------


def _objective(name):
    if name in ("rosenbrock", "beale"):
        return functions.builtin(name)
    import sympy

    x, y = sympy.symbols("x y", real=True)
    assert name == "x**2 + 10*y**2"
    return functions.from_expression(x**2 + 10 * y**2, ["x", "y"])


def _case_id(case):
    options = ",".join(f"{key}={value}" for key, value in case["options"].items()) or "defaults"
    schedule = ",".join(f"{key}={value}" for key, value in case.get("schedule", {}).items())
    start = ",".join(f"{value:g}" for value in case["start"])
    return f"{case['function']}@{start}-{case['optimizer']}-{options}" + (f"-{schedule}" if schedule else "")


def _schedule(case, config):
    if "schedule" not in case:
        return None
    given = dict(case["schedule"])
    return optimizers.schedule_settings(given.pop("name"), config["lr"], FIXTURES["steps"], **given)


NEWER = ("adadelta", "adamax", "nadam", "radam", "asgd", "rprop", "lbfgs")


@pytest.mark.parametrize("case", FIXTURES["cases"], ids=_case_id)
def test_trajectory_matches_torch_optim(case):
    objective = _objective(case["function"])
    config = optimizers.settings(case["optimizer"], **case["options"])
    schedule = _schedule(case, config)
    run = gradient_descent.walk(objective, config, case["start"], FIXTURES["steps"], schedule=schedule)
    if run.status != "done":
        # stopped where torch's run blew up as well: its f leaves every bound or stops being a number
        bound = gradient_descent.BLOW_UP * max(1.0, abs(case["losses"][0]))
        assert any(not abs(loss - case["losses"][0]) <= bound for loss in case["losses"]), run.status
    assert run.steps_run == FIXTURES["steps"] or run.status != "done"
    # torch's portable CPU kernels: 1e-10 over the first steps and for the newer optimizers and schedules
    # (nearly all agree to the last bit), 1e-9 over the long runs of the first ones and of L-BFGS (whose
    # 500 steps are up to 10,000 iterations)
    newer = (case["optimizer"] in NEWER or "schedule" in case or case["options"].get("initial_accumulator_value")) \
        and case["optimizer"] != "lbfgs"
    for k, expected, loss in zip(case["steps"], case["points"], case["losses"]):
        if k > run.steps_run:
            break
        got = run.point(k)
        tolerance = 1e-10 if k <= 3 or newer else 1e-9
        assert max(abs(a - b) for a, b in zip(got, expected)) <= tolerance, f"step {k}: {got} != {expected}"
        assert run.losses[k] == pytest.approx(loss, rel=tolerance, abs=1e-12)
    if schedule is not None:
        # the learning rate torch's scheduler set after k steps, to the last bit
        assert [run.lrs[k] for k in case["steps"]] == case["lrs"]
    # the kernels torch uses on this CPU (fused multiply-adds): the same, unless the run itself
    # amplifies last-bit differences so much that torch's two kernels disagree beyond 1e-9
    if case["kernels_differ_by"] <= 1e-9 and run.status == "done":
        final = run.point(FIXTURES["steps"])
        assert max(abs(a - b) for a, b in zip(final, case["native_points"][-1])) <= 1e-9


def test_fixtures_cover_every_optimizer_with_defaults_and_other_settings():
    for function in ("rosenbrock", "x**2 + 10*y**2", "beale"):
        cases = [case for case in FIXTURES["cases"] if case["function"] == function and "schedule" not in case]
        for name in optimizers.NAMES:
            if (name == "lbfgs") != (function == "beale") and function != "rosenbrock":
                continue  # L-BFGS on rosenbrock and beale, the others on rosenbrock and x² + 10y²
            own = [case for case in cases if case["optimizer"] == name]
            assert any(not case["options"] for case in own), f"{name} defaults on {function}"
            assert any(case["options"] and case["kernels_differ_by"] <= 1e-9 for case in own), f"{name} other"
    # every newer optimizer also where one coordinate's gradient is 0 throughout, and every schedule
    zero = {case["optimizer"] for case in FIXTURES["cases"] if case["start"] == [3.0, 0.0]}
    assert set(NEWER) <= zero
    assert {case["schedule"]["name"] for case in FIXTURES["cases"] if "schedule" in case} == set(optimizers.SCHEDULES)


# --- defaults and settings ---------------------------------------------------------------------


def test_defaults_are_torch_optims():
    # torch.optim's documented signatures
    assert optimizers.settings("sgd") == {"name": "sgd", "lr": 1e-3, "momentum": 0.0, "dampening": 0.0,
                                          "weight_decay": 0.0, "nesterov": False, "maximize": False}
    assert optimizers.settings("adam") == {"name": "adam", "lr": 1e-3, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8,
                                           "weight_decay": 0.0, "amsgrad": False, "maximize": False}
    assert optimizers.settings("adamw")["weight_decay"] == 1e-2
    assert optimizers.settings("adagrad") == {"name": "adagrad", "lr": 1e-2, "lr_decay": 0.0, "weight_decay": 0.0,
                                              "initial_accumulator_value": 0.0, "eps": 1e-10, "maximize": False}
    assert optimizers.settings("rmsprop") == {"name": "rmsprop", "lr": 1e-2, "alpha": 0.99, "eps": 1e-8,
                                              "weight_decay": 0.0, "momentum": 0.0, "centered": False,
                                              "maximize": False}
    assert optimizers.settings("momentum")["momentum"] == 0.9
    assert optimizers.settings("nesterov")["nesterov"] is True


def test_torch_call_spells_the_same_optimizer():
    assert optimizers.torch_call(optimizers.settings("adam")) == \
        "torch.optim.Adam(params, lr=0.001, betas=(0.9, 0.999), eps=1e-08)"
    assert optimizers.torch_call(optimizers.settings("nesterov", lr=0.01)) == \
        "torch.optim.SGD(params, lr=0.01, momentum=0.9, dampening=0.0, nesterov=True)"
    assert optimizers.torch_call(optimizers.settings("adamw")) == \
        "torch.optim.AdamW(params, lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0.01)"
    assert optimizers.torch_call(optimizers.settings("rmsprop", centered=True)) == \
        "torch.optim.RMSprop(params, lr=0.01, alpha=0.99, eps=1e-08, centered=True)"


@pytest.mark.parametrize(("name", "hyper", "message"), [
    ("adam", {"beta1": 1.0}, "beta1 must be in [0, 1)"),
    ("adam", {"beta2": -0.1}, "beta2 must be in [0, 1)"),
    ("sgd", {"lr": -0.1}, "lr must be at least 0"),
    ("rmsprop", {"eps": -1e-8}, "eps must be at least 0"),
    ("sgd", {"nesterov": True}, "Nesterov momentum needs momentum > 0"),
    ("nesterov", {"dampening": 0.1}, "Nesterov momentum needs"),
    ("sgd", {"beta1": 0.9}, "beta1 does not apply to sgd; it applies to adam, adamw"),
    ("adam", {"alpha": 0.9}, "alpha does not apply to adam; it applies to rmsprop"),
    ("adagrad", {"momentum": 0.9}, "momentum does not apply to adagrad"),
    ("adadelta", {"rho": 1.5}, "rho must be in [0, 1]"),
    ("adamax", {"beta2": 1.0}, "beta2 must be in [0, 1)"),
    ("nadam", {"momentum_decay": -1}, "momentum_decay must be at least 0"),
    ("radam", {"eps": -1}, "eps must be at least 0"),
    ("asgd", {"lambd": -1e-4}, "lambd must be at least 0"),
    ("asgd", {"t0": -1}, "t0 must be at least 0"),
    ("rprop", {"eta_minus": 1.0}, "Rprop needs 0 < eta_minus < 1 < eta_plus"),
    ("rprop", {"eta_plus": 0.9}, "Rprop needs 0 < eta_minus < 1 < eta_plus"),
    ("rprop", {"step_min": 1.0, "step_max": 0.5}, "step_min must not exceed step_max"),
    ("lbfgs", {"max_iter": 2.5}, "max_iter must be a whole number of at least 1"),
    ("lbfgs", {"history_size": 0}, "history_size must be a whole number of at least 1"),
    ("lbfgs", {"tolerance_grad": -1}, "tolerance_grad must be at least 0"),
    ("adagrad", {"initial_accumulator_value": -0.1}, "initial_accumulator_value must be at least 0"),
    ("adam", {"momentum_decay": 0.1}, "momentum_decay does not apply to adam; it applies to nadam"),
    ("adam", {"decoupled_weight_decay": True}, "it applies to nadam, radam"),
])
def test_bad_settings_are_explained(name, hyper, message):
    with pytest.raises(MathError) as error:
        optimizers.settings(name, **hyper)
    assert message in error.value.message


def test_newer_defaults_are_torch_optims():
    # torch.optim's documented signatures
    assert optimizers.settings("adadelta") == {"name": "adadelta", "lr": 1.0, "rho": 0.9, "eps": 1e-6,
                                               "weight_decay": 0.0, "maximize": False}
    assert optimizers.settings("adamax")["lr"] == 2e-3
    nadam = optimizers.settings("nadam")
    assert nadam["lr"] == 2e-3 and nadam["momentum_decay"] == 4e-3 and nadam["decoupled_weight_decay"] is False
    assert optimizers.settings("radam")["lr"] == 1e-3
    assert optimizers.settings("asgd") == {"name": "asgd", "lr": 1e-2, "lambd": 1e-4, "alpha": 0.75, "t0": 1e6,
                                           "weight_decay": 0.0, "maximize": False}
    assert optimizers.settings("rprop") == {"name": "rprop", "lr": 1e-2, "eta_minus": 0.5, "eta_plus": 1.2,
                                            "step_min": 1e-6, "step_max": 50.0, "maximize": False}
    assert optimizers.settings("lbfgs") == {"name": "lbfgs", "lr": 1.0, "max_iter": 20, "max_eval": 25,
                                            "tolerance_grad": 1e-7, "tolerance_change": 1e-9, "history_size": 100,
                                            "strong_wolfe": False}
    assert optimizers.settings("lbfgs", max_iter=8)["max_eval"] == 10  # max_iter·5 // 4
    assert optimizers.settings("adagrad")["initial_accumulator_value"] == 0.0


def test_newer_torch_calls():
    assert optimizers.torch_call(optimizers.settings("rprop")) == \
        "torch.optim.Rprop(params, lr=0.01, etas=(0.5, 1.2), step_sizes=(1e-06, 50.0))"
    assert optimizers.torch_call(optimizers.settings("nadam", weight_decay=0.1, decoupled_weight_decay=True)) == \
        ("torch.optim.NAdam(params, lr=0.002, betas=(0.9, 0.999), eps=1e-08, momentum_decay=0.004, "
         "weight_decay=0.1, decoupled_weight_decay=True)")
    assert optimizers.torch_call(optimizers.settings("lbfgs", strong_wolfe=True)) == \
        ("torch.optim.LBFGS(params, lr=1.0, max_iter=20, max_eval=25, tolerance_grad=1e-07, "
         "tolerance_change=1e-09, history_size=100, line_search_fn='strong_wolfe')")
    assert optimizers.torch_call(optimizers.settings("adagrad", initial_accumulator_value=0.1)) == \
        "torch.optim.Adagrad(params, lr=0.01, lr_decay=0.0, eps=1e-10, initial_accumulator_value=0.1)"


def test_unknown_optimizer_lists_the_known_ones():
    with pytest.raises(MathError) as error:
        optimizers.settings("adma")
    assert "did you mean adam?" in error.value.message
    assert "sgd, momentum, nesterov, adam, adamw, adagrad, rmsprop" in error.value.message


# --- independent references: closed forms and properties -----------------------------------------


@settings(max_examples=40, deadline=None)
@given(lr=st.floats(0.001, 0.45), x0=st.floats(-100, 100), steps=st.integers(1, 60))
def test_sgd_on_a_bowl_follows_the_closed_form(lr, x0, steps):
    # f = x², θ ← θ − lr·2θ = (1 − 2·lr)·θ, so θₖ = (1 − 2·lr)ᵏ·θ₀
    run = gradient_descent.walk(functions.builtin("sphere", 1), optimizers.settings("sgd", lr=lr), [x0], steps)
    assert run.final[0] == pytest.approx((1 - 2 * lr) ** steps * x0, rel=1e-12, abs=1e-300)


@settings(max_examples=40, deadline=None)
@given(lr=st.floats(1e-4, 1.0), x=st.floats(-50, 50).filter(lambda v: abs(v) > 1e-3),
       y=st.floats(-50, 50).filter(lambda v: abs(v) > 1e-3))
def test_a_first_adam_step_is_lr_long_against_the_gradient(lr, x, y):
    # m̂ = g and v̂ = g² after one step, so Δθ = −lr·g/(|g| + ε): length lr (a hair less), sign −g
    objective = functions.builtin("rosenbrock")
    _, grad = objective.value_and_grad([x, y])
    assume(all(g != 0.0 for g in grad))  # at the minimum (1, 1) g = 0 and the step is 0
    run = gradient_descent.walk(objective, optimizers.settings("adam", lr=lr), [x, y], 1)
    for delta, g in zip(run.traces[0]["delta"], grad):
        assert delta * g < 0
        assert abs(delta) == pytest.approx(lr * abs(g) / (abs(g) + 1e-8), rel=1e-12)


@settings(max_examples=30, deadline=None)
@given(momentum=st.floats(0.0, 0.99), lr=st.floats(1e-4, 0.1), steps=st.integers(2, 30))
def test_heavy_ball_matches_its_recurrence(momentum, lr, steps):
    # plain recurrence on f = x²: b₁ = g₁, bₖ = μ·bₖ₋₁ + gₖ, θ ← θ − lr·bₖ
    run = gradient_descent.walk(functions.builtin("sphere", 1), optimizers.settings("sgd", lr=lr, momentum=momentum),
                        [1.0], steps)
    theta, buffer = 1.0, None
    for _ in range(steps):
        g = 2 * theta
        buffer = g if buffer is None else momentum * buffer + g
        theta = theta - lr * buffer
    assert run.final[0] == pytest.approx(theta, rel=1e-9, abs=1e-12)


# --- built-in functions -------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(functions.BUILTINS))
@settings(max_examples=25, deadline=None)
@given(x=st.floats(-3, 3), y=st.floats(-3, 3))
def test_builtin_gradients_match_finite_differences(name, x, y):
    objective = functions.builtin(name)
    _, grad = objective.value_and_grad([x, y])
    h = 1e-6
    for index in range(2):
        plus, minus = [x, y], [x, y]
        plus[index] += h
        minus[index] -= h
        numeric = (objective.value_and_grad(plus)[0] - objective.value_and_grad(minus)[0]) / (2 * h)
        assert grad[index] == pytest.approx(numeric, rel=1e-5, abs=1e-4)


@pytest.mark.parametrize("name", [name for name, item in functions.BUILTINS.items() if item.minima])
def test_builtin_minima_are_minima(name):
    objective = functions.builtin(name)
    for minimum in objective.minima:
        value, grad = objective.value_and_grad(list(minimum))
        assert value == pytest.approx(objective.minimum_value, abs=1e-12)
        assert all(abs(g) < 1e-9 for g in grad)


def test_known_values_of_the_builtins():
    # values written out from each formula by hand
    assert functions.builtin("rosenbrock").value_and_grad([-1.5, 2.0]) == (12.5, [-155.0, -50.0])
    assert functions.builtin("booth").value_and_grad([0.0, 0.0]) == (74.0, [-34.0, -38.0])
    assert functions.builtin("himmelblau").value_and_grad([0.0, 0.0]) == (170.0, [-14.0, -22.0])
    assert functions.builtin("beale").value_and_grad([1.0, 1.0])[0] == pytest.approx(14.203125)
    assert functions.builtin("saddle").value_and_grad([1.0, 2.0]) == (-3.0, [2.0, -4.0])
    assert functions.builtin("rastrigin").value_and_grad([0.0, 0.0]) == (0.0, [0.0, 0.0])
    assert functions.builtin("sphere", 3).value_and_grad([1.0, 2.0, 3.0]) == (14.0, [2.0, 4.0, 6.0])
    assert functions.builtin("quadratic").name == "sphere"


def test_fixed_size_builtins_refuse_other_sizes():
    with pytest.raises(MathError, match="rosenbrock takes 2 coordinates, start gave 3"):
        functions.builtin("rosenbrock", 3)


# --- how runs end -------------------------------------------------------------------------------


def test_too_long_a_stride_diverges_and_says_so():
    objective = functions.builtin("rosenbrock")
    result = gradient_descent.optimize(objective, optimizers.settings("sgd", lr=0.01), objective.start, 1000)
    assert result.status == "diverged"
    assert result.stopped_at < 20 and result.steps_run <= result.stopped_at
    keys = [item.key for item in result.steps]
    assert "optimize.stop.diverged" in keys or "optimize.stop.overflow" in keys
    assert all(math.isfinite(v) for v in result.result)


def test_a_function_without_a_minimum_is_unbounded():
    objective = functions.builtin("saddle")
    result = gradient_descent.optimize(objective, optimizers.settings("sgd", lr=0.1), objective.start, 5000)
    assert result.status == "unbounded" and result.value < -1e7
    assert "optimize.stop.unbounded" in [item.key for item in result.steps]


def test_leaving_the_domain_is_reported():
    import sympy

    x = sympy.Symbol("x", real=True)
    objective = functions.from_expression(x - sympy.log(x), ["x"])  # minimum at x = 1, undefined for x ≤ 0
    # g = 1 − 1/x = 0.5 at x = 2, so one step of lr 10 lands on x = 2 − 5 = −3, where log is undefined
    result = gradient_descent.optimize(objective, optimizers.settings("sgd", lr=10.0), [2.0], 100)
    assert result.status == "undefined" and result.stopped_at == 1
    assert result.result == [2.0] and result.steps_run == 0
    assert "optimize.stop.undefined" in [item.key for item in result.steps]


def test_an_undefined_start_is_an_error():
    import sympy

    x = sympy.Symbol("x", real=True)
    with pytest.raises(MathError, match="not defined at the start"):
        gradient_descent.walk(functions.from_expression(sympy.log(x), ["x"]), optimizers.settings("sgd"), [-1.0], 10)


def test_trajectory_sampling_keeps_the_last_step():
    objective = functions.builtin("booth")
    result = gradient_descent.optimize(objective, optimizers.settings("adam", lr=0.1), objective.start, 25, every=10)
    assert result.trajectory_steps.tolist() == [0, 10, 20, 25]
    assert result.trajectory[-1].tolist() == result.result
    assert gradient_descent.at_step(result, 20) == 2 and gradient_descent.at_step(result, 25) == 3
    assert gradient_descent.at_step(result, 15) is None


VARIANTS = [
    ("sgd", {}), ("sgd", {"weight_decay": 0.1, "maximize": True}), ("momentum", {}), ("momentum", {"dampening": 0.5}),
    ("nesterov", {"weight_decay": 0.01}), ("adam", {}), ("adam", {"amsgrad": True, "weight_decay": 0.1}),
    ("adam", {"maximize": True}), ("adamw", {}), ("adamw", {"amsgrad": True}), ("adagrad", {}),
    ("adagrad", {"lr_decay": 0.1, "weight_decay": 0.01}), ("rmsprop", {}), ("rmsprop", {"momentum": 0.9}),
    ("rmsprop", {"centered": True}), ("rmsprop", {"centered": True, "momentum": 0.9, "maximize": True}),
]


@pytest.mark.parametrize(("name", "hyper"), VARIANTS)
def test_every_variant_writes_out_its_steps(name, hyper):
    from mlmath.render.steps import steps_json

    objective = functions.builtin("booth")
    result = gradient_descent.optimize(objective, optimizers.settings(name, **hyper), objective.start, 5)
    entries = steps_json(result.steps)
    flat = json.dumps(entries, ensure_ascii=False)
    assert "{" not in flat.replace('{"rule"', "").replace('"steps": [{', "")  # every placeholder filled
    worked = [entry for entry in entries if entry["rule"] == "optimize.step"]
    assert len(worked) == 3 and all(child["rule"].startswith("optimize.q.") for child in worked[0]["steps"])
    assert worked[0]["steps"][-1]["text"].startswith("f(θ₁) = ")


NEWER_VARIANTS = [
    ("adadelta", {}), ("adadelta", {"weight_decay": 0.1, "maximize": True}), ("adamax", {}),
    ("nadam", {}), ("nadam", {"weight_decay": 0.1, "decoupled_weight_decay": True}), ("radam", {}),
    ("radam", {"weight_decay": 0.1, "decoupled_weight_decay": True}), ("asgd", {}), ("rprop", {}),
    ("adagrad", {"initial_accumulator_value": 0.5}),
]


@pytest.mark.parametrize(("name", "hyper"), NEWER_VARIANTS)
def test_every_newer_variant_writes_out_its_steps(name, hyper):
    test_every_variant_writes_out_its_steps(name, hyper)


@pytest.mark.parametrize("wolfe", [False, True])
def test_lbfgs_writes_out_its_iterations(wolfe):
    from mlmath.render.steps import steps_json

    objective = functions.builtin("rosenbrock")
    result = gradient_descent.optimize(objective, optimizers.settings("lbfgs", strong_wolfe=wolfe),
                                       objective.start, 5)
    entries = steps_json(result.steps)
    worked = [entry for entry in entries if entry["rule"] == "optimize.step"]
    rules = [child["rule"] for child in worked[0]["steps"]]
    assert rules[0] == "optimize.q.grad" and "optimize.q.lbfgs_iteration" in rules
    assert any(rule.startswith("optimize.q.lbfgs_stop.") for rule in rules)
    assert worked[0]["steps"][-1]["text"].startswith("f(θ₁) = ")


# --- the newer optimizers, the first steps on f(x) = x² from x₀ = 1 --------------------------------


def test_adadelta_first_step():
    # v = 0.1·2² = 0.4, Δ = √(0 + 1e-6)/√(0.4 + 1e-6)·2, x₁ = 1 − 1·Δ
    x1, _, traces = first_two("adadelta")
    delta = math.sqrt(1e-6) / math.sqrt(0.4 + 1e-6) * 2
    assert close(x1, 1 - delta) and close(traces[0]["v"][0], 0.4)
    assert close(traces[0]["u"][0], 0.1 * delta * delta)


def test_adamax_first_two_steps():
    # t = 1: m = 0.2, u = |2| + 1e-8, x₁ = 1 − 0.1/0.1·0.2/2.00000001
    # t = 2: g = 2x₁, m = 0.9·0.2 + 0.1·g, u = max(0.999·u, |g| + 1e-8), x₂ = x₁ − 0.1/0.19·m/u
    x1, x2, traces = first_two("adamax", lr=0.1)
    expected1 = 1 - (0.1 / 0.1) * 0.2 / 2.00000001
    g = 2 * expected1
    m, u = 0.9 * 0.2 + 0.1 * g, max(0.999 * 2.00000001, g + 1e-8)
    assert close(x1, expected1) and close(x2, expected1 - 0.1 / 0.19 * m / u, rel=1e-13)
    assert close(traces[1]["u"][0], u)


def test_radam_waits_for_enough_gradients_before_adapting():
    # ρ∞ = 2/0.001 − 1 = 1999; ρ₁ = 1999 − 2·0.999/0.001 = 1, ρ₂ = 1999 − 4·0.998001/0.001999 ≈ 2: both ≤ 5,
    # so the first steps are momentum SGD with bias correction: x₁ = 1 − 0.1·2 = 0.8,
    # m = 0.9·0.2 + 0.1·1.6 = 0.34, m̂ = 0.34/0.19, x₂ = 0.8 − 0.1·0.34/0.19
    x1, x2, traces = first_two("radam", lr=0.1)
    assert close(x1, 0.8, rel=1e-12) and close(x2, 0.8 - 0.1 * 0.34 / 0.19, rel=1e-12)
    assert traces[0]["rect"] is None and close(traces[0]["rho_t"], 1.0, rel=1e-9)
    # later ρₜ passes 5 and the rectified, adaptive step takes over
    run = gradient_descent.walk(functions.builtin("sphere", 1), optimizers.settings("radam"), [1.0], 8, detail=8)
    rho = [1999 - 2 * t * 0.999**t / (1 - 0.999**t) for t in range(1, 9)]
    assert [trace["rect"] is not None for trace in run.traces] == [value > 5 for value in rho]
    assert rho[4] <= 5 < rho[5]


def test_nadam_first_step():
    # μ₁ = 0.9·(1 − ½·0.96^0.004), μ₂ = 0.9·(1 − ½·0.96^0.008); m = 0.2, v = 0.004, d = √(0.004/0.001) + 1e-8
    # x₁ = 1 − 0.002·(1 − μ₁)/(1 − μ₁)·2/d − 0.002·μ₂/(1 − μ₁μ₂)·0.2/d
    x1, _, traces = first_two("nadam")
    mu1, mu2 = 0.9 * (1 - 0.5 * 0.96**0.004), 0.9 * (1 - 0.5 * 0.96**0.008)
    d = 2 + 1e-8
    assert close(x1, 1 - 0.002 * 2 / d - 0.002 * mu2 / (1 - mu1 * mu2) * 0.2 / d, rel=1e-13)
    assert close(traces[0]["mu"], mu1) and close(traces[0]["mu_next"], mu2)


def test_asgd_first_two_steps():
    # η₁ = lr = 0.1: x₁ = 1·(1 − 1e-4·0.1) − 0.1·2 = 0.79999
    # η₂ = 0.1/(1 + 1e-4·0.1·1)^0.75: x₂ = x₁·(1 − 1e-4·η₂) − η₂·2x₁; ax = x (μ = 1 before step t₀ = 1e6)
    x1, x2, traces = first_two("asgd", lr=0.1)
    eta2 = 0.1 / (1 + 1e-5) ** 0.75
    assert close(x1, 0.79999) and close(x2, 0.79999 * (1 - 1e-4 * eta2) - eta2 * 2 * 0.79999, rel=1e-13)
    assert traces[1]["ax"] == [x2] and close(traces[1]["eta"], eta2)


def test_rprop_grows_its_stride_while_the_sign_holds():
    # s = lr = 0.01, then ×1.2 while g keeps its sign: x = 1 − 0.01 − 0.012 − 0.0144
    run = gradient_descent.walk(functions.builtin("sphere", 1), optimizers.settings("rprop"), [1.0], 3)
    assert close(run.final[0], 1 - 0.01 - 0.012 - 0.0144, rel=1e-13)


def test_rprop_halves_its_stride_and_skips_a_step_when_the_sign_flips():
    # on x² from 0.01 with lr 0.015: x₁ = −0.005 (g flips next), so s = 0.0075 and g counts as 0: x₂ = x₁;
    # then g·g_prev = 0: factor 1, x₃ = −0.005 + 0.0075 = 0.0025
    run = gradient_descent.walk(functions.builtin("sphere", 1), optimizers.settings("rprop", lr=0.015), [0.01], 3)
    xs = [run.point(k)[0] for k in range(4)]
    assert close(xs[1], -0.005) and xs[2] == xs[1] and close(xs[3], 0.0025, rel=1e-12)


def test_rprop_leaves_a_zero_gradient_coordinate_alone():
    run = gradient_descent.walk(functions.builtin("sphere", 2), optimizers.settings("rprop"), [1.0, 0.0], 20)
    assert run.final[1] == 0.0


def test_lbfgs_finds_a_quadratics_minimum_in_one_iteration_and_then_stops():
    # x²: d = −g = −2, t = min(1, 1/|g|)·lr = 0.5, so x = 1 − 0.5·2 = 0 exactly; there g = 0 ≤ tolerance_grad
    run = gradient_descent.walk(functions.builtin("sphere", 1), optimizers.settings("lbfgs"), [1.0], 3, detail=3)
    assert run.point(1) == [0.0] and run.final == [0.0]
    assert run.traces[0]["stop"] == "tolerance_grad" and len(run.traces[0]["iterations"]) == 1
    assert run.traces[1]["stop"] == "tolerance_grad_start"


def test_lbfgs_on_a_quadratic_bowl_reaches_the_minimum():
    # on x² + 10y², BFGS with enough history is exact for a quadratic after a few iterations
    import sympy

    x, y = sympy.symbols("x y", real=True)
    objective = functions.from_expression(x**2 + 10 * y**2, ["x", "y"])
    for wolfe in (False, True):
        run = gradient_descent.walk(objective, optimizers.settings("lbfgs", strong_wolfe=wolfe), [3.0, 1.0], 5)
        assert max(abs(v) for v in run.final) < 1e-5


# --- learning-rate schedules ---------------------------------------------------------------------


@settings(max_examples=30, deadline=None)
@given(lr=st.floats(1e-4, 1.0), gamma=st.floats(0.1, 1.0), size=st.integers(1, 20), steps=st.integers(1, 80))
def test_step_and_exponential_follow_their_closed_forms(lr, gamma, size, steps):
    rates = optimizers.learning_rates(optimizers.schedule_settings("step", lr, steps, step_size=size, gamma=gamma),
                                      lr, steps)
    assert rates == pytest.approx([lr * gamma ** (k // size) for k in range(steps + 1)], rel=1e-12)
    rates = optimizers.learning_rates(optimizers.schedule_settings("exponential", lr, steps, gamma=gamma), lr, steps)
    assert rates == pytest.approx([lr * gamma**k for k in range(steps + 1)], rel=1e-12)


@settings(max_examples=30, deadline=None)
@given(lr=st.floats(1e-4, 1.0), t_max=st.integers(1, 60), eta_min=st.floats(0, 1e-4))
def test_cosine_follows_its_closed_form(lr, t_max, eta_min):
    schedule = optimizers.schedule_settings("cosine", lr, t_max, t_max=t_max, eta_min=eta_min)
    rates = optimizers.learning_rates(schedule, lr, t_max)
    closed = [eta_min + (lr - eta_min) * (1 + math.cos(math.pi * k / t_max)) / 2 for k in range(t_max + 1)]
    assert rates == pytest.approx(closed, rel=1e-9, abs=1e-12)


def test_cosine_defaults_to_the_whole_run_and_linear_to_torchs_warm_up():
    assert optimizers.schedule_settings("cosine", 0.1, 300) == {"name": "cosine", "t_max": 300, "eta_min": 0.0}
    rates = optimizers.learning_rates(optimizers.schedule_settings("linear", 0.3, 8), 0.3, 8)
    # lr·(1/3 + (1 − 1/3)·min(5, k)/5)
    assert rates == pytest.approx([0.3 * (1 / 3 + 2 / 3 * min(5, k) / 5) for k in range(9)], rel=1e-12)


def test_one_cycle_climbs_to_max_lr_and_anneals_to_its_floor():
    schedule = optimizers.schedule_settings("onecycle", 0.001, 101, max_lr=0.1, pct_start=0.3)
    rates = optimizers.learning_rates(schedule, 0.001, 101)
    peak = int(0.3 * 101 - 1)  # the first phase ends at step pct_start·total − 1 = 29.3
    assert rates[0] == pytest.approx(0.1 / 25) and max(rates) == rates[peak] or max(rates) == rates[peak + 1]
    assert rates[100] == pytest.approx(0.1 / 25 / 1e4, rel=1e-12)
    assert max(rates) <= 0.1 and max(rates) > 0.099


@pytest.mark.parametrize(("name", "given", "message"), [
    ("step", {}, "the step schedule needs step_size"),
    ("exponential", {}, "the exponential schedule needs gamma"),
    ("step", {"step_size": 2.5}, "step_size of the step schedule must be a whole number"),
    ("step", {"step_size": 10, "gamma": -1}, "needs gamma ≥ 0"),
    ("cosine", {"eta_min": -1}, "needs eta_min ≥ 0"),
    ("onecycle", {"pct_start": 1.5}, "pct_start in [0, 1]"),
    ("linear", {"start_factor": 0}, "start_factor in (0, 1]"),
    ("linear", {"end_factor": 2}, "end_factor in [0, 1]"),
    ("warmup", {}, "unknown learning-rate schedule 'warmup'"),
    ("cosin", {}, "did you mean cosine?"),
])
def test_bad_schedules_are_explained(name, given, message):
    with pytest.raises(MathError) as error:
        optimizers.schedule_settings(name, 0.01, 100, **given)
    assert message in error.value.message


def test_a_schedule_changes_each_steps_lr():
    # sgd on x² with lr 0.1 halved every step: x ← x·(1 − 2·lrₖ)
    schedule = optimizers.schedule_settings("exponential", 0.1, 3, gamma=0.5)
    run = gradient_descent.walk(functions.builtin("sphere", 1), optimizers.settings("sgd", lr=0.1), [1.0], 3,
                                schedule=schedule)
    assert close(run.final[0], (1 - 0.2) * (1 - 0.1) * (1 - 0.05))
    assert [trace["lr"] for trace in run.traces] == [0.1, 0.05, 0.025]


# --- the state after the last step, against torch.optim's optimizer.state[θ] ----------------------

STATE = json.loads((Path(__file__).parent / "fixtures" / "torch_optim_state.json").read_text(encoding="utf-8"))
TORCH_NAMES = {"b": "momentum_buffer", "m": "exp_avg", "v": "exp_avg_sq", "v_max": "max_exp_avg_sq", "G": "sum",
               "mean": "grad_avg"}


@pytest.mark.parametrize("case", STATE["cases"], ids=lambda case: f"{case['torch']}-{case['hyper']}-{case['steps']}")
def test_the_state_after_the_last_step_is_torchs(case):
    from mlmath.cli.inprocess import run_inprocess

    hyper = [f"--{name.replace('_', '-')}={value}" if value is not True else f"--{name.replace('_', '-')}"
             for name, value in case["hyper"].items()]
    ran = run_inprocess(["optimize", STATE["function"], "--optimizer", case["optimizer"], *hyper, "--start", "3,1",
                         "--steps", str(case["steps"]), "--json", "--no-steps"])
    document = json.loads(ran.stdout)
    assert document["result"] == pytest.approx(case["theta"], rel=1e-12)
    state, torch_state = document["state"], case["state"]
    for name, values in state.items():
        if name == "t":
            assert values == case["steps"] == torch_state["step"]
        elif name in ("m_hat", "v_hat"):  # the bias corrections of torch's exp_avg and exp_avg_sq (or its max)
            betas = case["hyper"].get("beta1", 0.9), case["hyper"].get("beta2", 0.999)
            source = "max_exp_avg_sq" if name == "v_hat" and "max_exp_avg_sq" in torch_state else TORCH_NAMES[name[0]]
            beta = betas[0] if name == "m_hat" else betas[1]
            expected = [value / (1 - beta ** case["steps"]) for value in torch_state[source]]
            assert values == pytest.approx(expected, rel=1e-12)
        else:
            torch_name = "square_avg" if case["torch"] == "RMSprop" and name == "v" else TORCH_NAMES[name]
            assert values == pytest.approx(torch_state[torch_name], rel=1e-12), name
    named = {("square_avg" if case["torch"] == "RMSprop" and name == "v" else TORCH_NAMES.get(name, name))
             for name in state}
    assert set(torch_state) - {"step"} <= named  # every tensor torch keeps is there


def test_optimizers_without_a_named_state_say_null():
    from mlmath.cli.inprocess import run_inprocess

    for name in ("sgd", "adadelta", "lbfgs"):
        ran = run_inprocess(["optimize", "x**2", "--optimizer", name, "--start", "1", "--steps", "2", "--json",
                             "--no-steps"])
        assert json.loads(ran.stdout)["state"] is None
