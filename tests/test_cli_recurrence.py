"""mlmath rnn from the command line: JSON against PyTorch, views, options, Korean, exit codes and messages."""

import json
from pathlib import Path

import numpy as np
import pytest

CASES = json.loads((Path(__file__).parent / "fixtures" / "torch_recurrence.json").read_text())["cases"]


def close(got, expected, tolerance=1e-10):
    got, expected = np.asarray(got, dtype=float), np.asarray(expected, dtype=float)
    assert got.shape == expected.shape, (got.shape, expected.shape)
    assert np.max(np.abs(got - expected)) <= tolerance, (got, expected)


def arguments(case):
    """The command line of a recorded case: matrices written as JSON lists at full precision."""
    if "seed" in case:
        return ["rnn", "--length", str(case["length"]), "--input-size", str(case["input_size"]), "--hidden",
                str(case["hidden_size"]), "--seed", str(case["seed"]), "--cell", case["cell"], "--backward", "--json"]
    args = ["rnn", "--x", json.dumps(case["x"]), "--cell", case["cell"], "--wxh", json.dumps(case["w_xh"]),
            "--whh", json.dumps(case["w_hh"]), "--bias", json.dumps(case["b"]), "--bias-hh", json.dumps(case["b_hh"]),
            "--scale-whh", repr(case["scale_whh"]), "--backward", "--json"]
    for option in ("h0", "c0"):
        if option in case:
            args += [f"--{option}", json.dumps(case[option])]
    if "grad_h" in case:
        args += ["--grad-h", json.dumps(case["grad_h"])]
    return args


SAMPLED = CASES[::2] + [case for case in CASES if case["cell"] != "rnn" and "grad_h" in case]


@pytest.mark.parametrize("case", SAMPLED, ids=[case["name"] for case in SAMPLED])
def test_backward_json_equals_torch(cli, case):
    run = cli(*arguments(case))
    assert run.code == 0 and run.stderr == "", run.stderr
    document = run.json
    assert document["command"] == "rnn" and document["cell"] == case["cell"]
    close(document["result"], case["h_n"])
    close(document["hidden_states"], case["hidden_states"])
    for name in ("x", "w_xh", "w_hh", "b", "b_hh", "h0", "c0"):
        if f"grad_{name}" in case:
            close(document["gradients"][name], case[f"grad_{name}"])
    if case["cell"] == "lstm":
        close(document["final_cell"], case["c_n"])
    norms = np.linalg.norm(np.asarray(document["grad_hidden"]), axis=1)
    close(document["grad_norms"], norms)


def test_json_keys(cli):
    document = cli("rnn", "--seq", "the cat sat", "--json").json
    assert list(document)[:2] == ["command", "result"]
    for key in ("cell", "tokens", "hidden_states", "final_state", "w_xh", "w_hh", "b", "b_hh", "x", "h0", "steps"):
        assert key in document, key
    assert document["tokens"] == ["the", "cat", "sat"] and document["length"] == 3
    assert document["result"] == document["final_state"] == document["hidden_states"][-1]
    assert document["gates"] is None and document["grad_norms"] is None and "at" not in document
    lstm = cli("rnn", "--seq", "the cat sat", "--cell", "lstm", "--json").json
    assert list(lstm["gates"]) == ["input", "forget", "candidate", "output"]
    assert np.asarray(lstm["gates"]["forget"]).shape == (3, 4)
    gru = cli("rnn", "--seq", "the cat sat", "--cell", "gru", "--json").json
    assert list(gru["gates"]) == ["reset", "update", "new"]


def test_sequence_is_embedded_as_attention_embeds_it(cli):
    rnn = cli("rnn", "--seq", "the cat sat on the mat", "--seed", "4", "--json").json
    attention = cli("attention", "--seq", "the cat sat on the mat", "--seed", "4", "--json").json
    assert rnn["x"] == attention["embeddings"]


