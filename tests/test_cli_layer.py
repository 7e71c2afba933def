"""mlmath layer from the command line: JSON against PyTorch, views, options, exit codes and messages."""

import json
import math
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

CASES = json.loads((Path(__file__).parent / "fixtures" / "torch_layer.json").read_text())["cases"]
X = "1,2;3,4"
W = "0.5,-0.3,0.1;0.2,0.4,-0.6"
B = "0.1,0,-0.2"


def close(got, expected, tolerance=1e-10):
    got, expected = np.asarray(got, dtype=float), np.asarray(expected, dtype=float)
    assert got.shape == expected.shape, (got.shape, expected.shape)
    assert np.all(np.abs(got - expected) <= tolerance * np.maximum(1.0, np.abs(expected))), (got, expected)


def arguments(case):
    """The command line of a recorded case: matrices written as JSON lists at full precision."""
    args = ["layer", "--x", json.dumps(case["x"]), "--w", json.dumps(case["w"]), "--b", json.dumps(case["b"]),
            "--activation", case["activation"], "--backward", "--json"]
    for option, key in (("--slope", "slope"), ("--approximate", "approximate")):
        if key in case["options"]:
            args += [option, str(case["options"][key])]
    if case["grad_y"] is not None:
        args += ["--grad-y", json.dumps(case["grad_y"])]
    if case["loss"] is not None:
        args += ["--loss", case["loss"], "--target", json.dumps(case["target"]), "--reduction", case["reduction"]]
    if case["logits"]:
        args.append("--logits")
    return args


SAMPLED = CASES[::3] + [case for case in CASES if case["loss"] is not None][::2]


@pytest.mark.parametrize("case", SAMPLED, ids=[case["label"] for case in SAMPLED])
def test_backward_json_equals_torch_autograd(cli, case):
    run = cli(*arguments(case))
    assert run.code == 0 and run.stderr == "", run.stderr
    document = run.json
    assert document["command"] == "layer"
    close(document["result"], case["y"])
    close(document["z"], case["z"])
    close(document["grad_z"], case["grad_z"])
    close(document["grad_w"], case["grad_w"])
    close(document["grad_b"], case["grad_b"])
    close(document["grad_x"], case["grad_x"])
    if case["loss_value"] is not None:
        close(document["loss_value"], case["loss_value"])


def test_json_keys_forward_only(cli):
    document = cli("layer", "--x", X, "--w", W, "--b", B, "-a", "relu", "--json").json
    close(document["result"], [[1, 0.5, 0], [2.4, 0.7, 0]], 1e-15)
    assert document["activation"] == "relu" and document["random"] == [] and document["seed"] is None
    assert document["backward"] is False and document["grad_w"] is None
    assert [step["rule"] for step in document["steps"]][:2] == ["layer.shapes", "layer.neuron"]


