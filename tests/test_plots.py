"""Plot axes a reader can trust: ticks at round numbers inside the range, labels without -0."""

import math
import re
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from mlmath.render.plots import round_ticks

RANGES = st.tuples(st.floats(-1e6, 1e6, allow_nan=False), st.floats(1e-6, 1e6)).map(lambda p: (p[0], p[0] + p[1]))


@given(RANGES, st.integers(3, 8))
def test_ticks_are_round_and_inside_the_range(bounds, count):
    low, high = bounds
    ticks, labels = round_ticks(low, high, count)
    slack = 1e-6 * (high - low)  # a tick a hair outside the data (0 for data from 6e-08) is drawn at the edge
    assert ticks and all(low - slack <= t <= high + slack for t in ticks)
    if len(ticks) > 1:
        step = Decimal(labels[1]) - Decimal(labels[0])
        mantissa = step.scaleb(-step.adjusted()).normalize()
        assert mantissa in (1, 2, 5), (labels, step)  # 1, 2 or 5 times a power of ten
        assert all(Decimal(b) - Decimal(a) == step for a, b in zip(labels, labels[1:])), labels
    assert all(label != "-0" and not re.fullmatch(r"-0\.0*", label) for label in labels)
    assert all(math.isclose(float(label), tick, rel_tol=1e-9, abs_tol=1e-9 * (high - low)) for tick, label in
               zip(ticks, labels))


def test_relu_s_derivative_sits_on_the_row_labelled_1(cli):
    run = cli("activation", "relu", "-2,0,3", "--plot")
    rows = [line for line in run.stdout.splitlines() if "┤" in line]
    labels = [row.split("┤")[0].strip() for row in rows]
    assert labels == ["5", "4", "3", "2", "1", "0"], labels
    one = next(row for row in rows if row.split("┤")[0].strip() == "1")
    assert "•••••" in one  # relu′ = 1 for x > 0, drawn on its own row
