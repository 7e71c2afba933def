"""QuickTable draws what Rich's Table draws: the same characters in the same styles, cell by cell.

Random tables of mlmath's kind (labels in any script, numbers, styles on columns and on parts of
cells, titles, captions, a minimum width) are drawn both ways at several widths, with colour and
without; the pictures are compared character by character with each character's style.
"""

import io

from hypothesis import given, settings
from hypothesis import strategies as st
from rich import box
from rich.console import Console
from rich.style import Style
from rich.table import Table
from rich.text import Text

from mlmath.render.quicktable import QuickTable, ratio_distribute

WORDS = st.text(alphabet=st.sampled_from(list("abcxyz012.-–⋮…·") + ["가", "나", "ж", "ß", " "]), max_size=7)
STYLES = st.sampled_from(["", "bold", "dim", "white on rgb(68,1,84)", "black on rgb(253,231,37)", "italic red"])


def picture(table, width, color):
    """(character, style) for every cell of the terminal, line by line."""
    console = Console(file=io.StringIO(), width=width, color_system="truecolor" if color else None,
                      force_terminal=color, highlight=False, emoji=False, legacy_windows=False)
    lines = console.render_lines(table, console.options.update(height=None), pad=False, new_lines=False)
    # no style and the empty style look the same
    return [[(char, segment.style or Style()) for segment in line for char in segment.text] for line in lines], \
        console.render_lines


@st.composite
def tables(draw):
    count = draw(st.integers(1, 6))
    columns = [dict(justify=draw(st.sampled_from(["left", "center", "right"])), style=draw(STYLES),
                    header=draw(WORDS)) for _ in range(count)]
    rows = []
    for _ in range(draw(st.integers(0, 5))):
        row = []
        for _ in columns:
            words = draw(WORDS)
            if draw(st.booleans()):
                text = Text(words, style=draw(STYLES))
                if words and draw(st.booleans()):
                    text.stylize(draw(STYLES), 0, draw(st.integers(1, len(words))))
                row.append(text)
            else:
                row.append(words)
        rows.append(row)
    settings_ = dict(box=draw(st.sampled_from([box.SIMPLE, box.SIMPLE_HEAD])), pad_edge=False,
                     title=draw(st.one_of(st.none(), WORDS)), caption=draw(st.one_of(st.none(), WORDS)),
                     title_justify=draw(st.sampled_from(["left", "center"])),
                     min_width=draw(st.one_of(st.none(), st.integers(1, 70))))
    return columns, rows, settings_


def build(kind, columns, rows, settings_):
    table = kind(**settings_)
    for column in columns:
        table.add_column(column["header"], justify=column["justify"], style=column["style"], no_wrap=True)
    for row in rows:
        table.add_row(*row)
    return table


@settings(max_examples=400, deadline=None)
@given(tables(), st.sampled_from([20, 40, 80]), st.booleans())
def test_quick_table_draws_what_rich_draws(spec, width, color):
    table = build(QuickTable, *spec)
    assert table._simple_cells() is not None  # drawn by QuickTable itself (when it fits)
    quick, _ = picture(table, width, color)
    rich, _ = picture(build(Table, *spec), width, color)
    assert quick == rich
    # measured as Rich measures it (a table inside Columns or a tree is measured first)
    from rich.measure import Measurement

    console = Console(width=width, file=io.StringIO())
    assert Measurement.get(console, console.options, table) == \
        Measurement.get(console, console.options, build(Table, *spec))


def test_a_table_it_cannot_draw_is_drawn_by_rich():
    table = QuickTable(box=box.ROUNDED)
    table.add_column("a")
    table.add_row("[bold]x[/]")
    assert picture(table, 40, False)[0] == picture(build(Table, [dict(header="a", justify="left", style="")],
                                                             [], dict(box=box.ROUNDED)), 40, False)[0][:0] + \
        picture(_rounded(), 40, False)[0]


def _rounded():
    table = Table(box=box.ROUNDED)
    table.add_column("a")
    table.add_row("[bold]x[/]")
    return table


def test_ratio_distribute_is_richs():
    from rich._ratio import ratio_distribute as richs

    for total in range(0, 30):
        for ratios in ([1], [3, 1, 2], [5, 5], [7, 1, 1, 1], [2, 9, 4, 4, 1]):
            assert ratio_distribute(total, ratios) == richs(total, ratios)


@settings(max_examples=300, deadline=None)
@given(st.lists(tables(), min_size=1, max_size=3), st.sampled_from([40, 80, 120]), st.booleans())
def test_side_by_side_draws_what_rich_columns_draws(specs, width, color):
    """Pieces that fit on one line: what Columns draws.  Otherwise each line of pieces is drawn as Columns
    draws those pieces, and a piece alone as it is drawn by itself (Columns would put it in a grid cell
    and crop or wrap its caption to the cell)."""
    from rich.columns import Columns
    from rich.measure import Measurement

    from mlmath.render.tables import SideBySide, _wider_annotation

    ours = picture(SideBySide([build(QuickTable, *spec) for spec in specs], gap=3), width, color)[0]
    richs = [build(Table, *spec) for spec in specs]
    console = Console(width=width)
    widths = [Measurement.get(console, console.options, table).maximum for table in richs]
    alone = [_wider_annotation(table, size) for table, size in zip(richs, widths)]
    lines: list[list[int]] = []  # pieces on one line: left to right while they fit
    for index, size in enumerate(widths):
        if lines and not alone[index] and not alone[lines[-1][-1]] and \
                sum(widths[i] + 3 for i in lines[-1]) + size <= width:
            lines[-1].append(index)
        else:
            lines.append([index])
    expected = []
    for line in lines:
        pieces = [richs[i] for i in line]
        by_itself = len(line) == 1 and (alone[line[0]] or widths[line[0]] > width)
        expected += picture(pieces[0] if by_itself else Columns(pieces, padding=(0, 3)), width, color)[0]
    assert ours == expected
    if len(lines) == 1 and not alone[0]:
        assert ours == picture(Columns(richs, padding=(0, 3)), width, color)[0]
