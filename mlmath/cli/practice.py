"""mlmath practice: endless exercises graded by the commands' own --expect, with hints, steps and progress."""


from typing import Annotated, Optional

import typer

from mlmath.cli.choices import choices_of
from mlmath.cli.common import common_options, emit
from mlmath.render.output import Output


@common_options(panel="practice", expect=False)
def practice(
    topic: Annotated[Optional[str], typer.Argument(
        metavar="[TOPIC]", autocompletion=choices_of("mlmath.core.exercises:TOPICS"), show_default=False,
        help="matmul, dot, cosine, transpose, inverse, det, derive, chain, softmax, activation, loss, optimize, "
             "attention, normalize, layer, conv or train "
             "\\[default: your weakest topic, one exercise at a time].")] = None,
    count: Annotated[int, typer.Option(
        "--count", "-n", metavar="N", min=1, max=100, help="Number of exercises.")] = 5,
    difficulty: Annotated[int, typer.Option(
        "--difficulty", "-d", metavar="1|2|3", min=1, max=3,
        help="1 small and exact, 2 more terms, 3 bigger or decimal.")] = 1,
    seed: Annotated[Optional[int], typer.Option(
        "--seed", metavar="N", min=0, show_default=False,
        help="Seed of the exercises (the same seed, the same exercises) \\[default: random].")] = None,
    no_save: Annotated[bool, typer.Option(
        "--no-save", help="Do not record the results in $XDG_STATE_HOME/mlmath/progress.json.")] = False,
    out: Output = None,
) -> None:
    """Practise: an exercise, your answer checked by the command's own --expect, a hint, the steps.

    Each exercise is an mlmath command line; your answer (a number, 3/4, a vector 1,2, a matrix [[1,2],[3,4]]
    or an expression) is checked the way --expect checks it. A miss gives a hint and a second try, then the
    worked steps. The score ends the session; each topic's results are kept in
    $XDG_STATE_HOME/mlmath/progress.json, and without TOPIC the weakest topic comes next. Answers may be
    piped in, one per line.

    [dim]Examples:[/]
      mlmath practice matmul --count 3
      mlmath practice --difficulty 2
      mlmath practice dot --count 1 --seed 4 --no-save
    """
    import random

    from mlmath.core import exercises as core
    from mlmath.environment import current
    from mlmath.text import language

    environment = current()
    path = None if no_save else progress_path(environment.environ)
    progress = read_progress(path, out)
    start = random.SystemRandom().randrange(1_000_000) if seed is None else seed
    session = Session(out, environment, language())
    for index in range(count):
        chosen = topic or core.weakest_topic(progress)
        item = core.exercise(chosen, difficulty, start + index)
        asked = len(session.records)
        going = session.ask(item, index + 1, count, weakest=topic is None)
        if len(session.records) > asked:
            record = progress.setdefault(item.topic, {"correct": 0, "total": 0})
            record["total"] += 1
            record["correct"] += int(session.records[-1]["correct"])
        if not going:
            break
    if path is not None and session.records:
        write_progress(path, progress)
    emit(session.result(None if path is None else str(path)), out)


