"""Cross-outlet alignment: the same utterance as printed by different articles.

Steps: content words per statement (pack stopwords dropped) -> candidate pairs from an inverted index of
rare word bigrams (:mod:`debatekit.align.blocking`, never all pairs, never two statements of one article)
-> same-utterance test on shared content words (:mod:`debatekit.align.score`, rapidfuzz ``cpdist`` on
all cores) -> relation and word diff per match -> groups = connected components of the matches.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache, partial
from operator import itemgetter

import numpy as np
import pandas as pd

from debatekit import schema
from debatekit.align import blocking, score
from debatekit.align.normalize import content, tokens
from debatekit.align.printed import PrintedWords, sub_table
from debatekit.collector import collector_paused

WORDS_CACHE = 1 << 16  # speaker ids whose name words are kept
LABEL_BATCH = 1 << 15  # pairs labelled together (their statements' words are held at once)
# two reported statements (each the outlet's own words) reworded: one utterance only when their shared
# content words make this share of the shorter; below it they are two points of one speaker on one topic
# (read on real news: the true pairs share 0.78-0.86, the false 0.17-0.57)
INDIRECT_REWORDED_COVER = 0.65
_NAME_WORD = re.compile(r"[^\W_]+")


def _known(value) -> bool:
    return value is not None and not (isinstance(value, float) and np.isnan(value)) and value is not pd.NA


def _short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _components(n: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Connected-component label per node: the smallest node index of its component.

    Label propagation with pointer jumping, all in numpy; groups of versions are small, so it converges
    in a few rounds.
    """
    lab = np.arange(n)
    while True:
        m = np.minimum(lab[a], lab[b])
        new = lab.copy()
        np.minimum.at(new, a, m)
        np.minimum.at(new, b, m)
        new = new[new]
        if np.array_equal(new, lab):
            return lab
        lab = new


@lru_cache(maxsize=WORDS_CACHE)
def _name_words(speaker) -> frozenset[str]:
    return frozenset(w for w in _NAME_WORD.findall(str(speaker).casefold()) if not w.isdigit() and len(w) > 1)


def same_person(a, b) -> bool:
    """Two speaker ids (or names) can be one person: either unknown, equal, or the name words of one are
    all in the other ("widodo" / "joko-widodo"); "margaret-hale" and "thomas-hale" are two people.

    Examples
    --------
    >>> same_person("joko-widodo", "widodo"), same_person("margaret-hale", "thomas-hale")
    (True, False)
    """
    if not (_known(a) and _known(b)) or a == b:
        return True
    wa, wb = _name_words(a), _name_words(b)
    if not wa or not wb:
        return False
    return wa <= wb or wb <= wa


def speaker_codes(speakers) -> np.ndarray:
    """Integer code per statement of its speaker_id (-1 when unknown), for :class:`score.Scorer`."""
    values = np.empty(len(speakers), dtype=object)
    values[:] = list(speakers)
    codes, uniq = pd.factorize(values)  # missing values (None, NaN, NA) -> -1
    missing = np.flatnonzero(codes < 0).tolist()
    if pd.api.types.infer_dtype(uniq, skipna=False) in ("string", "empty") and not any(
        _known(values[k]) for k in missing
    ):
        # string ids (the usual case): each distinct id handled once, not each statement
        names = _speaker_names(sorted(uniq.tolist()))
        per_id = np.fromiter((names[s] for s in uniq.tolist()), np.int64, len(uniq))
        return np.r_[per_id, -1][codes]  # code -1 picks the trailing -1
    known = [str(s) if _known(s) else None for s in speakers]
    names = _speaker_names(sorted({s for s in known if s is not None}))
    return np.fromiter((names[s] if s is not None else -1 for s in known), np.int64, len(known))


