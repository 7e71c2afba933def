"""Sentences for check: grading a homework file."""

EN = {
    "homework.title": "Homework {file}",
    "homework.title.named": "{title} ({file})",
    "homework.column.problem": "problem",
    "homework.column.expected": "expected",
    "homework.column.got": "got",
    "homework.column.hint": "hint",
    "homework.score": "{passed}/{total} passed",
    "homework.score.detail": "{passed}/{total} passed ({details})",
    "homework.count.failed": "{count} wrong",
    "homework.count.error": "{count} could not run",
    "homework.count.missing": "{count} missing",
    "homework.count.malformed": "{count} malformed",
    "homework.warning": "warning: {message}",
    "homework.class.file": "file",
    "homework.class.score": "passed",
    "homework.class.failed": "failed",
    "homework.class.missing": "missing",
    "homework.class.summary": "{complete} of {files} files passed every problem; {passed}/{total} problems passed",
    "homework.class.step.read": "Graded {count} files in one process, each problem by its command's own --expect",
    "homework.class.step.complete": "{count} of {files} files passed every problem",
    "homework.class.step.unread": "could not be read: {names}",
    "homework.unnamed": "problem {index}",
    "homework.where.line": "line {line}",
    "homework.shape.scalar": "scalar",
    # hints, one per failing problem
    "homework.hint.malformed": "{where}: {reason}",
    "homework.hint.error": "{message}",
    "homework.hint.no_answer": "the command gave no answer (exit status {code})",
    "homework.hint.shape": "expected shape {expected}, got {got}",
    "homework.hint.off_by": "off by {difference}",
    "homework.hint.off_by_tol": "off by {difference} (tolerance {tol})",
    "homework.hint.not_finite": "the answer is not a finite number",
    "homework.hint.missing": "no answer yet: write it in expect = \"…\"",
    "homework.hint.no_key": "the command's answer has no {key}",
    "homework.hint.rerun": "see the steps: {command}",
    # steps
    "homework.step.read": "Read {count} problems from {file}",
    "homework.step.ran": "Ran the {count} well-formed problems, each with --expect <its answer>: "
    "the command's own check decides",
    "homework.step.score": "{passed} of {total} passed",
    "homework.step.failed": "wrong answer: {names}",
    "homework.step.error": "could not run: {names}",
    "homework.step.missing": "answer missing: {names}",
    "homework.step.malformed": "malformed, not run: {names}",
    "homework.error.layout.hint": 'write each problem as [[problem]] with name = "…", run = ["dot", "1,2", "3,4"] and '
    'expect = "11"',
    "homework.error.folder.hint": "put the file beside the homework file and name it as @data.csv",
    "homework.error.file.hint": "give a homework file like homework.toml",
    "homework.error.utf8.hint": "save the homework file as UTF-8",
    "homework.error.stdin": "'-' reads the homework from standard input, but nothing was piped in",
    "homework.error.stdin.hint": "e.g. cat homework.toml | mlmath check -",
    "homework.error.stdin.large": "the homework is larger than {megabytes} MB",
    "homework.error.stdin.utf8": "the homework piped in is not UTF-8 text",
    "homework.error.file.name": "cannot read {path!r}: not a usable file name",
    "homework.error.file.folder": "cannot read {path!r}: a folder, not a file",
    "homework.error.file.missing": "cannot read {path!r}: no such file",
    "homework.error.file.large": "{path!r} is larger than {megabytes} MB",
    "homework.error.file.utf8": "{path!r} is not UTF-8 text",
    "homework.error.file.unreadable": "cannot read {path!r}: {reason}",
    "homework.error.empty": "{source} is empty",
    "homework.error.toml.at": "{source}: line {line}, column {column}: not valid TOML: {reason}",
    "homework.error.toml.end": "{source}: at the end of the file: not valid TOML: {reason}",
    "homework.error.toml": "{source}: not valid TOML: {reason}",
    "homework.error.number_too_long": "{source}: a number is too long to read",
    "homework.error.nested": "{source}: arrays or tables are nested too deeply",
    "homework.error.no_tables": "{source}: no [[problem]] tables",
    "homework.error.no_tables.found": "{source}: no [[problem]] tables (found {found!r}; the tables are called "
    "[[problem]])",
    "homework.error.not_list": "{source}: 'problem' must be a list of tables",
    "homework.error.not_list.line": "{source}, line {line}: 'problem' must be a list of tables",
    "homework.error.no_problems": "{source}: the list of problems is empty",
    "homework.error.too_many": "{source}: {count} problems; at most {most} fit in one file",
    "homework.error.too_many.hint": "split the homework into several files",
    "homework.error.outside": "{source}, problem {index}: {reason}",
    "homework.error.outside.line": "{source}, problem {index} (line {line}): {reason}",
    "homework.error.outside.stdin": "'-' reads standard input; a homework problem must give its values in the file",
    "homework.error.outside.folder": "@{written}: a homework problem may read only files in the homework's own folder",
    "homework.kind.number": "the number {value}",
    "homework.kind.list": "a list",
    "homework.kind.table": "a table",
    "homework.kind.text": "text",
    "homework.kind.other": "a {name}",
    "homework.problem.not_table": "a problem must be a table: write it under [[problem]]",
    "homework.problem.key": 'key must name a JSON key of the command\'s answer in quotes, e.g. key = "weights" '
    'or, a level down, key = "state.m"',
    "homework.problem.unknown_key": "unknown key {name!r} (a problem has {keys})",
    "homework.problem.unknown_key.guess": "unknown key {name!r}; did you mean {guess!r}? (a problem has {keys})",
    "homework.problem.name_missing": 'name is missing: write name = "…"',
    "homework.problem.name_text": "name must be text in quotes, not {kind}",
    "homework.problem.name_empty": "name is empty",
    "homework.problem.timeout_kind": "timeout must be a number of seconds, not {kind}; e.g. timeout = 30",
    "homework.problem.timeout_range": "timeout must be more than 0 and at most {most} seconds, not {value}",
    "homework.problem.run_missing": "run is missing: write the command line as a list, e.g. {example}",
    "homework.problem.run_text": "run must be a list of arguments: write run = {written}",
    "homework.problem.run_kind": "run must be a list of arguments like {example}, not {kind}",
    "homework.problem.run_empty": "run is empty: write the command line as a list, e.g. {example}",
    "homework.problem.run_long": "run has {count} arguments; at most {most}",
    "homework.problem.run_item": 'run item {position} is {kind}; write every argument in quotes, e.g. "{plain}"',
    "homework.problem.run_check": "a problem cannot run check itself",
    "homework.problem.command": "unknown command {command!r} (known: {known})",
    "homework.problem.command.guess": "unknown command {command!r}; did you mean {guess!r}?",
    "homework.problem.answer_option": "{option} belongs in the problem, not in run: write expect = … and tol = …",
    "homework.problem.forbidden.export": "{option} is not allowed in homework: it writes a file",
    "homework.problem.forbidden.help": "{option} is not allowed in homework: it prints help, not an answer",
    "homework.problem.file_name": "@…: not a file name a homework problem can read",
    "homework.problem.expect_missing": 'expect is missing: write the answer, e.g. expect = "32" or '
    "expect = [[1, 2], [3, 4]]",
    "homework.problem.expect": "expect {reason}",
    "homework.problem.expect_empty": 'expect is empty: write the answer, e.g. expect = "32"',
    "homework.problem.expect.finite": "must be a finite number, not {value}",
    "homework.problem.expect.bool": "must be the answer, not {value}",
    "homework.problem.expect.empty_list": "is an empty list",
    "homework.problem.expect.kind": "must be text, a number or a list, not {kind}",
    "homework.problem.tol": "tol must be a number like 1e-4, not {kind}",
    "homework.step.interrupted": "stopped by Ctrl-C after {done} of {count} problems; the others did not run",
    "homework.class.interrupted": "stopped by Ctrl-C after {done} of {count} files; the others were not graded",
    "homework.budget.time": "stopped after {seconds} s, the time budget of one problem; give it more with "
                            "check --timeout or timeout = … in the problem",
    "homework.budget.memory": "stopped: it needed more than {megabytes} MB, the memory budget of one problem; "
                              "give it more with check --memory",
}

