"""Sentences → tokens: whitespace splits words, punctuation stands alone, every script stays intact.

A token is either a word — letters, digits and combining marks of any script,
with an apostrophe or hyphen between letters (``don't``, ``state-of-the-art``)
and a point or comma between digits (``3.14``) kept inside — or one
punctuation mark or symbol (a run of the same mark, like ``...``, stays
together).  ``--seq @story.txt`` reads the sentence from a UTF-8 text file.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from mlmath.errors import InputError
from mlmath.text import say

MAX_TOKENS = 4096
MAX_TEXT_CHARS = 1_000_000

SEQUENCE_HINT = say("tokens.error.sequence.hint")

# Inside a word these join two word characters: don't, state-of-the-art, 3.14, 1,000.
_JOIN_LETTERS = frozenset("'’‐-")
_JOIN_DIGITS = frozenset(".,")
_ZERO_WIDTH_JOINER = "\u200d"

# The same rules for plain ASCII text, which needs no Unicode categories: a word (joined by
# ' or - between word characters, by . or , between digits), or a run of one mark.
# (The spaces are those of str.isspace: tab to carriage return, \x1c to \x1f, space.)
_ASCII_TOKEN = re.compile(r"\w+(?:(?:['-]|(?<=\d)[.,](?=\d))\w+)*|([^\w\t-\r\x1c-\x1f ])\1*", re.ASCII)


def _is_word(char: str) -> bool:
    """Letters, digits and combining marks of any script, and the underscore."""
    category = unicodedata.category(char)
    return category[0] in "LMN" or category == "Pc"


def _attaches(char: str) -> bool:
    """Marks, joiners, variation selectors and skin-tone modifiers belong to the character before."""
    category = unicodedata.category(char)
    return category[0] == "M" or category == "Cf" or "\U0001f3fb" <= char <= "\U0001f3ff"


def _joins(text: str, index: int) -> bool:
    """Is the mark at ``index`` inside a word (between two word characters of the right kind)?"""
    if index == 0 or index + 1 >= len(text):
        return False
    before, char, after = text[index - 1], text[index], text[index + 1]
    if char in _JOIN_LETTERS:
        return _is_word(before) and _is_word(after)
    if char in _JOIN_DIGITS:
        return before.isdigit() and after.isdigit()
    return False


def tokenize(text: str) -> list[str]:
    """``"The cat sat."`` → ``["The", "cat", "sat", "."]``; ``"나는 학교에 간다"`` → three tokens."""
    if text.isascii():
        return [match.group() for match in _ASCII_TOKEN.finditer(text)]
    return _scan(text)


def _scan(text: str) -> list[str]:
    """Character by character, by Unicode category (any script)."""
    tokens: list[str] = []
    current = ""
    kind = ""  # "word", "mark" or "" between tokens
    for index, char in enumerate(text):
        if char.isspace() and char != _ZERO_WIDTH_JOINER:
            if current:
                tokens.append(current)
            current, kind = "", ""
        elif current and (_attaches(char) or current[-1] == _ZERO_WIDTH_JOINER
                          or (char == current[-1] and kind == "mark")):
            current += char
        elif _is_word(char) or (kind == "word" and _joins(text, index)):
            if kind != "word" and current:
                tokens.append(current)
                current = ""
            current += char
            kind = "word"
        else:
            if current:
                tokens.append(current)
            current, kind = char, "mark"
    if current:
        tokens.append(current)
    return tokens


def read_text(text: str, name: str) -> str:
    """The sentence itself, or the contents of ``@file`` (UTF-8 text)."""
    if not text.startswith("@"):
        return text
    path = Path(text[1:])
    try:
        found = path.is_file()
    except (OSError, ValueError):  # a name too long for the system, or with a null byte
        raise InputError(say("tokens.error.file.name", path=text[1:61]), argument=name) from None
    if not found:
        raise InputError(say("tokens.error.file.missing", path=text[1:]), hint=say("tokens.error.file.at_hint"),
                         argument=name)
    try:
        if path.stat().st_size > MAX_TEXT_CHARS * 4:
            raise InputError(say("tokens.error.file.sentence_large", path=text[1:]), argument=name)
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(say("tokens.error.file.utf8", path=text[1:]), hint=SEQUENCE_HINT, argument=name) from None
    except OSError as error:
        raise InputError(say("tokens.error.file.unreadable", path=text[1:], error=error.strerror or error),
                         argument=name) from None


def parse_sequence(text: str, name: str = "--seq") -> list[str]:
    """The tokens of a sentence given on the command line or in ``@file``."""
    source = read_text(text, name)
    if len(source) > MAX_TEXT_CHARS:
        raise InputError(say("tokens.error.text_long", count=len(source)), hint=SEQUENCE_HINT, argument=name)
    tokens = tokenize(source)
    if not tokens:
        raise InputError(say("tokens.error.no_tokens"), hint=SEQUENCE_HINT, argument=name)
    if len(tokens) > MAX_TOKENS:
        raise InputError(say("tokens.error.too_many", count=len(tokens), limit=MAX_TOKENS),
                         hint=say("tokens.error.too_many.hint"), argument=name)
    return tokens


def choose_token(text: str, tokens: list[str], name: str = "--query") -> int:
    """A token chosen by its position (1-based) or its text (first occurrence) → 0-based index."""
    choice = text.strip()
    if choice.isdecimal() and choice not in tokens:
        position = int(choice)
        if not 1 <= position <= len(tokens):
            raise InputError(say("tokens.error.position", position=position, count=len(tokens)),
                             hint=say("tokens.error.position.hint", count=len(tokens)), argument=name)
        return position - 1
    if choice in tokens:
        return tokens.index(choice)
    shown = ", ".join(tokens[:8]) + (", …" if len(tokens) > 8 else "")
    raise InputError(say("tokens.error.choice", choice=choice, shown=shown),
                     hint=say("tokens.error.choice.hint"), argument=name)
