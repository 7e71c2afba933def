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
