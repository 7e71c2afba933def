"""mlmath loss from the command line: the acceptance values, the per-sample view, --compare, errors."""

import math
import subprocess
import sys

import pytest


def flat(text: str) -> str:
    """Output with runs of whitespace as one space (table cells may wrap)."""
    return " ".join(text.split())


def test_mse_course_example(cli):
    run = cli("loss", "mse", "--pred", "2.5,0,2,8", "--target", "3,-0.5,2,7", "--json")
    assert run.code == 0 and run.json["result"] == 0.375
    assert run.json["command"] == "loss" and run.json["kind"] == "mse" and run.json["reduction"] == "mean"
    assert run.json["losses"] == [0.25, 0.25, 0, 1] and run.json["gradient"] == [-0.25, 0.25, 0, 0.5]
    assert cli("loss", "l2", "--pred", "2.5,0,2,8", "--target", "3,-0.5,2,7", "--expect", "0.375").code == 0


def test_sparse_ce_course_example(cli):
    run = cli("loss", "sparse-ce", "--pred", "[[2,1,0.1]]", "--target", "0", "--logits", "--json")
    assert run.code == 0 and round(run.json["result"], 4) == 0.4170
    assert cli("loss", "sparse-ce", "--pred", "[[2,1,0.1]]", "--target", "0", "--logits",
               "--expect", "0.4170").code == 0
    text = flat(cli("loss", "sparse-ce", "--pred", "[[2,1,0.1]]", "--target", "0", "--logits").stdout)
    assert "Sparse CE = 0.4170" in text
    assert "log Σ e^z − z[0] = 2.417 − 2 = 0.4170" in text
    assert "[0.6590, 0.2424, 0.09857] − [1, 0, 0] = [-0.3410, 0.2424, 0.09857]" in text  # p − y
    assert "Gradient ∂L/∂z = (p − y)/1" in text


def test_categorical_ce_course_example(cli):
    run = cli("loss", "categorical-ce", "--pred", "[[0.7,0.2,0.1],[0.1,0.8,0.1]]",
              "--target", "[[1,0,0],[0,1,0]]", "--json")
    assert run.code == 0
    assert abs(run.json["result"] - (-math.log(0.7) - math.log(0.8)) / 2) <= 1e-15
    text = flat(cli("loss", "categorical-ce", "--pred", "[[0.7,0.2,0.1],[0.1,0.8,0.1]]",
                    "--target", "[[1,0,0],[0,1,0]]").stdout)
    assert "−log(0.7) = 0.3567" in text and "−log(0.8) = 0.2231" in text
    assert "Reduction mean: (0.3567 + 0.2231) / 2 = 0.2899" in text
    assert "clamps every log" not in text  # no probability of the true class is 0: the clamp is not a step
    clamped = flat(cli("loss", "categorical-ce", "--pred", "[[0,1]]", "--target", "[[1,0]]").stdout.replace("│", ""))
    assert "clamps every log at -100" in clamped and "Clamped here: a log in sample(s) 1" in clamped


def test_bce_s_clamp_is_a_step_only_where_a_log_is_clamped(cli):
    assert "clamps" not in flat(cli("loss", "bce", "--pred", "0.9,0.2", "--target", "1,0").stdout)
    text = flat(cli("loss", "bce", "--pred", "1,0.2", "--target", "0,0").stdout.replace("│", ""))  # log(1 − 1) = log 0
    assert "clamps every log at -100" in text and "Clamped here: a log in sample(s) 1 was below -100" in text


def test_bce_with_logits_is_finite(cli):
    run = cli("loss", "bce", "--pred", "100,-100,0", "--target", "0,1,1", "--logits", "--json")
    assert run.code == 0 and "warnings" not in run.json
    assert abs(run.json["result"] - (200 + math.log(2)) / 3) <= 1e-12
    assert "never log 0" in cli("loss", "bce", "--pred", "100,-100,0", "--target", "0,1,1", "--logits").stdout


def test_reduction_none_gives_a_list(cli):
    document = cli("loss", "mae", "--pred", "1,2,4", "--target", "1.5,2,1", "--reduction", "none", "--json").json
    assert document["result"] == [0.5, 0, 3]
    assert cli("loss", "mae", "--pred", "1,2,4", "--target", "1.5,2,1", "--reduction", "sum", "--json").json[
        "result"] == 3.5
    assert cli("loss", "rmse", "--pred", "1,2,4", "--target", "1.5,2,1", "--reduction", "none",
               "--expect", "0.5,0,3").code == 0


