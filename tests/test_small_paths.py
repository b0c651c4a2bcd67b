"""The SciPy-free paths of small corpora give what the sparse paths give, exactly.

``align.blocking.candidate_pairs`` takes a path of its own below ``SMALL_CORPUS`` statements, and
``relate.topics.discover_topics`` its NumPy matrix primitives instead of SciPy's (so that a small run
never imports scipy.sparse); each test runs the same generated input down both, the threshold moved
with ``monkeypatch``, or calls both primitives of a pair on the same arrays.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
import pytest

from debatekit.align import blocking
from debatekit.relate import topics

SYLLABLES = ["ka", "ro", "mi", "tu", "sen", "dal", "pra", "vo", "lek", "ni", "bar", "gus"]


def _words(rng: np.random.Generator, n: int) -> list[str]:
    """``n`` distinct made-up words of three syllables (six letters or more: topic words count)."""
    out: set[str] = set()
    while len(out) < n:
        out.add("".join(rng.choice(SYLLABLES, 3)))
    return sorted(out)


def _both(
    monkeypatch: pytest.MonkeyPatch, module: object, call: Callable[..., Any], *args: Any
) -> tuple[Any, Any]:
    """``call(*args)`` down the small path, then down the sparse path."""
    monkeypatch.setattr(module, "SMALL_CORPUS", 10**9)
    small = call(*args)
    monkeypatch.setattr(module, "SMALL_CORPUS", -1)
    return small, call(*args)


@pytest.mark.parametrize("seed", range(4))
def test_candidate_pairs_small_path_is_the_sparse_path(monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    rng = np.random.default_rng(seed)
    found = 0
    for trial in range(40):
        n = int(rng.integers(1, 150))
        vocab = _words(rng, int(rng.integers(3, 40)))
        lists = [list(rng.choice(vocab, int(rng.integers(0, 12)))) for _ in range(n)]
        enc = blocking.encode(lists)
        groups = rng.integers(0, max(1, n // 3), n)
        need = rng.random(n) < 0.3 if trial % 2 else None
        cap, least = int(rng.choice([3, 8, 64])), int(rng.choice([1, 2, 3]))
        small, sparse = _both(monkeypatch, blocking, blocking.candidate_pairs, enc, groups, cap, least, need)
        for got, want in zip(small, sparse, strict=True):
            assert got.dtype == want.dtype
            np.testing.assert_array_equal(got, want)
        found += len(small[0])
    assert found > 100  # the inputs do pair statements


@pytest.mark.parametrize("seed", range(3))
def test_discover_topics_small_path_is_the_sparse_path(monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    rng = np.random.default_rng(seed)
    words = _words(rng, 300)
    n_topics = 0
    for _ in range(12):
        n = int(rng.integers(2, 250))
        nv = int(rng.integers(10, 300))
        # statements drawn around themes, so that the graph has communities Louvain aggregates
        themes = rng.integers(0, nv, (max(1, n // 10), 12))
        texts = []
        for _ in range(n):
            theme = themes[rng.integers(0, len(themes))]
            picks = list(rng.choice(theme, int(rng.integers(2, 14)))) + list(
                rng.integers(0, nv, int(rng.integers(0, 6)))
            )
            texts.append(" ".join(words[w] for w in picks))
        statements = pd.DataFrame({"statement_id": [f"s{i:04d}" for i in rng.permutation(n)], "text": texts})
        (small, small_of), (sparse, sparse_of) = _both(
            monkeypatch, topics, topics.discover_topics, statements, {}
        )
        pd.testing.assert_frame_equal(small, sparse)
        assert small_of == sparse_of
        n_topics += len(small)
    assert n_topics > 20


def test_small_paths_on_no_statements(monkeypatch: pytest.MonkeyPatch) -> None:
    empty = pd.DataFrame({"statement_id": pd.Series([], dtype=object), "text": pd.Series([], dtype=object)})
    (small, small_of), (sparse, sparse_of) = _both(monkeypatch, topics, topics.discover_topics, empty, {})
    pd.testing.assert_frame_equal(small, sparse)
    assert small_of == sparse_of == {}
    enc = blocking.encode([])
    small_pairs, sparse_pairs = _both(
        monkeypatch, blocking, blocking.candidate_pairs, enc, np.zeros(0, np.int64)
    )
    for got, want in zip(small_pairs, sparse_pairs, strict=True):
        np.testing.assert_array_equal(got, want)


def _random_graph(rng: np.random.Generator) -> topics.Csr:
    """A symmetric weighted graph of 2-60 nodes as CSR arrays in CSR order, as ``_communities`` builds it."""
    k = int(rng.integers(2, 60))
    src, dst = rng.integers(0, k, 3 * k), rng.integers(0, k, 3 * k)
    key = np.unique((src * k + dst)[src < dst])
    src, dst, weight = key // k, key % k, rng.random(len(key))
    rows, cols, w = np.r_[src, dst], np.r_[dst, src], np.r_[weight, weight]
    order = np.lexsort((cols, rows))
    indptr = np.r_[0, np.cumsum(np.bincount(rows, minlength=k))].astype(np.int64)
    return topics.Csr(w[order] / w.sum(), cols[order], indptr, (k, k))


def heavy_of(m: topics.Csr, heavy: np.ndarray, row: int) -> np.ndarray:
    """Row ``row``'s indexed words as a 0/1 vector over the columns."""
    out = np.zeros(m.shape[1], bool)
    lo, hi = m.indptr[row], m.indptr[row + 1]
    out[m.indices[lo:hi][heavy[lo:hi]]] = True
    return out


