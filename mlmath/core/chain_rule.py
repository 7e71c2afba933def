"""The chain rule two ways: peeling the onion, and backpropagation through a computational graph.

**Onion.**  ``exp(sin(3x))`` is peeled from the outside in: y = exp(u) with
u = sin(v), v = 3x.  Each layer has a local derivative (dy/du = exp(u),
du/dv = cos(v), dv/dx = 3) and dy/dx is their product.

**Graph.**  Every operation of the expression is a node whose inputs are the
variables or earlier nodes (``sigmoid(w*x + b)``: h1 = w·x, h2 = b + h1,
y = sigmoid(h2)).  The forward pass computes each node's value; the backward
pass starts from ∂y/∂y = 1 and sends local derivative × upstream gradient to
each input, adding what arrives along several paths.  The gradients that reach
the variables are checked against central finite differences computed from
function values alone, at 160-bit precision.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from functools import partial
from typing import Any

from mlmath.core.calculus import (
    Formula,
    check_point,
    derivative,
    notation,
    sympy_syntax,
    tidy,
    value_at,
    variable,
    variables_hint,
    written_in_decimals,
)
from mlmath.core.derivatives import point_text
from mlmath.core.evaluate import PRECISION_BITS, add, as_mpf, multiply
from mlmath.core.result import Computed, Result, Step, shown, step
from mlmath.errors import InputError
from mlmath.text import say

__all__ = ["chain"]

LAYER_NAMES = ("u", "v", "t", "s", "r", "q", "p", "z", "k", "m")
FD_PRECISION_BITS = 160
FD_STEP_EXPONENT = 40  # h = 2⁻⁴⁰·max(1, |x|): truncation error ~h² ≈ 1e-24, far below float64


@dataclass
class ChainResult(Result):
    """``result``: dy/d(wrt) in SymPy syntax.

    ``layers``: the onion from the outside in; ``graph``: forward nodes and backward edges;
    with ``--at``: ``point``, ``output`` (y), ``value`` (dy/d(wrt)), ``gradient`` by backprop for every
    variable, and ``finite_difference`` beside it.
    """

    pretty: str = ""
    expression: str = ""
    wrt: str = ""
    layers: list[dict[str, Any]] = field(default_factory=list)
    graph: dict[str, Any] = field(default_factory=dict)
    point: dict[str, Any] | None = None
    output: Any = None
    value: Any = None
    gradient: dict[str, Any] | None = None
    finite_difference: dict[str, Any] | None = None
    readable: dict[str, str] = shown()  # each SymPy text of the layers and the graph → its readable notation


# --- the onion ------------------------------------------------------------------------


@dataclass
class Layer:
    """``name = outer(next)``, where ``next`` stands for ``inner``; ``local`` = d name / d next."""

    name: Any  # symbol of this layer (y for the outermost)
    expr: Any  # this layer as a function of the variables
    outer: Any | None = None  # in terms of the next layer's symbol; None for the innermost
    next_name: Any | None = None
    local: Any = None  # d(name)/d(next), in terms of next (or d/dx of the innermost, in x)


def _peel(e: Any, x: Any, u: Any) -> tuple[Any, Any] | None:
    """``(outer(u), inner)`` with e = outer(inner), or None when e is the innermost layer."""
    import sympy

    if isinstance(e, sympy.Function) and len(e.args) == 1 and e.args[0] != x and e.args[0].has(x):
        return e.func(u), e.args[0]
    if e.is_Pow:
        if not e.exp.has(x) and e.base != x:
            return u**e.exp, e.base
        if not e.base.has(x) and e.exp != x:
            return e.base**u, e.exp
        return None
    if e.is_Mul or e.is_Add:
        constant, rest = e.as_independent(x, as_Add=e.is_Add)
        if rest != x and _is_composite(rest, x):
            return (constant * u if e.is_Mul else constant + u), rest
    return None


def _is_composite(e: Any, x: Any) -> bool:
    """A function or power of something other than x alone: worth a layer of its own."""
    import sympy

    if isinstance(e, sympy.Function):
        return True
    return bool(e.is_Pow and (e.base != x or e.exp.has(x)))


def peel_layers(expr: Any, x: Any) -> list[Layer]:
    """The layers of ``expr`` from the outside in; the last one is differentiated directly."""
    import sympy

    taken = {symbol.name for symbol in expr.free_symbols}
    names = iter(sympy.Symbol(n, real=True) for n in LAYER_NAMES if n not in taken)
    y = sympy.Symbol("y", real=True) if "y" not in taken else sympy.Symbol("out", real=True)
    layers = [Layer(name=y, expr=expr)]
    current = expr
    while True:
        next_name = next(names, None)
        if next_name is None:
            break
        peeled = _peel(current, x, next_name)
        if peeled is None:
            break
        outer, inner = peeled
        layer = layers[-1]
        layer.outer, layer.next_name = outer, next_name
        layer.local = derivative(outer, next_name)  # sign′ and step′: 0 away from the jump
        layers.append(Layer(name=next_name, expr=inner))
        current = inner
    return layers


# --- the graph ------------------------------------------------------------------------


@dataclass
class Node:
    """One operation (or a variable, with ``formula`` None): ``name = formula(inputs)``."""

    name: Any
    expr: Any
    formula: Any = None
    inputs: list[Any] = field(default_factory=list)
    locals: list[Any] = field(default_factory=list)  # ∂name/∂input for each input, in the inputs' names


def build_graph(expr: Any) -> list[Node]:
    """Nodes in the order of the forward pass (variables first, the output y last)."""
    import sympy

    taken = {symbol.name for symbol in expr.free_symbols}
    nodes: dict[Any, Node] = {}
    order: list[Node] = []
    counter = 0

    def name_for(e: Any) -> Any:
        nonlocal counter
        if e is expr:
            return sympy.Symbol("y" if "y" not in taken else "out", real=True)
        counter += 1
        name = f"h{counter}"
        while name in taken:
            name += "_"
        return sympy.Symbol(name, real=True)

    for e in sympy.postorder_traversal(expr):
        if e in nodes or not e.free_symbols:
            continue
        if e.is_Symbol:
            node = Node(name=e, expr=e)
        else:
            arguments = [nodes[arg].name if arg in nodes else arg for arg in e.args]
            formula = e.func(*arguments)
            inputs = []
            for arg in e.args:
                if arg in nodes and nodes[arg].name not in inputs:
                    inputs.append(nodes[arg].name)
            node = Node(name=name_for(e), expr=e, formula=formula, inputs=inputs,
                        locals=[derivative(formula, name) for name in inputs])
        nodes[e] = node
        order.append(node)
    if expr.is_Symbol:  # y = x: one node, still called y
        order.append(Node(name=name_for(expr), expr=expr, formula=expr, inputs=[expr], locals=[sympy.S.One]))
    # variables first, in alphabetical order, then the operations
    variables = sorted((n for n in order if n.formula is None), key=lambda n: n.name.name)
    return variables + [n for n in order if n.formula is not None]


# --- values ---------------------------------------------------------------------------


def central_difference(expr: Any, point: dict[str, Any], name: str) -> float:
    """(f(x + h) − f(x − h)) / 2h from function values only, at 160-bit precision."""
    from mlmath.core.evaluate import Undefined, evaluate

    base = Fraction(point[name])
    h = Fraction(max(1, abs(point[name]))) / 2**FD_STEP_EXPONENT
    try:
        above = evaluate(expr, {**point, name: base + h}, precision_bits=FD_PRECISION_BITS, rounded=False)
        below = evaluate(expr, {**point, name: base - h}, precision_bits=FD_PRECISION_BITS, rounded=False)
    except Undefined:
        return float("nan")
    import mpmath

    with mpmath.workprec(FD_PRECISION_BITS):
        return float((as_mpf(above) - as_mpf(below)) / as_mpf(2 * h))


# Values inside the passes are exact fractions or unrounded 80-bit mpmath numbers, so a product
# of many local derivatives is rounded to float64 once, at the end (_clean).


def _multiply(a: Any, b: Any) -> Any:
    import mpmath

    with mpmath.workprec(PRECISION_BITS):
        return multiply(a, b)


def _add(a: Any, b: Any) -> Any:
    import mpmath

    with mpmath.workprec(PRECISION_BITS):
        return add(a, b)


def _clean(value: Any, decimals: bool = False) -> Any:
    """An exact value as int or Fraction (a float with ``decimals``), anything else rounded once to float64."""
    if isinstance(value, int):
        return value
    if isinstance(value, Fraction):
        return value.numerator if value.denominator == 1 else float(value) if decimals else value
    return float(value)


# --- the command ----------------------------------------------------------------------


def choose_variable(expr: Any, wrt: str | None) -> Any:
    """The variable of the onion: asked for, else the only one, else x, else the first by name."""
    names = sorted(symbol.name for symbol in expr.free_symbols)
    if wrt is not None:
        return variable(wrt, expr)
    if len(names) == 1:
        return variable(names[0], expr)
    if "x" in names or not names:
        return variable("x", expr)
    return variable(names[0], expr)


def chain(expr: Any, wrt: str | None = None, point: dict[str, Any] | None = None) -> ChainResult:
    """Onion layers and the computational graph of ``expr``, valued at ``point`` when given."""
    check_wrt(wrt, expr)
    x = choose_variable(expr, wrt)
    if point is not None:
        check_point(point, expr)
    layers = peel_layers(expr, x)
    layers[-1].local = derivative(layers[-1].expr, x)
    product = _onion_product(layers, x)
    result_expr = tidy(product)
    steps = _onion_steps(layers, x, product, result_expr)
    nodes = build_graph(expr)
    result = ChainResult(
        result=sympy_syntax(result_expr),
        pretty=str(Formula(result_expr)),
        expression=sympy_syntax(expr),
        wrt=x.name,
        layers=[_layer_record(layer, x) for layer in layers],
        graph={"nodes": [_node_record(node) for node in nodes], "backward": _edge_records(nodes)},
        readable=_notations(layers, nodes),
        steps=steps,
    )
    if point is None:
        steps.append(step("chain.graph", nodes=_operation_count(nodes)))
        return result
    _onion_values(result, layers, x, point)
    _backprop(result, nodes, expr, point)
    return result


def _notations(layers: list[Layer], nodes: list[Node]) -> dict[str, str]:
    """Every formula the tables show, SymPy text → readable notation (``x**2`` → ``x²``)."""
    exprs = [e for layer in layers for e in (layer.expr, layer.outer, layer.local) if e is not None]
    exprs += [node.formula for node in nodes if node.formula is not None]
    exprs += [local for _, _, local in _edges(nodes)]
    return {sympy_syntax(e): notation(e) for e in exprs}


def _onion_product(layers: list[Layer], x: Any) -> Any:
    """dy/dx = Π local derivatives, each at its layer's inner expression."""
    import sympy

    factors = []
    for layer, below in zip(layers, layers[1:]):
        factors.append(layer.local.subs(layer.next_name, below.expr))
    factors.append(layers[-1].local)
    return sympy.Mul(*factors)