def test_huber_delta(cli):
    document = cli("loss", "huber", "--pred", "0,3", "--target", "0.5,0", "--delta", "2", "--json").json
    assert document["result"] == (0.125 + 2 * (3 - 1)) / 2 and document["delta"] == 2
    text = flat(cli("loss", "huber", "--pred", "0,3", "--target", "0.5,0", "--delta", "2").stdout)
    assert "|3 − 0| = 3 ≥ δ: 2·(3 − ½·2) = 4" in text


def test_log_of_zero_is_said_in_one_line(cli):
    run = cli("loss", "bce", "--pred", "0,0.5", "--target", "1,1", "--json")
    assert abs(run.json["result"] - (100 + math.log(2)) / 2) <= 1e-12
    assert run.json["clamped"] == [1]
    text = flat(cli("loss", "bce", "--pred", "0,0.5", "--target", "1,1").stdout)
    assert "−log(0) = 100" in text and "Clamped here: a log in sample(s) 1 was below -100" in text


def test_view_shows_terms_and_gradient(cli):
    text = flat(cli("loss", "mse", "--pred", "2.5,0,2,8", "--target", "3,-0.5,2,7").stdout)
    assert "MSE = 0.375 (mean of 4)" in text
    assert "(0 − (-0.5))² = 0.5² = 0.25" in text
    assert "∂L/∂ŷ" in text and "Gradient ∂L/∂ŷᵢ = 2(ŷᵢ − yᵢ)/4 = [-0.25, 0.25, 0, 0.5]" in text


def test_compare(cli):
    run = cli("loss", "bce", "--pred", "0.9,0.2,0.6", "--target", "1,0,1", "--compare")
    assert run.code == 0
    text = flat(run.stdout)
    assert "Every loss that fits these inputs (reduction mean)" in text
    for kind in ("mse", "mae", "rmse", "huber", "▸ bce"):
        assert kind in text
    document = cli("loss", "sparse-ce", "--pred", "[[2,1,0.1]]", "--target", "0", "--logits", "--compare",
                   "--json").json
    assert [entry["kind"] for entry in document["comparison"]] == ["ce", "categorical-ce", "sparse-ce", "mse", "mae"]


def test_many_samples_stay_short(cli):
    values = ",".join(str(index / 100) for index in range(500))
    run = cli("loss", "mse", "--pred", values, "--target", values)
    assert run.code == 0 and len(run.stdout.splitlines()) < 60
    assert "… 480 more, computed the same way" in run.stdout


@pytest.mark.parametrize(("args", "words"), [
    (("hingy", "--pred", "1", "--target", "1"),
     "unknown loss 'hingy'; known: mse, mae, rmse, huber, bce, ce, categorical-ce, sparse-ce, nll, kl-div"),
    (("smooth-l1", "--pred", "1", "--target", "0", "--beta", "-1"), "--beta must not be negative, got -1"),
    (("ce", "--pred", "[[2,1]]", "--target", "0", "--logits", "--label-smoothing", "2"),
     "--label-smoothing must lie in [0, 1], got 2"),
    (("margin-ranking", "--pred", "1", "--target", "1"), "margin-ranking needs --pred2, the second input"),
    (("gaussian-nll", "--pred", "1", "--target", "1", "--var", "-1"), "--var has a negative variance"),
    (("bce", "--pred", "0.5", "--target", "1", "--pos-weight", "2"), "--pos-weight needs logits"),
    (("mse", "--pred", "1", "--target", "1", "--margin", "1"), "--margin applies only to hinge-embedding"),
    (("mse", "--pred", "1", "--target", "1", "--reduction", "batchmean"), "batchmean applies only to kl-div"),
    (("kl-div", "--pred", "-1", "--target", "-0.5"), "add --log-target"),
    (("cosine-embedding", "--pred", "1,0", "--pred2", "0,1", "--target", "1", "--margin", "3"),
     "--margin must lie in [-1, 1]"),
    (("ce", "--pred", "[[2,1]]", "--target", "0", "--logits", "--weight", "1,2,3"),
     "--weight has 3 values for 2 classes"),
    (("bce", "--pred", "2,0.5", "--target", "1,0"), "--pred has 2, above 1; probabilities lie in [0, 1]; "
                                                    "if these are raw scores, add --logits"),
    (("ce", "--pred", "[[2,1,0.1]]", "--target", "0"), "add --logits"),
    (("ce", "--pred", "[[0.5,0.4,0.3]]", "--target", "0"), "--pred row 1 sums to 1.2, not 1"),
    (("sparse-ce", "--pred", "[[2,1,0.1]]", "--target", "3", "--logits"),
     "--target: class index 3 is out of range for 3 classes; class indices run from 0 to 2"),
    (("ce", "--pred", "[[0.5,0.5]]", "--target", "1.5"), "class indices must be whole numbers"),
    (("mse", "--pred", "1,2", "--target", "1,2,3"), "--pred has 2 values but --target has 3 values"),
    (("bce", "--pred", "-0.5,0.5", "--target", "1,0"), "--pred has a negative probability"),
    (("mse", "--pred", "1", "--target", "1", "--reduction", "avg"), "unknown reduction 'avg'"),
    (("mse", "--pred", "1", "--target", "1", "--logits"), "--logits does not apply to mse"),
    (("mse", "--pred", "1", "--target", "1", "--delta", "2"), "--delta applies only to huber"),
    (("huber", "--pred", "1", "--target", "1", "--delta", "-1"), "huber's delta must be a positive number"),
    (("mse", "--pred", "1,x", "--target", "1,2"), "--pred: could not read 'x'"),
    (("mse", "--target", "1"), "Missing option '--pred'"),
    (("categorical-ce", "--pred", "[[0.7,0.3]]", "--target", "0"), "use sparse-ce"),
])
def test_bad_input_is_one_line_and_exit_2(cli, args, words):
    run = cli("loss", *args)
    assert run.code == 2 and run.stdout == ""
    assert run.stderr.count("\n") == 1 and words in run.stderr, run.stderr
    assert "Traceback" not in run.stderr


