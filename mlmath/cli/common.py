"""What every command shares: its Typer class, the common options, and emitting a result.

A command module declares only its own options and a body::

    @common_options(plot=True)
    def softmax(logits: ..., out: Output) -> None:
        result = core.softmax(parse_array(logits, "LOGITS"))
        emit("softmax", result, out, view=views.show_softmax)

``common_options`` adds ``--json --expect --tol --precision --no-steps``
(and ``--plot/--no-plot``) to the signature Typer sees and hands them to the
body as one :class:`Output`.
"""

from __future__ import annotations

import functools
import inspect
import re
from collections.abc import Callable
from typing import Annotated, Any, Optional

import typer
from typer._click.parser import _OptionParser
from typer.core import TyperCommand

from mlmath.errors import ExitStatus
from mlmath.render.numbers import DEFAULT_PRECISION
from mlmath.render.output import Output

OUTPUT_PANEL = "Output"

# A token like -1,2 or -0.5 or -.5 is a value, not an option.
NEGATIVE_VALUE = re.compile(r"-\.?\d")


class _ValueFriendlyParser(_OptionParser):
    """Click's option parser, except that ``-1,2`` is a positional value."""

    def _process_args_for_options(self, state) -> None:
        while state.rargs:
            arg = state.rargs.pop(0)
            if arg == "--":
                return
            if NEGATIVE_VALUE.match(arg):
                state.largs.append(arg)
            elif arg[:1] in self._opt_prefixes and len(arg) > 1:
                self._process_opts(arg, state)
            elif self.allow_interspersed_args:
                state.largs.append(arg)
            else:
                state.rargs.insert(0, arg)
                return


class MlmathCommand(TyperCommand):
    """A Typer command whose parser reads negative numbers as values."""

    def make_parser(self, ctx):
        parser = _ValueFriendlyParser(ctx)
        for param in self.get_params(ctx):
            param.add_to_parser(parser, ctx)
        return parser


def _common_parameters(plot: bool, expect: bool = True) -> list[inspect.Parameter]:
    keyword = inspect.Parameter.KEYWORD_ONLY
    parameters = [
        inspect.Parameter(
            "json_output",
            keyword,
            default=False,
            annotation=Annotated[
                bool,
                typer.Option("--json", help="Print one JSON object (full precision) instead of tables.",
                             rich_help_panel=OUTPUT_PANEL),
            ],
        ),
        inspect.Parameter(
            "expect",
            keyword,
            default=None,
            annotation=Annotated[
                Optional[str],
                typer.Option("--expect", metavar="VALUE",
                             help="Check the answer: exit 0 if it matches VALUE, 1 if not.",
                             rich_help_panel=OUTPUT_PANEL),
            ],
        ),
        inspect.Parameter(
            "tol",
            keyword,
            default=None,
            annotation=Annotated[
                Optional[str],
                typer.Option("--tol", metavar="T",
                             help="Tolerance for --expect \\[default: half a unit in the last decimal "
                                  "written, or 1e-9].", rich_help_panel=OUTPUT_PANEL),
            ],
        ),
        inspect.Parameter(
            "precision",
            keyword,
            default=DEFAULT_PRECISION,
            annotation=Annotated[
                int,
                typer.Option("--precision", metavar="N", min=0, max=16,
                             help="Decimals shown (JSON keeps full precision).", rich_help_panel=OUTPUT_PANEL),
            ],
        ),
        inspect.Parameter(
            "no_steps",
            keyword,
            default=False,
            annotation=Annotated[
                bool,
                typer.Option("--no-steps", help="Hide the step-by-step explanation.", rich_help_panel=OUTPUT_PANEL),
            ],
        ),
    ]
    if not expect:
        parameters = [parameter for parameter in parameters if parameter.name not in ("expect", "tol")]
    if plot:
        parameters.append(
            inspect.Parameter(
                "plot",
                keyword,
                default=None,
                annotation=Annotated[
                    Optional[bool],
                    typer.Option("--plot/--no-plot", help="Draw the plot [default: on a terminal].",
                                 show_default=False, rich_help_panel=OUTPUT_PANEL),
                ],
            )
        )
    return parameters


COMMON_NAMES = ("json_output", "expect", "tol", "precision", "no_steps", "plot")


def common_options(plot: bool = False, expect: bool = True) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Give a command the common output options; its body receives them as ``out: Output``.

    ``expect=False`` leaves out ``--expect`` and ``--tol`` (for ``check``, whose file holds the answers).
    """

    def decorate(body: Callable[..., None]) -> Callable[..., None]:
        signature = inspect.signature(body)
        own = [parameter for name, parameter in signature.parameters.items() if name != "out"]

        @functools.wraps(body)
        def command(**kwargs: Any) -> None:
            out = Output(
                json=kwargs.pop("json_output"),
                expect=kwargs.pop("expect", None),
                tol=kwargs.pop("tol", None),
                precision=kwargs.pop("precision"),
                steps=not kwargs.pop("no_steps"),
                plot=kwargs.pop("plot", None),
            )
            body(**kwargs, out=out)

        command.__signature__ = signature.replace(parameters=[*own, *_common_parameters(plot, expect)])
        return command

    return decorate


def numeric_check(got: Any, out: Output):
    """``--expect`` for numeric answers: parse the expected value and compare within ``--tol``."""
    from mlmath.core.compare import Check, numbers_match
    from mlmath.parsing.numbers import default_tolerance, parse_array, parse_tolerance

    expected = parse_array(out.expect, "--expect", max_ndim=3)
    tolerance = parse_tolerance(out.tol) if out.tol is not None else default_tolerance(out.expect)
    return Check(expected=expected, got=got, passed=numbers_match(got, expected, tolerance), tolerance=tolerance)


def emit(
    command: str,
    result: Any,
    out: Output,
    *,
    view: Callable[[Any, Output], None],
    check: Callable[[Any, Output], Any] | None = None,
) -> None:
    """Print ``result`` as JSON or through ``view``, run ``--expect``, and set the exit status."""
    outcome = None
    if out.expect is not None:
        outcome = (check or numeric_check)(result.result, out)
    if out.json:
        from mlmath.render.jsonout import result_document, to_json

        document = result_document(command, result, out.precision, outcome)
        out.console.file.write(to_json(document) + "\n")
        out.console.file.flush()
    else:
        view(result, out)
        if outcome is not None:
            from mlmath.render.check import show_check

            show_check(outcome, out)
    if outcome is not None and not outcome.passed:
        raise typer.Exit(ExitStatus.CHECK_FAILED)
