"""Turn an Analysis into plain dicts and lists the HTML template renders (no markup built here).

Every piece of text reaches the template as data, so jinja2's autoescaping covers all of it; the
template decides how an ``insert`` or a highlighted span looks.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd

from debatekit.cells import as_list, is_missing, records, text_or

if TYPE_CHECKING:  # pragma: no cover
    from debatekit.analysis import Analysis

# Caps that keep a 500-article report readable; every cap shows a note with the hidden count.
MAX_EVENTS = 40
MAX_COLUMNS = 6
MAX_ROWS_PER_EVENT = 25
MAX_SINGLES_PER_EVENT = 30
MAX_SPEAKERS = 200
MAX_SAID = 20
MAX_STANCES = 300
MAX_DISCREPANCIES = 300
MAX_REBUTTALS = 200
MAX_ARTICLES = 600


class Index:
    """Lookups shared by every section: anchors, outlets, statement rows, speaker names."""

    def __init__(self, analysis: Analysis) -> None:
        arts = analysis.articles
        self.article_anchor = {aid: f"art-{i}" for i, aid in enumerate(arts["article_id"])}
        self.article_row = {aid: row for aid, row in zip(arts["article_id"], records(arts), strict=True)}
        self.article_pos = {aid: i for i, aid in enumerate(arts["article_id"])}
        st = analysis.statements
        st = st[st["article_id"].isin(self.article_anchor)]  # a statement must link to its article
        self.statement_anchor = {sid: f"st-{i}" for i, sid in enumerate(st["statement_id"])}
        self.statement_row = {sid: row for sid, row in zip(st["statement_id"], records(st), strict=True)}
        self.statement_pos = {sid: i for i, sid in enumerate(st["statement_id"])}
        tu = analysis.turns
        self.turn_row = {tid: row for tid, row in zip(tu["turn_id"], records(tu), strict=True)}
        sp = analysis.speakers
        self.speaker_name = {
            sid: text_or(n, sid) for sid, n in zip(sp["speaker_id"], sp["name"], strict=True)
        }

    def outlet(self, article_id: Any) -> str:
        row = self.article_row.get(article_id)
        return text_or(row.get("outlet"), "unknown outlet") if row else "unknown outlet"

    def article_link(self, article_id: Any) -> dict[str, str]:
        row = self.article_row.get(article_id) or {}
        return {
            "href": "#" + self.article_anchor.get(article_id, ""),
            "label": self.outlet(article_id),
            "title": text_or(row.get("title"), str(article_id)),
        }

    def statement_link(self, statement_id: Any) -> dict[str, str]:
        row = self.statement_row.get(statement_id) or {}
        text = text_or(row.get("text"))
        return {
            "href": "#" + self.statement_anchor.get(statement_id, ""),
            "label": self.speaker_of(row) + ": " + (text[:90] + "…" if len(text) > 90 else text),
            "outlet": self.outlet(row.get("article_id")),
        }

    def speaker_of(self, statement: dict[str, Any]) -> str:
        name = text_or(statement.get("speaker"))
        if name:
            return name
        return self.speaker_name.get(statement.get("speaker_id"), "unattributed")


# --------------------------------------------------------------------------- diffs


def _printed(step: dict[str, Any], side: str, text: str | None) -> str | None:
    """The step's stretch of one printed text (``text[side_start:side_end]``), None when not stored."""
    if text is None:
        return None
    try:
        lo, hi = int(step[f"{side}_start"]), int(step[f"{side}_end"])
    except (KeyError, TypeError, ValueError):  # not stored, None or NaN (hand-made or old tables)
        return None
    return text[lo:hi] if 0 <= lo <= hi <= len(text) else None


