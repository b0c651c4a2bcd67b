"""CPU of topic Louvain with the pure-Python pass against scikit-network's compiled one plus its import.

Prints the CPU of ``from sknetwork.clustering.louvain_core import optimize_core`` in a fresh process
(numpy and scipy.sparse already imported, as they are when topics run), then, on similarity-like graphs
of growing size (random sparse graphs, weights 0.1-0.6, about ``--degree`` neighbours a node), the CPU of
``relate.topics._louvain_cpm`` with each pass, checks the communities are identical, and the largest
size (stored entries) at which the pure pass costs less than the compiled one and the import. Best of
``--repeat``; CPU time, not wall time (the machine is shared).

    python benchmarks/bench_louvain.py [--degree 8] [--repeat 3]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time

import numpy as np
from scipy.sparse import csr_matrix

from debatekit.relate import topics

IMPORT = (
    "import time, numpy, scipy.sparse; t = time.process_time(); "
    "from sknetwork.clustering.louvain_core import optimize_core; print(time.process_time() - t)"
)
SIZES = [50, 100, 300, 1000, 2000, 4000, 8000, 12000, 16000, 20000, 24000, 32000]  # stored entries, roughly


def import_cpu(repeat: int) -> float:
    """Best CPU seconds of the compiled pass's import, each in a fresh interpreter."""
    runs = [float(subprocess.check_output([sys.executable, "-c", IMPORT])) for _ in range(repeat)]
    return min(runs)


def graph(entries: int, degree: int, seed: int) -> tuple[csr_matrix, float]:
    """A symmetric similarity-like graph with about ``entries`` stored entries, and its CPM resolution."""
    rng = np.random.default_rng(seed)
    n = max(2, entries // degree)
    pairs = entries // 2
    src = rng.integers(0, n, pairs)
    # neighbours near in index (topics: a debate's statements are adjacent ids), some far
    dst = np.where(rng.random(pairs) < 0.8, src + rng.integers(1, 20, pairs), rng.integers(0, n, pairs))
    dst = dst % n
    keep = src != dst
    w = np.round(rng.uniform(0.1, 0.6, keep.sum()), 2)  # rounded weights: ties, as in tf-idf cosines
    a = csr_matrix((w, (src[keep], dst[keep])), shape=(n, n))
    a.sum_duplicates()
    a = (a + a.T).tocsr()
    return a, topics.RESOLUTION * n * n / a.data.sum()


def louvain_cpu(adjacency: csr_matrix, resolution: float, pure: bool, repeat: int) -> tuple:
    """Best CPU seconds of ``_louvain_cpm`` with the pure or compiled pass, and its labels and passes."""
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        labels, passes = topics._louvain_cpm(adjacency, resolution, pure=pure)
        best = min(best, time.process_time() - t)
    return best, labels, passes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--degree", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    cost = import_cpu(args.repeat)
    print(
        f"import sknetwork.clustering.louvain_core: {cost:.3f} s CPU (fresh process, best of {args.repeat})"
    )
    print(
        f"{'entries':>8} {'nodes':>6} {'passes':>6} {'pure s':>8} {'compiled s':>10} {'+import s':>9}  same"
    )
    threshold = 0
    for size in SIZES:
        adjacency, resolution = graph(size, args.degree, seed=size)
        pure_s, pure_labels, passes = louvain_cpu(adjacency, resolution, True, args.repeat)
        comp_s, comp_labels, _ = louvain_cpu(adjacency, resolution, False, args.repeat)
        same = pure_labels.tolist() == comp_labels.tolist()
        print(
            f"{adjacency.nnz:>8} {adjacency.shape[0]:>6} {passes:>6} {pure_s:>8.4f} {comp_s:>10.4f}"
            f" {comp_s + cost:>9.4f}  {same}"
        )
        if pure_s < comp_s + cost:
            threshold = adjacency.nnz
    print(f"pure pass cheaper including the import up to about {threshold} stored entries")


if __name__ == "__main__":
    main()
