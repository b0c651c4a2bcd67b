"""Statement extraction and attribution: quotes, reported speech, speakers across outlets.

``extract_articles`` is per article (parallel-safe); ``resolve_speakers`` links people across the
corpus; ``extract_corpus`` runs both. ``local_people``, ``tables_from``, ``spoken_counts`` and
``speaker_rows`` are the steps of ``resolve_speakers`` that the Dask backend (:mod:`debatekit.scale`) runs
partition by partition.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from operator import attrgetter
from typing import Any, NamedTuple

import pandas as pd

from debatekit import schema
from debatekit.collector import collector_paused
from debatekit.extract.aliases import AliasTable, apply_aliases, check_aliases
from debatekit.extract.attributor import Attributor, check_attributor
from debatekit.extract.kinds import speaker_kind
from debatekit.extract.records import ArticleExtraction, MentionRecord, StatementRecord
from debatekit.extract.speakers import LocalPerson, link_people, unique_ids
from debatekit.lang import get_pack


class Extraction(NamedTuple):
    """Tables produced by the extraction stage."""

    statements: pd.DataFrame
    mentions: pd.DataFrame
    speakers: pd.DataFrame
    warnings: pd.DataFrame  # schema.ERROR_COLUMNS, fatal=False: unbalanced quotation marks and the like


def extract_articles(
    articles: pd.DataFrame, language: str | None = None, attributor: Attributor | None = None
) -> list[ArticleExtraction]:
    """Run per-article extraction over an articles table (see :mod:`debatekit.extract.article`)."""
    reader = check_attributor(attributor)
    out = []
    # Paused over the whole loop, not per article: each article's records outlive it, and re-enabling
    # the collector after every article walked them all again (a tenth of the extraction of a corpus).
    with collector_paused():
        for row in articles[["article_id", "text", "title", "language"]].itertuples(index=False):
            code = get_pack(language or row.language).code
            text = row.text if isinstance(row.text, str) else ""
            title = row.title if isinstance(row.title, str) else None
            out.append(reader.extract(str(row.article_id), text, code, title))
    return out


@collector_paused()  # it builds tens of thousands of people, ids and rows that form no cycles
def resolve_speakers(
    articles: pd.DataFrame,
    extractions: list[ArticleExtraction],
    language: str | None = None,
    aliases: AliasTable | None = None,
) -> Extraction:
    """Link article-level people across the corpus and build the final tables.

    ``aliases`` (``{"Joko Widodo": ["Jokowi"]}``) joins the people a user's table names into one.
    """
    table = check_aliases(aliases)
    langs = dict(zip(articles["article_id"].astype(str), articles["language"], strict=False))
    languages = {a: language or c for a, c in langs.items()}
    people = local_people(extractions, languages)
    roots, canonical = link_people(people, generational_suffixes(languages.values()))
    if table:
        roots, canonical = join_aliases(people, roots, canonical, table)
    ids = unique_ids(canonical)
    kinds = speaker_kinds(people, roots, canonical, languages)
    who = {(p.article_id, p.key): (ids[r], canonical[r]) for p, r in zip(people, roots, strict=True)}
    places = frozenset(ids[r] for r, k in kinds.items() if k == "place")
    statements, mentions, warnings = tables_from(extractions, articles, who, places)
    speakers = speaker_rows(people, roots, canonical, ids, spoken_counts(statements), kinds)
    return Extraction(statements, mentions, speakers, warnings)


def generational_suffixes(codes: Iterable[Any]) -> frozenset[str]:
    """The generational suffixes (Jr., Sr., II) of every pack in ``codes``: they keep people apart."""
    out: set[str] = set()
    for code in sorted({str(c) for c in codes}):
        out |= get_pack(code).attribution.GENERATIONAL_SUFFIXES
    return frozenset(out)


def join_aliases(
    people: list[LocalPerson], roots: list[int], canonical: Mapping[int, str], table: AliasTable
) -> tuple[list[int], dict[int, str]]:
    """``(roots, canonical)`` with the persons a user's alias table names joined into one."""
    names_of: dict[int, set[str]] = {}
    for p, r in zip(people, roots, strict=True):
        names_of.setdefault(r, set()).update(p.names | {p.name})
    moved, joined = apply_aliases(names_of, dict(canonical), table)
    return [moved[r] for r in roots], joined


