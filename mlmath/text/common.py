"""Sentences shared by every command: checks, truncation, plots, errors."""

EN = {
    "check.passed": "✓ matches the expected {expected}",
    "check.failed": "✗ expected {expected}, got {got}",
    "check.tolerance": "(tolerance {tol})",
    "view.truncated": "showing {shown_rows}×{shown_cols} of {rows}×{cols}",
    "view.steps": "Steps",
}

KO = {
    "check.passed": "✓ 기대한 값 {expected}와 일치합니다",
    "check.failed": "✗ 기대한 값은 {expected}, 결과는 {got}",
    "check.tolerance": "(허용 오차 {tol})",
    "view.truncated": "{rows}×{cols} 중 {shown_rows}×{shown_cols} 표시",
    "view.steps": "단계",
}
