"""Sentences shared by every command: checks, truncation, plots, errors."""

EN = {
    "check.passed": "✓ matches the expected {expected}",
    "check.failed": "✗ expected {expected}, got {got}",
    "check.tolerance": "(tolerance {tol})",
    "check.differs_at": "they differ at {point}: expected {expected}, got {got}",
    "check.differs_at.entry": "entry {entry} differs at {point}: expected {expected}, got {got}",
    "view.truncated": "showing {shown_rows}×{shown_cols} of {rows}×{cols}",
    "view.steps": "Steps",
    "errors.internal": "internal error ({error}); please report it with the command you ran",
    "errors.unknown_language": "unknown language {value!r}",
    "errors.unknown_language.hint": "use --lang en or --lang ko",
    "errors.unknown_language.environment": "MLMATH_LANG={value} is not a language mlmath speaks (en, ko); "
                                           "using English",
    "usage.line": "{where}: {message} (see '{where} --help')",
    "usage.no_such_option": "No such option: {name}",
    "usage.no_such_command": "No such command {name}",
    "usage.did_you_mean": "{message}. Did you mean {names}?",
    "usage.possible_options": "{message} (Possible options: {names})",
    "usage.missing_argument": "Missing argument {name}",
    "usage.missing_option": "Missing option {name}",
    "usage.extra_arguments": "Got unexpected extra argument(s) ({values})",
    "usage.requires_value": "Option {name} requires an argument",
    "usage.invalid_value": "Invalid value for {name}: {reason}",
    "usage.not_a_valid": "{value} is not a valid {kind}",
    "usage.not_in_range": "{value} is not in the range {range}",
    "usage.not_one_of": "{value} is not one of {choices}",
    "help.panel.options": "Options",
    "help.panel.arguments": "Arguments",
    "help.option.help": "Show this message and exit.",
    "help.default": "default",
    "help.panel.matrices": "Vectors and matrices",
    "help.panel.calculus": "Derivatives and integrals",
    "help.panel.networks": "Neural-network pieces",
    "help.panel.learning": "Learning",
    "help.panel.transformers": "Transformers",
    "help.panel.practice": "Practice and homework",
}

KO = {
    "check.passed": "✓ 기대한 값 {expected}와 일치합니다",
    "check.failed": "✗ 기대한 값은 {expected}, 결과는 {got}",
    "check.tolerance": "(허용 오차 {tol})",
    "check.differs_at": "{point}에서 다릅니다: 기대한 값 {expected}, 결과 {got}",
    "check.differs_at.entry": "{entry}번째 성분이 {point}에서 다릅니다: 기대한 값 {expected}, 결과 {got}",
    "view.truncated": "{rows}×{cols} 중 {shown_rows}×{shown_cols} 표시",
    "view.steps": "단계",
    "errors.internal": "내부 오류입니다 ({error}); 실행한 명령과 함께 알려 주세요",
    "errors.unknown_language": "알 수 없는 언어 {value!r}",
    "errors.unknown_language.hint": "--lang en 또는 --lang ko를 쓰세요",
    "errors.unknown_language.environment": "MLMATH_LANG={value}는 mlmath가 쓰는 언어(en, ko)가 아닙니다; "
                                           "영어로 씁니다",
    "usage.line": "{where}: {message} ('{where} --help'를 보세요)",
    "usage.no_such_option": "그런 옵션이 없습니다: {name}",
    "usage.no_such_command": "그런 명령이 없습니다: {name}",
    "usage.did_you_mean": "{message}. 혹시 {names}인가요?",
    "usage.possible_options": "{message} (가능한 옵션: {names})",
    "usage.missing_argument": "인수 {name}가 빠졌습니다",
    "usage.missing_option": "옵션 {name}가 빠졌습니다",
    "usage.extra_arguments": "뜻밖의 인수가 더 있습니다 ({values})",
    "usage.requires_value": "옵션 {name}에는 값이 필요합니다",
    "usage.invalid_value": "{name}의 값이 잘못되었습니다: {reason}",
    "usage.not_a_valid": "{value}는 올바른 {kind}가 아닙니다",
    "usage.not_in_range": "{value}는 범위 {range}를 벗어납니다",
    "usage.not_one_of": "{value}는 {choices} 가운데 하나가 아닙니다",
    "help.panel.options": "옵션",
    "help.panel.arguments": "인수",
    "help.option.help": "이 도움말을 보여 주고 끝냅니다.",
    "help.default": "기본값",
    "help.panel.matrices": "벡터와 행렬",
    "help.panel.calculus": "미분과 적분",
    "help.panel.networks": "신경망의 부품",
    "help.panel.learning": "학습",
    "help.panel.transformers": "트랜스포머",
    "help.panel.practice": "연습과 숙제",
}

# Help in Korean (see mlmath.cli.helptext): the program, and the options every command shares.
HELP_KO = {
    "mlmath": """머신러닝의 수학을 터미널에서: 답, 답에 이르는 단계, 그리고 그림.

[dim]예:[/]
  mlmath matmul "[[2,3],[4,5],[6,7]]" "[[10],[20]]"
  mlmath dot 1,2,3 4,5,6 --expect 32
  mlmath cosine 1,2 -2,-4 --json
""",
    "mlmath.version": "버전을 보여 주고 끝냅니다.",
    "mlmath.lang": "도움말, 메시지, 설명의 언어: en 또는 ko \\[기본값: $MLMATH_LANG, 아니면 로캘].",
    "mlmath.install_completion": "지금 쓰는 셸에 탭 자동 완성을 설치합니다.",
    "mlmath.show_completion": "지금 쓰는 셸의 탭 자동 완성 스크립트를 보여 줍니다 (복사하거나 고쳐 쓰도록).",
    "common.json_output": "표 대신 JSON 객체 하나를 출력합니다 (숫자는 모든 자릿수 그대로).",
    "common.expect": "답을 확인합니다: VALUE와 같으면 종료 코드 0, 다르면 1.",
    "common.tol": "--expect의 허용 오차 \\[기본값: 적은 값의 마지막 자리의 절반, 아니면 1e-9].",
    "common.precision": "보여 줄 소수 자릿수 (JSON은 모든 자릿수를 그대로 둡니다).",
    "common.no_steps": "단계별 풀이를 숨깁니다.",
    "common.plot": "그림을 그립니다 \\[기본값: 터미널일 때].",
    "common.export": "보여 준 내용을 FILE.svg, FILE.html 또는 FILE.txt로도 저장합니다.",
    "common.lang": "설명의 언어: en 또는 ko \\[기본값: $MLMATH_LANG, 아니면 로캘].",
}
PANELS_KO = {"Output": "출력"}
