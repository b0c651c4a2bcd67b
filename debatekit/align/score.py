"""Scoring candidate pairs and naming how two versions of one utterance differ.

The score that separates "same utterance" from "same topic" is the longest common subsequence (LCS) of
content words, in order, measured against the shorter statement. Two reports of one utterance keep long
runs of its words in the same order even when one outlet splits, trims or rewords the quote; statements on
the same topic share words ("banjir", "anggaran", "Kota X") but not their order. Measuring against
the shorter statement is what lets one long quote match each of the two quotes another outlet split it
into, without cutting statements into clauses first. Reported speech reorders clauses, so the same words
in any order (multiset overlap) also count, with a higher bar, and a lower one when the pair shares a
figure, and lower still when one known speaker says both and a distinctive figure (not a year, not a
name like "COVID-19") is in both texts. The LCS is computed by rapidfuzz's Indel distance on strings in
which each content word is one character, in parallel (``process.cpdist``, ``workers=-1``); the multiset
overlap is the same LCS on the strings' sorted characters.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from debatekit.align.blocking import Encoded
from debatekit.align.normalize import distinctive_figures, language_of, most_hits, pack_stopwords, stems
from debatekit.align.printed import TokenTable, code_strings
from debatekit.arrays import sort_segments

# A match needs content words in order covering enough of the shorter statement: MIN_SHARED words
# covering MIN_COVER, or fewer (CLOSE_SHARED) covering more (CLOSE_COVER); for very short statements,
# SHORT_SHARED words covering SHORT_COVER of the longer one. Same-topic statements by one speaker share
# up to about five content words at a third of the shorter one; rewordings keep 40 % of it or more.
# A paraphrase may also reorder the clauses (indirect speech does): BAG_SHARED content words in any
# order covering BAG_COVER of the shorter statement also make a match.
MIN_SHARED = 6
MIN_COVER = 0.40
BAG_SHARED = 8
BAG_COVER = 0.5
# Sharing a figure (a number that is not a corpus stopword) lowers the bar to FIGURE_SHARED words in any
# order covering FIGURE_COVER of the shorter statement.
FIGURE_SHARED = 5
FIGURE_COVER = 0.5
# Same known speaker and a shared figure: the figure pins the claim, so SPEAKER_FIGURE_SHARED content words
# in any order (the figure's included, at least one other) covering SPEAKER_FIGURE_COVER of the shorter
# statement are enough. A reworded quote ("opened 1,200 units" / "built more than 1,200 homes") keeps the
# figure and its noun but few other words. Without a shared figure the same speaker's same-topic
# statements share as many words, so the figure is required.
# Both statements need SPEAKER_FIGURE_MIN_LEN content words: in a short one three shared words are a name
# (an organisation named after a figure), not a claim.
SPEAKER_FIGURE_SHARED = 3
SPEAKER_FIGURE_COVER = 0.3
SPEAKER_FIGURE_MIN_LEN = 6
CLOSE_SHARED = 4
CLOSE_COVER = 0.65
SHORT_SHARED = 2
SHORT_COVER = 0.75
# Stems: a pair failing on printed words matches when its stemmed content words pass is_match and cover
# STEM_COVER of the shorter (a near copy whose words differ in inflection only). Short quotes: one known
# speaker, the shorter has SHORT_MIN..SHORT_MAX content words, all but SHORT_MISSING of its stems in the
# other in order, and they make SHORT_LONG_COVER of the longer (a short quote is not a word of a speech).
STEM_COVER = 0.8
SHORT_MIN = 2
SHORT_MAX = 5
SHORT_MISSING = 0
SHORT_LONG_COVER = 0.5
# Different speakers: only the same words (the shorter almost wholly inside the longer) is a match.
MISATTRIBUTED_COVER = 0.8
# Relation thresholds on all words (function words included), after normalisation.
MINOR_EDIT_SIM = 0.85  # 2 * LCS / (len a + len b)
PARTIAL_COVER = 0.85  # LCS / len(shorter): the shorter is near-verbatim inside the longer
PARTIAL_EXTRA = 3  # words the longer adds for a contiguous part to be partial (fewer: a minor edit)
PARTIAL_SLACK = 0.1  # words (share of the shorter) the stretch of the longer may add inside
# Spelling variants: one word printed two ways (typo, transliteration), same number of words: each pair
# similar at SPELLING_SIM (Indel), both at least SPELLING_MIN_LEN letters, one pair per SPELLING_EVERY words.
SPELLING_SIM = 0.7
SPELLING_MIN_LEN = 5
SPELLING_EVERY = 5

# Corpus stopwords: in more than COMMON_SHARE of the statements and more than COMMON_MIN of them.
COMMON_MIN = 100
COMMON_SHARE = 0.005
MIN_RARE = 2  # words of the shared sequence that must not be corpus stopwords
_BAG_MIN = min(BAG_SHARED, FIGURE_SHARED, SPEAKER_FIGURE_SHARED)  # fewest words in any order a rule uses

MASK_BITS = 256  # bins of the per-statement word masks that bound shared words before scoring
BOUND_BLOCK = 1 << 20  # pairs whose masks are gathered at a time

_CP_BASE = 0x100  # first code point used for a token; skips control characters
_CP_SURROGATES = (0xD800, 0xE000)
_CP_MAX = 0x10FFFF
_CP_BITS = _CP_MAX.bit_length()  # bits that hold any code point (21)


CODEPOINT_SPAN = _CP_MAX - _CP_BASE - (_CP_SURROGATES[1] - _CP_SURROGATES[0])  # distinct token characters


def _codepoints(k: np.ndarray) -> np.ndarray:
    """Map token ranks 0.. to valid non-surrogate code points (wrapping when the vocabulary is huge)."""
    cp = _CP_BASE + (k % CODEPOINT_SPAN)
    return np.where(cp >= _CP_SURROGATES[0], cp + (_CP_SURROGATES[1] - _CP_SURROGATES[0]), cp)


def _char(k: int) -> str:
    """The character of token rank ``k`` (one rank at a time: :func:`_codepoints` without numpy)."""
    cp = _CP_BASE + k % CODEPOINT_SPAN
    return chr(cp + (_CP_SURROGATES[1] - _CP_SURROGATES[0]) if cp >= _CP_SURROGATES[0] else cp)


def common_df(n: int) -> int:
    """Document frequency above which a word says nothing about which utterance it came from."""
    return max(COMMON_MIN, int(COMMON_SHARE * n))


def token_strings(
    enc: Encoded, max_df: int | None = None, only: np.ndarray | None = None, sort: bool = False
) -> tuple[list[str], np.ndarray]:
    """One string per statement, one character per content word (in at most ``max_df`` statements).

    Words seen once in the corpus cannot be shared, so they get no character (the LCS is unchanged) but
    still count in the statement's length. With ``sort`` each string's characters are in code-point
    order (``"".join(sorted(s))``, by :func:`debatekit.arrays.sort_segments`): the LCS of two such strings is the size
    of their multiset intersection.

    Returns
    -------
    strings : list of str
    lengths : numpy.ndarray
        Number of content words that count, per statement.
    """
    counted = enc.df <= max_df if max_df is not None else np.ones(len(enc.df), dtype=bool)
    if only is not None:
        counted = counted & only
    shared = (enc.df >= 2) & counted
    # the character of each word code, computed once per word rather than once per token
    char = _codepoints(np.cumsum(shared) - 1).astype("<u4")
    keep = shared[enc.codes]
    cps = char[enc.codes[keep]]
    doc = np.repeat(np.arange(enc.n, dtype=np.int64), enc.lengths())
    new_off = np.zeros(enc.n + 1, dtype=np.int64)
    np.cumsum(np.bincount(doc[keep], minlength=enc.n), out=new_off[1:])
    if sort:
        cps = sort_segments(cps, new_off)  # each statement's code points in order, statements in place
    big = cps.tobytes().decode("utf-32-le")
    lengths = np.bincount(doc[counted[enc.codes]], minlength=enc.n).astype(np.int64)
    # slice bounds as Python ints: indexing the numpy array twice per statement cost about 1 s per call
    # at 1M statements (the Scorer makes four such lists)
    bounds = new_off.tolist()
    return list(map(big.__getitem__, map(slice, bounds[:-1], bounds[1:]))), lengths


class Scorer:
    """Same-utterance test for index pairs of one encoded corpus.

    A pair matches when :func:`is_match` accepts its shared content words (in order, or in any order) and
    they hold at least MIN_RARE words that are not corpus stopwords (words in more than
    :func:`common_df` statements, e.g. "kota", "pemerintah" in a large corpus): a chance run of frequent
    words is not a shared sentence. Words in any order are counted as the LCS of the statements' sorted
    word strings, which is the size of their multiset intersection.
    """

    def __init__(
        self,
        enc: Encoded,
        n_total: int | None = None,
        speakers: np.ndarray | None = None,
        texts: list[str] | None = None,
    ):
        # n_total: statements of the whole corpus when ``enc`` is one block of it (with corpus-wide df);
        # speakers (integer code per statement, -1 when unknown) and texts: the same-speaker figure rule
        self.speakers = speakers if texts is not None else None
        self.texts = texts
        self._figs: dict[int, frozenset[str]] = {}
        self.enc = enc
        self.strings, self.lengths = token_strings(enc)
        # each statement's sorted string (words in any order) is made only for the few pairs that need
        # it (:meth:`_bag`): sorting every statement cost more than all the any-order counts
        limit = common_df(enc.n if n_total is None else n_total)
        numeric = enc.numeric if enc.numeric is not None else np.zeros(len(enc.df), bool)
        self.figures = token_strings(enc, limit, numeric)[0] if numeric.any() else None
        self.has_common = bool((enc.df > limit).any())
        self._masks: np.ndarray | None = None  # word_masks of the statements, made on the first call
        self._repeats = np.zeros(0, np.int64)
        # per statement, whether it has a figure (the figure rules' gate)
        self._has_figure = (
            np.fromiter(map(bool, self.figures), bool, len(self.figures))
            if self.figures is not None
            else None
        )
        if self.has_common:
            self.rare, self.rare_lengths = token_strings(enc, limit, sort=True)

    def __call__(self, i: np.ndarray, j: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(mask of matching pairs, shared content words in order per pair).

        Pairs whose :func:`bag_bound` rules out every rule are not scored: their shared count is 0.
        """
        ok = np.zeros(len(i), bool)
        shared = np.zeros(len(i), np.int64)
        if not len(i):
            return ok, shared
        can, ub = self._possible(i, j)
        maybe = np.flatnonzero(can)
        ok[maybe], shared[maybe] = self._score(i[maybe], j[maybe], ub[maybe])
        return ok, shared

    def _possible(self, i: np.ndarray, j: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(pairs some rule could accept, the bound per pair), judged on an upper bound of the words they
        share in any order (which bounds those in order too): every rule only gets easier as shared words
        grow."""
        if self._masks is None:
            self._masks, self._repeats = word_masks(self.strings)  # a string's bins: any order
        out = np.empty(len(i), bool)
        bound = np.empty(len(i), np.int64)
        for lo in range(0, len(i), BOUND_BLOCK):  # one block's gathered masks at a time (memory)
            a, b = i[lo : lo + BOUND_BLOCK], j[lo : lo + BOUND_BLOCK]
            ub = bag_bound(self._masks, self._repeats, a, b)
            la, lb = self.lengths[a], self.lengths[b]
            can = is_match(ub, la, lb, ub)
            if self.texts is not None:  # the stem rescue's gate
                can |= self._near_copy(a, b, ub, np.minimum(la, lb))
            if self._has_figure is not None:
                can |= self._figure_gate(a, b, ub)
            out[lo : lo + BOUND_BLOCK] = can
            bound[lo : lo + BOUND_BLOCK] = ub
        return out, bound

    def _bag_possible(self, i: np.ndarray, j: np.ndarray, ub: np.ndarray | None = None) -> np.ndarray:
        """Pairs a rule on words in any order could accept, by :func:`bag_bound` (``ub`` when the caller
        has it; a pair left out keeps its in-order count as ``bag``, which no such rule accepts either)."""
        assert self._masks is not None  # made by _possible
        if ub is None:
            ub = bag_bound(self._masks, self._repeats, i, j)
        short = np.maximum(np.minimum(self.lengths[i], self.lengths[j]), 1)
        can = (ub >= BAG_SHARED) & (ub >= BAG_COVER * short)
        if self._has_figure is not None:
            can |= self._figure_gate(i, j, ub)
        return can

    def _figure_gate(self, i: np.ndarray, j: np.ndarray, bag: np.ndarray) -> np.ndarray:
        """Pairs a figure rule could accept with ``bag`` words in any order: some figure on both sides."""
        assert self._has_figure is not None  # only called when figures are set
        return (bag >= _BAG_MIN) & self._has_figure[i] & self._has_figure[j]

    def _near_copy(
        self, i: np.ndarray, j: np.ndarray, shared: np.ndarray, short_len: np.ndarray
    ) -> np.ndarray:
        """The stem rescue's gate (:meth:`_stem_or_short`): half the shorter's printed content words
        shared in order, or a short quote of one known speaker sharing one."""
        near_copy = (shared >= 1) & (2 * shared >= short_len)
        if self.speakers is not None:
            one = (self.speakers[i] >= 0) & (self.speakers[i] == self.speakers[j]) & (short_len <= SHORT_MAX)
            near_copy |= one & (shared >= 1)
        return near_copy

    def _score(
        self, i: np.ndarray, j: np.ndarray, ub: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        shared = shared_words(self.strings, i, j)
        ok = is_match(shared, self.lengths[i], self.lengths[j])
        # words in any order only decide pairs the in-order words fail, and only where the shorter string
        # holds enough characters for some rule's bar (every later use of ``bag`` is under ``~ok``)
        bag = shared.copy()
        need = np.flatnonzero(~ok & self._bag_possible(i, j, ub))
        if len(need):
            bag[need] = self._bag(i[need], j[need])
            ok[need] = is_match(shared[need], self.lengths[i[need]], self.lengths[j[need]], bag[need])
        if self.figures is not None:
            # a shared figure is a shared fact: with half the words in common it is the same claim
            maybe = np.flatnonzero(~ok & (bag >= FIGURE_SHARED))
            if len(maybe):
                fig = shared_words(self.figures, i[maybe], j[maybe])
                short = np.maximum(np.minimum(self.lengths[i[maybe]], self.lengths[j[maybe]]), 1)
                ok[maybe] = (fig >= 1) & (bag[maybe] / short >= FIGURE_COVER)
            if self.speakers is not None:
                ok |= self._same_speaker_figure(i, j, bag, ok)
        if self.texts is not None:
            ok |= self._stem_or_short(i, j, shared, ok)
        if self.has_common and ok.any():
            idx = np.flatnonzero(ok)
            rare = shared_words(self.rare, i[idx], j[idx])
            need = np.minimum(MIN_RARE, np.minimum(self.rare_lengths[i[idx]], self.rare_lengths[j[idx]]))
            ok[idx] = rare >= np.maximum(need, 1)
        return ok, shared

    def _bag(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Shared content words in any order per pair: the LCS of the two strings' sorted characters
        (what :func:`shared_words` gives on ``token_strings(enc, sort=True)``)."""
        idx, inv = np.unique(np.r_[i, j], return_inverse=True)
        strings = self.strings
        ordered = np.empty(len(idx), dtype=object)
        ordered[:] = ["".join(sorted(strings[k])) for k in idx.tolist()]
        inv = inv.ravel()
        return shared_words_pairs(ordered[inv[: len(i)]].tolist(), ordered[inv[len(i) :]].tolist())

    def _same_speaker_figure(
        self, i: np.ndarray, j: np.ndarray, bag: np.ndarray, ok: np.ndarray
    ) -> np.ndarray:
        """Pairs by one known speaker that share a figure and a few more content words."""
        assert self.speakers is not None and self.figures is not None  # only called when both are set
        out = np.zeros(len(i), bool)
        spk_i, spk_j = self.speakers[i], self.speakers[j]
        maybe = np.flatnonzero(~ok & (spk_i >= 0) & (spk_i == spk_j) & (bag >= SPEAKER_FIGURE_SHARED))
        if len(maybe):
            fig = shared_words(self.figures, i[maybe], j[maybe])
            short = np.maximum(np.minimum(self.lengths[i[maybe]], self.lengths[j[maybe]]), 1)
            b = bag[maybe]
            cand = (
                (fig >= 1)
                & (b > fig)
                & (b / short >= SPEAKER_FIGURE_COVER)
                & (short >= SPEAKER_FIGURE_MIN_LEN)
            )
            for k in np.flatnonzero(cand).tolist():
                # the shared number token must be one figure of both texts, not a name ("COVID-19")
                out[maybe[k]] = bool(self._figures(int(i[maybe[k]])) & self._figures(int(j[maybe[k]])))
        return out

    def _stem_or_short(self, i: np.ndarray, j: np.ndarray, shared: np.ndarray, ok: np.ndarray) -> np.ndarray:
        """Pairs that fail on printed words but pass on stems ("environmentalist"/"environmentalists",
        "disampaikan"/"menyampaikan") with STEM_COVER of the shorter, and short quotes (SHORT_MIN to
        SHORT_MAX content words) of one known speaker whose stems are all but SHORT_MISSING in the other."""
        out = np.zeros(len(i), bool)
        # stems only rescue near copies: half the shorter's printed content words must already be shared
        # in order (or the pair is a short quote of one speaker)
        near_copy = self._near_copy(i, j, shared, np.minimum(self.lengths[i], self.lengths[j]))
        maybe = np.flatnonzero(~ok & near_copy)
        if not len(maybe):
            return out
        a, b = i[maybe], j[maybe]
        sa, sb, la, lb = self._stem_strings(a, b)
        st = shared_words_pairs(sa, sb)
        short, long = np.minimum(la, lb), np.maximum(la, lb)
        cover = st / np.maximum(short, 1)
        near = is_match(st, la, lb) & (cover >= STEM_COVER)
        if self.speakers is not None:
            same = (self.speakers[a] >= 0) & (self.speakers[a] == self.speakers[b])
            near |= (
                same
                & (short >= SHORT_MIN)
                & (short <= SHORT_MAX)
                & (st >= short - SHORT_MISSING)
                & (st >= SHORT_MIN)
                & (st / np.maximum(long, 1) >= SHORT_LONG_COVER)
            )
        out[maybe] = near
        return out

    def _stem_strings(
        self, a: np.ndarray, b: np.ndarray
    ) -> tuple[list[str], list[str], np.ndarray, np.ndarray]:
        """Stemmed content words of the pairs' statements as strings (one character per stem)."""
        from debatekit.align.normalize import content, tokens

        if self.enc.words is not None and self.enc.language is not None:
            return _stem_strings_from_codes(self.enc, a, b)
        assert self.texts is not None  # only called when texts are set
        need = np.unique(np.r_[a, b]).tolist()
        vocab: dict[str, str] = {}
        strings: dict[int, str] = {}
        texts = [content(tokens(self.texts[k]), stem=True) for k in need]
        for k, words in zip(need, texts, strict=True):
            for w in words:
                if w not in vocab:
                    vocab[w] = _char(len(vocab))
            strings[k] = "".join([vocab[w] for w in words])
        sa = [strings[k] for k in a.tolist()]
        sb = [strings[k] for k in b.tolist()]
        la = np.fromiter((len(x) for x in sa), np.int64, len(sa))
        lb = np.fromiter((len(x) for x in sb), np.int64, len(sb))
        return sa, sb, la, lb

    def _figures(self, k: int) -> frozenset[str]:
        assert self.texts is not None  # speakers, hence this rule, are only set with texts
        if k not in self._figs:
            self._figs[k] = distinctive_figures(self.texts[k])
        return self._figs[k]


def _stem_strings_from_codes(
    enc: Encoded, a: np.ndarray, b: np.ndarray
) -> tuple[list[str], list[str], np.ndarray, np.ndarray]:
    """:meth:`Scorer._stem_strings` from the word codes and languages of :func:`encode_texts`: each
    distinct (word, language) is stemmed once, each distinct stem is one character."""
    import pandas as pd

    from debatekit.align.normalize import pack_stopwords, stems

    assert enc.words is not None and enc.language is not None
    need = np.unique(np.r_[a, b])
    starts = enc.offsets[need]
    lens = enc.offsets[need + 1] - starts
    ends = np.cumsum(lens)
    pos = np.arange(int(ends[-1]) if len(ends) else 0) - np.repeat(ends - lens - starts, lens)
    codes = enc.codes[pos]
    n_lang = len(pack_stopwords()) + 1  # -1 (no language: words as printed) shifted to 0
    key = codes * n_lang + np.repeat(enc.language[need] + 1, lens)
    uniq, inv = np.unique(key, return_inverse=True)
    words = [enc.words[c] for c in (uniq // n_lang).tolist()]
    lang = uniq % n_lang - 1
    stemmed = np.empty(len(uniq), dtype=object)
    for k, (code, _) in enumerate(pack_stopwords()):
        at = np.flatnonzero(lang == k)
        if len(at):
            stemmed[at] = stems(code)([words[x] for x in at.tolist()])
    at = np.flatnonzero(lang < 0)
    stemmed[at] = [words[x] for x in at.tolist()]
    ids = pd.factorize(stemmed)[0] if len(stemmed) else np.zeros(0, np.int64)
    big = _codepoints(ids[inv.ravel()]).astype("<u4").tobytes().decode("utf-32-le")
    bounds = np.r_[0, ends].tolist()
    strings = np.empty(len(need), dtype=object)
    strings[:] = [big[bounds[x] : bounds[x + 1]] for x in range(len(need))]
    sa = strings[np.searchsorted(need, a)].tolist()
    sb = strings[np.searchsorted(need, b)].tolist()
    return sa, sb, lens[np.searchsorted(need, a)], lens[np.searchsorted(need, b)]


def word_masks(strings: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Per string, which of MASK_BITS bins its characters fall in (MASK_BITS // 64 uint64 words), and how
    many of its characters the bins do not tell apart (its length minus the bins set: repeats and two
    characters in one bin), for :func:`bag_bound`.

    >>> masks, repeats = word_masks(["ab", "aa", ""])
    >>> masks.shape, repeats.tolist()
    ((3, 4), [0, 1, 0])
    """
    words = MASK_BITS // 64
    n = len(strings)
    lens = np.fromiter(map(len, strings), np.int64, n)
    cps = np.frombuffer("".join(strings).encode("utf-32-le"), "<u4").astype(np.uint64)
    # a multiplicative hash: word codes come in order of first appearance, so neighbours are spread out
    slot = (cps * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(65 - MASK_BITS.bit_length())  # top log2 bits
    bit = np.left_shift(np.uint64(1), slot & np.uint64(63))
    word = (slot >> np.uint64(6)).astype(np.int64)
    masks = np.zeros((n, words), np.uint64)
    starts = np.r_[0, np.cumsum(lens)[:-1]]
    full = np.flatnonzero(lens > 0)
    if len(cps):
        for w in range(words):
            # reduceat over each string's run (empty strings skipped: reduceat would give them a neighbour)
            masks[full, w] = np.bitwise_or.reduceat(np.where(word == w, bit, np.uint64(0)), starts[full])
    repeats = lens - np.bitwise_count(masks).sum(axis=1, dtype=np.int64)
    return masks, repeats


def bag_bound(masks: np.ndarray, repeats: np.ndarray, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """An upper bound of the multiset intersection of strings i and j (what :func:`shared_words` gives
    on sorted strings, and never less than it gives on the strings in order), from :func:`word_masks`.

    A shared character sets one bin on both sides; a bin set on both sides holds at most 1 + (its
    characters beyond the first) shared characters of either side, so the intersection is at most the
    bins set on both plus the fewer repeats.

    >>> masks, repeats = word_masks(["abc", "cab", "xyz"])
    >>> bag_bound(masks, repeats, np.array([0, 0]), np.array([1, 2])).tolist()[0]
    3
    """
    both = np.bitwise_count(masks[i] & masks[j]).sum(axis=1, dtype=np.int64)
    return both + np.minimum(repeats[i], repeats[j])


def shared_words_pairs(qa: list[str], qb: list[str]) -> np.ndarray:
    """LCS length of each pair of strings (qa[k], qb[k])."""
    if not qa:
        return np.zeros(0, np.int64)
    from rapidfuzz import process
    from rapidfuzz.distance import Indel

    dist = process.cpdist(qa, qb, scorer=Indel.distance, workers=-1, dtype=np.int64)
    la = np.fromiter((len(s) for s in qa), np.int64, len(qa))
    lb = np.fromiter((len(s) for s in qb), np.int64, len(qb))
    return (la + lb - dist) // 2


def shared_words(strings: list[str], i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """LCS length, in content words, of each candidate pair (vectorised, all cores)."""
    if not len(i):
        return np.zeros(0, np.int64)
    from rapidfuzz import process
    from rapidfuzz.distance import Indel

    if len(i) > len(strings):  # one object array per call pays off over many pairs
        arr = np.empty(len(strings), dtype=object)
        arr[:] = strings
        qa, qb = arr[i].tolist(), arr[j].tolist()
    else:
        qa, qb = [strings[k] for k in i.tolist()], [strings[k] for k in j.tolist()]
    dist = process.cpdist(qa, qb, scorer=Indel.distance, workers=-1, dtype=np.int64)
    lens = np.fromiter(map(len, strings), np.int64, len(strings))  # once per statement, not per pair
    return (lens[i] + lens[j] - dist) // 2


def is_match(
    shared: np.ndarray, len_a: np.ndarray, len_b: np.ndarray, bag: np.ndarray | None = None
) -> np.ndarray:
    """Boolean mask: the pair renders one utterance (same speaker or speaker unknown).

    ``shared`` counts content words in order (LCS), ``bag`` in any order (multiset intersection).
    """
    short = np.maximum(np.minimum(len_a, len_b), 1)
    long = np.maximum(np.maximum(len_a, len_b), 1)
    cover = shared / short
    return (
        ((shared >= MIN_SHARED) & (cover >= MIN_COVER))
        | ((shared >= CLOSE_SHARED) & (cover >= CLOSE_COVER))
        | ((shared >= SHORT_SHARED) & (shared / long >= SHORT_COVER))
        | (False if bag is None else (bag >= BAG_SHARED) & (bag / short >= BAG_COVER))
    )


def lcs_len(a: list[str], b: list[str]) -> int:
    """Longest common subsequence of two token lists."""
    from rapidfuzz.distance import Indel

    return (len(a) + len(b) - Indel.distance(a, b)) // 2


def relation(
    toks_a: list[str], toks_b: list[str], kind_a: str, kind_b: str, same_speaker: bool
) -> str | None:
    """Name the relation between two matched statements, or None when they are not the same utterance.

    Parameters
    ----------
    toks_a, toks_b : list of str
        All normalised words (function words included).
    kind_a, kind_b : {"direct", "indirect"}
    same_speaker : bool
        False only when both speakers are known and are different people.

    Examples
    --------
    >>> relation("we will build it".split(), "we will build it now for you".split(), "direct", "direct", True)
    'partial'
    """
    return relation_note(toks_a, toks_b, kind_a, kind_b, same_speaker)[0]


def relation_note(
    toks_a: list[str],
    toks_b: list[str],
    kind_a: str,
    kind_b: str,
    same_speaker: bool,
    opcodes: list | None = None,
    lcs: int | None = None,
    stem_lcs: Callable[[], int] | None = None,
) -> tuple[str | None, str | None]:
    """(relation, note) of two matched statements; the note names spelling variants of a verbatim pair.

    ``opcodes``: rapidfuzz Indel opcodes of (toks_a, toks_b) as a list, when the caller has them (the
    word diff needs the same ones): the alignment is then computed once per match. ``lcs``: the length
    of their longest common subsequence, when known; ``stem_lcs``: a function giving that of their
    stems (a caller labelling many pairs caches each statement's stems).

    Order: verbatim (also when only the spelling of a few words differs), misattributed, indirect_vs_direct,
    partial when the shorter is a contiguous part of the longer, minor_edit, partial (the shorter nearly
    whole inside the longer, in pieces), reworded.
    """
    if same_speaker and kind_a == kind_b and toks_a == toks_b:
        return "verbatim", None  # before the LCS: nothing to measure
    if opcodes is None:
        opcodes = indel_opcodes(toks_a, toks_b)
    if lcs is None:
        lcs = sum(op[2] - op[1] for op in opcodes if op[0] == "equal")
    short = max(min(len(toks_a), len(toks_b)), 1)
    if not same_speaker:
        return ("misattributed" if lcs / short >= MISATTRIBUTED_COVER else None), None
    if kind_a != kind_b:
        return "indirect_vs_direct", None
    variants = spelling_variants(toks_a, toks_b)
    if variants is not None:
        return "verbatim", "spelling: " + "; ".join(f"'{x}' vs '{y}'" for x, y in variants)
    if contiguous_part(toks_a, toks_b, lcs, opcodes):
        return "partial", None
    total = max(len(toks_a) + len(toks_b), 1)
    if 2 * lcs / total >= MINOR_EDIT_SIM or (
        2 * short / total >= MINOR_EDIT_SIM
        and 2 * (_stem_lcs(toks_a, toks_b) if stem_lcs is None else stem_lcs()) / total >= MINOR_EDIT_SIM
    ):
        return "minor_edit", None  # "the ferries need" / "the ferry needs": inflection is a minor edit
    if lcs / short >= PARTIAL_COVER:
        return "partial", None
    return "reworded", None


def may_need_stems(len_a: int, len_b: int, lcs: int) -> bool:
    """False when :func:`relation_note` of two lists of these lengths and LCS, with one speaker and one
    kind, never calls ``stem_lcs``: their LCS already makes them a minor edit, or their lengths never can."""
    short = max(min(len_a, len_b), 1)
    total = max(len_a + len_b, 1)
    return 2 * short / total >= MINOR_EDIT_SIM and not 2 * lcs / total >= MINOR_EDIT_SIM


def _stem_lcs(a: list[str], b: list[str]) -> int:
    code = language_of(a + b)
    if code is None:
        return 0
    stem = stems(code)
    return lcs_len(stem(a), stem(b))


class StemLCS:
    """:func:`_stem_lcs` of many pairs of a batch of statements, each statement's stopword counts and
    stems computed once (``language_of(a + b)`` adds the two statements' counts per pack).

    With the batch's :class:`~debatekit.align.printed.TokenTable` (``table``), the counts of every
    statement of the batch come from one pass over its token ids, and each distinct token is stemmed
    once per language: the stems become one character each and the LCS is computed on those strings.

    >>> sl = StemLCS()
    >>> sl(0, "the ferries need it".split(), 1, "the ferry needs it".split())
    4
    """

    def __init__(self, table: TokenTable | None = None) -> None:
        from rapidfuzz.distance import Indel

        self._distance = Indel.distance
        self._packs = pack_stopwords()
        self._counts: dict[int, tuple[int, ...]] = {}
        self._stems: dict[tuple[int, str], list[str]] = {}
        self._table = table
        self._table_counts: list[tuple[int, ...]] | None = None
        self._stem_strings: dict[str, dict[int, str] | None] = {}

    def _count(self, k: int, toks: list[str]) -> tuple[int, ...]:
        got = self._counts.get(k)
        if got is None:
            got = self._counts[k] = tuple(sum(map(sw.__contains__, toks)) for _, sw in self._packs)
        return got

    def _stem(self, k: int, toks: list[str], code: str) -> list[str]:
        got = self._stems.get((k, code))
        if got is None:
            got = self._stems[k, code] = stems(code)(toks)
        return got

    def _all_counts(self, table: TokenTable) -> list[tuple[int, ...]]:
        """Stopword hits per pack of every statement of the table: :meth:`_count` of all at once."""
        if self._table_counts is None:
            words = table.words.tolist()
            per_pack = []
            for _, sw in self._packs:
                hit = np.fromiter(map(sw.__contains__, words), dtype=bool, count=len(words))[table.ids]
                run = np.zeros(len(hit) + 1, dtype=np.int64)
                np.cumsum(hit, out=run[1:])
                per_pack.append(run[table.bounds[1:]] - run[table.bounds[:-1]])
            self._table_counts = list(map(tuple, np.stack(per_pack, axis=1).tolist()))
        return self._table_counts

    def _strings(self, table: TokenTable, code: str) -> dict[int, str] | None:
        """Stem strings (one character per distinct stem) of the table's statements in language ``code``."""
        if code not in self._stem_strings:
            import pandas as pd

            ids, uniq = pd.factorize(np.asarray(stems(code)(table.words.tolist()), dtype=object))
            self._stem_strings[code] = code_strings(ids[table.ids], len(uniq), table)
        return self._stem_strings[code]

    def __call__(self, ka: int, a: list[str], kb: int, b: list[str]) -> int:
        table = self._table
        if table is not None and ka in table.row and kb in table.row:
            counts = self._all_counts(table)
            na, nb = counts[table.row[ka]], counts[table.row[kb]]
        else:
            table = None
            na, nb = self._count(ka, a), self._count(kb, b)
        # language_of(a + b), from the counts of each side
        best = most_hits((code, x + y) for (code, _), x, y in zip(self._packs, na, nb, strict=True))
        if best is None:
            return 0
        strings = self._strings(table, best) if table is not None else None
        if strings is None:
            return lcs_len(self._stem(ka, a, best), self._stem(kb, b, best))
        sa, sb = strings[ka], strings[kb]
        return (len(sa) + len(sb) - self._distance(sa, sb)) // 2


def _may_join_equal(a: list[str], b: list[str]) -> bool:
    """False when ``"".join(a) != "".join(b)`` shows at either end (neither first word starts the
    other, or neither last word ends the other): most pairs, told apart without joining them."""
    if not a or not b:
        return True
    x, y = a[0], b[0]
    if not (x.startswith(y) or y.startswith(x)):
        return False
    x, y = a[-1], b[-1]
    return x.endswith(y) or y.endswith(x)


def spelling_variants(a: list[str], b: list[str]) -> list[tuple[str, str]] | None:
    """The word pairs that differ only in spelling ("Jokowi"/"Jokowie", "e-KTP"/"eKTP"), or None when
    the two differ in anything else (a word changed, added, dropped, a figure)."""
    if _may_join_equal(a, b) and "".join(a) == "".join(b):  # spacing and hyphens: one word printed as two
        return [(" ".join(a), " ".join(b))] if a != b else []
    if len(a) != len(b):
        return None
    from rapidfuzz.distance import Indel

    out = []
    for x, y in zip(a, b, strict=True):
        if x == y:
            continue
        if (
            x.isdigit()
            or y.isdigit()
            or min(len(x), len(y)) < SPELLING_MIN_LEN
            or Indel.normalized_similarity(x, y) < SPELLING_SIM
        ):
            return None
        out.append((x, y))
    return out if len(out) <= max(1, len(a) // SPELLING_EVERY) else None


def indel_opcodes(a: list[str], b: list[str]) -> list:
    """rapidfuzz Indel opcodes of two token lists, as [(tag, a0, a1, b0, b1)]."""
    from rapidfuzz.distance import Indel

    return Indel.opcodes(a, b).as_list()


def contiguous_part(a: list[str], b: list[str], lcs: int | None = None, opcodes: list | None = None) -> bool:
    """The shorter list is (nearly) one unbroken stretch of the longer, which adds PARTIAL_EXTRA words."""
    a_short = len(a) <= len(b)
    short, long = (a, b) if a_short else (b, a)
    if len(long) - len(short) < PARTIAL_EXTRA or not short:
        return False
    if opcodes is None:
        opcodes = indel_opcodes(a, b)
    lcs = sum(op[2] - op[1] for op in opcodes if op[0] == "equal") if lcs is None else lcs
    if lcs / len(short) < PARTIAL_COVER:
        return False
    equal = [op for op in opcodes if op[0] == "equal"]
    # the stretch of the longer list that the matched words span
    span = equal[-1][4] - equal[0][3] if a_short else equal[-1][2] - equal[0][1]
    return span <= len(short) + max(1, int(PARTIAL_SLACK * len(short)))


class _Step:
    """One placed step of a word diff, made only for its attribute dict (see :func:`_placed`)."""

    def __init__(self, op: str, a: str, b: str, a_start, a_end, b_start, b_end) -> None:
        # always in this order: the instances share one key table, in the order of the diff's keys
        self.op, self.a, self.b = op, a, b
        self.a_start, self.a_end, self.b_start, self.b_end = a_start, a_end, b_start, b_end


def _placed(op: str, a: str, b: str, a_start, a_end, b_start, b_end) -> dict:
    """``{"op", "a", "b", "a_start", "a_end", "b_start", "b_end"}``, an ordinary dict of those keys in that
    order, but CPython's instance-attribute dict: its keys are stored once for all steps (a split table)
    and each dict holds only its values, about half the memory of a literal (152 B against 280 B; a
    million matches hold millions of steps). Equal, printed and pickled exactly like the literal."""
    return vars(_Step(op, a, b, a_start, a_end, b_start, b_end))


def _join(words: list[str]) -> str:
    # an expanded contraction's later words have an empty surface: the first one shows it as printed
    return " ".join(words) if "" not in words else " ".join([w for w in words if w])


def word_diff(
    surface_a: list[str],
    toks_a: list[str],
    surface_b: list[str],
    toks_b: list[str],
    opcodes: list | None = None,
    cuts_a: list[int] | None = None,
    cuts_b: list[int] | None = None,
) -> list[dict]:
    """Word-level opcodes between two statements: [{"op", "a", "b"}], words as printed.

    The alignment keeps the longest common subsequence of words (Indel opcodes, ``opcodes`` when the
    caller has them), so equal stretches are as long as possible; a deletion next to an insertion is
    reported as one replacement. ``a`` and ``b`` are the words without their punctuation.

    With the texts' cut points (``cuts_a``, ``cuts_b``, from :func:`debatekit.align.printed.token_cuts`;
    None when a text's words could not be placed) every op also has ``a_start, a_end, b_start, b_end``:
    its stretch of each printed text, punctuation and the space after it included (None where not
    placed). The stretches of one side tile that text, so the diff can be shown as printed.

    Examples
    --------
    >>> from debatekit.align.normalize import surface_tokens
    >>> from debatekit.align.printed import token_cuts
    >>> a, b = "We build, now.", "We will build now!"
    >>> (ta, sa), (tb, sb) = surface_tokens(a), surface_tokens(b)
    >>> ops = word_diff(sa, ta, sb, tb, None, token_cuts(a, sa), token_cuts(b, sb))
    >>> [(op["op"], a[op["a_start"] : op["a_end"]], b[op["b_start"] : op["b_end"]]) for op in ops]
    [('equal', 'We ', 'We '), ('insert', '', 'will '), ('equal', 'build, now.', 'build now!')]
    """
    printed = cuts_a is not None or cuts_b is not None
    if toks_a == toks_b:
        a, b = _join(surface_a), _join(surface_b)
        if not printed:
            return [{"op": "equal", "a": a, "b": b if b != a else a}]
        return [
            _placed(
                "equal",
                a,
                b if b != a else a,
                *_stretch(cuts_a, 0, len(toks_a)),
                *_stretch(cuts_b, 0, len(toks_b)),
            )
        ]
    ops: list[list] = []
    for tag, a0, a1, b0, b1 in opcodes if opcodes is not None else indel_opcodes(toks_a, toks_b):
        if tag != "equal" and ops and ops[-1][0] != "equal" and ops[-1][0] != tag:
            ops[-1] = ["replace", ops[-1][1], a1, ops[-1][3], b1]
        else:
            ops.append([tag, a0, a1, b0, b1])
    out: list[dict] = []
    if cuts_a is not None and cuts_b is not None and len(cuts_a) > 1 and len(cuts_b) > 1:
        # every step's stretch is cuts[t0]:cuts[t1] (cuts[0] is 0, cuts[-1] the end): _stretch without
        # its cases, as a diff has about ten steps and a large corpus millions of them
        plain_a, plain_b = "" not in surface_a, "" not in surface_b
        for tag, a0, a1, b0, b1 in ops:
            a = " ".join(surface_a[a0:a1]) if plain_a else _join(surface_a[a0:a1])
            b = " ".join(surface_b[b0:b1]) if plain_b else _join(surface_b[b0:b1])
            out.append(_placed(tag, a, a if a == b else b, cuts_a[a0], cuts_a[a1], cuts_b[b0], cuts_b[b1]))
        return out
    # the stretches of _stretch, inlined: a diff has about ten steps and a large corpus millions of them
    last_a = len(cuts_a) - 1 if cuts_a is not None else 0
    last_b = len(cuts_b) - 1 if cuts_b is not None else 0
    for tag, a0, a1, b0, b1 in ops:
        words_a, words_b = surface_a[a0:a1], surface_b[b0:b1]
        a = " ".join(words_a) if "" not in words_a else _join(words_a)
        b = " ".join(words_b) if "" not in words_b else _join(words_b)
        if not printed:
            out.append({"op": tag, "a": a, "b": a if a == b else b})  # one object when equal
            continue
        out.append(
            _placed(
                tag,
                a,
                a if a == b else b,
                None if cuts_a is None else 0 if a0 == 0 else cuts_a[a0],
                None if cuts_a is None else cuts_a[last_a] if a1 >= last_a else cuts_a[a1],
                None if cuts_b is None else 0 if b0 == 0 else cuts_b[b0],
                None if cuts_b is None else cuts_b[last_b] if b1 >= last_b else cuts_b[b1],
            )
        )
    return out


def _stretch(cuts: list[int] | None, t0: int, t1: int) -> tuple[int | None, int | None]:
    """(start, end): tokens t0:t1 as a stretch of the printed text (the whole text when they are all its
    tokens, so that what stands before the first word and after the last is kept); None, None unplaced."""
    if cuts is None:
        return None, None
    last = len(cuts) - 1
    start = 0 if t0 == 0 else cuts[t0]
    end = cuts[last] if t1 >= last else cuts[t1]
    return start, end
