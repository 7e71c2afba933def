"""Exercise generators: every answer agrees with a plainly written formula here, and with the command itself.

The formulas below read the exercise's own command line (the operands as the learner sees them) and
recompute the answer with NumPy or by finite differences, never with mlmath.  1,000 seeds per topic
(334 seeds × 3 difficulties) are checked against them: cheap, pure Python.  The command's own
``--expect`` is run in-process on fewer seeds per topic (a run costs 5–35 ms, sixteen topics × 1,000
runs would take minutes of CI); set MLMATH_EXERCISE_SEEDS=334 to run the full 1,000 per topic.
"""

from __future__ import annotations

import json
import math
import os
import re

import numpy as np
import pytest

from mlmath.core.exercises import TOPICS, Exercise, exercise, exercises_for, weakest_topic

SEEDS = range(334)  # × 3 difficulties: 1,002 exercises per topic
CLI_SEEDS = range(int(os.environ.get("MLMATH_EXERCISE_SEEDS", "12")))


def value(text: str) -> np.ndarray:
    """A number, vector (1,2), column (1;2), matrix ([[1,2],[3,4]] or 1,2;3,4) with fractions, as floats."""
    text = text.strip()
    if not text.startswith("["):
        rows = [row.split(",") for row in text.split(";")]
        text = "[" + ",".join("[" + ",".join(rows[i]) + "]" for i in range(len(rows))) + "]" if ";" in text \
            else "[" + text + "]"
    text = re.sub(r"(-?\d+)/(\d+)", r"(\1/\2)", text)
    assert re.fullmatch(r"[\d\s,.\[\]()/+-]*", text), text
    return np.array(eval(text, {"__builtins__": {}}), dtype=float)  # our own generated text only


def option(run: tuple[str, ...], name: str) -> str:
    return run[run.index(name) + 1]


def softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


FUNCTIONS = {"sin": math.sin, "cos": math.cos, "exp": math.exp, "log": math.log, "tanh": math.tanh,
             "sigmoid": lambda z: 1 / (1 + math.exp(-z)), "relu": lambda z: max(z, 0.0),
             "step": lambda z: 1.0 if z > 0 else 0.0}


def evaluate(expression: str, **point: float) -> float:
    return eval(expression, {"__builtins__": {}, **FUNCTIONS}, point)  # our own generated text only


def slope(expression: str, variable: str, point: dict[str, float], h: float = 1e-6) -> float:
    up, down = dict(point), dict(point)
    up[variable] += h
    down[variable] -= h
    return (evaluate(expression, **up) - evaluate(expression, **down)) / (2 * h)


