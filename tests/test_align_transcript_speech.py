"""News quotes against a real-style transcript: interruptions, omissions, fillers, ties, missing speakers."""

from __future__ import annotations

from debatekit import schema
from debatekit.align import align_transcript

SPEAKERS = schema.frame(
    schema.SPEAKER_COLUMNS,
    [
        {"speaker_id": "jane-doe", "name": "Jane Doe", "aliases": ["Doe"]},
        {"speaker_id": "john-roe", "name": "John Roe", "aliases": ["Roe"]},
    ],
)


def _turns(rows):
    return schema.frame(
        schema.TURN_COLUMNS,
        [{"turn_id": f"tr:t{k}", "speaker": s, "text": t} for k, (s, t) in enumerate(rows)],
    )


def _st(rows):
    return schema.frame(
        schema.STATEMENT_COLUMNS,
        [
            {
                "statement_id": f"a:d{k}",
                "article_id": "a",
                "kind": "direct",
                "text": t,
                "speaker_id": s,
                "speaker": s,
            }
            for k, (t, s) in enumerate(rows)
        ],
    )


TURNS = _turns(
    [
        ("MODERATOR", "Ms. Doe, your plan for the floods?"),
        ("DOE", "Uh, we will rebuild every flooded school in the northern districts and"),
        ("ROE", "You said that last year."),
        ("DOE", "we will pay for it from the reserve fund, okay, not from new taxes on families."),
        ("ROE", "There is no reserve fund left for schools in the northern districts."),
    ]
)


def test_quote_joined_across_an_interruption_is_the_speakers_turns():
    st = _st(
        [
            (
                "We will rebuild every flooded school in the northern districts and we will pay for it from "
                "the reserve fund, OK, not from new taxes on families.",
                "jane-doe",
            )
        ]
    )
    out = align_transcript(st, TURNS, SPEAKERS).iloc[0]
    assert out["turn_id"] == "tr:t1;tr:t3"
    assert out["transcript_relation"] == "verbatim"  # "Uh" and "OK"/"okay" are no edits


def test_marked_omission_is_compared_piece_by_piece():
    st = _st([("We will rebuild every flooded school ... not from new taxes on families.", "jane-doe")])
    out = align_transcript(st, TURNS, SPEAKERS).iloc[0]
    assert out["transcript_relation"] in ("verbatim", "minor_edit")
    assert out["transcript_relation"] != "misattributed"


def test_one_turn_wins_a_tie_with_a_pair_and_is_not_misattributed():
    # Doe's turn holds every content word of Roe's quote, so it is the first candidate, and the pair
    # (Doe's turn, Roe's turn) holds the quote word for word: Roe's own turn must still win
    turns = _turns(
        [
            ("DOE", "The northern districts have schools left, and a reserve fund, there is."),
            ("ROE", "There is no reserve fund left for schools in the northern districts."),
        ]
    )
    st = _st([("There is no reserve fund left for schools in the northern districts.", "john-roe")])
    out = align_transcript(st, turns, SPEAKERS).iloc[0]
    assert (out["turn_id"], out["transcript_relation"]) == ("tr:t1", "verbatim")


def test_quote_without_a_speaker_takes_the_turns_speaker():
    st = _st([("There is no reserve fund left for schools in the northern districts.", None)])
    out = align_transcript(st, TURNS, SPEAKERS).iloc[0]
    assert (out["speaker_id"], out["speaker"]) == ("john-roe", "John Roe")
