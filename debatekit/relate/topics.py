"""Topics: user word lists, or discovered by community detection on a statement similarity graph.

Discovery: each statement becomes a tf-idf vector of its content words (language-pack stopwords dropped,
words sharing a stem of :data:`~debatekit.relate.spans.MIN_PREFIX` letters merged: "digital" ~
"digitalisasi"; words in one statement only or in more than ``MAX_DF`` of them left out). Every pair
of statements reaching a cosine of ``MIN_SIMILARITY`` (found exactly, with no cap on a word's partners,
by prefix filtering: :func:`_candidates`) is joined in a sparse graph; its
communities under the Constant Potts Model (CPM, resolution ``RESOLUTION``; Louvain over
scikit-network's compiled local moving, or its pure-Python twin on small graphs, nodes in statement-id
order, passes bounded) of two or more statements are the topics, labelled by their heaviest words.
Statements in no community get no topic.

CPM, a fixed threshold instead of a number of nearest neighbours, and a fixed visit order make a
statement's topic depend on the statements similar to it, not on how large the corpus is: with modularity
(the method before) topics merged as unrelated articles were added (its resolution limit), and pairs of
statements sharing a topic when the corpus doubled with unrelated articles agreed at a Jaccard of 0.127
(``benchmarks/bench_e2e.py --stability``).
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from itertools import chain
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
import pandas as pd

from debatekit import schema
from debatekit.arrays import ranges
from debatekit.collector import collector_paused
from debatekit.lang import LanguagePack, get_pack
from debatekit.relate.polarity import ignored_words
from debatekit.relate.spans import MIN_PREFIX, same_word, words

if TYPE_CHECKING:
    from scipy.sparse import csr_matrix

SEED = 0
MIN_DF = 2  # a word in one statement only links nothing
MAX_DF = 0.5  # a word in more than half the statements tells topics apart no better than a stopword
MIN_WORD = 4
MIN_SIMILARITY = 0.15
# A word's weight is log(1 + IDF_SCALE / df): its document frequency alone, not the corpus size as in
# log(n / df), so that unrelated statements added to the corpus leave every other word's weight alone.
IDF_SCALE = 1000
# CPM resolution: the least mean similarity per pair of statements that holds a topic together (higher:
# more, smaller topics). Fixed, so that a topic's size does not follow the corpus's.
RESOLUTION = 0.08
# Candidates (:func:`_candidates`): the squared weight of the common words a statement leaves out of the
# index. Any value up to MIN_SIMILARITY finds every pair; lower indexes more words (more pairs listed),
# higher bounds the pairs' cosines more loosely (more pairs scored).
LIGHT = 0.08
# a float32 sum of at most a few hundred products of weights <= 1 is off by far less than this
BOUND_MARGIN = 1e-4
# Candidates' partial products are listed for a block of statements at a time (a tenth of them, at least
# ROW_BLOCK): temporary memory a tenth of the whole product's (at 8,000 articles, blocks of 7,978 rows,
# the candidates' peak RSS 1,183 -> 455 MB). Each block transposes the rows after it again: few blocks.
ROW_BLOCK = 2048
ROW_BLOCKS = 10
PAIR_CHUNK = 50_000  # candidate pairs scored at a time: bounds temporary memory; 250k was 20-25% slower
TOP_WORDS = 6


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.lower()).strip("-") or "topic"


def _statement_words(statements: pd.DataFrame, pack_of: Mapping[str, LanguagePack]) -> dict[str, list[str]]:
    out = {}
    for sid, text in zip(statements["statement_id"], statements["text"], strict=True):
        skip = ignored_words(pack_of.get(sid) or get_pack(None))  # cached per pack
        # words() lower-cases the whole text in one call already wherever that gives the same words
        toks = words(text if isinstance(text, str) else "")
        out[sid] = [w for w in toks if len(w) >= MIN_WORD and w not in skip]
    return out


def _stems(vocab: Sequence[str]) -> dict[str, str]:
    """Map each word to the shortest word of ``vocab`` that is a prefix of it (at least MIN_PREFIX long)."""
    ordered = sorted(vocab)
    stem: dict[str, str] = {}
    for w in sorted(vocab, key=lambda x: (len(x), x)):
        if w in stem:
            continue
        stem[w] = w
        if len(w) >= MIN_PREFIX:
            # Words with prefix w are contiguous in sorted order.
            i = bisect.bisect_left(ordered, w)
            while i < len(ordered) and ordered[i].startswith(w):
                stem.setdefault(ordered[i], w)
                i += 1
    return stem


class Csr(NamedTuple):
    """A sparse matrix as its CSR arrays: what the steps below read (a SciPy ``csr_matrix`` also fits)."""

    data: np.ndarray
    indices: np.ndarray
    indptr: np.ndarray
    shape: tuple[int, int]


def _entry_rows(x: Csr, dtype: type = np.int64) -> np.ndarray:
    """The row of each stored entry of ``x``, in CSR order."""
    return np.repeat(np.arange(x.shape[0], dtype=dtype), np.diff(x.indptr))


def _matrix(bags: Mapping[str, Counter[str]], max_df: float) -> tuple[list[str], list[str], Csr]:
    """Statement ids (sorted), vocabulary (sorted) and the l2-normalised tf-idf matrix (one row each).

    A word counts when it is in at least MIN_DF statements and at most ``max_df`` of them; its weight is
    ``log(1 + IDF_SCALE / df)``.
    """
    sids = sorted(bags)
    n = max(1, len(bags))
    df = Counter(chain.from_iterable(bags.values()))
    idf = {
        w: math.log1p(IDF_SCALE / c) for w, c in df.items() if c >= MIN_DF and c <= max(MIN_DF, max_df * n)
    }
    vocab = sorted(idf)
    col = {w: i for i, w in enumerate(vocab)}
    ordered = [bags[sid] for sid in sids]
    cols = np.fromiter((col.get(w, -1) for bag in ordered for w in bag), np.int64)
    counts = np.fromiter(chain.from_iterable(bag.values() for bag in ordered), np.float64, len(cols))
    rows = np.repeat(np.arange(len(sids)), np.fromiter(map(len, ordered), np.int64, len(ordered)))
    keep = cols >= 0
    rows, cols, counts = rows[keep], cols[keep], counts[keep]
    order = np.lexsort((cols, rows))  # per statement by word, as the vocabulary is sorted
    rows, cols = rows[order], cols[order]
    weight = np.fromiter((idf[w] for w in vocab), np.float64, len(vocab))
    values = counts[order] * weight[cols]
    indptr = np.r_[0, np.cumsum(np.bincount(rows, minlength=len(sids)))].astype(np.int64)
    norm = _row_norms(values, indptr)
    x = Csr(values / np.repeat(norm, np.diff(indptr)), cols, indptr, (len(sids), len(vocab)))
    return sids, vocab, x


def _row_norms(values: np.ndarray, indptr: np.ndarray) -> np.ndarray:
    """Euclidean norm of each CSR row (1.0 for an empty row), its squares summed left to right.

    Summed one column position at a time over all rows, so each row's sum is rounded as Python's
    ``sum`` rounds it (NumPy's reductions sum pairwise, which rounds differently).
    """
    start, size = indptr[:-1], np.diff(indptr)
    total = np.zeros(len(size))
    squares = values * values
    longest_first = np.argsort(-size, kind="stable")
    ascending = np.sort(size)
    for k in range(int(ascending[-1]) if len(size) else 0):
        # the rows longer than k: a prefix of the rows longest first (work: one step per entry)
        long = longest_first[: len(size) - np.searchsorted(ascending, k, side="right")]
        total[long] = total[long] + squares[start[long] + k]
    norm = np.sqrt(total)
    norm[norm == 0] = 1.0
    return norm


def _groups(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Start index and size of each run of equal values in sorted ``keys``, per element."""
    if not len(keys):
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    first = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    sizes = np.diff(np.r_[first, len(keys)])
    which = np.repeat(np.arange(len(first)), sizes)
    return first[which], sizes[which]


# The matrix primitives, in two implementations giving the same arrays bit for bit: NumPy alone, for
# corpora up to SMALL_CORPUS statements (importing scipy.sparse costs about 0.15 s CPU, more than the
# whole topic discovery of the bundled examples), and SciPy's compiled sparse products, faster on large
# ones: the NumPy join lists every pair before de-duplicating, the dense aggregation is quadratic in the
# nodes (the whole NumPy discovery took, at 1,000 statements of id_pfsa_dev, 0.27 s against 0.22 s, at
# 2,000 0.34 against 0.20 s).
SMALL_CORPUS = 1_000


def _join_numpy(
    pr: np.ndarray, pc: np.ndarray, cr: np.ndarray, cc: np.ndarray, shape: tuple[int, int]
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs ``(a, b)``, ``a < b``, unique, sorted: a has a word (row ``pr``, word ``pc``) that b
    indexes (``cr``, ``cc``, sorted by word), or the other way round."""
    n_rows = shape[0]
    lo = np.searchsorted(cc, pc, side="left")
    count = np.searchsorted(cc, pc, side="right") - lo
    a, b = np.repeat(pr.astype(np.int64), count), cr.astype(np.int64)[ranges(lo, count)]
    low, high = np.minimum(a, b), np.maximum(a, b)
    key = np.unique((low * n_rows + high)[low != high])
    return key // n_rows, key % n_rows


def _pairs_numpy(heavy: Csr, light: Csr, light_norm: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every pair sharing a word indexed by one of them (see :func:`_candidates`), unique, sorted.

    Not pruned by the bound: on a small corpus scoring the few extra pairs costs less than bounding them.
    """
    hr, hc = _entry_rows(heavy), np.asarray(heavy.indices)
    rows = np.r_[hr, _entry_rows(light)]
    words = np.r_[hc, light.indices]
    by_word = np.argsort(hc, kind="stable")
    return _join_numpy(rows, words, hr[by_word], hc[by_word], heavy.shape)


def _pairs_scipy(heavy: Csr, light: Csr, light_norm: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The pairs of :func:`_pairs_numpy` that can reach MIN_SIMILARITY, in no particular order.

    One compiled product gives each pair's dot product over the words one of them indexes: ``a @ b.T``
    with ``a`` the rows' heavy words then their light words (columns shifted by the vocabulary) and ``b``
    their words then their heavy words (shifted the same way), i.e. ``h @ (h + l).T + l @ h.T``, with no
    sparse sum. The words neither indexes add at most the product of their light norms
    (Cauchy-Schwarz), so a pair whose partial sum plus that is below the threshold is dropped unscored
    (at 8,000 articles 3.1 of 18.4 million pairs are scored).
    """
    from scipy.sparse import csr_matrix as csr

    n_rows, n_cols = heavy.shape
    hr, lr = _entry_rows(heavy, np.int32), _entry_rows(light, np.int32)
    h_cols, l_cols = np.asarray(heavy.indices, np.int32), np.asarray(light.indices, np.int32)
    shape = (n_rows, 2 * n_cols)
    # float32 products: half the bytes to move; the bound only filters, its margin covers the rounding
    hv, lv = np.asarray(heavy.data, np.float32), np.asarray(light.data, np.float32)
    a = csr((np.r_[hv, lv], (np.r_[hr, lr], np.r_[h_cols, l_cols + n_cols])), shape=shape)
    b = csr((np.r_[hv, lv, hv], (np.r_[hr, lr, hr], np.r_[h_cols, l_cols, h_cols + n_cols])), shape=shape)
    firsts, seconds = [], []
    block = max(ROW_BLOCK, -(-n_rows // ROW_BLOCKS))
    for r0 in range(0, n_rows, block):
        # a block of rows against the rows from its first on: the upper triangle and the block's own
        # lower one (half the products of the whole square), with temporary memory bounded by the block
        partial = (a[r0 : r0 + block] @ b[r0:].T).tocoo()
        first, second = partial.row.astype(np.int64) + r0, partial.col.astype(np.int64) + r0
        upper = second > first
        first, second = first[upper], second[upper]
        # the margin covers the float32 rounding of the partial sums (a true cosine is never dropped)
        bound = partial.data[upper] + light_norm[first] * light_norm[second]
        keep = bound >= MIN_SIMILARITY - BOUND_MARGIN
        firsts.append(first[keep])
        seconds.append(second[keep])
    if not firsts:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.concatenate(firsts), np.concatenate(seconds)


def _dots_numpy(x: Csr, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Dot product of rows ``a[i]`` and ``b[i]`` of ``x``: their shared products in column order, summed
    as SciPy's row sum sums them (``np.add.reduceat``)."""
    n_cols = max(x.shape[1], 1)
    flat = _entry_rows(x) * n_cols + x.indices  # increasing: the CSR order
    per = x.indptr[a + 1] - x.indptr[a]
    pair = np.repeat(np.arange(len(a)), per)
    entry = ranges(x.indptr[a], per)
    want = b[pair].astype(np.int64) * n_cols + x.indices[entry]
    at = np.minimum(np.searchsorted(flat, want), max(len(flat) - 1, 0))
    shared = flat[at] == want if len(flat) else np.zeros(0, bool)
    pair, prod = pair[shared], x.data[entry[shared]] * x.data[at[shared]]
    out = np.zeros(len(a))
    if len(pair):
        first = np.flatnonzero(np.r_[True, pair[1:] != pair[:-1]])
        out[pair[first]] = np.add.reduceat(prod, first)
    return out


def _dots_scipy(x: Csr, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """:func:`_dots_numpy` by SciPy's compiled row selection and element-wise product."""
    m = _scipy(x)
    return np.asarray(m[a].multiply(m[b]).sum(axis=1)).ravel()


def _aggregate_dense(a: Csr, labels: np.ndarray, n_groups: int) -> Csr:
    """``m.T @ a @ m`` for the node-to-group indicator ``m``, summed in the order of SciPy's two sparse
    products (column by column, then row by row, in node order) on a dense array."""
    k = a.shape[0]
    adj = np.zeros((k, k))
    adj[_entry_rows(a), a.indices] = a.data
    by_col = np.zeros((k, n_groups))  # (m.T @ a).T: node j's row added into its group's column
    for j in range(k):
        by_col[:, labels[j]] += adj[j]
    summed = np.zeros((n_groups, n_groups))  # (.. @ m).T: node i's row added into its group's
    for i in range(k):
        summed[labels[i]] += by_col[i]
    out = summed.T
    rows, cols = np.nonzero(out)
    indptr = np.r_[0, np.cumsum(np.bincount(rows, minlength=n_groups))].astype(np.int64)
    return Csr(out[rows, cols], cols, indptr, (n_groups, n_groups))


def _aggregate_scipy(a: Csr, labels: np.ndarray, n_groups: int) -> Csr:
    """:func:`_aggregate_dense` by SciPy's sparse products."""
    from scipy.sparse import csr_matrix as csr

    k = a.shape[0]
    m = csr((np.ones(k), (np.arange(k), labels)), shape=(k, n_groups))
    out = (m.T @ _scipy(a) @ m).tocsr()
    return Csr(out.data, out.indices, out.indptr, out.shape)


def _scipy(x: Csr) -> csr_matrix:
    """``x`` as a SciPy CSR matrix (itself when it is one), on the same arrays."""
    from scipy.sparse import csr_matrix as csr

    if isinstance(x, csr):
        return x
    # 32-bit indices where they fit, as SciPy picks them building from coordinates: its products on
    # 64-bit ones took twice the time
    itype = np.int32 if max(*x.shape, len(x.data)) < 2**31 else np.int64
    return csr((x.data, x.indices.astype(itype), x.indptr.astype(itype)), shape=x.shape)


class Kernels(NamedTuple):
    """The matrix primitives the steps take: candidate pairs, pair dot products and a Louvain level's
    aggregation. ``prepare`` turns the tf-idf matrix into what ``dots`` reads (done once)."""

    pairs: Callable[[Csr, Csr, np.ndarray], tuple[np.ndarray, np.ndarray]]
    prepare: Callable[[Csr], Csr]
    dots: Callable[[Csr, np.ndarray, np.ndarray], np.ndarray]
    aggregate: Callable[[Csr, np.ndarray, int], Csr]


NUMPY = Kernels(_pairs_numpy, lambda x: x, _dots_numpy, _aggregate_dense)
SCIPY = Kernels(_pairs_scipy, _scipy, _dots_scipy, _aggregate_scipy)


def _kernels(n_rows: int) -> Kernels:
    """NumPy's primitives up to :data:`SMALL_CORPUS` rows, SciPy's above."""
    return NUMPY if n_rows <= SMALL_CORPUS else SCIPY


def _candidates(x: Csr, kernels: Kernels | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Candidate pairs ``(a, b)``, ``a < b``, unique, in no particular order: a superset of the pairs
    whose cosine reaches MIN_SIMILARITY, found without a cap (prefix filtering, as in all-pairs
    similarity search).

    Each statement leaves out of the index its most common words (highest document frequency; ties:
    lower column) while their squared weights add up to less than :data:`LIGHT`, and indexes the others.
    Two statements sharing no word that one of them indexes share light words only, whose products add up
    to at most the product of their light norms, below ``LIGHT`` <= MIN_SIMILARITY: no pair that reaches
    it is missed. The work per statement follows the statements sharing its rarer words, not a
    fixed number of partners per word, so a statement keeps every partner as unrelated statements are
    added (with champion lists it could lose one to a longer list).
    """
    kernels = kernels or _kernels(x.shape[0])
    n_rows, n_cols = x.shape
    df = np.bincount(np.asarray(x.indices, np.int64), minlength=n_cols)
    rank = np.empty(n_cols, np.int64)
    rank[np.lexsort((np.arange(n_cols), -df))] = np.arange(n_cols)  # most common word first
    # columns renamed by rank (dot products do not depend on the names): each row sorted by rank is its
    # words most common first
    rows = _entry_rows(x)
    order = np.lexsort((rank[x.indices], rows))
    c, v = rank[x.indices][order], x.data[order]
    squares = v * v
    within = np.cumsum(squares)
    start = x.indptr[:-1]
    size = np.diff(x.indptr)
    within -= np.repeat(np.r_[0.0, within][start], size)  # each row's running sum, its entries inclusive
    light = within < LIGHT
    light_norm = np.sqrt(np.bincount(rows[light], weights=squares[light], minlength=n_rows))

    def part(mask: np.ndarray) -> Csr:
        indptr = np.r_[0, np.cumsum(np.bincount(rows[mask], minlength=n_rows))].astype(np.int64)
        return Csr(v[mask], c[mask], indptr, (n_rows, n_cols))

    return kernels.pairs(part(~light), part(light), light_norm)


def _similarity_edges(x: Csr, kernels: Kernels | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Edges ``(a, b, cosine)``, ``a < b``, of the similarity graph, ordered by ``(a, b)``.

    Candidate pairs (:func:`_candidates`) are scored on their whole vectors and kept when they reach
    MIN_SIMILARITY: a fixed threshold, not a number of nearest neighbours, so that a statement's edges do
    not change when other statements are added.
    """
    kernels = kernels or _kernels(x.shape[0])
    a, b = _candidates(x, kernels)
    operand = kernels.prepare(x)
    cos = np.empty(len(a))
    for i in range(0, len(a), PAIR_CHUNK):
        j = slice(i, i + PAIR_CHUNK)
        cos[j] = kernels.dots(operand, a[j], b[j])
    # Rounded, so that the summation order of the sparse product cannot move a pair across the threshold.
    cos = np.round(cos, 12)
    ok = np.flatnonzero(cos >= MIN_SIMILARITY)
    a, b, cos = a[ok].astype(np.int64), b[ok].astype(np.int64), cos[ok]
    order = np.argsort(a * x.shape[0] + b)
    return a[order], b[order], cos[order]


# Louvain's local moving stops when a pass gains less than this, in CPM units (similarity inside
# topics): with no tolerance, float32 rounding let nodes trade places between tied communities forever
# (8,000 articles never finished). A thousandth of one pair's similarity moves no topic on the dev sets.
TOLERANCE = 1e-3
QUEUE = True  # later passes revisit only the nodes next to one that moved (see _louvain_cpm)
MAX_PASSES = 100  # local-moving passes per level: a bound whatever the rounding does (dev sets: < 20)
# Graphs up to this many stored entries are moved by the pure-Python pass (relate/louvain_pass.py, same
# labels and gains bit for bit): importing scikit-network costs 0.28-0.36 s CPU, the pure pass about
# 1-1.5 us per entry and pass, so it is cheaper up to about 15k entries (benchmarks/bench_louvain.py).
PURE_PASS_ENTRIES = 10_000


def _louvain_cpm(
    adjacency: Csr, resolution: float, *, pure: bool | None = None, kernels: Kernels | None = None
) -> tuple[np.ndarray, int]:
    """Louvain on CPM: a community label per node of the symmetric ``adjacency``, and the passes made.

    scikit-network's compiled local-moving pass (``optimize_core``, nodes in index order) runs one pass
    per call, or on a graph of at most :data:`PURE_PASS_ENTRIES` stored entries its pure-Python twin
    (:func:`~debatekit.relate.louvain_pass.optimize_pass`, identical results, no import cost); the
    passes, their bound (:data:`MAX_PASSES`) and the stopping gain (:data:`TOLERANCE`) are kept here,
    where they can be counted, instead of inside its unbounded loop. Between passes the communities'
    weights are summed again from the labels, so rounding does not build up across passes. After a
    level's first pass only the nodes next to one that moved are revisited (the others get an empty row,
    which the pass skips; :data:`QUEUE` turns this off). This is the queue of the fast Louvain variants:
    a node none of whose neighbours moved keeps its links, and only its communities' total weights may
    have changed, so a few moves are missed (co-topic Jaccard 0.96-0.97 against no queue at 1k-8k
    articles) for half of Louvain's time at 8,000 articles.
    Levels aggregate each community into a node (``kernels.aggregate``, by default by the graph's
    size), as Louvain does, until a level moves nothing. ``pure`` forces one pass or the other (None:
    by size).
    """
    n = adjacency.shape[0]
    kernels = kernels or _kernels(n)
    one_pass: Callable[..., tuple[np.ndarray, float]]
    if (len(adjacency.data) <= PURE_PASS_ENTRIES) if pure is None else pure:
        from debatekit.relate.louvain_pass import optimize_pass

        one_pass = optimize_pass
    else:
        from sknetwork.clustering.louvain_core import optimize_core

        def one_pass(*args: object) -> tuple[np.ndarray, float]:
            return optimize_core(*args, np.float32(np.inf))  # one pass: inf tolerance

    total = float(adjacency.data.sum())
    # scikit-network's "potts" form: adjacency summing to 1 (divided as SciPy divides: by the
    # reciprocal), every node weighing 1 / n
    a = Csr(adjacency.data * (1 / total), adjacency.indices, adjacency.indptr, (n, n))
    weights = np.full(n, 1.0 / n)
    tol = TOLERANCE * 2 / total  # a gain of g in CPM units is 2 g / total in these units
    membership: np.ndarray = np.arange(n)
    passes = 0
    while True:
        k = a.shape[0]
        # 32-bit indices where they fit: the compiled pass reads half the bytes, about 20% faster
        itype = np.int32 if max(k, len(a.data)) < 2**31 else np.int64
        labels: np.ndarray = np.arange(k, dtype=itype)
        indices, indptr = a.indices.astype(itype), a.indptr.astype(itype)
        data, w32 = a.data.astype(np.float32), weights.astype(np.float32)
        rows = _entry_rows(a)
        on = a.indices == rows
        loops = np.bincount(rows[on], weights=a.data[on], minlength=k).astype(np.float32)  # the diagonal
        gained = 0.0
        degree = np.diff(a.indptr)
        # the pass's graph: every node's row in the first pass, then only the rows of the nodes next to one
        # that moved (the others get an empty row, which the pass skips)
        p_indices, p_indptr, p_data = indices, indptr, data
        for _ in range(MAX_PASSES):
            cluster = np.bincount(labels, weights=weights, minlength=k).astype(np.float32)
            before = labels.copy()
            labels, gain = one_pass(
                labels, p_indices, p_indptr, p_data, w32, w32, cluster, cluster.copy(),
                np.zeros(k, np.float32), loops, np.float32(resolution),
            )  # fmt: skip
            labels = np.asarray(labels, dtype=itype)
            passes += 1
            gained += float(gain)
            if gain <= tol:
                break
            if QUEUE:
                moved = labels != before
                active = np.zeros(k, bool)
                active[a.indices[moved[rows]]] = True
                keep = active[rows]
                p_indices, p_data = indices[keep], data[keep]
                p_indptr = np.r_[0, np.cumsum(np.where(active, degree, 0))].astype(itype)
        _, labels = np.unique(labels, return_inverse=True)
        n_groups = int(labels.max()) + 1
        membership = labels[membership]
        if n_groups == k or n_groups == 1 or gained <= tol:
            return membership, passes
        a = kernels.aggregate(a, labels, n_groups)
        # each group's weight: its nodes' weights added in node order, as SciPy's ``m.T @ weights``
        weights = np.bincount(labels, weights=weights, minlength=n_groups)


def _communities(
    sids: list[str],
    src: np.ndarray,
    dst: np.ndarray,
    weight: np.ndarray,
    seed: int,
    kernels: Kernels | None = None,
) -> list[list[str]]:
    """Communities of the statements with an edge: the Constant Potts Model at :data:`RESOLUTION`.

    CPM scores a partition by the similarity inside each community less ``RESOLUTION`` per pair of its
    statements, a sum of terms local to each community; modularity instead weighs each community against
    the whole graph, so its communities merge as unrelated statements are added (its resolution limit).
    Louvain (:func:`_louvain_cpm`) optimises it ("potts" modularity, whose resolution is rescaled here by
    n^2 / total weight so that it is CPM's per pair), visiting nodes in statement-id order (no shuffle): a
    community's members are then moved in the same order whatever else is in the corpus. ``seed`` is kept
    for the signature (the visit order is fixed).
    """
    if not len(src):
        return []
    nodes = np.flatnonzero(np.bincount(np.r_[src, dst], minlength=len(sids)))  # the others: in no topic
    m = len(nodes)
    position = np.zeros(len(sids), np.int64)
    position[nodes] = np.arange(m)
    s, d = np.minimum(position[src], position[dst]), np.maximum(position[src], position[dst])
    key = s * m + d
    if len(key) > 1 and not (key[1:] > key[:-1]).all():  # _similarity_edges's are ordered already
        order = np.argsort(key)
        s, d, weight = s[order], d[order], weight[order]
    # The symmetric adjacency of the nodes in CSR order (by row, then column). With the edges ordered by
    # (s, d), s < d, a stable sort by row of the entries (d, s) then (s, d) puts each row's entries
    # below the diagonal first, by column, then those above it, by column (3 times faster than lexsort).
    rows, cols, w = np.r_[d, s], np.r_[s, d], np.r_[weight, weight]
    order = np.argsort(rows, kind="stable")
    indptr = np.r_[0, np.cumsum(np.bincount(rows, minlength=m))].astype(np.int64)
    adjacency = Csr(w[order], cols[order], indptr, (m, m))
    resolution = RESOLUTION * m * m / adjacency.data.sum()
    labels, _ = _louvain_cpm(adjacency, resolution, kernels=kernels or _kernels(len(sids)))
    out: dict[int, list[str]] = {}
    for i, label in zip(nodes.tolist(), labels.tolist(), strict=True):
        out.setdefault(int(label), []).append(sids[i])
    return list(out.values())


@collector_paused()  # see debatekit.collector: word lists and bags per statement, no cycles
def discover_topics(
    statements: pd.DataFrame, pack_of: Mapping[str, LanguagePack], *, seed: int = SEED
) -> tuple[pd.DataFrame, dict[str, str | None]]:
    """Discover topics in ``statements`` (see module docstring).

    Returns
    -------
    topics : DataFrame
        ``schema.TOPIC_COLUMNS`` with ``source == "discovered"``, ids "t0", "t1", ... by size.
    topic_of : dict
        statement_id -> topic_id, or None for statements in no group.
    """
    sw = _statement_words(statements, pack_of)
    stem = _stems(sorted({w for ws in sw.values() for w in ws}))
    bags = {sid: Counter(map(stem.__getitem__, ws)) for sid, ws in sw.items()}
    kernels = _kernels(len(bags))  # a small corpus never imports scipy.sparse
    sids, vocab, x = _matrix(bags, MAX_DF)
    src, dst, weight = _similarity_edges(x, kernels)
    communities = _communities(sids, src, dst, weight, seed, kernels)
    row = {sid: i for i, sid in enumerate(sids)}
    groups = sorted((sorted(c) for c in communities if len(c) >= 2), key=lambda c: (-len(c), c[0]))
    topic_of: dict[str, str | None] = dict.fromkeys(sw)
    member_rows = np.full(x.shape[0], -1, dtype=np.int64)
    for i, members in enumerate(groups):
        for sid in members:
            topic_of[sid] = f"t{i}"
            member_rows[row[sid]] = i
    rows = []
    for i, (members, top) in enumerate(zip(groups, _top_words(x, member_rows, len(groups)), strict=True)):
        words_ = [vocab[j] for j in top]
        rows.append(
            {
                "topic_id": f"t{i}",
                "label": " / ".join(words_[:3]),
                "top_words": words_,
                "n_statements": len(members),
                "source": "discovered",
            }
        )
    return schema.frame(schema.TOPIC_COLUMNS, rows), topic_of


def _top_words(x: Csr, topic: np.ndarray, n_topics: int) -> list[list[int]]:
    """Per topic, the TOP_WORDS columns of most weight summed over its rows (ties: lower column).

    ``topic`` gives each row's topic (-1: none). All topics at once: one pass over the matrix instead of
    a row selection per topic. Each sum adds its rows' weights in row order, as a per-topic sum would.
    """
    n_cols = max(x.shape[1], 1)
    of_entry = np.repeat(topic, np.diff(x.indptr))
    keep = of_entry >= 0
    t, c, v = of_entry[keep], np.asarray(x.indices, np.int64)[keep], x.data[keep]
    key, inverse = np.unique(t * n_cols + c, return_inverse=True)
    total = np.bincount(inverse.ravel(), weights=v, minlength=len(key))
    kt, kc = key // n_cols, key % n_cols
    order = np.lexsort((kc, -total, kt))  # per topic: heaviest first, then by word
    kt, kc = kt[order], kc[order]
    start, _ = _groups(kt)
    rank = np.arange(len(kt)) - start
    out: list[list[int]] = [[] for _ in range(n_topics)]
    for ti, ci in zip(kt[rank < TOP_WORDS].tolist(), kc[rank < TOP_WORDS].tolist(), strict=True):
        out[ti].append(ci)
    return out


def user_topics(
    statements: pd.DataFrame, topics: Mapping[str, Sequence[str]]
) -> tuple[pd.DataFrame, dict[str, str | None]]:
    """Assign each statement to the user topic whose words it uses most (ties: the first topic given).

    Words match loosely (:func:`~debatekit.relate.spans.same_word`): "digital" also finds "digitalisasi".
    """
    names = list(topics)
    ids: dict[str, str] = {}
    for name in names:
        base, i = _slug(name), 1
        tid = base
        while tid in ids.values():
            i += 1
            tid = f"{base}-{i}"
        ids[name] = tid
    lists = {name: [w.lower() for w in topics[name]] for name in names}
    topic_of: dict[str, str | None] = {}
    for sid, text in zip(statements["statement_id"], statements["text"], strict=True):
        low = text.lower() if isinstance(text, str) else ""
        toks = words(low)
        best, best_score = None, 0
        for name in names:
            hits = sum(
                1 for w in lists[name] if (w in low if " " in w else any(same_word(w, t) for t in toks))
            )
            if hits > best_score:
                best, best_score = name, hits
        topic_of[sid] = ids[best] if best is not None else None
    sizes = Counter(v for v in topic_of.values() if v)
    rows = [
        {
            "topic_id": ids[name],
            "label": name,
            "top_words": list(topics[name]),
            "n_statements": sizes.get(ids[name], 0),
            "source": "user",
        }
        for name in names
    ]
    return schema.frame(schema.TOPIC_COLUMNS, rows), topic_of


def assign_topics(
    statements: pd.DataFrame,
    pack_of: Mapping[str, LanguagePack],
    topics: Mapping[str, Sequence[str]] | None = None,
) -> tuple[pd.DataFrame, dict[str, str | None]]:
    """User topics when ``topics`` is given, else discovered ones. See :func:`user_topics`, :func:`discover_topics`."""
    if topics:
        if not isinstance(topics, Mapping):
            raise TypeError(
                "topics must map a topic name to a list of words, e.g. {'economy': ['tax', 'jobs']}"
            )
        return user_topics(statements, topics)
    return discover_topics(statements, pack_of)
