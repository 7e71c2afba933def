"""Every `$ mlmath …` example in README.md and docs/ runs when pasted into bash, zsh or fish.

Each example runs through ``bash -c`` in a folder holding a copy of the project's ``examples/``; its exit
status must be what the
output shown implies (1 after a ``✗`` line, 2 after a one-line ``mlmath…:`` error, else 0), and the
lines shown must appear in what it prints, in order (a tour may leave lines out, ``...`` says so;
spacing, wrapping and box drawing are not compared).  zsh and fish, where installed, must pass the same words to mlmath.
"""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
INTERACTIVE = {"mlmath shell"}  # waits for typing at a terminal
BIN = str(Path(sys.executable).parent)


def console_examples() -> list[tuple[str, str, list[str]]]:
    """(where, command line, lines shown after it) for every ``$ `` line of a console block."""
    found = []
    for document in DOCUMENTS:
        text = document.read_text(encoding="utf-8")
        for block in re.findall(r"^```console\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL):
            current = None
            for line in block.splitlines():
                if line.startswith("$ "):
                    current = (document.name, line[2:].strip(), [])
                    found.append(current)
                elif current is not None:
                    current[2].append(line)
    return found


def listed_examples() -> list[tuple[str, str]]:
    """docs/json.md's ``- `mlmath …` `` examples."""
    text = (ROOT / "docs" / "json.md").read_text(encoding="utf-8")
    return [("json.md", line) for line in re.findall(r"^- `(mlmath [^`]+)`", text, flags=re.MULTILINE)]


CONSOLE = console_examples()
ALL = [(where, line) for where, line, _ in CONSOLE] + listed_examples()


def _normalized(text: str) -> str:
    """Without whitespace and box-drawing characters: wrapping and table borders do not matter."""
    return re.sub(r"[\s\u2500-\u257f]+", "", text)


def _expected_status(shown: list[str]) -> int:
    if any(line.lstrip().startswith("✗") for line in shown):
        return 1
    if len([line for line in shown if line.strip()]) == 1 and re.match(r"mlmath( [a-z-]+)?: ", shown[0]):
        return 2
    return 0


def _missing_tools(line: str) -> list[str]:
    tools = re.findall(r"\|\s*([A-Za-z0-9_.-]+)", line)
    return [tool for tool in tools if shutil.which(tool, path=f"{BIN}{os.pathsep}{os.environ['PATH']}") is None]


def test_the_documents_have_examples():
    assert len(CONSOLE) > 30 and all(line.startswith(("mlmath ", "printf ")) for _, line, _ in CONSOLE)


@pytest.mark.parametrize(("where", "line"), ALL, ids=[line[:60] for _, line in ALL])
def test_an_example_uses_nothing_one_shell_reads_differently(where, line):
    """No comment (interactive zsh passes `#` on as a word), no `$?` (fish's is $status), no unquoted
    `;`, `[`, `*`, `?`, `(`, `<`, `>` or `&` inside an argument."""
    assert not re.search(r"\s#", line), f"{where}: {line}: a comment is an argument in interactive zsh"
    assert "$?" not in line, f"{where}: {line}: fish has no $?"


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    """A folder like the project's for the examples to run in: they may write files (homework, grades)
    and must not leave them in the project."""
    folder = tmp_path_factory.mktemp("examples")
    shutil.copytree(ROOT / "examples", folder / "examples")
    return folder


@pytest.mark.parametrize(("where", "line", "shown"), CONSOLE, ids=[line[:60] for _, line, _ in CONSOLE])
def test_a_console_example_runs_in_bash_as_shown(where, line, shown, tmp_path, workdir):
    if line in INTERACTIVE:
        pytest.skip("interactive")
    missing = _missing_tools(line)
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed")
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}", "NO_COLOR": "1", "COLUMNS": "100",
           "MLMATH_LANG": "en", "HOME": str(tmp_path)}
    done = subprocess.run(["bash", "-c", line], capture_output=True, text=True, env=env, cwd=workdir, timeout=300,
                          stdin=subprocess.DEVNULL)
    expected = _expected_status(shown)
    assert done.returncode == expected, f"{where}: {line}: exit {done.returncode}, not {expected}\n{done.stderr}"
    printed = _normalized(done.stdout + done.stderr)
    position = 0
    for part in shown:
        wanted = _normalized(part)
        if not wanted or wanted in ("...", "…"):
            continue
        found = printed.find(wanted, position)
        assert found >= 0, f"{where}: {line}: this line shown is not printed (in this order):\n{part.strip()}"
        position = found + len(wanted)


FAKE = """#!/bin/sh
for word in "$@"; do printf '%s\\037' "$word"; done >> "$MLMATH_WORDS"
printf '\\036' >> "$MLMATH_WORDS"
"""

SHELLS = {"bash": ["bash", "-c"], "zsh": ["zsh", "-f", "-c"], "fish": ["fish", "--no-config", "-c"]}


def _words(shell: str, lines: list[str], tmp_path: Path) -> list[str]:
    """What mlmath receives from each line in ``shell`` (an mlmath that writes down its words)."""
    fake = tmp_path / "bin" / "mlmath"
    fake.parent.mkdir(exist_ok=True)
    fake.write_text(FAKE, encoding="utf-8")
    fake.chmod(0o755)
    received = []
    for line in lines:
        log = tmp_path / f"words-{shell}"
        log.write_text("", encoding="utf-8")
        env = {**os.environ, "PATH": f"{fake.parent}{os.pathsep}{BIN}{os.pathsep}{os.environ['PATH']}",
               "MLMATH_WORDS": str(log), "HOME": str(tmp_path)}
        subprocess.run([*SHELLS[shell], line], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60,
                       stdin=subprocess.DEVNULL)
        received.append(log.read_text(encoding="utf-8").split("\036")[0])
    return received


@pytest.mark.parametrize("shell", ["zsh", "fish"])
def test_zsh_and_fish_pass_the_same_words_as_bash(shell, tmp_path):
    if shutil.which(shell) is None:
        pytest.skip(f"{shell} is not installed")
    lines = [line for _, line in ALL if "mlmath" in line]
    in_bash = _words("bash", lines, tmp_path)
    in_shell = _words(shell, lines, tmp_path)
    differ = [(line, bash.split("\037"), other.split("\037"))
              for line, bash, other in zip(lines, in_bash, in_shell) if bash != other]
    assert not differ, f"{shell} reads these differently from bash: {differ[:3]}"
    assert all(in_bash), "bash ran every example"
