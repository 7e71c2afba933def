"""The Typer app: every command registered, usage errors mapped to one-line messages.

The commands are the modules of this package that define a function of their
own name with :func:`mlmath.cli.common.common_options`; ``mlmath --help`` and
Tab completion read their names and summaries from the generated index
:mod:`mlmath.registry`, so they import none of them.
"""

from __future__ import annotations

import importlib
import sys
from typing import Annotated

import typer
from typer.core import TyperCommand, TyperGroup

from mlmath import __version__, registry
from mlmath.cli.common import MlmathCommand, unmark
from mlmath.environment import Environment, running_in
from mlmath.errors import ExitStatus, MlmathError

HELP = """Explore the math of machine learning: the answer, the steps that reach it, and a picture.

[dim]Examples:[/]
  mlmath matmul "[[2,3],[4,5],[6,7]]" "[[10],[20]]"
  mlmath dot 1,2,3 4,5,6 --expect 32
  mlmath cosine 1,2 -2,-4 --json
"""

# The headings of `mlmath --help`, in the order of the course notes.
PANEL_TITLES = {
    "matrices": "Vectors and matrices",
    "calculus": "Derivatives and integrals",
    "networks": "Neural-network pieces",
    "learning": "Learning",
    "transformers": "Transformers",
    "practice": "Practice and homework",
}


def module_name(command: str) -> str:
    """``leaky-relu`` → ``leaky_relu``: the module (and function) of a command."""
    return command.replace("-", "_")


def command_body(name: str):
    """The function behind ``mlmath NAME`` (importing its module)."""
    module = module_name(name)
    return getattr(importlib.import_module(f"mlmath.cli.{module}"), module)


class LazyCommands(TyperGroup):
    """The command group, importing a command's module only when that command is needed.

    Running ``mlmath dot`` loads one module; Tab-completing ``mlmath lo`` loads
    only the commands whose names start with ``lo``; ``mlmath --help`` lists the
    summaries without loading any.
    """

    listing = False  # True while the group's own help is written

    def list_commands(self, ctx) -> list[str]:
        return list(registry.COMMANDS)

    def format_help(self, ctx, formatter) -> None:
        self.listing = True
        try:
            super().format_help(ctx, formatter)
        finally:
            self.listing = False

    def get_command(self, ctx, name: str):
        if name in self.commands or name not in registry.COMMANDS:
            return self.commands.get(name)
        panel, summary = registry.COMMANDS[name]
        if self.listing:  # a line of the listing, never run
            return TyperCommand(name, help=summary, rich_help_panel=PANEL_TITLES[panel])
        from typer.main import get_command_from_info
        from typer.models import CommandInfo

        info = CommandInfo(name=name, cls=MlmathCommand, callback=command_body(name))
        self.commands[name] = get_command_from_info(
            info, pretty_exceptions_short=app.pretty_exceptions_short, rich_markup_mode=app.rich_markup_mode)
        return self.commands[name]

    def resolve_command(self, ctx, args):
        from difflib import get_close_matches

        try:
            return super().resolve_command(ctx, args)
        except typer.TyperException as error:  # Click's usage errors derive from it
            matches = get_close_matches(args[0], list(registry.COMMANDS)) if args else []
            if matches and "Did you mean" not in error.message:
                error.message = f"{error.message.rstrip('.')}. Did you mean {', '.join(map(repr, matches))}?"
            raise


app = typer.Typer(
    name="mlmath",
    help=HELP,
    cls=LazyCommands,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _show_version(value: bool) -> None:
    if value:
        from mlmath.environment import current

        current().stdout.write(f"mlmath {__version__}\n")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool | None,
        typer.Option("--version", "-V", callback=_show_version, is_eager=True, help="Show the version and exit."),
    ] = None,
) -> None:
    """Explore the math of machine learning."""


def _usage_line(error) -> str:
    """A Click usage error as one line: what was wrong, and where to read more."""
    context = getattr(error, "ctx", None)
    where = context.command_path if context is not None else "mlmath"
    message = unmark(" ".join(error.format_message().split()))
    return f"{where}: {message} (see '{where} --help')"


def main(argv: list[str] | None = None, environment: Environment | None = None) -> int:
    """Run one command line in ``environment`` (the process's own by default) and return its exit status;
    every failure becomes a status and at most one line on stderr."""
    import contextlib
    import os

    env = environment or Environment.of_process()
    args = sys.argv[1:] if argv is None else list(argv)
    if not args:
        args = ["--help"]  # `mlmath` alone: the help
    stderr = env.stderr
    try:
        # Typer writes help and completion to sys.stdout itself; everything of mlmath's goes to env.
        redirect = contextlib.nullcontext() if env.stdout is sys.stdout else contextlib.redirect_stdout(env.stdout)
        with running_in(env), redirect:
            status = app(args=args, prog_name="mlmath", standalone_mode=False)
    except MlmathError as error:
        stderr.write(f"mlmath: {error.message}\n")
        status = error.exit_status
    except typer.Exit as exit_:
        status = exit_.exit_code
    except typer.TyperException as error:  # Click's usage errors: unknown option, missing argument …
        stderr.write(_usage_line(error) + "\n")
        status = getattr(error, "exit_code", ExitStatus.BAD_INPUT)
    except (typer.Abort, KeyboardInterrupt):
        stderr.write("\n")
        status = ExitStatus.INTERRUPTED
    except Exception as error:  # a bug, not bad input: one line, no traceback (MLMATH_DEBUG=1 shows it)
        if env.environ.get("MLMATH_DEBUG") or os.environ.get("MLMATH_DEBUG"):
            raise
        stderr.write(f"mlmath: internal error ({type(error).__name__}: {error}); please report it "
                     "with the command you ran\n")
        status = ExitStatus.INTERNAL_ERROR
    return int(status or 0)
