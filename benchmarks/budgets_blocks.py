"""Transformer budgets: startup of tokens, posenc and transformer, and one encoder block of 512 tokens ×
d_model 512 × 8 heads × d_ff 2048 at NumPy speed, as a whole process (without and with the steps).

Both sides draw the same random embeddings and weights from the same seed and compute the same post-norm
block in float64; mlmath prints a truncated view (no plot, no JSON).
"""

SENTENCE = " ".join(f"w{i}" for i in range(512))
SIZE = ["--d-model", "512", "--heads", "8", "--d-ff", "2048"]
IMPORTS = ["{python}", "-c", "import numpy, typer, rich.console, rich.table"]

BUDGETS = [
    {
        "name": "transformer block 512 tokens × d_model 512 × 8 heads × d_ff 2048 --no-steps vs bare NumPy",
        "command": ["{mlmath}", "transformer", "--seq", SENTENCE, *SIZE, "--no-steps", "--no-plot"],
        "baseline": ["{python}", "{here}/transformer_baseline.py", "--seq", SENTENCE, *SIZE],
        "limit": 1.0,
    },
    {
        "name": "transformer block 512 tokens × d_model 512 × 8 heads × d_ff 2048 with steps vs bare NumPy",
        "command": ["{mlmath}", "transformer", "--seq", SENTENCE, *SIZE, "--no-plot"],
        "baseline": ["{python}", "{here}/transformer_baseline.py", "--seq", SENTENCE, *SIZE],
        "limit": 1.3,
    },
    {
        "name": "transformer startup: tokens \"I love NLP\" vs importing numpy, typer, rich",
        "command": ["{mlmath}", "tokens", "I love NLP", "--no-steps"],
        "baseline": IMPORTS,
        "limit": 1.15,
    },
    {
        "name": "transformer startup: posenc --positions 4 --d-model 4 vs importing numpy, typer, rich",
        "command": ["{mlmath}", "posenc", "--positions", "4", "--d-model", "4", "--no-steps", "--no-plot"],
        "baseline": IMPORTS,
        "limit": 1.15,
    },
]
