"""Remove page debris from article text, line by line, and keep a map back to the raw text.

The cleaned text is the raw text's kept lines, each stripped of surrounding whitespace, joined by a
single ``"\\n"`` (one line = one paragraph). Every kept line is an exact substring of the raw text, so
offsets map back with :func:`to_raw_offset` (or the spans of :func:`clean_text`).

A line is debris when it matches a cue of any language pack (``LINE_CUES``, ``CAPTION_CUES``), or by
general rules that need no words: share widgets (several social-network names and no sentence), icon
and counter leftovers (a short line starting in lower case or without letters), short all-capitals
labels, bare timestamps, the headline repeated with a site name, a line repeated earlier in the page,
link lists under a panel heading, and furniture between the headline and a dateline that opens the body.
The headline (first line) is kept as the first line of the text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from debatekit.io.patterns import date_regex, find_dateline
from debatekit.lang import all_packs

# Brand names of share buttons: the same in every language, so they are not in a language pack.
SOCIAL_NETWORKS = frozenset(
    """facebook twitter x whatsapp telegram line pinterest linkedin flipboard instagram youtube tiktok
    reddit tumblr messenger kakaotalk wechat threads gmail""".split()
)

SHORT_WORDS = 6  # a "short" line has at most this many words...
SHORT_CHARS = 60  # ...and at most this many characters
PRE_DATELINE_SCAN = 8  # a dateline opening the body is looked for in this many first kept lines
FURNITURE_MAX_CHARS = 250  # lines above a dateline longer than this are text, not furniture

REPEAT_MIN_WORDS = 5  # a repeated sentence is debris from this length on (captions, pull quotes)
TITLE_MAX_CHARS = 200
TITLE_MAX_WORDS = 30

_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’]?\s+[\"“A-Z]")
_SENTENCE_TAIL = re.compile(r"[.!?…][\"'”’»)\]]*\s*$")
_WORD = re.compile(r"\w+", re.UNICODE)
_BULLETS = "•·|*-–—»›>"
_TOKEN_STRIP = _BULLETS + ".,:;!?()[]\"'"


@dataclass(frozen=True)
class Line:
    """One non-blank raw line: its stripped text and where that text starts in the raw text."""

    text: str
    start: int


@dataclass
class Cleaned:
    """Result of :func:`clean_text`.

    Attributes
    ----------
    text : str
        Kept lines joined by ``"\\n"``.
    spans : list of (clean_start, raw_start, length)
        One per kept line: ``text[clean_start:clean_start+length] == raw[raw_start:raw_start+length]``.
    title : str or None
        The headline line when the page starts with one.
    lines : list of Line
        Every non-blank raw line.
    removed : dict
        Index in ``lines`` -> reason, for the lines dropped.
    """

    text: str
    spans: list[tuple[int, int, int]]
    title: str | None
    lines: list[Line]
    removed: dict[int, str] = field(default_factory=dict)

    def kept(self) -> list[int]:
        """Indices in ``lines`` of the lines the cleaned text holds, in page order."""
        return [i for i in range(len(self.lines)) if i not in self.removed]


class _CueSet:
    """One language-pack cue list compiled for speed: ``^``-anchored patterns are tried only at the
    start of the line (``re.match``), the others searched, and only in lines of at most ``max_search``
    characters (captions and widget lines are short; long paragraphs are text)."""

    def __init__(self, patterns: Sequence[str], max_search: int = 400) -> None:
        anchored = [p for p in patterns if p.startswith("^")]
        floating = [p for p in patterns if not p.startswith("^")]
        self._match = re.compile("|".join(f"(?:{p})" for p in anchored), re.I) if anchored else None
        self._search = re.compile("|".join(f"(?:{p})" for p in floating), re.I) if floating else None
        self._max = max_search

    def search(self, line: str) -> bool:
        if self._match is not None and self._match.match(line):
            return True
        return bool(self._search is not None and len(line) <= self._max and self._search.search(line))


@lru_cache(maxsize=1)
def _cues() -> tuple[_CueSet, _CueSet, _CueSet, frozenset[str]]:
    packs = all_packs()

    def join(name: str) -> _CueSet:
        return _CueSet([p for pack in packs for p in getattr(pack.cleaning, name)])

    share = frozenset(SOCIAL_NETWORKS | {w for pack in packs for w in pack.cleaning.SHARE_WORDS})
    return join("LINE_CUES"), join("CAPTION_CUES"), join("PANEL_HEADERS"), share


def split_lines(raw: str) -> list[Line]:
    """Non-blank lines of ``raw`` with the offset of their stripped text."""
    out = []
    pos = 0
    for piece in raw.split("\n"):
        stripped = piece.strip()
        if stripped:
            out.append(Line(stripped, pos + piece.index(stripped)))
        pos += len(piece) + 1
    return out


def ends_sentence(line: str) -> bool:
    """True when the line ends like a sentence (a headline may hold a "?" inside but ends bare)."""
    return bool(_SENTENCE_TAIL.search(line))


def is_sentence(line: str) -> bool:
    """True when the line ends like a sentence or holds a sentence break."""
    return bool(_SENTENCE_TAIL.search(line) or _SENTENCE_BREAK.search(line))


def _norm(line: str) -> str:
    return " ".join(_WORD.findall(line.lower()))


def _heuristic(line: str, share_words: frozenset[str]) -> str | None:
    """Reason a line is debris by shape alone, else None."""
    sentence = is_sentence(line)
    words = line.split()
    if not sentence:  # a sentence is never a widget: its tokens are not needed
        tokens = [t for t in (w.strip(_TOKEN_STRIP).lower() for w in words) if t]
        if tokens:
            social = sum(t in SOCIAL_NETWORKS for t in tokens)
            if social >= 3 or all(t in share_words for t in tokens):
                return "share widget"
    if len(line) <= SHORT_CHARS * 2:
        m = date_regex().search(line)
        if m and len(_norm(line.replace(m.group(0), ""))) <= 12:
            return "timestamp"  # the page's own date line ("a.m." may end it); its value goes to `published`
    if sentence:
        return None
    short = len(words) <= SHORT_WORDS and len(line) <= SHORT_CHARS
    letters = [c for c in line if c.isalpha()]
    if short and not letters:
        return "counter or symbol"
    if short and letters[0].islower() and not find_dateline(line):
        return "icon or label"  # "comment", "more-vertical", "pemkot kotabaru 2": widget and image-name leftovers
    if short and not any(c.islower() for c in letters) and len(letters) > 1:
        return "capitals label"  # "ADVERTISEMENT", "TERPOPULER"
    return None


def classify(lines: Sequence[Line]) -> tuple[dict[int, str], int | None]:
    """Decide which lines are debris.

    Returns
    -------
    removed : dict
        Line index -> reason.
    title_index : int or None
        Index of the headline line, when there is one.
    """
    line_cue, caption_cue, panel_cue, share_words = _cues()
    removed: dict[int, str] = {}
    seen: dict[str, int] = {}
    in_panel = False
    for i, ln in enumerate(lines):
        t = ln.text
        key = _norm(t)
        if line_cue.search(t):
            removed[i] = "cue"
        elif caption_cue.search(t):
            removed[i] = "caption"
        elif key in seen and (len(key.split()) >= REPEAT_MIN_WORDS or not is_sentence(t)):
            removed[i] = "repeated line"  # short sentences ("Ya.") may recur in an interview
        elif in_panel and not ends_sentence(t) and len(t) <= FURNITURE_MAX_CHARS:
            removed[i] = "link panel"  # linked headlines: no closing full stop
        else:
            reason = _heuristic(t, share_words)
            if reason and not (i == 0 and reason in ("capitals label", "icon or label")):
                removed[i] = reason
        if panel_cue.search(t):
            in_panel = True
        elif ends_sentence(t) and i not in removed:
            in_panel = False
        if key:
            seen.setdefault(key, i)

    title_index = _title_index(lines, removed)
    if title_index is not None:
        title_key = _norm(lines[title_index].text)
        for i, ln in enumerate(lines):
            key = _norm(ln.text)
            if i != title_index and key.startswith(title_key) and len(key) - len(title_key) <= 40:
                removed.setdefault(i, "headline with site name")
        _drop_furniture_before_dateline(lines, removed, title_index)
    return removed, title_index


def _title_index(lines: Sequence[Line], removed: Mapping[int, str]) -> int | None:
    for i, ln in enumerate(lines):
        if i in removed:
            continue
        t = ln.text
        ok = (
            len(t) <= TITLE_MAX_CHARS
            and len(t.split()) <= TITLE_MAX_WORDS
            and not t.endswith(".")
            and not _SENTENCE_BREAK.search(t)  # a headline is one phrase, a lead paragraph has sentences
            and not find_dateline(t)
            and len(lines) > 1
        )
        return i if ok else None
    return None


def _drop_furniture_before_dateline(lines: Sequence[Line], removed: dict[int, str], title_index: int) -> None:
    """Between the headline and a dateline that opens the body sit captions, dates and widgets."""
    candidates = [j for j in range(title_index + 1, len(lines)) if j not in removed][:PRE_DATELINE_SCAN]
    for j in candidates:
        if find_dateline(lines[j].text) and is_sentence(lines[j].text):
            between = range(title_index + 1, j)
            if all(len(lines[k].text) <= FURNITURE_MAX_CHARS for k in between):
                for k in between:
                    removed.setdefault(k, "before dateline")
            return


def clean_text(raw: str) -> Cleaned:
    """Clean one article's raw text.

    Parameters
    ----------
    raw : str
        Text as read (line ends already ``"\\n"``).

    Returns
    -------
    Cleaned
        Cleaned text, spans back into ``raw``, headline and the reasons for each removed line.
    """
    lines = split_lines(raw)
    removed, title_index = classify(lines)
    return assemble(lines, removed, title_index)


def assemble(lines: list[Line], removed: dict[int, str], title_index: int | None = None) -> Cleaned:
    """Join the lines not in ``removed`` into a :class:`Cleaned`, with their spans back into the raw text."""
    parts: list[str] = []
    spans: list[tuple[int, int, int]] = []
    pos = 0
    for i, ln in enumerate(lines):
        if i in removed:
            continue
        if parts:
            pos += 1  # the "\n" separator
        spans.append((pos, ln.start, len(ln.text)))
        parts.append(ln.text)
        pos += len(ln.text)
    title = lines[title_index].text if title_index is not None else None
    return Cleaned("\n".join(parts), spans, title, lines, removed)


def _find_line(raw: str, piece: str, cursor: int) -> int:
    """Start of the first whole raw line, at or after ``cursor``, whose stripped text is ``piece``.

    A kept line can also occur inside a removed one (a caption quoting a sentence), so only matches
    with nothing but whitespace between them and the line breaks count.
    """
    found = raw.find(piece, cursor)
    while found >= 0:
        before = raw[raw.rfind("\n", 0, found) + 1 : found]
        line_end = raw.find("\n", found + len(piece))
        after = raw[found + len(piece) : line_end if line_end >= 0 else len(raw)]
        if not before.strip() and not after.strip():
            return found
        found = raw.find(piece, found + 1)
    return -1


def line_spans(text: str, raw_text: str) -> list[tuple[int, int, int]]:
    """Recover the spans of :class:`Cleaned` from a cleaned text and its raw text.

    Every cleaned line is a whole line of ``raw_text`` (stripped), found in order, so the map needs no
    stored state.
    """
    spans = []
    pos = cursor = 0
    for piece in text.split("\n"):
        found = _find_line(raw_text, piece, cursor)
        if found < 0:  # text edited by the caller: map the line to where the previous one ended
            found = cursor
        else:
            cursor = found + len(piece)
        spans.append((pos, found, len(piece)))
        pos += len(piece) + 1
    return spans


def to_raw_offset(article: Mapping[str, str] | tuple[str, str], pos: int) -> int:
    """Map an offset in an article's cleaned ``text`` to the same character in its ``raw_text``.

    Parameters
    ----------
    article : mapping with ``text`` and ``raw_text`` (an ``articles`` row), or a ``(text, raw_text)`` pair
    pos : int
        Offset into ``text`` (0 <= pos <= len(text)); an offset on a line break maps to the end of the
        line before it.

    Returns
    -------
    int
        Offset into ``raw_text``.
    """
    text, raw = article if isinstance(article, tuple) else (article["text"], article["raw_text"])
    if not 0 <= pos <= len(text):
        raise ValueError(f"offset {pos} outside the text (length {len(text)})")
    spans = line_spans(text, raw)
    for clean_start, raw_start, length in spans:
        if pos <= clean_start + length:
            return raw_start + max(0, pos - clean_start)
    return len(raw)
