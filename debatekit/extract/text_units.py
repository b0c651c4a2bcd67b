"""Paragraphs, sentences, words and capitalised runs, all as character offsets into one text.

A rule-based splitter rather than pysbd or a model: it runs at the speed the pipeline needs
(hundreds of articles a second per core), keeps exact offsets, and reads its abbreviations from the
language packs.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Container
from dataclasses import dataclass
from typing import NamedTuple

WORD_RE = re.compile(r"\w+(?:[-'’.]\w+)*\.?", re.UNICODE)
# WORD_RE with the text before each word: a word starts at the first word character after the last one.
# Its quantifiers are possessive (the same matches: each one stops where a character of a disjoint class
# comes, so nothing is given back), which saves the engine its backtracking marks (a fifth of the scan).
# Python 3.10 (still supported) has no possessive quantifiers: there the plain pattern, same matches.
_GAP_WORD_RE = re.compile(
    r"(\W*+)(\w++(?:[-'’.]\w++)*+\.?)" if sys.version_info >= (3, 11) else r"(\W*)(" + WORD_RE.pattern + ")",
    re.UNICODE,
)
_WORD_CHAR_RE = re.compile(r"\w", re.UNICODE)
PARAGRAPH_RE = re.compile(r"[^\n]+")
# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before white space.
SENTENCE_END_RE = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s|$)")
DOUBLE_QUOTES = '"“”„‟«»'
_SENTENCE_OPENERS = DOUBLE_QUOTES + "‘'(["
_LAST_TOKEN_RE = re.compile(r"[\w.]+$")
# SENTENCE_END_RE and the white space after it (\s is str.isspace): the match ends at the next character
_END_AND_SPACES_RE = re.compile("(" + SENTENCE_END_RE.pattern + r")\s*")
_INITIALS_RE = re.compile(r"(?:[a-z]\.)+[a-z]")
_INITIAL_RE = re.compile(r"[A-Z][a-z]{0,2}\.")


class Word:
    """A word with its offsets; ``text`` keeps a trailing full stop when it is part of the token.

    ``bare`` drops that full stop, ``lower`` is ``bare`` lower-cased; both are computed once because
    the extractor asks for them millions of times on a large corpus.
    """

    __slots__ = ("text", "start", "end", "bare", "lower", "is_capitalised")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        bare = text.rstrip(".") if text[-1:] == "." else text
        self.bare = bare
        self.lower = bare.lower()
        self.is_capitalised = text[:1].isupper()

    def __repr__(self) -> str:
        return f"Word({self.text!r}, {self.start}, {self.end})"


PAIR_HYPHEN_RE = re.compile(r"(?<=[a-z])-(?=[A-Z])")
POSSESSIVE_MARKS = "'’"


class WordScan(NamedTuple):
    """What one pass over an article's words gives (:func:`scan_words`)."""

    ws: list[Word]
    starts: list[int]  # ``[w.start for w in ws]``
    lower: set[str]  # ``lower`` of the words that are not capitalised
    capitalised: list[Word]  # the capitalised words, in order
    watched: list[int]  # ascending indices in ``ws`` of the words whose ``lower`` is in ``watch``


def words(text: str, start: int = 0, end: int | None = None, split_pairs: bool = False) -> list[Word]:
    """Words of ``text[start:end]`` with absolute offsets.

    With ``split_pairs``, "Lubis-Yusuf" becomes two words: Indonesian news joins a ticket's two names
    with a hyphen ("Hendra Lubis-Yusuf Rahman"), and a name never contains one.
    """
    return scan_words(text, start, end, split_pairs).ws


def scan_words(
    text: str,
    start: int = 0,
    end: int | None = None,
    split_pairs: bool = False,
    watch: Container[str] = frozenset(),
) -> WordScan:
    """:func:`words` with what the extractor's later passes read of every word, from the same loop.

    The word starts (for bisects), the lower-case words, the capitalised words and the positions of
    the ``watch`` words (pronouns, role and place words) each took a pass of their own over the words.
    """
    end = len(text) if end is None else end
    out: list[Word] = []
    starts: list[int] = []
    lower: set[str] = set()
    capitalised: list[Word] = []
    watched: list[int] = []
    scan = WordScan(out, starts, lower, capitalised, watched)
    # a million words on a large corpus: the loop is kept lean
    append, add_start, add_lower, add_capitalised = out.append, starts.append, lower.add, capitalised.append
    new = object.__new__
    pos = start
    # The search stops one character after the last word character (a word may end in a full stop): on a
    # tail without a word, _GAP_WORD_RE's \W* is tried from every character to the end (quadratic).
    stop = min(end, len(text))
    while stop > start and _WORD_CHAR_RE.match(text, stop - 1) is None:
        stop -= 1
    stop = min(stop + 1, end)
    # (gap, token) pairs from one C call, offsets counted from their lengths: no match object per word
    for gap, token in _GAP_WORD_RE.findall(text, start, stop):
        s = pos + len(gap)
        pos = e = s + len(token)
        last = token[-1]
        if split_pairs and "-" in token and PAIR_HYPHEN_RE.search(token):
            at = 0
            for part in PAIR_HYPHEN_RE.split(token):
                _add_word(Word(part, s + at, s + at + len(part)), scan, watch)
                at += len(part) + 1
        elif len(token) > 2 and last in "sS" and token[-2] in POSSESSIVE_MARKS:
            # "Trump's": the possessive is no part of the name, and it ends a name run ("Trump's aide Jo Roe")
            _add_word(Word(token[:-2], s, e - 2), scan, watch)
        else:
            # Word.__init__ inlined (the same fields): a token ends in at most one full stop
            w = new(Word)
            w.text = token
            w.start = s
            w.end = e
            bare = token[:-1] if last == "." else token
            w.bare = bare
            w.lower = low = bare.lower()
            if token[0].isupper():
                w.is_capitalised = True
                add_capitalised(w)
            else:
                w.is_capitalised = False
                add_lower(low)
            if low in watch:
                watched.append(len(out))
            append(w)
            add_start(s)
    return scan


