"""Matrix products, dot products and cosine similarity, with the steps a learner follows.

Integer and fraction inputs stay exact (int64 while products cannot overflow,
Python integers and fractions beyond that); anything with a decimal point is
float64.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from mlmath.core.arrays import shape_text
from mlmath.core.notation import subscript
from mlmath.core.result import MORE, Computed, Result, Step, shortened, shown, shown_positions, step
from mlmath.errors import MathError
from mlmath.text import say

__all__ = ["matmul", "elementwise", "dot", "cosine", "similarity_matrix"]

# Up to this many entries, decimals are multiplied exactly and rounded once.
MAX_EXACT_ENTRIES = 10_000
MAX_EXACT_WORK = 200_000  # multiply-adds of a product done in exact arithmetic
# Cell-by-cell steps are shown while they stay readable.
MAX_RESULT_ENTRIES = 100_000_000  # 800 MB of float64: a product or similarity matrix larger than this is refused
MAX_WORKED_CELLS = 36
MAX_WORKED_TERMS = 8

def cell_name(letter: str, i: int, j: int) -> str:
    """1-based cell name: ``c₁₂``, or ``c₁,₁₂`` once an index has two digits."""
    return entry_name(letter, (i, j))


def entry_name(letter: str, index: tuple[int, ...]) -> str:
    """1-based name of an entry at any number of axes: ``c₃`` (a vector), ``c₁₂``, ``c₁,₁₂`` once an index
    has two digits, ``c`` for a single number."""
    separator = "," if any(i >= 9 for i in index) else ""
    return letter + subscript(separator.join(str(i + 1) for i in index))


def _scalar(value: Any) -> Any:
    """A NumPy scalar as the plain Python number (int, float or Fraction) it holds."""
    return value.item() if hasattr(value, "item") else value


def operand_names(count: int) -> list[str]:
    return [chr(ord("A") + index) if index < 26 else f"M{index + 1}" for index in range(count)]


def _exact_product(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """``left @ right`` without int64 overflow: switch to Python integers when it could happen."""
    if left.dtype.kind in "iu" and right.dtype.kind in "iu":
        largest = int(np.abs(left).max(initial=0)) * int(np.abs(right).max(initial=0)) * left.shape[-1]
        if largest >= 2**62:
            left, right = left.astype(object), right.astype(object)
        elif largest < 2**53:
            # every product and partial sum is an integer below 2⁵³, so float64 holds it exactly:
            # BLAS gives the same integers as NumPy's integer loops, a hundred times sooner
            return (left.astype(np.float64) @ right.astype(np.float64)).astype(np.int64)
    return left @ right


def _simplify_exact(array: np.ndarray) -> np.ndarray:
    """Object arrays whose entries are all whole numbers become int64 again when small."""
    if array.dtype != object:
        return array
    normalised = [_plain(entry) for entry in array.reshape(-1).tolist()]
    if all(isinstance(entry, int) and abs(entry) < 2**62 for entry in normalised):
        return np.array(normalised, dtype=np.int64).reshape(array.shape)
    out = np.empty(len(normalised), dtype=object)
    out[:] = normalised
    return out.reshape(array.shape)


def _as_exact(array: np.ndarray) -> np.ndarray:
    """Floats as the decimals they were written as (0.2 → 1/5), for small arrays.

    Linear algebra on what the learner wrote is then exact, and rounding happens
    once at the end: [[6]]⊙[[0.2]] gives 1.2, not 1.2000000000000002.
    """
    if array.dtype.kind != "f" or array.size > MAX_EXACT_ENTRIES:
        return array
    from fractions import Fraction

    exact = np.empty(array.size, dtype=object)
    exact[:] = [Fraction(repr(value)) for value in array.reshape(-1).tolist()]
    return exact.reshape(array.shape)


def _rounded_like(result: np.ndarray, inputs: list[np.ndarray]) -> np.ndarray:
    """Back to float64 when any input was a float; exact inputs keep exact results."""
    if any(array.dtype.kind == "f" for array in inputs):
        if result.dtype != object:
            return np.asarray(result, dtype=np.float64)
        return np.array([_to_float(value) for value in result.reshape(-1).tolist()]).reshape(result.shape)
    return _simplify_exact(result)


def _to_float(value: Any) -> float:
    """The nearest float64; beyond its range, ±inf (reported, never silently, on output)."""
    try:
        return float(value)
    except OverflowError:
        return math.inf if value > 0 else -math.inf


# --- matmul -------------------------------------------------------------------


@dataclass
class MatmulResult(Result):
    """``result`` = A·B(·C…); ``shapes`` of the operands; ``partials`` of a chain, left to right."""

    shapes: list[tuple[int, ...]] = field(default_factory=list)
    shape: tuple[int, ...] = ()
    partials: list[Any] = field(default_factory=list)
    operands: list[Any] = shown()
    names: list[str] = shown()


def _mismatch(names: tuple[str, str], left: tuple[int, ...], right: tuple[int, ...]) -> MathError:
    """Why two shapes do not multiply, and which transpose would fit."""
    from mlmath.text import say

    a, b = names
    (m, n), (p, q) = left, right
    message = say("matmul.error.mismatch", a=a, b=b, m=m, n=n, p=p, q=q)
    fits = []
    if n == q:
        fits.append(say("matmul.error.fit", product=f"{a}·{b}ᵀ", shape=f"{m}×{p}"))
    if m == p:
        fits.append(say("matmul.error.fit", product=f"{a}ᵀ·{b}", shape=f"{n}×{q}"))
    if m == q and not fits:
        fits.append(say("matmul.error.fit", product=f"{a}ᵀ·{b}ᵀ", shape=f"{n}×{p}"))
    if not fits and q == m:
        fits.append(say("matmul.error.fit", product=f"{b}·{a}", shape=f"{p}×{n}"))
    hint = say("matmul.error.fit_either", first=fits[0], second=fits[1]) if len(fits) == 2 else \
        fits[0] if fits else None
    return MathError(message, hint=hint)


def _cell_steps(left: np.ndarray, right: np.ndarray, product: np.ndarray, letter: str) -> list[Step]:
    """``c₁₁ = 1·2 + 2·4 + 3·6 = 28`` for every cell."""
    steps = []
    for i in range(product.shape[0]):
        for j in range(product.shape[1]):
            terms = [(_scalar(left[i, k]), _scalar(right[k, j])) for k in range(left.shape[1])]
            steps.append(step("matmul.cell", cell=cell_name(letter, i, j), row=i + 1, col=j + 1,
                              total=Computed(tuple(terms), _scalar(product[i, j]))))
    return steps


def matmul(*matrices: np.ndarray, names: list[str] | None = None) -> MatmulResult:
    """A·B·C… left to right, checking the shape rule at every product."""
    if len(matrices) < 2:
        raise MathError(say("matmul.error.two"), hint=say("matmul.error.two.hint"))
    names = names or operand_names(len(matrices))
    operands = [np.asarray(matrix) if np.ndim(matrix) >= 2 else np.atleast_2d(matrix) for matrix in matrices]
    if any(operand.ndim > 2 for operand in operands):
        return _batched_matmul(operands, names)
    for index in range(len(operands) - 1):
        # the running product A·B·…, so far, has A's rows and the last operand's columns
        left_shape = (operands[0].shape[0], operands[index].shape[1])
        right_shape = operands[index + 1].shape
        if left_shape[1] != right_shape[0]:
            left_name = names[0] if index == 0 else f"({'·'.join(names[: index + 1])})"
            raise _mismatch((left_name, names[index + 1]), left_shape, right_shape)

    for index in range(1, len(operands)):  # every product A·B·…, before any is computed
        check_result_size((operands[0].shape[0], operands[index].shape[1]))
    steps: list[Step] = []
    shapes = [operand.shape for operand in operands]
    final_shape = (shapes[0][0], shapes[-1][1])
    if len(operands) > 2:
        steps.append(step("matmul.shape_chain",
                          shapes=[shape_text(shape) for shape in shapes], names="·".join(names),
                          result=shape_text(final_shape)))
    partials = []
    # exact rational arithmetic only while it stays cheap (it runs in Python, not BLAS)
    work = sum(operands[0].shape[0] * op.shape[0] * op.shape[1] for op in operands[1:])
    exact = [_as_exact(operand) if work <= MAX_EXACT_WORK else operand for operand in operands]
    current, current_exact, current_name = operands[0], exact[0], names[0]
    letters = "CDEFGHPQRSTUVWXYZ"
    for index, right in enumerate(operands[1:], start=1):
        product_exact = _exact_product(current_exact, exact[index])
        product = _rounded_like(product_exact, operands[: index + 1])
        product_name = f"{current_name}·{names[index]}"
        rule = step("matmul.shape_rule", left=current_name, right=names[index],
                    left_shape=shape_text(current.shape), right_shape=shape_text(right.shape),
                    inner=current.shape[1], result=shape_text(product.shape))
        if product.size <= MAX_WORKED_CELLS and current.shape[1] <= MAX_WORKED_TERMS:
            worked = _cell_steps(current, right, product, letters[(index - 1) % len(letters)].lower())
        else:
            worked = [step("matmul.cells_hidden", cells=product.size, terms=current.shape[1])]
        steps.append(Step(rule.key, rule.args, tuple(worked)))
        partials.append(product)
        current, current_exact = product, product_exact
        current_name = f"({product_name})" if index < len(operands) - 1 else product_name
    return MatmulResult(result=current, shapes=shapes, shape=final_shape,
                        partials=partials[:-1], operands=operands, names=names, steps=steps)


def _batched_matmul(operands: list[np.ndarray], names: list[str]) -> MatmulResult:
    """A·B… as numpy.matmul does for 3-D and higher operands: the batch axes (all but the last two)
    broadcast, and the last two multiply as matrices, one product per batch index."""
    steps: list[Step] = []
    partials = []
    current, current_name = operands[0], names[0]
    for index, right in enumerate(operands[1:], start=1):
        left = current
        right_name = names[index]
        if left.shape[-1] != right.shape[-2]:
            raise MathError(say("matmul.error.batched_mismatch", a=current_name, b=right_name,
                                a_shape=shape_text(left.shape), b_shape=shape_text(right.shape), n=left.shape[-1],
                                p=right.shape[-2]))
        try:
            batch = tuple(np.broadcast_shapes(left.shape[:-2], right.shape[:-2]))
        except ValueError:
            raise MathError(say("matmul.error.batch_axes", a=current_name, b=right_name,
                                a_shape=shape_text(left.shape[:-2]), b_shape=shape_text(right.shape[:-2])),
                            hint=say("matmul.error.batch_axes.hint")) from None
        count = math.prod(batch)
        rows, inner, cols = left.shape[-2], left.shape[-1], right.shape[-1]
        small = count * rows * inner * cols <= MAX_EXACT_WORK
        exact = _exact_product(_as_exact(left), _as_exact(right)) if small else _exact_product(left, right)
        product = _rounded_like(np.asarray(exact), [left, right])
        rule = step("matmul.batch_rule", left=current_name, right=right_name, left_shape=shape_text(left.shape),
                    right_shape=shape_text(right.shape), result=shape_text(product.shape),
                    left_batch=shape_text(left.shape[:-2]), right_batch=shape_text(right.shape[:-2]),
                    batch=shape_text(batch), count=count, left_matrix=shape_text((rows, inner)),
                    right_matrix=shape_text((inner, cols)), matrix=shape_text((rows, cols)), inner=inner)
        first = (0,) * len(batch)
        if rows * cols <= MAX_WORKED_CELLS and inner <= MAX_WORKED_TERMS:
            left_first = np.broadcast_to(left, batch + left.shape[-2:])[first]
            right_first = np.broadcast_to(right, batch + right.shape[-2:])[first]
            cells = _cell_steps(left_first, right_first, product[first], "c")
        else:
            cells = [step("matmul.cells_hidden", cells=rows * cols, terms=inner)]
        worked = [step("matmul.batch_first", *cells, index=", ".join("0" for _ in batch))]
        if count > 1:
            worked.append(step("matmul.batch_rest" if count > 2 else "matmul.batch_rest_one", others=count - 1))
        steps.append(Step(rule.key, rule.args, tuple(worked)))
        partials.append(product)
        current = product
        current_name = f"({current_name}·{right_name})" if index < len(operands) - 1 else f"{current_name}·{right_name}"
    return MatmulResult(result=current, shapes=[operand.shape for operand in operands], shape=current.shape,
                        partials=partials[:-1], operands=operands, names=names, steps=steps)


@dataclass
class ElementwiseResult(Result):
    """``result`` = A ⊙ B after broadcasting; the stretched shapes."""

    shapes: list[tuple[int, ...]] = field(default_factory=list)
    shape: tuple[int, ...] = ()
    operands: list[Any] = shown()
    names: list[str] = shown()


def _stretch_steps(name: str, shape: tuple[int, ...], target: tuple[int, ...]) -> list[Step]:
    """How NumPy broadcasting stretches one operand to the common shape."""
    padded = (1,) * (len(target) - len(shape)) + tuple(shape)
    steps = []
    for axis, (size, goal) in enumerate(zip(padded, target)):
        if size == 1 and goal != 1:
            # in a matrix, axis 0 runs down the rows and axis 1 across the columns
            key = {0: "matmul.stretch.rows", 1: "matmul.stretch.columns"}.get(axis, "matmul.stretch.axis") \
                if len(target) == 2 else "matmul.stretch.axis"
            steps.append(step(key, name=name, axis=axis, times=goal))
    if not steps:
        steps.append(step("matmul.no_stretch", name=name))
    return steps


def _hadamard_cells(arrays: list[Any], names: list[str], target: tuple[int, ...], product: Any) -> list[Step]:
    """``c₁₂ = A₁₂·B₁₁ = 2·10 = 20``: each shown cell of a vector or matrix product, naming the entry of each
    operand it takes — a stretched operand gives the same entry to a whole row or column."""
    if len(target) not in (1, 2):
        return []
    count = math.prod(target)
    positions = shown_positions(count)
    steps = []
    for position in positions:
        if position is None:
            steps.append(step("matmul.hadamard.more", count=count - len(positions) + 1))
            continue
        index = tuple(int(i) for i in np.unravel_index(position, target))
        factors, values = [], []
        for name, array in zip(names, arrays):
            shape = np.shape(array)
            # the operand's own index: its axes line up with the last ones of the result; a size-1 axis is stretched
            own = tuple(0 if size == 1 else i for size, i in zip(shape, index[len(index) - len(shape):]))
            factors.append(entry_name(name, own))
            values.append(_scalar(np.asarray(array)[own]))
        steps.append(step("matmul.hadamard.cell", cell=entry_name("c", index), factors="·".join(factors),
                          product=tuple(values),
                          value=_scalar(np.asarray(product)[index])))
    return steps


def elementwise(*arrays: np.ndarray, names: list[str] | None = None) -> ElementwiseResult:
    """The Hadamard product A ⊙ B ⊙ … with NumPy broadcasting, explained axis by axis."""
    if len(arrays) < 2:
        raise MathError(say("matmul.error.elementwise_two"))
    names = names or operand_names(len(arrays))
    shapes = [np.shape(array) for array in arrays]
    try:
        target = np.broadcast_shapes(*shapes)
    except ValueError:
        operands = ", ".join(f"{name} ({shape_text(shape)})" for name, shape in zip(names, shapes))
        raise MathError(say("matmul.error.broadcast", operands=operands), hint=say("matmul.error.broadcast.hint")) \
            from None
    product = _as_exact(arrays[0])
    for array in arrays[1:]:
        product = np.multiply(product, _as_exact(array))
    product = _rounded_like(np.asarray(product), list(arrays))
    steps = [step("matmul.broadcast", shapes=[shape_text(shape) for shape in shapes], result=shape_text(target))]
    for name, shape in zip(names, shapes):
        steps.extend(_stretch_steps(name, shape, target))
    steps.append(step("matmul.hadamard", *_hadamard_cells(list(arrays), names, tuple(target), product),
                      names=" ⊙ ".join(names)))
    return ElementwiseResult(result=product, shapes=shapes, shape=tuple(target), operands=list(arrays), names=names,
                             steps=steps)


# --- dot and cosine -------------------------------------------------------------


def _check_lengths(a: np.ndarray, b: np.ndarray, names: tuple[str, str], key: str) -> None:
    """``key``: the sentence for the product that needs equal lengths (dot.error.lengths, cosine.error.pair_lengths)."""
    if a.shape != b.shape:
        raise MathError(say(key, a=names[0], n=a.size, b=names[1], m=b.size))


def _sum_of_squares(vector: np.ndarray) -> Any:
    """Σ vᵢ², exactly for integers, fractions and the decimals written."""
    return sum([value * value for value in _as_exact(vector).tolist()])


def _norm(vector: np.ndarray) -> float:
    """|v| = √(Σ vᵢ²), scaled inside ``math.hypot`` so that no square overflows or underflows."""
    return math.hypot(*(float(value) for value in vector.tolist()))


def _norm_step(name: str, vector: np.ndarray, squares: Any, norm: float) -> Step:
    """|a| = √(1² + 2² + 3²) = √14 = 3.7417 — Pythagoras in n dimensions."""
    shown = _to_float(squares) if vector.dtype.kind == "f" else squares
    entries = [MORE if i is None else _scalar(vector[i]) for i in shown_positions(vector.size)]
    return step("dot.norm", name=name, entries=entries, squares=shown, norm=norm)


@dataclass
class DotResult(Result):
    """``result`` = a·b; the products term by term, both norms, the angle and the sign's meaning."""

    terms: list[Any] = field(default_factory=list)
    norm_a: float = 0.0
    norm_b: float = 0.0
    cosine: float | None = None
    angle_degrees: float | None = None
    direction: str = ""
    vectors: tuple[Any, Any] = shown()
    names: tuple[str, str] = shown()


