"""Reading homework files: problems, their line numbers, and every way a file or problem can be wrong."""

from __future__ import annotations

import io
import json
import math
import re
import sys
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mlmath.core.result import step
from mlmath.errors import InputError
from mlmath.parsing.homework import MAX_PROBLEMS, expect_text, parse_homework, read_homework
from mlmath.parsing.numbers import parse_array, parse_number

COMMANDS = ("matmul", "dot", "cosine", "derive", "loss", "softmax")
EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "homework.toml"


def parse(text: str, base: Path | None = None):
    return parse_homework(text, "hw.toml", base or Path.cwd(), COMMANDS)


def one(body: str, base: Path | None = None):
    """The single problem of a file holding ``[[problem]]`` and ``body``."""
    (problem,) = parse("[[problem]]\n" + body, base).problems
    return problem


GOOD = 'name = "dot"\nrun = ["dot", "1,2", "3,4"]\nexpect = "11"\n'


# --- well-formed files ------------------------------------------------------------


def test_a_problem_keeps_its_name_command_line_answer_and_line():
    homework = parse('title = "Week 1"\n\n# first\n[[problem]]\n' + GOOD + '\n[[problem]]\nname = "b"\n'
                     'run = ["cosine", "1,0", "0,1"]\nexpect = 0\ntol = 1e-6\n')
    first, second = homework.problems
    assert homework.title == "Week 1" and homework.warnings == ()
    assert (first.index, first.line, first.name, first.run, first.expect, first.tol, first.error) == (
        1, 4, "dot", ("dot", "1,2", "3,4"), "11", None, None)
    assert (second.index, second.line, second.expect, second.tol, second.tolerance) == (2, 9, "0", "1e-6", 1e-6)
    assert first.argv == first.run


def test_the_example_file_reads_without_a_malformed_problem():
    homework = read_homework(str(EXAMPLE), COMMANDS)
    assert len(homework.problems) == 14
    assert all(problem.error is None for problem in homework.problems), [p.error for p in homework.problems]
    lines = EXAMPLE.read_text().splitlines()
    assert all(lines[problem.line - 1] == "[[problem]]" for problem in homework.problems)
    names = [problem.name for problem in homework.problems]
    assert len(set(names)) == len(names)
    commands = {problem.run[0] for problem in homework.problems}
    assert commands == {"matmul", "dot", "cosine", "derive", "loss", "softmax"}


def test_problems_written_as_an_inline_list_have_no_line():
    homework = parse('problem = [{name = "a", run = ["dot", "1", "2"], expect = 2}]\n')
    assert homework.problems[0].line is None and homework.problems[0].error is None


def test_a_header_inside_a_multiline_string_does_not_shift_the_lines():
    text = 'title = """\n[[problem]]\n"""\n[[problem]]\n' + GOOD
    assert parse(text).problems[0].line is None  # two headers seen, one problem: lines are not guessed


@pytest.mark.parametrize(
    ("toml", "text"),
    [
        ("32", "32"),
        ("-1", "-1"),
        ("1_000", "1000"),
        ("0.0900", "0.0900"),  # written decimals kept: they set the default tolerance
        ("-0.5", "-0.5"),
        ("1e-4", "1e-4"),
        ("1_000.5", "1000.5"),
        ('"3*x**2"', "3*x**2"),
        ('"  [[80],[140]] "', "[[80],[140]]"),
        ("[0.0900, 0.2447, 0.6652]", "[0.0900, 0.2447, 0.6652]"),
        ("[[80], [140], [200]]", "[[80], [140], [200]]"),
        ("[[1, -2], [3.5, 4]]", "[[1, -2], [3.5, 4]]"),
        ('["2*x", "2*y"]', "[2*x, 2*y]"),
    ],
)
def test_an_answer_becomes_the_text_expect_reads(toml, text):
    assert one(f'name = "a"\nrun = ["dot", "1", "2"]\nexpect = {toml}\n').expect == text


@settings(max_examples=60, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False))
def test_a_float_answer_reads_back_as_the_same_number(value):
    assert parse_number(expect_text(value)) == value


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.integers(-10**6, 10**6), min_size=2, max_size=2), min_size=1, max_size=4))
def test_a_matrix_answer_reads_back_as_the_same_matrix(rows):
    assert parse_array(expect_text(rows)).tolist() == rows


def test_a_float_answer_from_toml_keeps_its_value():
    problem = one('name = "a"\nrun = ["dot", "1", "2"]\nexpect = 0.1\n')
    assert float(problem.expect) == 0.1 and parse_number(problem.expect) == 0.1


@pytest.mark.parametrize(("toml", "tol", "tolerance"), [("1e-4", "1e-4", 1e-4), ("0", "0", 0.0),
                                                         ('"3/4"', "3/4", 0.75), ("2", "2", 2.0)])
