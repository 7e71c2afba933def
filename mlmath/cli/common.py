"""What every command shares: its Typer class, the common options, and emitting a result.

A command module declares only its own options and a body::

    @common_options(panel="networks", plot=True)
    def softmax(logits: ..., out: Output) -> None:
        result = core.softmax(parse_array(logits, "LOGITS"))
        emit(result, out)

``common_options`` adds ``--json --expect --tol --precision --no-steps``
(and ``--plot/--no-plot``, ``--export``, ``--lang``) to the signature Typer
sees and hands them to the body as one :class:`Output`; ``panel`` is the
heading the command is listed under in ``mlmath --help``.
"""

from __future__ import annotations

import functools
import inspect
import re
from collections.abc import Callable
from typing import Annotated, Any, Optional

import typer
from typer.core import TyperCommand, TyperOption
from typer.models import ArgumentInfo

from mlmath.cli.choices import complete
from mlmath.errors import ExitStatus, MlmathError
from mlmath.render.numbers import DEFAULT_PRECISION
from mlmath.render.output import Output
from mlmath.text import LANGUAGES, say

OUTPUT_PANEL = "Output"

# A token like -1,2 or -0.5 or -.5 is a value, not an option.
NEGATIVE_VALUE = re.compile(r"-\.?\d")
# Marks a negative value while Click parses, so that it is not taken for an option.  No argument
# of a real command line can hold a NUL character, so the mark cannot clash with a user's text.
VALUE_MARK = "\0"


def help_option_in_language(option):
    """``--help`` described in the language in force."""
    from mlmath.text import DEFAULT_LANGUAGE, language, template

    if option is not None and language() != DEFAULT_LANGUAGE:
        option.help = template("help.option.help")
        option.rich_help_panel = template("help.panel.options")
    return option


def format_usage_in_language(command, ctx, formatter) -> None:
    """Click's usage line (``Usage: mlmath dot [OPTIONS] A B``), its prefix in the language in force."""
    from mlmath.cli.helptext import usage_prefix

    pieces = getattr(command, "usage_pieces", None) or command.collect_usage_pieces(ctx)
    formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=usage_prefix())


class MlmathCommand(TyperCommand):
    """A Typer command that reads ``-1,2`` as a value wherever a value may stand."""

    def get_help_option(self, ctx):
        return help_option_in_language(super().get_help_option(ctx))

    def format_help(self, ctx, formatter) -> None:
        from mlmath.cli.helptext import required_in_language
        from mlmath.render.widths import install

        install()  # help panels wrap Korean by cells
        with required_in_language(self, ctx):
            super().format_help(ctx, formatter)

    def format_usage(self, ctx, formatter) -> None:
        format_usage_in_language(self, ctx, formatter)

    def parse_args(self, ctx, args: list[str]) -> list[str]:
        marked = _mark_negative_values(args, _options_taking_values(self, ctx))
        rest = super().parse_args(ctx, marked)
        for name, value in ctx.params.items():
            ctx.params[name] = unmark(value)
        return [unmark(arg) for arg in rest]


def _options_taking_values(command, ctx) -> set[str]:
    """The spellings of the options that take a value (``--start``, ``-o``): what follows them is theirs."""
    names: set[str] = set()
    for param in command.get_params(ctx):
        if isinstance(param, TyperOption) and not param.is_flag:
            names.update(param.opts)
            names.update(param.secondary_opts)
    return names


def _mark_negative_values(args: list[str], value_options: set[str]) -> list[str]:
    marked, after_option, ended = [], False, False
    for arg in args:
        if ended or after_option:
            marked.append(arg)
            after_option = False
        elif arg == "--":
            marked.append(arg)
            ended = True
        elif NEGATIVE_VALUE.match(arg):
            marked.append(VALUE_MARK + arg)
        else:
            marked.append(arg)
            after_option = arg in value_options
    return marked


def unmark(value: Any) -> Any:
    """A parsed value with the marks of :func:`_mark_negative_values` taken off again."""
    if isinstance(value, str):
        return value.removeprefix(VALUE_MARK)
    if isinstance(value, (list, tuple)):
        return type(value)(unmark(item) for item in value)
    return value


def _option(name: str, kind: Any, default: Any, *declarations: str, **settings: Any) -> inspect.Parameter:
    """One keyword parameter carrying a Typer option of the Output panel."""
    option = typer.Option(*declarations, rich_help_panel=OUTPUT_PANEL, **settings)
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default,
                             annotation=Annotated[kind, option])


