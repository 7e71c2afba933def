"""Click's usage errors ("No such option: --jsn") as one line in the language in force.

Click writes its messages in English; each known form is read back into its
parts and written again from mlmath's own sentences, so a Korean learner reads
"그런 옵션이 없습니다: --jsn" with the option names and values as typed.  A form
not known here is passed on as Click wrote it.
"""

from __future__ import annotations

import re

from mlmath.text import template

# Click's message → the sentence that says the same, with the parts it fills
FORMS = [
    (re.compile(r"No such option: (?P<name>\S+)"), "usage.no_such_option"),
    (re.compile(r"No such command (?P<name>'[^']*')\.?"), "usage.no_such_command"),
    (re.compile(r"Missing argument (?P<name>'[^']*')\.?"), "usage.missing_argument"),
    (re.compile(r"Missing option (?P<name>'[^']*')\.?"), "usage.missing_option"),
    (re.compile(r"Got unexpected extra argument(?:s|\(s\))? \((?P<values>.*)\)"), "usage.extra_arguments"),
    (re.compile(r"Option (?P<name>'[^']*') requires (?:an argument|\d+ arguments)\.?"), "usage.requires_value"),
    (re.compile(r"Invalid value for (?P<name>'[^']*'|[^:]+): (?P<reason>.*)"), "usage.invalid_value"),
]
REASONS = [
    (re.compile(r"(?P<value>'[^']*') is not a valid (?P<kind>[\w ]+)\.?"), "usage.not_a_valid"),
    (re.compile(r"(?P<value>\S+) is not in the range (?P<range>.+?)\.?"), "usage.not_in_range"),
    (re.compile(r"(?P<value>'[^']*') is not one of (?P<choices>.+?)\.?"), "usage.not_one_of"),
]
SUGGESTIONS = [
    (re.compile(r"(?P<message>.*?)\.? Did you mean (?P<names>.+)\?"), "usage.did_you_mean"),
    (re.compile(r"(?P<message>.*?) \(Possible options: (?P<names>.+)\)"), "usage.possible_options"),
]


# Click's names of value types → the words for them
KINDS = {"integer": "usage.kind.integer", "int range": "usage.kind.integer", "float": "usage.kind.number",
         "float range": "usage.kind.number", "boolean": "usage.kind.boolean"}


def _written(forms: list, text: str) -> str | None:
    for pattern, key in forms:
        match = pattern.fullmatch(text)
        if match:
            parts = match.groupdict()
            if "reason" in parts:
                parts["reason"] = _written(REASONS, parts["reason"]) or parts["reason"]
            if parts.get("kind") in KINDS:
                parts["kind"] = template(KINDS[parts["kind"]])
            return template(key).format(**parts)
    return None


def usage_message(message: str) -> str:
    """Click's one-line message, said again in the language in force."""
    message = " ".join(message.split())
    for pattern, key in SUGGESTIONS:
        match = pattern.fullmatch(message)
        if match:
            inner = _written(FORMS, match["message"]) or match["message"]
            return template(key).format(message=inner, names=match["names"])
    return _written(FORMS, message) or message


def usage_line(error) -> str:
    """A Click usage error as one line: what was wrong, and where to read more."""
    from mlmath.cli.common import unmark

    context = getattr(error, "ctx", None)
    where = context.command_path if context is not None else "mlmath"
    return template("usage.line").format(where=where, message=unmark(usage_message(error.format_message())))
