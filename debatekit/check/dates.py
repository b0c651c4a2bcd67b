"""Date discrepancies: weekdays that contradict their date, and outlets dating one event differently.

Day/month references without a year ("Sabtu (12/1)") are resolved against the article's own date: its
published year (the year before when that would put the date more than a month after publication). With
no published date, the years written elsewhere in the article and the year before each are candidates, and
the weekday picks among them; a weekday is only called wrong when no candidate year fits it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache

import pandas as pd

from debatekit.cells import evidence_item
from debatekit.check.context import content_words, words
from debatekit.io.clean import fold
from debatekit.lang import get_pack

CONTEXT_WORDS = 12  # words each side of a mention that describe the event


def fmt(d: dt.date) -> str:
    """'7 January 2020 (Tuesday)': the report's own wording, from the standard library's names."""
    return f"{d.day} {calendar.month_name[d.month]} {d.year} ({calendar.day_name[d.weekday()]})"


@dataclass
class DateMention:
    """A date written in an article, resolved to candidate calendar dates."""

    article_id: str
    start: int
    end: int
    text: str
    weekday: int | None
    candidates: list[dt.date]  # calendar dates the words can mean (years and day/month orders)
    year_known: bool = True  # False when the year was guessed from other years in the article
    context: frozenset[str] = field(default_factory=frozenset)

    @property
    def consistent(self) -> list[dt.date]:
        if self.weekday is None:
            return self.candidates
        return [d for d in self.candidates if d.weekday() == self.weekday]

    @property
    def resolved(self) -> dt.date | None:
        ok = self.consistent
        return ok[0] if ok else (self.candidates[0] if self.candidates else None)

    @property
    def weekday_wrong(self) -> bool:
        """The weekday fits none of the dates the words can mean (only said when the year is known)."""
        return self.weekday is not None and self.year_known and bool(self.candidates) and not self.consistent


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


@cache
def _anchors(code: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Per pattern of :func:`_patterns`, where its matches can begin: ``("at", names)``, at one of the
    lower-case names (weekdays); ``("day before", names)``, one or two characters before the white space
    that precedes a name (a day number before a month); ``("scan", ())``, anywhere (scanned whole)."""
    pack = get_pack(code)
    days, months = (
        _shortest({w.lower() for w in pack.dates.WEEKDAYS}),
        _shortest({w.lower() for w in pack.dates.MONTHS}),
    )
    return (("at", days), ("at", days), ("at", days), ("scan", ()), ("day before", months))


def _shortest(names: set[str]) -> tuple[str, ...]:
    """The names no other name is a prefix of: where "januari" stands, "jan" stands too."""
    return tuple(sorted(n for n in names if not any(o != n and n.startswith(o) for o in names)))


def _places(low: str, where: str, names: tuple[str, ...]) -> list[int]:
    places: set[int] = set()
    for name in names:
        i = low.find(name)
        while i >= 0:
            if where == "at":
                places.add(i)
            elif i and low[i - 1].isspace():
                k = i
                while k and low[k - 1].isspace():  # the regex's \s: str.isspace's characters
                    k -= 1
                places.update((k - 1, k - 2))
            i = low.find(name, i + 1)
    return sorted(p for p in places if p >= 0)


def _finditer_at(pattern: re.Pattern, text: str, places: list[int]) -> list[re.Match]:
    """``pattern.finditer(text)`` when every place a match can begin is in ``places`` (sorted).

    An alternation of names tried at every character scans a few MB/s; trying it only where a name stands
    (found by ``str.find`` on the lower-cased text) gives the same matches in the same order, because
    every place a match can begin is tried, left to right, after the end of the previous match.
    """
    out, end = [], 0
    for pos in places:
        if pos < end:
            continue
        m = pattern.match(text, pos)
        if m is not None:
            out.append(m)
            end = m.end()
    return out


