"""mlmath softmax from the command line: JSON, views, options, exit codes and messages."""

import json
import math
import subprocess
import sys

import pytest

EXACT = [math.exp(k) / (math.e + math.e**2 + math.e**3) for k in (1, 2, 3)]


def test_json_notes_example_to_1e_12(cli):
    run = cli("softmax", "1,2,3", "--json")
    assert run.code == 0 and run.stderr == ""
    document = run.json
    assert document["command"] == "softmax"
    assert all(abs(got - want) <= 1e-12 for got, want in zip(document["result"], EXACT))
    assert document["max"] == 3 and document["shifted"] == [-2, -1, 0] and document["argmax"] == 2
    assert [item["rule"] for item in document["steps"]] == ["softmax.shift", "softmax.exp", "softmax.sum",
                                                              "softmax.divide"]


def test_large_logits_have_no_nan(cli):
    run = cli("softmax", "1000,1001,1002", "--json")
    assert all(abs(got - want) <= 1e-12 for got, want in zip(run.json["result"], EXACT))
    assert "warnings" not in run.json
    text = cli("softmax", "1000,1001,1002")
    assert text.code == 0 and "nan" not in text.stdout.lower()
    # e^-2/Σ, e^-1/Σ, 1/Σ with Σ = e^-2 + e^-1 + 1 = 1.50321: each from the printed numbers
    assert "0.13534 / 1.5032 = 0.09003, 0.36788 / 1.5032 = 0.2447, 1 / 1.5032 = 0.6652" in " ".join(text.stdout.split())
    assert "Subtract the largest, m = 1002" in text.stdout


def test_log_matches_log_softmax(cli):
    result = cli("softmax", "1,2,3", "--log", "--json").json["result"]
    assert all(abs(got - math.log(want)) <= 1e-12 for got, want in zip(result, EXACT))
    assert "log-sum-exp" in cli("softmax", "1,2,3", "--log").stdout


def test_matrix_is_row_wise(cli):
    document = cli("softmax", "1,2,3;0,0,0", "--json").json
    assert len(document["result"]) == 2
    assert all(abs(got - want) <= 1e-12 for got, want in zip(document["result"][0], EXACT))
    assert document["result"][1] == [1 / 3, 1 / 3, 1 / 3]
    assert document["argmax"] == [2, 0]
    text = cli("softmax", "[[1,2,3],[0,0,0]]").stdout
    assert "softmax of each row of a 2×3 matrix" in text and "Row 2" in text


def test_temperature(cli):
    sharp = cli("softmax", "2,1,0.1", "--temperature", "0.5", "--json").json
    assert sharp["temperature"] == 0.5 and sharp["scaled"] == [4, 2, 0.2]
    assert "sharper" in sharp["steps"][0]["text"]
    flat = cli("softmax", "2,1,0.1", "-t", "4")
    assert "flatter" in flat.stdout and "softmax(z/T)" in flat.stdout


def test_jacobian(cli):
    document = cli("softmax", "1,2,3", "--jacobian", "--json").json
    jacobian = document["jacobian"]
    assert all(abs(jacobian[i][j] - EXACT[i] * ((i == j) - EXACT[j])) <= 1e-12 for i in range(3) for j in range(3))
    assert "diag(p) − p·pᵀ" in cli("softmax", "1,2,3", "--jacobian").stdout
    assert cli("softmax", "1,2;3,4", "--jacobian", "--json").json["jacobian"][1][0][0] > 0


def test_labels_and_bar_chart(cli):
    run = cli("softmax", "1,2,3", "--labels", "cat, dog ,bird", "--plot")
    assert run.code == 0
    assert "Most likely: bird (p = 0.6652)" in run.stdout
    assert "\x1b[" not in run.stdout  # NO_COLOR: the plot's ANSI codes are stripped
    chart = run.stdout.split("Probabilities", 1)[1]
    assert "bird┤" in chart and "cat┤" in chart and "█" in chart
    assert "┤" not in cli("softmax", "1,2,3").stdout  # piped: no plot unless asked