class Session:
    """Exercises asked one after another on the command's streams."""

    def __init__(self, out: Output, environment, lang: str):
        self.out = out
        self.environment = environment
        self.lang = lang
        # --json keeps stdout for the one JSON object: the exchange goes to stderr
        self.console = out.error_console if out.json else out.console
        self.records: list[dict] = []
        self.ended = False

    def say(self, key: str, style: str = "", **args) -> None:
        from rich.text import Text

        from mlmath.text import template

        self.console.print(Text(template(key).format(**args), style=style))

    def read(self) -> str | None:
        """One line of the answer, from the command's standard input; None at its end."""
        from mlmath.text import template

        self.console.print(f"{template('practice.prompt')}: ", end="", markup=False, highlight=False)
        self.console.file.flush()
        stdin = self.environment.stdin
        line = stdin.readline() if stdin is not None else ""
        if not line:
            self.console.print()
            self.ended = True
            return None
        if not stdin.isatty():
            self.console.print(line.rstrip("\n"), markup=False, highlight=False)  # a transcript reads as a dialogue
        return line.strip()

    def ask(self, item, index: int, count: int, weakest: bool) -> bool:
        """Ask one exercise (two tries); False when the input has ended before an answer."""
        from rich.text import Text

        from mlmath.render.homework import hint_text
        from mlmath.render.steps import step_text
        from mlmath.text import template

        self.console.print()
        self.say("practice.header", "bold", index=index, count=count, topic=item.topic, difficulty=item.difficulty)
        if weakest:
            self.say("practice.weakest", "dim", topic=item.topic)
        question = step_text(item.question)
        if item.tol is not None:
            question = f"{question} {template('exercise.decimals')}"
        self.console.print(Text(question))
        tries: list[str] = []
        correct = False
        for attempt in (1, 2):
            answer = self.read()
            if answer is None:
                break
            tries.append(answer)
            verdict, detail = grade_answer(item, answer)
            if verdict == "right":
                self.say("practice.right", "bold green", answer=answer)
                correct = True
                break
            if verdict == "unreadable":
                self.say("practice.unreadable", "bold red", message=detail)
            elif not answer:
                self.say("practice.no_answer", "bold red")
            else:
                self.say("practice.wrong", "bold red")
                if detail is not None:
                    self.say("practice.off", "", how=hint_text(detail, self.out.precision))
            if attempt == 1:
                self.say("practice.hint", "yellow", hint=step_text(item.hint))
                self.say("practice.again")
        if not tries:
            return False
        if not correct:
            self.show_solution(item)
        self.records.append({
            "topic": item.topic, "difficulty": item.difficulty, "seed": item.seed, "run": list(item.run),
            "key": item.key, "text": question, "answer": item.answer, "tol": item.tol, "tries": tries,
            "correct": correct, "first_try": correct and len(tries) == 1,
        })
        return not self.ended

    def show_solution(self, item) -> None:
        import shlex

        from mlmath.cli.inprocess import run_inprocess

        self.say("practice.solution", "bold", answer=item.answer, command=shlex.join(item.run))
        environ = {**self.environment.environ, "COLUMNS": str(self.console.width)}
        shown = run_inprocess([*item.run, "--lang", self.lang], environ=environ)
        self.console.print(shown.stdout.rstrip("\n"), markup=False, highlight=False, soft_wrap=True)

    def result(self, progress_file: str | None):
        from mlmath.core.exercises import PracticeResult
        from mlmath.core.result import step

        topics: dict[str, dict[str, int]] = {}
        steps = []
        for record in self.records:
            tally = topics.setdefault(record["topic"], {"correct": 0, "total": 0})
            tally["total"] += 1
            tally["correct"] += int(record["correct"])
            if record["first_try"]:
                steps.append(step("practice.verdict.first", topic=record["topic"]))
            elif record["correct"]:
                steps.append(step("practice.verdict.second", topic=record["topic"]))
            else:
                steps.append(step("practice.verdict.missed", topic=record["topic"],
                                  answer=record["answer"]))
        correct = sum(record["correct"] for record in self.records)
        return PracticeResult(result={"correct": correct, "total": len(self.records)}, exercises=self.records,
                              topics=topics, progress_file=progress_file, steps=steps)


def grade_answer(item, answer: str):
    """``("right" | "wrong" | "unreadable", detail)``: the command itself checks the answer, in this process.

    The headline is checked by the command's own ``--expect``; another JSON key (attention's weights) by the
    same comparison ``--expect`` makes (:func:`mlmath.core.compare.numbers_match`).  An answer that is not
    exact is held to two decimals at least: the tolerance is the smaller of the one its digits give and
    the exercise's.
    """
    import json

    from mlmath.cli.inprocess import run_inprocess

    if not answer:
        return "wrong", None
    tolerance = None
    if item.tol is not None:
        from mlmath.errors import MlmathError
        from mlmath.parsing.numbers import default_tolerance

        try:
            tolerance = min(default_tolerance(answer), float(item.tol))
        except (MlmathError, ValueError):
            tolerance = float(item.tol)
    if item.key != "result":
        return _grade_key(item, answer, tolerance)
    options = ["--json", "--no-steps", f"--expect={answer}"]
    if tolerance is not None:
        options.append(f"--tol={tolerance!r}")
    ran = run_inprocess([item.run[0], *options, *item.run[1:]])
    if ran.code == 0:
        return "right", None
    if ran.code == 1:
        document = json.loads(ran.stdout)
        verdict = document.get("check", {})
        return "wrong", telling(verdict, document.get("result"))
    return "unreadable", _first_line(ran.stderr)


