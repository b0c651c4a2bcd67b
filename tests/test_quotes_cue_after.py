"""The speaker named after the verb that follows a quote (``"...," said Senator Jo Roe, Democrat of Ohio``),
on passages written for these tests."""

from __future__ import annotations

import pandas as pd

import debatekit as dk

HEAD = "Harbour Council Votes on Ferry Fares\n\n"
INTRO = "The council met on Monday to vote on the new fares for the winter crossing.\n\n"


def speakers(text: str) -> dict[str, str | None]:
    df = pd.DataFrame([{"article_id": "a", "text": HEAD + INTRO + text, "language": "en"}])
    st = dk.analyze(df, until="statements").statements
    return {row.text: row.speaker for row in st.itertuples()}


def test_a_one_word_description_after_a_titled_name_does_not_replace_the_name():
    got = speakers(
        '"The fares must come down this winter," said Senator Piers Ellacott, Democrat of Harwick.\n'
    )
    assert got["The fares must come down this winter,"] == "Piers Ellacott"


def test_a_description_going_on_after_the_one_word_apposition_keeps_the_name():
    got = speakers(
        '"I am a big fan of the new pier," said Senator Ottilie Brannock, Republican of Harwick and '
        "one of the first to back it.\n"
    )
    assert got["I am a big fan of the new pier,"] == "Ottilie Brannock"


def test_a_role_that_names_no_one_still_takes_the_name_after_its_comma():
    got = speakers(
        '"The fares must come down this winter," said the Harbour Board Spokesman, Piers Ellacott.\n'
    )
    assert got["The fares must come down this winter,"] == "Piers Ellacott"


def test_the_possessor_before_a_role_after_the_verb_is_not_the_speaker():
    got = speakers(
        '"With about half of the ballots in, we are ahead," said Brannock\'s deputy campaign manager, Piers '
        "Ellacott, who oversaw the count.\n"
    )
    assert got["With about half of the ballots in, we are ahead,"] == "Piers Ellacott"


def test_a_possessive_premodifier_right_before_the_name_is_not_the_speaker():
    got = speakers('"It is about time," exhorted Brannock\'s introducer, actress Mary Ellacott.\n')
    assert got["It is about time,"] == "Mary Ellacott"


def test_a_party_tag_between_commas_after_the_name_is_not_the_speaker():
    got = speakers(
        '"The fares are binding," Senate Majority Leader Piers Ellacott, R-Ohio, said on Monday.\n'
    )
    assert got["The fares are binding,"] == "Piers Ellacott"


def test_a_possessor_with_no_name_after_it_stays_the_subject_read_before():
    got = speakers(
        "Ottilie Brannock chairs the ferry board.\n\n"
        '"The fares are binding," said Ottilie Brannock, the chair of the board.\n'
    )
    assert got["The fares are binding,"] == "Ottilie Brannock"


def test_a_long_relative_clause_after_the_name_holds_no_speaker():
    got = speakers(
        '"This position has always been one you get by marriage," Mary Ellacott, who served as Ottilie '
        "Brannock's chief of staff during the Brannock administration, told the Gazette.\n"
    )
    assert got["This position has always been one you get by marriage,"] == "Mary Ellacott"


def test_a_relative_clause_naming_someone_else_is_skipped():
    got = speakers(
        '"I am a big fan of the pier," Piers Ellacott, who has endorsed Ottilie Brannock despite their '
        "history, said on Monday.\n"
    )
    assert got["I am a big fan of the pier,"] == "Piers Ellacott"
