"""Attention budget of DESIGN.md §6: 1024 tokens × d_model 512 × 8 heads at NumPy speed, as a whole process.

Both sides draw the same random embeddings and weights from the same seed and
compute softmax(Q·Kᵀ/√d_k)·V per head, concatenated, times W_O, in float64;
mlmath prints a truncated view of the output (steps and plot off, no JSON).
"""

SENTENCE = " ".join(f"w{i}" for i in range(1024))

BUDGETS = [
    {
        "name": "attention 1024 tokens × d_model 512 × 8 heads vs bare NumPy",
        "command": ["{mlmath}", "attention", "--seq", SENTENCE, "--d-model", "512", "--heads", "8",
                    "--no-steps", "--no-plot"],
        "baseline": ["{python}", "{here}/attention_baseline.py", "--seq", SENTENCE, "--d-model", "512",
                     "--heads", "8"],
        "limit": 1.0,
    },
]