def date_matches(code: str, text: str) -> list[list[re.Match]]:
    """The matches of each of the language's date patterns in ``text`` (as ``finditer`` gives them).

    >>> [[m.group() for m in ms] for ms in date_matches("id", "Kamis (16/5/2024) - Rapat 12 Mei 2024")]
    [['Kamis (16/5/2024)'], [], [], ['(16/5/2024)'], ['12 Mei 2024']]
    """
    if _DIGIT.search(text) is None:  # every pattern holds a day number: no digit, no date
        return [[] for _ in _patterns(code)]
    low = fold(text)  # offsets are text's; a case-insensitive match of a name is a substring of it
    out = []
    places: dict[tuple[str, tuple[str, ...]], list[int]] = {}  # the weekday patterns share theirs
    for pattern, anchor in zip(_patterns(code), _anchors(code), strict=True):
        if anchor[0] == "scan":
            out.append(list(pattern.finditer(text)))
        else:
            if anchor not in places:
                places[anchor] = _places(low, *anchor)
            out.append(_finditer_at(pattern, text, places[anchor]))
    return out


@cache
def _patterns(code: str) -> list[re.Pattern]:
    """Date patterns of a language pack (compiled once per language, not once per article)."""
    pack = get_pack(code)
    wd, mo = _alt(pack.dates.WEEKDAYS), _alt(pack.dates.MONTHS)
    num = r"(?P<a>\d{1,2})\s*/\s*(?P<b>\d{1,2})(?:\s*/\s*(?P<y>\d{4}|\d{2})(?!\d))?"
    return [
        # "Sabtu (12/1)", "Kamis (17/10/2024)", "Saturday, 10/12"
        re.compile(rf"\b(?P<wd>{wd})\b\.?\s*,?\s*\(?\s*{num}\s*\)?", re.I),
        # "Selasa, 14 Mei 2024", "Saturday (9 March)"
        re.compile(
            rf"\b(?P<wd>{wd})\b\.?\s*,?\s*\(?\s*(?P<d>\d{{1,2}})\s+(?P<m>{mo})\b\.?(?:\s+(?P<y>\d{{4}}))?\s*\)?",
            re.I,
        ),
        # "Saturday, November 7, 2020"
        re.compile(
            rf"\b(?P<wd>{wd})\b\.?\s*,?\s*(?P<m>{mo})\b\.?\s+(?P<d>\d{{1,2}})(?:\s*,\s*(?P<y>\d{{4}}))?", re.I
        ),
        # without weekday: "(17/10/2024)", "12 Oktober 2024"
        re.compile(rf"\(\s*{num}\s*\)"),
        re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<m>{mo})\b\.?\s+(?P<y>\d{{4}})\b", re.I),
    ]


def published_date(value) -> dt.date | None:
    """The date of a ``published`` cell (an ISO date or timestamp), or None when missing or unreadable.

    >>> published_date("2024-05-16T08:00:00"), published_date(None)
    (datetime.date(2024, 5, 16), None)
    """
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def full_year(y: str | None) -> int | None:
    """The year a date's year group writes ("24" -> 2024), or None when it has none."""
    if not y:
        return None
    v = int(y)
    return v + 2000 if v < 100 else v


