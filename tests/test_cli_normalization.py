"""mlmath normalize from the command line: JSON, views, options, Korean, exit codes and messages."""

import math

import pytest

ROOT5 = math.sqrt(1.25)


def flat(text: str) -> str:
    """The words of the output on one line: wrapped sentences read whole."""
    return " ".join(text.replace("│", " ").split())


def test_json_standard(cli):
    run = cli("normalize", "1,200;2,300;3,250;4,100", "--json")
    assert run.code == 0 and run.stderr == ""
    document = run.json
    assert document["command"] == "normalize" and document["method"] == "standard"
    assert document["mean"] == [2.5, 212.5] and document["variance"][0] == 1.25
    assert [row[0] for row in document["result"]] == pytest.approx([-1.5 / ROOT5, -0.5 / ROOT5, 0.5 / ROOT5,
                                                                     1.5 / ROOT5], abs=1e-12)
    assert document["steps"][1]["rule"] == "normalization.column"


def test_text_shows_one_column_by_hand(cli):
    text = flat(cli("normalize", "1,200;2,300;3,250;4,100").stdout)
    assert "Mean μ = (1 + 2 + 3 + 4) / 4 = 2.5" in text
    assert "Standard deviation σ = √1.25 = 1.118" in text
    assert "Statistics per column" in text and "┤" not in text  # piped: no plot unless asked


def test_constant_column_is_said(cli):
    run = cli("normalize", "1,5;2,5;3,5", "--json")
    assert [row[1] for row in run.json["result"]] == [0, 0, 0]
    assert run.json["constant"] == [1]
    assert "StandardScaler divides by 1 instead" in flat(cli("normalize", "1,5;2,5;3,5").stdout)


def test_minmax_range(cli):
    document = cli("normalize", "2,4,10", "--method", "minmax", "--range", "-1:1", "--json").json
    assert document["result"] == pytest.approx([-1, -0.5, 1], abs=1e-12)
    assert document["feature_range"] == [-1, 1]
    assert cli("normalize", "1,7;1,3", "-m", "minmax", "--range", "2:5", "--json").json["result"] == [[2, 5], [2, 2]]


def test_batchnorm_train_and_eval(cli):
    document = cli("normalize", "1;3;5;7", "--method", "batchnorm", "--json").json
    assert document["new_running_mean"] == pytest.approx([0.4]) and document["new_running_var"] == pytest.approx(
        [0.9 + 0.1 * 20 / 3])
    assert document["training"] is True
    text = flat(cli("normalize", "1;3;5;7", "--method", "batchnorm").stdout)
    assert "Unbiased variance σ²_B·n/(n − 1) = 5·4/3 = 6.667" in text
    evaluated = cli("normalize", "1;3", "--method", "batchnorm", "--eval", "--running-mean", "1",
                    "--running-var", "4", "--gamma", "2", "--beta", "0.5", "--json").json
    assert [row[0] for row in evaluated["result"]] == pytest.approx([0.5, 2 * 2 / math.sqrt(4 + 1e-5) + 0.5],
                                                                    abs=1e-12)
    assert evaluated["training"] is False and evaluated["new_running_mean"] is None


def test_batchnorm_constant_column_says_root_eps(cli):
    text = flat(cli("normalize", "1,2;3,2", "--method", "batchnorm").stdout)
    assert "√ε" in text and "Column 2 is constant" in text


def test_layernorm(cli):
    document = cli("normalize", "1,2,3,4", "--method", "layernorm", "--gamma", "1,2,1,1", "--json").json
    root = math.sqrt(1.25 + 1e-5)
    assert document["result"] == pytest.approx([-1.5 / root, -1 / root, 0.5 / root, 1.5 / root], abs=1e-12)
    assert "Row 1" in cli("normalize", "1,2,3,4;2,4,6,9", "--method", "layernorm").stdout


def test_plot_has_before_and_after(cli):
    run = cli("normalize", "1,200;2,300;3,250;4,100", "--plot")
    assert run.code == 0 and "before" in run.stdout and "after" in run.stdout and "┤" in run.stdout
    assert "\x1b[" not in run.stdout


def test_expect(cli):
    assert cli("normalize", "2,4,10", "-m", "minmax", "--expect", "0,0.25,1").code == 0
    failed = cli("normalize", "2,4,10", "-m", "minmax", "--expect", "0,0.5,1")
    assert failed.code == 1


def test_korean(cli):
    text = cli("normalize", "1,2,3,4", "--method", "layernorm", "--lang", "ko").stdout
    assert "층 정규화" in text and "평균 μ" in text
    assert "표준화" in cli("normalize", "1,2", "--lang", "ko").stdout
    assert "배치 정규화" in cli("normalize", "1;2", "-m", "batchnorm", "--lang", "ko").stdout


@pytest.mark.parametrize(("args", "words"), [
    (("1,2", "--method", "zscore"), "--method: unknown method"),
    (("1,2", "--range", "0:1"), "--range: does not apply"),
    (("1,2", "-m", "minmax", "--range", "1:0"), "--range: the range 1:0 is empty"),
    (("1,2", "-m", "minmax", "--range", "0-1"), "--range: cannot read"),
    (("1,2;3,4", "-m", "batchnorm", "--gamma", "1,2,3"), "--gamma: γ has 3 entries for 2 features"),
    (("1,2", "-m", "batchnorm", "--momentum", "2"), "--momentum"),
    (("1,2", "-m", "layernorm", "--eps", "0"), "--eps: ε must be a positive number"),
    (("[[1,2]]", "-m", "batchnorm"), "at least 2 samples"),
    (("1,2;3,4", "-m", "batchnorm", "--eval", "--running-var", "-1"), "--running-var"),
    (("x",), "X"),
])
def test_bad_input_is_one_line_exit_2(cli, args, words):
    run = cli("normalize", *args)
    assert run.code == 2, run.stdout
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr
    assert words in run.stderr


def test_box_plots_leave_no_subplots_behind(cli):
    """plotext keeps one figure per process: a later plot looks as it does in a fresh one."""
    before = cli("softmax", "1,2,3", "--plot").stdout
    assert cli("normalize", "1,2;3,5;4,4", "--plot").code == 0
    assert cli("softmax", "1,2,3", "--plot").stdout == before
