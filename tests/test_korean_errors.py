"""Bad command lines in Korean: one line on stderr, exit 2, Hangul, the options as typed; and in English.

Each case is a command line, the option names (or metavars) its message must name as typed, and
words of its English message (which stays as it was).
"""

import re

import pytest

HANGUL = re.compile(r"[\uac00-\ud7a3]")

CASES = [
    (("dot", "1,2", "1,2,3"), [], "a has 2 entries and b has 3; a dot product needs vectors of equal length"),
    (("cosine", "0,0", "1,2"), [], "a is the zero vector"),
    (("matmul", "[[[1,2]]]", "[[[1,2]]]"), [], "the inner sizes 2 and 1 must agree"),
    (("matmul", "[[1,2]]"), [], "matmul needs at least two matrices"),
    (("matmul", "1,2;3,4", "1,2,3", "--elementwise"), [], "cannot broadcast A (2×2), B (3)"),
    (("cosine", "king", "queen", "--vectors", "missing.txt"), ["--vectors"], "no such file: 'missing.txt'"),
    (("inverse", "[[1,2],[2,4]]"), [], "A is singular: elimination turns row 2 into zeros"),
    (("det", "1,2,3;4,5,6"), [], "only a square matrix (as many rows as columns) has a determinant"),
    (("matmul", "[[3,4],[5,6]]", "[[0.5,0.2]]"), [], "the inner sizes 2 and 1 must agree"),
    (("cosine", "1,2", "1,2,3"), [], "the vectors differ in length"),
    (("cosine", "1,2"), [], "cosine needs two vectors"),
    (("layer", "--x", "1,2;3,4", "--w", "1,2,3;4,5,6;7,8,9"), ["--w"], "W has 3 rows but X has 2 columns"),
    (("layer", "--x", "1,2;3,4", "--out", "2", "--in", "3"), ["--in"], "X has 2 columns"),
    (("layer", "--x", "1,2", "--out", "2", "--loss", "mse"), ["--target"], "the mse loss needs a target"),
    (("layer", "--x", "1,2", "--weights", "missing.npz"), ["--weights"], "no such file: 'missing.npz'"),
    (("normalize", "1,2;3,4", "--method", "batchnorm", "--momentum", "2"), ["--momentum"],
     "the momentum must lie in [0, 1]"),
    (("normalize", "1,2;3,4", "--range", "0:1"), ["--range", "--method standard"], "does not apply to"),
    (("regularize", "1,2", "--compare", "l3"), ["--compare"], "unknown penalty 'l3'"),
    (("regularize", "1,2", "--kind", "l1", "--half"), ["--half", "--kind l2"], "the ½ convention is for L2 only"),
    (("dropout", "1,2,3", "--p", "1"), ["--p"], "the drop probability p must lie in [0, 1)"),
    (("dropout", "1,2,3", "--mask", "1,0,1", "--eval"), ["--mask", "--eval"], "evaluation mode uses no mask"),
    (("conv", "digit7", "--stride", "0"), ["--stride"], "the stride must be a positive whole number, got 0"),
    (("conv", "digit7", "--padding", "same", "--stride", "2"), ["--padding"], "padding 'same' needs stride 1"),
    (("conv", "digit7", "--bias", "1,2"), ["--bias"], "2 bias values for 1 output channel"),
    (("conv",), ["INPUT"], "no input"),
    (("pool", "digit7", "--kind", "min"), ["--kind"], "unknown pooling 'min'"),
    (("pool", "1,2;3,4", "--size", "3"), ["--size"], "the window height 3 is larger than the padded input"),
    (("rnn", "--x", "1,2;3,4", "--at", "5"), ["--at"], "time step 5 is outside the 2 steps"),
    (("rnn", "--x", "1,2;3,4", "--cell", "foo"), ["--cell"], "unknown cell 'foo'"),
    (("rnn", "--x", "1,2;3,4", "--c0", "1,2"), ["--c0"], "only an LSTM has a cell state c_0"),
    (("tokens", "a b", "--vocab", "missing.txt"), ["--vocab"], "no such file: 'missing.txt'"),
    (("tokens", "a b", "--embeddings", "1,2;3,4"), ["--embeddings"], "has 2 rows but the vocabulary has 4 tokens"),
    (("posenc", "--seq", "a b c", "--positions", "5"), ["--positions"], "but the sentence has 3 tokens"),
    (("posenc", "--embeddings", "1,2;3,4"), ["--embeddings", "--seq"], "need the sentence they embed"),
    (("transformer", "--seq", "a b", "--heads", "3"), ["--heads"], "does not divide d_model = 8"),
    (("transformer", "--seq", "a b", "--decoder"), ["--decoder", "--memory"], "needs a memory to attend to"),
    (("attention", "--seq", "the cat sat", "--query", "9"), ["--query"], "position 9 is outside the 3 tokens"),
    (("integrate", "x*y"), ["--wrt"], "the expression has the variables x, y"),
    (("integrate", "1/x", "--from", "0", "--to", "1"), [], "has no finite value"),
    (("integrate", "x", "--from", "a", "--to", "1"), ["--from"], "a bound must be a number, not 'a'"),
    (("optimize", "rosenbrock", "--start", "1,2,3"), ["--start"], "rosenbrock takes 2 coordinates"),
    (("train", "--layers", "3,1"), ["--layers"], "--layers starts with 3 inputs"),
    (("train", "--data", "missing.csv", "--target", "y"), ["--data"], "no such file: 'missing.csv'"),
    (("train", "xor", "--lr", "1e9", "--epochs", "50"), ["--lr"], "training diverged in epoch"),
    (("train", "xor", "--val", "1"), ["--val"], "the share of samples held out"),
    (("train", "xor", "--dropout", "0.5", "--layers", "2,1"), ["--layers"], "this network has none"),
    (("train", "--data", "examples/points.csv"), ["--target"], "a CSV file needs its target column"),
    (("train", "xor", "--l2", "-1"), ["--l2"], "--l2 must be at least 0, got -1"),
    (("optimize", "sphere", "--optimizer", "adma"), [], "unknown optimizer 'adma'; did you mean adam?"),
    (("train", "xor", "--optimizer", "sgd", "--beta1", "0.9"), ["--beta1"], "--beta1 does not apply to sgd"),
    (("optimize", "sphere", "--optimizer", "adam", "--beta1", "1"), ["--beta1"], "must be in [0, 1), got 1.0"),
    (("optimize", "sphere", "--schedule", "stp"), [], "unknown learning-rate schedule 'stp'"),
    (("optimize", "sphere", "--optimizer", "sgd", "--nesterov"), ["--momentum", "--dampening"],
     "Nesterov momentum needs"),
    (("dot", "abc", "1,2"), ["A"], "could not read 'abc' as a number"),
    (("matmul", "[[1,2]", "[[1],[2]]"), ["A"], "unbalanced brackets: a ']' is missing"),
    (("det", "1,2;3"), ["A"], "ragged rows: row 2 has 1 entry but row 1 has 2 entries"),
    (("dot", "@missing.csv", "1,2"), ["A"], "no such file: 'missing.csv'"),
    (("dot", "1/0", "1"), ["A"], "'1/0' divides by zero"),
    (("dot", "1,,2", "1,2"), ["A"], "an entry is missing in '1,,2'"),
    (("softmax", "1,nan"), ["LOGITS"], "'nan' is not a finite number"),
    (("derive", "x+*2"), ["EXPR"], "could not read the expression near '*' at position 3"),
    (("derive", "x²"), ["EXPR"], "non-ASCII character '²' at position 2"),
    (("derive", "foo(x)"), ["EXPR"], "unknown function foo; known:"),
    (("derive", "x", "--at", "y"), ["--at"], "'y' is not of the form name=value"),
    (("derive", "sqrt(-exp(x))"), ["EXPR"], "the expression has no real values"),
    (("derive", "x,y"), ["EXPR", "--wrt"], "several expressions not allowed in an expression"),
    (("check", "missing.toml"), [], "cannot read 'missing.toml': no such file"),
    (("optimize", "nope"), ["FUNCTION"], "unknown function 'nope'"),
    (("optimize", "spher"), ["FUNCTION"], "did you mean sphere?"),
    (("optimize", "sphere", "--optimizer", "sgd", "--compare", "adam"), ["--optimizer", "--compare"],
     "give either --optimizer or --compare"),
    (("optimize", "sphere", "--schedule", "step:1,2,3"), ["--schedule"], "takes at most 2 numbers, got 3"),
    (("optimize", "x**2+y", "--start", "1"), ["--start"], "--start gives 1 value but the function has 2 variables"),
    (("optimize", "x**2", "--vars", "y", "--start", "1"), ["--vars"], "--vars names y but"),
    (("optimize", "log(x)", "--start", "-1"), ["--start"], "not defined at the start (-1.0)"),
    (("attention", "--seq", "a b", "--heads", "3"), ["--heads"], "--heads 3 does not divide d_model = 8"),
    (("attention", "--seq", "a b", "--head", "3", "--heads", "2"), ["--head", "--heads"], "is beyond --heads 2"),
    (("attention", "--seq", "a b", "--random-missing"), ["--random-missing", "--vectors"], "fills in tokens"),
    (("attention", "--seq", "a b", "--embeddings", "1,2;3,4;5,6"), ["--embeddings"],
     "--embeddings has 3 rows but there are 2 tokens"),
    (("attention", "--seq", "a b", "--pad-to", "1"), ["--pad-to"], "is shorter than the 2 tokens"),
    (("attention", "--seq", "a b", "--embeddings", "1,2", "--d-model", "3"), ["--embeddings", "--d-model"],
     "d_model disagrees"),
    (("loss", "nope", "--pred", "1", "--target", "1"), [], "unknown loss 'nope'"),
    (("loss", "mse", "--pred", "1,2", "--target", "1,2,3"), ["--pred", "--target"], "has 2 values but"),
    (("loss", "bce", "--pred", "1.5", "--target", "1"), ["--pred", "--logits"], "--pred has 1.5, above 1"),
    (("loss", "ce", "--pred", "[[1,2]]", "--target", "5"), ["--target"], "class index 5 is out of range"),
    (("loss", "mse", "--pred", "1", "--target", "1", "--reduction", "avg"), [], "unknown reduction 'avg'"),
    (("activation", "nope"), [], "unknown activation 'nope'"),
    (("activation", "relu", "--range", "5:1"), ["--range"], "the range must run from a smaller to a larger number"),
    (("activation", "relu", "--range", "5"), ["--range"], "could not read '5' as a range"),
    (("activation", "relu", "--approximate", "tanh"), ["--approximate"], "applies only to gelu"),
    (("softmax", "1,2,3", "--temperature", "0"), ["--temperature"], "the temperature must be a positive number"),
    (("softmax", "1,2", "--labels", "a,b,c"), ["--labels"], "3 labels for 2 classes"),
    (("softmax", "1e308,1", "--temperature", "1e-10"), [], "too large for 64-bit floats"),
    (("derive", "x*y", "--at", "x=1"), ["--at"], "no value for y"),
    (("derive", "x", "--at", "x=1,y=2"), ["--at"], "the expression has no variable y"),
    (("derive", "log(x)", "--at", "x=-1"), ["--at"], "the function is undefined at x=-1"),
    (("chain", "sin(x*y)", "--wrt", "x,y"), ["--wrt"], "the onion is peeled for one variable"),
    (("chain", "sin(x)", "--wrt", "y"), ["--wrt"], "the expression has no variable y"),
]


