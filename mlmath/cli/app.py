"""The Typer app: every command registered, usage errors mapped to one-line messages."""

from __future__ import annotations

import importlib
import os
import sys
from typing import Annotated, Optional

import typer
from typer.core import TyperCommand, TyperGroup

from mlmath import __version__
from mlmath.cli.common import MlmathCommand
from mlmath.errors import ExitStatus, MlmathError

HELP = """Explore the math of machine learning: the answer, the steps that reach it, and a picture.

[dim]Examples:[/]
  mlmath matmul "[[2,3],[4,5],[6,7]]" "[[10],[20]]"
  mlmath dot 1,2,3 4,5,6 --expect 32
  mlmath cosine 1,2 -2,-4 --json
"""

# Every command, in the order of the notes: name → the one-line summary that opens its docstring
# (a test keeps the two equal).  The command lives in mlmath.cli.<name>, a function of the same name.
COMMANDS = {
    "matmul": "Multiply matrices: the shape rule (m×n)·(n×p) → m×p and each cell worked out.",
    "dot": "Dot product a·b = Σ aᵢbᵢ, with |a|, |b|, the angle and what the sign means.",
    "cosine": "Cosine similarity cos θ = a·b / (|a||b|): 1 similar, 0 unrelated, -1 opposite.",
    "derive": "Derivative of EXPR with the rule behind every step (power, product, quotient, chain …).",
    "chain": "Chain rule: peel EXPR like an onion, multiply the layers' derivatives, then backpropagate.",
    "softmax": "Softmax p = e^z / Σ e^z: shift by the max, exponentiate, sum, divide; bars of the probabilities.",
    "activation": "Values and derivatives of an activation function, its curve, and the key facts about it.",
    "loss": "Loss functions as torch.nn.functional computes them: each term, the reduction, the gradient.",
    "optimize": "Gradient descent with torch.optim's optimizers: the steps written out, the path, the loss.",
    "attention": "Attention softmax(Q·Kᵀ/√d_k)·V from a sentence: embeddings, Q, K, V, scores, weights, output.",
    "check": "Grade homework: run every problem of a TOML file and compare it with its expected answer.",
}


def command_body(name: str):
    """The function behind ``mlmath NAME`` (importing its module)."""
    return getattr(importlib.import_module(f"mlmath.cli.{name}"), name)


class LazyCommands(TyperGroup):
    """The command group, importing a command's module only when that command is needed.

    Running ``mlmath dot`` loads one module; Tab-completing ``mlmath lo`` loads
    only the commands whose names start with ``lo``; ``mlmath --help`` lists the
    summaries without loading any.
    """

    listing = False  # True while the group's own help is written

    def list_commands(self, ctx) -> list[str]:
        return list(COMMANDS)

    def format_help(self, ctx, formatter) -> None:
        self.listing = True
        try:
            super().format_help(ctx, formatter)
        finally:
            self.listing = False

    def get_command(self, ctx, name: str):
        if name in self.commands or name not in COMMANDS:
            return self.commands.get(name)
        if self.listing:
            return TyperCommand(name, help=COMMANDS[name])  # a line of the listing, never run
        from typer.main import get_command_from_info
        from typer.models import CommandInfo

        info = CommandInfo(name=name, cls=MlmathCommand, callback=command_body(name))
        self.commands[name] = get_command_from_info(
            info, pretty_exceptions_short=app.pretty_exceptions_short, rich_markup_mode=app.rich_markup_mode)
        return self.commands[name]

    def resolve_command(self, ctx, args):
        from difflib import get_close_matches

        from typer._click.exceptions import UsageError

        try:
            return self._click_resolve_command(ctx, args)
        except UsageError as error:
            matches = get_close_matches(args[0], list(COMMANDS)) if args else []
            if matches:
                error.message = f"{error.message.rstrip('.')}. Did you mean {', '.join(map(repr, matches))}?"
            raise


app = typer.Typer(
    name="mlmath",
    help=HELP,
    cls=LazyCommands,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _show_version(value: bool) -> None:
    if value:
        sys.stdout.write(f"mlmath {__version__}\n")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        Optional[bool],
        typer.Option("--version", "-V", callback=_show_version, is_eager=True, help="Show the version and exit."),
    ] = None,
) -> None:
    """Explore the math of machine learning."""


def _usage_line(error) -> str:
    """A Click usage error as one line: what was wrong, and where to read more."""
    context = getattr(error, "ctx", None)
    where = context.command_path if context is not None else "mlmath"
    message = error.format_message()
    return f"{where}: {message} (see '{where} --help')"


def main(argv: list[str] | None = None) -> None:
    """Run the app and turn every failure into an exit status and at most one line on stderr."""
    from typer._click.exceptions import ClickException, NoArgsIsHelpError
    from typer.exceptions import Abort

    args = sys.argv[1:] if argv is None else list(argv)
    try:
        status = app(args=args, prog_name="mlmath", standalone_mode=False)
    except MlmathError as error:
        sys.stderr.write(f"mlmath: {error.message}\n")
        status = error.exit_status
    except NoArgsIsHelpError as error:
        sys.stdout.write(error.format_message().rstrip("\n") + "\n")  # `mlmath` alone: the help
        status = ExitStatus.OK
    except ClickException as error:
        sys.stderr.write(_usage_line(error) + "\n")
        status = error.exit_code
    except (Abort, KeyboardInterrupt):
        sys.stderr.write("\n")
        status = ExitStatus.INTERRUPTED
    except Exception as error:  # a bug, not bad input: one line, no traceback (MLMATH_DEBUG=1 shows it)
        if os.environ.get("MLMATH_DEBUG"):
            raise
        sys.stderr.write(f"mlmath: internal error ({type(error).__name__}: {error}); please report it "
                         "with the command you ran\n")
        status = ExitStatus.INTERNAL_ERROR
    sys.exit(int(status or 0))