def test_a_tolerance_may_be_a_number_or_text(toml, tol, tolerance):
    problem = one(GOOD + f"tol = {toml}\n")
    assert (problem.tol, problem.tolerance, problem.error) == (tol, tolerance, None)
    assert Fraction(problem.tolerance) == Fraction(tolerance)


# --- malformed problems: kept, with a reason, never raised ----------------------


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ('name = "a"\nexpect = "1"\n', "run is missing"),
        ('name = "a"\nrun = "dot 1,2 3,4"\nexpect = "1"\n', 'run must be a list of arguments: write run = ["dot", '
                                                             '"1,2", "3,4"]'),
        ('name = "a"\nrun = 3\nexpect = "1"\n', "run must be a list of arguments"),
        ('name = "a"\nrun = []\nexpect = "1"\n', "run is empty"),
        ('name = "a"\nrun = ["dot", 1, "2"]\nexpect = "1"\n', 'run item 2 is the number 1; write every argument in '
                                                               'quotes, e.g. "1"'),
        ('name = "a"\nrun = ["matmull", "1", "2"]\nexpect = "1"\n', "unknown command 'matmull'; did you mean "
                                                                    "'matmul'?"),
        ('name = "a"\nrun = ["frobnicate", "1"]\nexpect = "1"\n', "unknown command 'frobnicate' (known: cosine, "
                                                                  "derive, dot, loss, matmul, softmax)"),
        ('name = "a"\nrun = ["check", "hw.toml"]\nexpect = "1"\n', "cannot run check itself"),
        ('name = "a"\nrun = ["dot", "1", "2", "--expect", "2"]\nexpect = "1"\n', "--expect belongs in the problem"),
        ('name = "a"\nrun = ["dot", "1", "2", "--tol=1"]\nexpect = "1"\n', "--tol belongs in the problem"),
        ('name = "a"\nrun = ["dot", "1", "2", "--export", "x.svg"]\nexpect = "1"\n', "--export is not allowed"),
        ('name = "a"\nrun = ["dot", "--help"]\nexpect = "1"\n', "--help is not allowed"),
        ('run = ["dot", "1", "2"]\nexpect = "1"\n', "name is missing"),
        ('name = 3\nrun = ["dot", "1", "2"]\nexpect = "1"\n', "name must be text in quotes, not the number 3"),
        ('name = " "\nrun = ["dot", "1", "2"]\nexpect = "1"\n', "name is empty"),
        ('name = "a"\nrun = ["dot", "1", "2"]\n', "expect is missing"),
        ('name = "a"\nrun = ["dot", "1", "2"]\nexpect = true\n', "expect must be the answer, not true"),
        ('name = "a"\nrun = ["dot", "1", "2"]\nexpect = nan\n', "expect must be a finite number, not nan"),
        ('name = "a"\nrun = ["dot", "1", "2"]\nexpect = -inf\n', "expect must be a finite number, not -inf"),
        ('name = "a"\nrun = ["dot", "1", "2"]\nexpect = []\n', "expect is an empty list"),
        ('name = "a"\nrun = ["dot", "1", "2"]\nexpect = {a = 1}\n', "expect must be text, a number or a list, "
                                                                  "not a table"),
        ('name = "a"\nrun = ["dot", "1", "2"]\nexpect = "2"\ntol = -1\n', "tol: must not be negative"),
        ('name = "a"\nrun = ["dot", "1", "2"]\nexpect = "2"\ntol = true\n', "tol must be a number like 1e-4, not true"),
        ('name = "a"\nrun = ["dot", "1", "2"]\nexpect = "2"\ntol = "tiny"\n', "tol: could not read 'tiny'"),
        ('name = "a"\nrun = ["dot", "1", "2"]\nexpected = "2"\n', "unknown key 'expected'; did you mean 'expect'?"),
    ],
)
def test_a_malformed_problem_is_kept_with_its_reason(body, reason):
    problem = one(body)
    assert problem.error is not None and reason in problem.error, problem.error
    assert problem.line == 1


def test_a_malformed_problem_does_not_hide_the_others():
    homework = parse("[[problem]]\n" + GOOD + '\n[[problem]]\nname = "broken"\nexpect = "1"\n\n[[problem]]\n' + GOOD)
    errors = [problem.error for problem in homework.problems]
    assert errors[0] is None and errors[2] is None
    assert "run is missing" in errors[1]
    broken = homework.problems[1]
    assert (broken.name, broken.line, broken.expect, broken.label) == ("broken", 6, "1", "broken")


