"""Events: the articles that report one occasion.

Cross-outlet checks (omission, outlets disagreeing, misattribution) compare articles of one occasion only;
linking every article that shares a quote would join a speech to its echoes weeks later. An article's date
is its published date, else the first date written in its text, year-less ones first (news writes the
days it reports on without a year, "Rabu (24/8)", full dates mostly for the past; later mentions are
often appointments to come; a date with its weekday, the dateline form, before one without) ("Selasa (12/12)", "14 Mei 2024"; a day
and month without a year are compared on the calendar cycle). Articles are linked by matched statements
(the strongest links first) and, when both are dated within a day of each other, by sharing
``MIN_SHARED_SPEAKERS`` speakers; two groups merge only when every pair of their dates stays within
``window`` days. An undated article joins an event only through ``MIN_UNDATED_MATCHES`` matched
statements or more (through one when no article of the corpus is dated). A corpus of one debate, all
dated within the window, stays one event. An article that names its occasion by weekday alone ("on
Tuesday", "pada Selasa", "Selasa lalu") also has that day (the most recent such weekday on or before its
date, :mod:`debatekit.align.weekdays`): both of its days must stay within the window of the others, the
speaker link compares occasions, and the events table's first and last dates are the occasions'.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import sys
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd

from debatekit import schema
from debatekit.collector import collector_paused

if TYPE_CHECKING:
    from debatekit.lang import LanguagePack

WINDOW_DAYS = 3  # an occasion and its next-days coverage; a running story over weeks is several events
# same-day articles quoting this many of the same people cover one occasion (not two: a president and a
# minister are quoted together on several occasions of one day)
MIN_SHARED_SPEAKERS = 3
SAME_DAY = 1  # days apart that count as the same day for the speaker link (time zones, late editions)
MIN_UNDATED_MATCHES = 3  # matched statements an article without any date needs to join an event
MAIN_SPEAKERS = 3  # speakers named in the events table
CROSS_EVENT_WEAK = frozenset({"reworded", "indirect_vs_direct", "misattributed"})  # dropped across events
NEAR_COPIES = frozenset({"verbatim", "minor_edit", "partial"})  # near copies: reprints across events
_CYCLE = 366  # days of the calendar cycle that year-less dates are compared on (leap year)
# a statement's attribution clause ('," kata juru bicara, Rabu (3/5).') is read this far from the statement
ATTRIBUTION_CHARS = 200
# a sentence ends at . ! ? (a closing mark may follow) before a space, or at a line break
_CLAUSE_END = re.compile(r"[.!?][\"'\u201d\u2019)]?(?=\s)|\n")


@dataclass(frozen=True)
class Day:
    """An article's date: a full date, or a day and month without a year (``year_known`` False)."""

    date: dt.date  # year 2000 (a leap year) when the year is unknown
    year_known: bool

    def iso(self) -> str:
        return self.date.isoformat() if self.year_known else self.date.strftime("--%m-%d")


def days_apart(a: Day, b: Day) -> int:
    """Days between two dates; with a year missing on either side, on the calendar cycle."""
    if a.year_known and b.year_known:
        return abs((a.date - b.date).days)
    x = a.date.replace(year=2000).toordinal()
    y = b.date.replace(year=2000).toordinal()
    d = abs(x - y) % _CYCLE
    return min(d, _CYCLE - d)


def text_date(text: str, language: str | None) -> Day | None:
    """The first date written in ``text``, year-less dates first (day and month, year when written), or None.

    Examples
    --------
    >>> text_date("Jakarta - Presiden berbicara pada Rabu (24/8) di Istana.", "id").iso()
    '--08-24'
    """
    from debatekit.check.dates import date_matches
    from debatekit.lang import get_pack

    pack = get_pack(language)
    return first_day(date_matches(pack.code, text), pack)


