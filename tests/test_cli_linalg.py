"""matmul, dot and cosine from the command line: JSON, exit codes, messages."""

import pytest


def test_matmul_json_course_example(cli):
    run = cli("matmul", "[[2,3],[4,5],[6,7]]", "[[10],[20]]", "--json")
    assert run.code == 0
    document = run.json
    assert document["command"] == "matmul"
    assert document["result"] == [[80], [140], [200]]
    assert document["shape"] == [3, 1]
    assert document["shapes"] == [[3, 2], [2, 1]]
    assert isinstance(document["steps"], list) and document["steps"][0]["rule"] == "matmul.shape_rule"


def test_matmul_shows_every_cell(cli):
    run = cli("matmul", "1,2,3;4,5,6;7,8,9;10,11,12", "2,3;4,5;6,7")
    assert run.code == 0
    assert "A·B: (4×3) · (3×2) → 4×2" in run.stdout
    assert "c₁₁ = row 1 · column 1 = 1·2 + 2·4 + 3·6 = 28" in run.stdout
    assert "c₄₂ = row 4 · column 2 = 10·3 + 11·5 + 12·7 = 169" in run.stdout
    assert cli("matmul", "1,2,3;4,5,6;7,8,9;10,11,12", "2,3;4,5;6,7", "--json").json["result"] == [
        [28, 34], [64, 79], [100, 124], [136, 169]]


def test_matmul_mismatch_suggests_transpose(cli):
    run = cli("matmul", "[[3,4],[5,6]]", "[[0.5,0.2]]")
    assert run.code == 2
    assert run.stdout == ""
    assert run.stderr.count("\n") == 1
    assert "A·Bᵀ would fit and give 2×1" in run.stderr
    assert "Traceback" not in run.stderr


def test_matmul_elementwise(cli):
    run = cli("matmul", "[[3,4],[5,6]]", "[[0.5,0.2]]", "--elementwise", "--json")
    assert run.code == 0 and run.json["result"] == [[1.5, 0.8], [2.5, 1.2]]
    assert cli("matmul", "[[3,4],[5,6]]", "[[0.5,0.2]]", "-e").code == 0


def test_matmul_chain_and_fractions(cli):
    assert cli("matmul", "1,2;3,4", "0,1;1,0", "2;1", "--json").json["result"] == [[5], [11]]
    run = cli("matmul", "[[1/2,1/3]]", "3;6")
    assert "7/2" in run.stdout


def test_matmul_large_prints_a_truncated_view(cli, tmp_path):
    import numpy as np

    np.save(tmp_path / "a.npy", np.arange(1_000_000, dtype=float).reshape(1000, 1000) / 1e6)
    run = cli("matmul", f"@{tmp_path / 'a.npy'}", f"@{tmp_path / 'a.npy'}")
    assert run.code == 0
    assert "showing" in run.stdout and "of 1000×1000" in run.stdout
    assert len(run.stdout.splitlines()) < 120
    assert "too many to write out" in run.stdout


def test_dot_expect(cli):
    assert cli("dot", "1,2,3", "4,5,6", "--expect", "32").code == 0
    failed = cli("dot", "1,2,3", "4,5,6", "--expect", "31")
    assert failed.code == 1
    assert "✗ expected 31, got 32" in failed.stdout
    passed = cli("dot", "1,2,3", "4,5,6", "--expect", "32")
    assert "✓" in passed.stdout


def test_expect_tolerance_from_decimals_and_tol(cli):
    # cos = 32/√(14·77) = 0.974631846…
    assert cli("cosine", "1,2,3", "4,5,6", "--expect", "0.9746").code == 0
    assert cli("cosine", "1,2,3", "4,5,6", "--expect", "0.98").code == 1  # 0.98 ± 0.005 excludes 0.9746
    assert cli("cosine", "1,2,3", "4,5,6", "--expect", "0.98", "--tol", "0.01").code == 0
    document = cli("dot", "1,2,3", "4,5,6", "--expect", "31", "--json").json
    assert document["check"] == {"expected": 31, "got": 32, "passed": False, "tolerance": 1e-9}


def test_negative_values_are_values_not_options(cli):
    assert cli("dot", "-1,2", "3,-4", "--json").json["result"] == -11
    assert cli("cosine", "1,2", "-2,-4", "--json").json["result"] == -1
    assert cli("matmul", "-1", "-2", "--json").json["result"] == [[2]]


def test_dot_json_fields(cli):
    document = cli("dot", "1,2,3", "4,5,6", "--json").json
    assert document["result"] == 32
    assert document["terms"] == [4, 10, 18]
    assert document["norm_a"] == pytest.approx(14 ** 0.5, abs=1e-15)
    assert document["direction"] == "same"


def test_cosine_zero_vector_exits_2(cli):
    run = cli("cosine", "0,0", "1,1")
    assert run.code == 2
    assert "zero vector" in run.stderr and "undefined" in run.stderr


