"""Printed arithmetic a calculator reproduces: ``a·b·c = r`` from the printed numbers gives the printed r.

The sentences are parsed here with their own small reader and recomputed exactly (fractions), for random
products and sums at every precision, and for the chain rule's product of local derivatives over 500
generated expressions and points.
"""

import math
import re
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from mlmath.core.result import Computed, step
from mlmath.render.numbers import format_number
from mlmath.render.steps import step_text

NUMBER = re.compile(r"\(?(-?\d+(?:\.\d+)?(?:e[-+]\d+)?(?:/\d+)?)\)?")


def read(text: str) -> Fraction:
    return Fraction(NUMBER.fullmatch(text.strip()).group(1))


def check_sentence(sentence: str, precision: int) -> None:
    """``left = r``: the left side, computed from its printed numbers (a sum of products, over a divisor,
    inside arccos in degrees or √), rounded to ``precision`` significant digits, is the printed r (0.417 for
    0.4170); ``left ≈ r``: allowed only with one more significant digit than --precision in the numbers."""
    approximate = " ≈ " in sentence
    left, result = sentence.rsplit(" ≈ " if approximate else " = ", 1)
    if approximate:
        assert all(_significant_digits(number) <= max(precision + 1, len(number.partition(".")[0]) + 1)
                   for number in re.findall(r"\d+\.\d+", left)), sentence
        return
    total = _evaluate(left)
    if "/" in result:  # an exact fraction: the printed numbers give exactly it
        assert total == read(result), sentence
    else:
        assert Fraction(format_number(float(total), precision)) == read(result), sentence


def _evaluate(left: str):
    """A calculator: ``arccos(x)`` in degrees, ``√x``, ``(a + b·c) / (d·e)``."""
    if left.startswith("arccos(") and left.endswith(")"):
        return math.degrees(math.acos(_evaluate(left[len("arccos("):-1])))
    if left.startswith("√"):
        return math.sqrt(_evaluate(left[1:].removeprefix("(").removesuffix(")")))
    numerator, _, denominator = left.partition(" / ")
    numerator = numerator.removeprefix("(").removesuffix(")") if " + " in numerator else numerator
    total = sum((_product(term) for term in numerator.split(" + ")), Fraction(0))
    return total / _product(denominator.removeprefix("(").removesuffix(")")) if denominator else total


def _significant_digits(number: str) -> int:
    return len(number.replace(".", "").lstrip("0"))


def _product(term: str) -> Fraction:
    value = Fraction(1)
    for factor in term.split("·"):
        value *= read(factor)
    return value


SIZES = st.one_of(st.integers(-9, 9), st.floats(-50, 50, allow_nan=False).filter(lambda v: abs(v) > 1e-3))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.lists(SIZES, min_size=1, max_size=4), min_size=1, max_size=4), st.integers(2, 6))
def test_a_computed_sentence_reproduces_its_result(terms, precision):
    value = sum(_exact_product(term) for term in terms)
    computed = Computed(tuple(tuple(term) if len(term) > 1 else term[0] for term in terms), float(value))
    sentence = step_text(step("chain.product_value", y="y", x="x", product=computed), precision, "en")
    check_sentence(sentence.removeprefix("dy/dx = "), precision)


def _exact_product(term):
    value = Fraction(1)
    for factor in term:
        value *= Fraction(factor)
    return value


TEMPLATES = ["exp(sin({a}*x))", "sin({a}*x^2)", "tanh({a}*x + 1)", "log(1 + x^2)*{a}", "sigmoid({a}*x - 1)",
             "cos(exp({a}*x))"]


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(TEMPLATES), st.integers(1, 5), st.floats(-2, 2, allow_nan=False).map(lambda v: round(v, 3)),
       st.integers(2, 5))
