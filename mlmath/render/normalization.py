"""The view of normalize: the input and the result, the statistics, box plots before and after, steps."""

from __future__ import annotations

from mlmath.render.output import Output
from mlmath.render.steps import show_headline, show_steps
from mlmath.render.tables import matrix_table
from mlmath.text import template

MAX_BOXES = 12  # boxes per plot: the first features (or samples for layernorm)
SIDE_BY_SIDE_WIDTH = 70  # narrower than this, "after" is drawn under "before"
BOX_PLOT_HEIGHT = 14


def _matrix(values, rows: bool):
    """A result field as samples × features (a vector is a column, or a row for layernorm)."""
    import numpy as np

    array = np.asarray(values, dtype=float)
    if array.ndim == 2:
        return array
    return array.reshape(1, -1) if rows else array.reshape(-1, 1)


def _labels(key: str, count: int) -> list[str]:
    pattern = template(key)
    return [pattern.format(index=index + 1) for index in range(count)]


def show_normalize(result, out: Output) -> None:
    import numpy as np

    rows = result.method == "layernorm"
    x = _matrix(result.x, rows)
    y = _matrix(result.result, rows)
    samples, features = x.shape
    eval_mode = result.method == "batchnorm" and not result.training
    if result.method == "minmax":
        low, high = result.feature_range
        show_headline(out, "normalization.headline.minmax", low=low, high=high)
    elif result.method == "standard":
        show_headline(out, "normalization.headline.standard")
    elif result.method == "layernorm":
        show_headline(out, "normalization.headline.layernorm")
    else:
        show_headline(out, "normalization.headline.batchnorm_eval" if eval_mode else "normalization.headline.batchnorm")

    sample_labels = _labels("normalization.label.row", samples)
    feature_labels = _labels("normalization.label.column", features)
    table = dict(precision=out.precision, width=out.width)
    out.console.print(matrix_table(x, title=template("normalization.title.input"), row_labels=sample_labels,
                                   col_labels=feature_labels, **table))
    out.console.print(matrix_table(y, title=template("normalization.title.result"), row_labels=sample_labels,
                                   col_labels=feature_labels, **table))
    affine = result.gamma is not None and not (np.all(result.gamma == 1) and np.all(result.beta == 0))
    if result.normalized is not None and affine:
        out.console.print(matrix_table(_matrix(result.normalized, rows),
                                       title=template("normalization.title.normalized"),
                                       row_labels=sample_labels, col_labels=feature_labels, **table))
    _statistics(result, out, sample_labels, feature_labels)
    if out.wants_plot:
        _box_plots(x, y, rows, out)
    show_steps(result.steps, out)


def _statistics(result, out: Output, sample_labels: list[str], feature_labels: list[str]) -> None:
    """One row per statistic and one column per feature; for layernorm one row per sample."""
    import numpy as np

    method = result.method
    if method == "layernorm":
        values = np.column_stack([result.mean, result.variance, result.std])
        labels = [template("normalization.label.mean"), template("normalization.label.variance"),
                  template("normalization.label.denominator")]
        out.console.print(matrix_table(values, title=template("normalization.title.statistics_rows"),
                                       row_labels=sample_labels, col_labels=labels, precision=out.precision,
                                       width=out.width))
        return
    if method == "standard":
        entries = [("normalization.label.mean", result.mean), ("normalization.label.variance", result.variance),
                   ("normalization.label.std", result.std)]
    elif method == "minmax":
        entries = [("normalization.label.minimum", result.minimum), ("normalization.label.maximum", result.maximum)]
    elif result.training:
        entries = [("normalization.label.mean", result.mean), ("normalization.label.variance", result.variance),
                   ("normalization.label.denominator", result.std), ("normalization.label.gamma", result.gamma),
                   ("normalization.label.beta", result.beta),
                   ("normalization.label.unbiased", result.unbiased_variance),
                   ("normalization.label.old_mean", result.running_mean),
                   ("normalization.label.new_mean", result.new_running_mean),
                   ("normalization.label.old_var", result.running_var),
                   ("normalization.label.new_var", result.new_running_var)]
    else:
        entries = [("normalization.label.eval_mean", result.mean),
                   ("normalization.label.eval_variance", result.variance),
                   ("normalization.label.eval_denominator", result.std), ("normalization.label.gamma", result.gamma),
                   ("normalization.label.beta", result.beta)]
    out.console.print(matrix_table(np.array([value for _, value in entries], dtype=float),
                                   title=template("normalization.title.statistics"),
                                   row_labels=[template(key) for key, _ in entries],
                                   col_labels=feature_labels, precision=out.precision, width=out.width))


def _quintuples(matrix, count: int) -> list[list[float]]:
    """min, quartiles and max of each of the first ``count`` columns (computed for those only)."""
    import numpy as np

    shown = matrix[:, :count]
    return np.percentile(shown, [0, 25, 50, 75, 100], axis=0).T.tolist()


def _box_plots(x, y, rows: bool, out: Output) -> None:
    """A box per feature (per sample for layernorm) of the values before and after: min, quartiles, max."""
    import plotext as plt

    from mlmath.render.plots import MAX_PLOT_WIDTH, print_plot

    if rows:  # one box per sample: its features
        x, y = x.T, y.T
    count = x.shape[1]
    shown = min(count, MAX_BOXES)
    names = [str(index + 1) for index in range(shown)]
    unit = template("normalization.unit.row" if rows else "normalization.unit.column")
    side_by_side = out.width >= SIDE_BY_SIDE_WIDTH
    plt.main()  # the whole figure, not a subplot left active by an earlier plot
    plt.clear_figure()
    plt.theme("clear")
    try:
        width = min(out.width, MAX_PLOT_WIDTH)
        plt.plot_size(width, BOX_PLOT_HEIGHT * (1 if side_by_side else 2))
        plt.subplots(1, 2) if side_by_side else plt.subplots(2, 1)
        panels = (("normalization.title.before", x), ("normalization.title.after", y))
        for position, (key, matrix) in enumerate(panels, start=1):
            plt.subplot(1, position) if side_by_side else plt.subplot(position, 1)
            plt.title(template(key))
            plt.box(names, _quintuples(matrix, shown), quintuples=True, width=0.4, colors=["blue+", "red+"])
            low, high = float(matrix[:, :shown].min()), float(matrix[:, :shown].max())
            if high - low < 1e-12 * max(1.0, abs(high)):  # a flat range: widen it so the axis has ticks
                pad = max(1.0, abs(high) * 0.1)
                plt.ylim(low - pad, high + pad)
            plt.xlabel(unit)
        out.console.print(f"[bold]{template('normalization.title.plot').format(unit=unit)}[/]")
        print_plot(out.console, plt.build())
    finally:
        plt.main()  # the next plot starts from one plain figure, not these two subplots
        plt.clear_figure()
    if shown < count:
        out.console.print(template("normalization.plot_hidden").format(shown=shown, count=count), style="dim")
