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
읽습니다; 그 밖의 파일을 가리키면 거절합니다 (종료 코드 2).

빈 답 (expect = "")은 틀림이 아니라 '답 없음'으로 알립니다. 여러 파일은 한 프로세스에서 채점합니다:
파일마다 점수, 틀린 문제, 비워 둔 문제를 한 행에 보여 줍니다 (성적부에는 --json, 스프레드시트에는 --csv).

종료 코드: 0 모두 통과, 1 일부 실패 또는 답 없음, 2 파일을 읽을 수 없음.

[dim]예:[/]
  mlmath check examples/homework.toml
  mlmath check homework.toml --json
  mlmath check submissions/*.toml --csv grades.csv
""",
    "check.files": "\\[\\[problem]] 표로 된 숙제 파일 (TOML), 또는 - (표준 입력); 파일이 여럿이면 (반 학생들의 "
    "submissions/*.toml) 파일마다 한 행.",
    "check.csv": "파일별 표 (file, title, passed, total, failed, missing)를 FILE.csv에도 씁니다.",
}