def first_day(found: list[list[re.Match]], pack: LanguagePack) -> Day | None:
    """:func:`text_date` read off the date matches of a text (:func:`debatekit.check.dates.date_matches`),
    so that a caller needing them for something else scans the text once."""
    from debatekit.check.dates import full_year

    orders = getattr(pack.dates, "NUMERIC_DATE_ORDERS", ("dmy",))
    best: Day | None = None
    best_key: tuple[bool, bool, int] = (True, True, sys.maxsize)
    taken: list[tuple[int, int]] = []
    for matches in found:
        for m in matches:
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            g = m.groupdict()
            if g.get("m"):
                day, month = int(g["d"]), pack.dates.MONTHS[g["m"].casefold().rstrip(".")]
            else:
                a, b = int(g["a"]), int(g["b"])
                day, month = (a, b) if orders[0].startswith("d") else (b, a)
            year = full_year(g.get("y"))
            try:
                d = Day(dt.date(year or 2000, month, day), year is not None)
            except ValueError:
                continue
            # the dateline form names the weekday ("Kamis (1/6)"); a bare "(5/6)" is often a date to come
            key = (d.year_known, not g.get("wd"), m.start())
            if key < best_key:
                best, best_key = d, key
    return best


def said_on(text: str, start: int, end: int, language: str | None) -> Day | None:
    """The day written in a statement's attribution: in the rest of its sentence, else before it, or None.

    Two statements that name different days of saying are two utterances, however alike their words:
    a spokesperson's formula ("diperiksa sebagai saksi untuk tersangka ...") said on two occasions.

    Examples
    --------
    >>> t = 'Jakarta - "Dia diperiksa sebagai saksi," kata juru bicara, Rabu (3/5). Besok sidang (4/5).'
    >>> said_on(t, 11, 39, "id").iso()
    '--05-03'
    """
    after = text[end : end + ATTRIBUTION_CHARS]
    stop = _CLAUSE_END.search(after)
    day = text_date(after[: stop.end()] if stop else after, language)
    if day is not None:
        return day
    before = text[max(0, start - ATTRIBUTION_CHARS) : start]
    cuts = [m.end() for m in _CLAUSE_END.finditer(before)]
    return text_date(before[cuts[-1] :] if cuts else before, language)


def other_days(articles: pd.DataFrame, statements: pd.DataFrame, matches: pd.DataFrame) -> pd.Series:
    """Per match, True when its two statements were said on days more than ``SAME_DAY`` apart.

    A statement's day is the one its attribution names (:func:`said_on`), else that of the nearest
    statement before it in its article by the same speaker that names one (a follow-up quote, '," kata
    Febri.', belongs to the occasion its speaker was last placed on). Only the matched statements and
    those before them are read.
    """
    need = {"statement_id", "article_id", "start", "end"}
    if not len(matches) or statements is None or not need <= set(statements.columns):
        return pd.Series(False, index=matches.index, dtype=bool)
    sids = set(matches["statement_id_a"].astype(str).tolist()) | set(
        matches["statement_id_b"].astype(str).tolist()
    )
    arts = set(matches["article_id_a"].astype(str).tolist()) | set(
        matches["article_id_b"].astype(str).tolist()
    )
    st = statements[statements["article_id"].astype(str).isin(arts)]
    ids = articles["article_id"].astype(str)
    text = dict(zip(ids, articles["text"], strict=True))
    lang = dict(zip(ids, articles["language"], strict=True)) if "language" in articles else {}
    speakers = st["speaker_id"] if "speaker_id" in st else pd.Series(None, index=st.index, dtype=object)
    # per (article, speaker): its statements in text order, to look back from a matched one
    said: dict[tuple[str, str | None], list[tuple[int, int, str]]] = {}
    for sid, art, b, e, k in zip(
        st["statement_id"].astype(str).tolist(),
        st["article_id"].astype(str).tolist(),
        st["start"].tolist(),
        st["end"].tolist(),
        speakers.tolist(),
        strict=True,
    ):
        if not (pd.isna(b) or pd.isna(e)):
            said.setdefault((art, k if isinstance(k, str) else None), []).append((int(b), int(e), sid))
    own: dict[str, Day | None] = {}

    def day_of(art: str, b: int, e: int, sid: str) -> Day | None:
        if sid not in own:
            body, language = text.get(art), lang.get(art)
            language = language if isinstance(language, str) else None
            own[sid] = said_on(body, b, e, language) if isinstance(body, str) else None
        return own[sid]

    day: dict[str, Day | None] = {}
    for (art, speaker), rows in said.items():
        rows.sort()
        for k, (b, e, sid) in enumerate(rows):
            if sid not in sids:
                continue
            found = day_of(art, b, e, sid)
            back = k - 1
            while found is None and speaker is not None and back >= 0:  # the speaker's last dated one
                found = day_of(art, *rows[back])
                back -= 1
            day[sid] = found
    apart = []
    for a, b in zip(
        matches["statement_id_a"].astype(str), matches["statement_id_b"].astype(str), strict=True
    ):
        da, db = day.get(a), day.get(b)
        apart.append(da is not None and db is not None and days_apart(da, db) > SAME_DAY)
    return pd.Series(apart, index=matches.index, dtype=bool)


