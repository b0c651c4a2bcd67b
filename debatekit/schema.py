"""The one place that defines every DataFrame debatekit returns.

Each table is a tuple of column names in output order, with a short description per column in
``DESCRIPTIONS``. Stages build their frames with :func:`frame` so that an empty result still has the
right columns, and tests compare against these tuples rather than repeating the names.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pandas as pd

ARTICLE_COLUMNS: tuple[str, ...] = (
    "article_id",  # stable id: the given id, else derived from the source path (or text hash)
    "outlet",  # publisher: given by the user, else from dateline / photo credit / None
    "title",  # headline line
    "published",  # ISO date string YYYY-MM-DD (or full ISO timestamp when the time is known), or None
    "language",  # ISO 639-1 code ("id", "en", ...)
    "url",
    "source",  # where it came from: file path (with "#n" for records inside a file) or "<dataframe>"
    "text",  # cleaned text: kept lines joined by one "\n", headline first (debatekit.io.clean); offsets point here
    "raw_text",  # text as read (line ends normalised; HTML: extracted main text), before cleaning; io.to_raw_offset maps back
    "event_id",  # the occasion the article reports (events table), filled by the events step, else None
)

TURN_COLUMNS: tuple[str, ...] = (
    "turn_id",  # "<transcript id>:t<n>", n counted from 0 in file order
    "speaker",  # label as written in the transcript
    "text",
    "start_time",  # seconds from start (float) or None
    "end_time",
    "events",  # list[str]: stage directions taken out of the words ("(APPLAUSE)", "[crosstalk]")
    "interrupted",  # True when the turn is cut off ("--", "…", or ends in crosstalk)
    "line",  # 1-based line of the file where the turn starts, or None
    "speaker_id",  # resolved participant (debatekit.debate.participants), else None
    "role",  # moderator | candidate | panelist | audience | other, else None
    "segment_id",  # exchange the turn belongs to ("<transcript id>:x<n>"), else None
    "segment_topic",  # the segment's most said content words, comma-joined, else None
    "responds_to",  # turn_id this turn answers or replies to, else None
)

ERROR_COLUMNS: tuple[str, ...] = (
    "source",  # file (or record) that had the problem
    "problem",  # short code: empty, binary, encoding, malformed, too_large, unreadable, ...
    "message",  # human sentence naming the file and the problem
    "fatal",  # True when the item was skipped, False when it loaded with a warning
)

MENTION_COLUMNS: tuple[str, ...] = (
    "mention_id",  # "<article_id>:m<start>"
    "article_id",
    "start",
    "end",
    "text",  # surface form as in articles.text[start:end]
    "kind",  # "name" | "role" | "pronoun"
    "speaker_id",  # resolved person, or None
)

STATEMENT_COLUMNS: tuple[str, ...] = (
    "statement_id",  # "<article_id>:d<start>" for direct, ":i<start>" for indirect
    "article_id",
    "outlet",
    "kind",  # "direct" | "indirect"
    "text",  # exactly articles.text[start:end], without enclosing quotation marks
    "speaker_id",  # resolved person id, or None
    "speaker",  # canonical name, or None when nobody can be found
    "speaker_mention",  # the words the article used ("ujarnya", "Wali Kota Kotabaru", "Rahmat")
    "cue",  # the speech verb or reporting cue that fired ("kata", "menurut", "said")
    "start",
    "end",
    "confidence",  # 0..1, how sure the attribution is
    "topic_id",  # filled by the topic stage, else None
    "group_id",  # versions of one utterance across outlets share it (align stage), else None
    "turn_id",  # transcript turn(s) the statement comes from, ";"-joined, else None
    "transcript_relation",  # relation to the transcript (same labels as matches.relation), else None
    "transcript_score",  # 0..100, else None
    "is_question",  # spoken statements: True when the sentence asks a question, else None
)

SPEAKER_COLUMNS: tuple[str, ...] = (
    "speaker_id",  # slug of the canonical name, e.g. "jane-doe"
    "name",  # canonical (longest clean) name
    "aliases",  # list[str]: every surface form seen (names, roles, epithets)
    "roles",  # list[str]: titles and roles the articles tie to the person
    "n_statements",
    "n_articles",
    "kind",  # person | organisation | place | description (debatekit.extract.kinds)
)

MATCH_COLUMNS: tuple[str, ...] = (
    "match_id",
    "statement_id_a",
    "statement_id_b",
    "article_id_a",
    "article_id_b",
    "relation",  # verbatim | minor_edit | reworded | partial | indirect_vs_direct | misattributed
    "score",  # 0..100
    "diff",  # word-level account: list of {"op": "equal|insert|delete|replace", "a": str, "b": str}
    # (words without punctuation) plus "a_start", "a_end", "b_start", "b_end": the op's stretch of each
    # statement's text as printed (statements.text[start:end]; the stretches of one side tile it), None
    # where the words could not be placed (debatekit.align.printed)
    "note",  # what a relation does not say, e.g. "spelling: 'Jokowi' vs 'Jokowie'", else None
    "event_id",  # the event both articles belong to, else None (the same words reprinted on another occasion)
)

STATEMENT_GROUP_COLUMNS: tuple[str, ...] = (
    "group_id",
    "statement_ids",  # list[str]
    "article_ids",  # list[str]
    "outlets",  # list[str]
    "speaker_ids",  # list[str]
    "n_statements",
    "parts",  # list, beside statement_ids: the sentences of a long statement the group holds ("s1-2"), or None (whole)
)

# An evidence item (discrepancies.evidence, rebuttals.evidence) is a dict with exactly these keys, the words
# at text[start:end]: for news, article_id and articles.text; for speech, article_id None, one more key
# "turn_id" and that turn's text (turns.text). Made by debatekit.cells.evidence_item.
EVIDENCE_KEYS: tuple[str, ...] = ("article_id", "start", "end", "text")
SPOKEN_EVIDENCE_KEYS: tuple[str, ...] = (*EVIDENCE_KEYS, "turn_id")

DISCREPANCY_COLUMNS: tuple[str, ...] = (
    "discrepancy_id",
    "kind",  # date | arithmetic | number | wording | misattribution | omission
    "article_ids",  # list[str]
    "statement_ids",  # list[str]
    "detail",  # one human sentence
    "evidence",  # list of evidence items (EVIDENCE_KEYS, built by cells.evidence_item): the words that show it
    "event_id",  # the event of the articles concerned (None when they belong to different events)
)

EVENT_COLUMNS: tuple[str, ...] = (
    "event_id",  # "e-" + hash of the event's first article id
    "article_ids",  # list[str], sorted
    "outlets",  # list[str]
    "first_date",  # ISO date of the earliest article ("--MM-DD" when only day and month are written)
    "last_date",
    "main_speakers",  # list[str]: the most quoted people, most quoted first
    "label",  # headline of the event's first article
    "n_articles",
)

REBUTTAL_COLUMNS: tuple[str, ...] = (
    "rebuttal_id",
    "source_speaker_id",
    "target_speaker_id",
    "source_statement_id",
    "target_statement_id",
    "article_id",
    "relation",  # "rebuts" | "supports" | "answers" (a response cue whose polarity is unknown)
    "cue",
    "evidence",  # list of evidence items (EVIDENCE_KEYS): the words that justify the edge
)

STANCE_COLUMNS: tuple[str, ...] = (
    "speaker_id",
    "speaker",
    "target",  # proposition text or topic id
    "target_kind",  # "proposition" | "topic"
    "stance",  # "for" | "against" | "neutral"
    "score",  # -1..1
    "evidence",  # list[str] of statement ids (the statements the stance is read from, not a text span)
)

TOPIC_COLUMNS: tuple[str, ...] = (
    "topic_id",
    "label",
    "top_words",  # list[str]
    "n_statements",
    "source",  # "user" | "discovered"
)

PARTICIPATION_COLUMNS: tuple[str, ...] = (
    "speaker_id",
    "name",
    "label",  # the transcript label(s), ";"-joined
    "role",  # moderator | candidate | panelist | audience | other
    "n_turns",
    "n_words",
    "n_statements",
    "speaking_time",  # seconds from the turns' timestamps, or None without them
    "interruptions",  # turns of this speaker cut off by someone else
    "interrupts",  # turns in which this speaker cut someone else off
    "questions_asked",
    "questions_answered",  # turns that respond to another speaker's question
    "rebuts",  # statement-level rebuttal edges made
    "rebutted",  # ... received
    "supports",
)

TABLES: Mapping[str, tuple[str, ...]] = {
    "articles": ARTICLE_COLUMNS,
    "turns": TURN_COLUMNS,
    "errors": ERROR_COLUMNS,
    "mentions": MENTION_COLUMNS,
    "statements": STATEMENT_COLUMNS,
    "speakers": SPEAKER_COLUMNS,
    "matches": MATCH_COLUMNS,
    "statement_groups": STATEMENT_GROUP_COLUMNS,
    "discrepancies": DISCREPANCY_COLUMNS,
    "rebuttals": REBUTTAL_COLUMNS,
    "stances": STANCE_COLUMNS,
    "topics": TOPIC_COLUMNS,
    "participation": PARTICIPATION_COLUMNS,
    "events": EVENT_COLUMNS,
}


def frame(columns: Sequence[str], rows: Iterable[Mapping[str, Any]] = ()) -> pd.DataFrame:
    """Build a DataFrame with exactly ``columns`` (missing keys become None), in that order.

    Parameters
    ----------
    columns : sequence of str
        One of the column tuples above.
    rows : iterable of mappings
        Row dicts; extra keys are dropped.

    Returns
    -------
    pandas.DataFrame
        Frame with a fresh RangeIndex; numeric columns get numeric dtypes, the rest stay object.
    """
    data = [[row.get(c) for c in columns] for row in rows]
    return pd.DataFrame(data, columns=list(columns), dtype=object).infer_objects()
