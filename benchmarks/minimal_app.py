"""The startup baseline: a Typer app with mlmath's settings and empty commands of mlmath's names.

`mlmath --help` and Tab completion are measured against this same operation
on this app (DESIGN.md §6), so the ratio shows mlmath's own overhead.  The
names are read from mlmath's generated index, so the app grows with mlmath's
command list.
"""

import typer

from mlmath.registry import COMMANDS

app = typer.Typer(
    name="mlmath",
    help="Explore the math of machine learning.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _empty(name: str):
    def command(values: list[str] = typer.Argument(None), json_output: bool = typer.Option(False, "--json")) -> None:
        """An empty command."""

    command.__name__ = name
    return command


for _name in COMMANDS:
    app.command(_name)(_empty(_name))

if __name__ == "__main__":
    app(prog_name="mlmath")
