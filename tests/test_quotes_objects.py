"""Quotes that are the object of a verb reporting words, and "as X put it," lead-ins (English pack
``quote_objects``), on passages written for these tests."""

from __future__ import annotations

import importlib
import types

import pandas as pd

import debatekit as dk
from debatekit.extract.quote_candidates import NO_QUOTE_OBJECTS, quote_objects
from debatekit.lang.spec import section_problems

HEAD = "Harbour Council Votes on Ferry Fares\n\n"
INTRO = "Ottilie Brannock, the harbour master, spoke to the council on Monday.\n\n"


def run(text: str, language: str = "en") -> pd.DataFrame:
    df = pd.DataFrame([{"article_id": "a", "text": HEAD + text, "language": language}])
    return dk.analyze(df, until="statements").statements


def direct(st: pd.DataFrame, start: str) -> pd.DataFrame:
    return st[(st.kind == "direct") & st.text.str.startswith(start)]


def test_a_chanted_quote_is_direct():
    st = run(INTRO + 'Outside the hall, dock workers chanted "no fares, no ferries" until the vote.\n')
    assert len(direct(st, "no fares, no ferries")) == 1


def test_chants_of_introduce_what_the_crowd_called_out():
    st = run(INTRO + 'She was met with chants of "Ottilie for mayor" when she left the hall.\n')
    assert len(direct(st, "Ottilie for mayor")) == 1


def test_a_quote_praised_by_a_named_person_is_theirs():
    st = run(INTRO + 'Brannock praised "the patience and the courage of the crews" before the vote.\n')
    (row,) = direct(st, "the patience and the courage").itertuples()
    assert row.speaker == "Ottilie Brannock"


def test_thanked_someone_for_a_quote_is_direct():
    st = run(INTRO + 'Brannock thanked the mayor for "standing with the crews when nobody else would."\n')
    assert len(direct(st, "standing with the crews")) == 1


def test_a_quote_after_an_ordinary_verb_stays_out():
    st = run(INTRO + 'Brannock watched "Night Shift at the Docks" with the crews on Friday.\n')
    assert direct(st, "Night Shift").empty


def test_one_quoted_word_after_an_object_verb_stays_out():
    st = run(INTRO + 'The crowd chanted "Ottilie" as she left the hall.\n')
    assert direct(st, "Ottilie").empty


def test_a_quote_inside_a_reported_clause_stays_reported():
    st = run(INTRO + 'Brannock said she would offer "a small gift" to every crew that stayed on.\n')
    assert direct(st, "a small gift").empty
    assert (st.kind == "indirect").any()


def test_a_quote_the_object_goes_on_after_is_a_fragment():
    st = run(INTRO + 'The auditor claimed "Brannock overstates" the cost of the fuel in her report.\n')
    assert direct(st, "Brannock overstates").empty


def test_as_someone_put_it_names_the_speaker():
    st = run(INTRO + 'The crews were tired. As Brannock put it, "We have sailed every night for a month."\n')
    (row,) = direct(st, "We have sailed").itertuples()
    assert row.speaker == "Ottilie Brannock"


def test_as_a_paper_put_it_gives_the_paper():
    st = run(INTRO + 'She was seen, as the Harbour Gazette put it in a long essay, "the quiet operator."\n')
    (row,) = direct(st, "the quiet operator").itertuples()
    assert row.speaker == "Harbour Gazette"


def test_the_english_pack_has_quote_objects_and_a_pack_without_them_gets_none():
    assert "chanted" in quote_objects("en").verbs
    assert quote_objects("id") is NO_QUOTE_OBJECTS


def test_the_pack_module_is_checked_against_its_spec():
    draft = types.ModuleType("draft")
    draft.OBJECT_VERBS = ["chanted"]
    problems = section_problems("quote_objects", draft)
    assert problems[0] == "draft.OBJECT_VERBS should be frozenset[str], not list"
    assert any("AS_VERBS is missing" in p for p in problems)
    assert section_problems("quote_objects", importlib.import_module("debatekit.lang.en.quote_objects")) == []


def test_a_sung_line_is_direct():
    st = run(INTRO + 'The band called the crews to the stage, singing "We sail tonight."\n')
    assert len(direct(st, "We sail tonight")) == 1
