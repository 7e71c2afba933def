"""Sentences for check: grading a homework file."""

EN = {
    "homework.title": "Homework {file}",
    "homework.title.named": "{title} ({file})",
    "homework.column.problem": "problem",
    "homework.column.expected": "expected",
    "homework.column.got": "got",
    "homework.column.hint": "hint",
    "homework.score": "{passed}/{total} passed",
    "homework.score.detail": "{passed}/{total} passed ({details})",
    "homework.count.failed": "{count} wrong",
    "homework.count.error": "{count} could not run",
    "homework.count.malformed": "{count} malformed",
    "homework.warning": "warning: {message}",
    # hints, one per failing problem
    "homework.hint.malformed": "{where}: {reason}",
    "homework.hint.error": "{message}",
    "homework.hint.no_answer": "the command gave no answer (exit status {code})",
    "homework.hint.shape": "expected shape {expected}, got {got}",
    "homework.hint.off_by": "off by {difference}",
    "homework.hint.off_by_tol": "off by {difference} (tolerance {tol})",
    "homework.hint.not_finite": "the answer is not a finite number",
    "homework.hint.rerun": "see the steps: {command}",
    # steps
    "homework.step.read": "Read {count} problems from {file}",
    "homework.step.ran": "Ran the {count} well-formed problems, each with --expect <its answer>: "
    "the command's own check decides",
    "homework.step.score": "{passed} of {total} passed",
    "homework.step.failed": "wrong answer: {names}",
    "homework.step.error": "could not run: {names}",
    "homework.step.malformed": "malformed, not run: {names}",
}
