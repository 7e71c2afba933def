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
    "homework.count.malformed": "{count} malformed",
    "homework.warning": "warning: {message}",
    # hints, one per failing problem
    "homework.hint.malformed": "{where}: {reason}",
    "homework.hint.error": "{message}",
    "homework.hint.no_answer": "the command gave no answer (exit status {code})",
    "homework.hint.shape": "expected shape {expected}, got {got}",
    "homework.hint.off_by": "off by {difference}",
    "homework.hint.off_by_tol": "off by {difference} (tolerance {tol})",
    "homework.hint.not_finite": "the answer is not a finite number",
    "homework.hint.rerun": "see the steps: {command}",
    # steps
    "homework.step.read": "Read {count} problems from {file}",
    "homework.step.ran": "Ran the {count} well-formed problems, each with --expect <its answer>: "
    "the command's own check decides",
    "homework.step.score": "{passed} of {total} passed",
    "homework.step.failed": "wrong answer: {names}",
    "homework.step.error": "could not run: {names}",
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
    "homework.count.malformed": "형식 오류 {count}개",
    "homework.warning": "경고: {message}",
    # 힌트: 통과하지 못한 문제마다 하나
    "homework.hint.malformed": "{where}: {reason}",
    "homework.hint.error": "{message}",
    "homework.hint.no_answer": "명령이 답을 내지 않았습니다 (종료 코드 {code})",
    "homework.hint.shape": "정답의 모양은 {expected}, 결과의 모양은 {got}",
    "homework.hint.off_by": "차이 {difference}",
    "homework.hint.off_by_tol": "차이 {difference} (허용 오차 {tol})",
    "homework.hint.not_finite": "답이 유한한 수가 아닙니다",
    "homework.hint.rerun": "단계를 확인하세요: {command}",
    # 단계
    "homework.step.read": "{file}에서 문제 {count}개를 읽었습니다",
    "homework.step.ran": "형식이 올바른 문제 {count}개를 각각 --expect <정답>으로 실행했습니다: "
    "채점은 각 명령의 자체 검사가 합니다",
    "homework.step.score": "{total}개 중 {passed}개 통과",
    "homework.step.failed": "오답: {names}",
    "homework.step.error": "실행 실패: {names}",
    "homework.step.malformed": "형식 오류로 실행하지 않음: {names}",
}
