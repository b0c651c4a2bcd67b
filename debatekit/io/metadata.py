"""Article metadata from the raw page: outlet, published date, language.

Outlet, in order of trust: the user's value; a site name the page furniture repeats (the headline
repeated as "<headline> - <Site>", or a name repeated in share widgets), when it occurs at least twice;
the dateline ("Kotabaru (Warta) -", "Jakarta, PortalBerita.com –", "daerah.portalx.com, KOTABARU -"); a copyright
line ("© 2024 The Harwick Ledger"); a photo credit ("Foto: Name/outlet"). Published: a date found near the top of the page (a short line or the dateline),
parsed with dateparser; failing that, a weekday with a full date in the body's first sentence (the
reported event, published that day or the next); never a date from deeper in the body (older events).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date
from functools import cache, lru_cache

from debatekit.io.clean import (
    SOCIAL_NETWORKS,
    Cleaned,
    Line,
    contains_any,
    fewest_parts,
    fold,
    is_sentence,
    literal_prefixes,
)
from debatekit.io.patterns import alternation, date_regex, find_dateline, timezone_regex
from debatekit.lang import AVAILABLE, all_packs, get_pack

TOP_LINES = 6  # dates are looked for in this many first lines...
DATE_LINE_MAX_CHARS = 100  # ...when the line is this short (a timestamp, not a paragraph)

_SITE_SUFFIX = re.compile(r"^\s*[-|–—:]\s*(?P<site>\S.{1,40})$")


def _credit_cue() -> str:
    """The pattern of a photo credit's cue: a credit word of any pack and a colon ("Foto:")."""
    return rf"\b(?:{alternation(w for p in all_packs() for w in p.cleaning.CREDIT_WORDS)})\s*:"


@lru_cache(maxsize=1)
def _credit_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Photo credit, its splitter into names, and an outlet name, from every pack's ``cleaning`` words."""
    packs = all_packs()
    cue = _credit_cue()
    credit = re.compile(rf"{cue}\s*(?P<credit>[^\n]*?)(?=\s*{cue}|$)", re.I)
    joiners = alternation(w for p in packs for w in p.cleaning.CREDIT_JOINERS)
    split = re.compile(rf"\s+(?:{joiners}|&)\s+|[,;]")
    # "wartakota", "The Harwick Ledger", "Kompas.com"; some credit words name no outlet ("HO-...", "Dok.")
    not_outlets = alternation(w for p in packs for w in p.cleaning.CREDIT_NOT_OUTLETS)
    skip = rf"(?!(?:{not_outlets})\b)" if not_outlets else ""
    brand = re.compile(rf"{skip}[A-Za-z][\w.&'-]{{1,30}}(?: [A-Z][\w.&'-]{{0,30}}){{0,3}}")
    return credit, split, brand


@lru_cache(maxsize=1)
def _credit_prefixes() -> tuple[str, ...] | None:
    """Lower-cased words one of which every photo credit's cue holds (None: no prefilter).

    Most lines hold no credit word: testing for one is a fraction of running the credit regex over
    every paragraph, and a necessary condition, so the answer is the same (see ``literal_prefixes``).
    """
    found = literal_prefixes(_credit_cue())
    if found is None:
        return None
    return fewest_parts(found)  # "kredit foto" holds "foto": a line holding the longer holds the shorter


@lru_cache(maxsize=1)
def _copyright_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A copyright line's start, the line with its holder (group ``name``), and the rights-reserved words."""
    packs = all_packs()
    words = alternation(w for p in packs for w in p.cleaning.COPYRIGHT_WORDS)
    start = re.compile(rf"^(?:{words}|©)", re.I)
    # "© 2024 suaratepian.id. All Rights Reserved.", "Copyright 2024 Lakeshore News Service", "COPYRIGHT © WARTANUSA 2024"
    line = re.compile(
        rf"^(?:©\s*)?(?:{words})?\s*(?:©|\(c\))?\s*(?:\d{{4}}(?:\s*-\s*\d{{4}})?)?\s*(?:©\s*)?"
        r"(?P<name>[A-Za-z][\w&'-]*(?:\.[A-Za-z]{2,})*(?: [A-Z][\w&'-]*(?:\.[A-Za-z]{2,})*){0,4})"
        r"\s*(?:\d{4})?\s*(?:[.,|]|$)",
        re.I,
    )
    reserved = re.compile(alternation(w for p in packs for w in p.cleaning.RIGHTS_RESERVED_WORDS), re.I)
    return start, line, reserved


