"""View of train: the worked batch as tables, the steps, the epoch table, the loss curves and the decision boundary."""

from __future__ import annotations

from mlmath.core.arrays import shape_text
from mlmath.render.numbers import format_number
from mlmath.render.output import Output
from mlmath.render.steps import show_headline, show_steps
from mlmath.text import template

REGION_MARKERS = ("·", ":", "░", "+", "=", "%", "#", "&")  # a class's share of the plane
PLOT_WIDTH = 80
BOUNDARY_HEIGHT = 24


def show_train(result, out: Output) -> None:
    number = lambda value: format_number(value, out.precision)  # noqa: E731
    layers = "→".join(str(size) for size in result.layers)
    common = {"layers": layers, "activation": result.activation, "name": result.data["name"],
              "epochs": result.epochs_run, "optimizer": result.optimizer["name"]}
    if result.task == "regression":
        show_headline(out, "training.headline.regression", loss=result.metrics["train_loss"], **common)
    else:
        show_headline(out, "training.headline.classes", loss=result.metrics["train_loss"],
                      accuracy=result.metrics["train_accuracy"], **common)
    note = template("training.note.setup").format(
        train=result.data["train"], val=result.data["val"], batch=result.batch_size, batches=result.batches,
        lr=number(result.optimizer["lr"]), seed=result.seed)
    out.console.print(_escape(note), style="dim")
    if result.stopped_early:
        out.console.print(_escape(template("training.note.stopped").format(best=result.best_epoch,
                                                                          stopped=result.epochs_run)), style="bold")
    if out.steps and result.worked is not None:
        _show_worked(result, out)
    show_steps(result.steps, out)
    out.console.print(_epoch_table(result, out))
    out.console.print(_escape(template("training.note.table")), style="dim")
    if out.wants_plot:
        _show_plots(result, out)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def _show_worked(result, out: Output) -> None:
    """Per layer W and b, Z and A (forward), then δ, ∂L/∂W and ∂L/∂b (backward), the batch's first rows."""
    from mlmath.core.training import sup
    from mlmath.render.tables import SideBySide, matrix_table

    worked = result.worked
    title = template("training.title.worked").format(epoch=worked.epoch, rows=worked.rows)
    out.console.print(f"[bold]{_escape(title)}[/]")

    def table(values, key: str, corner: str = "training.corner.sample", rows: int | None = None, **args):
        shape = values.shape if rows is None else (rows, *values.shape[1:])
        return matrix_table(values, title=template(key).format(shape=shape_text(shape), **args),
                            corner=template(corner) if corner else "",
                            row_labels=[""] if values.ndim == 1 else None, precision=out.precision, width=out.width)

    depth = len(worked.w)
    out.console.print(table(worked.x, "training.title.x", rows=worked.rows))
    for index in range(depth):
        layer, prev = sup(index + 1), sup(index)
        pieces = [table(worked.z[index], "training.title.z", rows=worked.rows, layer=layer, prev=prev)]
        if index < depth - 1:
            pieces.append(table(worked.a[index], "training.title.a", rows=worked.rows, layer=layer,
                                name=result.activation))
        elif result.loss in ("bce", "ce"):
            key = "training.title.p_sigmoid" if result.loss == "bce" else "training.title.p_softmax"
            pieces.append(table(worked.a[index], key, rows=worked.rows, layer=layer))
        out.console.print(SideBySide(pieces))
    for index in range(depth - 1, -1, -1):
        layer, prev = sup(index + 1), sup(index)
        out.console.print(SideBySide([
            table(worked.delta[index], "training.title.delta", rows=worked.rows, layer=layer),
            table(worked.grad_w[index], "training.title.grad_w", "training.corner.input", layer=layer, prev=prev)]))