def _common_parameters(plot: bool, expect: bool = True, output: bool = True) -> list[inspect.Parameter]:
    if not output:
        return [_language_option()]
    parameters = [_option("json_output", bool, False, "--json",
                          help="Print one JSON object (full precision) instead of tables.")]
    if expect:
        parameters += [
            _option("expect", Optional[str], None, "--expect", metavar="VALUE",
                    help="Check the answer: exit 0 if it matches VALUE, 1 if not."),
            _option("tol", Optional[str], None, "--tol", metavar="T",
                    help="Tolerance for --expect \\[default: half a unit in the last digit written "
                         "(0.4 and 4e-1 alike), or 1e-9]."),
        ]
    parameters += [
        _option("precision", int, DEFAULT_PRECISION, "--precision", metavar="N", min=1, max=16,
                help="Significant digits shown (JSON keeps full precision)."),
        _option("no_steps", bool, False, "--no-steps", help="Hide the step-by-step explanation."),
    ]
    if plot:
        parameters.append(_option("plot", Optional[bool], None, "--plot/--no-plot", show_default=False,
                                  help="Draw the plot \\[default: on a terminal]."))
    parameters += [
        _option("export", Optional[str], None, "--export", metavar="FILE",
                help="Also save what is shown to FILE.svg, FILE.html or FILE.txt."),
        _option("no_pager", bool, False, "--no-pager",
                help="Print long output straight to the terminal \\[default: through $MLMATH_PAGER, $PAGER or less "
                     "when it does not fit]."),
        _language_option(),
    ]
    return parameters


def _language_option() -> inspect.Parameter:
    return _option("lang", Optional[str], None, "--lang", metavar="LANG", autocompletion=complete(LANGUAGES),
                   help="Language of the explanations: en or ko \\[default: $MLMATH_LANG, else the locale].")


PANELS = ("matrices", "calculus", "networks", "learning", "transformers", "practice")