def _ids(case):
    return " ".join(case[0])[:60]


@pytest.mark.parametrize(("args", "options", "english"), CASES, ids=[_ids(case) for case in CASES])
def test_korean_error_is_one_korean_line(cli, args, options, english):
    run = cli(*args, "--lang", "ko")
    assert run.code == 2, (run.code, run.stderr)
    assert run.stdout == ""
    assert run.stderr.count("\n") == 1 and run.stderr.endswith("\n"), run.stderr
    assert "Traceback" not in run.stderr
    assert HANGUL.search(run.stderr), run.stderr
    assert english not in run.stderr, run.stderr
    for option in options:
        assert option in run.stderr, (option, run.stderr)


@pytest.mark.parametrize(("args", "options", "english"), CASES, ids=[_ids(case) for case in CASES])
def test_the_same_line_in_english_keeps_its_english_text(cli, args, options, english):
    run = cli(*args, "--lang", "en")
    assert run.code == 2, (run.code, run.stderr)
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr
    assert english in run.stderr, run.stderr
    assert not HANGUL.search(run.stderr), run.stderr
    for option in options:
        assert option in run.stderr, (option, run.stderr)


def test_a_files_ragged_rows_and_bad_entry_in_korean(cli, tmp_path):
    """A file's problems name the file, the row and the entry, in Korean and in English."""
    ragged = tmp_path / "ragged.csv"
    ragged.write_text("1,2,3\n4,5\n")
    word = tmp_path / "word.csv"
    word.write_text("1,2\n3,x\n")
    for path, english in ((ragged, "ragged rows: row 2 of"), (word, "could not read entry 2 of row 2 of")):
        korean = cli("det", f"@{path}", "--lang", "ko")
        assert korean.code == 2 and korean.stderr.count("\n") == 1 and HANGUL.search(korean.stderr), korean.stderr
        assert "2행" in korean.stderr and path.name in korean.stderr and english not in korean.stderr
        assert english in cli("det", f"@{path}", "--lang", "en").stderr


