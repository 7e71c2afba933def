"""Tab completion through the installed scripts (`mlmath completion SHELL -- WORDS`), DESIGN.md §6's limit.

The baseline is the minimal Typer app answering the same Tab press through Typer's own protocol; its
environment variables are set through `env` so that they do not reach mlmath's run (env adds about 1 ms).
"""

TYPER_TAB = ["env", "_MLMATH_COMPLETE=complete_bash", "COMP_WORDS=mlmath lo", "COMP_CWORD=1"]

BUDGETS = [
    {
        "name": "Tab via mlmath completion (mlmath lo) vs minimal Typer app",
        "command": ["{mlmath}", "completion", "bash", "--", "mlmath", "lo"],
        "baseline": [*TYPER_TAB, "{python}", "{here}/minimal_app.py"],
        "limit": 1.15,
    },
    {
        "name": "Tab via mlmath completion (optimize --optimizer) vs minimal Typer app",
        "command": ["{mlmath}", "completion", "zsh", "--", "mlmath", "optimize", "--optimizer", ""],
        "baseline": [*TYPER_TAB, "{python}", "{here}/minimal_app.py"],
        "limit": 1.15,
    },
]
