"""The one JSON encoder: every command's ``--json`` goes through :func:`to_json`.

Full precision; exact fractions become floats; SymPy expressions become
strings in SymPy syntax.  ``NaN`` and ``±Infinity`` are not JSON, so they are
written as ``null`` and named in a ``"warnings"`` list — never silently.
"""

from __future__ import annotations

import json
import math
from fractions import Fraction
from typing import Any

from mlmath.core.result import Result
from mlmath.render.steps import steps_json


def jsonable(value: Any, path: str, warnings: list[str]) -> Any:
    """Turn numpy, Fraction and SymPy values into plain JSON values."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
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
            return value.tolist()
        if value.dtype.kind == "f":
            return _float_array(value, path, warnings)
        return jsonable(value.tolist(), path, warnings)
    if module == "sympy":
        return str(value)
    if hasattr(value, "named_values"):
        return jsonable(value.named_values(), path, warnings)
    raise TypeError(f"cannot write {type(value).__name__} as JSON at {path}")


MAX_NAMED_WARNINGS = 10


def _float_array(array, path: str, warnings: list[str]) -> list:
    """A float array at NumPy speed: non-finite entries become null and are named."""
    import numpy as np

    finite = np.isfinite(array)
    if finite.all():
        return array.tolist()
    bad = np.argwhere(~finite)
    for index in bad[:MAX_NAMED_WARNINGS]:
        position = "".join(f"[{i}]" for i in index)
        warnings.append(f"{path}{position} is {array[tuple(index)]}; written as null")
    if len(bad) > MAX_NAMED_WARNINGS:
        warnings.append(f"{path}: {len(bad) - MAX_NAMED_WARNINGS} more non-finite entries written as null")
    cleaned = array.astype(object)
    cleaned[~finite] = None
    return cleaned.tolist()


def result_document(command: str, result: Result, precision: int, check: dict[str, Any] | None = None) -> dict[str, Any]:
    """``{"command", "result", …named intermediates…, "steps", "check"?, "warnings"?}``."""
    warnings: list[str] = []
    document: dict[str, Any] = {"command": command}
    for name, value in result.named_values().items():
        document[name] = jsonable(value, name, warnings)
    document["steps"] = steps_json(result.steps, precision)
    if check is not None:
        document["check"] = jsonable(check, "check", warnings)
    if warnings:
        document["warnings"] = warnings
    return document


def to_json(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, allow_nan=False)
