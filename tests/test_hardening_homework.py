"""Hardening of check: every field of a homework file that can name a file obeys the folder rule.

A homework file comes from someone else.  Whatever it names — a path climbing out of its folder,
an absolute path, a link inside the folder pointing out, standard input — is refused as a whole
(exit 2, one line on stderr), and nothing a file outside the folder holds ever reaches the output.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SECRET_NUMBERS = "424242,434343,444444"
SECRET_WORD = "zq7secretword"


@pytest.fixture
def folders(tmp_path):
    """``home/`` holds the homework; ``other/`` beside it holds files a problem must never read."""
    home, other = tmp_path / "home", tmp_path / "other"
    home.mkdir()
    other.mkdir()
    (other / "n.csv").write_text(SECRET_NUMBERS + "\n")
    (other / "w.txt").write_text(f"{SECRET_WORD} 1 2\n")
    (home / "inside.csv").write_text("1,1,1\n")
    (home / "link.csv").symlink_to(other / "n.csv")
    (home / "wlink.txt").symlink_to(other / "w.txt")
    (home / "sub").mkdir()
    return home, other


def write(home: Path, body: str) -> str:
    path = home / "h.toml"
    path.write_text(body, encoding="utf-8")
    return str(path)


def problem(run: list[str], expect: str) -> str:
    items = ", ".join(toml_string(item) for item in run)
    return f'[[problem]]\nname = "a"\nrun = [{items}]\nexpect = {toml_string(expect)}\n'


def toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def assert_refused(run, *secrets: str) -> None:
    assert run.code == 2, (run.code, run.stdout, run.stderr)
    assert run.stdout == ""
    assert len(run.stderr.splitlines()) == 1 and "Traceback" not in run.stderr
    for secret in secrets:
        assert secret not in run.stdout and secret not in run.stderr


def hostname() -> str:
    try:
        return Path("/etc/hostname").read_text().strip()
    except OSError:
        return ""


# --- the cases of the issue, in expect and in run ----------------------------------------

OUTSIDE_ANSWERS = ["@../other/n.csv", "@../other/w.txt", "@link.csv", "@wlink.txt", " @../other/n.csv",
                   "@sub/../../other/n.csv", "-", " - "]


@pytest.mark.parametrize("answer", OUTSIDE_ANSWERS)
@pytest.mark.parametrize("as_json", [False, True])
def test_an_answer_naming_a_file_outside_the_folder_is_refused_and_never_read(cli, folders, answer, as_json):
    home, other = folders
    path = write(home, problem(["dot", "1,2,3", "1,1,1"], answer))
    run = cli("check", path, *(["--json"] if as_json else []))
    assert_refused(run, "424242", "434343", SECRET_WORD)


def test_an_absolute_answer_file_is_refused(cli, folders):
    home, _ = folders
    run = cli("check", write(home, problem(["dot", "1,2,3", "1,1,1"], "@/etc/hostname")), "--json")
    assert_refused(run)
    name = hostname()
    if len(name) >= 6:  # a short name could appear by chance in the message
        assert name not in run.stdout + run.stderr


def test_the_answer_is_refused_whatever_the_current_folder(cli, folders, monkeypatch):
    home, other = folders
    path = write(home, problem(["dot", "1,2,3", "1,1,1"], "@../other/n.csv"))
    monkeypatch.chdir(other)  # from here "../other/n.csv" names the file itself
    assert_refused(cli("check", path), "424242")
    monkeypatch.chdir(home / "sub")
    assert_refused(cli("check", os.path.relpath(path)), "424242")


@pytest.mark.parametrize(
    "run",
    [
        ["dot", "@../other/n.csv", "1,1,1"],
        ["dot", "@/etc/hostname", "1"],
        ["dot", "@link.csv", "1,1,1"],
        ["dot", " @../other/n.csv", "1,1,1"],
        ["dot", "-", "1,1,1"],
        ["loss", "mse", "--pred=@../other/n.csv", "--target", "1,1,1"],
        ["loss", "mse", "--pred= @link.csv", "--target", "1,1,1"],
        ["loss", "mse", "--pred", "@link.csv", "--target", "1,1,1"],
        ["attention", "--seq", "@wlink.txt"],
        ["attention", "--seq=@../other/w.txt"],
        ["attention", "-s@../other/w.txt"],
    ],
)
def test_a_run_naming_a_file_outside_the_folder_is_refused(cli, folders, run):
    home, _ = folders
    for extra in ([], ["--json"]):
        ran = cli("check", write(home, problem(run, "1")), *extra)
        assert_refused(ran, "424242", SECRET_WORD)


def test_an_outside_file_is_refused_even_in_a_problem_malformed_otherwise(cli, folders):
    home, _ = folders
    body = problem(["matmull", "1"], "@../other/n.csv") + problem(["dot", "1", "1"], "1")
    assert_refused(cli("check", write(home, body), "--json"), "424242")


def test_a_file_inside_the_folder_is_read(cli, folders):
    home, _ = folders
    run = cli("check", write(home, problem(["dot", "@inside.csv", "1,2,3"], "@sub/../inside.csv")), "--json")
    assert run.code == 1 and run.json["problems"][0]["status"] == "failed"  # 6 ≠ [1, 1, 1]: read, compared
    run = cli("check", write(home, problem(["dot", "@inside.csv", "1,2,3"], "6")), "--json")
    assert run.code == 0 and run.json["result"] == {"passed": 1, "total": 1}


def test_an_error_about_a_file_inside_the_folder_names_its_place_not_its_contents(cli, folders):
    home, _ = folders
    (home / "words.csv").write_text(f"1,{SECRET_WORD}\n")
    run = cli("check", write(home, problem(["dot", "@words.csv", "1,2"], "3")), "--json")
    assert run.code == 1
    hint = run.json["problems"][0]["hint"]
    assert "entry 2 of row 1" in hint and SECRET_WORD not in run.stdout + run.stderr


# --- the homework file itself -----------------------------------------------------------


def test_a_homework_file_name_too_long_for_the_system_is_one_line(cli):
    run = cli("check", "a" * 300 + ".toml")
    assert run.code == 2 and len(run.stderr.splitlines()) == 1 and "not a usable file name" in run.stderr


def test_a_homework_piped_in_that_is_not_utf8_is_one_line(tmp_path):
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "mlmath", "check", "-"], input=b"\xff", capture_output=True,
                          timeout=60)
    assert done.returncode == 2
    assert done.stderr.decode().splitlines() == ["mlmath: the homework piped in is not UTF-8 text; "
                                                 "save the homework file as UTF-8"]


# --- fuzz: every string field path-like --------------------------------------------------

# (text, names a file outside the folder or standard input)
PATH_LIKE = [
    ("@../other/n.csv", True), ("@/etc/hostname", True), ("@link.csv", True), ("@wlink.txt", True),
    (" @../other/n.csv", True), ("-", True), ("@sub/../../other/w.txt", True), ("@../home/../other/n.csv", True),
    ("@inside.csv", False), ("@sub/../inside.csv", False), (" @inside.csv", False), ("1,2,3", False),
    ("@missing.csv", False), ("x**2", False), ("../other/n.csv", False), ("~/n.csv", False),
]
OPTION_FORMS = ["{}", "--pred={}", "--seq={}", "-s{}"]


@st.composite
def homework_files(draw):
    """A homework file whose every string field is path-like, and whether it names an outside file."""
    outside = False

    def value() -> str:
        nonlocal outside
        text, names_outside = draw(st.sampled_from(PATH_LIKE))
        outside |= names_outside
        return text

    def harmless() -> str:  # fields that no command reads as a file
        return draw(st.sampled_from(PATH_LIKE))[0]

    title = harmless()
    problems = []
    for _ in range(draw(st.integers(1, 3))):
        command = draw(st.sampled_from(["dot", "softmax", "loss", "attention", "derive"]))
        arguments = []
        for _ in range(draw(st.integers(1, 3))):
            form = draw(st.sampled_from(OPTION_FORMS))
            arguments.append(form.format(value()))
        fields = [f"name = {toml_string(harmless())}", f"run = [{', '.join(map(toml_string, [command, *arguments]))}]",
                  f"expect = {toml_string(value())}"]
        if draw(st.booleans()):
            fields.append(f"tol = {toml_string(harmless())}")
        problems.append("[[problem]]\n" + "\n".join(fields) + "\n")
    return f"title = {toml_string(title)}\n\n" + "\n".join(problems), outside


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=homework_files(), as_json=st.booleans())
def test_fuzz_path_like_fields_obey_the_folder_rule(cli, folders, case, as_json):
    import time

    body, outside = case
    home, _ = folders
    started = time.monotonic()
    run = cli("check", write(home, body), *(["--json"] if as_json else []))
    assert time.monotonic() - started < 5
    everything = run.stdout + run.stderr
    assert "424242" not in everything and SECRET_WORD not in everything
    assert "Traceback" not in everything and run.code in (0, 1, 2)
    if outside:
        assert_refused(run)
    else:
        assert run.code in (0, 1), run.stderr