def _layer_record(layer: Layer, x: Any) -> dict[str, Any]:
    record = {"name": layer.name.name, "expression": sympy_syntax(layer.expr)}
    if layer.outer is not None:
        record.update({"outer": sympy_syntax(layer.outer), "next": layer.next_name.name,
                       "local": sympy_syntax(layer.local)})
    else:
        record.update({"local": sympy_syntax(layer.local)})
    return record


def _ratio(top: Any, bottom: Any) -> str:
    return f"d{top.name}/d{bottom.name}"


def _ratios(layers: list[Layer], x: Any) -> list[str]:
    """dy/du, du/dv, …, and the innermost layer's derivative by x."""
    return [_ratio(a.name, b.name) for a, b in zip(layers, layers[1:])] + [_ratio(layers[-1].name, x)]


def _operation_count(nodes: list[Node]) -> int:
    return sum(node.formula is not None for node in nodes)


def _onion_steps(layers: list[Layer], x: Any, product: Any, result_expr: Any) -> list[Step]:
    from mlmath.core.derivatives import rule_tree

    steps: list[Step] = []
    if len(layers) == 1:
        _, tree = rule_tree(layers[0].expr, x, len(layers[0].expr.free_symbols) > 1)
        steps.append(step("chain.no_layers", tree, f=Formula(layers[0].expr), x=x.name))
        return steps
    for layer, below in zip(layers, layers[1:]):
        steps.append(step("chain.layer", name=layer.name.name, outer=Formula(layer.outer), next=below.name.name,
                          inner=Formula(below.expr), ratio=_ratio(layer.name, below.name),
                          local=Formula(layer.local)))
    innermost = layers[-1]
    _, tree = rule_tree(innermost.expr, x, len(innermost.expr.free_symbols) > 1)
    steps.append(step("chain.innermost", tree, name=innermost.name.name, inner=Formula(innermost.expr),
                      ratio=_ratio(innermost.name, x), local=Formula(innermost.local)))
    ratios = _ratios(layers, x)
    locals_ = [Formula(layer.local, grouped=True) for layer in layers]
    children = []
    if result_expr != product:
        children.append(step("derive.simplify", raw=Formula(product), result=Formula(result_expr)))
    steps.append(step("chain.multiply", *children, y=layers[0].name.name, x=x.name, ratios=ratios, locals=locals_,
                      result=Formula(result_expr)))
    return steps