def dot(a: Any, b: Any, names: tuple[str, str] = ("a", "b")) -> DotResult:
    """a·b = Σ aᵢbᵢ, with |a|, |b| and the angle between them (vectors as arrays or plain lists)."""
    a, b = np.asarray(a), np.asarray(b)
    _check_lengths(a, b, names, "dot.error.lengths")
    if a.size > MAX_EXACT_WORK:
        return _long_dot(a, b, names)
    pairs = [(_scalar(x), _scalar(y)) for x, y in zip(a, b)]
    exact_terms = [x * y for x, y in zip(_as_exact(a).tolist(), _as_exact(b).tolist())]
    is_float = a.dtype.kind == "f" or b.dtype.kind == "f"
    exact_value = sum(exact_terms)
    value = _to_float(exact_value) if is_float else _plain(exact_value)
    terms = [_to_float(term) if is_float else _plain(term) for term in exact_terms]
    squares_a, squares_b = _sum_of_squares(a), _sum_of_squares(b)
    return _dot_result(a, b, names, pairs, terms, value, exact_value, squares_a, squares_b)


def _long_dot(a: np.ndarray, b: np.ndarray, names: tuple[str, str]) -> DotResult:
    """Vectors too long for exact arithmetic in Python: float64 products, each sum correctly rounded
    (math.fsum); the sentences show the first and last terms around ….

    Besides the two vectors only the products (the ``terms`` of the answer) are held whole: squares and
    norms go a block at a time, so the peak memory is the vectors' and their products'.
    """
    x, y = a.astype(np.float64, copy=False), b.astype(np.float64, copy=False)
    with np.errstate(over="ignore"):
        products = x * y
    pairs = [MORE if i is None else (float(x[i]), float(y[i])) for i in shown_positions(x.size)]
    value = math.fsum(products)
    return _dot_result(a, b, names, pairs, products, value, value, _blocked_squares(x), _blocked_squares(y),
                       norms=(_blocked_norm(x), _blocked_norm(y)))


