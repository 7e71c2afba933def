"""Help in the language in force: summaries, paragraphs, option help and headings.

English help is written where a command is declared (its docstring, each
option's ``help=``).  Another language's help is kept with the command's
sentences: a text module's ``HELP_KO`` maps ``"<command>"`` to the whole
docstring and ``"<command>.<parameter>"`` to one option's help (the common
options are ``"common.<parameter>"``, the program itself ``"mlmath"``), and its
``PANELS_KO`` maps an English heading to its translation.  The generated index
(``mlmath.registry.HELP_TOPICS``) says which module holds a command's help.
"""

from __future__ import annotations

from contextlib import contextmanager, nullcontext
from functools import cache
from typing import Any


@cache
def _tables(lang: str) -> tuple[dict[str, str], dict[str, str]]:
    """Every module's help and headings in ``lang``: (help, panels)."""
    import importlib

    from mlmath.registry import HELP_TOPICS

    helps: dict[str, str] = {}
    panels: dict[str, str] = {}
    for module_name in sorted(set(HELP_TOPICS.values())):
        module = importlib.import_module(f"mlmath.text.{module_name}")
        helps.update(getattr(module, f"HELP_{lang.upper()}", {}))
        panels.update(getattr(module, f"PANELS_{lang.upper()}", {}))
    return helps, panels


def help_for(key: str) -> str | None:
    """The help text of ``key`` (a command, or command.parameter) in the language in force, if it has one."""
    from mlmath.text import DEFAULT_LANGUAGE, language

    lang = language()
    return None if lang == DEFAULT_LANGUAGE else _tables(lang)[0].get(key)


def panel_for(title: str) -> str:
    from mlmath.text import DEFAULT_LANGUAGE, language

    lang = language()
    return title if lang == DEFAULT_LANGUAGE else _tables(lang)[1].get(title, title)


def summary_in_language(name: str, english: str) -> str:
    """The one-line summary of ``mlmath --help``: the first line of the command's help."""
    text = help_for(name)
    return " ".join(text.strip().split("\n\n")[0].split()) if text else english


def localized(command: Any, name: str) -> Any:
    """``command`` with its help, its options' help and its headings in the language in force."""
    from mlmath.cli.common import reflowed
    from mlmath.text import template

    text = help_for(name)
    if text:
        command.help = reflowed(text)
    for param in command.params:
        own = help_for(f"{name}.{param.name}") or help_for(f"common.{param.name}")
        if own is not None:
            param.help = own
            shows_default = (param.param_type_name == "option" and param.show_default and not param.is_flag
                             and param.default not in (None, "", ()))
            if shows_default:  # Typer would write "[default: 4]" in English
                param.show_default = False
                default = getattr(param.default, "value", param.default)  # an Enum member: its value
                param.help = f"{own} \\[{template('help.default')}: {default}]"
        panel = getattr(param, "rich_help_panel", None)
        if panel:
            param.rich_help_panel = panel_for(panel)
        else:
            key = "help.panel.arguments" if param.param_type_name == "argument" else "help.panel.options"
            param.rich_help_panel = template(key)
    return command


@contextmanager
def localized_group(group: Any, ctx: Any):
    """The program's own help (``mlmath --help``) in the language in force, for as long as it is written."""
    from mlmath.text import template

    text = help_for("mlmath")
    if text is None:
        yield
        return
    saved = group.help, [(param, param.help, getattr(param, "rich_help_panel", None)) for param in group.params]
    group.help = text
    for param in group.params:
        param.help = help_for(f"mlmath.{param.name}") or param.help
        param.rich_help_panel = template("help.panel.options")
    try:
        yield
    finally:
        group.help = saved[0]
        for param, help_text, panel in saved[1]:
            param.help, param.rich_help_panel = help_text, panel


def usage_prefix() -> str | None:
    """``Usage: `` in the language in force (None: Click's own English prefix)."""
    from mlmath.text import DEFAULT_LANGUAGE, language, template

    return None if language() == DEFAULT_LANGUAGE else template("help.usage") + " "


def required_in_language(command: Any, ctx: Any):
    """While help is written: Typer marks a required parameter with an English "[required]"; in another
    language the mark is written in it instead, after the parameter's help as the default is."""
    from mlmath.text import DEFAULT_LANGUAGE, language

    if language() == DEFAULT_LANGUAGE:
        return nullcontext()
    return _marked_required(command, ctx)


@contextmanager
def _marked_required(command: Any, ctx: Any):
    from mlmath.text import template

    command.usage_pieces = command.collect_usage_pieces(ctx)  # the usage line keeps KIND, not [KIND]
    marked = [param for param in command.params if param.required]
    saved = [(param, param.help) for param in marked]
    for param in marked:
        param.required = False
        param.help = f"{param.help or ''} \\[{template('help.required')}]".strip()
    try:
        yield
    finally:
        for param, help_text in saved:
            param.required, param.help = True, help_text
        del command.usage_pieces
