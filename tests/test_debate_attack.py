"""Attack edges of the debate graph on transcripts written for these tests: a rebuttal the shipped
model must find, a same-topic statement that is no rebuttal, and the pair features behind them."""

from __future__ import annotations

import numpy as np

import debatekit as dk
from debatekit.debate import analyze_debate
from debatekit.debate.pairs import FEATURES, candidate_pairs, figures
from debatekit.debate.participants import resolve_participants
from debatekit.lang import get_pack

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


def _pair_row(text: str, source: str, target: str) -> dict[str, float]:
    turns = dk.read_transcript(text)
    pack = get_pack("en")
    d = analyze_debate(turns, language="en", names=NAMES)
    people = resolve_participants(turns, pack, names=NAMES)
    pairs = candidate_pairs(d.turns, d.statements, people, pack)
    st = d.statements.reset_index(drop=True)
    s = st.index[st["text"].str.startswith(source)][0]
    t = st.index[st["text"].str.startswith(target)][0]
    (i,) = np.flatnonzero((pairs.source == s) & (pairs.target == t))
    return dict(zip(FEATURES, pairs.X[i], strict=True))


def test_the_denial_pair_shares_figure_name_and_phrase_and_skips_the_greeting():
    row = _pair_row(REBUTTAL, "That's simply not true", "My bill brought")
    assert row["shared_figure"] == row["shared_name"] == row["shared_bigram"] == 1.0
    assert row["content_reply"] == 1.0  # first of substance in the reply, last of substance answered
    assert row["target_self"] == 1.0 and row["source_you"] == row["source_you_first"] == 1.0
    assert row["moderator_between"] == 0.0
    assert row["similarity_best_in_turn"] == 1.0 and row["similarity_window"] > 0.3
    # "Thank you." opens Alvarez's turn: her claim is still the first of substance in it
    row2 = _pair_row(REBUTTAL, "Those factories closed", "I have fought for")
    assert row2["target_content_last"] == 0.0 and row2["source_content_first"] == 0.0


def test_the_late_same_topic_pair_reads_as_far_and_through_the_moderator():
    row = _pair_row(NOT_A_REBUTTAL, "I would visit factory towns", "My bill brought")
    assert row["moderator_between"] == 1.0 and row["gap_2"] == 1.0
    assert row["source_content_first"] == 0.0 and row["source_content_index_log"] > 1.5
    assert row["shared_figure"] == 0.0


def test_figures_read_digits_and_spelled_numbers():
    pack = get_pack("en")
    assert figures("We lost 1,000 jobs, twenty a day.", pack) == {"1000", "20"}
    assert figures("No figure here, one way or another.", pack) == frozenset()