def article_days(articles: pd.DataFrame) -> dict[str, Day | None]:
    """Article id -> its date: published, else the first date in its text (see :func:`text_date`), else None."""
    return {a: d for a, (d, _) in article_dates(articles).items()}


def article_dates(articles: pd.DataFrame) -> dict[str, tuple[Day | None, Day | None]]:
    """Article id -> (its date, as :func:`article_days`; the day of its occasion, or None).

    The occasion is the first relative weekday mention of the text ("on Tuesday", "pada Selasa",
    :func:`debatekit.align.weekdays.relative_weekday`) before any written date, resolved against the
    article's date (the most recent such weekday on or before it), when that date has a year.

    Examples
    --------
    >>> arts = pd.DataFrame({"article_id": ["a"], "published": ["2024-05-16"], "language": ["en"],
    ...                      "text": ["The mayor said on Tuesday that the bridge will reopen."]})
    >>> day, occasion = article_dates(arts)["a"]
    >>> day.iso(), occasion.iso()
    ('2024-05-16', '2024-05-14')
    """
    from debatekit.align.weekdays import first_written_date, relative_weekday, resolve
    from debatekit.check.dates import date_matches, published_date
    from debatekit.lang import get_pack

    out: dict[str, tuple[Day | None, Day | None]] = {}
    has_pub = "published" in articles
    has_lang = "language" in articles
    for row in articles.itertuples(index=False):
        text = str(row.text or "")
        lang = row.language if has_lang and isinstance(row.language, str) else None
        pub = published_date(row.published) if has_pub else None
        found = None  # the date matches of the text, read at most once per article
        if pub is not None:
            day: Day | None = Day(pub, True)
        else:
            pack = get_pack(lang)
            found = date_matches(pack.code, text)
            day = first_day(found, pack)
        occasion = None
        if day is not None and day.year_known:
            # a mention before the first written date is one of the mentions of the whole lead: most
            # articles have none, and then the date patterns need not be read for its bound
            weekday = relative_weekday(text, lang)
            if weekday is not None:
                if found is None:
                    found = date_matches(get_pack(lang).code, text)
                end = first_written_date(text, lang, found)
                if end is not None:
                    weekday = relative_weekday(text, lang, end=end)
            if weekday is not None:
                occasion = Day(resolve(weekday, day.date), True)
        out[str(row.article_id)] = (day, occasion)
    return out