def diff_segments(
    diff: Any, reverse: bool = False, text_a: str | None = None, text_b: str | None = None
) -> list[dict[str, str]]:
    """Segments ``{"op": "equal|ins|del", "text"}`` showing how version b differs from version a.

    The stored diff (``matches.diff``) is shown as is: each step as its stretch of the printed texts
    (``text_a``, ``text_b``: the texts of statement_id_a and statement_id_b), punctuation and spacing
    included; a step without stretches shows its words, one space apart. ``reverse=True`` shows version
    a against b instead (the match was stored the other way round). Joined, the segments read as the
    shown version's text with the other's missing words inserted.

    Examples
    --------
    >>> diff = [{"op": "equal", "a": "we", "b": "we", "a_start": 0, "a_end": 3, "b_start": 0, "b_end": 3},
    ...         {"op": "delete", "a": "will", "b": "", "a_start": 3, "a_end": 9, "b_start": 3, "b_end": 3},
    ...         {"op": "equal", "a": "go", "b": "go", "a_start": 9, "a_end": 12, "b_start": 3, "b_end": 6}]
    >>> "".join(f"[{s['text']}]" if s["op"] == "del" else s["text"]
    ...         for s in diff_segments(diff, text_a="We will, go.", text_b="We go!"))
    'We [will,] go!'
    """
    segments: list[dict[str, str]] = []

    def add(op: str, text: str) -> None:
        if op == "equal" or not text.strip():
            segments.append({"op": "equal", "text": text})
            return
        core = text.rstrip()  # the space after a changed word is not part of the change
        segments.append({"op": op, "text": core})
        segments.append({"op": "equal", "text": text[len(core) :]})

    steps = [step for step in as_list(diff) if isinstance(step, dict)]
    for step in steps:
        op = str(step.get("op", "equal"))
        old = _printed(step, "a", text_a)
        new = _printed(step, "b", text_b)
        if old is None or new is None:  # no stretches: the words, space-separated
            old, new = text_or(step.get("a")), text_or(step.get("b"))
            old, new = (old + " " if old else ""), (new + " " if new else "")
            if op == "equal":
                old = new = new or old
        if reverse:
            old, new = new, old
            op = {"insert": "delete", "delete": "insert"}.get(op, op)
        if op == "equal":
            add("equal", new)  # as the shown version printed it (empty: a contraction said it before)
        elif op == "insert":
            add("ins", new)
        elif op == "delete":
            add("del", old)
        else:  # replace: the missing words, then the shown version's
            add("del", old.rstrip() + " " if old.strip() else "")
            add("ins", new)
    merged: list[dict[str, str]] = []
    for seg in segments:
        if not seg["text"]:
            continue
        if merged and "equal" in (merged[-1]["op"], seg["op"]) and merged[-1]["op"] != seg["op"]:
            if merged[-1]["text"][-1].isalnum() and seg["text"][0].isalnum():
                # a stretch of one text beside one of the other, where neither had a space ("safe" at the
                # end of one, "like ..." deleted from the other)
                merged.append({"op": "equal", "text": " "})
        if merged and merged[-1]["op"] == seg["op"] == "equal":
            merged[-1] = {"op": "equal", "text": merged[-1]["text"] + seg["text"]}
        else:
            merged.append(seg)
    if merged and merged[-1]["op"] == "equal":
        merged[-1] = {"op": "equal", "text": merged[-1]["text"].rstrip()}  # the words' trailing space
    return [s for s in merged if s["text"]]


# --------------------------------------------------------------------------- events


def statement_groups(analysis: Analysis, known: set | None = None) -> list[list[str]]:
    """Versions of one utterance across articles (the ``statement_groups`` table), each a list of
    statement ids in statements order.

    ``known`` limits the groups to those statement ids (default: every statement).
    """
    known = set(analysis.statements["statement_id"]) if known is None else known
    groups: list[list[str]] = []
    for ids in analysis.statement_groups["statement_ids"]:
        members = [s for s in as_list(ids) if s in known]
        if len(members) >= 2:
            groups.append(members)
    pos = {sid: i for i, sid in enumerate(analysis.statements["statement_id"])}
    groups = [sorted(set(g), key=pos.__getitem__) for g in groups]
    return sorted(groups, key=lambda g: pos[g[0]])


def _match_lookup(analysis: Analysis, known: set) -> dict[tuple[str, str], dict[str, Any]]:
    lookup = {}
    for row in records(analysis.matches):
        if row["statement_id_a"] in known and row["statement_id_b"] in known:
            lookup[(row["statement_id_a"], row["statement_id_b"])] = row
    return lookup


