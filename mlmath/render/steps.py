"""Steps → sentences (in the chosen language, numbers to ``--precision``) → a Rich tree."""

from __future__ import annotations

import math
import string
from typing import Any

from mlmath.core.result import MORE, Computed, Step, shortened
from mlmath.render.numbers import DEFAULT_PRECISION, format_number
from mlmath.text import template


class _StepFormatter(string.Formatter):
    """``str.format`` that writes numbers to a precision and joins lists.

    ``{terms}`` with a list joins items with ", "; ``{terms: + }`` joins them with
    " + "; ``{entries:squares}`` writes ``1² + (-2)² + 3²``.  A tuple inside a
    list is a product, written ``a·b`` with negative factors in parentheses.
    Long lists keep their first and last items around an ellipsis.  A Step
    among the values is a phrase ("problem 3"), written from its own template.
    """

    def __init__(self, precision: int, lang: str | None = None):
        super().__init__()
        self.precision = precision
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Computed):
            return self._computed(value)
        if isinstance(value, list):
            value = shortened(value)  # before any number is formatted: a list may hold millions
            if format_spec == "squares":
                return " + ".join(item if item == MORE else self._parenthesised(self._item(item)) + "²"
                                  for item in value)
            separator = format_spec if format_spec else ", "
            if "+" in separator:  # a sum: -3 + (-8), and with products 1·3 + (-2)·4
                items = [self._term(item, first=index == 0) for index, item in enumerate(value)]
            else:
                items = [self._item(item) for item in value]
            return separator.join(items)
        if isinstance(value, tuple):
            return self._product(value)
        if format_spec == "p":  # parenthesised where it would otherwise misread: (1/2), (-3)
            return self._parenthesised(self._item(value))
        if format_spec and isinstance(value, str):
            return format(value, format_spec)
        return self._item(value)

    def _item(self, value: Any) -> str:
        if isinstance(value, Computed):  # one of a list of sentences: 0.3600/0.19 = 1.895, 0.1/0.19 = 0.5263
            return self._computed(value)
        if isinstance(value, tuple):
            return self._product(value)
        if isinstance(value, str):
            return value
        if isinstance(value, Step):
            return step_text(value, self.precision, self.lang)
        if type(value).__module__ == "numpy" and getattr(value, "ndim", 0) > 0:
            return "[" + ", ".join(self._item(item) for item in value.tolist()) + "]"
        return format_number(value, self.precision)

    def _term(self, value: Any, first: bool) -> str:
        """One term of a sum: after the first, a negative number or a product's negative first factor
        is parenthesised."""
        if isinstance(value, tuple):
            return self._product(value, leading=first)
        text = self._item(value)
        return f"({text})" if text.startswith("-") and not first else text

    def _product(self, factors: tuple[Any, ...], leading: bool = True) -> str:
        """``a·b``: every factor but a leading one parenthesised when negative or a fraction."""
        parts = []
        for factor in factors:
            text = self._item(factor)
            parts.append(self._parenthesised(text) if parts or not leading or "/" in text else text)
        return "·".join(parts)

    def _computed(self, value: Computed) -> str:
        """``a·b·c = r``, ``(a + b) / n = r`` or ``arccos(c) = r``, where the printed numbers give the printed r
        on a calculator: to ``--precision`` significant digits, else with up to three more digits in the
        numbers, else ``≈``."""
        result = format_number(value.value, self.precision)
        terms = tuple(shortened(list(value.terms)))
        if MORE in terms:  # a long sum shows its ends only: nothing to recompute from
            return f"{self._expression(Computed(terms, value.value, value.divisor, value.function))} = {result}"
        printed = _as_written(float(value.value), self.precision)  # the result in the printed style
        precision = self.precision
        try:
            for extra in range(4):
                self.precision = precision + extra
                written = self._expression(value)
                if printed is None:  # ∞ or nan: nothing a calculator could reproduce
                    return f"{written} = {result}"
                total = self._calculated(value)
                if total is not None and _same_printed(total, printed, precision):
                    return f"{written} = {result}"
            self.precision = precision + 1
            return f"{self._expression(value)} ≈ {result}"
        finally:
            self.precision = precision

    def _expression(self, value: Computed) -> str:
        """The left side: the sum, over its divisor, inside its function."""
        text = self._sum(value.terms)
        if value.divisor is not None:
            if len(value.terms) > 1:
                text = f"({text})"
            divisor = self._item(value.divisor)
            parenthesised = isinstance(value.divisor, tuple) or divisor.startswith("-") or "/" in divisor
            text = f"{text} / ({divisor})" if parenthesised else f"{text} / {divisor}"
        if value.function is not None:
            text = _FUNCTIONS[value.function][0](text)
        return text

    def _calculated(self, value: Computed) -> float | None:
        """What a calculator gives from the numbers as they are printed now: the sum of their products,
        divided, then the function; None when a printed number is not one a calculator takes (∞, nan)."""
        from fractions import Fraction

        def printed(factors: Any) -> Fraction:  # a product of the factors, each as written
            product = Fraction(1)
            for factor in factors if isinstance(factors, tuple) else (factors,):
                product *= Fraction(format_number(factor, self.precision))
            return product

        try:
            total = sum((printed(term) for term in value.terms), Fraction(0))
            if value.divisor is not None:
                total /= printed(value.divisor)
            return _FUNCTIONS[value.function][1](total) if value.function is not None else float(total)
        except (ValueError, ZeroDivisionError, OverflowError):  # not a number, or past float64
            return None

    def _sum(self, terms: tuple[Any, ...]) -> str:
        return " + ".join(self._term(term, first=index == 0) for index, term in enumerate(terms))

    @staticmethod
    def _parenthesised(text: str) -> str:
        return f"({text})" if text.startswith("-") or "/" in text else text




