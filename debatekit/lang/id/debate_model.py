"""Debate graph pair model for Indonesian: no weights yet.

There is no annotated Indonesian debate to fit them on, so ``DEBATE_PAIR_WEIGHTS`` is empty and the debate
graph uses its cue rules (``relations.DEBATE_REJECT_CUES``, ``DEBATE_AGREE_CUES``, straight replies).
Fit weights with ``benchmarks/fit_debate_pairs.py`` on annotated debates to switch the model on.
"""

# Feature name (debatekit.debate.pairs.FEATURES) -> logistic-regression weight; empty: no model.
DEBATE_PAIR_WEIGHTS: dict[str, float] = {}
# Intercept of the logistic regression.
DEBATE_PAIR_BIAS = 0.0
# Probability a candidate pair needs to become a ``rebuts`` edge.
DEBATE_PAIR_THRESHOLD = 1.0
# Targets one source statement may rebut at most.
DEBATE_PAIR_TOP_K = 1
