"""Candidate generation: which statement pairs are worth scoring at all.

Never all pairs. Each statement is reduced to its content words (pack stopwords dropped), and described by
word bigrams and skip-bigrams (words i and i+2, so that one changed word does not hide a shared phrase).
An inverted index groups statements by feature; a feature seen in more than ``df_cap`` statements says
"same topic", not "same utterance", and is dropped. Every pair of statements inside a kept posting list
is a candidate. All of it is numpy and SciPy sparse products on integer arrays: no Python loop over pairs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from debatekit.align.normalize import word_char
from debatekit.arrays import ranges, sort_segments

DF_CAP = 64  # posting lists longer than this are topic words, not evidence of one utterance
TEXT_BATCH = 20_000  # texts split into words at once
ROW_BLOCK = 50_000  # statements whose shared features are computed at a time (bounds memory)
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


def language_index(counts: np.ndarray) -> np.ndarray:
    """``language_of`` (:mod:`debatekit.align.normalize`) of many texts at once, from their stopword
    counts per pack.

    ``counts[p, k]``: stopwords of pack ``p`` (in ``pack_stopwords()`` order) in text ``k``. Returns the
    pack index per text, -1 without any stopword or on a tie, as ``language_of`` decides.

    >>> language_index(np.array([[2, 0, 1], [1, 0, 1]])).tolist()
    [0, -1, -1]
    """
    best = counts.max(axis=0)
    tie = (counts == best).sum(axis=0) > 1
    return np.where((best > 0) & ~tie, counts.argmax(axis=0), -1)


@dataclass
class Encoded:
    """Content tokens of n statements as integer codes (flat array + offsets)."""

    codes: np.ndarray  # int64, token code per content token, statements concatenated
    offsets: np.ndarray  # int64, n + 1 offsets into codes
    df: np.ndarray  # int64, number of statements each token code occurs in
    numeric: np.ndarray | None = None  # bool per token code: the token is a figure ("1", "200", "2024")
    # set by encode_texts, so stems come from the codes without tokenising again: the word of each code,
    # and per statement the index of its language in normalize's pack order (-1: none, see language_of)
    words: list[str] | None = None
    language: np.ndarray | None = None

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
    return _encoded(np.asarray(codes, dtype=np.int64), lens, vocab, df)


def encode_texts(texts: Sequence[str], batch: int = TEXT_BATCH) -> Encoded:
    """``encode(content(tokens(t)) for t in texts)``, with the per-word work done in C.

    Texts that :func:`debatekit.align.normalize.joinable` accepts (most) are joined ``batch`` at a time
    and their words are coded from the batch's code points at once (:class:`_HashedWords`: only a word
    not seen before becomes a string; on a hash collision the batch goes through
    :func:`~debatekit.align.normalize.find_words` and a dictionary lookup per distinct word). The others
    (contractions, rare case foldings) go word by word as in :func:`encode`. Codes, offsets and frequencies are those :func:`encode` gives.

    >>> encode_texts(["Tax cuts now.", "the tax cuts"]).codes.tolist()
    [0, 1, 2, 0, 1]
    """
    from debatekit.align.normalize import (
        BATCH_SEPARATOR,
        content,
        find_words,
        joinable,
        joinable_tokens,
        pack_stopwords,
        stopwords,
        tokens,
    )

    sw = stopwords()
    packs = [words for _, words in pack_stopwords()]
    vocab: dict[str, int] = {}
    get = vocab.setdefault
    parts: list[np.ndarray] = []
    lens: list[int] = []
    langs: list[np.ndarray] = []
    run: list[str] = []
    # word codes of a joined batch: vocab codes, -2 for the end of a text, -3 - k for stopword k
    stop_list = sorted(sw)
    stop_code = {w: -3 - k for k, w in enumerate(stop_list)}
    in_pack = [np.fromiter(map(p.__contains__, stop_list), bool, len(stop_list)) for p in packs]
    hashed = _HashedWords(vocab, {**stop_code, BATCH_SEPARATOR: -2})

    def string_codes(text: str) -> np.ndarray:
        """The codes by Python strings (one hash per word): where a hash collision stops ``hashed``."""
        local, uniq = pd.factorize(np.asarray(find_words(text), dtype=object))
        # in first-appearance order, as encode numbers them
        lut = [
            -2 if w == BATCH_SEPARATOR else stop_code[w] if w in stop_code else get(w, len(vocab))
            for w in uniq.tolist()
        ]
        return np.asarray(lut, dtype=np.int64)[local]

    def flush() -> None:
        if not run:
            return
        text = f" {BATCH_SEPARATOR} ".join(run).casefold()
        c = hashed.codes(text)
        if c is None:
            c = string_codes(text)
        doc = np.cumsum(c == -2)
        keep = c >= 0
        lens.extend(np.bincount(doc[keep], minlength=len(run)).tolist())
        parts.append(c[keep])
        # stopwords of each pack per text: the language content(..., stem=True) would stem it in
        stop = c <= -3
        stop_doc, stop_k = doc[stop], -3 - c[stop]
        per_pack = [np.bincount(stop_doc[member[stop_k]], minlength=len(run)) for member in in_pack]
        langs.append(language_index(np.stack(per_pack)) if packs else np.full(len(run), -1, np.int64))
        run.clear()

    for text in texts:
        t = joinable(text)
        if t is None:
            # real news prints apostrophes in about one statement in five ("Trump's"): a flush for each
            # cut the batches to a few texts, and every flush costs a pass over the whole vocabulary
            t = joinable_tokens(text)
        if t is not None:
            run.append(t)
            if len(run) >= batch:
                flush()
            continue
        flush()
        all_toks = tokens(text)
        toks = content(all_toks)
        parts.append(np.asarray([get(w, len(vocab)) for w in toks], dtype=np.int64))
        lens.append(len(toks))
        counts = np.asarray([[sum(map(p.__contains__, all_toks))] for p in packs], np.int64)
        langs.append(language_index(counts) if packs else np.full(1, -1, np.int64))
    flush()
    codes = np.concatenate(parts) if parts else np.zeros(0, np.int64)
    enc = _encoded(codes, lens, vocab, None)
    enc.words = list(vocab)
    enc.language = np.concatenate(langs) if langs else np.zeros(0, np.int64)
    return enc


_HASH_BASE = 0x9E3779B97F4A7C15  # odd, so invertible modulo 2**64
_HASH_INVERSE = pow(_HASH_BASE, -1, 1 << 64)
_N_CODEPOINTS = 0x110000


def _powers(base: int, n: int) -> np.ndarray:
    """``base ** k`` modulo 2**64 for k in 0..n-1 (uint64 products wrap)."""
    out = np.ones(n, np.uint64)
    if n > 1:
        out[1:] = np.cumprod(np.full(n - 1, base, np.uint64))
    return out


def _same_chars(
    a: np.ndarray, a_start: np.ndarray, b: np.ndarray, b_start: np.ndarray, n: np.ndarray
) -> bool:
    """Whether every run ``a[a_start[k]:][:n[k]]`` equals ``b[b_start[k]:][:n[k]]``."""
    return bool(np.array_equal(a[ranges(a_start, n)], b[ranges(b_start, n)]))


def _run_max(values: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """The largest value of each non-empty run ``values[starts[k]:ends[k]]``."""
    bounds = np.empty(2 * len(starts), np.int64)
    bounds[0::2], bounds[1::2] = starts, ends
    return np.maximum.reduceat(np.r_[values, values[:1]], bounds)[0::2]


def _packed(chars: np.ndarray, starts: np.ndarray, n: np.ndarray) -> np.ndarray:
    """Words of at most 8 ASCII characters as the uint64 of their bytes (little-endian, zero-padded: no
    word character is 0, and the top bit stays 0), read at once from 8 shifted views of ``chars``."""
    padded = np.zeros(len(chars) + 16, np.uint8)
    padded[: len(chars)] = chars
    rows = (len(padded) - 8) // 8
    # "<u8", not the native uint64: the mask below keeps a word's low (first) bytes on any machine
    shifted = np.stack([np.frombuffer(padded.data, "<u8", rows, offset=k) for k in range(8)])
    value = shifted[starts % 8, starts // 8]
    mask = np.where(n >= 8, np.uint64(2**64 - 1), np.left_shift(np.uint64(1), (8 * n).astype(np.uint64)) - 1)
    return value & mask


_HASHED = np.uint64(1 << 63)  # top bit of a hashed key: never a packed one


class _HashedWords:
    """Codes of the ``\\w+`` words of long texts without a Python string per word.

    A text's code points are one numpy array; its words are the runs of word characters (the runs
    ``re.findall(r"\\w+")`` gives, the class decided per character). A word of at most 8 ASCII
    characters is known by its bytes (:func:`_packed`), a longer one by a polynomial hash of its code
    points modulo 2**63 (top bit set, so never a packed key). Exact all the same: each hashed word is
    compared character by character with the first word of its hash in the text and with the stored
    word of that hash, and a collision makes :meth:`codes` return None. Only a word never seen before
    becomes a string, and takes its code from ``fixed`` (stopwords, the batch separator) or else
    ``vocab`` (``setdefault``: the next code, or the one a word-by-word text gave it).
    """

    def __init__(self, vocab: dict[str, int], fixed: Mapping[str, int]) -> None:
        self.vocab = vocab
        self.fixed = fixed
        self.is_word = np.zeros(_N_CODEPOINTS, bool)
        self.known = np.zeros(_N_CODEPOINTS, bool)  # whether is_word was decided for a code point
        self._classify_all(np.arange(128))
        self.power = self.inverse = np.ones(1, np.uint64)  # powers of the hash base and of its inverse
        self.keys = np.zeros(0, np.uint64)  # sorted; per entry its code and characters in self.chars
        self.entry_code = np.zeros(0, np.int64)
        self.entry_start = np.zeros(0, np.int64)
        self.entry_len = np.zeros(0, np.int64)
        self.chars = np.zeros(0, np.uint32)

    def _classify_all(self, new: np.ndarray) -> None:
        self.is_word[new] = [word_char(chr(c)) for c in new.tolist()]
        self.known[new] = True

    def _hashes(self, cps: np.ndarray, starts: np.ndarray, n: np.ndarray) -> np.ndarray:
        """Polynomial hash of each run ``cps[starts[k]:][:n[k]]``, top bit set (on the runs' characters
        only: few words are hashed)."""
        chars = cps[ranges(starts, n)].astype(np.uint64)
        if len(self.power) <= len(chars):
            self.power = _powers(_HASH_BASE, 2 * len(chars) + 1)
            self.inverse = _powers(_HASH_INVERSE, 2 * len(chars) + 1)
        prefix = np.zeros(len(chars) + 1, np.uint64)
        np.cumsum(chars * self.power[: len(chars)], out=prefix[1:])
        ends = np.cumsum(n)
        return ((prefix[ends] - prefix[ends - n]) * self.inverse[ends - n]) | _HASHED

    def _keys(self, text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(code points, word starts, word lengths, word keys) of ``text``."""
        ascii_only = text.isascii()
        if ascii_only:  # one byte per character
            cps: np.ndarray = np.frombuffer(text.encode("ascii"), np.uint8)
        else:
            cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), "<u4")
            # ASCII code points are decided at first
            new = np.unique(cps[cps >= 128])
            self._classify_all(new[~self.known[new]])
        edge = np.diff(self.is_word[cps].view(np.int8), prepend=np.int8(0), append=np.int8(0))
        starts, ends = np.flatnonzero(edge == 1), np.flatnonzero(edge == -1)
        n = ends - starts
        short = n <= 8
        if not ascii_only and len(starts):
            short &= _run_max(cps, starts, ends) < 128
        key = np.empty(len(starts), np.uint64)
        chars = cps if ascii_only else np.where(cps < 128, cps, 0).astype(np.uint8)
        key[short] = _packed(chars, starts[short], n[short])
        long = np.flatnonzero(~short)
        if len(long):
            key[long] = self._hashes(cps, starts[long], n[long])
        return cps, starts, n, key

    def _add(
        self, key: np.ndarray, code: np.ndarray, cps: np.ndarray, start: np.ndarray, n: np.ndarray
    ) -> None:
        """Store words (keys not stored yet): each one's code and characters."""
        order = np.argsort(key)
        at = np.searchsorted(self.keys, key[order])  # merged into the sorted table, not sorted again
        self.keys = np.insert(self.keys, at, key[order])
        self.entry_code = np.insert(self.entry_code, at, code[order])
        self.entry_start = np.insert(self.entry_start, at, (len(self.chars) + np.cumsum(n) - n)[order])
        self.entry_len = np.insert(self.entry_len, at, n[order])
        self.chars = np.r_[self.chars, cps[ranges(start, n)]]

    def _code(self, word: str) -> int:
        fixed = self.fixed.get(word)
        return fixed if fixed is not None else self.vocab.setdefault(word, len(self.vocab))

    def codes(self, text: str) -> np.ndarray | None:
        """The code of every word of ``text`` in order, or None on a hash collision."""
        cps, starts, n, key = self._keys(text)
        # distinct keys numbered in order of first appearance, as encode numbers new words
        local, uniq = pd.factorize(key)
        seen = np.maximum.accumulate(np.r_[-1, local[:-1]])
        first = np.flatnonzero(local > seen)  # first word of each distinct key, by number
        hashed = np.flatnonzero(key >= _HASHED)
        rep = first[local[hashed]]
        if not (
            np.array_equal(n[hashed], n[rep])
            and _same_chars(cps, starts[hashed], cps, starts[rep], n[hashed])
        ):
            return None  # two words of the text share a hash
        at = np.minimum(np.searchsorted(self.keys, uniq), max(len(self.keys) - 1, 0))
        found = self.keys[at] == uniq if len(self.keys) else np.zeros(len(uniq), bool)
        old = np.flatnonzero(found & (uniq >= _HASHED))
        e, w = at[old], first[old]
        if not (
            np.array_equal(self.entry_len[e], n[w])
            and _same_chars(cps, starts[w], self.chars, self.entry_start[e], n[w])
        ):
            return None  # a word shares its hash with a stored word
        code = np.empty(len(uniq), np.int64)
        code[found] = self.entry_code[at[found]]
        new = np.flatnonzero(~found)  # in order of first appearance
        if len(new):
            w = first[new]
            bounds = zip(starts[w].tolist(), (starts[w] + n[w]).tolist(), strict=True)
            code[new] = [self._code(text[a:b]) for a, b in bounds]
            self._add(uniq[new], code[new], cps, starts[w], n[w])
        return code[local]


