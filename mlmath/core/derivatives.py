"""Derivatives with the named rules a learner uses, as a tree of steps.

:func:`rule_tree` differentiates the way the notes teach it — constant, constant
multiple, power, sum, product, quotient and chain rules, and the rules of exp,
log, the trig functions and the ML functions — and returns the derivative each
rule produces together with the step that names the rule.  Its answer is the
same expression as ``sympy.diff`` (tests check it on hundreds of random
expressions); where no rule fits, the step says so and SymPy's answer is used.

:func:`derive` adds what the command shows: several variables (the gradient),
repeated derivatives, simplification, and values at a point.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mlmath.core.calculus import (
    MAX_ORDER,
    SHORTHANDS,
    Formula,
    check_point,
    check_size,
    derivative,
    precise_value_at,
    sympy_syntax,
    tidy,
    variable,
)
from mlmath.core.notation import subscript, superscript
from mlmath.core.result import Result, Step, shown, step
from mlmath.errors import InputError, MathError
from mlmath.text import say

__all__ = ["derive"]

# name of the function → the step key of its rule (its derivative comes from SymPy's fdiff)
FUNCTION_RULES = {
    "exp": "derive.rule.exp",
    "log": "derive.rule.log",
    "sin": "derive.rule.sin",
    "cos": "derive.rule.cos",
    "tan": "derive.rule.tan",
    "tanh": "derive.rule.tanh",
    "sinh": "derive.rule.sinh",
    "cosh": "derive.rule.cosh",
    "asin": "derive.rule.asin",
    "acos": "derive.rule.acos",
    "atan": "derive.rule.atan",
    "sigmoid": "derive.rule.sigmoid",
    "softplus": "derive.rule.softplus",
    "relu": "derive.rule.relu",
    "Abs": "derive.rule.abs",
    "sign": "derive.rule.sign",
    "step": "derive.rule.step",
}
# these jump at 0: their derivative is 0 everywhere else and undefined at 0
FLAT_FUNCTIONS = ("sign", "step")
INNER_NAMES = ("u", "v", "t", "s", "z", "q")
SHORTHAND_AFTER = 40  # characters of f beyond which the steps write inner expressions by their names


def operator(variable: Any, partial: bool) -> str:
    """``d/dx`` or, among several variables, ``∂/∂x``."""
    return f"∂/∂{variable.name}" if partial else f"d/d{variable.name}"


# --- the rule tree --------------------------------------------------------------------


def rule_tree(f: Any, x: Any, partial: bool = False) -> tuple[Any, Step]:
    """``(f', step)``: the derivative of ``f`` by ``x`` and the named rule that gives it."""
    import sympy

    d = operator(x, partial)
    if not f.has(x):
        return sympy.S.Zero, step("derive.constant", d=d, f=Formula(f), x=x.name)
    if f == x:
        return sympy.S.One, step("derive.identity", d=d, x=x.name)
    if f.is_Add:
        return _sum(f, x, partial, d)
    if f.is_Mul:
        return _product(f, x, partial, d)
    if f.is_Pow:
        return _power(f, x, partial, d)
    if isinstance(f, sympy.Function) and len(f.args) == 1 and type(f).__name__ in FUNCTION_RULES:
        return _function(f, x, partial, d)
    result = derivative(f, x)
    return result, step("derive.no_rule", d=d, f=Formula(f), result=Formula(result))


def _sum(f: Any, x: Any, partial: bool, d: str) -> tuple[Any, Step]:
    import sympy

    parts = [rule_tree(term, x, partial) for term in f.as_ordered_terms()]
    result = sympy.Add(*(part for part, _ in parts))
    terms = [Formula(part) for part, _ in parts]
    # "= x² + 3·y²" once when adding the terms' derivatives changes nothing in how they read
    key = "derive.sum_direct" if " + ".join(map(str, terms)) == str(Formula(result)) else "derive.sum"
    return result, step(key, *(child for _, child in parts), d=d, f=Formula(f), terms=terms,
                        result=Formula(result))


def _product(f: Any, x: Any, partial: bool, d: str) -> tuple[Any, Step]:
    import sympy

    constant, rest = f.as_independent(x, as_Add=False)
    base = _log_base(constant, rest)
    if base is not None:
        return _log_with_base(f, rest.args[0], base, x, partial, d)
    if constant != 1:
        inner, child = rule_tree(rest, x, partial)
        result = constant * inner
        return result, step("derive.constant_multiple", child, d=d, f=Formula(f), c=Formula(constant, grouped=True),
                            g=Formula(rest), dg=Formula(inner, grouped=True), result=Formula(result))
    factors = sympy.Mul.make_args(rest)
    numerator = [g for g in factors if not _is_denominator(g)]
    denominator = [g.base ** -g.exp for g in factors if _is_denominator(g)]
    u, v = sympy.Mul(*numerator), sympy.Mul(*denominator)
    if denominator and u.has(x) and v.has(x):
        return _quotient(f, u, v, x, partial, d)
    # product rule: (f₁f₂…fₙ)' = Σ f₁…fᵢ'…fₙ
    parts = [rule_tree(g, x, partial) for g in factors]
    terms = []
    for index, (part, _) in enumerate(parts):
        if part != 0:
            terms.append(sympy.Mul(*factors[:index], part, *factors[index + 1:]))
    result = sympy.Add(*terms)
    return result, step("derive.product", *(child for _, child in parts), d=d, f=Formula(f),
                        factors=[Formula(g, grouped=True) for g in factors], terms=[Formula(t) for t in terms],
                        result=Formula(result))


def _log_base(constant: Any, rest: Any) -> Any:
    """``b`` when ``constant·rest`` is log(u, b) = ln(u)/ln(b) (how the parser reads ``log(x, 2)``), else None."""
    import sympy

    if not isinstance(rest, sympy.log) or not constant.is_Pow or constant.exp != -1:
        return None
    if isinstance(constant.base, sympy.log) and constant.base.args[0].is_number:
        return constant.base.args[0]
    return None


def _log_with_base(f: Any, argument: Any, base: Any, x: Any, partial: bool, d: str) -> tuple[Any, Step]:
    """(log_b u)′ = u′/(u·ln b): the log rule divided by the constant ln b."""
    import sympy

    if argument == x:
        result = 1 / (x * sympy.log(base))
        return result, step("derive.rule.log_base", d=d, f=Formula(f), b=Formula(base), u=x.name,
                            result=Formula(result))
    u = _inner_symbol(f)
    outer_f = sympy.log(u) / sympy.log(base)
    outer = 1 / (u * sympy.log(base))
    outer_step = step("derive.rule.log_base", d=f"d/d{u.name}", f=Formula(outer_f), b=Formula(base), u=u.name,
                      result=Formula(outer))
    return _chain(f, argument, outer.subs(u, argument), outer_step, u, x, partial, d)


def _is_denominator(g: Any) -> bool:
    return g.is_Pow and g.exp.is_Number and g.exp.is_negative and not g.exp.is_Float


def _quotient(f: Any, u: Any, v: Any, x: Any, partial: bool, d: str) -> tuple[Any, Step]:
    """(u/v)' = (u'v − uv')/v²."""
    du, du_step = rule_tree(u, x, partial)
    dv, dv_step = rule_tree(v, x, partial)
    result = (du * v - u * dv) / v**2
    return result, step("derive.quotient", du_step, dv_step, d=d, f=Formula(f), u=Formula(u, grouped=True),
                        v=Formula(v, grouped=True), du=Formula(du, grouped=True), dv=Formula(dv, grouped=True),
                        result=Formula(result))


def _power(f: Any, x: Any, partial: bool, d: str) -> tuple[Any, Step]:
    import sympy

    base, exponent = f.base, f.exp
    if not exponent.has(x):
        # power rule: d/dx uⁿ = n·uⁿ⁻¹
        if base == x:
            result = exponent * base ** (exponent - 1)
            return result, step("derive.power", d=d, f=Formula(f), n=Formula(exponent, grouped=exponent.is_Add),
                                x=x.name,
                                result=Formula(result))
        u = _inner_symbol(f)
        outer = exponent * u ** (exponent - 1)
        outer_step = step("derive.power", d=f"d/d{u.name}", f=Formula(u**exponent),
                          n=Formula(exponent, grouped=exponent.is_Add),
                          x=u.name, result=Formula(outer))
        return _chain(f, base, outer.subs(u, base), outer_step, u, x, partial, d)
    if not base.has(x):
        # exponential rule: d/dx aᵘ = aᵘ·ln a
        if exponent == x:
            result = f * sympy.log(base)
            return result, step("derive.exponential", d=d, f=Formula(f), a=Formula(base), result=Formula(result))
        u = _inner_symbol(f)
        outer = base**u * sympy.log(base)
        outer_step = step("derive.exponential", d=f"d/d{u.name}", f=Formula(base**u), a=Formula(base),
                          result=Formula(outer))
        return _chain(f, exponent, outer.subs(u, exponent), outer_step, u, x, partial, d)
    # f^g with x in both: d/dx f^g = f^g·(g'·ln f + g·f'/f)
    dbase, base_step = rule_tree(base, x, partial)
    dexp, exp_step = rule_tree(exponent, x, partial)
    result = f * (dexp * sympy.log(base) + dbase * exponent / base)
    return result, step("derive.general_power", base_step, exp_step, d=d, f=Formula(f), base=Formula(base),
                        exponent=Formula(exponent, grouped=True), dbase=Formula(dbase, grouped=True),
                        dexp=Formula(dexp, grouped=True), grouped_base=Formula(base, grouped=True),
                        result=Formula(result))


def _function(f: Any, x: Any, partial: bool, d: str) -> tuple[Any, Step]:
    name = type(f).__name__
    argument = f.args[0]
    key = FUNCTION_RULES[name]
    if argument == x:
        result = _outer_derivative(f)
        return result, step(key, d=d, f=Formula(f), u=x.name, result=Formula(result))
    u = _inner_symbol(f)
    outer_f = f.func(u)
    outer = _outer_derivative(outer_f)
    outer_step = step(key, d=f"d/d{u.name}", f=Formula(outer_f), u=u.name, result=Formula(outer))
    return _chain(f, argument, outer.subs(u, argument), outer_step, u, x, partial, d)


def _outer_derivative(f: Any) -> Any:
    """f'(u) for a function of one argument, by its own rule (SymPy's fdiff)."""
    import sympy

    if type(f).__name__ in FLAT_FUNCTIONS:
        return sympy.S.Zero
    return f.fdiff(1)


def _chain(f: Any, inner: Any, outer: Any, outer_step: Step, u: Any, x: Any, partial: bool,
           d: str) -> tuple[Any, Step]:
    """Chain rule: d/dx f(g(x)) = f'(g(x))·g'(x), with u = g(x)."""
    shorthands = SHORTHANDS.get()
    if shorthands is not None:
        shorthands[inner] = u  # the steps below and above write u for it
    dinner, inner_step = rule_tree(inner, x, partial)
    result = outer * dinner
    du = f"∂{u.name}/∂{x.name}" if partial else f"d{u.name}/d{x.name}"
    values = dict(d=d, du=du, f=Formula(f), u=u.name, inner=Formula(inner, defines=inner),
                  outer=Formula(outer, grouped=True), result=Formula(result))
    link = _as_link(inner_step, du) if shorthands is not None else None
    if link is not None:
        # a long chain of chains: this link writes f′(u)·du/dx and leaves du/dx to the step below, which
        # says what it is; written out in full at every level, the steps would grow with the square of the depth
        return result, step("derive.chain.named", outer_step, link, **values)
    return result, step("derive.chain", outer_step, inner_step, dinner=Formula(dinner, grouped=True), **values)


CHAIN_KEYS = ("derive.chain", "derive.chain.named")


def _as_link(inner: Step, named: str) -> Step | None:
    """The step of du/dx below a chain, as a link when it is a chain itself (or a chain plus constants):
    ``du/dx = d/dx exp(v) = exp(v)·dv/dx, where v = …`` — its result, the product of everything below, is
    left to the outermost chain.  None when the step below is of another kind."""
    chain, key = inner, "derive.chain.link"
    if inner.key in ("derive.sum", "derive.sum_direct"):
        varying = [child for child in inner.children if child.key != "derive.constant"]
        if len(varying) != 1:
            return None
        chain, key = varying[0], "derive.chain.link_sum"
    if chain.key not in CHAIN_KEYS:
        return None
    f, outer = inner.args["f"].expr, chain.args["outer"].expr
    values = {name: value for name, value in chain.args.items() if name not in ("dinner", "result")}
    # f and f′(u) written out (exp(v), not the name u that exp(v) has above)
    return Step(key, {**values, "named": named, "f": Formula(f, defines=f, grouped=chain is not inner),
                      "outer": Formula(outer, grouped=True, defines=f)}, chain.children)


def _inner_symbol(f: Any) -> Any:
    """A name for the inner function, not already a variable of ``f`` (while a long expression's steps are
    built: a name no other inner expression of it has, u, v, t … then u₂, v₂ …)."""
    import sympy

    taken = {symbol.name for symbol in f.free_symbols}
    shorthands = SHORTHANDS.get()
    if shorthands is not None:
        taken |= {symbol.name for symbol in shorthands.values()}
        for round_ in range(1, 1000):
            mark = "" if round_ == 1 else subscript(round_)
            name = next((n + mark for n in INNER_NAMES if n + mark not in taken), None)
            if name is not None:
                return sympy.Symbol(name, real=True)
    name = next((n for n in INNER_NAMES if n not in taken), "u_")
    return sympy.Symbol(name, real=True)


# --- the command ----------------------------------------------------------------------


@dataclass
class DeriveResult(Result):
    """``result``: the derivative (a list for several variables) in SymPy syntax.

    ``pretty``: the same in readable notation; ``expression``: f as read;
    ``wrt``: the variables; ``order``; with ``--at``: ``point``, ``function_value`` and ``value``;
    ``absent``: the variables of ``wrt`` that the expression does not contain (their derivative is 0).
    With several variables and ``order`` > 1 each entry is the pure partial ∂ⁿf/∂xᵢⁿ (the mixed ones are
    in the Hessian).  With ``hessian``: ``result``, ``pretty`` and ``value`` are the matrix of every second
    partial ∂²f/∂xᵢ∂xⱼ, and at a point ``eigenvalues``, ``minors`` (leading principal minors) and
    ``definiteness`` ("positive definite", "positive semidefinite", …, "indefinite").
    """

    pretty: Any = None
    expression: str = ""
    wrt: list[str] = field(default_factory=list)
    order: int = 1
    partial: bool = False
    point: dict[str, Any] | None = None
    function_value: Any = None
    value: Any = None
    absent: list[str] = field(default_factory=list)
    hessian: bool = False
    eigenvalues: list[float] | None = None
    minors: list[Any] | None = None
    definiteness: str | None = None
    function: Any = shown()  # f as a SymPy expression, for the view's plot
    derivatives: list[Any] = shown()  # the answers as SymPy expressions


def choose_variables(expr: Any, wrt: list[str] | None) -> tuple[list[Any], Step | None]:
    """The variables to differentiate by: those asked for, else every variable of ``expr`` (x if none)."""
    names = {symbol.name for symbol in expr.free_symbols}
    if wrt:
        if len(set(wrt)) != len(wrt):
            raise InputError(say("derive.error.named_twice"),
                             hint=say("derive.error.named_twice.hint"), argument="`wrt`")
        return [variable(name, expr) for name in wrt], None
    if len(names) <= 1:
        return [variable(next(iter(names), "x"), expr)], None
    chosen = [variable(name, expr) for name in sorted(names)]
    return chosen, step("derive.several_variables", names=sorted(names))


def derive(expr: Any, wrt: list[str] | None = None, order: int = 1,
           point: dict[str, Any] | None = None) -> DeriveResult:
    """The derivative(s) of ``expr``, each reached by named rules, simplified, and valued at ``point``."""
    if not 1 <= order <= MAX_ORDER:
        raise InputError(say("derive.error.order", most=MAX_ORDER, order=order), argument="`order`")
    variables, note = choose_variables(expr, wrt)
    if point is not None:
        check_point(point, expr)
    partial = len(expr.free_symbols | set(variables)) > 1
    steps: list[Step] = [note] if note else []
    absent = [x.name for x in variables if not expr.has(x)]
    if len(variables) > 1 and order > 1:
        steps.append(step("derive.pure_partials", order=order, names=[x.name for x in variables]))
    answers = []
    # a long expression's steps name its inner expressions instead of writing them out again and again
    token = SHORTHANDS.set({} if len(sympy_syntax(expr)) > SHORTHAND_AFTER else None)
    try:
        derived = [_nth_derivative(expr, x, order, partial) for x in variables]
    finally:
        SHORTHANDS.reset(token)
    for x, (answer, answer_steps) in zip(variables, derived):
        answers.append(answer)
        if len(variables) > 1:
            others = [v.name for v in sorted(expr.free_symbols, key=lambda s: s.name) if v != x]
            extra = {"others": others} if others else {}
            steps.append(step("derive.partial" if others else "derive.partial.alone", *answer_steps,
                              d=operator(x, True), f=Formula(expr, grouped=True), **extra, result=Formula(answer)))
        else:
            steps.extend(answer_steps)
    single = len(variables) == 1
    result = DeriveResult(
        result=sympy_syntax(answers[0]) if single else [sympy_syntax(a) for a in answers],
        pretty=str(Formula(answers[0])) if single else [str(Formula(a)) for a in answers],
        expression=sympy_syntax(expr),
        wrt=[x.name for x in variables],
        order=order,
        partial=partial,
        function=expr,
        derivatives=answers,
        absent=absent,
        steps=steps,
    )
    if point is not None:
        for x in variables:
            check_differentiable(expr, x, order, point)
        function_value, function_precise = precise_value_at(expr, point, say("derive.error.what.function"))
        pairs = [precise_value_at(a, point, say("derive.error.what.derivative")) for a in answers]
        values = [value for value, _ in pairs]
        result.point = dict(point)
        result.function_value = function_value
        result.value = values[0] if single else values
        key = "derive.value" if single else "derive.value.gradient"
        name = derivative_name(result.wrt, order, partial)
        result.steps.append(step(key, point=point_text(point), d=name, values=values if not single else values[0],
                                 function_value=result.function_value))
        beyond = [("f", function_value, function_precise)]
        beyond += [(name if single else f"∂{power_of(order)}f/∂{x.name}{power_of(order)}", value, precise)
                   for x, (value, precise) in zip(variables, pairs)]
        for label, value, precise in beyond:
            note = _beyond_float(label, value, precise)
            if note is not None:
                result.steps.append(note)
    return result


def power_of(order: int) -> str:
    return "" if order == 1 else superscript(order)


def _beyond_float(label: str, value: Any, precise: Any) -> Step | None:
    """A step saying the true value when float64 cannot hold it (e⁻⁸⁰⁰ rounds to 0, e⁸⁰⁰ to ∞)."""
    import math

    import mpmath

    if not isinstance(value, float) or not isinstance(precise, mpmath.mpf) or precise == 0:
        return None
    if value == 0:
        return step("derive.value.underflow", name=label, value=mpmath.nstr(precise, 4, min_fixed=1, max_fixed=0))
    if math.isinf(value) and mpmath.isfinite(precise):
        return step("derive.value.overflow", name=label, value=mpmath.nstr(precise, 4, min_fixed=1, max_fixed=0))
    return None


# functions with a corner or a jump where their argument is 0, and their forms on each side
def _sides(atom: Any) -> tuple[Any, Any]:
    """(right, left): ``atom`` where its argument is just above 0 and just below."""
    import sympy

    argument = atom.args[0]
    if isinstance(atom, sympy.Abs):
        return argument, -argument
    if isinstance(atom, sympy.sign):
        return sympy.S.One, -sympy.S.One
    return sympy.S.One, sympy.S.Zero  # step


def check_differentiable(expr: Any, x: Any, order: int, point: dict[str, Any]) -> None:
    """Refuse a derivative at a corner or jump of abs, sign or step (|x| at x = 0: slope −1 on the left,
    1 on the right), found by differentiating each side's form; relu′(0) = 0 stays a convention."""
    import sympy

    from mlmath.core.evaluate import Undefined, evaluate
    from mlmath.core.ml_functions import ml_functions

    kinds = (sympy.Abs, sympy.sign, ml_functions()["step"])
    lower = derivative(expr, x, order - 1) if order > 1 else expr
    for atom in sorted(lower.atoms(*kinds), key=str):
        if not atom.args[0].has(x):
            continue
        try:
            at_jump = evaluate(atom.args[0], point) == 0
        except (Undefined, OverflowError):
            continue
        if not at_jump:
            continue
        right, left = _sides(atom)
        one_sided = []
        for side in (right, left):
            form = lower.xreplace({atom: side})
            try:
                one_sided.append((evaluate(form, point), evaluate(derivative(form, x), point)))
            except (Undefined, OverflowError):
                return
        if one_sided[0] == one_sided[1]:
            continue
        where = ", ".join(f"{name}={value}" for name, value in point.items())
        name = "abs" if isinstance(atom, sympy.Abs) else type(atom).__name__
        (right_value, right_slope), (left_value, left_slope) = one_sided
        if right_value != left_value:
            problem = say("derive.error.jump", where=where, function=name, argument=sympy_syntax(atom.args[0]),
                          left=_number(left_value), right=_number(right_value))
        else:
            problem = say("derive.error.corner", where=where, function=name, argument=sympy_syntax(atom.args[0]),
                          left=_number(left_slope), right=_number(right_slope))
        raise MathError(problem, hint=say("derive.error.corner_hint"))


def _number(value: Any) -> str:
    from fractions import Fraction

    if isinstance(value, Fraction):
        return str(value.numerator) if value.denominator == 1 else f"{value.numerator}/{value.denominator}"
    return f"{float(value):.4g}"


def derive_hessian(expr: Any, wrt: list[str] | None = None, point: dict[str, Any] | None = None) -> DeriveResult:
    """Every second partial ∂²f/∂xᵢ∂xⱼ as a matrix (mixed ones included), by :func:`mlmath.core.convexity.hessian`;
    at ``point`` its numbers and whether it is positive (semi)definite there."""
    from mlmath.core.convexity import hessian

    variables, _ = choose_variables(expr, wrt)
    found = hessian(expr, [x.name for x in variables], point)
    result = DeriveResult(
        result=found.result, pretty=found.pretty, expression=found.expression, wrt=found.variables, order=2,
        partial=True, absent=[x.name for x in variables if not expr.has(x)], hessian=True, function=expr,
        derivatives=[], steps=found.steps,
    )
    if point is not None:
        result.point = dict(point)
        result.function_value = precise_value_at(expr, point, say("derive.error.what.function"))[0]
        result.value = found.values
        result.eigenvalues, result.minors, result.definiteness = found.eigenvalues, found.minors, found.definiteness
    return result


def _nth_derivative(expr: Any, x: Any, order: int, partial: bool) -> tuple[Any, list[Step]]:
    """Differentiate ``order`` times; each round's rule tree, and its simplification when it helps."""
    current = expr
    rounds: list[Step] = []
    for k in range(1, order + 1):
        raw, tree = rule_tree(current, x, partial)
        check_size(raw, say("derive.error.what.derivative"))
        simplified = tidy(raw)
        children = [tree]
        if simplified != raw:
            children.append(step("derive.simplify", raw=Formula(raw), result=Formula(simplified)))
        if order == 1:
            rounds.extend(children)
        else:
            rounds.append(step("derive.round", *children, k=k, order=order, d=operator(x, partial),
                               f=Formula(current), result=Formula(simplified)))
        current = simplified
    return current, rounds


def point_text(point: dict[str, Any]) -> str:
    from fractions import Fraction

    def show(value: Any) -> str:
        if isinstance(value, Fraction):
            return f"{value.numerator}/{value.denominator}"
        return repr(value) if isinstance(value, float) else str(value)

    return ", ".join(f"{name} = {show(value)}" for name, value in point.items())


def derivative_name(wrt: list[str], order: int, partial: bool) -> str:
    """``f′``, ``f″``, ``∂f/∂y``, ``∂²f/∂y²`` or ``∇f``."""
    if len(wrt) > 1:
        if order > 1:
            power = superscript(order)
            return "(" + ", ".join(f"∂{power}f/∂{name}{power}" for name in wrt) + ")"
        return "∇f"
    if partial:
        power = "" if order == 1 else superscript(order)
        return f"∂{power}f/∂{wrt[0]}{power}"
    return "f" + {1: "′", 2: "″", 3: "‴"}.get(order, f"⁽{order}⁾")
