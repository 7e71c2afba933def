"""Budget of class checking (issue "Practice and homework").

``mlmath check`` of 200 submissions × 10 problems ≤ 1.5 × checking the same 2,000 problems in one file
(``check_one_file.py``): grading a class costs what its problems cost, not a process per file.

The files are written by ``mlmath homework new`` (its answer key, topics matmul, dot, softmax) into the
system's temporary folder when this file is loaded.
"""

import subprocess
import sys
import tempfile
from pathlib import Path

_FOLDER = Path(tempfile.gettempdir()) / "mlmath-bench-class"
_CLASS = _FOLDER / "submissions"
_ONE = _FOLDER / "all.toml"
_MLMATH = [sys.executable, "-m", "mlmath"]

if not (_ONE.exists() and len(list(_CLASS.glob("*.toml"))) == 200):
    _CLASS.mkdir(parents=True, exist_ok=True)
    key = _FOLDER / "key.toml"
    subprocess.run([*_MLMATH, "homework", "new", "--topics", "matmul,dot,softmax", "-n", "10", "--seed", "1",
                    "--answers", str(key)], check=True, capture_output=True)
    text = key.read_text(encoding="utf-8")
    for student in range(200):
        (_CLASS / f"student{student:03}.toml").write_text(text, encoding="utf-8")
    header, _, problems = text.partition("[[problem]]")
    _ONE.write_text(header + ("[[problem]]" + problems.rstrip("\n") + "\n\n") * 200, encoding="utf-8")

BUDGETS = [
    {
        "name": "check 200 files x 10 problems vs one file of 2000",
        "command": ["{mlmath}", "check", *sorted(str(path) for path in _CLASS.glob("*.toml"))],
        "baseline": ["{python}", str(Path(__file__).with_name("check_one_file.py")), str(_ONE)],
        "limit": 1.5,
    },
]
