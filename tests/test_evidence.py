"""Evidence is one structure in every table: items of exactly ``schema.EVIDENCE_KEYS`` (news, offsets into
``articles.text``) or ``schema.SPOKEN_EVIDENCE_KEYS`` (speech, offsets into ``turns.text``)."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

import debatekit as dk
from debatekit import schema
from debatekit.cells import as_list, evidence_in, evidence_item
from debatekit.report.store import load_analysis, save_analysis

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
ARTICLE_DIRS = ["crosscheck_en", "crosscheck_id", "debate_en", "debate_id"]


@pytest.fixture(scope="module")
def analysis():
    return dk.analyze(
        [EXAMPLES / d / "articles" for d in ARTICLE_DIRS],
        transcript=EXAMPLES / "debate_en" / "transcript.vtt",
        progress=False,
    )


def _items(df):
    return [item for cell in df["evidence"] for item in as_list(cell)]


def _check(items, articles: dict, turns: dict) -> tuple[int, int]:
    news = spoken = 0
    for item in items:
        assert isinstance(item, dict), item
        if item["article_id"] is None:
            assert tuple(item) == schema.SPOKEN_EVIDENCE_KEYS, item
            assert item["text"] == turns[item["turn_id"]][item["start"] : item["end"]], item
            spoken += 1
        else:
            assert tuple(item) == schema.EVIDENCE_KEYS, item
            assert item["text"] == articles[item["article_id"]][item["start"] : item["end"]], item
            news += 1
        assert item["text"].strip() == item["text"] and item["text"], item
    return news, spoken


def test_every_evidence_item_has_the_keys_and_the_words_at_its_offsets(analysis):
    articles = dict(zip(analysis.articles["article_id"], analysis.articles["text"], strict=True))
    turns = dict(zip(analysis.turns["turn_id"], analysis.turns["text"], strict=True))
    news, _ = _check(_items(analysis.discrepancies), articles, turns)
    assert news >= len(analysis.discrepancies) > 0
    r_news, r_spoken = _check(_items(analysis.rebuttals), articles, turns)
    assert r_news > 0 and r_news + r_spoken >= len(analysis.rebuttals)
    edge_items = [
        e
        for _, _, d in analysis.graph.edges(data=True)
        if d.get("level") == "statement"
        for e in as_list(d.get("evidence_text"))
    ]
    assert edge_items and _check(edge_items, articles, turns)[0] > 0


def test_evidence_round_trips_through_csv_and_the_graph_files(analysis, tmp_path):
    save_analysis(analysis, tmp_path)
    back = load_analysis(tmp_path)
    for table in ("discrepancies", "rebuttals"):
        assert _items(getattr(back, table)) == _items(getattr(analysis, table)), table
    # the graph file keeps the structure as JSON the exporter decodes again
    g = back.graph
    assert isinstance(g, nx.MultiDiGraph)
    got = [e for _, _, d in g.edges(data=True) for e in as_list(d.get("evidence_text"))]
    want = [e for _, _, d in analysis.graph.edges(data=True) for e in as_list(d.get("evidence_text"))]
    # graph.json sorts keys: the same items, compared as dicts
    key = lambda e: json.dumps(e, sort_keys=True)  # noqa: E731
    assert sorted(got, key=key) == sorted(want, key=key) and got


def test_evidence_helpers():
    assert evidence_item("a", 1, 3, "bc") == {"article_id": "a", "start": 1, "end": 3, "text": "bc"}
    assert evidence_in(None, "  Yes, we can.  ", 0, 16, turn_id="t:t1") == {
        "article_id": None,
        "start": 2,
        "end": 14,
        "text": "Yes, we can.",
        "turn_id": "t:t1",
    }
