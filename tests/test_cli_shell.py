"""mlmath shell: lines read one by one, each run as the same command line would run alone."""

import pytest

from mlmath.core.shell import Line, candidates, read_line
from mlmath.errors import InputError


def test_a_piped_session_runs_each_line_as_its_own_command(cli):
    alone = [cli("dot", "1,2", "3,4", "--no-steps").stdout, cli("derive", "sin(x^2)", "--no-steps").stdout]
    run = cli("shell", stdin='dot 1,2 3,4 --no-steps\nmlmath derive "sin(x^2)" --no-steps\n')
    assert run.code == 0 and run.stderr == ""
    assert run.stdout == "".join(alone)


def test_the_status_is_the_worst_of_the_commands_and_a_bad_line_does_not_stop_the_rest(cli):
    run = cli("shell", stdin='dot 1,2 3,4 --expect 12 --no-steps\nderive "sin(x\ndot 1 2 3\ndot 1,2 3,4 --json\n')
    assert run.code == 2
    assert '"result": 11' in run.stdout  # the last line still ran
    errors = run.stderr.splitlines()
    assert len(errors) == 2 and "cannot be split into words" in errors[0] and "extra argument" in errors[1]


def test_exit_ends_the_session(cli):
    run = cli("shell", stdin="exit\ndot 1,2 3,4\n")
    assert run.code == 0 and run.stdout == ""


def test_help_lists_the_commands_and_a_command_help(cli):
    assert "dot" in cli("shell", stdin="help\n").stdout
    assert "--expect" in cli("shell", stdin="help dot\n").stdout


def test_lang_applies_to_every_command_of_the_session(cli):
    assert "항별 곱" in cli("shell", "--lang", "ko", stdin="dot 1,2 3,4 --no-steps\n").stdout


@pytest.mark.parametrize(("text", "line"), [
    ("dot 1,2 3,4", Line("run", ("dot", "1,2", "3,4"))),
    ('mlmath derive "sin(x^2)"', Line("run", ("derive", "sin(x^2)"))),
    ("   ", Line("empty")),
    ("# a comment", Line("empty")),
    ("exit", Line("leave")),
    ("QUIT", Line("leave")),
    ("help loss", Line("help", ("loss",))),
])
def test_reading_a_line(text, line):
    assert read_line(text) == line


def test_an_unclosed_quote_is_a_clear_error():
    with pytest.raises(InputError, match="close every quote"):
        read_line('derive "sin(x')


def test_tab_offers_commands_then_options_then_choices():
    commands = ["dot", "derive", "loss"]
    assert candidates([], "d", commands) == ["derive", "dot"]
    assert candidates(["loss"], "--re", commands, options=["--reduction", "--pred", "--help"]) == ["--reduction"]
    assert candidates(["loss", "--reduction"], "s", commands, choices=["mean", "sum", "none"]) == ["sum"]


def test_completion_reads_a_commands_own_options_and_choices():
    from mlmath.cli.shell import _command_words

    options, choices = _command_words(["optimize", "rosenbrock", "--optimizer"], "ad")
    assert {"--lr", "--json", "--no-plot", "--help"} <= set(options)  # its own options and the common ones
    assert {"adam", "adamw", "adagrad"} <= set(choices) and all(choice.startswith("ad") for choice in choices)
    _, kinds = _command_words(["loss"], "sp")
    assert kinds == ["sparse-ce"]


def test_history_lives_under_xdg_state_home(tmp_path):
    from mlmath.cli.shell import history_path

    assert history_path({"XDG_STATE_HOME": str(tmp_path)}) == tmp_path / "mlmath" / "history"