KO = {
    "homework.title": "과제 {file}",
    "homework.title.named": "{title} ({file})",
    "homework.column.problem": "문제",
    "homework.column.expected": "정답",
    "homework.column.got": "결과",
    "homework.column.hint": "힌트",
    "homework.score": "{passed}/{total} 통과",
    "homework.score.detail": "{passed}/{total} 통과 ({details})",
    "homework.count.failed": "오답 {count}개",
    "homework.count.error": "실행 실패 {count}개",
    "homework.count.missing": "답 없음 {count}개",
    "homework.count.malformed": "형식 오류 {count}개",
    "homework.warning": "경고: {message}",
    "homework.class.file": "파일",
    "homework.class.score": "통과",
    "homework.class.failed": "틀림",
    "homework.class.missing": "답 없음",
    "homework.class.summary": "파일 {files}개 중 {complete}개가 모든 문제를 통과; 문제 {passed}/{total} 통과",
    "homework.class.step.read": "파일 {count}개를 한 프로세스에서 채점했습니다: 문제마다 그 명령의 --expect로",
    "homework.class.step.complete": "파일 {files}개 중 {count}개가 모든 문제를 통과했습니다",
    "homework.class.step.unread": "읽을 수 없음: {names}",
    "homework.unnamed": "문제 {index}",
    "homework.where.line": "{line}행",
    "homework.shape.scalar": "스칼라",
    # 힌트: 통과하지 못한 문제마다 하나
    "homework.hint.malformed": "{where}: {reason}",
    "homework.hint.error": "{message}",
    "homework.hint.no_answer": "명령이 답을 내지 않았습니다 (종료 코드 {code})",
    "homework.hint.shape": "정답의 모양은 {expected}, 결과의 모양은 {got}",
    "homework.hint.off_by": "차이 {difference}",
    "homework.hint.off_by_tol": "차이 {difference} (허용 오차 {tol})",
    "homework.hint.not_finite": "답이 유한한 수가 아닙니다",
    "homework.hint.missing": "아직 답이 없습니다: expect = \"…\"에 쓰세요",
    "homework.hint.no_key": "명령의 답에 {key}가 없습니다",
    "homework.hint.rerun": "단계를 확인하세요: {command}",
    # 단계
    "homework.step.read": "{file}에서 문제 {count}개를 읽었습니다",
    "homework.step.ran": "형식이 올바른 문제 {count}개를 각각 --expect <정답>으로 실행했습니다: "
    "채점은 각 명령의 자체 검사가 합니다",
    "homework.step.score": "{total}개 중 {passed}개 통과",
    "homework.step.failed": "오답: {names}",
    "homework.step.error": "실행 실패: {names}",
    "homework.step.missing": "답 없음: {names}",
    "homework.step.malformed": "형식 오류로 실행하지 않음: {names}",
    "homework.error.layout.hint": '문제마다 [[problem]] 아래에 name = "…", run = ["dot", "1,2", "3,4"], '
    'expect = "11" 키를 쓰세요',
    "homework.error.folder.hint": "파일을 숙제 파일 옆에 두고 @data.csv처럼 이름으로 쓰세요",
    "homework.error.file.hint": "homework.toml 같은 숙제 파일을 주세요",
    "homework.error.utf8.hint": "숙제 파일을 UTF-8로 저장하세요",
    "homework.error.stdin": "'-'는 숙제를 표준 입력에서 읽는데, 파이프로 들어온 것이 없습니다",
    "homework.error.stdin.hint": '예: "cat homework.toml | mlmath check -"',
    "homework.error.stdin.large": "숙제가 {megabytes} MB보다 큽니다",
    "homework.error.stdin.utf8": "파이프로 들어온 숙제가 UTF-8 텍스트가 아닙니다",
    "homework.error.file.name": "읽을 수 없습니다: {path!r}: 쓸 수 있는 파일 이름이 아닙니다",
    "homework.error.file.folder": "읽을 수 없습니다: {path!r}: 파일이 아니라 폴더입니다",
    "homework.error.file.missing": "읽을 수 없습니다: {path!r}: 그런 파일이 없습니다",
    "homework.error.file.large": "{megabytes} MB보다 큽니다: {path!r}",
    "homework.error.file.utf8": "UTF-8 텍스트가 아닙니다: {path!r}",
    "homework.error.file.unreadable": "읽을 수 없습니다: {path!r}: {reason}",
    "homework.error.empty": "비어 있습니다: {source}",
    "homework.error.toml.at": "{source}: {line}번째 줄 {column}번째 칸: 올바른 TOML이 아닙니다: {reason}",
    "homework.error.toml.end": "{source}: 파일 끝: 올바른 TOML이 아닙니다: {reason}",
    "homework.error.toml": "{source}: 올바른 TOML이 아닙니다: {reason}",
    "homework.error.number_too_long": "{source}: 너무 길어서 읽을 수 없는 수가 있습니다",
    "homework.error.nested": "{source}: 배열이나 테이블이 너무 깊게 중첩되어 있습니다",
    "homework.error.no_tables": "{source}: [[problem]] 테이블이 없습니다",
    "homework.error.no_tables.found": "{source}: [[problem]] 테이블이 없습니다 (있는 것: {found!r}; 테이블 이름은 "
    "[[problem]]입니다)",
    "homework.error.not_list": "{source}: 'problem'은 테이블의 목록이어야 합니다",
    "homework.error.not_list.line": "{source}, {line}번째 줄: 'problem'은 테이블의 목록이어야 합니다",
    "homework.error.no_problems": "{source}: 문제 목록이 비어 있습니다",
    "homework.error.too_many": "{source}: 문제가 {count}개입니다; 한 파일에는 최대 {most}개까지 들어갑니다",
    "homework.error.too_many.hint": "숙제를 여러 파일로 나누세요",
    "homework.error.outside": "{source}, {index}번 문제: {reason}",
    "homework.error.outside.line": "{source}, {index}번 문제 ({line}번째 줄): {reason}",
    "homework.error.outside.stdin": "'-'는 표준 입력을 읽습니다; 숙제 문제는 값을 파일 안에 적어야 합니다",
    "homework.error.outside.folder": "@{written}: 숙제 문제는 숙제 파일이 있는 폴더의 파일만 읽을 수 있습니다",
    "homework.kind.number": "수 {value}",
    "homework.kind.list": "리스트",
    "homework.kind.table": "테이블",
    "homework.kind.text": "글자",
    "homework.kind.other": "{name} 값",
    "homework.problem.not_table": "문제는 테이블이어야 합니다: [[problem]] 아래에 쓰세요",
    "homework.problem.key": 'key에는 명령의 답에 있는 JSON 키를 따옴표 안에 쓰세요, 예: key = "weights", '
    '한 단계 아래는 key = "state.m"',
    "homework.problem.unknown_key": "알 수 없는 키 {name!r} (문제의 키: {keys})",
    "homework.problem.unknown_key.guess": "알 수 없는 키 {name!r}; 혹시 {guess!r}인가요? (문제의 키: {keys})",
    "homework.problem.name_missing": 'name이 없습니다: 이렇게 쓰세요: name = "…"',
    "homework.problem.name_text": "name은 따옴표 안의 글자여야 합니다 (받은 것: {kind})",
    "homework.problem.name_empty": "name이 비어 있습니다",
    "homework.problem.timeout_kind": "`timeout`은 {kind}이 아니라 초 단위의 수여야 합니다; 예: `timeout = 30`",
    "homework.problem.timeout_range": "`timeout`은 0보다 크고 {most}초 이하여야 합니다 ({value}가 아니라)",
    "homework.problem.run_missing": "run이 없습니다: 명령줄을 리스트로 쓰세요, 예: {example}",
    "homework.problem.run_text": "run은 인수의 리스트여야 합니다: run = {written}처럼 쓰세요",
    "homework.problem.run_kind": "run은 {example} 같은 인수의 리스트여야 합니다 (받은 것: {kind})",
    "homework.problem.run_empty": "run이 비어 있습니다: 명령줄을 리스트로 쓰세요, 예: {example}",
    "homework.problem.run_long": "run의 인수가 {count}개입니다; 최대 {most}개까지 쓸 수 있습니다",
    "homework.problem.run_item": 'run의 {position}번째 항목이 {kind}입니다; 인수는 모두 따옴표 안에 쓰세요, 예: '
                                 '"{plain}"',
    "homework.problem.run_check": "문제에서 check 자신을 실행할 수는 없습니다",
    "homework.problem.command": "알 수 없는 명령 {command!r} (쓸 수 있는 명령: {known})",
    "homework.problem.command.guess": "알 수 없는 명령 {command!r}; 혹시 {guess!r}인가요?",
    "homework.problem.answer_option": "{option}은(는) run이 아니라 문제에 씁니다: expect = …와 tol = …로 쓰세요",
    "homework.problem.forbidden.export": "{option}은(는) 숙제에 쓸 수 없습니다: 파일을 씁니다",
    "homework.problem.forbidden.help": "{option}은(는) 숙제에 쓸 수 없습니다: 답이 아니라 도움말을 보여 줍니다",
    "homework.problem.file_name": "@…: 숙제 문제가 읽을 수 있는 파일 이름이 아닙니다",
    "homework.problem.expect_missing": 'expect가 없습니다: 답을 쓰세요, 예: expect = "32" 또는 '
    "expect = [[1, 2], [3, 4]]",
    "homework.problem.expect": "expect: {reason}",
    "homework.problem.expect_empty": 'expect가 비어 있습니다: 답을 쓰세요, 예: expect = "32"',
    "homework.problem.expect.finite": "유한한 수여야 합니다 (받은 값: {value})",
    "homework.problem.expect.bool": "답이어야 합니다 (받은 값: {value})",
    "homework.problem.expect.empty_list": "빈 리스트입니다",
    "homework.problem.expect.kind": "글자, 수, 리스트 중 하나여야 합니다 (받은 것: {kind})",
    "homework.problem.tol": "tol은 1e-4 같은 수여야 합니다 (받은 것: {kind})",
    "homework.step.interrupted": "Ctrl-C로 문제 {count}개 중 {done}개까지만 채점하고 멈췄습니다; 나머지는 실행하지 "
                                 "않았습니다",
    "homework.class.interrupted": "Ctrl-C로 파일 {count}개 중 {done}개까지만 채점하고 멈췄습니다; 나머지는 채점하지 "
                                  "않았습니다",
    "homework.budget.time": "한 문제의 시간 예산 {seconds}초가 지나 멈췄습니다; check --timeout 또는 문제의 `timeout = "
                            "…`으로 "
                            "늘릴 수 있습니다",
    "homework.budget.memory": "한 문제의 메모리 예산 {megabytes} MB보다 많은 메모리가 필요해 멈췄습니다; check "
                              "--memory로 "
                              "늘릴 수 있습니다",
}

