"""Quotes set off by two apostrophes (``''...,'' said X``), as archived newspaper text prints its quotation
marks, on passages written for these tests."""

from __future__ import annotations

import pandas as pd

import debatekit as dk
from debatekit.extract.quotes import find_quotes
from debatekit.extract.text_units import paragraphs

HEAD = "Harbour Council Votes on Ferry Fares\n\n"


def run(text: str) -> pd.DataFrame:
    df = pd.DataFrame([{"article_id": "a", "text": HEAD + text, "language": "en"}])
    return dk.analyze(df, until="statements").statements


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text, paragraphs(text))[0]]


def saying(st: pd.DataFrame, start: str) -> pd.Series:
    (row,) = st[st.text.str.startswith(start)].itertuples()
    return row


def test_apostrophe_pairs_are_the_quotation_marks_of_a_text_without_double_marks():
    text = "''The fares stay,'' said Jo Roe. ''We agreed.''\nHe called it a ''fair deal.''"
    assert quoted(text) == ["The fares stay,", "We agreed.", "fair deal."]


def test_a_text_quoting_mostly_with_double_marks_keeps_them_and_reads_apostrophes_as_text():
    text = "\"The fares stay,\" said Jo Roe, who wrote ''Ferries.'' \"We agreed.\""
    assert quoted(text) == ["The fares stay,", "We agreed."]


def test_three_apostrophes_close_a_nested_quote_and_then_the_quote():
    text = "''She told me, 'Not today,''' Jo Roe recalled. ''So I left.''"
    assert quoted(text) == ["She told me, 'Not today,'", "So I left."]


def test_a_quote_continued_into_the_next_paragraph_reopens_with_its_mark():
    text = "''The first part.\n''The second part,'' Jo Roe said."
    (q,) = find_quotes(text, paragraphs(text))[0]
    assert (q.paragraph, q.end_paragraph, text[q.end - 5 : q.end]) == (0, 1, "part,")


def test_the_speaker_named_after_the_verb_is_the_speaker():
    st = run(
        "Ottilie Brannock, the harbour master, spoke first.\n\n"
        "''The crossing will not close this winter,'' said Senator Piers Ellacott, a member of the "
        "ferry board. ''Not while I sit on it.''\n"
    )
    assert saying(st, "The crossing will not close").speaker == "Piers Ellacott"
    assert saying(st, "Not while I sit on it").speaker == "Piers Ellacott"


def test_the_speaker_before_the_verb_after_the_quote_is_the_speaker():
    st = run(
        "Piers Ellacott, a member of the ferry board, spoke first.\n\n"
        "''We have waited long enough for the new pier,'' Ottilie Brannock said on Monday.\n"
    )
    row = saying(st, "We have waited long enough")
    assert row.speaker == "Ottilie Brannock"
    assert row.text == "We have waited long enough for the new pier,"


def test_an_apostrophe_quote_is_reported_speech_under_the_double_mark_kind_rule():
    st = run("''We have waited long enough for the new pier,'' Ottilie Brannock said on Monday.\n")
    assert saying(st, "We have waited").kind == "indirect"
