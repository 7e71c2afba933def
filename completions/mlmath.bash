# bash completion for mlmath.
# Install: mlmath completion bash > ~/.local/share/bash-completion/completions/mlmath
# (or source this file from ~/.bashrc).
_mlmath() {
    local IFS=$'\n'
    COMPREPLY=($(mlmath completion bash -- "${COMP_WORDS[@]:0:COMP_CWORD+1}" 2>/dev/null))
}
complete -o nosort -F _mlmath mlmath 2>/dev/null || complete -F _mlmath mlmath