def _speaker_names(ids: list[str]) -> dict[str, int]:
    """Code per speaker id (``ids`` sorted and distinct): its rank, but one person under two ids
    ("marsh", "elena-marsh") gets one code: a name whose words are all in exactly one longer name takes
    that name's code.

    Ids are handled by their set of name words, and a set's strict supersets are looked for only among
    the sets holding its rarest word (a corpus has hundreds of thousands of ids, few such supersets).
    """
    names = {s: k for k, s in enumerate(ids)}
    by_set: dict[frozenset[str], list[str]] = {}
    for s in ids:
        by_set.setdefault(_name_words.__wrapped__(s), []).append(s)  # uncached: each id is seen once
    by_word: dict[str, list[frozenset[str]]] = {}
    for ws in by_set:
        for w in ws:
            by_word.setdefault(w, []).append(ws)
    for ws, members in by_set.items():
        if not ws:
            continue
        rarest = min(ws, key=lambda w: len(by_word[w]))
        # a merge target's set holds every word of ws, so the rarest one too
        longer = sorted(h for sup in by_word[rarest] if ws < sup for h in by_set[sup])
        if len(longer) == 1:
            # the target has no longer name itself (that one would hold ws too): its code is final
            for s in members:
                names[s] = names[longer[0]]
    return names