def _encoded(
    code_arr: np.ndarray, lens: list[int], vocab: dict[str, int], df: Mapping[str, int] | None
) -> Encoded:
    n = len(lens)
    offsets = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.asarray(lens, dtype=np.int64), out=offsets[1:])
    numeric = np.fromiter((w.isdigit() for w in vocab), dtype=bool, count=len(vocab))
    if df is not None:
        return Encoded(code_arr, offsets, np.asarray([df.get(w, 1) for w in vocab], np.int64), numeric)
    if not len(code_arr):
        return Encoded(code_arr, offsets, np.zeros(len(vocab), np.int64), numeric)
    # document frequency: count each (token, statement) once, from each statement's codes in order
    # (one sort per statement, sort_segments; a sort of (token, statement) keys cost several times more)
    ordered = sort_segments(code_arr, offsets)
    first = np.r_[True, ordered[1:] != ordered[:-1]]
    first[offsets[:-1][np.diff(offsets) > 0]] = True  # a statement's first token
    counted = np.bincount(ordered[first], minlength=len(vocab)).astype(np.int64)
    return Encoded(code_arr, offsets, counted, numeric)


def _features(enc: Encoded) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(feature key, statement, both words in two statements or more) per posting of a bigram or
    skip-bigram, in statement order per gap.

    A statement that repeats a phrase posts it twice: pairs with that statement then get the extra
    weight, as if the phrase were shared twice (no (feature, statement) deduplication).
    """
    n_vocab = max(int(enc.df.size), 1)
    doc = np.repeat(np.arange(enc.n, dtype=np.int32), enc.lengths())
    seen = enc.df[enc.codes] >= 2
    feats, docs, rare = [], [], []
    for k, gap in enumerate(GAPS):
        if len(enc.codes) <= gap:
            continue
        same = doc[gap:] == doc[:-gap]
        # separate namespaces for bigrams and skip-bigrams
        feats.append((enc.codes[:-gap][same] * n_vocab + enc.codes[gap:][same]) * len(GAPS) + k)
        docs.append(doc[gap:][same])
        rare.append((seen[:-gap] & seen[gap:])[same])
    del doc
    if not feats:
        return np.zeros(0, np.int64), np.zeros(0, np.int32), np.zeros(0, bool)
    return np.concatenate(feats), np.concatenate(docs), np.concatenate(rare)


def _packs(high: int, low: int) -> int | None:
    """Bits for the low part of an int64 key ``high << bits | low`` with ``high`` up to ``high`` and
    ``low`` below ``low``, or None when the key would not fit in 63 bits."""
    bits = max(int(low - 1).bit_length(), 1)
    return bits if int(high).bit_length() + bits <= 63 else None


def _feature_ids(f: np.ndarray, d: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """(feature id, statement) per posting; ids number the distinct keys ``f`` (any order: a feature's
    number only names a column of the product).

    One plain sort of ``f << bits | d`` (postings then come by feature), much faster than hashing tens of
    millions of keys; when the packed key would not fit in 63 bits, ``pandas.factorize`` of ``f``.
    """
    if not len(f):
        return np.zeros(0, np.int64), d
    bits = _packs(int(f.max()), n)
    if bits is None:
        return pd.factorize(f, sort=False)[0], d
    key = np.sort((f << bits) | d.astype(np.int64))
    fs = key >> bits
    new = np.r_[True, fs[1:] != fs[:-1]]
    del fs
    return np.cumsum(new) - 1, (key & ((1 << bits) - 1)).astype(d.dtype)


def _kept_postings(
    enc: Encoded,
    df_cap: int,
    min_features: int,
    need: np.ndarray | None,
    ids: Callable[[np.ndarray, np.ndarray, int], tuple[np.ndarray, np.ndarray]],
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None:
    """(bar per statement, feature id and statement per shared posting, posting-list size per feature id,
    whether the list is kept), or None when no list is kept. ``ids`` numbers the features (and may
    reorder the postings), as :func:`_feature_ids` does."""
    f, d, rare = _features(enc)
    if len(f) < 2:
        return None
    # statements with fewer features need only as many as they have: the weight each one needs with any
    # other is min(own bar, other's bar) (= features_needed), counted on every posting, kept or not
    bar = np.maximum(np.minimum(np.bincount(d, minlength=enc.n), min_features), 1).astype(np.int32)
    # a feature with a word of one statement is in one statement: never shared
    f, d = f[rare], d[rare]
    del rare
    fid, d = ids(f, d, enc.n)
    del f
    size = np.bincount(fid)
    keep = (size >= 2) & (size <= df_cap)
    if need is not None:
        # a posting list without a wanted statement only gives unwanted pairs
        keep &= np.bincount(fid, weights=need[d], minlength=len(size)) > 0
    if not keep.any():
        return None
    return bar, fid, d, size, keep


def candidate_pairs(
    enc: Encoded,
    groups: np.ndarray,
    df_cap: int = DF_CAP,
    min_features: int = MIN_FEATURES,
    need: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i, j), i < j, of statements sharing ``min_features`` rare features, not in the same group.

    The shared feature weight of every pair is one sparse product ``X @ (X W)^T`` of the
    statement-by-feature count matrix (kept features only, ``W`` their :func:`feature_weight`), computed
    by SciPy in blocks of ROW_BLOCK statements: no Python loop over pairs or postings.

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
    need : numpy.ndarray of bool, optional
        Only pairs with at least one statement marked here are wanted (the sentence pass).

    Returns
    -------
    (numpy.ndarray, numpy.ndarray)
        Candidate index pairs, unique, sorted by (i, j).

    Examples
    --------
    >>> enc = encode([["tax", "cut", "now", "jobs"], ["tax", "cut", "now"], ["roads", "north"]])
    >>> i, j = candidate_pairs(enc, np.array([0, 1, 2]))
    >>> i.tolist(), j.tolist()
    ([0], [1])
    """
    if enc.n <= SMALL_CORPUS:
        return _small_candidate_pairs(enc, groups, df_cap, min_features, need)
    import scipy.sparse as sp

    empty = np.zeros(0, np.int64), np.zeros(0, np.int64)
    kept = _kept_postings(enc, df_cap, min_features, need, _feature_ids)
    if kept is None:
        return empty
    bar, fid, d, size, keep = kept
    del kept
    post = keep[fid]
    col = (np.cumsum(keep) - 1)[fid[post]].astype(np.int32)
    row = d[post]
    del fid, post
    n_feat = int(keep.sum())
    # SciPy groups the postings by statement in linear time (a sort of packed keys cost about 2 s at 1M
    # statements); a phrase posted twice by one statement becomes one entry of 2, as it counted before
    x = sp.csr_matrix((np.ones(len(row), np.int32), (row, col)), shape=(enc.n, n_feat))
    del row, col
    # weighted features by statement, cut once into blocks of ROW_BLOCK statements (row-major each): a
    # row block's upper triangle is the product with the blocks from its own on, and converting the
    # remaining columns for every row block instead would cost the tail's size once per block
    xw = x.multiply(feature_weight(size[keep]).astype(np.int32)[None, :]).T.tocsc()
    del size, keep
    starts = list(range(0, enc.n, ROW_BLOCK))
    col_blocks = [xw[:, c0 : min(c0 + ROW_BLOCK, enc.n)].tocsr() for c0 in starts]
    del xw
    out_i, out_j = [], []
    pair_bits = _packs(enc.n, enc.n)
    for b, r0 in enumerate(starts):
        r1 = min(r0 + ROW_BLOCK, enc.n)
        xr = x[r0:r1]
        block_i, block_j = [], []
        # only columns r0.. : the pairs with j < r0 were the earlier blocks' (the product is symmetric)
        for c, yc in enumerate(col_blocks[b:]):
            shared = (xr @ yc).tocoo()
            i, j, w = shared.row + r0, shared.col + starts[b + c], shared.data
            del shared
            upper = j > i  # each pair once; the diagonal is a statement with itself
            i, j, w = i[upper], j[upper], w[upper]
            # a weight of min_features clears every bar (bar is at most min_features); only lighter pairs
            # are checked
            ok = w >= min_features
            low = np.flatnonzero(~ok)
            ok[low] = w[low] >= np.minimum(bar[i[low]], bar[j[low]])
            i, j = i[ok], j[ok]
            ok = groups[i] != groups[j]
            if need is not None:
                ok &= need[i] | need[j]
            block_i.append(i[ok].astype(np.int64))
            block_j.append(j[ok].astype(np.int64))
        col_blocks[b] = None  # no later row block needs it
        i, j = np.concatenate(block_i), np.concatenate(block_j)
        # pairs in (i, j) order: sorted once they are few (the product's entries are many more)
        if pair_bits is None:
            order = np.lexsort((j, i))
            i, j = i[order], j[order]
        else:
            key = np.sort((i << pair_bits) | j)
            i, j = key >> pair_bits, key & ((1 << pair_bits) - 1)
        out_i.append(i)
        out_j.append(j)
    if not out_i:
        return empty
    return np.concatenate(out_i), np.concatenate(out_j)


