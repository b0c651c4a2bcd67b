"""The relate stage on the bundled examples (real pipeline): planted rebuttals and stances, exports."""

from __future__ import annotations

import json
import re
from collections import Counter

import networkx as nx
import pandas as pd
import pytest

from debatekit.relate import export

CORPORA = ("debate_id", "debate_en")


def _tokens(s: str) -> list[str]:
    return re.sub(r"[\W_]+", " ", str(s).lower()).split()


def _overlap(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    common = sum((Counter(ta) & Counter(tb)).values())
    return 0.0 if not common else 2 * common / (len(ta) + len(tb))


def _strip(prop: str) -> str:
    return re.sub(r"\s*\(.*\)$", "", prop)  # the gold adds an English gloss in brackets


@pytest.fixture(scope="module", params=CORPORA)
def example(request):
    from conftest import EXAMPLES

    import debatekit as dk

    base = EXAMPLES / request.param
    if not (base / "gold.json").is_file():
        pytest.skip(f"{base} has no gold.json")
    gold = json.loads((base / "gold.json").read_text(encoding="utf-8"))
    rows = [
        {"article_id": k, "text": (base / "articles" / d["file"]).read_text(encoding="utf-8")}
        for k, d in gold["documents"].items()
    ]
    props = sorted({_strip(s["proposition"]) for s in gold.get("stances", [])})
    return gold, dk.analyze(pd.DataFrame(rows), propositions=props)


def _gold_id(res, gold, statement_id):
    """The gold statement a predicted statement is (token-overlap F1 >= 0.5, same article)."""
    row = res.statements.set_index("statement_id").loc[statement_id]
    items = [q for q in gold["quotes"] + gold["indirect_statements"] if q["doc"] == row.article_id]
    best = max(items, key=lambda q: _overlap(row.text, q["text"]))
    return best["id"] if _overlap(row.text, best["text"]) >= 0.5 else None


def _speaker(res, speaker_id):
    return res.speakers.set_index("speaker_id")["name"].get(speaker_id)


def test_every_planted_rebuttal_and_none_invented(example):
    gold, res = example
    found = sorted(
        (
            r["article_id"],
            _speaker(res, r["source_speaker_id"]),
            _speaker(res, r["target_speaker_id"]),
            r["relation"],
            _gold_id(res, gold, r["source_statement_id"]),
            _gold_id(res, gold, r["target_statement_id"]),
        )
        for r in res.rebuttals.to_dict("records")
    )
    planted = sorted(
        (g["doc"], g["source"], g["target"], g["relation"], g["source_statement"], g["target_statement"])
        for g in gold["rebuttals"]
    )
    assert found == planted


def test_planted_stances(example):
    """Every planted stance on the gold propositions, and no other speaker taking a side on them."""
    gold, res = example
    st = res.stances
    for g in gold["stances"]:
        rows = st[(st.target == _strip(g["proposition"])) & (st.speaker == g["speaker"])]
        assert rows.stance.tolist() == [g["stance"]], g
        evidence = {_gold_id(res, gold, e) for e in rows.iloc[0].evidence}
        assert len(evidence & set(g["evidence"])) >= min(2, len(g["evidence"])), (g, evidence)
    sided = {(g["speaker"], _strip(g["proposition"])) for g in gold["stances"]}
    props = {p for _, p in sided}
    invented = [
        (r.speaker, r.target, r.stance)
        for r in st.itertuples()
        if r.target in props and r.stance != "neutral" and (r.speaker, r.target) not in sided
    ]
    assert invented == []


def test_example_graph_reopens_from_every_export(example, tmp_path):
    _, res = example
    g = res.graph
    for write, read, name in (
        (export.to_graphml, export.from_graphml, "g.graphml"),
        (export.to_node_link_json, export.from_node_link_json, "g.json"),
        (export.to_gexf, export.from_gexf, "g.gexf"),
    ):
        back = read(write(g, tmp_path / name))
        assert isinstance(back, nx.MultiDiGraph)
        assert sorted(back.nodes) == sorted(g.nodes) and sorted(back.edges(keys=True)) == sorted(
            g.edges(keys=True)
        )
    back = export.from_aif_json(export.to_aif_json(g, tmp_path / "g.aif.json"))
    view = export.argument_view(g)
    assert sorted(back.edges(keys=True)) == sorted(view.edges(keys=True))
