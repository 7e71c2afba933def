"""Write a GloVe-format file of 400,000 words × 50 numbers (once) for the word-vector budget.

    python benchmarks/vectors_file.py /tmp/mlmath-benchmarks/vectors-400000x50.txt

The words are king, queen, man, woman and w4 … w399999; the numbers are random, written with
six decimals as GloVe writes them.
"""

import sys
from pathlib import Path

import numpy as np

WORDS, DIMENSIONS = 400_000, 50


def main(path: Path) -> None:
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(0)
    names = ["king", "queen", "man", "woman", *(f"w{i}" for i in range(4, WORDS))]
    partial = path.with_suffix(".partial")
    with partial.open("w", encoding="utf-8") as file:
        for start in range(0, WORDS, 50_000):
            block = rng.standard_normal((min(50_000, WORDS - start), DIMENSIONS))
            rows = (" ".join(f"{value:.6f}" for value in row) for row in block)
            file.writelines(f"{name} {row}\n" for name, row in zip(names[start:], rows))
    partial.rename(path)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
