"""Debate graph pair model for English: logistic-regression weights over
:data:`debatekit.debate.pairs.FEATURES`, written by ``benchmarks/fit_debate_pairs.py --write``.

Fitted on the 12 ElecDeb development debates (US presidential debates, 1960-2020); the operating point
was chosen on leave-one-debate-out predictions for precision >= 0.6. C=0.1.
"""

# Feature name -> weight (on the raw feature values; no scaler needed).
DEBATE_PAIR_WEIGHTS: dict[str, float] = {
    "gap_1": 0.204795,
    "gap_2": 0.605485,
    "gap_log": -0.758414,
    "own_between": -0.991524,
    "target_latest": 0.204795,
    "target_candidate": 0.544487,
    "source_first": 0.211923,
    "source_second": 0.052513,
    "source_index_log": -0.707735,
    "source_position": -0.544128,
    "source_turn_log": -0.177708,
    "source_words_log": -0.316083,
    "target_last": -0.340948,
    "target_from_end_log": -0.647407,
    "target_position": 0.368571,
    "target_turn_log": -0.189092,
    "target_words_log": 0.150639,
    "shared_log": 0.676124,
    "shared_jaccard": -6.127386,
    "shared_best": -0.098088,
    "shared_turn_log": 0.249216,
    "source_negation": 0.115233,
    "target_negation": 0.232047,
    "negation_differs": 0.196014,
    "source_reject": 0.583299,
    "source_agree": -1.165538,
    "source_names_other": -0.088320,
    "source_names_target": 0.148436,
    "source_contrast": 0.067963,
    "source_question": -0.695802,
    "target_question": -0.578882,
    "source_number": -0.165281,
    "target_number": 0.375271,
    "same_segment": 0.456075,
    "opening_reply": -0.131114,
    "opening_reply_last": 1.549462,
    "opening_cue": 0.158074,
    "short_source_turn": 0.416484,
    "similarity": 7.072396,
    "similarity_best": -0.102774,
    "similarity_rank_log": -0.337691,
    "shared_idf_max": 0.013075,
    "source_other_side": 0.377927,
    "opening_after_short": 0.710947,
    "opening_after_moderator_last": 0.483193,
    "negation_shared": 0.166563,
    "other_side_shared": -0.278482,
}
# Intercept.
DEBATE_PAIR_BIAS = -3.111614
# Probability a candidate pair needs to become a ``rebuts`` edge.
DEBATE_PAIR_THRESHOLD = 0.42
# Targets one source statement may rebut at most (the most probable first).
DEBATE_PAIR_TOP_K = 2
