"""Generated reference material: docs/cli.md and the shell completion scripts.

    python -m mlmath.cli.reference          # rewrite docs/cli.md and completions/
    python -m mlmath.cli.reference --check  # exit 1 if any of them is stale

Both come from the Typer app itself, so they cannot drift from it; the tests
run the check.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from pathlib import Path

SHELLS = {"bash": "mlmath.bash", "zsh": "mlmath.zsh", "fish": "mlmath.fish"}
HELP_WIDTH = "100"


@contextlib.contextmanager
def _environment(**values: str):
    saved = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _captured(args: list[str], **env: str) -> str:
    from mlmath.cli.app import app

    buffer = io.StringIO()
    with _environment(**env), contextlib.redirect_stdout(buffer):
        try:
            app(args=args, prog_name="mlmath", standalone_mode=False)
        except SystemExit:
            pass
    return buffer.getvalue()


def completion_script(shell: str) -> str:
    """The script that makes ``shell`` ask mlmath for completions on every Tab press."""
    return _captured([], _MLMATH_COMPLETE=f"source_{shell}").rstrip() + "\n"


def command_help(name: str | None) -> str:
    """``mlmath [NAME] --help`` as plain text at a fixed width."""
    args = [name, "--help"] if name else ["--help"]
    text = _captured(args, COLUMNS=HELP_WIDTH, NO_COLOR="1", TERM="dumb")
    return "\n".join(line.rstrip() for line in text.strip("\n").splitlines()) + "\n"


def cli_reference() -> str:
    """docs/cli.md: every command's help, in the order of the app."""
    from mlmath.cli.app import COMMANDS

    parts = [
        "# Command reference\n",
        "Generated from the program by `python -m mlmath.cli.reference`; a test fails when it is stale.\n",
        "## mlmath\n",
        "```text\n" + command_help(None) + "```\n",
    ]
    for name in COMMANDS:
        parts.append(f"## mlmath {name}\n")
        parts.append("```text\n" + command_help(name) + "```\n")
    return "\n".join(parts)


def generated_files(root: Path) -> dict[Path, str]:
    files = {root / "docs" / "cli.md": cli_reference()}
    for shell, filename in SHELLS.items():
        files[root / "completions" / filename] = completion_script(shell)
    return files


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    root = Path.cwd()
    stale = []
    for path, content in generated_files(root).items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == content:
            continue
        stale.append(path)
        if "--check" not in args:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8")
    for path in stale:
        print(f"{'stale' if '--check' in args else 'wrote'}: {path.relative_to(root)}")
    return 1 if stale and "--check" in args else 0


if __name__ == "__main__":
    sys.exit(main())
