"""Tab completion the standard way: the scripts of `mlmath completion`, driven through bash, zsh and fish."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mlmath.cli import reference
from mlmath.cli.completion import candidates, script
from mlmath.registry import CHOICES

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
       "MLMATH_LANG": "en"}
OPTIMIZERS = CHOICES["mlmath.core.optimizers:NAMES"]
LOSS_KINDS = CHOICES["mlmath.core.losses:KINDS"]


def values(*words: str) -> list[str]:
    return [value for value, _ in candidates(list(words))]


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_the_command_prints_the_script_kept_in_completions(cli, shell):
    ran = cli("completion", shell)
    assert ran.code == 0 and ran.stdout == script(shell)
    assert (ROOT / "completions" / reference.SHELLS[shell]).read_text(encoding="utf-8") == ran.stdout


def test_the_zsh_script_is_a_completion_function_zsh_finds_on_fpath():
    text = script("zsh")
    assert text.startswith("#compdef mlmath\n"), "compinit registers a file on $fpath only by its first line"
    assert reference.SHELLS["zsh"] == "_mlmath"


def test_an_unknown_shell_is_one_line(cli):
    ran = cli("completion", "tcsh")
    assert ran.code == 2 and ran.stdout == ""
    assert len(ran.stderr.strip().splitlines()) == 1 and "bash, zsh or fish" in ran.stderr


def test_candidates_commands_options_and_choices():
    assert values("mlmath", "lo") == ["loss"]
    assert values("mlmath", "loss", "sp") == ["sparse-ce"]
    assert values("mlmath", "loss", "mse", "--reduction", "") == list(CHOICES["mlmath.core.losses:REDUCTIONS"])
    assert values("mlmath", "loss", "--red") == ["--reduction"]
    assert values("mlmath", "loss", "--reduction=s") == ["--reduction=sum"]
    assert values("mlmath", "optimize", "--optimizer", "") == list(OPTIMIZERS)
    assert values("mlmath", "optimize", "rosenbrock", "--compare", "sgd,mo") == ["sgd,momentum"]
    assert values("mlmath", "--lang", "") == ["en", "ko"]
    assert values("mlmath", "completion", "") == ["bash", "zsh", "fish"]
    # the first argument is filled: nothing more to offer for loss kinds
    assert values("mlmath", "loss", "mse", "") == []


def test_no_value_is_offered_for_an_option_that_does_not_exist():
    assert values("mlmath", "loss", "--kind", "") == []
    assert values("mlmath", "optimize", "--optimizers", "") == []
    assert values("mlmath", "nosuchcommand", "") == []


def test_negative_values_are_values_not_options():
    # -1,2 fills COSINE's first vector; it is not an unknown option
    assert values("mlmath", "cosine", "-1,2", "--j") == ["--json"]


def test_every_choice_source_is_offered_somewhere():
    from mlmath.cli.choices import values_of

    for source in CHOICES:
        assert CHOICES[source] == values_of(source)


def test_the_words_mode_prints_one_candidate_a_line(cli):
    ran = cli("completion", "zsh", "--", "mlmath", "optimize", "--optimizer", "ada")
    assert ran.stdout.splitlines() == [name for name in OPTIMIZERS if name.startswith("ada")]
    described = cli("completion", "fish", "--", "mlmath", "lo").stdout.splitlines()
    assert described[0].startswith("loss\t")
    colon = cli("completion", "zsh", "--", "mlmath", "cos").stdout.splitlines()
    assert colon[0].startswith("cosine:Cosine similarity")


# --- the shells themselves -------------------------------------------------------------------------------


def _bash(words: str, index: int) -> list[str]:
    program = f"""
