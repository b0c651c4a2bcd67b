"""Relative weekday mentions ("on Tuesday", "pada Selasa", "Selasa lalu") as the date of an occasion.

News names the day of the occasion it reports by its weekday alone; that day is the most recent such
weekday on or before the article's date (its published date, else the date written in it). A weekday
written with its date ("Selasa (12/12)", "Tuesday, Oct. 17") is a written date, read by
:func:`debatekit.align.events.text_date`, not a relative mention; a weekday marked as a day to come
("next Friday", "Senin depan") is no occasion. The words come from the language packs (``dates``:
``WEEKDAYS``, ``WEEKDAY_PAST_MARKERS``, ``WEEKDAY_FUTURE_BEFORE``, ``WEEKDAY_FUTURE_AFTER``,
``AMBIGUOUS_WEEKDAYS``).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from debatekit.lang import get_pack

LEAD_PARAGRAPHS = 4  # a weekday names the occasion in the lead; later ones are details or other days
_WORDS_BEFORE = re.compile(r"(\w+)\W+(\w+)\W*$|(\w+)\W*$")
_NEXT_WORDS = re.compile(r"[^\S\n]*(\w+)(?:[^\S\n]+(\w+))?")  # "Senin pekan depan": two words on


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _patterns(code: str) -> tuple[re.Pattern, re.Pattern]:
    """(weekday word, a date written right after it) of a language pack."""
    dates = get_pack(code).dates
    weekday = re.compile(rf"\b(?:{_alt(dates.WEEKDAYS)})\b", re.I)
    dated = re.compile(rf"\.?[^\S\n]*,?[^\S\n]*\(?[^\S\n]*(?:\d|(?:{_alt(dates.MONTHS)})\b)", re.I)
    return weekday, dated


def relative_weekday(text: str, language: str | None, end: int | None = None) -> int | None:
    """Weekday (Monday = 0) of the first relative weekday mention of ``text`` (before offset ``end``), or None.

    A mention is a weekday name in the first LEAD_PARAGRAPHS paragraphs (lines), written capitalised,
    with no date right after it, not marked as a day to come; a name that is also a common word (a pack's
    ``AMBIGUOUS_WEEKDAYS``) needs a past marker before.

    Examples
    --------
    >>> relative_weekday("The senator said on Tuesday that the plan would pass.", "en")
    1
    >>> relative_weekday("Rapat digelar Senin depan. Presiden berbicara pada Rabu di Istana.", "id")
    2
    >>> relative_weekday("Presiden berbicara Rabu (24/8) di Istana.", "id") is None
    True
    """
    pack = get_pack(language)
    dates = pack.dates
    weekday, dated = _patterns(pack.code)
    past = frozenset(dates.WEEKDAY_PAST_MARKERS)
    future_before = frozenset(dates.WEEKDAY_FUTURE_BEFORE)
    future_after = frozenset(dates.WEEKDAY_FUTURE_AFTER)
    lead = -1
    for _ in range(LEAD_PARAGRAPHS):
        lead = text.find("\n", lead + 1)
        if lead < 0:
            lead = len(text)
            break
    for m in weekday.finditer(text, 0, lead if end is None else min(end, lead)):
        word = m.group()
        if not word[0].isupper() or dated.match(text, m.end()):
            continue
        before = _WORDS_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
        last = two = ""
        if before is not None:
            last = (before.group(2) or before.group(3) or "").casefold()
            two = f"{before.group(1)} {before.group(2)}".casefold() if before.group(1) else ""
        if last in future_before or two in future_before:
            continue
        after = _NEXT_WORDS.match(text, m.end())
        if after is not None and any(w and w.casefold() in future_after for w in after.groups()):
            continue
        if word.casefold() in dates.AMBIGUOUS_WEEKDAYS and last not in past and two not in past:
            continue
        return dates.WEEKDAYS[word.casefold()]
    return None


def resolve(weekday: int, anchor: dt.date) -> dt.date:
    """The most recent ``weekday`` (Monday = 0) on or before ``anchor``.

    >>> resolve(1, dt.date(2024, 5, 16)).isoformat()  # the Tuesday before Thursday 16 May 2024
    '2024-05-14'
    """
    return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)


def first_written_date(
    text: str, language: str | None, found: list[list[re.Match]] | None = None
) -> int | None:
    """Offset of the first date written out in ``text`` ("Selasa (12/12)", "14 Mei 2024"), or None.

    A weekday named after it is a detail of the story the dateline already dates ("Kamis, diselenggarakan
    ..."), not its occasion: :func:`debatekit.align.events.article_dates` reads relative mentions before it.
    ``found``: the text's :func:`debatekit.check.dates.date_matches` when the caller has them already.

    >>> first_written_date("Jakarta, Kamis (16/5/2024) - Gubernur berbicara.", "id")
    9
    """
    from debatekit.check.dates import date_matches

    if found is None:
        found = date_matches(get_pack(language).code, text)
    starts = [matches[0].start() for matches in found if matches]
    return min(starts) if starts else None
