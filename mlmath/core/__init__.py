"""The math of mlmath as a library: every operation returns a Result with its value, named
intermediates and steps, exactly what the commands print.

    >>> from mlmath.core import softmax, attention
    >>> softmax([1, 2, 3]).result
    array([0.09003057, 0.24472847, 0.66524096])
    >>> attention(["the", "cat", "sat"], heads=2, d_model=4).weights.shape
    (2, 3, 3)

``derive`` and ``chain`` take SymPy expressions; ``optimize`` takes an objective
from ``mlmath.core.functions`` and a configuration from
``mlmath.core.optimizers.settings``.  Each function loads its module (and NumPy
or SymPy) on first use, so importing this package costs nothing.
"""

from __future__ import annotations

import importlib
from typing import Any


def _api() -> dict[str, str]:
    """Function → the core module that exports it in its ``__all__`` (the generated index)."""
    from mlmath.registry import API

    return API


def __getattr__(name: str) -> Any:
    api = _api()
    if name not in api:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    function = getattr(importlib.import_module(f"{__name__}.{api[name]}"), name)
    globals()[name] = function
    return function


def __dir__() -> list[str]:
    return sorted([*globals(), *_api()])
