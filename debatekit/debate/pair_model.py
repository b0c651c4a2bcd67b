"""The pair model: a logistic regression over the features of :mod:`debatekit.debate.pairs` that says
which candidate (statement, earlier statement of another speaker) pairs are rebuttals.

Weights are plain constants in the language pack (``debatekit/lang/<code>/debate_model.py``), fitted by
``benchmarks/fit_debate_pairs.py``; inference is a dot product in numpy. A pack without weights
(``DEBATE_PAIR_WEIGHTS = {}``) has no model, and the debate graph falls back to its cue rules.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from debatekit.debate.pairs import FEATURES
from debatekit.lang import LanguagePack


@dataclass(frozen=True)
class PairModel:
    """Weights by feature name, bias, the probability a pair needs (``threshold``) and how many targets
    one source statement may rebut (``top_k``).

    Examples
    --------
    >>> import numpy as np
    >>> m = PairModel({"gap_1": 2.0}, bias=-1.0, threshold=0.5)
    >>> X = np.zeros((2, len(FEATURES))); X[0, FEATURES.index("gap_1")] = 1.0
    >>> m.probabilities(X).round(3).tolist()
    [0.731, 0.269]
    """

    weights: Mapping[str, float]
    bias: float
    threshold: float
    top_k: int = 1
    vector: np.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        unknown = sorted(set(self.weights) - set(FEATURES))
        if unknown:
            raise ValueError(f"pair model weights name unknown features: {', '.join(unknown)}")
        vec = np.array([float(self.weights.get(f, 0.0)) for f in FEATURES])
        object.__setattr__(self, "vector", vec)

    @classmethod
    def from_pack(cls, pack: LanguagePack) -> PairModel | None:
        """The pack's model, or None when the pack holds no weights (rule behaviour)."""
        m = pack.debate_model
        if not m.DEBATE_PAIR_WEIGHTS:
            return None
        return cls(m.DEBATE_PAIR_WEIGHTS, m.DEBATE_PAIR_BIAS, m.DEBATE_PAIR_THRESHOLD, m.DEBATE_PAIR_TOP_K)

    def probabilities(self, X: np.ndarray) -> np.ndarray:
        """P(rebuttal) of each row of a feature matrix (columns :data:`~debatekit.debate.pairs.FEATURES`)."""
        if not len(X):
            return np.zeros(0)
        z = X @ self.vector + self.bias
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))

    def select(self, source: np.ndarray, p: np.ndarray) -> list[int]:
        """Indexes of the pairs kept: probability at least ``threshold``, at most ``top_k`` per source
        (highest first; ties by index, so the choice is deterministic)."""
        keep: list[int] = []
        per: dict[int, int] = {}
        for i in sorted(np.flatnonzero(p >= self.threshold).tolist(), key=lambda i: (-p[i], i)):
            s = int(source[i])
            if per.get(s, 0) < self.top_k:
                per[s] = per.get(s, 0) + 1
                keep.append(i)
        return sorted(keep)
