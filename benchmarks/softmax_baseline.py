"""Baseline of the softmax size budgets: the same stable softmax in a bare NumPy script.

    python benchmarks/softmax_baseline.py logits.npy

Loads the logits, computes e^(z − max z) / Σ e^(z − max z) and prints the headline mlmath prints: the
first six and last two probabilities and the most likely class.
"""

import sys

import numpy as np


def _number(value: float) -> str:
    return f"{value:.4f}" if abs(value) >= 1e-4 else f"{value:.4e}"


def main(path: str) -> None:
    z = np.load(path)
    exps = np.exp(z - z.max())
    p = exps / exps.sum()
    shown = [*map(_number, p[:6]), "…", *map(_number, p[-2:])] if p.size > 10 else [*map(_number, p)]
    print(f"softmax(z) = [{', '.join(shown)}]")
    best = int(np.argmax(p))
    print(f"Most likely: {best} (p = {_number(p[best])})")


if __name__ == "__main__":
    main(sys.argv[1])
