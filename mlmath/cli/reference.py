"""Generated files: the index of what the program finds by name, docs/cli.md, the completion scripts and
the JSON Schemas.

    python -m mlmath.cli.reference          # rewrite mlmath/registry.py, docs/cli.md, completions/, docs/schema/
    python -m mlmath.cli.reference --check  # exit 1 if any of them is stale

``mlmath/registry.py`` lists the commands (the modules of ``mlmath.cli`` that
define a function of their own name with ``common_options``), the topic module
of every text key, the Python API (each core module's ``__all__``) and the
choice values that completion offers, so that help and Tab completion import
none of those modules.  docs/cli.md and the completion scripts come from the
Typer app itself; docs/schema/<command>.json from the key tables of docs/json.md.
Nothing is kept by hand in a second place; the tests run the check.
"""

from __future__ import annotations

import sys
from pathlib import Path

# completions/: the scripts of `mlmath completion SHELL` under the names each shell looks for
SHELLS = {"bash": "mlmath.bash", "zsh": "_mlmath", "fish": "mlmath.fish"}


def completion_script(shell: str) -> str:
    """The script that makes ``shell`` ask mlmath for completions on every Tab press (``mlmath completion``)."""
    from mlmath.cli.completion import script

    return script(shell)


def _modules(package: str) -> list[str]:
    import importlib
    import pkgutil

    return sorted(info.name for info in pkgutil.iter_modules(importlib.import_module(package).__path__))


def discover_commands() -> dict[str, tuple[str, str, object]]:
    """command name → (panel, summary, function), in the order of ``mlmath --help``: panel, then name."""
    import importlib

    from mlmath.cli.common import PANELS

    found = {}
    for name in _modules("mlmath.cli"):
        function = getattr(importlib.import_module(f"mlmath.cli.{name}"), name, None)
        panel = getattr(function, "mlmath_panel", None)
        if panel is None:
            continue
        doc = (function.__doc__ or "").strip()
        if not doc:
            raise SystemExit(f"mlmath/cli/{name}.py: the command has no docstring (its first line is the summary)")
        found[name.replace("_", "-")] = (panel, doc.splitlines()[0].strip(), function)
    return dict(sorted(found.items(), key=lambda item: (PANELS.index(item[1][0]), item[0])))


def text_topics() -> dict[str, str]:
    """The first word of every text key → the module of ``mlmath.text`` that holds it."""
    import importlib

    topics: dict[str, str] = {}
    for name in _modules("mlmath.text"):
        module = importlib.import_module(f"mlmath.text.{name}")
        for key in [*getattr(module, "EN", {}), *getattr(module, "KO", {})]:
            first = key.split(".", 1)[0]
            if topics.setdefault(first, name) != name:
                raise SystemExit(f"text keys starting with {first!r} are in mlmath/text/{topics[first]}.py and "
                                 f"mlmath/text/{name}.py: one word, one module")
    return dict(sorted(topics.items()))


def help_topics() -> dict[str, str]:
    """The first word of every translated help key (a command, ``common``, ``mlmath``) → its text module."""
    import importlib

    topics: dict[str, str] = {}
    for name in _modules("mlmath.text"):
        module = importlib.import_module(f"mlmath.text.{name}")
        tables = [value for attribute, value in vars(module).items()
                  if attribute.startswith(("HELP_", "PANELS_")) and isinstance(value, dict)]
        for key in (key for table in tables for key in table):
            first = key.split(".", 1)[0] if key in getattr(module, "HELP_KO", {}) else "common"
            if topics.setdefault(first, name) != name and first != "common":
                raise SystemExit(f"help for {first!r} is in mlmath/text/{topics[first]}.py and mlmath/text/{name}.py")
    return dict(sorted(topics.items()))


def python_api() -> dict[str, str]:
    """Every name of a core module's ``__all__`` → that module."""
    import importlib

    api: dict[str, str] = {}
    modules = _modules("mlmath.core")
    for name in modules:
        module = importlib.import_module(f"mlmath.core.{name}")
        for function in getattr(module, "__all__", ()):
            if function in modules:
                raise SystemExit(f"mlmath.core.{name} exports {function!r}, which is also the name of the module "
                                 f"mlmath/core/{function}.py: `from mlmath.core import {function}` would be ambiguous; "
                                 "rename the function or the module")
            if api.setdefault(function, name) != name:
                raise SystemExit(f"{function!r} is exported by mlmath.core.{api[function]} and mlmath.core.{name}")
    return dict(sorted(api.items()))


def completion_sources(commands) -> dict[str, tuple[str, ...]]:
    """``"module:NAME"`` → its values, for every source a command's completion names (``choices_of``)."""
    import inspect

    from mlmath.cli.choices import values_of

    sources: dict[str, tuple[str, ...]] = {}
    for _, _, function in commands.values():
        for parameter in inspect.signature(function).parameters.values():
            for meta in getattr(parameter.annotation, "__metadata__", ()):
                for source in getattr(getattr(meta, "autocompletion", None), "sources", ()):
                    sources[source] = values_of(source)
    return dict(sorted(sources.items()))