@pytest.mark.parametrize("seed", range(3))
def test_numpy_and_scipy_primitives_give_the_same_arrays(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n_reach = 0
    for _ in range(30):
        a = _random_graph(rng)
        labels = np.unique(rng.integers(0, max(1, a.shape[0] // 3), a.shape[0]), return_inverse=True)[1]
        n_groups = int(labels.max()) + 1
        dense, sparse = (
            topics.NUMPY.aggregate(a, labels, n_groups),
            topics.SCIPY.aggregate(a, labels, n_groups),
        )
        for got, want in zip(dense[:3], sparse[:3], strict=True):
            np.testing.assert_array_equal(got, want)
        assert dense.shape == sparse.shape == (n_groups, n_groups)
        # a second level sums what the first summed: still the same bits
        again = labels[:n_groups] // 2
        np.testing.assert_array_equal(
            topics.NUMPY.aggregate(dense, again, int(again.max()) + 1).data,
            topics.SCIPY.aggregate(sparse, again, int(again.max()) + 1).data,
        )
        pairs = rng.integers(0, a.shape[0], (2, 40))
        np.testing.assert_array_equal(
            topics.NUMPY.dots(topics.NUMPY.prepare(a), *pairs),
            topics.SCIPY.dots(topics.SCIPY.prepare(a), *pairs),
        )
        # the graph as a matrix of word weights, split at random into indexed and light words
        m = topics.Csr(rng.uniform(0.0, 0.6, len(a.data)), a.indices, a.indptr, a.shape)
        rows = np.repeat(np.arange(m.shape[0]), np.diff(m.indptr))
        heavy = rng.random(len(m.data)) < 0.5
        norm = np.sqrt(np.bincount(rows[~heavy], weights=m.data[~heavy] ** 2, minlength=m.shape[0]))

        def part(mask: np.ndarray, m: topics.Csr = m, rows: np.ndarray = rows) -> topics.Csr:
            indptr = np.r_[0, np.cumsum(np.bincount(rows[mask], minlength=m.shape[0]))]
            return topics.Csr(m.data[mask], m.indices[mask], indptr, m.shape)

        small, large = (
            set(zip(*map(np.ndarray.tolist, k.pairs(part(heavy), part(~heavy), norm)), strict=True))
            for k in (topics.NUMPY, topics.SCIPY)
        )
        assert large <= small  # SciPy's drops the pairs its bound rules out, NumPy's none
        full = np.zeros(m.shape)
        full[rows, m.indices] = m.data
        # every pair that reaches the threshold over the words one of them indexes is kept by both
        reach = {
            (i, j)
            for i in range(m.shape[0])
            for j in range(i + 1, m.shape[0])
            if (full[i] * full[j] * (heavy_of(m, heavy, i) | heavy_of(m, heavy, j))).sum() + norm[i] * norm[j]
            >= topics.MIN_SIMILARITY
            and (full[i] * full[j] * (heavy_of(m, heavy, i) | heavy_of(m, heavy, j))).sum() > 0
        }
        n_reach += len(reach)
        assert reach <= large
    assert n_reach > 20
