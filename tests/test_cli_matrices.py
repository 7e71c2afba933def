"""mlmath transpose, inverse and det from the command line: JSON, views, options, exit codes."""

from fractions import Fraction

import numpy as np
import pytest
import sympy


def test_inverse_json_is_exact(cli):
    run = cli("inverse", "[[2,1],[1,1]]", "--json")
    assert run.code == 0 and run.stderr == ""
    document = run.json
    assert document["command"] == "inverse"
    assert document["result"] == [[1, -1], [-1, 2]]
    assert all(isinstance(value, int) for row in document["result"] for value in row)
    assert document["determinant"] == 1 and document["exact"] is True and document["residual"] == 0
    assert document["product"] == [[1, 0], [0, 1]]
    rules = [item["rule"] for item in document["steps"]]
    assert rules[:2] == ["matrices.inverse.method", "matrices.inverse.pivot_rule.first"]
    assert "matrices.inverse.formula" in rules and rules[-1] == "matrices.inverse.check_exact"
    scale = next(item for item in document["steps"] if item["rule"] == "matrices.inverse.scale")
    assert scale["text"].startswith("R₁ ← (1/2)·R₁") and scale["steps"][0]["text"] == "[1, 1/2 | 1/2, 0]  [1, 1 | 0, 1]"


def test_inverse_view_shows_row_operations_on_the_augmented_matrix(cli):
    text = cli("inverse", "[[2,1],[1,1]]").stdout
    assert "A⁻¹ exists: det A = 1 ≠ 0, and A·A⁻¹ = I" in text
    assert "Gauss–Jordan elimination" in text and "[A | I]" in text
    assert "R₂ ← R₂ − 1·R₁: clear column 1 of R₂" in text
    assert "1  1/2  │   1/2  0" in text  # the augmented matrix after R₂ ← R₂ − R₁, drawn as a table
    steps = {item["rule"]: item for item in cli("inverse", "[[2,1],[1,1]]", "--json").json["steps"]}
    assert steps["matrices.inverse.formula"]["text"].endswith(
        "(1/(2·1 − 1·1))·[[1, -1], [-1, 2]] = (1/1)·[[1, -1], [-1, 2]] = [[1, -1], [-1, 2]]")
    assert steps["matrices.inverse.check_exact"]["steps"][0]["text"] == (
        "row 1 of A · column 1 of A⁻¹ = 2·1 + 1·(-1) = 1")


def test_inverse_of_fractions_and_a_swap(cli):
    document = cli("inverse", "0,1/2;2,3", "--json").json
    # det = 0·3 − (1/2)·2 = −1; inverse (1/−1)·[[3, −1/2], [−2, 0]]
    assert document["result"] == [[-3, 0.5], [2, 0]] and document["swaps"] == 1
    assert document["steps"][3]["rule"] == "matrices.inverse.swap.first"


def test_float_inverse_states_partial_pivoting(cli):
    run = cli("inverse", "[[1.0,2.0],[3.0,4.0]]")
    assert "partial pivoting" in run.stdout and "R₁ ↔ R₂" in run.stdout
    document = cli("inverse", "[[1.0,2.0],[3.0,4.0]]", "--json").json
    assert np.allclose(document["result"], np.linalg.inv([[1.0, 2.0], [3.0, 4.0]]), rtol=0, atol=1e-15)
    assert document["pivoting"] == "partial" and document["condition_number"] > 14


@pytest.mark.parametrize(("matrix", "words"), [
    ("[[1,2],[2,4]]", "A is singular: elimination turns row 2 into zeros (-2·row 1 + row 2 = 0), so det A = 0"),
    ("1,2,3;4,5,6;7,8,9", "turns row 3 into zeros (row 1 - 2·row 2 + row 3 = 0)"),
    ("0.1,0.2;0.3,0.6", "turns row 2 into zeros"),
])
def test_singular_exits_2_with_one_line(cli, matrix, words):
    run = cli("inverse", matrix)
    assert run.code == 2 and run.stdout == ""
    assert run.stderr.count("\n") == 1 and words in run.stderr and "Traceback" not in run.stderr


def test_nearly_singular_warns_with_the_condition_number(cli):
    run = cli("inverse", "[[1,1],[1,1.000000000001]]")
    assert run.code == 0
    assert "nearly singular (condition number 4e+12)" in " ".join(run.stdout.split())
    document = cli("inverse", "[[1,1],[1,1.000000000001]]", "--json").json
    assert document["near_singular"] is True and document["condition_number"] == pytest.approx(4e12, rel=1e-3)


