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
