"""Baseline of the optimize --json budget: Adam on Rosenbrock in a plain-Python loop, written as JSON.

    python benchmarks/optimize_json_baseline.py 1000000

The same run as ``mlmath optimize rosenbrock --optimizer adam --steps N --json`` (lr 0.001, β = (0.9,
0.999), ε = 1e-8, from (−1.5, 2)), every point and loss kept, and one document with the same keys
written by ``json.dumps``.
"""

import json
import math
import sys


def main(steps: int) -> None:
    lr, beta1, beta2, eps = 1e-3, 0.9, 0.999, 1e-8
    x, y = -1.5, 2.0
    mx = my = vx = vy = 0.0
    trajectory = [[x, y]]
    losses = [(1 - x) ** 2 + 100 * (y - x * x) ** 2]
    for t in range(1, steps + 1):
        gx = -2 * (1 - x) - 400 * x * (y - x * x)
        gy = 200 * (y - x * x)
        mx = beta1 * mx + (1 - beta1) * gx
        my = beta1 * my + (1 - beta1) * gy
        vx = beta2 * vx + (1 - beta2) * gx * gx
        vy = beta2 * vy + (1 - beta2) * gy * gy
        step = lr / (1 - beta1**t)
        root = math.sqrt(1 - beta2**t)
        x -= step * mx / (math.sqrt(vx) / root + eps)
        y -= step * my / (math.sqrt(vy) / root + eps)
        trajectory.append([x, y])
        losses.append((1 - x) ** 2 + 100 * (y - x * x) ** 2)
    document = {
        "command": "optimize", "result": [x, y], "value": losses[-1], "function": "rosenbrock",
        "variables": ["x", "y"], "start": [-1.5, 2.0],
        "optimizer": {"name": "adam", "lr": lr, "beta1": beta1, "beta2": beta2, "eps": eps, "weight_decay": 0.0,
                      "amsgrad": False, "maximize": False},
        "steps_run": steps, "status": "done", "stopped_at": None, "minimum": [1.0, 1.0],
        "distance_to_minimum": math.hypot(x - 1, y - 1), "every": 1,
        "trajectory_steps": list(range(steps + 1)), "trajectory": trajectory, "losses": losses,
        "schedule": None, "lrs": None, "steps": [{"rule": "optimize.start", "text": f"start at ({x}, {y})"}],
    }
    sys.stdout.write(json.dumps(document, ensure_ascii=False))
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(int(sys.argv[1]))
