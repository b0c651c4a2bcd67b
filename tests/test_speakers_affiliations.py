"""Party and demonym words are a speaker's affiliation, never a person's name (issue 10)."""

from __future__ import annotations

import debatekit as dk

TEXT = """Senate Republican leaders have insisted they will not hold a vote on the nominee this year.

Republican Sen. Jo Roe said the vote would have to wait for the next president.

“We will wait,” said Republican pollster Al Poe.

Mexican President Lu Sosa said his country would never pay for the wall.
"""


def _statements():
    return dk.analyze([{"article_id": "a1", "text": TEXT}], until="statements").statements


def test_a_party_word_before_a_name_is_not_part_of_it():
    st = _statements()
    got = set(zip(st["speaker_id"], st["text"], strict=True))
    assert ("jo-roe", "the vote would have to wait for the next president") in got
    assert ("al-poe", "We will wait,") in got
    # a demonym before a role goes with the role, not the name
    assert ("lu-sosa", "his country would never pay for the wall") in got


def test_a_party_word_with_an_institution_word_names_no_person():
    speakers = set(_statements()["speaker"].dropna())
    assert not any("Republican" in s for s in speakers)
