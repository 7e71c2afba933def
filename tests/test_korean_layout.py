"""Korean text keeps tables and plots aligned: double-width characters are measured in terminal cells."""

import re

import pytest
from rich.cells import cell_len

from mlmath.render.plots import Series, bar_chart, line_plot

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def widths(text: str) -> list[int]:
    return [cell_len(ANSI.sub("", line)) for line in text.splitlines()]


@pytest.mark.parametrize("width", [40, 60, 100])
def test_bars_with_korean_labels_line_up(width):
    text = bar_chart(["고양이", "개", "새"], [0.09, 0.24, 0.67], title="확률", width=width, value_limits=(0, 1))
    assert set(widths(text)) == {width}
    labelled = [ANSI.sub("", line) for line in text.splitlines() if "┤" in line]
    # in the order given, from the top
    assert [line.split("┤")[0] for line in labelled] == ["고양이", "    개", "    새"]


def test_bars_with_korean_labels_under_vertical_bars_line_up():
    text = bar_chart(["고양이", "개"], [0.3, 0.7], width=60, horizontal=False, value_limits=(0, 1))
    assert max(widths(text)) == 60
    assert "고양이" in text and "개" in text


def test_english_bars_are_drawn_as_plotext_draws_them():
    import plotext as plt

    text = bar_chart(["cat", "dog"], [0.25, 0.75], title="p", width=60, value_limits=(0, 1))
    plt.clear_figure()
    plt.theme("clear")
    plt.plot_size(60, 6)  # a row per bar
    plt.title("p")
    plt.bar(["dog", "cat"], [0.75, 0.25], orientation="horizontal", color="blue+", width=0.6)  # bottom up
    plt.xlim(0, 1)
    assert text == plt.build()


def test_each_bar_label_sits_on_its_bar_first_at_the_top():
    labels = list("abcde")
    text = bar_chart(labels, [0.05, 0.08, 0.22, 0.61, 0.03], title="p", width=60, value_limits=(0, 1))
    rows = [line for line in text.splitlines() if "┤" in line]
    assert [row.split("┤")[0].strip() for row in rows] == labels
    assert all("█" in row for row in rows)


def test_a_korean_title_and_legend_fit_the_width():
    series = [Series("시그모이드", [0, 1, 2], [0, 1, 0]), Series("도함수", [0, 1, 2], [1, 0, 1])]
    text = line_plot(series, title="함수와 도함수", xlabel="입력", width=60)
    assert max(widths(text)) == 60
    assert "시그모이드" in text and "함수와 도함수" in text


def test_korean_facts_wrap_without_cutting_a_word(cli):
    # at 100 columns Rich's ellipsis overflow cut "0.25" of this fact to "0.2…"
    output = cli("activation", "sigmoid", "-2", "0", "2", "--lang", "ko", "--no-plot").stdout
    assert "…" not in output
    assert "기울기에 0.25" in " ".join(output.split())


@pytest.mark.parametrize("columns", ["60", "100"])
@pytest.mark.parametrize("args", [
    ["softmax", "1,2,3", "--labels", "고양이,개,새", "--plot"],
    ["activation", "gelu", "-2", "0", "2", "--plot"],
    ["loss", "mse", "--pred", "2.5,0,2,8", "--target", "3,-0.5,2,7", "--compare"],
    ["loss", "ce", "--pred", "[[0.2,0.8],[0.5,0.5]]", "--target", "[[0,1],[1,0]]", "--compare"],
    ["check", "examples/homework.toml"],
])
def test_korean_output_fits_the_terminal(cli, monkeypatch, columns, args):
    monkeypatch.setenv("COLUMNS", columns)
    run = cli(*args, "--lang", "ko")
    assert run.code == 0
    assert max(widths(run.stdout)) <= int(columns)
    assert "…" not in run.stdout


@pytest.mark.parametrize("columns", [str(width) for width in range(40, 121, 8)])
@pytest.mark.parametrize("args", [
    ["attention", "--seq", "나는 학교에 간다"],
    ["attention", "--seq", "I go to school", "--kv-seq", "나는 학교에 간다"],
    ["cosine", "1,2", "3,4", "5,-6", "7,8", "1,1", "2,-1", "0,3", "4,4", "-1,2", "3,0", "6,6"],
])
def test_no_number_or_word_is_cut_short(cli, monkeypatch, columns, args):
    """Tables hide whole columns behind … instead of cutting numbers, and a sentence that fills a line
    to its last cell with a Korean character keeps that character."""
    monkeypatch.setenv("COLUMNS", columns)
    run = cli(*args, "--plot", "--lang", "ko")
    assert run.code == 0, run.stderr
    assert max(widths(run.stdout)) <= int(columns)
    for line in run.stdout.splitlines():
        text = line.rstrip()
        assert not (text.endswith("…") and len(text) > 1 and text[-2] not in " "), line


def test_without_colour_each_line_has_its_own_marker():
    series = [Series("f", [0, 1, 2], [0, 1, 4]), Series("f′", [0, 1, 2], [0, 2, 4])]
    plain = ANSI.sub("", line_plot(series, width=60, color=False))  # colour codes are dropped when printed
    assert "⢕⢕ f " in plain and "•• f′" in plain
    assert "•" not in ANSI.sub("", line_plot(series, width=60, color=True))
