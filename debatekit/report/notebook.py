"""How an Analysis shows itself in Jupyter: the counts, then the first rows of the key tables."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from debatekit.analysis import Analysis

# Table -> the columns worth seeing first (the full tables stay one attribute away).
HEADS: dict[str, tuple[str, ...]] = {
    "statements": ("speaker", "kind", "text", "outlet", "cue"),
    "speakers": ("name", "aliases", "n_statements", "n_articles"),
    "matches": ("relation", "score", "statement_id_a", "statement_id_b"),
    "discrepancies": ("kind", "detail", "article_ids"),
    "rebuttals": ("source_speaker_id", "relation", "target_speaker_id", "cue"),
    "stances": ("speaker", "target", "stance", "score"),
}
HEAD_ROWS = 5
MAX_CELL = 120


def _short(value: object) -> object:
    # Long quotes and diff lists would stretch a notebook cell: cut them, the full table is one attribute away.
    text = value if isinstance(value, str) else None
    if text is None and isinstance(value, (list, tuple, dict)):
        text = str(value)
    if text is not None and len(text) > MAX_CELL:
        return text[: MAX_CELL - 1] + "…"
    return value if text is None else text


def repr_html(analysis: Analysis, rows: int = HEAD_ROWS) -> str:
    """HTML for ``Analysis._repr_html_``: a summary table and the head of each non-empty key table.

    Parameters
    ----------
    analysis : Analysis
    rows : int
        First rows shown of each table (cells longer than :data:`MAX_CELL` characters are cut).

    Returns
    -------
    str
        An HTML fragment (Jupyter shows it when a cell ends with an :class:`~debatekit.analysis.Analysis`).

    Examples
    --------
    >>> import debatekit as dk
    >>> html = repr_html(dk.analyze("examples/debate_en/articles", until="statements"), rows=2)
    >>> "<b>.statements</b> (first 2 of" in html, "<b>.matches</b>" in html  # matches: not computed
    (True, False)
    """
    from debatekit.report.summary import summary_rows

    parts = ["<div class='debatekit-analysis'><b>debatekit Analysis</b>", "<table>"]
    for label, total, detail in summary_rows(analysis):
        parts.append(
            f"<tr><td style='text-align:left'>{escape(label)}</td><td>{escape(total)}</td>"
            f"<td style='text-align:left'>{escape(detail)}</td></tr>"
        )
    parts.append("</table>")
    for name, columns in HEADS.items():
        df = getattr(analysis, name)
        if df.empty:
            continue
        cols = [c for c in columns if c in df.columns]
        more = f" (first {rows} of {len(df)})" if len(df) > rows else ""
        parts.append(f"<p><b>.{escape(name)}</b>{escape(more)}</p>")
        head = df[cols].head(rows).map(_short)
        parts.append(head.to_html(index=False, escape=True))
    parts.append(
        "<p style='color:#666'>All tables: <code>.table_names()</code>; graph: <code>.graph</code>, "
        "<code>.draw()</code>; report: <code>.to_html(path)</code>; files: <code>.save(dir)</code>.</p></div>"
    )
    return "\n".join(parts)
