"""Korean throughout: usage errors, help, and the one rule that chooses the language."""

import re

import pytest

from mlmath.registry import COMMANDS

HANGUL = re.compile("[\uac00-\ud7a3]")


def test_a_bad_option_and_a_missing_argument_are_one_korean_line(cli):
    for args in (("dot", "--jsn", "1", "2", "--lang", "ko"), ("dot", "1", "--lang", "ko")):
        run = cli(*args)
        assert run.code == 2 and run.stdout == ""
        assert run.stderr.count("\n") == 1 and HANGUL.search(run.stderr), run.stderr
    assert "그런 옵션이 없습니다: --jsn" in cli("dot", "--jsn", "1", "2", "--lang", "ko").stderr
    assert "빠진 인수: 'B'" in cli("dot", "1", "--lang", "ko").stderr


def test_an_unknown_command_suggests_in_korean(cli, monkeypatch):
    monkeypatch.setenv("MLMATH_LANG", "ko")
    run = cli("lss")
    assert run.code == 2 and "그런 명령이 없습니다: 'lss'. 혹시 'loss'인가요?" in run.stderr


def test_lang_beats_the_environment_which_beats_the_locale(cli, monkeypatch):
    monkeypatch.setenv("LC_ALL", "ko_KR.UTF-8")
    monkeypatch.setenv("MLMATH_LANG", "en")
    assert "No such option" in cli("dot", "--jsn", "1", "2").stderr
    assert "그런 옵션이 없습니다" in cli("dot", "--jsn", "1", "2", "--lang", "ko").stderr
    monkeypatch.delenv("MLMATH_LANG")
    assert "그런 옵션이 없습니다" in cli("dot", "--jsn", "1", "2").stderr


def test_an_unknown_language_is_an_error_by_option_and_a_warning_by_environment(cli, monkeypatch):
    run = cli("dot", "1", "2", "--lang", "jp")
    assert run.code == 2 and run.stderr == "mlmath: --lang: unknown language 'jp'; use --lang en or --lang ko\n"
    monkeypatch.setenv("MLMATH_LANG", "jp")
    run = cli("dot", "1,2", "3,4", "--no-steps")
    assert run.code == 0 and "a·b = 11" in run.stdout
    assert run.stderr == "mlmath: MLMATH_LANG=jp is not a language mlmath speaks (en, ko); using English\n"


def test_the_group_offers_lang_and_its_help_is_korean(cli):
    assert "--lang" in cli("--help").stdout
    korean = cli("--help", "--lang", "ko").stdout
    assert "머신러닝의 수학" in korean and "벡터와 행렬" in korean and "이 도움말을 보여 주고 끝냅니다" in korean


@pytest.mark.parametrize("name", list(COMMANDS))
def test_typers_own_labels_are_korean_too(cli, name):
    """"Usage:" and "[required]" are Click's and Typer's words: in Korean help they read 사용법 and 필수,
    and the usage line still shows a required argument bare (KIND, not [KIND])."""
    korean, english = cli(name, "--help", "--lang", "ko").stdout, cli(name, "--help").stdout
    assert "사용법: mlmath " + name in korean and "Usage:" not in korean and "[required]" not in korean
    assert korean.count("[필수]") == english.count("[required]")
    usage = lambda text: " ".join(text.split("mlmath " + name, 1)[1].split("\n")[0].split())  # noqa: E731
    assert usage(korean) == usage(english)


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_has_its_help_in_korean(name):
    """The summary, the paragraphs and every option's help, in the command's text module (HELP_KO)."""
    import inspect

    from mlmath.cli.app import command_body
    from mlmath.cli.helptext import _tables

    helps = _tables("ko")[0]
    assert name in helps, f"mlmath/text/…: HELP_KO has no help for {name!r}"
    assert HANGUL.search(helps[name].splitlines()[0]), f"{name}: the Korean summary is not Korean"
    examples = [line.strip() for line in helps[name].splitlines() if line.strip().startswith(f"mlmath {name}")]
    english = [line.strip() for line in command_body(name).__doc__.splitlines()
               if line.strip().startswith(f"mlmath {name}")]
    assert examples == english, f"{name}: the Korean help shows other examples than the English"
    for parameter in inspect.signature(command_body(name)).parameters.values():
        for meta in getattr(parameter.annotation, "__metadata__", ()):
            if getattr(meta, "help", None):
                key = f"{name}.{parameter.name}"
                assert key in helps or f"common.{parameter.name}" in helps, f"HELP_KO lacks {key!r}"


