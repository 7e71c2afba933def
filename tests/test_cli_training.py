"""mlmath train through the command line: JSON equal to recorded PyTorch runs, the view, --save, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

FIXTURE = json.loads((Path(__file__).parent / "fixtures" / "torch_training.json").read_text(encoding="utf-8"))
CASES = {case["label"]: case for case in FIXTURE["cases"]}
XOR = ["train", "xor", "--layers", "2,8,1", "--epochs", "2000", "--optimizer", "adam", "--lr", "0.05", "--seed", "0"]


def test_xor_acceptance_json_equals_torch(cli):
    case = CASES["xor adam acceptance"]
    run = cli(*XOR, "--json")
    assert run.code == 0, run.stderr
    document = run.json
    assert document["command"] == "train"
    assert document["metrics"]["train_accuracy"] == case["final_accuracy"] == 1.0
    assert document["result"] == pytest.approx(case["final_loss"], rel=1e-6)
    for ours, theirs in zip(document["parameters"], case["parameters"]):
        np.testing.assert_allclose(ours["W"], theirs["W"], rtol=0, atol=1e-9)
        np.testing.assert_allclose(ours["b"], theirs["b"], rtol=0, atol=1e-9)
    assert len(document["history"]["train_loss"]) == 2000 and document["history"]["val_loss"] is None
    assert document["table"][0]["epoch"] == 0 and document["table"][-1]["epoch"] == 2000
    assert {"rule", "text"} <= document["steps"][0].keys()


def test_expect_accuracy_with_the_metric_switch(cli):
    run = cli(*XOR, "--metric", "accuracy", "--expect", "1", "--no-steps")
    assert run.code == 0, run.stderr + run.stdout
    failed = cli("train", "xor", "--epochs", "3", "--metric", "accuracy", "--expect", "1", "--no-steps")
    assert failed.code == 1


def test_mini_batch_dropout_run_equals_torch(cli):
    case = CASES["dropout mini-batch"]
    c = case["config"]
    run = cli("train", c["data"], "--samples", str(c["samples"]), "--layers", ",".join(map(str, c["layers"])),
              "--optimizer", c["optimizer"], "--lr", str(c["lr"]), "--epochs", str(c["epochs"]),
              "--batch-size", str(c["batch_size"]), "--dropout", str(c["dropout"]), "--json")
    assert run.code == 0, run.stderr
    for ours, theirs in zip(run.json["parameters"], case["parameters"]):
        np.testing.assert_allclose(ours["W"], theirs["W"], rtol=0, atol=1e-9)


def test_early_stopping_from_the_command_line(cli):
    case = CASES["early stopping"]
    c = case["config"]
    run = cli("train", "moons", "--samples", "60", "--noise", "0.35", "--layers", "2,32,1", "--lr", "0.1",
              "--epochs", "300", "--val", "0.3", "--patience", "5", "--batch-size", "14")
    assert run.code == 0, run.stderr
    assert f"kept the weights of epoch {case['best_epoch']}" in run.stdout
    assert f"stopped after epoch {case['epochs_run']}" in run.stdout
    assert c["patience"] == 5


def test_view_works_the_first_batch(cli):
    run = cli("train", "xor", "--layers", "2,3,1", "--epochs", "5")
    assert run.code == 0, run.stderr
    out = run.stdout
    for words in ("Forward, layer 1", "Z⁽¹⁾ = X·W⁽¹⁾ + b⁽¹⁾: (4×2)·(2×3) + (3) → 4×3", "Backward, layer 2",
                  "∂L/∂W⁽²⁾ = A⁽¹⁾ᵀ·δ⁽²⁾", "One weight through the chain rule", "Update of w⁽¹⁾₁₁ by adam",
                  "Every 1 epochs" if False else "Every epoch", "Loss of the batch"):
        assert words in out, words
    assert "Decision boundary" not in out  # piped: no plot


def test_explain_epoch(cli):
    run = cli("train", "moons", "--samples", "40", "--batch-size", "10", "--epochs", "4", "--explain-epoch", "3")
    assert run.code == 0, run.stderr
    assert "Epoch 3, batch 1 of 4 (10 samples), worked in full" in run.stdout


def test_plot_draws_curves_and_the_boundary(cli):
    run = cli("train", "circles", "--samples", "60", "--epochs", "20", "--plot", "--no-steps")
    assert run.code == 0, run.stderr
    assert "Loss per epoch" in run.stdout and "Decision boundary" in run.stdout
    regression = cli("train", "line", "--epochs", "20", "--plot", "--no-steps")
    assert "The fitted curve" in regression.stdout


def test_korean_uses_the_notes_words(cli):
    run = cli("train", "xor", "--epochs", "5", "--val", "0.25", "--lang", "ko")
    assert run.code == 0, run.stderr
    for word in ("순전파", "역전파", "손실", "학습률", "에포크", "배치", "검증", "정확도", "연쇄 법칙"):
        assert word in run.stdout, word


def test_csv_data(cli, tmp_path):
    path = tmp_path / "points.csv"
    rows = ["a,b,label"] + [f"{x:.3f},{y:.3f},{'in' if x * x + y * y < 0.5 else 'out'}"
                            for x, y in np.random.default_rng(1).uniform(-1, 1, size=(40, 2))]
    path.write_text("\n".join(rows) + "\n")
    run = cli("train", "--data", str(path), "--target", "label", "--epochs", "30", "--json")
    assert run.code == 0, run.stderr
    assert run.json["data"]["classes"] == ["in", "out"] and run.json["layers"] == [2, 8, 1]


def test_save_and_read_back_with_layer(cli, tmp_path):
    path = tmp_path / "weights.npz"
    run = cli("train", "xor", "--layers", "2,3,1", "--epochs", "10", "--save", str(path), "--json")
    assert run.code == 0, run.stderr
    with np.load(path, allow_pickle=False) as archive:
        np.testing.assert_array_equal(archive["W2"], run.json["parameters"][1]["W"])
    layer = cli("layer", "--x", "1,0", "--weights", str(path), "--index", "1", "--json")
    assert layer.code == 0, layer.stderr
    w, b = np.array(run.json["parameters"][0]["W"]), np.array(run.json["parameters"][0]["b"])
    np.testing.assert_allclose(layer.json["result"], [np.array([1.0, 0.0]) @ w + b], rtol=1e-15)


@pytest.mark.parametrize(("args", "words"), [
    (["--layers", "3,8,1"], "--layers starts with 3 inputs but the data has 2 features"),
    (["--layers", "2,8,3"], "--layers ends with 3 outputs"),
    (["--batch-size", "0"], "--batch-size must be a whole number of at least 1"),
    (["--lr", "-1"], "--lr must be"),
    (["--optimizer", "adamm"], "unknown optimizer 'adamm'"),
    (["--patience", "3"], "no samples are held out"),
    (["--data", "nowhere.csv", "--target", "y"], "no such file"),
    (["--target", "y"], "--target names a column of a CSV file"),
    (["--save", "weights.txt"], "--save"),
    (["--momentum", "0.9"], "--momentum does not apply to adam"),
])
def test_bad_input_is_one_line_exit_2(cli, args, words):
    run = cli("train", "xor", *args) if "--data" not in args else cli("train", *args)
    assert run.code == 2, run.stdout
    assert run.stderr.count("\n") == 1 and words in run.stderr, run.stderr
    assert "Traceback" not in run.stderr


def test_csv_errors_name_the_problem(cli, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("a,b,y\n1,abc,0\n2,3,1\n")
    run = cli("train", "--data", str(path), "--target", "y")
    assert run.code == 2 and run.stderr.count("\n") == 1
    assert "feature 'b' in row 2" in run.stderr and "not a number" in run.stderr
    missing = cli("train", "--data", str(path), "--target", "label")
    assert missing.code == 2 and missing.stderr.count("\n") == 1
    assert "--target 'label' is not a column" in missing.stderr and "a, b, y" in missing.stderr


def test_divergence_is_a_clear_stop(cli):
    run = cli("train", "line", "--layers", "1,8,1", "--optimizer", "sgd", "--lr", "50", "--epochs", "100")
    assert run.code == 2 and run.stderr.count("\n") == 1
    assert "training diverged in epoch" in run.stderr and "smaller --lr" in run.stderr, run.stderr
