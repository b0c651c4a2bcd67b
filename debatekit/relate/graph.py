"""The debate graph: one ``networkx.MultiDiGraph`` of speakers, statements, articles, topics, propositions.

Attribute conventions (the one place they are written down)
------------------------------------------------------------
Node ids are ``"<kind>:<table id>"`` so that ids of different tables never collide:
``speaker:rahmat-siregar``, ``statement:a1:d319``, ``article:a1``, ``topic:t0``,
``proposition:user:0``. Every node has

``kind``
    "speaker" | "statement" | "article" | "topic" | "proposition"
``label``
    short human text (name, first words of the statement, title, topic label, proposition text)

and the id of its table row, under that table's column name, so a node leads back to the text:

- speaker: ``speaker_id``, ``name``, ``aliases`` (list), ``roles`` (list), ``n_statements``
- statement: ``statement_id``, ``article_id``, ``speaker_id``, ``statement_kind`` ("direct"/"indirect"),
  ``text``, ``char_start``/``char_end`` (offsets into ``articles.text``; not "start"/"end", which GEXF
  reserves for time), ``cue``, ``topic_id``, ``group_id``
- article: ``article_id``, ``outlet``, ``title``, ``published``, ``language``
- topic: ``topic_id``, ``top_words`` (list), ``n_statements``, ``source``
- proposition: ``proposition_id``, ``text``, ``source`` ("user"/"rebuttal"), ``statement_id`` and
  ``rebuttal_id`` of the claim it came from

Edges have a ``relation`` (also the edge key, so one pair has at most one edge per relation):

``says``      speaker -> statement (``statement_id``, ``article_id``, ``cue``)
``reports``   article -> statement (``article_id``, ``statement_id``, ``char_start``, ``char_end``)
``same_as``   statement -> statement, cross-outlet versions (``match_id``, ``match_relation``, ``score``)
``rebuts`` / ``supports`` / ``answers``
    statement -> statement (``rebuttal_id``, ``article_id``, ``cue``, ``evidence_text``: the rebuttal's evidence
    items, see ``schema.EVIDENCE_KEYS``), and aggregated
    speaker -> speaker (``count``, ``evidence``: list of rebuttal ids, ``statement_ids``: list of
    "source>target" statement-id pairs, ``article_ids``); statement -> proposition and speaker ->
    proposition carry a stance: ``supports`` is "for", ``rebuts`` is "against" (``stance``, ``score``,
    ``proposition_id``; speaker edges add ``evidence``: statement ids)
``about``     statement -> topic (``topic_id``); speaker -> proposition for a neutral stance

Every edge also has ``level``: "statement" or "speaker". Missing values are simply absent (no None),
so the graph writes to GraphML and GEXF; list attributes are serialised there by
:mod:`debatekit.relate.export`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd

from debatekit.cells import records
from debatekit.collector import collector_paused
from debatekit.relate.propositions import Proposition

LABEL_CHARS = 60


# Attributes whose values are lists (serialised as JSON strings in GraphML and GEXF).
def as_list(value: Any) -> list:
    """A list-valued cell as a list: lists and tuples, and the numpy arrays Parquet gives back."""
    if isinstance(value, (list, tuple, np.ndarray)):
        return list(value)
    return []


LIST_ATTRIBUTES = (
    "aliases",
    "roles",
    "top_words",
    "evidence",
    "statement_ids",
    "article_ids",
    "evidence_text",
)


def node_id(kind: str, table_id: Any) -> str:
    """The graph node id of a table row: ``"<kind>:<id>"``."""
    return f"{kind}:{table_id}"


_PLAIN = frozenset({str, int, bool})


def _clean(attrs: dict[str, Any]) -> dict[str, Any]:
    """Drop missing values; turn numpy scalars and arrays into plain Python."""
    out = {}
    for k, v in attrs.items():
        t = type(v)
        if t in _PLAIN:  # most cells: nothing to convert or drop, no pd.isna call
            out[k] = v
            continue
        if v is None:
            continue
        if t is float:  # a missing text cell is NaN; any other float is kept as it is
            if v == v:
                out[k] = v
            continue
        if hasattr(v, "tolist") and not isinstance(v, (str, bytes)):
            v = v.tolist()
        if isinstance(v, tuple):
            v = list(v)
        if v is None or (isinstance(v, float) and v != v):
            continue
        try:
            if not isinstance(v, (list, dict)) and pd.isna(v):
                continue
        except (TypeError, ValueError):
            pass
        out[k] = v
    return out


def _float(value: Any) -> float | None:
    """A number as float (GraphML wants one type per attribute), else None."""
    try:
        out = float(value)
    except (TypeError, ValueError):
        return None
    return None if out != out else out


def _short(text: Any) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def _records(df: pd.DataFrame | None, columns: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Rows as dicts; only ``columns`` (those present) when given: records of a wide table are slow."""
    if df is None or df.empty:
        return []
    if columns is not None:
        df = df[[c for c in columns if c in df.columns]]
    return records(df)


