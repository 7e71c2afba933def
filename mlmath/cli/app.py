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
from mlmath.cli.common import MlmathCommand
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
    "matrices": "help.panel.matrices",
    "calculus": "help.panel.calculus",
    "networks": "help.panel.networks",
    "learning": "help.panel.learning",
    "transformers": "help.panel.transformers",
    "practice": "help.panel.practice",
}


def panel_title(panel: str) -> str:
    from mlmath.text import template

    return template(PANEL_TITLES[panel])


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

    def get_help_option(self, ctx):
        from mlmath.cli.common import help_option_in_language

        return help_option_in_language(super().get_help_option(ctx))

    def format_usage(self, ctx, formatter) -> None:
        from mlmath.cli.common import format_usage_in_language

        format_usage_in_language(self, ctx, formatter)

    def list_commands(self, ctx) -> list[str]:
        return list(registry.COMMANDS)

    def format_help(self, ctx, formatter) -> None:
        from mlmath.cli.helptext import localized_group
        from mlmath.render.widths import install

        install()  # help panels wrap Korean by cells
        self.listing = True
        try:
            with localized_group(self, ctx):
                super().format_help(ctx, formatter)
        finally:
            self.listing = False

    def get_command(self, ctx, name: str):
        from mlmath.text import language

        if name not in registry.COMMANDS:
            return self.commands.get(name)
        panel, summary = registry.COMMANDS[name]
        if self.listing:  # a line of the listing, never run
            from mlmath.cli.helptext import summary_in_language

            return TyperCommand(name, help=summary_in_language(name, summary), rich_help_panel=panel_title(panel))
        if language() != "en":  # built afresh: the cached command speaks English
            from mlmath.cli.helptext import localized

            return localized(self._built(name), name)
        if name not in self.commands:
            self.commands[name] = self._built(name)
        return self.commands[name]

    def _built(self, name: str):
        from typer.main import get_command_from_info
        from typer.models import CommandInfo

        info = CommandInfo(name=name, cls=MlmathCommand, callback=command_body(name))
        return get_command_from_info(
            info, pretty_exceptions_short=app.pretty_exceptions_short, rich_markup_mode=app.rich_markup_mode)

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
    # `mlmath completion SHELL` prints the scripts, installed the standard way for each shell (README);
    # Typer's --install-completion wrote another script, for the shell it guessed
    add_completion=False,
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
    lang: Annotated[
        str | None,
        typer.Option("--lang", metavar="LANG", help="Language of help, messages and explanations: en or ko "
                                                    "\\[default: $MLMATH_LANG, else the locale]."),
    ] = None,
) -> None:
    """Explore the math of machine learning."""
    # --lang is read before Click parses the line (see main), so that help and errors already speak it


def _language_asked(args: list[str]) -> str | None:
    """The value of ``--lang`` anywhere on the line, read before Click parses it, so that help and usage
    errors are already in that language (``mlmath loss --help --lang ko``)."""
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(args):
            return args[index + 1]
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
    return None


def main(argv: list[str] | None = None, environment: Environment | None = None) -> int:
    """Run one command line in ``environment`` (the process's own by default) and return its exit status;
    every failure becomes a status and at most one line on stderr, in the language in force."""
    env = environment or Environment.of_process()
    args = sys.argv[1:] if argv is None else list(argv)
    with running_in(env):
        return _run(args, env)


def _run(args: list[str], env: Environment) -> int:
    import contextlib
    import os

    from mlmath import text
    from mlmath.cli.usage import usage_line

    if not args:
        args = ["--help"]  # `mlmath` alone: the help
    stderr = env.stderr
    wanted = env.environ.get("MLMATH_LANG", "").strip()
    if wanted and wanted.lower() not in text.LANGUAGES:
        stderr.write("mlmath: " + text.template("errors.unknown_language.environment").format(value=wanted) + "\n")
    try:
        asked = _language_asked(args)
        if asked is not None:
            if asked.lower() not in text.LANGUAGES:
                raise MlmathError(text.say("errors.unknown_language", value=asked),
                                  hint=text.say("errors.unknown_language.hint"), argument="--lang")
            env.language = asked.lower()
        # Typer writes help and completion to sys.stdout itself; everything of mlmath's goes to env.
        redirect = contextlib.nullcontext() if env.stdout is sys.stdout else contextlib.redirect_stdout(env.stdout)
        with redirect:
            status = app(args=args, prog_name="mlmath", standalone_mode=False)
    except MlmathError as error:
        stderr.write(f"mlmath: {error.message}\n")
        status = error.exit_status
    except typer.Exit as exit_:
        status = exit_.exit_code
    except typer.TyperException as error:  # Click's usage errors: unknown option, missing argument …
        stderr.write(usage_line(error) + "\n")
        status = getattr(error, "exit_code", ExitStatus.BAD_INPUT)
    except (typer.Abort, KeyboardInterrupt):
        stderr.write("\n")
        status = ExitStatus.INTERRUPTED
    except MemoryError:  # asked for more than the memory this process may have (ulimit -v, a small machine)
        stderr.write("mlmath: " + text.template("errors.out_of_memory") + "\n")
        status = ExitStatus.BAD_INPUT
    except Exception as error:  # a bug, not bad input: one line, no traceback (MLMATH_DEBUG=1 shows it)
        if env.environ.get("MLMATH_DEBUG") or os.environ.get("MLMATH_DEBUG"):
            raise
        what = f"{type(error).__name__}: {error}"
        stderr.write("mlmath: " + text.template("errors.internal").format(error=what) + "\n")
        status = ExitStatus.INTERNAL_ERROR
    return int(status or 0)
