"""The fast kernels behind :mod:`mlmath.core.transformer`: the same numbers, computed quickly.

:mod:`mlmath.core.transformer` writes attention as the notes do
(``softmax(Q·Kᵀ/√d_k)·V`` head by head).  This module holds what makes it
fast for a thousand tokens, each function tested equal to the plain formula:

* :func:`multi_head_attention` — one reused queries × keys buffer per call,
  the softmax taken a block of rows at a time (so a block stays in cache) on
  several threads (NumPy releases the GIL inside its loops), and Q divided by
  √d_k before Q·Kᵀ when √d_k is a power of two (exactly the same bits, on d_k
  columns instead of on every key);
* :func:`token_normals` — standard normal numbers for each token, drawn from
  the token's own text by a counter-based hash, all tokens at once;
* :func:`compute_in_parallel` — independent jobs (random draws, tables) on
  several threads.
"""

from __future__ import annotations

import hashlib
import math
import os
import threading
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

__all__: list[str] = []  # nothing here is part of the Python API: use mlmath.core.transformer

# Work on this many entries or more is shared among threads (random draws, the softmax).
PARALLEL_ENTRIES = 1 << 18
BLOCK_ROWS = 64  # softmax rows per block: 64 rows of 1024 keys (512 KB) stay in a core's L2 cache


# --- threads -----------------------------------------------------------------------


def _worker_count(entries: int) -> int:
    if entries < PARALLEL_ENTRIES:
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(1, min(cores, 8))


def _in_parallel(chunks: list[Callable[[], None]]) -> None:
    """Run the chunks on threads, the first on this one."""
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

    Each random draw has its own stream, so its numbers do not depend on the thread that draws them.
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


# --- random rows that belong to tokens ------------------------------------------------

GOLDEN = np.uint64(0x9E3779B97F4A7C15)  # the counter's step (splitmix64)
MIX_1, MIX_2 = np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB)
UNIT = 2.0 ** -53


def token_key(token: str, seed: int) -> int:
    """A token's 64-bit key: the first 8 bytes (little-endian) of BLAKE2b of its UTF-8 text, keyed by the seed."""
    digest = hashlib.blake2b(token.encode("utf-8"), digest_size=8, key=str(seed).encode("ascii")).digest()
    return int.from_bytes(digest, "little")


def token_normals(tokens: Sequence[str], seed: int, count: int) -> np.ndarray:
    """``len(tokens)`` × ``count`` standard normal numbers; row t depends only on token t's text and ``seed``.

    For key κ (:func:`token_key`) and counter c = 1, 2, …: bits_c = splitmix64(κ + c·γ),
    u_c = (⌊bits_c / 2¹¹⌋ + 1) / 2⁵³ in (0, 1]; each pair (u₁, u₂) gives two normals by Box–Muller,
    √(−2 ln u₁)·cos(2π u₂) and √(−2 ln u₁)·sin(2π u₂).  Every token and counter at once, on arrays.
    """
    keys = np.array([token_key(token, seed) for token in tokens], dtype=np.uint64)
    pairs = (count + 1) // 2
    counters = np.arange(1, 2 * pairs + 1, dtype=np.uint64) * GOLDEN
    z = keys[:, None] + counters[None, :]
    z ^= z >> np.uint64(30)
    z *= MIX_1
    z ^= z >> np.uint64(27)
    z *= MIX_2
    z ^= z >> np.uint64(31)
    z >>= np.uint64(11)
    uniform = z.astype(np.float64)
    del z
    uniform += 1.0
    uniform *= UNIT
    first, second = uniform[:, 0::2], uniform[:, 1::2]
    radius = np.sqrt(-2.0 * np.log(first))
    angle = (2.0 * math.pi) * second
    normals = np.empty((len(keys), 2 * pairs))
    np.multiply(radius, np.cos(angle), out=normals[:, 0::2])
    np.multiply(radius, np.sin(angle), out=normals[:, 1::2])
    return normals[:, :count] if count % 2 else normals


# --- attention ----------------------------------------------------------------------


