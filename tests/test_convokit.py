"""ConvoKit export/import: the files as ConvoKit's loader reads them, and a round trip.

ConvoKit itself is not installed (it pulls in torch), so the checks below restate what its loader
(``convokit/model/corpus.py``, ``corpus_helpers.py``, ``convoKitIndex.py``) requires of a directory.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from report_sample import sample_analysis

from debatekit import schema
from debatekit.analysis import Analysis
from debatekit.report.convokit import FILES, _rows

UTTERANCE_KEYS = {"id", "speaker", "conversation_id", "reply-to", "timestamp", "text", "meta", "vectors"}
INDEX_KEYS = {
    "utterances-index",
    "speakers-index",
    "conversations-index",
    "overall-index",
    "version",
    "vectors",
}


def _with_transcript(a: Analysis) -> Analysis:
    a.turns = schema.frame(
        schema.TURN_COLUMNS,
        [
            {"turn_id": "debat:t0", "speaker": "RUDI HARTONO", "text": "Kota ini belum punya digitalisasi UMKM.",
             "start_time": 1.5, "end_time": 4.0, "responds_to": None},
            {"turn_id": "debat:t1", "speaker": "Moderator", "text": "Tanggapan?", "start_time": 4.0,
             "end_time": 5.0, "responds_to": "debat:t0"},
            {"turn_id": "debat:t2", "speaker": "Sinta Dewi", "text": "Sudah sejak lama.", "start_time": 5.0,
             "end_time": 7.0, "responds_to": "debat:t0"},
        ],
    )  # fmt: skip
    return a


def check_convokit_dir(d: Path) -> list[dict]:
    """What ConvoKit's Corpus(filename=d) relies on; returns the utterances."""
    assert {p.name for p in d.iterdir()} >= set(FILES)
    utterances = [
        json.loads(line) for line in (d / "utterances.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    speakers = json.loads((d / "speakers.json").read_text(encoding="utf-8"))
    conversations = json.loads((d / "conversations.json").read_text(encoding="utf-8"))
    corpus = json.loads((d / "corpus.json").read_text(encoding="utf-8"))
    index = json.loads((d / "index.json").read_text(encoding="utf-8"))
    assert isinstance(corpus, dict) and set(index) == INDEX_KEYS and isinstance(index["version"], int)
    ids = {u["id"] for u in utterances}
    assert len(ids) == len(utterances)
    by_id = {u["id"]: u for u in utterances}
    for u in utterances:
        assert set(u) == UTTERANCE_KEYS, u
        assert isinstance(u["id"], str) and isinstance(u["text"], str) and isinstance(u["meta"], dict)
        assert u["speaker"] in speakers  # else ConvoKit warns and invents empty metadata
        assert u["conversation_id"] in conversations
        if u["reply-to"] is not None:  # a reply to a missing utterance makes the loader raise
            assert u["reply-to"] in ids
            assert by_id[u["reply-to"]]["conversation_id"] == u["conversation_id"]
        assert u["timestamp"] is None or isinstance(u["timestamp"], (int, float))
    for entry in [*speakers.values(), *conversations.values()]:
        assert set(entry) == {"meta", "vectors"} and isinstance(entry["meta"], dict)

    def types_of(metas):
        found: dict[str, set] = {}
        for m in metas:
            for k, v in m.items():
                if v is not None:
                    found.setdefault(k, set()).add(str(type(v)))
        return found

    expected = {
        "utterances-index": types_of(u["meta"] for u in utterances),
        "speakers-index": types_of(e["meta"] for e in speakers.values()),
        "conversations-index": types_of(e["meta"] for e in conversations.values()),
        "overall-index": types_of([corpus]),
    }
    for key, types in expected.items():
        assert {k: set(v) for k, v in index[key].items()} == types, key
        assert all(t.startswith("<class '") for v in index[key].values() for t in v)
    return utterances


def _assert_same_tables(a: Analysis, b: Analysis) -> None:
    for name in Analysis.table_names():
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), obj=name)


