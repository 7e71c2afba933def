# fish completion for mlmath.
# Install: mlmath completion fish > ~/.config/fish/completions/mlmath.fish
function __mlmath_complete
    set -l words (commandline -opc)
    set -l current (commandline -ct)
    mlmath completion fish -- $words "$current" 2>/dev/null
end
complete -c mlmath -f -a '(__mlmath_complete)'
