"""Parsed values as float64 arrays, for the operations that compute in floating point."""

from __future__ import annotations

from typing import Any

import numpy as np

from mlmath.errors import MathError


def float_array(values: Any, what: str) -> np.ndarray:
    """A scalar, vector or matrix (exact integers and fractions included) as float64, at least 1-D."""
    array = np.asarray(values)
    if array.dtype == object:
        array = np.array([float(value) for value in array.reshape(-1)], dtype=float).reshape(array.shape)
    array = np.atleast_1d(array.astype(float))
    if array.ndim > 2:
        raise MathError(f"{what} must be a vector or a matrix, got {array.ndim} dimensions")
    return array
