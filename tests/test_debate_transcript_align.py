"""News quotes against the transcript: spelled-out numbers are the digits, and a quote of common words
only ("Why not?") still finds its turn."""

from __future__ import annotations

from debatekit import schema
from debatekit.align import align_transcript
from debatekit.align.transcript import fold_numbers

SPEAKERS = schema.frame(
    schema.SPEAKER_COLUMNS,
    [
        {"speaker_id": "jane-doe", "name": "Jane Doe", "aliases": ["Doe"]},
        {"speaker_id": "john-roe", "name": "John Roe", "aliases": ["Roe"]},
    ],
)
TURNS = schema.frame(
    schema.TURN_COLUMNS,
    [
        {"turn_id": f"tr:t{k}", "speaker": s, "text": t}
        for k, (s, t) in enumerate(
            [
                ("MODERATOR", "Ms. Doe, how many teachers will you hire?"),
                ("DOE", "We will hire twenty five thousand new teachers in three years."),
                ("ROE", "Why not? Because there is no money for them."),
                ("DOE", "Why not? I will tell you why not."),
            ]
        )
    ],
)


def _quote(text: str, speaker: str | None) -> schema.pd.DataFrame:
    return schema.frame(
        schema.STATEMENT_COLUMNS,
        [{"statement_id": "a:d0", "article_id": "a", "kind": "direct", "text": text, "speaker_id": speaker}],
    )


def test_spelled_out_numbers_fold_into_digits_in_both_languages():
    assert fold_numbers("twenty five thousand in three hundred twenty days".split()) == [
        "25", "thousand", "in", "320", "days"
    ]  # fmt: skip
    assert fold_numbers("dua puluh lima orang".split()) == ["25", "orang"]
    assert fold_numbers("the 25 jobs".split()) == ["the", "25", "jobs"]


def test_a_quote_with_digits_is_verbatim_against_spelled_out_numbers():
    out = align_transcript(
        _quote("We will hire 25 thousand new teachers in 3 years.", "jane-doe"), TURNS, SPEAKERS
    )
    assert out.loc[0, "turn_id"] == "tr:t1"
    assert out.loc[0, "transcript_relation"] == "verbatim"


def test_a_quote_of_common_words_finds_its_speakers_turn():
    out = align_transcript(_quote("Why not?", "jane-doe"), TURNS, SPEAKERS)
    assert out.loc[0, "turn_id"] == "tr:t3"  # Doe's turn, not Roe's earlier one with the same words
    assert out.loc[0, "transcript_relation"] == "verbatim"
    # without a speaker, two turns hold the phrase: too common to place
    assert align_transcript(_quote("Why not?", None), TURNS, SPEAKERS).loc[0, "turn_id"] is None