def reference(item: Exercise) -> np.ndarray:
    """The answer recomputed from the operands of the command line."""
    run = item.run
    command = run[0]
    if command == "matmul":
        return value(run[1]) @ value(run[2])
    if command == "dot":
        return np.array(value(run[1]) @ value(run[2]))
    if command == "cosine":
        a, b = value(run[1]), value(run[2])
        return np.array(a @ b / np.sqrt((a @ a) * (b @ b)))
    if command == "transpose":
        return value(run[1]).T
    if command == "inverse":
        return np.linalg.inv(value(run[1]))
    if command == "det":
        return np.array(np.linalg.det(value(run[1])))
    if command == "chain":
        point = {name: float(number) for name, number in (pair.split("=") for pair in option(run, "--at").split(","))}
        return np.array(slope(run[1], "x", point))
    if command == "derive" and "--at" in run:  # an activation's derivative at a point
        x = value(option(run, "--at").split("=")[1]).item()
        if run[1] == "relu(x)":
            return np.array(1.0 if x > 0 else 0.0)  # relu′(0) = 0, as PyTorch
        return np.array(slope(run[1], "x", {"x": x}))
    if command == "softmax":
        return softmax(value(run[1]))
    if command == "activation":
        x = value(run[2]).item()
        return np.array({"sigmoid": 1 / (1 + math.exp(-x)), "tanh": math.tanh(x), "relu": max(x, 0.0),
                         "leaky-relu": x if x > 0 else 0.01 * x}[run[1]])
    if command == "loss":
        pred, target = value(option(run, "--pred")), value(option(run, "--target"))
        kind = run[1]
        if kind == "ce":
            probabilities = softmax(pred)
            return np.array(-np.mean(np.log(probabilities[np.arange(len(target)), target.astype(int)])))
        error = pred - target
        return np.array({  # each formula only for its own kind (bce's logs want probabilities)
            "mse": lambda: np.mean(error ** 2), "mae": lambda: np.mean(np.abs(error)),
            "rmse": lambda: np.sqrt(np.mean(error ** 2)),
            "huber": lambda: np.mean(np.where(np.abs(error) <= 1, 0.5 * error ** 2, np.abs(error) - 0.5)),
            "bce": lambda: -np.mean(target * np.log(pred) + (1 - target) * np.log(1 - pred)),
        }[kind]())
    if command == "optimize":
        a = float(run[1].split("*")[0]) if run[1] != "x**2" else 1.0
        x, lr = float(option(run, "--start")), value(option(run, "--lr")).item()
        name, steps = option(run, "--optimizer"), int(option(run, "--steps"))
        buffer = m = v = 0.0
        for t in range(1, steps + 1):
            g = 2 * a * x  # f = a·x², torch.optim's update rules
            if name == "sgd":
                x -= lr * g
            elif name == "momentum":
                buffer = g if t == 1 else 0.9 * buffer + g
                x -= lr * buffer
            else:
                m, v = 0.9 * m + 0.1 * g, 0.999 * v + 0.001 * g * g
                x -= lr * (m / (1 - 0.9 ** t)) / (math.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
        if item.key.startswith("state."):  # Adam's running quantities after the last step
            return np.array([{"m": m, "v": v, "m_hat": m / (1 - 0.9 ** steps),
                              "v_hat": v / (1 - 0.999 ** steps)}[item.key.removeprefix("state.")]])
        return np.array(x)
    if command == "train":
        # nn.Linear's initial weights as train documents them: the third of four generators spawned from
        # the seed, W then b uniform in ±1/√fan_in; then full-batch SGD on MSE: W ← W − lr·Xᵀ·2(XW + b − y)/4
        seed, lr, epochs = int(option(run, "--seed")), float(option(run, "--lr")), int(option(run, "--epochs"))
        rng = np.random.default_rng(np.random.SeedSequence(seed).spawn(4)[2])
        w = rng.uniform(-1 / math.sqrt(2), 1 / math.sqrt(2), size=(2, 1))
        b = rng.uniform(-1 / math.sqrt(2), 1 / math.sqrt(2), size=(1,))
        x, y = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]), np.array([[0.0], [1.0], [1.0], [0.0]])
        for _ in range(epochs):
            dz = 2 * (x @ w + b - y) / 4
            w, b = w - lr * x.T @ dz, b - lr * dz.sum(axis=0)
        return w if item.key.endswith(".W") else b
    if command == "attention":
        x = value(option(run, "--embeddings"))
        q, k = x @ value(option(run, "--wq")), x @ value(option(run, "--wk"))
        return softmax(q @ k.T / math.sqrt(k.shape[1]))
    if command == "normalize":
        x = value(run[1])
        if "--method" in run:  # minmax
            return (x - x.min(axis=0)) / (x.max(axis=0) - x.min(axis=0))
        return (x - x.mean(axis=0)) / x.std(axis=0)  # population standard deviation, as scikit-learn
    if command == "layer":
        z = value(option(run, "--x")) @ value(option(run, "--w")) + value(option(run, "--b"))
        act = option(run, "--activation")
        return {"identity": z, "relu": np.maximum(z, 0), "sigmoid": 1 / (1 + np.exp(-z))}[act][None, :]
    if command == "conv":
        image, kernel = value(run[1]), value(option(run, "--kernel"))
        stride = int(option(run, "--stride")) if "--stride" in run else 1
        size = (image.shape[0] - kernel.shape[0]) // stride + 1
        return np.array([[np.sum(image[i * stride:i * stride + 2, j * stride:j * stride + 2] * kernel)
                          for j in range(size)] for i in range(size)])
    raise AssertionError(f"no reference for {command}")


def answer_matches(item: Exercise, expected: np.ndarray) -> bool:
    answer = value(item.answer)
    # an exact answer to 1e-9; a decimal one to its four decimals (half a unit: 5e-5)
    tolerance = 1e-9 if item.exact else 5e-5 + 1e-9
    if item.run[0] in ("chain", "derive"):
        tolerance += 1e-6  # the reference is a central difference
    return answer.size == expected.size and bool(np.all(np.abs(answer.reshape(expected.shape) - expected) <= tolerance))