def _add_word(w: Word, scan: WordScan, watch: Container[str]) -> None:
    """Note ``w`` in every list of ``scan``, as the inlined loop of :func:`scan_words` does."""
    if w.is_capitalised:
        scan.capitalised.append(w)
    else:
        scan.lower.add(w.lower)
    if w.lower in watch:
        scan.watched.append(len(scan.ws))
    scan.ws.append(w)
    scan.starts.append(w.start)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line; the cleaner puts one paragraph per line."""
    spans = []
    for m in PARAGRAPH_RE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


def sentences(text: str, start: int, end: int, abbreviations: frozenset[str]) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` (one paragraph) into sentence spans.

    A full stop after an abbreviation from the pack, a single capital initial ("H.") or a number
    ("4.0", "12.450") does not end a sentence; a sentence must be followed by white space and a
    capital, a digit, a quotation mark or a bracket.
    """
    spans = []
    s = start
    last_token = _LAST_TOKEN_RE.search  # pos/endpos: no slices
    for m in _END_AND_SPACES_RE.finditer(text, start, end):
        mark, stop = m.span(1)
        k = m.end()  # the next non-space character
        if text[mark] == ".":
            last = last_token(text, max(start, mark - 12), mark)
            token = last.group().lower() if last else ""
            # a lone letter ("a".."z") compared, and the initials pattern tried only on a token with a full
            # stop: two regex calls fewer per full stop of a corpus
            if token and (token.rstrip(".") in abbreviations or (len(token) == 1 and "a" <= token <= "z")):
                continue
            if "." in token and _INITIALS_RE.fullmatch(token):  # S.E. / M.M. / U.S.
                continue
        if k < end and not (text[k].isupper() or text[k].isdigit() or text[k] in _SENTENCE_OPENERS):
            continue
        spans.append((s, stop))
        s = k
    if s < end:
        spans.append((s, end))
    return [(a, b) for a, b in spans if b > a]


class WordSpan:
    """Offsets of a non-empty tuple of words: ``start`` of the first, ``end`` of the last."""

    words: tuple[Word, ...]

    @property
    def start(self) -> int:
        return self.words[0].start

    @property
    def end(self) -> int:
        return self.words[-1].end


@dataclass(frozen=True)
class Run(WordSpan):
    """A maximal sequence of capitalised words (names, roles, places), possibly with name particles."""

    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


def capitalised_runs(ws: list[Word], particles: frozenset[str], text: str) -> list[Run]:
    """Group consecutive capitalised words separated only by single spaces into runs.

    Runs break at punctuation (a comma separates an appositive), so "Wali Kota Kotabaru, Rahmat Siregar"
    gives two runs; lower-case name particles ("bin", "van") stay inside a run.
    """
    out: list[Run] = []
    current: list[Word] = []
    for w in ws:
        if w.is_capitalised or (current and w.text in particles):
            if current:
                last = current[-1]
                if text[last.end : w.start] != " " or (
                    last.text.endswith(".") and not _is_initial(last.text)
                ):
                    _emit(current, particles, out)
                    current = []
            current.append(w)
        elif current:
            _emit(current, particles, out)
            current = []
    if current:
        _emit(current, particles, out)
    return out


def joins(text: str, a: Word, b: Word) -> bool:
    """Do words ``a`` and ``b`` belong to one name-like run (a single space, no sentence end between)?"""
    return text[a.end : b.start] == " " and (not a.text.endswith(".") or _is_initial(a.text))


def _is_initial(token: str) -> bool:
    # "H." or "M." or "Dr." style abbreviations inside a name keep the run going.
    return bool(_INITIAL_RE.fullmatch(token))


# Run's dataclass __init__ sets its one field with object.__setattr__ (it is frozen): done here directly,
# without the call of __init__, for the hundreds of runs of every article (the same object)
_new, _set_field = object.__new__, object.__setattr__


def _emit(current: list[Word], particles: frozenset[str], out: list[Run]) -> None:
    while current and current[-1].text in particles:
        current = current[:-1]
    if current:
        run = _new(Run)
        _set_field(run, "words", tuple(current))
        out.append(run)
