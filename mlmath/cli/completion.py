"""mlmath completion: the script that makes bash, zsh or fish complete mlmath, and the candidates it asks for.

The scripts are written here at run time (``mlmath completion zsh``), and the
copies in ``completions/`` are generated from the same function.  On a Tab
press the installed script runs ``mlmath completion SHELL -- WORDS…`` with the
words typed so far; what is offered comes from Click's own description of the
commands (option spellings, which options take a value) and from their
completion functions (choice values, read from the generated index).
"""

import re
from typing import Annotated, Optional

import typer

from mlmath.cli.choices import complete
from mlmath.cli.common import common_options
from mlmath.render.output import Output

SHELLS = ("bash", "zsh", "fish")

# A word like -1,2 or -.5 is a value, not an option (as mlmath.cli.common reads it).
NEGATIVE_VALUE = re.compile(r"-\.?\d")

BASH = r"""# bash completion for mlmath.
# Install: mlmath completion bash > ~/.local/share/bash-completion/completions/mlmath
# (or source this file from ~/.bashrc).
_mlmath() {
    local IFS=$'\n'
    COMPREPLY=($(mlmath completion bash -- "${COMP_WORDS[@]:0:COMP_CWORD+1}" 2>/dev/null))
}
complete -o nosort -F _mlmath mlmath 2>/dev/null || complete -F _mlmath mlmath
"""

ZSH = r"""#compdef mlmath
# zsh completion for mlmath.
# Install: mlmath completion zsh > "${fpath[1]}/_mlmath" (a directory on $fpath), then restart zsh;
# or source this file after compinit.
_mlmath() {
    local -a candidates
    candidates=("${(@f)$(mlmath completion zsh -- "${(@Q)words[1,CURRENT]}" 2>/dev/null)}")
    candidates=(${candidates:#})
    (( ${#candidates} )) && _describe -t values mlmath candidates
}

if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
    _mlmath "$@"
else
    compdef _mlmath mlmath
fi
"""

FISH = r"""# fish completion for mlmath.
# Install: mlmath completion fish > ~/.config/fish/completions/mlmath.fish
function __mlmath_complete
    set -l words (commandline -opc)
    set -l current (commandline -ct)
    mlmath completion fish -- $words "$current" 2>/dev/null
end
complete -c mlmath -f -a '(__mlmath_complete)'
"""

SCRIPTS = {"bash": BASH, "zsh": ZSH, "fish": FISH}


def script(shell: str) -> str:
    """The completion script for ``shell`` (bash, zsh or fish)."""
    return SCRIPTS[shell]


@common_options(panel="practice", output=False)
def completion(
    shell: Annotated[str, typer.Argument(
        metavar="SHELL", autocompletion=complete(SHELLS), show_default=False,
        help="bash, zsh or fish.")],
    words: Annotated[Optional[list[str]], typer.Argument(
        metavar="[-- WORDS]...", show_default=False,
        help="The command line up to the cursor, the last word the one being completed: print what Tab "
             "offers there, one per line (the installed script asks this on every Tab press).")] = None,
    out: Output = None,
) -> None:
    """Tab completion for bash, zsh or fish: print the script, to save where the shell looks for it.

    The script completes commands, options and the choice values of every option that has them
    (loss kinds, optimizers, activations …). zsh: save it as _mlmath in a directory on $fpath. bash: in
    bash-completion's directory, or source it from ~/.bashrc. fish: in ~/.config/fish/completions.

    [dim]Examples:[/]
      mlmath completion zsh > "${fpath[1]}/_mlmath"
      mlmath completion bash > ~/.local/share/bash-completion/completions/mlmath
      mlmath completion fish > ~/.config/fish/completions/mlmath.fish
    """
    from mlmath.environment import current
    from mlmath.errors import InputError
    from mlmath.text import say

    name = shell.strip().lower()
    if name not in SHELLS:
        raise InputError(say("completion.unknown_shell", shell=shell), hint=say("completion.unknown_shell.hint"),
                         argument="SHELL")
    stdout = current().stdout
    if words is None:
        stdout.write(script(name))
        return
    lines = [_line(name, value, help_text) for value, help_text in candidates(list(words), bash=name == "bash")]
    stdout.write("".join(f"{line}\n" for line in lines))


def _line(shell: str, value: str, help_text: str) -> str:
    """One candidate as the shell's script reads it."""
    help_text = " ".join(help_text.split())
    if len(help_text) > 70:
        help_text = help_text[:69].rstrip() + "…"
    if shell == "zsh":  # _describe: value:description, a colon in the value escaped
        value = value.replace("\\", "\\\\").replace(":", "\\:")
        return f"{value}:{help_text}" if help_text else value
    if shell == "fish":
        return f"{value}\t{help_text}" if help_text else value
    return value


