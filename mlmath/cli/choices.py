"""The names a user can Tab-complete, kept light: completion must not import numpy.

The core modules own these lists; a test checks that the copies here match them.
"""

from __future__ import annotations

from collections.abc import Callable

LOSS_KINDS = ("mse", "mae", "rmse", "huber", "bce", "ce", "categorical-ce", "sparse-ce",
              "l2", "l1", "cross-entropy", "binary-cross-entropy")
REDUCTIONS = ("mean", "sum", "none")
ACTIVATIONS = ("sigmoid", "tanh", "relu", "leaky-relu", "softplus", "gelu", "softmax")
GELU_APPROXIMATIONS = ("none", "tanh")
OPTIMIZERS = ("sgd", "momentum", "nesterov", "adam", "adamw", "adagrad", "rmsprop")
FUNCTIONS = ("rosenbrock", "beale", "himmelblau", "booth", "sphere", "quadratic", "matyas", "rastrigin", "saddle")
LANGUAGES = ("en", "ko")


def complete(names: tuple[str, ...]) -> Callable[[str], list[str]]:
    """A Typer completion function offering the ``names`` that start with what was typed."""

    def completion(incomplete: str) -> list[str]:
        return [name for name in names if name.startswith(incomplete)]

    return completion


def complete_list(names: tuple[str, ...]) -> Callable[[str], list[str]]:
    """Completion for a comma-separated list (``sgd,mo`` → ``sgd,momentum``): the last item is completed."""

    def completion(incomplete: str) -> list[str]:
        done, _, last = incomplete.rpartition(",")
        prefix = f"{done}," if done else ""
        return [prefix + name for name in names if name.startswith(last)]

    return completion
