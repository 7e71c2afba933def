"""Tab completion of choice values, kept light: completion must not import numpy.

A command names the core constant that holds its choices::

    autocompletion=choices_of("mlmath.core.losses:KINDS", "mlmath.core.losses:ALIASES")

and ``python -m mlmath.cli.reference`` writes the values of every constant
named this way into ``mlmath.registry.CHOICES``, where completion reads them
(a test fails when the index is stale).  The core module stays the one place
that lists them.
"""

from __future__ import annotations

from collections.abc import Callable


def complete(names: tuple[str, ...]) -> Callable[[str], list[str]]:
    """A Typer completion function offering the ``names`` that start with what was typed."""

    def completion(incomplete: str) -> list[str]:
        return [name for name in names if name.startswith(incomplete)]

    return completion


def complete_list(names: tuple[str, ...]) -> Callable[[str], list[str]]:
    """Completion for a comma-separated list (``sgd,mo`` → ``sgd,momentum``): the last item is completed."""

    def completion(incomplete: str) -> list[str]:
        done, _, last = incomplete.rpartition(",")
        prefix = f"{done}," if done else ""
        return [prefix + name for name in names if name.startswith(last)]

    return completion


def indexed(*sources: str) -> tuple[str, ...]:
    """The choices that the generated index holds for ``sources`` (``"module:NAME"``), in order."""
    from mlmath.registry import CHOICES

    return tuple(dict.fromkeys(name for source in sources for name in CHOICES.get(source, ())))


def choices_of(*sources: str, listed: bool = False) -> Callable[[str], list[str]]:
    """Completion of the values of core constants (``"mlmath.core.losses:KINDS"``: a tuple, or a dict's keys);
    ``listed`` completes the last item of a comma-separated list."""

    def completion(incomplete: str) -> list[str]:
        names = indexed(*sources)
        return (complete_list if listed else complete)(names)(incomplete)

    completion.sources = sources  # read by the generator of mlmath.registry
    return completion


def values_of(source: str) -> tuple[str, ...]:
    """The choices a source names, read from the core module itself (for the generator and its tests)."""
    import importlib

    module_name, _, name = source.partition(":")
    value = getattr(importlib.import_module(module_name), name)
    return tuple(value)