@pytest.mark.parametrize("topic", [topic for topic in TOPICS if topic != "derive"])
def test_every_answer_agrees_with_a_formula_written_here(topic):
    for seed in SEEDS:
        for difficulty in (1, 2, 3):
            item = exercise(topic, difficulty, seed)
            assert answer_matches(item, reference(item)), (item.run, item.answer, reference(item))


def test_every_derivative_agrees_with_finite_differences():
    points = (0.35, 0.8, 1.3, 2.15)  # away from relu's kink and from a quotient's pole at a small integer
    for seed in SEEDS:
        for difficulty in (1, 2, 3):
            item = exercise("derive", difficulty, seed)
            for x in points:
                try:
                    expected = slope(item.run[1], "x", {"x": x})
                except (ValueError, ZeroDivisionError):
                    continue
                got = evaluate(item.answer, x=x)
                assert math.isclose(got, expected, rel_tol=1e-5, abs_tol=1e-5), (item.run, item.answer, x)


@pytest.mark.parametrize("topic", TOPICS)
def test_the_command_itself_accepts_every_answer(topic):
    """The answer passes the command's own --expect (another JSON key: the comparison --expect makes)."""
    from mlmath.cli.inprocess import run_inprocess
    from mlmath.core.compare import numbers_match
    from mlmath.parsing.numbers import default_tolerance, parse_array

    for seed in CLI_SEEDS:
        for difficulty in (1, 2, 3):
            item = exercise(topic, difficulty, seed)
            if item.key == "result":
                options = ["--json", "--no-steps", f"--expect={item.answer}"]
                ran = run_inprocess([item.run[0], *options, *item.run[1:]])
                assert ran.code == 0, (item.run, item.answer, ran.stdout[-300:], ran.stderr)
            else:
                document = json.loads(run_inprocess([*item.run, "--json", "--no-steps"]).stdout)
                for part in item.key.split("."):  # "weights", "state.m", "parameters.0.W"
                    document = document[int(part)] if part.isdigit() else document[part]
                assert numbers_match(document, parse_array(item.answer, "expect"),
                                     min(default_tolerance(item.answer), float(item.tol or 1))), \
                    (item.run, item.answer)


def test_the_same_seed_gives_the_same_exercise_and_numbers_stay_small():
    assert exercise("matmul", 2, 7) == exercise("matmul", 2, 7)
    assert exercise("matmul", 2, 7) != exercise("matmul", 2, 8)
    for topic in TOPICS:
        for seed in range(50):
            item = exercise(topic, 1, seed)
            operands = " ".join(item.run[1:]).split(" --seed ")[0]  # a seed is not an operand
            numbers = [abs(float(n)) for n in re.findall(r"-?\d+(?:\.\d+)?", operands)]
            assert max(numbers, default=0) <= 12, (topic, item.run)


def test_exact_answers_are_fractions_and_decimals_ask_for_two_places():
    assert exercise("inverse", 2, 3).exact and "/" in exercise("inverse", 2, 3).answer
    assert exercise("dot", 1, 0).answer.lstrip("-").isdigit()
    softmax_item = exercise("softmax", 1, 1)
    assert softmax_item.tol == "0.005" and re.fullmatch(r"\[\d\.\d{4}, \d\.\d{4}\]", softmax_item.answer)


def test_exercises_take_the_topics_in_turn_with_consecutive_seeds():
    items = exercises_for(["matmul", "derive", "softmax"], 7, seed=7)
    assert [item.topic for item in items] == ["matmul", "derive", "softmax"] * 2 + ["matmul"]
    assert [item.seed for item in items] == list(range(7, 14))


def test_the_weakest_topic_is_the_lowest_share_right_counting_untried_as_half():
    assert weakest_topic({}) == "matmul"
    progress = {"matmul": {"correct": 3, "total": 3}, "dot": {"correct": 1, "total": 4}}
    assert weakest_topic(progress) == "dot"  # 2/6 < ½ (untried)
    assert weakest_topic({"matmul": {"correct": 1, "total": 1}}) == "dot"  # untried ½ < matmul 2/3


def test_unknown_topics_and_difficulties_are_errors_that_name_them():
    from mlmath.errors import InputError

    with pytest.raises(InputError, match="no exercises for .?matmu"):
        exercise("matmu")
    with pytest.raises(InputError, match="difficulty .?4.? is not"):
        exercise("dot", 4)
