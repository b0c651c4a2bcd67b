"""The report's debate section: the transcript as a timeline of turns by speaker, with the rebuttal /
agreement / answer arrows between spoken statements, each news quote beside the turn it came from, and the
participation table. Plain data for ``templates/debate.html.j2``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from debatekit.cells import records
from debatekit.report.views import evidence_text

if TYPE_CHECKING:  # pragma: no cover
    from debatekit.analysis import Analysis

MAX_TURNS = 600
LABEL_CHARS = 80


def _short(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def _clock(seconds: Any) -> str:
    if not isinstance(seconds, (int, float)) or seconds != seconds:
        return ""
    s = int(seconds)
    return f"{s // 3600:d}:{s // 60 % 60:02d}:{s % 60:02d}"


def build_debate(analysis: Analysis) -> dict[str, Any]:
    """Timeline rows (one per turn, at most ``MAX_TURNS``), participation rows, and counts.

    Each turn has its statements (``anchor``, ``text``, ``question``) and each statement its outgoing
    edges (``relation``, ``cue``, ``evidence``, ``target_anchor``, ``target_label``, ``target_speaker``).
    """
    turns = analysis.turns
    if turns is None or turns.empty:
        return {"turns": [], "participation": [], "hidden": 0, "total": 0, "edges": 0}
    st = analysis.statements
    spoken = st[st["kind"] == "spoken"] if "kind" in st else st.iloc[0:0]
    anchor = {sid: f"sp-{i}" for i, sid in enumerate(spoken["statement_id"])}
    text_of = dict(zip(spoken["statement_id"], spoken["text"], strict=True))
    names = dict(zip(analysis.speakers["speaker_id"], analysis.speakers["name"], strict=True))
    turn_no = {tid: n for n, tid in enumerate(turns["turn_id"])}
    out_edges: dict[str, list[dict[str, Any]]] = {}
    n_edges = 0
    for r in records(analysis.rebuttals):
        src, tgt = r.get("source_statement_id"), r.get("target_statement_id")
        if not (isinstance(src, str) and isinstance(tgt, str)) or src not in anchor or tgt not in anchor:
            continue  # an edge must link two statements of the view
        n_edges += 1
        out_edges.setdefault(src, []).append(
            {
                "relation": r["relation"],
                "cue": r.get("cue") or "",
                "evidence": evidence_text(r.get("evidence")),
                "target_anchor": anchor[tgt],
                "target_label": _short(text_of[tgt]),
                "target_speaker": names.get(r.get("target_speaker_id"), r.get("target_speaker_id") or "?"),
                "target_turn": turn_no.get(tgt.rsplit(":s", 1)[0], ""),
            }
        )
    by_turn: dict[str, list[dict[str, Any]]] = {}
    for r in records(spoken):
        by_turn.setdefault(r["turn_id"], []).append(
            {
                "anchor": anchor[r["statement_id"]],
                "text": r["text"],
                "question": r.get("is_question") is True,
                "edges": out_edges.get(r["statement_id"], []),
            }
        )
    news: dict[str, list[dict[str, Any]]] = {}
    reported = st[(st["kind"] != "spoken") & st["turn_id"].notna()] if "kind" in st else st.iloc[0:0]
    for r in records(reported):
        for tid in str(r["turn_id"]).split(";"):
            news.setdefault(tid, []).append(
                {
                    "outlet": r.get("outlet") or "",
                    "text": r["text"],
                    "relation": r.get("transcript_relation") or "",
                    "speaker": r.get("speaker") or "",
                }
            )
    rows, last_segment = [], None
    for r in records(turns.head(MAX_TURNS)):
        seg = r.get("segment_id")
        rows.append(
            {
                "n": turn_no[r["turn_id"]],
                "speaker": names.get(r.get("speaker_id"), r.get("speaker") or "?"),
                "role": r.get("role") or "",
                "time": _clock(r.get("start_time")),
                "new_segment": seg is not None and seg != last_segment,
                "topic": r.get("segment_topic") if isinstance(r.get("segment_topic"), str) else "",
                "events": [e for e in (r.get("events") or []) if isinstance(e, str)],
                "interrupted": r.get("interrupted") is True,
                "statements": by_turn.get(r["turn_id"], []),
                "news": news.get(r["turn_id"], []),
            }
        )
        last_segment = seg
    part = records(analysis.participation)
    for p in part:
        p["speaking_time"] = _clock(p.get("speaking_time"))
    return {
        "turns": rows,
        "participation": part,
        "hidden": max(0, len(turns) - MAX_TURNS),
        "total": len(turns),
        "edges": n_edges,
    }