def test_the_chain_rules_product_reproduces_the_printed_derivative(template, a, x, precision):
    from conftest import run_cli

    run = run_cli("chain", template.format(a=a), "--at", f"x={x}", "--precision", str(precision))
    assert run.code == 0, run.stderr
    lines = [line for line in run.stdout.splitlines() if re.search(r"\d\. dy/dx = [-\d.()·+/e≈=\s]*$", line)]
    assert len(lines) == 1, run.stdout  # the product of the local derivatives at the point
    for line in lines:
        check_sentence(line.split("dy/dx = ", 1)[1], precision)


ENTRIES = st.one_of(st.integers(-9, 9), st.decimals(-20, 20, places=3).map(float))


@settings(max_examples=500, deadline=None)
@given(st.integers(1, 6).flatmap(lambda n: st.tuples(st.lists(ENTRIES, min_size=n, max_size=n),
                                                      st.lists(ENTRIES, min_size=n, max_size=n))),
       st.integers(2, 5))
def test_dot_and_matmul_sums_reproduce_their_printed_results(vectors, precision):
    import json

    from conftest import run_cli

    a, b = (",".join(repr(value) for value in vector) for vector in vectors)
    for args, rule in ((("dot", a, b), "dot.sum"), (("matmul", f"[[{a}]]", f"[[{b}]]ᵀ"), "matmul.cell")):
        document = json.loads(run_cli(*args, "--precision", str(precision), "--json").stdout)
        text = next(item["text"] for item in _flat(document["steps"]) if item["rule"] == rule)
        # dot: a·b = products = the terms and their sum; matmul: c₁₁ = row 1 · column 1 = the sum of products
        check_sentence(text.split(" = ", 2)[2], precision)


def _flat(steps):
    for item in steps:
        yield item
        yield from _flat(item.get("steps", []))


def _sentences(text: str, separator: str = ", ") -> list[str]:
    """``a / b = r, c / d = s``: each sentence of a list (a shortened list's … skipped)."""
    return [part for part in text.split(separator) if part.strip() != "…"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.decimals(-6, 6, places=2).map(float), min_size=2, max_size=8), st.integers(2, 5))
def test_softmax_s_sum_and_quotients_reproduce_their_printed_results(logits, precision):
    import json

    from conftest import run_cli

    document = json.loads(run_cli("softmax", ",".join(map(repr, logits)), "--precision", str(precision),
                                  "--json").stdout)
    steps = {item["rule"]: item["text"] for item in document["steps"]}
    check_sentence(steps["softmax.sum"].split("Σ = ", 1)[1], precision)  # Σ = e₁ + e₂ + … = total
    quotients = steps["softmax.divide"].split("eᵢ/Σ: ", 1)[1].rsplit("; the probabilities", 1)[0]
    for sentence in _sentences(quotients):  # pᵢ = eᵢ / Σ, each
        check_sentence(sentence, precision)


@settings(max_examples=500, deadline=None)
@given(st.integers(2, 5).flatmap(lambda n: st.tuples(st.lists(ENTRIES, min_size=n, max_size=n),
                                                      st.lists(ENTRIES, min_size=n, max_size=n))),
       st.integers(2, 5))
def test_cosine_s_quotient_and_angle_reproduce_their_printed_results(vectors, precision):
    import json

    from conftest import run_cli
    from hypothesis import assume

    assume(any(vectors[0]) and any(vectors[1]))
    a, b = (",".join(repr(value) for value in vector) for vector in vectors)
    document = json.loads(run_cli("cosine", a, b, "--precision", str(precision), "--json").stdout)
    steps = {item["rule"]: item["text"] for item in _flat(document["steps"])}
    check_sentence(steps["cosine.formula"].split(" = ", 2)[2], precision)  # a·b / (|a|·|b|) from the numbers
    check_sentence(steps["cosine.angle"].removeprefix("θ = ").removesuffix("°"), precision)  # arccos in degrees


