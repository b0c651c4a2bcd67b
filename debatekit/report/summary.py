"""The short plain-text summary the command line prints after an analysis."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from debatekit.analysis import Analysis

MAX_SKIPPED_LINES = 20


def _breakdown(counts: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in counts.items())


def summary_rows(analysis: Analysis) -> list[tuple[str, str, str]]:
    """``(label, total, breakdown)`` rows: articles, outlets, speakers, statements, matches, ...

    Parameters
    ----------
    analysis : Analysis

    Returns
    -------
    list of tuple of str
    """
    s = analysis.summary()
    rows = [
        ("articles", str(s["articles"]), ""),
        ("outlets", str(s["outlets"]), ""),
        ("speakers", str(s["speakers"]), ""),
    ]
    for label in ("statements", "matches", "discrepancies"):
        counts = s[label]
        rows.append((label, str(sum(counts.values())), _breakdown(counts)))
    rows.append(("rebuttals", str(s["rebuttals"]), _breakdown(_relations(analysis))))
    rows.append(("stances", str(len(analysis.stances)), ""))
    rows.append(("skipped files", str(s["skipped"]), ""))
    return rows


def _relations(analysis: Analysis) -> dict[str, int]:
    df = analysis.rebuttals
    if df.empty or "relation" not in df:
        return {}
    return {str(k): int(v) for k, v in df["relation"].value_counts().sort_index().items()}


def problem_lines(analysis: Analysis, limit: int = MAX_SKIPPED_LINES) -> list[str]:
    """One line per skipped (fatal) or warned file, skipped first, capped at ``limit`` with a note."""
    errors = analysis.errors
    if errors.empty:
        return []
    ordered = errors.assign(_skip=errors["fatal"] != True).sort_values(  # noqa: E712 (object column)
        ["_skip", "source"], kind="stable"
    )
    lines = []
    for row in ordered.head(limit).itertuples(index=False):
        tag = "skipped" if row.fatal is True or row.fatal == "True" else "warning"
        lines.append(f"  {tag}: {row.message or f'{row.source}: {row.problem}'}")
    if len(ordered) > limit:
        lines.append(f"  ... and {len(ordered) - limit} more (see errors.csv)")
    return lines


def format_table(rows: Iterable[tuple[str, str, str]]) -> str:
    """Align ``rows`` into three columns for a terminal."""
    rows = list(rows)
    w0 = max(len(r[0]) for r in rows)
    w1 = max(len(r[1]) for r in rows)
    return "\n".join(f"{a:<{w0}}  {b:>{w1}}  {c}".rstrip() for a, b, c in rows)


def format_summary(analysis: Analysis) -> str:
    """The whole summary: counts table, then skipped files with their reasons.

    Parameters
    ----------
    analysis : Analysis

    Returns
    -------
    str
        Several lines, no trailing newline.
    """
    text = format_table(summary_rows(analysis))
    problems = problem_lines(analysis)
    if problems:
        text += "\nproblems:\n" + "\n".join(problems)
    return text
