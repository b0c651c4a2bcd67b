"""Per speaker: turns, words, speaking time, interruptions, questions, and graph edges made / received."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

import pandas as pd

from debatekit import schema
from debatekit.debate.participants import Participant


def _seconds(start: object, end: object) -> float | None:
    if isinstance(start, (int, float)) and isinstance(end, (int, float)) and end == end and start == start:
        return max(0.0, float(end) - float(start))
    return None


def participation(
    turns: pd.DataFrame,
    statements: pd.DataFrame,
    edges: pd.DataFrame,
    participants: Mapping[str, Participant],
) -> pd.DataFrame:
    """One row per speaker (``schema.PARTICIPATION_COLUMNS``), in order of first turn.

    An interruption is a turn marked ``interrupted`` followed by another speaker's turn: the speaker of the
    cut turn gets ``interruptions``, the next speaker ``interrupts``. Speaking time adds turn durations
    (``end_time - start_time``; without an end, the next turn's start) and stays None without timestamps.
    """
    by_id: dict[str, dict] = {}
    labels_of: dict[str, list[str]] = {}
    for p in participants.values():
        labels_of.setdefault(p.speaker_id, []).append(p.label)
        by_id.setdefault(
            p.speaker_id,
            {
                "speaker_id": p.speaker_id,
                "name": p.name,
                "role": p.role,
                **dict.fromkeys(schema.PARTICIPATION_COLUMNS[4:], 0),
            },
        )
        by_id[p.speaker_id]["speaking_time"] = None
    rows = turns.to_dict("records")
    speaker_of = {r["turn_id"]: r["speaker_id"] for r in rows}
    asked = {r["turn_id"] for r in rows if "?" in r["text"]}
    for n, r in enumerate(rows):
        sid = r["speaker_id"]
        if sid not in by_id:
            continue
        e = by_id[sid]
        e["n_turns"] += 1
        e["n_words"] += len(r["text"].split())
        end = r["end_time"]
        if not isinstance(end, (int, float)) or end != end:
            end = rows[n + 1]["start_time"] if n + 1 < len(rows) else None
        secs = _seconds(r["start_time"], end)
        if secs is not None:
            e["speaking_time"] = (e["speaking_time"] or 0.0) + secs
        if (
            r.get("interrupted") is True
            and n + 1 < len(rows)
            and rows[n + 1]["speaker_id"] not in (sid, None)
        ):
            e["interruptions"] += 1
            by_id[rows[n + 1]["speaker_id"]]["interrupts"] += 1
        if r["turn_id"] in asked:
            e["questions_asked"] += 1
        target = r.get("responds_to")
        if target in asked and speaker_of.get(target) not in (sid, None):
            e["questions_answered"] += 1
    n_stmts = Counter(statements["speaker_id"].dropna())
    for sid, e in by_id.items():
        e["n_statements"] = int(n_stmts.get(sid, 0))
        e["label"] = ";".join(labels_of[sid])
    for rel, made, got in (("rebuts", "rebuts", "rebutted"), ("supports", "supports", None)):
        part = edges[edges["relation"] == rel]
        for s, t in zip(part["source_speaker_id"], part["target_speaker_id"], strict=True):
            if s in by_id:
                by_id[s][made] += 1
            if got and t in by_id:
                by_id[t][got] += 1
    return schema.frame(schema.PARTICIPATION_COLUMNS, by_id.values())