LOSSES = [("mse", st.decimals(-5, 5, places=2)), ("mae", st.decimals(-5, 5, places=2)),
          ("rmse", st.decimals(-5, 5, places=2)), ("bce", st.decimals("0.01", "0.99", places=2))]


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(LOSSES).flatmap(lambda loss: st.tuples(
    st.just(loss[0]), st.lists(st.tuples(loss[1].map(float), loss[1].map(float)), min_size=1, max_size=6))),
    st.sampled_from(["mean", "sum"]), st.integers(2, 5))
def test_a_loss_s_reduction_reproduces_its_printed_value(case, reduction, precision):
    import json

    from conftest import run_cli

    kind, pairs = case
    pred = ",".join(repr(p) for p, _ in pairs)
    target = ",".join(repr(round(t) if kind == "bce" else t) for _, t in pairs)  # bce: targets 0 or 1
    run = run_cli("loss", kind, "--pred", pred, "--target", target, "--reduction", reduction,
                  "--precision", str(precision), "--json")
    assert run.code == 0, run.stderr
    text = next(item["text"] for item in json.loads(run.stdout)["steps"] if item["rule"].startswith("loss.reduce."))
    for sentence in text.split(": ", 1)[1].split("; "):  # rmse: the mean of the squares; its root
        check_sentence(sentence, precision)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.decimals(-3, 3, places=2).map(float), min_size=1, max_size=2),
       st.sampled_from(["0.1", "0.01", "0.05"]), st.integers(1, 4), st.sampled_from(["adam", "adamw", "radam"]),
       st.integers(2, 5))
def test_adam_s_bias_corrections_reproduce_their_printed_values(start, lr, steps, optimizer, precision):
    import json

    from conftest import run_cli

    function = "x^2 + 3*y^2" if len(start) == 2 else "x^4 - x"
    run = run_cli("optimize", function, "--start", ",".join(map(repr, start)), "--optimizer", optimizer,
                  "--lr", lr, "--steps", str(steps), "--precision", str(precision), "--json")
    assert run.code == 0, run.stderr
    texts = [item["text"] for item in _flat(json.loads(run.stdout)["steps"])
             if item["rule"] in ("optimize.q.m_hat", "optimize.q.v_hat")]
    assert texts
    for text in texts:  # m̂ = m/(1 − β₁^t): 0.36 / 0.19 = 1.895; 2.22 / 0.19 = 11.68  (bias correction …)
        for sentence in text.split("): ", 1)[1].split("  (")[0].split("; "):
            check_sentence(sentence, precision)


WORDS = st.lists(st.sampled_from(["the", "cat", "sat", "on", "mat", "a", "dog"]), min_size=2, max_size=5)


@settings(max_examples=500, deadline=None)
@given(WORDS, st.integers(0, 10_000), st.sampled_from([4, 8]), st.integers(2, 5))
def test_attention_s_dot_products_scaling_and_softmax_reproduce_their_printed_values(words, seed, width,
                                                                                        precision):
    import json

    from conftest import run_cli

    run = run_cli("attention", "--seq", " ".join(words), "--seed", str(seed), "--d-model", str(width),
                  "--precision", str(precision), "--json")
    assert run.code == 0, run.stderr
    steps = list(_flat(json.loads(run.stdout)["steps"]))
    dots = [item["text"] for item in steps if item["rule"] == "attention.dot"]
    assert dots
    for text in dots:  # q_sat·k_the = q₁·k₁ + … = r
        check_sentence(text.split(" = ", 1)[1], precision)
    scale = next(item["text"] for item in steps if item["rule"] == "attention.scale")
    check_sentence(re.search(r"e\.g\. (.*) for ", scale).group(1), precision)  # raw / √d_k = scaled
    row = next(item["text"] for item in steps if item["rule"] == "attention.softmax_row")
    total = row.split("their sum is ", 1)[1].split("; weights", 1)[0]
    check_sentence(total, precision)
    for sentence in _sentences(row.split("exp / sum: ", 1)[1]):
        check_sentence(sentence, precision)
