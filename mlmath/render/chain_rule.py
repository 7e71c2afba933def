"""View of chain: the onion table, the forward and backward passes, the gradient check, the steps."""

from __future__ import annotations

from mlmath.render.calculus import add_rows, format_value, graph_table, print_syntax
from mlmath.render.output import Output
from mlmath.render.steps import show_headline, show_steps
from mlmath.text import template


def show_chain(result, out: Output) -> None:
    """Headline, the onion table, the forward and backward tables, the gradient check, the steps."""
    y = result.layers[0]["name"]
    x = result.wrt
    show_headline(out, "chain.headline", y=y, x=x, result=result.pretty)
    print_syntax(out, result.result)
    valued = result.point is not None
    if valued:
        from mlmath.core.derivatives import point_text

        show_headline(out, "chain.headline.value", point=point_text(result.point), y=y, x=x,
                      output=format_value(result.output, out.precision),
                      value=format_value(result.value, out.precision))
    out.console.print(_layers_table(result, out, valued))
    if any(node["operation"] != "input" for node in result.graph["nodes"]):
        out.console.print(_forward_table(result, out, valued))
        out.console.print(_backward_table(result, out, valued))
    if valued:
        out.console.print(_gradient_check_table(result, out))
    show_steps(result.steps, out)


def _layers_table(result, out: Output, valued: bool):
    columns = [(template("chain.column.layer"), "left"), (template("chain.column.outer"), "left"),
               (template("chain.column.local"), "left")]
    if valued:
        columns += [(template("chain.column.value"), "right"), (template("chain.column.local_value"), "right")]
    table = graph_table("chain.title.layers", columns)
    rows = []
    for index, layer in enumerate(result.layers):
        below = result.layers[index + 1]["name"] if index + 1 < len(result.layers) else result.wrt
        definition = layer.get("outer", layer["expression"])
        row = [layer["name"], f"{layer['name']} = {result.readable.get(definition, definition)}",
               f"d{layer['name']}/d{below} = {result.readable.get(layer['local'], layer['local'])}"]
        if valued:
            row += [format_value(layer["value"], out.precision), format_value(layer["local_value"], out.precision)]
        rows.append(row)
    add_rows(table, rows, out)
    return table


def _forward_table(result, out: Output, valued: bool):
    columns = [(template("chain.column.node"), "left"), (template("chain.column.operation"), "left")]
    if valued:
        columns.append((template("chain.column.value"), "right"))
    table = graph_table("chain.title.forward", columns)
    rows = []
    for node in result.graph["nodes"]:
        operation = template("chain.input") if node["operation"] == "input" else (
            f"{node['name']} = {result.readable.get(node['operation'], node['operation'])}")
        row = [node["name"], operation]
        if valued:
            row.append(format_value(node["value"], out.precision))
        rows.append(row)
    add_rows(table, rows, out)
    return table


def _backward_table(result, out: Output, valued: bool):
    columns = [(template("chain.column.node"), "left"), (template("chain.column.input"), "left"),
               (template("chain.column.local"), "left")]
    if valued:
        columns += [(template("chain.column.local_value"), "right"), (template("chain.column.upstream"), "right"),
                    (template("chain.column.contribution"), "right")]
    table = graph_table("chain.title.backward", columns)
    rows = []
    for edge in result.graph["backward"]:
        local = result.readable.get(edge["local"], edge["local"])
        row = [edge["node"], edge["input"], f"∂{edge['node']}/∂{edge['input']} = {local}"]
        if valued:
            row += [format_value(edge[key], out.precision) for key in ("local_value", "upstream", "gradient")]
        rows.append(row)
    add_rows(table, rows, out)
    return table


def _gradient_check_table(result, out: Output):
    table = graph_table("chain.title.gradient", [
        (template("chain.column.input"), "left"), (template("chain.column.gradient"), "right"),
        (template("chain.column.fd"), "right"), (template("chain.column.gap"), "right")])
    rows = []
    for name, value in result.gradient.items():
        fd = result.finite_difference[name]
        gap = abs(float(value) - fd)
        rows.append([f"∂{result.layers[0]['name']}/∂{name}", format_value(value, out.precision),
                     format_value(fd, out.precision), f"{gap:.1e}"])
    add_rows(table, rows, out)
    return table