def _onion_values(result: ChainResult, layers: list[Layer], x: Any, point: dict[str, Any]) -> None:
    """Each layer's value and local derivative at the point, and their product."""
    clean = partial(_clean, decimals=written_in_decimals(point))
    local_values = []
    for index, layer in enumerate(layers):
        record = result.layers[index]
        record["value"] = value_at(layer.expr, point, say("chain.error.what.layer", name=layer.name.name))
        local_expr = layer.local
        if layer.outer is not None:
            local_expr = layer.local.subs(layer.next_name, layers[index + 1].expr)
        local = value_at(local_expr, point, say("chain.error.what.layer_derivative", name=layer.name.name),
                         rounded=False)
        record["local_value"] = clean(local)
        local_values.append(local)
    value: Any = Fraction(1)
    for local in local_values:
        value = _multiply(value, local)
    result.point = dict(point)
    result.output = result.layers[0]["value"]
    result.value = clean(value)
    ratios = _ratios(layers, x)
    children = [step("chain.layer_value", name=layer.name.name, value=record["value"], ratio=ratio,
                     local=record["local_value"])
                for layer, record, ratio in zip(reversed(layers), reversed(result.layers), reversed(ratios))]
    result.steps.append(step("chain.at", *children, point=point_text(point)))
    if len(layers) > 1:
        result.steps.append(step("chain.product_value", y=layers[0].name.name, x=x.name,
                                 product=Computed((tuple(clean(v) for v in local_values),), result.value)))


