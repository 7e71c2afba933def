"""Sentences of mlmath completion."""

EN = {
    "completion.unknown_shell": "there is no completion script for the shell {shell!r}",
    "completion.unknown_shell.hint": "write bash, zsh or fish, e.g. mlmath completion zsh",
}

KO = {
    "completion.unknown_shell": "{shell!r} 셸의 자동 완성 스크립트는 없습니다",
    "completion.unknown_shell.hint": "bash, zsh, fish 중 하나를 쓰세요. 예: mlmath completion zsh",
}

HELP_KO = {
    "completion": """Tab 자동 완성(bash, zsh, fish): 스크립트를 출력하니 셸이 찾는 곳에 저장하세요.

스크립트는 명령, 옵션, 그리고 선택값이 있는 모든 옵션의 값(손실 함수 종류, 옵티마이저, 활성화 함수 …)을
완성합니다. zsh: $fpath에 있는 디렉터리에 _mlmath라는 이름으로 저장합니다. bash: bash-completion의
디렉터리에 두거나 ~/.bashrc에서 source합니다. fish: ~/.config/fish/completions에 둡니다.

[dim]예:[/]
  mlmath completion zsh > "${fpath[1]}/_mlmath"
  mlmath completion bash > ~/.local/share/bash-completion/completions/mlmath
  mlmath completion fish > ~/.config/fish/completions/mlmath.fish
""",
    "completion.shell": "bash, zsh 또는 fish.",
    "completion.words": "커서까지의 명령줄(마지막 단어가 완성할 단어): 그 자리에서 Tab이 제안하는 값을 한 줄에 하나씩 "
                        "출력합니다 (설치된 스크립트가 Tab을 누를 때마다 묻습니다).",
}