def speaker_kinds(
    people: list[LocalPerson], roots: list[int], canonical: Mapping[int, str], languages: Mapping[str, Any]
) -> dict[int, str]:
    """Person, organisation, place or description of each resolved person, in its most used language."""
    votes: dict[int, Counter[str]] = {}
    for p, r in zip(people, roots, strict=True):
        votes.setdefault(r, Counter())[get_pack(languages.get(p.article_id)).code] += 1
    most = {r: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for r, c in votes.items()}
    return {r: speaker_kind(name, most.get(r)) for r, name in canonical.items()}


def local_people(extractions: list[ArticleExtraction], languages: Mapping[str, Any]) -> list[LocalPerson]:
    """The people of each article, articles in id order (the order :func:`link_people` expects).

    ``languages`` maps article id to its pack code (it decides where a short name is taken from).
    """
    people: list[LocalPerson] = []
    for ex in sorted(extractions, key=lambda e: e.article_id):
        position = get_pack(languages.get(ex.article_id)).attribution.SHORT_NAME_POSITION
        people.extend(LocalPerson.from_person(ex.article_id, p, position) for p in ex.people)
    return people


def tables_from(
    extractions: list[ArticleExtraction],
    articles: pd.DataFrame,
    who: Mapping[tuple[str, int], tuple[str, str]],
    places: frozenset[str] = frozenset(),
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Statements, mentions and warnings of ``extractions`` once their people are resolved.

    Parameters
    ----------
    extractions : list of ArticleExtraction
        Some or all articles of the corpus (the Dask backend passes one partition).
    articles : pandas.DataFrame
        At least ``article_id, outlet, source`` of those articles.
    who : mapping
        ``(article_id, local person key) -> (speaker_id, canonical name)``.
    places : frozenset of str
        Speaker ids that are places: places never speak, so their statements get no speaker.

    Returns
    -------
    (statements, mentions, warnings) : pandas.DataFrame
        ``schema`` columns; statements sorted by article, start and kind, mentions by article and start.
    """
    outlets = dict(zip(articles["article_id"].astype(str), articles["outlet"], strict=False))
    sources = dict(zip(articles["article_id"].astype(str), articles["source"], strict=False))
    # Built column by column: a row dict per statement and mention was a tenth of extraction.
    st_fields = StatementRecord.columns()
    # a record's fields read in one C call (attrgetter) per row, then turned into columns at once
    st_values = attrgetter(*st_fields)
    st_rows: list[tuple[Any, ...]] = []
    outlet_col: list[Any] = []
    sid_col: list[Any] = []
    name_col: list[Any] = []
    placed: list[int] = []  # rows whose speaker is a place: no speaker, confidence 0
    m_fields = MentionRecord.columns()
    m_values = attrgetter(*m_fields)
    m_rows: list[tuple[Any, ...]] = []
    warnings = []
    for ex in extractions:
        aid = ex.article_id
        outlet = outlets.get(aid)
        for st in ex.statements:
            key = st.person_key
            sid, name = who[(aid, key)] if key is not None else (None, None)
            if sid in places:
                sid, name = None, None
                placed.append(len(st_rows))
            st_rows.append(st_values(st))
            outlet_col.append(outlet)
            sid_col.append(sid)
            name_col.append(name)
        for m in ex.mentions:
            m_rows.append((*m_values(m), who[(aid, m.person_key)][0]))
        src = sources.get(aid)
        named = (
            src if isinstance(src, str) and not src.startswith("<") else None
        )  # "<dataframe>" names no file
        place = f"article {aid}" + (f" ({named})" if named else "")
        for odd in ex.oddities:
            warnings.append(
                {
                    "source": named or aid,
                    "problem": odd.problem,
                    "message": f"{place}: {odd.message}",
                    "fatal": False,
                }
            )

    st_cols: dict[str, list[Any]] = (
        {c: list(v) for c, v in zip(st_fields, zip(*st_rows, strict=True), strict=True)}
        if st_rows
        else {c: [] for c in st_fields}
    )
    for i in placed:
        st_cols["confidence"][i] = 0.0
    st_cols.update(outlet=outlet_col, speaker_id=sid_col, speaker=name_col)
    statements_df = _column_frame(schema.STATEMENT_COLUMNS, st_cols, len(sid_col))
    if len(statements_df):
        statements_df = statements_df.sort_values(["article_id", "start", "kind"], kind="stable").reset_index(
            drop=True
        )
    start_at = m_fields.index("start")
    aid_at = m_fields.index("article_id")
    m_rows.sort(key=lambda r: (r[aid_at], r[start_at]))  # stable, as before
    m_cols = (
        {c: list(v) for c, v in zip((*m_fields, "speaker_id"), zip(*m_rows, strict=True), strict=True)}
        if m_rows
        else {}
    )
    mentions_df = _column_frame(schema.MENTION_COLUMNS, m_cols, len(m_rows))
    return statements_df, mentions_df, schema.frame(schema.ERROR_COLUMNS, warnings)


def _column_frame(columns: tuple[str, ...], data: Mapping[str, list[Any]], n: int) -> pd.DataFrame:
    """The frame :func:`debatekit.schema.frame` builds from rows, built from ``data``'s columns
    (a column ``data`` lacks is all None)."""
    if not n:
        return schema.frame(columns)
    full = {c: data[c] if c in data else [None] * n for c in columns}
    return pd.DataFrame(full, columns=list(columns), dtype=object).infer_objects()


def spoken_counts(statements: pd.DataFrame) -> dict[str, tuple[int, int]]:
    """``speaker_id -> (statements, distinct articles)`` of the attributed statements."""
    spoken = statements.dropna(subset=["speaker_id"])
    n = spoken.groupby("speaker_id", sort=True)["article_id"].agg(["size", "nunique"])
    return {str(k): (int(a), int(b)) for k, a, b in zip(n.index, n["size"], n["nunique"], strict=True)}


def speaker_rows(
    people: list[LocalPerson],
    roots: list[int],
    canonical: Mapping[int, str],
    ids: Mapping[int, str],
    spoken: Mapping[str, tuple[int, int]],
    kinds: Mapping[int, str] | None = None,
) -> pd.DataFrame:
    """The speakers table: one row per resolved person with at least one statement.

    ``spoken`` maps speaker id to its number of statements and of distinct articles
    (:func:`spoken_counts`); people who are only mentioned are left out. ``kinds`` gives each root's
    kind (:func:`speaker_kinds`); without it, the kind is read from the name alone.
    """
    groups: dict[int, list] = {}
    for p, r in zip(people, roots, strict=True):
        groups.setdefault(r, []).append(p)
    rows = []
    for root, sid in sorted(ids.items(), key=lambda kv: kv[1]):
        if sid not in spoken:
            continue  # people who are only mentioned are not speakers
        group = groups[root]
        aliases = sorted({a for p in group for a in p.aliases} | {n for p in group for n in p.names})
        roles = sorted({r for p in group for r in p.roles})
        rows.append(
            {
                "speaker_id": sid,
                "name": canonical[root],
                "kind": kinds[root] if kinds is not None else speaker_kind(canonical[root]),
                "aliases": aliases,
                "roles": roles,
                "n_statements": spoken[sid][0],
                "n_articles": spoken[sid][1],
            }
        )
    return schema.frame(schema.SPEAKER_COLUMNS, rows)


def extract_corpus(
    articles: pd.DataFrame,
    language: str | None = None,
    aliases: AliasTable | None = None,
    attributor: Attributor | None = None,
) -> Extraction:
    """Statements, mentions, speakers and quotation-mark warnings for a whole corpus.

    Parameters
    ----------
    articles : pandas.DataFrame
        ``schema.ARTICLE_COLUMNS`` (as from :func:`debatekit.read_corpus`); not modified.
    language : str, optional
        Force one language pack for every article.
    aliases : mapping of full name to aliases, optional
        Nicknames and acronyms of people (see :mod:`debatekit.extract.aliases`).
    attributor : Attributor, optional
        Replaces the rule-based per-article extraction (see :mod:`debatekit.extract.attributor`).

    Returns
    -------
    Extraction
    """
    return resolve_speakers(articles, extract_articles(articles, language, attributor), language, aliases)
