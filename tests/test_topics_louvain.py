"""Louvain on CPM (relate/topics._louvain_cpm) stops on graphs where float32 ties made it cycle."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.sparse import csr_matrix

from debatekit.relate import topics

# A graph of 31 nodes found by a seeded search of random graphs with tied weights: scikit-network's
# Louvain with zero tolerance never finishes on it (nodes trade places between two communities whose
# gains differ only by float32 rounding), as it never finished on the similarity graph of 8,000 articles.
TIED = [
    (0, 24, 0.3), (0, 27, 0.15), (1, 2, 0.3), (1, 6, 0.1000001), (1, 8, 0.15), (2, 3, 0.2), (2, 6, 0.15),
    (2, 12, 0.15), (2, 27, 0.1000001), (2, 29, 0.2), (3, 11, 0.1000001), (3, 17, 0.2), (3, 22, 0.4000001),
    (3, 25, 0.1000001), (3, 26, 0.15), (4, 10, 0.1000001), (4, 11, 0.45), (4, 17, 0.2), (5, 13, 0.4),
    (5, 24, 0.3), (6, 11, 0.35), (6, 12, 0.1000001), (6, 16, 0.3), (6, 24, 0.3333333333),
    (6, 27, 0.3333333333), (6, 29, 0.3), (7, 9, 0.15), (7, 18, 0.3333333333), (7, 27, 0.15), (7, 29, 0.2),
    (8, 11, 0.1000001), (8, 22, 0.2), (8, 25, 0.3), (9, 17, 0.4333334333), (9, 21, 0.1000001),
    (9, 23, 0.3333333333), (10, 16, 0.3333333333), (10, 17, 0.3), (10, 19, 0.3333333333), (10, 21, 0.15),
    (10, 27, 0.3), (11, 16, 0.3333333333), (11, 17, 0.3333333333), (11, 18, 0.3333333333),
    (12, 28, 0.1000001), (13, 24, 0.3333333333), (13, 27, 0.1000001), (13, 28, 0.1000001), (14, 17, 0.15),
    (15, 23, 0.15), (15, 28, 0.2), (16, 21, 0.15), (16, 27, 0.1000001), (17, 19, 0.3),
    (17, 20, 0.3333333333), (17, 22, 0.15), (17, 25, 0.3333333333), (18, 24, 0.1000001),
    (19, 24, 0.3333333333), (19, 29, 0.15), (21, 23, 0.3), (21, 26, 0.1000001), (23, 30, 0.2),
    (26, 27, 0.15),
]  # fmt: skip


def _graph(edges: list[tuple[int, int, float]], cpm: float) -> tuple[csr_matrix, float]:
    """Symmetric adjacency and the "potts" resolution that is CPM's ``cpm`` per pair (as _communities)."""
    a, b, w = (np.array(x) for x in zip(*edges, strict=True))
    n = int(max(a.max(), b.max())) + 1
    adjacency = csr_matrix((w, (a, b)), shape=(n, n))
    adjacency = (adjacency + adjacency.T).tocsr()
    return adjacency, cpm * n * n / adjacency.data.sum()


def test_tied_graph_stops_by_tolerance_well_before_the_pass_bound() -> None:
    adjacency, resolution = _graph(TIED, 0.05)
    labels, passes = topics._louvain_cpm(adjacency, resolution)
    assert len(labels) == 31
    assert passes < 20
    assert 1 < len(set(labels.tolist())) < 31


def test_without_tolerance_the_pass_bound_still_ends_the_cycle(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(topics, "TOLERANCE", 0.0)
    adjacency, resolution = _graph(TIED, 0.05)
    _, passes = topics._louvain_cpm(adjacency, resolution)
    assert passes >= topics.MAX_PASSES  # it did cycle: only the bound stopped the level
    assert passes <= 3 * topics.MAX_PASSES  # and a bound it is: at most MAX_PASSES per level


def test_two_cliques_joined_by_one_weak_pair_are_two_communities() -> None:
    clique = [(i, j, 0.6) for i in range(5) for j in range(i + 1, 5)]
    other = [(i + 5, j + 5, w) for i, j, w in clique]
    adjacency, resolution = _graph([*clique, *other, (4, 5, 0.16)], topics.RESOLUTION)
    labels, _ = topics._louvain_cpm(adjacency, resolution)
    assert len(set(labels[:5].tolist())) == 1
    assert len(set(labels[5:].tolist())) == 1
    assert labels[0] != labels[5]


def test_communities_are_the_same_whatever_the_order_edges_are_listed() -> None:
    sids = [f"s{i:02d}" for i in range(31)]
    a, b, w = (np.array(x) for x in zip(*TIED, strict=True))
    order = np.random.default_rng(0).permutation(len(a))
    first = topics._communities(sids, a, b, w, 0)
    again = topics._communities(sids, a[order], b[order], w[order], 0)
    assert sorted(map(sorted, first)) == sorted(map(sorted, again))


@pytest.mark.parametrize("cpm", [0.05, 0.1, 0.2])
def test_pure_and_compiled_passes_give_the_same_communities_and_passes(cpm: float) -> None:
    pytest.importorskip("sknetwork")
    adjacency, resolution = _graph(TIED, cpm)
    pure = topics._louvain_cpm(adjacency, resolution, pure=True)
    compiled = topics._louvain_cpm(adjacency, resolution, pure=False)
    assert pure[1] == compiled[1] and np.array_equal(pure[0], compiled[0])
    assert np.array_equal(topics._louvain_cpm(adjacency, resolution)[0], pure[0])  # small: the pure pass


def test_the_touched_node_queue_revisits_fewer_rows_and_keeps_the_two_cliques(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clique = [(i, j, 0.6) for i in range(5) for j in range(i + 1, 5)]
    other = [(i + 5, j + 5, w) for i, j, w in clique]
    adjacency, resolution = _graph([*clique, *other, (4, 5, 0.16)], topics.RESOLUTION)
    with_queue, _ = topics._louvain_cpm(adjacency, resolution)
    monkeypatch.setattr(topics, "QUEUE", False)
    without, _ = topics._louvain_cpm(adjacency, resolution)
    assert np.array_equal(with_queue, without)
