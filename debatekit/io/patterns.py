"""Regular expressions shared by the cleaner and the metadata step, built once from the language packs.

Datelines are punctuation shapes, not words, so they live here; month, weekday and timezone names come
from every pack's ``dates`` module (a page may mix languages).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from debatekit.lang import all_packs

DASH = r"[-–—]{1,2}"
# A domain as written in datelines: "daerah.portalx.com", "PortalBerita.com", "Liputan6.com".
DOMAIN = r"[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?i:com|co\.id|id|net|org|news|tv|co|info|or\.id|go\.id|co\.uk|my)\b"
CITY = r"[A-Z][A-Za-z.'’]*(?: [A-Z][A-Za-z.'’]*){0,3}"

# The dateline opening the first paragraph; group "outlet" (or "domain") names the publisher.
DATELINES: tuple[re.Pattern[str], ...] = (
    # "Kotabaru (Warta) -", "WASHINGTON (Reuters) -", "LONDON, Nov 7 (Reuters) -"
    re.compile(
        rf"^(?P<city>{CITY})(?:,[^()\n]{{1,30}})?\s*\((?P<outlet>[A-Z][\w.&' ]{{1,30}}?)\)\s*{DASH}\s*"
    ),
    # "Kotabaru, Wartakota.com –", "Jakarta, PortalBerita.com –"
    re.compile(rf"^(?P<city>{CITY}),\s*(?P<outlet>{DOMAIN})\s*{DASH}\s*"),
    # "Jakarta, CNN Indonesia --" (named outlet, double dash)
    re.compile(rf"^(?P<city>{CITY}),\s*(?P<outlet>[A-Z][\w.&]*(?: [A-Z][\w.&]*){{0,3}})\s*(?:--|—)\s*"),
    # "daerah.portalx.com, KOTABARU -", "Liputan6.com, Jakarta -"
    re.compile(rf"^(?P<domain>{DOMAIN}),\s*(?P<city>{CITY})\s*{DASH}\s*"),
    # "Merdeka.com -", "Suara.com -"
    re.compile(rf"^(?P<domain>{DOMAIN})\s*{DASH}\s*"),
)


def alternation(words: Iterable[str]) -> str:
    """Regex alternation of ``words``, escaped, longest first (so "Sept" is tried before "Sep")."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def date_regex() -> re.Pattern[str]:
    """A date (optionally weekday, time and timezone) as written on news pages; every match holds a digit."""
    packs = all_packs()
    wd = alternation(w for p in packs for w in p.dates.WEEKDAYS)
    mon = alternation(m for p in packs for m in p.dates.MONTHS)
    tz = alternation(t for p in packs for t in p.dates.TIMEZONES)
    at = alternation(w for p in packs for w in p.dates.TIME_WORDS)
    weekday = rf"(?:(?:{wd})\.?\s*,?\s*)?"
    day_month = rf"\d{{1,2}}\s+(?:{mon})\.?,?\s+\d{{4}}"  # 7 November 2020
    month_day = rf"(?:{mon})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"  # November 7, 2020
    numeric = r"(?<![(\d/])\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?![\d)])"  # 13/12/2023; "(10/3/2021)" is an event
    iso = r"\d{4}-\d{2}-\d{2}"
    time = rf"(?:\s*(?:{DASH}|,|\||{at}|T)?\s*\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?(?:\s*[ap]\.?m\.?)?(?:\s*(?:{tz})\b)?)?"
    return re.compile(
        rf"\b{weekday}(?P<date>(?:{day_month}|{month_day}|{iso}|{numeric}){time})", re.IGNORECASE
    )


@lru_cache(maxsize=1)
def timezone_regex() -> re.Pattern[str]:
    tz = alternation(t for p in all_packs() for t in p.dates.TIMEZONES)
    return re.compile(rf"\s*\b(?:{tz})\b\.?", re.IGNORECASE)


def find_dateline(line: str) -> re.Match[str] | None:
    """Match a dateline at the start of ``line`` (first pattern that fits), else None."""
    for pattern in DATELINES:
        m = pattern.match(line)
        if m:
            return m
    return None
