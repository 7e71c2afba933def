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
    if "pad_to" in case:
        args += ["--pad-to", str(case["pad_to"])]
    return args


def heatmap_lines(out: str) -> list[str]:
    """The lines of the first heatmap: from its title to its legend."""
    lines = out[out.index("Attention weights"):].splitlines()
    end = next(index for index, line in enumerate(lines) if line.startswith("weight "))
    return lines[: end + 1]


# --- acceptance: given matrices, torch's numbers ---------------------------------


@pytest.mark.parametrize("name", sorted(name for name, case in CASES.items() if "biases" not in case))
def test_json_result_matches_torch(cli, name):
    case = CASES[name]
    run = cli(*case_args(case), "--json")
    assert run.code == 0, run.stderr
    document = run.json
    np.testing.assert_allclose(np.array(document["result"]), np.array(case["result"]), rtol=0, atol=1e-9)
    np.testing.assert_allclose(np.array(document["weights"]), np.array(case["weights"]), rtol=0, atol=1e-9)
    keys = case.get("kv_tokens", case["tokens"])
    pads = ["<pad>"] * (case.get("pad_to", len(keys)) - len(keys))
    assert document["tokens"] == case["tokens"] + (pads if "kv_tokens" not in case else [])
    assert document["kv_tokens"] == keys + pads
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
                 "√d_k = √8 = 2.828", "Q·Kᵀ / √d_k: scaled scores (3×3)", "Attention weights: query ↓, key →",
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
    rows = heatmap_lines(out)
    first = next(line for line in rows if line.split()[:1] == ["a"] and any(c.isdigit() for c in line))
    assert [word for word in first.split() if word[:1].isdigit() or word == "–"] == ["1.00", "–", "–"]  # masked
    cells = [word for line in rows[3:-1] for word in line.split() if word[:1].isdigit()]
    assert cells and all(len(word.split(".")[-1]) == 2 for word in cells)


def test_korean_labels_line_up(cli):
    """Every row of a table has the same display width (Hangul counts as two columns)."""
    from rich.cells import cell_len

    out = cli("attention", "--seq", "나는 학교에 간다", "--no-steps", "--plot").stdout
    heatmap = heatmap_lines(out)
    assert len(heatmap) >= 7
    # piped output has no trailing spaces: rows line up when each ends with its last number at one column
    rows = [line for line in heatmap if line.rstrip()[-1:].isdigit() and not line.startswith("weight")]
    assert len(rows) == 3 and len({cell_len(line) for line in rows}) == 1
    table = out[out.index("Output = "):].splitlines()
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
    (["--seq", "a b c", "--pad-to", "2"], "--pad-to 2 is shorter than the 3 tokens"),
    (["--seq", "a b", "--random-missing"], "--random-missing fills in tokens missing from --vectors"),
    (["--seq", "a b", "--vectors", "no-such-vectors.txt"], "no such file"),
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
    assert "인과 마스크" in run.stdout and "어텐션 가중치: 쿼리 ↓, 키 →" in run.stdout


# --- words, not positions; the answer first; a heatmap that fits ---------------------


def test_words_choose_the_numbers(cli):
    """The issue's acceptance: other sentences, other weights; the and cat keep their rows of X."""
    cat = cli("attention", "--seq", "the cat sat", "--json").json
    dog = cli("attention", "--seq", "dog bites man", "--json").json
    assert not np.allclose(cat["weights"], dog["weights"])
    longer = cli("attention", "--seq", "the cat sat on the mat", "--json").json
    assert longer["embeddings"][:2] == cat["embeddings"][:2]
    assert longer["embeddings"][4] == cat["embeddings"][0]
    other_seed = cli("attention", "--seq", "the cat sat", "--seed", "1", "--json").json
    assert other_seed["embeddings"][0] != cat["embeddings"][0]


def test_the_header_says_random_numbers_are_not_meaning(cli, monkeypatch):
    out = " ".join(cli("attention", "--seq", "the cat sat", "--no-steps").stdout.split())
    assert "not meaning" in out and "W_Q and W_K make the weights meaningful" in out
    assert "same word has the same row in every sentence" in out
    korean = " ".join(cli("attention", "--seq", "the cat sat", "--no-steps", "--lang", "ko").stdout.split())
    assert "의미를 보여 주지 않습니다" in korean and "W_Q와 W_K가 가중치에 의미를 줍니다" in korean


def test_the_answer_comes_first_and_piped_no_steps_has_the_weights(cli):
    out = cli("attention", "--seq", "the cat sat").stdout
    assert out.index("Attention weights") < out.index("Output = weights·V") < out.index("Steps")
    piped = cli("attention", "--seq", "the cat sat", "--no-steps").stdout
    assert "Attention weights: query ↓, key →" in piped and "Steps" not in piped
    assert len(piped.splitlines()) < 40