def test_a_problem_without_a_name_is_labelled_by_its_position():
    homework = parse("[[problem]]\n" + GOOD + '\n[[problem]]\nrun = ["dot", "1", "2"]\nexpect = "2"\n')
    assert homework.problems[1].label == step("homework.unnamed", index=2)


def test_a_problem_that_is_not_a_table_is_malformed():
    homework = parse('problem = [{name = "a", run = ["dot", "1", "2"], expect = 2}, 5]\n')
    assert homework.problems[0].error is None
    assert "must be a table" in homework.problems[1].error


# --- files a problem may read ------------------------------------------------------


def test_a_file_argument_is_read_from_the_homework_folder(tmp_path):
    problem = one('name = "a"\nrun = ["matmul", "@m.csv", "--x=@data/n.csv", "@m.csv"]\nexpect = "1"\n', tmp_path)
    folder = tmp_path.resolve()
    assert problem.error is None
    assert problem.argv == ("matmul", f"@{folder / 'm.csv'}", f"--x=@{folder / 'data' / 'n.csv'}",
                            f"@{folder / 'm.csv'}")
    assert problem.run == ("matmul", "@m.csv", "--x=@data/n.csv", "@m.csv")


@pytest.mark.parametrize("argument", ["@/etc/hostname", "@../secret.csv", "@a/../../secret.csv", "--q=@/tmp/x.csv"])
def test_a_file_outside_the_homework_folder_refuses_the_whole_file(tmp_path, argument):
    with pytest.raises(InputError, match="problem 1 .*may read only files in the homework's own folder"):
        one(f'name = "a"\nrun = ["dot", "{argument}", "1"]\nexpect = "1"\n', tmp_path / "hw")


def test_an_answer_file_is_read_from_the_homework_folder(tmp_path):
    problem = one('name = "a"\nrun = ["dot", "1,2", "3,4"]\nexpect = " @data/answer.csv"\n', tmp_path)
    assert problem.expect == "@data/answer.csv"  # shown as written
    assert problem.expect_argument == f"@{tmp_path.resolve() / 'data' / 'answer.csv'}"  # read from the folder


@pytest.mark.parametrize("answer", ["@/etc/hostname", "@../other/n.csv", " @../x", "@a/../../x"])
def test_an_answer_file_outside_the_homework_folder_refuses_the_whole_file(tmp_path, answer):
    with pytest.raises(InputError, match="may read only files in the homework's own folder"):
        one(f'name = "a"\nrun = ["dot", "1,2", "3,4"]\nexpect = "{answer}"\n', tmp_path / "hw")


@pytest.mark.parametrize("body", ['run = ["dot", "1,2", "3,4"]\nexpect = " - "\n',
                                  'run = ["dot", "-", "1,2"]\nexpect = "1"\n',
                                  'run = ["loss", "mse", "--pred=-", "--target", "1"]\nexpect = "1"\n'])
def test_standard_input_named_by_a_problem_refuses_the_whole_file(tmp_path, body):
    with pytest.raises(InputError, match="'-' reads standard input"):
        one('name = "a"\n' + body, tmp_path)


# Path-like text of every kind a hostile file might write: absolute, climbing, through links,
# with option prefixes; a problem either stays inside its folder or the file is refused.
_PATH_PARTS = st.sampled_from(["..", ".", "a", "link", "/", "/etc", "~", "b.csv", "%2e%2e", "\\"])
_PATH_LIKE = st.builds(
    lambda prefix, parts, spaces: prefix + spaces + "@" + "/".join(parts),
    st.sampled_from(["", "--pred=", "-q", "--expect="]),
    st.lists(_PATH_PARTS, min_size=1, max_size=5),
    st.sampled_from(["", " ", "\t"]),
)


@settings(max_examples=150, deadline=None)
@given(run_value=_PATH_LIKE, expect_value=_PATH_LIKE)
def test_fuzz_every_file_a_homework_names_is_inside_its_folder(tmp_path_factory, run_value, expect_value):
    outside = tmp_path_factory.mktemp("outside")
    folder = outside / "hw"
    folder.mkdir(exist_ok=True)
    link = folder / "link"
    if not link.exists():
        link.symlink_to(outside)  # a link inside the folder that points out of it
    body = (f'name = "a"\nrun = ["dot", {json.dumps(run_value)}, "1"]\n'
            f'expect = {json.dumps(expect_value)}\n')
    try:
        problem = one(body, folder)
    except InputError as error:
        assert "homework's own folder" in error.message
        return
    resolved = folder.resolve()
    # what a command reads as a file: "@path", "--opt=@path", "-q@path" in run; "@path" as the answer
    read = [match[1] for argument in problem.argv
            if (match := re.fullmatch(r"(?:--[^=]*=|-[A-Za-z])?\s*@(.*)", argument, re.DOTALL))]
    if problem.expect_argument is not None and problem.expect_argument.strip().startswith("@"):
        read.append(problem.expect_argument.strip()[1:])
    for argument in read:
        path = Path(argument)
        assert path.is_absolute() and path.resolve().is_relative_to(resolved), argument