def _unquoted(word: str) -> str:
    """A word as the shell will pass it (bash hands over the quotes as typed: ``"[[1,2]]``)."""
    import shlex

    try:
        return "".join(shlex.split(word)) if word.strip() else word
    except ValueError:  # an unclosed quote: the word still being typed
        return word.replace('"', "").replace("'", "")


def _joined(words: list[str]) -> list[str]:
    """bash splits ``--tol=0.1`` into ``--tol``, ``=``, ``0.1``: put them back together."""
    joined: list[str] = []
    for index, word in enumerate(words):
        if joined and (word == "=" or (index > 0 and words[index - 1] == "=")) and joined[-1].startswith("-"):
            joined[-1] += word
        else:
            joined.append(word)
    return joined


def _is_option(word: str) -> bool:
    return word.startswith("-") and word != "-" and not NEGATIVE_VALUE.match(word)


def _summary(text: str | None) -> str:
    """The first sentence of a help text, without Rich markup."""
    plain = re.sub(r"(?<!\\)\[/?(?:dim|bold|italic|underline)?\]", "", text or "").replace("\\[", "[")
    first = plain.strip().split("\n\n")[0]
    return " ".join(first.split())


def _options(params) -> dict[str, object]:
    return {spelling: param for param in params if param.param_type_name == "option"
            for spelling in [*param.opts, *param.secondary_opts]}


def _option_candidates(params, incomplete: str) -> list[tuple[str, str]]:
    found = []
    for param in params:
        if param.param_type_name != "option" or getattr(param, "hidden", False):
            continue
        for spelling in [*param.opts, *param.secondary_opts]:
            if spelling.startswith("--") and spelling.startswith(incomplete):
                found.append((spelling, _summary(param.help)))
    return found


def _values(param, ctx, incomplete: str) -> list[str]:
    if param.name == "lang":  # the program's own --lang has no completion function of its own
        from mlmath.text import LANGUAGES

        return [name for name in LANGUAGES if name.startswith(incomplete)]
    return [item.value for item in param.shell_complete(ctx, incomplete) if str(item.value).startswith(incomplete)]


def candidates(words: list[str], bash: bool = False) -> list[tuple[str, str]]:
    """What Tab offers after ``words`` (``["mlmath", "loss", "sp"]``: the last word is being completed),
    as (value, description) pairs.  Nothing is offered for the value of an option the command does not have."""
    import typer.main

    from mlmath.cli.app import app
    from mlmath.cli.helptext import summary_in_language
    from mlmath.registry import COMMANDS

    words = _joined([_unquoted(word) for word in words]) or [""]
    *before, incomplete = words if len(words) > 1 else ["mlmath", *words]
    before = before[1:]  # the program's own name
    group = typer.main.get_command(app)
    with typer.Context(group, info_name="mlmath", resilient_parsing=True) as root:
        root_options = _options(group.get_params(root))
        name, index, pending = None, 0, None
        while index < len(before):
            word = before[index]
            index += 1
            if pending is not None:
                pending = None
            elif _is_option(word):
                option = root_options.get(word.partition("=")[0])
                pending = option if option is not None and not option.is_flag and "=" not in word else None
            else:
                name = word
                break
        if name is None:
            if pending is not None:
                return [(value, "") for value in _values(pending, root, incomplete)]
            if _is_option(incomplete):
                return _option_candidates(group.get_params(root), incomplete)
            return [(command, summary_in_language(command, summary)) for command, (_, summary) in COMMANDS.items()
                    if command.startswith(incomplete)]
        if name not in COMMANDS:
            return []
        command = group.get_command(root, name)
        with command.make_context(name, [], parent=root, resilient_parsing=True) as ctx:
            return _command_candidates(command, ctx, before[index:], incomplete, bash)


def _command_candidates(command, ctx, typed: list[str], incomplete: str, bash: bool) -> list[tuple[str, str]]:
    params = command.get_params(ctx)
    options = _options(params)
    arguments = [param for param in params if param.param_type_name == "argument"]
    position, pending, unknown, ended = 0, None, False, False
    for word in typed:
        if pending is not None:
            pending = None
        elif not ended and word == "--":
            ended = True
        elif not ended and _is_option(word):
            option = options.get(word.partition("=")[0])
            unknown = option is None
            pending = option if option is not None and not option.is_flag and "=" not in word else None
            continue
        elif position < len(arguments) and arguments[position].nargs == 1:
            position += 1
        unknown = False
    if pending is not None:
        return [(value, "") for value in _values(pending, ctx, incomplete)]
    if unknown:  # the value of an option this command does not have
        return []
    if not ended and _is_option(incomplete):
        spelling, equals, value = incomplete.partition("=")
        option = options.get(spelling)
        if equals and option is not None and not option.is_flag:
            prefix = "" if bash else f"{spelling}="
            return [(prefix + found, "") for found in _values(option, ctx, value)]
        return _option_candidates(params, incomplete)
    if position < len(arguments):
        return [(value, "") for value in _values(arguments[position], ctx, incomplete)]
    return []
