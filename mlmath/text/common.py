"""Sentences shared by every command: checks, truncation, plots, errors."""

EN = {
    "check.passed": "✓ matches the expected {expected}",
    "check.failed": "✗ expected {expected}, got {got}",
    "check.tolerance": "(tolerance {tol})",
    "check.differs_at": "they differ at {point}: expected {expected}, got {got}",
    "check.differs_at.entry": "entry {entry} differs at {point}: expected {expected}, got {got}",
    "view.truncated": "showing {shown_rows}×{shown_cols} of {rows}×{cols}",
    "view.steps": "Steps",
}

KO = {
    "check.passed": "✓ 기대한 값 {expected}와 일치합니다",
    "check.failed": "✗ 기대한 값은 {expected}, 결과는 {got}",
    "check.tolerance": "(허용 오차 {tol})",
    "check.differs_at": "{point}에서 다릅니다: 기대한 값 {expected}, 결과 {got}",
    "check.differs_at.entry": "{entry}번째 성분이 {point}에서 다릅니다: 기대한 값 {expected}, 결과 {got}",
    "view.truncated": "{rows}×{cols} 중 {shown_rows}×{shown_cols} 표시",
    "view.steps": "단계",
}