def test_cosine_many_vectors_and_query(cli, tmp_path):
    (tmp_path / "rows.csv").write_text("1,0\n0,1\n1,1\n")
    document = cli("cosine", f"@{tmp_path / 'rows.csv'}", "--json").json
    assert len(document["result"]) == 3 and document["labels"] == ["a1", "a2", "a3"]
    ranked = cli("cosine", f"@{tmp_path / 'rows.csv'}", "--query", "2,1", "--json").json
    assert [entry["label"] for entry in ranked["ranking"]] == ["a3", "a1", "a2"]
    shown = cli("cosine", "1,0", "0,1", "1,1", "--plot")
    assert "Similarity heatmap" in shown.stdout


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("dot", "1,2", "1,2,3"), "a has 2 entries and b has 3"),
        (("dot", "1,x", "1,2"), "A: could not read 'x' as a number"),
        (("dot", "1,2"), "Missing argument"),
        (("dot", "1,2", "3,4", "--jsn"), "No such option: --jsn"),
        (("matmul", "1,2;3", "1"), "ragged rows"),
        (("matmul", "[1,2", "1"), "unbalanced brackets"),
        (("matmul", "nan", "1"), "not a finite number"),
        (("cosine", "1,2", "1,2,3"), "differ in length"),
        (("cosine", "1,2"), "needs two vectors"),
        (("dot", "1,2", "3,4", "--expect", "abc"), "--expect: could not read 'abc'"),
        (("dot", "1,2", "3,4", "--precision", "x"), "--precision"),
        (("nosuch",), "No such command"),
    ],
)
def test_bad_input_is_one_line_on_stderr_with_exit_2(cli, args, fragment):
    run = cli(*args)
    assert run.code == 2, run
    assert fragment in run.stderr
    assert run.stderr.count("\n") == 1
    assert "Traceback" not in run.stderr
    assert run.stdout == ""


def test_precision_and_no_steps(cli):
    run = cli("cosine", "1,2,3", "4,5,6", "--precision", "2", "--no-steps")
    assert "0.97" in run.stdout and "0.9746" not in run.stdout
    assert "Steps" not in run.stdout
    assert "Steps" in cli("cosine", "1,2,3", "4,5,6").stdout


def test_stdin_dash(cli):
    assert cli("dot", "-", "1,1", "--json", stdin="2,3\n").json["result"] == 5


def test_overflow_is_null_with_a_warning_in_json(cli):
    document = cli("matmul", "[[1e308]]", "[[10]]", "--json").json
    assert document["result"] == [[None]]
    assert document["warnings"] == ["result[0][0] is inf; written as null"]


def test_an_unexpected_error_is_one_line_exit_70(cli, monkeypatch):
    from mlmath.core import linalg

    def broken(*args, **kwargs):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(linalg, "dot", broken)
    run = cli("dot", "1,2", "3,4")
    assert run.code == 70
    assert run.stderr == "mlmath: internal error (ZeroDivisionError: boom); please report it with the command you ran\n"


@pytest.mark.parametrize(("a", "b", "reading"), [
    ("1,2", "-2,-4", "-1: exactly opposite directions"),  # b = −2a
    ("1,0", "0,1", "0: at right angles (orthogonal)"),
    ("0.5,0.5", "3,3", "1: exactly the same direction"),  # b = 6a, exact in decimals too
    ("1,2", "2,4.1", "is close to 1: very similar"),
])
def test_an_exact_cosine_is_read_as_exact(cli, a, b, reading):
    run = cli("cosine", a, b)
    assert reading in " ".join(run.stdout.split())
    assert cli("cosine", a, b, "--json").json["reading"] in ("opposite", "unrelated", "very_similar")


@pytest.mark.parametrize(("args", "message"), [
    (("--tol", "abc"), "--tol: could not read 'abc'"),  # checked even without --expect
    (("--expect", "[1e400]"), "--expect"),
    (("--export", "{tmp}/folder.txt"), "folder.txt' is a folder"),
])
def test_malformed_common_options_exit_2_before_anything_is_printed(cli, tmp_path, args, message):
    (tmp_path / "folder.txt").mkdir()
    run = cli("dot", "1,2", "3,4", *(arg.format(tmp=tmp_path) for arg in args))
    assert run.code == 2 and run.stdout == "" and message in run.stderr and len(run.stderr.splitlines()) == 1


def test_the_notes_broadcasting_example_with_a_transpose(cli):
    """[[3,4],[5,6]]·[[0.5,0.2]]ᵀ = [[2.3],[3.7]]: 3·0.5 + 4·0.2 and 5·0.5 + 6·0.2, by hand."""
    for written in ("[[0.5,0.2]]ᵀ", "[[0.5,0.2]].T", "0.5,0.2ᵀ"):
        run = cli("matmul", "[[3,4],[5,6]]", written, "--json")
        assert run.code == 0 and run.json["result"] == [[2.3], [3.7]], written
    shown = cli("matmul", "[[3,4],[5,6]]", "[[0.5,0.2]]ᵀ").stdout
    assert "A·Bᵀ: (2×2) · (2×1) → 2×1" in shown


def test_a_mismatch_says_how_to_write_the_transpose_that_fits(cli):
    run = cli("matmul", "[[3,4],[5,6]]", "[[0.5,0.2]]")
    assert run.code == 2 and run.stderr.count("\n") == 1
    assert "A·Bᵀ would fit and give 2×1: write B transposed as '[[0.5,0.2]]ᵀ'" in run.stderr


def test_a_file_operand_can_be_transposed(cli, tmp_path):
    (tmp_path / "b.csv").write_text("1,2,3\n4,5,6\n")
    run = cli("matmul", "1,1", f"@{tmp_path / 'b.csv'}.T", "--json")  # (1×2)·Bᵀ with Bᵀ 3×2: does not fit
    assert run.code == 2
    run = cli("matmul", "1,1,1", f"@{tmp_path / 'b.csv'}.T", "--json")  # (1×3)·(3×2) = [[1+2+3, 4+5+6]]
    assert run.code == 0 and run.json["result"] == [[6, 15]]
