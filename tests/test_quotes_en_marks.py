"""Quotation marks that real English news gets wrong or nests: each pairing rule on text written for these tests."""

from __future__ import annotations

import pandas as pd

import debatekit as dk
from debatekit.extract.quotes import find_quotes
from debatekit.extract.text_units import paragraphs

HEAD = "Harbour Council Votes on Ferry Fares\n\n"


def quoted(text: str) -> list[str]:
    spans, _ = find_quotes(text, paragraphs(text))
    return [text[q.start : q.end] for q in spans]


def run(text: str) -> pd.DataFrame:
    df = pd.DataFrame([{"article_id": "a", "text": HEAD + text, "language": "en"}])
    return dk.analyze(df, until="statements").statements


def test_an_opening_mark_after_a_word_and_before_a_space_closes_the_quote():
    text = "“The fares are too high,“ said Ottilie Brannock. “Nobody rides at that price.”"
    assert quoted(text) == ["The fares are too high,", "Nobody rides at that price."]


def test_an_opening_mark_at_the_end_of_a_paragraph_closes_the_quote():
    text = '"The timetable will change in spring.“\n\nThe council meets on Friday.'
    assert quoted(text) == ["The timetable will change in spring."]


def test_a_curly_quote_inside_a_transcript_excerpt_stays_part_of_the_speech():
    text = (
        "The interview went as follows:\n\n"
        '"HOST: Some call the ferry plan “a floating fantasy.” Is it? And what will it cost?\n\n'
        '"BRANNOCK: It costs less than the bridge.'
    )
    assert quoted(text)[0].startswith("HOST: Some call the ferry plan “a floating fantasy.” Is it?")


def test_a_balanced_quote_inside_a_quote_of_the_same_style_stays_inside():
    text = "“I would rather ride what he calls “that old tub” than pay for a bridge,” said Jo Roe."
    assert quoted(text) == ["I would rather ride what he calls “that old tub” than pay for a bridge,"]


def test_a_straight_quote_inside_a_curly_one_stays_inside_but_a_straight_close_still_closes():
    assert quoted('“He told me "never again" at the pier,” she said.') == [
        'He told me "never again" at the pier,'
    ]
    assert quoted('“We will see," Roe said. "The vote is Friday.”') == ["We will see,", "The vote is Friday."]


def test_quotes_inside_an_excerpted_article_are_still_read_on_their_own():
    st = run(
        "The Harbour Gazette reported:\n\n"
        '"At the meeting, Casimir Obuya said, “The ferry has never once been on time this winter.” '
        "The room went quiet.\n\n"
        '"The vote was postponed.\n'
    )
    assert "The ferry has never once been on time this winter." in set(st[st.kind == "direct"].text)


def test_a_quote_closed_with_an_opening_mark_keeps_its_speaker():
    st = run("“The new boats are a waste of money,“ said Casimir Obuya, a ferry captain.\n")
    row = st[(st.kind == "direct") & st.text.str.startswith("The new boats")]
    assert len(row) == 1 and row.iloc[0].speaker == "Casimir Obuya"


def test_reported_speech_that_starts_and_ends_inside_quotes_is_direct():
    st = run(
        "Casimir Obuya spoke to reporters on the pier.\n\n"
        "Obuya says “the whole timetable has fallen apart” because “nobody at the council has ever "
        "taken the ferry.”\n"
    )
    rows = st[st.text.str.contains("the whole timetable has fallen apart", regex=False)]
    assert len(rows) == 1 and rows.iloc[0].kind == "direct" and rows.iloc[0].speaker == "Casimir Obuya"


def test_a_quote_opened_inside_a_paragraph_and_closed_by_a_cue_in_the_next_is_split_there():
    st = run(
        "Casimir Obuya spoke to reporters on the pier.\n\n"
        '"The boats are late," Obuya said. "The boats are old and the crews are tired.\n\n'
        '"And the council still wants to raise the fares," he added.\n'
    )
    direct = st[st.kind == "direct"]
    assert set(direct.text) == {
        "The boats are late,",
        "The boats are old and the crews are tired.",
        "And the council still wants to raise the fares,",
    }
    assert set(direct.speaker) == {"Casimir Obuya"}


def test_a_closing_mark_with_nothing_open_does_not_open_a_quote():
    text = "“The boats are late,” Obuya said,” and then he left the pier for the day."
    assert quoted(text) == ["The boats are late,"]
