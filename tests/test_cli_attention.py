"""mlmath attention from the command line: views, JSON, files, errors."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

FIXTURES = json.loads((Path(__file__).parent / "fixtures" / "torch_attention.json").read_text(encoding="utf-8"))
CASES = {case["name"]: case for case in FIXTURES["cases"]}


def matrix_text(rows) -> str:
    return ";".join(",".join(repr(value) for value in row) for row in rows)


def case_args(case) -> list[str]:
    args = ["attention", "--seq", " ".join(case["tokens"]), "--heads", str(case["heads"]),
            "--positional", case["positional"], "--embeddings", matrix_text(case["embeddings"])]
    if "kv_tokens" in case:
        args += ["--kv-seq", " ".join(case["kv_tokens"]), "--kv-embeddings", matrix_text(case["kv_embeddings"])]
    for name in ("wq", "wk", "wv", "wo"):
        if name in case:
            args += [f"--{name}", matrix_text(case[name])]
    if case["causal"]:
        args.append("--causal")
    return args


# --- acceptance: given matrices, torch's numbers ---------------------------------


@pytest.mark.parametrize("name", sorted(CASES))
def test_json_result_matches_torch(cli, name):
    case = CASES[name]
    run = cli(*case_args(case), "--json")
    assert run.code == 0, run.stderr
    document = run.json
    np.testing.assert_allclose(np.array(document["result"]), np.array(case["result"]), rtol=0, atol=1e-9)
    np.testing.assert_allclose(np.array(document["weights"]), np.array(case["weights"]), rtol=0, atol=1e-9)
    assert document["tokens"] == case["tokens"]
    assert document["kv_tokens"] == case.get("kv_tokens", case["tokens"])
    assert document["random"] == [] and document["seed"] is None


def test_json_has_every_intermediate(cli):
    run = cli("attention", "--seq", "the cat sat", "--json")
    assert run.code == 0
    document = run.json
    assert document["command"] == "attention"
    for key in ("result", "tokens", "kv_tokens", "weights", "scores", "raw_scores", "q", "k", "v", "positional",
                "embeddings", "x", "wq", "wk", "wv", "mask", "steps"):
        assert key in document, key
    assert np.array(document["result"]).shape == (3, 8)
    assert np.array(document["weights"]).shape == (3, 3)
    assert np.array(document["positional"]).shape == (3, 8)
    assert document["mask"] is None
    scores, raw = np.array(document["scores"]), np.array(document["raw_scores"])
    np.testing.assert_allclose(scores, raw / math.sqrt(8), rtol=0, atol=1e-15)
    q, k = np.array(document["q"]), np.array(document["k"])
    np.testing.assert_allclose(raw, q @ k.T, rtol=0, atol=1e-12)
    assert [step["rule"] for step in document["steps"]][:2] == ["attention.tokens", "attention.embed.random"]
    assert "\x1b" not in run.stdout


def test_multihead_json_shapes(cli):
    run = cli("attention", "--seq", "a b c d", "--heads", "2", "--kv-seq", "x y z", "--json")
    document = run.json
    assert np.array(document["weights"]).shape == (2, 4, 3)
    assert np.array(document["scores"]).shape == (2, 4, 3)
    assert np.array(document["result"]).shape == (4, 8)
    assert np.array(document["concat"]).shape == (4, 8)
    assert document["random"] == ["embeddings", "kv_embeddings", "wq", "wk", "wv", "wo"]


def test_causal_json_mask_and_zero_weights(cli):
    document = cli("attention", "--seq", "one two three four", "--causal", "--heads", "2", "--json").json
    weights = np.array(document["weights"])
    for head in weights:
        assert np.all(head[np.triu_indices(4, 1)] == 0)
        np.testing.assert_allclose(head.sum(axis=1), 1, rtol=0, atol=1e-15)
    assert document["mask"] == np.triu(np.ones((4, 4), dtype=bool), 1).tolist()


def test_same_command_same_numbers_and_seed_changes_them(cli):
    first = cli("attention", "--seq", "the cat sat", "--json").json
    again = cli("attention", "--seq", "the cat sat", "--json").json
    assert first["result"] == again["result"]
    other = cli("attention", "--seq", "the cat sat", "--seed", "1", "--json").json
    assert other["result"] != first["result"]
    assert first["seed"] == 0


def test_embeddings_from_npy_and_csv_files(cli, tmp_path):
    case = CASES["self"]
    npy = tmp_path / "x.npy"
    np.save(npy, np.array(case["embeddings"]))
    csv = tmp_path / "wq.csv"
    csv.write_text("\n".join(",".join(repr(v) for v in row) for row in case["wq"]) + "\n", encoding="utf-8")
    args = case_args(case)
    args[args.index("--embeddings") + 1] = f"@{npy}"
    args[args.index("--wq") + 1] = f"@{csv}"
    run = cli(*args, "--json")
    assert run.code == 0, run.stderr
    np.testing.assert_allclose(np.array(run.json["result"]), np.array(case["result"]), rtol=0, atol=1e-9)


def test_sentence_from_a_text_file(cli, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("나는 학교에 간다.\n", encoding="utf-8")
    document = cli("attention", "--seq", f"@{story}", "--json").json
    assert document["tokens"] == ["나는", "학교에", "간다", "."]


def test_expect_checks_the_output(cli):
    case = CASES["self"]
    expected = matrix_text(case["result"])
    assert cli(*case_args(case), "--expect", expected, "--tol", "1e-9").code == 0
    wrong = matrix_text([[value + 0.01 for value in row] for row in case["result"]])
    run = cli(*case_args(case), "--expect", wrong)
    assert run.code == 1
    assert "✗" in run.stdout


# --- the view ------------------------------------------------------------------------


def test_view_shows_every_step(cli):
    run = cli("attention", "--seq", "the cat sat")
    assert run.code == 0, run.stderr
    out = run.stdout
    for text in ("Split the text into 3 tokens: the │ cat │ sat", "X: embeddings (3×8)",
                 "PE: positional encoding (3×8)", "X + PE (3×8)", "W_Q (8×8)", "W_K (8×8)", "W_V (8×8)",
                 "Q = X·W_Q (3×8)", "K = X·W_K (3×8)", "V = X·W_V (3×8)", "Q·Kᵀ: raw scores (3×3)",
                 "√d_k = √8 = 2.8284", "Q·Kᵀ / √d_k: scaled scores (3×3)", "Weights: softmax by row (3×3)",
                 "Output = weights·V (3×8)", "q_sat·k_the = ", "out_sat = ", "seed 0"):
        assert text in out, text
    assert "Mask" not in out


def test_view_causal_multihead_focus(cli):
    run = cli("attention", "--seq", "the cat sat on the mat", "--heads", "2", "--causal", "--head", "2",
              "--query", "cat")
    assert run.code == 0, run.stderr
    out = run.stdout
    assert "Showing head 2 of 2" in out
    assert "Q, head 2: columns 5–8 (6×4)" in out
    assert "Q, head 1" not in out
    assert "Mask: 0 to keep, −∞ to hide (6×6)" in out
    assert "-∞" in out
    assert "the₁" in out and "the₅" in out
    assert "q_cat·k_the₁" in out
    assert "Output = Concat·W_O (6×8)" in out
    assert "W_O (8×8)" in out


def test_view_heatmap_with_plot(cli):
    run = cli("attention", "--seq", "나는 학교에 간다", "--plot", "--no-steps")
    assert run.code == 0
    assert "Attention weights: query ↓, key →" in run.stdout
    assert "학교에" in run.stdout
    assert "Steps" not in run.stdout
    several = cli("attention", "--seq", "a b c d", "--heads", "2", "--plot", "--no-steps").stdout
    assert "Attention weights, head 1" in several and "Attention weights, head 2" in several


def test_heatmap_cells_all_have_two_decimals(cli):
    # causal: the first query sees only itself, a weight of exactly 1; the future is masked, not 0.00
    out = cli("attention", "--seq", "a b c", "--causal", "--plot", "--no-steps").stdout
    rows = out[out.index("Attention weights"):].splitlines()
    first = next(line for line in rows if line.split()[:1] == ["a"] and any(c.isdigit() for c in line))
    assert [word for word in first.split() if word[:1].isdigit() or word == "–"] == ["1.00", "–", "–"]  # masked
    cells = [word for line in rows[3:] for word in line.split() if word[:1].isdigit()]
    assert cells and all(len(word.split(".")[-1]) == 2 for word in cells)


def test_korean_labels_line_up(cli):
    """Every row of a table has the same display width (Hangul counts as two columns)."""
    from rich.cells import cell_len

    out = cli("attention", "--seq", "나는 학교에 간다", "--no-steps", "--plot").stdout
    heatmap = out[out.index("Attention weights"):].splitlines()
    assert len(heatmap) >= 7
    assert len({cell_len(line) for line in heatmap}) == 1
    table = out[: out.index("Attention weights")].splitlines()
    widths = {cell_len(line) for line in table if "나는" in line or "학교에" in line or "간다" in line}
    assert len(widths) == 1


def test_cross_attention_view(cli):
    run = cli("attention", "--seq", "I go to school", "--kv-seq", "나는 학교에 간다")
    assert run.code == 0
    assert "Cross-attention: 4 queries attend to 3 keys" in run.stdout
    assert "K = Y·W_K (3×8)" in run.stdout
    assert "Q·Kᵀ: raw scores (4×3)" in run.stdout


def test_long_input_prints_a_truncated_view(cli):
    sentence = " ".join(f"w{i}" for i in range(300))
    run = cli("attention", "--seq", sentence, "--d-model", "16", "--heads", "2", "--plot")
    assert run.code == 0, run.stderr
    assert "showing 12×" in run.stdout
    assert "… and 292 more keys" in run.stdout
    assert len(run.stdout.splitlines()) < 700


def test_no_steps_is_short(cli):
    run = cli("attention", "--seq", "the cat sat", "--no-steps")
    assert run.code == 0
    assert "Steps" not in run.stdout
    assert "Output = weights·V (3×8)" in run.stdout


# --- errors: exit 2, one line, no traceback -----------------------------------------


@pytest.mark.parametrize("args, words", [
    (["--seq", "a b c", "--heads", "3"], "--heads 3 does not divide d_model = 8"),
    (["--seq", "a b c", "--embeddings", "1,2;3,4"], "--embeddings has 2 rows but there are 3 tokens"),
    (["--seq", "a b", "--embeddings", "1,2;3,4", "--wq", "1,2,3;4,5,6;7,8,9"], "d_model disagrees"),
    (["--seq", "a b", "--wq", "1,0;0,1", "--wk", "1;0"], "W_Q (--wq) is 2×2 but W_K (--wk) is 2×1"),
    (["--seq", "a b", "--heads", "2", "--wo", "1,2;3,4"], "W_O (--wo) is 2×2"),
    (["--seq", "a b", "--kv-seq", "c", "--kv-embeddings", "1,2;3,4", "--d-model", "2"],
     "--kv-embeddings has 2 rows but there are 1 tokens in --kv-seq"),
    (["--seq", "a b", "--kv-embeddings", "1,2"], "--kv-embeddings belongs to --kv-seq"),
    (["--seq", ""], "--seq: no tokens"),
    (["--seq", "   "], "--seq: no tokens"),
    (["--seq", "a b", "--head", "2"], "--head 2 is beyond --heads 1"),
    (["--seq", "a b", "--query", "zz"], "'zz' is not one of the tokens"),
    (["--seq", "a b", "--query", "5"], "position 5 is outside the 2 tokens"),
    (["--seq", "a b", "--kv-seq", "c", "--causal"], "--causal masks later tokens"),
    (["--seq", "a b", "--wq", "1,2;x,4"], "--wq: could not read 'x'"),
    (["--seq", "@no-such-file.txt"], "no such file"),
    (["--seq", "a b", "--embeddings", "@no-such.npy"], "no such file"),
    (["--seq", "a b", "--positional", "learned"], "'learned' is not one of"),
    (["--seq", "a b", "--heads", "0"], "--heads"),
    (["--seq", "a b", "--seed", "-1"], "--seed"),
    (["--heads", "2"], "Missing option '--seq'"),
    (["--seq", "a b", "--embeddings", "1e200,0;0,1e200"], "overflow float64"),
])
def test_errors(cli, args, words):
    run = cli("attention", *args)
    assert run.code == 2, run.stdout
    assert words in run.stderr
    assert run.stderr.count("\n") == 1
    assert "Traceback" not in run.stderr
    assert run.stdout == ""


def test_help_has_examples(cli):
    run = cli("attention", "--help")
    assert run.code == 0
    assert 'mlmath attention --seq "the cat sat"' in run.stdout
    assert "--kv-seq" in run.stdout and "--wq" in run.stdout


def test_hand_worked_two_tokens(cli):
    """X = I, W_Q = W_K = I: scores = I/√2, so each token weighs itself e^(1/√2) : 1 against the other."""
    run = cli("attention", "--seq", "a b", "--embeddings", "1,0;0,1", "--wq", "1,0;0,1", "--wk", "1,0;0,1",
              "--wv", "1,2;3,4", "--positional", "none", "--json")
    document = run.json
    own = math.exp(1 / math.sqrt(2)) / (math.exp(1 / math.sqrt(2)) + 1)
    other = 1 - own
    np.testing.assert_allclose(document["weights"], [[own, other], [other, own]], rtol=0, atol=1e-15)
    np.testing.assert_allclose(document["result"], [[own + 3 * other, 2 * own + 4 * other],
                                                    [other + 3 * own, 2 * other + 4 * own]], rtol=0, atol=1e-14)
    np.testing.assert_allclose(document["scores"], [[1 / math.sqrt(2), 0], [0, 1 / math.sqrt(2)]], rtol=0, atol=1e-16)


def test_korean_explanations(cli, monkeypatch):
    monkeypatch.setenv("MLMATH_LANG", "ko")
    run = cli("attention", "--seq", "나는 학교에 간다", "--causal")
    assert run.code == 0
    assert "인과 마스크" in run.stdout and "가중치: 행마다 소프트맥스 (3×3)" in run.stdout
