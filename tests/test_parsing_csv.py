"""CSV files read with the standard library: header rows, names, quoted fields, detected delimiters."""

import math

import pytest

from mlmath.errors import InputError
from mlmath.parsing import parse_array, parse_labeled


def write(tmp_path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return f"@{path}"


def cosine(a, b) -> float:
    return sum(x * y for x, y in zip(a, b)) / math.sqrt(sum(x * x for x in a) * sum(y * y for y in b))


def softmax(z):
    exps = [math.exp(v - max(z)) for v in z]
    return [e / sum(exps) for e in exps]


def test_a_header_row_and_a_column_of_names_become_labels(tmp_path):
    source = write(tmp_path, "words.csv", 'word,x,y\nking,0.5,0.7\n"queen, the",0.4,0.8\n')
    array, columns, rows = parse_labeled(source)
    assert array.tolist() == [[0.5, 0.7], [0.4, 0.8]]
    assert columns == ["x", "y"] and rows == ["king", "queen, the"]


@pytest.mark.parametrize(("text", "expected"), [
    ("1;2;3\n4;5;6\n", [[1, 2, 3], [4, 5, 6]]),          # not six one-number rows
    ("1\t2\n3\t4\n", [[1, 2], [3, 4]]),
    ('"1","2.5"\n"3","4"\n', [[1, 2.5], [3, 4]]),
    ("a;b\n1.5;2\n", [[1.5, 2]]),
    ("1 2 3\n4 5 6\n", [[1, 2, 3], [4, 5, 6]]),           # spaces, as before
    ("# a comment\n1,2\n", [[1, 2]]),
    ("7\n8\n", [[7], [8]]),
])
def test_delimiters_and_quotes(tmp_path, text, expected):
    assert parse_array(write(tmp_path, "m.csv", text)).tolist() == expected


def test_a_tsv_file_is_split_at_tabs(tmp_path):
    assert parse_labeled(write(tmp_path, "m.tsv", "a\tb\n1\t2\n"))[:2][1] == ["a", "b"]


@pytest.mark.parametrize("text", ["1,5;2,5\n3,5;4,5\n", "1,2\n3;4;5\n1,2,3\n"])
def test_an_ambiguous_or_ragged_file_is_an_error_that_says_how_to_write_it(tmp_path, text):
    with pytest.raises(InputError) as error:
        parse_array(write(tmp_path, "m.csv", text), "A")
    assert "A: " in error.value.message and "one kind of delimiter" in error.value.message


def test_a_word_among_the_numbers_is_named_by_row_and_entry(tmp_path):
    with pytest.raises(InputError) as error:
        parse_array(write(tmp_path, "m.csv", "1,2\n3,x\n4,5\n"))
    assert "entry 2 of row 2" in error.value.message


def test_cosine_of_a_header_row_csv_labels_its_rows(cli, tmp_path):
    source = write(tmp_path, "words.csv", "word,x,y,z\nking,0.5,0.7,0.1\nqueen,0.45,0.8,0.12\nman,0.6,0.2,0.1\n")
    document = cli("cosine", source, "--json").json
    assert document["labels"] == ["king", "queen", "man"]
    rows = [[0.5, 0.7, 0.1], [0.45, 0.8, 0.12], [0.6, 0.2, 0.1]]
    for i, a in enumerate(rows):
        for j, b in enumerate(rows):
            assert document["matrix"][i][j] == pytest.approx(cosine(a, b), abs=1e-12)
    shown = cli("cosine", source, "--no-plot").stdout
    assert "king" in shown and "queen" in shown


def test_cosine_of_a_semicolon_csv(cli, tmp_path):
    source = write(tmp_path, "pair.csv", "1;2;3\n4;5;6\n")
    document = cli("cosine", source, "--json").json
    assert document["result"] == pytest.approx(cosine([1, 2, 3], [4, 5, 6]), abs=1e-12)


def test_softmax_of_a_header_row_csv_names_its_classes(cli, tmp_path):
    source = write(tmp_path, "logits.csv", "cat,dog,bird\n2.0,1.0,0.1\n")
    document = cli("softmax", source, "--json").json
    assert document["result"][0] == pytest.approx(softmax([2.0, 1.0, 0.1]), abs=1e-12)
    shown = cli("softmax", source, "--no-plot").stdout
    assert all(name in shown for name in ("cat", "dog", "bird"))


def test_softmax_of_a_semicolon_csv(cli, tmp_path):
    source = write(tmp_path, "logits.csv", "1;2;3\n0;0;0\n")
    document = cli("softmax", source, "--json").json
    assert document["result"][0] == pytest.approx(softmax([1, 2, 3]), abs=1e-12)
    assert document["result"][1] == pytest.approx([1 / 3] * 3, abs=1e-12)


def test_an_ambiguous_file_is_exit_2_with_one_line(cli, tmp_path):
    ran = cli("softmax", write(tmp_path, "m.csv", "1,5;2,5\n"))
    assert ran.code == 2 and ran.stdout == "" and len(ran.stderr.strip().splitlines()) == 1
    assert "ambiguous" in ran.stderr