def test_convokit_files_follow_the_format(tmp_path):
    a = _with_transcript(sample_analysis())
    utterances = check_convokit_dir(a.to_convokit(tmp_path / "ck"))
    by_id = {u["id"]: u for u in utterances}
    # news statements: conversation = article, speaker = resolved person, evidence and relations in meta
    news = by_id[a.statements["statement_id"][0]]
    assert news["conversation_id"] == "001" and news["speaker"] == "rudi-hartono"
    assert news["meta"]["kind"] == "direct" and news["meta"]["cue"] == "kata"
    assert news["meta"]["start"] == a.statements["start"][0]
    assert [m["match_id"] for m in news["meta"]["matches"]] == ["m0"]
    assert news["timestamp"] == 1604707200  # 2020-11-07 UTC
    assert any(u["meta"]["rebuttals"] for u in utterances if u["meta"]["kind"] != "spoken")
    # spoken turns: conversation = the transcript, reply-to from responds_to, labels resolved to speakers
    assert by_id["debat:t2"]["reply-to"] == "debat:t0" and by_id["debat:t0"]["reply-to"] is None
    assert by_id["debat:t0"]["conversation_id"] == "transcript:debat"
    assert by_id["debat:t0"]["speaker"] == "rudi-hartono" and by_id["debat:t2"]["speaker"] == "sinta-dewi"
    assert by_id["debat:t1"]["speaker"] == "Moderator" and by_id["debat:t0"]["timestamp"] == 1.5


def test_convokit_round_trip(tmp_path):
    a = _with_transcript(sample_analysis())
    b = Analysis.from_convokit(a.to_convokit(tmp_path / "ck"))
    _assert_same_tables(a, b)
    assert {n for n, k in b.graph.nodes(data="kind") if k == "speaker"} >= {"speaker:rudi-hartono"} or (
        b.graph.number_of_nodes() > 0
    )


def test_convokit_round_trip_of_the_examples(tmp_path):
    import debatekit as dk

    examples = Path(__file__).resolve().parents[1] / "examples" / "debate_en"
    if not (examples / "transcript.vtt").is_file():
        pytest.skip("example corpus not present")
    a = dk.analyze(examples / "articles", transcript=examples / "transcript.vtt", progress=False)
    d = a.to_convokit(tmp_path / "ck")
    utterances = check_convokit_dir(d)
    assert len(utterances) == len(a.statements) + len(a.turns)
    # the pipeline's tables may hold other dtypes (object or string); ConvoKit's JSON keeps the values
    b = Analysis.from_convokit(d)
    for name in Analysis.table_names():
        assert list(getattr(a, name).columns) == list(getattr(b, name).columns), name
        assert _rows(getattr(a, name)) == _rows(getattr(b, name)), name


def test_a_foreign_convokit_corpus_reads_as_turns(tmp_path):
    d = tmp_path / "other"
    d.mkdir()
    lines = [
        {"id": "u0", "speaker": "alice", "conversation_id": "u0", "reply-to": None, "timestamp": 0, "text": "Hi.", "meta": {}},
        {"id": "u1", "speaker": "bob", "conversation_id": "u0", "reply-to": "u0", "timestamp": 1, "text": "No.", "meta": {}},
    ]  # fmt: skip
    (d / "utterances.jsonl").write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    (d / "speakers.json").write_text('{"alice": {"meta": {}, "vectors": []}, "bob": {}}', encoding="utf-8")
    b = Analysis.from_convokit(d)
    assert list(b.turns["turn_id"]) == ["u0", "u1"] and list(b.turns["speaker"]) == ["alice", "bob"]
    assert list(b.turns["responds_to"].fillna("")) == ["", "u0"]
    with pytest.raises(FileNotFoundError, match="utterances.jsonl"):
        Analysis.from_convokit(tmp_path)


def test_convokit_export_inside_the_input_is_not_read_as_articles(tmp_path):
    from debatekit.io import read_corpus

    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("Judul\n\nJakarta - Satu kalimat. Dua kalimat.\n", encoding="utf-8")
    sample_analysis().to_convokit(d / "ck")
    c = read_corpus(d)
    assert list(c.articles["article_id"]) == ["a"]
    assert "ConvoKit" in c.errors.loc[c.errors["problem"] == "own_output", "message"].iloc[0]


def test_convokit_round_trip_of_a_transcript_only_debate(tmp_path):
    import debatekit as dk

    transcript = Path(__file__).resolve().parents[1] / "examples" / "debate_transcript" / "debate.txt"
    if not transcript.is_file():
        pytest.skip("example transcript not present")
    a = dk.analyze([], transcript=transcript, progress=False)
    spoken = a.statements[a.statements["kind"] == "spoken"]
    assert len(spoken) > 0 and spoken["article_id"].isna().all()
    d = a.to_convokit(tmp_path / "ck")
    utterances = check_convokit_dir(d)
    assert len(utterances) == len(a.statements) + len(a.turns)
    # spoken statements live in their turn's transcript conversation, not in a None conversation
    by_id = {u["id"]: u for u in utterances}
    first = spoken.iloc[0]
    assert (
        by_id[first["statement_id"]]["conversation_id"] == "transcript:" + first["turn_id"].rsplit(":t", 1)[0]
    )
    b = Analysis.from_convokit(d)
    for name in ("statements", "turns"):
        assert _rows(getattr(a, name)) == _rows(getattr(b, name)), name
