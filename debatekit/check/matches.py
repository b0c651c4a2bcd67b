"""Discrepancies read off the cross-outlet matches: rewording, misattribution, changed figures, omissions."""

from __future__ import annotations

import pandas as pd

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


def match_discrepancies(
    statements: pd.DataFrame, matches: pd.DataFrame, groups: pd.DataFrame, language: dict
) -> list[dict]:
    """Wording rows (one per statement group with direct quotes reworded), misattribution and number rows."""
    if matches is None or matches.empty:
        return []
    info = statements.set_index("statement_id") if len(statements) else pd.DataFrame()
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
                    "evidence": [a, b],
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
                    "evidence": [f"{x} | {y}" for x, y in changed],
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
                "evidence": [m.match_id for m in ms],
            }
        )
    return rows


def omissions(statements: pd.DataFrame, matches: pd.DataFrame) -> list[dict]:
    """Statements printed by one outlet only, among articles that share other statements of that speaker.

    Articles linked by matches cover the same event; a speaker quoted in two or more of them whose
    statement appears in only one is an omission by the others (information, not an error).
    """
    if matches is None or matches.empty or statements.empty:
        return []
    # article clusters: components of the article graph drawn by the matches
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for m in matches.itertuples(index=False):
        if m.relation == "misattributed":
            continue
        ra, rb = find(str(m.article_id_a)), find(str(m.article_id_b))
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    clusters: dict[str, list[str]] = {}
    for art in sorted(parent):
        clusters.setdefault(find(art), []).append(art)
    rows = []
    st = statements[statements["article_id"].astype(str).isin(parent)]
    for arts in clusters.values():
        sub = st[st["article_id"].astype(str).isin(arts)]
        known = sub[sub["speaker_id"].notna()]
        shared = {s for s, n in known.groupby("speaker_id")["article_id"].nunique().items() if n >= 2}
        lonely = sub[sub["group_id"].isna() & sub["speaker_id"].isin(shared)].sort_values("statement_id")
        for r in lonely.itertuples(index=False):
            others = [a for a in arts if a != str(r.article_id)]
            rows.append(
                {
                    "kind": "omission",
                    "article_ids": [str(r.article_id)] + others,
                    "statement_ids": [r.statement_id],
                    "detail": (
                        f"Only {r.article_id} prints this statement by {r.speaker}; {', '.join(others)} "
                        "cover the same event without it."
                    ),
                    "evidence": [f"{r.article_id}[{r.start}:{r.end}] {r.text}"],
                }
            )
    return rows