LONG_BLOCK = 1 << 14  # entries of a long vector squared (or turned into Python floats) at a time


def _blocked_squares(vector: np.ndarray) -> float:
    """Σ vᵢ² correctly rounded (math.fsum of every square), squaring a block at a time."""
    with np.errstate(over="ignore"):
        return math.fsum(itertools.chain.from_iterable(
            vector[start:start + LONG_BLOCK] ** 2 for start in range(0, vector.size, LONG_BLOCK)))


def _blocked_norm(vector: np.ndarray) -> float:
    """|v| by ``math.hypot`` of the blocks' own hypot (scaled, so no square overflows or underflows)."""
    return math.hypot(*(math.hypot(*vector[start:start + LONG_BLOCK].tolist())
                        for start in range(0, vector.size, LONG_BLOCK)))


def _dot_result(a: np.ndarray, b: np.ndarray, names: tuple[str, str], pairs: list[Any], terms: list[Any],
                value: Any, exact_value: Any, squares_a: Any, squares_b: Any,
                norms: tuple[float, float] | None = None) -> DotResult:
    norm_a, norm_b = norms if norms is not None else (_norm(a), _norm(b))
    steps = [
        step("dot.sum", a=names[0], b=names[1], products=pairs,
             total=Computed(tuple(shortened(terms)), value)),
        _norm_step(names[0], a, squares_a, norm_a),
        _norm_step(names[1], b, squares_b, norm_b),
    ]
    cosine = angle = None
    direction = ""
    if squares_a == 0 or squares_b == 0:
        steps.append(step("dot.zero_vector", name=names[0] if squares_a == 0 else names[1]))
    else:
        cosine = _cosine_of(exact_value, squares_a, squares_b)
        angle = math.degrees(math.acos(cosine))
        direction = "orthogonal" if exact_value == 0 else ("same" if exact_value > 0 else "opposite")
        steps.append(step("dot.angle", cosine=Computed((value,), cosine, divisor=(norm_a, norm_b)),
                          angle=Computed((cosine,), angle, function="arccos°")))
        key = {"same": "dot.direction.same", "orthogonal": "dot.direction.orthogonal",
               "opposite": "dot.direction.opposite"}[direction]
        steps.append(step(key, value=value, angle=angle))
    return DotResult(result=value, terms=terms, norm_a=norm_a, norm_b=norm_b, cosine=cosine,
                     angle_degrees=angle, direction=direction, vectors=(a, b), names=names, steps=steps)


