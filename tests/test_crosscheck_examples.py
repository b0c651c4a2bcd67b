"""The cross-checking example corpora (examples/crosscheck_*/pairs.json): same-utterance pairs, relations
and events against hand-made gold (short quotes, split quotes, stemming, one person under two ids)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from debatekit import schema
from debatekit.align import align_statements
from debatekit.align.events import attach_events

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
CORPORA = sorted(p.parent for p in EXAMPLES.glob("crosscheck_*/pairs.json"))


def _slug(name: str) -> str:
    return "-".join(name.casefold().split())


def load(corpus: Path) -> tuple[dict, pd.DataFrame, pd.DataFrame]:
    """(gold, articles, statements): statement ids are the gold ids, so pairs compare directly."""
    gold = json.loads((corpus / "pairs.json").read_text(encoding="utf-8"))
    arts, rows = [], []
    texts = {}
    for key, d in gold["documents"].items():
        texts[key] = (corpus / "articles" / d["file"]).read_text(encoding="utf-8")
        arts.append(
            {
                "article_id": key,
                "outlet": d["outlet"],
                "published": d["published"],
                "language": d["language"],
                "text": texts[key],
            }
        )
    for s in gold["statements"]:
        start = texts[s["doc"]].find(s["text"])
        assert start >= 0, s["id"]
        rows.append(
            {
                "statement_id": s["id"],
                "article_id": s["doc"],
                "outlet": gold["documents"][s["doc"]]["outlet"],
                "kind": s["kind"],
                "text": s["text"],
                "speaker_id": s.get("speaker_id") or _slug(s["speaker"]),
                "speaker": s["speaker"],
                "start": start,
                "end": start + len(s["text"]),
            }
        )
    return gold, schema.frame(schema.ARTICLE_COLUMNS, arts), schema.frame(schema.STATEMENT_COLUMNS, rows)


def score(corpus: Path) -> dict:
    """Pair recall, precision and relation accuracy of the matches as ``analyze`` leaves them (aligned,
    then weak matches across two events dropped), and whether the events are the gold ones."""
    gold, articles, statements = load(corpus)
    matches, groups, statements = align_statements(statements)
    events, articles, matches, _, _ = attach_events(articles, statements, matches, groups)
    want = {frozenset((p["a"], p["b"])): p["relation"] for p in gold["pairs"]}
    got = {frozenset((m.statement_id_a, m.statement_id_b)): m.relation for m in matches.itertuples()}
    hit = [k for k in got if k in want]
    found = sorted(sorted(arts) for arts in events["article_ids"])
    return {
        "recall": len(hit) / len(want),
        "precision": len(hit) / max(len(got), 1),
        "relation_accuracy": sum(got[k] == want[k] for k in hit) / max(len(hit), 1),
        "missed": sorted(tuple(sorted(k)) for k in want if k not in got),
        "extra": sorted(tuple(sorted(k)) for k in got if k not in want),
        "wrong": sorted((tuple(sorted(k)), got[k], want[k]) for k in hit if got[k] != want[k]),
        "events": found == sorted(sorted(e) for e in gold["events"]),
    }


@pytest.mark.parametrize("corpus", CORPORA, ids=[c.name for c in CORPORA])
def test_pairs_relations_and_events_against_gold(corpus):
    s = score(corpus)
    assert s["recall"] >= 0.9 and s["precision"] >= 0.95, s
    assert s["relation_accuracy"] >= 0.9, s
    assert s["events"], s


def test_both_languages_have_a_crosscheck_corpus():
    langs = {
        json.loads((c / "pairs.json").read_text())["documents"].popitem()[1]["language"] for c in CORPORA
    }
    assert langs == {"en", "id"}


if __name__ == "__main__":  # figures for the report: python tests/test_crosscheck_examples.py
    for c in CORPORA:
        print(c.name, score(c))
