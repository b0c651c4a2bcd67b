"""Find quoted spans: pair quotation marks, follow quotes across paragraphs, report what is odd.

Only double marks open a top-level quote (" “ ” „ « »): single marks inside a quote are nested quotes
or scare quotes and stay part of the text. Text that quotes with two apostrophes (``''like this,'' she
said``, as some archives print typeset quotation marks) more often than with double marks has those
pairs as its quotation marks instead. A ” or " that arrives while no quote is open opens one
(some outlets open with ”), so pairing is by alternation once the unambiguous marks are placed; that
also copes with text where spacing around marks is lost (``ITE, "kata Lamsiang``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = "“„«‟"
CLOSERS = "»"
AMBIGUOUS = '"”'
MARKS = OPENERS + CLOSERS + AMBIGUOUS
# British style: single marks are the primary quotes when an article has no double marks at all.
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
_MARK_RE = re.compile(f"[{re.escape(MARKS)}]")  # one scan in C instead of a test per character
APOSTROPHE_PAIR = "''"  # two apostrophes standing for one quotation mark
_APOSTROPHES_RE = re.compile("'{2,}")


def _quotes_with_apostrophes(text: str) -> bool:
    """Does the text use ``''`` as its quotation mark more often than double marks?"""
    pairs = text.count(APOSTROPHE_PAIR)
    return pairs > 1 and pairs > sum(text.count(ch) for ch in MARKS)


def _apostrophe_marks(text: str, start: int, end: int) -> list[int]:
    """Offsets of the ``''`` quotation marks between ``start`` and ``end``.

    In a run of three, the mark is the pair away from the word it touches: after a word the run closes
    a nested single-quoted phrase and then the quote; before a word it opens both.
    """
    out: list[int] = []
    for m in _APOSTROPHES_RE.finditer(text, start, end):
        i, n = m.start(), m.end() - m.start()
        closes = i > 0 and not text[i - 1].isspace()
        out.append(i + n - 2 if closes else i)
    return out


def _single_marks(text: str, start: int, end: int) -> list[int]:
    """Positions of ‘ and of ’ used as a closing mark.

    Not an apostrophe inside a word ("it’s"), and not a plural possessive ("the libraries’ hours")
    when a later ’ in the paragraph can close the quote.
    """
    closers = [i for i in range(start, end) if text[i] == SINGLE_CLOSE and not text[i + 1 : i + 2].isalnum()]
    out = [i for i in range(start, end) if text[i] == SINGLE_OPEN]
    for n, i in enumerate(closers):
        possessive = text[i - 1 : i] == "s" and text[i + 1 : i + 2] == " " and text[i + 2 : i + 3].islower()
        if not (possessive and n + 1 < len(closers)):
            out.append(i)
    return sorted(out)


@dataclass(frozen=True)
class QuoteSpan:
    """One quoted passage: ``open_mark`` and ``close_mark`` are the mark offsets (close None if never closed)."""

    open_mark: int
    close_mark: int | None
    start: int  # first character of the quoted words
    end: int  # one past the last quoted character
    paragraph: int  # index of the paragraph the quote opens in
    end_paragraph: int
    unbalanced: bool  # opened but never closed (runs to the end of its paragraph)
    mark_width: int = 1  # characters of one quotation mark (2 for ''); close_mark is its last character


@dataclass(frozen=True)
class Oddity:
    """Something a reader should know about the quotation marks of an article."""

    position: int
    problem: str
    message: str


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> tuple[list[QuoteSpan], list[Oddity]]:
    """Pair the double quotation marks of an article.

    Parameters
    ----------
    text : str
        The cleaned article text.
    paragraphs : list of (start, end)
        Paragraph spans (see :func:`debatekit.extract.text_units.paragraphs`).

    Returns
    -------
    (list of QuoteSpan, list of Oddity)
        Quotes in text order, and notes on stray or unbalanced marks (never an exception).
    """
    quotes: list[QuoteSpan] = []
    odd: list[Oddity] = []
    # (open_mark, paragraph) of a quote that continues into the next paragraph
    carry: tuple[int, int] | None = None
    single = SINGLE_OPEN in text and not any(ch in text for ch in MARKS)
    width = 2 if not single and _quotes_with_apostrophes(text) else 1
    curly_opens = "“" in text
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        if single:
            marks = _single_marks(text, p_start, p_end)
        elif width == 2:
            marks = _apostrophe_marks(text, p_start, p_end)
        else:
            marks = [m.start() for m in _MARK_RE.finditer(text, p_start, p_end)]
        open_at: int | None = None
        open_par = p_index
        if carry is not None:
            first_visible = p_start
            if marks and marks[0] == first_visible and text[marks[0]] not in CLOSERS + SINGLE_CLOSE:
                # Multi-paragraph quote: the new paragraph reopens with a mark; the quote goes on.
                open_at, open_par = carry
                marks = marks[1:]
            else:
                prev_open, prev_par = carry
                quotes.append(_span(text, prev_open, None, prev_par, p_index - 1, paragraphs, width))
                odd.append(
                    Oddity(
                        prev_open, "unbalanced_quote", _unclosed(text, prev_open, paragraphs[p_index - 1][1])
                    )
                )
            carry = None
        skip: set[int] = set()
        for n, i in enumerate(marks):
            if i in skip:
                continue
            ch = text[i]
            if single:
                ch = "“" if ch == SINGLE_OPEN else "»"
            elif width == 2:
                ch = STRAIGHT  # paired by alternation, as the straight double mark is
            elif ch == "“" and open_at is not None and text[open_at] == "„":
                ch = "»"  # German-style „...“: the “ closes
            elif open_at is not None and (inner := _nested_close(text, marks, n, open_at)) is not None:
                skip.add(inner)  # "... “Night Shift.” ...": a quote inside the quote stays part of its text
                continue
            elif ch == "“" and open_at is not None and _closes_by_context(text, i, p_end):
                ch = "»"  # "It's unusual,“ said ...": a “ after a word and before a space closes
            if ch in OPENERS:
                if open_at is not None:
                    odd.append(Oddity(open_at, "unbalanced_quote", _unclosed(text, open_at)))
                open_at, open_par = i, p_index
            elif ch in CLOSERS:
                if open_at is None:
                    odd.append(
                        Oddity(
                            i,
                            "stray_quote",
                            f"closing quotation mark at offset {i} has no opening mark ({_snippet(text, i)})",
                        )
                    )
                    continue
                quotes.append(_span(text, open_at, i + width - 1, open_par, p_index, paragraphs, width))
                open_at = None
            elif open_at is None:
                if (curly_opens or width == 2) and _closes_by_context(text, i, p_end, width):
                    # ", Roe says.": a closing mark with nothing open (in text whose quotes open with “);
                    # opening here would put every later quote of the paragraph out of step. Where ”
                    # opens quotes (some Indonesian outlets), stray marks come in pairs and alternation repairs them.
                    odd.append(
                        Oddity(
                            i,
                            "stray_quote",
                            f"closing quotation mark at offset {i} has no opening mark ({_snippet(text, i)})",
                        )
                    )
                    continue
                open_at, open_par = i, p_index
            else:
                quotes.append(_span(text, open_at, i + width - 1, open_par, p_index, paragraphs, width))
                open_at = None
        if open_at is not None:
            carry = (open_at, open_par)
    if carry is not None:
        prev_open, prev_par = carry
        quotes.append(_span(text, prev_open, None, prev_par, len(paragraphs) - 1, paragraphs, width))
        odd.append(Oddity(prev_open, "unbalanced_quote", _unclosed(text, prev_open, paragraphs[-1][1])))
    return [q for q in quotes if q.end > q.start], odd


STRAIGHT = '"'
CURLY = "“”"


def _closes_by_context(text: str, i: int, paragraph_end: int, width: int = 1) -> bool:
    """Is the mark at ``i`` (``width`` characters) closing by the characters next to it (a word before, none after)?"""
    if i + width >= paragraph_end:
        return True  # nothing left to quote in the paragraph
    nxt, prev = text[i + width], text[i - 1 : i]
    return (
        bool(prev) and not prev.isspace() and prev not in "([" and not (nxt.isalnum() or nxt in MARKS + "‘'")
    )


_LABEL_RE = re.compile(r"[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,2}:")  # a transcript's speaker label


def _opens_by_context(text: str, i: int) -> bool:
    """Is the mark at ``i`` an opening mark by the characters next to it (a space before, a word after)?"""
    prev, nxt = text[i - 1 : i], text[i + 1 : i + 2]
    return (not prev or prev.isspace() or prev in "([") and (nxt.isalnum() or nxt in "‘'")


def _nested_close(text: str, marks: list[int], n: int, open_at: int) -> int | None:
    """Offset of the mark closing a quote nested in the open one, when ``marks[n]`` opens such a quote.

    A mark of the other style (“ inside "...", " inside “...”) opens a nested quote when its partner
    follows and the outer quote can still close after it; a second “ inside “...” does when the next
    two curly marks are both ”.
    """
    ch, outer = text[marks[n]], text[open_at]
    if outer == STRAIGHT and ch == "“":
        inner = _next_mark(text, marks, n + 1, "”" + STRAIGHT)
        if inner is None or text[inner] == STRAIGHT:
            return None
        # the outer quote closes after it, or is a transcript excerpt ("ROE: ..."); a paragraph of an
        # excerpted article opened with " and never closed quotes its people with “...” as usual
        after = marks.index(inner, n + 1) + 1
        if _next_mark(text, marks, after, STRAIGHT) is not None or _LABEL_RE.match(text, open_at + 1):
            return inner
    elif outer == "“" and ch == STRAIGHT and _opens_by_context(text, marks[n]):
        inner = _next_mark(text, marks, n + 1, STRAIGHT)
        if inner is not None and _next_mark(text, marks, marks.index(inner, n + 1) + 1, "”") is not None:
            return inner
    elif outer == "“" and ch == "“":
        first = _next_mark(text, marks, n + 1, CURLY)
        if first is not None and text[first] == "”":
            second = _next_mark(text, marks, marks.index(first, n + 1) + 1, CURLY)
            if second is not None and text[second] == "”":
                return first
    return None


def _next_mark(text: str, marks: list[int], start: int, chars: str) -> int | None:
    """The first of ``marks[start:]`` that is one of ``chars`` (a scan, no copy of the list)."""
    for k in range(start, len(marks)):
        if text[marks[k]] in chars:
            return marks[k]
    return None


def _snippet(text: str, pos: int) -> str:
    return " ".join(text[pos : pos + 40].split()) + ("..." if len(text) > pos + 40 else "")


MAX_UNCLOSED_QUOTE_CHARS = (
    2000  # an unclosed quote stops here (at a sentence end): longer than any real quote
)


def _unclosed(text: str, pos: int, paragraph_end: int | None = None) -> str:
    where = "the quote was read to the end of its paragraph"
    if paragraph_end is not None and paragraph_end - pos > MAX_UNCLOSED_QUOTE_CHARS:
        where = f"the quote was read to its last sentence end within {MAX_UNCLOSED_QUOTE_CHARS} characters"
    return f"quotation mark at offset {pos} is never closed ({_snippet(text, pos)}); {where}"


def _bounded_end(text: str, start: int, end: int) -> int:
    """End of an unclosed quote: its paragraph end, or the last sentence end within the bound."""
    if end - start <= MAX_UNCLOSED_QUOTE_CHARS:
        return end
    limit = start + MAX_UNCLOSED_QUOTE_CHARS
    cut = max(text.rfind(mark, start, limit) for mark in (". ", "! ", "? ", ".\n"))
    return cut + 1 if cut > start else limit


def _span(
    text: str,
    open_mark: int,
    close_mark: int | None,
    paragraph: int,
    end_paragraph: int,
    paragraphs: list[tuple[int, int]],
    width: int = 1,
) -> QuoteSpan:
    start = open_mark + width
    if close_mark is not None:
        end = close_mark - width + 1
    else:
        end = _bounded_end(text, start, paragraphs[end_paragraph][1])
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return QuoteSpan(open_mark, close_mark, start, end, paragraph, end_paragraph, close_mark is None, width)