def _cosine_of(dot_value: Any, squares_a: Any, squares_b: Any) -> float:
    """cos θ = a·b / √(Σa²·Σb²), rounded once: cos² is formed exactly when the inputs are exact."""
    if isinstance(dot_value, float) or isinstance(squares_a, float) or isinstance(squares_b, float):
        cosine = float(dot_value) / math.sqrt(squares_a) / math.sqrt(squares_b)
    else:
        magnitude = math.sqrt(dot_value * dot_value / (squares_a * squares_b))
        cosine = magnitude if dot_value >= 0 else -magnitude
    return max(-1.0, min(1.0, cosine))


def _plain(value: Any) -> Any:
    """A whole Fraction as an int; other exact values unchanged."""
    from fractions import Fraction

    if isinstance(value, Fraction) and value.denominator == 1:
        return value.numerator
    return value


# cos θ exactly 1, 0 or −1 (integer vectors give exact values) is said as exactly that, not "close to"
EXACT_READINGS = {1: "exactly_same", 0: "exactly_orthogonal", -1: "exactly_opposite"}
READING_STEPS = {
    "very_similar": "cosine.reading.very_similar", "similar": "cosine.reading.similar",
    "slightly_similar": "cosine.reading.slightly_similar", "unrelated": "cosine.reading.unrelated",
    "dissimilar": "cosine.reading.dissimilar", "opposite": "cosine.reading.opposite",
    "exactly_same": "cosine.reading.exactly_same", "exactly_orthogonal": "cosine.reading.exactly_orthogonal",
    "exactly_opposite": "cosine.reading.exactly_opposite",
}


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
    source: str | None = shown()  # the word-vector file the vectors came from