def test_view_shows_the_run(cli):
    run = cli("rnn", "--seq", "the cat sat")
    assert run.code == 0 and run.stderr == ""
    text = run.stdout
    document = cli("rnn", "--seq", "the cat sat", "--json").json
    first = f"{document['result'][0]:.4f}"
    assert "Simple RNN, sequence length T = 3 (input 8 → hidden 4)" in text
    assert f"Context vector h_3 = [{first}" in text
    assert "hₜ = tanh(xₜ·W_xh + hₜ₋₁·W_hh + b)" in text
    assert "The same W_xh, W_hh and biases are used at every time step." in text
    assert "drawn at random with seed 0" in text and "3 (sat)" in text
    assert "is the context vector" in text and "Step 1 (the): h_1 = tanh(x_1·W_xh + h_0·W_hh + b)" in text


def test_lstm_and_gru_gates_in_words(cli):
    lstm = cli("rnn", "--x", "1,0;0,1;1,1", "--hidden", "2", "--cell", "lstm", "--at", "2").stdout
    for words in ("Input gate i", "Forget gate f", "Candidate g", "Output gate o", "Cell states cₜ",
                  "Step 2: the gates, then c_2 and h_2", "In words, for unit 1: the forget gate is"):
        assert words in lstm, words
    gru = cli("rnn", "--x", "1,0;0,1", "--hidden", "2", "--cell", "gru").stdout
    for words in ("Reset gate r", "Update gate z", "New state n", "r⊙(h_0·W_hn + b_hn)",
                  "In words, for unit 1: the reset gate is", "torch keeps two biases"):
        assert words in gru, words


def test_at_takes_a_token(cli):
    text = cli("rnn", "--seq", "the cat sat", "--at", "cat").stdout
    assert "Step 2 (cat): h_2 = tanh(x_2·W_xh + h_1·W_hh + b)" in text


def test_backward_table_trend_and_log_plot(cli):
    run = cli("rnn", "--length", "40", "--backward", "--plot")
    text = run.stdout
    assert run.code == 0
    assert "Loss L = ½‖h_40‖² = " in text and "‖∂L/∂hₜ‖" in text
    assert "Vanishing gradient" in text and "orders of magnitude" in text
    assert "log₁₀‖∂L/∂hₜ‖ by time step (log scale: " in text  # 40 steps back from random weights: many orders
    assert "∂L/∂W_hh (4×4)" in text and "∂L/∂h₀" in text
    document = cli("rnn", "--length", "40", "--backward", "--json").json
    assert document["gradient_trend"] == "vanishing"
    norms = document["grad_norms"]
    assert norms[-1] / norms[0] > 1e3


def test_scale_whh_explodes(cli):
    args = ("rnn", "--seq", "the cat sat on the mat and then it slept all day long", "--hidden", "32",
            "--backward", "--scale-whh", "4")
    document = cli(*args, "--json").json
    assert document["scale_whh"] == 4 and document["gradient_trend"] == "exploding"
    text = cli(*args).stdout
    assert "Exploding gradient" in text and "W_hh × 4 (32×32)" in text and "Multiply W_hh by k = 4" in text


def test_upstream_gradient(cli):
    document = cli("rnn", "--x", "1;2", "--wxh", "0.5", "--whh", "-1", "--bias", "0.1", "--grad-h", "2",
                   "--json").json
    assert document["loss"] == "upstream_last"
    single = cli("rnn", "--x", "1;2", "--wxh", "0.5", "--whh", "-1", "--bias", "0.1", "--backward", "--json").json
    # ∂L/∂h_T is 2 for L = 2·h_T and h_T for L = ½h_T²; the same chain carries both back, so every
    # gradient differs by the factor 2 / h_T
    ratio = 2 / single["result"][0]
    close(document["gradients"]["x"], np.asarray(single["gradients"]["x"]) * ratio, 1e-12)


