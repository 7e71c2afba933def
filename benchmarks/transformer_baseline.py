"""The baseline of the transformer budget: one post-norm encoder block in bare NumPy, float64.

Same inputs as ``mlmath transformer --seq TEXT --d-model D --heads H --d-ff F --seed S`` for a sentence
of distinct words: embeddings from ``default_rng([S, 0])``, W_Q, W_K, W_V, W_O from ``default_rng([S, 1…4])``
divided by √d, W₁, W₂ (normal / √fan_in) and b₁, b₂ (uniform ±1/√fan_in) from their own streams, attention
biases 0, LayerNorm γ = 1, β = 0; sinusoidal positional encoding; then
X₁ = LN(X + MultiHead(X)), X₂ = LN(X₁ + relu(X₁·W₁ + b₁)·W₂ + b₂).  Prints the output's top-left corner.

    python benchmarks/transformer_baseline.py --seq "w0 w1 w2" --d-model 8 --heads 2 --d-ff 32
"""

import math

import numpy as np
import typer

NAMES = ("wq", "wk", "wv", "bq", "bk", "bv", "wo", "bo", "cross_wq", "cross_wk", "cross_wv", "cross_bq", "cross_bk",
         "cross_bv", "cross_wo", "cross_bo", "w1", "b1", "w2", "b2")


def stream(seed: int, name: str) -> np.random.Generator:
    return np.random.default_rng([seed, 5, 0, 0, NAMES.index(name)])


def layer_norm(x: np.ndarray) -> np.ndarray:
    mean = x.mean(axis=1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=1, keepdims=True)
    return (x - mean) / np.sqrt(var + 1e-5)


def main(seq: str = typer.Option(...), d_model: int = 512, heads: int = 8, d_ff: int = 2048, seed: int = 0) -> None:
    n, d, h = len(seq.split()), d_model, heads
    d_k = d // h

    x = np.random.default_rng([seed, 0]).standard_normal((n, d))
    wq, wk, wv, wo = (np.random.default_rng([seed, role]).standard_normal((d, d)) / math.sqrt(d)
                      for role in (1, 2, 3, 4))
    w1 = stream(seed, "w1").standard_normal((d, d_ff)) / math.sqrt(d)
    w2 = stream(seed, "w2").standard_normal((d_ff, d)) / math.sqrt(d_ff)
    b1 = stream(seed, "b1").uniform(-1 / math.sqrt(d), 1 / math.sqrt(d), d_ff)
    b2 = stream(seed, "b2").uniform(-1 / math.sqrt(d_ff), 1 / math.sqrt(d_ff), d)

    # PE(pos, 2i) = sin(pos / 10000^(2i/d)), PE(pos, 2i+1) = cos(...)
    position = np.arange(n, dtype=np.float64)[:, None]
    angle = position / 10000.0 ** (np.arange(0, d, 2, dtype=np.float64) / d)
    pe = np.empty((n, d))
    pe[:, 0::2] = np.sin(angle)
    pe[:, 1::2] = np.cos(angle[:, : d // 2])
    x = x + pe

    q, k, v = x @ wq, x @ wk, x @ wv
    outputs = []
    for head in range(h):
        cols = slice(head * d_k, (head + 1) * d_k)
        scores = q[:, cols] @ k[:, cols].T / math.sqrt(d_k)
        exps = np.exp(scores - scores.max(axis=1, keepdims=True))
        weights = exps / exps.sum(axis=1, keepdims=True)
        outputs.append(weights @ v[:, cols])
    x1 = layer_norm(x + np.concatenate(outputs, axis=1) @ wo)
    x2 = layer_norm(x1 + np.maximum(x1 @ w1 + b1, 0) @ w2 + b2)
    print(x2[:3, :3])


if __name__ == "__main__":
    typer.run(main)
