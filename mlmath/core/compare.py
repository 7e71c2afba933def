"""Does an answer match the expected one?  Shapes must agree; values within a tolerance."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mlmath.core.result import Step, step


@dataclass
class Check:
    """The outcome of ``--expect``: what was expected, what came out, and whether they match."""

    expected: Any
    got: Any
    passed: bool
    tolerance: float | None = None

    def named_values(self) -> dict[str, Any]:
        return {"expected": self.expected, "got": self.got, "passed": self.passed, "tolerance": self.tolerance}


def allowed_error(expected: Any, tolerance: float, rel_tol: float = 0.0) -> Any:
    """What each entry may be off by: ``max(tolerance, rel_tol·|expected|)`` (an array like ``expected``)."""
    import numpy as np

    return np.maximum(tolerance, rel_tol * np.abs(np.asarray(expected, dtype=float)))


def numbers_match(got: Any, expected: Any, tolerance: float, rel_tol: float = 0.0) -> bool:
    """``|got − expected| ≤ max(tolerance, rel_tol·|expected|)`` in every entry, with the same shape.

    A vector matches a one-row matrix with the same entries, and a scalar a
    one-entry array, since a learner writes either for the same answer.
    """
    import numpy as np

    got_array = np.asarray(got, dtype=float)
    expected_array = np.asarray(expected, dtype=float)
    if got_array.shape != expected_array.shape:
        if got_array.size != expected_array.size or got_array.squeeze().shape != expected_array.squeeze().shape:
            return False
        got_array, expected_array = got_array.squeeze(), expected_array.squeeze()
    if not np.isfinite(got_array).all():
        return False
    return bool(np.all(np.abs(got_array - expected_array) <= allowed_error(expected_array, tolerance, rel_tol)))


def differs_at_step(differs: dict[str, Any]) -> Step:
    """Where two expressions differ, from ``check.differs_at`` (``{"at", "expected", "got", "entry"?}``),
    as the step ``they differ at x = 2: expected 6, got 12``."""
    point = ", ".join(f"{name} = {value:g}" for name, value in differs["at"].items())
    if differs.get("entry") is not None:
        return step("check.differs_at.entry", entry=differs["entry"], point=point, expected=differs["expected"],
                    got=differs["got"])
    return step("check.differs_at", point=point, expected=differs["expected"], got=differs["got"])