def registry_source() -> str:
    """mlmath/registry.py: what help, completion, text and the Python API find by name, written down."""
    import pprint

    commands = discover_commands()

    def block(name: str, comment: str, value: object) -> str:
        return f"# {comment}\n{name} = {pprint.pformat(value, width=110, sort_dicts=False)}\n"

    return "\n".join([
        '"""Generated by ``python -m mlmath.cli.reference`` from the modules themselves: do not edit.\n\n'
        "Help and Tab completion read commands and choices here, so they import no command, core or text\n"
        'module; a test fails when this file is stale."""\n',
        block("COMMANDS", "command → (panel, summary): the modules of mlmath.cli, in the order of --help",
              {name: (panel, summary) for name, (panel, summary, _) in commands.items()}),
        block("TEXT_TOPICS", "first word of a text key → the module of mlmath.text that holds it", text_topics()),
        block("HELP_TOPICS", "command (or common, mlmath) → the module of mlmath.text with its translated help",
              help_topics()),
        block("API", "function of the Python API → the module of mlmath.core that exports it (its __all__)",
              python_api()),
        block("CHOICES", "completion source (module:NAME) → the values offered", completion_sources(commands)),
    ])


def _plain(text: str) -> str:
    """Help text without Rich markup: ``[dim]Examples:[/]`` → ``Examples:``, ``\\[default]`` → ``[default]``."""
    import re

    text = re.sub(r"(?<!\\)\[/?(?:dim|bold|italic|underline)?\]", "", text)
    return text.replace("\\[", "[")


def _fenced(help_text: str) -> str:
    """The help's prose as it is, its indented blocks (examples, formulas) in code fences."""
    out, block = [], []
    for line in help_text.strip().splitlines():
        if line.startswith("  ") and line.strip():
            block.append(line[2:])
            continue
        if block:
            out += ["```text", *block, "```"]
            block = []
        out.append(line)
    if block:
        out += ["```text", *block, "```"]
    return "\n".join(out)


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _option_row(param) -> str:
    """``| `--tol T` | Tolerance … |``: the spellings, the value it takes, the help."""
    spellings = " / ".join([*param.opts, *param.secondary_opts])
    value = "" if param.is_flag else f" {param.metavar or param.name.upper()}"
    extra = []
    if not param.is_flag and not param.required and param.default not in (None, "", ()) and param.show_default:
        default = getattr(param.default, "value", param.default)  # an Enum member as its value, on every Python
        extra.append(f"[default: {default}]")
    if param.required:
        extra.append("[required]")
    return f"| `{spellings}{value}` | {_cell(_plain(' '.join([param.help or '', *extra])))} |"


def command_reference(name: str) -> str:
    """One command's section of docs/cli.md, from Click's own data about it (not from Rich's rendering,
    which changes with the versions of Typer and Rich)."""
    import typer
    import typer.main

    from mlmath.cli.app import app

    group = typer.main.get_command(app)
    with typer.Context(group, info_name="mlmath") as parent:
        command = group.get_command(parent, name)
        with typer.Context(command, info_name=name, parent=parent) as ctx:
            params = command.get_params(ctx)
    # the arguments as their metavars name them (Typer decorates them differently from version to version)
    usage = " ".join(["[OPTIONS]", *(param.metavar or param.name.upper() for param in params
                                     if param.param_type_name == "argument")])
    help_text = _fenced(_plain(command.help or ""))
    lines = [f"## mlmath {name}\n", "```text", f"mlmath {name} {usage}", "```\n", help_text, ""]
    arguments = [param for param in params if param.param_type_name == "argument"]
    if arguments:
        lines += ["| argument | meaning |", "| --- | --- |"]
        lines += [f"| `{param.metavar or param.name.upper()}` | {_cell(_plain(getattr(param, 'help', '') or ''))} |"
                  for param in arguments]
        lines.append("")
    panels: dict[str, list[str]] = {}
    for param in params:
        if param.param_type_name == "option":
            panels.setdefault(getattr(param, "rich_help_panel", None) or "Options", []).append(_option_row(param))
    for panel, rows in panels.items():
        lines += [f"{_plain(panel)}:\n", "| option | meaning |", "| --- | --- |", *rows, ""]
    return "\n".join(lines)


def cli_reference() -> str:
    """docs/cli.md: every command's usage, help, arguments and options, in the order of the app."""
    from mlmath.cli.app import HELP, PANEL_TITLES, panel_title
    from mlmath.registry import COMMANDS

    parts = [
        "# Command reference\n",
        "Generated from the program by `python -m mlmath.cli.reference`; a test fails when it is stale.\n",
        _plain(HELP).strip() + "\n",
    ]
    for panel in PANEL_TITLES:
        title = panel_title(panel)
        names = [name for name, (where, _) in COMMANDS.items() if where == panel]
        if names:
            parts.append(f"{title}: " + ", ".join(f"[`{name}`](#mlmath-{name})" for name in names) + "\n")
    parts += [command_reference(name) for name in COMMANDS]
    return "\n".join(parts)


