"""Attack edges of the debate graph on transcripts written for these tests: a rebuttal the shipped
model must find and a same-topic statement that is no rebuttal."""

from __future__ import annotations

import debatekit as dk
from debatekit.debate import analyze_debate

NAMES = {"ALVAREZ": "Maria Alvarez", "BECK": "Thomas Beck"}

# Beck answers Alvarez straight back: his opening denies her closing claim about the factory jobs.
REBUTTAL = """MODERATOR: Senator Alvarez, what have you done for manufacturing workers in this state?
ALVAREZ: Thank you. I have fought for the workers of this state for twenty years. My bill brought 40,000 factory jobs back to Ohio.
BECK: That's simply not true, your bill never brought 40,000 factory jobs back to Ohio. Those factories closed while you were in office.
"""

# Beck speaks of the same factories, but late in a long answer to a new question, not against Alvarez.
NOT_A_REBUTTAL = """MODERATOR: Senator Alvarez, what have you done for manufacturing workers in this state?
ALVAREZ: Thank you. I have fought for the workers of this state for twenty years. My bill brought 40,000 factory jobs back to Ohio.
MODERATOR: Mr. Beck, a new question, on schools. How would you pay teachers more?
BECK: Teachers deserve better pay. I would raise teacher salaries in every district. I would hire more teachers in rural schools. I would repair old school buildings. I would fund school meals. I would visit factory towns in Ohio to talk with families about their schools.
"""


def _edges(text: str):
    turns = dk.read_transcript(text)
    d = analyze_debate(turns, language="en", names=NAMES)
    text_of = dict(zip(d.statements["statement_id"], d.statements["text"], strict=True))
    rebuts = d.rebuttals[d.rebuttals["relation"] == "rebuts"]
    pairs = [
        (text_of[a], text_of[b])
        for a, b in zip(rebuts["source_statement_id"], rebuts["target_statement_id"], strict=True)
    ]
    return d, rebuts, pairs


def test_a_straight_denial_of_the_last_claim_is_found():
    _, rebuts, pairs = _edges(REBUTTAL)
    assert (
        "That's simply not true, your bill never brought 40,000 factory jobs back to Ohio.",
        "My bill brought 40,000 factory jobs back to Ohio.",
    ) in pairs
    assert rebuts["cue"].str.contains("pair model").all()
    assert (rebuts["source_speaker_id"] == "thomas-beck").all()


def test_a_same_topic_statement_in_an_answer_to_another_question_is_no_rebuttal():
    _, _, pairs = _edges(NOT_A_REBUTTAL)
    assert not [p for p in pairs if "factory" in p[0]]
    assert not pairs