def test_heatmap_shows_every_key_that_fits_and_says_what_it_hid(cli, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    wide = cli("attention", "--seq", "The cat sat on the mat.", "--no-steps").stdout
    header = next(line for line in wide[wide.index("Attention weights"):].splitlines() if "The" in line)
    assert header.split() == ["The", "cat", "sat", "on", "the", "mat", "."]
    assert "Hidden here" not in wide
    monkeypatch.setenv("COLUMNS", "40")
    narrow = cli("attention", "--seq", "The cat sat on the mat.", "--no-steps").stdout
    assert "Hidden here: 4 of 7 key columns" in " ".join(narrow.split())
    assert max(len(line.rstrip()) for line in narrow.splitlines()) <= 40


def test_heatmap_shades_separate_small_and_middle_weights():
    from mlmath.render.heatmap import cell_style, shade

    assert shade(0.06) != shade(0.33)
    assert cell_style(0.06) != cell_style(0.33)
    # foreground and background set together: white on the dark end, black on the light end
    assert cell_style(0.0).startswith("white on rgb(") and cell_style(1.0).startswith("black on rgb(")


def test_steps_show_the_full_vectors_when_the_tables_cut_them(cli, monkeypatch):
    monkeypatch.setenv("COLUMNS", "60")
    out = cli("attention", "--seq", "the cat sat", "--d-model", "16").stdout
    assert "q_sat in full (16 numbers" in out and "k_the in full (16 numbers" in out
    monkeypatch.setenv("COLUMNS", "200")
    wide = cli("attention", "--seq", "the cat sat", "--d-model", "4").stdout
    assert "in full" not in wide


# --- nn.MultiheadAttention's options --------------------------------------------------


def test_bias_and_padding(cli):
    document = cli("attention", "--seq", "the cat sat", "--heads", "2", "--bias", "--pad-to", "5", "--json").json
    assert document["tokens"][3:] == ["<pad>", "<pad>"]
    assert document["key_padding_mask"] == [False, False, False, True, True]
    weights = np.array(document["weights"])
    assert np.all(weights[:, :, 3:] == 0)
    q = np.array(document["x"]) @ np.array(document["wq"]) + np.array(document["b_q"])
    np.testing.assert_allclose(np.array(document["q"]), q, rtol=0, atol=1e-12)
    out = cli("attention", "--seq", "the cat sat", "--pad-to", "5").stdout
    assert "Key-padding mask" in out and "<pad>" in out and "–" in out


def test_causal_cross_attention(cli):
    document = cli("attention", "--seq", "I go", "--kv-seq", "나는 간다 .", "--causal", "--json").json
    assert document["mask"] == [[False, True, True], [False, False, True]]
    assert "Causal cross-attention" in cli("attention", "--seq", "I go", "--kv-seq", "나는 간다 .", "--causal").stdout


# --- word vectors ------------------------------------------------------------------


GLOVE = {"the": [0.5, -0.25, 1.0], "cat": [0.125, 0.75, -0.5], "sat": [-1.0, 0.5, 0.25], "king": [0.5, 0.7, -0.1],
         "queen": [0.4, 0.8, 0.1], "man": [0.9, 0.1, -0.3], "woman": [0.7, 0.3, 0.2]}


@pytest.fixture(params=["glove.txt", "glove.txt.gz", "word2vec.txt"])
def vector_file(request, tmp_path):
    import gzip

    lines = [f"{word} " + " ".join(repr(value) for value in vector) for word, vector in GLOVE.items()]
    lines.insert(3, "zebra 9 9 9")
    if request.param == "word2vec.txt":
        lines.insert(0, f"{len(lines)} 3")
    text = "\n".join(lines) + "\n"
    path = tmp_path / request.param
    if request.param.endswith(".gz"):
        path.write_bytes(gzip.compress(text.encode()))
    else:
        path.write_text(text, encoding="utf-8")
    return str(path)


def test_attention_with_word_vectors(cli, vector_file):
    document = cli("attention", "--seq", "The cat sat", "--vectors", vector_file, "--identity-weights",
                   "--positional", "none", "--json").json
    x = np.array([GLOVE["the"], GLOVE["cat"], GLOVE["sat"]])
    assert document["embeddings"] == x.tolist()
    assert document["random"] == []
    # Q = K = V = X: weights are softmax(X·Xᵀ/√3), written out entry by entry
    for i in range(3):
        scores = [math.fsum(a * b for a, b in zip(x[i], x[j])) / math.sqrt(3) for j in range(3)]
        exps = [math.exp(score - max(scores)) for score in scores]
        expected = [e / math.fsum(exps) for e in exps]
        assert document["weights"][i] == pytest.approx(expected, abs=1e-12)
        output = [math.fsum(expected[j] * x[j][c] for j in range(3)) for c in range(3)]
        assert document["result"][i] == pytest.approx(output, abs=1e-12)


def test_attention_vectors_missing_tokens(cli, vector_file):
    run = cli("attention", "--seq", "the dog sat", "--vectors", vector_file)
    assert run.code == 2 and "1 token not in the word vectors: dog" in run.stderr
    assert "--random-missing" in run.stderr
    filled = cli("attention", "--seq", "the dog sat", "--vectors", vector_file, "--random-missing", "--json").json
    assert filled["missing"] == ["dog"]
    assert filled["embeddings"][0] == GLOVE["the"]
    shown = cli("attention", "--seq", "the dog sat", "--vectors", vector_file, "--random-missing").stdout
    assert "2 of 3 tokens found" in shown and "dog" in shown


def test_cosine_with_word_vectors(cli, vector_file):
    def cos(a, b):
        return math.fsum(x * y for x, y in zip(a, b)) / math.sqrt(math.fsum(x * x for x in a)) / \
            math.sqrt(math.fsum(y * y for y in b))

    two = cli("cosine", "king", "Queen", "--vectors", vector_file, "--json").json
    assert two["result"] == pytest.approx(cos(GLOVE["king"], GLOVE["queen"]), abs=1e-12)
    many = cli("cosine", "king", "queen", "man", "woman", "--vectors", vector_file, "--json").json
    words = ["king", "queen", "man", "woman"]
    for i, a in enumerate(words):
        for j, b in enumerate(words):
            assert many["matrix"][i][j] == pytest.approx(cos(GLOVE[a], GLOVE[b]), abs=1e-12)
    ranked = cli("cosine", "queen", "man", "woman", "--vectors", vector_file, "--query", "king", "--json").json
    expected = sorted(["queen", "man", "woman"], key=lambda word: -cos(GLOVE[word], GLOVE["king"]))
    assert [entry["label"] for entry in ranked["ranking"]] == expected
    missing = cli("cosine", "king", "dog", "--vectors", vector_file)
    assert missing.code == 2 and "not in the word vectors: dog" in missing.stderr


def test_given_biases_are_added_to_each_projection_as_a_plain_formula_says(cli):
    """--bq/--bk/--bv/--bo: softmax((X·W_Q + b_Q)(X·W_K + b_K)ᵀ/√d_k)(X·W_V + b_V)·W_O + b_O, written out here."""
    import numpy as np

    x = np.array([[1.0, 0.5], [-0.5, 2.0], [0.25, -1.0]])
    wq, wk, wv, wo = (np.array(m) for m in ([[1, 2], [0, 1]], [[0.5, 0], [1, 1]], [[1, 0], [2, -1]], [[0, 1], [1, 0]]))
    bq, bk, bv, bo = np.array([1.0, -1.0]), np.array([0.5, 0.25]), np.array([0.0, 2.0]), np.array([-1.0, 3.0])
    q, k, v = x @ wq + bq, x @ wk + bk, x @ wv + bv
    scores = q @ k.T / np.sqrt(2)
    weights = np.exp(scores - scores.max(axis=1, keepdims=True))
    weights /= weights.sum(axis=1, keepdims=True)
    expected = weights @ v @ wo + bo

    def text(matrix):
        return ";".join(",".join(repr(float(value)) for value in row) for row in np.atleast_2d(matrix))

    run = cli("attention", "--seq", "a b c", "--embeddings", text(x), "--wq", text(wq), "--wk", text(wk),
              "--wv", text(wv), "--wo", text(wo), "--bq", text(bq), "--bk", text(bk), "--bv", text(bv),
              "--bo", text(bo), "--positional", "none", "--json")
    assert run.code == 0, run.stderr
    document = json.loads(run.stdout)
    assert np.allclose(document["weights"], weights, rtol=1e-12, atol=0)
    assert np.allclose(document["result"], expected, rtol=1e-12, atol=1e-15)
    assert document["random"] == []


def test_a_bias_of_the_wrong_length_is_one_line(cli):
    run = cli("attention", "--seq", "a b", "--d-model", "2", "--bq", "1,2,3")
    assert run.code == 2 and run.stderr.count("\n") == 1, run.stderr
    assert "b_Q has 3 entries but must have 2" in run.stderr