# Help in Korean (see mlmath.cli.helptext).
HELP_KO = {
    "check": """숙제 채점: TOML 파일의 모든 문제를 실행해 기대한 답과 비교합니다.

문제마다 명령줄과 그 답을 씁니다 (tol은 써도 되고 안 써도 됩니다):
  \\[\\[problem]]
  name = "3x2 times 2x1"
  run = \\["matmul", "\\[\\[2,3],\\[4,5],\\[6,7]]", "\\[\\[10],\\[20]]"]
  expect = "\\[\\[80],\\[140],\\[200]]"

문제가 가리키는 파일(run의 @a.csv, 또는 expect = "@answer.csv")은 숙제 파일이 있는 폴더에서만
읽습니다; 그 밖의 파일이나 - (표준 입력)을 가리키면 거절합니다 (종료 코드 2).

문제마다 예산 안에서 실행합니다: --timeout, --memory 또는 문제의 timeout = …이 달리 정하지 않으면
10초와 2048 MB입니다; 예산을 넘은 문제는 멈추고 표시하며, 다른 문제는 그대로 실행합니다.
Ctrl-C를 누르면 채점을 멈추고 그때까지 채점한 문제를 보여 줍니다 (종료 코드 130).

빈 답 (expect = "")은 틀림이 아니라 '답 없음'으로 알립니다. 여러 파일은 한 프로세스에서 채점합니다:
파일마다 점수, 틀린 문제, 비워 둔 문제를 한 행에 보여 줍니다 (성적부에는 --json, 스프레드시트에는 --csv).

종료 코드: 0 모두 통과, 1 일부 실패 또는 답 없음, 2 파일을 읽을 수 없음, 130 Ctrl-C로 멈춤.

[dim]예:[/]
  mlmath check examples/homework.toml
  mlmath check homework.toml --json
  mlmath check submissions/*.toml --csv grades.csv
""",
    "check.files": "\\[\\[problem]] 표로 된 숙제 파일 (TOML), 또는 - (표준 입력); 파일이 여럿이면 (반 학생들의 "
    "submissions/*.toml) 파일마다 한 행.",
    "check.csv": "파일별 표 (file, title, passed, total, failed, missing)를 FILE.csv에도 씁니다.",
    "check.timeout": "문제 하나의 시간 예산 (문제의 timeout = …이 우선합니다).",
    "check.memory": "문제 하나의 메모리 예산, 메가바이트 단위.",
}
