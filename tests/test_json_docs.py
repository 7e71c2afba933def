"""docs/json.md documents every command's JSON; real output is validated against it."""

import re
import shlex
from pathlib import Path

import pytest

from mlmath.registry import COMMANDS

ROOT = Path(__file__).resolve().parent.parent
TYPES = {"number": (int, float), "integer": (int,), "string": (str,), "array": (list,), "object": (dict,),
         "boolean": (bool,), "null": (type(None),)}


def documented_sections() -> dict[str, dict]:
    """``## name`` → examples (backticked ``mlmath …`` lines) and the key table."""
    text = (ROOT / "docs" / "json.md").read_text(encoding="utf-8")
    sections = {}
    for block in re.split(r"^## ", text, flags=re.MULTILINE)[1:]:
        name = block.split("\n", 1)[0].strip()
        examples = re.findall(r"^- `(mlmath [^`]+)`", block, flags=re.MULTILINE)
        keys = {}
        for key, kinds in re.findall(r"^\| `(\w+)` \| ([^|]+) \|", block, flags=re.MULTILINE):
            words = [word.strip() for word in kinds.split(",")]
            keys[key] = {"types": [w for w in words if w in TYPES], "optional": "optional" in words}
        sections[name] = {"examples": examples, "keys": keys}
    return sections


SECTIONS = documented_sections()


def test_every_command_is_documented():
    """Every command that prints JSON (all but the shell and other commands without --json)."""
    import inspect

    from mlmath.cli.app import command_body

    with_json = {name for name in COMMANDS if "json_output" in inspect.signature(command_body(name)).parameters}
    assert with_json and with_json <= set(SECTIONS)


@pytest.mark.parametrize(
    ("name", "example"),
    [(name, example) for name, section in SECTIONS.items() for example in section["examples"]],
)
def test_real_output_matches_the_documented_keys(cli, name, example):
    args = shlex.split(example)[1:]
    run = cli(*args)
    assert run.code in (0, 1), run.stderr
    document = run.json
    documented = SECTIONS[name]["keys"]
    assert document["command"] == name
    undocumented = set(document) - set(documented)
    assert not undocumented, f"{example}: keys not in docs/json.md: {sorted(undocumented)}"
    for key, spec in documented.items():
        if key not in document:
            assert spec["optional"], f"{example}: documented key {key!r} is missing"
            continue
        kinds = tuple(t for kind in spec["types"] for t in TYPES[kind])
        value = document[key]
        assert isinstance(value, kinds) and not (isinstance(value, bool) and bool not in kinds), (
            f"{example}: {key} is {type(value).__name__}, documented as {spec['types']}")


def test_every_documented_key_appears_in_some_example():
    for name, section in SECTIONS.items():
        seen = set()
        for example in section["examples"]:
            from conftest import run_cli

            seen |= set(run_cli(*shlex.split(example)[1:]).json)
        required = {key for key, spec in section["keys"].items() if not spec["optional"]}
        assert required <= seen, f"{name}: documented but never produced: {sorted(required - seen)}"
