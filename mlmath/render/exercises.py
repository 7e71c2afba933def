"""Practice and homework new: a session's score, and a homework file written out (TOML)."""

from __future__ import annotations

import json
from typing import Any

from mlmath.core.exercises import AssignmentResult, Exercise, PracticeResult
from mlmath.render.output import Output
from mlmath.render.steps import show_steps, step_text
from mlmath.text import template

COMMENT_WIDTH = 76  # terminal cells of a comment's text: with its '# ', a file's lines fit 80 columns


def show_practice(result: PracticeResult, out: Output) -> None:
    """The score, each topic's share, where the progress went, then one line per exercise."""
    from rich.text import Text

    score = result.result
    console = out.console
    console.print()
    all_right = score["correct"] == score["total"]
    console.print(Text(template("practice.score").format(**score), style="bold green" if all_right else "bold"))
    if len(result.topics) > 1:
        for topic, tally in result.topics.items():
            console.print(Text("  " + template("practice.topic_score").format(topic=topic, **tally)))
    if result.progress_file is not None and result.exercises:
        console.print(Text(template("practice.saved").format(file=result.progress_file), style="dim"))
    show_steps(result.steps, out)


def show_assignment(result: AssignmentResult, out: Output) -> None:
    """The homework file itself when it has no file name, else what was written and a table of its questions."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    console = out.console
    if result.result is None:
        console.file.write(result.text)
        console.file.flush()
        return
    console.print(Text(template("assignment.written").format(file=result.result, count=len(result.problems),
                                                            topics=", ".join(result.topics)), style="bold"))
    if result.answers is not None:
        console.print(Text(template("assignment.written_key").format(file=result.answers)))
    if out.steps:
        table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
        table.add_column(template("assignment.column.problem"), no_wrap=True)
        table.add_column(template("assignment.column.question"), overflow="fold")
        for problem in result.problems:
            table.add_row(problem["name"], problem["text"])
        console.print(table)
    console.print(Text(template("assignment.check").format(file=result.result), style="dim"))


def question_text(item: Exercise, lang: str | None = None) -> str:
    """The question in words, with the request for two decimals where the answer is not exact."""
    text = step_text(item.question, lang=lang)
    if item.tol is not None:
        text = f"{text} {template('exercise.decimals', lang)}"
    return text


def problem_name(item: Exercise, index: int, lang: str | None = None) -> str:
    return template("assignment.problem", lang).format(index=index, topic=item.topic)


def homework_toml(items: list[Exercise], title: str, file_name: str, difficulty: int, seed: int,
                  answers: bool = False, lang: str | None = None) -> str:
    """A homework file ``mlmath check`` grades: a title, then per exercise a comment stating the question and a
    ``[[problem]]`` with ``name``, ``run``, ``expect`` (empty for the student, the answer in the key), ``tol``
    where an answer is asked to two decimals, and ``key`` where the answer is not the command's headline."""
    lines = [f"# {line}" for line in _wrapped(template("assignment.comment.made", lang).format(
        count=len(items), difficulty=difficulty, seed=seed))]
    fill = "assignment.comment.key" if answers else "assignment.comment.fill"
    lines += [f"# {line}" for line in _wrapped(template(fill, lang).format(file=file_name))]
    lines += ["", f"title = {_string(title)}"]
    for index, item in enumerate(items, start=1):
        lines.append("")
        lines += [f"# {line}" for line in _wrapped(f"{index}. {question_text(item, lang)}")]
        lines.append("[[problem]]")
        lines.append(f"name = {_string(problem_name(item, index, lang))}")
        lines.append("run = [" + ", ".join(_string(argument) for argument in item.run) + "]")
        if item.key != "result":
            lines.append(f"key = {_string(item.key)}")
        lines.append(f"expect = {_string(item.answer if answers else '')}")
        if item.tol is not None:
            lines.append(f"tol = {item.tol}")
    return "\n".join(lines) + "\n"


def problems_json(items: list[Exercise], lang: str | None = None) -> list[dict[str, Any]]:
    return [{"name": problem_name(item, index, lang), "topic": item.topic, "run": list(item.run), "key": item.key,
             "answer": item.answer, "tol": item.tol, "text": question_text(item, lang)}
            for index, item in enumerate(items, start=1)]


def _wrapped(text: str) -> list[str]:
    from mlmath.render.widths import wrap_words

    return wrap_words(text, COMMENT_WIDTH) or [""]


def _string(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(text, ensure_ascii=False)