def test_loads_no_sympy_and_no_plotext():
    probe = ("import sys; from mlmath.cli.app import main\n"
             "try:\n    main(['loss', 'ce', '--pred', '[[2,1,0.1]]', '--target', '0', '--logits', '--compare'])\n"
             "except SystemExit:\n    pass\n"
             "sys.stderr.write('LOADED=' + repr(sorted(m for m in ('numpy', 'sympy', 'plotext') if m in sys.modules)))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60,
                          env={"NO_COLOR": "1", "PATH": ""})
    assert done.stderr.rsplit("LOADED=", 1)[1] == "['numpy']"


def test_cross_entropy_of_extreme_logits_is_torchs_with_no_warning_on_stderr(cli):
    # torch.nn.functional.cross_entropy([[1e308, -1e308]], [0]) = 0 and, for target 1, inf (float64)
    right = cli("loss", "ce", "--pred", "1e308,-1e308", "--target", "0", "--logits", "--json")
    assert right.code == 0 and right.json["result"] == 0.0 and right.stderr == ""
    wrong = cli("loss", "ce", "--pred", "1e308,-1e308", "--target", "1", "--logits", "--json")
    assert wrong.json["result"] is None and "result is inf; written as null" in wrong.json["warnings"]


@pytest.mark.parametrize(("args", "expected"), [
    # values from torch.nn.functional in float64 (tests/fixtures/torch_losses.json holds the full cases)
    (("smooth-l1", "--pred", "0.5,3", "--target", "0,1"), (0.125 + 1.5) / 2),
    (("hinge-embedding", "--pred", "0.3,2", "--target", "1,-1"), 0.15),
    (("margin-ranking", "--pred", "1,0.2", "--pred2", "0.5,0.8", "--target", "-1,1", "--reduction", "sum"),
     0.5 + 0.6),
    (("kl-div", "--pred", "[[-1,-2]]", "--target", "[[0.5,0.5]]", "--reduction", "batchmean"),
     0.5 * (math.log(0.5) + 1) + 0.5 * (math.log(0.5) + 2)),
])
def test_new_kinds_from_the_command_line(cli, args, expected):
    run = cli("loss", *args, "--json")
    assert run.code == 0 and run.json["result"] == pytest.approx(expected, abs=1e-12)
    assert run.json["kind"] == args[0]


def test_new_options_reach_json_and_korean(cli):
    run = cli("loss", "sparse-ce", "--pred", "[[2,1,0.1],[0,1,2]]", "--target", "0,2", "--logits",
              "--label-smoothing", "0.1", "--weight", "1,2,3", "--ignore-index", "2", "--json")
    assert run.json["options"] == {"weight": [1.0, 2.0, 3.0], "label_smoothing": 0.1, "ignore_index": 2}
    assert run.json["losses"][1] == 0
    ko = cli("loss", "gaussian-nll", "--pred", "1,2", "--target", "1.5,1", "--var", "0.5,2", "--lang", "ko")
    assert ko.code == 0 and "가우시안 NLL" in ko.stdout
