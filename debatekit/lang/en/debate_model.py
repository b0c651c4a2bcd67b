"""Debate graph pair model for English (placeholder until ``benchmarks/fit_debate_pairs.py --write``)."""

DEBATE_PAIR_WEIGHTS: dict[str, float] = {}
DEBATE_PAIR_BIAS = 0.0
DEBATE_PAIR_THRESHOLD = 1.0
DEBATE_PAIR_TOP_K = 1
