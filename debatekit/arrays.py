"""Index arithmetic on numpy arrays shared by the matchers (align/blocking.py) and topics (relate/topics.py)."""

from __future__ import annotations

import numpy as np


def ranges(start: np.ndarray, count: np.ndarray) -> np.ndarray:
    """``start[i], ..., start[i] + count[i] - 1`` for every ``i``, concatenated.

    Examples
    --------
    >>> ranges(np.array([5, 0]), np.array([2, 3])).tolist()
    [5, 6, 0, 1, 2]
    """
    offset = np.cumsum(count) - count
    return np.arange(int(count.sum()), dtype=np.int64) + np.repeat(start - offset, count)


# segments' values from which :func:`sort_segments` sorts with SciPy: importing scipy.sparse costs about
# 0.15 s CPU, more than one numpy sort of a million values
SPARSE_SORT_MIN = 1 << 20


def sort_segments(values: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """``values`` sorted within each segment ``values[offsets[k] : offsets[k + 1]]``, segments in place.

    ``values`` are non-negative integers below 2**31. Many short segments (a statement's words) are
    sorted row by row by SciPy (``csr_matrix.sort_indices``), several times faster than one sort of
    ``(segment, value)`` keys over millions of values; below :data:`SPARSE_SORT_MIN` values, that sort.

    Examples
    --------
    >>> sort_segments(np.array([3, 1, 2, 9, 0]), np.array([0, 3, 3, 5])).tolist()
    [1, 2, 3, 0, 9]
    """
    n_seg = len(offsets) - 1
    if not len(values):
        return values.copy()
    if len(values) < SPARSE_SORT_MIN:
        seg = np.repeat(np.arange(n_seg, dtype=np.int64), np.diff(offsets))
        bits = max(int(values.max()).bit_length(), 1)
        return (np.sort((seg << bits) | values) & ((1 << bits) - 1)).astype(values.dtype)
    import scipy.sparse as sp

    m = sp.csr_matrix(
        (np.zeros(len(values), np.int8), values.astype(np.int32), offsets),
        shape=(n_seg, int(values.max()) + 1),
    )
    m.has_sorted_indices = False  # never trusted: sort_indices would skip a matrix flagged sorted
    m.sort_indices()
    return m.indices.astype(values.dtype)
