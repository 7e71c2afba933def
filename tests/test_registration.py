"""A command is five pieces found by name; forgetting one is a test failure, never an error at run time."""

import importlib
import inspect
import os
import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import mlmath
from mlmath.core.result import Result
from mlmath.registry import COMMANDS

ROOT = Path(__file__).resolve().parent.parent


def _result_classes() -> list[type]:
    classes = []
    for info in pkgutil.iter_modules(importlib.import_module("mlmath.core").__path__):
        module = importlib.import_module(f"mlmath.core.{info.name}")
        classes += [value for value in vars(module).values()
                    if inspect.isclass(value) and issubclass(value, Result) and value is not Result
                    and value.__module__ == module.__name__]
    return classes


@pytest.mark.parametrize("cls", _result_classes(), ids=lambda cls: cls.__name__)
def test_every_result_has_a_view_found_by_name(cls):
    from mlmath.render import view_of

    topic = cls.__module__.rsplit(".", 1)[-1]
    try:
        view = view_of(cls.__new__(cls))
    except (ImportError, AttributeError) as error:
        pytest.fail(f"{cls.__name__} from mlmath/core/{topic}.py has no view in mlmath/render/{topic}.py: {error}")
    assert list(inspect.signature(view).parameters) == ["result", "out"], "a view takes (result, out) only"


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_module_is_a_command_of_its_own_name(name):
    from mlmath.cli.app import command_body, module_name

    body = command_body(name)
    assert body.__name__ == module_name(name)
    assert body.mlmath_panel == COMMANDS[name][0]


def test_command_modules_hold_no_hand_kept_lists():
    """The lists the old layout kept twice are gone: names come from the modules themselves."""
    source = "\\n".join((ROOT / "mlmath" / "cli" / f).read_text(encoding="utf-8") for f in ("app.py", "choices.py"))
    assert "COMMANDS = {" not in source and "LOSS_KINDS" not in source
    text_init = (ROOT / "mlmath" / "text" / "__init__.py").read_text(encoding="utf-8")
    assert "TOPICS = {" not in text_init


NEW_CORE = '''"""Doubling, the throwaway topic of the registration test."""
from dataclasses import dataclass

from mlmath.core.result import Result, step

__all__ = ["double"]


@dataclass
class DoubleResult(Result):
    pass


def double(x):
    return DoubleResult(result=2 * x, steps=[step("twice.rule", x=x, value=2 * x)])
'''
NEW_TEXT = '''EN = {"twice.rule": "2·{x} = {value}", "twice.headline": "twice {x} is {value}"}
KO = {"twice.rule": "2·{x} = {value}", "twice.headline": "{x}의 두 배는 {value}"}
'''
NEW_RENDER = '''from mlmath.render.steps import show_headline, show_steps


def show_double(result, out):
    show_headline(out, "twice.headline", x=result.result / 2, value=result.result)
    show_steps(result.steps, out)
'''
NEW_CLI = '''"""mlmath twice-over: a throwaway command."""
from typing import Annotated

import typer

from mlmath.cli.common import common_options, emit
from mlmath.render.output import Output


@common_options(panel="practice")
def twice_over(x: Annotated[str, typer.Argument(metavar="X")], out: Output = None) -> None:
    """Double a number, the throwaway command of the registration test.

    [dim]Examples:[/]
      mlmath twice-over 21
      mlmath twice-over 21 --json
    """
    from mlmath.core.twice import double
    from mlmath.parsing import parse_number

    emit(double(parse_number(x, "X")), out)
'''


TWICE_JSON_DOC = """
## twice-over

- `mlmath twice-over 21 --json`

| key | type | meaning |
| --- | --- | --- |
| `command` | string | `"twice-over"` |
| `result` | number | twice the number |
| `steps` | array, optional | the one step |
"""


def test_a_new_command_is_four_modules_and_one_generator_run(tmp_path):
    """Copy the package, add core/text/render/cli modules of a hyphenated command, regenerate: it runs."""
    package = tmp_path / "mlmath"
    shutil.copytree(Path(mlmath.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__"))
    (package / "core" / "twice.py").write_text(NEW_CORE, encoding="utf-8")
    (package / "text" / "twice.py").write_text(NEW_TEXT, encoding="utf-8")
    (package / "render" / "twice.py").write_text(NEW_RENDER, encoding="utf-8")
    (package / "cli" / "twice_over.py").write_text(NEW_CLI, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(tmp_path), "NO_COLOR": "1", "COLUMNS": "80", "MLMATH_LANG": "en"}

    def run(*args: str, cwd: Path = tmp_path) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, cwd=cwd,
                              timeout=120)

    (tmp_path / "docs").mkdir()
    (tmp_path / "completions").mkdir()
    # the command's JSON is documented beside the others' (docs/json.md is prose, not registration)
    json_doc = (ROOT / "docs" / "json.md").read_text(encoding="utf-8")
    (tmp_path / "docs" / "json.md").write_text(json_doc + TWICE_JSON_DOC, encoding="utf-8")
    generated = run("-m", "mlmath.cli.reference")
    assert generated.returncode == 0, generated.stderr
    assert "twice-over" in (package / "registry.py").read_text(encoding="utf-8")
    listing = run("-m", "mlmath", "--help")
    assert "twice-over" in listing.stdout and "Double a number" in listing.stdout
    done = run("-m", "mlmath", "twice-over", "21", "--json", "--expect", "42")
    assert done.returncode == 0, done.stderr
    assert '"command": "twice-over"' in done.stdout and '"result": 42' in done.stdout
    korean = run("-m", "mlmath", "twice-over", "21", "--lang", "ko")
    assert "21의 두 배는 42" in korean.stdout
    assert run("-m", "mlmath.cli.reference", "--check").returncode == 0
    assert (tmp_path / "docs" / "schema" / "twice-over.json").exists()


def test_core_errors_name_arguments_not_options():
    """core speaks of the math and of its own arguments (`pred`); the command line attaches --pred."""
    import re

    offenders = []
    for path in sorted((ROOT / "mlmath" / "core").glob("*.py")):
        if path.name in ("homework.py", "exercises.py"):  # grading and exercises build command lines to run
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            code = line.split("#", 1)[0]
            if re.search(r"""["'][^"']*--[a-z]""", code) and "``" not in code and '"""' not in code:
                offenders.append(f"{path.name}:{number}")
    assert not offenders, f"core names command-line options: {offenders}; write the argument as `name`"


def test_a_core_error_names_the_option_on_the_command_line_and_the_argument_in_python(cli):
    from mlmath.core import loss
    from mlmath.errors import MathError

    with pytest.raises(MathError, match=r"^pred has 2 values but target has 3 values"):
        loss("mse", [1, 2], [1, 2, 3])
    run = cli("loss", "mse", "--pred", "1,2", "--target", "1,2,3")
    assert run.code == 2 and run.stderr.startswith("mlmath: --pred has 2 values but --target has 3 values")