_NETWORK_NAME = re.compile(r"\b(?:" + "|".join(sorted(SOCIAL_NETWORKS)) + r")\b", re.I)
_TITLE_SITE = re.compile(r"^(?P<headline>.{10,}?)\s+[-|–—]\s+(?P<site>[^-|–—]{2,40})$")


def split_title(cleaned: Cleaned) -> tuple[str | None, str | None]:
    """``"<headline> - <Site>"`` (a page <title> as first line) to headline and site name.

    The tail counts as a site name only when it looks like one: a domain ("Kompas.com"), or a name the
    page repeats in its debris lines or its dateline. Otherwise ("Debat Anies - Sandi") the title stays.
    """
    title = cleaned.title
    m = _TITLE_SITE.match(title) if title else None
    if not m:
        return title, None
    site = m.group("site").strip()
    where = [cleaned.lines[i].text for i in cleaned.removed] + [dateline_outlet(cleaned) or ""]
    if re.search(r"\.[a-z]{2,}\b", site, re.I) or any(site.lower() in w.lower() for w in where):
        return m.group("headline").strip(), site
    return title, None


def site_name(cleaned: Cleaned, raw: str) -> str | None:
    """The site's own name as the page furniture repeats it, or None."""
    candidates: list[str] = []
    _, title_site = split_title(cleaned)
    if title_site:
        candidates.append(title_site)
    if cleaned.title:
        title_len = len(cleaned.title)
        for ln in cleaned.lines:
            if ln.text != cleaned.title and ln.text.startswith(cleaned.title):
                m = _SITE_SUFFIX.match(ln.text[title_len:])
                if m:
                    candidates.append(m.group("site").strip())
    for i, why in sorted(cleaned.removed.items()):
        if why == "share widget":
            # "Facebook Portal Daerah Twitter Portal Daerah ...": the chunk between network names
            chunks = _NETWORK_NAME.split(cleaned.lines[i].text)
            counts = Counter(c.strip(" •|·-") for c in chunks if len(c.strip(" •|·-")) > 2)
            if counts:
                name, n = counts.most_common(1)[0]
                if n >= 2:
                    candidates.append(name)
    for name in candidates:
        if len(re.findall(re.escape(name), raw, re.I)) >= 2:
            return name
    return None


def dateline_outlet(cleaned: Cleaned) -> str | None:
    """Outlet named by a dateline in the first few lines the cleaner kept."""
    for i in cleaned.kept()[: TOP_LINES + 2]:
        m = find_dateline(cleaned.lines[i].text)
        if m:
            gd = m.groupdict()
            return (gd.get("outlet") or gd.get("domain") or "").strip() or None
    return None


def credit_outlet(lines: Sequence[Line]) -> str | None:
    """Outlet of the first photo credit written "Photographer/outlet" ("Foto: Dimas Prasetyo/wartakota")."""
    credit, split, brand_rx = _credit_patterns()
    prefixes = _credit_prefixes()
    for ln in lines:
        # the cue ends in ":" and starts with a credit word (case-insensitive: compared folded)
        if prefixes is not None and (":" not in ln.text or not contains_any(fold(ln.text), prefixes)):
            continue
        for m in credit.finditer(ln.text):
            first = split.split(m.group("credit"))[0]
            if "/" in first:
                brand = first.rsplit("/", 1)[1].strip(" .)")
                if brand_rx.fullmatch(brand):
                    return brand
    return None


def copyright_outlet(cleaned: Cleaned) -> str | None:
    """Publisher named by a copyright line the cleaner removed ("© 2024 The Harwick Ledger")."""
    start, line, reserved = _copyright_patterns()
    for i, _why in sorted(cleaned.removed.items()):
        t = cleaned.lines[i].text
        if not start.match(t):
            continue
        m = line.match(t)
        if m and not reserved.fullmatch(m.group("name")):
            return m.group("name").strip()
    return None


def page_spelling(name: str, raw: str) -> str:
    """A capitals-only domain ("TEPIANRAYA.COM") as the page spells it elsewhere in mixed case, if it does.

    Agency names in capitals ("BERNAMA") are left alone: that is how they are written.
    """
    if not name.isupper() or "." not in name:
        return name
    forms = Counter(m.group(0) for m in re.finditer(re.escape(name), raw, re.I) if not m.group(0).isupper())
    return forms.most_common(1)[0][0] if forms else name


def find_outlet(cleaned: Cleaned, raw: str) -> str | None:
    """Outlet of a page by the rules in the module docstring (the user's value is applied by the caller)."""
    name = (
        site_name(cleaned, raw)
        or dateline_outlet(cleaned)
        or copyright_outlet(cleaned)
        or credit_outlet(cleaned.lines)
    )
    return page_spelling(name, raw) if name else None