def test_view_shows_the_shape_rule_one_neuron_and_the_tables(cli, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")  # each step on one line
    run = cli("layer", "--x", X, "--w", W, "--b", B, "-a", "relu")
    assert run.code == 0
    out = run.stdout
    assert "Fully connected layer Y = relu(X·W + b): (2×2)·(2×3) + (3) → 2×3" in out
    assert "z₁₁ = x₁₁w₁₁ + x₁₂w₂₁ + b₁ = 1·0.5 + 2·0.2 + 0.1 = 1" in out
    for title in ("X, inputs (2×2)", "W, weights (2×3)", "b, biases (3)", "Z = X·W + b (2×3)", "Y = relu(Z) (2×3)"):
        assert title in out
    assert "torch.nn.Linear(2, 3) stores weight = Wᵀ (3×2)" in out
    assert "δ = ∂L/∂Z" not in out


def sentences(document):
    """Every step's sentence of a JSON document, sub-steps included."""
    texts = []
    for item in document["steps"]:
        texts.append(item["text"])
        texts.extend(sentences(item) if "steps" in item else [])
    return texts


def test_backward_view_traces_one_weight(cli):
    args = ("layer", "--x", X, "--w", W, "--b", B, "-a", "relu", "--grad-y", "1,0,0;2,0,0")
    texts = "\n".join(sentences(cli(*args, "--json").json))
    # δ₁₁ = 1, δ₂₁ = 2: ∂L/∂w₁₁ = 1·1 + 3·2 = 7 and ∂L/∂b₁ = 1 + 2 = 3
    assert "∂L/∂w₁₁ = Σₛ xₛ₁·δₛ₁ = x₁₁·δ₁₁ + x₂₁·δ₂₁ = 1·1 + 3·2 = 7" in texts
    assert "∂L/∂b₁ = δ₁₁ + δ₂₁ = 1 + 2 = 3" in texts
    assert "(2×2)·(2×3) → 2×3, the shape of W" in texts
    assert "(2×3)·(3×2) → 2×2, the shape of X" in texts
    out = cli(*args).stdout
    for title in ("∂L/∂Y (2×3)", "relu′(Z) (2×3)", "δ = ∂L/∂Z (2×3)", "∂L/∂W = Xᵀ·δ (2×3)", "∂L/∂b = Σ δ (3)",
                  "∂L/∂X = δ·Wᵀ (2×2)"):
        assert title in out


def test_backward_without_a_loss_is_the_sum(cli):
    run = cli("layer", "--x", X, "--w", W, "--b", B, "--backward", "--json")
    document = run.json
    assert document["upstream"] == "sum" and document["grad_y"] == [[1, 1, 1], [1, 1, 1]]
    close(document["grad_b"], [2, 2, 2], 0)
    assert "L = ΣY" in cli("layer", "--x", X, "--w", W, "--b", B, "--backward").stdout


def test_random_weights_say_so_and_follow_the_seed(cli, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    run = cli("layer", "--x", X, "--out", "3", "--seed", "7")
    assert "Random W, b (seed 7); in = 2 from the columns of X, out = 3 from --out" in run.stdout
    assert "uniform(-0.7071, 0.7071)" in run.stdout and "not torch's numbers" in run.stdout
    first = cli("layer", "--x", X, "--out", "3", "--seed", "7", "--json").json
    second = cli("layer", "--x", X, "--out", "3", "--seed", "7", "--json").json
    assert first["w"] == second["w"] and first["random"] == ["W", "b"] and first["seed"] == 7
    bound = 1 / math.sqrt(2)
    assert all(abs(value) <= bound for row in first["w"] for value in row)
    drawn = cli("layer", "--in", "3", "--out", "2", "--batch", "4", "--json").json
    assert np.asarray(drawn["x"]).shape == (4, 3) and drawn["random"] == ["W", "b", "X"]


def test_weights_from_npz(cli, tmp_path):
    path = tmp_path / "layer.npz"
    np.savez(path, W=np.array([[0.5, -0.3, 0.1], [0.2, 0.4, -0.6]]), b=np.array([0.1, 0, -0.2]))
    document = cli("layer", "--x", X, "--weights", str(path), "-a", "relu", "--json").json
    close(document["result"], [[1, 0.5, 0], [2.4, 0.7, 0]], 1e-15)
    assert document["random"] == []
    np.savez(tmp_path / "bad.npz", W=np.ones((3, 2)), b=np.ones(2))
    bad = cli("layer", "--x", X, "--weights", str(tmp_path / "bad.npz"))
    assert bad.code == 2 and bad.stderr.startswith("mlmath: --weights: W has 3 rows but X has 2 columns")


def test_expect_checks_y(cli):
    assert cli("layer", "--x", X, "--w", W, "--b", B, "-a", "relu", "--expect", "1,0.5,0;2.4,0.7,0").code == 0
    failed = cli("layer", "--x", X, "--w", W, "--b", B, "-a", "relu", "--expect", "1,0.5,0;2.4,0.7,1")
    assert failed.code == 1 and "✗ expected" in failed.stdout
    checked = cli("layer", "--x", X, "--w", W, "--b", B, "--json", "--expect", "[[1,0.5,-1.3],[2.4,0.7,-2.3]]")
    assert checked.code == 0 and checked.json["check"]["passed"] is True


def test_korean_uses_the_notes_words(cli):
    out = cli("layer", "--x", X, "--w", W, "--b", B, "-a", "relu", "--loss", "mse", "--target", "1,0,0;2,1,0",
              "--lang", "ko").stdout
    for word in ("완전 연결층", "가중치", "편향", "순전파", "역전파", "기울기", "연쇄 법칙"):
        assert word in out, word


def test_plot_draws_bars_and_a_heatmap(cli):
    out = cli("layer", "--x", X, "--w", W, "--b", B, "-a", "relu", "--plot").stdout
    chart = out.split("Sample 1: the output y of each neuron", 1)[1].split("W, rows", 1)[0]
    # y = 1, 0.5, 0: bars from the zero line in proportion, 1 the full width and 0.5 half of it
    lines = chart.strip("\n").splitlines()
    full, half, none = (line.count("█") for line in lines[:3])
    assert lines[0].startswith("n1 │█") and full > 10 and abs(half - full / 2) <= 1 and none == 0
    signed = cli("layer", "--x", "1", "--w", "-1,2", "--b", "0,0", "--plot").stdout  # y = -1, 2
    n1, n2 = (line for line in signed.splitlines() if line.startswith(("n1 ", "n2 ")))
    assert "█│" in n1 and "│█" not in n1 and n1.rstrip().endswith("-1")
    assert "│█" in n2 and n2.count("█") == 2 * n1.count("█")  # left of the zero line, half as long
    assert "W, rows = inputs, columns = neurons (shade: -0.6 to 0.5)" in out
    backward = cli("layer", "--x", X, "--w", W, "--b", B, "--backward", "--plot").stdout
    assert "∂L/∂W, rows = inputs, columns = neurons" in backward
    assert "┤" not in cli("layer", "--x", X, "--w", W, "--b", B).stdout  # piped: no plot unless asked


@pytest.mark.parametrize("columns", ["80", "60"])
def test_output_fits_the_terminal(cli, monkeypatch, columns):
    monkeypatch.setenv("COLUMNS", columns)
    for lang in ("en", "ko"):
        out = cli("layer", "--x", X, "--out", "3", "--loss", "ce", "--target", "0,2", "-a", "gelu", "--lang",
                  lang).stdout
        from rich.cells import cell_len

        assert max(cell_len(line.rstrip()) for line in out.splitlines()) <= int(columns)


def test_large_input_prints_a_truncated_view_quickly(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    path = tmp_path / "x.npy"
    np.save(path, np.random.default_rng(0).normal(size=(400, 300)))
    start = time.perf_counter()
    run = cli("layer", "--x", f"@{path}", "--out", "200", "-a", "tanh", "--backward")
    assert run.code == 0 and time.perf_counter() - start < 5
    assert "showing 12×" in run.stdout and "of 400×300" in run.stdout
    assert "x₁,₁₅₀" not in run.stdout and "x₁,₃₀₀w₃₀₀,₁" in run.stdout  # long sums: the first six, …, the last two


@pytest.mark.parametrize(("args", "words"), [
    (("--x", X, "--w", "1,2,3;4,5,6;7,8,9"), ("--w: W has 3 rows but X has 2 columns: in X·W the inner sizes "
                                              "must agree; W must be in×out with 2 rows")),
    (("--x", X, "--w", "1,2;3,4;5,6"), "it looks stored out×in, as torch's weight: give its transpose"),
    (("--x", X, "--w", W, "--b", "1,2"), "--b: b has 2 entries but W has 3 columns (output neurons)"),
    (("--x", X), "--out: the layer's number of output neurons is unknown"),
    (("--x", X, "--out", "2", "--in", "3"), "--in: X has 2 columns"),
    (("--x", X, "--out", "2", "-a", "softmax"), "--activation: softmax is not applied entry by entry"),
    (("--x", X, "--out", "2", "-a", "swoosh"), "--activation: unknown activation 'swoosh'"),
    (("--x", X, "--out", "2", "--grad-y", "1,2"), "--grad-y: ∂L/∂Y is 2 values but Y is 2×2"),
    (("--x", X, "--out", "2", "--loss", "ce", "--target", "0,5"), "--target: class index 5 is out of range"),
    (("--x", X, "--out", "2", "--loss", "bce", "--target", "1,0;0,1"), "--loss: bce reads Y as probabilities"),
    (("--x", X, "--out", "2", "--loss", "mse"), "--target: the mse loss needs a target"),
    (("--x", X, "--out", "2", "--target", "1"), "--target: a target needs a loss"),
    (("--x", X, "--out", "2", "--seed", "1.5"), "--seed: the seed must be a whole number"),
    (("--x", X, "--out", "0"), "--out: the number of outputs must be a whole number of at least 1"),
    (("--x", X, "--out", "2", "--reduction", "none", "--loss", "mse", "--target", "1,1;1,1"),
     "--reduction: unknown reduction 'none'"),
    (("--x", X, "--weights", "missing.npz"), "--weights: no such file: 'missing.npz'"),
    (("--x", X, "--w", W, "--weights", "missing.npz"), "--weights: give W and b either in the file"),
    (("--x", "1,a"), "--x: could not read 'a'"),
    (("--in", "100000", "--out", "100000"), "--in: a random W would have 10,000,000,000 entries"),
])
def test_bad_input_is_one_line_and_exit_2(cli, args, words):
    run = cli("layer", *args)
    assert run.code == 2
    assert run.stdout == ""
    assert run.stderr.count("\n") == 1 and words in run.stderr, run.stderr
    assert "Traceback" not in run.stderr


def test_help_has_examples_and_says_how_w_is_stored(cli):
    out = cli("layer", "--help").stdout
    assert "mlmath layer --x \"1,2;3,4\" --out 3 --activation relu --seed 1" in out
    assert "Wᵀ" in out and ".npz" in out


@pytest.mark.parametrize("line", [
    'layer --x "1,2;3,4" --out 3 --activation relu --seed 1',
    "layer --x 1,2 --w \"0.5,-1;0.25,1\" --b 0.1,0 --backward",
    'layer --x "1,2;3,4" --out 3 --loss ce --target 0,2',
    'layer --x 0.5,-1 --w "1;2" --b 0 -a sigmoid --loss bce --target 1',
])
def test_help_examples_run(cli, line):
    import shlex

    assert cli(*shlex.split(line)).code == 0


def test_loads_numpy_but_not_sympy():
    probe = ("import sys; from mlmath.cli.app import main\n"
             "try:\n    main(['layer', '--x', '1,2', '--out', '2', '--backward', '-a', 'gelu'])\n"
             "except SystemExit:\n    pass\n"
             "sys.stderr.write('LOADED=' + repr(sorted(m for m in ('numpy', 'sympy', 'plotext') if m in sys.modules)))")
    done = subprocess.run([sys.executable, "-c", probe], check=False, capture_output=True, text=True, timeout=60,
                          env={"NO_COLOR": "1", "PATH": ""})
    assert done.stderr.rsplit("LOADED=", 1)[1] == "['numpy']"
