"""mlmath shell: one process, the libraries loaded once, any mlmath command line at its prompt."""

from typing import Annotated

import typer

from mlmath.cli.common import common_options
from mlmath.render.output import Output


@common_options(panel="practice", output=False)
def shell(
    history: Annotated[bool, typer.Option(
        "--history/--no-history",
        help="Keep the lines typed in $XDG_STATE_HOME/mlmath/history and read them back next time.")] = True,
    out: Output = None,
) -> None:
    """Interactive shell: run mlmath commands one after another, the libraries loaded only once.

    Type a command as you would after 'mlmath' (dot 1,2,3 4,5,6); Tab completes commands, options and choice
    values, and the lines typed are kept in $XDG_STATE_HOME/mlmath/history. Ctrl-C stops the running command
    and stays in the shell; Ctrl-D or exit leaves. With standard input piped, each line is run as a command,
    so a script can drive it.

    [dim]Examples:[/]
      mlmath shell
      mlmath shell --lang ko
      printf 'dot 1,2 3,4\\nderive "sin(x^2)"\\n' | mlmath shell
    """
    import gc

    from mlmath.environment import current

    gc.enable()  # a session lives long: collect reference cycles as a long-running program does
    environment = current()
    stdin = environment.stdin
    interactive = stdin is not None and stdin.isatty() and environment.stdout.isatty()
    status = _interactive(environment, history) if interactive else _piped(environment, stdin)
    if status:
        raise typer.Exit(status)


def _run(line: str, environment) -> int | None:
    """Run one typed line in an environment of its own; None when the line asks to leave."""
    from mlmath.cli.app import main
    from mlmath.core.shell import read_line
    from mlmath.environment import Environment
    from mlmath.errors import MlmathError

    try:
        typed = read_line(line)
    except MlmathError as error:
        environment.stderr.write(f"mlmath: {error.message}\n")
        return 2
    if typed.kind == "leave":
        return None
    if typed.kind == "empty":
        return 0
    argv = list(typed.argv) if typed.kind == "run" else [*typed.argv, "--help"]
    command = Environment(stdin=None, stdout=environment.stdout, stderr=environment.stderr,
                          environ=environment.environ, language=environment.language)
    status = main(argv, command)
    environment.stdout.flush()
    return status


def _piped(environment, stdin) -> int:
    """Each line of standard input is a command; the status is the worst of theirs (0 when all went well)."""
    worst = 0
    for line in stdin if stdin is not None else ():
        status = _run(line, environment)
        if status is None:
            break
        worst = max(worst, status)
    return worst


def _interactive(environment, keep_history: bool) -> int:
    from mlmath import __version__
    from mlmath.render.shell import banner, prompt

    readline = _readline(environment, keep_history)
    environment.stdout.write(banner(__version__) + "\n")
    while True:
        try:
            line = input(prompt())
        except EOFError:  # Ctrl-D
            environment.stdout.write("\n")
            break
        except KeyboardInterrupt:  # Ctrl-C at the prompt: a fresh line
            environment.stdout.write("\n")
            continue
        if _run(line, environment) is None:
            break
    if readline is not None and keep_history:
        _save_history(readline, environment)
    return 0


def history_path(environ) -> "Path":  # noqa: F821 (annotation only)
    from pathlib import Path

    state = environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "mlmath" / "history"


def _readline(environment, keep_history: bool):
    """readline with mlmath's Tab completion and the saved history (None where the platform has none)."""
    try:
        import readline
    except ImportError:
        return None
    readline.set_completer_delims(" \t\n")
    readline.set_completer(_completer())
    readline.parse_and_bind("tab: complete")
    if keep_history:
        path = history_path(environment.environ)
        try:
            readline.read_history_file(path)
        except OSError:
            pass
    return readline


def _save_history(readline, environment) -> None:
    path = history_path(environment.environ)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        readline.set_history_length(1000)
        readline.write_history_file(path)
    except OSError:
        pass  # a read-only home: the session still worked


def _completer():
    """readline's completer: the candidates of mlmath.core.shell for the line typed so far."""
    import readline
    import shlex

    from mlmath.core.shell import candidates
    from mlmath.registry import COMMANDS

    found: list[str] = []

    def complete(text: str, state: int):
        if state == 0:
            typed = readline.get_line_buffer()[: readline.get_endidx()]
            try:
                words = shlex.split(typed)
            except ValueError:
                words = typed.split()
            if typed and not typed[-1].isspace() and words:
                words = words[:-1]
            options, choices = _command_words(words, text)
            found[:] = candidates(words, text, COMMANDS, options, choices)
        return found[state] if state < len(found) else None

    return complete


def _command_words(words: list[str], incomplete: str) -> tuple[list[str], list[str]]:
    """A command's option spellings, and the choices of the option just before (or of its first argument)."""
    import inspect

    from mlmath.cli.app import command_body
    from mlmath.registry import COMMANDS

    words = words[1:] if words[:1] == ["mlmath"] else words
    if not words or words[0] not in COMMANDS:
        return [], []
    options, choices = ["--help"], []
    wanted_option = words[-1] if len(words) > 1 and words[-1].startswith("--") else None
    for parameter in inspect.signature(command_body(words[0])).parameters.values():
        for meta in getattr(parameter.annotation, "__metadata__", ()):
            written = [getattr(meta, "default", None), *(getattr(meta, "param_decls", None) or ())]
            spellings = [word for text in written if isinstance(text, str) and text.startswith("-")
                         for word in text.split("/")]
            options += spellings
            complete_values = getattr(meta, "autocompletion", None)
            if complete_values is None:
                continue
            positional = not spellings and wanted_option is None and len(words) == 1
            if positional or (wanted_option is not None and wanted_option in spellings):
                choices += complete_values(incomplete)
    return options, choices
