"""Matrix products, dot products and cosine similarity, with the steps a learner follows.

Integer and fraction inputs stay exact (int64 while products cannot overflow,
Python integers and fractions beyond that); anything with a decimal point is
float64.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from mlmath.core.result import Result, Step, step
from mlmath.errors import MathError

# Cell-by-cell steps are shown while they stay readable.
MAX_WORKED_CELLS = 36
MAX_WORKED_TERMS = 8

_SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def shape_text(shape: tuple[int, ...]) -> str:
    """``(4, 3)`` → ``4×3``."""
    return "×".join(str(size) for size in shape)


def cell_name(letter: str, i: int, j: int) -> str:
    """1-based cell name: ``c₁₂``, or ``c₁,₁₂`` once an index has two digits."""
    separator = "," if i >= 9 or j >= 9 else ""
    return f"{letter}{str(i + 1).translate(_SUBSCRIPTS)}{separator}{str(j + 1).translate(_SUBSCRIPTS)}"


def operand_names(count: int) -> list[str]:
    return [chr(ord("A") + index) if index < 26 else f"M{index + 1}" for index in range(count)]


def _exact_product(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """``left @ right`` without int64 overflow: switch to Python integers when it could happen."""
    if left.dtype.kind in "iu" and right.dtype.kind in "iu":
        largest = int(np.abs(left).max(initial=0)) * int(np.abs(right).max(initial=0)) * left.shape[-1]
        if largest >= 2**62:
            left, right = left.astype(object), right.astype(object)
    return left @ right


def _simplify_exact(array: np.ndarray) -> np.ndarray:
    """Object arrays whose entries are all whole numbers become int64 again when small."""
    if array.dtype != object:
        return array
    from fractions import Fraction

    entries = array.reshape(-1).tolist()
    normalised = [
        entry.numerator if isinstance(entry, Fraction) and entry.denominator == 1 else entry for entry in entries
    ]
    if all(isinstance(entry, int) and abs(entry) < 2**62 for entry in normalised):
        return np.array(normalised, dtype=np.int64).reshape(array.shape)
    out = np.empty(len(normalised), dtype=object)
    out[:] = normalised
    return out.reshape(array.shape)


# --- matmul -------------------------------------------------------------------


@dataclass
class MatmulResult(Result):
    """``result`` = A·B(·C…); ``shapes`` of the operands; ``partials`` of a chain, left to right."""

    shapes: list[tuple[int, ...]] = field(default_factory=list)
    shape: tuple[int, ...] = ()
    partials: list[Any] = field(default_factory=list)


def _mismatch(names: tuple[str, str], left: tuple[int, ...], right: tuple[int, ...]) -> MathError:
    """Why two shapes do not multiply, and which transpose would fit."""
    a, b = names
    (m, n), (p, q) = left, right
    message = (
        f"{a}·{b} does not fit: {a} is {m}×{n} and {b} is {p}×{q}; "
        f"the inner sizes {n} and {p} must agree ({a}'s columns = {b}'s rows)"
    )
    fits = []
    if n == q:
        fits.append(f"{a}·{b}ᵀ would fit and give {m}×{p}")
    if m == p:
        fits.append(f"{a}ᵀ·{b} would fit and give {n}×{q}")
    if m == q and not fits:
        fits.append(f"{a}ᵀ·{b}ᵀ would fit and give {n}×{p}")
    if not fits and q == m:
        fits.append(f"{b}·{a} would fit and give {p}×{n}")
    return MathError(message, hint=" or ".join(fits) if fits else None)


def _cell_steps(left: np.ndarray, right: np.ndarray, product: np.ndarray, letter: str) -> list[Step]:
    """``c₁₁ = 1·2 + 2·4 + 3·6 = 28`` for every cell."""
    steps = []
    for i in range(product.shape[0]):
        for j in range(product.shape[1]):
            terms = [(left[i, k].item() if hasattr(left[i, k], "item") else left[i, k],
                      right[k, j].item() if hasattr(right[k, j], "item") else right[k, j])
                     for k in range(left.shape[1])]
            value = product[i, j]
            steps.append(step("matmul.cell", cell=cell_name(letter, i, j), row=i + 1, col=j + 1,
                              terms=terms, value=value.item() if hasattr(value, "item") else value))
    return steps


def matmul(*matrices: np.ndarray, names: list[str] | None = None) -> MatmulResult:
    """A·B·C… left to right, checking the shape rule at every product."""
    if len(matrices) < 2:
        raise MathError("matmul needs at least two matrices", hint='e.g. mlmath matmul "1,2;3,4" "5;6"')
    names = names or operand_names(len(matrices))
    operands = [np.asarray(matrix) if np.ndim(matrix) == 2 else np.atleast_2d(matrix) for matrix in matrices]
    for index in range(len(operands) - 1):
        # the running product A·B·…, so far, has A's rows and the last operand's columns
        left_shape = (operands[0].shape[0], operands[index].shape[1])
        right_shape = operands[index + 1].shape
        if left_shape[1] != right_shape[0]:
            left_name = names[0] if index == 0 else f"({'·'.join(names[: index + 1])})"
            raise _mismatch((left_name, names[index + 1]), left_shape, right_shape)

    steps: list[Step] = []
    shapes = [operand.shape for operand in operands]
    final_shape = (shapes[0][0], shapes[-1][1])
    steps.append(step("matmul.shape_chain",
                      shapes=[shape_text(shape) for shape in shapes], names="·".join(names),
                      result=shape_text(final_shape)))
    partials = []
    current, current_name = operands[0], names[0]
    letters = "CDEFGHPQRSTUVWXYZ"
    for index, right in enumerate(operands[1:], start=1):
        product = _simplify_exact(_exact_product(current, right))
        product_name = f"{current_name}·{names[index]}"
        rule = step("matmul.shape_rule", left=current_name, right=names[index],
                    left_shape=shape_text(current.shape), right_shape=shape_text(right.shape),
                    inner=current.shape[1], result=shape_text(product.shape))
        cells = product.size
        worked: list[Step] = []
        if cells <= MAX_WORKED_CELLS and current.shape[1] <= MAX_WORKED_TERMS:
            worked = _cell_steps(current, right, product, letters[(index - 1) % len(letters)].lower())
        else:
            worked = [step("matmul.cells_hidden", cells=cells, terms=current.shape[1])]
        steps.append(Step(rule.key, rule.args, tuple(worked)))
        partials.append(product)
        current, current_name = product, f"({product_name})" if index < len(operands) - 1 else product_name
    return MatmulResult(result=current, shapes=shapes, shape=final_shape,
                        partials=partials[:-1], steps=steps)


@dataclass
class ElementwiseResult(Result):
    """``result`` = A ⊙ B after broadcasting; the stretched shapes."""

    shapes: list[tuple[int, ...]] = field(default_factory=list)
    shape: tuple[int, ...] = ()


def _stretch_steps(name: str, shape: tuple[int, ...], target: tuple[int, ...]) -> list[Step]:
    """How NumPy broadcasting stretches one operand to the common shape."""
    padded = (1,) * (len(target) - len(shape)) + tuple(shape)
    steps = []
    axis_names = ("rows", "columns") if len(target) == 2 else tuple(f"axis {k}" for k in range(len(target)))
    for axis, (size, goal) in enumerate(zip(padded, target)):
        if size == 1 and goal != 1:
            steps.append(step("matmul.stretch", name=name, axis=axis_names[axis], times=goal))
    if not steps:
        steps.append(step("matmul.no_stretch", name=name))
    return steps


def elementwise(*arrays: np.ndarray, names: list[str] | None = None) -> ElementwiseResult:
    """The Hadamard product A ⊙ B ⊙ … with NumPy broadcasting, explained axis by axis."""
    if len(arrays) < 2:
        raise MathError("--elementwise needs at least two arrays")
    names = names or operand_names(len(arrays))
    shapes = [np.shape(array) for array in arrays]
    try:
        target = np.broadcast_shapes(*shapes)
    except ValueError:
        raise MathError(
            "cannot broadcast " + " and ".join(f"{name} ({shape_text(shape)})" for name, shape in zip(names, shapes)),
            hint="sizes must agree or be 1 on each axis, counted from the right",
        ) from None
    product = arrays[0]
    for array in arrays[1:]:
        product = np.multiply(product, array)
    product = _simplify_exact(np.asarray(product))
    steps = [step("matmul.broadcast", shapes=[shape_text(shape) for shape in shapes], result=shape_text(target))]
    for name, shape in zip(names, shapes):
        steps.extend(_stretch_steps(name, shape, target))
    steps.append(step("matmul.hadamard", names=" ⊙ ".join(names)))
    return ElementwiseResult(result=product, shapes=shapes, shape=tuple(target), steps=steps)


# --- dot and cosine -------------------------------------------------------------


def _scalar(value: Any) -> Any:
    return value.item() if hasattr(value, "item") else value


def _check_lengths(a: np.ndarray, b: np.ndarray, names: tuple[str, str], what: str) -> None:
    if a.shape != b.shape:
        raise MathError(
            f"{names[0]} has {a.size} entries and {names[1]} has {b.size}; {what} needs vectors of equal length"
        )


def _norm_step(name: str, vector: np.ndarray, norm: float) -> Step:
    """|a| = √(1² + 2² + 3²) = √14 = 3.7417 — Pythagoras in n dimensions."""
    squares = _exact_sum([value * value for value in vector.tolist()])
    return step("dot.norm", name=name, entries=[_scalar(value) for value in vector], squares=squares, norm=norm)


def _exact_sum(values: list[Any]) -> Any:
    total: Any = 0
    for value in values:
        total = total + value
    return total


def _direction(cosine: float) -> str:
    if abs(cosine) < 1e-12:
        return "orthogonal"
    return "same" if cosine > 0 else "opposite"


@dataclass
class DotResult(Result):
    """``result`` = a·b; the products term by term, both norms, the angle and the sign's meaning."""

    terms: list[Any] = field(default_factory=list)
    norm_a: float = 0.0
    norm_b: float = 0.0
    cosine: float | None = None
    angle_degrees: float | None = None
    direction: str = ""


