"""Startup budgets of DESIGN.md §6: help, Tab completion and a numpy command."""

COMPLETION = {"_MLMATH_COMPLETE": "complete_bash", "COMP_WORDS": "mlmath lo", "COMP_CWORD": "1"}

BUDGETS = [
    {
        "name": "mlmath --help vs minimal Typer app --help",
        "command": ["{mlmath}", "--help"],
        "baseline": ["{python}", "{here}/minimal_app.py", "--help"],
        "limit": 1.15,
    },
    {
        "name": "Tab completion vs minimal Typer app",
        "command": ["{mlmath}"],
        "baseline": ["{python}", "{here}/minimal_app.py"],
        "env": COMPLETION,
        "limit": 1.15,
    },
    {
        "name": "mlmath --help in Korean vs minimal Typer app --help",
        "command": ["{mlmath}", "--help"],
        "baseline": ["{python}", "{here}/minimal_app.py", "--help"],
        "env": {"MLMATH_LANG": "ko"},
        "limit": 1.15,
    },
    {
        "name": "mlmath loss --help in Korean vs minimal Typer app loss --help",
        "command": ["{mlmath}", "loss", "--help"],
        "baseline": ["{python}", "{here}/minimal_app.py", "loss", "--help"],
        "env": {"MLMATH_LANG": "ko"},
        "limit": 1.15,
    },
    {
        "name": "Tab completion in Korean vs minimal Typer app",
        "command": ["{mlmath}"],
        "baseline": ["{python}", "{here}/minimal_app.py"],
        "env": {**COMPLETION, "MLMATH_LANG": "ko"},
        "limit": 1.15,
    },
    {
        "name": "mlmath dot 1,2,3 4,5,6 vs import numpy, typer, rich",
        "command": ["{mlmath}", "dot", "1,2,3", "4,5,6"],
        "baseline": ["{python}", "-c", "import numpy, typer, rich.console, rich.table"],
        "limit": 1.15,
    },
]