def telling(verdict: dict, got):
    """What a miss may tell beyond the hint: a wrong shape, or a point where the expressions differ — never
    by how much a number is off, which would give the answer away.  (The command's ``expected`` is the
    learner's answer here, and its ``got`` the right one.)"""
    from mlmath.core.result import step

    differs = verdict.get("differs_at")
    if isinstance(differs, dict):
        point = ", ".join(f"{name} = {value:g}" for name, value in differs["at"].items())
        return step("practice.differs", point=point, given=differs["expected"], needed=differs["got"])
    given, needed = _shape(verdict.get("expected")), _shape(got)
    if given is not None and needed is not None and given != needed:
        return step("practice.shape", given=_shape_phrase(given), needed=_shape_phrase(needed))
    return None


def _shape(value):
    import numpy as np

    try:
        return np.asarray(value, dtype=float).squeeze().shape
    except (TypeError, ValueError):
        return None


def _shape_phrase(shape):
    from mlmath.core.arrays import shape_text
    from mlmath.core.result import step

    return shape_text(shape) if shape else step("homework.shape.scalar")


def _grade_key(item, answer: str, tolerance: float | None):
    import json

    from mlmath.cli.inprocess import run_inprocess
    from mlmath.core.compare import numbers_match
    from mlmath.core.homework import value_at
    from mlmath.errors import MlmathError
    from mlmath.parsing.numbers import default_tolerance, parse_array

    try:
        expected = parse_array(answer, "--expect", max_ndim=3)
    except MlmathError as error:
        return "unreadable", error.message
    if tolerance is None:
        tolerance = default_tolerance(answer)
    document = json.loads(run_inprocess([*item.run, "--json", "--no-steps"]).stdout)
    found, got = value_at(document, item.key)
    if not found:  # the exercise names a key its own command does not write: a defect of the generator
        raise LookupError(f"exercise key {item.key!r} is not in the JSON of mlmath {item.run[0]}")
    if numbers_match(got, expected, tolerance):
        return "right", None
    return "wrong", telling({"expected": expected.tolist()}, got)


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip().removeprefix("mlmath:").strip()
    return ""


# --- the progress file ---------------------------------------------------------------------------


def progress_path(environ):
    """``$XDG_STATE_HOME/mlmath/progress.json`` (``~/.local/state`` when XDG_STATE_HOME is not set)."""
    from pathlib import Path

    state = environ.get("XDG_STATE_HOME") or str(Path(environ.get("HOME") or Path.home()) / ".local" / "state")
    return Path(state) / "mlmath" / "progress.json"


def read_progress(path, out: Output) -> dict[str, dict[str, int]]:
    """Per topic ``{"correct": n, "total": m}``; a file that cannot be read is warned about and ignored."""
    import json

    from rich.text import Text

    from mlmath.text import template

    if path is None or not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        topics = data["topics"]
        return {str(name): {"correct": int(record["correct"]), "total": int(record["total"])}
                for name, record in topics.items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        reason = getattr(error, "strerror", None) or type(error).__name__
        out.error_console.print(Text(template("practice.warning.progress").format(file=str(path), reason=reason),
                                     style="yellow"))
        return {}


def write_progress(path, progress: dict[str, dict[str, int]]) -> None:
    import json
    import os

    from mlmath.errors import InputError
    from mlmath.text import say

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(json.dumps({"version": 1, "topics": progress}, indent=2, sort_keys=True) + "\n",
                             encoding="utf-8")
        os.replace(temporary, path)
    except OSError as error:
        raise InputError(say("practice.error.progress_write", file=str(path), reason=error.strerror or str(error)),
                         hint=say("practice.error.progress_write.hint")) from None
