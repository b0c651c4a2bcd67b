"""The debate tables inside an :class:`~debatekit.analysis.Analysis`: spoken statements beside the news
ones, participants merged into ``speakers`` (same id, aliases and roles joined), debate edges appended to
``rebuttals`` and drawn in the graph with the :mod:`debatekit.relate.graph` conventions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import networkx as nx
import pandas as pd

from debatekit import schema
from debatekit.debate import DebateTables, analyze_debate
from debatekit.relate.graph import LABEL_CHARS, node_id


def debate_of(
    result: Any, *, language: str | None = None, names: Mapping[str, Any] | None = None
) -> DebateTables | None:
    """The debate analysis of ``result.turns`` (news speakers give names), or None without turns."""
    if result.turns is None or not len(result.turns):
        return None
    return analyze_debate(result.turns, speakers=result.speakers, language=language, names=names)


def _merge_speakers(news: pd.DataFrame, debate: pd.DataFrame) -> pd.DataFrame:
    if news.empty:
        return debate.copy()
    rows = news.to_dict("records")
    index = {r["speaker_id"]: r for r in rows}
    for d in debate.to_dict("records"):
        r = index.get(d["speaker_id"])
        if r is None:
            rows.append(d)
            continue
        r["aliases"] = sorted(set(r.get("aliases") or []) | set(d["aliases"]))
        r["roles"] = sorted(set(r.get("roles") or []) | set(d["roles"]))
        r["n_statements"] = int(r.get("n_statements") or 0) + int(d["n_statements"])
    return schema.frame(schema.SPEAKER_COLUMNS, rows)


def _short(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def add_to_graph(g: nx.MultiDiGraph, debate: DebateTables) -> None:
    """Speaker and spoken-statement nodes, ``says`` edges, statement edges and their speaker aggregates."""
    for r in debate.speakers.to_dict("records"):
        n = node_id("speaker", r["speaker_id"])
        if n not in g:
            g.add_node(
                n,
                kind="speaker",
                label=r["name"],
                speaker_id=r["speaker_id"],
                name=r["name"],
                aliases=list(r["aliases"]),
                roles=list(r["roles"]),
                n_statements=int(r["n_statements"]),
            )
    for r in debate.statements.to_dict("records"):
        n = node_id("statement", r["statement_id"])
        attrs = {
            "kind": "statement",
            "label": _short(r["text"]),
            "statement_id": r["statement_id"],
            "statement_kind": "spoken",
            "text": r["text"],
            "turn_id": r["turn_id"],
            "char_start": int(r["start"]),
            "char_end": int(r["end"]),
            "is_question": bool(r["is_question"]),
        }
        if isinstance(r["speaker_id"], str):
            attrs["speaker_id"] = r["speaker_id"]
            g.add_node(n, **attrs)
            g.add_edge(
                node_id("speaker", r["speaker_id"]),
                n,
                key="says",
                relation="says",
                level="statement",
                statement_id=r["statement_id"],
            )
        else:
            g.add_node(n, **attrs)
    pairs: dict[tuple[str, str, str], dict] = {}
    for r in debate.rebuttals.to_dict("records"):
        rel = r["relation"]
        g.add_edge(
            node_id("statement", r["source_statement_id"]),
            node_id("statement", r["target_statement_id"]),
            key=rel,
            relation=rel,
            level="statement",
            rebuttal_id=r["rebuttal_id"],
            cue=r["cue"],
            evidence_text=r["evidence"],
        )
        if not (isinstance(r["source_speaker_id"], str) and isinstance(r["target_speaker_id"], str)):
            continue
        entry = pairs.setdefault(
            (r["source_speaker_id"], r["target_speaker_id"], rel),
            {"count": 0, "evidence": [], "statement_ids": []},
        )
        entry["count"] += 1
        entry["evidence"].append(r["rebuttal_id"])
        entry["statement_ids"].append(f"{r['source_statement_id']}>{r['target_statement_id']}")
    for (s, t, rel), entry in sorted(pairs.items()):
        a, b = node_id("speaker", s), node_id("speaker", t)
        if g.has_edge(a, b, key=rel):  # news already links the pair: add the debate's evidence to it
            old = g.edges[a, b, rel]
            old["count"] = int(old.get("count", 0)) + entry["count"]
            old["evidence"] = list(old.get("evidence", [])) + entry["evidence"]
            old["statement_ids"] = list(old.get("statement_ids", [])) + entry["statement_ids"]
        else:
            g.add_edge(a, b, key=rel, relation=rel, level="speaker", **entry)


def add_debate(result: Any, debate: DebateTables | None) -> Any:
    """``result`` with the debate's turns, statements, speakers, rebuttals, participation and graph."""
    if debate is None:
        return result
    result.turns = debate.turns
    parts = [t for t in (result.statements, debate.statements) if len(t)]
    result.statements = (
        pd.concat(parts, ignore_index=True) if len(parts) > 1 else (parts[0] if parts else result.statements)
    )
    result.speakers = _merge_speakers(result.speakers, debate.speakers)
    parts = [t for t in (result.rebuttals, debate.rebuttals) if len(t)]
    result.rebuttals = (
        pd.concat(parts, ignore_index=True) if len(parts) > 1 else (parts[0] if parts else result.rebuttals)
    )
    result.participation = debate.participation
    add_to_graph(result.graph, debate)
    return result