def _version(idx: Index, sid: str, ref: str, matches: dict, partners: dict[str, list[str]]) -> dict[str, Any]:
    row = idx.statement_row[sid]
    version: dict[str, Any] = {
        "href": "#" + idx.statement_anchor[sid],
        "speaker": idx.speaker_of(row),
        "kind": text_or(row.get("kind")),
        "text": text_or(row.get("text")),
        "segments": None,
        "relation": None,
        "score": None,
        "against": None,
        "transcript_relation": text_or(row.get("transcript_relation")) or None,
    }
    if sid == ref:
        return version
    # Prefer the pair with the reference; else any pair this statement is in.
    candidates = [ref] + partners.get(sid, [])
    for other in candidates:
        if (other, sid) in matches:
            m, rev = matches[(other, sid)], False
        elif (sid, other) in matches:
            m, rev = matches[(sid, other)], True
        else:
            continue
        other_text = text_or(idx.statement_row[other].get("text"))
        texts = (version["text"], other_text) if rev else (other_text, version["text"])
        version.update(
            segments=diff_segments(m.get("diff"), reverse=rev, text_a=texts[0], text_b=texts[1]),
            relation=text_or(m.get("relation")) or None,
            score=None if is_missing(m.get("score")) else round(float(m["score"])),
            against=idx.outlet(idx.statement_row[other].get("article_id")) if other != ref else None,
        )
        return version
    return version  # no stored match with a version on screen: shown as printed, without a diff


def _date(row: dict[str, Any]) -> str:
    return text_or(row.get("published"))[:10]


def _event_rows(
    idx: Index,
    groups: list[list[str]],
    group_articles: list[list[str]],
    columns: list[str],
    matches: dict,
    partners: dict[str, list[str]],
) -> list[dict[str, Any]]:
    shown = set(columns)
    rows = []
    for g, g_arts in zip(groups, group_articles, strict=True):
        if not shown.intersection(g_arts):
            continue
        ref = next(s for s in g if idx.statement_row[s]["article_id"] in shown)  # first version on screen
        cells = [
            [_version(idx, s, ref, matches, partners) for s in g if idx.statement_row[s]["article_id"] == aid]
            for aid in columns
        ]
        relations = Counter(v["relation"] for cell in cells for v in cell if v["relation"])
        turn_ids = [t for sid in g for t in text_or(idx.statement_row[sid].get("turn_id")).split(";") if t]
        rows.append(
            {
                "speaker": idx.speaker_of(idx.statement_row[ref]),
                "cells": cells,
                "transcript": [
                    {
                        "speaker": text_or(idx.turn_row[t].get("speaker")),
                        "text": text_or(idx.turn_row[t].get("text")),
                    }
                    for t in dict.fromkeys(turn_ids)
                    if t in idx.turn_row
                ],
                "relations": ", ".join(f"{k} ×{c}" if c > 1 else k for k, c in sorted(relations.items())),
            }
        )
    return rows


def events_table(analysis: Analysis) -> pd.DataFrame:
    """The analysis's ``events`` table; for an analysis built without the events stage (by hand), the
    events that stage would give (:func:`debatekit.align.events.attach_events`, as the checks do).
    ``analysis`` is not changed."""
    events = analysis.events
    if len(events) or not len(analysis.articles):
        return events
    from debatekit.align.events import attach_events

    tables = (analysis.articles, analysis.statements, analysis.matches, analysis.statement_groups)
    return attach_events(*tables)[0]


def _event_day(value: Any) -> tuple[int, str]:
    # full dates first in calendar order, then year-less ("--MM-DD") ones, undated last
    day = text_or(value)
    return (2 if not day else 1 if day.startswith("--") else 0, day)