@collector_paused()  # lists of token strings and pieces, per statement, that never form cycles
def find_pairs(
    texts: list[str],
    articles: np.ndarray,
    df_cap: int = blocking.DF_CAP,
    speakers: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Blocked candidates that pass the same-utterance test (kinds ignored; speakers only lower the bar).

    Parameters
    ----------
    texts : list of str
        Statement texts.
    articles : numpy.ndarray
        Integer article code per statement (same code: never paired).
    df_cap : int
        Document-frequency cap of the blocking index.
    speakers : numpy.ndarray, optional
        Speaker code per statement (-1 unknown, see :func:`speaker_codes`): one known speaker sharing a
        figure lowers the bar.

    Returns
    -------
    (i, j, shared, lengths) : numpy arrays
        Index pairs (i < j), their number of shared content words in order, and the number of content
        words of every statement.
    """
    enc = blocking.encode_texts(texts)
    i, j = blocking.candidate_pairs(enc, articles, df_cap=df_cap)
    scorer = score.Scorer(enc, speakers=speakers, texts=texts)
    ok, shared = scorer(i, j)
    i, j, shared = i[ok], j[ok], shared[ok]
    pi, pj, pshared = sentence_pairs(texts, articles, df_cap, speakers)
    if len(pi):
        # a pair found both ways keeps its whole-statement count
        key = np.r_[i * len(texts) + j, pi * len(texts) + pj]
        _, first = np.unique(key, return_index=True)
        i, j, shared = np.r_[i, pi][first], np.r_[j, pj][first], np.r_[shared, pshared][first]
    return i, j, shared, scorer.lengths


# a sentence ends at . ! ? before a space and a capital or an opening mark ("2.5" and "Dr. x" stay whole)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’]?\s+(?=[\"'“‘(]?[^\W\d_])")
_TRAILING = " \t\n,.!?;:\"'\u201d\u2019)"
MIN_PIECE_WORDS = 2  # content words of a sentence that is matched on its own


def sentence_pieces(text: str) -> list[str]:
    """The sentences of a statement of two sentences or more (else []).

    Examples
    --------
    >>> sentence_pieces("We cut taxes. We built roads.")
    ['We cut taxes.', 'We built roads.']
    """
    body = text.rstrip(_TRAILING)
    if "." not in body and "!" not in body and "?" not in body:
        return []  # no end mark before the last one: one sentence (most statements; skips the split)
    parts = [p for p in _SENTENCE_END.split(text) if p.strip()]
    return parts if len(parts) > 1 else []


def sentence_pairs(
    texts: list[str], articles: np.ndarray, df_cap: int = blocking.DF_CAP, speakers: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Matches found between single sentences of long statements (a quote one outlet splits in two).

    Every statement of two sentences or more is replaced by its sentences; the units are blocked and
    scored like statements, and a pair involving a sentence is reported for the statements it comes from
    (with the shared words of the sentence). Pairs of two whole statements are left to the first pass.
    """
    empty = np.zeros(0, np.int64)
    split: dict[int, list[str]] = {}
    for k, t in enumerate(texts):
        pieces = sentence_pieces(t)
        if pieces:
            parts = [p for p in pieces if len(content(tokens(p))) >= MIN_PIECE_WORDS]
            if len(parts) > 1:
                split[k] = parts
    if not split:
        return empty, empty, empty  # no statement of two sentences: nothing to add (no second index)
    units, parent, piece = [], [], []
    for k, t in enumerate(texts):
        whole = split.get(k)
        if whole is not None:
            units.extend(whole)
            parent.extend([k] * len(whole))
            piece.extend([True] * len(whole))
        else:
            units.append(t)
            parent.append(k)
            piece.append(False)
    parent_arr, piece_arr = np.asarray(parent, np.int64), np.asarray(piece, bool)
    enc = blocking.encode_texts(units)
    # pairs of two whole statements are the first pass's
    i, j = blocking.candidate_pairs(enc, articles[parent_arr], df_cap=df_cap, need=piece_arr)
    spk = speakers[parent_arr] if speakers is not None else None
    ok, shared = score.Scorer(enc, speakers=spk, texts=units)(i, j)
    a, b, shared = parent_arr[i[ok]], parent_arr[j[ok]], shared[ok]
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    if not len(lo):
        return empty, empty, empty
    # one pair per statement pair: the sentence pair sharing the most words
    order = np.lexsort((-shared, hi, lo))
    lo, hi, shared = lo[order], hi[order], shared[order]
    first = np.r_[True, (lo[1:] != lo[:-1]) | (hi[1:] != hi[:-1])]
    return lo[first], hi[first], shared[first]


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
    missing = [c for c in ("statement_id", "article_id", "text") if c not in statements.columns]
    if missing:
        raise ValueError(f"align_statements: statements lack the column(s) {missing}")
    st = statements.copy(deep=False)  # copy-on-write: new columns never reach the caller's frame
    st["group_id"] = pd.Series([None] * len(st), index=st.index, dtype=object)
    if st.empty:
        return schema.frame(schema.MATCH_COLUMNS), schema.frame(schema.STATEMENT_GROUP_COLUMNS), st
    # work in statement_id order so that every output is independent of the input row order
    order = np.argsort(st["statement_id"].astype(str).to_numpy(), kind="stable")
    sids = st["statement_id"].astype(str).to_numpy()[order]
    texts = st["text"].fillna("").astype(str).to_numpy()[order].tolist()
    arts = _shared(st["article_id"].astype(str))[order]
    kinds = _shared(st["kind"].astype(str))[order] if "kind" in st else np.array(["direct"] * len(st))
    speakers = _shared(st["speaker_id"])[order] if "speaker_id" in st else np.array([None] * len(st))
    art_codes, _ = pd.factorize(arts)

    i, j, shared, n_content = find_pairs(texts, art_codes, speakers=speaker_codes(speakers))
    matches, ka, kb = label_matches(i, j, shared, n_content, sids, arts, texts, kinds, speakers)
    outlets = _shared(st["outlet"])[order] if "outlet" in st else np.array([None] * len(st))
    groups, group_of = statement_groups(sids, arts, outlets, speakers, ka, kb)
    gid = np.full(len(st), None, dtype=object)
    gid[order] = group_of
    st["group_id"] = pd.Series(gid, index=st.index, dtype=object)
    return matches, groups, st


def _shared(column: pd.Series) -> np.ndarray:
    """``column.to_numpy()`` as an object array in which equal values are one object.

    A string column's ``to_numpy`` makes a new str per row; articles, kinds, speakers and outlets repeat,
    so one str per distinct value saves a million objects at a million statements.
    """
    if not isinstance(column.dtype, pd.StringDtype):
        return column.to_numpy()  # other dtypes' values (None, numbers) are left exactly as they are
    codes, uniques = pd.factorize(column, use_na_sentinel=False)  # a missing value is one of the uniques
    return np.asarray(uniques, dtype=object)[codes]


@collector_paused()  # see debatekit.collector: millions of diff dicts that cannot form cycles
def label_matches(
    i: np.ndarray,
    j: np.ndarray,
    shared: np.ndarray,
    n_content: np.ndarray,
    sids: np.ndarray,
    arts: np.ndarray,
    texts: list[str],
    kinds,
    speakers,
) -> tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    """Relation, score and word diff of the pairs that passed the same-utterance test.

    Shared by :func:`align_statements` and the Dask path (:mod:`debatekit.scale`), so that a pair gets the
    same row on one machine and on a cluster.

    Parameters
    ----------
    i, j, shared, n_content : numpy.ndarray
        As returned by :func:`find_pairs`: index pairs sorted by (i, j), their shared content words in
        order, and the content words of every statement.
    sids, arts : numpy.ndarray
        Statement id and article id per statement (indexable by the pair arrays).
    texts, kinds, speakers : sequences
        Text, kind ("direct"/"indirect") and speaker_id (None when unknown) per statement.

    Returns
    -------
    (matches, a, b)
        :data:`schema.MATCH_COLUMNS` rows in pair order, and the index pairs kept (those with a relation).
    """

    n_content = np.asarray(n_content).tolist()
    kind_of = [str(k) for k in kinds]  # one conversion per statement, not two per pair
    same_of: dict[tuple, bool] = {}  # same_person per pair of speaker ids: a corpus has few speakers
    keep_a, keep_b, relations, scores, diffs, notes = [], [], [], [], [], []
    for lo in range(0, len(i), LABEL_BATCH):
        pairs = []
        for a, b, n_shared in zip(
            i[lo : lo + LABEL_BATCH].tolist(),
            j[lo : lo + LABEL_BATCH].tolist(),
            shared[lo : lo + LABEL_BATCH].tolist(),
            strict=True,
        ):
            who = (speakers[a], speakers[b])
            same = same_of.get(who)
            if same is None:
                same = same_of[who] = same_person(*who)
            if not same and min(n_content[a], n_content[b]) <= score.SHORT_MAX:
                continue  # a few words given to two people are a common phrase, not a misattributed quote
            pairs.append((a, b, n_shared, same))
        # the batch's statements tokenised and placed in the text at once (pairs come sorted by a, and
        # the b of neighbouring a's are mostly the same few statements: a batch, never the whole corpus)
        pw = PrintedWords(texts, sorted(set(map(itemgetter(0), pairs)).union(map(itemgetter(1), pairs))))
        aligned, stemmed = _aligned(pairs, pw, kind_of)
        # stems only for the statements of the pairs whose relation may need them (a few in ten)
        stem_lcs = score.StemLCS(sub_table(pw.table, sorted(stemmed)) if stemmed else None)
        cuts = pw.cuts
        for (a, b, n_shared, same), (ta, sa, tb, sb, ops, lcs) in zip(pairs, aligned, strict=True):
            rel, note = score.relation_note(
                ta, tb, kind_of[a], kind_of[b], same, ops, lcs, partial(stem_lcs, a, ta, b, tb)
            )
            if rel is None:
                continue
            short = max(min(n_content[a], n_content[b]), 1)
            if (
                rel == "reworded"
                and kind_of[a] == "indirect"
                and kind_of[b] == "indirect"
                and n_shared < INDIRECT_REWORDED_COVER * short
            ):
                continue
            keep_a.append(a)
            keep_b.append(b)
            relations.append(rel)
            notes.append(note)
            scores.append(100.0 if rel == "verbatim" else round(100.0 * min(n_shared / short, 1.0), 1))
            diffs.append(score.word_diff(sa, ta, sb, tb, ops, cuts(a), cuts(b)))
        # this batch's words go before the next batch's are read: never two batches held at once
        del pairs, pw, aligned, stem_lcs, cuts
    ka, kb = np.array(keep_a, np.int64), np.array(keep_b, np.int64)
    score_of = np.array(scores, dtype=float)
    del keep_a, keep_b, scores  # a million int and float objects: gone before the frame is built
    # pairs come sorted by (a, b) and the arrays are in statement_id order: no sort needed
    matches = pd.DataFrame(
        {
            "match_id": pd.Series(
                ["m-" + _short_hash(f"{a}|{b}") for a, b in zip(sids[ka], sids[kb], strict=True)],
                dtype=object,
            ),
            "statement_id_a": pd.Series(sids[ka], dtype=object),
            "statement_id_b": pd.Series(sids[kb], dtype=object),
            "article_id_a": pd.Series(arts[ka], dtype=object),
            "article_id_b": pd.Series(arts[kb], dtype=object),
            "relation": pd.Series(relations, dtype=object),
            "score": pd.Series(score_of, dtype=float),
            "diff": pd.Series(diffs, dtype=object),
            "note": pd.Series(notes, dtype=object),
            "event_id": pd.Series([None] * len(ka), dtype=object),
        },
        columns=list(schema.MATCH_COLUMNS),
    )
    return matches, ka, kb


def _aligned(pairs: list[tuple], pw: PrintedWords, kind_of: list[str]) -> tuple[list[tuple], set[int]]:
    """Per pair ``(a, b, ...)`` of a batch: (tokens a, surface a, tokens b, surface b, opcodes, LCS), and
    the statements of the pairs whose relation may need stems (:func:`score.may_need_stems`).

    Opcodes are None for equal token lists; the LCS is None when not computed on token strings.
    """
    from rapidfuzz.distance import Indel

    out = []
    stemmed: set[int] = set()
    words, codes = pw.words, pw.codes  # bound once: two calls each per pair
    for a, b, _, same in pairs:
        (ta, sa), (tb, sb) = words(a), words(b)
        ca, cb = codes(a), codes(b)
        lcs = None
        if ca is not None and cb is not None:
            # one character per token: the same alignment as on the token lists, computed on strings
            ops = None
            if ca != cb:
                ops = Indel.opcodes(ca, cb).as_list()
                lcs = (len(ca) + len(cb) - Indel.distance(ca, cb)) // 2
                if same and kind_of[a] == kind_of[b] and score.may_need_stems(len(ca), len(cb), lcs):
                    stemmed.add(a)
                    stemmed.add(b)
        else:
            ops = score.indel_opcodes(ta, tb) if ta != tb else None
        out.append((ta, sa, tb, sb, ops, lcs))
    return out, stemmed


def _cleaned(values: np.ndarray) -> list:
    """Each value as a group lists it: a string as it is, another known value as its str, None unknown."""
    return [v if isinstance(v, str) else str(v) if _known(v) else None for v in values]


@collector_paused()  # its rows are built while millions of diff dicts of the matches are alive
def statement_groups(
    sids: np.ndarray,
    arts: np.ndarray,
    outlets: np.ndarray,
    speakers: np.ndarray,
    a: np.ndarray,
    b: np.ndarray,
) -> tuple[pd.DataFrame, np.ndarray]:
    """Statement groups (connected components of two statements or more) and the group id of every statement.

    Parameters
    ----------
    sids, arts, outlets, speakers : numpy.ndarray
        Per statement, in statement_id order (``sids`` sorted).
    a, b : numpy.ndarray
        Index pairs of the matches.

    Returns
    -------
    (groups, group_of)
        :data:`schema.STATEMENT_GROUP_COLUMNS` sorted by group_id; group id per statement (None when alone).
    """
    n = len(sids)
    group_of = np.full(n, None, dtype=object)
    if not len(a):
        return schema.frame(schema.STATEMENT_GROUP_COLUMNS), group_of
    lab = _components(n, a, b)
    nodes = np.unique(np.r_[a, b])  # sorted: statement_id order
    # members of one group together, in statement_id order, groups in the order of their smallest
    # statement (its root); each column cleaned once per statement, not once per group
    order = np.argsort(lab[nodes], kind="stable")
    nodes = nodes[order]
    roots = lab[nodes]
    bounds = np.flatnonzero(np.r_[True, roots[1:] != roots[:-1], True]).tolist()
    ids = [str(x) for x in sids[nodes]]
    art_of, outlet_of, speaker_of = (_cleaned(values[nodes]) for values in (arts, outlets, speakers))

    def uniq(values: list) -> list[str]:
        return sorted({v for v in values if v is not None})

    rows = []
    group_ids = []
    for g0, g1 in zip(bounds[:-1], bounds[1:], strict=True):
        group_id = "g-" + _short_hash(ids[g0])  # the root: the smallest statement_id of the group
        group_ids.append(group_id)
        rows.append(
            {
                "group_id": group_id,
                "statement_ids": ids[g0:g1],
                "article_ids": uniq(art_of[g0:g1]),
                "outlets": uniq(outlet_of[g0:g1]),
                "speaker_ids": uniq(speaker_of[g0:g1]),
                "n_statements": g1 - g0,
            }
        )
    group_of[nodes] = np.repeat(np.asarray(group_ids, dtype=object), np.diff(bounds))
    groups = schema.frame(schema.STATEMENT_GROUP_COLUMNS, rows)
    groups = groups.sort_values("group_id", kind="stable").reset_index(drop=True)
    return groups, group_of
