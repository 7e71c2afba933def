"""Every input form of DESIGN.md §3, and every way to get one wrong."""

from fractions import Fraction

import numpy as np
import pytest

from mlmath.errors import InputError
from mlmath.parsing import parse_array, parse_matrix, parse_number, parse_vector
from mlmath.parsing.numbers import default_tolerance


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("3", 3, int),
        ("-2.5", -2.5, float),
        ("1e-3", 0.001, float),
        ("3/4", Fraction(3, 4), Fraction),
        ("-6/4", Fraction(-3, 2), Fraction),
        ("8/4", 2, int),
        (" +7 ", 7, int),
        (".5", 0.5, float),
    ],
)
def test_scalars(text, value, kind):
    parsed = parse_number(text)
    assert parsed == value and type(parsed) is kind


@pytest.mark.parametrize("text", ["1,2,3", "1 2 3", "[1,2,3]", "[1 2 3]", " 1, 2 ,3 ", "[ 1 , 2 , 3 ]"])
def test_vector_forms(text):
    vector = parse_vector(text)
    assert vector.tolist() == [1, 2, 3] and vector.dtype == np.int64


@pytest.mark.parametrize("text", ["1,2;3,4", "[[1,2],[3,4]]", "1 2; 3 4", "[[1, 2], [3, 4]]", "[[1 2] [3 4]]"])
def test_matrix_forms(text):
    assert parse_matrix(text).tolist() == [[1, 2], [3, 4]]


def test_entries_in_any_scalar_form_stay_exact():
    matrix = parse_matrix("[[1/2,1/3],[2,-3/4]]")
    assert matrix.dtype == object
    assert matrix.tolist() == [[Fraction(1, 2), Fraction(1, 3)], [2, Fraction(-3, 4)]]
    mixed = parse_vector("1e-3,-2")
    assert mixed.dtype == np.float64 and mixed.tolist() == [0.001, -2.0]


def test_a_vector_is_one_row_and_a_column_counts_as_a_vector():
    assert parse_matrix("1,2,3").shape == (1, 3)
    assert parse_vector("1;2;3").tolist() == [1, 2, 3]
    assert parse_matrix("5").shape == (1, 1)


def test_large_integers_leave_int64_for_exact_python_integers():
    big = parse_vector(f"{2**40},1")
    assert big.dtype == object and big[0] == 2**40


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "empty value"),
        ("   ", "empty value"),
        ("abc", "could not read 'abc' as a number"),
        ("1,two,3", "could not read 'two'"),
        ("nan", "not a finite number"),
        ("1,inf", "not a finite number"),
        ("-Infinity", "not a finite number"),
        ("1e999", "too large"),
        ("1/0", "divides by zero"),
        ("1,2;3", "ragged rows: row 2 has 1 entry but row 1 has 2 entries"),
        ("[[1,2],[3]]", "ragged rows"),
        ("[1,2", "a ']' is missing"),
        ("1,2]", "a '[' is missing"),
        ("[[1,2]", "a ']' is missing"),
        ("[1,2]]", "unexpected text after the closing bracket"),
        ("1,,2", "an entry is missing"),
        ("[1,,2]", "a value is missing after ','"),
        ("[]", "empty list"),
        ("1" * 401, "number too long"),
        ("[[[[[[1]]]]]]", "nested too deeply"),
        ("__import__('os')", "could not read"),
    ],
)
def test_errors_say_what_was_wrong_and_how_to_write_it(text, fragment):
    with pytest.raises(InputError) as caught:
        parse_array(text, "A")
    message = caught.value.message
    assert message.startswith("A: ")
    assert fragment in message
    assert "write" in message or "e.g." in message or "no such" in message
    assert "\n" not in message


def test_three_dimensions_only_when_asked():
    with pytest.raises(InputError, match="at most 2 dimensions"):
        parse_array("[[[1,2],[3,4]]]")
    assert parse_array("[[[1,2],[3,4]]]", max_ndim=3).shape == (1, 2, 2)


# --- files and stdin ---------------------------------------------------------------


def test_csv_tsv_txt_json_npy_files(tmp_path):
    (tmp_path / "m.csv").write_text("1,2\n3,4\n")
    (tmp_path / "m.tsv").write_text("1\t2\n3\t4\n")
    (tmp_path / "m.txt").write_text("# a comment\n1 2\n3 4\n\n")
    (tmp_path / "m.json").write_text("[[1, 2], [3, 4]]")
    np.save(tmp_path / "m.npy", np.array([[1.0, 2.0], [3.0, 4.0]]))
    for name in ("m.csv", "m.tsv", "m.txt", "m.json", "m.npy"):
        assert parse_matrix(f"@{tmp_path / name}").tolist() == [[1, 2], [3, 4]], name


def test_file_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        parse_matrix(f"@{tmp_path / 'missing.csv'}", "A")
    with pytest.raises(InputError, match="use a .csv"):
        parse_matrix(f"@{tmp_path / 'm.xlsx'}", "A")
    (tmp_path / "bad.json").write_text("[[1, 2], [3, NaN]]")
    with pytest.raises(InputError, match="not a finite number"):
        parse_matrix(f"@{tmp_path / 'bad.json'}")
    (tmp_path / "words.json").write_text('{"a": 1}')
    with pytest.raises(InputError, match="numbers or lists"):
        parse_matrix(f"@{tmp_path / 'words.json'}")
    (tmp_path / "ragged.csv").write_text("1,2\n3\n")
    with pytest.raises(InputError, match="ragged rows"):
        parse_matrix(f"@{tmp_path / 'ragged.csv'}")
    np.save(tmp_path / "s.npy", np.array(["a", "b"]))
    with pytest.raises(InputError, match="not numbers"):
        parse_matrix(f"@{tmp_path / 's.npy'}")


