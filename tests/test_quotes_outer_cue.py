"""'A thinks X, B said on Monday ...': the later speech cue with its own named subject reports the clause."""

from __future__ import annotations

import debatekit as dk

TEXT = """Jane Roe, the mayor of Springfield, spoke on Monday. Senator Al Poe spoke too.

Jane Roe thinks the city needs two new bridges, former Senator Al Poe said on Monday at a dinner in the capital.

Jane Roe wants lower fares for the ferry, while Al Poe said the fares must rise.

Al Poe believes taxes are too high for families in the north.
"""


def _statements() -> set[tuple[str, str, str]]:
    st = dk.analyze([{"article_id": "a1", "text": TEXT}], until="statements").statements
    return set(zip(st["kind"], st["speaker_id"], st["text"], strict=True))


def test_a_later_cue_after_the_comma_reports_the_whole_clause():
    got = _statements()
    assert ("indirect", "al-poe", "Jane Roe thinks the city needs two new bridges") in got
    assert not any(s == "jane-roe" and "bridges" in t for _, s, t in got)
    # a cue joined by a conjunction opens a clause of its own
    assert not any(s == "al-poe" and "fares for the ferry" in t for _, s, t in got)


def test_a_clause_without_a_later_cue_keeps_its_own_subject():
    assert any(s == "al-poe" and t.startswith("taxes are too high") for _, s, t in _statements())


HEADLINED = """Al Poe: Jane Roe thinks the ferry fares are too high for families.

Update: Jane Roe thinks the bridge will open in the spring.

Al Poe spoke in Springfield on Monday, and Jane Roe answered him later.
"""


def test_a_full_name_alone_before_a_colon_speaks_the_sentence_after_it():
    st = dk.analyze([{"article_id": "h1", "text": HEADLINED}], until="statements").statements
    got = set(zip(st["speaker_id"], st["cue"], st["text"], strict=True))
    assert ("al-poe", ":", "Jane Roe thinks the ferry fares are too high for families") in got
    assert not any(s == "jane-roe" and "ferry" in t for s, _, t in got)
    # one capitalised word before the colon is no speaker: the verb's own subject is
    assert ("jane-roe", "thinks", "the bridge will open in the spring") in got
