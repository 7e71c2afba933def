"""Sentences shared by every command: checks, truncation, plots, errors."""

EN = {
    "check.passed": "✓ matches the expected {expected}",
    "check.failed": "✗ expected {expected}, got {got}",
    "check.tolerance": "(tolerance {tol})",
    "view.truncated": "showing {shown_rows}×{shown_cols} of {rows}×{cols}",
    "view.steps": "Steps",
    "view.steps_hidden": "steps are shown only for small inputs ({reason})",
    "json.nonfinite": "{path} is {value}; written as null",
}
