"""Offset lookups over one article: words by position, quoted spans, sentence starts."""

from __future__ import annotations

import bisect
import re
from collections.abc import Container
from functools import cache

from debatekit.extract.text_units import Word


class WordIndex:
    """Words of the text with bisect lookups by offset.

    ``starts`` is ``[w.start for w in ws]`` when the caller has it; ``watched`` lists the indices of the
    words whose ``lower`` is in any of the ``watch`` containers (:func:`~debatekit.extract.text_units.
    scan_words` finds them while it reads the words), so that :meth:`positions` of one of those
    containers reads only them.
    """

    def __init__(
        self,
        ws: list[Word],
        starts: list[int] | None = None,
        watched: list[int] | None = None,
        watch: tuple[Container[str], ...] = (),
    ) -> None:
        self.ws = ws
        self.starts = [w.start for w in ws] if starts is None else starts
        self._watched = watched
        self._watch = watch if watched is not None else ()

    def positions(self, wanted: Container[str]) -> list[int]:
        """Ascending indices in :attr:`ws` of the words whose ``lower`` is in ``wanted``.

        The passes look for the few words that start a role, a place or are pronouns: one comprehension
        finds them, rather than a step of the pass's own loop (its index, bisects and branches) per word.

        >>> WordIndex([Word("Jo", 0, 2), Word("said", 3, 7), Word("Said", 8, 12)]).positions({"said"})
        [1, 2]
        """
        ws = self.ws
        for c in self._watch:
            if c is wanted:  # a container the scan watched: only its words are read
                return [k for k in self._watched or () if ws[k].lower in wanted]
        return [k for k, w in enumerate(ws) if w.lower in wanted]

    def between(self, a: int, b: int) -> list[Word]:
        """The words lying wholly inside ``[a, b)``."""
        i, j = self.bounds(a, b)
        return self.ws[i:j]

    def bounds(self, a: int, b: int) -> tuple[int, int]:
        """``(i, j)`` with ``ws[i:j]`` the words lying wholly inside ``[a, b)``: for callers that read a
        few of them by index instead of copying them out.

        Examples
        --------
        >>> WordIndex([Word("Jo", 0, 2), Word("said", 3, 7), Word("no", 8, 10)]).bounds(1, 9)
        (1, 2)
        """
        i = bisect.bisect_left(self.starts, a)
        j = bisect.bisect_left(self.starts, b, i)
        # words do not overlap, so their ends rise with their starts: only the last may cross ``b``
        while j > i and self.ws[j - 1].end > b:
            j -= 1
        return i, j


class SpanSet:
    """A sorted set of non-overlapping intervals for 'is this offset inside a quote?'."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        # The offsets :meth:`covers` answers True for, as the bounds of disjoint intervals: an offset
        # is covered when an odd number of bounds lie at or before it (one bisect, called per word).
        # Span i counts up to the next span's start (the span :meth:`covers` looks at is the last one
        # starting at or before the offset, also when spans overlap).
        bounds: list[int] = []
        for i, (s, e) in enumerate(self.spans):
            stop = min(e, self.starts[i + 1]) if i + 1 < len(self.spans) else e
            if stop > s:
                bounds += (s, stop)
        self._bounds = bounds

    def covers(self, pos: int) -> bool:
        """Whether offset ``pos`` is inside one of the spans."""
        return bool(bisect.bisect_right(self._bounds, pos) & 1)

    def overlaps(self, a: int, b: int) -> bool:
        """Whether ``[a, b)`` shares an offset with one of the spans."""
        i = bisect.bisect_right(self.starts, b) - 1
        while i >= 0:
            s, e = self.spans[i]
            if e <= a:
                return False
            if s < b and e > a:
                return True
            i -= 1
        return False


OPENING_MARKS = "“\"‘'(:"  # a capital right after these may be a quoted sentence's first word


SENTENCE_MARKS = "\n.!?-–—"  # what stands before a sentence's first word (spaces and tabs aside)


def sentence_initial(text: str, pos: int, also: str = "") -> bool:
    """Whether ``pos`` opens a sentence (or follows one of the characters in ``also``)."""
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in SENTENCE_MARKS or text[i] in also


@cache
def _initial_re(also: str) -> re.Pattern[str]:
    marks = "".join(re.escape(c) for c in SENTENCE_MARKS + also)
    # "[ \t]*" gives nothing back that "\w" could match (a possessive "*+" needs Python 3.11)
    return re.compile(f"[{marks}][ \t]*(?=\\w)")


def sentence_initial_offsets(text: str, also: str = "") -> set[int]:
    """Offsets at which :func:`sentence_initial` holds, from one scan of ``text``: a word's first
    character is in the set exactly when the word opens a sentence (other offsets may be in it too).

    Asked of every capitalised word of an article, a call per word walked back over the spaces before it.

    >>> sorted(sentence_initial_offsets("Jo said. He left: Al stayed", ":"))
    [0, 9, 18]
    """
    found = {m.end() for m in _initial_re(also).finditer(text)}
    found.add(len(text) - len(text.lstrip(" \t")))  # nothing but spaces before: the text's first word
    return found