def build_events(analysis: Analysis, idx: Index) -> dict[str, Any]:
    """Events (the ``events`` table: the articles that report one occasion), outlets side by side.

    Each row is one statement group as each article printed it. Articles alone in their event are
    listed apart, by publication day, so a large corpus of unrelated articles does not bury the events.
    """
    groups = statement_groups(analysis, set(idx.statement_row))
    group_articles = [list(dict.fromkeys(idx.statement_row[sid]["article_id"] for sid in g)) for g in groups]
    components: list[tuple[dict[str, Any], list[Any]]] = []
    loose: dict[str, list[Any]] = defaultdict(list)
    placed: set[Any] = set()
    article_of = {str(a): a for a in idx.article_row}  # the events table holds ids as text
    for ev in records(events_table(analysis)):
        arts = sorted(
            {article_of[str(a)] for a in as_list(ev.get("article_ids")) if str(a) in article_of},
            key=idx.article_pos.__getitem__,
        )
        placed.update(arts)
        if len(arts) > 1:
            components.append((ev, arts))
        elif arts:
            loose[_date(idx.article_row[arts[0]]) or "undated"].append(arts[0])
    for aid in idx.article_row:  # an article the events table leaves out stands alone
        if aid not in placed:
            loose[_date(idx.article_row[aid]) or "undated"].append(aid)
    for day in loose:
        loose[day].sort(key=idx.article_pos.__getitem__)
    components.sort(key=lambda c: (_event_day(c[0].get("first_date")), idx.article_pos[c[1][0]]))

    matches = _match_lookup(analysis, set(idx.statement_row))
    partners: dict[str, list[str]] = defaultdict(list)
    for a, b in matches:
        partners[a].append(b)
        partners[b].append(a)
    by_article = defaultdict(list)
    for sid, row in idx.statement_row.items():
        by_article[row["article_id"]].append(sid)
    grouped_ids = {sid for g in groups for sid in g}
    n_grouped = Counter(idx.statement_row[sid]["article_id"] for sid in grouped_ids)

    events = []
    for n, (ev, arts) in enumerate(components[:MAX_EVENTS]):
        # Side by side only works for a few columns: the articles sharing the most statements.
        columns = sorted(arts, key=lambda a: (-n_grouped[a], idx.article_pos[a]))[:MAX_COLUMNS]
        columns.sort(key=idx.article_pos.__getitem__)
        rows = _event_rows(idx, groups, group_articles, columns, matches, partners)
        singles = [
            idx.statement_link(sid)
            for aid in arts
            for sid in sorted(by_article.get(aid, []), key=idx.statement_pos.__getitem__)
            if sid not in grouped_ids
        ]
        links = {a: dict(idx.article_link(a), date=_date(idx.article_row[a])) for a in arts}
        events.append(
            {
                "n": n + 1,
                "anchor": f"event-{n + 1}",
                "event_id": text_or(ev.get("event_id")),
                "date": text_or(ev.get("first_date")) or "undated",
                "title": text_or(ev.get("label")),
                "main_speakers": [str(s) for s in as_list(ev.get("main_speakers"))],
                "articles": [links[a] for a in arts],
                "columns": [links[a] for a in columns],
                "columns_hidden": len(arts) - len(columns),
                "has_transcript": bool(idx.turn_row),
                "outlets": sorted({idx.outlet(a) for a in arts}),
                "rows": rows[:MAX_ROWS_PER_EVENT],
                "rows_hidden": max(0, len(rows) - MAX_ROWS_PER_EVENT),
                "singles": singles[:MAX_SINGLES_PER_EVENT],
                "singles_total": len(singles),
                "singles_hidden": max(0, len(singles) - MAX_SINGLES_PER_EVENT),
            }
        )
    unlinked = [
        {
            "date": day,
            "articles": [dict(idx.article_link(a), n=len(by_article.get(a, []))) for a in loose[day]],
        }
        for day in sorted(loose, key=lambda d: (d == "undated", d))
    ]
    return {
        "events": events,
        "hidden": max(0, len(components) - MAX_EVENTS),
        "total": len(components),
        "unlinked": unlinked,
        "unlinked_total": sum(len(v) for v in loose.values()),
    }


# --------------------------------------------------------------------------- articles with highlighted spans


def evidence_spans(evidence: Any) -> list[dict[str, Any]]:
    """Evidence items that point into an article: dicts with article_id, start and end."""
    out = []
    for item in as_list(evidence):
        if isinstance(item, dict) and {"article_id", "start", "end"} <= item.keys():
            try:
                out.append(
                    {"article_id": item["article_id"], "start": int(item["start"]), "end": int(item["end"])}
                )
            except (TypeError, ValueError):
                continue
    return out