def _epoch_table(result, out: Output):
    from mlmath.render.tables import titled_table

    number = lambda value: "–" if value is None else format_number(value, out.precision)  # noqa: E731
    has_val = result.data["val"] > 0
    classes = result.task != "regression"
    title = template("training.title.epochs_all") if result.every == 1 else template(
        "training.title.epochs").format(every=result.every)
    table = titled_table(title, pad_edge=False)
    columns = [("epoch", "training.column.epoch"), ("train_loss", "training.column.train_loss")]
    if has_val:
        columns.append(("val_loss", "training.column.val_loss"))
    if classes:
        columns.append(("train_accuracy", "training.column.train_accuracy"))
        if has_val:
            columns.append(("val_accuracy", "training.column.val_accuracy"))
    for _, key in columns:
        table.add_column(template(key), justify="right", no_wrap=True)
    for row in result.table:
        style = "bold" if row["epoch"] == result.best_epoch else None
        table.add_row(*[str(row["epoch"]) if name == "epoch" else number(row.get(name)) for name, _ in columns],
                      style=style)
    return table


def _show_plots(result, out: Output) -> None:
    from mlmath.render.plots import Series, line_plot, print_plot

    width = min(out.width, PLOT_WIDTH)
    history = result.history
    epochs = list(range(1, len(history["train_loss"]) + 1))
    series = [Series(template("training.label.train"), epochs, list(history["train_loss"]))]
    if history["val_loss"] is not None:
        series.append(Series(template("training.label.val"), epochs, list(history["val_loss"])))
    positive = all(value > 0 for item in series for value in item.ys)
    spread = positive and max(max(item.ys) for item in series) > 100 * min(min(item.ys) for item in series)
    print_plot(out.console, line_plot(series, title=template("training.title.curve"),
                                      xlabel=template("training.label.epoch"), width=width, log_y=spread,
                                      color=out.color))
    if result.boundary is None or result.points is None:
        return
    if len(result.boundary) == 3:
        print_plot(out.console, _boundary_plot(result, width, out.color))
        count = len(result.data["classes"])
        markers = ", ".join(f"{REGION_MARKERS[k % len(REGION_MARKERS)]} {name}"
                            for k, name in enumerate(result.data["classes"]))
        out.console.print(_escape(template("training.note.boundary").format(markers=markers, count=count)),
                          style="dim")
    else:
        print_plot(out.console, _fit_plot(result, width, out.color))


def _boundary_plot(result, width: int, color: bool) -> str:
    """The predicted class of every grid cell as a faint marker, the training points as their class digit."""
    import numpy as np
    import plotext as plt

    from mlmath.render.plots import COLORS

    xs, ys, grid = result.boundary
    px, labels = result.points
    plt.clear_figure()
    plt.theme("clear")
    plt.plot_size(width, BOUNDARY_HEIGHT)
    plt.title(template("training.title.boundary"))
    gx, gy = np.meshgrid(xs, ys)
    for k in range(len(result.data["classes"])):
        cells = grid == k
        if cells.any():
            plt.scatter(gx[cells].tolist(), gy[cells].tolist(), marker=REGION_MARKERS[k % len(REGION_MARKERS)],
                        color="gray" if not color else COLORS[k % len(COLORS)].rstrip("+"))
    for k in range(len(result.data["classes"])):
        chosen = labels == k
        if chosen.any():
            plt.scatter(px[chosen, 0].tolist(), px[chosen, 1].tolist(), marker=str(k) if k < 10 else "*",
                        color=COLORS[k % len(COLORS)])
    plt.xlim(float(xs[0]), float(xs[-1]))
    plt.ylim(float(ys[0]), float(ys[-1]))
    names = result.feature_names
    plt.xlabel(names[0])
    plt.ylabel(names[1])
    return plt.build()


def _fit_plot(result, width: int, color: bool) -> str:
    import plotext as plt

    xs, curve = result.boundary
    px, targets = result.points
    plt.clear_figure()
    plt.theme("clear")
    plt.plot_size(width, BOUNDARY_HEIGHT)
    plt.title(template("training.title.fit"))
    plt.scatter(px[:, 0].tolist(), targets.reshape(len(px), -1)[:, 0].tolist(), marker="•",
                color="blue+" if color else "default", label=template("training.label.data"))
    plt.plot(xs.tolist(), curve.tolist(), color="red+" if color else "default",
             marker="braille" if color else "x", label=template("training.label.fit"))
    plt.xlabel(result.feature_names[0])
    return plt.build()


def progress_bar(out: Output):
    """A bar over the epochs on stderr once training passes a moment (see mlmath.render.progress)."""
    from mlmath.render import progress

    return progress.progress_bar(out, template("training.progress"), counts=True)