class _Groups:
    """Union-find over articles that keeps each group's distinct dates, to check the window on merge
    (an article's date and the day of its occasion both count)."""

    def __init__(self, ids: list[str], dates: dict[str, tuple[Day | None, Day | None]], window: int) -> None:
        self.parent = {a: a for a in ids}
        self.days: dict[str, set[Day]] = {}
        for a in ids:
            self.days[a] = {d for d in dates.get(a, (None, None)) if d is not None}
        self.window = window

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def merge(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        da, db = self.days[ra], self.days[rb]
        if any(days_apart(x, y) > self.window for x in da for y in db):
            return
        keep, drop = min(ra, rb), max(ra, rb)
        self.parent[drop] = keep
        self.days[keep] = da | db
        del self.days[drop]


def build_events(
    articles: pd.DataFrame,
    statements: pd.DataFrame | None = None,
    matches: pd.DataFrame | None = None,
    window: int = WINDOW_DAYS,
) -> tuple[pd.DataFrame, dict[str, str]]:
    """Group articles into events.

    Parameters
    ----------
    articles : pandas.DataFrame
        ``article_id``, ``text``; ``published``, ``language``, ``outlet``, ``title`` when available.
    statements, matches : pandas.DataFrame, optional
        Statements (``article_id``, ``speaker_id``, ``speaker``) and cross-outlet matches.
    window : int
        Days the dates of one event may lie apart (an article's date and the day of the occasion it
        names by weekday both count: :func:`article_dates`).

    Returns
    -------
    (events, event_of)
        :data:`schema.EVENT_COLUMNS` sorted by event_id (every article in exactly one event), and article
        id -> event id.

    Examples
    --------
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "text": ["", ""],
    ...                      "published": ["2024-05-01", "2024-07-01"]})
    >>> m = pd.DataFrame({"article_id_a": ["a"], "article_id_b": ["b"]})
    >>> len(build_events(arts, None, m)[0])
    2
    """
    ids = sorted(str(a) for a in articles["article_id"]) if len(articles) else []
    dates = article_dates(articles) if ids else {}
    days = {a: d for a, (d, _) in dates.items()}
    # the day an article reports on: its occasion when it names one by weekday, else its date
    occasion = {a: o if o is not None else d for a, (d, o) in dates.items()}
    groups = _Groups(ids, dates, window)
    links: Counter = Counter()
    if matches is not None and len(matches):
        for a, b in zip(
            matches["article_id_a"].astype(str), matches["article_id_b"].astype(str), strict=True
        ):
            if a != b and a in groups.parent and b in groups.parent:
                links[(min(a, b), max(a, b))] += 1
    speakers_of: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    per_article: dict[str, Counter] = {}
    if statements is not None and len(statements) and "speaker_id" in statements:
        # tolist(): iterating an Arrow-backed column yields its cells one by one, about 10x slower
        for art, sid, name in zip(
            statements["article_id"].astype(str).tolist(),
            statements["speaker_id"].tolist(),
            (statements["speaker"] if "speaker" in statements else statements["speaker_id"]).tolist(),
            strict=True,
        ):
            if isinstance(sid, str) and sid:
                speakers_of.setdefault(art, set()).add(sid)
                per_article.setdefault(art, Counter())[sid] += 1
                if isinstance(name, str):
                    names.setdefault(sid, name)
    ordered = sorted(links.items(), key=lambda kv: (-kv[1], kv[0]))
    for (a, b), _n in ordered:
        if days.get(a) is not None and days.get(b) is not None:
            groups.merge(a, b)
    _speaker_links(groups, ids, occasion, speakers_of)
    # with no date anywhere there is no window to keep: matched articles are taken for one occasion
    _undated_links(groups, ordered, days, MIN_UNDATED_MATCHES if any(days.values()) else 1)

    members: dict[str, list[str]] = {}
    for a in ids:
        members.setdefault(groups.find(a), []).append(a)
    info = articles.assign(article_id=articles["article_id"].astype(str)).set_index("article_id")
    outlet = info["outlet"].to_dict() if "outlet" in info else {}
    title = info["title"].to_dict() if "title" in info else {}
    rows, event_of = [], {}
    for root in sorted(members):
        arts = members[root]
        eid = "e-" + hashlib.sha1(arts[0].encode("utf-8")).hexdigest()[:10]
        for a in arts:
            event_of[a] = eid
        dated = sorted(
            (d for a in arts if (d := occasion.get(a)) is not None), key=lambda d: (d.year_known, d.date)
        )
        count: Counter = Counter()
        for a in arts:
            if a in per_article:
                count.update(per_article[a])
        top = [s for s, _ in sorted(count.items(), key=lambda kv: (-kv[1], kv[0]))[:MAIN_SPEAKERS]]
        head = next((str(title[a]) for a in arts if isinstance(title.get(a), str) and title[a]), arts[0])
        rows.append(
            {
                "event_id": eid,
                "article_ids": arts,
                "outlets": sorted({str(outlet[a]) for a in arts if isinstance(outlet.get(a), str)}),
                "first_date": dated[0].iso() if dated else None,
                "last_date": dated[-1].iso() if dated else None,
                "main_speakers": [names.get(s, s) for s in top],
                "label": head[:80],
                "n_articles": len(arts),
            }
        )
    events = schema.frame(schema.EVENT_COLUMNS, rows)
    return events.sort_values("event_id", kind="stable").reset_index(drop=True), event_of


def _speaker_links(groups: _Groups, ids: list[str], days: dict, speakers_of: dict[str, set[str]]) -> None:
    """Merge same-day articles quoting MIN_SHARED_SPEAKERS of the same people (blocked by speaker pair)."""
    by_pair: dict[tuple[str, str], list[str]] = {}
    for a in ids:
        spk = sorted(speakers_of.get(a, ()))
        if days.get(a) is None or len(spk) < MIN_SHARED_SPEAKERS:
            continue
        for x in range(len(spk)):
            for y in range(x + 1, len(spk)):
                by_pair.setdefault((spk[x], spk[y]), []).append(a)
    for key in sorted(by_pair):
        # bucket by calendar day: each article merges with the first of its own and of the next day
        buckets: dict[int, list[str]] = {}
        for a in by_pair[key]:
            buckets.setdefault(days[a].date.replace(year=2000).toordinal(), []).append(a)
        for day in sorted(buckets):
            first = buckets[day][0]
            for b in buckets[day][1:] + buckets.get(day + SAME_DAY, [])[:1]:
                if days_apart(days[first], days[b]) <= SAME_DAY:
                    groups.merge(first, b)


def _undated_links(groups: _Groups, ordered: list, days: dict, needed: int) -> None:
    """An undated article joins the group it shares the most matched statements with (at least
    MIN_UNDATED_MATCHES): without a date only the quotes themselves can place it."""
    near: dict[str, list[tuple[str, int]]] = {}
    for (a, b), n in ordered:
        if days.get(a) is None:
            near.setdefault(a, []).append((b, n))
        if days.get(b) is None:
            near.setdefault(b, []).append((a, n))
    for u in sorted(near):
        count: Counter = Counter()
        for other, n in near[u]:
            count[groups.find(other)] += n
        best = sorted(count.items(), key=lambda kv: (-kv[1], kv[0]))
        if best and best[0][1] >= needed:
            groups.merge(u, best[0][0])


def clusters(event_of: dict[str, str]) -> dict[str, list[str]]:
    """Article id -> sorted ids of the articles of its event, for events of two articles or more."""
    members: dict[str, list[str]] = {}
    for a in sorted(event_of):
        members.setdefault(event_of[a], []).append(a)
    return {a: members[e] for a, e in event_of.items() if len(members[e]) > 1}


@collector_paused()  # see debatekit.collector: dates, groups and rows per article, no cycles
def attach_events(
    articles: pd.DataFrame,
    statements: pd.DataFrame,
    matches: pd.DataFrame,
    groups: pd.DataFrame | None = None,
    window: int = WINDOW_DAYS,
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame | None, pd.DataFrame]:
    """Events, and the tables that carry them: copies, the inputs are not modified.

    Returns ``(events, articles, matches, statement_groups, statements)``: ``event_id`` on articles and
    on matches (the event of its two articles when they share one, else None). A weak match
    (:data:`CROSS_EVENT_WEAK`: reworded, indirect_vs_direct, misattributed) between two events is
    dropped: one speaker's talking point repeated on another occasion is not the same utterance; near
    copies (verbatim, minor_edit, partial) are kept as reprints, unless the shorter statement has
    ``SHORT_MAX`` content words or fewer (a set phrase on another occasion). Before the events are built,
    a match whose two statements' attributions name different days (:func:`other_days`) is dropped: two
    utterances, however alike their words. Groups are then rebuilt per sentence
    (:func:`debatekit.align.groups.sentence_groups`).
    """
    from debatekit.align.groups import sentence_groups

    m = matches.copy(deep=False)
    if len(m):
        apart = other_days(articles, statements, m) | second_versions(m)
        if apart.any():
            m = m[~apart].reset_index(drop=True)
    events, event_of = build_events(articles, statements, m, window=window)
    arts = articles.copy(deep=False)
    arts["event_id"] = pd.Series(
        [event_of.get(str(a)) for a in arts["article_id"]], index=arts.index, dtype=object
    )
    m["event_id"] = pd.Series(None, index=m.index, dtype=object)  # also when there is no match
    if len(matches):
        ea = [event_of.get(str(a)) for a in m["article_id_a"]]
        eb = [event_of.get(str(b)) for b in m["article_id_b"]]
        m["event_id"] = pd.Series(
            [x if x == y else None for x, y in zip(ea, eb, strict=True)], index=m.index, dtype=object
        )
        cross = m["event_id"].isna().to_numpy()
        weak = cross & m["relation"].isin(CROSS_EVENT_WEAK).to_numpy()
        # only the cross-event near copies are counted for shortness (tokenizing every matched one is slow)
        copies = cross & ~weak
        if copies.any():
            weak[copies] = _short(statements, m[copies]).to_numpy()
        if weak.any():
            m = m[~weak].reset_index(drop=True)
        groups, statements = sentence_groups(statements, m)
    return events, arts, m, groups, statements


def second_versions(matches: pd.DataFrame) -> pd.Series:
    """Per match, True when it is ``reworded`` while one of its statements has a near copy (verbatim,
    minor_edit, partial) in the other's article: that article printed the utterance already, the
    reworded one is another statement in the same formula ("Dia diperiksa sebagai saksi" beside "Mereka
    juga diperiksa sebagai saksi"). An outlet's own report of it (indirect_vs_direct) stays."""
    if not len(matches):
        return pd.Series(False, index=matches.index, dtype=bool)
    rel = matches["relation"].astype(str).tolist()
    sa, sb = matches["statement_id_a"].astype(str).tolist(), matches["statement_id_b"].astype(str).tolist()
    aa, ab = matches["article_id_a"].astype(str).tolist(), matches["article_id_b"].astype(str).tolist()
    copied = {(s, art) for r, s, art in zip(rel + rel, sa + sb, ab + aa, strict=True) if r in NEAR_COPIES}
    loose = [
        r == "reworded" and ((x, y) in copied or (u, v) in copied)
        for r, x, y, u, v in zip(rel, sa, ab, sb, aa, strict=True)
    ]
    return pd.Series(loose, index=matches.index, dtype=bool)


def _short(statements: pd.DataFrame, matches: pd.DataFrame) -> pd.Series:
    """Per match, True when its shorter statement has at most ``SHORT_MAX`` content words: a few words
    are the same utterance only when the occasion agrees (on another occasion they are a set phrase)."""
    from debatekit.align.normalize import content, tokens
    from debatekit.align.score import SHORT_MAX

    if not len(matches) or statements is None or "text" not in statements:
        return pd.Series(False, index=matches.index, dtype=bool)
    sids = set(matches["statement_id_a"].astype(str)) | set(matches["statement_id_b"].astype(str))
    st = statements[statements["statement_id"].astype(str).isin(sids)]
    n = {
        str(s): len(content(tokens(t))) if isinstance(t, str) else 0
        for s, t in zip(st["statement_id"], st["text"], strict=True)
    }
    short = [
        min(n.get(a, 0), n.get(b, 0)) <= SHORT_MAX
        for a, b in zip(
            matches["statement_id_a"].astype(str), matches["statement_id_b"].astype(str), strict=True
        )
    ]
    return pd.Series(short, index=matches.index, dtype=bool)


def event_map(events: pd.DataFrame | None) -> dict[str, str]:
    """Article id -> event id, read from an events table (:data:`debatekit.schema.EVENT_COLUMNS`)."""
    if events is None or not len(events):
        return {}
    return {
        str(a): e for e, arts in zip(events["event_id"], events["article_ids"], strict=True) for a in arts
    }
