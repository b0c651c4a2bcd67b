"""Debate graph pair model for English: logistic-regression weights over
:data:`debatekit.debate.pairs.FEATURES`, written by ``benchmarks/fit_debate_pairs.py --write``.

Fitted on the 12 ElecDeb development debates (US presidential debates, 1960-2020); the operating point
was chosen on leave-one-debate-out predictions for precision >= 0.6. C=0.1, pair weights sqrt (each
labelled pair weighted 1 / sqrt(labelled pairs of its turn pair)); candidates include the turn behind an
interjection. Held out (leave one debate out, nested operating point): attack P 0.610 R 0.207 F1 0.309;
in sample P 0.646 R 0.233 F1 0.342. (Fitted earlier with 15 further features left out: content position,
shared figure / name / phrase, window similarity, self and second-person words. They did not help out of
fold and were removed from FEATURES.)
"""

# Feature name -> weight (on the raw feature values; no scaler needed).
DEBATE_PAIR_WEIGHTS: dict[str, float] = {
    "gap_1": -0.031609,
    "gap_2": 0.409543,
    "gap_log": -1.561110,
    "own_between": 0.202814,
    "target_latest": -0.031609,
    "target_behind_interjection": 0.663061,
    "target_candidate": 1.484628,
    "source_first": -0.258752,
    "source_second": 0.038112,
    "source_index_log": -0.985458,
    "source_position": -0.046067,
    "source_turn_log": -0.118741,
    "source_words_log": -0.649132,
    "target_last": 0.076727,
    "target_from_end_log": -0.841809,
    "target_position": -0.104227,
    "target_turn_log": -0.019124,
    "target_words_log": 0.288005,
    "shared_log": 0.075473,
    "shared_jaccard": -3.978118,
    "shared_best": -0.243482,
    "shared_turn_log": 0.483316,
    "source_negation": -0.189089,
    "target_negation": 0.171433,
    "negation_differs": 0.374590,
    "source_reject": 0.596254,
    "source_agree": -0.984023,
    "source_names_other": -0.349770,
    "source_names_target": 0.083535,
    "source_contrast": -0.076301,
    "source_question": -1.609532,
    "target_question": -0.411654,
    "source_number": -0.102963,
    "target_number": 0.519097,
    "same_segment": 1.010818,
    "opening_reply": -0.078413,
    "opening_reply_last": 1.217150,
    "opening_cue": 0.449397,
    "short_source_turn": 0.334215,
    "similarity": 5.909392,
    "similarity_best": 0.249115,
    "similarity_rank_log": -0.445644,
    "shared_idf_max": -0.004857,
    "source_other_side": 0.449560,
    "opening_after_short": 0.466702,
    "opening_after_moderator_last": 0.763375,
    "negation_shared": 0.115914,
    "other_side_shared": -0.189368,
}
# Intercept.
DEBATE_PAIR_BIAS = -3.070023
# Probability a candidate pair needs to become a ``rebuts`` edge.
DEBATE_PAIR_THRESHOLD = 0.37
# Targets one source statement may rebut at most (the most probable first).
DEBATE_PAIR_TOP_K = 2
