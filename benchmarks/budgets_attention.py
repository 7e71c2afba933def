"""Attention budgets: 1024 tokens × d_model 512 × 8 heads at NumPy speed, as whole processes, with the
walkthrough and without; peak memory; and reading a 400,000-word file of word vectors.

Both sides of the attention budgets draw random embeddings and weights of the same sizes and compute
softmax(Q·Kᵀ/√d_k)·V per head, concatenated, times W_O, in float64; mlmath prints its view (the
weights, the output and, with steps, the walk through one head), the baseline the output's corner.
The vector-file budget reads a GloVe-format file (written once by ``vectors_file.py``) with
``mlmath cosine … --vectors`` against ``numpy.loadtxt`` of the same file.
"""

import tempfile
from pathlib import Path

SENTENCE = " ".join(f"w{i}" for i in range(1024))
ATTENTION = ["{mlmath}", "attention", "--seq", SENTENCE, "--d-model", "512", "--heads", "8", "--no-plot"]
BASELINE = ["{python}", "{here}/attention_baseline.py", "--seq", SENTENCE, "--d-model", "512", "--heads", "8"]
VECTORS = str(Path(tempfile.gettempdir()) / "mlmath-benchmarks" / "vectors-400000x50.txt")

BUDGETS = [
    {
        "name": "attention 1024 tokens × d_model 512 × 8 heads vs bare NumPy",
        "command": [*ATTENTION, "--no-steps"],
        "baseline": BASELINE,
        "limit": 1.0,
    },
    {
        "name": "attention 1024 tokens × d_model 512 × 8 heads with steps vs bare NumPy",
        "command": ATTENTION,
        "baseline": BASELINE,
        "limit": 1.3,
    },
    {
        "name": "attention 1024 tokens × d_model 512 × 8 heads with steps, peak memory vs bare NumPy",
        "command": ATTENTION,
        "baseline": BASELINE,
        "measure": "memory",
        "repeat": 3,
        "limit": 1.3,
    },
    {
        "name": "attention word vectors: cosine --vectors on 400,000 words × 50 vs numpy.loadtxt",
        "setup": ["{python}", "{here}/vectors_file.py", VECTORS],
        "command": ["{mlmath}", "cosine", "king", "queen", "man", "woman", "--vectors", VECTORS, "--no-plot"],
        "baseline": ["{python}", "-c", "import numpy, sys; numpy.loadtxt(sys.argv[1], usecols=range(1, 51), "
                     "comments=None, encoding='utf-8')", VECTORS],
        "repeat": 5,
        "limit": 2.0,
    },
]
