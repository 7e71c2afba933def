"""Korean explanations: every sentence translated, every number and key unchanged."""

import shlex

import pytest
from test_json_docs import SECTIONS

from mlmath import text


def test_every_english_sentence_has_a_korean_one():
    tables = text.tables()
    missing = sorted(set(tables["en"]) - set(tables["ko"]))
    assert not missing, f"sentences without Korean: {missing}"
    extra = sorted(set(tables["ko"]) - set(tables["en"]))
    assert not extra, f"Korean sentences with no English key: {extra}"


def test_translations_fill_in_the_same_values():
    import string

    tables = text.tables()
    for key, english in tables["en"].items():
        names = {field for _, field, _, _ in string.Formatter().parse(english) if field}
        korean = {field for _, field, _, _ in string.Formatter().parse(tables["ko"].get(key, english)) if field}
        assert names == korean, f"{key}: English fills {sorted(names)}, Korean {sorted(korean)}"


def without_texts(document):
    """The JSON with every step's sentence removed (rules and numbers stay)."""
    if isinstance(document, dict):
        return {key: without_texts(value) for key, value in document.items() if key != "text"}
    if isinstance(document, list):
        return [without_texts(item) for item in document]
    return document


EXAMPLES = [example for section in SECTIONS.values() for example in section["examples"]]


@pytest.mark.parametrize("example", EXAMPLES)
def test_numbers_keys_and_results_are_identical_in_both_languages(cli, example):
    args = shlex.split(example)[1:]
    english = cli(*args, "--lang", "en")
    korean = cli(*args, "--lang", "ko")
    assert english.code == korean.code
    assert without_texts(english.json) == without_texts(korean.json)


def test_lang_switches_the_steps(cli):
    english = cli("dot", "1,2,3", "4,5,6", "--lang", "en").stdout
    korean = cli("dot", "1,2,3", "4,5,6", "--lang", "ko").stdout
    assert "Steps" in english and "단계" in korean and "피타고라스" in korean


def test_environment_and_locale_choose_the_language(cli, monkeypatch):
    monkeypatch.setenv("MLMATH_LANG", "ko")
    assert "단계" in cli("dot", "1,2", "3,4").stdout
    monkeypatch.delenv("MLMATH_LANG")
    monkeypatch.setenv("LC_ALL", "ko_KR.UTF-8")
    assert text.language() == "ko"
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    assert text.language() == "en"


def test_every_topic_module_is_listed_and_holds_only_its_keys():
    import importlib
    import pkgutil

    from mlmath.registry import TEXT_TOPICS

    modules = {info.name for info in pkgutil.iter_modules(text.__path__)}
    assert set(TEXT_TOPICS.values()) <= modules
    for name in modules:
        module = importlib.import_module(f"mlmath.text.{name}")
        for key in getattr(module, "EN", {}):  # the glossary holds terms, not sentences
            assert TEXT_TOPICS[key.split(".", 1)[0]] == name, f"{key} is in {name}, but the index says otherwise"
