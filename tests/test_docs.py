"""The reference cannot drift: generated files are current, every command is documented."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from mlmath.cli import reference
from mlmath.cli.app import command_body
from mlmath.registry import COMMANDS

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("path", sorted(reference.generated_files(ROOT)), ids=lambda path: path.name)
def test_generated_file_is_current(path):
    expected = reference.generated_files(ROOT)[path]
    assert path.exists(), f"{path.name} is missing: run python -m mlmath.cli.reference"
    assert path.read_text(encoding="utf-8") == expected, f"{path.name} is stale: run python -m mlmath.cli.reference"


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_has_a_summary_and_examples(name):
    doc = command_body(name).__doc__ or ""
    summary = doc.strip().splitlines()[0] if doc.strip() else ""
    assert summary.endswith(".") and len(summary) > 20, f"{name}: no one-line summary"
    assert COMMANDS[name][1] == summary, f"{name}: the index is stale: run python -m mlmath.cli.reference"
    examples = [line for line in doc.splitlines() if line.strip().startswith(f"mlmath {name}")]
    assert 2 <= len(examples) <= 4, f"{name}: wants two or three examples, has {len(examples)}"


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_is_in_the_readme(name):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"mlmath {name}\b", readme), f"README does not show mlmath {name}"


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = "pip install '.[test]' && pytest"
    assert command in readme and command in ci


def _bash_complete(words: str, index: int) -> list[str]:
    script = ROOT / "completions" / "mlmath.bash"
    program = f"""
source '{script}'
COMP_WORDS=({words}); COMP_CWORD={index}
_mlmath mlmath
printf '%s\\n' "${{COMPREPLY[@]}}"
"""
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    done = subprocess.run(["bash", "-c", program], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    return [line for line in done.stdout.splitlines() if line]


def test_bash_completes_commands_and_options():
    assert _bash_complete("mlmath do", 1) == ["dot"]
    assert "--elementwise" in _bash_complete("mlmath matmul --el", 2)


def test_bash_completes_choice_values():
    assert _bash_complete("mlmath lo", 1) == ["loss"]
    assert _bash_complete("mlmath loss sp", 2) == ["sparse-ce"]
    assert _bash_complete("mlmath optimize rosenbrock --optimizer ada", 4) == ["adam", "adamw", "adagrad", "adadelta",
                                                                             "adamax"]
    assert _bash_complete("mlmath optimize rosenbrock --schedule c", 4) == ["cosine"]
    assert _bash_complete("mlmath optimize be", 2) == ["beale"]
    assert _bash_complete("mlmath activation leaky", 2) == ["leaky-relu"]


def test_every_completion_source_names_a_core_list():
    from mlmath.cli.choices import values_of
    from mlmath.registry import CHOICES

    assert CHOICES, "no command offers choice values"
    for source, names in CHOICES.items():
        assert names == values_of(source), f"{source}: the index is stale: run python -m mlmath.cli.reference"
        assert all(isinstance(name, str) and name for name in names)


@pytest.mark.parametrize("name", list(COMMANDS))
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_help_examples_never_wrap_at_80_columns(cli, monkeypatch, name, lang):
    """A learner copies an example line from --help: it must stand whole on one line."""
    monkeypatch.setenv("COLUMNS", "80")
    doc = command_body(name).__doc__ or ""
    examples = [line.strip() for line in doc.splitlines() if line.strip().startswith(f"mlmath {name}")]
    shown = cli(name, "--help", "--lang", lang).stdout.splitlines()
    for example in examples:
        assert any(example in line for line in shown), f"{example!r} wraps in mlmath {name} --help ({lang})"
