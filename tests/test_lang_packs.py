"""Language packs are complete against :mod:`debatekit.lang.spec`, unknown codes are refused, and the
language is resolved once: a forced language gives the same tables whether analyze reads the corpus or
is handed one."""

from __future__ import annotations

import types
from dataclasses import fields

import pandas as pd
import pytest
from conftest import EXAMPLES

import debatekit as dk
from debatekit.lang import AVAILABLE, SECTIONS, UnknownLanguageError, get_pack, pack_code
from debatekit.lang.spec import SECTION_SPECS, check_pack, conforms, extra_constants, section_problems

ID_ARTICLES = EXAMPLES / "debate_id" / "articles"


@pytest.mark.parametrize("code", AVAILABLE)
def test_every_pack_defines_every_constant_of_the_spec_with_its_type(code):
    assert check_pack(get_pack(code)) == []


def test_the_spec_covers_the_five_sections():
    assert tuple(SECTION_SPECS) == SECTIONS
    assert all(fields(spec) for spec in SECTION_SPECS.values())


@pytest.mark.parametrize("section", SECTIONS)
def test_constants_beyond_the_spec_are_in_every_pack(section):
    # a constant one pack adds must be added to the spec (or to every pack), else a new pack cannot know it
    extras = {code: extra_constants(getattr(get_pack(code), section), section) for code in AVAILABLE}
    everywhere = set.intersection(*extras.values())
    assert {code: sorted(names - everywhere) for code, names in extras.items()} == {c: [] for c in AVAILABLE}


def test_an_incomplete_pack_module_is_named_with_what_it_lacks():
    en = get_pack("en").text
    partial = types.ModuleType("debatekit.lang.xx.text")
    for f in fields(SECTION_SPECS["text"]):
        setattr(partial, f.name, getattr(en, f.name))
    del partial.STOPWORDS
    partial.TOTAL_CUES = ["made up of"]  # a list, not a tuple
    problems = section_problems("text", partial)
    assert len(problems) == 2
    assert "debatekit.lang.xx.text.STOPWORDS is missing" in problems[0]
    assert "TOTAL_CUES should be tuple[str, ...], not list" in problems[1]


def test_conforms_checks_elements_too():
    assert conforms(frozenset({"a"}), frozenset[str])
    assert not conforms(frozenset({1}), frozenset[str])
    assert conforms({"januari": 1}, dict[str, int])
    assert not conforms({"januari": "1"}, dict[str, int])
    assert conforms((("not", "un"),), tuple[tuple[str, ...], ...])
    assert not conforms(True, int) and conforms(True, bool)


@pytest.mark.parametrize("code", ["fr", "xx", "english", 5, 2.0, ["en"]])
def test_unknown_codes_are_refused_naming_the_code_and_the_packs(code):
    with pytest.raises(UnknownLanguageError) as err:
        get_pack(code)
    message = str(err.value)
    assert repr(code) in message and "available packs: id, en" in message


def test_codes_are_normalised_and_none_is_the_default():
    assert pack_code("EN-us") == "en" and get_pack("en_GB").code == "en"
    assert get_pack(None).code == "id"


def test_analyze_refuses_an_unknown_language_before_reading(tmp_path):
    # the folder does not exist: refusing the language must come first
    with pytest.raises(UnknownLanguageError, match="'fr'"):
        dk.analyze(tmp_path / "nowhere", language="fr")
    with pytest.raises(UnknownLanguageError, match="language=5"):
        dk.analyze(tmp_path / "nowhere", language=5)


def assert_same_analysis(a, b) -> None:
    for name in a.table_names():
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), obj=name)
    assert sorted(a.graph.edges(data="relation")) == sorted(b.graph.edges(data="relation"))


@pytest.mark.parametrize("language", ["en", "id"])
def test_forced_language_gives_one_answer_from_a_path_or_a_corpus(language):
    from_path = dk.analyze(ID_ARTICLES, language=language, progress=False)
    from_corpus = dk.analyze(dk.read_corpus(ID_ARTICLES), language=language, progress=False)
    assert set(from_path.articles["language"]) == {language}
    assert_same_analysis(from_path, from_corpus)


def test_every_stage_reads_the_language_from_the_articles_table():
    # the Indonesian articles read as English lose most of their statements and checks: extraction, check
    # and relate all see "en" (before, extraction did and check did not: 9 discrepancies against 11)
    forced = dk.analyze(dk.read_corpus(ID_ARTICLES), language="en", progress=False)
    native = dk.analyze(ID_ARTICLES, progress=False)
    assert set(native.articles["language"]) == {"id"}
    assert len(forced.statements) < len(native.statements)
    assert len(forced.discrepancies) == len(
        dk.analyze(ID_ARTICLES, language="en", progress=False).discrepancies
    )


def test_an_article_language_without_a_pack_is_detected_instead():
    text = (
        "Debat Kandidat\n\n"
        '"Kami akan membangun jalan di setiap desa," kata Budi Santoso dalam debat yang digelar di gedung '
        "dewan pada Selasa malam. Menurut dia, anggaran daerah cukup untuk itu.\n"
    )
    res = dk.analyze(pd.DataFrame([{"article_id": "a", "text": text, "language": "fr"}]), until="articles")
    assert res.articles["language"].tolist() == ["id"]


def test_an_optional_pack_module_whose_own_import_fails_is_an_error_not_an_absent_section(monkeypatch):
    import importlib

    from debatekit.lang import optional_section

    def broken(name: str):
        raise ModuleNotFoundError("No module named 'some_tagger'", name="some_tagger")

    monkeypatch.setattr(importlib, "import_module", broken)
    with pytest.raises(ModuleNotFoundError, match="some_tagger"):
        optional_section.__wrapped__("en", "quote_objects")  # uncached: the real import is not consulted
