"""relate/louvain_pass.optimize_pass gives scikit-network's optimize_core results bit for bit."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.sparse import csr_matrix
from scipy.sparse import random as sparse_random

from debatekit.relate.louvain_pass import optimize_pass

TIED_WEIGHTS = [0.1, 0.15, 0.2, 1 / 3, 0.1000001, 0.3]  # float32 ties and near-ties, as in similarity graphs


def _problem(rng: np.random.Generator, int_type: type = np.int64) -> tuple[tuple, float]:
    """A random graph in optimize_core's normalised form: weighted or tied, self-loops, parts, 1..300 nodes."""
    n = int(rng.integers(1, 301))
    density = float(rng.choice([0.003, 0.01, 0.03, 0.1, 0.4]))
    m = sparse_random(n, n, density=density, random_state=rng, format="csr")
    if rng.random() < 0.5:
        m.data = rng.choice(TIED_WEIGHTS, size=m.data.size)
    if rng.random() < 0.3:  # two parts with no edge between them
        half = n // 2
        m = m.tolil()
        m[:half, half:] = 0
        m[half:, :half] = 0
        m = m.tocsr()
        m.eliminate_zeros()
    a = (m + m.T).tocsr()
    if rng.random() < 0.5:  # self-loops on some nodes
        a = (a + csr_matrix(np.diag((rng.random(n) < 0.2) * rng.random(n)))).tocsr()
    a.eliminate_zeros()
    if a.nnz == 0:
        a = csr_matrix(np.eye(n))
    a = (a / a.data.sum()).tocsr()
    weights = np.full(n, 1.0 / n)
    labels = np.arange(n, dtype=int_type)
    if rng.random() < 0.5:  # a later pass: nodes already grouped
        labels = rng.integers(0, max(1, n // 3), size=n).astype(int_type)
    cluster = np.bincount(labels, weights=weights, minlength=n).astype(np.float32)
    w32 = weights.astype(np.float32)
    args = (
        labels, a.indices.astype(int_type), a.indptr.astype(int_type), a.data.astype(np.float32),
        w32, w32, cluster, cluster.copy(), np.zeros(n, np.float32), a.diagonal().astype(np.float32),
    )  # fmt: skip
    resolution = float(rng.choice([0.3, 1.0, 2.5, 50 * rng.random()]))
    return args, resolution


def _copy(args: tuple) -> tuple:
    return tuple(x.copy() for x in args)


@pytest.mark.parametrize("int_type", [np.int64, np.int32])
@pytest.mark.parametrize("seed", range(12))
def test_one_pass_equals_optimize_core_bit_for_bit(seed: int, int_type: type) -> None:
    louvain_core = pytest.importorskip("sknetwork.clustering.louvain_core")
    rng = np.random.default_rng(seed)
    for _ in range(10):
        args, resolution = _problem(rng, int_type)
        compiled, pure = _copy(args), _copy(args)
        labels_c, gain_c = louvain_core.optimize_core(*compiled, np.float32(resolution), np.float32(np.inf))
        labels_p, gain_p = optimize_pass(*pure, resolution)
        assert np.asarray(labels_c).tolist() == labels_p.tolist()
        assert np.float32(gain_c).tobytes() == np.float32(gain_p).tobytes()
        for kept_c, kept_p in zip(compiled[6:9], pure[6:9], strict=True):  # weights updated in place
            assert kept_c.tobytes() == kept_p.tobytes()


@pytest.mark.parametrize("seed", range(5))
def test_passes_chained_to_a_standstill_stay_equal(seed: int) -> None:
    louvain_core = pytest.importorskip("sknetwork.clustering.louvain_core")
    rng = np.random.default_rng(100 + seed)
    args, resolution = _problem(rng)
    labels_c = labels_p = args[0]
    for _ in range(30):
        weights = args[4].astype(np.float64)
        c_args = (labels_c.copy(), *args[1:6])
        p_args = (labels_p.copy(), *args[1:6])
        cluster = np.bincount(labels_c, weights=weights, minlength=len(labels_c)).astype(np.float32)
        n = len(cluster)
        labels_c, gain_c = louvain_core.optimize_core(
            *c_args, cluster.copy(), cluster.copy(), np.zeros(n, np.float32), args[9],
            np.float32(resolution), np.float32(np.inf),
        )  # fmt: skip
        labels_c = np.asarray(labels_c)
        labels_p, gain_p = optimize_pass(
            *p_args, cluster.copy(), cluster.copy(), np.zeros(n, np.float32), args[9], resolution
        )
        assert labels_c.tolist() == labels_p.tolist()
        assert np.float32(gain_c) == np.float32(gain_p)
        if gain_c <= 0:
            break


def test_two_triangles_joined_by_a_weak_pair_become_two_communities() -> None:
    edges = [(0, 1, 1.0), (1, 2, 1.0), (0, 2, 1.0), (3, 4, 1.0), (4, 5, 1.0), (3, 5, 1.0), (2, 3, 0.1)]
    a, b, w = (np.array(x) for x in zip(*edges, strict=True))
    adjacency = csr_matrix((w, (a, b)), shape=(6, 6))
    adjacency = (adjacency + adjacency.T).tocsr()
    adjacency = (adjacency / adjacency.data.sum()).tocsr()
    w32 = np.full(6, 1 / 6, dtype=np.float32)
    labels = np.arange(6)
    for _ in range(5):
        cluster = np.bincount(labels, weights=w32.astype(float), minlength=6).astype(np.float32)
        labels, gain = optimize_pass(
            labels, adjacency.indices, adjacency.indptr, adjacency.data.astype(np.float32), w32, w32,
            cluster, cluster.copy(), np.zeros(6, np.float32), adjacency.diagonal().astype(np.float32),
            1.0,
        )  # fmt: skip
        if gain <= 0:
            break
    assert labels[0] == labels[1] == labels[2]
    assert labels[3] == labels[4] == labels[5]
    assert labels[0] != labels[3]


def test_an_isolated_node_keeps_its_label_and_gains_nothing() -> None:
    one = np.zeros(1, np.float32)
    labels, gain = optimize_pass(
        np.array([0]), np.array([0]), np.array([0, 1]), np.ones(1, np.float32), one + 1, one + 1,
        one + 1, one + 1, one.copy(), np.ones(1, np.float32), 1.0,
    )  # fmt: skip
    assert labels.tolist() == [0]
    assert gain == 0.0
