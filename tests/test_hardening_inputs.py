"""Hardening of inputs and numerics: standard input capped while it is read, sparse targets without
an identity matrix, files that are empty or odd, and no NumPy warning text on stderr."""

from __future__ import annotations

import math
import subprocess
import sys
import warnings

import numpy as np
import pytest


def one_line(run, code: int = 2) -> None:
    assert run.code == code, (run.code, run.stdout[:200], run.stderr)
    assert len(run.stderr.splitlines()) == 1 and "Traceback" not in run.stderr


def test_endless_standard_input_is_refused_while_it_is_read():
    """`cat /dev/zero | mlmath softmax -`: the reader stops at the cap instead of reading for ever."""
    with open("/dev/zero", "rb") as zeros:
        done = subprocess.run([sys.executable, "-m", "mlmath", "softmax", "-"], stdin=zeros, capture_output=True,
                              timeout=120)
    assert done.returncode == 2
    lines = done.stderr.decode().splitlines()
    assert len(lines) == 1 and "standard input holds more than 50,000,000 characters" in lines[0]


def test_sparse_targets_with_many_classes_need_no_identity_matrix(cli, tmp_path):
    classes = 60_000
    logits = np.zeros((2, classes))
    logits[0, 7] = 3.0
    np.save(tmp_path / "logits.npy", logits)
    run = cli("loss", "sparse-ce", "--logits", "--pred", f"@{tmp_path / 'logits.npy'}", "--target", "7,59999",
              "--json", "--no-steps")
    assert run.code == 0, run.stderr
    # by hand: −log softmax(z)[t]; row 0 (z₇ = 3, the rest 0): log(e³ + 59999) − 3; row 1 (all 0): log 60000
    first = math.log(math.exp(3) + classes - 1) - 3
    second = math.log(classes)
    assert run.json["result"] == pytest.approx((first + second) / 2, rel=1e-12)


def test_one_hot_rows_are_built_per_sample():
    from mlmath.core.losses import loss

    result = loss("sparse-ce", np.array([[0.2, 0.5, 0.3]]), np.array([1]))
    assert result.result == pytest.approx(-math.log(0.5))


@pytest.mark.parametrize("args", [
    ("loss", "rmse", "--pred", "1e308", "--target", "-1e308"),
    ("loss", "mse", "--pred", "1e308", "--target", "-1e308"),
    ("attention", "--seq", "a b", "--embeddings", "1e300,0;0,1", "--positional", "none"),
    ("attention", "--seq", "a b", "--embeddings", "1e300,0;0,1", "--positional", "none", "--plot"),
])
def test_overflow_is_shown_without_numpy_warnings(cli, args):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a RuntimeWarning would end the command as an internal error
        run = cli(*args)
        json_run = cli(*args, "--json")
    assert run.code == 0 and run.stderr == "", run.stderr
    assert json_run.code == 0 and json_run.stderr == ""


def test_rmse_past_float64_is_inf_with_a_nan_gradient_as_in_pytorch(cli):
    # torch: sqrt(mse_loss(1e308, -1e308)) = inf; its gradient (ŷ − y)/(N·L) = inf/inf = nan
    run = cli("loss", "rmse", "--pred", "1e308", "--target", "-1e308", "--json")
    assert run.code == 0
    assert "result is inf; written as null" in run.json["warnings"]
    assert "gradient[0] is nan; written as null" in run.json["warnings"]


def test_the_overflow_warnings_do_not_reach_stderr_of_the_program():
    done = subprocess.run([sys.executable, "-m", "mlmath", "loss", "rmse", "--pred", "1e308", "--target", "-1e308"],
                          capture_output=True, timeout=120)
    assert done.returncode == 0 and done.stderr == b""


def test_an_empty_npy_is_one_line(cli, tmp_path):
    (tmp_path / "empty.npy").write_bytes(b"")
    one_line(cli("softmax", f"@{tmp_path / 'empty.npy'}"))


def test_a_npy_with_a_200_kb_header_is_one_line(cli, tmp_path):
    import struct

    header = b"{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }" + b" " * 200_000 + b"\n"
    (tmp_path / "big.npy").write_bytes(b"\x93NUMPY\x02\x00" + struct.pack("<I", len(header)) + header
                                       + np.array([1.0, 2.0]).tobytes())
    run = cli("softmax", f"@{tmp_path / 'big.npy'}")
    one_line(run)
    assert "header" in run.stderr


def test_a_file_name_too_long_for_the_system_is_one_line(cli):
    one_line(cli("attention", "--seq", "@" + "a" * 300 + ".txt"))
    one_line(cli("softmax", "@" + "a" * 300 + ".csv"))


def test_a_product_too_large_for_memory_is_refused_before_it_is_computed(cli, tmp_path):
    np.save(tmp_path / "col.npy", np.ones((100_000, 1)))
    np.save(tmp_path / "row.npy", np.ones((1, 100_000)))
    run = cli("matmul", f"@{tmp_path / 'col.npy'}", f"@{tmp_path / 'row.npy'}", "--json")
    one_line(run)
    assert "100000×100000, 74.5 GiB" in run.stderr  # 10¹⁰ entries × 8 bytes = 74.5 GiB
    inner = cli("matmul", f"@{tmp_path / 'row.npy'}", f"@{tmp_path / 'col.npy'}", "--json")
    assert inner.code == 0 and inner.json["result"] == [[100_000.0]]


def test_a_similarity_matrix_too_large_for_memory_is_refused(cli, tmp_path):
    np.save(tmp_path / "rows.npy", np.random.default_rng(0).standard_normal((100_000, 3)))
    run = cli("cosine", f"@{tmp_path / 'rows.npy'}")
    one_line(run)
    assert "74.5 GiB" in run.stderr


@pytest.mark.parametrize("args", [("dot", "1,2", "3,4"), ("softmax", "1,2,3"), ("attention", "--seq", "a b"),
                                  ("derive", "sin(x)"), ("softmax", "@{big}")])
def test_under_a_memory_limit_a_command_answers_or_says_so(args, tmp_path):
    """ulimit -v 1.5 GB: every command answers, or exits 2 with one line naming the limit; never 70."""
    import numpy as np

    if sys.platform != "linux":
        pytest.skip("ulimit -v is a Linux limit here")
    big = tmp_path / "big.npy"
    if any("{big}" in arg for arg in args):
        np.save(big, np.ones(30_000_000))  # 240 MB of logits: softmax needs several arrays of it
    words = " ".join(f"'{arg.format(big=big)}'" for arg in args)
    command = f"ulimit -v 1500000; '{sys.executable}' -m mlmath {words} --no-steps"
    done = subprocess.run(["sh", "-c", command], capture_output=True, text=True, timeout=120)
    assert done.returncode in (0, 2), done.stderr
    if done.returncode == 2:
        assert done.stderr.count("\n") == 1 and "more memory than the process may use" in done.stderr
