"""The debate on its own: participants, spoken statements, exchanges, the rebuttal graph, participation."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

import debatekit as dk
from debatekit import schema
from debatekit.debate import analyze_debate
from debatekit.lang import get_pack

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "debate_transcript" / "debate.txt"

SHORT = """HOST: Welcome to the debate with Jane Doe and Richard Roe. Ms. Doe, will you cut taxes for families?
DOE: I will cut taxes for working families. Mr. Roe raised them twice.
HOST: Mr. Roe?
ROE: That's not true, I never raised taxes on working families.
DOE: You did --
ROE: I agree with Ms. Doe that families pay too much. (APPLAUSE)
"""


def test_participants_get_full_names_roles_and_news_style_ids():
    d = analyze_debate(dk.read_transcript(SHORT))
    sp = d.speakers.set_index("speaker_id")
    assert list(d.speakers.columns) == list(schema.SPEAKER_COLUMNS)
    assert sp.loc["jane-doe", "name"] == "Jane Doe" and sp.loc["jane-doe", "aliases"] == ["DOE"]
    assert sp.loc["richard-roe", "roles"] == ["candidate"]
    assert sp.loc["host", "roles"] == ["moderator"]


def test_a_word_opening_the_introduction_is_not_part_of_the_name():
    # "Welcome" (a pack word) and "Tonight" (written in lower case elsewhere) open the runs; "Mark" is a
    # common word here too, but dropping it would leave no full name
    text = """HOST: Welcome Jane Doe. Tonight Richard Roe joins us, and so does Mark Poe. Ms. Doe, tonight you mark the start?
