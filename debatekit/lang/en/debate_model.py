"""Debate graph pair model for English: logistic-regression weights over
:data:`debatekit.debate.pairs.FEATURES`, written by ``benchmarks/fit_debate_pairs.py --write``.

Fitted on the 12 ElecDeb development debates (US presidential debates, 1960-2020); the operating point
was chosen on leave-one-debate-out predictions for precision >= 0.6. C=0.1. (Fitted with 15 further
features left out: content position, shared figure / name / phrase, window similarity, self and
second-person words. They did not help out of fold and were removed from FEATURES.)
"""

# Feature name -> weight (on the raw feature values; no scaler needed).
DEBATE_PAIR_WEIGHTS: dict[str, float] = {
    "gap_1": 0.181671,
    "gap_2": 0.550348,
    "gap_log": -0.744103,
    "own_between": -0.981089,
    "target_latest": 0.181671,
    "target_candidate": 0.521880,
    "source_first": 0.157004,
    "source_second": 0.023022,
    "source_index_log": -0.751945,
    "source_position": -0.419055,
    "source_turn_log": -0.174162,
    "source_words_log": -0.325912,
    "target_last": -0.378245,
    "target_from_end_log": -0.665371,
    "target_position": 0.382454,
    "target_turn_log": -0.169505,
    "target_words_log": 0.148691,
    "shared_log": 0.673541,
    "shared_jaccard": -6.265075,
    "shared_best": -0.052198,
    "shared_turn_log": 0.249277,
    "source_negation": 0.070878,
    "target_negation": 0.205094,
    "negation_differs": 0.210897,
    "source_reject": 0.615398,
    "source_agree": -1.386287,
    "source_names_other": -0.079619,
    "source_names_target": 0.103570,
    "source_contrast": 0.082584,
    "source_question": -0.688787,
    "target_question": -0.349188,
    "source_number": -0.184708,
    "target_number": 0.353552,
    "same_segment": 0.475125,
    "opening_reply": -0.125236,
    "opening_reply_last": 1.619089,
    "opening_cue": 0.187043,
    "short_source_turn": 0.424430,
    "similarity": 7.057350,
    "similarity_best": -0.101299,
    "similarity_rank_log": -0.327239,
    "shared_idf_max": 0.016807,
    "source_other_side": 0.350115,
    "opening_after_short": 0.721738,
    "opening_after_moderator_last": 0.508724,
    "negation_shared": 0.203668,
    "other_side_shared": -0.284309,
}
# Intercept.
DEBATE_PAIR_BIAS = -3.048786
# Probability a candidate pair needs to become a ``rebuts`` edge.
DEBATE_PAIR_THRESHOLD = 0.42
# Targets one source statement may rebut at most (the most probable first).
DEBATE_PAIR_TOP_K = 2