def _require_nonzero(vector: np.ndarray, name: str) -> None:
    if not np.any(np.asarray(vector) != 0):
        raise MathError(say("cosine.error.zero", name=name), hint=say("cosine.error.zero.hint"))


def cosine(a: Any, b: Any, names: tuple[str, str] = ("a", "b")) -> CosineResult:
    """cos θ = a·b / (|a||b|) (vectors as arrays or plain lists)."""
    a, b = np.asarray(a), np.asarray(b)
    _check_lengths(a, b, names, "cosine.error.pair_lengths")
    _require_nonzero(a, names[0])
    _require_nonzero(b, names[1])
    product = dot(a, b, names)
    norm_a, norm_b, value, angle = product.norm_a, product.norm_b, product.cosine, product.angle_degrees
    reading = similarity_reading(value)
    steps = [
        product.steps[0],
        product.steps[1],
        product.steps[2],
        step("cosine.formula", a=names[0], b=names[1],
             value=Computed((product.result,), value, divisor=(norm_a, norm_b))),
        step("cosine.angle", angle=Computed((value,), angle, function="arccos°")),
        step(READING_STEPS[EXACT_READINGS.get(value, reading)], value=value),
    ]
    return CosineResult(result=value, dot=product.result, norm_a=norm_a, norm_b=norm_b,
                        angle_degrees=angle, reading=reading, steps=steps)