def dot(a: np.ndarray, b: np.ndarray, names: tuple[str, str] = ("a", "b")) -> DotResult:
    """a·b = Σ aᵢbᵢ, with |a|, |b| and the angle between them."""
    _check_lengths(a, b, names, "a dot product")
    pairs = [(_scalar(x), _scalar(y)) for x, y in zip(a, b)]
    terms = [x * y for x, y in pairs]
    value = _exact_sum(terms)
    norm_a, norm_b = float(np.linalg.norm(a.astype(float))), float(np.linalg.norm(b.astype(float)))
    steps = [
        step("dot.sum", a=names[0], b=names[1], products=pairs, terms=terms, value=value),
        _norm_step(names[0], a, norm_a),
        _norm_step(names[1], b, norm_b),
    ]
    cosine = angle = None
    direction = ""
    if norm_a == 0 or norm_b == 0:
        steps.append(step("dot.zero_vector", name=names[0] if norm_a == 0 else names[1]))
    else:
        cosine = max(-1.0, min(1.0, float(value) / (norm_a * norm_b)))
        angle = math.degrees(math.acos(cosine))
        direction = _direction(float(value) / (norm_a * norm_b) if value != 0 else 0.0)
        steps.append(step("dot.angle", value=value, norm_a=norm_a, norm_b=norm_b, cosine=cosine, angle=angle))
        steps.append(step(f"dot.direction.{direction}", value=value, angle=angle))
    return DotResult(result=value, terms=terms, norm_a=norm_a, norm_b=norm_b, cosine=cosine,
                     angle_degrees=angle, direction=direction, steps=steps)