def common_options(panel: str, plot: bool = False, expect: bool = True,
                   output: bool = True) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Make ``body`` an mlmath command listed under ``panel`` (one of :data:`PANELS`) in ``mlmath --help``,
    with the common output options; its body receives them as ``out: Output``.

    ``expect=False`` leaves out ``--expect`` and ``--tol`` (for ``check``, whose file holds the answers);
    ``output=False`` leaves only ``--lang`` (for ``shell``, whose commands have their own).
    """
    if panel not in PANELS:
        raise ValueError(f"unknown panel {panel!r}; one of {', '.join(PANELS)}")

    def decorate(body: Callable[..., None]) -> Callable[..., None]:
        signature = inspect.signature(body)
        own = [parameter for name, parameter in signature.parameters.items() if name != "out"]
        name = body.__name__.replace("_", "-")
        spellings = _spellings(own)

        @functools.wraps(body)
        def command(**kwargs: Any) -> None:
            from mlmath.environment import current

            environment = current()
            json_output = kwargs.pop("json_output", False)
            _choose_language(kwargs.pop("lang"), environment)
            out = Output(
                command=name,
                stdout=environment.stdout,
                stderr=environment.stderr,
                environ=environment.environ,
                json=json_output,
                expect=kwargs.pop("expect", None),
                tolerance=_tolerance(kwargs.pop("tol", None)),
                precision=kwargs.pop("precision", DEFAULT_PRECISION),
                steps=not kwargs.pop("no_steps", False),
                plot=kwargs.pop("plot", None),
                export=_export_path(kwargs.pop("export", None), json_output),
                pager=not kwargs.pop("no_pager", False),
            )
            try:
                body(**kwargs, out=out)
            except MlmathError as error:
                raise error.spoken_as(spellings) from None
            except typer.Exit:
                _save_export(out)  # a failed --expect was shown too: save it
                raise
            finally:
                out.finish()  # what a long answer held back for the pager
            _save_export(out)

        command.__signature__ = signature.replace(parameters=[*own, *_common_parameters(plot, expect, output)])
        command.__doc__ = reflowed(body.__doc__ or "")
        command.mlmath_panel = panel  # read by the generator of mlmath.registry
        return command

    return decorate


def _spellings(parameters: list[inspect.Parameter]) -> dict[str, str]:
    """Each parameter of a command → how a command line writes it: ``pred`` → ``--pred``, ``logits`` → ``LOGITS``."""
    spellings = {}
    for parameter in parameters:
        for meta in getattr(parameter.annotation, "__metadata__", ()):
            # inside Annotated, Typer keeps the first spelling as ``default`` and the rest as ``param_decls``
            written = [getattr(meta, "default", None), *(getattr(meta, "param_decls", None) or ())]
            declared = [d for d in written if isinstance(d, str) and d.startswith("--")]
            if declared:
                spellings[parameter.name] = declared[0]
                spellings.setdefault(declared[0][2:].replace("-", "_"), declared[0])  # range_ and range: --range
            elif isinstance(meta, ArgumentInfo):
                spellings[parameter.name] = meta.metavar or parameter.name.upper()
    return spellings


def reflowed(doc: str) -> str:
    """A docstring whose prose paragraphs are each one line, so that the help wraps them to the terminal
    (Typer keeps every line break); indented blocks (examples, formulas, file samples) keep theirs."""
    import inspect

    paragraphs = inspect.cleandoc(doc).split("\n\n")
    joined = []
    for paragraph in paragraphs:
        lines = paragraph.split("\n")
        prose = all(line and not line[0].isspace() for line in lines) and not lines[-1].startswith("[dim]")
        joined.append(" ".join(line.strip() for line in lines) if prose else paragraph)
    return "\n\n".join(joined)


def _save_export(out: Output) -> None:
    if out.export is not None:
        from mlmath.render.output import save_export

        save_export(out)


EXPORT_SUFFIXES = (".svg", ".html", ".txt")
JSON_EXPORT_SUFFIXES = (".json", ".txt")


def _export_path(text: str | None, json_output: bool | None):
    """``--export FILE``: checked before anything runs."""
    if text is None:
        return None
    from pathlib import Path

    from mlmath.errors import InputError

    path = Path(text)
    if json_output and path.suffix.lower() not in JSON_EXPORT_SUFFIXES:
        raise InputError(say("errors.export.json_suffix", file=text), hint=say("errors.export.json_suffix.hint"),
                         argument="--export")
    if not json_output and path.suffix.lower() not in EXPORT_SUFFIXES:
        raise InputError(say("errors.export.suffix", file=text), hint=say("errors.export.suffix.hint"),
                         argument="--export")
    if not path.parent.is_dir():
        raise InputError(say("errors.export.no_folder", folder=str(path.parent)), argument="--export")
    if path.is_dir():
        raise InputError(say("errors.export.folder", file=text), hint=say("errors.export.folder.hint"),
                         argument="--export")
    return path


def _tolerance(text: str | None) -> float | None:
    """``--tol T``, read once and before anything runs (even without --expect: never ignored)."""
    if text is None:
        return None
    from mlmath.parsing.numbers import parse_tolerance

    return parse_tolerance(text)


def _choose_language(lang: str | None, environment) -> None:
    from mlmath import text
    from mlmath.errors import InputError

    if lang is None:
        return
    if lang.lower() not in text.LANGUAGES:
        raise InputError(say("errors.unknown_language", value=lang), hint=say("errors.unknown_language.hint"),
                         argument="--lang")
    environment.language = lang.lower()


def numeric_check(got: Any, out: Output):
    """``--expect`` for numeric answers: parse the expected value and compare within ``--tol``."""
    from mlmath.core.compare import Check, numbers_match
    from mlmath.errors import InputError
    from mlmath.parsing.numbers import default_tolerance, parse_array

    expected = parse_array(out.expect, "--expect", max_ndim=3)
    tolerance = out.tolerance if out.tolerance is not None else default_tolerance(out.expect)
    try:
        passed = numbers_match(got, expected, tolerance)
    except OverflowError:
        raise InputError(say("errors.too_large_for_float"), argument="--expect") from None
    return Check(expected=expected, got=got, passed=passed, tolerance=tolerance)


def print_json(document: dict[str, Any], out: Output) -> None:
    """The one JSON object on stdout (and in the ``--export`` file, if asked for)."""
    from contextlib import ExitStack

    from mlmath.render.jsonout import write_json

    stream = out.console.file
    with ExitStack() as files:
        writers = [stream.write]
        if out.export is not None:
            writers.append(files.enter_context(_open_export(out.export)).write)

        def write(piece: str) -> None:
            for writer in writers:
                writer(piece)

        write_json(document, write)
        write("\n")
    stream.flush()


def _open_export(path):
    """The --export file for JSON, opened before anything is printed."""
    from mlmath.errors import InputError

    try:
        return path.open("w", encoding="utf-8")
    except OSError as error:
        raise InputError(say("errors.export.cannot_write", file=str(path), reason=error.strerror),
                         argument="--export") from None


def emit(result: Any, out: Output, *, check: Callable[[Any, Output], Any] | None = None) -> None:
    """Print ``result`` as JSON or drawn by its view, run ``--expect``, and set the exit status.

    ``check(result, out)`` compares ``--expect`` with the result where numbers within ``--tol`` are not
    the rule (expressions).
    """
    outcome = None
    if out.expect is not None:
        outcome = check(result, out) if check is not None else numeric_check(result.result, out)
    if out.json:
        from mlmath.render.jsonout import result_document

        print_json(result_document(out.command, result, out.precision, outcome, steps=out.steps), out)
    else:
        from mlmath.render import draw

        draw(result, out)
        if outcome is not None:
            from mlmath.render.check import show_check

            show_check(outcome, out)
    if outcome is not None and not outcome.passed:
        raise typer.Exit(ExitStatus.CHECK_FAILED)


def read_numbers(text: str, name: str, *, max_ndim: int, hint: Any) -> Any:
    """Numbers in any accepted form; where the text is not a file, a failure carries ``hint`` (say, the built-in
    names a word could have been) instead of the generic one."""
    from mlmath.errors import InputError
    from mlmath.parsing import parse_array

    try:
        return parse_array(text, name, max_ndim=max_ndim, hint=hint)
    except InputError as error:
        if not text.strip().startswith("@"):  # a file's own problem keeps its own hint
            error.hint = hint
            error.args = (error.message,)
        raise
