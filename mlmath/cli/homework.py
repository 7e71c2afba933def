"""mlmath homework new: a homework file of generated problems that mlmath check grades, and its answer key."""


from typing import Annotated, Optional

import typer

from mlmath.cli.choices import choices_of
from mlmath.cli.common import common_options, emit
from mlmath.render.output import Output


@common_options(panel="practice", expect=False)
def homework(
    action: Annotated[str, typer.Argument(
        metavar="ACTION", autocompletion=choices_of("mlmath.core.exercises:HOMEWORK_ACTIONS"), show_default=False,
        help="new: write a homework file of generated problems.")],
    topics: Annotated[Optional[str], typer.Option(
        "--topics", metavar="A,B,…", autocompletion=choices_of("mlmath.core.exercises:TOPICS", listed=True),
        show_default=False,
        help="The topics, taken in turn: matmul, dot, cosine, transpose, inverse, det, derive, chain, softmax, "
             "activation, loss, optimize, attention, normalize, layer, conv, train \\[default: all of them].")] = None,
    count: Annotated[int, typer.Option(
        "--count", "-n", metavar="N", min=1, max=1000, help="Number of problems.")] = 10,
    seed: Annotated[int, typer.Option(
        "--seed", metavar="N", min=0, help="Seed: the same seed writes the same problems.")] = 0,
    difficulty: Annotated[int, typer.Option(
        "--difficulty", "-d", metavar="1|2|3", min=1, max=3,
        help="1 small and exact, 2 more terms, 3 bigger or decimal.")] = 1,
    output: Annotated[Optional[str], typer.Option(
        "--output", "-o", metavar="FILE", show_default=False,
        help="Write the homework to FILE \\[default: print it].")] = None,
    answers: Annotated[Optional[str], typer.Option(
        "--answers", metavar="FILE", show_default=False,
        help="Also write the answer key: the same file with every expect filled in.")] = None,
    title: Annotated[Optional[str], typer.Option(
        "--title", metavar="TEXT", show_default=False,
        help="The homework's title \\[default: its topics and seed, e.g. matmul, dot #7].")] = None,
    out: Output = None,
) -> None:
    """Write homework: generated problems with empty answers for mlmath check, and their answer key.

    Each problem is an mlmath command line with an empty expect = "" for the student to fill in, under a
    comment that states the question in words (in the language of --lang). Answers that are not exact
    are asked to two decimals (tol = 0.005). mlmath check grades the filled-in file and reports blank
    answers as missing; --answers writes the key, which passes every problem.

    [dim]Examples:[/]
      mlmath homework new --topics matmul,derive,softmax -n 10 --seed 7 -o w3.toml
      mlmath homework new -o week3.toml --answers week3-key.toml
      mlmath homework new --topics attention,loss -d 2 --lang ko
    """
    from pathlib import Path

    from mlmath.core import exercises as core
    from mlmath.errors import InputError
    from mlmath.render.exercises import homework_toml, problems_json
    from mlmath.text import say

    if action not in core.HOMEWORK_ACTIONS:
        raise InputError(say("assignment.error.action", action=action), hint=say("assignment.error.action.hint"),
                         argument="ACTION")
    chosen = list(core.TOPICS) if topics is None else [name.strip() for name in topics.split(",") if name.strip()]
    if not chosen:
        raise InputError(say("assignment.error.no_topics"), hint=say("assignment.error.no_topics.hint"),
                         argument="--topics")
    try:
        items = core.exercises_for(chosen, count, seed, difficulty)
    except InputError as error:
        raise error.for_argument("--topics") from None
    if output is not None and answers is not None and Path(output).resolve() == Path(answers).resolve():
        raise InputError(say("assignment.error.same_file", file=output), hint=say("assignment.error.same_file.hint"),
                         argument="--answers")
    shown_topics = list(dict.fromkeys(chosen))
    name = title or f"{', '.join(shown_topics)} #{seed}"  # the same in every language
    file_name = output or "FILE.toml"  # the file the student will fill in, named in its comments
    text = homework_toml(items, name, file_name, difficulty, seed)
    if output is not None:
        _write(output, text)
    if answers is not None:
        _write(answers, homework_toml(items, name, answers, difficulty, seed, answers=True))
    emit(core.AssignmentResult(result=output, answers=answers, title=name, topics=shown_topics, seed=seed,
                               difficulty=difficulty, problems=problems_json(items), text=text), out)


def _write(file: str, text: str) -> None:
    from pathlib import Path

    from mlmath.errors import InputError
    from mlmath.text import say

    try:
        Path(file).write_text(text, encoding="utf-8")
    except OSError as error:
        raise InputError(say("assignment.error.cannot_write", file=file, reason=error.strerror or str(error)),
                         argument="--output") from None
