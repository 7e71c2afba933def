"""Every view at 80 and 120 columns, with and without colour, in English and Korean: no line wider than the
terminal, and no number cut in two (every number printed is one the same view prints when it has all the room
it wants).

The command lines are the examples of docs/json.md (one or more per command), without ``--json``.
"""

import re
import shlex

import pytest
from rich.cells import cell_len
from test_json_docs import SECTIONS

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
# 0.36, 1e-09, and a cut piece such as 0. (not a shape's sizes: "showing 2×6 of 2×8" depends on the width)
NUMBER = re.compile(r"(?<![\w.×])[-+]?\d[\d.]*(?:e[-+]?\d+)?(?![\d×])")
VIEWS = [shlex.split(example)[1:] for section in SECTIONS.values() for example in section["examples"]]
VIEWS = [[arg for arg in args if arg != "--json"] for args in VIEWS if args[0] not in ("completion", "shell")]


def test_every_command_with_a_view_is_here():
    from mlmath.registry import COMMANDS

    assert {args[0] for args in VIEWS} == set(COMMANDS) - {"completion", "shell"}


def _run(cli, monkeypatch, args, columns: int, colour: bool, plot: bool, lang: str):
    monkeypatch.setenv("COLUMNS", str(columns))
    monkeypatch.setenv("MLMATH_LANG", lang)
    if colour:
        monkeypatch.setenv("FORCE_COLOR", "1")
        monkeypatch.delenv("NO_COLOR", raising=False)
    else:
        monkeypatch.setenv("NO_COLOR", "1")
        monkeypatch.delenv("FORCE_COLOR", raising=False)
    run = cli(*args, "--no-pager", "--plot" if plot else "--no-plot")
    if run.code == 2 and "--plot" in run.stderr or "--no-plot" in run.stderr:  # a command without a picture
        run = cli(*args, "--no-pager")
    assert run.code in (0, 1), run.stderr
    return ANSI.sub("", run.stdout)


# colour changes no layout, whatever the language: it is checked in English
CASES = [(args, columns, colour, lang) for args in VIEWS for columns in (80, 120)
         for colour, lang in ((False, "en"), (True, "en"), (False, "ko"))]
_WIDE: dict[tuple[str, ...], set[str]] = {}  # the numbers of a view at 1000 columns, by command line and language


@pytest.mark.parametrize(("args", "columns", "colour", "lang"), CASES,
                         ids=[f"{' '.join(args)[:50]}-{columns}-{'colour' if colour else 'plain'}-{lang}"
                              for args, columns, colour, lang in CASES])
def test_a_view_fits_its_terminal_and_cuts_no_number(cli, monkeypatch, args, columns, colour, lang):
    shown = _run(cli, monkeypatch, args, columns, colour, True, lang)
    too_wide = [line for line in shown.splitlines() if cell_len(line) > columns]
    assert not too_wide, too_wide[:3]
    if colour:
        return
    # numbers whole: without pictures (whose ticks depend on the width), every number of the view is one the
    # same view prints at 1000 columns
    narrow = _run(cli, monkeypatch, args, columns, False, False, lang)
    key = (lang, *args)
    if key not in _WIDE:
        _WIDE[key] = set(NUMBER.findall(_run(cli, monkeypatch, args, 1000, False, False, lang)))
    cut = sorted(set(NUMBER.findall(narrow)) - _WIDE[key])
    assert not cut, cut[:5]
