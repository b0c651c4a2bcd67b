"""The debate graph's pair model: candidate pairs and their features, the shipped weights, the rule
fallback of a pack without weights."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import debatekit as dk
from debatekit.debate import analyze_debate
from debatekit.debate.debate_graph import debate_edges
from debatekit.debate.pair_model import PairModel
from debatekit.debate.pairs import FEATURES, candidate_pairs, target_turns
from debatekit.debate.participants import resolve_participants
from debatekit.lang import get_pack

DEBATE = """HOST: Welcome to the debate with Jane Doe and Richard Roe. Ms. Doe, will you cut taxes for families?
DOE: I will cut taxes for working families. My plan pays for it by closing loopholes.
ROE: That's not true. Her plan raises taxes on working families. I will build new schools instead.
HOST: Ms. Doe, your answer on schools?
DOE: We both want schools. But his schools plan has no money behind it.
"""


def _parts(text: str, language: str = "en"):
    turns = dk.read_transcript(text)
    pack = get_pack(language)
    d = analyze_debate(turns, language=language, names={"DOE": "Jane Doe", "ROE": "Richard Roe"})
    people = resolve_participants(turns, pack, names={"DOE": "Jane Doe", "ROE": "Richard Roe"})
    return d, people, pack


def test_target_turns_are_each_other_speakers_last_turn():
    labels = ["HOST", "DOE", "ROE", "HOST", "DOE"]
    roles = ["moderator", "candidate", "candidate", "moderator", "candidate"]
    assert target_turns(labels, roles, 4) == [3, 2]
    assert target_turns(labels, roles, 2) == [1, 0]
    assert target_turns(labels, roles, 0) == []


def test_an_interjection_leaves_its_speakers_turn_before_a_target():
    labels = ["DOE", "ROE", "DOE", "ROE", "DOE"]
    roles = ["candidate"] * 5
    # Doe's turn 2 is a one-liner cutting in: Roe at turn 3 may still answer Doe's turn 0
    assert target_turns(labels, roles, 3, [False, False, True, False, False]) == [2, 0]
    assert target_turns(labels, roles, 3, [False] * 5) == [2]
    # only one turn behind: two interjections in a row do not open the whole history
    assert target_turns(labels, roles, 4, [True, True, False, True, False]) == [3, 1]

    text = (
        "DOE: I will cut taxes for working families. My plan pays for it by closing loopholes.\n"
        "ROE: My plan builds new schools in every town and pays teachers more.\n"
        "DOE: Not true.\n"
        "ROE: Closing loopholes will never pay for her tax cuts, and families know it.\n"
    )
    d, people, pack = _parts(text)
    pairs = candidate_pairs(d.turns, d.statements, people, pack)
    st = d.statements.reset_index(drop=True)
    src = st.index[st["text"].str.startswith("Closing loopholes")][0]
    tgt = st.index[st["text"] == "My plan pays for it by closing loopholes."][0]
    (i,) = np.flatnonzero((pairs.source == src) & (pairs.target == tgt))
    row = dict(zip(FEATURES, pairs.X[i], strict=True))
    assert row["target_behind_interjection"] == 1.0 and row["gap_log"] == pytest.approx(np.log(3))
    (k,) = np.flatnonzero((pairs.source == src) & (pairs.target == st.index[st["text"] == "Not true."][0]))
    assert pairs.X[k, FEATURES.index("target_behind_interjection")] == 0.0


def test_candidate_pairs_run_from_a_candidate_back_to_other_speakers():
    d, people, pack = _parts(DEBATE)
    pairs = candidate_pairs(d.turns, d.statements, people, pack)
    st = d.statements.reset_index(drop=True)
    assert pairs.X.shape == (len(pairs.source), len(FEATURES))
    turn_no = {t: n for n, t in enumerate(d.turns["turn_id"])}
    for s, t in zip(pairs.source, pairs.target, strict=True):
        assert st.loc[s, "speaker_id"] != st.loc[t, "speaker_id"]
        assert turn_no[st.loc[t, "turn_id"]] < turn_no[st.loc[s, "turn_id"]]
    assert set(st.loc[pairs.source, "speaker_id"]) == {"jane-doe", "richard-roe"}  # never the host

    # Roe's opening "That's not true." against Doe's closing statement: a reply opening on its last words
    src = st.index[st["text"] == "That's not true."][0]
    tgt = st.index[st["text"] == "My plan pays for it by closing loopholes."][0]
    (i,) = np.flatnonzero((pairs.source == src) & (pairs.target == tgt))
    row = dict(zip(FEATURES, pairs.X[i], strict=True))
    assert row["gap_1"] == row["source_first"] == row["target_last"] == row["opening_reply_last"] == 1.0
    assert row["source_reject"] == 1.0 and row["source_negation"] == 1.0
    # "Her plan raises taxes on working families." shares stems with Doe's first statement
    src2 = st.index[st["text"] == "Her plan raises taxes on working families."][0]
    tgt2 = st.index[st["text"] == "I will cut taxes for working families."][0]
    (j,) = np.flatnonzero((pairs.source == src2) & (pairs.target == tgt2))
    row2 = dict(zip(FEATURES, pairs.X[j], strict=True))
    assert row2["shared_log"] > 0 and row2["similarity_best"] == 1.0 and row2["source_other_side"] == 1.0
    assert sorted(pairs.shared[j]) == ["famil", "taxes", "worki"]


def test_pair_model_selects_by_threshold_and_top_k_deterministically():
    m = PairModel({"gap_1": 1.0}, bias=0.0, threshold=0.6, top_k=1)
    p = np.array([0.7, 0.9, 0.9, 0.5, 0.65])
    source = np.array([0, 0, 0, 1, 1])
    assert m.select(source, p) == [1, 4]  # a tie keeps the first; 0.5 is below the threshold
    assert PairModel({}, 0.0, 0.6, top_k=2).select(source, p) == [1, 2, 4]
    with pytest.raises(ValueError, match="unknown features: made_up"):
        PairModel({"made_up": 1.0}, 0.0, 0.5)


def test_shipped_english_weights_name_known_features_and_indonesian_has_none():
    en = PairModel.from_pack(get_pack("en"))
    assert en is not None and set(en.weights) <= set(FEATURES)
    assert 0.0 < en.threshold < 1.0 and en.top_k >= 1
    assert PairModel.from_pack(get_pack("id")) is None


def test_model_edges_carry_cue_and_evidence_words_of_their_turn():
    d, people, pack = _parts(DEBATE)
    # a hand-made model: only reply openings on the last words of the turn they answer
    model = PairModel({"opening_reply_last": 10.0, "target_question": -10.0}, bias=-5.0, threshold=0.5)
    e = debate_edges(d.turns, d.statements, people, pack, model=model)
    rebut = e[e["relation"] == "rebuts"]
    text = dict(zip(d.statements["statement_id"], d.statements["text"], strict=True))
    assert [
        (text[a], text[b])
        for a, b in zip(rebut["source_statement_id"], rebut["target_statement_id"], strict=True)
    ] == [("That's not true.", "My plan pays for it by closing loopholes.")]
    (cue,) = rebut["cue"]
    assert cue.startswith("that's not true") and "pair model" in cue
    turn_text = dict(zip(d.turns["turn_id"], d.turns["text"], strict=True))
    (ev,) = rebut.iloc[0]["evidence"]
    assert ev["text"] and ev["text"] == turn_text[ev["turn_id"]][ev["start"] : ev["end"]]
    # supports and answers still come from the cue rules
    assert {"supports", "answers"} <= set(e["relation"])


def test_the_shipped_model_is_deterministic_and_only_links_different_speakers():
    d, people, pack = _parts(DEBATE)
    a = debate_edges(d.turns, d.statements, people, pack)
    b = debate_edges(d.turns, d.statements, people, pack)
    pd.testing.assert_frame_equal(a, b)
    assert (a["source_speaker_id"] != a["target_speaker_id"]).all()
    assert a["cue"].map(bool).all() and a["evidence"].map(bool).all()


def test_a_pack_without_weights_keeps_the_cue_rules():
    text = (
        "MODERATOR: Silakan Bapak Budi, apa program Bapak untuk petani di desa?\n"
        "BUDI: Kami akan membangun irigasi untuk petani di desa.\n"
        "SARI: Itu tidak benar, irigasi untuk petani di desa sudah dibangun.\n"
    )
    turns = dk.read_transcript(text)
    pack = get_pack("id")
    d = analyze_debate(turns, language="id")
    people = resolve_participants(turns, pack)
    rules = debate_edges(d.turns, d.statements, people, pack, model=None)
    pd.testing.assert_frame_equal(d.rebuttals, rules)
    assert "rebuts" in set(rules["relation"])
