"""Long output on a terminal goes through a pager, as git does it; short or piped output does not."""

import io
import sys

import pytest

from mlmath.render.output import Output


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def paged(tmp_path, monkeypatch):
    """An Output on a 10-line terminal whose pager writes what it was given to a file."""
    monkeypatch.setenv("LINES", "10")
    target = tmp_path / "paged.txt"
    pager = f"{sys.executable} -c \"import sys; open(sys.argv[1], 'w').write(sys.stdin.read())\" {target}"

    def make(pager_on: bool = True) -> tuple[Output, FakeTerminal]:
        screen = FakeTerminal()
        environ = {"MLMATH_PAGER": pager, "COLUMNS": "60", "TERM": "xterm"}
        return Output(stdout=screen, environ=environ, pager=pager_on), screen

    return make, target


def test_long_output_goes_through_the_pager(paged):
    make, target = paged
    out, screen = make()
    for line in range(30):
        out.console.print(f"line {line}")
    out.finish()
    assert screen.getvalue() == ""
    assert "line 0" in target.read_text() and "line 29" in target.read_text()


def test_output_that_fits_is_printed_as_it_is(paged):
    make, target = paged
    out, screen = make()
    out.console.print("a·b = 11")
    out.finish()
    assert "a·b = 11" in screen.getvalue() and not target.exists()


def test_no_pager_and_json_print_straight(paged):
    make, target = paged
    out, screen = make(pager_on=False)
    for line in range(30):
        out.console.print(f"line {line}")
    out.finish()
    assert "line 29" in screen.getvalue() and not target.exists()


def test_piped_output_never_pages(cli, monkeypatch, tmp_path):
    monkeypatch.setenv("MLMATH_PAGER", "false")
    run = cli("matmul", "1,2,3;4,5,6;7,8,9", "1,0,0;0,1,0;0,0,1")
    assert run.code == 0 and "c₃₃" in run.stdout