ARTICLE_FIELDS = ("article_id", "title", "outlet", "published", "language")
STATEMENT_FIELDS = (
    "statement_id",
    "article_id",
    "speaker_id",
    "kind",
    "text",
    "start",
    "end",
    "cue",
    "topic_id",
    "group_id",
)


def _node(g: nx.MultiDiGraph, kind: str, table_id: Any, label: Any, **attrs: Any) -> str:
    """Add a node of ``kind`` with its label and table attributes (missing values dropped)."""
    n = node_id(kind, table_id)
    g.add_node(n, **_clean({"kind": kind, "label": label, **attrs}))
    return n


def _edge(g: nx.MultiDiGraph, u: str, v: str, relation: str, level: str, **attrs: Any) -> None:
    """Add the ``relation`` edge (also its key) at ``level`` with its attributes (missing values dropped)."""
    g.add_edge(u, v, key=relation, **_clean({"relation": relation, "level": level, **attrs}))


@collector_paused()  # see debatekit.collector: a node and an edge dict per row, none in a cycle
def build_graph(
    *,
    articles: pd.DataFrame,
    statements: pd.DataFrame,
    speakers: pd.DataFrame,
    matches: pd.DataFrame | None = None,
    topics: pd.DataFrame | None = None,
    rebuttals: pd.DataFrame | None = None,
    stances: pd.DataFrame | None = None,
    propositions: Sequence[Proposition] = (),
    votes: Iterable[dict[str, Any]] = (),
) -> nx.MultiDiGraph:
    """Build the debate graph from the tables (see module docstring for the attributes).

    Parameters
    ----------
    articles, statements, speakers, matches, topics, rebuttals, stances : DataFrame
        Tables as in :mod:`debatekit.schema` (statements with ``topic_id`` filled).
    propositions : sequence of Proposition
    votes : iterable of dict
        Statement-level stance votes (``statement_id, proposition_id, stance, score``).

    Returns
    -------
    networkx.MultiDiGraph
    """
    g = nx.MultiDiGraph()
    for art_row in sorted(_records(articles, ARTICLE_FIELDS), key=lambda r: str(r["article_id"])):
        _node(
            g,
            "article",
            art_row["article_id"],
            _short(art_row.get("title") or art_row["article_id"]),
            article_id=str(art_row["article_id"]),
            outlet=art_row.get("outlet"),
            title=art_row.get("title"),
            published=art_row.get("published"),
            language=art_row.get("language"),
        )
    for s in sorted(_records(speakers), key=lambda r: str(r["speaker_id"])):
        _node(
            g,
            "speaker",
            s["speaker_id"],
            s.get("name") or s["speaker_id"],
            speaker_id=s["speaker_id"],
            name=s.get("name"),
            aliases=as_list(s.get("aliases")),
            roles=as_list(s.get("roles")),
            n_statements=s.get("n_statements"),
        )
    for t in _records(topics):
        _node(
            g,
            "topic",
            t["topic_id"],
            t.get("label"),
            topic_id=t["topic_id"],
            top_words=list(t.get("top_words") or []),
            n_statements=t.get("n_statements"),
            source=t.get("source"),
        )
    for p in propositions:
        _node(
            g,
            "proposition",
            p.proposition_id,
            _short(p.text),
            proposition_id=p.proposition_id,
            text=p.text,
            source=p.source,
            statement_id=p.statement_id,
            rebuttal_id=p.rebuttal_id,
        )
    stmts = sorted(
        _records(statements, STATEMENT_FIELDS),
        key=lambda r: (str(r["article_id"]), int(r["start"]), r["statement_id"]),
    )
    for s in stmts:
        sid, aid, spk_id, topic_id = (
            s["statement_id"],
            str(s["article_id"]),
            s.get("speaker_id"),
            s.get("topic_id"),
        )
        n = _node(
            g,
            "statement",
            sid,
            _short(s.get("text")),
            statement_id=sid,
            article_id=aid,
            speaker_id=spk_id,
            statement_kind=s.get("kind"),
            text=s.get("text"),
            char_start=s.get("start"),
            char_end=s.get("end"),
            cue=s.get("cue"),
            topic_id=topic_id,
            group_id=s.get("group_id"),
        )
        art = node_id("article", s["article_id"])
        if art in g:
            _edge(
                g,
                art,
                n,
                "reports",
                "statement",
                article_id=aid,
                statement_id=sid,
                char_start=int(s["start"]),
                char_end=int(s["end"]),
            )
        spk = node_id("speaker", spk_id)
        if isinstance(spk_id, str) and spk in g:
            _edge(g, spk, n, "says", "statement", statement_id=sid, article_id=aid, cue=s.get("cue"))
        top = node_id("topic", topic_id)
        if isinstance(topic_id, str) and top in g:
            _edge(g, n, top, "about", "statement", topic_id=topic_id)
    for m in _records(matches):
        a, b = node_id("statement", m["statement_id_a"]), node_id("statement", m["statement_id_b"])
        if a in g and b in g:
            _edge(
                g,
                a,
                b,
                "same_as",
                "statement",
                match_id=m.get("match_id"),
                match_relation=m.get("relation"),
                score=_float(m.get("score")),
            )
    _add_rebuttals(g, _records(rebuttals))
    _add_stances(g, _records(stances), propositions, votes)
    return g


