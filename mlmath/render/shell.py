"""What mlmath shell prints itself: the greeting and the prompt (each command prints its own output)."""

from __future__ import annotations

from mlmath.text import template


def banner(version: str) -> str:
    return template("shell.banner").format(version=version)


def prompt() -> str:
    return template("shell.prompt")
