"""The short plain-text summary the command line prints after an analysis."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from debatekit.cells import is_true as is_fatal
from debatekit.cells import value_counts

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
    rows.append(("rebuttals", str(s["rebuttals"]), _breakdown(value_counts(analysis.rebuttals, "relation"))))
    rows.append(("stances", str(len(analysis.stances)), ""))
    rows.append(("skipped files", str(s["skipped"]), ""))
    return rows


def problem_lines(analysis: Analysis, limit: int = MAX_SKIPPED_LINES) -> list[str]:
    """Skipped files one line each with the reason (capped at ``limit``), then warnings counted by kind.

    Warnings (files that loaded, with a note) can be many on a large corpus, so they are tallied rather
    than listed; errors.csv has every one.
    """
    errors = analysis.errors
    if errors.empty:
        return []
    fatal = errors["fatal"].map(is_fatal)
    skipped, warned = errors[fatal], errors[~fatal]
    lines = [
        f"  skipped: {row.message or f'{row.source}: {row.problem}'}"
        for row in skipped.head(limit).itertuples()
    ]
    if len(skipped) > limit:
        lines.append(f"  ... and {len(skipped) - limit} more skipped (see errors.csv)")
    if len(warned):
        kinds = warned["problem"].fillna("other").value_counts().sort_index()
        detail = ", ".join(f"{k} {v}" for k, v in kinds.items())
        lines.append(f"  warnings: {len(warned)} ({detail}); see errors.csv")
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
