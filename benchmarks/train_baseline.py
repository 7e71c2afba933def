"""The training loop of ``mlmath train`` as a bare NumPy script, for the train budgets.

    python benchmarks/train_baseline.py xor      # layers 2,8,1, 5000 full-batch epochs of Adam
    python benchmarks/train_baseline.py moons    # 10,000 samples, layers 2,64,64,1, batch 64, 20 epochs

The same work as mlmath: the data, nn.Linear's initialisation, ReLU, BCE with logits, Adam with
torch's defaults (lr 0.05 for xor, 0.01 for moons), a shuffle per epoch for mini-batches, and
the final loss and accuracy printed.
"""

import sys

import numpy as np


def data(name):
    rng = np.random.default_rng(0)
    if name == "xor":
        return np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]), np.array([[0.0], [1.0], [1.0], [0.0]])
    n = 10_000
    t = np.linspace(0.0, np.pi, n // 2)
    x = np.concatenate([np.stack([np.cos(t), np.sin(t)], 1), np.stack([1 - np.cos(t), 0.5 - np.sin(t)], 1)])
    x += 0.1 * rng.standard_normal(x.shape)
    y = np.concatenate([np.zeros(n // 2), np.ones(n // 2)]).reshape(-1, 1)
    return x, y


def main(name):
    x, y = data(name)
    sizes, epochs, batch, lr = ([2, 8, 1], 5000, None, 0.05) if name == "xor" else ([2, 64, 64, 1], 20, 64, 0.01)
    rng = np.random.default_rng(1)
    params = []
    for fan_in, fan_out in zip(sizes, sizes[1:]):
        bound = 1 / np.sqrt(fan_in)
        params += [rng.uniform(-bound, bound, (fan_in, fan_out)), rng.uniform(-bound, bound, fan_out)]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    beta1, beta2, eps, t = 0.9, 0.999, 1e-8, 0
    n = len(x)
    batch = batch or n
    for _ in range(epochs):
        order = rng.permutation(n) if batch < n else None
        xs, ys = (x[order], y[order]) if order is not None else (x, y)
        for start in range(0, n, batch):
            a, target = xs[start:start + batch], ys[start:start + batch]
            inputs, masks = [], []
            for k in range(0, len(params), 2):
                inputs.append(a)
                z = a @ params[k] + params[k + 1]
                if k + 2 < len(params):
                    masks.append(z > 0)
                    a = z * masks[-1]
                else:
                    a = z
            p = 1 / (1 + np.exp(-a))
            delta = (p - target) / len(a)
            grads = [None] * len(params)
            for k in range(len(params) - 2, -1, -2):
                grads[k] = inputs[k // 2].T @ delta
                grads[k + 1] = delta.sum(0)
                if k:
                    delta = (delta @ params[k].T) * masks[k // 2 - 1]
            t += 1
            for p_, g, m_, v_ in zip(params, grads, m, v):
                m_ += (1 - beta1) * (g - m_)
                v_ *= beta2
                v_ += (1 - beta2) * g * g
                p_ -= (lr / (1 - beta1**t)) * m_ / (np.sqrt(v_) / np.sqrt(1 - beta2**t) + eps)
    a = x
    for k in range(0, len(params), 2):
        a = a @ params[k] + params[k + 1]
        if k + 2 < len(params):
            a = np.maximum(a, 0)
    loss = np.mean(np.maximum(a, 0) - a * y + np.log1p(np.exp(-np.abs(a))))
    print(f"loss {loss:.6f} accuracy {np.mean((a > 0) == (y == 1)):.4f}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "xor")