def test_expect_checks_the_final_state(cli):
    document = cli("rnn", "--x", "1;2", "--wxh", "0.5", "--whh", "-1", "--bias", "0.1", "--json").json
    value = document["result"][0]
    passed = cli("rnn", "--x", "1;2", "--wxh", "0.5", "--whh", "-1", "--bias", "0.1", "--expect", f"{value:.6f}")
    assert passed.code == 0 and "✓" in passed.stdout
    failed = cli("rnn", "--x", "1;2", "--wxh", "0.5", "--whh", "-1", "--bias", "0.1", "--expect", "0.3")
    assert failed.code == 1 and "✗ expected" in failed.stdout
    as_json = cli("rnn", "--x", "1;2", "--wxh", "0.5", "--whh", "-1", "--bias", "0.1", "--expect", "0.3", "--json")
    assert as_json.code == 1 and as_json.json["check"]["passed"] is False


def test_korean(cli):
    text = cli("rnn", "--seq", "the cat sat", "--backward", "--lang", "ko").stdout
    for words in ("순환 신경망", "은닉 상태", "문맥 벡터", "기울기 소실", "시간 역전파"):
        assert words in text, words
    lstm = cli("rnn", "--seq", "the cat sat", "--cell", "lstm", "--lang", "ko").stdout
    for words in ("입력 게이트", "망각 게이트", "출력 게이트", "게이트"):
        assert words in lstm, words
    gru = cli("rnn", "--seq", "the cat sat", "--cell", "gru", "--lang", "ko").stdout
    assert "리셋 게이트" in gru and "업데이트 게이트" in gru
    exploding = cli("rnn", "--seq", "the cat sat on the mat and then it slept all day long", "--hidden", "32",
                    "--backward", "-k", "4", "--lang", "ko").stdout
    assert "기울기 폭발" in exploding


def test_long_sequence_prints_a_truncated_view(cli):
    run = cli("rnn", "--length", "1000", "--hidden", "64", "--backward")
    assert run.code == 0
    assert "showing" in run.stdout and "… 992 more steps, worked out the same way" in run.stdout
    assert len(run.stdout.splitlines()) < 400


@pytest.mark.parametrize("columns", ["60", "80"])
def test_narrow_terminals(cli, monkeypatch, columns):
    monkeypatch.setenv("COLUMNS", columns)
    run = cli("rnn", "--seq", "the cat sat", "--cell", "lstm", "--backward", "--plot")
    assert run.code == 0
    assert max(len(line) for line in run.stdout.splitlines()) <= int(columns)


@pytest.mark.parametrize(("args", "words"), [
    (("rnn",), "no sequence given"),
    (("rnn", "--seq", "a b", "--x", "1;2"), "give the sequence one way"),
    (("rnn", "--x", "1;2", "--cell", "transformer"), "--cell: unknown cell 'transformer'"),
    (("rnn", "--x", "1,2;3,4", "--wxh", "1,2,3"), "--wxh: the input width disagrees"),
    (("rnn", "--x", "1;2", "--cell", "lstm", "--whh", "1,2,3"), "--whh: W_hh has 3 columns"),
    (("rnn", "--x", "1;2", "--c0", "1,2,3,4"), "--c0: only an LSTM has a cell state"),
    (("rnn", "--x", "1;2", "--grad-h", "1,2"), "--grad-h: ∂L/∂h has 2 values but needs 4 values"),
    (("rnn", "--x", "1;2", "--at", "5"), "--at: time step 5 is outside the 2 steps"),
    (("rnn", "--seq", "a b", "--at", "dog"), "--at: 'dog' is not one of the tokens"),
    (("rnn", "--x", "1;2", "--scale-whh", "big"), "--scale-whh"),
    (("rnn", "--x", "1;x"), "--x"),
    (("rnn", "--length", "0"), "--length"),
    (("rnn", "--x", "[[1e308]]", "--wxh", "1e308", "--whh", "1"), "overflow"),
])
def test_bad_input_is_one_line_exit_2(cli, args, words):
    run = cli(*args)
    assert run.code == 2, (run.code, run.stderr)
    assert words in run.stderr, run.stderr
    assert len(run.stderr.strip().splitlines()) == 1 and "Traceback" not in run.stderr
    assert run.stdout == ""
