"""The same analysis on a Dask cluster: ``analyze_dask`` (needs ``pip install debatekit[dask]``).

Same input, same output as :func:`debatekit.analyze`. Per-article extraction runs with
``map_partitions``. Cross-article stages shuffle by a blocking key and run the single-machine rules
inside each block:

* speakers: people are blocked by the connected components of "shares a name word" (``link_people``
  only ever relates people sharing a name word, so each block gives exactly its share of the global
  answer); ``link_people`` itself runs on each block, speaker ids are assigned on the driver from the
  (small) canonical-name table.
* matching: word statistics (document frequency) are a distributed count; the bigram / skip-bigram
  postings of :mod:`debatekit.align.blocking` are shuffled by feature, so each posting list is whole in
  one partition and gets its corpus-wide size; candidate pairs are shuffled by their first statement and
  summed; pairs are joined to both statements and scored by :class:`debatekit.align.score.Scorer` with the
  corpus-wide word frequencies, then labelled like :func:`debatekit.align.align_statements`.
* groups (connected components of the matches), discrepancies and the graph are built on the driver from
  the final tables.

Results are persisted Dask DataFrames (:class:`ScaleResult`); ``compute()`` gathers them into an
:class:`debatekit.Analysis`, ``to_parquet`` writes them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import astuple, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from debatekit import schema, stages
from debatekit.extract.speakers import LocalPerson

if TYPE_CHECKING:  # pragma: no cover
    from debatekit.io import Corpus

_CONFIG = {
    # keep object columns as Python objects (lists, None): the single-machine tables do
    "dataframe.convert-string": False,
    # task-based shuffles move arbitrary Python objects; no Arrow conversion of list columns
    "dataframe.shuffle.method": "tasks",
}


def _require_dask():
    try:
        import dask
        import dask.dataframe as dd
    except ImportError as exc:  # pragma: no cover - exercised only without the extra
        raise ImportError("debatekit.scale needs Dask: pip install 'debatekit[dask]'") from exc
    return dask, dd


# ---------------------------------------------------------------------------------------------------------
# inputs


def read_articles(source: Any, *, language: str | None = None, npartitions: int | None = None):
    """Articles as a Dask DataFrame (``schema.ARTICLE_COLUMNS``) and the read errors.

    Parameters
    ----------
    source : dask DataFrame, pandas DataFrame, path, folder, glob or list of those
        A Dask DataFrame must already hold the articles table (as from :func:`debatekit.read_corpus`);
        ``.parquet`` files/folders are read with Dask (raw records are cleaned like a pandas frame);
        anything else goes through :func:`debatekit.read_corpus` (folders, ``.jsonl``, ...).
    language : str, optional
        Force a language pack.
    npartitions : int, optional
        Partitions of the article table (default: about 200 articles each, at least 2).

    Returns
    -------
    (dask.dataframe.DataFrame, pandas.DataFrame)

    Raises
    ------
    ValueError
        A Dask DataFrame without a ``text`` column, or whose article ids repeat across partitions.
    """
    dask, dd = _require_dask()
    from debatekit.io import read_corpus

    if isinstance(source, (str, Path)) and str(source).endswith(".parquet"):
        source = dd.read_parquet(source)
    if isinstance(source, dd.DataFrame):
        if set(schema.ARTICLE_COLUMNS) <= set(source.columns):
            return source[list(schema.ARTICLE_COLUMNS)], schema.frame(schema.ERROR_COLUMNS)
        if "text" not in source.columns:
            raise ValueError(
                f"dask DataFrame has no 'text' column (columns: {', '.join(map(str, source.columns))})"
            )
        # raw records: cleaning is per article, so each partition is read where it lies
        corpora = dask.persist(*[dask.delayed(_read_part)(p, language) for p in source.to_delayed()])
        articles = dd.from_delayed(
            [dask.delayed(_corpus_table)(c, "articles") for c in corpora], meta=_ART_META
        )
        errors = dask.compute(*[dask.delayed(_corpus_table)(c, "errors") for c in corpora])
        errors = pd.concat(errors, ignore_index=True) if errors else schema.frame(schema.ERROR_COLUMNS)
        counts = articles["article_id"].value_counts()
        dup = counts[counts > 1].compute()
        if len(dup):
            raise ValueError(
                f"article ids repeat across partitions ({', '.join(map(str, dup.index[:5]))}): give unique ids"
            )
        return articles, errors
    corpus = read_corpus(source, language=language, progress=False)
    n = len(corpus.articles)
    parts = npartitions or max(2, -(-n // 200))
    return dd.from_pandas(corpus.articles, npartitions=max(1, min(parts, n)), sort=False), corpus.errors


def _read_part(records: pd.DataFrame, language: str | None):
    from debatekit.io import read_corpus

    corpus = read_corpus(records.reset_index(drop=True), language=language, progress=False)
    return corpus.articles, corpus.errors


def _corpus_table(corpus, name: str) -> pd.DataFrame:
    articles, errors = corpus
    return _typed(articles, _ART_META) if name == "articles" else errors


def read_corpus(source: Any, **options: Any) -> Corpus:
    """:func:`debatekit.read_corpus` that also takes ``.parquet`` files (articles or raw records).

    Parameters
    ----------
    source : path, list of paths, ...
        What :func:`debatekit.read_corpus` takes, or ``.parquet`` files.
    **options
        The keyword arguments of :func:`debatekit.read_corpus` (``language``, ``progress``, ...).

    Returns
    -------
    debatekit.io.Corpus
    """
    from debatekit.io import Corpus
    from debatekit.io import read_corpus as read

    paths = [source] if isinstance(source, (str, Path)) else source
    if isinstance(paths, list) and paths and all(str(p).endswith(".parquet") for p in paths):
        corpora = [read(pd.read_parquet(p), **options) for p in paths]
        return Corpus(
            pd.concat([c.articles for c in corpora], ignore_index=True),
            pd.concat([c.errors for c in corpora], ignore_index=True),
        )
    return read(source, **options)


def analyze_on_cluster(
    corpus: Any,
    scheduler: str | None,
    workers: int | None,
    *,
    transcript: Any = None,
    debate: bool | None = None,
    **options: Any,
):
    """The command line's distributed run: on ``scheduler`` (an address) or else a local cluster of
    ``workers`` processes; ``options`` are those of :func:`analyze_dask`, ``transcript`` and ``debate``
    those of :meth:`ScaleResult.compute`. Returns the gathered :class:`debatekit.Analysis`."""
    from distributed import Client, LocalCluster

    if scheduler:
        client, cluster = Client(scheduler), None
    else:
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        )
        client = Client(cluster)
    try:
        return analyze_dask(corpus, **options).compute(transcript=transcript, debate=debate)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# ---------------------------------------------------------------------------------------------------------
# the extract stage: per-article extraction on the workers, people linked block by block

_EX_COLS = ("article_id", "outlet", "source", "extraction", "people")
_EX_META = pd.DataFrame({c: pd.Series([], dtype=object) for c in _EX_COLS})


def _extract_part(articles: pd.DataFrame, attributor: Any = None) -> pd.DataFrame:
    """Extraction and local people of the articles of one partition (their language: articles.language)."""
    from debatekit.extract import extract_articles, local_people

    exs = extract_articles(articles, attributor=attributor)
    langs = dict(zip(articles["article_id"].astype(str), articles["language"], strict=True))
    return pd.DataFrame(
        {
            "article_id": pd.Series([e.article_id for e in exs], dtype=object),
            "outlet": pd.Series(articles["outlet"].tolist(), dtype=object),
            "source": pd.Series(articles["source"].tolist(), dtype=object),
            "extraction": pd.Series(exs, dtype=object),
            "people": pd.Series([local_people([e], langs) for e in exs], dtype=object),
        }
    )


def _people_part(ex: pd.DataFrame) -> pd.DataFrame:
    rows = [
        (art, order, *astuple(p)[1:])
        for art, people in zip(ex["article_id"], ex["people"], strict=True)
        for order, p in enumerate(people)
    ]
    return pd.DataFrame(rows, columns=list(_PEOPLE_COLS), dtype=object)


_PEOPLE_COLS = ("article_id", "order", "key", "name", "tokens", "names", "roles", "aliases", "position")


def _link_block(block: list, generational: frozenset[str]) -> list[tuple[list[int], dict[int, str]]]:
    from debatekit.extract.speakers import link_people

    out = []
    for people in block:
        roots, canonical = link_people([LocalPerson(*p) for p in people], generational)
        out.append((roots, canonical))
    return out


def _name_blocks(token_sets: Sequence[frozenset[str]]) -> list[list[int]]:
    """Connected components of "shares a name word", each a sorted list of person indices."""
    from debatekit.extract.speakers import UnionFind

    sets = UnionFind(len(token_sets))
    first: dict[str, int] = {}
    for i, toks in enumerate(token_sets):
        for t in toks:
            sets.union(i, first.setdefault(t, i))
    blocks: dict[int, list[int]] = {}
    for i in range(len(token_sets)):
        blocks.setdefault(sets.find(i), []).append(i)
    return list(blocks.values())


def _resolve(people: pd.DataFrame, n_tasks: int, generational: frozenset[str]):
    """Global (roots, canonical) of ``link_people`` over ``people``, computed block by block in parallel."""
    dask, _ = _require_dask()
    recs = [
        LocalPerson(r.article_id, r.key, r.name, r.tokens, r.names, r.roles, r.aliases, r.position)
        for r in people.itertuples(index=False)
    ]
    blocks = _name_blocks([p.tokens for p in recs])
    # several small blocks per task; the biggest blocks first so that tasks are balanced
    blocks.sort(key=len, reverse=True)
    tasks: list[list[list[int]]] = [[] for _ in range(max(1, min(n_tasks, len(blocks))))]
    load = [0] * len(tasks)
    for b in blocks:
        k = load.index(min(load))
        tasks[k].append(b)
        load[k] += len(b)
    as_tuples = [[[astuple(recs[i]) for i in b] for b in task] for task in tasks]
    results = dask.compute(*[dask.delayed(_link_block)(t, generational) for t in as_tuples])
    roots = [0] * len(recs)
    canonical: dict[int, str] = {}
    for task, res in zip(tasks, results, strict=True):
        for b, (local_roots, local_canon) in zip(task, res, strict=True):
            # link_people's root is the smallest index of a cluster; blocks keep the global order, so
            # the local smallest maps to the global smallest
            for i, r in zip(b, local_roots, strict=True):
                roots[i] = b[r]
            for r, name in local_canon.items():
                canonical[b[r]] = name
    return recs, roots, canonical


def _tables_part(ex: pd.DataFrame, who: Mapping, places: frozenset[str], k: int) -> pd.DataFrame:
    """Table ``k`` (0 statements, 1 mentions, 2 warnings) of :func:`debatekit.extract.tables_from` for the
    articles of one partition."""
    from debatekit.extract import tables_from

    return _typed(
        tables_from(ex["extraction"].tolist(), ex, who, places)[k], (_ST_META, _MEN_META, _ERR_META)[k]
    )


def _extract_dask(t: stages.Tables, o: stages.Options) -> stages.Tables:
    """:data:`debatekit.stages.EXTRACT` on a Dask DataFrame of articles: same tables, same ids."""
    dask, _ = _require_dask()
    from debatekit.extract import (
        check_aliases,
        generational_suffixes,
        join_aliases,
        speaker_kinds,
        speaker_rows,
    )
    from debatekit.extract.speakers import unique_ids

    articles = t["articles"]
    table = check_aliases(o.aliases)
    langs = articles[["article_id", "language"]].compute()
    languages = dict(zip(langs["article_id"].astype(str), langs["language"], strict=True))
    ex = articles.map_partitions(_extract_part, o.attributor, meta=_EX_META).persist()
    people = ex.map_partitions(_people_part, meta=_meta(_PEOPLE_COLS)).compute()
    # resolve_speakers orders people by article id, then as the article lists them
    people = people.sort_values(["article_id", "order"], kind="stable").reset_index(drop=True)
    recs, roots, canonical = _resolve(people, articles.npartitions, generational_suffixes(languages.values()))
    if table:  # an alias table joins people who share no name word: on the driver, across blocks
        roots, canonical = join_aliases(recs, roots, canonical, table)
    ids = unique_ids(canonical)
    kinds = speaker_kinds(recs, roots, canonical, languages)
    places = frozenset(ids[r] for r, k in kinds.items() if k == "place")
    who = {(p.article_id, p.key): (ids[roots[k]], canonical[roots[k]]) for k, p in enumerate(recs)}
    who_d = dask.delayed(who, pure=True)
    statements = ex.map_partitions(_tables_part, who_d, places, 0, meta=_ST_META).persist()
    mentions = ex.map_partitions(_tables_part, who_d, places, 1, meta=_MEN_META).persist()
    warnings = ex.map_partitions(_tables_part, who_d, places, 2, meta=_ERR_META).compute()
    errors = t["errors"]
    if len(warnings):
        errors = pd.concat([errors, _like_single(warnings, schema.ERROR_COLUMNS)], ignore_index=True)
    counts = statements[["speaker_id", "article_id"]].dropna(subset=["speaker_id"])
    counts = counts.groupby(["speaker_id", "article_id"]).size().compute().sort_index()
    spoken: dict[str, tuple[int, int]] = {}
    for (sid, _), n in counts.items():
        done, arts = spoken.get(sid, (0, 0))
        spoken[sid] = (done + int(n), arts + 1)
    speakers = speaker_rows(recs, roots, canonical, ids, spoken, kinds)
    return {"statements": statements, "mentions": mentions, "speakers": speakers, "errors": errors}


def _meta(columns: Sequence[str], ints: Sequence[str] = (), floats: Sequence[str] = ()) -> pd.DataFrame:
    return pd.DataFrame(
        {
            c: pd.Series([], dtype="int64" if c in ints else "float64" if c in floats else object)
            for c in columns
        }
    )


_ST_META = _meta(schema.STATEMENT_COLUMNS, ints=("start", "end"), floats=("confidence",))
_MEN_META = _meta(schema.MENTION_COLUMNS, ints=("start", "end"))
_ERR_META = _meta(schema.ERROR_COLUMNS)
_ART_META = _meta(schema.ARTICLE_COLUMNS)


def _typed(df: pd.DataFrame, meta: pd.DataFrame) -> pd.DataFrame:
    """Partition dtypes as in ``meta`` (an empty partition would otherwise be all object); the final
    tables get the single-machine dtypes back on gathering (see :func:`_like_single`)."""
    out = df.copy()
    for c in meta.columns:
        if c in out and meta[c].dtype != object and out[c].dtype != meta[c].dtype:
            try:
                out[c] = out[c].astype(meta[c].dtype)
            except (TypeError, ValueError):
                out[c] = out[c].astype(object)
    for c in out.columns:
        if c in meta and meta[c].dtype == object and out[c].dtype != object:
            out[c] = out[c].astype(object)
    return out


def _like_single(df: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    """The dtypes ``schema.frame`` would give the same rows (all-object, then inferred)."""
    return pd.DataFrame(
        {c: pd.Series(df[c].astype(object).tolist(), dtype=object) for c in columns}, columns=list(columns)
    ).infer_objects()


# ---------------------------------------------------------------------------------------------------------
# matching (cross-article, blocked by rare bigram features)

SHUFFLE_ROWS = 100_000  # statements per partition of the matching shuffles


def _content_part(st: pd.DataFrame) -> pd.DataFrame:
    from debatekit.align.normalize import content, tokens

    return pd.DataFrame(
        {
            "sid": st["statement_id"].astype(str).astype(object),
            "art": st["article_id"].astype(str).astype(object),
            "words": pd.Series(
                [content(tokens(t)) for t in st["text"].fillna("").astype(str)], index=st.index, dtype=object
            ),
        }
    )


def _df_part(tok: pd.DataFrame) -> pd.DataFrame:
    counts: dict[str, int] = {}
    for words in tok["words"]:
        for w in set(words):
            counts[w] = counts.get(w, 0) + 1
    return pd.DataFrame(
        {"word": pd.Series(list(counts), dtype=object), "n": pd.Series(list(counts.values()), dtype="int64")}
    )


def _postings_part(tok: pd.DataFrame) -> pd.DataFrame:
    from debatekit.align.blocking import feature_keys

    feats: list[str] = []
    sids: list[str] = []
    arts: list[str] = []
    nfeat: list[int] = []
    for sid, art, w in zip(tok["sid"], tok["art"], tok["words"], strict=True):
        keys = feature_keys(w)
        feats.extend(keys)
        sids.extend([sid] * len(keys))
        arts.extend([art] * len(keys))
        nfeat.extend([len(keys)] * len(keys))
    return pd.DataFrame(
        {
            "feature": pd.Series(feats, dtype=object),
            "sid": pd.Series(sids, dtype=object),
            "art": pd.Series(arts, dtype=object),
            "nfeat": pd.Series(nfeat, dtype="int64"),
        }
    )


_PAIR_META = pd.DataFrame(
    {
        "lo": pd.Series([], dtype=object),
        "hi": pd.Series([], dtype=object),
        "w": pd.Series([], dtype="int64"),
        "need": pd.Series([], dtype="int64"),
    }
)


def _pairs_part(post: pd.DataFrame) -> pd.DataFrame:
    """Candidate pairs of the posting lists of one partition (each list is whole here)."""
    from debatekit.align import blocking

    if post.empty:
        return _PAIR_META.copy()
    post = post.reset_index(drop=True)  # shuffled partitions repeat index labels
    size = post.groupby("feature", sort=False)["sid"].transform("size")
    kept = post[(size >= 2) & (size <= blocking.DF_CAP)].copy()
    kept["w"] = blocking.feature_weight(size[kept.index].to_numpy())
    kept["pos"] = np.arange(len(kept))
    both = kept.merge(kept, on="feature", suffixes=("_a", "_b"))
    both = both[(both["pos_a"] < both["pos_b"]) & (both["art_a"] != both["art_b"])]
    a, b = both["sid_a"].to_numpy(), both["sid_b"].to_numpy()
    swap = b < a
    lo, hi = np.where(swap, b, a), np.where(swap, a, b)
    need = blocking.features_needed(both["nfeat_a"].to_numpy(), both["nfeat_b"].to_numpy())
    return pd.DataFrame(
        {
            "lo": pd.Series(lo, dtype=object),
            "hi": pd.Series(hi, dtype=object),
            "w": pd.Series(both["w_a"].to_numpy(), dtype="int64"),
            "need": pd.Series(need, dtype="int64"),
        }
    )


def _sum_pairs_part(pairs: pd.DataFrame) -> pd.DataFrame:
    if pairs.empty:
        return _PAIR_META[["lo", "hi"]].copy()
    s = pairs.groupby(["lo", "hi"], sort=True).agg(w=("w", "sum"), need=("need", "first")).reset_index()
    s = s[s["w"] >= s["need"]]
    return s[["lo", "hi"]].reset_index(drop=True).astype(object)


_MATCH_META = _meta(schema.MATCH_COLUMNS, floats=("score",))


def _score_part(cand: pd.DataFrame, word_df: Mapping[str, int], n_total: int) -> pd.DataFrame:
    """Score and label the candidate pairs of one partition as ``align_statements`` does."""
    from debatekit.align import blocking, score
    from debatekit.align.normalize import content, tokens
    from debatekit.align.statements import label_matches, speaker_codes

    if cand.empty:
        return _MATCH_META.copy()
    info: dict[str, tuple] = {}
    for side in ("lo", "hi"):
        for sid, text, kind, spk, art in zip(
            cand[side],
            cand[f"text_{side}"],
            cand[f"kind_{side}"],
            cand[f"spk_{side}"],
            cand[f"art_{side}"],
            strict=True,
        ):
            info[sid] = (text, kind, spk, art)
    sids = sorted(info)
    index = {s: k for k, s in enumerate(sids)}
    texts = [info[s][0] if isinstance(info[s][0], str) else "" for s in sids]
    speakers = [info[s][2] for s in sids]
    # a local encoding whose word frequencies are the corpus-wide ones: the Scorer then decides every
    # pair exactly as on the whole corpus
    enc = blocking.encode((content(tokens(t)) for t in texts), df=word_df)
    scorer = score.Scorer(enc, n_total=n_total, speakers=speaker_codes(speakers), texts=texts)
    pairs = sorted({(index[a], index[b]) for a, b in zip(cand["lo"], cand["hi"], strict=True)})
    i = np.asarray([p[0] for p in pairs], np.int64)
    j = np.asarray([p[1] for p in pairs], np.int64)
    ok, shared = scorer(i, j)
    matches, _, _ = label_matches(
        i[ok],
        j[ok],
        shared[ok],
        scorer.lengths,
        np.asarray(sids, dtype=object),
        np.asarray([str(info[s][3]) for s in sids], dtype=object),
        texts,
        [info[s][1] for s in sids],
        speakers,
    )
    return _typed(matches, _MATCH_META)


def match_statements(statements, *, npartitions: int | None = None):
    """Cross-outlet matches of a Dask DataFrame of statements (same rows as ``align_statements``).

    Parameters
    ----------
    statements : dask.dataframe.DataFrame
        ``schema.STATEMENT_COLUMNS`` with ``speaker_id`` resolved.
    npartitions : int, optional
        Partitions of the shuffles (default: one per SHUFFLE_ROWS statements, at least 4).

    Returns
    -------
    dask.dataframe.DataFrame
        ``schema.MATCH_COLUMNS``, persisted, in no particular order.
    """
    dask, dd = _require_dask()
    tok = statements.map_partitions(
        _content_part, meta=pd.DataFrame({c: pd.Series([], dtype=object) for c in ("sid", "art", "words")})
    ).persist()
    n_total = int(tok.shape[0].compute())
    # a task shuffle costs partitions squared: few, large output partitions (a posting list is small)
    nparts = npartitions or max(4, -(-n_total // SHUFFLE_ROWS))
    word_df = tok.map_partitions(
        _df_part, meta=pd.DataFrame({"word": pd.Series([], dtype=object), "n": pd.Series([], dtype="int64")})
    )
    word_df = word_df.groupby("word")["n"].sum().compute()
    word_df = dict(zip(word_df.index.tolist(), word_df.to_numpy().tolist(), strict=True))

    post_meta = pd.DataFrame(
        {
            "feature": pd.Series([], dtype=object),
            "sid": pd.Series([], dtype=object),
            "art": pd.Series([], dtype=object),
            "nfeat": pd.Series([], dtype="int64"),
        }
    )
    postings = tok.map_partitions(_postings_part, meta=post_meta).shuffle("feature", npartitions=nparts)
    pairs = postings.map_partitions(_pairs_part, meta=_PAIR_META).shuffle("lo", npartitions=nparts)
    cand = pairs.map_partitions(_sum_pairs_part, meta=_PAIR_META[["lo", "hi"]])

    info = statements[["statement_id", "text", "kind", "speaker_id", "article_id"]]
    for side in ("lo", "hi"):
        side_info = info.rename(
            columns={
                "statement_id": side,
                "text": f"text_{side}",
                "kind": f"kind_{side}",
                "speaker_id": f"spk_{side}",
                "article_id": f"art_{side}",
            }
        )
        cand = cand.merge(side_info, on=side, how="inner", npartitions=nparts)
    word_df_d = dask.delayed(word_df, pure=True)
    return cand.map_partitions(_score_part, word_df_d, n_total, meta=_MATCH_META).persist()


# ---------------------------------------------------------------------------------------------------------
# the align stage: matches on the cluster, groups on the driver


def _align_dask(t: stages.Tables, o: stages.Options) -> stages.Tables:
    """:data:`debatekit.stages.ALIGN` on a Dask DataFrame of statements: same tables, same ids."""
    dask, _ = _require_dask()
    statements = t["statements"]
    matches = match_statements(statements)
    groups, group_of = _groups(statements, matches)
    group_ids = statements.map_partitions(
        _group_part,
        dask.delayed(group_of, pure=True),
        meta=pd.DataFrame({"group_id": pd.Series([], dtype=object)}),
    )
    return {"matches": matches, "statement_groups": groups, "statements": group_ids}


def _group_part(st: pd.DataFrame, group_of: Mapping[str, str]) -> pd.DataFrame:
    return pd.DataFrame(
        {"group_id": pd.Series([group_of.get(s) for s in st["statement_id"]], index=st.index, dtype=object)}
    )


def _groups(statements, matches) -> tuple[pd.DataFrame, dict[str, str]]:
    """Statement groups from the gathered match pairs (connected components, on the driver)."""
    from debatekit.align.statements import statement_groups

    pairs = matches[["statement_id_a", "statement_id_b"]].compute()
    if pairs.empty:
        return schema.frame(schema.STATEMENT_GROUP_COLUMNS), {}
    st = statements[["statement_id", "article_id", "outlet", "speaker_id"]].compute().reset_index(drop=True)
    sids_all = st["statement_id"].astype(str).to_numpy()
    order = np.argsort(sids_all, kind="stable")
    sids = sids_all[order]
    pos = {s: k for k, s in enumerate(sids.tolist())}
    a = np.asarray([pos[s] for s in pairs["statement_id_a"]], np.int64)
    b = np.asarray([pos[s] for s in pairs["statement_id_b"]], np.int64)
    arts = st["article_id"].astype(str).to_numpy()[order]
    outlets = st["outlet"].to_numpy()[order]
    speakers = st["speaker_id"].to_numpy()[order]
    groups, group_of = statement_groups(sids, arts, outlets, speakers, a, b)
    return groups, {s: g for s, g in zip(sids.tolist(), group_of.tolist(), strict=True) if g is not None}


def _languages_dask(t: stages.Tables, o: stages.Options) -> stages.Tables:
    """:data:`debatekit.stages.LANGUAGES` partition by partition (it is per article)."""
    meta = pd.DataFrame({"language": pd.Series([], dtype=object)})
    return {"articles": t["articles"].map_partitions(_languages_part, o, meta=meta)}


def _languages_part(articles: pd.DataFrame, o: stages.Options) -> pd.DataFrame:
    out = stages.LANGUAGES.run({"articles": articles}, o)["articles"][["language"]]
    return out.astype(object)


# the Dask backend: the stages that run on the cluster, each with the contract of its pandas namesake;
# the later stages run on the driver, on the gathered tables (ScaleResult.compute)
DASK_STAGES: Mapping[str, stages.Stage] = {
    "languages": replace(stages.LANGUAGES, run=_languages_dask),
    "extract": replace(stages.EXTRACT, run=_extract_dask),
    "align": replace(stages.ALIGN, run=_align_dask),
}


# ---------------------------------------------------------------------------------------------------------
# the pipeline


@dataclass
class ScaleResult:
    """Tables of a distributed run: Dask DataFrames (persisted on the cluster) plus small pandas ones.

    ``articles``, ``statements``, ``mentions`` and ``matches`` are Dask DataFrames, ``speakers``,
    ``statement_groups`` and ``errors`` pandas ones; :meth:`compute` gathers them into an
    :class:`debatekit.Analysis`, :meth:`to_parquet` writes them (see :func:`analyze_dask` for an example).
    """

    articles: Any
    statements: Any
    mentions: Any
    matches: Any
    speakers: pd.DataFrame
    statement_groups: pd.DataFrame
    errors: pd.DataFrame
    until: str = "all"
    language: str | None = None

    def compute(
        self,
        *,
        transcript: Any = None,
        propositions: Sequence[str] | None = None,
        topics: Mapping[str, Sequence[str]] | None = None,
        stance_model: Any = None,
        speakers: Mapping[str, Any] | None = None,
        debate: bool | None = None,
    ):
        """Gather the tables into an :class:`debatekit.Analysis` and run the stages that the Dask backend
        does not have (transcript alignment, discrepancies, topics, rebuttals, stances, graph) as
        ``analyze`` does.

        Parameters
        ----------
        transcript, propositions, topics, stance_model, speakers, debate
            As for :func:`debatekit.analyze`.

        Returns
        -------
        debatekit.Analysis
            The tables :func:`debatekit.analyze` gives for the same input (ids included).
        """
        from debatekit.analysis import Analysis
        from debatekit.pipeline import STAGES_UNTIL

        tables: stages.Tables = Analysis.empty_tables()
        tables.update(self._gathered())
        if transcript is not None:
            from debatekit.io import read_transcript

            is_turns = isinstance(transcript, pd.DataFrame) and "turn_id" in transcript
            tables["turns"] = transcript if is_turns else read_transcript(transcript)
        options = stages.Options(
            language=self.language,
            propositions=propositions,
            topics=topics,
            stance_model=stance_model,
            speakers=speakers,
            debate=debate,
        )
        rest = [s for s in STAGES_UNTIL[self.until] if s.name not in DASK_STAGES]
        return Analysis(**stages.run_stages(rest, tables, options))

    def _gathered(self) -> stages.Tables:
        """The tables of the cluster as pandas, with the dtypes the single-machine stages give them."""
        out: stages.Tables = {"errors": self.errors}
        out["articles"] = _like_single(self.articles.compute().reset_index(drop=True), schema.ARTICLE_COLUMNS)
        if self.until == "articles":
            return out
        st = self.statements.compute()
        st = st.sort_values(["article_id", "start", "kind"], kind="stable").reset_index(drop=True)
        out["statements"] = _like_single(st, schema.STATEMENT_COLUMNS)
        if self.until != "statements":  # align_statements leaves group_id an object column
            out["statements"]["group_id"] = pd.Series(st["group_id"].tolist(), dtype=object)
        men = self.mentions.compute().sort_values(["article_id", "start"], kind="stable")
        out["mentions"] = _like_single(men, schema.MENTION_COLUMNS)
        out["speakers"] = self.speakers
        if self.until == "statements":
            return out
        m = self.matches.compute().sort_values(["statement_id_a", "statement_id_b"], kind="stable")
        # align_statements builds object columns (and a float score), not inferred ones
        out["matches"] = (
            pd.DataFrame(
                {
                    c: pd.Series(m[c].tolist(), dtype=float if c == "score" else object)
                    for c in schema.MATCH_COLUMNS
                }
            )
            if len(m)
            else schema.frame(schema.MATCH_COLUMNS)
        )
        out["statement_groups"] = self.statement_groups
        return out

    def to_parquet(self, path: str | Path) -> Path:
        """Write every table to ``path/<table>/`` (Dask tables, one file per partition) or
        ``path/<table>.parquet`` (small tables).

        Parameters
        ----------
        path : str or Path
            Created if missing.

        Returns
        -------
        Path
            ``path``.
        """
        out = Path(path)
        out.mkdir(parents=True, exist_ok=True)
        for name in ("articles", "statements", "mentions", "matches"):
            table = getattr(self, name)
            table.to_parquet(out / name, write_index=False, schema=_arrow_schema(table._meta))
        for name in ("speakers", "statement_groups", "errors"):
            getattr(self, name).to_parquet(out / f"{name}.parquet", index=False)
        return out


def _arrow_schema(meta: pd.DataFrame):
    """Column types for Parquet: object columns hold strings (or None), ``diff`` holds word opcodes."""
    import pyarrow as pa

    out = {}
    for c, dtype in meta.dtypes.items():
        if c == "diff":
            words = [(k, pa.string()) for k in ("op", "a", "b")]
            stretches = [(k, pa.int64()) for k in ("a_start", "a_end", "b_start", "b_end")]
            out[c] = pa.list_(pa.struct(words + stretches))
        elif dtype.kind == "O":
            out[c] = pa.string()
        else:
            out[c] = pa.from_numpy_dtype(dtype)
    return pa.schema(list(out.items()))  # a full schema: no inference from placeholder rows


def analyze_dask(
    source: Any,
    *,
    language: str | None = None,
    until: str = "all",
    npartitions: int | None = None,
    aliases: Mapping[str, Sequence[str]] | None = None,
    attributor: Any = None,
) -> ScaleResult:
    """Run the stages of the Dask backend (:data:`DASK_STAGES`) on the current Dask scheduler.

    ``language`` and ``until`` are those of :func:`debatekit.analyze` (with ``until="all"`` the cluster
    computes what ``"matches"`` needs; the later stages run in :meth:`ScaleResult.compute`).

    Parameters
    ----------
    source : dask DataFrame of articles, pandas DataFrame, path, folder, glob or list of those
        See :func:`read_articles`.
    npartitions : int, optional
        Partitions of the article table.
    aliases, attributor
        As for :func:`debatekit.analyze`.

    Returns
    -------
    ScaleResult
        ``result.compute()`` gives the :class:`debatekit.Analysis` that ``debatekit.analyze`` gives.

    Raises
    ------
    ImportError
        Without Dask (``pip install 'debatekit[dask]'``).
    debatekit.lang.UnknownLanguageError
        For a ``language`` without a pack, before anything is read.

    Examples
    --------
    Without a client, Dask runs the tasks on local threads:

    >>> import tempfile
    >>> import debatekit as dk
    >>> run = analyze_dask("examples/debate_en/articles", until="statements")
    >>> result = run.compute()
    >>> single = dk.analyze("examples/debate_en/articles", until="statements")
    >>> result.statements["statement_id"].tolist() == single.statements["statement_id"].tolist()
    True
    >>> sorted(p.name for p in run.to_parquet(tempfile.mkdtemp()).iterdir())
    ['articles', 'errors.parquet', 'matches', 'mentions', 'speakers.parquet', 'statement_groups.parquet', 'statements']

    On a cluster, the same call inside a client (skipped here: it starts worker processes, which the
    doctests do not wait for; ``tests/test_scale.py`` runs it on a real ``LocalCluster``):

    >>> from distributed import Client, LocalCluster  # doctest: +SKIP
    >>> with LocalCluster(n_workers=2) as cluster, Client(cluster):  # doctest: +SKIP
    ...     analysis = analyze_dask("examples/debate_en/articles").compute()
    """
    dask, dd = _require_dask()
    from debatekit.lang import pack_code
    from debatekit.pipeline import STAGES_UNTIL

    if language is not None:
        pack_code(language)  # refuse an unknown language before reading anything
    with dask.config.set(_CONFIG):
        articles, errors = read_articles(source, npartitions=npartitions)
        tables: stages.Tables = {
            "articles": articles.persist(),
            "errors": errors,
            "statements": dd.from_pandas(schema.frame(schema.STATEMENT_COLUMNS), npartitions=1),
            "mentions": dd.from_pandas(schema.frame(schema.MENTION_COLUMNS), npartitions=1),
            "matches": dd.from_pandas(schema.frame(schema.MATCH_COLUMNS), npartitions=1),
            "speakers": schema.frame(schema.SPEAKER_COLUMNS),
            "statement_groups": schema.frame(schema.STATEMENT_GROUP_COLUMNS),
        }
        options = stages.Options(language, aliases=aliases, attributor=attributor)
        for stage in STAGES_UNTIL[until]:
            if stage.name in DASK_STAGES:
                tables = DASK_STAGES[stage.name].apply(tables, options)
                tables = {k: v.persist() if isinstance(v, dd.DataFrame) else v for k, v in tables.items()}
        return ScaleResult(**{f: tables[f] for f in _RESULT_TABLES}, until=until, language=language)


_RESULT_TABLES = ("articles", "statements", "mentions", "matches", "speakers", "statement_groups", "errors")
