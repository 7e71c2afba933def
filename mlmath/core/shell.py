"""What a line typed into ``mlmath shell`` asks for: a command line to run, help, or the end.

Pure: no terminal, no readline.  The loop that reads lines lives in
``mlmath.cli.shell``; completion candidates are computed here from the
command names, the options and the choice values it is given.
"""

from __future__ import annotations

import shlex
from collections.abc import Iterable
from dataclasses import dataclass

from mlmath.errors import InputError
from mlmath.text import say

LEAVE = ("exit", "quit")
HELP = ("help", "?")


@dataclass(frozen=True)
class Line:
    """``kind`` is ``run`` (``argv`` to run), ``help``, ``leave`` or ``empty``."""

    kind: str
    argv: tuple[str, ...] = ()


def read_line(text: str) -> Line:
    """One typed line: ``dot 1,2 3,4`` (or ``mlmath dot …``), ``help``, ``exit``; quoting as in a shell."""
    try:
        words = shlex.split(text, comments=True)
    except ValueError as error:  # an unclosed quote, or a backslash at the very end
        key = "shell.error.quote" if "quotation" in str(error) else "shell.error.escape"
        raise InputError(say(key), hint=say("shell.error.quote.hint")) from None
    if words[:1] == ["mlmath"]:
        words = words[1:]
    if not words:
        return Line("empty")
    if len(words) == 1 and words[0].lower() in LEAVE:
        return Line("leave")
    if words[0].lower() in HELP:
        return Line("help", tuple(words[1:]))
    return Line("run", tuple(words))


def candidates(words: list[str], incomplete: str, commands: Iterable[str], options: Iterable[str] = (),
               choices: Iterable[str] = ()) -> list[str]:
    """What Tab offers for ``incomplete`` after ``words``: a command first, then its options or the choices
    of the option before (or of the argument in this place)."""
    if words[:1] == ["mlmath"]:
        words = words[1:]
    if not words:
        return sorted(name for name in [*commands, *HELP[:1], *LEAVE] if name.startswith(incomplete))
    if incomplete.startswith("-"):
        return sorted(option for option in options if option.startswith(incomplete))
    return [choice for choice in choices if choice.startswith(incomplete)]
