"""Extraction on the bundled example corpora (written for this project) against their gold: the bar is
direct-quote precision and recall 1.0 and speaker accuracy 1.0, in Indonesian and in English."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import debatekit as dk

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _norm(s: str) -> str:
    return re.sub(r"[\W_]+", " ", str(s).lower()).strip()


@pytest.fixture(scope="module", params=["debate_id", "debate_en"])
def corpus(request):
    folder = EXAMPLES / request.param
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    files = {key: folder / "articles" / d["file"] for key, d in gold["documents"].items()}
    import pandas as pd

    df = pd.DataFrame([{"article_id": k, "text": p.read_text(encoding="utf-8")} for k, p in files.items()])
    return gold, dk.analyze(df, until="statements")


def _overlap(a: str, b: str) -> float:
    from collections import Counter

    ta, tb = _norm(a).split(), _norm(b).split()
    common = sum((Counter(ta) & Counter(tb)).values())
    return 0.0 if not common else 2 * common / (len(ta) + len(tb))


def _same(pred, gold_name, gold) -> bool:
    return isinstance(pred, str) and _norm(pred) in {_norm(a) for a in gold["speakers"][gold_name]} | {
        _norm(gold_name)
    }


def test_direct_quotes_precision_recall_and_speakers(corpus):
    gold, result = corpus
    direct = result.statements[result.statements.kind == "direct"]
    found = {(r.article_id, _norm(r.text)): r.speaker for r in direct.itertuples()}
    expected = {(q["doc"], _norm(q["text"])): q["speaker"] for q in gold["quotes"]}
    assert set(found) == set(expected)  # precision and recall 1.0
    wrong = [k for k, name in expected.items() if not _same(found[k], name, gold)]
    assert not wrong  # speaker accuracy 1.0


def test_reported_statements_mostly_found(corpus):
    gold, result = corpus
    ind = result.statements[result.statements.kind == "indirect"]
    ok = 0
    for g in gold["indirect_statements"]:
        rows = ind[(ind.article_id == g["doc"]) & ind.text.map(lambda t, g=g: _overlap(g["text"], t) >= 0.6)]
        ok += any(_same(s, g["speaker"], gold) for s in rows.speaker)
    assert ok >= len(gold["indirect_statements"]) - 1


def test_speakers_are_exactly_the_gold_people(corpus):
    gold, result = corpus
    names = list(result.speakers.name)
    assert sorted(names) == sorted(gold["speakers"])
