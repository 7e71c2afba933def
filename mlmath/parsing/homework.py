"""Homework files: TOML text → problems, each checked for shape before anything runs.

A homework file lists problems as ``[[problem]]`` tables::

    title = "Week 2"                      # optional
    tol = 0.005                           # optional: the tolerance of every problem that names none
    rel_tol = 0.01                        # optional: or 1% of the answer, where that is more

    [[problem]]
    name = "3x2 times 2x1"
    run = ["matmul", "[[2,3],[4,5],[6,7]]", "[[10],[20]]"]
    expect = "[[80],[140],[200]]"         # text, a number, or a list of numbers
    tol = 1e-4                            # optional: |got − answer| ≤ tol in every entry
    rel_tol = 1e-3                        # optional: or ≤ rel_tol·|answer|, whichever is larger
    timeout = 30                          # optional: seconds it may take (check --timeout by default)

A file that cannot be read at all (missing, not TOML, no problems) is an
:class:`InputError`.  A problem that is malformed is kept, with the reason in
``Problem.error``, so the other problems still run.  Homework files come from
other people, so a problem may not write files and may read only files in the
homework file's own folder: a file that names any other file (standard input
``-`` included), in ``run`` or in ``expect``, is refused as a whole before
anything runs.
"""

from __future__ import annotations

import difflib
import re
import shlex
import sys
from collections.abc import Collection
from pathlib import Path
from typing import Any

from mlmath.core.homework import Homework, Problem
from mlmath.errors import InputError
from mlmath.text import Sentence, say

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

MAX_FILE_BYTES = 1_000_000
MAX_PROBLEMS = 1000
MAX_ARGUMENTS = 100

PROBLEM_KEYS = ("name", "run", "expect", "tol", "rel_tol", "key", "timeout")
MAX_TIMEOUT = 3600.0  # seconds: the most a problem may ask for
TOP_LEVEL_KEYS = ("title", "tol", "rel_tol", "problem")
LAYOUT_HINT = say("homework.error.layout.hint")
FOLDER_HINT = say("homework.error.folder.hint")
FILE_HINT = say("homework.error.file.hint")
UTF8_HINT = say("homework.error.utf8.hint")
STDIN_NAME = "<stdin>"

# Options a problem may not pass: the file gives the answer, and a problem must not write files or ask for help.
_ANSWER_OPTIONS = ("--expect", "--tol")
_FORBIDDEN_OPTIONS = ("--export", "--help", "-h")  # --export writes a file; help is not an answer

_PROBLEM_HEADER = re.compile(r"""\s*\[\[\s*(?:problem|"problem"|'problem')\s*\]\]""")
_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_TOML_END = re.compile(r"\s*\(at end of document\)\s*$")


class _FloatText(str):
    """A TOML float kept as written (``0.0900`` keeps its four decimals, which set the default tolerance)."""