@dataclass
class SimilarityResult(Result):
    """``result`` = the pairwise cosine matrix of row vectors (or, with a query, each row's cosine to it)."""

    labels: list[str] = field(default_factory=list)
    matrix: Any = None
    ranking: list[dict[str, Any]] | None = None
    source: str | None = shown()  # the word-vector file the rows came from


def _pairwise_cosines(rows: np.ndarray, others: np.ndarray) -> np.ndarray:
    """cos θ of every row of ``rows`` with every row of ``others``.

    Small inputs go pair by pair through the exact formula (parallel rows give
    exactly 1); large ones as one product of unit rows, each row first divided
    by its largest entry so that squaring can neither overflow nor underflow.
    """
    if rows.size * others.shape[0] <= MAX_EXACT_WORK:
        exact_rows, exact_others = _as_exact(rows).tolist(), _as_exact(others).tolist()
        squares_rows = [sum([v * v for v in row]) for row in exact_rows]
        squares_others = [sum([v * v for v in row]) for row in exact_others]
        return np.array([
            [_cosine_of(sum([x * y for x, y in zip(row, other)]), sq_row, sq_other)
             for other, sq_other in zip(exact_others, squares_others)]
            for row, sq_row in zip(exact_rows, squares_rows)
        ], dtype=np.float64)

    def unit(block: np.ndarray) -> np.ndarray:
        block = np.asarray(block, dtype=np.float64)
        block = block / np.abs(block).max(axis=1, keepdims=True)
        return block / np.linalg.norm(block, axis=1, keepdims=True)

    return np.clip(unit(rows) @ unit(others).T, -1.0, 1.0)


