"""Cross-outlet alignment: the same utterance as printed by different articles."""

from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd

from debatekit import schema
from debatekit.align import blocking, score
from debatekit.align.normalize import content, surface_tokens, tokens


def _known(value) -> bool:
    return value is not None and not (isinstance(value, float) and np.isnan(value)) and value is not pd.NA


def _short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _components(n: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Connected-component label per node (union-find with path halving)."""
    parent = np.arange(n)

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for x, y in zip(a.tolist(), b.tolist(), strict=True):
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)
    return np.array([find(x) for x in range(n)], dtype=np.int64)


def find_pairs(
    texts: list[str], articles: np.ndarray, df_cap: int = blocking.DF_CAP
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Blocked candidates that pass the same-utterance test, ignoring speakers and kinds.

    Parameters
    ----------
    texts : list of str
        Statement texts.
    articles : numpy.ndarray
        Integer article code per statement (same code: never paired).
    df_cap : int
        Document-frequency cap of the blocking index.

    Returns
    -------
    (i, j, shared) : numpy arrays
        Index pairs (i < j) and their number of shared content words in order.
    """
    content_lists = [content(tokens(t)) for t in texts]
    enc = blocking.encode(content_lists)
    i, j = blocking.candidate_pairs(enc, articles, df_cap=df_cap)
    strings = score.token_strings(enc)
    shared = score.shared_words(strings, i, j)
    lens = enc.lengths()
    ok = score.is_match(shared, lens[i], lens[j])
    return i[ok], j[ok], shared[ok]


def align_statements(statements: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Find every pair of statements from different articles that render the same utterance.

    Parameters
    ----------
    statements : pandas.DataFrame
        Columns of :data:`debatekit.schema.STATEMENT_COLUMNS` (at least statement_id, article_id, outlet,
        kind, text, speaker_id). Not modified.

    Returns
    -------
    matches : pandas.DataFrame
        :data:`schema.MATCH_COLUMNS`, one row per pair, ``statement_id_a < statement_id_b``, sorted.
    statement_groups : pandas.DataFrame
        :data:`schema.STATEMENT_GROUP_COLUMNS`: connected components of the matches (two statements or more).
    statements : pandas.DataFrame
        A copy of the input with ``group_id`` filled for grouped statements (None otherwise).
    """
    st = statements.copy()
    st["group_id"] = pd.Series([None] * len(st), index=st.index, dtype=object)
    if st.empty:
        return schema.frame(schema.MATCH_COLUMNS), schema.frame(schema.STATEMENT_GROUP_COLUMNS), st
    # work in statement_id order so that every output is independent of the input row order
    order = np.argsort(st["statement_id"].astype(str).to_numpy(), kind="stable")
    sids = st["statement_id"].astype(str).to_numpy()[order]
    texts = st["text"].fillna("").astype(str).to_numpy()[order].tolist()
    arts = st["article_id"].astype(str).to_numpy()[order]
    kinds = st["kind"].astype(str).to_numpy()[order] if "kind" in st else np.array(["direct"] * len(st))
    speakers = st["speaker_id"].to_numpy()[order] if "speaker_id" in st else np.array([None] * len(st))
    art_codes, _ = pd.factorize(arts)

    i, j, shared = find_pairs(texts, art_codes)

    rows = []
    cache: dict[int, tuple[list[str], list[str]]] = {}

    def words(k: int) -> tuple[list[str], list[str]]:
        if k not in cache:
            cache[k] = surface_tokens(texts[k])
        return cache[k]

    keep_a, keep_b = [], []
    for a, b, n_shared in zip(i.tolist(), j.tolist(), shared.tolist(), strict=True):
        spk_a, spk_b = speakers[a], speakers[b]
        same = not (_known(spk_a) and _known(spk_b)) or spk_a == spk_b
        (ta, sa), (tb, sb) = words(a), words(b)
        rel = score.relation(ta, tb, kinds[a], kinds[b], same)
        if rel is None:
            continue
        short = max(min(len(content(ta)), len(content(tb))), 1)
        keep_a.append(a)
        keep_b.append(b)
        rows.append(
            {
                "match_id": "m-" + _short_hash(f"{sids[a]}|{sids[b]}"),
                "statement_id_a": sids[a],
                "statement_id_b": sids[b],
                "article_id_a": arts[a],
                "article_id_b": arts[b],
                "relation": rel,
                "score": 100.0 if rel == "verbatim" else round(100.0 * min(n_shared / short, 1.0), 1),
                "diff": score.word_diff(sa, ta, sb, tb),
            }
        )
    matches = schema.frame(schema.MATCH_COLUMNS, rows)
    if len(matches):
        matches = matches.sort_values(["statement_id_a", "statement_id_b"], kind="stable").reset_index(
            drop=True
        )

    groups, group_of = _groups(
        len(sids), np.array(keep_a, np.int64), np.array(keep_b, np.int64), sids, arts, st, order
    )
    gid = np.full(len(st), None, dtype=object)
    gid[order] = group_of
    st["group_id"] = pd.Series(gid, index=st.index, dtype=object)
    return matches, groups, st


def _groups(n, a, b, sids, arts, st, order) -> tuple[pd.DataFrame, np.ndarray]:
    """Statement groups (components of two statements or more) and the group id of every statement."""
    group_of = np.full(n, None, dtype=object)
    if not len(a):
        return schema.frame(schema.STATEMENT_GROUP_COLUMNS), group_of
    nodes = np.unique(np.r_[a, b])
    local = {int(x): k for k, x in enumerate(nodes)}
    comp = _components(
        len(nodes), np.array([local[x] for x in a.tolist()]), np.array([local[x] for x in b.tolist()])
    )
    outlets = st["outlet"].to_numpy()[order] if "outlet" in st else np.array([None] * n)
    speakers = st["speaker_id"].to_numpy()[order] if "speaker_id" in st else np.array([None] * n)
    members: dict[int, list[int]] = {}
    for k, c in enumerate(comp.tolist()):
        members.setdefault(c, []).append(int(nodes[k]))
    rows = []
    for idx in members.values():
        idx.sort()  # statement_id order (the arrays are sorted by statement_id)
        group_id = "g-" + _short_hash(sids[idx[0]])
        group_of[idx] = group_id

        def uniq(values) -> list[str]:
            return sorted({str(v) for v in values if _known(v)})

        rows.append(
            {
                "group_id": group_id,
                "statement_ids": [str(sids[k]) for k in idx],
                "article_ids": uniq(arts[idx]),
                "outlets": uniq(outlets[idx]),
                "speaker_ids": uniq(speakers[idx]),
                "n_statements": len(idx),
            }
        )
    groups = schema.frame(schema.STATEMENT_GROUP_COLUMNS, rows)
    groups = groups.sort_values("group_id", kind="stable").reset_index(drop=True)
    return groups, group_of
