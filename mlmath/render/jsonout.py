"""The one JSON encoder: every command's ``--json`` goes through :func:`write_json`.

Full precision; exact fractions become floats; SymPy expressions become
strings in SymPy syntax.  ``NaN`` and ``±Infinity`` are not JSON, so they are
written as ``null`` and named in a ``"warnings"`` list — never silently.

The text is exactly what ``json.dumps`` writes, but float arrays are written
a block of rows at a time: an attention over 1024 tokens has tens of millions
of numbers, which as Python floats and one string would take gigabytes.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator
from fractions import Fraction
from typing import Any

from mlmath.core.arrays import LARGEST_FLOAT64_INTEGER
from mlmath.core.result import Result
from mlmath.render.steps import steps_json


def jsonable(value: Any, path: str, warnings: list[str]) -> Any:
    """Turn numpy, Fraction and SymPy values into plain JSON values."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        if abs(value) > LARGEST_FLOAT64_INTEGER:  # past float64, as an overflowing float: null and named
            warnings.append(f"{path} is an integer larger than float64 can hold; written as null")
            return None
        return value
    if isinstance(value, Fraction):
        value = float(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            warnings.append(f"{path} is {value}; written as null")
            return None
        return value
    if isinstance(value, dict):
        return {str(key): jsonable(item, f"{path}.{key}", warnings) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(item, f"{path}[{index}]", warnings) for index, item in enumerate(value)]
    module = type(value).__module__.split(".")[0]
    if module == "numpy":
        if getattr(value, "ndim", 0) == 0:
            return jsonable(value.item(), path, warnings)
        if value.dtype.kind in "biu":
            # a long one is written in blocks, as float arrays are: the 10⁶ step numbers of a trajectory
            # are a few pieces, not 10⁶ (never non-finite, so never looked at again)
            return FloatArray(value, finite=True) if value.size > BLOCK_ENTRIES else value.tolist()
        if value.dtype.kind == "f":
            return FloatArray(value, finite=_name_non_finite(value, path, warnings))
        return jsonable(value.tolist(), path, warnings)
    if module == "sympy":
        return str(value)
    if hasattr(value, "named_values"):
        return jsonable(value.named_values(), path, warnings)
    raise TypeError(f"cannot write {type(value).__name__} as JSON at {path}")


MAX_NAMED_WARNINGS = 10
BLOCK_ENTRIES = 1 << 16  # numbers turned into Python floats and text at a time


class FloatArray:
    """A float (or long integer) array on its way to JSON, kept as it is until it is written (non-finite →
    null; ``finite`` says there are none, so the writer need not look again)."""

    __slots__ = ("array", "finite")

    def __init__(self, array: Any, finite: bool = False):
        self.array = array
        self.finite = finite


def _name_non_finite(array, path: str, warnings: list[str]) -> bool:
    """Name the NaN and ±inf entries in ``warnings``; whether there were none."""
    import numpy as np

    finite = np.isfinite(array)
    if finite.all():
        return True
    bad = np.argwhere(~finite)
    for index in bad[:MAX_NAMED_WARNINGS]:
        position = "".join(f"[{i}]" for i in index)
        warnings.append(f"{path}{position} is {array[tuple(index)]}; written as null")
    if len(bad) > MAX_NAMED_WARNINGS:
        warnings.append(f"{path}: {len(bad) - MAX_NAMED_WARNINGS} more non-finite entries written as null")
    return False


def result_document(command: str, result: Result, precision: int,
                    check: dict[str, Any] | None = None, steps: bool = True) -> dict[str, Any]:
    """``{"command", "result", …named intermediates…, "steps"?, "check"?, "warnings"?}`` (``steps`` unless
    ``--no-steps`` asked to leave them out)."""
    warnings: list[str] = []
    document: dict[str, Any] = {"command": command}
    for name, value in result.named_values().items():
        document[name] = jsonable(value, name, warnings)
    if steps:
        document["steps"] = steps_json(result.steps, precision)
    if check is not None:
        document["check"] = jsonable(check, "check", warnings)
    if warnings:
        document["warnings"] = capped(warnings)
    return document


def capped(warnings: list[str]) -> list[str]:
    """The first warnings, and how many more: a matrix of overflowing entries is not a page of them."""
    if len(warnings) <= 2 * MAX_NAMED_WARNINGS:
        return warnings
    more = len(warnings) - MAX_NAMED_WARNINGS
    return [*warnings[:MAX_NAMED_WARNINGS], f"{more} more values were written as null"]


def write_json(document: Any, write: Callable[[str], Any]) -> None:
    """Write ``document`` (from :func:`jsonable`) piece by piece: the text ``json.dumps`` would give."""
    repeated = _repeated_arrays(document)
    texts: dict[int, str] = {}  # an array that appears twice (result and probabilities) is written once
    for piece in _pieces(document, repeated, texts):
        write(piece)


def to_json(document: Any) -> str:
    parts: list[str] = []
    write_json(document, parts.append)
    return "".join(parts)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def _pieces(value: Any, repeated: set[int], texts: dict[int, str]) -> Iterator[str]:
    if isinstance(value, FloatArray):
        key = id(value.array)
        if key not in repeated:
            yield from _array_pieces(value.array, value.finite)
        else:
            if key not in texts:
                texts[key] = "".join(_array_pieces(value.array, value.finite))
            yield texts[key]
    elif isinstance(value, dict):
        yield "{"
        for index, (key, item) in enumerate(value.items()):
            yield (", " if index else "") + _dumps(key) + ": "
            yield from _pieces(item, repeated, texts)
        yield "}"
    elif isinstance(value, list):
        yield "["
        for index, item in enumerate(value):
            if index:
                yield ", "
            yield from _pieces(item, repeated, texts)
        yield "]"
    else:
        yield _dumps(value)


def _array_pieces(array: Any, finite: bool) -> Iterator[str]:
    """The JSON text of a float array in pieces of about BLOCK_ENTRIES numbers, split along its first axis."""
    if array.size <= BLOCK_ENTRIES:
        yield _block_text(array, finite)
        return
    per_item = array.size // array.shape[0]
    step = max(1, BLOCK_ENTRIES // per_item)
    yield "["
    for start in range(0, array.shape[0], step):
        if start:
            yield ", "
        if step == 1 and array.ndim > 1:  # one item along the first axis is itself large
            yield from _array_pieces(array[start], finite)
        else:
            yield _block_text(array[start:start + step], finite)[1:-1]
    yield "]"


def _block_text(block: Any, finite: bool) -> str:
    """A block as JSON; NaN and ±inf (unless the whole array is known ``finite``) become null."""
    if finite:
        return _dumps(block.tolist())
    import numpy as np

    cleaned = block.astype(object)
    cleaned[~np.isfinite(block)] = None
    return _dumps(cleaned.tolist())


def _repeated_arrays(document: Any) -> set[int]:
    """The ids of arrays that appear more than once in the document."""
    seen: set[int] = set()
    repeated: set[int] = set()
    stack = [document]
    while stack:
        value = stack.pop()
        if isinstance(value, FloatArray):
            key = id(value.array)
            (repeated if key in seen else seen).add(key)
        elif isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return repeated
