"""The loops of the train budgets in PyTorch (float64), for the comparison the issue asks for.

Run by hand where torch is installed (mlmath never needs it):

    python benchmarks/train_torch.py xor      # layers 2,8,1, 5000 full-batch epochs of Adam
    python benchmarks/train_torch.py moons    # 10,000 samples, layers 2,64,64,1, batch 64, 20 epochs

Single-threaded, as the NumPy runs effectively are on tensors this small.  Prints the median time
of three loops (after the imports, each with a fresh model) beside the result: ``train_loop.py``
times mlmath's loop the same way, so the two loops compare without either library's import
(``benchmarks/run.py`` does, given ``MLMATH_TORCH_PYTHON``).
"""

import statistics
import sys
import time

import numpy as np
import torch

torch.set_default_dtype(torch.float64)
torch.set_num_threads(1)


def main(name):
    if name == "xor":
        x = torch.tensor([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
        y = torch.tensor([[0.0], [1.0], [1.0], [0.0]])
        sizes, epochs, batch, lr = [2, 8, 1], 5000, 4, 0.05
    else:
        n = 10_000
        t = np.linspace(0.0, np.pi, n // 2)
        points = np.concatenate([np.stack([np.cos(t), np.sin(t)], 1), np.stack([1 - np.cos(t), 0.5 - np.sin(t)], 1)])
        points += 0.1 * np.random.default_rng(0).standard_normal(points.shape)
        x = torch.tensor(points)
        y = torch.tensor(np.concatenate([np.zeros(n // 2), np.ones(n // 2)]).reshape(-1, 1))
        sizes, epochs, batch, lr = [2, 64, 64, 1], 20, 64, 0.01
    seconds = []
    for _ in range(3):
        model, criterion, loop = run(x, y, sizes, epochs, batch, lr)
        seconds.append(loop)
    with torch.no_grad():
        z = model(x)
        print(f"loss {criterion(z, y).item():.6f} accuracy {((z > 0) == (y == 1)).double().mean().item():.4f} "
              f"loop {statistics.median(seconds):.3f} s")


def run(x, y, sizes, epochs, batch, lr):
    layers = []
    for fan_in, fan_out in zip(sizes, sizes[1:]):
        layers += [torch.nn.Linear(fan_in, fan_out), torch.nn.ReLU()]
    model = torch.nn.Sequential(*layers[:-1])
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    criterion = torch.nn.BCEWithLogitsLoss()
    n = len(x)
    began = time.perf_counter()
    for _ in range(epochs):
        order = torch.randperm(n) if batch < n else torch.arange(n)
        for start in range(0, n, batch):
            rows = order[start:start + batch]
            optimizer.zero_grad()
            loss = criterion(model(x[rows]), y[rows])
            loss.backward()
            optimizer.step()
    return model, criterion, time.perf_counter() - began


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "xor")