def test_a_wrapped_korean_line_keeps_its_last_syllable():
    """Rich measured a wrapped line's trailing space in characters: a full cell of Hangul lost a syllable."""
    import io

    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from mlmath.render.widths import install

    install()
    grid = Table.grid()
    grid.add_column(width=9)
    grid.add_row(Text("가나 다라 마바"))
    console = Console(file=io.StringIO(), width=20, color_system=None)
    console.print(grid)
    printed = console.file.getvalue()
    assert "…" not in printed and printed.split() == ["가나", "다라", "마바"]


@pytest.mark.parametrize("width", [60, 67, 80, 93])  # narrower, a long word alone overflows its column
def test_korean_help_loses_no_character_at_any_width(cli, monkeypatch, width):
    monkeypatch.setenv("COLUMNS", str(width))
    for name in ("dot", "softmax", "attention"):
        shown = cli(name, "--help", "--lang", "ko").stdout
        assert not re.search("[\uac00-\ud7a3] ?…", shown), f"{name} at {width} columns: a syllable cut to …"


# Names and code spellings that are the same in both languages: functions, losses, optimizers, libraries,
# schedules, placeholders a user types.  A Latin word outside this list in a Korean sentence is a slip.
SAME_IN_BOTH = set("""
acos act Adadelta Adagrad Adam Adamax AdamW AMSGrad approximate ASGD asin asinh atan attention bash batch batchmean
bce BCE BCEWithLogitsLoss betas BFGS celu centered CHANNEL check col COLUMNS completion Concat cos cosh cosine
CosineAnnealingLR cot cross CrossEntropyLoss csc Ctrl dampening derive det dot elu embeddings erf exp expect
ExponentialLR FFN FILE fish full gaussian gelu GRU hardsigmoid hardswish hardtanh homework hot Huber huber ids
INPUT king lambd leaky LeCun LinearLR log logsigmoid loop LSE LSTM lstm mae margin mask masked matmul max mean
min MinMaxScaler mish mlmath model momentum mse MSE MSELoss NAdam nan new NLL none normalize numpy NumPy One
OneCycleLR opt optimize out pad patience poisson pos prelu Python PyTorch queen RAdam reduction relu RMSE rmse
RMSprop rnn Rprop same scikit sec selu SGD sigmoid silu sin sinh Smooth softmax softplus softsign StandardScaler
StepLR stride sum swish closure dim SymPy tan tanh tanhshrink TEXT TOKEN transformer True two unk UTF weight Wolfe
write zsh
problem name run key tol JSON TOML sgd adam adamw adagrad rmsprop adadelta adamax nadam radam asgd rprop lbfgs
""".split())


def test_no_english_word_slips_into_a_korean_sentence():
    from mlmath import text

    slips = {}
    for key, sentence in text.tables()["ko"].items():
        prose = re.sub(r"\{[^}]*\}|`[^`]*`|--[\w-]+|\"[^\"]*\"|'[^']*'|[\w.]+\([^)]*\)|[\w.]*\.[\w.]+", " ", sentence)
        for word in re.findall(r"(?<![\w\\])[A-Za-z]{3,}(?!\w)", prose):
            if word not in SAME_IN_BOTH:
                slips.setdefault(word, key)
    assert not slips, f"English words in Korean sentences (word: key): {slips}"


def test_the_glossary_says_what_the_tool_says():
    """Each Korean term is used by mlmath's Korean sentences or help, each English term by its English ones."""
    import importlib
    import pkgutil

    import mlmath.text
    from mlmath.cli.app import command_body
    from mlmath.text.glossary import TERMS

    korean, english = [], []
    for info in pkgutil.iter_modules(mlmath.text.__path__):
        module = importlib.import_module(f"mlmath.text.{info.name}")
        korean += [*getattr(module, "KO", {}).values(), *getattr(module, "HELP_KO", {}).values()]
        english += getattr(module, "EN", {}).values()
    english += [command_body(name).__doc__ or "" for name in COMMANDS]
    korean_text, english_text = " ".join(korean), " ".join(english).lower()
    for term, name, command in TERMS:
        assert term in korean_text, f"the glossary's {term!r} is in no Korean sentence"
        assert name.lower() in english_text, f"the glossary's {name!r} is in no English sentence"
        assert command in COMMANDS, f"the glossary names an unknown command {command!r}"
