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
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

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
_SENTENCE_ENDS = (".", "!", "?", "…")  # a tuple: ``"" in`` a string would be True
_CLOSERS = "\"'”’»)]"  # may follow the final punctuation
_WORD = re.compile(r"\w+", re.UNICODE)
_DIGIT = re.compile(r"\d")
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


# Non-ASCII characters that a case-insensitive regex matches to an ASCII letter, mapped to that letter
# (Unicode's simple case folding; every other non-ASCII character matches no ASCII letter). The cue
# prefilter folds a line with it before lower-casing, so "İlustrasi" still contains "ilustrasi".
_ASCII_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_MAX_PREFIXES = 64


_FOLD_CHARS = re.compile("[" + "".join(map(chr, _ASCII_FOLD)) + "]")  # the keys of _ASCII_FOLD


def fold(line: str) -> str:
    """``line`` lower-cased so that a literal matched with ``re.IGNORECASE`` is a plain substring of it.

    Same length as ``line`` (U+0130 is the one character whose lower case is longer, and it is folded
    first), so offsets in it are offsets in ``line``.
    """
    if line.isascii() or not _FOLD_CHARS.search(line):
        return line.lower()
    return line.translate(_ASCII_FOLD).lower()


@lru_cache(maxsize=4096)  # the set of all cues and each section's set read the same patterns
def literal_prefixes(pattern: str) -> tuple[str, ...] | None:
    """Lower-cased texts one of which starts every case-insensitive match of ``pattern``, or None.

    Read from the parsed pattern: zero-width assertions are skipped, literals, groups and alternations
    are followed until the first repeat, class or wildcard. None when some match may start with no
    literal (or the pattern is beyond this reading), so the caller must always run the regex then.

    Examples
    --------
    >>> literal_prefixes(r"\\b(photo|image)\\s*:")
    ('image', 'photo')
    >>> literal_prefixes(r"^\\S+ views$") is None
    True
    """
    try:
        from re import _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern, re.IGNORECASE)
        found, _complete = _prefixes(parsed.data, _parser)
    except Exception:  # noqa: BLE001 - a pattern this reading does not know is simply not prefiltered
        return None
    if not found or "" in found:
        return None
    return tuple(sorted(found))


def _literal_char(code: int) -> str | None:
    ch = chr(code)
    if ch.isascii() or ch.lower() == ch.upper() == ch.casefold() == ch:  # ASCII, or caseless
        return ch.lower()
    return None


def _prefixes(items: list, parser: Any) -> tuple[set[str], bool]:
    """(prefixes, complete) of a parsed sequence; complete means every match is one of them exactly."""
    c = parser  # the opcodes are names of re._parser
    out = {""}
    for op, av in items:
        if op is c.AT:
            continue  # zero-width: ^, $, \\b
        if op is c.LITERAL:
            ch = _literal_char(av)
            if ch is None:
                return out, False
            out = {p + ch for p in out}
            continue
        if op is c.SUBPATTERN and not av[1] and not av[2]:  # a group that sets no flags
            sub, complete = _prefixes(av[-1].data, parser)
        elif op is c.BRANCH:
            sub, complete = set(), True
            for alt in av[1]:
                got, alt_complete = _prefixes(alt.data, parser)
                sub |= got
                complete = complete and alt_complete
        else:
            return out, False
        if len(out) * len(sub) > _MAX_PREFIXES:
            return out, False
        out = {p + q for p in out for q in sub}
        if not complete:
            return out, False
    return out, True


