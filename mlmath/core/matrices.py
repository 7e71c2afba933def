"""Transpose, inverse and determinant of a matrix, with the steps a learner redoes by hand.

Integer and fraction input stays exact (``fractions.Fraction`` arithmetic);
decimal input is float64.  The inverse is found by Gauss–Jordan elimination on
the augmented matrix [A | I]; the determinant by cofactor (Laplace) expansion
along the first row up to 3×3, and by LU decomposition (Gaussian elimination,
det = (−1)^swaps · the product of the pivots) beyond.

Pivoting rules: exact arithmetic takes the first non-zero entry at or below the
diagonal (any non-zero pivot gives the same exact answer, and the first one
needs the fewest swaps); float64 takes the entry of largest size at or below the
diagonal (partial pivoting), which keeps the rounding errors small.
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

import numpy as np

from mlmath.core.arrays import shape_text
from mlmath.core.notation import subscript as _sub
from mlmath.core.notation import superscript
from mlmath.core.result import MORE, Result, Step, shortened, shown_positions, step
from mlmath.errors import MathError
from mlmath.text import Sentence, say, template

__all__ = ["det", "inverse", "transpose"]

# Exact (Fraction) elimination runs in Python: up to these sizes it stays well under a second
# (Gauss–Jordan on [A | I] does about three times the work of LU, on fractions that grow faster).
MAX_EXACT_SIZE = 40
MAX_EXACT_INVERSE_SIZE = 20
# Float matrices up to this size are inverted by the Gauss–Jordan steps shown; larger ones by LAPACK.
MAX_WORKED_SIZE = 8
# Row operations written out, each with the augmented matrix after it (while it stays readable).
MAX_SHOWN_OPERATIONS = 24
MAX_SHOWN_AUGMENTED = 6  # [A | I] is drawn after each operation up to this size
# Entry-by-entry moves of a transpose are written out up to this many entries.
MAX_WORKED_ENTRIES = 36
# Cofactor expansion is shown up to 3×3; beyond, LU.
MAX_COFACTOR_SIZE = 3
# Condition numbers past this lose more than 10 of float64's ~16 significant digits: warned about.
NEAR_SINGULAR_CONDITION = 1e10

def row_name(index: int) -> str:
    """R₁, R₂ … for the 0-based row ``index``."""
    return f"R{_sub(index + 1)}"


def entry_name(letter: str, i: int, j: int) -> str:
    """1-based entry name: ``a₁₂``, or ``a₁,₁₂`` once an index has two digits."""
    separator = "," if i >= 9 or j >= 9 else ""
    return f"{letter}{_sub(i + 1)}{separator}{_sub(j + 1)}"


def _plain(value: Any) -> Any:
    """A number as the plain Python value a learner wrote: whole fractions as int, NumPy scalars unwrapped."""
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, Fraction) and value.denominator == 1:
        return value.numerator
    return value


def _is_exact(matrix: np.ndarray) -> bool:
    return matrix.dtype.kind in "iu" or matrix.dtype == object


def _exact_array(matrix: np.ndarray) -> np.ndarray:
    """Every entry a Fraction (so that / stays exact), in an object array."""
    out = np.empty(matrix.shape, dtype=object)
    out[...] = [[Fraction(_plain(entry)) for entry in row] for row in matrix.tolist()]
    return out


def _written_array(matrix: np.ndarray) -> np.ndarray:
    """Floats as the decimals they were written as (0.2 → 1/5), for exact checks of small matrices."""
    out = np.empty(matrix.shape, dtype=object)
    out[...] = [[Fraction(repr(float(entry))) for entry in row] for row in matrix.tolist()]
    return out


def _simplified(array: np.ndarray) -> np.ndarray:
    """An exact array with whole entries as int64 (when small), else Fractions and ints in an object array."""
    flat = [_plain(entry) for entry in array.reshape(-1).tolist()]
    if all(isinstance(entry, int) and abs(entry) < 2**62 for entry in flat):
        return np.array(flat, dtype=np.int64).reshape(array.shape)
    out = np.empty(len(flat), dtype=object)
    out[:] = flat
    return out.reshape(array.shape)


def _matrix(values: Any, name: str) -> np.ndarray:
    matrix = np.asarray(values)
    if matrix.ndim < 2:
        matrix = matrix.reshape(1, -1)
    if matrix.ndim != 2:
        raise MathError(say("matrices.error.not_matrix", name=name, ndim=matrix.ndim))
    return matrix


def rows_phrase(count: int) -> Step:
    """"1 row", "3 rows" (in the notes' rows × columns language) as a phrase a sentence can hold."""
    return step("matrices.rows.one" if count == 1 else "matrices.rows.many", count=count)


def columns_phrase(count: int) -> Step:
    return step("matrices.columns.one" if count == 1 else "matrices.columns.many", count=count)


def _require_square(matrix: np.ndarray, name: str, problem: Sentence) -> int:
    """The size n of a square matrix; ``problem`` says what only a square matrix has (filled with the shape)."""
    rows, cols = matrix.shape
    if rows != cols:
        problem.args.update(name=name, rows=rows, cols=cols)
        raise MathError(problem, hint=say("matrices.error.not_square.hint", name=name, cols=cols))
    return rows


# --- transpose ------------------------------------------------------------------


@dataclass
class TransposeResult(Result):
    """``result`` = Aᵀ (entry a_ij of A at position (j, i)); ``matrix`` = A."""

    matrix: Any = None
    name: str = "A"
    shape: tuple[int, ...] = ()  # A: (rows, columns)
    result_shape: tuple[int, ...] = ()  # Aᵀ: (columns, rows)
    kind: str = "matrix"  # row_vector, column_vector, square or matrix


def transpose(values: Any, name: str = "A") -> TransposeResult:
    """Aᵀ: rows become columns, entry a_ij moves to position (j, i)."""
    matrix = _matrix(values, name)
    rows, cols = matrix.shape
    transposed = matrix.T.copy()
    if rows == 1 and cols > 1:
        kind = "row_vector"
    elif cols == 1 and rows > 1:
        kind = "column_vector"
    else:
        kind = "square" if rows == cols else "matrix"
    steps = [
        step("matrices.transpose.rule", name=name),
        step("matrices.transpose.shapes", name=name, shape=shape_text((rows, cols)), rows=rows_phrase(rows),
             cols=columns_phrase(cols), result=shape_text((cols, rows)), result_rows=rows_phrase(cols),
             result_cols=columns_phrase(rows)),
    ]
    if kind == "row_vector":
        steps.append(step("matrices.transpose.row_vector", name=name, entries=shortened(_row(matrix, 0)), size=cols))
    elif kind == "column_vector":
        steps.append(step("matrices.transpose.column_vector", name=name, entries=shortened(_column(matrix, 0)),
                          size=rows))
    elif kind == "square":
        symmetric = bool(np.array_equal(matrix, transposed))
        steps.append(step("matrices.transpose.symmetric" if symmetric else "matrices.transpose.diagonal", name=name))
    letter = name.lower() if len(name) == 1 and name.isalpha() else "a"
    if matrix.size <= MAX_WORKED_ENTRIES:
        for i in range(rows):
            moves = [step("matrices.transpose.move", entry=entry_name(letter, i, j), value=_plain(matrix[i, j]),
                          row=j + 1, col=i + 1) for j in range(cols)]
            steps.append(step("matrices.transpose.row", *moves, name=name, row=i + 1, entries=_row(matrix, i)))
    else:
        shown = [i for i in shown_positions(rows) if i is not None]
        for i in shown:
            steps.append(step("matrices.transpose.row", name=name, row=i + 1, entries=shortened(_row(matrix, i))))
        if len(shown) < rows:
            steps.append(step("matrices.transpose.rows_hidden", hidden=rows - len(shown), name=name))
    return TransposeResult(result=transposed, matrix=matrix, name=name, shape=(rows, cols),
                           result_shape=(cols, rows), kind=kind, steps=steps)


def _row(matrix: np.ndarray, i: int) -> list[Any]:
    return [_plain(value) for value in matrix[i, : min(matrix.shape[1], 10_000)].tolist()]


def _column(matrix: np.ndarray, j: int) -> list[Any]:
    return [_plain(value) for value in matrix[: min(matrix.shape[0], 10_000), j].tolist()]


# --- elimination ----------------------------------------------------------------


@dataclass
class _Elimination:
    """What one run of elimination did: the operations (as steps), the pivots and the swaps."""

    steps: list[Step] = field(default_factory=list)
    operations: int = 0  # all operations done, shown or not
    pivots: list[Any] = field(default_factory=list)
    swaps: int = 0
    rank: int = 0
    hidden_from_column: int | None = None  # the first column whose operations were not written out


class _Recorder:
    """Writes each row operation as a step while they stay readable; counts the rest."""

    def __init__(self, work: _Elimination, augmented: np.ndarray | None, split: int, draw: bool):
        self.work = work
        self.matrix = augmented
        self.split = split
        self.draw = draw

    def __call__(self, key: str, index: int, /, **args: Any) -> None:
        self.work.operations += 1
        if len(self.work.steps) >= MAX_SHOWN_OPERATIONS:
            if self.work.hidden_from_column is None:
                self.work.hidden_from_column = index
            return
        children = []
        if self.draw and self.matrix is not None:
            children.append(augmented_step(self.matrix, self.split))
        self.work.steps.append(step(key, *children, **args))


def augmented_step(matrix: np.ndarray, split: int) -> Step:
    """``[A | I] = [2, 1 | 1, 0] [1, 1 | 0, 1]`` as a step; its ``rows`` and ``split`` let a view draw a table."""
    rows = [step("matrices.inverse.augmented_row", left=[_plain(v) for v in row[:split]],
                 right=[_plain(v) for v in row[split:]]) for row in matrix.tolist()]
    return step("matrices.inverse.augmented", rows=rows, matrix=matrix.copy(), split=split)


def _pivot_row(column: np.ndarray, start: int, exact: bool) -> int | None:
    """The row (≥ start) holding the pivot: first non-zero (exact) or largest in size (float)."""
    below = column[start:]
    if exact:
        for offset, value in enumerate(below.tolist()):
            if value != 0:
                return start + offset
        return None
    offset = int(np.argmax(np.abs(below)))
    return start + offset if below[offset] != 0 else None


def _gauss_jordan(augmented: np.ndarray, n: int, exact: bool, draw: bool, columns: int | None = None) -> _Elimination:
    """Reduce ``augmented`` (n rows; A on the left of column n) in place to reduced row echelon form.

    Each column gets: a swap bringing the pivot up, a scaling making it 1, and
    for every other row with a non-zero entry there, R_i ← R_i − f·R_pivot.
    A column with no non-zero pivot is skipped (A is then singular).
    ``columns`` stops after that many columns (the shown part of a large matrix).
    """
    work = _Elimination()
    record = _Recorder(work, augmented, n, draw)
    pivot_row = 0
    for col in range(n if columns is None else min(columns, n)):
        found = _pivot_row(augmented[:, col], pivot_row, exact)
        if found is None:
            continue
        if found != pivot_row:
            augmented[[pivot_row, found]] = augmented[[found, pivot_row]]
            work.swaps += 1
            record("matrices.inverse.swap.first" if exact else "matrices.inverse.swap.largest", col,
                   first=row_name(pivot_row), second=row_name(found), column=col + 1,
                   pivot=_plain(augmented[pivot_row, col]))
        pivot = augmented[pivot_row, col]
        work.pivots.append(_plain(pivot))
        if pivot != 1:
            augmented[pivot_row] = augmented[pivot_row] / pivot
            if not exact:
                augmented[pivot_row, col] = 1.0  # exactly, as the division means it
            record("matrices.inverse.scale", col, row=row_name(pivot_row), pivot=_plain(pivot),
                   factor=_plain(1 / pivot) if exact else 1 / float(pivot), column=col + 1)
        factors = augmented[:, col].copy()
        factors[pivot_row] = 0
        rows = [i for i, value in enumerate(factors.tolist()) if value != 0]
        if rows:
            if exact:
                for i in rows:
                    augmented[i] = augmented[i] - factors[i] * augmented[pivot_row]
            else:
                augmented[rows] -= np.outer(factors[rows], augmented[pivot_row])
                augmented[rows, col] = 0.0  # cleared exactly, as the operation means it
            for i in rows:
                factor = _plain(factors[i])
                key = "matrices.inverse.subtract" if factor > 0 else "matrices.inverse.add"
                record(key, col, row=row_name(i), source=row_name(pivot_row), factor=abs(factor), column=col + 1)
        pivot_row += 1
    work.rank = pivot_row
    return work


# --- inverse --------------------------------------------------------------------


@dataclass
class InverseResult(Result):
    """``result`` = A⁻¹ with A·A⁻¹ = I; found by Gauss–Jordan elimination on [A | I]."""

    matrix: Any = None
    name: str = "A"
    size: int = 0
    exact: bool = True
    method: str = "gauss-jordan"  # or "lapack" (float64 matrices larger than MAX_WORKED_SIZE)
    pivoting: str = "first-nonzero"  # or "partial" (largest size in the column)
    determinant: Any = None  # (−1)^swaps · product of the pivots
    pivots: list[Any] = field(default_factory=list)
    swaps: int = 0
    operations: int = 0  # row operations of the elimination (of its shown columns, for LAPACK)
    product: Any = None  # A·A⁻¹, which is I (None for LAPACK: checked on the shown rows only)
    residual: float = 0.0  # the largest |A·A⁻¹ − I| entry: 0 for exact input
    condition_number: float | None = None  # ‖A‖₁·‖A⁻¹‖₁ (float input)
    near_singular: bool = False


class SingularError(MathError):
    """A matrix with no inverse; ``row`` became zero in elimination."""


class _Combination:
    """``-2·row 1 + row 2``: the rows of A that add up to zero, written in the language in force when shown."""

    def __init__(self, coefficients: list[Any]):
        self.coefficients = coefficients

    def __format__(self, spec: str) -> str:
        return str(self)

    def __str__(self) -> str:
        row = template("matrices.error.row")
        parts = []
        for index, coefficient in enumerate(self.coefficients):
            if coefficient == 0:
                continue
            size = abs(coefficient)
            text = ("" if size == 1 else str(_plain(size)) + "·") + row.format(index=index + 1)
            sign = "-" if coefficient < 0 else "+"
            parts.append(("-" if sign == "-" else "") + text if not parts else f" {sign} {text}")
        return "".join(parts)


def _singular(matrix: np.ndarray, name: str) -> SingularError:
    """Why ``matrix`` has no inverse: the row elimination turns into zeros and how A's rows cancel there."""
    n = matrix.shape[0]
    augmented = np.concatenate([_exact_array(matrix) if _is_exact(matrix) else _written_array(matrix),
                                _exact_array(np.eye(n, dtype=np.int64))], axis=1)
    work = _gauss_jordan(augmented, n, exact=True, draw=False)
    zero_row = work.rank  # rows from the rank on are zero on the left
    coefficients = [_plain(v) for v in augmented[zero_row, n:].tolist()]
    return SingularError(
        say("matrices.error.singular", name=name, row=zero_row + 1, combination=_Combination(coefficients)),
        hint=say("matrices.error.singular.hint"),
    )


def _condition(matrix: np.ndarray, inverse_matrix: np.ndarray) -> float:
    """κ₁(A) = ‖A‖₁·‖A⁻¹‖₁ (largest column sums of sizes): from the inverse already found, no SVD."""
    with np.errstate(all="ignore"):
        value = float(np.abs(matrix.astype(np.float64)).sum(axis=0).max()
                      * np.abs(inverse_matrix.astype(np.float64)).sum(axis=0).max())
    return value if math.isfinite(value) else math.inf


def inverse(values: Any, name: str = "A") -> InverseResult:
    """A⁻¹ by Gauss–Jordan elimination: [A | I] → [I | A⁻¹], then the check A·A⁻¹ = I."""
    matrix = _matrix(values, name)
    n = _require_square(matrix, name, say("matrices.error.not_square.inverse"))
    exact = _is_exact(matrix) and n <= MAX_EXACT_INVERSE_SIZE
    steps: list[Step] = [step("matrices.inverse.method", name=name, n=n)]
    if _is_exact(matrix) and not exact:
        steps.append(step("matrices.inverse.float_fallback", n=n, limit=MAX_EXACT_INVERSE_SIZE))
    if exact:
        steps.append(step("matrices.inverse.pivot_rule.first"))
    else:
        steps.append(step("matrices.inverse.pivot_rule.largest"))
    if not exact and n <= MAX_WORKED_SIZE and _exact_det(_written_array(matrix)) == 0:
        raise _singular(matrix, name)  # exactly singular as written (0.1,0.2;0.3,0.6), whatever rounding says
    draw = n <= MAX_SHOWN_AUGMENTED
    identity = np.eye(n, dtype=np.int64)
    if exact or n <= MAX_WORKED_SIZE:
        augmented = np.concatenate([_exact_array(matrix), _exact_array(identity)], axis=1) if exact else \
            np.concatenate([matrix.astype(np.float64), np.eye(n)], axis=1)
        if draw:
            steps.append(step("matrices.inverse.start", augmented_step(augmented, n), name=name))
        work = _gauss_jordan(augmented, n, exact, draw)
        if work.rank < n:
            raise _singular(matrix, name)
        found = augmented[:, n:]
        found = _simplified(found) if exact else found.astype(np.float64)
        method = "gauss-jordan"
        steps.extend(work.steps)
        if work.hidden_from_column is not None:
            steps.append(step("matrices.inverse.hidden", count=work.operations - len(work.steps),
                              column=work.hidden_from_column + 1, n=n))
    else:
        float_matrix = matrix.astype(np.float64)
        try:
            found = np.linalg.inv(float_matrix)
        except np.linalg.LinAlgError:
            raise MathError(say("matrices.error.singular_pivot", name=name),
                            hint=say("matrices.error.singular.hint")) from None
        condition = _condition(matrix, found)
        if condition >= 1 / sys.float_info.epsilon:
            raise MathError(say("matrices.error.singular_float", name=name, condition=condition))
        method = "lapack"
        # the first column of the elimination, as an example of what LAPACK did for every column
        # (its operations need only the first column: what they do to the others is not shown)
        work = _gauss_jordan(float_matrix[:, :1].copy(), n, exact=False, draw=False, columns=1)
        steps.extend(work.steps)
        steps.append(step("matrices.inverse.lapack", n=n, count=work.operations - len(work.steps)))
        work.pivots, work.swaps = [], 0
    if draw and method == "gauss-jordan":
        steps.append(step("matrices.inverse.done", name=name))
    determinant = _determinant_from(work, exact) if method == "gauss-jordan" else None
    if method == "gauss-jordan":
        sign = -1 if work.swaps % 2 else 1
        steps.append(step("matrices.inverse.determinant", name=name, swaps=work.swaps, sign=sign,
                          product=(sign, *shortened(work.pivots)), value=determinant))
    if n == 2:
        steps.append(_two_by_two_step(matrix, name, exact))
    if method == "gauss-jordan":
        condition = None if exact else _condition(matrix, found)
    if method == "lapack":
        # checked on the rows the sentences show: a full A·A⁻¹ would cost as much as the inverse again
        rows = [i for i in shown_positions(n) if i is not None]
        product_rows = matrix[rows].astype(np.float64) @ found
        residual = float(np.max(np.abs(product_rows - np.eye(n)[rows])))
        product = None
        steps.append(_check_step(matrix, found, product_rows, residual, name, exact,
                                 rows=[MORE if i is None else i + 1 for i in shown_positions(n)]))
    else:
        product, residual = _identity_check(matrix, found, exact)
        steps.append(_check_step(matrix, found, product, residual, name, exact))
    near = condition is not None and condition > NEAR_SINGULAR_CONDITION
    if near:
        steps.append(step("matrices.inverse.near_singular", name=name, condition=condition,
                          digits=min(16, int(math.log10(condition)))))
    return InverseResult(
        result=found, matrix=matrix, name=name, size=n, exact=exact, method=method,
        pivoting="first-nonzero" if exact else "partial", determinant=determinant, pivots=work.pivots,
        swaps=work.swaps, operations=work.operations, product=product, residual=residual,
        condition_number=condition, near_singular=near, steps=steps,
    )


def _determinant_from(work: _Elimination, exact: bool) -> Any:
    value: Any = Fraction(1) if exact else 1.0
    for pivot in work.pivots:
        value = value * pivot
    value = -value if work.swaps % 2 else value
    return _plain(value) if exact else float(value)


def _two_by_two_step(matrix: np.ndarray, name: str, exact: bool) -> Step:
    """A⁻¹ = (1/(ad − bc))·[[d, −b], [−c, a]], the 2×2 shortcut, with the numbers put in."""
    entries = _exact_array(matrix) if exact else matrix.astype(np.float64)
    a, b, c, d = (_plain(entries[0, 0]), _plain(entries[0, 1]), _plain(entries[1, 0]), _plain(entries[1, 1]))
    det = a * d - b * c
    det = _plain(Fraction(det)) if exact else float(det)

    def over_det(value: Any) -> Any:
        return _plain(Fraction(value) / det) if exact else value / det

    inverse_rows = [[over_det(d), over_det(-b)], [over_det(-c), over_det(a)]]
    return step("matrices.inverse.formula", name=name, a=a, b=b, c=c, d=d, det=det,
                minus_b=_plain(-b), minus_c=_plain(-c), first=inverse_rows[0], second=inverse_rows[1])


def _identity_check(matrix: np.ndarray, found: np.ndarray, exact: bool) -> tuple[np.ndarray, float]:
    n = matrix.shape[0]
    if exact:
        product = _simplified(_exact_array(matrix).dot(_exact_array(found)))
        if not np.array_equal(product, np.eye(n, dtype=np.int64)):  # pragma: no cover (exact arithmetic)
            raise ArithmeticError("exact Gauss–Jordan did not give the inverse")
        return product, 0.0
    product = matrix.astype(np.float64) @ found
    residual = float(np.max(np.abs(product - np.eye(n))))
    return product, residual


def _check_step(matrix: np.ndarray, found: np.ndarray, product: np.ndarray, residual: float, name: str,
                exact: bool, rows: list[Any] | None = None) -> Step:
    """A·A⁻¹ = I, and row 1 of A times column 1 of A⁻¹ worked out as an example."""
    n = matrix.shape[0]
    terms = [MORE if k is None else (_plain(matrix[0, k]), _plain(found[k, 0])) for k in shown_positions(n)]
    example = step("matrices.inverse.check_cell", name=name, terms=terms, value=_plain(product[0, 0]))
    if exact:
        return step("matrices.inverse.check_exact", example, name=name)
    if rows is not None:
        return step("matrices.inverse.check_rows", example, name=name, rows=rows, residual=residual)
    return step("matrices.inverse.check_float", example, name=name, residual=residual)


# --- determinant ----------------------------------------------------------------


@dataclass
class DetResult(Result):
    """``result`` = det A; by cofactors along row 1 (up to 3×3) or by LU (the pivots' product)."""

    matrix: Any = None
    name: str = "A"
    size: int = 0
    exact: bool = True
    method: str = "cofactor"  # or "lu"
    cofactors: list[dict[str, Any]] | None = None  # row 1: entry, sign, minor, its determinant, product
    pivots: list[Any] | None = None  # LU: the diagonal of U
    swaps: int = 0
    sign: int = 1  # (−1)^swaps
    scientific: dict[str, Any] | None = None  # a float64 product out of range: mantissa × 10^exponent, log10|det|


def _exact_det(matrix: np.ndarray) -> Any:
    """det of an object array of Fractions by elimination (the first non-zero pivot), exactly."""
    work = _lu(matrix.copy(), exact=True)
    return _lu_value(work, exact=True)


def _lu(matrix: np.ndarray, exact: bool) -> _Elimination:
    """Gaussian elimination below each pivot (PA = LU) in place; the pivots are U's diagonal.

    Exact entries take the first non-zero pivot of each column.  Float64 uses partial pivoting
    (the entry of largest size), ``BLOCK`` columns at a time as LAPACK's getrf does: a block is
    factored recursively (its left half, then its right half brought up to date by one triangular
    solve and one matrix product, then the right half; at most ``PANEL`` columns one by one), then
    the columns to its right are brought up to date the same way.  A column with no non-zero pivot
    makes the determinant 0 and ends the elimination.
    """
    n = matrix.shape[0]
    work = _Elimination()
    if exact:
        for col in range(n):
            found = _pivot_row(matrix[:, col], col, exact=True)
            if found is None:
                work.pivots.append(0)
                return work
            if found != col:
                matrix[[col, found]] = matrix[[found, col]]
                work.swaps += 1
            pivot = matrix[col, col]
            work.pivots.append(_plain(pivot))
            for i in range(col + 1, n):
                if matrix[i, col] != 0:
                    matrix[i, col:] = matrix[i, col:] - (matrix[i, col] / pivot) * matrix[col, col:]
        return work
    for start in range(0, n, BLOCK):
        stop = min(start + BLOCK, n)
        if not _factor_columns(matrix, start, stop, work):
            return work
        if stop < n:
            _update_right(matrix, start, stop, n)
    return work


BLOCK = 128  # columns factored before the columns to their right are brought up to date
PANEL = 16  # columns eliminated one by one; a wider range is halved


def _factor_columns(matrix: np.ndarray, first: int, last: int, work: _Elimination) -> bool:
    """PA = LU of the columns first … last − 1 of ``matrix``, below row ``first`` (already up to date
    with the columns before them); rows are swapped whole.  False at a column with no non-zero pivot."""
    if last - first <= PANEL:
        # the columns as the rows of a contiguous copy: a column is then read and written in one stretch
        columns = matrix[first:, first:last].T.copy()
        done = True
        for k in range(last - first):
            found = _pivot_row(columns[k], k, exact=False)
            if found is None:
                work.pivots.append(0.0)
                done = False
                break
            if found != k:  # rows k and found swap: in the copy, and whole in the matrix
                columns[:, [k, found]] = columns[:, [found, k]]
                matrix[[first + k, first + found]] = matrix[[first + found, first + k]]
                work.swaps += 1
            pivot = columns[k, k]
            work.pivots.append(float(pivot))
            columns[k, k + 1:] /= pivot  # the multipliers: L below the diagonal
            columns[k + 1:, k + 1:] -= np.outer(columns[k + 1:, k], columns[k, k + 1:])
        matrix[first:, first:last] = columns.T
        return done
    middle = (first + last) // 2
    if not _factor_columns(matrix, first, middle, work):
        return False
    _update_right(matrix, first, middle, last)
    return _factor_columns(matrix, middle, last, work)


def _update_right(matrix: np.ndarray, first: int, middle: int, last: int) -> None:
    """The columns middle … last − 1 after the columns first … middle − 1 are factored:
    U₁₂ = L₁₁⁻¹·A₁₂ (L₁₁ unit lower triangular), then A₂₂ ← A₂₂ − L₂₁·U₁₂ (one matrix product)."""
    lower = np.tril(matrix[first:middle, first:middle], -1) + np.eye(middle - first)
    upper = matrix[first:middle, middle:last] = np.linalg.solve(lower, matrix[first:middle, middle:last])
    matrix[middle:, middle:last] -= matrix[middle:, first:middle] @ upper


def _lu_value(work: _Elimination, exact: bool) -> Any:
    if exact:
        value: Any = Fraction(1)
        for pivot in work.pivots:
            value *= pivot
        return _plain(-value if work.swaps % 2 else value)
    # the product in the order LAPACK forms it, so the value equals numpy.linalg.det
    value = 1.0
    with np.errstate(all="ignore"):
        for pivot in work.pivots:
            value *= pivot
    return -value if work.swaps % 2 else value


def _minor(matrix: np.ndarray, column: int) -> np.ndarray:
    """A without row 1 and the given column."""
    return np.delete(matrix[1:], column, axis=1)


def _cofactor_det(matrix: np.ndarray) -> Any:
    n = matrix.shape[0]
    if n == 1:
        return matrix[0, 0]
    return sum((-1) ** j * matrix[0, j] * _cofactor_det(_minor(matrix, j)) for j in range(n))


def det(values: Any, name: str = "A") -> DetResult:
    """det A: cofactor expansion along row 1 up to 3×3, LU decomposition beyond."""
    matrix = _matrix(values, name)
    n = _require_square(matrix, name, say("matrices.error.not_square.det"))
    is_exact = _is_exact(matrix)
    if n <= MAX_COFACTOR_SIZE:
        return _det_by_cofactors(matrix, name, n, is_exact)
    exact = is_exact and n <= MAX_EXACT_SIZE
    steps = [step("matrices.det.lu_rule", name=name)]
    if is_exact and not exact:
        steps.append(step("matrices.det.float_fallback", n=n, limit=MAX_EXACT_SIZE))
    steps.append(step("matrices.det.pivot_rule.first" if exact else "matrices.det.pivot_rule.largest"))
    work = _lu(_exact_array(matrix) if exact else matrix.astype(np.float64), exact)
    value = _lu_value(work, exact)
    sign = -1 if work.swaps % 2 else 1
    pivots = work.pivots
    scientific = None if exact or pivots[-1] == 0 else _beyond_float64(value, pivots, sign)
    if pivots[-1] == 0:  # a column with no non-zero pivot ended the elimination
        steps.append(step("matrices.det.zero_pivot", column=len(pivots), name=name))
    else:
        steps.append(step("matrices.det.pivots", pivots=pivots, count=n))
        steps.append(step("matrices.det.swaps", swaps=work.swaps, sign=sign))
        if scientific is None:
            steps.append(step("matrices.det.product", name=name, product=(sign, *shortened(pivots)), value=value))
        else:
            key = "matrices.det.product_in_logs.large" if scientific["exponent"] > 0 else \
                "matrices.det.product_in_logs.small"
            # log₁₀ with four decimals: 10 to its fraction gives the mantissa to the digits shown
            steps.append(step(key, name=name, product=(sign, *shortened(pivots)),
                              log10=f"{scientific['log10']:.4f}", mantissa=scientific["mantissa"],
                              power=superscript(scientific["exponent"])))
    if not exact:
        steps.append(step("matrices.det.rounding"))
    return DetResult(result=value, matrix=matrix, name=name, size=n, exact=exact, method="lu", pivots=pivots,
                     swaps=work.swaps, sign=sign, steps=steps, scientific=scientific)


def _beyond_float64(value: float, pivots: list[float], sign: int) -> dict[str, Any] | None:
    """The product of non-zero pivots that overflowed to ±∞ or underflowed to 0, written m × 10ᵉ from
    log₁₀|det| = Σ log₁₀|uᵢᵢ|; None when float64 holds it."""
    if math.isfinite(value) and value != 0:
        return None
    log10 = math.fsum(math.log10(abs(pivot)) for pivot in pivots)
    negative = (sign < 0) != (sum(pivot < 0 for pivot in pivots) % 2 == 1)
    exponent = math.floor(log10)
    mantissa = 10.0 ** (log10 - exponent)
    return {"mantissa": -mantissa if negative else mantissa, "exponent": exponent, "log10": log10}


def _det_by_cofactors(matrix: np.ndarray, name: str, n: int, is_exact: bool) -> DetResult:
    """det A = Σⱼ (−1)^(1+j)·a₁ⱼ·det M₁ⱼ along the first row, every minor shown.

    Decimals are taken as written (0.1 is 1/10) and the value rounded once at the end,
    so every printed product and sum is what a calculator gives from the printed numbers.
    """
    entries = _exact_array(matrix) if is_exact else _written_array(matrix)

    def shown(value: Any) -> Any:
        return _plain(value) if is_exact else float(value)

    letter = name.lower() if len(name) == 1 and name.isalpha() else "a"
    steps: list[Step] = []
    if n == 1:
        value = entries[0, 0]
        steps.append(step("matrices.det.one", name=name, value=shown(value)))
        return DetResult(result=shown(value), matrix=matrix, name=name, size=1, exact=is_exact, method="cofactor",
                         cofactors=[], steps=steps)
    steps.append(step("matrices.det.cofactor_rule", name=name, n=n))
    cofactors = []
    children = []
    for j in range(n):
        minor = _minor(entries, j)
        minor_det = _cofactor_det(minor)
        sign = 1 if j % 2 == 0 else -1
        product = sign * entries[0, j] * minor_det
        cofactors.append({"column": j + 1, "entry": shown(entries[0, j]), "sign": sign,
                          "minor": _simplified(minor) if is_exact else minor.astype(np.float64),
                          "minor_det": shown(minor_det), "product": shown(product)})
        if n == 2:
            children.append(step("matrices.det.term_1x1", entry=entry_name(letter, 0, j), value=shown(entries[0, j]),
                                 sign="+" if sign > 0 else "−", minor=shown(minor_det), product=shown(product),
                                 minor_name=f"M{_sub(1)}{_sub(j + 1)}"))
        else:
            a, b, c, d = (shown(minor[0, 0]), shown(minor[0, 1]), shown(minor[1, 0]), shown(minor[1, 1]))
            children.append(step("matrices.det.term_2x2", entry=entry_name(letter, 0, j), value=shown(entries[0, j]),
                                 sign="+" if sign > 0 else "−", minor_name=f"M{_sub(1)}{_sub(j + 1)}",
                                 first=[a, b], second=[c, d], a=a, b=b, c=c, d=d, minor=shown(minor_det),
                                 product=shown(product)))
    value = shown(sum((1 if j % 2 == 0 else -1) * entries[0, j] * _cofactor_det(_minor(entries, j))
                      for j in range(n)))
    steps.extend(children)
    steps.append(step("matrices.det.sum", name=name, products=[c["product"] for c in cofactors], value=value))
    if value == 0:
        steps.append(step("matrices.det.zero_meaning", name=name))
    return DetResult(result=value, matrix=matrix, name=name, size=n, exact=is_exact, method="cofactor",
                     cofactors=cofactors, steps=steps)
