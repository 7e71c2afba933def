"""Small helpers for arrays: their shapes in words, and parsed values as float64."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from mlmath.errors import MathError
from mlmath.text import say

if TYPE_CHECKING:
    import numpy as np


LARGEST_FLOAT64_INTEGER = int(sys.float_info.max)  # 1.7977e+308: an exact integer past it has no float64

F = TypeVar("F", bound=Callable[..., Any])


def ieee_quietly(function: F) -> F:
    """Compute as IEEE arithmetic (and PyTorch) does — 1e308 − (−1e308) is inf, inf/inf is nan — without
    NumPy writing a RuntimeWarning with its source line to stderr: what is not finite is shown as such."""

    @functools.wraps(function)
    def quiet(*args: Any, **kwargs: Any) -> Any:
        import numpy as np

        with np.errstate(all="ignore"):
            return function(*args, **kwargs)

    return quiet  # type: ignore[return-value]


def shape_text(shape: tuple[int, ...]) -> str:
    """``(4, 3)`` → ``4×3``."""
    return "×".join(str(size) for size in shape)


def float_array(values: Any, what: str) -> np.ndarray:
    """A scalar, vector or matrix (exact integers and fractions included) as float64, at least 1-D."""
    import numpy as np

    array = np.asarray(values)
    if array.dtype == object:
        array = np.array([float(value) for value in array.reshape(-1)], dtype=float).reshape(array.shape)
    array = np.atleast_1d(array.astype(float))
    if array.ndim > 2:
        raise MathError(say("errors.not_vector_or_matrix", what=what, ndim=array.ndim))
    return array
