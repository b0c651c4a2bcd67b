"""Statements from turns: each turn split into sentences (``kind="spoken"``), offsets into the turn text.

Sentences come from :func:`debatekit.extract.text_units.sentences` with the language pack's abbreviations
("Mr." does not end one). A long sentence holding two claims joined by a semicolon is cut there too.
Questions are marked (``is_question``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pandas as pd

from debatekit import schema
from debatekit.debate.participants import Participant
from debatekit.extract.text_units import paragraphs, sentences
from debatekit.lang import LanguagePack

CLAUSE_MIN_WORDS = 6  # each side of a semicolon needs this many words to stand as its own statement
_SEMICOLON = re.compile(r";\s+")


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` of the semicolon clauses of one sentence, when both sides are long enough."""
    spans, s = [], start
    for m in _SEMICOLON.finditer(text, start, end):
        if len(text[s : m.start()].split()) >= CLAUSE_MIN_WORDS and len(text[m.end() : end].split()) >= (
            CLAUSE_MIN_WORDS
        ):
            spans.append((s, m.start() + 1))
            s = m.end()
    spans.append((s, end))
    return spans


def turn_spans(text: str, pack: LanguagePack) -> list[tuple[int, int]]:
    """Statement spans of one turn's text: sentences, cut at semicolons between two long clauses.

    Examples
    --------
    >>> from debatekit.lang import get_pack
    >>> t = "Mr. Doe is wrong. Taxes went up? Yes."
    >>> [t[a:b] for a, b in turn_spans(t, get_pack("en"))]
    ['Mr. Doe is wrong.', 'Taxes went up?', 'Yes.']
    """
    out = []
    for p0, p1 in paragraphs(text):
        for s0, s1 in sentences(text, p0, p1, pack.text.ABBREVIATIONS):
            while s1 > s0 and text[s1 - 1].isspace():
                s1 -= 1
            if s1 > s0:
                out.extend(_clauses(text, s0, s1))
    return out


def spoken_statements(
    turns: pd.DataFrame, participants: Mapping[str, Participant], pack: LanguagePack
) -> pd.DataFrame:
    """The ``statements`` rows of a transcript (``schema.STATEMENT_COLUMNS``), in turn order.

    ``statement_id`` is ``"<turn_id>:s<start>"``; ``start``/``end`` are offsets into ``turns.text``;
    ``speaker_mention`` is the transcript label; ``article_id`` and ``outlet`` are None.
    """
    rows = []
    for turn_id, label, text in zip(turns["turn_id"], turns["speaker"], turns["text"], strict=True):
        p = participants.get(label) if isinstance(label, str) else None
        for a, b in turn_spans(text, pack):
            piece = text[a:b]
            rows.append(
                {
                    "statement_id": f"{turn_id}:s{a}",
                    "kind": "spoken",
                    "text": piece,
                    "speaker_id": p.speaker_id if p else None,
                    "speaker": p.name if p else None,
                    "speaker_mention": label if isinstance(label, str) else None,
                    "start": a,
                    "end": b,
                    "confidence": 1.0 if p else 0.0,
                    "turn_id": turn_id,
                    "is_question": piece.rstrip(" \"”’')").endswith("?"),
                }
            )
    return schema.frame(schema.STATEMENT_COLUMNS, rows)