# Corpora up to this many statements (texts) take :func:`_small_candidate_pairs`: importing
# scipy.sparse costs about 0.15 s CPU, more than the whole matching of the bundled examples. On 2,000
# statements of id_pfsa_dev it takes 0.007 s, as the sparse path does.
SMALL_CORPUS = 2_000


def _small_candidate_pairs(
    enc: Encoded, groups: np.ndarray, df_cap: int, min_features: int, need: np.ndarray | None
) -> tuple[np.ndarray, np.ndarray]:
    """:func:`candidate_pairs` of a small corpus without SciPy: the same pairs in the same order.

    Every two postings of one kept posting list add the feature's weight to their statements' pair,
    which is what the sparse product sums; at most ``df_cap`` times the postings, so kept to small
    corpora (:data:`SMALL_CORPUS`), where it needs no blocks.
    """
    kept = _kept_postings(
        enc, df_cap, min_features, need, lambda f, d, n: (pd.factorize(f, sort=False)[0], d)
    )
    if kept is None:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    bar, fid, d, size, keep = kept
    post = keep[fid]
    fid, d = fid[post], d[post].astype(np.int64)
    order = np.argsort(fid, kind="stable")
    fid, d = fid[order], d[order]
    first = np.flatnonzero(np.r_[True, fid[1:] != fid[:-1]])
    length = np.diff(np.r_[first, len(fid)])
    per = np.repeat(length, length)  # each posting pairs with every posting of its list
    a = np.repeat(d, per)
    b = d[ranges(np.repeat(first, length), per)]
    w = np.repeat(feature_weight(size[fid]), per)
    upper = b > a
    key, inverse = np.unique(a[upper] * enc.n + b[upper], return_inverse=True)
    weight = np.bincount(inverse.ravel(), weights=w[upper], minlength=len(key))
    i, j = key // enc.n, key % enc.n
    ok = weight >= min_features
    low = np.flatnonzero(~ok)
    ok[low] = weight[low] >= np.minimum(bar[i[low]], bar[j[low]])
    ok &= groups[i] != groups[j]
    if need is not None:
        ok &= need[i] | need[j]
    return i[ok], j[ok]