class _Regex:
    """A case-insensitive regex compiled on its first use (see :class:`_CueSet`)."""

    __slots__ = ("_compiled", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self._compiled: re.Pattern[str] | None = None

    def _get(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.source, re.I)
        return self._compiled

    def match(self, line: str) -> re.Match[str] | None:
        return (self._compiled or self._get()).match(line)

    def search(self, line: str) -> re.Match[str] | None:
        return (self._compiled or self._get()).search(line)


_Entry = tuple[tuple[str, ...], _Regex]  # a pattern's literal prefixes, and the pattern
_Split = tuple[tuple[_Entry, ...], tuple[str, ...], _Regex | None]


class _CueSet:
    """One language-pack cue list compiled for speed: ``^``-anchored patterns are tried only at the
    start of the line (``re.match``), the others searched, and only in lines of at most ``max_search``
    characters (captions and widget lines are short; long paragraphs are text).

    Scanning every line with one long case-insensitive alternation was most of the cost of reading, so
    each pattern with literal prefixes (:func:`literal_prefixes`) runs only when the folded line starts
    with (anchored) or contains (searched) one of them: a necessary condition, so the answer is the same.
    Each such pattern is its own regex, compiled when a line first holds one of its prefixes: compiling
    one alternation of them all cost more than reading a small corpus, and most are never needed. The
    prefixes are read on the first search (a set only asked about lines another set matched, as in
    :func:`classify`, may never be).
    """

    def __init__(self, patterns: Sequence[str], max_search: int = 400) -> None:
        self._patterns = tuple(patterns)
        self._max = max_search
        self._parts: tuple[_Split, _Split, dict[str, tuple[_Entry, ...]]] | None = None

    def _build(self) -> tuple[_Split, _Split, dict[str, tuple[_Entry, ...]]]:
        anchored = self._split([p for p in self._patterns if p.startswith("^")], str.startswith)
        floating = self._split([p for p in self._patterns if not p.startswith("^")], str.__contains__)
        # anchored patterns by the first letters of their prefixes: a line is tried against those only
        first: dict[str, list[_Entry]] = {}
        for entry in anchored[0]:
            for letter in sorted({prefix[0] for prefix in entry[0]}):
                first.setdefault(letter, []).append(entry)
        self._parts = anchored, floating, {letter: tuple(es) for letter, es in first.items()}
        return self._parts

    @staticmethod
    def _split(patterns: list[str], holds: Callable[[str, str], bool]) -> _Split:
        """(patterns with prefixes, each with its own, all their prefixes, patterns without as one regex).

        A prefix that ``holds`` another ("ap photo" contains "photo") is dropped from all the prefixes:
        a line holding it holds the other, so that first test lets the same lines through.
        """
        keyed = [(p, literal_prefixes(p)) for p in patterns]
        entries = tuple((k, _Regex(p)) for p, k in keyed if k)
        prefixes = fewest_parts({x for _p, k in keyed if k for x in k}, holds)
        without = [p for p, k in keyed if not k]
        always = _Regex("|".join(f"(?:{p})" for p in without)) if without else None
        return entries, prefixes, always

    def search(self, line: str, folded: str | None = None) -> bool:
        """Whether a cue matches ``line``; ``folded`` is :func:`fold` of it, when the caller has it."""
        low = fold(line) if folded is None else folded
        anchored, floating, first = self._parts or self._build()
        _entries, prefixes, always = anchored
        if always is not None and always.match(line):
            return True
        if low.startswith(prefixes):
            for own, regex in first.get(low[:1], ()):
                if low.startswith(own) and regex.match(line):
                    return True
        if len(line) > self._max:
            return False
        entries, prefixes, always = floating
        if always is not None and always.search(line):
            return True
        if contains_any(low, prefixes):
            for own, regex in entries:
                if contains_any(low, own) and regex.search(line):
                    return True
        return False


def fewest_parts(
    parts: Iterable[str], holds: Callable[[str, str], bool] = str.__contains__
) -> tuple[str, ...]:
    """``parts`` (sorted) without those that ``holds`` another: a text holding a dropped one holds a kept one.

    >>> fewest_parts(["kredit foto", "foto", "photo"])
    ('foto', 'photo')
    """
    # Shortest first, each tested against the parts kept so far only: a part dropped for holding a
    # kept one is held by whatever holds it, and parts of one length hold each other only when equal
    # (both relations are transitive), so the answer is the same as testing every pair.
    kept: tuple[str, ...] = ()
    for x in sorted(set(parts), key=len):
        # str.startswith takes them all in one call (a cue set keeps most of its parts)
        held = x.startswith(kept) if holds is str.startswith else any(holds(x, y) for y in kept)
        if not held:
            kept += (x,)
    return tuple(sorted(kept))


def contains_any(text: str, parts: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``parts`` (plain substrings)."""
    for part in parts:  # a plain loop: measured faster than any() over a generator here
        if part in text:
            return True
    return False


_CUE_SECTIONS = ("LINE_CUES", "CAPTION_CUES", "PANEL_HEADERS")


@lru_cache(maxsize=1)
def _cues() -> tuple[_CueSet, _CueSet, _CueSet, _CueSet, frozenset[str]]:
    """The line, caption and panel cue sets, then one of all three (a line none of whose cues match
    needs no other test: about 1 line in 1,000 of real pages matches one), then the share words."""
    packs = all_packs()

    def join(*names: str) -> _CueSet:
        return _CueSet([p for name in names for pack in packs for p in getattr(pack.cleaning, name)])

    share = frozenset(SOCIAL_NETWORKS | {w for pack in packs for w in pack.cleaning.SHARE_WORDS})
    line, caption, panel = (join(name) for name in _CUE_SECTIONS)
    return line, caption, panel, join(*_CUE_SECTIONS), share


def split_lines(raw: str) -> list[Line]:
    """Non-blank lines of ``raw`` with the offset of their stripped text."""
    out = []
    pos = 0
    for piece in raw.split("\n"):
        stripped = piece.strip()
        if stripped:  # the stripped text starts where the leading whitespace ends
            out.append(Line(stripped, pos + len(piece) - len(piece.lstrip())))
        pos += len(piece) + 1
    return out


def ends_sentence(line: str) -> bool:
    """True when the line ends like a sentence (a headline may hold a "?" inside but ends bare).

    Read from the end of the line (whitespace, then closing quotes or brackets, then final punctuation)
    rather than searched through a paragraph.
    """
    return line.rstrip().rstrip(_CLOSERS)[-1:] in _SENTENCE_ENDS


def is_sentence(line: str) -> bool:
    """True when the line ends like a sentence or holds a sentence break."""
    return ends_sentence(line) or bool(_SENTENCE_BREAK.search(line))


def _norm(line: str) -> str:
    return " ".join(_WORD.findall(line.lower()))


def _ends(line: str) -> tuple[str, str] | None:
    """First word and last word (reversed) of ``_norm(line)``, None when it is empty: lines of equal
    ``_norm`` have equal ends, and the ends cost a fraction of ``_norm`` on a paragraph."""
    low = line.lower()
    first = _WORD.search(low)
    if first is None:
        return None
    last = _WORD.search(low[::-1])
    return first.group(0), last.group(0) if last else ""


class _LineKeys:
    """``_norm`` of each line, computed only for lines that could share it with another line (the same
    :func:`_ends`); ``None`` for the others, whose key can equal no other line's."""

    def __init__(self, lines: Sequence[Line]) -> None:
        self.lines = lines
        self.ends = [_ends(ln.text) for ln in lines]
        counts = Counter(self.ends)
        self.keys: list[str | None] = [None] * len(lines)
        self.shared = [e is not None and counts[e] > 1 for e in self.ends]

    def get(self, i: int) -> str:
        key = self.keys[i]
        if key is None:
            key = self.keys[i] = _norm(self.lines[i].text)
        return key

    def repeatable(self, i: int) -> str | None:
        """The key of line ``i`` when another line may have it, else None."""
        return self.get(i) if self.shared[i] else None


def _heuristic(line: str, share_words: frozenset[str]) -> str | None:
    """Reason a line is debris by shape alone, else None."""
    sentence = is_sentence(line)
    words = [] if sentence else line.split()  # a sentence is never a widget: its words are not needed
    if not sentence:
        tokens = [t for t in (w.strip(_TOKEN_STRIP).lower() for w in words) if t]
        if tokens:
            social = sum(t in SOCIAL_NETWORKS for t in tokens)
            if social >= 3 or all(t in share_words for t in tokens):
                return "share widget"
    if len(line) <= SHORT_CHARS * 2 and _DIGIT.search(line):  # every date shape has a digit
        m = date_regex().search(line)
        if m and len(_norm(line.replace(m.group(0), ""))) <= 12:
            return "timestamp"  # the page's own date line ("a.m." may end it); its value goes to `published`
    if sentence:
        return None
    if len(words) > SHORT_WORDS or len(line) > SHORT_CHARS:
        return None
    letters = [c for c in line if c.isalpha()]
    if not letters:
        return "counter or symbol"
    if letters[0].islower() and not find_dateline(line):
        return "icon or label"  # "comment", "more-vertical", "pemkot kotabaru 2": widget and image-name leftovers
    if not any(c.islower() for c in letters) and len(letters) > 1:
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
    line_cue, caption_cue, panel_cue, any_cue, share_words = _cues()
    removed: dict[int, str] = {}
    seen: dict[str, int] = {}
    in_panel = False
    keys = _LineKeys(lines)
    for i, ln in enumerate(lines):
        t = ln.text
        key = keys.repeatable(i)  # None: no other line has this line's key
        low = fold(t)
        cue = any_cue.search(t, low)
        if cue and line_cue.search(t, low):
            removed[i] = "cue"
        elif cue and caption_cue.search(t, low):
            removed[i] = "caption"
        elif key is not None and key in seen and (len(key.split()) >= REPEAT_MIN_WORDS or not is_sentence(t)):
            removed[i] = "repeated line"  # short sentences ("Ya.") may recur in an interview
        elif in_panel and not ends_sentence(t) and len(t) <= FURNITURE_MAX_CHARS:
            removed[i] = "link panel"  # linked headlines: no closing full stop
        else:
            reason = _heuristic(t, share_words)
            if reason and not (i == 0 and reason in ("capitals label", "icon or label")):
                removed[i] = reason
        if cue and panel_cue.search(t, low):
            in_panel = True
        elif ends_sentence(t) and i not in removed:
            in_panel = False
        if key:
            seen.setdefault(key, i)

    title_index = _title_index(lines, removed)
    if title_index is not None:
        title_key = keys.get(title_index)
        title_first = title_key.split(" ", 1)[0]
        for i, ends in enumerate(keys.ends):
            if i == title_index or (title_key and not (ends and ends[0].startswith(title_first))):
                continue  # a key starting with the title's starts with its first word
            key = keys.get(i)
            if key.startswith(title_key) and len(key) - len(title_key) <= 40:
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
