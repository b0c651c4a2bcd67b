"""English direct quotes that used to be missed: each pattern on a passage written for these tests."""

from __future__ import annotations

import pandas as pd

import debatekit as dk

HEAD = "Harbour Council Votes on Ferry Fares\n\n"


def run(text: str) -> pd.DataFrame:
    df = pd.DataFrame([{"article_id": "a", "text": HEAD + text, "language": "en"}])
    return dk.analyze(df, until="statements").statements


def direct_starting(st: pd.DataFrame, start: str) -> pd.Series:
    rows = st[(st.kind == "direct") & st.text.str.startswith(start)]
    assert len(rows) == 1, f"no direct statement starts with {start!r}: {list(st.text)}"
    return rows.iloc[0]


def test_quote_after_a_description_and_a_verb_is_direct_with_no_person():
    st = run(
        "Ottilie Brannock defended the fares on Monday.\n\n"
        'In a statement for this story, a harbour authority official said, "We are not going to '
        'comment on fares before the vote."\n'
    )
    row = direct_starting(st, "We are not going to comment")
    assert row.speaker is None or pd.isna(row.speaker)  # "a harbour authority official" names nobody


def test_quote_after_the_sentence_subject_and_a_late_verb_is_that_persons():
    st = run(
        'Ottilie Brannock, who chairs the ferry board, told her supporters, "The boats will run '
        'all winter."\n'
    )
    assert direct_starting(st, "The boats will run").speaker == "Ottilie Brannock"


def test_participle_lead_in_continues_the_speaker_of_the_sentence():
    st = run(
        'Ottilie Brannock said the fares "were never the problem," adding, "The timetable is what '
        'drives commuters away."\n'
    )
    assert direct_starting(st, "The timetable is what").speaker == "Ottilie Brannock"


def test_quote_after_a_verb_and_a_prepositional_phrase_is_direct():
    st = run(
        "Casimir Obuya spoke to reporters on the pier.\n\n"
        'Obuya said on Tuesday of the council, "They have never once taken the ferry themselves."\n'
    )
    assert direct_starting(st, "They have never once").speaker == "Casimir Obuya"


def test_according_to_a_description_keeps_the_quote_with_no_person():
    st = run(
        'Ottilie Brannock spoke first.\n\nAccording to the harbour newsletter, "Fares will rise by a third '
        'next spring for every island route."\n'
    )
    row = direct_starting(st, "Fares will rise by a third")
    assert row.speaker is None or pd.isna(row.speaker)


def test_quote_that_ends_the_sentence_right_after_a_speech_verb_is_direct():
    st = run(
        "Casimir Obuya addressed the crowd on the pier.\n\n"
        'Obuya declared "We will not pay!" and left the stage.\n\n'
        'The dockworkers chanted "Fair fares now!"\n'
    )
    assert direct_starting(st, "We will not pay").speaker == "Casimir Obuya"
    direct_starting(st, "Fair fares now")


def test_naming_verb_with_an_object_before_the_quote_is_direct():
    st = run('Casimir Obuya called the new timetable "a cruel joke on the islanders."\n')
    assert direct_starting(st, "a cruel joke on the islanders").speaker == "Casimir Obuya"


def test_a_piece_of_the_reporters_phrase_is_not_a_direct_quote():
    st = run(
        'Casimir Obuya called the chairwoman a "ferry tyrant."\n\nObuya said the plan "needs work" today.\n'
    )
    assert not (st.kind == "direct").any(), list(st.text)


def test_short_quote_after_a_cued_quote_of_the_same_paragraph_continues_it():
    st = run('"The crossing took two hours," Casimir Obuya said. "Two hours."\n')
    assert direct_starting(st, "Two hours").speaker == "Casimir Obuya"


def test_one_word_answer_with_a_cue_is_a_quote_but_a_programme_title_is_not():
    st = run(
        'Casimir Obuya was asked whether he would run again.\n\n"Absolutely," Obuya said.\n\n'
        'Speaking on "Harbour Tonight," Obuya said the vote was close.\n'
    )
    assert direct_starting(st, "Absolutely").speaker == "Casimir Obuya"
    assert not st.text.str.startswith("Harbour Tonight").any()


def test_an_excerpt_set_off_by_a_colon_is_one_statement_per_paragraph():
    st = run(
        "The harbour board published its letter to the council. It reads in part:\n\n"
        '"We have asked for a hearing three times this year.\n\n'
        '"Every request has gone unanswered."\n'
    )
    direct_starting(st, "We have asked for a hearing")
    direct_starting(st, "Every request has gone")


def test_speech_closed_by_its_cue_over_two_paragraphs_stays_one_statement():
    st = run('"We have asked for a hearing three times.\n\n"Nobody answered," Casimir Obuya said.\n')
    row = direct_starting(st, "We have asked for a hearing")
    assert "Nobody answered" in row.text and row.speaker == "Casimir Obuya"


def test_transcript_labels_in_an_excerpt_name_each_paragraphs_speaker():
    st = run(
        "Ottilie Brannock debated Casimir Obuya on the radio. Partial transcript as follows:\n\n"
        '"BRANNOCK: The fares pay for the new boats.\n\n'
        '"OBUYA: The boats were bought ten years ago."\n'
    )
    assert direct_starting(st, "The fares pay for").speaker == "Ottilie Brannock"
    assert direct_starting(st, "The boats were bought").speaker == "Casimir Obuya"


def test_a_named_organisation_that_speaks_is_the_speaker_and_an_organisation():
    df = pd.DataFrame(
        [
            {
                "article_id": "a",
                "language": "en",
                "text": HEAD + '"The vote was rushed," the Elwin Harbour Gazette wrote in an editorial.\n',
            }
        ]
    )
    res = dk.analyze(df, until="statements")
    assert direct_starting(res.statements, "The vote was rushed").speaker == "Elwin Harbour Gazette"
    kinds = dict(zip(res.speakers.name, res.speakers.kind, strict=True))
    assert kinds["Elwin Harbour Gazette"] == "organisation"


def test_a_quote_that_ends_the_reporters_sentence_takes_no_cue_from_the_next_one():
    st = run('The ferry board said the delay was "temporary." Casimir Obuya said the boats would return.\n')
    assert not (st.kind == "direct").any(), list(st.text)


def test_a_long_quote_inside_a_sentence_that_goes_on_is_reported_speech():
    st = run(
        'Casimir Obuya says "the whole timetable has been broken for years" because the council cut '
        "the budget.\n"
    )
    assert not (st.kind == "direct").any(), list(st.text)


def test_after_a_full_stop_a_cue_deep_in_the_next_sentence_is_not_the_quotes():
    st = run(
        "Ferries to Port Elwin run twice a day.\n\n"
        '"We asked twice," Casimir Obuya said. "We will not ask again." Port Elwin, he said, was '
        '"left behind by the council."\n'
    )
    row = direct_starting(st, "We will not ask again")
    assert row.speaker == "Casimir Obuya" and (row.cue is None or pd.isna(row.cue))
