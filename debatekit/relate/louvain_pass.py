"""One pass of Louvain's local moving in pure Python, bit for bit scikit-network's ``optimize_core``.

scikit-network's package import (all its subpackages) costs more CPU than the whole Louvain on a small
graph (the examples, one debate), so small graphs are moved here instead: same visit order (nodes by
index, a node's neighbouring communities by ascending label, as the C++ ``std::set``), same float32
arithmetic, same ties (a move needs a strictly larger gain), hence the same labels and gain.

float32 is emulated with Python floats rounded through an ``array('f')`` after each operation: one
operation on two float32 values is exact or rounded once in double (53 >= 2 * 24 + 2 bits, so rounding
the double result again to float32 gives the correctly rounded float32 result), and the compiled code
evaluates float expressions in float (SSE, no fused multiply-add), left to right as written.
"""

from __future__ import annotations

from array import array

import numpy as np


def optimize_pass(
    labels: np.ndarray,
    indices: np.ndarray,
    indptr: np.ndarray,
    data: np.ndarray,
    out_weights: np.ndarray,
    in_weights: np.ndarray,
    out_cluster_weights: np.ndarray,
    in_cluster_weights: np.ndarray,
    cluster_weights: np.ndarray,
    self_loops: np.ndarray,
    resolution: float,
) -> tuple[np.ndarray, float]:
    """One local-moving pass: ``optimize_core(..., resolution, tol_optimization=inf)`` without Cython.

    Arguments are those of ``sknetwork.clustering.louvain_core.optimize_core`` (CSR arrays of the
    normalised adjacency, float32 weights), less the tolerance: exactly one pass is made. As there,
    ``labels``, ``out_cluster_weights``, ``in_cluster_weights`` and ``cluster_weights`` are updated in
    place; the labels and the pass's gain (a float32 value, as a float) are returned.

    Examples
    --------
    >>> from scipy.sparse import csr_matrix
    >>> a = csr_matrix(np.array([[0, 1, 0], [1, 0, 0], [0, 0, 0]], dtype=np.float32) / 2)
    >>> w = np.full(3, 1 / 3, dtype=np.float32)
    >>> labels, gain = optimize_pass(
    ...     np.arange(3), a.indices, a.indptr, a.data, w, w, w.copy(), w.copy(),
    ...     np.zeros(3, np.float32), a.diagonal(), 1.0)
    >>> labels.tolist()
    [1, 1, 2]
    """
    buf = array("f", [0.0])  # a store rounds a double to float32 (round to nearest even), as C's cast
    buf[0] = resolution
    res = buf[0]
    lab = labels.tolist()
    idx = indices.tolist()
    ptr = indptr.tolist()
    dat = np.asarray(data, dtype=np.float32).tolist()
    ow_ = np.asarray(out_weights, dtype=np.float32).tolist()
    iw_ = np.asarray(in_weights, dtype=np.float32).tolist()
    loops = np.asarray(self_loops, dtype=np.float32).tolist()
    # float32 storage: ``x[k] op= y`` on these is one float32 operation
    ocw = array("f", np.asarray(out_cluster_weights, dtype=np.float32).tobytes())
    icw = array("f", np.asarray(in_cluster_weights, dtype=np.float32).tobytes())
    cw = array("f", np.asarray(cluster_weights, dtype=np.float32).tobytes())
    increase = 0.0
    for i in range(len(lab)):
        label = lab[i]
        targets = set()
        start, end = ptr[i], ptr[i + 1]
        for k, d in zip(idx[start:end], dat[start:end], strict=True):
            t = lab[k]
            targets.add(t)
            cw[t] += d
        targets.discard(label)
        if targets:
            ow = ow_[i]
            iw = iw_[i]
            buf[0] = res * ow
            r_out = buf[0]
            buf[0] = res * iw
            r_in = buf[0]
            # the node leaving its community: 2 * (cw - loop) - r_out * (icw - iw) - r_in * (ocw - ow)
            buf[0] = cw[label] - loops[i]
            delta = 2 * buf[0]  # doubling a float32 is exact
            buf[0] = icw[label] - iw
            buf[0] = r_out * buf[0]
            buf[0] = delta - buf[0]
            delta = buf[0]
            buf[0] = ocw[label] - ow
            buf[0] = r_in * buf[0]
            buf[0] = delta - buf[0]
            delta = buf[0]
            best = 0.0
            label_best = label
            for t in sorted(targets):
                buf[0] = r_out * icw[t]
                buf[0] = 2 * cw[t] - buf[0]
                local = buf[0]
                buf[0] = r_in * ocw[t]
                buf[0] = local - buf[0]
                buf[0] = buf[0] - delta
                local = buf[0]
                if local > best:
                    best = local
                    label_best = t
                cw[t] = 0.0
            if label_best != label:
                buf[0] = increase + best
                increase = buf[0]
                lab[i] = label_best
                ocw[label] -= ow
                icw[label] -= iw
                ocw[label_best] += ow
                icw[label_best] += iw
        cw[label] = 0.0
    labels[:] = lab
    out_cluster_weights[:] = np.frombuffer(ocw, dtype=np.float32)
    in_cluster_weights[:] = np.frombuffer(icw, dtype=np.float32)
    cluster_weights[:] = np.frombuffer(cw, dtype=np.float32)
    return labels, increase
