"""mlmath regularize and mlmath dropout from the command line: JSON, views, options, Korean, exit codes."""

import pytest


def flat(text: str) -> str:
    """The words of the output on one line: wrapped sentences read whole."""
    return " ".join(text.replace("│", " ").split())


# --- regularize ---------------------------------------------------------------------------


def test_json_l1(cli):
    run = cli("regularize", "0.5,-2,0,3,-0.01", "--kind", "l1", "--lambda", "0.1", "--json")
    assert run.code == 0 and run.stderr == ""
    document = run.json
    assert document["command"] == "regularize" and document["kind"] == "l1" and document["lam"] == 0.1
    assert document["result"] == pytest.approx(0.1 * 5.51) and document["total"] is None
    assert document["gradient"] == pytest.approx([0.1, -0.1, 0, 0.1, -0.1])


def test_total_and_half(cli):
    document = cli("regularize", "0.5,-2,0,3", "--lambda", "0.1", "--loss", "0.8", "--half", "--json").json
    assert document["penalty"] == pytest.approx(0.5 * 0.1 * 13.25)
    assert document["result"] == pytest.approx(0.8 + 0.5 * 0.1 * 13.25) == document["total"]
    assert document["gradient"] == pytest.approx([0.05, -0.2, 0, 0.3])
    text = flat(cli("regularize", "0.5,-2,0,3", "--lambda", "0.1", "--loss", "0.8", "--half").stdout)
    assert "Penalty ½λ·Σw² = ½·0.1·13.25 = 0.6625" in text
    assert "Total loss = data loss + penalty = 0.8 + 0.6625 = 1.463" in text
    assert "weight_decay" in text and "AdamW" in text


def test_push_sentences(cli):
    l1 = flat(cli("regularize", "0.5,-2,0,3,-0.01", "-k", "l1", "--lambda", "0.1").stdout)
    assert "the same force λ = 0.1" in l1 and "sign(0) = 0" in l1
    l2 = flat(cli("regularize", "0.5,-2,0,3,-0.01", "--lambda", "0.1").stdout)
    assert "the largest, 3, hardest (0.6)" in l2


def test_compare_and_step(cli):
    document = cli("regularize", "0.5,-2,0.03,3", "--compare", "l1,l2", "--lambda", "0.1", "--lr", "0.5",
                   "--json").json
    kinds = {entry["kind"]: entry for entry in document["comparison"]}
    assert kinds["l1"]["stepped"] == pytest.approx([0.45, -1.95, 0, 2.95])
    assert kinds["l2"]["stepped"] == pytest.approx([0.45, -1.8, 0.027, 2.7])
    text = cli("regularize", "0.5,-2,0.03,3", "--compare", "l1,l2", "--lambda", "0.1").stdout
    assert "Side by side" in text and "gradient, L1" in text


def test_plot(cli):
    run = cli("regularize", "0.5,-2,3", "--compare", "l1,l2", "--plot")
    assert run.code == 0 and "L1: λ·sign(w)" in run.stdout and "L2: 2λ·w" in run.stdout


def test_expect(cli):
    assert cli("regularize", "1,-2", "--lambda", "0.5", "--expect", "2.5").code == 0
    assert cli("regularize", "1,-2", "--lambda", "0.5", "--expect", "5").code == 1


def test_korean(cli):
    text = cli("regularize", "1,-2", "--lambda", "0.5", "--half", "--lang", "ko").stdout
    assert "규제" in text and "가중치 감쇠" in flat(text)


@pytest.mark.parametrize(("args", "words"), [
    (("1,2", "--kind", "l3"), "--kind: unknown penalty"),
    (("1,2", "--compare", "l1,l4"), "--compare: unknown penalty 'l4'"),
    (("1,2", "--lambda", "-1"), "--lambda: λ must be a number ≥ 0"),
    (("1,2", "--lr", "0"), "--lr: the step size η must be positive"),
    (("1,2", "--kind", "l1", "--half"), "--half"),
    (("1,2", "--loss", "abc"), "--loss"),
])
def test_regularize_bad_input(cli, args, words):
    run = cli("regularize", *args)
    assert run.code == 2 and run.stderr.count("\n") == 1 and "Traceback" not in run.stderr
    assert words in run.stderr


# --- dropout ------------------------------------------------------------------------------


def test_dropout_json_and_mask(cli):
    document = cli("dropout", "2,-4,6,8", "--p", "0.75", "--mask", "1,0,0,1", "--json").json
    assert document["command"] == "dropout"
    assert document["result"] == [8, 0, 0, 32] and document["mask"] == [1, 0, 0, 1]
    assert document["scale"] == 4 and document["kept"] == 2 and document["seed"] is None


def test_dropout_seed_is_reproducible(cli):
    first = cli("dropout", "1,2,3,4,5,6,7,8", "--seed", "3", "--json").json
    assert first == cli("dropout", "1,2,3,4,5,6,7,8", "--seed", "3", "--json").json
    assert first["seed"] == 3
    assert all(y in (0, 2 * x) for x, y in zip(range(1, 9), first["result"]))
    text = flat(cli("dropout", "1,2,3,4", "--seed", "3").stdout)
    assert "random keep-mask" in text and "seed 3" in text and "1/(1 − p) = 1/0.5 = 2" in text


def test_dropout_eval_is_identity(cli):
    document = cli("dropout", "1,2;3,4", "--eval", "--json").json
    assert document["result"] == [[1, 2], [3, 4]] and document["training"] is False and document["mask"] is None
    assert "identity" in cli("dropout", "1,2;3,4", "--eval").stdout


def test_dropout_expect_and_korean(cli):
    assert cli("dropout", "2,-4", "--p", "0.5", "--mask", "0,1", "--expect", "0,-8").code == 0
    assert "드롭아웃" in cli("dropout", "1,2", "--lang", "ko").stdout


@pytest.mark.parametrize(("args", "words"), [
    (("1,2", "--p", "1"), "--p: the drop probability p must lie in [0, 1)"),
    (("1,2", "--p", "-0.5"), "--p"),
    (("1,2", "--mask", "1,0,1"), "--mask: the mask has shape 3"),
    (("1,2", "--mask", "1,2"), "--mask: the mask must hold only 0"),
    (("1,2", "--mask", "1,0", "--seed", "2"), "--seed"),
    (("1,2", "--seed", "1.5"), "--seed: the seed must be a whole number"),
    (("1,2", "--eval", "--mask", "1,1"), "--mask"),
])
def test_dropout_bad_input(cli, args, words):
    run = cli("dropout", *args)
    assert run.code == 2 and run.stderr.count("\n") == 1 and "Traceback" not in run.stderr
    assert words in run.stderr
