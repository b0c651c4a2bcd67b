"""Typed records handed between the extraction passes and from extraction to the corpus tables.

A :class:`Candidate` is a statement before its speaker is known (pass 1 -> pass 3); a
:class:`PeopleContext` is what the people-finding passes share about one article (pass 2 and 3);
:class:`StatementRecord` and :class:`MentionRecord` are the rows of one article, pointing at an
article-local person by its key, which :func:`debatekit.extract.tables_from` turns into speaker ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, ClassVar

from debatekit.extract.cues import Cue
from debatekit.extract.entities import Person
from debatekit.extract.names import Lexicon
from debatekit.extract.offsets import SpanSet, WordIndex
from debatekit.extract.quotes import Oddity
from debatekit.extract.text_units import Run

Epithet = tuple[int, int, str]  # (start, end, phrase) of "Menantu mantan gubernur itu"


@dataclass(frozen=True)
class Candidate:
    """A statement before its speaker is known."""

    kind: str  # "direct" | "indirect"
    start: int
    end: int
    cue: Cue | None
    anchor: int  # where the attribution happens in the text (for salience)
    paragraph: int
    inherit: bool = False


@dataclass(frozen=True)
class PeopleContext:
    """What the people-finding passes share about one article."""

    text: str
    index: WordIndex
    lex: Lexicon
    quoted: SpanSet  # every quoted span, accepted or not
    masked: SpanSet  # epithets, accepted quotes and the headline
    paras: list[tuple[int, int]]
    first_body: int
    mid_sentence: frozenset[str]  # capitalised words the article uses somewhere other than a sentence start
    runs: tuple[Run, ...]  # capitalised runs outside quotes, epithets and the headline
    lower_words: frozenset[str] = frozenset()  # words the article writes in lower case somewhere


_COLUMNS: dict[type, tuple[str, ...]] = {}


class _Row:
    """Read access by column name (``record["kind"]``), as the row dicts attributors used to get."""

    __dataclass_fields__: ClassVar[dict[str, Any]]  # set by @dataclass on each record

    def __getitem__(self, column: str) -> Any:
        if column not in self.columns():
            raise KeyError(column)
        return getattr(self, column)

    @classmethod
    def columns(cls) -> tuple[str, ...]:
        """The table columns the record holds (the person key is not one)."""
        found = _COLUMNS.get(cls)
        if found is None:  # asked once per row: ``fields`` is read once per record class
            found = _COLUMNS[cls] = tuple(f.name for f in fields(cls) if f.name != "person_key")
        return found

    def as_row(self) -> dict[str, Any]:
        """The record's table columns as a row dict, for :func:`debatekit.schema.frame`."""
        return {c: getattr(self, c) for c in self.columns()}


@dataclass(frozen=True)
class StatementRecord(_Row):
    """One statement of one article; ``person_key`` is the article-local speaker, if any.

    Examples
    --------
    >>> r = StatementRecord("a:d0", "a", "direct", "Hi", None, None, 0, 2, 0.0, None)
    >>> r["kind"], r.as_row()["end"]
    ('direct', 2)
    """

    statement_id: str
    article_id: str
    kind: str
    text: str
    speaker_mention: str | None
    cue: str | None
    start: int
    end: int
    confidence: float
    person_key: int | None


@dataclass(frozen=True)
class MentionRecord(_Row):
    """One mention of an article-local person (``person_key``) in one article."""

    mention_id: str
    article_id: str
    start: int
    end: int
    text: str
    kind: str
    person_key: int


@dataclass
class ArticleExtraction:
    """What one article yields: statements and mentions pointing at article-local people."""

    article_id: str
    statements: list[StatementRecord] = field(default_factory=list)
    mentions: list[MentionRecord] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    oddities: list[Oddity] = field(default_factory=list)


__all__ = ["ArticleExtraction", "Candidate", "Epithet", "MentionRecord", "PeopleContext", "StatementRecord"]