def test_stdin_reads_once():
    from mlmath.environment import Environment, running_in

    with running_in(Environment.captured("1,2\n3,4\n")):
        assert parse_matrix("-").tolist() == [[1, 2], [3, 4]]
        with pytest.raises(InputError, match="only once"):
            parse_matrix("-")


def test_default_tolerance_follows_the_decimals_written():
    assert default_tolerance("0.417") == pytest.approx(0.0005, rel=1e-3)
    assert default_tolerance("[[1.5, 0.25]]") == pytest.approx(0.005, rel=1e-3)
    assert default_tolerance("32") == 1e-9
    assert default_tolerance("3/4") == 1e-9


@pytest.mark.parametrize(("written", "tolerance"), [
    ("0.4", 0.05), ("4e-1", 0.05), ("4E-1", 0.05), ("4.0e-1", 0.005), ("0.40", 0.005), ("1.5e3", 50.0),
    ("[0.1, 2e-3]", 0.0005), ("-2.5", 0.05), ("1e-9", 5e-10),
])
def test_the_tolerance_follows_the_last_digit_written_in_any_notation(written, tolerance):
    assert default_tolerance(written) == pytest.approx(tolerance + 1e-9, rel=1e-9)


def test_mse_checked_against_0_4_and_4e_minus_1_gives_one_verdict(cli):
    args = ("loss", "mse", "--pred", "2.5,0,2,8", "--target", "3,-0.5,2,7", "--no-steps")  # mse = 0.375
    decimal, scientific = cli(*args, "--expect", "0.4"), cli(*args, "--expect", "4e-1")
    assert decimal.code == scientific.code == 0
    assert "(tolerance 0.05)" in decimal.stdout and "(tolerance 0.05)" in scientific.stdout


def test_a_large_plain_table_reads_the_same_as_through_the_careful_reader(tmp_path):
    import numpy as np

    from mlmath.parsing import numbers

    rng = np.random.default_rng(0)
    values = np.round(rng.standard_normal((200, 120)) * 100, 3)
    text = "\n".join(", ".join(repr(float(v)) for v in row) for row in values)
    assert len(text) > numbers.FAST_TABLE_CHARS
    (tmp_path / "t.csv").write_text(text)
    fast = parse_matrix(f"@{tmp_path / 't.csv'}")
    careful = numbers._to_array(numbers._read_flat(text, "h"), "h")
    assert fast.dtype == careful.dtype == np.float64 and np.array_equal(fast, careful)
    ints = "\n".join(" ".join(str(v) for v in row) for row in rng.integers(-9, 9, (300, 100)))
    (tmp_path / "i.txt").write_text(ints)
    assert parse_matrix(f"@{tmp_path / 'i.txt'}").dtype == np.int64
    # not plain: a missing entry in row 250 is still found and named by the careful reader
    broken = text.split("\n")
    broken[150] = broken[150].replace(", ", ", , ", 1)
    (tmp_path / "b.csv").write_text("\n".join(broken))
    with pytest.raises(InputError, match="an entry is missing"):
        parse_matrix(f"@{tmp_path / 'b.csv'}")


def test_hostile_files_are_one_line_errors(tmp_path):
    import numpy as np

    (tmp_path / "deep.json").write_text("[" * 100_000 + "1" + "]" * 100_000)
    with pytest.raises(InputError, match="nests its lists too deeply"):
        parse_array(f"@{tmp_path / 'deep.json'}")
    with open(tmp_path / "huge.npy", "wb") as file:  # a header promising 8 TB of numbers
        np.lib.format.write_array_header_1_0(file, {"descr": "<f8", "fortran_order": False, "shape": (10**12,)})
    with pytest.raises(InputError, match="too large to load|cannot read"):
        parse_array(f"@{tmp_path / 'huge.npy'}")


def test_an_exact_number_past_float64_is_refused_where_it_is_read():
    big = "1" + "0" * 309  # 1e309: float64 ends near 1.8e308
    for text in (big, f"{big}/3", f"-{big}"):
        with pytest.raises(InputError, match="too large for a 64-bit float"):
            parse_number(text)
    assert parse_number("1" + "0" * 300) == 10**300  # inside float64's range: kept exact


def test_odd_files_are_read_or_refused_in_one_line(tmp_path):
    import numpy as np

    np.save(tmp_path / "u64.npy", np.array([2**64 - 1, 1], dtype=np.uint64))  # would wrap to -1 in int64
    with pytest.raises(InputError, match="unsigned integers past 2\\^63"):
        parse_array(f"@{tmp_path / 'u64.npy'}")
    np.save(tmp_path / "f32.npy", np.array([1.5, 2.0], dtype=np.float32))
    assert parse_array(f"@{tmp_path / 'f32.npy'}").dtype == np.float64
    (tmp_path / "deep.json").write_text("[" * 500 + "1" + "]" * 500)
    with pytest.raises(InputError, match="too deeply"):
        parse_array(f"@{tmp_path / 'deep.json'}")
    (tmp_path / "big.json").write_text(f"[{10**400}, 1]")
    with pytest.raises(InputError, match="too large for a 64-bit float"):
        parse_array(f"@{tmp_path / 'big.json'}")
    (tmp_path / "folder.csv").mkdir()
    with pytest.raises(InputError, match="a folder, not a file"):
        parse_array(f"@{tmp_path / 'folder.csv'}")
    with pytest.raises(InputError, match="not a usable file name"):
        parse_array("@" + "a" * 5000 + ".csv")
