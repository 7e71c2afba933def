"""Scaled dot-product attention, built up the way the course notes do, every intermediate kept.

Row vectors throughout: X has one row per token, Q = X·W_Q, K = Y·W_K,
V = Y·W_V (Y = X for self-attention), weights = softmax(Q·Kᵀ / √d_k) row by
row, output = weights·V.  With h heads, head k takes the k-th slice of d_k
columns of Q, K and V; the heads' outputs are concatenated and multiplied by
W_O.  Embeddings and weights that are not given are drawn from a seeded
generator, so the same call always gives the same numbers.
"""

from __future__ import annotations

import math
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy as np

from mlmath.core.result import Result, Step, shown, step
from mlmath.errors import MathError

__all__ = ["attention"]

# Each randomly drawn matrix has its own stream, default_rng([seed, role]):
# giving one matrix never changes the numbers drawn for the others.
ROLES = {"embeddings": 0, "wq": 1, "wk": 2, "wv": 3, "wo": 4}
DEFAULT_D_MODEL = 8
MAX_D_MODEL = 4096
MAX_SCORE_ENTRIES = 1 << 25  # heads × queries × keys: up to three float64 arrays of this size
MAX_WORKED_KEYS = 8  # dot products written out for at most this many keys
MAX_WORKED_TERMS = 64
MAX_WORKED_ROW = 16  # a softmax row written out when it has at most this many keys

# Work on this many entries or more is shared among threads (random draws, the softmax).
PARALLEL_ENTRIES = 1 << 18
BLOCK_ROWS = 64  # softmax rows per block: 64 rows of 1024 keys (512 KB) stay in a core's L2 cache

SYMBOLS = {"wq": "W_Q", "wk": "W_K", "wv": "W_V", "wo": "W_O"}
MATRIX_NAMES = {"embeddings": "`embeddings`", "kv_embeddings": "`kv_embeddings`",
                "wq": "W_Q (`wq`)", "wk": "W_K (`wk`)", "wv": "W_V (`wv`)", "wo": "W_O (`wo`)"}


@dataclass
class AttentionResult(Result):
    """``result`` = the output (tokens × d_model); every matrix on the way is a field.

    Score and weight arrays are queries × keys for one head and
    heads × queries × keys for several.  ``weights``, ``raw_scores`` (Q·Kᵀ)
    and ``scores`` (Q·Kᵀ/√d_k, before the mask) are worked out again from
    ``q`` and ``k`` when first asked for, by the very operations the output
    came from (so they are the same numbers, bit for bit): the output of a
    long sentence needs one queries × keys buffer, not heads × three of them.
    ``mask`` is True where a query may not look (the future, with
    ``causal``); ``concat`` is the heads' outputs side by side, before W_O.
    """

    tokens: list[str] = field(default_factory=list)
    kv_tokens: list[str] = field(default_factory=list)
    cross: bool = False
    causal: bool = False
    d_model: int = 0
    heads: int = 1
    d_k: int = 0
    d_v: int = 0
    seed: int | None = None
    random: list[str] = field(default_factory=list)
    query: int = 0
    embeddings: Any = None
    kv_embeddings: Any = None
    positional: Any = None
    kv_positional: Any = None
    x: Any = None
    kv_x: Any = None
    wq: Any = None
    wk: Any = None
    wv: Any = None
    wo: Any = None
    q: Any = None
    k: Any = None
    v: Any = None
    mask: Any = None
    head_outputs: Any = None
    concat: Any = None
    focus: int | None = shown()  # the one head the view shows (counted from 0), or None for all

    @cached_property
    def weights(self) -> Any:
        """softmax(Q·Kᵀ/√d_k) row by row, per head."""
        weights = np.empty((self.heads, len(self.tokens), len(self.kv_tokens)))
        for h in range(self.heads):
            head_weights(self.q, self.k, self.heads, h, self.mask, out=weights[h])
        return weights if self.heads > 1 else weights[0]

    @cached_property
    def raw_scores(self) -> Any:
        """Q·Kᵀ, per head."""
        raw = head_scores(self.q, self.k, self.heads)
        return raw if self.heads > 1 else raw[0]

    @cached_property
    def scores(self) -> Any:
        """Q·Kᵀ / √d_k: the same division, entry by entry, that the softmax was given."""
        return np.divide(self.raw_scores, math.sqrt(self.d_k))

    def named_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, value in super().named_values().items():
            values[name] = value
            if name == "v":
                values["raw_scores"], values["scores"] = self.raw_scores, self.scores
            elif name == "mask":
                values["weights"] = self.weights
        return values

    def head(self, name: str, index: int) -> Any:
        """Head ``index``'s slice of ``raw_scores``/``scores``/``weights``/``head_outputs``/``q``/``k``/``v``."""
        if name in ("q", "k"):
            return getattr(self, name)[:, index * self.d_k:(index + 1) * self.d_k]
        if name == "v":
            return self.v[:, index * self.d_v:(index + 1) * self.d_v]
        array = getattr(self, name)
        return array[index] if self.heads > 1 else array


