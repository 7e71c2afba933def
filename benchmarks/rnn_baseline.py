"""The baseline of the rnn budget: the same recurrence in a bare NumPy loop, float64.

Same inputs as ``mlmath rnn --length T --input-size D --hidden H --seed S``:
X from ``default_rng([S, 20])`` (standard normal, T × D), W_xh, W_hh, b and
b_hh from ``default_rng([S, 21…24])``, uniform(−1/√H, 1/√H); then
h_t = tanh(x_t·W_xh + b + b_hh + h_{t−1}·W_hh) for t = 1 … T, every h_t kept.
With ``--backward``, backpropagation through time from L = ½‖h_T‖².  Prints
the final state's first entries.  Only NumPy is imported (arguments are read
with argparse), so the budget charges mlmath for Typer, Rich and its view.

    python benchmarks/rnn_baseline.py --length 1000 --input-size 256 --hidden 256
"""

import argparse
import math

import numpy as np


def main(length: int, input_size: int, hidden: int, seed: int, backward: bool) -> None:
    bound = 1 / math.sqrt(hidden)

    def uniform(role, shape):
        return np.random.default_rng([seed, role]).uniform(-bound, bound, shape)

    x = np.random.default_rng([seed, 20]).standard_normal((length, input_size))
    w_xh, w_hh = uniform(21, (input_size, hidden)), uniform(22, (hidden, hidden))
    b, b_hh = uniform(23, (hidden,)), uniform(24, (hidden,))

    a = x @ w_xh + b + b_hh
    states = np.empty((length, hidden))
    h = np.zeros(hidden)
    for t in range(length):
        a[t] += h @ w_hh
        h = states[t] = np.tanh(a[t])

    if backward:
        grad = states[-1].copy()
        deltas = np.empty_like(states)
        norms = np.empty(length)
        for t in range(length - 1, -1, -1):
            norms[t] = np.linalg.norm(grad)
            deltas[t] = grad * (1 - states[t] ** 2)
            grad = deltas[t] @ w_hh.T
        before = np.vstack([np.zeros((1, hidden)), states[:-1]])
        grads = (deltas @ w_xh.T, x.T @ deltas, before.T @ deltas, deltas.sum(axis=0), grad)
        print(norms[:3], [g.shape for g in grads])
    print(states[-1, :4])


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--length", type=int, default=1000)
    parser.add_argument("--input-size", type=int, default=256)
    parser.add_argument("--hidden", type=int, default=256)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--backward", action="store_true")
    options = parser.parse_args()
    main(options.length, options.input_size, options.hidden, options.seed, options.backward)