def test_a_homework_file_that_is_not_a_homework_in_korean(cli, tmp_path):
    """A homework file's layout errors name the file and the line, in Korean and in English."""
    (tmp_path / "not_list.toml").write_text('title = "x"\nproblem = 3\n')
    (tmp_path / "not_toml.toml").write_text("[[problem]\n")
    for name, english in (("not_list.toml", "line 2: 'problem' must be a list of tables"),
                          ("not_toml.toml", "line 1, column 10: not valid TOML")):
        path = str(tmp_path / name)
        korean = cli("check", path, "--lang", "ko")
        assert korean.code == 2 and korean.stderr.count("\n") == 1 and HANGUL.search(korean.stderr), korean.stderr
        assert name in korean.stderr and english not in korean.stderr
        assert english in cli("check", path, "--lang", "en").stderr


def test_the_issues_acceptance_line(cli, monkeypatch):
    """``MLMATH_LANG=ko mlmath matmul "[[3,4],[5,6]]" "[[0.5,0.2]]"``: one Korean line, exit 2."""
    monkeypatch.setenv("MLMATH_LANG", "ko")
    run = cli("matmul", "[[3,4],[5,6]]", "[[0.5,0.2]]")
    assert run.code == 2
    assert run.stderr.count("\n") == 1 and HANGUL.search(run.stderr), run.stderr
    assert "행렬곱" in run.stderr and "A·Bᵀ" in run.stderr