# a Computed's functions: how the left side is written, and what a calculator makes of the printed number
_FUNCTIONS = {
    "arccos°": (lambda text: f"arccos({text})",
                lambda x: math.degrees(math.acos(x)) if -1 <= x <= 1 else None),
    "√": (lambda text: f"√({text})" if " " in text else f"√{text}",
          lambda x: math.sqrt(x) if x >= 0 else None),
}


def _same_printed(total: float, printed: str, precision: int) -> bool:
    """The calculator's ``total``, rounded as results are printed, is the printed number: 0.417 for 0.4170,
    -1.000 for an exact -1."""
    written = _as_written(total, precision)
    return written is not None and (written == printed or float(written) == float(printed))


def _as_written(number: float, precision: int) -> str | None:
    """``number`` as a float is printed to ``precision`` digits; None for ∞ and nan (nothing to reproduce)."""
    return format_number(number, precision) if math.isfinite(number) else None


def step_text(step: Step, precision: int = DEFAULT_PRECISION, lang: str | None = None) -> str:
    """The sentence of one step, filled in."""
    return _StepFormatter(precision, lang).vformat(template(step.key, lang), (), step.args)


def phrase(value: str | Step, lang: str | None = None) -> str:
    """A name as it is, or a phrase such as "problem 3" in the chosen language."""
    return step_text(value, lang=lang) if isinstance(value, Step) else value


def steps_json(steps: list[Step], precision: int = DEFAULT_PRECISION, lang: str | None = None) -> list[dict[str, Any]]:
    """Steps for ``--json``: the key (stable across languages), the sentence, sub-steps."""
    out = []
    for item in steps:
        entry: dict[str, Any] = {"rule": item.key, "text": step_text(item, precision, lang)}
        if item.children:
            entry["steps"] = steps_json(list(item.children), precision, lang)
        out.append(entry)
    return out


def hanging_grid(label_width: int | None = None, label_style: str = ""):
    """Rows of a label and a sentence whose wrapped lines hang under the sentence, not the label."""
    from rich.table import Table

    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, width=label_width, justify="right", style=label_style)
    # fold, not Rich's "ellipsis": that cuts a line filled to the last cell by a double-width (Korean)
    # character short, and the character is lost
    grid.add_column(overflow="fold")
    return grid


def steps_tree(steps: list[Step], precision: int = DEFAULT_PRECISION, title: str | None = None):
    """A Rich tree of numbered steps, sub-steps nested under their parent."""
    from rich.markup import escape
    from rich.tree import Tree

    tree = Tree(f"[bold]{escape(title or template('view.steps'))}[/]", guide_style="dim")

    def add(node, children: list[Step]) -> None:
        for number, item in enumerate(children, start=1):
            branch = node.add(f"[dim]{number}.[/] {escape(step_text(item, precision))}")
            add(branch, list(item.children))

    add(tree, steps)
    return tree


def show_steps(steps: list[Step], out, title: str | None = None) -> None:
    """Print the step tree unless ``--no-steps``."""
    if out.steps and steps:
        out.console.print(steps_tree(steps, out.precision, title))


def show_headline(out, key: str, **args) -> None:
    """The answer in one bold line, before any table."""
    from rich.markup import escape

    text = _StepFormatter(out.precision).vformat(template(key), (), args)
    out.console.print(f"[bold]{escape(text)}[/]")
