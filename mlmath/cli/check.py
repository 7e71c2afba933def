"""mlmath check: grade a homework file — every problem run, compared with its answer, and a score."""


from typing import Annotated, Optional

import typer

from mlmath.cli.common import common_options, print_json
from mlmath.errors import ExitStatus, MlmathError
from mlmath.render.output import Output


@common_options(panel="practice", expect=False)
def check(
    files: Annotated[list[str], typer.Argument(metavar="FILE...",
        help="Homework file (TOML) of \\[\\[problem]] tables, or - (stdin); several files (a class's "
             "submissions/*.toml) give one row per file.", show_default=False)],
    csv: Annotated[Optional[str], typer.Option("--csv", metavar="FILE", show_default=False,
        help="Also write the table of files (file, title, passed, total, failed, missing) to FILE.csv.")] = None,
    timeout: Annotated[float, typer.Option("--timeout", metavar="SECONDS", min=0.1, max=3600,
        help="Time budget of one problem (a problem's own timeout = … wins).")] = 10.0,
    memory: Annotated[int, typer.Option("--memory", metavar="MB", min=64, max=1_048_576,
        help="Memory budget of one problem, in megabytes.")] = 2048,
    out: Output = None,
) -> None:
    """Grade homework: run every problem of a TOML file and compare it with its expected answer.

    Each problem is a command line and its answer (tol is optional):
      \\[\\[problem]]
      name = "3x2 times 2x1"
      run = \\["matmul", "\\[\\[2,3],\\[4,5],\\[6,7]]", "\\[\\[10],\\[20]]"]
      expect = "\\[\\[80],\\[140],\\[200]]"

    Files a problem names (@a.csv in run, or expect = "@answer.csv") are read only from the
    homework file's own folder; a file that names any other file, or - (stdin), is refused (exit 2).

    Each problem runs within a budget: 10 s and 2048 MB unless --timeout, --memory or its own
    timeout = … say otherwise; one over its budget is stopped and marked, and the others still run.
    Ctrl-C stops the grading and shows the problems graded so far (exit 130).

    A blank answer (expect = "") is reported as missing, not wrong. Several files are graded in one process:
    one row per file with its score, the problems it failed and those left blank (--json for a gradebook,
    --csv for a spreadsheet).

    Exit status: 0 all passed, 1 some failed or missing, 2 the file could not be read, 130 stopped by Ctrl-C.

    [dim]Examples:[/]
      mlmath check examples/homework.toml
      mlmath check homework.toml --json
      mlmath check submissions/*.toml --csv grades.csv
    """
    from mlmath.cli.budget import Runner
    from mlmath.core.homework import grade_all
    from mlmath.parsing.homework import read_homework
    from mlmath.registry import COMMANDS
    from mlmath.render import draw
    from mlmath.render.homework import report_document

    commands = [name for name in COMMANDS if name != "check"]
    with Runner(timeout, memory) as run:  # problems run in a forked worker within the budget
        if len(files) > 1 or csv is not None:
            return _check_class(files, commands, csv, out, run)
        homework = read_homework(files[0], commands=commands)
        run.prepare(_commands_of(homework))
        result = grade_all(homework, run)
    if out.json:
        document = report_document(result, out.precision)
        if not out.steps:  # --no-steps leaves the steps out of JSON, as every command does
            document.pop("steps", None)
        print_json(document, out)
    else:
        draw(result, out)
    if result.interrupted:  # the problems graded so far were shown; one line says the rest did not run
        raise _Interrupted(len(result.problems), len(homework.problems))
    if result.result["passed"] != result.result["total"]:
        raise typer.Exit(ExitStatus.CHECK_FAILED)  # the common options still save --export


class _Interrupted(MlmathError):
    """Ctrl-C during grading: exit 130 with one line, after the results so far were shown."""

    exit_status = ExitStatus.INTERRUPTED

    def __init__(self, done: int, count: int, files: bool = False):
        from mlmath.text import say

        if files:
            super().__init__(say("homework.class.interrupted", done=done, count=count))
        else:
            super().__init__(say("homework.step.interrupted", done=done, count=count))


def _commands_of(homework) -> set[str]:
    return {problem.run[0] for problem in homework.problems if problem.run}


def _check_class(files: list[str], commands: list[str], csv: Optional[str], out: Output, run) -> None:
    """Every file graded in this process; a file that cannot be read is a row of its own, not the end."""
    from pathlib import Path

    from mlmath.core.homework import grade_all, grade_class
    from mlmath.errors import InputError, MlmathError
    from mlmath.parsing.homework import read_homework
    from mlmath.render import draw
    from mlmath.render.homework import class_csv, class_document
    from mlmath.text import say

    if csv is not None and not Path(csv).parent.is_dir():
        raise InputError(say("errors.export.no_folder", folder=str(Path(csv).parent)), argument="--csv")
    graded = []
    interrupted = False
    for file in files:
        try:
            homework = read_homework(file, commands=commands)
            run.prepare(_commands_of(homework))
            graded.append(grade_all(homework, run))
        except MlmathError as error:
            graded.append((file, error.message))
        if graded and getattr(graded[-1], "interrupted", False):
            interrupted = True  # Ctrl-C: the files graded so far are shown
            break
    result = grade_class(graded)
    if csv is not None:
        try:
            Path(csv).write_text(class_csv(result), encoding="utf-8")
        except OSError as error:
            raise InputError(say("errors.export.cannot_write", file=csv, reason=error.strerror),
                             argument="--csv") from None
    if out.json:
        print_json(class_document(result, out.precision, steps=out.steps), out)
    else:
        draw(result, out)
    if interrupted:
        raise _Interrupted(len(graded), len(files), files=True)
    if result.result["complete"] != result.result["files"]:
        raise typer.Exit(ExitStatus.CHECK_FAILED)