source '{ROOT / "completions" / "mlmath.bash"}'
COMP_WORDS=({words}); COMP_CWORD={index}
_mlmath mlmath
printf '%s\\n' "${{COMPREPLY[@]}}"
"""
    done = subprocess.run(["bash", "-c", program], capture_output=True, text=True, env=ENV, timeout=60)
    assert done.returncode == 0, done.stderr
    return [line for line in done.stdout.splitlines() if line]


def test_bash_completes_commands_options_and_choices():
    assert _bash("mlmath lo", 1) == ["loss"]
    assert _bash("mlmath optimize --optimizer ''", 3) == list(OPTIMIZERS)
    assert _bash("mlmath loss --reduction = s", 4) == ["sum"]
    assert _bash("mlmath loss --kind ''", 3) == []


ZSH_DRIVER = r"""
# type LINE and Tab in an interactive zsh set up with SETUP, then show what the line became
zmodload zsh/zpty
zpty -b z "zsh -f -i"
zpty -w z "$1; PS1='%% '; zstyle ':completion:*' list-prompt ''"
zpty -wn z "$2"$'\t'
sleep 2
zpty -wn z $'\x01print -r -- BUFFER:\n'
zpty -wn z $'print -r -- END-OF-RUN\n'
out=""
integer deadline=$(( SECONDS + 30 ))
while (( SECONDS < deadline )); do
  if zpty -r -t z line; then out+=$line; [[ $line == END-OF-RUN* ]] && break; else sleep 0.1; fi
done
zpty -d z
print -r -- $out
"""


def _zsh(setup: str, line: str, tmp_path: Path) -> tuple[str, str]:
    """(the line after Tab, everything zsh printed) in an interactive zsh."""
    driver = tmp_path / "drive.zsh"
    driver.write_text(ZSH_DRIVER, encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {**ENV, "HOME": str(home), "TERM": "dumb", "COLUMNS": "200"}
    done = subprocess.run(["zsh", "-f", str(driver), setup, line], capture_output=True, text=True, env=env,
                          timeout=90)
    printed = done.stdout.replace("\r", "")
    buffers = [row.partition("BUFFER:")[2] for row in printed.splitlines() if row.startswith("BUFFER:")]
    assert buffers, printed
    return buffers[-1], printed


needs_zsh = pytest.mark.skipif(shutil.which("zsh") is None, reason="zsh is not installed")


@needs_zsh
def test_zsh_completes_through_fpath(tmp_path):
    functions = tmp_path / "functions"
    functions.mkdir()
    (functions / "_mlmath").write_text(script("zsh"), encoding="utf-8")
    setup = f"fpath=({functions} $fpath); autoload -Uz compinit; compinit -u -D"
    assert _zsh(setup, "mlmath lo", tmp_path)[0] == "mlmath loss"
    line, printed = _zsh(setup, "mlmath optimize --optimizer ", tmp_path)
    listing = printed.split("--optimizer", 1)[1]
    assert all(name in listing for name in OPTIMIZERS), printed
    _, printed = _zsh(setup, "mlmath ch", tmp_path)
    assert "layers' derivatives" in printed, "a description keeps its apostrophe"
    line, printed = _zsh(setup, "mlmath loss --kind ", tmp_path)
    assert line == "mlmath loss --kind" and not any(f"{kind} " in printed.split("--kind", 1)[1]
                                                     for kind in ("huber", "sparse-ce")), printed


@needs_zsh
def test_zsh_completes_through_source(tmp_path):
    path = tmp_path / "_mlmath"
    path.write_text(script("zsh"), encoding="utf-8")
    setup = f"autoload -Uz compinit; compinit -u -D; source {path}"
    assert _zsh(setup, "mlmath lo", tmp_path)[0] == "mlmath loss"
    assert _zsh(setup, "mlmath loss spa", tmp_path)[0] == "mlmath loss sparse-ce"


@pytest.mark.skipif(shutil.which("fish") is None, reason="fish is not installed")
def test_fish_completes_commands_and_choices(tmp_path):
    path = ROOT / "completions" / "mlmath.fish"

    def fish(line: str) -> list[str]:
        env = {**ENV, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
               "XDG_DATA_HOME": str(tmp_path / "data")}
        done = subprocess.run(["fish", "--no-config", "-c", f"source {path}; complete -C '{line}'"],
                              capture_output=True, text=True, env=env, timeout=60)
        assert done.returncode == 0, done.stderr
        return [row.split("\t")[0] for row in done.stdout.splitlines()]

    assert fish("mlmath lo") == ["loss"]
    assert fish("mlmath optimize --optimizer ") == sorted(OPTIMIZERS) or \
        set(fish("mlmath optimize --optimizer ")) == set(OPTIMIZERS)
    assert fish("mlmath loss --kind ") == []
