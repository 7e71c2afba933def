"""mlmath tokens, posenc and transformer from the command line: JSON, views, Korean, files, errors."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

FIXTURES = json.loads((Path(__file__).parent / "fixtures" / "torch_blocks.json").read_text(encoding="utf-8"))
CASES = {case["name"]: case for case in FIXTURES["cases"]}


def one_line_error(run, *words):
    assert run.code == 2, run.stdout
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in run.stderr, run.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


# --- tokens ------------------------------------------------------------------------------


def test_tokens_acceptance_counted_by_hand(cli):
    document = cli("tokens", "I love NLP", "I love math", "--pad-to", "4", "--json").json
    assert document["command"] == "tokens"
    assert document["vocabulary"] == ["<pad>", "<unk>", "I", "love", "NLP", "math"]
    assert document["result"] == [[2, 3, 4, 0], [2, 3, 5, 0]]
    assert document["mask"] == [[1, 1, 1, 0], [1, 1, 1, 0]]
    assert np.array(document["embeddings"]).shape == (2, 4, 4)
    assert np.array(document["one_hot"]).shape == (2, 4, 6)


def test_tokens_korean_and_the_view(cli):
    run = cli("tokens", "I love NLP", "나는 학교에 간다", "--pad-to", "6")
    assert run.code == 0, run.stderr
    for words in ("<pad> = 0", "<unk> = 1", "나는 → 5", "[5, 6, 7] → [5, 6, 7, 0, 0, 0]", "One-hot", "E[ids]"):
        assert words in run.stdout, words
    korean = cli("tokens", "나는 학교에 간다", "--lang", "ko").stdout
    for words in ("토큰화", "정수 인코딩", "어휘 사전", "패딩", "임베딩"):
        assert words in korean, words


def test_tokens_expect_and_given_vocabulary(cli):
    run = cli("tokens", "the cat sat on a mat", "--vocab", "examples/vocab.txt", "--expect", "2,3,4,5,1,6")
    assert run.code == 0, run.stdout
    document = cli("tokens", "the dog", "--vocab", "examples/vocab.txt", "--json").json
    assert document["unknown"] == ["dog"] and document["result"] == [[2, 1]]
    assert cli("tokens", "the cat", "--expect", "2,4").code == 1


def test_tokens_given_embeddings_are_rows_of_the_lookup(cli):
    document = cli("tokens", "b a b", "--embeddings", "0,0;9,9;1,2;3,4", "--json").json
    assert document["embeddings"] == [[[1, 2], [3, 4], [1, 2]]]
    assert document["random"] is False and document["seed"] is None


@pytest.mark.parametrize(("args", "words"), [
    (["I love NLP", "--embeddings", "1,2;3,4"], ["--embeddings", "5 tokens"]),
    (["I love NLP", "--vocab", "no-such-file.txt"], ["--vocab", "no such file"]),
    (["I love NLP", "--pad-to", "0"], ["--pad-to"]),
    (["   "], ["no tokens"]),
])
def test_tokens_bad_input(cli, args, words):
    one_line_error(cli("tokens", *args), *words)


# --- posenc ------------------------------------------------------------------------------


def test_posenc_json_is_the_formula(cli):
    document = cli("posenc", "--positions", "5", "--d-model", "6", "--json").json
    expected = [[math.sin(p / 10000 ** (2 * (c // 2) / 6)) if c % 2 == 0 else math.cos(p / 10000 ** (2 * (c // 2) / 6))
                 for c in range(6)] for p in range(5)]
    np.testing.assert_allclose(document["result"], expected, atol=1e-12)
    assert document["position"] == 4 and document["pair"] == 1


def test_posenc_worked_entry_and_view(cli):
    run = cli("posenc", "--positions", "4", "--d-model", "4", "--at", "3", "--pair", "1", "--plot")
    assert run.code == 0, run.stderr
    assert "10000^0.5 = 100" in run.stdout
    assert "angle = pos / 10000^(2i/D) = 3 / 100 ≈ 0.03" in run.stdout
    assert "PE(3, 2) = sin(0.03) ≈ 0.0300" in run.stdout and "PE(3, 3) = cos(0.03) ≈ 0.9996" in run.stdout
    assert "The waves" in run.stdout
    assert "위치 인코딩" in cli("posenc", "--lang", "ko").stdout


def test_posenc_with_a_sentence_adds_the_embeddings(cli):
    document = cli("posenc", "--seq", "a b", "--embeddings", "1,1;2,2", "--json").json
    np.testing.assert_allclose(document["x"], [[1, 2], [2 + math.sin(1), 2 + math.cos(1)]], atol=1e-12)
    assert document["tokens"] == ["a", "b"] and document["d_model"] == 2


@pytest.mark.parametrize(("args", "words"), [
    (["--positions", "4", "--at", "4"], ["--at", "0 … 3"]),
    (["--d-model", "4", "--pair", "2"], ["--pair"]),
    (["--embeddings", "1,2"], ["--embeddings", "--seq"]),
    (["--seq", "a b", "--positions", "3"], ["--positions is 3", "leave out --positions"]),
])
def test_posenc_bad_input(cli, args, words):
    one_line_error(cli("posenc", *args), *words)


# --- transformer -----------------------------------------------------------------------


def save_weights(case, path):
    np.savez(path, **{name: np.array(value) for name, value in case["weights"].items()})


@pytest.mark.parametrize("name", ["encoder_pre_gelu_h2_two_layers", "decoder_post_relu_h2"])
def test_transformer_weights_file_gives_pytorchs_numbers(cli, tmp_path, name):
    case = CASES[name]
    save_weights(case, tmp_path / "layer.npz")
    args = ["transformer", "--seq", " ".join(case["tokens"]), "--heads", str(case["heads"]),
            "--activation", case["activation"], "--layers", str(case["layers"]), "--weights",
            str(tmp_path / "layer.npz"), "--json"]
    if case["pre_norm"]:
        args.append("--pre-norm")
    if "memory_tokens" in case:
        args += ["--decoder", "--memory", " ".join(case["memory_tokens"])]
    run = cli(*args)
    assert run.code == 0, run.stderr
    document = run.json
    np.testing.assert_allclose(document["result"], case["result"], rtol=0, atol=1e-9)
    assert document["random"] == [] and document["seed"] is None


def test_transformer_view_shows_every_stage(cli):
    run = cli("transformer", "--seq", "the cat sat", "--plot")
    assert run.code == 0, run.stderr
    for words in ("X + PE (3×8)", "multi-head self-attention (3×8)", "Residual connection", "Layer normalization",
                  "FFN(x) = relu(x·W₁ + b₁)·W₂ + b₂", "mlmath attention", "Writes to the residual stream",
                  "Attention Is All You Need", "drawn at random"):
        assert words in run.stdout, words
    pre = cli("transformer", "--seq", "the cat sat", "--pre-norm", "--layers", "2", "--activation", "gelu").stdout
    assert "pre-norm" in pre and "Encoder block 2" in pre and "gelu" in pre
    decoder = cli("transformer", "--seq", "I go", "--decoder", "--memory", "나는 간다").stdout
    assert "Masked multi-head self-attention" in decoder and "Cross-attention" in decoder


def test_transformer_korean(cli):
    korean = cli("transformer", "--seq", "I go", "--decoder", "--memory", "나는 간다", "--lang", "ko").stdout
    for words in ("잔차 연결", "층 정규화", "피드포워드", "인코더", "디코더", "위치 인코딩"):
        assert words in korean, words


def test_transformer_json_and_expect(cli):
    document = cli("transformer", "--seq", "the cat sat", "--json").json
    assert document["command"] == "transformer"
    assert np.array(document["result"]).shape == (3, 8)
    sub = document["layers"][0]["sublayers"][0]
    assert sub["kind"] == "self_attention" and np.array(sub["weights"]).shape == (2, 3, 3)
    row = np.array(document["result"][0])
    # LayerNorm with γ = 1, β = 0: every output row has mean 0 and variance 1/(1 + 1e-5/var)
    assert abs(row.mean()) < 1e-12 and abs(row.var() - 1) < 1e-4
    expected = ";".join(",".join(repr(v) for v in r) for r in document["result"])
    assert cli("transformer", "--seq", "the cat sat", "--expect", expected).code == 0
    assert cli("transformer", "--seq", "the cat sat", "--expect", expected, "--seed", "1").code == 1


@pytest.mark.parametrize(("args", "words"), [
    (["--heads", "3"], ["--heads", "divide"]),
    (["--decoder"], ["--decoder", "--memory"]),
    (["--memory", "a b"], ["--memory", "--decoder"]),
    (["--activation", "tanh"], ["--activation"]),
    (["--weights", "no-such.npz"], ["--weights", "no such file"]),
    (["--d-ff", "0"], ["--d-ff"]),
])
def test_transformer_bad_input(cli, args, words):
    one_line_error(cli("transformer", "--seq", "the cat sat", *args), *words)


def test_transformer_bad_weights_file(cli, tmp_path):
    np.savez(tmp_path / "w.npz", **{"encoder.0.wq": np.eye(3)})
    one_line_error(cli("transformer", "--seq", "a b", "--weights", str(tmp_path / "w.npz"), "--heads", "1",
                       "--d-model", "4"), "--weights", "d_model")
    np.savez(tmp_path / "x.npz", **{"encoder.0.query": np.eye(4)})
    run = cli("transformer", "--seq", "a b", "--weights", str(tmp_path / "x.npz"))
    one_line_error(run, "--weights has an unknown name")