def _make(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _context(text: str, start: int, end: int, stop: frozenset[str]) -> frozenset[str]:
    before = words(text[max(0, start - 200) : start])[-CONTEXT_WORDS:]
    after = words(text[end : end + 200])[:CONTEXT_WORDS]
    return frozenset(content_words(before + after, stop))


def find_mentions(article_id: str, text: str, language: str | None, published) -> list[DateMention]:
    """Every date written in ``text``, with the calendar dates it can mean.

    A day/month without a year takes the year of ``published``; without a published date the years
    written in the article (and the year before each) are tried, the weekday picks among them, and the
    mention is never called wrong (an article of unknown date may be years away from its other years).
    """
    pack = get_pack(language)
    pub = published_date(published)
    explicit_years: list[int] | None = None  # read only for a date without a year and no published date
    stop = frozenset(pack.text.STOPWORDS) | frozenset(pack.dates.WEEKDAYS) | frozenset(pack.dates.MONTHS)
    orders = getattr(pack.dates, "NUMERIC_DATE_ORDERS", ("dmy",))
    taken: list[tuple[int, int]] = []
    out = []
    for found in date_matches(pack.code, text):
        for m in found:
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            g = m.groupdict()
            if g.get("m"):
                pairs = [(int(g["d"]), pack.dates.MONTHS[g["m"].casefold().rstrip(".")])]
            else:
                a, b = int(g["a"]), int(g["b"])
                pairs = [(a, b) if o.startswith("d") else (b, a) for o in orders]
            year = full_year(g.get("y"))
            guessed = False
            if year is not None:
                years = [year]
            elif pub is not None:
                years = [pub.year]
            else:
                # no date of its own: years written elsewhere in the article are only a guess
                if explicit_years is None:
                    explicit_years = sorted(
                        {v for y in _YEAR.findall(text) if (v := full_year(y)) is not None}
                    )
                years = sorted({y for x in explicit_years for y in (x, x - 1)}, reverse=True)
                guessed = True
            cands = []
            for day, month in pairs:
                for y in years:
                    d = _make(y, month, day)
                    if d is None:
                        continue
                    if year is None and pub is not None and d > pub + dt.timedelta(days=31):
                        d = _make(y - 1, month, day) or d
                    if d not in cands:
                        cands.append(d)
            if not cands:
                continue
            wd = g.get("wd")
            raw = m.group(0)
            # a full stop after a month name usually ends the sentence; keep it out of the evidence
            text_end = m.end() - (len(raw) - len(raw.rstrip(". ")))
            taken.append((m.start(), m.end()))
            out.append(
                DateMention(
                    article_id=article_id,
                    start=m.start(),
                    end=text_end,
                    text=text[m.start() : text_end].strip(),
                    weekday=pack.dates.WEEKDAYS.get(wd.casefold()) if wd else None,
                    candidates=cands,
                    year_known=not guessed,
                    context=_context(text, m.start(), text_end, stop),
                )
            )
    out.sort(key=lambda x: x.start)
    return out


def date_discrepancies(articles: pd.DataFrame, clusters: dict[str, list[str]]) -> list[dict]:
    """Rows (without ids) for weekdays that contradict their dates, and outlets dating one event apart.

    Parameters
    ----------
    articles : DataFrame
        ``article_id, text, language, published``.
    clusters : dict
        Article id -> ids of the articles covering the same event (linked by statement matches).

    Notes
    -----
    Outlets that report one event name the same weekday; a mention whose weekday contradicts its date
    is reported with the mentions of the same weekday, in articles of the same event, that describe the
    occasion with some of the same words. Two consistent mentions with different dates are not reported:
    on real corpora they are mostly different days of a running story, not one event dated twice.
    """
    mentions: dict[str, list[DateMention]] = {}
    for row in articles.itertuples(index=False):
        mentions[str(row.article_id)] = find_mentions(
            str(row.article_id),
            str(row.text or ""),
            getattr(row, "language", None),
            getattr(row, "published", None),
        )
    pub = {
        str(r.article_id): published_date(getattr(r, "published", None))
        for r in articles.itertuples(index=False)
    }

    def peers(m: DateMention):
        # same weekday, right in its own article, and at least one context word in common
        for other in sorted(clusters.get(m.article_id, [])):
            if other == m.article_id:
                continue
            for n in mentions.get(other, []):
                if n.weekday == m.weekday and not n.weekday_wrong and n.context & m.context:
                    yield n

    rows = []
    for art in sorted(mentions):
        for m in mentions[art]:
            if m.weekday_wrong:
                others = [n for n in peers(m) if n.resolved != m.candidates[0]]
                rows.append(_row([m, *others], pub))
    return rows


def _describe(m: DateMention, pub: dict) -> str:
    d = m.candidates[0]
    if m.weekday_wrong:
        assert m.weekday is not None  # weekday_wrong implies a weekday
        said = calendar.day_name[m.weekday]
        text = f"{m.article_id} writes '{m.text}': {fmt(d)[:-1].replace(' (', ' was a ')}, not a {said}"
        p = pub.get(m.article_id)
        if p is not None and p.weekday() == m.weekday and p != d:
            text += (
                f"; its dateline {fmt(p)[:-1].replace(' (', ' was a ')}, so the date contradicts the dateline"
            )
        return text
    resolved = m.resolved
    assert resolved is not None  # a mention has at least one candidate date (d above)
    return f"{m.article_id} writes '{m.text}', {fmt(resolved)[:-1].replace(' (', ', a ')}"


def _row(ms: list[DateMention], pub: dict) -> dict:
    parts = [_describe(m, pub) for m in ms]
    if len(ms) > 1:
        detail = "Outlets date the same event differently: " + "; ".join(parts) + "."
    else:
        detail = parts[0] + "."
    return {
        "kind": "date",
        "article_ids": sorted({m.article_id for m in ms}),
        "statement_ids": [],
        "detail": detail,
        "evidence": [evidence_item(m.article_id, m.start, m.end, m.text) for m in ms],
    }
