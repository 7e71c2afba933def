"""Printed arithmetic a calculator reproduces: ``a·b·c = r`` from the printed numbers gives the printed r.

The sentences are parsed here with their own small reader and recomputed exactly (fractions), for random
products and sums at every precision, and for the chain rule's product of local derivatives over 500
generated expressions and points.
"""

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
    """``left = r``: the left side, computed from its printed numbers, written to ``precision`` significant
    digits, is r; ``left ≈ r``: allowed only with one more significant digit than --precision in the numbers."""
    approximate = " ≈ " in sentence
    left, result = sentence.rsplit(" ≈ " if approximate else " = ", 1)
    total = sum((_product(term) for term in left.split(" + ")), Fraction(0))
    if approximate:
        assert all(_significant_digits(number) <= max(precision + 1, len(number.partition(".")[0]) + 1)
                   for number in re.findall(r"\d+\.\d+", left)), sentence
        return
    if "/" in result:  # an exact fraction: the printed numbers give exactly it
        assert total == read(result), sentence
    else:
        assert format_number(float(total), precision) == _as_float_text(result, precision), sentence


def _significant_digits(number: str) -> int:
    return len(number.replace(".", "").lstrip("0"))


def _as_float_text(result: str, precision: int) -> str:
    """The printed result as a float result is printed: an integral one may be written ``1`` (exact) or
    ``1.0`` (rounded to it); both read as the number the calculator must round to."""
    text = result.strip()
    return text if "." in text or "e" in text else format_number(float(read(text)), precision)


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


@settings(max_examples=500, deadline=None)
@given(st.lists(st.decimals(-6, 6, places=2).map(float), min_size=2, max_size=8), st.integers(2, 5))
def test_softmax_s_sum_reproduces_its_printed_total(logits, precision):
    import json

    from conftest import run_cli

    document = json.loads(run_cli("softmax", ",".join(map(repr, logits)), "--precision", str(precision),
                                  "--json").stdout)
    text = next(item["text"] for item in document["steps"] if item["rule"] == "softmax.sum")
    check_sentence(text.split("Σ = ", 1)[1], precision)