def test_expect(cli):
    assert cli("softmax", "1,2,3", "--expect", "0.0900,0.2447,0.6652").code == 0
    failed = cli("softmax", "1,2,3", "--expect", "0.2,0.2,0.6")
    assert failed.code == 1 and "✗ expected" in failed.stdout


def test_infinite_log_probability_is_null_with_a_warning(cli):
    document = cli("softmax", "1e308,-1e308", "--log", "--json").json
    assert document["result"] == [0.0, None]
    assert any("result[1]" in warning for warning in document["warnings"])


@pytest.mark.parametrize(("args", "words"), [
    (("1,a",), "LOGITS: could not read 'a'"),
    (("1,2", "--temperature", "0"), "temperature must be a positive number"),
    (("1,2", "--temperature", "-1"), "temperature must be a positive number"),
    (("1,2", "--temperature", "hot"), "--temperature: could not read 'hot'"),
    (("1,2,3", "--labels", "cat,dog"), "--labels: 2 labels for 3 classes"),
    (("1,2,3", "--labels", "cat,,dog"), "--labels: a label is empty"),
    (("[[[1]]]",), "at most 2 dimensions"),
    ((), "Missing argument 'LOGITS'"),
])
def test_bad_input_is_one_line_and_exit_2(cli, args, words):
    run = cli("softmax", *args)
    assert run.code == 2
    assert run.stdout == ""
    assert run.stderr.count("\n") == 1 and words in run.stderr, run.stderr
    assert "Traceback" not in run.stderr


def test_help_has_examples(cli):
    run = cli("softmax", "--help")
    assert run.code == 0 and "mlmath softmax 1,2,3 --labels cat,dog,bird" in run.stdout


def test_loads_numpy_but_not_sympy():
    probe = ("import sys; from mlmath.cli.app import main\n"
             "try:\n    main(['softmax', '1,2,3', '--jacobian', '--log'])\nexcept SystemExit:\n    pass\n"
             "sys.stderr.write('LOADED=' + repr(sorted(m for m in ('numpy', 'sympy', 'plotext') if m in sys.modules)))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60,
                          env={"NO_COLOR": "1", "PATH": ""})
    assert done.stderr.rsplit("LOADED=", 1)[1] == "['numpy']"
    json.dumps(done.stdout)  # printed something


@pytest.mark.parametrize("labels", ["[/],b", "[bold]cat[/bold],b", "[red]x,[link=http://a]y"])
def test_labels_are_text_never_rich_markup(cli, labels):
    """Issue 23: --labels "[/],b" raised MarkupError (exit 70); "[bold]cat[/bold]" printed "cat"."""
    run = cli("softmax", "1,2", "--labels", labels)
    assert run.code == 0 and run.stderr == ""
    assert labels.split(",")[0] in run.stdout  # the label as written, brackets and all


def test_attention_tokens_are_text_never_rich_markup(cli):
    run = cli("attention", "--seq", "[/] [bold]x y")  # punctuation splits into its own tokens
    assert run.code == 0 and run.stderr == "" and "[ │ / │ ] │ [ │ bold │ ]" in run.stdout


# --- many classes: the view costs what it shows (issue 20) -------------------------------------------


@pytest.fixture(scope="module")
def many_logits(tmp_path_factory):
    """10⁵ logits in a .npy file, and their softmax by the textbook formula in NumPy."""
    import numpy as np

    logits = np.random.default_rng(20).standard_normal(100_000)
    path = tmp_path_factory.mktemp("softmax") / "logits.npy"
    np.save(path, logits)
    exps = np.exp(logits - logits.max())
    return path, logits, exps / exps.sum()


