"""Every command's --json output validates against its JSON Schema (docs/schema, generated from docs/json.md)."""

import json
import shlex
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from mlmath.cli.reference import json_sections

ROOT = Path(__file__).resolve().parent.parent
SECTIONS = json_sections((ROOT / "docs" / "json.md").read_text(encoding="utf-8"))
EXAMPLES = [(name, example) for name, section in SECTIONS.items() for example in section["examples"]]


def validator(name: str) -> Draft202012Validator:
    schema = json.loads((ROOT / "docs" / "schema" / f"{name}.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def assert_valid(name: str, document: dict, what: str) -> None:
    errors = sorted(validator(name).iter_errors(document), key=lambda error: list(error.path))
    assert not errors, f"{what}: " + "; ".join(f"{list(e.path)}: {e.message[:160]}" for e in errors[:5])


def test_every_command_with_json_has_a_schema():
    import inspect

    from mlmath.cli.app import command_body
    from mlmath.registry import COMMANDS

    with_json = {name for name in COMMANDS if "json_output" in inspect.signature(command_body(name)).parameters}
    assert with_json <= {path.stem for path in (ROOT / "docs" / "schema").glob("*.json")}


@pytest.mark.parametrize(("name", "example"), EXAMPLES)
def test_every_documented_example_validates(cli, name, example):
    ran = cli(*shlex.split(example)[1:])
    assert ran.code in (0, 1), ran.stderr
    assert_valid(name, ran.json, example)


# Variations of the documented examples: without steps, in Korean, with fewer decimals, and with
# --expect of the answer just printed (so the `check` object appears).
VARIATIONS = [("--no-steps", "--lang", "ko"), ("--precision", "2")]


@pytest.mark.parametrize("name", sorted({name for name, _ in EXAMPLES}))
def test_variations_of_every_command_validate(cli, name):
    examples = [example for section, example in EXAMPLES if section == name]
    for example in examples[:2]:
        args = shlex.split(example)[1:]
        for extra in VARIATIONS:
            ran = cli(*args, *extra)
            assert ran.code in (0, 1), (example, extra, ran.stderr)
            document = ran.json
            assert_valid(name, document, f"{example} {' '.join(extra)}")
            if extra[0] == "--no-steps":
                assert "steps" not in document
        plain = cli(*args).json
        if "--expect" not in args and _numeric(plain["result"]) and "expect" in _options(name):
            checked = cli(*args, "--expect", json.dumps(plain["result"]))
            assert checked.code in (0, 1), checked.stderr
            assert_valid(name, checked.json, f"{example} --expect")
            assert "check" in checked.json


def _numeric(value) -> bool:
    """A number, or a non-empty (nested) list of numbers: what --expect can be given as written in JSON."""
    if isinstance(value, list):
        return bool(value) and all(_numeric(item) for item in value)
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _options(name: str) -> set[str]:
    import inspect

    from mlmath.cli.app import command_body

    return set(inspect.signature(command_body(name)).parameters)


finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False).map(lambda x: round(x, 3))
extreme = st.sampled_from([1e308, -1e308, 1e-308, 0.0])
numbers = st.lists(st.one_of(finite, extreme), min_size=2, max_size=5)


def _vector(values) -> str:
    return ",".join(repr(value) for value in values)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(a=numbers, b=numbers)
def test_generated_vectors_validate_even_when_values_overflow(cli, a, b):
    b = (b * len(a))[: len(a)]
    runs = [("dot", [_vector(a), _vector(b)]), ("softmax", [_vector(a)]), ("cosine", [_vector(a), _vector(b)]),
            ("activation", ["gelu", _vector(a)])]
    for name, args in runs:
        ran = cli(name, *args, "--json")
        if ran.code == 2:  # e.g. the cosine of a zero vector: an error, and then stdout is empty
            assert ran.stdout == "" and len(ran.stderr.strip().splitlines()) == 1
            continue
        assert ran.code == 0, ran.stderr
        assert_valid(name, ran.json, f"{name} {' '.join(args)}")


@pytest.mark.parametrize("args", [["dot", "1,2", "1,2,3", "--json"], ["softmax", "1,x", "--json"],
                                  ["loss", "nope", "--pred", "1", "--target", "1", "--json"],
                                  ["matmul", "--json", "--nonsense"]])
def test_an_error_under_json_leaves_stdout_empty(cli, args):
    ran = cli(*args)
    assert ran.code == 2 and ran.stdout == ""
    assert len(ran.stderr.strip().splitlines()) == 1 and "Traceback" not in ran.stderr


def test_internal_error_and_interruption_exit_codes(cli, monkeypatch):
    from mlmath.core import linalg

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.delenv("MLMATH_DEBUG", raising=False)
    monkeypatch.setattr(linalg, "dot", broken)
    ran = cli("dot", "1,2", "3,4", "--json")
    assert ran.code == 70 and ran.stdout == "" and len(ran.stderr.strip().splitlines()) == 1

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(linalg, "dot", interrupted)
    ran = cli("dot", "1,2", "3,4", "--json")
    assert ran.code == 130 and ran.stdout == ""


def test_the_documented_exit_codes_are_the_programs():
    from mlmath.errors import ExitStatus

    text = (ROOT / "docs" / "json.md").read_text(encoding="utf-8")
    for status in ExitStatus:
        assert f"| {int(status)} |" in text, f"docs/json.md does not document exit code {int(status)}"
