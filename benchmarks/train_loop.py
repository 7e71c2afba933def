"""mlmath's training loop alone, timed as ``train_torch.py`` times PyTorch's: after the imports.

    python benchmarks/train_loop.py xor      # layers 2,8,1, 5000 full-batch epochs of Adam, lr 0.05
    python benchmarks/train_loop.py moons    # 10,000 samples, layers 2,64,64,1, batch 64, 20 epochs

Prints the median of seven runs of ``mlmath.core.train``, its worked first batch included.
"""

import statistics
import sys
import time

from mlmath.core.training import train

RUNS = {
    "xor": dict(layers=[2, 8, 1], epochs=5000, lr=0.05),
    "moons": dict(samples=10_000, layers=[2, 64, 64, 1], batch_size=64, epochs=20, lr=0.01),
}


def main(name: str) -> None:
    seconds = []
    for _ in range(7):
        start = time.perf_counter()
        result = train(name, **RUNS[name])
        seconds.append(time.perf_counter() - start)
    print(f"loss {result.metrics['train_loss']:.6f} accuracy {result.metrics['train_accuracy']:.4f} "
          f"loop {statistics.median(seconds):.3f} s")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "xor")