def _node_record(node: Node) -> dict[str, Any]:
    if node.formula is None:
        return {"name": node.name.name, "operation": "input", "inputs": []}
    return {"name": node.name.name, "operation": sympy_syntax(node.formula),
            "inputs": [name.name for name in node.inputs]}


def _edges(nodes: list[Node]) -> list[tuple[Node, Any, Any]]:
    """Every edge of the graph from the output back: (node, one of its inputs, ∂node/∂input)."""
    return [(node, name, local) for node in reversed(nodes) if node.formula is not None
            for name, local in zip(node.inputs, node.locals)]


def _edge_records(nodes: list[Node]) -> list[dict[str, Any]]:
    return [{"node": node.name.name, "input": name.name, "local": sympy_syntax(local)}
            for node, name, local in _edges(nodes)]


def _backprop(result: ChainResult, nodes: list[Node], expr: Any, point: dict[str, Any]) -> None:
    """Forward values, then local × upstream from the output back to every variable."""
    clean = partial(_clean, decimals=written_in_decimals(point))
    values: dict[str, Any] = {}
    for node, record in zip(nodes, result.graph["nodes"]):
        if node.formula is None:
            values[node.name.name] = point[node.name.name]
        else:
            inputs = {name.name: values[name.name] for name in node.inputs}
            what = say("chain.error.what.node", name=node.name.name)
            values[node.name.name] = value_at(node.formula, inputs, what, rounded=False)
        record["value"] = clean(values[node.name.name])
    gradients: dict[str, Any] = {nodes[-1].name.name: Fraction(1)}
    # the edges come output first, so a node's upstream gradient is complete before it is used
    for (node, name, local), record in zip(_edges(nodes), result.graph["backward"]):
        upstream = gradients.get(node.name.name, Fraction(0))
        inputs = {each.name: values[each.name] for each in node.inputs}
        local_value = value_at(local, inputs, f"∂{node.name.name}/∂{name.name}", rounded=False)
        contribution = _multiply(local_value, upstream)
        gradients[name.name] = _add(gradients.get(name.name, Fraction(0)), contribution)
        record.update(local_value=clean(local_value), upstream=clean(upstream), gradient=clean(contribution))
    names = sorted(point)
    result.gradient = {name: clean(gradients.get(name, 0)) for name in names}
    result.finite_difference = {name: central_difference(expr, point, name) for name in names}
    result.steps.append(step("chain.forward", nodes=_operation_count(nodes),
                             y=nodes[-1].name.name, output=result.output))
    result.steps.append(step("chain.backward", y=nodes[-1].name.name))
    for name in names:
        result.steps.append(step("chain.gradient", y=nodes[-1].name.name, name=name, value=result.gradient[name],
                                 fd=result.finite_difference[name]))


def check_wrt(wrt: str | None, expr: Any) -> None:
    if wrt is not None and wrt not in {s.name for s in expr.free_symbols}:
        raise InputError(say("derive.error.no_variable", names=wrt),
                         hint=variables_hint(sorted(s.name for s in expr.free_symbols)), argument="`wrt`")