def test_a_message_is_written_in_the_language_in_force_when_shown():
    """A keyed error made under one language reads in the other when it is shown there (no cached text)."""
    from mlmath.core import matrices
    from mlmath.environment import Environment, running_in
    from mlmath.errors import MathError

    with pytest.raises(MathError) as caught:
        matrices.inverse([[1, 2], [2, 4]])
    english = caught.value.message
    assert "singular" in english
    with running_in(Environment.captured(environ={"MLMATH_LANG": "ko"})):
        korean = caught.value.message
    assert "특이행렬" in korean and "2행" in korean and HANGUL.search(korean)


BROKEN_TOML = [  # the TOML reader's own reasons, every one tomllib and tomli give for text like this
    ('title = "x"\n[[problem]\n', "expected ']]' at the end of an array declaration"),
    ('[problem\n', "expected ']' at the end of a table declaration"),
    ("a 1\n", "expected '=' after a key in a key/value pair"),
    ('a = "abc\n', "illegal character '\\n'"),
    ("a = 1\na = 2\n", "cannot overwrite a value"),
    ("a = [1, 2\n", "unclosed array"),
    ("a = {b = 1\n", "unclosed inline table"),
    ("a = 1 2\n", "expected newline or end of document after a statement"),
    ("a = tru\n", "invalid value"),
    ("= 1\n", "invalid statement"),
]


@pytest.mark.parametrize("text, reason", BROKEN_TOML)
def test_the_toml_readers_reason_is_translated(cli, tmp_path, text, reason):
    path = tmp_path / "hw.toml"
    path.write_text(text)
    english = cli("check", str(path), "--lang", "en").stderr
    assert "not valid TOML: " + reason in english, english
    korean = cli("check", str(path), "--lang", "ko").stderr
    assert korean.count("\n") == 1 and "올바른 TOML이 아닙니다: " in korean
    said = korean.split("올바른 TOML이 아닙니다: ")[1].split("; ")[0]  # the reason, without what it quotes
    assert HANGUL.search(said) and not re.search(r"[A-Za-z]{3,}", re.sub(r"'[^']*'", "", said)), korean


def test_homework_warnings_are_korean_with_the_line(cli, tmp_path):
    path = tmp_path / "hw.toml"
    path.write_text('title = 3\nproblm = 2\n[[problem]]\nrun = ["dot", "1,2", "3,4"]\nexpect = 11\n')
    run = cli("check", str(path), "--lang", "ko")
    korean = run.stdout + run.stderr
    korean = " ".join(korean.split())
    assert "1번째 줄: title은 따옴표 안의 글이어야 합니다" in korean
    assert "2번째 줄: 모르는 키 'problm': 혹시 'problem'인가요?" in korean
    run = cli("check", str(path), "--lang", "en")
    english = " ".join((run.stdout + run.stderr).split())
    assert "line 2: unknown key 'problm'; did you mean 'problem'?" in english