def date_candidates(cleaned: Cleaned) -> list[str]:
    """Date strings near the top of the page, in page order: short non-sentence lines among the first
    ``TOP_LINES`` (a short body sentence names events, not the page date), bare timestamp lines the
    cleaner removed, and the dateline of the first kept lines."""
    out: list[str] = []
    rx = date_regex()
    kept = cleaned.kept()[: TOP_LINES + 2]
    last = max(kept[-1] if kept else 0, TOP_LINES - 1)
    for i, ln in enumerate(cleaned.lines):
        t = ln.text
        zone = ""
        short_label = len(t) <= DATE_LINE_MAX_CHARS and (i in cleaned.removed or not is_sentence(t))
        if i < TOP_LINES and short_label or cleaned.removed.get(i) == "timestamp":
            zone = t
        elif i in kept:
            dl = find_dateline(t)
            zone = t[: dl.end()] if dl else ""
        out.extend(m.group("date") for m in rx.finditer(zone))
        if i >= last:  # nothing below the first few kept lines: body dates are event dates
            break
    return out


FAST_YEARS = range(1001, 10000)  # years whose dates the fast path was checked against dateparser on


@lru_cache(maxsize=1)
def _fast_date_patterns() -> tuple[
    re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, int]
]:
    """Numeric "7/11/2020", "7 November 2020" and "November 7, 2020" shapes, a clock time after them
    ("22:47", ", 07:30", " at 10:42 PM"; a pack's ``TIME_WORDS`` may precede it), and month name -> number.

    A month name two packs give different numbers is left to dateparser.
    """
    numbers: dict[str, set[int]] = {}
    for p in all_packs():
        for name, number in p.dates.MONTHS.items():
            numbers.setdefault(name.lower(), set()).add(number)
    months = {name: next(iter(n)) for name, n in numbers.items() if len(n) == 1}
    mon = alternation(months)
    at = alternation(w for p in all_packs() for w in p.dates.TIME_WORDS)
    numeric = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})")
    day_month = re.compile(rf"(?P<d>\d{{1,2}}) (?P<m>{mon})\.?,? (?P<y>\d{{4}})", re.I)
    month_day = re.compile(rf"(?P<m>{mon})\.? (?P<d>\d{{1,2}}),? (?P<y>\d{{4}})", re.I)
    clock = re.compile(
        rf"(?P<date>.*?\d{{4}}),? (?:(?P<at>{at}) )?(?P<h>\d{{1,2}}):(?P<min>\d{{2}})(?: (?P<ampm>[AP]M))?",
        re.I,
    )
    return numeric, day_month, month_day, clock, months