# --- files that cannot be read at all: InputError (exit 2) -------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[problem]]\nname = "a"\nrun = ["dot" "1,2"]\n',
         "hw.toml: line 3, column 14: not valid TOML: unclosed array"),
        ('[[problem]]\nname = "a"\nrun = ["dot", "1,2"\n', "hw.toml: at the end of the file: not valid TOML"),
        ('[[problem]]\nname = "a\n', "hw.toml: line 2, column 10: not valid TOML"),
        ('[[problem]]\nname = "a"\nname = "b"\n', "line 3, column 11: not valid TOML: cannot overwrite a value"),
        ("", "hw.toml is empty"),
        ("  \n# only a comment\n", "hw.toml: no [[problem]] tables"),
        ('[[problems]]\nname = "a"\n', "no [[problem]] tables (found 'problems'; the tables are called [[problem]])"),
        ('title = "x"\n\nproblem = 3\n', "hw.toml, line 3: 'problem' must be a list of tables"),
        ("problem = []\n", "the list of problems is empty"),
    ],
)
def test_a_file_that_cannot_be_read_is_an_input_error(text, message):
    with pytest.raises(InputError) as caught:
        parse(text)
    assert message in caught.value.message
    assert "\n" not in caught.value.message


def test_too_many_problems_is_an_input_error():
    with pytest.raises(InputError, match=f"at most {MAX_PROBLEMS}"):
        parse(("[[problem]]\n" + GOOD) * (MAX_PROBLEMS + 1))


def test_unknown_top_level_keys_are_warnings_with_their_line():
    homework = parse('title = 3\nauthor = "me"\n[[problem]]\n' + GOOD + '[[Problem]]\nname = "x"\n')
    assert homework.title is None
    assert homework.warnings == (
        "line 1: title must be text in quotes; it was ignored",
        "line 2: unknown key 'author' was ignored (a homework file has a title and [[problem]] tables)",
        "line 7: unknown key 'Problem'; did you mean 'problem'? It was ignored (a homework file has a title and "
        "[[problem]] tables)",
    )
    assert len(homework.problems) == 1


def test_read_homework_reports_missing_folders_and_non_utf8(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_homework(str(tmp_path / "nope.toml"), COMMANDS)
    with pytest.raises(InputError, match="a folder, not a file"):
        read_homework(str(tmp_path), COMMANDS)
    binary = tmp_path / "b.toml"
    binary.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(InputError, match="is not UTF-8 text"):
        read_homework(str(binary), COMMANDS)
    huge = tmp_path / "huge.toml"
    huge.write_text("# " + "x" * 1_000_001)
    with pytest.raises(InputError, match="larger than 1 MB"):
        read_homework(str(huge), COMMANDS)


def test_read_homework_takes_a_byte_order_mark_and_a_relative_folder(tmp_path, monkeypatch):
    (tmp_path / "hw.toml").write_bytes(b"\xef\xbb\xbf[[problem]]\n" + GOOD.encode())
    monkeypatch.chdir(tmp_path)
    homework = read_homework("hw.toml", COMMANDS)
    assert homework.source == "hw.toml" and homework.problems[0].error is None


def test_read_homework_from_standard_input(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("[[problem]]\n" + GOOD))
    homework = read_homework("-", COMMANDS)
    assert homework.source == "<stdin>" and homework.problems[0].expect == "11"


def test_expect_text_of_a_python_float_is_its_shortest_form():
    assert expect_text(0.1) == "0.1" and expect_text(1e-300) == "1e-300"
    with pytest.raises(ValueError):
        expect_text(math.inf)


def test_a_blank_answer_is_missing_not_malformed():
    """expect = "" is a homework not filled in yet: the problem is kept, marked missing, and is not run."""
    problem = one('name = "a"\nrun = ["dot", "1", "2"]\nexpect = " "\ntol = 0.005\n')
    assert problem.error is None and problem.missing and problem.expect is None and problem.tol == "0.005"


def test_a_key_names_the_json_key_graded():
    assert one('name = "a"\nrun = ["dot", "1", "2"]\nexpect = "2"\nkey = "weights"\n').key == "weights"
    assert one('name = "a"\nrun = ["dot", "1", "2"]\nexpect = "2"\nkey = "result"\n').key is None
    assert "key must name a JSON key" in one('name = "a"\nrun = ["dot", "1", "2"]\nexpect = "2"\nkey = 3\n').error
