"""Every sentence mlmath prints, in one keyed table.

The table is assembled from the topic modules of this package (``linalg``,
``calculus`` …).  Each defines ``EN`` — a dict from key to a ``str.format``
template — and may define ``KO`` with the same keys.  A key missing from a
language falls back to English, so a translation can grow one topic at a time.
A key's first word says which module holds it (``TOPICS``), so a command loads
only the sentences it prints.
Templates name their values (``{total}``); numbers in them are formatted by
:mod:`mlmath.render.numbers` when the step is shown.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

LANGUAGES = ("en", "ko")
DEFAULT_LANGUAGE = "en"

_chosen: str | None = None


def set_language(lang: str | None) -> None:
    """Choose the language of explanations (``None`` goes back to the default)."""
    global _chosen
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; known: {', '.join(LANGUAGES)}")
    _chosen = lang


@contextmanager
def language_kept() -> Iterator[None]:
    """Whatever language is chosen inside, the one chosen before is in force again after."""
    saved = _chosen
    try:
        yield
    finally:
        set_language(saved)


def language() -> str:
    """The language in force: chosen, else MLMATH_LANG, else the locale, else English."""
    if _chosen is not None:
        return _chosen
    env = os.environ.get("MLMATH_LANG", "").strip().lower()
    if env in LANGUAGES:
        return env
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "ko" if value.lower().startswith("ko") else DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


# The first word of a key → the topic module that holds it (a test checks every module against this).
TOPICS = {
    "check": "common", "view": "common",
    "matmul": "linalg", "dot": "linalg", "cosine": "linalg",
    "derive": "calculus", "chain": "calculus",
    "softmax": "probability", "activation": "probability", "loss": "probability",
    "optimize": "optimize",
    "attention": "attention",
    "homework": "homework",
}


@cache
def topic(name: str) -> dict[str, dict[str, str]]:
    """Language → key → template of one topic module."""
    import importlib

    module = importlib.import_module(f"{__name__}.{name}")
    return {lang: getattr(module, lang.upper(), {}) for lang in LANGUAGES}


def tables() -> dict[str, dict[str, str]]:
    """Language → key → template, merged from every topic module."""
    merged: dict[str, dict[str, str]] = {lang: {} for lang in LANGUAGES}
    for name in dict.fromkeys(TOPICS.values()):
        for lang, table in topic(name).items():
            clash = merged[lang].keys() & table.keys()
            if clash:
                raise RuntimeError(f"text keys defined twice: {sorted(clash)}")
            merged[lang].update(table)
    return merged


def template(key: str, lang: str | None = None) -> str:
    """The template for ``key`` in ``lang`` (or the language in force)."""
    texts = topic(TOPICS[key.split(".", 1)[0]])
    chosen = texts[lang or language()]
    if key in chosen:
        return chosen[key]
    return texts[DEFAULT_LANGUAGE][key]
