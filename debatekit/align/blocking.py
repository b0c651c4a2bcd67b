"""Candidate generation: which statement pairs are worth scoring at all.

Never all pairs. Each statement is reduced to its content words (pack stopwords dropped), and described by
word bigrams and skip-bigrams (words i and i+2, so that one changed word does not hide a shared phrase).
An inverted index groups statements by feature; a feature seen in more than ``df_cap`` statements says
"same topic", not "same utterance", and is dropped. Every pair of statements inside a kept posting list
is a candidate. All of it is numpy on integer arrays: no Python loop over pairs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

DF_CAP = 64  # posting lists longer than this are topic words, not evidence of one utterance
CHUNK = 4_000_000  # candidate pairs expanded at a time (bounds temporary memory)
STRONG_DF = 8  # features in at most this many statements count twice
MIN_FEATURES = 2  # shared rare features a candidate needs: one shared bigram is often chance
GAPS = (1, 2)  # word distance of the pairs posted as features: bigrams and skip-bigrams
SEP = "\x1f"  # between the parts of a feature key (never in a word)


def feature_weight(sizes: np.ndarray) -> np.ndarray:
    """Evidence each shared feature gives, by the size of its posting list: a feature shared by very few
    statements (at most STRONG_DF) counts twice."""
    return np.where(sizes <= STRONG_DF, 2, 1)


def features_needed(nfeat_a: np.ndarray, nfeat_b: np.ndarray, min_features: int = MIN_FEATURES) -> np.ndarray:
    """Shared feature weight a pair needs: ``min_features``, but a short statement may have a single
    feature in all, and then the one it shares is all it can show."""
    return np.minimum(min_features, np.maximum(np.minimum(nfeat_a, nfeat_b), 1))


def feature_keys(words: Sequence[str]) -> list[str]:
    """The features of one statement's content words as text keys, one per occurrence: what
    :func:`candidate_pairs` indexes (bigrams and skip-bigrams, by gap), for indexes built outside one
    process (the Dask backend shuffles postings by these keys).

    >>> [key.split(SEP) for key in feature_keys(["a", "b", "c"])]
    [['1', 'a', 'b'], ['1', 'b', 'c'], ['2', 'a', 'c']]
    """
    return [f"{gap}{SEP}{words[k]}{SEP}{words[k + gap]}" for gap in GAPS for k in range(len(words) - gap)]


def _unique(x: np.ndarray, counts: bool = False):
    """Sorted unique values (and their counts): a plain sort, much faster than numpy's hash-based unique
    on tens of millions of int64 keys."""
    x = np.sort(x)
    first = np.r_[True, x[1:] != x[:-1]] if len(x) else np.zeros(0, bool)
    if not counts:
        return x[first]
    starts = np.flatnonzero(first)
    return x[starts], np.diff(np.r_[starts, len(x)])


@dataclass
class Encoded:
    """Content tokens of n statements as integer codes (flat array + offsets)."""

    codes: np.ndarray  # int64, token code per content token, statements concatenated
    offsets: np.ndarray  # int64, n + 1 offsets into codes
    df: np.ndarray  # int64, number of statements each token code occurs in
    numeric: np.ndarray | None = None  # bool per token code: the token is a figure ("1", "200", "2024")

    @property
    def n(self) -> int:
        return len(self.offsets) - 1

    def lengths(self) -> np.ndarray:
        return np.diff(self.offsets)


def encode(token_lists: Iterable[list[str]], df: Mapping[str, int] | None = None) -> Encoded:
    """Integer codes of token lists, in order of first appearance (so deterministic).

    Streams: only the vocabulary and one code per token are kept, never all token strings at once
    (a million statements hold twenty million words).

    Parameters
    ----------
    token_lists : iterable of list of str
    df : mapping, optional
        Document frequency per word when the lists are one block of a larger corpus (the Dask path):
        the block is then scored with the corpus-wide frequencies (a word missing from it counts once).
        By default the frequencies are counted in ``token_lists``.
    """
    vocab: dict[str, int] = {}
    get = vocab.setdefault
    codes: list[int] = []
    lens: list[int] = []
    for toks in token_lists:
        codes.extend([get(w, len(vocab)) for w in toks])
        lens.append(len(toks))
    n = len(lens)
    offsets = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.asarray(lens, dtype=np.int64), out=offsets[1:])
    code_arr = np.asarray(codes, dtype=np.int64)
    del codes
    numeric = np.fromiter((w.isdigit() for w in vocab), dtype=bool, count=len(vocab))
    if df is not None:
        return Encoded(code_arr, offsets, np.asarray([df.get(w, 1) for w in vocab], np.int64), numeric)
    if not len(code_arr):
        return Encoded(code_arr, offsets, np.zeros(len(vocab), np.int64), numeric)
    doc = np.repeat(np.arange(n, dtype=np.int64), np.diff(offsets))
    # document frequency: count each (token, statement) once
    key = _unique(code_arr * n + doc)
    counted = np.bincount(key // n, minlength=len(vocab)).astype(np.int64)
    return Encoded(code_arr, offsets, counted, numeric)


def _features(enc: Encoded) -> tuple[np.ndarray, np.ndarray]:
    """(feature, statement) postings for bigrams and skip-bigrams, sorted by feature.

    A statement that repeats a phrase posts it twice; the pair expansion drops self-pairs, and the extra
    weight it gives to pairs with that statement is harmless, so no (feature, statement) deduplication
    (a second sort of the largest array) is done.
    """
    n_vocab = max(int(enc.df.size), 1)
    doc = np.repeat(np.arange(enc.n, dtype=np.int32), enc.lengths())
    feats, docs = [], []
    for k, gap in enumerate(GAPS):
        if len(enc.codes) <= gap:
            continue
        same = doc[gap:] == doc[:-gap]
        # separate namespaces for bigrams and skip-bigrams
        feats.append((enc.codes[:-gap][same] * n_vocab + enc.codes[gap:][same]) * len(GAPS) + k)
        docs.append(doc[gap:][same])
    del doc
    if not feats:
        return np.zeros(0, np.int64), np.zeros(0, np.int32)
    f = np.concatenate(feats)
    del feats
    order = np.argsort(f)
    f = f[order]
    d = np.concatenate(docs)[order]
    return f, d


def candidate_pairs(
    enc: Encoded, groups: np.ndarray, df_cap: int = DF_CAP, min_features: int = MIN_FEATURES
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i, j), i < j, of statements sharing ``min_features`` rare features, not in the same group.

    Parameters
    ----------
    enc : Encoded
        Content tokens of the statements.
    groups : numpy.ndarray
        Integer article code per statement; statements of one article are never paired.
    df_cap : int
        Features occurring in more statements than this are ignored.
    min_features : int
        Rare features a pair must share (statements with fewer features need only as many as they have).

    Returns
    -------
    (numpy.ndarray, numpy.ndarray)
        Sorted, unique candidate index pairs.
    """
    f, d = _features(enc)
    if len(f) < 2:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    starts = np.flatnonzero(np.r_[True, f[1:] != f[:-1]])
    sizes = np.diff(np.r_[starts, len(f)])
    del f
    ok = (sizes >= 2) & (sizes <= df_cap)
    starts, sizes = starts[ok], sizes[ok]
    if not len(starts):
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    # position of every kept posting inside its list, and how many later postings it pairs with
    post = np.repeat(starts, sizes) + (np.arange(sizes.sum()) - np.repeat(np.cumsum(sizes) - sizes, sizes))
    pos = post - np.repeat(starts, sizes)
    cnt = np.repeat(sizes, sizes) - 1 - pos
    del pos
    weight = feature_weight(np.repeat(sizes, sizes)).astype(np.int32)
    # Expand the pairs chunk by chunk and file each (pair, weight) under a bucket of its first statement;
    # each bucket is then summed on its own. Memory follows the number of shared features expanded, at a
    # few bytes each, never a sort of all of them at once.
    cum = np.cumsum(cnt)
    total = int(cum[-1]) if len(cum) else 0
    cuts = np.r_[0, np.searchsorted(cum, np.arange(CHUNK, total, CHUNK), side="right"), len(cnt)]
    n_buckets = max(1, total // CHUNK)
    buckets: list[list[tuple[np.ndarray, np.ndarray]]] = [[] for _ in range(n_buckets)]
    for p0, p1 in zip(cuts[:-1], cuts[1:], strict=True):
        c = cnt[p0:p1]
        if not c.sum():
            continue
        left = np.repeat(post[p0:p1], c)
        w = np.repeat(weight[p0:p1], c)
        right = left + (np.arange(int(c.sum())) - np.repeat(np.cumsum(c) - c, c) + 1)
        a, b = d[left], d[right]
        del left, right
        other = groups[a] != groups[b]
        a, b, w = a[other], b[other], w[other]
        lo, hi = np.minimum(a, b).astype(np.int64), np.maximum(a, b).astype(np.int64)
        del a, b
        key = lo * enc.n + hi
        bucket = lo * n_buckets // max(enc.n, 1)
        del lo, hi
        order = np.argsort(bucket, kind="stable")
        bounds = np.searchsorted(bucket[order], np.arange(n_buckets + 1))
        key, w = key[order], w[order]
        for k in range(n_buckets):
            if bounds[k + 1] > bounds[k]:
                buckets[k].append(
                    (key[bounds[k] : bounds[k + 1]].copy(), w[bounds[k] : bounds[k + 1]].copy())
                )
        del key, w, order, bucket
    nfeat = np.bincount(d, minlength=enc.n) if min_features > 1 else None  # every posting, kept or not
    out_i, out_j = [], []
    for parts in buckets:
        if not parts:
            continue
        key, count = _sum_by_key(np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts]))
        parts.clear()
        i, j = key // enc.n, key % enc.n
        if nfeat is not None:
            keep = count >= features_needed(nfeat[i], nfeat[j], min_features)
            i, j = i[keep], j[keep]
        out_i.append(i)
        out_j.append(j)
    if not out_i:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.concatenate(out_i), np.concatenate(out_j)


def _sum_by_key(keys: np.ndarray, weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sorted unique keys and the sum of their weights."""
    order = np.argsort(keys)
    keys, weights = keys[order], weights[order]
    if not len(keys):
        return keys, weights
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    return keys[starts], np.add.reduceat(weights, starts)
