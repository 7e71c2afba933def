"""The startup baseline: a Typer app with mlmath's settings and nine empty commands.

`mlmath --help` and Tab completion are measured against this same operation
on this app (DESIGN.md §6), so the ratio shows mlmath's own overhead.
"""

import typer

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


for _name in ("matmul", "dot", "cosine", "derive", "chain", "softmax", "loss", "optimize", "attention"):
    app.command(_name)(_empty(_name))

if __name__ == "__main__":
    app(prog_name="mlmath")