JSON_TYPES = ("number", "integer", "string", "array", "object", "boolean", "null")


def json_sections(text: str) -> dict[str, dict]:
    """docs/json.md's ``## command`` sections: their examples (``- `mlmath …` `` lines) and key tables
    (key → types, optional, meaning)."""
    import re

    sections = {}
    for block in re.split(r"^## ", text, flags=re.MULTILINE)[1:]:
        name = block.split("\n", 1)[0].strip()
        examples = re.findall(r"^- `(mlmath [^`]+)`", block, flags=re.MULTILINE)
        keys = {}
        for key, kinds, meaning in re.findall(r"^\| `(\w+)` \| ([^|]+) \| (.*) \|$", block, flags=re.MULTILINE):
            words = [word.strip() for word in kinds.split(",")]
            keys[key] = {"types": [word for word in words if word in JSON_TYPES], "optional": "optional" in words,
                         "meaning": meaning.replace("\\|", "|").strip()}
        if keys:
            sections[name] = {"examples": examples, "keys": keys}
    return sections


def json_schema(name: str, keys: dict[str, dict]) -> dict:
    """The JSON Schema (2020-12) of ``mlmath NAME --json`` from its table in docs/json.md.  A number may
    be null: a value that is not finite is written as null and named in ``warnings``."""
    properties = {}
    for key, spec in keys.items():
        types = list(dict.fromkeys([*spec["types"], *(["null"] if "number" in spec["types"] else [])]))
        schema: dict = {"description": spec["meaning"], "type": types[0] if len(types) == 1 else types}
        if key == "command":
            schema = {"description": spec["meaning"], "const": name}
        elif key == "steps":
            schema["items"] = {"$ref": "#/$defs/step"}
        elif key == "check":
            schema = {"description": spec["meaning"], "$ref": "#/$defs/check"}
        elif key == "warnings":
            schema["items"] = {"type": "string"}
        properties[key] = schema
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"mlmath {name} --json",
        "description": f"What `mlmath {name} --json` prints on stdout (docs/json.md).",
        "type": "object",
        "properties": properties,
        "required": [key for key, spec in keys.items() if not spec["optional"]],
        "additionalProperties": False,
        "$defs": {
            "step": {
                "type": "object",
                "properties": {
                    "rule": {"type": "string", "description": "the step's key, the same in every language"},
                    "text": {"type": "string", "description": "the sentence, in the language of --lang"},
                    "steps": {"type": "array", "items": {"$ref": "#/$defs/step"},
                              "description": "sub-steps; left out when there are none"},
                },
                "required": ["rule", "text"],
                "additionalProperties": False,
            },
            "check": {
                "type": "object",
                "properties": {"expected": {}, "got": {}, "passed": {"type": "boolean"},
                               "tolerance": {"type": "number"}},
                "required": ["expected", "passed"],
            },
        },
    }


def json_schemas(root: Path) -> dict[str, str]:
    """command → the text of docs/schema/<command>.json, from docs/json.md."""
    import json

    text = (root / "docs" / "json.md").read_text(encoding="utf-8")
    return {name: json.dumps(json_schema(name, section["keys"]), indent=2, ensure_ascii=False) + "\n"
            for name, section in json_sections(text).items()}


def glossary() -> str:
    """docs/glossary.md: the Korean terms of the notes, their English names, the command that shows them."""
    from mlmath.text.glossary import TERMS

    lines = ["# Glossary · 용어집\n",
             "Generated by `python -m mlmath.cli.reference` from `mlmath/text/glossary.py`; a test checks that",
             "mlmath's Korean sentences use each Korean term and its English ones each English term.\n",
             "| 한국어 | English | command |", "| --- | --- | --- |"]
    lines += [f"| {korean} | {english} | `mlmath {command}` |" for korean, english, command in TERMS]
    return "\n".join(lines) + "\n"


def generated_files(root: Path) -> dict[Path, str]:
    files = {root / "mlmath" / "registry.py": registry_source(), root / "docs" / "cli.md": cli_reference(),
             root / "docs" / "glossary.md": glossary()}
    for shell, filename in SHELLS.items():
        files[root / "completions" / filename] = completion_script(shell)
    for name, schema in json_schemas(root).items():
        files[root / "docs" / "schema" / f"{name}.json"] = schema
    return files


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    root = Path.cwd()
    stale = []
    registry = root / "mlmath" / "registry.py"
    fresh = registry_source()
    if "--check" not in args and (not registry.exists() or registry.read_text(encoding="utf-8") != fresh):
        registry.write_text(fresh, encoding="utf-8")  # help and completion below read the new index
        print(f"wrote: {registry.relative_to(root)}")
        import importlib

        import mlmath.registry

        importlib.reload(mlmath.registry)
    for path, content in generated_files(root).items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == content:
            continue
        stale.append(path)
        if "--check" not in args:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8")
    for path in stale:
        print(f"{'stale' if '--check' in args else 'wrote'}: {path.relative_to(root)}")
    return 1 if stale and "--check" in args else 0


if __name__ == "__main__":
    sys.exit(main())
