"""Find which speakers a stretch of article text names: resolved mentions plus a name search.

The extraction stage's ``mentions`` table is the first source (it resolves roles and pronouns in
context). Names it missed are found by searching each speaker's name aliases and *distinctive name
tokens* (a token of the canonical name no other speaker's name has: "Rahmat" but not "Siregar" when two
Siregars speak).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import pandas as pd

from debatekit.cells import records

_RUN = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
SPEAKER_FIELDS = ("speaker_id", "name", "roles", "aliases")  # the columns read (records of all are slow)


@dataclass(frozen=True, order=True)
class Hit:
    """A speaker named at ``[start, end)`` of the article text."""

    start: int
    end: int
    speaker_id: str
    kind: str = "name"  # mention kind: name | role | pronoun


def _as_list(value) -> list[str]:
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value if isinstance(v, str)]
    if hasattr(value, "tolist"):
        return [str(v) for v in value.tolist() if isinstance(v, str)]
    return []


class SpeakerFinder:
    """Resolve speaker names in article text.

    Parameters
    ----------
    speakers : DataFrame
        ``schema.SPEAKER_COLUMNS``.
    mentions : DataFrame
        ``schema.MENTION_COLUMNS``; mentions of unknown speaker ids are ignored.
    """

    def __init__(self, speakers: pd.DataFrame, mentions: pd.DataFrame) -> None:
        self.known = set(speakers["speaker_id"].dropna()) if len(speakers) else set()
        token_owners: dict[str, set[str]] = {}
        surface: dict[str, set[str]] = {}
        for row in records(speakers[[c for c in SPEAKER_FIELDS if c in speakers.columns]]):
            sid, name = row.get("speaker_id"), row.get("name")
            if not isinstance(sid, str) or not isinstance(name, str):
                continue
            roles = set(_as_list(row.get("roles")))
            for alias in [name, *_as_list(row.get("aliases"))]:
                # Roles are shared across people and time ("Wali Kota Kotabaru"); the mentions table
                # resolves them in context, so only names are searched here.
                if alias not in roles and len(alias) >= 3 and alias[:1].isupper():
                    surface.setdefault(alias, set()).add(sid)
            for tok in re.findall(r"[^\W\d_]{3,}", name):
                if tok[:1].isupper():
                    token_owners.setdefault(tok, set()).add(sid)
        for tok, owners in token_owners.items():
            if len(owners) == 1:
                surface.setdefault(tok, set()).update(owners)
        # Forms that name two people are useless for telling them apart.
        self.surface = {s: next(iter(o)) for s, o in surface.items() if len(o) == 1}
        # Forms by their first word, longest first: a lookup per capitalised word of the text instead of
        # one alternation of every name tried at every character (its cost grew with the corpus).
        self._by_first: dict[str, list[str]] = {}
        for form in sorted(self.surface, key=lambda s: (-len(s), s)):
            first = _RUN.match(form)
            if first is not None:
                self._by_first.setdefault(first.group(), []).append(form)
        # Mentions by article as plain tuples; their sorted Hits are built for the articles asked about
        # only (few articles hold a rebuttal cue or a headline between two names).
        self._raw: dict[str, list[tuple[int, int, str, str]]] = {}
        self._mentions: dict[str, tuple[list[Hit], list[int]]] = {}
        m = mentions
        if len(m):
            # tolist(): iterating an Arrow-backed column yields its cells one by one, about 10x slower
            for aid, start, end, sid, kind in zip(
                *(m[c].tolist() for c in ("article_id", "start", "end", "speaker_id", "kind")), strict=True
            ):
                if sid in self.known:
                    self._raw.setdefault(str(aid), []).append((start, end, sid, kind))

    def _article_mentions(self, article_id: str) -> tuple[list[Hit], list[int]]:
        """The article's resolved mentions as sorted Hits, and their starts."""
        if article_id not in self._mentions:
            hits = sorted(
                Hit(int(start), int(end), sid, str(kind) if isinstance(kind, str) and kind else "name")
                for start, end, sid, kind in self._raw.get(article_id, ())
            )
            self._mentions[article_id] = hits, [h.start for h in hits]
        return self._mentions[article_id]

    def search(self, text: str, offset: int = 0) -> list[Hit]:
        """Name hits in ``text`` (offsets shifted by ``offset``), longest form first, non-overlapping."""
        out, end = [], 0
        for run in _RUN.finditer(text):
            forms = self._by_first.get(run.group())
            if not forms or run.start() < end:
                continue
            pos = run.start()
            for form in forms:
                stop = pos + len(form)
                if text.startswith(form, pos) and not (stop < len(text) and _WORD_CHAR.match(text, stop)):
                    out.append(Hit(pos + offset, stop + offset, self.surface[form]))
                    end = stop
                    break
        return out

    def hits(self, article_id: str, text: str, start: int, end: int) -> list[Hit]:
        """Speakers named in ``text[start:end]`` of an article, sorted by position."""
        mentions, starts = self._article_mentions(article_id)
        i = bisect.bisect_left(starts, start)
        found = []
        while i < len(mentions) and mentions[i].start < end:
            if mentions[i].end <= end:
                found.append(mentions[i])
            i += 1
        for h in self.search(text[start:end], start):
            if all(h.end <= m.start or h.start >= m.end for m in found):
                found.append(h)
        return sorted(found)
