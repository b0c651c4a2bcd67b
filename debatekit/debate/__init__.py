"""The debate itself, from a transcript alone: participants, spoken statements, exchanges, the rebuttal
graph and participation.

:func:`analyze_debate` is the one entry point (the pipeline calls it). Modules, one job each:

- :mod:`~debatekit.debate.participants`   labels to full names, roles and speaker ids
- :mod:`~debatekit.debate.segment`        turns to spoken statements (sentences, offsets, questions)
- :mod:`~debatekit.debate.exchanges`      segments opened by questions; who responds to whom
- :mod:`~debatekit.debate.debate_graph`   rebuts / supports / answers edges with cue and evidence
- :mod:`~debatekit.debate.participation`  per-speaker turns, words, time, interruptions, questions
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from debatekit import schema

__all__ = ["DebateTables", "analyze_debate"]


@dataclass
class DebateTables:
    """What :func:`analyze_debate` returns: tables in :mod:`debatekit.schema` columns."""

    turns: pd.DataFrame
    statements: pd.DataFrame
    speakers: pd.DataFrame
    rebuttals: pd.DataFrame
    participation: pd.DataFrame


def _speaker_rows(participants: Mapping[str, Any], statements: pd.DataFrame) -> pd.DataFrame:
    rows: dict[str, dict] = {}
    counts = statements["speaker_id"].value_counts()
    for p in participants.values():
        row = rows.setdefault(
            p.speaker_id,
            {
                "speaker_id": p.speaker_id,
                "name": p.name,
                "kind": "person",  # a debate's participants are people (audience members included)
                "aliases": [],
                "roles": [],
                "n_articles": 0,
            },
        )
        row["aliases"] = sorted(set(row["aliases"]) | {p.label})
        row["roles"] = sorted(set(row["roles"]) | {p.role})
        row["n_statements"] = int(counts.get(p.speaker_id, 0))
    return schema.frame(schema.SPEAKER_COLUMNS, rows.values())


def analyze_debate(
    turns: pd.DataFrame,
    speakers: pd.DataFrame | None = None,
    language: str | None = None,
    names: Mapping[str, Any] | None = None,
) -> DebateTables:
    """Analyse a debate transcript on its own.

    Parameters
    ----------
    turns : pandas.DataFrame
        ``schema.TURN_COLUMNS`` (from :func:`debatekit.read_transcript`). Not modified.
    speakers : pandas.DataFrame, optional
        News speakers of the same run: labels that match one take its name and id.
    language : str, optional
        Language pack code; detected from the turns when None.
    names : mapping, optional
        User map from label to name (or ``{"name": ..., "role": ...}``), e.g. ``{"TRUMP": "Donald Trump"}``.

    Returns
    -------
    DebateTables
        ``turns`` (a copy with ``speaker_id``, ``role``, ``segment_id``, ``segment_topic``, ``responds_to``), spoken
        ``statements``, the participants as ``speakers`` rows, ``rebuttals`` between spoken statements and
        ``participation``.

    Examples
    --------
    >>> import debatekit as dk
    >>> t = dk.read_transcript("HOST: Ms. Doe, will you cut taxes for families?\\n"
    ...     "DOE: I will cut taxes for working families.\\nROE: That's not true, she will raise taxes on families.\\n")
    >>> d = analyze_debate(t, names={"DOE": "Jane Doe", "ROE": "Richard Roe"})
    >>> d.rebuttals[["source_speaker_id", "relation", "target_speaker_id"]].values.tolist()
    [['jane-doe', 'answers', 'host'], ['richard-roe', 'rebuts', 'jane-doe']]
    """
    from debatekit.debate.debate_graph import debate_edges
    from debatekit.debate.exchanges import link_exchanges, segment_topics
    from debatekit.debate.participants import resolve_participants
    from debatekit.debate.participation import participation
    from debatekit.debate.segment import spoken_statements
    from debatekit.io.metadata import detect_language
    from debatekit.lang import get_pack

    if language is None:
        language = detect_language(" ".join(turns["text"].head(40)), default=None)
    pack = get_pack(language)
    people = resolve_participants(turns, pack, speakers=speakers, names=names)
    linked = link_exchanges(turns, people)
    linked["segment_topic"] = segment_topics(linked, pack)
    statements = spoken_statements(linked, people, pack)
    edges = debate_edges(linked, statements, people, pack)
    return DebateTables(
        turns=linked,
        statements=statements,
        speakers=_speaker_rows(people, statements),
        rebuttals=edges,
        participation=participation(linked, statements, edges, people),
    )
