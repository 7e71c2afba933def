
#compdef mlmath

_mlmath_completion() {
  eval $(env _TYPER_COMPLETE_ARGS="${words[1,$CURRENT]}" _MLMATH_COMPLETE=complete_zsh mlmath)
}

compdef _mlmath_completion mlmath
