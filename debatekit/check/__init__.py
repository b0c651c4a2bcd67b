"""Discrepancies between and within outlets: dates, arithmetic, figures, wording, attribution, omissions.

``find_discrepancies(analysis)`` reads the articles, statements, matches and statement groups of an
:class:`debatekit.analysis.Analysis` and returns one row per problem (columns
:data:`debatekit.schema.DISCREPANCY_COLUMNS`), sorted, with ids derived from the content.
"""

from __future__ import annotations

import hashlib

import pandas as pd

from debatekit import schema
from debatekit.align.events import attach_events, event_map
from debatekit.align.events import clusters as event_clusters
from debatekit.check.dates import date_discrepancies
from debatekit.check.matches import match_discrepancies, omissions
from debatekit.check.numbers import arithmetic_discrepancies, figure_discrepancies
from debatekit.collector import collector_paused

KIND_ORDER = ("date", "arithmetic", "number", "wording", "misattribution", "omission")

__all__ = ["find_discrepancies", "KIND_ORDER"]


@collector_paused()  # see debatekit.collector: mentions, figures and rows per article, no cycles
def find_discrepancies(analysis) -> pd.DataFrame:
    """Every discrepancy found in ``analysis``.

    Parameters
    ----------
    analysis : debatekit.analysis.Analysis
        Needs ``articles``; ``statements``, ``matches``, ``statement_groups`` and ``events`` when
        available. Without ``events`` (a hand-made analysis), they are built here
        (:func:`debatekit.align.events.attach_events`) for the checks only: ``analysis`` is not changed.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`debatekit.schema.DISCREPANCY_COLUMNS`; ``article_ids`` and ``statement_ids`` are
        lists, ``evidence`` a list of evidence items (:func:`debatekit.cells.evidence_item`).
    """
    articles = analysis.articles
    statements = analysis.statements
    matches = analysis.matches
    groups = analysis.statement_groups
    events = getattr(analysis, "events", None)
    if (events is None or not len(events)) and len(articles):
        # events are the frame of every cross-outlet check: an analysis built without the events stage
        # (a hand-made Analysis) gets them here, as analyze would have given them; nothing is set on it
        events, articles, matches, groups, statements = attach_events(articles, statements, matches, groups)
    rows: list[dict] = []
    # cross-outlet checks compare the articles of one event (one occasion, a window of days) only
    event_of = event_map(events)
    clusters = event_clusters(event_of)
    if matches is not None and len(matches):
        same = [
            event_of.get(str(a)) is not None and event_of.get(str(a)) == event_of.get(str(b))
            for a, b in zip(matches["article_id_a"], matches["article_id_b"], strict=True)
        ]
        matches = matches[same]
    language: dict = {}
    outlets: dict = {}
    if len(articles):
        rows += date_discrepancies(articles, clusters)
        for art in articles.sort_values("article_id").itertuples(index=False):
            rows += arithmetic_discrepancies(
                str(art.article_id), str(art.text or ""), getattr(art, "language", None)
            )
        rows += figure_discrepancies(articles, clusters, statements)
        ids = articles["article_id"].astype(str)
        if "language" in articles:
            language = dict(zip(ids, articles["language"], strict=True))
        if "outlet" in articles:
            outlets = {k: v for k, v in zip(ids, articles["outlet"], strict=True) if isinstance(v, str)}
    numbers = {(tuple(r["article_ids"]), tuple(r["statement_ids"])) for r in rows if r["kind"] == "number"}
    for r in match_discrepancies(statements, matches, groups, language):
        # a changed figure inside matched statements is usually found by the context rule already
        if r["kind"] != "number" or (tuple(r["article_ids"]), tuple(r["statement_ids"])) not in numbers:
            rows.append(r)
    rows += omissions(statements, clusters, outlets)
    for row in rows:
        evs = {event_of.get(str(a)) for a in row["article_ids"]}
        row["event_id"] = evs.pop() if len(evs) == 1 else None
        key = f"{row['kind']}|{'|'.join(row['article_ids'])}|{'|'.join(row['statement_ids'])}|{row['detail']}"
        row["discrepancy_id"] = f"x-{row['kind']}-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
    rows.sort(key=lambda r: (KIND_ORDER.index(r["kind"]), r["article_ids"], r["statement_ids"], r["detail"]))
    return schema.frame(schema.DISCREPANCY_COLUMNS, rows)
