"""Topics, rebuttals, stances and the debate graph (the relate stage).

:func:`relate` takes an :class:`~debatekit.analysis.Analysis` with articles, statements, speakers,
mentions and matches and returns new ``topics``, ``rebuttals``, ``stances``, ``graph`` and ``statements``
(a copy with ``topic_id`` filled); inputs are never modified. Modules, one job each:

- :mod:`~debatekit.relate.topics`        user or discovered topics, a topic per statement
- :mod:`~debatekit.relate.rebuttals`     cue, headline and contradiction rebuttals / support / answers
- :mod:`~debatekit.relate.propositions`  user propositions and rebutted claims
- :mod:`~debatekit.relate.stance`        pluggable stance model and per-speaker stance
- :mod:`~debatekit.relate.graph`         the MultiDiGraph and its attribute conventions
- :mod:`~debatekit.relate.export`        GraphML, node-link JSON, GEXF, AIF
- :mod:`~debatekit.relate.query`         rebuttals_of, exchange, topic_subgraph
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from debatekit.relate.query import exchange, rebuttals_of, topic_subgraph
from debatekit.relate.stance import LexiconStance, StanceModel

__all__ = ["relate", "exchange", "rebuttals_of", "topic_subgraph", "LexiconStance", "StanceModel"]


def relate(
    analysis: Any,
    *,
    propositions: Sequence[str] | None = None,
    topics: Mapping[str, Sequence[str]] | None = None,
    stance_model: StanceModel | None = None,
) -> dict[str, Any]:
    """Run the relate stage on an analysis.

    Parameters
    ----------
    analysis : Analysis
        Needs ``articles``, ``statements``, ``speakers``; uses ``mentions`` and ``matches`` when present.
    propositions : sequence of str, optional
        Claims to measure stance on; rebutted claims are added automatically.
    topics : mapping of topic name to words, optional
        User topics; otherwise topics are discovered.
    stance_model : object with ``predict(text, target) -> (label, score)``, optional
        Replaces :class:`LexiconStance`.

    Returns
    -------
    dict
        ``topics``, ``rebuttals``, ``stances`` (DataFrames), ``graph`` (networkx.MultiDiGraph) and
        ``statements`` (a copy of ``analysis.statements`` with ``topic_id``).
    """
    import pandas as pd

    from debatekit import schema
    from debatekit.lang import get_pack
    from debatekit.relate.graph import build_graph
    from debatekit.relate.propositions import (
        rebuttal_propositions,
        user_propositions,
        with_named_sides,
    )
    from debatekit.relate.rebuttals import find_rebuttals
    from debatekit.relate.stance import compute_stances
    from debatekit.relate.topics import assign_topics

    user_props = user_propositions(propositions)  # validate before any work
    articles = analysis.articles
    statements = analysis.statements.copy()
    speakers = analysis.speakers
    mentions = getattr(analysis, "mentions", None)
    if mentions is None:
        mentions = schema.frame(schema.MENTION_COLUMNS)
    language = dict(zip(articles["article_id"].astype(str), articles["language"], strict=True))
    pack_of = {
        sid: get_pack(language.get(str(aid)) if isinstance(language.get(str(aid)), str) else None)
        for sid, aid in zip(statements["statement_id"], statements["article_id"], strict=True)
    }

    topics_df, topic_of = assign_topics(statements, pack_of, topics)
    statements["topic_id"] = pd.Series(
        [topic_of.get(sid) for sid in statements["statement_id"]], index=statements.index, dtype=object
    )
    rebuttals = find_rebuttals(articles, statements, speakers, mentions, topic_of)
    props = with_named_sides(user_props, rebuttals, statements, speakers, pack_of) + rebuttal_propositions(
        rebuttals, statements, pack_of
    )
    stances, votes = compute_stances(
        statements,
        speakers,
        props,
        pack_of,
        stance_model,
        _stance_links(rebuttals, getattr(analysis, "matches", None)),
    )
    graph = build_graph(
        articles=articles,
        statements=statements,
        speakers=speakers,
        matches=getattr(analysis, "matches", None),
        topics=topics_df,
        rebuttals=rebuttals,
        stances=stances,
        propositions=props,
        votes=votes,
    )
    return {
        "topics": topics_df,
        "rebuttals": rebuttals,
        "stances": stances,
        "graph": graph,
        "statements": statements,
    }


def _stance_links(rebuttals: Any, matches: Any) -> list[tuple[str, str, int]]:
    """Statement pairs whose stances oppose (rebuts: -1) or agree (supports, cross-outlet versions: +1)."""
    links = []
    for r in rebuttals.to_dict("records"):
        sign = {"rebuts": -1, "supports": 1}.get(r["relation"])
        a, b = r.get("source_statement_id"), r.get("target_statement_id")
        if sign and isinstance(a, str) and isinstance(b, str):
            links.append((a, b, sign))
    if matches is not None and len(matches):
        for a, b, rel in zip(
            matches["statement_id_a"], matches["statement_id_b"], matches["relation"], strict=True
        ):
            if rel != "misattributed":
                links.append((a, b, 1))
    return links
