"""Small text helpers shared by the relate stage: words, sentences, clauses, loose word matching."""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# A sentence ends at . ! ? (optionally followed by a closing quote) before whitespace and an upper-case
# letter or opening quote, or at a line break.
# The mark is matched and the break read from group 1 (else the whole match): a pattern opening with a
# look-behind is tried at every character, one opening with a character class only where that character
# stands (a branch opening with a group, "(\n+)", is tried at every character too: hence "\n\n*").
_SENTENCE_END = re.compile(r"[.!?]([\"”’']?\s+(?=[\"“‘(]?[A-Z0-9]))|\n\n*")
_PLAIN_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_CLAUSE_BREAK = re.compile(r"[,;:.!?()\"“”]+")
# Stems shorter than this never match by prefix ("di" must not match "digital").
MIN_PREFIX = 5
MIN_INFIX = 6


def words(text: str) -> list[str]:
    """Lower-cased alphabetic words of ``text`` ("pelatihan-pelatihan" gives two words; "can’t" is "can't")."""
    text = text or ""
    low = text.lower()
    # Lower-casing the whole text first gives the same words when every character keeps its length
    # (lower-casing never moves a character in or out of the word class) and no capital sigma needs its
    # word-final form, which depends on what follows the word.
    if len(low) == len(text) and "Σ" not in text:
        return _WORD.findall(low.replace("’", "'"))
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def word_spans(text: str) -> list[tuple[str, int, int]]:
    """``(word, start, end)`` for each word, keeping the original case."""
    # One apostrophe for both spellings ("doesn’t" is "doesn't"); same length, so offsets hold.
    return [(m.group().replace("’", "'"), m.start(), m.end()) for m in _WORD.finditer(text or "")]


def sentence_spans(text: str, abbreviations: Iterable[str] = ()) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (a cheap splitter: enough to scope a cue).

    A full stop after one of ``abbreviations`` (lower-case, without the dot: "ms", "dr") ends nothing.
    """
    abbr = frozenset(abbreviations)
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        b, e = m.span(1) if m.start(1) >= 0 else m.span()
        if abbr and text[b - 1 : b] == ".":
            before = _WORD.findall(text[max(start, b - 12) : b])
            if before and before[-1].lower() in abbr:
                continue
        if b > start:
            spans.append((start, b))
        start = e
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def plain_sentences(text: str) -> list[str]:
    """``text`` split after every . ! ? followed by white space (no abbreviation rule; offsets not kept).

    Enough to give a statement's sentences a vote each or take its first sentence as a claim.
    """
    return _PLAIN_SENTENCE_END.split(text)


def sentence_at(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The sentence span containing character ``pos`` (the last one when past the end)."""
    # Spans are sorted and disjoint: the one holding pos is the last starting at or before it.
    i = bisect.bisect_right(spans, (pos, math.inf)) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i]
    return spans[-1] if spans else (0, 0)


def clauses(text: str) -> list[str]:
    """Pieces of ``text`` between punctuation marks, stripped, non-empty."""
    return [c.strip() for c in _CLAUSE_BREAK.split(text or "") if c.strip()]


def same_word(a: str, b: str) -> bool:
    """Equal, or one is a prefix of the other and at least :data:`MIN_PREFIX` letters long.

    A poor man's stemmer that works across languages: "digital" ~ "digitalisasi", "ekspor" ~ "ekspornya";
    a stem of :data:`MIN_INFIX` letters also matches inside a word ("layanan" ~ "pelayanan").
    """
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= MIN_PREFIX and long_.startswith(short):
        return True
    # a longer stem inside an affixed form ("layanan" ~ "pelayanan", "housing" ~ "rehousing")
    return len(short) >= MIN_INFIX and short in long_


def shared(keywords: Iterable[str], tokens: Iterable[str]) -> list[str]:
    """Keywords (in their given order) that some token matches with :func:`same_word`."""
    toks = list(tokens)
    if not toks:
        return []
    return shared_in(keywords, *token_index(toks))


def token_index(tokens: Iterable[str]) -> tuple[frozenset[str], str]:
    """The set of ``tokens`` and their ``\x00``-joined string, as :func:`shared_in` reads them.

    Built once per sentence, it serves every keyword and every proposition tested on that sentence.
    """
    toks = list(tokens)
    return frozenset(toks), "\x00" + "\x00".join(toks) + "\x00"


def shared_in(keywords: Iterable[str], tokset: frozenset[str], joined: str) -> list[str]:
    """:func:`shared` on tokens already indexed by :func:`token_index`.

    Same answers as testing same_word against every token, by substring look-ups: a keyword matches
    a token it equals, starts (5+ letters) or sits inside (6+), or one that starts it or sits inside it.
    """
    if not tokset:
        return []
    return [k for k in keywords if _matches_any(k, tokset, joined)]


