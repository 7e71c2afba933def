"""Scaled dot-product attention, written the way the course notes write it.

Row vectors throughout: X has one row per token, Q = X·W_Q, K = Y·W_K,
V = Y·W_V (Y = X for self-attention), weights = softmax(Q·Kᵀ / √d_k) row by
row, output = weights·V.  With h heads, head k takes the k-th slice of d_k
columns of Q, K and V; the heads' outputs are concatenated and multiplied by
W_O.  :func:`scaled_dot_product_attention` and :func:`multi_head_attention`
are that formula and nothing else; :mod:`mlmath.core.attention_kernel`
computes the same numbers fast (tested equal), and :func:`attention` uses it.

A token's random embedding belongs to the token: its row is drawn from the
token's own text and the seed (:func:`embed_tokens`), so a word has the same
row in every sentence.  Random embeddings and weights show the arithmetic of
attention, not meaning: a trained model's W_Q and W_K make the weights mean
something.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy as np

from mlmath.core import attention_kernel as kernel
from mlmath.core.arrays import ieee_quietly
from mlmath.core.attention_kernel import compute_in_parallel, split_heads
from mlmath.core.notation import subscript
from mlmath.core.result import Computed, Result, Step, shown, step
from mlmath.errors import MathError
from mlmath.text import Sentence, say

__all__ = ["attention"]

# Each randomly drawn weight matrix has its own stream, default_rng([seed, role]):
# giving one matrix never changes the numbers drawn for the others.
ROLES = {"embeddings": 0, "wq": 1, "wk": 2, "wv": 3, "wo": 4, "bq": 5, "bk": 6, "bv": 7, "bo": 8}
PAD = "<pad>"
DEFAULT_D_MODEL = 8
MAX_D_MODEL = 4096
MAX_SCORE_ENTRIES = 1 << 25  # heads × queries × keys
MAX_WORKED_KEYS = 8  # dot products written out for at most this many keys
MAX_WORKED_TERMS = 64
MAX_NARROW_D_K = 16  # heads this narrow get MAX_WORKED_KEYS dot products written out, wider ones one
MAX_WORKED_ROW = 16  # a softmax row written out when it has at most this many keys

SYMBOLS = {"wq": "W_Q", "wk": "W_K", "wv": "W_V", "wo": "W_O", "bq": "b_Q", "bk": "b_K", "bv": "b_V", "bo": "b_O"}
MATRIX_NAMES = {"embeddings": "`embeddings`", "kv_embeddings": "`kv_embeddings`",
                "wq": "W_Q (`wq`)", "wk": "W_K (`wk`)", "wv": "W_V (`wv`)", "wo": "W_O (`wo`)"}


@dataclass
class AttentionResult(Result):
    """``result`` = the output (tokens × d_model); every matrix on the way is a field.

    Score and weight arrays are queries × keys for one head and
    heads × queries × keys for several.  ``weights``, ``raw_scores`` (Q·Kᵀ)
    and ``scores`` (Q·Kᵀ/√d_k, before the mask) are worked out by the plain
    formula from ``q`` and ``k`` when first asked for (``--json`` asks; the
    view asks only for the rows it shows, :meth:`weight_rows`).  ``mask`` is
    True where a query may not look (the future, with ``causal``; ``<pad>``
    keys, with ``key_padding_mask``); ``concat`` is the heads' outputs side
    by side, before W_O.  ``b_q`` … ``b_o`` are the projections' biases.
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
    b_q: Any = None
    b_k: Any = None
    b_v: Any = None
    b_o: Any = None
    q: Any = None
    k: Any = None
    v: Any = None
    key_padding_mask: Any = None
    mask: Any = None
    head_outputs: Any = None
    concat: Any = None
    missing: list[str] = field(default_factory=list)  # tokens not among the given word vectors (drawn instead)
    focus: int | None = shown()  # the one head the view shows (counted from 0), or None for all
    vectors: str | None = shown()  # the name of the word-vector file the embeddings came from
    identity: bool = shown(False)  # W_Q = W_K = W_V = I
    looked_up: bool = shown(False)  # the embeddings are word vectors looked up by token

    @cached_property
    @ieee_quietly
    def weights(self) -> Any:
        """softmax(Q·Kᵀ/√d_k) row by row, per head."""
        every = np.stack([self.weight_rows(h, range(len(self.tokens))) for h in range(self.heads)])
        return every if self.heads > 1 else every[0]

    @cached_property
    @ieee_quietly
    def raw_scores(self) -> Any:
        """Q·Kᵀ, per head."""
        raw = np.stack([self.head("q", h) @ self.head("k", h).T for h in range(self.heads)])
        return raw if self.heads > 1 else raw[0]

    @cached_property
    @ieee_quietly
    def scores(self) -> Any:
        """Q·Kᵀ / √d_k."""
        return self.raw_scores / math.sqrt(self.d_k)

    @ieee_quietly
    def score_rows(self, h: int, rows: Any) -> np.ndarray:
        """Rows ``rows`` of head h's Q·Kᵀ (queries × keys)."""
        return self.head("q", h)[list(rows)] @ self.head("k", h).T

    @ieee_quietly
    def weight_rows(self, h: int, rows: Any) -> np.ndarray:
        """Rows ``rows`` of head h's weights: softmax(Q·Kᵀ/√d_k + mask) for those queries only."""
        rows = list(rows)
        scores = self.score_rows(h, rows) / math.sqrt(self.d_k)
        if self.mask is not None:
            scores = np.where(self.mask[rows], -np.inf, scores)
        return softmax_rows(scores)

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
        """Head ``index``'s slice of ``q``/``k``/``v``/``head_outputs`` (and of computed score arrays)."""
        if name in ("q", "k"):
            return getattr(self, name)[:, index * self.d_k:(index + 1) * self.d_k]
        if name == "v":
            return self.v[:, index * self.d_v:(index + 1) * self.d_v]
        array = getattr(self, name)
        return array[index] if self.heads > 1 else array