def test_many_classes_show_the_most_likely_and_summarise_the_rest(cli, many_logits):
    import numpy as np

    path, _, probabilities = many_logits
    run = cli("softmax", f"@{path}", "--plot", "--no-steps")
    assert run.code == 0 and run.stderr == ""
    # the fifteen most likely, by a plain sort of the NumPy probabilities
    order = sorted(range(probabilities.size), key=lambda i: -probabilities[i])[:15]
    rest = 1.0 - sum(probabilities[i] for i in order)
    assert "The 15 most likely of 100,000 classes" in run.stdout
    assert f"99,985 others: Σp = {rest:.4f}" in run.stdout
    table = run.stdout.split("The 15 most likely", 1)[1].split("99,985 others", 1)[0]
    assert [int(line.split()[0]) for line in table.splitlines() if line.strip()[:1].isdigit()] == order
    chart = run.stdout.split("Probabilities", 1)[1]
    bars = [line.split("┤")[0].strip() for line in chart.splitlines() if "┤" in line]
    assert bars == [str(i) for i in order] + ["99,985 others"]  # 16 bars, not 100,000
    assert np.isclose(float(run.stdout.split("p = ", 1)[1].split(")")[0]), probabilities.max(), atol=5e-5)


def test_many_classes_table_is_cut_to_the_screen(cli, many_logits):
    path, logits, probabilities = many_logits
    run = cli("softmax", f"@{path}")
    assert run.code == 0
    assert "showing 4×" in run.stdout and " of 4×100000" in run.stdout  # the whole vector is counted
    header = next(line for line in run.stdout.splitlines() if line.strip().startswith("0 "))
    assert header.split()[:2] == ["0", "1"] and header.split()[-1] == "99999"
    assert f"{logits[0]:#.4g}" in run.stdout and f"{logits[-1]:#.4g}" in run.stdout  # 4 significant digits
    steps = run.stdout.split("Steps", 1)[1]
    assert len(steps) < 2000  # first and last entries of each list, whatever the size


def test_a_few_classes_keep_every_bar_in_order(cli):
    logits = ",".join(str(k % 5) for k in range(16))
    run = cli("softmax", logits, "--plot", "--no-steps")
    chart = run.stdout.split("Probabilities", 1)[1]
    assert [line.split("┤")[0].strip() for line in chart.splitlines() if "┤" in line] == [str(k) for k in range(16)]
    assert "others" not in run.stdout


def test_many_classes_json_keeps_every_number(cli, many_logits):
    import numpy as np

    path, logits, probabilities = many_logits
    document = cli("softmax", f"@{path}", "--json").json
    assert np.allclose(document["result"], probabilities, rtol=1e-12, atol=0)
    log_p = logits - logits.max() - np.log(np.exp(logits - logits.max()).sum())
    assert np.allclose(document["log_probabilities"], log_p, rtol=1e-12, atol=1e-300)
    assert len(document["exps"]) == len(document["shifted"]) == 100_000


def test_matrix_of_many_classes_labels_only_what_it_shows(cli, tmp_path):
    import numpy as np

    logits = np.random.default_rng(3).standard_normal((40, 5000))
    np.save(tmp_path / "rows.npy", logits)
    run = cli("softmax", f"@{tmp_path / 'rows.npy'}", "--plot", "--no-steps")
    assert run.code == 0
    assert "of 40×5000" in run.stdout and "row 40" in run.stdout and "⋮" in run.stdout
    assert run.stdout.count("4,985 others") == 3  # a chart for each of the first three rows


@pytest.mark.parametrize("big", [0, 1, 7, 14, 15])
def test_each_bar_keeps_to_its_own_row(cli, big):
    """plotext drew some bars (often the first or last) over the neighbouring row as well."""
    logits = ",".join("7" if k == big else "1" for k in range(16))
    chart = cli("softmax", logits, "--plot", "--no-steps").stdout.split("Probabilities", 1)[1]
    long_bars = [line.split("┤")[0].strip() for line in chart.splitlines() if line.count("█") > 20]
    assert long_bars == [str(big)]