def check_result_size(shape: tuple[int, ...]) -> None:
    """A result of ``shape`` must fit in memory: estimated before it is computed, refused beyond the limit."""
    entries = math.prod(shape)
    if entries > MAX_RESULT_ENTRIES:
        raise MathError(say("matmul.error.result_too_large", shape=shape_text(shape),
                            gib=f"{entries * 8 / 2**30:.1f}", most=f"{MAX_RESULT_ENTRIES:,}"),
                        hint=say("matmul.error.result_too_large.hint"))


def similarity_matrix(rows: np.ndarray, labels: list[str], query: np.ndarray | None = None) -> SimilarityResult:
    """S[i, j] = cos θ between rows i and j; with ``query``, rank the rows by cosine to it."""
    for vector, label in zip(rows, labels):
        _require_nonzero(vector, label)
    check_result_size((rows.shape[0], rows.shape[0]))
    matrix = _pairwise_cosines(rows, rows)
    np.fill_diagonal(matrix, 1.0)
    steps = [
        step("cosine.normalise", count=len(labels), size=rows.shape[1]),
        step("cosine.pairwise", count=len(labels)),
    ]
    result: Any = matrix
    ranking = None
    if query is not None:
        if query.shape[-1] != rows.shape[1]:
            raise MathError(say("cosine.error.query", n=query.size, m=rows.shape[1]),
                            hint=say("cosine.error.query.hint"))
        _require_nonzero(query, "`query`")
        scores = _pairwise_cosines(rows, query.reshape(1, -1))[:, 0]
        order = sorted(range(len(labels)), key=lambda index: -scores[index])
        ranking = [
            {"rank": rank, "label": labels[index], "similarity": float(scores[index]),
             "reading": similarity_reading(float(scores[index]))}
            for rank, index in enumerate(order, start=1)
        ]
        steps.append(step("cosine.query", count=len(labels), best=labels[order[0]], value=float(scores[order[0]])))
        result = scores
    return SimilarityResult(result=result, labels=labels, matrix=matrix, ranking=ranking, steps=steps)
