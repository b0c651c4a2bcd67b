"""Statement extraction and attribution: quotes, reported speech, speakers across outlets.

``extract_articles`` is per article (parallel-safe); ``resolve_speakers`` links people across the
corpus; ``extract_corpus`` runs both.
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

import pandas as pd

from debatekit import schema
from debatekit.extract.aliases import AliasTable, apply_aliases, check_aliases
from debatekit.extract.article import ArticleExtraction
from debatekit.extract.attributor import Attributor, check_attributor
from debatekit.extract.kinds import speaker_kind
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
    for row in articles[["article_id", "text", "title", "language"]].itertuples(index=False):
        code = get_pack(language or row.language).code
        text = row.text if isinstance(row.text, str) else ""
        title = row.title if isinstance(row.title, str) else None
        out.append(reader.extract(str(row.article_id), text, code, title))
    return out


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
    outlets = dict(zip(articles["article_id"].astype(str), articles["outlet"], strict=False))
    sources = dict(zip(articles["article_id"].astype(str), articles["source"], strict=False))
    people: list[LocalPerson] = []
    where: dict[tuple[str, int], int] = {}
    generational: set[str] = set()
    for ex in sorted(extractions, key=lambda e: e.article_id):
        pack = get_pack(language or langs.get(ex.article_id))
        generational |= pack.attribution.GENERATIONAL_SUFFIXES
        position = pack.attribution.SHORT_NAME_POSITION
        for p in ex.people:
            where[(ex.article_id, p.key)] = len(people)
            people.append(LocalPerson.from_person(ex.article_id, p, position))
    roots, canonical = link_people(people, frozenset(generational))
    if table:
        names_of: dict[int, set[str]] = {}
        for p, r in zip(people, roots, strict=True):
            names_of.setdefault(r, set()).update(p.names | {p.name})
        moved, canonical = apply_aliases(names_of, canonical, table)
        roots = [moved[r] for r in roots]
    ids = unique_ids(canonical)
    votes: dict[int, Counter[str]] = {}
    for p, r in zip(people, roots, strict=True):
        votes.setdefault(r, Counter())[get_pack(language or langs.get(p.article_id)).code] += 1
    languages = {r: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for r, c in votes.items()}
    kinds = {r: speaker_kind(name, languages.get(r)) for r, name in canonical.items()}
    places = {r for r, kind in kinds.items() if kind == "place"}  # places never speak

    statements, mentions, warnings = [], [], []
    for ex in extractions:
        for row in ex.statements:
            root = roots[where[(ex.article_id, row["_local"])]] if row["_local"] is not None else None
            if root in places:
                root = None
                row = {**row, "confidence": 0.0}
            statements.append(
                {
                    **row,
                    "outlet": outlets.get(ex.article_id),
                    "speaker_id": ids[root] if root is not None else None,
                    "speaker": canonical[root] if root is not None else None,
                }
            )
        for row in ex.mentions:
            root = roots[where[(ex.article_id, row["_local"])]]
            mentions.append({**row, "speaker_id": ids[root]})
        src = sources.get(ex.article_id)
        named = (
            src if isinstance(src, str) and not src.startswith("<") else None
        )  # "<dataframe>" names no file
        place = f"article {ex.article_id}" + (f" ({named})" if named else "")
        for odd in ex.oddities:
            warnings.append(
                {
                    "source": named or ex.article_id,
                    "problem": odd.problem,
                    "message": f"{place}: {odd.message}",
                    "fatal": False,
                }
            )

    speakers = _speaker_rows(people, roots, canonical, ids, statements, kinds)
    statements_df = schema.frame(schema.STATEMENT_COLUMNS, statements)
    if len(statements_df):
        statements_df = statements_df.sort_values(["article_id", "start", "kind"], kind="stable").reset_index(
            drop=True
        )
    mentions_df = schema.frame(
        schema.MENTION_COLUMNS, sorted(mentions, key=lambda m: (m["article_id"], m["start"]))
    )
    return Extraction(statements_df, mentions_df, speakers, schema.frame(schema.ERROR_COLUMNS, warnings))


def _speaker_rows(people, roots, canonical, ids, statements, kinds=None) -> pd.DataFrame:
    spoken: dict[str, list[dict]] = {}
    for st in statements:
        if st["speaker_id"] is not None:
            spoken.setdefault(st["speaker_id"], []).append(st)
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
                "n_statements": len(spoken[sid]),
                "n_articles": len({s["article_id"] for s in spoken[sid]}),
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