def similarity_reading(cosine: float) -> str:
    """Plain words for a cosine: near 1 similar, near 0 unrelated, near −1 opposite."""
    if cosine >= 0.9:
        return "very_similar"
    if cosine >= 0.5:
        return "similar"
    if cosine > 0.2:
        return "slightly_similar"
    if cosine >= -0.2:
        return "unrelated"
    if cosine > -0.9:
        return "dissimilar"
    return "opposite"


@dataclass
class CosineResult(Result):
    """``result`` = cos θ of two vectors, with its parts and a plain reading."""

    dot: Any = 0
    norm_a: float = 0.0
    norm_b: float = 0.0
    angle_degrees: float = 0.0
    reading: str = ""


def _require_nonzero(vector: np.ndarray, name: str) -> float:
    norm = float(np.linalg.norm(np.asarray(vector, dtype=float)))
    if norm == 0:
        raise MathError(
            f"{name} is the zero vector: its length is 0, so cosine similarity (a·b / (|a||b|)) is undefined",
            hint="give vectors with at least one non-zero entry",
        )
    return norm


def cosine(a: np.ndarray, b: np.ndarray, names: tuple[str, str] = ("a", "b")) -> CosineResult:
    """cos θ = a·b / (|a||b|)."""
    _check_lengths(a, b, names, "cosine similarity")
    norm_a, norm_b = _require_nonzero(a, names[0]), _require_nonzero(b, names[1])
    product = dot(a, b, names)
    value = max(-1.0, min(1.0, float(product.result) / (norm_a * norm_b)))
    angle = math.degrees(math.acos(value))
    reading = similarity_reading(value)
    steps = [
        product.steps[0],
        product.steps[1],
        product.steps[2],
        step("cosine.formula", a=names[0], b=names[1], dot=product.result, norm_a=norm_a, norm_b=norm_b,
             value=value),
        step("cosine.angle", value=value, angle=angle),
        step(f"cosine.reading.{reading}", value=value),
    ]
    return CosineResult(result=value, dot=product.result, norm_a=norm_a, norm_b=norm_b,
                        angle_degrees=angle, reading=reading, steps=steps)