# --- the pieces -----------------------------------------------------------------


def positional_encoding(length: int, d_model: int) -> np.ndarray:
    """PE(pos, 2i) = sin(pos / 10000^(2i/d)), PE(pos, 2i+1) = cos(pos / 10000^(2i/d))."""
    position = np.arange(length, dtype=np.float64)[:, None]
    even = np.arange(0, d_model, 2, dtype=np.float64)
    angle = position / 10000.0 ** (even / d_model)
    encoding = np.empty((length, d_model))
    encoding[:, 0::2] = np.sin(angle)
    encoding[:, 1::2] = np.cos(angle[:, : d_model // 2])
    return encoding


def random_matrix(seed: int, role: str, shape: tuple[int, int], fan_in: int | None = None) -> np.ndarray:
    """Standard normal entries from the stream ``default_rng([seed, role])``, divided by √fan_in if given.

    Weights divided by √d_model keep Q, K and V entries near the size of X's.
    """
    matrix = np.random.default_rng([seed, ROLES[role]]).standard_normal(shape)
    if fan_in is not None:
        matrix /= math.sqrt(fan_in)
    return matrix


def vocabulary(*sequences: list[str]) -> list[str]:
    """The distinct tokens in order of first appearance: one embedding row each."""
    return list(dict.fromkeys(token for tokens in sequences for token in tokens))


def causal_mask(queries: int, keys: int) -> np.ndarray:
    """True above the diagonal: query i may look at keys 0…i only."""
    return np.triu(np.ones((queries, keys), dtype=bool), k=1)


def _worker_count(entries: int) -> int:
    if entries < PARALLEL_ENTRIES:
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(1, min(cores, 8))


def _in_parallel(chunks: list[Callable[[], None]]) -> None:
    """Run the chunks on threads, the first on this one.

    Worth it because NumPy releases the GIL inside ufuncs and random fills,
    which use one core each.
    """
    threads = [threading.Thread(target=chunk) for chunk in chunks[1:]]
    for thread in threads:
        thread.start()
    if chunks:
        chunks[0]()
    for thread in threads:
        thread.join()


def _split(items: list[Any], sizes: list[int], parts: int) -> list[list[Any]]:
    """Items dealt into ``parts`` groups of about equal total size, in order."""
    if parts <= 1:
        return [items]
    total, groups, current, filled = sum(sizes), [], [], 0
    for item, size in zip(items, sizes):
        current.append(item)
        filled += size
        if filled >= total * (len(groups) + 1) / parts and len(groups) < parts - 1:
            groups.append(current)
            current = []
    groups.append(current)
    return [group for group in groups if group]


def compute_in_parallel(jobs: dict[str, tuple[Callable[[], Any], int]]) -> dict[str, Any]:
    """``{name: (job, size)}`` → ``{name: job()}``; large jobs share the cores, grouped by size.

    The random draws each have their own stream, so their numbers do not
    depend on which thread draws them.
    """
    names = list(jobs)
    sizes = [jobs[name][1] for name in names]
    done: dict[str, Any] = {}

    def run(group: list[str]) -> Callable[[], None]:
        def work() -> None:
            for name in group:
                done[name] = jobs[name][0]()
        return work

    _in_parallel([run(group) for group in _split(names, sizes, _worker_count(sum(sizes)))])
    return done


def split_heads(matrix: np.ndarray, heads: int) -> np.ndarray:
    """tokens × (heads·width) → heads × tokens × width: head h is the h-th slice of columns (a view)."""
    tokens, width = matrix.shape
    return matrix.reshape(tokens, heads, width // heads).transpose(1, 0, 2)


def head_scores(q: np.ndarray, k: np.ndarray, heads: int, out: np.ndarray | None = None) -> np.ndarray:
    """Q_h·K_hᵀ for every head h at once: heads × queries × keys."""
    return np.matmul(split_heads(q, heads), split_heads(k, heads).transpose(0, 2, 1), out=out)


def head_weights(q: np.ndarray, k: np.ndarray, heads: int, h: int, mask: np.ndarray | None,
                 out: np.ndarray) -> np.ndarray:
    """Head h's attention weights softmax(Q_h·K_hᵀ / √d_k), written into ``out`` (queries × keys)."""
    q_h, k_h = split_heads(q, heads)[h], split_heads(k, heads)[h]
    root = math.sqrt(q_h.shape[1])
    with np.errstate(over="ignore", invalid="ignore"):  # an overflow is reported by attention()
        if math.frexp(root)[0] == 0.5:
            # √d_k is a power of two (d_k = 4, 16, 64 …): dividing Q first gives the very same
            # bits as dividing Q·Kᵀ, on d_k columns instead of every key
            np.matmul(q_h / root, k_h.T, out=out)
            softmax_scores(out, None, mask)
        else:
            np.matmul(q_h, k_h.T, out=out)
            softmax_scores(out, root, mask)
    return out


def softmax_scores(scores: np.ndarray, root: float | None, mask: np.ndarray | None) -> None:
    """In place: Q·Kᵀ (queries × keys) becomes softmax(Q·Kᵀ / √d_k) row by row; masked → −∞ → 0.

    ``root`` is √d_k, or None when the scores are already divided by it.

    Rows are taken a block at a time, so a block stays in cache through all
    of its passes (scale, mask, shift by the row maximum, exp, normalise), and
    the blocks are shared among threads: NumPy releases the GIL inside each.
    """
    queries = scores.shape[0]
    blocks = [(start, min(start + BLOCK_ROWS, queries)) for start in range(0, queries, BLOCK_ROWS)]

    def softmax_blocks(chunk: list[tuple[int, int]]) -> None:
        for start, stop in chunk:
            rows = scores[start:stop]
            if root is not None:
                np.divide(rows, root, out=rows)
            if mask is not None:
                np.copyto(rows, -np.inf, where=mask[start:stop])
            # stable softmax: shift each row by its maximum, exponentiate, normalise
            np.subtract(rows, rows.max(axis=1, keepdims=True), out=rows)
            np.exp(rows, out=rows)
            np.divide(rows, rows.sum(axis=1, keepdims=True), out=rows)

    chunks = _split(blocks, [1] * len(blocks), _worker_count(scores.size))
    _in_parallel([lambda chunk=chunk: softmax_blocks(chunk) for chunk in chunks])


def multi_head_attention(x: np.ndarray, kv: np.ndarray, wq: np.ndarray, wk: np.ndarray, wv: np.ndarray,
                         wo: np.ndarray | None, heads: int, causal: bool = False,
                         key_padding_mask: np.ndarray | None = None, biases: Any = None,
                         need_weights: bool = True) -> tuple[np.ndarray, np.ndarray | None]:
    """The plain block: Q = X·W_Q + b_Q, K = KV·W_K + b_K, V = KV·W_V + b_V, each head
    softmax(Q_h·K_hᵀ/√d_k [+ mask])·V_h, heads concatenated, ·W_O + b_O.

    ``biases`` is ``(b_q, b_k, b_v, b_o)`` (any may be None); ``key_padding_mask``
    (one entry per key) is True where a key is padding.  Returns the output and
    the weights, heads × queries × keys (None without ``need_weights``).
    """
    b_q, b_k, b_v, b_o = biases if biases is not None else (None, None, None, None)
    q, k, v = x @ wq, kv @ wk, kv @ wv
    for matrix, bias in ((q, b_q), (k, b_k), (v, b_v)):
        if bias is not None:
            matrix += bias
    n, m = x.shape[0], kv.shape[0]
    mask = causal_mask(n, m) if causal else None
    if key_padding_mask is not None:
        padding = np.broadcast_to(np.asarray(key_padding_mask, dtype=bool)[None, :], (n, m))
        mask = padding if mask is None else mask | padding
    concat = np.empty((n, v.shape[1]))
    outputs, v_heads = split_heads(concat, heads), split_heads(v, heads)
    weights = np.empty((heads, n, m)) if need_weights else None
    buffer = None if need_weights else np.empty((n, m))
    for h in range(heads):
        head = head_weights(q, k, heads, h, mask, out=weights[h] if need_weights else buffer)
        np.matmul(head, v_heads[h], out=outputs[h])
    output = concat @ wo if wo is not None else concat
    if b_o is not None:
        output += b_o
    return output, weights


# --- checking what was given ----------------------------------------------------------


def _as_float(matrix: Any, name: str) -> np.ndarray:
    array = np.asarray(matrix)
    if array.ndim != 2:
        raise MathError(f"{name} must be a matrix, got {array.ndim} dimension(s)")
    return array.astype(np.float64)


def _shape(array: np.ndarray) -> str:
    return "×".join(str(size) for size in array.shape)


def _require_finite(*arrays: np.ndarray, what: str) -> None:
    if not all(np.isfinite(array).all() for array in arrays):
        raise MathError(f"{what} overflow float64: the embeddings or weights are too large",
                        hint="scale them down (entries near 1 are typical)")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _require(condition: bool, message: str, hint: str | None = None) -> None:
    if not condition:
        raise MathError(message, hint=hint)


@dataclass
class _Inputs:
    """What was given, as float64 matrices (``None`` for what is to be drawn)."""

    embeddings: np.ndarray | None
    kv_embeddings: np.ndarray | None
    wq: np.ndarray | None
    wk: np.ndarray | None
    wv: np.ndarray | None
    wo: np.ndarray | None


def _d_model(given: _Inputs, d_model: int | None) -> int:
    """d_model: read from the given matrices (they must agree), else ``d_model``, else 8."""
    sources = []
    for name, axis in (("embeddings", 1), ("kv_embeddings", 1), ("wq", 0), ("wk", 0), ("wv", 0)):
        matrix = getattr(given, name)
        if matrix is not None:
            size = matrix.shape[axis]
            sources.append((f"{MATRIX_NAMES[name]} has {_count(size, 'column' if axis else 'row')}", size))
    if d_model is not None:
        sources.append((f"`d_model` is {d_model}", d_model))
    sizes = {size for _, size in sources}
    if len(sizes) > 1:
        raise MathError("d_model disagrees: " + ", ".join(text for text, _ in sources),
                        hint="embeddings have d_model columns and W_Q, W_K, W_V have d_model rows")
    size = sizes.pop() if sizes else DEFAULT_D_MODEL
    _require(1 <= size <= MAX_D_MODEL, f"d_model must be between 1 and {MAX_D_MODEL}, got {size}")
    return size


def _widths(given: _Inputs, d_model: int, heads: int) -> tuple[int, int]:
    """The total widths of Q/K and of V (each d_model unless the weights say otherwise), checked."""
    qk = {m.shape[1] for m in (given.wq, given.wk) if m is not None}
    if len(qk) > 1:
        raise MathError(f"W_Q (`wq`) is {_shape(given.wq)} but W_K (`wk`) is {_shape(given.wk)}",
                        hint="queries and keys must have the same width to take their dot products")
    width_qk = qk.pop() if qk else d_model
    width_v = given.wv.shape[1] if given.wv is not None else d_model
    if given.wo is not None:
        _require(given.wo.shape[0] == width_v,
                 f"W_O (`wo`) is {_shape(given.wo)} but the attention output is {width_v} wide (the columns of W_V)",
                 hint=f"W_O needs {width_v} rows")
    for what, width in (("d_model" if width_qk == d_model else "the width of W_Q and W_K", width_qk),
                        ("d_model" if width_v == d_model else "the width of W_V", width_v)):
        if width % heads:
            divisors = [d for d in range(1, width + 1) if width % d == 0]
            choices = " or ".join(str(divisor) for divisor in divisors[-4:])
            raise MathError(f"`heads` {heads} does not divide {what} = {width}: each head takes an equal slice",
                            hint=f"use `heads`={choices}")
    return width_qk, width_v


# --- attention --------------------------------------------------------------------


def attention(
    tokens: list[str],
    kv_tokens: list[str] | None = None,
    *,
    embeddings: Any = None,
    kv_embeddings: Any = None,
    wq: Any = None,
    wk: Any = None,
    wv: Any = None,
    wo: Any = None,
    d_model: int | None = None,
    heads: int = 1,
    causal: bool = False,
    positional: str = "sinusoidal",
    seed: int = 0,
    query: int | None = None,
    explain: bool = True,
) -> AttentionResult:
    """softmax(Q·Kᵀ/√d_k [+ mask])·V per head, heads concatenated (·W_O), with every intermediate.

    ``kv_tokens`` makes it cross-attention (K and V from the second
    sequence).  ``query`` (0-based, default the last token) is the query
    whose dot products and softmax the steps write out; ``explain=False``
    leaves the steps out.
    """
    cross = kv_tokens is not None
    kv_tokens = list(kv_tokens) if cross else list(tokens)
    n, m = len(tokens), len(kv_tokens)
    _require(n > 0 and m > 0, "attention needs at least one token")
    _require(heads >= 1, f"`heads` must be at least 1, got {heads}")
    _require(not (causal and cross), "`causal` masks later tokens of the same sequence; cross-attention "
             "(`kv_seq`) lets every query see the whole other sequence", hint="drop `causal` or `kv_seq`")
    _require(positional in ("sinusoidal", "none"), f"unknown positional encoding {positional!r}",
             hint="use sinusoidal or none")
    _require(heads * n * m <= MAX_SCORE_ENTRIES,
             f"{heads} head(s) × {n} × {m} attention scores is too many to keep", hint="use fewer tokens or heads")
    chosen = n - 1 if query is None else query
    _require(0 <= chosen < n, f"query {chosen + 1} is outside the {_count(n, 'token')}")
    given = _Inputs(*(None if matrix is None else _as_float(matrix, MATRIX_NAMES[name])
                      for name, matrix in (("embeddings", embeddings), ("kv_embeddings", kv_embeddings),
                                           ("wq", wq), ("wk", wk), ("wv", wv), ("wo", wo))))
    if given.kv_embeddings is not None and not cross:
        raise MathError("`kv_embeddings` belongs to `kv_seq`", hint="give `kv_seq` too, or drop `kv_embeddings`")
    d = _d_model(given, d_model)
    for name, count, what in (("embeddings", n, "tokens" if not cross else "tokens in `seq`"),
                              ("kv_embeddings", m, "tokens in `kv_seq`")):
        matrix = getattr(given, name)
        if matrix is not None and matrix.shape[0] != count:
            raise MathError(f"{MATRIX_NAMES[name]} has {_count(matrix.shape[0], 'row')} but there are {count} {what}",
                            hint="give one embedding row per token")
    width_qk, width_v = _widths(given, d, heads)
    d_k, d_v = width_qk // heads, width_v // heads

    # draw whatever was not given (an embedding table with one row per distinct token, and
    # weights) and work out the positional encoding, side by side
    jobs: dict[str, tuple[Callable[[], Any], int]] = {}
    if positional == "sinusoidal":
        jobs["positional"] = (lambda: positional_encoding(max(n, m), d), max(n, m) * d)
    unembedded = [seq for seq, known in ((tokens, given.embeddings), (kv_tokens if cross else [], given.kv_embeddings))
                  if known is None]
    vocab = vocabulary(*unembedded)
    if vocab:
        jobs["embeddings"] = (lambda: random_matrix(seed, "embeddings", (len(vocab), d)), len(vocab) * d)
    for name, shape in (("wq", (d, width_qk)), ("wk", (d, width_qk)), ("wv", (d, width_v))):
        if getattr(given, name) is None:
            jobs[name] = (lambda name=name, shape=shape: random_matrix(seed, name, shape, fan_in=d),
                          shape[0] * shape[1])
    if given.wo is None and heads > 1:
        jobs["wo"] = (lambda: random_matrix(seed, "wo", (width_v, d), fan_in=width_v), width_v * d)
    done = compute_in_parallel(jobs)
    for name in ("wq", "wk", "wv", "wo"):
        if name in done:
            setattr(given, name, done[name])
    random_names = [name for name in ("wq", "wk", "wv", "wo") if name in done]
    if vocab:
        table = done["embeddings"]
        row = {token: index for index, token in enumerate(vocab)}
        if cross and given.kv_embeddings is None:
            given.kv_embeddings = table[[row[token] for token in kv_tokens]]
            random_names.insert(0, "kv_embeddings")
        if given.embeddings is None:
            given.embeddings = table if vocab == list(tokens) else table[[row[token] for token in tokens]]
            random_names.insert(0, "embeddings")

    # embeddings + positional encoding
    x_embed = given.embeddings
    kv_embed = given.kv_embeddings if cross else x_embed
    x, kv_x, pe, kv_pe = x_embed, kv_embed, None, None
    if positional == "sinusoidal":
        encoding = done["positional"]  # max(n, m) rows
        pe, kv_pe = encoding[:n], (encoding[:m] if cross else None)
        x = x_embed + pe
        kv_x = kv_embed + kv_pe if cross else x

    # projections: one row per token
    with np.errstate(over="ignore", invalid="ignore"):
        q, k, v = x @ given.wq, kv_x @ given.wk, kv_x @ given.wv
    _require_finite(q, k, v, what="Q, K or V")

    # head by head (column slices): weights in one reused buffer that stays in cache, then
    # weights·V straight into the head's columns of the concatenation
    mask = causal_mask(n, m) if causal else None
    concat = np.empty((n, width_v))
    outputs, v_heads = split_heads(concat, heads), split_heads(v, heads)
    buffer = np.empty((n, m))
    for h in range(heads):
        np.matmul(head_weights(q, k, heads, h, mask, out=buffer), v_heads[h], out=outputs[h])
    with np.errstate(over="ignore", invalid="ignore"):
        output = concat @ given.wo if given.wo is not None else concat
    _require_finite(concat, output, what="the scores Q·Kᵀ or the output")

    result = AttentionResult(
        result=output, tokens=list(tokens), kv_tokens=kv_tokens, cross=cross, causal=causal,
        d_model=d, heads=heads, d_k=d_k, d_v=d_v, seed=seed if random_names else None, random=random_names,
        query=chosen,
        embeddings=x_embed, kv_embeddings=kv_embed if cross else None, positional=pe, kv_positional=kv_pe,
        x=x, kv_x=kv_x if cross else None, wq=given.wq, wk=given.wk, wv=given.wv, wo=given.wo,
        q=q, k=k, v=v, mask=mask,
        head_outputs=outputs if heads > 1 else outputs[0], concat=concat if given.wo is not None else None,
    )
    if explain:
        result.steps = _steps(result, positional)
    return result


# --- steps ----------------------------------------------------------------------

_SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def token_labels(tokens: list[str]) -> list[str]:
    """Labels for rows and columns: a token that occurs more than once gets its position, ``the₁``, ``the₄``."""
    counts: dict[str, int] = {}
    for token in tokens:
        counts[token] = counts.get(token, 0) + 1
    return [token + str(index + 1).translate(_SUBSCRIPTS) if counts[token] > 1 else token
            for index, token in enumerate(tokens)]


def _worked_head(result: AttentionResult, h: int, queries: list[str], keys: list[str]) -> list[Step]:
    """One head: scores (with the chosen query's dot products), scaling, mask, softmax, mixing."""
    i = result.query
    n, m = len(queries), len(keys)
    q, k = result.head("q", h), result.head("k", h)
    weights = result.head("weights", h)
    raw = k @ q[i]  # the chosen query's row of Q·Kᵀ
    root = math.sqrt(result.d_k)
    scores = np.divide(raw, root)
    head = h + 1
    query = queries[i]

    dots: list[Step] = []
    if result.d_k <= MAX_WORKED_TERMS:
        for j in range(min(m, MAX_WORKED_KEYS)):
            dots.append(step("attention.dot", query=query, key_token=keys[j],
                             terms=list(zip(q[i].tolist(), k[j].tolist())), value=float(raw[j])))
        if m > MAX_WORKED_KEYS:
            dots.append(step("attention.dot_more", count=m - MAX_WORKED_KEYS))
    steps = [step("attention.scores", *dots, head=head, n=n, m=m, query=query)]
    steps.append(step("attention.scale", head=head, d_k=result.d_k, root=root, query=query,
                      key_token=keys[0], raw=float(raw[0]), scaled=float(scores[0])))
    if result.causal:
        steps.append(step("attention.mask", head=head, m=m))
    row: list[Step] = []
    if m <= MAX_WORKED_ROW:
        visible = [j for j in range(m) if result.mask is None or not result.mask[i, j]]
        shown = [float(scores[j]) for j in visible]
        top = max(shown)
        exps = [math.exp(value - top) for value in shown]
        row.append(step("attention.softmax_row", query=query, scores=shown, max=top,
                        exps=exps, total=math.fsum(exps), weights=[float(weights[i, j]) for j in visible],
                        keys=[keys[j] for j in visible]))
        if len(visible) < m:
            row.append(step("attention.softmax_masked", query=query, hidden=m - len(visible),
                            keys=[keys[j] for j in range(m) if result.mask[i, j]]))
    steps.append(step("attention.softmax", *row, head=head, query=query))
    mix: list[Step] = []
    if m <= MAX_WORKED_ROW:
        mix.append(step("attention.mix_row", query=query,
                        terms=[(float(weights[i, j]), f"v_{keys[j]}") for j in range(m)]))
    steps.append(step("attention.mix", *mix, head=head, n=n, width=result.d_v))
    return steps


def _steps(result: AttentionResult, positional: str) -> list[Step]:
    n, m, d = len(result.tokens), len(result.kv_tokens), result.d_model
    queries, keys = token_labels(result.tokens), token_labels(result.kv_tokens)
    steps = [step("attention.tokens.cross" if result.cross else "attention.tokens",
                  tokens=result.tokens, n=n, kv_tokens=result.kv_tokens, m=m)]
    key = "attention.embed.random" if "embeddings" in result.random else "attention.embed.given"
    steps.append(step(key, n=n, d_model=d, seed=result.seed))
    if result.cross:
        key = "attention.kv_embed.random" if "kv_embeddings" in result.random else "attention.kv_embed.given"
        steps.append(step(key, m=m, d_model=d, seed=result.seed))
    key = {"sinusoidal": "attention.positional.sinusoidal", "none": "attention.positional.none"}[positional]
    steps.append(step(key, d_model=d))
    drawn = [SYMBOLS[name] for name in ("wq", "wk", "wv") if name in result.random]
    width_qk, width_v = result.d_k * result.heads, result.d_v * result.heads
    key = "attention.weights.random" if len(drawn) == 3 else "attention.weights.given" if not drawn else \
        "attention.weights.mixed"
    steps.append(step(key, d_model=d, width_qk=width_qk, width_v=width_v, drawn=drawn, seed=result.seed))
    steps.append(step("attention.project.cross" if result.cross else "attention.project", n=n, m=m,
                      width_qk=width_qk, width_v=width_v))
    if result.heads == 1:
        steps.extend(_worked_head(result, 0, queries, keys))
    else:
        steps.append(step("attention.split", heads=result.heads, d_k=result.d_k, d_v=result.d_v))
        for h in range(result.heads):
            steps.append(step("attention.head", *_worked_head(result, h, queries, keys), head=h + 1,
                              first=h * result.d_k + 1, last=(h + 1) * result.d_k,
                              first_v=h * result.d_v + 1, last_v=(h + 1) * result.d_v))
        steps.append(step("attention.concat", heads=result.heads, n=n, width=width_v))
    if result.wo is not None:
        key = "attention.out_projection.random" if "wo" in result.random else \
            "attention.out_projection.given" if result.heads > 1 else "attention.out_projection.single"
        steps.append(step(key, width=result.wo.shape[0], d_model=result.wo.shape[1],
                          n=n, seed=result.seed))
    return steps
