"""Recurrence budgets: rnn startup, and 1000 time steps with hidden size 256 at NumPy speed, as whole processes.

The size budget runs the forward pass (and, in a second budget, backpropagation
through time) of a tanh RNN over a random input of 1000 steps × 256 values,
hidden size 256, against the same loop in bare NumPy (``rnn_baseline.py``,
which draws the same numbers and imports nothing but NumPy); mlmath prints its
truncated view (steps and plot off, no JSON): the headline, the hidden states
and, backward, the gradient norms.
"""

SIZE = ["--length", "1000", "--input-size", "256", "--hidden", "256"]

BUDGETS = [
    {
        "name": "mlmath rnn --seq 'the cat sat' --no-steps vs import numpy, typer, rich",
        "command": ["{mlmath}", "rnn", "--seq", "the cat sat", "--no-steps", "--no-plot"],
        "baseline": ["{python}", "-c", "import numpy, typer, rich.console, rich.table"],
        "limit": 1.15,
    },
    {
        "name": "rnn 1000 steps × hidden 256 vs a bare NumPy loop",
        "command": ["{mlmath}", "rnn", *SIZE, "--no-steps", "--no-plot"],
        "baseline": ["{python}", "{here}/rnn_baseline.py", *SIZE],
        "limit": 1.5,
    },
    {
        "name": "rnn 1000 steps × hidden 256 --backward vs a bare NumPy loop",
        "command": ["{mlmath}", "rnn", *SIZE, "--backward", "--no-steps", "--no-plot"],
        "baseline": ["{python}", "{here}/rnn_baseline.py", *SIZE, "--backward"],
        "limit": 1.5,
    },
]
