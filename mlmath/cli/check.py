"""mlmath check: grade a homework file — every problem run, compared with its answer, and a score."""


from typing import Annotated, Optional

import typer

from mlmath.cli.common import common_options, print_json
from mlmath.errors import ExitStatus
from mlmath.render.output import Output


@common_options(panel="practice", expect=False)
def check(
    files: Annotated[list[str], typer.Argument(metavar="FILE...",
        help="Homework file (TOML) of \\[\\[problem]] tables, or - (stdin); several files (a class's "
             "submissions/*.toml) give one row per file.", show_default=False)],
    csv: Annotated[Optional[str], typer.Option("--csv", metavar="FILE", show_default=False,
        help="Also write the table of files (file, title, passed, total, failed, missing) to FILE.csv.")] = None,
    out: Output = None,
) -> None:
    """Grade homework: run every problem of a TOML file and compare it with its expected answer.

    Each problem is a command line and its answer (tol is optional):
      \\[\\[problem]]
      name = "3x2 times 2x1"
      run = \\["matmul", "\\[\\[2,3],\\[4,5],\\[6,7]]", "\\[\\[10],\\[20]]"]
      expect = "\\[\\[80],\\[140],\\[200]]"

    Files a problem names (@a.csv in run, or expect = "@answer.csv") are read only from the
    homework file's own folder; a file that names any other file is refused (exit 2).

    A blank answer (expect = "") is reported as missing, not wrong. Several files are graded in one process:
    one row per file with its score, the problems it failed and those left blank (--json for a gradebook,
    --csv for a spreadsheet).

    Exit status: 0 all passed, 1 some failed or missing, 2 the file could not be read.

    [dim]Examples:[/]
      mlmath check examples/homework.toml
      mlmath check homework.toml --json
      mlmath check submissions/*.toml --csv grades.csv
    """
    from mlmath.cli.inprocess import run_inprocess
    from mlmath.core.homework import grade_all
    from mlmath.parsing.homework import read_homework
    from mlmath.registry import COMMANDS
    from mlmath.render import draw
    from mlmath.render.homework import report_document

    commands = [name for name in COMMANDS if name != "check"]
    if len(files) > 1 or csv is not None:
        return _check_class(files, commands, csv, out)
    homework = read_homework(files[0], commands=commands)
    result = grade_all(homework, run_inprocess)
    if out.json:
        document = report_document(result, out.precision)
        if not out.steps:  # --no-steps leaves the steps out of JSON, as every command does
            document.pop("steps", None)
        print_json(document, out)
    else:
        draw(result, out)
    if result.result["passed"] != result.result["total"]:
        raise typer.Exit(ExitStatus.CHECK_FAILED)  # the common options still save --export


def _check_class(files: list[str], commands: list[str], csv: Optional[str], out: Output) -> None:
    """Every file graded in this process; a file that cannot be read is a row of its own, not the end."""
    from pathlib import Path

    from mlmath.cli.inprocess import run_inprocess
    from mlmath.core.homework import grade_all, grade_class
    from mlmath.errors import InputError, MlmathError
    from mlmath.parsing.homework import read_homework
    from mlmath.render import draw
    from mlmath.render.homework import class_csv, class_document
    from mlmath.text import say

    if csv is not None and not Path(csv).parent.is_dir():
        raise InputError(say("errors.export.no_folder", folder=str(Path(csv).parent)), argument="--csv")
    graded = []
    for file in files:
        try:
            graded.append(grade_all(read_homework(file, commands=commands), run_inprocess))
        except MlmathError as error:
            graded.append((file, error.message))
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
    if result.result["complete"] != result.result["files"]:
        raise typer.Exit(ExitStatus.CHECK_FAILED)
