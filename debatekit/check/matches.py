"""Discrepancies read off the cross-outlet matches: rewording, misattribution, changed figures, omissions."""

from __future__ import annotations

from typing import Any

import pandas as pd

from debatekit.cells import evidence_item, is_missing
from debatekit.check.numbers import number_changes

MAX_SHOWN = 3  # changed passages quoted in a wording detail
MAX_WORDS = 8  # longest replaced passage quoted


def _changes(diff: list[dict]) -> list[str]:
    out = []
    for op in diff or []:
        # short replacements show the rewording; long ones are where a split quote's halves part ways
        if op.get("op") == "replace" and max(len(op["a"].split()), len(op["b"].split())) <= MAX_WORDS:
            out.append(f"'{op['a']}' vs '{op['b']}'")
    return out


def statement_evidence(row: Any) -> dict | None:
    """The evidence item of a whole statement (a row of ``statements``), None without offsets.

    A spoken statement (``article_id`` missing, a ``turn_id``) points into its turn's text.
    """

    def get(key: str) -> Any:
        return row.get(key) if isinstance(row, dict) else getattr(row, key, None)

    start, end, text = get("start"), get("end"), get("text")
    if is_missing(start) or is_missing(end) or not isinstance(text, str):
        return None
    aid = get("article_id")
    if is_missing(aid):
        turn = get("turn_id")
        if not isinstance(turn, str):
            return None
        return evidence_item(None, int(start), int(end), text, turn_id=turn)
    return evidence_item(str(aid), int(start), int(end), text)


def _figure_evidence(row: Any, figure: str) -> dict | None:
    """The figure's own words inside a statement, else the whole statement."""
    whole = statement_evidence(row)
    if whole is None:
        return None
    at = whole["text"].find(figure)
    if at < 0 or not figure:
        return whole
    return dict(whole, start=whole["start"] + at, end=whole["start"] + at + len(figure), text=figure)


def match_discrepancies(
    statements: pd.DataFrame, matches: pd.DataFrame, groups: pd.DataFrame, language: dict
) -> list[dict]:
    """Wording rows (one per statement group with direct quotes reworded), misattribution and number rows."""
    if matches is None or matches.empty:
        return []
    # only the matched statements are read: rows of every statement of a large corpus are slow to build
    matched = set(matches["statement_id_a"]) | set(matches["statement_id_b"])
    statements = statements[statements["statement_id"].isin(matched)] if len(statements) else statements
    info = statements.set_index("statement_id") if len(statements) else pd.DataFrame()
    by_id = statements.set_index("statement_id", drop=False).to_dict("index") if len(statements) else {}

    def spans(sids: list[str]) -> list[dict]:
        items = [statement_evidence(by_id[s]) for s in sids if s in by_id]
        return [e for e in items if e is not None]

    kind = info["kind"].to_dict() if "kind" in info else {}
    speaker = info["speaker"].to_dict() if "speaker" in info else {}
    group = info["group_id"].to_dict() if "group_id" in info else {}
    rows: list[dict] = []
    wording: dict[str, list] = {}
    for m in matches.itertuples(index=False):
        a, b = m.statement_id_a, m.statement_id_b
        arts = sorted({str(m.article_id_a), str(m.article_id_b)})
        if m.relation == "reworded" and kind.get(a) == "direct" and kind.get(b) == "direct":
            wording.setdefault(group.get(a) or f"{a}|{b}", []).append(m)
        elif m.relation == "misattributed":
            rows.append(
                {
                    "kind": "misattribution",
                    "article_ids": arts,
                    "statement_ids": [a, b],
                    "detail": (
                        f"The same words are given to {speaker.get(a)} in {m.article_id_a} and to "
                        f"{speaker.get(b)} in {m.article_id_b}."
                    ),
                    "evidence": spans([a, b]),
                }
            )
        changed = number_changes(m.diff, language.get(str(m.article_id_a)))
        if changed:
            shown = "; ".join(f"'{x}' vs '{y}'" for x, y in changed)
            rows.append(
                {
                    "kind": "number",
                    "article_ids": arts,
                    "statement_ids": [a, b],
                    "detail": f"{m.article_id_a} and {m.article_id_b} give different figures in the same statement: {shown}.",
                    "evidence": [
                        e
                        for x, y in changed
                        for e in (_figure_evidence(by_id.get(a), x), _figure_evidence(by_id.get(b), y))
                        if e is not None
                    ],
                }
            )
    for key in sorted(wording):
        ms = wording[key]
        sids = sorted({s for m in ms for s in (m.statement_id_a, m.statement_id_b)})
        arts = sorted({str(x) for m in ms for x in (m.article_id_a, m.article_id_b)})
        changes = [c for m in ms for c in _changes(m.diff)][:MAX_SHOWN]
        who = speaker.get(sids[0])
        detail = f"The same statement{' by ' + str(who) if isinstance(who, str) else ''} is printed inside quotation marks with different words in {', '.join(arts)}"
        detail += (": " + "; ".join(changes) + ".") if changes else "."
        rows.append(
            {
                "kind": "wording",
                "article_ids": arts,
                "statement_ids": sids,
                "detail": detail,
                "evidence": spans(sids),
            }
        )
    return rows


def omissions(
    statements: pd.DataFrame, clusters: dict[str, list[str]], outlets: dict[str, str]
) -> list[dict]:
    """Direct quotes printed by one outlet only, among the articles of other outlets that cover the same event.

    A quote with no version in any other article of its event is something the other outlets left out
    (information, not an error). Reported speech is the outlet's own wording and is not listed.
    """
    if statements.empty or not clusters:
        return []
    st = statements[statements["article_id"].astype(str).isin(clusters) & (statements["kind"] == "direct")]
    lonely = st[st["group_id"].isna()].sort_values("statement_id")
    rows = []
    for r in lonely.itertuples(index=False):
        art = str(r.article_id)
        # what another outlet left out: a follow-up article of the same outlet is not another version
        mine = outlets.get(art)
        others = [a for a in clusters[art] if a != art and (mine is None or outlets.get(a) != mine)]
        if not others:
            continue
        who = f" by {r.speaker}" if isinstance(r.speaker, str) else ""
        rows.append(
            {
                "kind": "omission",
                "article_ids": [art],
                "statement_ids": [r.statement_id],
                "detail": (
                    f"Only {outlets.get(art) or art} ({art}) prints this quote{who}; "
                    f"{', '.join(others)} cover the same event without it."
                ),
                "evidence": [e for e in [statement_evidence(r)] if e is not None],
            }
        )
    return rows
