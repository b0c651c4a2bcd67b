"""'..., according to X.' closing a sentence is a reported statement of X (issue 10, cue words)."""

from __future__ import annotations

import debatekit as dk

TEXT = """Jane Roe, the mayor of Springfield, spoke on Monday.

The city will build two new bridges next year, according to Roe.

Taxes will be cut for families, according to Roe, a former banker.

The works went ahead according to the plan approved by the council.
"""


def test_according_to_closing_a_sentence_attributes_the_clause_before_it():
    st = dk.analyze([{"article_id": "a1", "text": TEXT}], until="statements").statements
    got = set(zip(st["kind"], st["speaker_id"], st["text"], strict=True))
    assert ("indirect", "jane-roe", "The city will build two new bridges next year") in got
    assert ("indirect", "jane-roe", "Taxes will be cut for families") in got
    # "according to the plan" inside a clause names no speaker
    assert not any("works went ahead" in t for t in st["text"])