def _iso_day(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _fast_day(clean: str) -> tuple[bool, str | None, str | None]:
    """(known, iso, month name as written or None for a numeric date) of a date without a time."""
    numeric, day_month, month_day, _clock, months = _fast_date_patterns()
    m = numeric.fullmatch(clean)
    if m:
        a, _sep, b, y = m.groups()
        year = int(y)
        if year not in FAST_YEARS:
            return False, None, None
        return True, _iso_day(year, int(b), int(a)) or _iso_day(year, int(a), int(b)), None
    m = day_month.fullmatch(clean) or month_day.fullmatch(clean)
    if m and m.group("m").isascii() and int(m.group("y")) in FAST_YEARS:
        name = m.group("m")
        return True, _iso_day(int(m.group("y")), months[name.lower()], int(m.group("d"))), name
    return False, None, None


@lru_cache(maxsize=1)
def _time_word_months() -> dict[str, frozenset[str]]:
    """Time word -> the month names of the packs that list it: dateparser reads "pukul" after an
    Indonesian month name but not after an English one."""
    out: dict[str, set[str]] = {}
    for p in all_packs():
        for w in p.dates.TIME_WORDS:
            out.setdefault(w.lower(), set()).update(m.lower() for m in p.dates.MONTHS)
    return {w: frozenset(ms) for w, ms in out.items()}


def fast_date(clean: str) -> tuple[bool, str | None]:
    """Parse the common date shapes without dateparser, giving the answer dateparser gives.

    Returns ``(True, iso or None)`` when ``clean`` is one of the shapes (numeric day/month/year with
    one separator: day first, month first when that is the only valid reading, as dateparser reads
    them; a day with a pack's month name and a year), optionally followed by a valid 24-hour or
    AM/PM clock time (``"YYYY-MM-DDTHH:MM"``, the date alone at midnight, as :func:`dateparser_date`),
    else ``(False, None)``: dateparser decides.
    """
    known, iso, _month = _fast_day(clean)
    if known:
        return known, iso
    m = _fast_date_patterns()[3].fullmatch(clean)
    if not m:
        return False, None
    known, iso, month = _fast_day(m.group("date"))
    word = m.group("at")
    if word and month and month.lower() not in _time_word_months()[word.lower()]:
        return False, None  # a time word of another language than the month name
    hour, minute, ampm = int(m.group("h")), int(m.group("min")), m.group("ampm")
    if ampm:
        if not 1 <= hour <= 12:
            return False, None
        hour = hour % 12 + (12 if ampm.upper() == "PM" else 0)
    if not known or iso is None or hour > 23 or minute > 59:
        return False, None  # an invalid day or time: dateparser may still read part of it
    return True, f"{iso}T{hour:02d}:{minute:02d}" if hour or minute else iso


@lru_cache(maxsize=2048)
def parse_date(s: str) -> str | None:
    """Parse one date string (Indonesian or English, day first, no relative dates).

    The common shapes are read by :func:`fast_date`, the rest by dateparser.

    Returns
    -------
    str or None
        ``"YYYY-MM-DD"``, or ``"YYYY-MM-DDTHH:MM"`` when a clock time is given.
    """
    clean = timezone_regex().sub("", s)
    clean = re.sub(r"\s*[–—|]\s*|\s+-\s+", " ", clean).strip(" ,")
    known, iso = fast_date(clean)
    return iso if known else dateparser_date(clean)


def dateparser_date(clean: str) -> str | None:
    """:func:`parse_date` by dateparser alone, on a string without timezone and dashes."""
    import dateparser  # slow import (and slow parse): only for the shapes fast_date does not read

    dt = dateparser.parse(
        clean,
        languages=list(AVAILABLE),
        settings={
            "DATE_ORDER": "DMY",
            "PARSERS": ["absolute-time"],
            "REQUIRE_PARTS": ["day", "month", "year"],
        },
    )
    if dt is None:
        return None
    has_time = re.search(r"\d{1,2}[:.]\d{2}(?!\d)", clean) and not re.fullmatch(r"[\d.]+", clean)
    return dt.strftime("%Y-%m-%dT%H:%M" if has_time and (dt.hour or dt.minute) else "%Y-%m-%d")


@lru_cache(maxsize=1)
def _weekday_date() -> re.Pattern[str]:
    """A weekday followed by a full date: "Sabtu (12/10/2024)", "Selasa, 22 November 2016"."""
    wd = alternation(w for p in all_packs() for w in p.dates.WEEKDAYS)
    mon = alternation(m for p in all_packs() for m in p.dates.MONTHS)
    return re.compile(
        rf"\b(?:{wd})\s*,?\s*\(?\s*(?P<date>\d{{1,2}}/\d{{1,2}}/\d{{4}}|\d{{1,2}}\s+(?:{mon})\.?\s+\d{{4}}|"
        rf"(?:{mon})\.?\s+\d{{1,2}},?\s+\d{{4}})",
        re.I,
    )


_FIRST_SENTENCE = re.compile(r"^.*?[.!?](?=[\"'”’]?\s+[\"“A-Z]|\s*$)", re.S)


def lead_date(cleaned: Cleaned) -> str | None:
    """A weekday with a full date in the first sentence of the body, as a last resort for ``published``.

    News leads date the event they report with its weekday ("digelar ... Sabtu (12/10/2024) malam"),
    the publication day or the day before. Dates without a weekday there are often schedules or
    anniversaries ("dijadwalkan 27 Juni 2018"), and dates later in the body older events: neither is used.
    Returned without a time.
    """
    body = [i for i in cleaned.kept() if cleaned.title is None or cleaned.lines[i].text != cleaned.title]
    if not body:
        return None
    first = cleaned.lines[body[0]].text
    m = _FIRST_SENTENCE.match(first)
    sentence = m.group(0) if m else first
    cands = [x.group("date") for x in _weekday_date().finditer(sentence)]
    for cand in cands:
        iso = parse_date(cand)
        if iso:
            return iso[:10]
    return None


def find_published(cleaned: Cleaned) -> str | None:
    """The page's own date near the top, else a full date in the body's first sentence, else None."""
    for cand in date_candidates(cleaned):
        iso = parse_date(cand)
        if iso:
            return iso
    return lead_date(cleaned)


def normalise_date(value: object) -> str | None:
    """A user-given date as ISO text (kept as given when it cannot be parsed)."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    if hasattr(value, "isoformat"):
        s = value.isoformat()
        return s[:16] if "T" in s and not s.endswith("T00:00:00") else s[:10]
    s = str(value).strip()
    if not s:
        return None
    iso = re.fullmatch(r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}).*)?", s)
    if iso:  # already ISO: keep date and minutes (a timezone offset is dropped, as for parsed dates)
        date, time = iso.groups()
        return f"{date}T{time}" if time and time != "00:00" else date
    return parse_date(s) or s


# --- language ---------------------------------------------------------------------------------------
# Measured on the 491 IndoSum articles plus English news sentences (benchmarks/bench_read.py --lang):
# whole articles: stopword share 491/491 and 8/8 right at 0.1 ms/article, py3langid the same at
# 0.4 ms/article plus 0.7 s to load its model; 60-character snippets: stopwords decide almost none,
# py3langid 490/491. So stopwords decide when the evidence is clear and py3langid breaks the rest.

_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_STOPWORD_HITS = 3  # fewer than this many hits in the best language is no evidence
STOPWORD_MARGIN = 2.0  # the best language needs this many times the hits of the runner-up


@lru_cache(maxsize=1)
def _langid():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    # our own identifier: py3langid's module-level one is shared state other code may configure
    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(AVAILABLE))
    return ident


# bytes: every byte but a-z to a space, so that ``split`` gives the runs of ASCII letters
_ASCII_LETTER_RUNS = bytes(b if 97 <= b <= 122 else 32 for b in range(256))
SAMPLE_CHARS = 4000
SAMPLE_WORDS = 400


@cache
def _ascii_stopwords(code: str) -> frozenset[bytes]:
    """A pack's ASCII stopwords as bytes (only ASCII words can be read by :func:`_sample_words`'s fast path)."""
    return frozenset(w.encode("ascii") for w in get_pack(code).text.STOPWORDS if w.isascii())


def _sample_words(sample: str) -> tuple[list[str] | list[bytes], bool]:
    """The first ``SAMPLE_WORDS`` words of ``sample``, lower-cased, and whether they are ASCII bytes.

    The words are ``_TOKEN``'s runs. When no letter of the sample is outside ASCII (most news text:
    its non-ASCII characters are quotation marks and dashes), those runs are the runs of a-z in the
    lower-cased text, read by a byte translation and a split at a fifth of the regex's cost.
    """
    if "\u0130" in sample or "\u03a3" in sample:  # the two whose lower case depends on more than the letter
        return list(map(str.lower, _TOKEN.findall(sample)[:SAMPLE_WORDS])), False
    # lower-casing first gives the same words (checked over every code point) at a fraction of the cost
    low = sample.lower()
    if low.isascii() or not any(_TOKEN.match(c) for c in set(low) if not c.isascii()):
        return low.encode("ascii", "replace").translate(_ASCII_LETTER_RUNS).split()[:SAMPLE_WORDS], True
    return _TOKEN.findall(low)[:SAMPLE_WORDS], False


def detect_language(text: str, default: str | None = None) -> str | None:
    """Language of a text among the language packs ("id", "en"), or ``default`` when undecidable.

    Stopword share of the first 400 words decides when one pack clearly leads (at least
    ``MIN_STOPWORD_HITS`` hits and ``STOPWORD_MARGIN`` times the runner-up); otherwise py3langid,
    restricted to the packs' languages, decides.

    Examples
    --------
    >>> detect_language("Dia mengatakan bahwa pemerintah akan membangun jalan di desa itu.")
    'id'
    >>> detect_language("He said that the government would build the road to the village.")
    'en'
    """
    tokens, ascii_bytes = _sample_words(text[:SAMPLE_CHARS])
    if not tokens:
        return default
    stopwords = [_ascii_stopwords(c) if ascii_bytes else get_pack(c).text.STOPWORDS for c in AVAILABLE]
    # one membership test per word and pack, in C: cheaper than counting the words first
    hits = sorted(
        ((sum(map(sw.__contains__, tokens)), c) for sw, c in zip(stopwords, AVAILABLE, strict=True)),
        reverse=True,
    )
    (best_hits, best), (second_hits, _) = hits[0], hits[1]
    if best_hits >= MIN_STOPWORD_HITS and best_hits >= STOPWORD_MARGIN * second_hits:
        return best
    try:
        return _langid().classify(text[:SAMPLE_CHARS])[0]
    except Exception:  # noqa: BLE001 - detection is best effort; a missing model must not stop reading
        return best if best_hits else default
