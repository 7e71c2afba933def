"""mlmath check: grade a homework file — every problem run, compared with its answer, and a score."""


from typing import Annotated

import typer

from mlmath.cli.common import common_options, print_json
from mlmath.errors import ExitStatus
from mlmath.render.output import Output


@common_options(panel="practice", expect=False)
def check(
    file: Annotated[str, typer.Argument(metavar="FILE",
        help="Homework file (TOML) of \\[\\[problem]] tables, or - (stdin).", show_default=False)],
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

    Exit status: 0 all passed, 1 some failed, 2 the file could not be read.

    [dim]Examples:[/]
      mlmath check examples/homework.toml
      mlmath check homework.toml --json
      cat homework.toml | mlmath check -
    """
    from mlmath.cli.inprocess import run_inprocess
    from mlmath.core.homework import grade_all
    from mlmath.parsing.homework import read_homework
    from mlmath.registry import COMMANDS
    from mlmath.render import draw
    from mlmath.render.homework import report_document

    homework = read_homework(file, commands=[name for name in COMMANDS if name != "check"])
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
