"""The baseline of the attention budget: the same formula in bare NumPy, head by head, float64.

Same inputs as ``mlmath attention --seq TEXT --d-model D --heads H --seed S``
for a sentence of distinct words: embeddings from ``default_rng([S, 0])``,
W_Q, W_K, W_V, W_O from ``default_rng([S, 1…4])`` divided by √fan_in,
sinusoidal positional encoding; then softmax(Q_h·K_hᵀ/√d_k)·V_h for each head,
concatenated and multiplied by W_O.  Prints the output's top-left corner.

    python benchmarks/attention_baseline.py --seq "w0 w1 w2" --d-model 8 --heads 2
"""

import math

import numpy as np
import typer


def main(seq: str = typer.Option(...), d_model: int = 512, heads: int = 8, seed: int = 0) -> None:
    n = len(seq.split())
    d, h = d_model, heads
    d_k = d // h

    x = np.random.default_rng([seed, 0]).standard_normal((n, d))
    wq, wk, wv, wo = (np.random.default_rng([seed, role]).standard_normal((d, d)) / math.sqrt(d)
                      for role in (1, 2, 3, 4))

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
    output = np.concatenate(outputs, axis=1) @ wo
    print(output[:3, :3])


if __name__ == "__main__":
    typer.run(main)