def split_heads(matrix: np.ndarray, heads: int) -> np.ndarray:
    """tokens × (heads·width) → heads × tokens × width: head h is the h-th slice of columns (a view)."""
    tokens, width = matrix.shape
    return matrix.reshape(tokens, heads, width // heads).transpose(1, 0, 2)


def softmax_scores(scores: np.ndarray, root: float | None, mask: np.ndarray | None) -> None:
    """In place: Q·Kᵀ (queries × keys) becomes softmax(Q·Kᵀ / √d_k) row by row; masked → −∞ → 0.

    ``root`` is √d_k, or None when the scores are already divided by it.  Rows go a block at a
    time (scale, mask, shift by the row maximum, exp, normalise while the block is in cache),
    the blocks shared among threads.
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
            np.subtract(rows, rows.max(axis=1, keepdims=True), out=rows)
            np.exp(rows, out=rows)
            np.divide(rows, rows.sum(axis=1, keepdims=True), out=rows)

    chunks = _split(blocks, [1] * len(blocks), _worker_count(scores.size))
    _in_parallel([lambda chunk=chunk: softmax_blocks(chunk) for chunk in chunks])


def head_weights(q_h: np.ndarray, k_h: np.ndarray, mask: np.ndarray | None, out: np.ndarray) -> np.ndarray:
    """softmax(Q_h·K_hᵀ / √d_k) row by row, written into ``out`` (queries × keys)."""
    root = math.sqrt(q_h.shape[1])
    with np.errstate(over="ignore", invalid="ignore"):  # an overflow is reported by the caller
        if math.frexp(root)[0] == 0.5:
            # √d_k a power of two (d_k = 4, 16, 64 …): dividing Q first gives the very same bits
            np.matmul(q_h / root, k_h.T, out=out)
            softmax_scores(out, None, mask)
        else:
            np.matmul(q_h, k_h.T, out=out)
            softmax_scores(out, root, mask)
    return out


def attend(x: np.ndarray, kv: np.ndarray, wq: np.ndarray, wk: np.ndarray, wv: np.ndarray,
           wo: np.ndarray | None, heads: int, mask: np.ndarray | None = None,
           biases: Any = None, need_weights: bool = True) -> dict[str, Any]:
    """:func:`mlmath.core.transformer.multi_head_attention`, fast, with its intermediates.

    ``mask`` (queries × keys) is True where a query may not look.  Returns
    ``q``, ``k``, ``v``, ``concat`` (the heads side by side), ``output`` and
    ``weights`` (heads × queries × keys, or None without ``need_weights``).
    """
    b_q, b_k, b_v, b_o = biases if biases is not None else (None, None, None, None)
    with np.errstate(over="ignore", invalid="ignore"):
        q, k, v = x @ wq, kv @ wk, kv @ wv
        for matrix, bias in ((q, b_q), (k, b_k), (v, b_v)):
            if bias is not None:
                matrix += bias
    n, m = x.shape[0], kv.shape[0]
    concat = np.empty((n, v.shape[1]))
    outputs, q_heads, k_heads, v_heads = (split_heads(a, heads) for a in (concat, q, k, v))
    weights = np.empty((heads, n, m)) if need_weights else None
    buffer = None if need_weights else np.empty((n, m))
    for h in range(heads):
        head = head_weights(q_heads[h], k_heads[h], mask, out=weights[h] if need_weights else buffer)
        np.matmul(head, v_heads[h], out=outputs[h])
    with np.errstate(over="ignore", invalid="ignore"):
        output = concat @ wo if wo is not None else concat
        if b_o is not None:
            output = output + b_o  # a new array: concat stays the heads' outputs
    return {"q": q, "k": k, "v": v, "concat": concat, "output": output, "weights": weights}


def multi_head_attention(x: np.ndarray, kv: np.ndarray, wq: np.ndarray, wk: np.ndarray, wv: np.ndarray,
                         wo: np.ndarray | None, heads: int, causal: bool = False,
                         key_padding_mask: np.ndarray | None = None, biases: Any = None,
                         need_weights: bool = True) -> tuple[np.ndarray, np.ndarray | None]:
    """:func:`mlmath.core.transformer.multi_head_attention` (same arguments, same numbers), fast."""
    n, m = x.shape[0], kv.shape[0]
    mask = np.triu(np.ones((n, m), dtype=bool), k=1) if causal else None
    if key_padding_mask is not None:
        padding = np.asarray(key_padding_mask, dtype=bool)[None, :]
        mask = np.broadcast_to(padding, (n, m)) if mask is None else mask | padding
    done = attend(x, kv, wq, wk, wv, wo, heads, mask=mask, biases=biases, need_weights=need_weights)
    return done["output"], done["weights"]
