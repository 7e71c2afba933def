"""Exercises a person can work by hand, each one an mlmath command line and the key of its answer.

A generator draws small integers and simple fractions from a seeded random
source, so ``exercise("matmul", difficulty=2, seed=7)`` is the same exercise on
every machine.  An :class:`Exercise` carries the command line that answers it
(``run``, the words after ``mlmath``), the JSON key that holds the answer
(``"result"``, the headline ``--expect`` checks, for all but attention's
weights), the answer written as ``--expect`` reads it (exact as a fraction
where the math allows, else to four decimals with ``tol`` 0.005, two decimals),
the question in words and a hint, both as keyed steps.

Grading is never done here: the command's own ``--expect`` decides (see
``mlmath practice`` and ``mlmath check``).  This module is pure: no I/O.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from mlmath.core.result import Result, Step, shown, step

TOPICS = ("matmul", "dot", "cosine", "transpose", "inverse", "det", "derive", "chain", "softmax",
          "activation", "loss", "optimize", "attention", "normalize", "layer", "conv", "train")
DIFFICULTIES = (1, 2, 3)
DECIMALS_TOL = "0.005"  # an answer that is not exact is asked to two decimals
LOSS_KINDS = ("mse", "mae", "rmse", "huber", "bce", "ce")
OPTIMIZERS = ("sgd", "momentum", "adam")
ADAM_QUANTITIES = ("theta", "m", "v", "m_hat", "v_hat")  # what an Adam exercise may ask (from difficulty 2)
HOMEWORK_ACTIONS = ("new",)  # mlmath homework ACTION

__all__ = ["exercise", "exercises_for", "weakest_topic"]


@dataclass(frozen=True)
class Exercise:
    """One exercise: the question, the command line that answers it, and its answer."""

    topic: str
    difficulty: int
    seed: int
    run: tuple[str, ...]  # the mlmath command line (without "mlmath") whose answer is graded
    answer: str  # the answer as --expect reads it
    question: Step
    hint: Step
    key: str = "result"  # the JSON key of the command that holds the answer
    tol: str | None = None  # a tolerance for answers that are not exact (text for --tol)
    kind: str = "number"  # "number" (numbers, vectors, matrices) or "expression" (derive)

    @property
    def exact(self) -> bool:
        return self.tol is None


@dataclass
class PracticeResult(Result):
    """A practice session: ``result`` is the score ``{"correct": n, "total": m}``."""

    exercises: list[dict[str, Any]] = field(default_factory=list)
    topics: dict[str, dict[str, int]] = field(default_factory=dict)  # per topic: correct and total
    progress_file: str | None = None


@dataclass
class AssignmentResult(Result):
    """A homework file written: ``result`` is its file name (None when it went to standard output)."""

    answers: str | None = None
    title: str = ""
    topics: list[str] = field(default_factory=list)
    seed: int = 0
    difficulty: int = 1
    problems: list[dict[str, Any]] = field(default_factory=list)
    text: str = shown("")  # the homework file itself, when it is printed rather than written


# --- numbers written as mlmath reads them -------------------------------------------------------


def number_text(value: Fraction | int) -> str:
    """``3``, ``-1/2``: exact, in the form every mlmath input accepts."""
    value = Fraction(value)
    return str(value.numerator) if value.denominator == 1 else f"{value.numerator}/{value.denominator}"


def decimal_text(value: float, places: int = 4) -> str:
    """``0.7311``: four decimals (an answer that is not exact)."""
    text = f"{value:.{places}f}"
    return text.lstrip("-") if float(text) == 0 else text


def vector_text(values) -> str:
    """``1,-2,3`` (a positional value: a leading minus sign is read as a value)."""
    return ",".join(number_text(value) for value in values)


def matrix_text(rows) -> str:
    """``[[1,2],[3,4]]``."""
    return "[" + ",".join("[" + ",".join(number_text(value) for value in row) + "]" for row in rows) + "]"


def answer_text(value: Any, exact: bool = True) -> str:
    """A scalar, vector or matrix as ``--expect`` reads it: ``3/4``, ``[1, 2]``, ``[[1, 2], [3, 4]]``."""
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(answer_text(item, exact) for item in value) + "]"
    return number_text(value) if exact else decimal_text(float(value))


# --- small exact linear algebra (Fractions) -----------------------------------------------------


def _matmul(a, b):
    return [[sum((Fraction(a[i][k]) * b[k][j] for k in range(len(b))), Fraction(0)) for j in range(len(b[0]))]
            for i in range(len(a))]


def _det(m) -> Fraction:
    if len(m) == 1:
        return Fraction(m[0][0])
    return sum((Fraction((-1) ** j) * m[0][j] * _det([row[:j] + row[j + 1:] for row in m[1:]])
                for j in range(len(m))), Fraction(0))


def _inverse(m):
    n = len(m)
    rows = [[Fraction(v) for v in row] + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for col in range(n):
        pivot = next(r for r in range(col, n) if rows[r][col] != 0)
        rows[col], rows[pivot] = rows[pivot], rows[col]
        head = rows[col][col]
        rows[col] = [v / head for v in rows[col]]
        for r in range(n):
            if r != col and rows[r][col] != 0:
                factor = rows[r][col]
                rows[r] = [v - factor * w for v, w in zip(rows[r], rows[col])]
    return [row[n:] for row in rows]


def _ints(rng: random.Random, count: int, low: int, high: int, nonzero: bool = False) -> list[int]:
    values = []
    while len(values) < count:
        value = rng.randint(low, high)
        if not (nonzero and value == 0):
            values.append(value)
    return values


def _matrix(rng: random.Random, rows: int, cols: int, low: int, high: int) -> list[list[int]]:
    return [_ints(rng, cols, low, high) for _ in range(rows)]


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-z))


# Every key written out (a key is never built from pieces).
_DERIVE_HINTS = {
    "power": "exercise.derive.hint.power", "product": "exercise.derive.hint.product",
    "quotient": "exercise.derive.hint.quotient", "chain_power": "exercise.derive.hint.chain_power",
    "exp": "exercise.derive.hint.exp", "log": "exercise.derive.hint.log", "trig": "exercise.derive.hint.trig",
    "sigmoid": "exercise.derive.hint.sigmoid", "tanh": "exercise.derive.hint.tanh",
    "relu": "exercise.derive.hint.relu", "chain_trig": "exercise.derive.hint.chain_trig",
    "exp_product": "exercise.derive.hint.exp_product",
}
_ACTIVATION_HINTS = {
    "sigmoid": "exercise.activation.hint.sigmoid", "tanh": "exercise.activation.hint.tanh",
    "relu": "exercise.activation.hint.relu", "leaky-relu": "exercise.activation.hint.leaky_relu",
}
_LOSS_QUESTIONS = {
    "mse": "exercise.loss.mse", "mae": "exercise.loss.mae", "rmse": "exercise.loss.rmse",
    "huber": "exercise.loss.huber", "bce": "exercise.loss.bce", "ce": "exercise.loss.ce",
}
_LOSS_HINTS = {
    "mse": "exercise.loss.hint.mse", "mae": "exercise.loss.hint.mae", "rmse": "exercise.loss.hint.rmse",
    "huber": "exercise.loss.hint.huber", "bce": "exercise.loss.hint.bce", "ce": "exercise.loss.hint.ce",
}
_ADAM_QUESTIONS = {"m": "exercise.optimize.adam_m", "v": "exercise.optimize.adam_v",
                   "m_hat": "exercise.optimize.adam_m_hat", "v_hat": "exercise.optimize.adam_v_hat"}
_TRAIN_QUESTIONS = {"b": "exercise.train.b", "W": "exercise.train.w"}
_OPTIMIZE_QUESTIONS = {"sgd": "exercise.optimize.sgd", "momentum": "exercise.optimize.momentum",
                       "adam": "exercise.optimize.adam"}
_OPTIMIZE_HINTS = {"sgd": "exercise.optimize.hint.sgd", "momentum": "exercise.optimize.hint.momentum",
                   "adam": "exercise.optimize.hint.adam"}
_LAYER_QUESTIONS = {"identity": "exercise.layer.identity", "relu": "exercise.layer.relu",
                    "sigmoid": "exercise.layer.sigmoid"}


# --- the generators: (rng, difficulty) → Exercise fields ---------------------------------------


def _matmul_exercise(rng, d):
    if d == 1:  # one cell: a row times a column
        n = rng.randint(2, 3)
        a, b = [_ints(rng, n, -3, 5, nonzero=True)], [[v] for v in _ints(rng, n, -3, 5, nonzero=True)]
        question = step("exercise.matmul.cell", a=matrix_text(a), b=matrix_text(b), n=n)
    else:
        m, n, p = (2, 2, 2) if d == 2 else rng.choice([(2, 3, 2), (3, 2, 2), (2, 2, 3)])
        a, b = _matrix(rng, m, n, -3, 4), _matrix(rng, n, p, -3, 4)
        question = step("exercise.matmul.product", a=matrix_text(a), b=matrix_text(b),
                        shape_a=f"{m}×{n}", shape_b=f"{n}×{p}")
    product = _matmul(a, b)
    return dict(run=("matmul", matrix_text(a), matrix_text(b)), answer=answer_text(product), question=question,
                hint=step("exercise.matmul.hint"))


def _dot_exercise(rng, d):
    n = {1: 2, 2: 3, 3: 4}[d]
    if d == 3:
        a = [Fraction(v, rng.choice([1, 2])) for v in _ints(rng, n, -4, 5)]
        b = _ints(rng, n, -3, 4)
    else:
        a, b = _ints(rng, n, -4 if d > 1 else 1, 5, nonzero=True), _ints(rng, n, -4 if d > 1 else 1, 5, nonzero=True)
    value = sum((Fraction(x) * y for x, y in zip(a, b)), Fraction(0))
    return dict(run=("dot", vector_text(a), vector_text(b)), answer=number_text(value),
                question=step("exercise.dot.question", a=vector_text(a), b=vector_text(b)),
                hint=step("exercise.dot.hint"))


# integer vectors with integer lengths: their cosine is a fraction
_PYTHAGOREAN_2 = ((3, 4), (4, 3), (5, 0), (0, 5), (6, 8), (8, 6), (5, 12), (12, 5), (1, 0), (0, 1))
_PYTHAGOREAN_3 = ((1, 2, 2), (2, 1, 2), (2, 2, 1), (2, 3, 6), (6, 2, 3), (3, 6, 2), (1, 4, 8), (4, 4, 7),
                  (2, 6, 9), (0, 3, 4), (4, 0, 3))


def _signed(rng, vector):
    return [v * rng.choice([1, -1]) for v in vector]


def _cosine_exercise(rng, d):
    exact = d < 3
    while True:
        if d == 1:
            a, b = _signed(rng, rng.choice(_PYTHAGOREAN_2)), _signed(rng, rng.choice(_PYTHAGOREAN_2))
        elif d == 2:
            a, b = _signed(rng, rng.choice(_PYTHAGOREAN_3)), _signed(rng, rng.choice(_PYTHAGOREAN_3))
        else:
            a, b = _ints(rng, 3, -3, 4), _ints(rng, 3, -3, 4)
        if any(a) and any(b):
            break
    dot = sum(x * y for x, y in zip(a, b))
    if exact:
        norm_a = math.isqrt(sum(x * x for x in a))
        norm_b = math.isqrt(sum(x * x for x in b))
        answer = number_text(Fraction(dot, norm_a * norm_b))
    else:
        answer = decimal_text(dot / math.sqrt(sum(x * x for x in a) * sum(x * x for x in b)))
    return dict(run=("cosine", vector_text(a), vector_text(b)), answer=answer,
                question=step("exercise.cosine.question", a=vector_text(a), b=vector_text(b)),
                hint=step("exercise.cosine.hint"), tol=None if exact else DECIMALS_TOL)


def _transpose_exercise(rng, d):
    shape = {1: (1, 3), 2: (2, 3), 3: (3, 4)}[d]
    a = _matrix(rng, *shape, -5, 9)
    transposed = [list(column) for column in zip(*a)]
    return dict(run=("transpose", matrix_text(a)), answer=answer_text(transposed),
                question=step("exercise.transpose.question", a=matrix_text(a), shape=f"{shape[0]}×{shape[1]}"),
                hint=step("exercise.transpose.hint"))


def _unimodular_3(rng):
    """A 3×3 integer matrix of determinant ±1 with small entries: L·U with unit diagonals."""
    lower = [[1, 0, 0], [rng.randint(-1, 1), 1, 0], [rng.randint(-1, 1), rng.randint(-1, 1), 1]]
    upper = [[rng.choice([1, -1]), rng.randint(-2, 2), rng.randint(-1, 1)], [0, 1, rng.randint(-2, 2)], [0, 0, 1]]
    return [[int(v) for v in row] for row in _matmul(lower, upper)]


def _inverse_exercise(rng, d):
    while True:
        if d == 3:
            a = _unimodular_3(rng)
        else:
            a = _matrix(rng, 2, 2, -3, 5)
        det = _det(a)
        if (d == 1 and abs(det) == 1) or (d == 2 and 2 <= abs(det) <= 6) or (d == 3 and det != 0):
            break
    inverse = _inverse(a)
    n = len(a)
    return dict(run=("inverse", matrix_text(a)), answer=answer_text(inverse),
                question=step("exercise.inverse.question", a=matrix_text(a), shape=f"{n}×{n}"),
                hint=step("exercise.inverse.hint" if n == 2 else "exercise.inverse.hint3"))


def _det_exercise(rng, d):
    a = _matrix(rng, 2, 2, -5, 6) if d == 1 else _matrix(rng, 3, 3, -2 if d == 2 else -4, 3 if d == 2 else 5)
    n = len(a)
    return dict(run=("det", matrix_text(a)), answer=number_text(_det(a)),
                question=step("exercise.det.question", a=matrix_text(a), shape=f"{n}×{n}"),
                hint=step("exercise.det.hint" if n == 2 else "exercise.det.hint3"))


def _term(coefficient: int, power: int) -> str:
    """``3*x**2``, ``-x``, ``5``."""
    if power == 0:
        return str(coefficient)
    base = "x" if power == 1 else f"x**{power}"
    if coefficient == 1:
        return base
    if coefficient == -1:
        return f"-{base}"
    return f"{coefficient}*{base}"


def _polynomial(terms: list[tuple[int, int]]) -> str:
    text = ""
    for coefficient, power in terms:
        if coefficient == 0:
            continue
        piece = _term(coefficient, power)
        text = piece if not text else (f"{text} - {piece[1:]}" if piece.startswith("-") else f"{text} + {piece}")
    return text or "0"


def _linear(a: int, b: int) -> str:
    """``a*x + b`` written plainly: ``2*x - 1``, ``x``."""
    return _polynomial([(a, 1), (b, 0)])


def _derive_exercise(rng, d):
    """Power rule (1); product, quotient, chain, exp/log/trig (2); sigmoid, tanh, relu (3).

    The answer is the derivative written by hand in mlmath's syntax; derive's --expect compares
    expressions, so any equal form passes.
    """
    a, b = rng.choice([2, 3, 4, -2, -3]), rng.choice([1, 2, 3, -1, -2])
    n = rng.randint(2, 4)
    if d == 1:
        c2, c1, c0 = rng.randint(1, 5), rng.randint(-6, 6), rng.randint(-9, 9)
        expr = _polynomial([(c2, n), (c1, 1), (c0, 0)])
        answer = _polynomial([(c2 * n, n - 1), (c1, 0)])
        rule = "power"
    else:
        forms = ("product", "quotient", "chain_power", "exp", "log", "trig") if d == 2 else (
            "sigmoid", "tanh", "relu", "chain_trig", "exp_product")
        rule = rng.choice(forms)
        inner = _linear(a, b)
        if rule == "product":
            f = rng.choice(["sin(x)", "cos(x)", "exp(x)"])
            df = {"sin(x)": "cos(x)", "cos(x)": "-sin(x)", "exp(x)": "exp(x)"}[f]
            expr = f"x**{n}*{f}"
            answer = f"{n}*x**{n - 1}*{f} + x**{n}*({df})"
        elif rule == "quotient":
            c = rng.choice([1, 2, 3, -1, -2])
            expr = f"({inner})/(x + {c})" if c > 0 else f"({inner})/(x - {-c})"
            # (a(x + c) − (ax + b)) / (x + c)² = (ac − b)/(x + c)²
            answer = f"({a * c - b})/(x + ({c}))**2"
        elif rule == "chain_power":
            expr = f"({inner})**{n}"
            answer = f"{n * a}*({inner})**{n - 1}"
        elif rule == "exp":
            expr = f"exp({inner})"
            answer = f"{a}*exp({inner})"
        elif rule == "log":
            a = abs(a)
            inner = _linear(a, abs(b))
            expr = f"log({inner})"
            answer = f"{a}/({inner})"
        elif rule == "trig":
            f = rng.choice(["sin", "cos"])
            expr = f"{f}({a}*x)"
            answer = f"{a}*cos({a}*x)" if f == "sin" else f"{-a}*sin({a}*x)"
        elif rule == "sigmoid":
            expr = f"sigmoid({inner})"
            answer = f"{a}*sigmoid({inner})*(1 - sigmoid({inner}))"
        elif rule == "tanh":
            expr = f"tanh({a}*x)"
            answer = f"{a}*(1 - tanh({a}*x)**2)"
        elif rule == "relu":
            expr = f"relu({inner})"
            answer = f"{a}*step({inner})"
        elif rule == "chain_trig":
            f = rng.choice(["sin", "cos"])
            expr = f"{f}(x**{n})"
            answer = f"{n}*x**{n - 1}*cos(x**{n})" if f == "sin" else f"-{n}*x**{n - 1}*sin(x**{n})"
        else:  # exp_product: exp(a x)·sin(x)
            expr = f"exp({a}*x)*sin(x)"
            answer = f"{a}*exp({a}*x)*sin(x) + exp({a}*x)*cos(x)"
    return dict(run=("derive", expr), answer=answer, kind="expression",
                question=step("exercise.derive.question", expr=expr), hint=step(_DERIVE_HINTS[rule]))


def _chain_exercise(rng, d):
    """d/dx at a point by the chain rule, with exact answers."""
    a, b = rng.choice([1, 2, 3, -1, -2]), rng.randint(-3, 3)
    if d == 1:  # (a x + b)^n at an integer x
        n, x = rng.randint(2, 3), rng.randint(-2, 2)
        expr, value = f"({_linear(a, b)})**{n}", Fraction(n * a * (a * x + b) ** (n - 1))
        point = f"x={x}"
    elif d == 2:
        form = rng.choice(["sin", "exp", "square"])
        if form == "sin":  # sin(a x) at 0: cos(0)·a = a
            expr, value, point = f"sin({a}*x)", Fraction(a), "x=0"
        elif form == "exp":  # exp(a x − a x0) at x0: a
            x0 = rng.randint(-2, 2)
            expr, value, point = f"exp({_linear(a, -a * x0)})", Fraction(a), f"x={x0}"
        else:  # (a x² + b)^2 at x: 2(a x² + b)·2 a x
            x = rng.randint(-2, 2)
            expr, point = f"({_polynomial([(a, 2), (b, 0)])})**2", f"x={x}"
            value = Fraction(4 * a * x * (a * x * x + b))
    else:  # sigmoid(w x + b) at w x + b = 0: σ′(0)·w = w/4
        w, x = rng.choice([1, 2, 3, 4, -2]), rng.randint(-2, 2)
        bias = -w * x
        expr, value = "sigmoid(w*x + b)", Fraction(w, 4)
        point = f"w={w},x={x},b={bias}"
    return dict(run=("chain", expr, "--at", point), answer=number_text(value),
                question=step("exercise.chain.question", expr=expr, point=point.replace(",", ", ")),
                hint=step("exercise.chain.hint"))


def _softmax(logits: list[float]) -> list[float]:
    top = max(logits)
    exps = [math.exp(z - top) for z in logits]
    return [e / sum(exps) for e in exps]


def _softmax_exercise(rng, d):
    n = 2 if d == 1 else 3
    logits = _ints(rng, n, 0 if d == 1 else -1, 3)
    if d == 3:
        logits = [Fraction(v, 2) for v in _ints(rng, 3, -2, 4)] + [Fraction(rng.randint(-2, 2))]
    probabilities = _softmax([float(z) for z in logits])
    exact = len(set(logits)) == 1
    answer = answer_text([Fraction(1, len(logits))] * len(logits)) if exact else answer_text(probabilities, False)
    return dict(run=("softmax", vector_text(logits)), answer=answer, tol=None if exact else DECIMALS_TOL,
                question=step("exercise.softmax.question", logits=vector_text(logits)),
                hint=step("exercise.softmax.hint"))


def _activation_exercise(rng, d):
    """A value (sigmoid, tanh, relu, leaky-relu) or, from difficulty 2, a derivative at a point."""
    derivative = d >= 2 and rng.random() < 0.5 + 0.25 * (d - 2)
    names = ["sigmoid", "tanh", "relu"] if derivative or d == 3 else ["sigmoid", "tanh", "relu", "leaky-relu"]
    name = rng.choice(names)
    x = rng.randint(-3, 3) if d < 3 else Fraction(rng.randint(-4, 4), 2)
    xf = float(x)
    if derivative:
        values = {"sigmoid": _sigmoid(xf) * (1 - _sigmoid(xf)), "tanh": 1 - math.tanh(xf) ** 2,
                  "relu": 1.0 if xf > 0 else 0.0}
        value = values[name]
        exact = name == "relu" or (name == "sigmoid" and x == 0) or (name == "tanh" and x == 0)
        exact_value = {"relu": Fraction(int(xf > 0)), "sigmoid": Fraction(1, 4), "tanh": Fraction(1)}
        run = ("derive", f"{name}(x)", "--at", f"x={number_text(x)}")
        question = step("exercise.activation.derivative", name=name, x=number_text(x))
    else:
        values = {"sigmoid": _sigmoid(xf), "tanh": math.tanh(xf), "relu": max(xf, 0.0),
                  "leaky-relu": xf if xf > 0 else 0.01 * xf}
        value = values[name]
        exact = name in ("relu", "leaky-relu") or x == 0
        exact_value = {"relu": max(Fraction(x), Fraction(0)), "leaky-relu": Fraction(x) if x > 0 else Fraction(x) / 100,
                       "sigmoid": Fraction(1, 2), "tanh": Fraction(0)}
        run = ("activation", name, number_text(x))
        question = step("exercise.activation.value", name=name, x=number_text(x))
    answer = number_text(exact_value[name]) if exact else decimal_text(value)
    return dict(run=run, answer=answer, tol=None if exact else DECIMALS_TOL, question=question,
                hint=step(_ACTIVATION_HINTS[name]))


def _loss_exercise(rng, d):
    kind = rng.choice(LOSS_KINDS)
    n = 2 if d == 1 else 3
    exact = kind in ("mse", "mae", "huber")
    if kind in ("mse", "mae", "rmse", "huber"):
        target = _ints(rng, n, -2, 4)
        pred = [t + Fraction(rng.randint(-4, 4), 2 if kind == "huber" or d == 3 else 1) for t in target]
        errors = [p - t for p, t in zip(pred, target)]
        if kind == "mse":
            value = sum((e * e for e in errors), Fraction(0)) / n
        elif kind == "mae":
            value = sum((abs(e) for e in errors), Fraction(0)) / n
        elif kind == "huber":
            value = sum((e * e / 2 if abs(e) <= 1 else abs(e) - Fraction(1, 2) for e in errors), Fraction(0)) / n
        else:
            mean_square = sum((e * e for e in errors), Fraction(0)) / n
            roots = math.isqrt(mean_square.numerator), math.isqrt(mean_square.denominator)
            if Fraction(roots[0] ** 2, roots[1] ** 2) == mean_square:
                exact, value = True, Fraction(*roots)
            else:
                value = math.sqrt(mean_square)
        run = ("loss", kind, "--pred", vector_text(pred), "--target", vector_text(target))
    elif kind == "bce":
        pred = [Fraction(rng.randint(1, 9), 10) for _ in range(n)]
        target = [rng.randint(0, 1) for _ in range(n)]
        value = -sum(math.log(float(p)) if t else math.log(1 - float(p)) for p, t in zip(pred, target)) / n
        run = ("loss", "bce", "--pred", vector_text(pred), "--target", vector_text(target))
    else:  # ce from logits, one or two samples
        samples = 1 if d < 3 else 2
        logits = [_ints(rng, 3, -1, 3) for _ in range(samples)]
        classes = [rng.randint(0, 2) for _ in range(samples)]
        value = -sum(math.log(_softmax([float(z) for z in row])[c]) for row, c in zip(logits, classes)) / samples
        exact = False
        run = ("loss", "ce", "--pred", matrix_text(logits), "--target", vector_text(classes), "--logits")
    answer = number_text(value) if exact else decimal_text(float(value))
    return dict(run=run, answer=answer, tol=None if exact else DECIMALS_TOL,
                question=step(_LOSS_QUESTIONS[kind], pred=run[3], target=run[5]),
                hint=step(_LOSS_HINTS[kind]))


def _optimize_exercise(rng, d):
    """One step (two for momentum and from difficulty 3) of sgd, momentum or adam on a quadratic."""
    optimizer = rng.choice(OPTIMIZERS if d > 1 else ("sgd", "adam"))
    a = rng.randint(1, 3)
    start = rng.choice([-3, -2, -1, 1, 2, 3])
    lr = Fraction(1, 10) if optimizer != "adam" else Fraction(rng.choice([1, 2, 5]), 10)
    steps = 2 if (optimizer == "momentum" or d == 3) else 1
    function = f"{a}*x**2" if a != 1 else "x**2"
    # θ ← θ − lr·g with g = 2aθ; momentum: b ← 0.9·b + g (b₁ = g); adam: m, v, m̂, v̂ as torch.optim
    theta, buffer, m, v = Fraction(start), Fraction(0), 0.0, 0.0
    theta_f = float(start)
    for t in range(1, steps + 1):
        g = 2 * a * theta
        if optimizer == "sgd":
            theta = theta - lr * g
        elif optimizer == "momentum":
            buffer = g if t == 1 else Fraction(9, 10) * buffer + g
            theta = theta - lr * buffer
        else:
            gf = 2 * a * theta_f
            m = 0.9 * m + 0.1 * gf
            v = 0.999 * v + 0.001 * gf * gf
            m_hat, v_hat = m / (1 - 0.9 ** t), v / (1 - 0.999 ** t)
            theta_f = theta_f - float(lr) * m_hat / (math.sqrt(v_hat) + 1e-8)
    exact = optimizer != "adam"
    answer = number_text(theta) if exact else decimal_text(theta_f)
    run = ("optimize", function, "--optimizer", optimizer, "--start", str(start), "--lr", number_text(lr),
           "--steps", str(steps))
    quantity = rng.choice(ADAM_QUANTITIES) if optimizer == "adam" and d > 1 else "theta"
    if quantity != "theta":
        # one of Adam's running quantities after step 1, exact: g = 2a·x₀, m = (1 − β₁)·g = g/10,
        # v = (1 − β₂)·g² = g²/1000, m̂ = m/(1 − β₁) = g, v̂ = v/(1 − β₂) = g²
        g = 2 * a * Fraction(start)
        value = {"m": g / 10, "v": g * g / 1000, "m_hat": g, "v_hat": g * g}[quantity]
        run = (*run[:-1], "1")
        return dict(run=run, key=f"state.{quantity}", answer=answer_text([value]),
                    question=step(_ADAM_QUESTIONS[quantity], function=function, start=start, lr=number_text(lr)),
                    hint=step("exercise.optimize.hint.adam"))
    return dict(run=run, answer=answer, tol=None if exact else DECIMALS_TOL,
                question=step(_OPTIMIZE_QUESTIONS[optimizer], function=function, start=start,
                              lr=number_text(lr), steps=steps),
                hint=step(_OPTIMIZE_HINTS[optimizer]))


XOR_POINTS = ((0, 0), (0, 1), (1, 0), (1, 1))
XOR_TARGETS = (0, 1, 1, 0)


def _train_exercise(rng, d):
    """train's first updates: a linear model z = x·W + b (layers 2,1) on the four xor points, MSE, full-batch
    SGD; its initial weights (nn.Linear's, from the seed) are given to four decimals.  Asks b after one
    update (1), W after one (2) or after two (3)."""
    from mlmath.core.training import initial_parameters

    seed = rng.randint(0, 999)
    lr = rng.choice([Fraction(1, 10), Fraction(1, 5), Fraction(1, 2)])
    epochs = 2 if d == 3 else 1
    layer = initial_parameters([2, 1], seed)[0]
    w, b = [float(row[0]) for row in layer["W"]], float(layer["b"][0])
    for _ in range(epochs):
        # z = x·W + b; MSE averages (z − y)² over the 4 points, so ∂L/∂z = 2(z − y)/4;
        # ∂L/∂W = Xᵀ·∂L/∂z, ∂L/∂b = Σ ∂L/∂z; then W ← W − lr·∂L/∂W, b ← b − lr·∂L/∂b
        dz = [2 * (x1 * w[0] + x2 * w[1] + b - y) / 4 for (x1, x2), y in zip(XOR_POINTS, XOR_TARGETS)]
        grad_w = [sum(x[j] * dz_i for x, dz_i in zip(XOR_POINTS, dz)) for j in range(2)]
        grad_b = sum(dz)
        w = [w_j - float(lr) * g_j for w_j, g_j in zip(w, grad_w)]
        b = b - float(lr) * grad_b
    what = "b" if d == 1 else "W"
    answer = answer_text([b], False) if what == "b" else answer_text([[w[0]], [w[1]]], False)
    shown_w = "[[" + "],[".join(decimal_text(float(row[0])) for row in layer["W"]) + "]]"
    run = ("train", "xor", "--layers", "2,1", "--loss", "mse", "--optimizer", "sgd", "--lr", str(float(lr)),
           "--epochs", str(epochs), "--seed", str(seed))
    return dict(run=run, key=f"parameters.0.{what}", answer=answer, tol=DECIMALS_TOL,
                question=step(_TRAIN_QUESTIONS[what], lr=str(float(lr)), seed=seed, w=shown_w,
                              b=decimal_text(float(layer["b"][0])), epochs=epochs),
                hint=step("exercise.train.hint"))


SENTENCE = ("the", "cat", "sat")


def attention_weights(x, wq, wk) -> list[list[float]]:
    """softmax(Q·Kᵀ/√d_k) row by row, Q = X·W_Q, K = X·W_K (plain lists)."""
    q, k = _matmul(x, wq), _matmul(x, wk)
    d_k = len(wq[0])
    return [_softmax([float(sum(qi * kj for qi, kj in zip(row, key))) / math.sqrt(d_k) for key in k]) for row in q]


def _attention_exercise(rng, d):
    """Self-attention weights of a 2- or 3-token toy: X, W_Q, W_K given, no positional encoding."""
    n = 2 if d < 3 else 3
    width = 1 if d == 1 else 2
    while True:  # not every weight zero: the scores would all be equal
        x = [_ints(rng, width, -1, 2, nonzero=width == 1) for _ in range(n)]
        wq, wk = ([_ints(rng, width, -1, 1, nonzero=width == 1) for _ in range(width)] for _ in range(2))
        if any(map(any, wq)) and any(map(any, wk)) and len({tuple(row) for row in x}) > 1:
            break
    wv = [[int(i == j) for j in range(width)] for i in range(width)]
    weights = attention_weights(x, wq, wk)
    uniform = all(abs(w - 1 / n) < 1e-12 for row in weights for w in row)
    answer = answer_text([[Fraction(1, n)] * n] * n) if uniform else answer_text(weights, False)
    seq = " ".join(SENTENCE[:n])
    run = ("attention", "--seq", seq, "--embeddings", matrix_text(x), "--wq", matrix_text(wq),
           "--wk", matrix_text(wk), "--wv", matrix_text(wv), "--positional", "none")
    return dict(run=run, key="weights", answer=answer, tol=None if uniform else DECIMALS_TOL,
                question=step("exercise.attention.question", seq=seq, x=matrix_text(x), wq=matrix_text(wq),
                              wk=matrix_text(wk), d_k=width),
                hint=step("exercise.attention.hint"))


def _normalize_exercise(rng, d):
    """min-max (1), z-scores of one feature (2) or two features (3), population variance as scikit-learn."""
    if d == 1:
        while True:
            values = _ints(rng, rng.randint(3, 4), -2, 10)
            if max(values) > min(values):
                break
        low, high = min(values), max(values)
        answer = answer_text([[Fraction(v - low, high - low)] for v in values])
        run = ("normalize", ";".join(str(v) for v in values), "--method", "minmax")
        return dict(run=run, answer=answer, question=step("exercise.normalize.minmax", x=vector_text(values)),
                    hint=step("exercise.normalize.hint.minmax"))
    features = 1 if d == 2 else 2
    patterns = {2: [(-1, 1), (-1, 1, -1, 1), (-1, 0, 1), (1, -1, 0)],
                3: [(-1, 1, -1, 1), (1, -1, 1, -1), (-1, -1, 1, 1)]}[d]
    columns = []
    for _ in range(features):
        # mean μ and spread s: the values μ ± s (and μ) have a simple standard deviation
        mean, spread = rng.randint(-3, 6), rng.randint(1, 4)
        columns.append([mean + spread * p for p in rng.choice(patterns)])
    rows = [list(row) for row in zip(*columns)]
    answer_rows = []
    exact = True
    for row_index in range(len(rows)):
        answer_row = []
        for column in columns:
            mean = Fraction(sum(column), len(column))
            variance = sum(((v - mean) ** 2 for v in column), Fraction(0)) / len(column)
            root = math.isqrt(variance.numerator), math.isqrt(variance.denominator)
            if Fraction(root[0] ** 2, root[1] ** 2) == variance:
                answer_row.append((column[row_index] - mean) / Fraction(root[0], root[1]))
            else:
                exact = False
                answer_row.append(float(column[row_index] - mean) / math.sqrt(variance))
        answer_rows.append(answer_row)
    answer = answer_text(answer_rows, exact)
    run = ("normalize", ";".join(",".join(str(v) for v in row) for row in rows))
    return dict(run=run, answer=answer, tol=None if exact else DECIMALS_TOL,
                question=step("exercise.normalize.standard", x=run[1].replace(";", "; ")),
                hint=step("exercise.normalize.hint.standard"))


def _layer_exercise(rng, d):
    """Y = act(x·W + b) for one sample: identity (1), relu (2), sigmoid (3)."""
    activation = {1: "identity", 2: "relu", 3: "sigmoid"}[d]
    inputs, outputs = 2, rng.randint(1, 2) if d == 1 else 2
    x = _ints(rng, inputs, -2, 3)
    w = _matrix(rng, inputs, outputs, -2, 2)
    b = _ints(rng, outputs, -1, 1) if d < 3 else [0] * outputs
    z = [sum(Fraction(x[i]) * w[i][j] for i in range(inputs)) + b[j] for j in range(outputs)]
    exact = activation != "sigmoid" or all(v == 0 for v in z)
    if activation == "identity":
        y = z
    elif activation == "relu":
        y = [max(v, Fraction(0)) for v in z]
    else:
        y = [Fraction(1, 2) if v == 0 else _sigmoid(float(v)) for v in z]
    run = ("layer", "--x", vector_text(x), "--w", matrix_text(w), "--b", vector_text(b), "--activation", activation)
    return dict(run=run, answer=answer_text([y], exact), tol=None if exact else DECIMALS_TOL,
                question=step(_LAYER_QUESTIONS[activation], x=vector_text(x), w=matrix_text(w), b=vector_text(b)),
                hint=step("exercise.layer.hint"))


def _conv_exercise(rng, d):
    """One cell (2×2 input, 2×2 kernel), a 2×2 map (3×3 input), or stride 2 on a 4×4 input."""
    size, stride = {1: (2, 1), 2: (3, 1), 3: (4, 2)}[d]
    image = _matrix(rng, size, size, 0, 3)
    kernel = _matrix(rng, 2, 2, -1, 1)
    out = (size - 2) // stride + 1
    feature = [[sum(image[i * stride + a][j * stride + b] * kernel[a][b] for a in range(2) for b in range(2))
                for j in range(out)] for i in range(out)]
    run = ("conv", matrix_text(image), "--kernel", matrix_text(kernel))
    if stride > 1:
        run = (*run, "--stride", str(stride))
    return dict(run=run, answer=answer_text(feature),
                question=step("exercise.conv.question", x=matrix_text(image), k=matrix_text(kernel), stride=stride),
                hint=step("exercise.conv.hint"))


_GENERATORS = {
    "matmul": _matmul_exercise, "dot": _dot_exercise, "cosine": _cosine_exercise,
    "transpose": _transpose_exercise, "inverse": _inverse_exercise, "det": _det_exercise,
    "derive": _derive_exercise, "chain": _chain_exercise, "softmax": _softmax_exercise,
    "activation": _activation_exercise, "loss": _loss_exercise, "optimize": _optimize_exercise,
    "attention": _attention_exercise, "normalize": _normalize_exercise, "layer": _layer_exercise,
    "conv": _conv_exercise, "train": _train_exercise,
}


def exercise(topic: str, difficulty: int = 1, seed: int = 0) -> Exercise:
    """The exercise of ``topic`` at ``difficulty`` (1, 2 or 3) for ``seed``: the same on every machine."""
    from mlmath.errors import InputError
    from mlmath.text import say

    if topic not in _GENERATORS:
        raise InputError(say("exercise.error.topic", topic=topic, topics=", ".join(TOPICS)))
    if difficulty not in DIFFICULTIES:
        raise InputError(say("exercise.error.difficulty", difficulty=difficulty))
    rng = random.Random(f"{topic}:{difficulty}:{seed}")
    return Exercise(topic=topic, difficulty=difficulty, seed=seed, **_GENERATORS[topic](rng, difficulty))


def exercises_for(topics: list[str], count: int, seed: int, difficulty: int = 1) -> list[Exercise]:
    """``count`` exercises taking ``topics`` in turn; exercise i has the seed ``seed + i``."""
    return [exercise(topics[index % len(topics)], difficulty, seed + index) for index in range(count)]


def weakest_topic(progress: dict[str, dict[str, int]], topics: tuple[str, ...] = TOPICS) -> str:
    """The topic with the lowest share of right answers, counted as (right + 1)/(tried + 2), so a topic
    never tried (½) comes before one answered well and after one answered badly; ties go to the topic
    tried least, then to the first in ``topics``."""
    def score(topic: str) -> tuple[float, int, int]:
        record = progress.get(topic, {})
        tried, right = int(record.get("total", 0)), int(record.get("correct", 0))
        return ((right + 1) / (tried + 2), tried, topics.index(topic))

    return min(topics, key=score)
