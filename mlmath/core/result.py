"""The shape every core operation returns: a value, named intermediates, and steps.

A ``Step`` is data, not prose: ``key`` names a sentence in :mod:`mlmath.text`
and ``args`` are the values to put in it.  Language and the number of digits
shown are decided when the step is rendered, never here.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


@dataclass(frozen=True)
class Step:
    """One explanation step: a keyed sentence, its values, and nested sub-steps."""

    key: str
    args: dict[str, Any] = field(default_factory=dict)
    children: tuple[Step, ...] = ()


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


@dataclass
class Result:
    """Base of every operation's result.

    Subclasses add fields; every field except ``steps`` is a named
    intermediate that appears under its own name in ``--json``.  ``result``
    is the headline answer.
    """

    result: Any
    steps: list[Step] = field(default_factory=list, kw_only=True)

    def named_values(self) -> dict[str, Any]:
        """Every field but ``steps``, in declaration order, ``result`` first."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "steps"}
