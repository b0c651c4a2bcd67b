"""The relate stage on the seeds as the gold annotates them (independent of the extraction stage).

Statements come from the gold quotes and indirect statements (offsets found in the seed text), speakers
from the gold speaker list, mentions from every gold alias found in the text. ``gold_analysis`` is also
used by test_export.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from debatekit import schema
from debatekit.analysis import Analysis
from debatekit.relate import relate


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def gold_analysis(shared_dir: Path, gold: dict) -> tuple[Analysis, dict[str, str]]:
    """An Analysis built from the gold, and the map gold statement id -> statement_id."""
    articles, statements, mentions, ids = [], [], [], {}
    for key, d in gold["documents"].items():
        text = (shared_dir / "seeds" / d["file"]).read_text(encoding="utf-8")
        articles.append(
            {
                "article_id": key,
                "outlet": d["outlet"],
                "title": text.split("\n", 1)[0].strip(),
                "published": d["published"],
                "language": d["language"],
                "text": text,
            }
        )
        taken: list[tuple[int, int]] = []
        aliases = sorted(
            ((a, name) for name, al in gold["speakers"].items() for a in [name, *al]),
            key=lambda x: -len(x[0]),
        )
        for alias, name in aliases:
            for m in re.finditer(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", text):
                if all(m.end() <= s or m.start() >= e for s, e in taken):
                    taken.append((m.start(), m.end()))
                    mentions.append(
                        {
                            "mention_id": f"{key}:m{m.start()}",
                            "article_id": key,
                            "start": m.start(),
                            "end": m.end(),
                            "text": alias,
                            "kind": "name",
                            "speaker_id": slug(name),
                        }
                    )
        items = [(q, "direct") for q in gold["quotes"] if q["doc"] == key]
        items += [(q, "indirect") for q in gold["indirect_statements"] if q["doc"] == key]
        for q, kind in items:
            start = text.find(q["text"])
            assert start >= 0, q["id"]
            sid = f"{key}:{kind[0]}{start}"
            ids[q["id"]] = sid
            statements.append(
                {
                    "statement_id": sid,
                    "article_id": key,
                    "outlet": d["outlet"],
                    "kind": kind,
                    "text": q["text"],
                    "speaker_id": slug(q["speaker"]),
                    "speaker": q["speaker"],
                    "cue": q["cue"],
                    "start": start,
                    "end": start + len(q["text"]),
                    "confidence": 1.0,
                }
            )
    speakers = [
        {
            "speaker_id": slug(name),
            "name": name,
            "aliases": list(al),
            "roles": [],
            "n_statements": 0,
            "n_articles": 0,
        }
        for name, al in gold["speakers"].items()
    ]
    matches = [
        {
            "match_id": f"m{i}",
            "statement_id_a": ids[m["a"]],
            "statement_id_b": ids[m["b"]],
            "article_id_a": ids[m["a"]].split(":")[0],
            "article_id_b": ids[m["b"]].split(":")[0],
            "relation": m["relation"],
            "score": 90.0,
        }
        for i, m in enumerate(gold["matches"])
    ]
    st = schema.frame(schema.STATEMENT_COLUMNS, statements).sort_values(
        ["article_id", "start"], ignore_index=True
    )
    return (
        Analysis(
            articles=schema.frame(schema.ARTICLE_COLUMNS, articles),
            statements=st,
            speakers=schema.frame(schema.SPEAKER_COLUMNS, speakers),
            mentions=schema.frame(schema.MENTION_COLUMNS, mentions),
            matches=schema.frame(schema.MATCH_COLUMNS, matches),
        ),
        ids,
    )


GOLD_PROPOSITION = "UMKM di Medan sudah digital"  # the gold's English proposition, in the articles' language


@pytest.fixture(scope="module")
def gold(shared_dir, seeds_gold):
    analysis, ids = gold_analysis(shared_dir, seeds_gold)
    return analysis, ids, relate(analysis, propositions=[GOLD_PROPOSITION])


def test_exactly_the_gold_rebuttal(gold, seeds_gold):
    _, ids, out = gold
    rb = out["rebuttals"]
    assert list(rb.columns) == list(schema.REBUTTAL_COLUMNS)
    (g,) = seeds_gold["rebuttals"]
    assert len(rb) == 1
    row = rb.iloc[0]
    assert (row.source_speaker_id, row.target_speaker_id) == (slug(g["source"]), slug(g["target"]))
    assert row.source_statement_id == ids[g["source_statement"]]
    assert row.target_statement_id == ids[g["target_statement"]]
    assert row.relation == "rebuts" and row.article_id == g["doc"]
    # the body cue, with the headline and the contradiction as supporting evidence in the same row
    assert row.cue.startswith("dibantah oleh") and "headline: serang" in row.cue
    assert any(g["cue"] in e["text"] for e in row.evidence)


def test_gold_stances_with_evidence(gold, seeds_gold):
    _, ids, out = gold
    st = out["stances"]
    mine = st[st.target == GOLD_PROPOSITION]
    for g in seeds_gold["stances"]:
        (row,) = mine[mine.speaker_id == slug(g["speaker"])].to_dict("records")
        assert row["stance"] == g["stance"]
        assert {ids[e] for e in g["evidence"]} <= set(row["evidence"])
    # nobody else takes a side on it (Ruben's "platform digital yang sudah ada" is not about Medan)
    assert set(mine.speaker_id) == {slug(g["speaker"]) for g in seeds_gold["stances"]}


def test_rebutted_claim_becomes_a_flipped_proposition(gold):
    _, ids, out = gold
    auto = out["stances"][out["stances"].target != GOLD_PROPOSITION]
    (target,) = set(auto.target)
    assert "sudah ada digitalisasi" in target and "tidak" not in target.split()
    by = dict(zip(auto.speaker_id, auto.stance, strict=True))
    assert by == {"bobby-nasution": "against", "akhyar-nasution": "for"}
    props = [d for _, d in out["graph"].nodes(data=True) if d["kind"] == "proposition"]
    assert {p["source"] for p in props} == {"user", "rebuttal"}
    assert any(p.get("statement_id") == ids["000-q1"] for p in props)


def test_digitalisation_and_export_statements_in_different_topics(gold):
    _, ids, out = gold
    topic = dict(zip(out["statements"].statement_id, out["statements"].topic_id, strict=True))
    claim = {
        topic[ids[g]] for g in ("000-q1", "000-q2", "001-q2", "000-i2")
    }  # "no digitalisation yet" / "already"
    digital = claim | {topic[ids[g]] for g in ("001-q4", "000-i1")}  # training in digitalisation
    export = {topic[ids[g]] for g in ("002-q1", "004-q1", "002-q2", "004-q2", "002-q4")}
    assert None not in digital | export
    assert len(claim) == 1 and not digital & export
    assert set(out["topics"].topic_id) >= digital | export
    assert (out["topics"].source == "discovered").all()


def test_inputs_untouched_and_output_deterministic(shared_dir, seeds_gold, gold):
    analysis, _, out = gold
    before = analysis.statements.copy()
    again = relate(analysis, propositions=[GOLD_PROPOSITION])
    pd.testing.assert_frame_equal(analysis.statements, before)
    assert analysis.statements["topic_id"].isna().all()
    for name in ("rebuttals", "stances", "topics", "statements"):
        pd.testing.assert_frame_equal(again[name], out[name])
    assert list(again["graph"].edges(keys=True, data=True)) == list(out["graph"].edges(keys=True, data=True))