def _matches_any(k: str, tokset: frozenset[str] | set[str], joined: str) -> bool:
    if k in tokset:
        return True
    n = len(k)
    if (n >= MIN_INFIX and k in joined) or (n >= MIN_PREFIX and "\x00" + k in joined):
        return True
    return not _inner_stems(k).isdisjoint(tokset)


@lru_cache(maxsize=65536)
def _inner_stems(k: str) -> frozenset[str]:
    """The shorter words :func:`same_word` matches to ``k``: its prefixes of MIN_PREFIX+ letters and
    its inner pieces of MIN_INFIX+ letters (one set test per sentence instead of one per piece)."""
    n = len(k)
    return frozenset(
        [k[:m] for m in range(MIN_PREFIX, n)]
        + [k[i : i + m] for m in range(MIN_INFIX, n) for i in range(n - m + 1)]
    )


@lru_cache(maxsize=64)
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    # Longest first, so "dibantah oleh" wins over "dibantah" at the same place.
    alts = [r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=lambda p: (-len(p), p))]
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=64)
def _canonical(phrases: tuple[str, ...]) -> dict[str, str]:
    """Each phrase by its words joined with single spaces (how a match is read back)."""
    return {" ".join(p.split()): p for p in phrases}


@lru_cache(maxsize=64)
def _first_runs(phrases: tuple[str, ...]) -> frozenset[str] | None:
    """The first word (``\\w+`` run) of each phrase; None when a phrase starts with no word character."""
    firsts = set()
    for p in phrases:
        m = re.match(r"\w+", p)
        if m is None:
            return None
        firsts.add(m.group().lower())
    return frozenset(firsts)


def find_phrases(text: str, phrases: Iterable[str]) -> list[tuple[int, int, str]]:
    """Non-overlapping matches of lower-case ``phrases`` on word boundaries, longest phrase first.

    Returns ``(start, end, phrase)`` sorted by start.
    """
    phrases = tuple(sorted(set(phrases)))
    if not phrases:
        return []
    canon = _canonical(phrases)
    pattern = _phrase_pattern(phrases)
    firsts = _first_runs(phrases)
    low = text.lower()
    if firsts is None or len(low) != len(text):
        found = list(pattern.finditer(text))
    else:
        # A long alternation tried at every character scans at about 1 MB/s; trying it only where the
        # first word of some phrase stands (found by str.find) gives the same matches, in the same order.
        starts = set()
        for first in firsts:
            i = low.find(first)
            while i >= 0:
                j = i + len(first)
                # a letter, digit or "_" on either side: no word boundary (a looser test only tries more places)
                before = low[i - 1] if i else ""
                after = low[j] if j < len(low) else ""
                if not (before and (before.isalnum() or before == "_")) and not (
                    after and (after.isalnum() or after == "_")
                ):
                    starts.add(i)
                i = low.find(first, i + 1)
        found, end = [], 0
        for pos in sorted(starts):
            m = pattern.match(text, pos) if pos >= end else None
            if m is not None:
                found.append(m)
                end = m.end()
    return [(m.start(), m.end(), canon[" ".join(m.group().lower().split())]) for m in found]


class Vocabulary:
    """The words :func:`same_word` matches to a keyword, found among many words without testing each.

    >>> Vocabulary(["digitalisasi", "pelayanan", "jalan"]).matching("digital")
    ['digitalisasi']
    """

    def __init__(self, vocab: Iterable[str]) -> None:
        self.words = sorted(set(vocab))
        self._set = frozenset(self.words)
        self._starts: list[int] = []
        pos = 1
        for w in self.words:
            self._starts.append(pos)
            pos += len(w) + 1
        self._joined = "\x00" + "\x00".join(self.words) + "\x00"

    def _containing(self, k: str, at_start: bool) -> set[str]:
        out, needle = set(), ("\x00" + k if at_start else k)
        i = self._joined.find(needle)
        while i >= 0:
            j = bisect.bisect_right(self._starts, i + (1 if at_start else 0)) - 1
            out.add(self.words[j])
            i = self._joined.find(needle, i + 1)
        return out

    def matching(self, k: str) -> list[str]:
        """Sorted words ``w`` of the vocabulary with ``same_word(k, w)``."""
        n = len(k)
        out = {k} & self._set
        if n >= MIN_INFIX:
            out |= self._containing(k, at_start=False)  # k inside (or starting) a longer word
        elif n >= MIN_PREFIX:
            out |= self._containing(k, at_start=True)
        out |= {k[:m] for m in range(MIN_PREFIX, n) if k[:m] in self._set}  # a word starting k
        out |= {
            k[i : i + m] for m in range(MIN_INFIX, n) for i in range(n - m + 1) if k[i : i + m] in self._set
        }
        return sorted(out)