@dataclass
class SimilarityResult(Result):
    """``result`` = the pairwise cosine matrix of row vectors (or, with a query, each row's cosine to it)."""

    labels: list[str] = field(default_factory=list)
    matrix: Any = None
    norms: list[float] = field(default_factory=list)
    ranking: list[dict[str, Any]] | None = None


def similarity_matrix(rows: np.ndarray, labels: list[str], query: np.ndarray | None = None) -> SimilarityResult:
    """S = N·Nᵀ with N the rows scaled to length 1; with ``query``, rank the rows by cosine to it."""
    vectors = np.asarray(rows, dtype=float)
    norms = [_require_nonzero(vector, label) for vector, label in zip(vectors, labels)]
    unit = vectors / np.asarray(norms)[:, None]
    matrix = np.clip(unit @ unit.T, -1.0, 1.0)
    np.fill_diagonal(matrix, 1.0)
    steps = [
        step("cosine.normalise", count=len(labels), size=vectors.shape[1]),
        step("cosine.pairwise", count=len(labels)),
    ]
    result: Any = matrix
    ranking = None
    if query is not None:
        if query.shape[-1] != vectors.shape[1]:
            raise MathError(
                f"--query has {query.size} entries but the rows have {vectors.shape[1]}",
                hint="give a query vector of the same length as the rows",
            )
        query_norm = _require_nonzero(query, "--query")
        scores = np.clip(unit @ (np.asarray(query, dtype=float) / query_norm), -1.0, 1.0)
        order = sorted(range(len(labels)), key=lambda index: -scores[index])
        ranking = [
            {"rank": rank, "label": labels[index], "similarity": float(scores[index]),
             "reading": similarity_reading(float(scores[index]))}
            for rank, index in enumerate(order, start=1)
        ]
        steps.append(step("cosine.query", count=len(labels), best=labels[order[0]], value=float(scores[order[0]])))
        result = scores
    return SimilarityResult(result=result, labels=labels, matrix=matrix, norms=norms, ranking=ranking, steps=steps)
