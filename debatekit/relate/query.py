"""Notebook queries on the debate graph: who a speaker rebuts, what two speakers said to each other, a topic.

Each takes the graph (``result.graph``) or an :class:`~debatekit.analysis.Analysis` and a speaker given by
id ("rahmat-siregar"), node id ("speaker:rahmat-siregar"), name or alias (case-insensitive).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import networkx as nx
import pandas as pd

LINK_RELATIONS = ("rebuts", "supports", "answers")
EXCHANGE_COLUMNS = (
    "relation",
    "source_speaker_id",
    "target_speaker_id",
    "source_statement_id",
    "target_statement_id",
    "article_id",
    "cue",
    "source_text",
    "target_text",
)


def _graph(obj: Any) -> nx.MultiDiGraph:
    g = obj if isinstance(obj, nx.MultiDiGraph) else getattr(obj, "graph", None)
    if not isinstance(g, nx.MultiDiGraph):
        raise TypeError(f"expected a networkx.MultiDiGraph or an Analysis, got {type(obj).__name__}")
    return g


def _lookup(g: nx.MultiDiGraph, kind: str, key: str, fits: Callable[[dict], bool]) -> str:
    """Node id of a ``kind`` node given by table id or node id, else the first (sorted) that ``fits``."""
    for cand in (key, f"{kind}:{key}"):
        if g.nodes.get(cand, {}).get("kind") == kind:
            return cand
    for n, d in sorted(g.nodes(data=True)):
        if d.get("kind") == kind and fits(d):
            return n
    raise KeyError(f"no {kind} {key!r} in the graph")


def find_speaker(graph: Any, speaker: str) -> str:
    """Node id of a speaker given by id, node id, name or alias; ``KeyError`` when nobody matches."""
    low = str(speaker).strip().lower()

    def named(d: dict) -> bool:
        names = [d.get("name", "")] + list(d.get("aliases") or [])
        return any(isinstance(x, str) and x.lower() == low for x in names)

    return _lookup(_graph(graph), "speaker", speaker, named)


def _links(g: nx.MultiDiGraph, relations: tuple[str, ...]) -> list[dict[str, Any]]:
    rows = []
    for u, v, d in g.edges(data=True):
        if d.get("level") != "statement" or d.get("relation") not in relations:
            continue
        su, sv = g.nodes[u], g.nodes[v]
        if su.get("kind") != "statement" or sv.get("kind") != "statement":
            continue
        rows.append(
            {
                "relation": d["relation"],
                "source_speaker_id": su.get("speaker_id"),
                "target_speaker_id": sv.get("speaker_id"),
                "source_statement_id": su.get("statement_id"),
                "target_statement_id": sv.get("statement_id"),
                "article_id": d.get("article_id"),
                "cue": d.get("cue"),
                "source_text": su.get("text"),
                "target_text": sv.get("text"),
            }
        )
    rows.sort(key=lambda r: (str(r["article_id"]), str(r["source_statement_id"]), r["relation"]))
    return rows


def rebuttals_of(graph: Any, speaker: str, direction: str = "by") -> pd.DataFrame:
    """Statement-level rebuttals made by a speaker (``direction="by"``), aimed at them ("against"), or both.

    Returns
    -------
    DataFrame
        Columns :data:`EXCHANGE_COLUMNS`.
    """
    if direction not in ("by", "against", "both"):
        raise ValueError("direction must be 'by', 'against' or 'both'")
    g = _graph(graph)
    sid = g.nodes[find_speaker(g, speaker)]["speaker_id"]
    rows = [
        r
        for r in _links(g, ("rebuts",))
        if (direction in ("by", "both") and r["source_speaker_id"] == sid)
        or (direction in ("against", "both") and r["target_speaker_id"] == sid)
    ]
    return pd.DataFrame(rows, columns=list(EXCHANGE_COLUMNS))


def exchange(graph: Any, a: str, b: str) -> pd.DataFrame:
    """Every rebuttal, support and answer between speakers ``a`` and ``b``, in either direction.

    Returns
    -------
    DataFrame
        Columns :data:`EXCHANGE_COLUMNS`, ordered by article and statement.
    """
    g = _graph(graph)
    ids = {g.nodes[find_speaker(g, a)]["speaker_id"], g.nodes[find_speaker(g, b)]["speaker_id"]}
    rows = [r for r in _links(g, LINK_RELATIONS) if {r["source_speaker_id"], r["target_speaker_id"]} == ids]
    return pd.DataFrame(rows, columns=list(EXCHANGE_COLUMNS))


def topic_subgraph(graph: Any, topic: str) -> nx.MultiDiGraph:
    """The topic node, its statements, their speakers and articles, and every edge among them (a copy).

    ``topic`` is a topic id ("t0"), node id ("topic:t0") or label.
    """
    g = _graph(graph)
    node = _lookup(g, "topic", topic, lambda d: d.get("label") == topic)
    stmts = [u for u, _, d in g.in_edges(node, data=True) if d.get("relation") == "about"]
    keep = {node, *stmts}
    for s in stmts:
        keep.update(u for u, _, d in g.in_edges(s, data=True) if d.get("relation") in ("says", "reports"))
    return g.subgraph(sorted(keep)).copy()
