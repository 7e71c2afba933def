"""The shape every core operation returns: a value, named intermediates, and steps.

A ``Step`` is data, not prose: ``key`` names a sentence in :mod:`mlmath.text`
and ``args`` are the values to put in it.  Language and the number of digits
shown are decided when the step is rendered, never here.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

JSON_KEY = "json"  # a field's metadata: False keeps it out of --json (data only the view needs)


@dataclass(frozen=True)
class Step:
    """One explanation step: a keyed sentence, its values, and nested sub-steps."""

    key: str
    args: dict[str, Any] = field(default_factory=dict)
    children: tuple[Step, ...] = ()


@dataclass(frozen=True)
class Computed:
    """Printed numbers combined into a printed result: ``2.7115·0.070737·3 = 0.5754``.

    ``terms`` are summed; a tuple among them is a product of its factors.  The sum may be divided by a
    ``divisor`` (a number, or a tuple: a product) — ``32 / (3.742·8.775)`` — and a ``function`` may be
    applied to it: ``"arccos°"`` (arccos in degrees, ``arccos(0.97463)``) or ``"√"``.  The step's view
    writes it so a calculator reproduces the printed result from the printed numbers: with more digits in
    the numbers when ``--precision``'s would not, and with ≈ when even those would not
    (:mod:`mlmath.render.steps`)."""

    terms: tuple[Any, ...]
    value: Any
    divisor: Any = None
    function: str | None = None



def step(key: str, *children: Step, **args: Any) -> Step:
    """Build a step: ``step("dot.sum", terms=[(1, 4), (2, 5)], total=14)``."""
    return Step(key, args, tuple(children))


MAX_SHOWN_ITEMS = 10
MORE = "…"  # stands for the items of a long list a sentence leaves out


def shown_positions(length: int) -> list[int | None]:
    """Which items of a list a sentence shows: all of up to ten, else the first six and the last two
    around ``None`` (written …)."""
    if length <= MAX_SHOWN_ITEMS:
        return list(range(length))
    return [*range(6), None, *range(length - 2, length)]


def shortened(items: Any) -> list[Any]:
    """The items of a list (or array) a sentence shows, with :data:`MORE` for those left out."""
    return [MORE if position is None else items[position] for position in shown_positions(len(items))]


def shown(default: Any = None, *, default_factory: Any = None) -> Any:
    """A field that the view draws but ``--json`` leaves out: the operands as given, labels, view options."""
    if default_factory is not None:
        return field(default_factory=default_factory, metadata={JSON_KEY: False}, repr=False, compare=False,
                     kw_only=True)
    return field(default=default, metadata={JSON_KEY: False}, repr=False, compare=False, kw_only=True)


@dataclass
class Result:
    """Base of every operation's result.

    Subclasses add fields; every field except ``steps`` and those declared
    with :func:`shown` is a named intermediate that appears under its own name
    in ``--json``.  ``result`` is the headline answer.

    A result draws itself: ``FooResult`` from ``mlmath.core.<topic>`` is shown
    by ``show_foo(result, out)`` in ``mlmath.render.<topic>`` (see
    :func:`mlmath.render.draw`), in a terminal, in a REPL (``__rich_console__``) and in
    Jupyter (``_repr_markdown_``) alike.
    """

    result: Any
    steps: list[Step] = field(default_factory=list, kw_only=True)

    def named_values(self) -> dict[str, Any]:
        """Every field but ``steps`` and the view's own, in declaration order, ``result`` first."""
        return {f.name: getattr(self, f.name) for f in fields(self)
                if f.name != "steps" and f.metadata.get(JSON_KEY, True)}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # keep the short repr: @dataclass writes its own __repr__ only where the class has none yet
        if "__repr__" not in cls.__dict__:
            cls.__repr__ = Result.__repr__

    def __repr__(self) -> str:
        return f"{type(self).__name__}(result={_brief(self.result)}, steps={len(self.steps)})"

    def __rich_console__(self, console: Any, options: Any) -> Any:
        from mlmath.render import drawn_text

        yield drawn_text(self, color=console.color_system is not None, width=options.max_width)

    def _repr_markdown_(self) -> str:
        from mlmath.render import drawn_text

        return "```text\n" + drawn_text(self, color=False).plain.rstrip() + "\n```"


def _brief(value: Any) -> str:
    """A value in one short line: arrays summarised as NumPy does, long text cut."""
    if type(value).__module__ == "numpy":
        import numpy as np

        with np.printoptions(threshold=8, edgeitems=2, precision=4):
            text = repr(value)
    else:
        text = repr(value)
    text = " ".join(text.split())
    return text if len(text) <= 120 else text[:117] + "..."