DOE: I will cut taxes for working families.
ROE: That is not true.
POE: I disagree with both of them.
"""
    names = set(analyze_debate(dk.read_transcript(text)).speakers["name"])
    assert {"Jane Doe", "Richard Roe", "Mark Poe"} <= names


def test_user_map_and_news_speakers_name_the_labels():
    turns = dk.read_transcript(SHORT)
    d = analyze_debate(
        turns, names={"roe": "Richard P. Roe", "HOST": {"name": "Ann Lee", "role": "moderator"}}
    )
    assert set(d.speakers["speaker_id"]) == {"ann-lee", "jane-doe", "richard-p-roe"}
    news = schema.frame(
        schema.SPEAKER_COLUMNS, [{"speaker_id": "jane-q-doe", "name": "Jane Q. Doe", "aliases": ["Doe"]}]
    )
    d = analyze_debate(turns, speakers=news)
    assert "jane-q-doe" in set(d.statements["speaker_id"])


def test_spoken_statements_are_sentences_with_offsets_and_questions():
    turns = dk.read_transcript(SHORT)
    d = analyze_debate(turns)
    st = d.statements
    assert list(st.columns) == list(schema.STATEMENT_COLUMNS)
    assert set(st["kind"]) == {"spoken"} and st["article_id"].isna().all()
    text = dict(zip(turns["turn_id"], turns["text"], strict=True))
    for r in st.itertuples():
        assert text[r.turn_id][r.start : r.end] == r.text
    first = st[st["turn_id"] == "transcript:t0"]
    # "Ms." does not end a sentence; the question is marked
    assert list(first["text"]) == [
        "Welcome to the debate with Jane Doe and Richard Roe.",
        "Ms. Doe, will you cut taxes for families?",
    ]
    assert list(first["is_question"]) == [False, True]
    assert "(APPLAUSE)" not in " ".join(st["text"])


def test_exchanges_segments_and_responses():
    d = analyze_debate(dk.read_transcript(SHORT))
    t = d.turns.set_index("turn_id")
    assert t.loc["transcript:t0", "segment_id"] == "transcript:x1"
    # after the hand-off "Mr. Roe?", Roe answers Doe, not the host
    assert t.loc["transcript:t3", "responds_to"] == "transcript:t1"
    assert t.loc["transcript:t1", "responds_to"] == "transcript:t0"
    assert t.loc["transcript:t4", "interrupted"]
    assert t.loc["transcript:t0", "segment_topic"].split(", ")[:2] == ["families", "taxes"]


def test_rebuttal_support_and_answer_edges_carry_cue_and_evidence():
    d = analyze_debate(dk.read_transcript(SHORT))
    e = d.rebuttals
    assert list(e.columns) == list(schema.REBUTTAL_COLUMNS)
    rebut = e[(e["relation"] == "rebuts") & (e["source_statement_id"] == "transcript:t3:s0")]
    # the pair model (English weights) links Roe's rejection to both statements of the turn it answers,
    # "I will cut taxes for working families." first, and names the rejection in the cue
    assert list(rebut["target_statement_id"]) == ["transcript:t1:s0", "transcript:t1:s39"]
    assert rebut.iloc[0]["cue"].startswith("that's not true (pair model ")
    # the cue rules (model=None) pick the statement sharing most content words and name the cue alone
    from debatekit.debate.debate_graph import debate_edges
    from debatekit.debate.participants import resolve_participants

    pack = get_pack("en")
    rules = debate_edges(
        d.turns, d.statements, resolve_participants(dk.read_transcript(SHORT), pack), pack, model=None
    )
    rule_rebut = rules[(rules["relation"] == "rebuts") & (rules["source_statement_id"] == "transcript:t3:s0")]
    assert list(rule_rebut["target_statement_id"]) == ["transcript:t1:s0"]
    assert rule_rebut.iloc[0]["cue"] == "that's not true"
    # the evidence is the source's opening words, a span of its turn (spoken: no article, a turn_id)
    (ev,) = rebut.iloc[0]["evidence"]
    turn_text = dict(zip(d.turns["turn_id"], d.turns["text"], strict=True))["transcript:t3"]
    assert ev["article_id"] is None and ev["turn_id"] == "transcript:t3"
    assert ev["text"] == turn_text[ev["start"] : ev["end"]] and ev["text"]
    sup = e[e["relation"] == "supports"]
    assert list(zip(sup["source_speaker_id"], sup["target_speaker_id"], strict=True)) == [
        ("richard-roe", "jane-doe")
    ]
    ans = e[e["relation"] == "answers"]
    assert list(ans["source_statement_id"]) == ["transcript:t1:s0"]
    # no edge between statements of one speaker
    assert (e["source_speaker_id"] != e["target_speaker_id"]).all()
    assert e["cue"].map(bool).all() and e["evidence"].map(bool).all()


def test_negated_agreement_is_no_support():
    t = dk.read_transcript(
        "HOST: Ms. Doe, what will you do about rents in the cities?\nDOE: I will build homes for rent.\n"
        "ROE: I don't agree with Ms. Doe about homes for rent.\n"
    )
    d = analyze_debate(t, names={"DOE": "Jane Doe", "ROE": "Richard Roe"})
    assert "supports" not in set(d.rebuttals["relation"])
    doubt = t.copy()
    doubt.loc[2, "text"] = "I doubt that many renters agree with homes for rent."
    agree = t.copy()
    agree.loc[2, "text"] = "Many renters agree with homes for rent."
    assert "supports" not in set(analyze_debate(doubt).rebuttals["relation"])
    assert "supports" in set(analyze_debate(agree).rebuttals["relation"])


def test_participation_counts_turns_questions_interruptions_and_time():
    vtt = (
        "WEBVTT\n\n00:00:00.000 --> 00:00:05.000\n<v Host>Ms. Doe, what will you do about the rents?\n\n"
        "00:00:05.000 --> 00:00:20.000\n<v Doe>I will build homes --\n\n"
        "00:00:20.000 --> 00:00:30.000\n<v Roe>That's not true, you will not build homes.\n"
    )
    d = analyze_debate(dk.read_transcript(vtt), names={"Doe": "Jane Doe", "Roe": "Richard Roe"})
    p = d.participation.set_index("speaker_id")
    assert list(d.participation.columns) == list(schema.PARTICIPATION_COLUMNS)
    assert p.loc["jane-doe", "speaking_time"] == 15.0 and p.loc["richard-roe", "speaking_time"] == 10.0
    assert p.loc["jane-doe", "interruptions"] == 1 and p.loc["richard-roe", "interrupts"] == 1
    assert p.loc["host", "questions_asked"] == 1 and p.loc["jane-doe", "questions_answered"] == 1
    assert p.loc["richard-roe", "rebuts"] == 1 and p.loc["jane-doe", "rebutted"] == 1


def test_analyze_without_articles_gives_the_debate_and_its_graph():
    res = dk.analyze([], transcript=EXAMPLE, speakers={"PARKER": "Dana Parker"})
    spoken = res.statements[res.statements["kind"] == "spoken"]
    assert len(spoken) > 10 and spoken["turn_id"].notna().all()
    assert {"rebuts", "supports", "answers"} <= set(res.rebuttals["relation"])
    g = res.graph
    assert g.has_edge("speaker:thomas-reed", "speaker:maria-santos", key="rebuts")
    assert g.has_edge("speaker:maria-santos", "speaker:thomas-reed", key="supports")
    assert set(res.participation["role"]) == {"moderator", "candidate"}
    again = dk.analyze([], transcript=EXAMPLE, speakers={"PARKER": "Dana Parker"})
    pd.testing.assert_frame_equal(res.rebuttals, again.rebuttals)


def test_turns_of_the_caller_are_not_modified():
    turns = dk.read_transcript(SHORT)
    before = turns.copy()
    analyze_debate(turns, language="en")
    pd.testing.assert_frame_equal(turns, before)


def test_indonesian_cues_from_the_language_pack():
    t = dk.read_transcript(
        "MODERATOR: Silakan Bapak Budi, apa program Bapak untuk petani di desa?\n"
        "BUDI: Kami akan membangun irigasi untuk petani di desa.\n"
        "SARI: Itu tidak benar, irigasi untuk petani di desa sudah dibangun.\n"
    )
    d = analyze_debate(t, language="id", names={"BUDI": "Budi Santoso", "SARI": "Sari Dewi"})
    assert get_pack("id").relations.DEBATE_REJECT_CUES
    rebut = d.rebuttals[d.rebuttals["relation"] == "rebuts"]
    assert list(rebut["source_speaker_id"]) == ["sari-dewi"] and rebut.iloc[0]["cue"] == "tidak benar"


def test_cli_transcript_only_run_writes_tables_and_timeline(tmp_path):
    from debatekit.cli import main

    out = tmp_path / "out"
    assert main(["analyze", "--transcript", str(EXAMPLE), "--out", str(out), "--quiet"]) == 0
    assert (out / "participation.csv").is_file() and (out / "rebuttals.csv").is_file()
    html = (out / "report.html").read_text(encoding="utf-8")
    assert 'id="debate"' in html and "Maria Santos" in html and "rebuts" in html


def test_news_run_with_debate_shares_speaker_ids_and_keeps_news_alignment():
    ex = Path(__file__).resolve().parents[1] / "examples" / "debate_en"
    kw = {"transcript": ex / "transcript.vtt", "progress": False}
    plain = dk.analyze(ex / "articles", **kw)
    assert "spoken" not in set(plain.statements["kind"])  # a news run is unchanged by default
    res = dk.analyze(ex / "articles", debate=True, **kw)
    spoken = res.statements[res.statements["kind"] == "spoken"]
    news = res.statements[res.statements["kind"] != "spoken"]
    assert set(spoken["speaker_id"]) & set(news["speaker_id"])  # one id for a debater in both
    assert res.speakers["speaker_id"].is_unique
    pd.testing.assert_frame_equal(
        news.reset_index(drop=True), plain.statements.reset_index(drop=True), check_dtype=False
    )


def test_indonesian_example_debate_candidates_rebut_each_other():
    ex = Path(__file__).resolve().parents[1] / "examples" / "debate_id"
    res = dk.analyze([], transcript=ex / "transcript.txt")
    rebut = res.rebuttals[res.rebuttals["relation"] == "rebuts"]
    pairs = set(zip(rebut["source_speaker_id"], rebut["target_speaker_id"], strict=True))
    # the two candidates share a surname: each is still told apart and rebuts the other
    assert pairs == {("hendra-lubis", "fauzan-lubis"), ("fauzan-lubis", "hendra-lubis")}