def read_homework(path_text: str, commands: Collection[str]) -> Homework:
    """Read a homework file (``-`` for standard input); ``commands`` are the commands a problem may run."""
    if path_text == "-":
        from mlmath.environment import current

        stdin = current().stdin
        if stdin is None or stdin.isatty():
            raise InputError(say("homework.error.stdin"), hint=say("homework.error.stdin.hint"))
        return parse_homework(_read_stdin(stdin), STDIN_NAME, Path.cwd(), commands)
    path = Path(path_text)
    try:
        found = path.is_file()
    except (OSError, ValueError):  # a name too long for the system, or with a null byte
        raise InputError(say("homework.error.file.name", path=path_text[:60]), hint=FILE_HINT) from None
    if not found:
        raise InputError(say("homework.error.file.folder" if path.is_dir() else "homework.error.file.missing",
                             path=path_text), hint=FILE_HINT)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InputError(say("homework.error.file.large", path=path_text, megabytes=MAX_FILE_BYTES // 1_000_000))
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(say("homework.error.file.utf8", path=path_text), hint=UTF8_HINT) from None
    except OSError as error:
        reason = error.strerror or error
        raise InputError(say("homework.error.file.unreadable", path=path_text, reason=reason)) from None
    return parse_homework(text, path_text, path.parent, commands)


def _read_stdin(stdin) -> str:
    """The homework piped in: at most 1 MB, read as bytes where it can be, and UTF-8."""
    too_large = InputError(say("homework.error.stdin.large", megabytes=MAX_FILE_BYTES // 1_000_000))
    binary = getattr(stdin, "buffer", None)
    if binary is None:  # a text stream (in-process callers): what it holds is text already
        text = stdin.read(MAX_FILE_BYTES + 1)
        data = text.encode("utf-8", "surrogateescape")
    else:
        data = binary.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise too_large
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(say("homework.error.stdin.utf8"), hint=UTF8_HINT) from None


def parse_homework(text: str, source: str, base: Path, commands: Collection[str]) -> Homework:
    """TOML text → a :class:`Homework`; ``base`` is the folder that ``@file`` arguments are read from."""
    if not text.strip():
        raise InputError(say("homework.error.empty", source=source), hint=LAYOUT_HINT)
    try:
        data = tomllib.loads(text, parse_float=_FloatText)
    except tomllib.TOMLDecodeError as error:
        raise InputError(_toml_error(error, source), hint=LAYOUT_HINT) from None
    except ValueError:  # an integer longer than Python reads (4300 digits)
        raise InputError(say("homework.error.number_too_long", source=source), hint=LAYOUT_HINT) from None
    except RecursionError:
        raise InputError(say("homework.error.nested", source=source), hint=LAYOUT_HINT) from None
    entries = data.get("problem")
    if entries is None:
        raise InputError(_no_problems(data, source), hint=LAYOUT_HINT)
    if not isinstance(entries, list):
        line = _key_line(text, "problem")
        problem = say("homework.error.not_list.line", source=source, line=line) if line else \
            say("homework.error.not_list", source=source)
        raise InputError(problem, hint=LAYOUT_HINT)
    if not entries:
        raise InputError(say("homework.error.no_problems", source=source), hint=LAYOUT_HINT)
    if len(entries) > MAX_PROBLEMS:
        raise InputError(say("homework.error.too_many", source=source, count=len(entries), most=MAX_PROBLEMS),
                         hint=say("homework.error.too_many.hint"))
    lines = _header_lines(text, len(entries))
    known = sorted(commands)
    defaults = _file_tolerances(data, text, source)
    problems = []
    for index, entry in enumerate(entries, start=1):
        try:
            problems.append(_problem(entry, index, lines[index - 1], base, known, defaults))
        except _OutsideFolder as reason:
            line = lines[index - 1]
            hint = FOLDER_HINT if str(reason).startswith("@") else None
            problem = say("homework.error.outside.line", source=source, index=index, line=line, reason=reason) \
                if line else say("homework.error.outside", source=source, index=index, reason=reason)
            raise InputError(problem, hint=hint) from None
    return Homework(source=source, problems=tuple(problems), title=_title(data), warnings=tuple(_warnings(data, text)))


# --- one problem -------------------------------------------------------------


class _Malformed(Exception):
    """Why a problem cannot run (kept on the problem, not raised to the user)."""


class _OutsideFolder(Exception):
    """A problem names a file outside the homework's folder: the whole file is refused."""


def _problem(entry: Any, index: int, line: int | None, base: Path, commands: list[str],
             defaults: _Tolerances = (None, None, None)) -> Problem:
    if not isinstance(entry, dict):
        return Problem(index, line, None, error=str(say("homework.problem.not_table")))
    raw_name = entry.get("name")
    name = (printable(raw_name).strip() or None) if _is_text(raw_name) else None
    _check_folder_rule(entry, base)
    try:
        _check_keys(entry)
        _check_name(raw_name)
        run = _run(entry.get("run"), commands)
        argv = tuple(_resolve_argument(argument, base) for argument in run)
        key = _key(entry.get("key"))
        # the problem's own tol and rel_tol, else the file's
        tol, tolerance = _tolerance(entry["tol"]) if "tol" in entry else defaults[:2]
        rel_tol = _relative_tolerance(entry["rel_tol"]) if "rel_tol" in entry else defaults[2]
        timeout = _timeout(entry.get("timeout"))
        if _blank(entry.get("expect")):  # left for the student to fill in: missing, not wrong
            return Problem(index, line, name, run=run, argv=argv, tol=tol, tolerance=tolerance, rel_tol=rel_tol,
                           key=key, missing=True, timeout=timeout)
        expect = _expect(entry.get("expect"))
        expect_argument = _resolve_file_value(expect, base)
    except _Malformed as reason:
        run = entry.get("run")
        written = tuple(run) if isinstance(run, list) and all(_is_text(item) for item in run) else ()
        return Problem(index, line, name, run=written, expect=_shown_expect(entry.get("expect")), error=str(reason))
    return Problem(index, line, name, run=run, argv=argv, expect=expect, expect_argument=expect_argument,
                   tol=tol, tolerance=tolerance, rel_tol=rel_tol, key=key, timeout=timeout)


def _timeout(timeout: Any) -> float | None:
    """``timeout = 30``: the seconds this problem may take, instead of the grader's budget."""
    if timeout is None:
        return None
    if isinstance(timeout, bool) or not isinstance(timeout, (int, _FloatText)):
        raise _Malformed(say("homework.problem.timeout_kind", kind=_kind(timeout)))
    try:
        seconds = float(str(timeout).replace("_", ""))
    except (OverflowError, ValueError):
        seconds = float("nan")
    if not 0 < seconds <= MAX_TIMEOUT:
        raise _Malformed(say("homework.problem.timeout_range", most=f"{MAX_TIMEOUT:g}", value=_plain(timeout)))
    return seconds


def _blank(expect: Any) -> bool:
    """``expect = ""``: an answer not written yet."""
    return _is_text(expect) and not expect.strip()


# a JSON key, or a dotted path into objects and lists: "weights", "state.m", "parameters.0.W"
_NAME = r"[A-Za-z][A-Za-z0-9_]{0,39}"
_KEY = re.compile(rf"{_NAME}(\.(?:{_NAME}|[0-9]{{1,4}})){{0,4}}")


def _key(key: Any) -> str | None:
    """``key = "weights"`` or ``key = "state.m"``: the JSON key (or dotted path) of the command's answer to
    grade instead of its headline ``result``."""
    if key is None:
        return None
    if not _is_text(key) or not _KEY.fullmatch(key):
        raise _Malformed(say("homework.problem.key"))
    return None if key == "result" else key


def _check_folder_rule(entry: dict[str, Any], base: Path) -> None:
    """Every text a command may read as a file name obeys the folder rule, whatever else is wrong
    with the problem: a file naming anything outside its folder is refused before anything runs."""
    run, expect = entry.get("run"), entry.get("expect")
    for argument in run if isinstance(run, list) else ():
        if _is_text(argument):
            try:
                _resolve_argument(argument, base)
            except _Malformed:
                pass  # reported with the problem
    if _is_text(expect):
        try:
            _resolve_file_value(expect, base)
        except _Malformed:
            pass


def _check_keys(entry: dict[str, Any]) -> None:
    for key in entry:
        if key not in PROBLEM_KEYS:
            close = _closest(key, PROBLEM_KEYS)
            keys = ", ".join(PROBLEM_KEYS)
            raise _Malformed(say("homework.problem.unknown_key.guess", name=key, guess=close, keys=keys) if close
                             else say("homework.problem.unknown_key", name=key, keys=keys))


def _check_name(name: Any) -> None:
    if name is None:
        raise _Malformed(say("homework.problem.name_missing"))
    if not _is_text(name):
        raise _Malformed(say("homework.problem.name_text", kind=_kind(name)))
    if not name.strip():
        raise _Malformed(say("homework.problem.name_empty"))


def _run(run: Any, commands: list[str]) -> tuple[str, ...]:
    example = 'run = ["dot", "1,2", "3,4"]'
    if run is None:
        raise _Malformed(say("homework.problem.run_missing", example=example))
    if _is_text(run):
        raise _Malformed(say("homework.problem.run_text", written=_as_toml_list(run)))
    if not isinstance(run, list):
        raise _Malformed(say("homework.problem.run_kind", example=example, kind=_kind(run)))
    if not run:
        raise _Malformed(say("homework.problem.run_empty", example=example))
    if len(run) > MAX_ARGUMENTS:
        raise _Malformed(say("homework.problem.run_long", count=len(run), most=MAX_ARGUMENTS))
    for position, argument in enumerate(run, start=1):
        if not _is_text(argument):
            raise _Malformed(say("homework.problem.run_item", position=position, kind=_kind(argument),
                                 plain=_plain(argument)))
    command = run[0]
    if command == "check":
        raise _Malformed(say("homework.problem.run_check"))
    if command not in commands:
        close = _closest(command, commands)
        raise _Malformed(say("homework.problem.command.guess", command=command, guess=close) if close
                         else say("homework.problem.command", command=command, known=", ".join(commands)))
    for argument in run[1:]:
        _check_argument(argument)
    return tuple(run)


def _check_argument(argument: str) -> None:
    option = argument.split("=", 1)[0] if argument.startswith("-") else ""
    if option in _ANSWER_OPTIONS:
        raise _Malformed(say("homework.problem.answer_option", option=option))
    if option in _FORBIDDEN_OPTIONS:
        raise _Malformed(say("homework.problem.forbidden.export" if option == "--export" else
                             "homework.problem.forbidden.help", option=option))


_SHORT_OPTION_WITH_VALUE = re.compile(r"(-[A-Za-z])(.+)", re.DOTALL)


def _resolve_argument(argument: str, base: Path) -> str:
    """A file named in ``run`` is read from the homework file's folder, and only from there.

    Every way mlmath would read ``@data.csv`` counts: the argument itself (spaces around it
    included, as the number reader strips them), ``--opt=@data.csv`` and ``-q@data.csv``.
    """
    short = _SHORT_OPTION_WITH_VALUE.fullmatch(argument) if not argument.startswith("--") else None
    if argument.startswith("--") and "=" in argument:
        option, _, value = argument.partition("=")
        prefix = f"{option}="
    elif short:
        prefix, value = short[1], short[2]
    else:
        prefix, value = "", argument
    resolved = _resolve_file_value(value, base)
    return argument if resolved is value else prefix + resolved


def _resolve_file_value(value: str, base: Path) -> str:
    """A value that names a file (``@data.csv``) → ``@<full path>`` inside the homework's folder.

    The same rule holds for every field that reaches a command (``run`` and ``expect``): the
    path, symlinks resolved, must stay inside the folder, or the problem is refused before
    anything is read.  Any other value is returned as it is (the same object).
    """
    stripped = value.strip()
    if stripped == "-":
        raise _OutsideFolder(say("homework.error.outside.stdin"))
    if not stripped.startswith("@"):
        return value
    written = stripped[1:]
    folder = base.resolve()
    try:
        target = (folder / written).resolve()
    except (OSError, ValueError):  # a name too long, or with a null byte
        raise _Malformed(say("homework.problem.file_name")) from None
    if Path(written).is_absolute() or not target.is_relative_to(folder):
        raise _OutsideFolder(say("homework.error.outside.folder", written=printable(written[:80])))
    return f"@{target}"


def _expect(expect: Any) -> str:
    if expect is None:
        raise _Malformed(say("homework.problem.expect_missing"))
    try:
        text = expect_text(expect)
    except ValueError as error:
        raise _Malformed(say("homework.problem.expect", reason=error.args[0])) from None
    if not text.strip():
        raise _Malformed(say("homework.problem.expect_empty"))
    return text.strip()


def _shown_expect(expect: Any) -> str | None:
    """The answer of a malformed problem, when it can still be written out."""
    try:
        return _expect(expect)
    except _Malformed:
        return None


def expect_text(value: Any) -> str:
    """An answer from TOML as the text ``--expect`` reads: ``32``, ``0.375``, ``[[80], [140]]``, ``3*x**2``.

    Raises ``ValueError`` (the reason, to follow "expect") for anything else.
    """
    if isinstance(value, _FloatText):
        text = value.replace("_", "")
        if re.fullmatch(r"[+-]?(nan|inf)", text):
            raise ValueError(say("homework.problem.expect.finite", value=text))
        return text
    if _is_text(value):
        return value
    if isinstance(value, bool):
        raise ValueError(say("homework.problem.expect.bool", value=str(value).lower()))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):  # only when a float did not come through TOML
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(say("homework.problem.expect.finite", value=value))
        return repr(value)
    if isinstance(value, list):
        if not value:
            raise ValueError(say("homework.problem.expect.empty_list"))
        return "[" + ", ".join(expect_text(item) for item in value) + "]"
    raise ValueError(say("homework.problem.expect.kind", kind=_kind(value)))


def _tolerance(tol: Any) -> tuple[str | None, float | None]:
    """``tol`` as text for ``--tol`` and as a number; a number or text like "1e-4", not negative."""
    from mlmath.parsing.numbers import parse_tolerance

    if tol is None:
        return None, None
    if isinstance(tol, bool) or not isinstance(tol, (int, str)):
        raise _Malformed(say("homework.problem.tol", kind=_kind(tol)))
    text = tol.replace("_", "") if isinstance(tol, _FloatText) else str(tol).strip()
    try:
        return text, parse_tolerance(text, "tol")
    except InputError as error:
        raise _Malformed(error.message) from None


def _relative_tolerance(rel_tol: Any) -> float:
    """``rel_tol = 0.01``: a fraction of the answer's size (1%), from 0 to 1."""
    if isinstance(rel_tol, bool) or not isinstance(rel_tol, (int, str)):
        raise _Malformed(say("homework.problem.rel_tol", kind=_kind(rel_tol)))
    try:
        value = float(str(rel_tol).replace("_", "").strip())
    except (OverflowError, ValueError):
        raise _Malformed(say("homework.problem.rel_tol", kind=_kind(rel_tol))) from None
    if not 0 <= value <= 1:
        raise _Malformed(say("homework.problem.rel_tol.range", value=str(rel_tol)))
    return value


_Tolerances = tuple[str | None, float | None, float | None]  # tol as text and as a number, rel_tol


def _file_tolerances(data: dict[str, Any], text: str, source: str) -> _Tolerances:
    """The file's own ``tol`` and ``rel_tol`` (before its first ``[[problem]]``): every problem that names
    none has them.  A malformed one refuses the whole file, since it would change every grade."""
    def read(key: str, reader):
        try:
            return reader(data[key]) if key in data else None
        except _Malformed as reason:
            raise InputError(say("homework.error.file_tolerance", source=source, line=_key_line(text, key) or 1,
                                 reason=reason), hint=say("homework.error.file_tolerance.hint")) from None

    tol, tolerance = read("tol", _tolerance) or (None, None)
    return tol, tolerance, read("rel_tol", _relative_tolerance)


# --- the file around the problems ---------------------------------------------


def _title(data: dict[str, Any]) -> str | None:
    title = data.get("title")
    return (printable(title).strip() or None) if _is_text(title) else None


_CONTROL = {code: "�" for code in (*range(0x00, 0x20), *range(0x7F, 0xA0))}


def printable(text: str) -> str:
    """A name or title as it may be printed: control characters (an escape sequence that clears the
    screen or renames the window) become �."""
    return text.translate(_CONTROL)


def _warnings(data: dict[str, Any], text: str) -> list[str]:
    """Keys the file has but a homework file does not use: reported, never fatal."""
    warnings = []
    title = data.get("title")
    if title is not None and not _is_text(title):
        warnings.append(str(say("homework.warning.title", at=_at_line(text, "title"))))
    for key in data:
        if key not in TOP_LEVEL_KEYS:
            guess = _closest(key, TOP_LEVEL_KEYS)
            warnings.append(str(say("homework.warning.unknown_key.guess" if guess else "homework.warning.unknown_key",
                                    at=_at_line(text, key), name=key, guess=guess)))
    return warnings


def _header_lines(text: str, count: int) -> list[int | None]:
    """The line of each ``[[problem]]`` header, in order — or none, when they cannot be matched one to one."""
    lines = [number for number, line in enumerate(text.splitlines(), start=1) if _PROBLEM_HEADER.match(line)]
    return lines if len(lines) == count else [None] * count


def _key_line(text: str, key: str) -> int | None:
    """The first line that sets or opens ``key`` at the start of a line (for messages only)."""
    pattern = re.compile(rf"""\s*(\[+\s*)?["']?{re.escape(key)}["']?\s*(=|\])""")
    for number, line in enumerate(text.splitlines(), start=1):
        if pattern.match(line):
            return number
    return None


def _at_line(text: str, key: str) -> str:
    line = _key_line(text, key)
    return str(say("homework.at_line", line=line)) if line else ""


def _no_problems(data: dict[str, Any], source: str) -> Sentence:
    close = difflib.get_close_matches("problem", [key.lower() for key in data], n=1, cutoff=0.6)
    if close:
        written = next(key for key in data if key.lower() == close[0])
        return say("homework.error.no_tables.found", source=source, found=written)
    return say("homework.error.no_tables", source=source)


# the TOML reader's reasons (tomllib, and tomli before Python 3.11) → their sentences in both languages
_TOML_REASONS = [(re.compile(pattern, re.IGNORECASE), key) for pattern, key in (
    (r"cannot overwrite a value", "homework.toml.overwrite"),
    (r"escaped character is not a unicode scalar value", "homework.toml.escape"),
    (r"expected '=' after a key in a key/value pair", "homework.toml.equals"),
    (r"expected '\]' at the end of a table declaration", "homework.toml.table_end"),
    (r"expected '\]\]' at the end of an array declaration", "homework.toml.array_table_end"),
    (r"expected newline or end of document after a statement", "homework.toml.newline"),
    (r"invalid date or datetime", "homework.toml.date"),
    (r"invalid hex value", "homework.toml.hex"),
    (r"invalid initial character for a key part", "homework.toml.key_start"),
    (r"invalid statement", "homework.toml.statement"),
    (r"invalid value", "homework.toml.value"),
    (r"unclosed array", "homework.toml.unclosed_array"),
    (r"unclosed inline table", "homework.toml.unclosed_table"),
    (r"unescaped '\\' in a string", "homework.toml.backslash"),
    (r"unterminated string", "homework.toml.unterminated"),
    (r"cannot declare (?P<key>.+) twice", "homework.toml.twice"),
    (r"cannot mutate immutable namespace (?P<key>.+)", "homework.toml.immutable"),
    (r"cannot redefine namespace (?P<key>.+)", "homework.toml.redefine"),
    (r"duplicate inline table key (?P<key>.+)", "homework.toml.duplicate"),
    (r"found invalid character (?P<char>.+)", "homework.toml.invalid_character"),
    (r"illegal character (?P<char>.+)", "homework.toml.illegal_character"),
    (r"expected (?P<what>'.+')", "homework.toml.expected"),
)]


def _toml_reason(reason: str) -> Sentence | str:
    """The TOML reader's reason in the language in force; a reason it words differently stays as written."""
    reason = reason.strip()
    for pattern, key in _TOML_REASONS:
        match = pattern.fullmatch(reason)
        if match:
            return say(key, **match.groupdict())
    return reason[:1].lower() + reason[1:]


def _toml_error(error: Exception, source: str) -> Sentence:
    """``Expected '=' … (at line 3, column 9)`` → ``FILE: line 3, column 9: not valid TOML: expected '=' …``
    (the TOML reader's reason in the language in force)."""
    message = str(error)
    position = _TOML_POSITION.search(message)
    if position:
        reason = _toml_reason(message[: position.start()])
        return say("homework.error.toml.at", source=source, line=position[1], column=position[2], reason=reason)
    if _TOML_END.search(message):
        return say("homework.error.toml.end", source=source, reason=_toml_reason(_TOML_END.sub("", message)))
    return say("homework.error.toml", source=source, reason=_toml_reason(message))




def _closest(word: str, choices: Collection[str]) -> str | None:
    close = difflib.get_close_matches(word, list(choices), n=1)
    return close[0] if close else None


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and not isinstance(value, _FloatText)


def _kind(value: Any) -> str | Sentence:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, _FloatText)):
        return say("homework.kind.number", value=_plain(value))
    if isinstance(value, list):
        return say("homework.kind.list")
    if isinstance(value, dict):
        return say("homework.kind.table")
    if _is_text(value):
        return say("homework.kind.text")
    return say("homework.kind.other", name=type(value).__name__)


def _plain(value: Any) -> str:
    return str(value).replace("_", "") if isinstance(value, (int, _FloatText)) else str(value)


def _as_toml_list(command: str) -> str:
    """``"dot 1,2 3,4"`` → ``["dot", "1,2", "3,4"]``: how to write a command line as a list."""
    try:
        words = shlex.split(command)
    except ValueError:
        words = command.split()
    return "[" + ", ".join('"' + word.replace("\\", "\\\\").replace('"', '\\"') + '"' for word in words) + "]"