def _add_rebuttals(g: nx.MultiDiGraph, rows: list[dict[str, Any]]) -> None:
    pairs: dict[tuple[str, str, str], dict[str, Any]] = {}
    for r in rows:
        rel = r["relation"]
        src, tgt = r.get("source_statement_id"), r.get("target_statement_id")
        a, b = node_id("statement", src), node_id("statement", tgt)
        if isinstance(src, str) and isinstance(tgt, str) and a in g and b in g:
            _edge(
                g,
                a,
                b,
                rel,
                "statement",
                rebuttal_id=r["rebuttal_id"],
                article_id=str(r["article_id"]),
                cue=r.get("cue"),
                evidence_text=r.get("evidence"),
            )
        entry = pairs.setdefault(
            (r["source_speaker_id"], r["target_speaker_id"], rel),
            {"count": 0, "evidence": [], "statement_ids": [], "article_ids": []},
        )
        entry["count"] += 1
        entry["evidence"].append(r["rebuttal_id"])
        if isinstance(src, str) and isinstance(tgt, str):
            entry["statement_ids"].append(f"{src}>{tgt}")
        if str(r["article_id"]) not in entry["article_ids"]:
            entry["article_ids"].append(str(r["article_id"]))
    for (s, t, rel), entry in sorted(pairs.items()):
        a, b = node_id("speaker", s), node_id("speaker", t)
        if a in g and b in g:
            _edge(g, a, b, rel, "speaker", **entry)


_STANCE_RELATION = {"for": "supports", "against": "rebuts", "neutral": "about"}


def _add_stances(
    g: nx.MultiDiGraph,
    rows: list[dict[str, Any]],
    propositions: Sequence[Proposition],
    votes: Iterable[dict[str, Any]],
) -> None:
    by_text = {p.text: p.proposition_id for p in propositions}
    for v in votes:
        a, b = node_id("statement", v["statement_id"]), node_id("proposition", v["proposition_id"])
        if a in g and b in g:
            _edge(
                g,
                a,
                b,
                _STANCE_RELATION[v["stance"]],
                "statement",
                stance=v["stance"],
                score=float(v["score"]),
                proposition_id=v["proposition_id"],
            )
    for r in rows:
        target = r.get("target")
        pid = by_text.get(target) if isinstance(target, str) else None
        a, b = node_id("speaker", r["speaker_id"]), node_id("proposition", pid)
        if pid is None or a not in g or b not in g:
            continue
        ev = r.get("evidence")
        _edge(
            g,
            a,
            b,
            _STANCE_RELATION.get(r["stance"], "about"),
            "speaker",
            stance=r["stance"],
            score=float(r["score"]),
            proposition_id=pid,
            evidence=as_list(ev),
        )