# --- the formula ------------------------------------------------------------------


def softmax_rows(scores: np.ndarray) -> np.ndarray:
    """softmax of each row: exp(s − max) / Σ exp(s − max).  A −∞ score (masked) gets weight 0."""
    shifted = scores - scores.max(axis=-1, keepdims=True)
    exps = np.exp(shifted)
    return exps / exps.sum(axis=-1, keepdims=True)


def scaled_dot_product_attention(q: np.ndarray, k: np.ndarray, v: np.ndarray,
                                 mask: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """weights = softmax(Q·Kᵀ / √d_k), −∞ where ``mask`` is True; output = weights·V."""
    d_k = q.shape[1]
    scores = q @ k.T / math.sqrt(d_k)
    if mask is not None:
        scores = np.where(mask, -np.inf, scores)
    weights = softmax_rows(scores)
    return weights @ v, weights


def attention_mask(queries: int, keys: int, causal: bool = False,
                   key_padding_mask: np.ndarray | None = None) -> np.ndarray | None:
    """True where query i may not look at key j: a later key (``causal``), a padding key; None if nowhere."""
    mask = causal_mask(queries, keys) if causal else None
    if key_padding_mask is not None:
        padding = np.broadcast_to(np.asarray(key_padding_mask, dtype=bool)[None, :], (queries, keys))
        mask = padding.copy() if mask is None else mask | padding
    return mask


def multi_head_attention(x: np.ndarray, kv: np.ndarray, wq: np.ndarray, wk: np.ndarray, wv: np.ndarray,
                         wo: np.ndarray | None, heads: int, causal: bool = False,
                         key_padding_mask: np.ndarray | None = None, biases: Any = None,
                         need_weights: bool = True) -> tuple[np.ndarray, np.ndarray | None]:
    """Q = X·W_Q + b_Q, K = KV·W_K + b_K, V = KV·W_V + b_V; head h: softmax(Q_h·K_hᵀ/√d_k [+ mask])·V_h;
    the heads concatenated, ·W_O + b_O (``nn.MultiheadAttention`` with row vectors).

    ``biases`` is ``(b_q, b_k, b_v, b_o)`` (any may be None); ``key_padding_mask``
    (one entry per key) is True where a key is padding.  Returns the output and
    the weights, heads × queries × keys (None without ``need_weights``).
    :func:`mlmath.core.attention_kernel.multi_head_attention` is the same, fast.
    """
    b_q, b_k, b_v, b_o = biases if biases is not None else (None, None, None, None)
    q, k, v = x @ wq, kv @ wk, kv @ wv
    q, k, v = (m if b is None else m + b for m, b in ((q, b_q), (k, b_k), (v, b_v)))
    mask = attention_mask(x.shape[0], kv.shape[0], causal, key_padding_mask)
    outputs, weights = [], []
    for q_h, k_h, v_h in zip(split_heads(q, heads), split_heads(k, heads), split_heads(v, heads)):
        output_h, weights_h = scaled_dot_product_attention(q_h, k_h, v_h, mask)
        outputs.append(output_h)
        weights.append(weights_h)
    concat = np.concatenate(outputs, axis=1)
    output = concat @ wo if wo is not None else concat
    if b_o is not None:
        output = output + b_o
    return output, np.stack(weights) if need_weights else None


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


def random_matrix(seed: int, role: str, shape: tuple[int, ...], fan_in: int | None = None) -> np.ndarray:
    """Standard normal entries from the stream ``default_rng([seed, role])``, divided by √fan_in if given.

    Weights divided by √d_model keep Q, K and V entries near the size of X's.
    """
    matrix = np.random.default_rng([seed, ROLES[role]]).standard_normal(shape)
    if fan_in is not None:
        matrix /= math.sqrt(fan_in)
    return matrix


def embed_tokens(tokens: list[str], d_model: int, seed: int) -> np.ndarray:
    """One row of ``d_model`` standard normal numbers per token, drawn from the token's own text and ``seed``.

    The same word gets the same row in every sentence (and twice in one
    sentence); another word, or another seed, gets other numbers.  The draw
    (a hash of the text and the seed, then Box–Muller) is
    :func:`mlmath.core.attention_kernel.token_normals`.
    """
    vocab = vocabulary(list(tokens))
    table = kernel.token_normals(vocab, seed, d_model)
    if len(vocab) == len(tokens):
        return table
    row = {token: index for index, token in enumerate(vocab)}
    return table[[row[token] for token in tokens]]


def vocabulary(*sequences: list[str]) -> list[str]:
    """The distinct tokens in order of first appearance: one embedding row each."""
    return list(dict.fromkeys(token for tokens in sequences for token in tokens))


def causal_mask(queries: int, keys: int) -> np.ndarray:
    """True above the diagonal: query i may look at keys 0…i only."""
    return np.triu(np.ones((queries, keys), dtype=bool), k=1)


def look_up(tokens: list[str], vectors: Mapping[str, np.ndarray]) -> tuple[list[np.ndarray | None], list[str]]:
    """Each token's word vector, looked up case-folded (None where missing), and the missing tokens."""
    rows = [vectors.get(token.casefold()) for token in tokens]
    missing = list(dict.fromkeys(token for token, row in zip(tokens, rows) if row is None))
    return rows, missing


# --- checking what was given ----------------------------------------------------------


def _as_float(matrix: Any, name: str) -> np.ndarray:
    array = np.asarray(matrix)
    if array.ndim != 2:
        raise MathError(say("attention.error.not_matrix", name=name, ndim=array.ndim))
    return array.astype(np.float64)


def _shape(array: np.ndarray) -> str:
    return "×".join(str(size) for size in array.shape)


def _require_finite(*arrays: np.ndarray, what: str | Sentence) -> None:
    if not all(np.isfinite(array).all() for array in arrays):
        raise MathError(say("attention.error.overflow", what=what), hint=say("attention.error.overflow.hint"))


def _count(number: int, noun: str) -> Sentence:
    """``1 token``, ``3 rows``: a count in words of the language in force."""
    if noun == "token":
        return say("attention.error.n.token" if number == 1 else "attention.error.n.tokens", count=number)
    if noun == "row":
        return say("attention.error.n.row" if number == 1 else "attention.error.n.rows", count=number)
    return say("attention.error.n.column" if number == 1 else "attention.error.n.columns", count=number)


def _require(condition: bool, message: Sentence, hint: Sentence | None = None) -> None:
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
            sources.append((say("attention.error.source.has", name=MATRIX_NAMES[name],
                                 count=_count(size, "column" if axis else "row")), size))
    if d_model is not None:
        sources.append((say("attention.error.source.d_model", d_model=d_model), d_model))
    sizes = {size for _, size in sources}
    if len(sizes) > 1:
        raise MathError(say("attention.error.d_model.disagrees", sources=", ".join(str(text) for text, _ in sources)),
                        hint=say("attention.error.d_model.disagrees.hint"))
    size = sizes.pop() if sizes else DEFAULT_D_MODEL
    _require(1 <= size <= MAX_D_MODEL, say("attention.error.d_model.range", most=MAX_D_MODEL, size=size))
    return size


def _widths(given: _Inputs, d_model: int, heads: int) -> tuple[int, int]:
    """The total widths of Q/K and of V (each d_model unless the weights say otherwise), checked."""
    qk = {m.shape[1] for m in (given.wq, given.wk) if m is not None}
    if len(qk) > 1:
        raise MathError(say("attention.error.wq_wk", wq=_shape(given.wq), wk=_shape(given.wk)),
                        hint=say("attention.error.wq_wk.hint"))
    width_qk = qk.pop() if qk else d_model
    width_v = given.wv.shape[1] if given.wv is not None else d_model
    if given.wo is not None:
        _require(given.wo.shape[0] == width_v,
                 say("attention.error.wo", wo=_shape(given.wo), width=width_v),
                 hint=say("attention.error.wo.hint", width=width_v))
    for what, width in (("d_model" if width_qk == d_model else say("attention.error.width_qk"), width_qk),
                        ("d_model" if width_v == d_model else say("attention.error.width_v"), width_v)):
        if width % heads:
            divisors = [d for d in range(1, width + 1) if width % d == 0]
            choices: Any = None  # "1 or 2 or 4 or 8", each "or" in the language in force
            for divisor in divisors[-4:]:
                choices = divisor if choices is None else say("attention.error.or", first=choices, last=divisor)
            raise MathError(say("attention.error.heads_divide", heads=heads, what=what, width=width),
                            hint=say("attention.error.heads_divide.hint", choices=choices))
    return width_qk, width_v


# --- attention --------------------------------------------------------------------


def _biases(given: Any, draw: bool, seed: int, widths: tuple[int, int, int, int]) -> tuple[list, list[str]]:
    """(b_q, b_k, b_v, b_o): those given, the others drawn when ``draw`` (else None); and the drawn names."""
    values = list(given) if given is not None else [None] * 4
    _require(len(values) == 4, say("attention.error.biases"))
    drawn = []
    for index, (name, width) in enumerate(zip(("bq", "bk", "bv", "bo"), widths)):
        if values[index] is not None:
            vector = np.asarray(values[index], dtype=np.float64).reshape(-1)
            _require(vector.size == width, say("attention.error.bias_size", name=SYMBOLS[name], size=vector.size,
                                                 width=width))
            values[index] = vector
        elif draw and width:
            values[index] = random_matrix(seed, name, (width,), fan_in=widths[3])
            drawn.append(name)
    return values, drawn


def _embedding_rows(tokens: list[str], given: np.ndarray | None, name: str, vectors: Mapping[str, np.ndarray] | None,
                    random_missing: bool, d: int, seed: int) -> tuple[np.ndarray, bool, list[str]]:
    """X for ``tokens`` (``<pad>`` rows zero): given, looked up in ``vectors``, or drawn.  Also: drawn?, missing."""
    real = [index for index, token in enumerate(tokens) if token != PAD]
    x = np.zeros((len(tokens), d))
    if given is not None:
        _require(given.shape[0] in (len(real), len(tokens)),
                 say("attention.error.rows.kv" if name == "kv_embeddings" else "attention.error.rows",
                     name=MATRIX_NAMES[name], rows=_count(given.shape[0], "row"), tokens=len(real)),
                 hint=say("attention.error.rows.hint"))
        if given.shape[0] == len(tokens):
            return given, False, []
        x[real] = given
        return x, False, []
    words = [tokens[index] for index in real]
    if vectors is None:
        x[real] = embed_tokens(words, d, seed)
        return x, True, []
    rows, missing = look_up(words, vectors)
    if missing and not random_missing:
        shown = ", ".join(missing[:12]) + (", …" if len(missing) > 12 else "")
        raise MathError(say("attention.error.missing", tokens=_count(len(missing), "token"), shown=shown),
                        hint=say("attention.error.missing.hint"))
    if missing:
        drawn = dict(zip(missing, embed_tokens(missing, d, seed)))
        rows = [drawn[word] if row is None else row for word, row in zip(words, rows)]
    x[real] = np.array(rows, dtype=np.float64).reshape(len(real), d)
    return x, False, missing


@ieee_quietly
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
    biases: Any = None,
    bias: bool = False,
    vectors: Mapping[str, np.ndarray] | None = None,
    random_missing: bool = False,
    identity_weights: bool = False,
    pad_to: int | None = None,
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
    sequence).  ``vectors`` maps case-folded words to word vectors (a token
    missing from it is an error, or a random row with ``random_missing``).
    ``identity_weights`` sets W_Q = W_K = W_V = I (weights from embedding
    similarity alone).  ``biases`` are the projections' (b_q, b_k, b_v, b_o);
    ``bias`` draws the ones not given.  ``pad_to`` pads the keys' sequence
    with ``<pad>`` tokens that no query attends to.  ``query`` (0-based,
    default the last token) is the query whose dot products and softmax the
    steps write out; ``explain=False`` leaves the steps out.
    """
    cross = kv_tokens is not None
    tokens = list(tokens)
    kv_tokens = list(kv_tokens) if cross else list(tokens)
    _require(len(tokens) > 0 and len(kv_tokens) > 0, say("attention.error.no_tokens"))
    _require(heads >= 1, say("attention.error.heads", heads=heads))
    _require(positional in ("sinusoidal", "none"), say("attention.error.positional", positional=positional),
             hint=say("attention.error.positional.hint"))
    if pad_to is not None:
        length = len(kv_tokens)
        _require(pad_to >= length, say("attention.error.pad_to", pad_to=pad_to, tokens=_count(length, "token")),
                 hint=say("attention.error.pad_to.hint", length=length))
        kv_tokens += [PAD] * (pad_to - length)
        if not cross:
            tokens = list(kv_tokens)
    n, m = len(tokens), len(kv_tokens)
    _require(heads * n * m <= MAX_SCORE_ENTRIES,
             say("attention.error.scores", heads=heads, n=n, m=m), hint=say("attention.error.scores.hint"))
    chosen = n - 1 if query is None else query
    _require(0 <= chosen < n, say("attention.error.query", query=chosen + 1, tokens=_count(n, "token")))
    given = _Inputs(*(None if matrix is None else _as_float(matrix, MATRIX_NAMES[name])
                      for name, matrix in (("embeddings", embeddings), ("kv_embeddings", kv_embeddings),
                                           ("wq", wq), ("wk", wk), ("wv", wv), ("wo", wo))))
    if given.kv_embeddings is not None and not cross:
        raise MathError(say("attention.error.kv_embeddings"), hint=say("attention.error.kv_embeddings.hint"))
    if vectors is not None:
        dims = {np.shape(row)[0] for row in vectors.values()} if vectors else set()
        _require(len(dims) <= 1, say("attention.error.vectors_differ"))
        if dims:
            given_d = dims.pop()
            _require(d_model in (None, given_d), say("attention.error.d_model.vectors", d_model=d_model, size=given_d))
            d_model = given_d
    d = _d_model(given, d_model)
    if identity_weights:
        for name in ("wq", "wk", "wv"):
            if getattr(given, name) is None:
                setattr(given, name, np.eye(d))
    width_qk, width_v = _widths(given, d, heads)
    d_k, d_v = width_qk // heads, width_v // heads
    # embeddings: given, looked up, or drawn from each token's text
    x_embed, x_drawn, missing = _embedding_rows(tokens, given.embeddings, "embeddings", vectors, random_missing,
                                                d, seed)
    kv_embed, kv_drawn, kv_missing = (x_embed, False, []) if not cross else _embedding_rows(
        kv_tokens, given.kv_embeddings, "kv_embeddings", vectors, random_missing, d, seed)

    # the positional encoding and the weights not given, side by side
    jobs: dict[str, tuple[Callable[[], Any], int]] = {}
    if positional == "sinusoidal":
        jobs["positional"] = (lambda: positional_encoding(max(n, m), d), max(n, m) * d)
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
    random_names = (["embeddings"] if x_drawn else []) + (["kv_embeddings"] if cross and kv_drawn else []) + \
        [name for name in ("wq", "wk", "wv", "wo") if name in done]
    b, drawn_biases = _biases(biases, bias, seed, (width_qk, width_qk, width_v, d if given.wo is not None else 0))
    random_names += drawn_biases
    key_padding = np.array([token == PAD for token in kv_tokens]) if pad_to is not None else None

    # embeddings + positional encoding
    x, kv_x, pe, kv_pe = x_embed, kv_embed, None, None
    if positional == "sinusoidal":
        encoding = done["positional"]  # max(n, m) rows
        pe, kv_pe = encoding[:n], (encoding[:m] if cross else None)
        x = x_embed + pe
        kv_x = kv_embed + kv_pe if cross else x

    mask = attention_mask(n, m, causal, key_padding)
    if mask is not None:
        blind = np.flatnonzero(mask.all(axis=1))
        _require(blind.size == 0, say("attention.error.blind", query=blind[0] + 1 if blind.size else 0))
    # the formula of multi_head_attention, computed fast (tested equal)
    fast = kernel.attend(x, kv_x, given.wq, given.wk, given.wv, given.wo, heads, mask=mask, biases=b,
                         need_weights=False)
    _require_finite(fast["q"], fast["k"], fast["v"], what=say("attention.error.what.qkv"))
    _require_finite(fast["concat"], fast["output"], what=say("attention.error.what.scores"))
    outputs = split_heads(fast["concat"], heads)

    result = AttentionResult(
        result=fast["output"], tokens=tokens, kv_tokens=kv_tokens, cross=cross, causal=causal,
        d_model=d, heads=heads, d_k=d_k, d_v=d_v, seed=seed if random_names or missing or kv_missing else None,
        random=random_names, query=chosen,
        embeddings=x_embed, kv_embeddings=kv_embed if cross else None, positional=pe, kv_positional=kv_pe,
        x=x, kv_x=kv_x if cross else None, wq=given.wq, wk=given.wk, wv=given.wv, wo=given.wo,
        b_q=b[0], b_k=b[1], b_v=b[2], b_o=b[3],
        q=fast["q"], k=fast["k"], v=fast["v"], key_padding_mask=key_padding, mask=mask,
        head_outputs=outputs if heads > 1 else outputs[0], concat=fast["concat"] if given.wo is not None else None,
        missing=list(dict.fromkeys(missing + kv_missing)),
        vectors=None, identity=identity_weights, looked_up=vectors is not None,
    )
    if explain:
        result.steps = _steps(result, positional)
    return result


# --- steps ----------------------------------------------------------------------

def token_labels(tokens: list[str]) -> list[str]:
    """Labels for rows and columns: a token that occurs more than once gets its position, ``the₁``, ``the₄``."""
    counts: dict[str, int] = {}
    for token in tokens:
        counts[token] = counts.get(token, 0) + 1
    return [token + subscript(index + 1) if counts[token] > 1 else token
            for index, token in enumerate(tokens)]


def _worked_head(result: AttentionResult, h: int, queries: list[str], keys: list[str]) -> list[Step]:
    """One head: scores (with the chosen query's dot products), scaling, mask, softmax, mixing."""
    i = result.query
    n, m = len(queries), len(keys)
    q, k = result.head("q", h), result.head("k", h)
    weights = result.weight_rows(h, [i])[0]  # the chosen query's row of weights
    raw = k @ q[i]  # the chosen query's row of Q·Kᵀ
    root = math.sqrt(result.d_k)
    scores = np.divide(raw, root)
    head = h + 1
    query = queries[i]

    dots: list[Step] = []
    if result.d_k <= MAX_WORKED_TERMS:
        # every dot product is d_k products: eight of them for narrow heads, one for wide heads
        worked = MAX_WORKED_KEYS if result.d_k <= MAX_NARROW_D_K else 1
        for j in range(min(m, worked)):
            dots.append(step("attention.dot", query=query, key_token=keys[j],
                             value=Computed(tuple(zip(q[i].tolist(), k[j].tolist())), float(raw[j]))))
        if m > worked:
            dots.append(step("attention.dot_more", count=m - worked))
    steps = [step("attention.scores", *dots, head=head, n=n, m=m, query=query)]
    steps.append(step("attention.scale", head=head, d_k=result.d_k, root=root, query=query,
                      key_token=keys[0], scaled=Computed((float(raw[0]),), float(scores[0]), divisor=root)))
    if result.causal:
        steps.append(step("attention.mask.cross" if result.cross else "attention.mask", head=head, m=m))
    if result.key_padding_mask is not None:
        pads = int(result.key_padding_mask.sum())
        steps.append(step("attention.mask.padding", head=head, pads=pads, m=m))
    row: list[Step] = []
    if m <= MAX_WORKED_ROW:
        visible = [j for j in range(m) if result.mask is None or not result.mask[i, j]]
        shown = [float(scores[j]) for j in visible]
        top = max(shown)
        exps = [math.exp(value - top) for value in shown]
        total = math.fsum(exps)
        # Σ exp and each weight exp/Σ, written so a calculator redoes them from the printed numbers
        row.append(step("attention.softmax_row", query=query, scores=shown, max=top, exps=exps,
                        total=Computed(tuple(exps), total),
                        weights=[Computed((value,), float(weights[j]), divisor=total)
                                 for value, j in zip(exps, visible)],
                        keys=[keys[j] for j in visible]))
        if len(visible) < m:
            row.append(step("attention.softmax_masked", query=query, hidden=m - len(visible),
                            keys=[keys[j] for j in range(m) if result.mask[i, j]]))
    steps.append(step("attention.softmax", *row, head=head, query=query))
    mix: list[Step] = []
    if m <= MAX_WORKED_ROW:
        mix.append(step("attention.mix_row", query=query,
                        terms=[(float(weights[j]), f"v_{keys[j]}") for j in range(m)]))
    steps.append(step("attention.mix", *mix, head=head, n=n, width=result.d_v))
    return steps


def _steps(result: AttentionResult, positional: str) -> list[Step]:
    n, m, d = len(result.tokens), len(result.kv_tokens), result.d_model
    queries, keys = token_labels(result.tokens), token_labels(result.kv_tokens)
    steps = [step("attention.tokens.cross" if result.cross else "attention.tokens",
                  tokens=result.tokens, n=n, kv_tokens=result.kv_tokens, m=m)]
    if result.key_padding_mask is not None:
        pads = int(result.key_padding_mask.sum())
        steps.append(step("attention.pad", pads=pads, length=len(result.kv_tokens), pad=PAD))
    if "embeddings" in result.random:
        steps.append(step("attention.embed.random", n=n, d_model=d, seed=result.seed))
    elif result.missing:
        steps.append(step("attention.embed.vectors_missing", n=n, d_model=d, missing=result.missing,
                          seed=result.seed))
    elif result.looked_up:
        steps.append(step("attention.embed.vectors", n=n, d_model=d))
    else:
        steps.append(step("attention.embed.given", n=n, d_model=d))
    if result.cross:
        key = "attention.kv_embed.random" if "kv_embeddings" in result.random else \
            "attention.kv_embed.vectors" if result.looked_up else "attention.kv_embed.given"
        steps.append(step(key, m=m, d_model=d, seed=result.seed))
    key = {"sinusoidal": "attention.positional.sinusoidal", "none": "attention.positional.none"}[positional]
    steps.append(step(key, d_model=d))
    drawn = [SYMBOLS[name] for name in ("wq", "wk", "wv") if name in result.random]
    width_qk, width_v = result.d_k * result.heads, result.d_v * result.heads
    key = "attention.weights.random" if len(drawn) == 3 else "attention.weights.given" if not drawn else \
        "attention.weights.mixed"
    if result.identity and not drawn:
        key = "attention.weights.identity"
    steps.append(step(key, d_model=d, width_qk=width_qk, width_v=width_v, drawn=drawn, seed=result.seed))
    if result.b_q is not None or result.b_k is not None or result.b_v is not None:
        drawn_b = [SYMBOLS[name] for name in ("bq", "bk", "bv", "bo") if name in result.random]
        steps.append(step("attention.bias.random" if drawn_b else "attention.bias.given", seed=result.seed,
                          out=result.b_o is not None))
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