def segment_text(text: str, spans: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Cut ``text`` at span borders; each piece lists the classes covering it and the anchors starting there.

    Spans (``start, end, cls, anchor, title``) may overlap; offsets outside the text are clipped.
    """
    spans = [s for s in spans if 0 <= s["start"] < s["end"] <= len(text)]
    cuts = sorted({0, len(text), *(s["start"] for s in spans), *(s["end"] for s in spans)})
    # A sweep over the cuts: a span covers a piece exactly while it is open (cuts include every border),
    # so each piece looks at the open spans only, not at all of them (quadratic on a large article).
    opening: dict[int, list[int]] = {}
    closing: dict[int, list[int]] = {}
    for i, s in enumerate(spans):
        opening.setdefault(s["start"], []).append(i)
        closing.setdefault(s["end"], []).append(i)
    open_: set[int] = set()
    pieces = []
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        open_.difference_update(closing.get(lo, ()))
        open_.update(opening.get(lo, ()))
        covering = [spans[i] for i in sorted(open_)]
        pieces.append(
            {
                "text": text[lo:hi],
                "classes": " ".join(sorted({s["cls"] for s in covering})),
                "anchors": [spans[i]["anchor"] for i in opening.get(lo, ()) if spans[i].get("anchor")],
                "title": "; ".join(s["title"] for s in covering if s.get("title")),
            }
        )
    return pieces


def build_articles(analysis: Analysis, idx: Index, disc_spans: dict[str, list[dict]]) -> dict[str, Any]:
    by_article: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for sid, row in idx.statement_row.items():
        try:
            start, end = int(row["start"]), int(row["end"])
        except (TypeError, ValueError):
            start, end = -1, -1  # no offsets: anchored at the top of its article
        by_article[row["article_id"]].append(
            {
                "start": start,
                "end": end,
                "cls": "st-" + (text_or(row.get("kind")) or "direct"),
                "anchor": idx.statement_anchor[sid],
                "title": idx.speaker_of(row),
            }
        )
    for aid, spans in disc_spans.items():
        by_article[aid].extend(spans)
    articles = []
    for n, (aid, row) in enumerate(idx.article_row.items()):
        spans = by_article.get(aid, [])
        # Past the cap an article keeps its heading and anchors (links still land) but not its text.
        text = text_or(row.get("text")) if n < MAX_ARTICLES else ""
        pieces = segment_text(text, spans) if text else []
        placed = {a for p in pieces for a in p["anchors"]}
        articles.append(
            {
                "anchor": idx.article_anchor[aid],
                "article_id": str(aid),
                "outlet": idx.outlet(aid),
                "title": text_or(row.get("title")),
                "date": text_or(row.get("published")),
                "language": text_or(row.get("language")),
                "source": text_or(row.get("source")),
                "url": text_or(row.get("url")),
                "n_statements": len([s for s in spans if s["cls"].startswith("st-")]),
                "pieces": pieces,
                "loose_anchors": sorted({s["anchor"] for s in spans if s.get("anchor")} - placed),
                "omitted": n >= MAX_ARTICLES,
            }
        )
    return {"articles": articles, "hidden": max(0, len(idx.article_row) - MAX_ARTICLES)}


# --------------------------------------------------------------------------- tables


def evidence_text(evidence: Any) -> str:
    """The words of a cell of evidence items, " | "-joined, for a table cell."""
    return " | ".join(text_or(e.get("text")) for e in as_list(evidence) if isinstance(e, dict))


def locate(item: Any, known_articles: Any) -> dict[str, Any] | None:
    """``{"article_id", "start", "end", "text"}`` of an evidence item in a known article, else None.

    Spoken evidence (``article_id`` None, a ``turn_id``) and items of articles not shown give None.
    """
    if isinstance(item, dict):
        spans = evidence_spans([item])
        if spans and spans[0]["article_id"] in known_articles:
            return dict(spans[0], text=text_or(item.get("text")))
    return None


def build_discrepancies(analysis: Analysis, idx: Index) -> tuple[list[dict[str, Any]], dict[str, list[dict]]]:
    """Discrepancy rows with links, and the evidence spans to highlight in each article.

    Evidence items in an article link to a highlighted span there; others (spoken words) are shown as text.
    """
    rows, spans = [], defaultdict(list)
    for n, d in enumerate(records(analysis.discrepancies)):
        evidence = []
        statement_ids = [s for s in as_list(d.get("statement_ids")) if s in idx.statement_anchor]
        for k, item in enumerate(as_list(d.get("evidence"))):
            where = locate(item, idx.article_anchor)
            if where is not None:
                anchor = f"ev-{n}-{k}"
                spans[where["article_id"]].append(
                    {
                        "start": where["start"],
                        "end": where["end"],
                        "cls": "evidence",
                        "anchor": anchor,
                        "title": text_or(d.get("kind")),
                    }
                )
                evidence.append(
                    {"text": where["text"], "href": "#" + anchor, "outlet": idx.outlet(where["article_id"])}
                )
            elif isinstance(item, dict):
                evidence.append({"text": text_or(item.get("text")), "href": None, "outlet": None})
        rows.append(
            {
                "anchor": f"disc-{n}",
                "kind": text_or(d.get("kind")),
                "detail": text_or(d.get("detail")),
                "articles": [
                    idx.article_link(a) for a in as_list(d.get("article_ids")) if a in idx.article_anchor
                ],
                "statements": [idx.statement_link(s) for s in statement_ids],
                "evidence": evidence,
            }
        )
    return rows, spans


def build_speakers(analysis: Analysis, idx: Index) -> list[dict[str, Any]]:
    """Speakers, most quoted first, each with aliases, roles and links to (up to 20 of) their statements."""
    sp = analysis.speakers.copy()
    if sp.empty:
        return []
    sp["_n"] = pd.to_numeric(sp["n_statements"], errors="coerce").fillna(0)
    sp = sp.sort_values(["_n", "name"], ascending=[False, True], kind="stable")
    said: dict[Any, list[str]] = defaultdict(list)
    for sid, row in idx.statement_row.items():
        said[row.get("speaker_id")].append(sid)
    return [
        {
            "name": text_or(r["name"], text_or(r["speaker_id"])),
            "speaker_id": text_or(r["speaker_id"]),
            "aliases": [str(a) for a in as_list(r["aliases"])],
            "roles": [str(a) for a in as_list(r["roles"])],
            "n_statements": int(r["_n"]),
            "n_articles": text_or(r["n_articles"]),
            "statements": [idx.statement_link(sid) for sid in said.get(r["speaker_id"], [])[:MAX_SAID]],
            "statements_hidden": max(0, len(said.get(r["speaker_id"], [])) - MAX_SAID),
        }
        for r in records(sp)
    ]


def build_stances(analysis: Analysis, idx: Index, topic_labels: dict[str, str]) -> list[dict[str, Any]]:
    """Stances grouped by target, each target listing speakers with for/against/neutral."""
    targets: dict[str, list[dict[str, Any]]] = {}
    for r in records(analysis.stances):
        target = text_or(r.get("target"))
        label = topic_labels.get(target, target) if text_or(r.get("target_kind")) == "topic" else target
        score: Any = r.get("score")
        targets.setdefault(label, []).append(
            {
                "speaker": text_or(r.get("speaker")) or idx.speaker_name.get(r.get("speaker_id"), "?"),
                "stance": text_or(r.get("stance"), "neutral"),
                "score": None if is_missing(score) else f"{float(score):+.2f}",
                "evidence": [
                    idx.statement_link(s) for s in as_list(r.get("evidence")) if s in idx.statement_anchor
                ],
                "kind": text_or(r.get("target_kind")),
            }
        )
    return [{"target": t, "rows": rows} for t, rows in targets.items()]


def build_rebuttals(analysis: Analysis, idx: Index) -> list[dict[str, Any]]:
    rows = []
    for r in records(analysis.rebuttals):
        src, tgt = r.get("source_statement_id"), r.get("target_statement_id")
        rows.append(
            {
                "source": idx.speaker_name.get(
                    r.get("source_speaker_id"), text_or(r.get("source_speaker_id"), "?")
                ),
                "target": idx.speaker_name.get(
                    r.get("target_speaker_id"), text_or(r.get("target_speaker_id"), "?")
                ),
                "relation": text_or(r.get("relation"), "rebuts"),
                "cue": text_or(r.get("cue")),
                "evidence": evidence_text(r.get("evidence")),
                "source_statement": idx.statement_link(src) if src in idx.statement_anchor else None,
                "target_statement": idx.statement_link(tgt) if tgt in idx.statement_anchor else None,
                "article": idx.article_link(r.get("article_id"))
                if r.get("article_id") in idx.article_anchor
                else None,
            }
        )
    return rows


def cap(rows: Sequence[Any], limit: int) -> dict[str, Any]:
    """``{"rows": first limit rows, "hidden": how many were left out, "total"}``."""
    return {"rows": list(rows[:limit]), "hidden": max(0, len(rows) - limit), "total": len(rows)}