@pytest.mark.parametrize("command", ["inverse", "det"])
@pytest.mark.parametrize(("matrix", "problem"), [
    ("1,2,3;4,5,6", "A is 2×3 (2 rows × 3 columns); only a square matrix"),
    ("1,2;3", "ragged rows"),
    ("[[1,x],[2,3]]", "could not read 'x'"),
])
def test_bad_input_exits_2_with_one_line(cli, command, matrix, problem):
    run = cli(command, matrix)
    assert run.code == 2 and run.stderr.count("\n") == 1 and problem in run.stderr
    assert "Traceback" not in run.stderr


def test_expect_on_the_headline(cli):
    assert cli("inverse", "[[2,1],[1,1]]", "--expect", "[[1,-1],[-1,2]]").code == 0
    assert cli("inverse", "[[2,1],[1,1]]", "--expect", "[[1,1],[1,2]]").code == 1
    assert cli("det", "6,1,1;4,-2,5;2,8,7", "--expect", "-306").code == 0
    failed = cli("det", "6,1,1;4,-2,5;2,8,7", "--expect", "306", "--json")
    assert failed.code == 1 and failed.json["check"]["passed"] is False
    assert cli("transpose", "1,2;3,4", "--expect", "1,3;2,4").code == 0


def test_file_and_stdin_input(cli, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("4,7\n2,6\n", encoding="utf-8")
    document = cli("inverse", f"@{path}", "--json").json
    # det 10: (1/10)·[[6, −7], [−2, 4]]
    assert document["result"] == [[0.6, -0.7], [-0.2, 0.4]] and document["determinant"] == 10
    assert cli("det", "-", stdin="4,7\n2,6\n", ).stdout.startswith("det A = 10")
    npy = tmp_path / "b.npy"
    np.save(npy, np.array([[1.5, 2.0], [0.5, 1.0]]))
    assert cli("det", f"@{npy}", "--json").json["result"] == pytest.approx(0.5)


def test_negative_first_entry_is_a_value(cli):
    assert cli("det", "-1,2;3,4", "--json").json["result"] == -10


def test_det_json_and_view(cli):
    three = cli("det", "6,1,1;4,-2,5;2,8,7", "--json").json
    assert three["result"] == -306 and three["method"] == "cofactor"
    assert [c["product"] for c in three["cofactors"]] == [-324, -18, 36]
    text = cli("det", "6,1,1;4,-2,5;2,8,7").stdout
    assert "det M₁₂ = 4·7 − 5·2 = 18, term −1·18 = -18" in text
    assert "det A = -324 + (-18) + 36 = -306" in text
    four = cli("det", "2,0,1,3;1,1,0,2;0,3,1,1;4,1,2,0", "--json").json
    assert four["method"] == "lu" and four["result"] == -32
    assert four["pivots"] == [2, 1, 2.5, -6.4] and four["sign"] == 1
    lu_text = cli("det", "2,0,1,3;1,1,0,2;0,3,1,1;4,1,2,0").stdout
    assert "det A = sign · pivots = 1·2·1·(5/2)·(-32/5) = -32" in lu_text and "u₄₄" in lu_text


def test_det_zero_is_explained(cli):
    run = cli("det", "1,2;2,4")
    assert run.code == 0 and "det A = 0: A is singular (it has no inverse)" in run.stdout


@pytest.mark.parametrize("seed", range(6))
def test_det_and_inverse_agree_with_sympy_from_the_command_line(cli, seed):
    rows = np.random.default_rng(seed).integers(-5, 6, size=(4, 4)).tolist()
    text = ";".join(",".join(str(v) for v in row) for row in rows)
    reference = sympy.Matrix(rows)
    assert cli("det", text, "--json").json["result"] == reference.det()
    if reference.det() != 0:
        got = cli("inverse", text, "--json").json["result"]
        expected = [[float(Fraction(str(v))) for v in row] for row in reference.inv().tolist()]
        assert np.allclose(got, expected, rtol=0, atol=1e-15)


def test_transpose_json_and_view(cli):
    document = cli("transpose", "[[1,2,3],[4,5,6]]", "--json").json
    assert document["result"] == [[1, 4], [2, 5], [3, 6]]
    assert document["shape"] == [2, 3] and document["result_shape"] == [3, 2]
    text = cli("transpose", "[[1,2,3],[4,5,6]]").stdout
    assert "A is 2×3 (2 rows × 3 columns), so Aᵀ is 3×2 (3 rows × 2 columns)" in text
    assert "a₁₂ = 2 → position (2, 1)" in text and "Row 2 of A, [4, 5, 6], becomes column 2 of Aᵀ" in text
    assert "A (1×3: 1 row × 3 columns)" in cli("transpose", "1,2,3").stdout
    row = cli("transpose", "1,2,3", "--json").json["steps"][2]["text"]
    assert row == ("A row vector (1×3) becomes a column vector (3×1): a column vector is written as the transpose "
                   "of a row vector, [1, 2, 3]ᵀ")
    column = cli("transpose", "1;2;3", "--json").json
    assert column["result"] == [[1, 2, 3]] and column["kind"] == "column_vector"


def test_korean(cli):
    inverse = cli("inverse", "[[2,1],[1,1]]", "--lang", "ko").stdout
    assert "가우스-조르당 소거법" in inverse and "단위행렬" in inverse and "역행렬" in inverse
    assert "행렬식" in inverse
    assert "전치행렬" in cli("transpose", "1,2;3,4", "--lang", "ko").stdout
    det = cli("det", "1,2;3,4", "--lang", "ko").stdout
    assert "여인수" in det and "소행렬" in det
    assert "행렬식" in cli("det", "2,0,1,3;1,1,0,2;0,3,1,1;4,1,2,0", "--lang", "ko").stdout


def test_large_inverse_prints_a_truncated_view_at_once(cli, tmp_path):
    a = np.random.default_rng(5).normal(size=(120, 120)) + 12 * np.eye(120)
    path = tmp_path / "big.npy"
    np.save(path, a)
    run = cli("inverse", f"@{path}")
    assert run.code == 0 and "were done the same way" in run.stdout
    assert len(run.stdout.splitlines()) < 120
    document = cli("inverse", f"@{path}", "--json").json
    assert np.allclose(document["result"], np.linalg.inv(a), rtol=1e-12, atol=1e-14)
    det = cli("det", f"@{path}", "--json").json
    assert det["result"] == pytest.approx(np.linalg.det(a), rel=1e-10) and len(det["pivots"]) == 120


@pytest.mark.parametrize("scale", [40.0, -0.02])
def test_a_determinant_beyond_float64_is_said_with_its_size(cli, tmp_path, scale):
    """40²⁰¹ and (−0.02)²⁰¹ leave float64: the headline gives m × 10ᵉ (from the logarithms), never ∞ or
    "singular"; JSON keeps the float64 value and adds the scientific form."""
    a = scale * np.eye(201)
    path = tmp_path / "big.npy"
    np.save(path, a)
    sign, log = np.linalg.slogdet(a)
    log10 = log / np.log(10)
    exponent = int(np.floor(log10))
    mantissa = sign * 10 ** (log10 - exponent)
    for lang, words in (("en", "float64 holds"), ("ko", "float64가 담을 수 있는")):
        first = cli("det", f"@{path}", "--lang", lang).stdout.splitlines()[0]
        shown = first.removeprefix("det A ≈ ").split(" × 10")[0]
        assert float(shown) == pytest.approx(mantissa, rel=1e-3) and words in first
        assert "∞" not in first and "singular" not in first and "특이" not in first
    document = cli("det", f"@{path}", "--json").json
    assert document["scientific"]["exponent"] == exponent
    assert document["scientific"]["mantissa"] == pytest.approx(mantissa, rel=1e-10)


def test_no_steps(cli):
    text = cli("inverse", "[[2,1],[1,1]]", "--no-steps").stdout
    assert "Steps" not in text and "A⁻¹ (2×2)" in text


@pytest.mark.parametrize("columns", ["80", "60"])
def test_narrow_terminals(cli, monkeypatch, columns):
    monkeypatch.setenv("COLUMNS", columns)
    for args in (("inverse", "2,-1,0;-1,2,-1;0,-1,2"), ("det", "6,1,1;4,-2,5;2,8,7"), ("transpose", "1,2,3;4,5,6")):
        run = cli(*args)
        assert run.code == 0
        assert max(len(line) for line in run.stdout.splitlines()) <= int(columns)


def test_matmul_of_a_batch_from_the_command_line(cli):
    document = cli("matmul", "[[[1,2],[3,4]],[[5,6],[7,8]]]", "[[1],[1]]", "--json").json
    assert document["result"] == [[[3], [7]], [[11], [15]]] and document["shape"] == [2, 2, 1]
    text = cli("matmul", "[[[1,2],[3,4]],[[5,6],[7,8]]]", "[[1],[1]]").stdout
    assert "A·B: (2×2×2) · (2×1) → 2×2×1" in text and "A[0] (2×2), the first matrix of 2×2×2" in text
    rule = document["steps"][0]["text"]
    assert rule.startswith("A·B: (2×2×2)·(2×1) → (2×2×1); the batch axes (2) and () broadcast to (2)")
    bad = cli("matmul", "[[[1,2],[3,4]],[[5,6],[7,8]]]", "[[[1],[1]],[[1],[1]],[[1],[1]]]")
    assert bad.code == 2 and "do not broadcast" in bad.stderr and bad.stderr.count("\n") == 1
