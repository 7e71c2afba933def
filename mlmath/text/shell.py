"""Sentences of mlmath shell."""

EN = {
    "shell.banner": "mlmath {version} shell: type a command as you would after 'mlmath' (dot 1,2,3 4,5,6), "
                    "help for the list, Tab to complete; Ctrl-C stops a command, Ctrl-D or exit leaves.",
    "shell.prompt": "mlmath> ",
    "shell.error.quote": "a quote is not closed, so the line cannot be split into words",
    "shell.error.escape": "the line ends in a backslash that escapes nothing",
    "shell.error.quote.hint": 'close every quote, e.g. derive "sin(x^2)"',
}

KO = {
    "shell.banner": "mlmath {version} 셸: 'mlmath' 다음에 쓰듯이 명령을 입력하세요 (dot 1,2,3 4,5,6). "
                    "help는 명령 목록, Tab은 자동 완성; Ctrl-C는 실행 중인 명령을 멈추고, "
                    "Ctrl-D나 exit는 셸을 끝냅니다.",
    "shell.prompt": "mlmath> ",
    "shell.error.quote": "따옴표가 닫히지 않아 줄을 단어로 나눌 수 없습니다",
    "shell.error.escape": "줄이 아무것도 이스케이프하지 않는 역슬래시로 끝납니다",
    "shell.error.quote.hint": '따옴표를 모두 닫으세요, 예: derive "sin(x^2)"',
}

HELP_KO = {
    "shell": """대화형 셸: 라이브러리를 한 번만 불러와 mlmath 명령을 잇달아 바로 실행합니다.

명령은 'mlmath' 없이 씁니다 (dot 1,2,3 4,5,6). Tab은 명령, 옵션, 선택값을 완성하고, 입력 기록은
$XDG_STATE_HOME/mlmath/history에 남습니다. Ctrl-C는 실행 중인 명령만 멈추고, Ctrl-D나 exit는 셸을 끝냅니다.
표준 입력을 파이프로 주면 한 줄에 한 명령씩 실행하므로 스크립트로도 쓸 수 있습니다.

[dim]예:[/]
  mlmath shell
  mlmath shell --lang ko
  printf 'dot 1,2 3,4\\nderive "sin(x^2)"\\n' | mlmath shell
""",
    "shell.history": "입력 기록을 $XDG_STATE_HOME/mlmath/history에 저장하고 다시 불러옵니다.",
}
