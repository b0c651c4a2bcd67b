"""A small hand-built Analysis for the report and store tests: every table filled, as the schema says.

It does not depend on the pipeline stages, so the report code is tested on full tables even while the
stages are being written; the end-to-end tests use the example corpus.
"""

from __future__ import annotations

import networkx as nx

from debatekit import schema
from debatekit.analysis import Analysis
from debatekit.cells import evidence_item

TEXT_A = (
    'Medan (Warta Kota Satu) - Debat pertama berlangsung Sabtu (7/11). "Kota ini belum punya digitalisasi '
    'UMKM," kata Rudi Hartono. Namun Sinta Dewi membantah. "Digitalisasi sudah terjadi <sejak lama>," ujarnya.'
)
TEXT_B = (
    'Medan, KabarMedan.id - Rudi Hartono menilai kota belum siap. "Kota ini belum ada namanya digitalisasi '
    'UMKM," kata Rudi. Total 10 + 5 = 16 pelaku usaha hadir.'
)


REBUT_SENTENCE = "Namun Sinta Dewi membantah."


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def sample_analysis() -> Analysis:
    """Two articles from two outlets, three statements, one match with a diff, one rebuttal, two discrepancies."""
    arts = schema.frame(
        schema.ARTICLE_COLUMNS,
        [
            {
                "article_id": "001",
                "outlet": "Warta Kota Satu",
                "title": "Sinta bantah Rudi",
                "published": "2020-11-07",
                "language": "id",
                "url": None,
                "source": "a/001.txt",
                "text": TEXT_A,
                "raw_text": TEXT_A,
            },
            {
                "article_id": "002",
                "outlet": "KabarMedan.id",
                "title": "",
                "published": "2020-11-08",
                "language": "id",
                "url": "https://example.org/2",
                "source": "a/002.txt",
                "text": TEXT_B,
                "raw_text": TEXT_B,
            },
        ],
    )
    q1 = _span(TEXT_A, "Kota ini belum punya digitalisasi UMKM,")
    q2 = _span(TEXT_A, "Digitalisasi sudah terjadi <sejak lama>,")
    q3 = _span(TEXT_B, "Kota ini belum ada namanya digitalisasi UMKM,")
    rows = [
        ("001", "d", q1, "rudi-hartono", "Rudi Hartono", "kata", TEXT_A, "g1"),
        ("001", "d", q2, "sinta-dewi", "Sinta Dewi", "ujarnya", TEXT_A, None),
        ("002", "d", q3, "rudi-hartono", "Rudi Hartono", "kata", TEXT_B, "g1"),
    ]
    statements = schema.frame(
        schema.STATEMENT_COLUMNS,
        [
            {
                "statement_id": f"{aid}:{k}{s}",
                "article_id": aid,
                "outlet": "Warta Kota Satu" if aid == "001" else "KabarMedan.id",
                "kind": "direct",
                "text": text[s:e],
                "speaker_id": sid,
                "speaker": name,
                "speaker_mention": name.split()[0],
                "cue": cue,
                "start": s,
                "end": e,
                "confidence": 0.9,
                "topic_id": "t0",
                "group_id": g,
            }
            for aid, k, (s, e), sid, name, cue, text, g in rows
        ],
    )
    ids = list(statements["statement_id"])
    speakers = schema.frame(
        schema.SPEAKER_COLUMNS,
        [
            {
                "speaker_id": "rudi-hartono",
                "name": "Rudi Hartono",
                "aliases": ["Rudi", "Rudi Hartono", "Wali Kota"],
                "roles": ["Wali Kota"],
                "n_statements": 2,
                "n_articles": 2,
            },
            {
                "speaker_id": "sinta-dewi",
                "name": "Sinta Dewi",
                "aliases": ["Sinta Dewi", "ia"],
                "roles": [],
                "n_statements": 1,
                "n_articles": 1,
            },
        ],
    )
    diff = [
        {"op": "equal", "a": "Kota ini belum", "b": "Kota ini belum"},
        {"op": "replace", "a": "punya", "b": "ada namanya"},
        {"op": "equal", "a": "digitalisasi UMKM,", "b": "digitalisasi UMKM,"},
    ]
    matches = schema.frame(
        schema.MATCH_COLUMNS,
        [
            {
                "match_id": "m0",
                "statement_id_a": ids[0],
                "statement_id_b": ids[2],
                "article_id_a": "001",
                "article_id_b": "002",
                "relation": "minor_edit",
                "score": 88.5,
                "diff": diff,
            }
        ],
    )
    groups = schema.frame(
        schema.STATEMENT_GROUP_COLUMNS,
        [
            {
                "group_id": "g1",
                "statement_ids": [ids[0], ids[2]],
                "article_ids": ["001", "002"],
                "outlets": ["Warta Kota Satu", "KabarMedan.id"],
                "speaker_ids": ["rudi-hartono"],
                "n_statements": 2,
            }
        ],
    )
    date_ev = _span(TEXT_A, "Sabtu (7/11)")
    sum_ev = _span(TEXT_B, "10 + 5 = 16")
    discrepancies = schema.frame(
        schema.DISCREPANCY_COLUMNS,
        [
            {
                "discrepancy_id": "x0",
                "kind": "date",
                "article_ids": ["001", "002"],
                "statement_ids": [],
                "detail": "The outlets date the debate differently.",
                "evidence": [
                    {"article_id": "001", "start": date_ev[0], "end": date_ev[1], "text": "Sabtu (7/11)"}
                ],
            },
            {
                "discrepancy_id": "x1",
                "kind": "arithmetic",
                "article_ids": ["002"],
                "statement_ids": [],
                "detail": "10 + 5 is 15, not 16.",
                "evidence": [evidence_item("002", sum_ev[0], sum_ev[1], "10 + 5 = 16")],
            },
        ],
    )
    rebuttals = schema.frame(
        schema.REBUTTAL_COLUMNS,
        [
            {
                "rebuttal_id": "r0",
                "source_speaker_id": "sinta-dewi",
                "target_speaker_id": "rudi-hartono",
                "source_statement_id": ids[1],
                "target_statement_id": ids[0],
                "article_id": "001",
                "relation": "rebuts",
                "cue": "membantah",
                "evidence": [evidence_item("001", *_span(TEXT_A, REBUT_SENTENCE), REBUT_SENTENCE)],
            }
        ],
    )
    stances = schema.frame(
        schema.STANCE_COLUMNS,
        [
            {
                "speaker_id": "rudi-hartono",
                "speaker": "Rudi Hartono",
                "target": "UMKM sudah digital",
                "target_kind": "proposition",
                "stance": "against",
                "score": -0.8,
                "evidence": [ids[0], ids[2]],
            },
            {
                "speaker_id": "sinta-dewi",
                "speaker": "Sinta Dewi",
                "target": "UMKM sudah digital",
                "target_kind": "proposition",
                "stance": "for",
                "score": 0.7,
                "evidence": [ids[1]],
            },
        ],
    )
    topics = schema.frame(
        schema.TOPIC_COLUMNS,
        [
            {
                "topic_id": "t0",
                "label": "digitalisasi",
                "top_words": ["digitalisasi", "umkm"],
                "n_statements": 3,
                "source": "discovered",
            }
        ],
    )
    errors = schema.frame(
        schema.ERROR_COLUMNS,
        [
            {
                "source": "a/empty.txt",
                "problem": "empty",
                "message": "a/empty.txt: the file is empty",
                "fatal": True,
            }
        ],
    )
    graph = nx.MultiDiGraph()
    graph.add_node("rudi-hartono", kind="speaker", name="Rudi Hartono", aliases=["Rudi"])
    graph.add_node("sinta-dewi", kind="speaker", name="Sinta Dewi", aliases=[])
    graph.add_edge("sinta-dewi", "rudi-hartono", key="rebuts", relation="rebuts", count=1, evidence=[ids[1]])
    return Analysis(
        articles=arts,
        statements=statements,
        speakers=speakers,
        matches=matches,
        statement_groups=groups,
        discrepancies=discrepancies,
        rebuttals=rebuttals,
        stances=stances,
        topics=topics,
        errors=errors,
        graph=graph,
    )
