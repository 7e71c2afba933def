"""Every sentence key is written literally where it is used, and every key has both languages.

A key built at run time (an f-string, a concatenation) cannot be found with grep, and a key that
nothing uses is a sentence nobody reads: both fail here.
"""

import re
from pathlib import Path

from mlmath import text
from mlmath.registry import TEXT_TOPICS

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "mlmath"
KEY_LITERAL = re.compile(r"""["']([a-z][a-z0-9_]*(?:\.[a-z0-9_\-]+)+)["']""")


def _sources() -> dict[Path, str]:
    package = ROOT / "mlmath"
    return {path: path.read_text(encoding="utf-8") for path in package.rglob("*.py")
            if path.parent != package / "text" and path.name != "registry.py"}


def _used_keys() -> dict[str, Path]:
    used = {}
    for path, source in _sources().items():
        for key in KEY_LITERAL.findall(source):
            if key.split(".", 1)[0] in TEXT_TOPICS:
                used.setdefault(key, path)
    return used


def test_every_key_is_used_literally_somewhere():
    used = _used_keys()
    unused = sorted(set(text.tables()["en"]) - set(used))
    assert not unused, (f"{len(unused)} sentence keys appear nowhere as a literal string (built at run time, or "
                        f"unused): {unused[:20]}; write each key in full where it is used, or delete it")


def test_every_key_used_exists_in_both_languages():
    tables = text.tables()
    for key, path in _used_keys().items():
        assert key in tables["en"], f"{path.relative_to(ROOT)} uses {key!r}, which mlmath.text does not define"
        assert key in tables["ko"], f"{key!r} has no Korean text"


def test_no_f_string_builds_a_key():
    pattern = re.compile(r"""f["'](?:%s)\.[^"']*\{""" % "|".join(map(re.escape, TEXT_TOPICS)))
    found = [f"{path.relative_to(ROOT)}:{source[:match.start()].count(chr(10)) + 1}"
             for path, source in _sources().items() for match in pattern.finditer(source)]
    assert not found, f"text keys built with f-strings: {found}"


def test_no_error_message_is_written_in_one_language_only():
    """What an mlmath error says (its message and its hint) is a keyed sentence, ``say(...)``, or text made
    from one; a string written into the raise itself would reach a Korean learner in English."""
    import ast

    errors = {"MathError", "InputError", "MlmathError", "UsageError"}
    written = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) in errors:
                said = node.args[:1] + [keyword.value for keyword in node.keywords
                                        if keyword.arg in ("message", "hint")]
                written += [f"{path.relative_to(PACKAGE.parent)}:{node.lineno}" for value in said
                            if isinstance(value, ast.JoinedStr)
                            or (isinstance(value, ast.Constant) and isinstance(value.value, str))]
    assert not written, f"errors written in one language: {written}"
