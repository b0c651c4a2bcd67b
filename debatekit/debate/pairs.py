"""Candidate rebuttal pairs of a debate and their features, for the pair model (:mod:`.pair_model`).

A candidate pairs a statement of a candidate's turn (the source) with a statement of an earlier turn by
another speaker (the target): for each other speaker, the most recent of their turns within
``MAX_BACK`` turns before the source turn, and the one before it when that most recent turn only cut in
(one statement of at most ``INTERJECTION_WORDS`` words); a moderator's or panelist's question is no
target. On the ElecDeb development debates the candidate pairs whose ends both cover gold components reach
92% of the gold cross-speaker attacks, 86% without the turns behind an interjection (149,446 pairs
instead of 128,896); the rest reach further back, come from a moderator or point forward.

Each pair is described by numbers that need no data to compute and hold across languages, given the
pack's word lists: where the two statements stand in their turns (an attack usually opens a reply and
targets the end of what it answers), how far apart the turns are, whether the source's speaker spoke in
between, the content stems they share, negation, the pack's rejection / agreement / opponent-reference
cues, questions, figures and the segment. :data:`FEATURES` names them in the order of the vector.

Where the gold lives (ElecDeb development debates, 468 cross-speaker attacks): the source turn comes 1
turn after the target turn for 200 and 2 turns after (through a moderator) for 196; the target turn is the
attacked speaker's most recent one for 412 of 464 backward attacks; the source is the first component of
its turn for 288 and the target the last of its turn for 204.

A two-level model (first whether a reply turn attacks an earlier turn at all, then which statements) does
not beat this single pair model, measured leave one debate out: a turn-pair logistic regression over 30
whole-turn features (opening negation / rejection / opponent reference, contrast, lengths, the moderator
between, the best pair similarity, the debate's style: share of straight replies, mean turn length) ranks
the 899 labelled turn pairs at AUC 0.845, but fed to the pair model (as a feature, as a gate, or
multiplied) it gives pooled out-of-fold attack F1 0.293-0.299 at precision >= 0.6, against 0.304 without
it. Even a perfect turn-pair model stops short: keeping the most probable statement pair of each truly
attacking turn pair gives P 0.596 R 0.361 F1 0.450 (top 2: P 0.405 F1 0.417; ``fit_debate_pairs.py``
prints this ceiling). The bottleneck is which statements, inside long formal turns most of all. Gradient
boosted trees over the same features (scikit-learn, 200 trees of 15 leaves) reach pooled out-of-fold F1
0.319 at precision 0.609: +0.015, not worth a tree evaluator yet.

Ranking the statement pairs against each other inside a turn pair does not lift that ceiling either
(``fit_debate_pairs.py --ranker``, leave one debate out): a listwise conditional logit fitted on the 267
truly attacking turn pairs puts an attack first in 57.7-58.8% of them, this pointwise model in 59.6% (a
random pair: 34%), with or without features of the target's content (a key phrase repeated, a negation
next to a shared word, a shared figure, similarity ranks inside the turn pair, the target naming the
source's speaker); those features leave the pooled out-of-fold attack F1 at 0.302 (P 0.607). A perfect
order inside perfect turn pairs would give F1 0.75 (top 1) - the gold cannot be read off the words these
features see.

What did help, out of fold: the turn behind an interjection as a candidate target (with the
``target_behind_interjection`` feature) and weighting each labelled pair 1 / sqrt(labelled pairs of its
turn pair) in the fit (``fit_debate_pairs.py --weight sqrt``), so that two long formal turns no longer
outweigh the short exchanges. Pooled out-of-fold attack F1 0.304 -> 0.319 (weights) -> 0.329 (both), at
P >= 0.6; nested leave-one-debate-out P 0.592 F1 0.288 -> P 0.610 F1 0.309. The gain is in the short
exchanges (1992, 2000, 2016, 2020); the long formal turns of 1960, 1976, 1980 and 2004 stay at 0-1 hits.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from debatekit.debate.participants import Participant
from debatekit.lang import LanguagePack
from debatekit.relate.spans import find_phrases, words

MAX_BACK = 8  # turns searched back for the other speakers' last turns
INTERJECTION_WORDS = 16  # a one-statement turn this short does not replace its speaker's turn before it
STEM = 5  # letters of a word compared (a cheap stemmer that holds across languages)
MIN_WORD = 3  # shorter words are not content
SOURCE_ROLES = frozenset({"candidate"})
_NUMBER = re.compile(r"\d")

FEATURES: tuple[str, ...] = (
    "gap_1",  # the target turn is the one right before the source turn
    "gap_2",
    "gap_log",  # log of the number of turns between them
    "own_between",  # the source's speaker spoke between the two turns
    "target_latest",  # the target turn is the most recent turn of another speaker
    "target_behind_interjection",  # the target's speaker cut in since (a one-liner) and this is the turn before
    "target_candidate",  # the target speaker is a candidate (not a moderator or panelist)
    "source_first",  # the source opens its turn
    "source_second",
    "source_index_log",
    "source_position",  # index in the turn / statements in the turn
    "source_turn_log",  # log of the statements in the source turn
    "source_words_log",
    "target_last",  # the target closes its turn
    "target_from_end_log",
    "target_position",
    "target_turn_log",
    "target_words_log",
    "shared_log",  # content stems shared by the two statements
    "shared_jaccard",
    "shared_best",  # this target shares the most stems among the source's candidates (and some)
    "shared_turn_log",  # stems the source shares with the target's whole turn
    "source_negation",
    "target_negation",
    "negation_differs",
    "source_reject",  # a rejection cue (pack DEBATE_REJECT_CUES)
    "source_agree",  # an agreement cue (pack DEBATE_AGREE_CUES)
    "source_names_other",  # an opponent reference or a rival's name
    "source_names_target",  # the target speaker's name
    "source_contrast",  # a contrast word (pack DEBATE_CONTRAST)
    "source_question",
    "target_question",
    "source_number",
    "target_number",
    "same_segment",
    "opening_reply",  # source_first and gap_1
    "opening_reply_last",  # source_first, gap_1 and target_last
    "opening_cue",  # source_first and (negation or rejection)
    "short_source_turn",  # at most 3 statements
    "similarity",  # tf-idf cosine of the two statements (idf over the debate's statements)
    "similarity_best",  # the most similar target of the source's candidates
    "similarity_rank_log",
    "shared_idf_max",  # the rarest stem they share (its idf, 0 when none)
    "source_other_side",  # a word pointing at the other side (pack DEBATE_OTHER_SIDE_WORDS)
    "opening_after_short",  # the source follows a turn opening of at most three words ("No.")
    "opening_after_moderator_last",  # source_first, gap 2 through a moderator, target_last
    "negation_shared",  # source_negation and shared stems
    "other_side_shared",  # source_other_side and shared stems
)


@dataclass(frozen=True)
class StatementFacts:
    """What the features read from one spoken statement (its row in the statements table: ``row``)."""

    row: int
    turn: int  # index of its turn in the turns table
    index: int  # position in its turn
    n_in_turn: int
    n_words: int
    stems: frozenset[str]
    negation: bool
    reject: bool
    agree: bool
    contrast: bool
    refers: bool  # an opponent reference (pack DEBATE_OPPONENT_REFS)
    is_question: bool
    number: bool
    low_words: frozenset[str]
    other_side: bool


def content_stems(text: str, pack: LanguagePack) -> frozenset[str]:
    """Stems of the content words of ``text`` (stopwords, fillers and short words dropped).

    Examples
    --------
    >>> from debatekit.lang import get_pack
    >>> sorted(content_stems("The taxes are rising, uh, for families", get_pack("en")))
    ['famil', 'risin', 'taxes']
    """
    rel = pack.relations
    skip = pack.text.STOPWORDS | rel.DEBATE_FILLERS | rel.DEBATE_STOPWORDS
    return frozenset(w[:STEM] for w in words(text) if len(w) >= MIN_WORD and w not in skip and "'" not in w)


def statement_facts(
    turns: pd.DataFrame, statements: pd.DataFrame, pack: LanguagePack
) -> dict[str, list[StatementFacts]]:
    """Per turn id, the facts of its statements in order."""
    rel = pack.relations
    negations = rel.NEGATIONS
    suffixes = tuple(rel.DEBATE_NEGATION_SUFFIXES)
    turn_no = {t: n for n, t in enumerate(turns["turn_id"])}
    by_turn: dict[str, list[tuple[int, str, bool]]] = {}
    for row, (turn_id, text, q) in enumerate(
        zip(statements["turn_id"], statements["text"], statements["is_question"], strict=True)
    ):
        by_turn.setdefault(turn_id, []).append((row, text, bool(q)))
    out: dict[str, list[StatementFacts]] = {}
    for turn_id, items in by_turn.items():
        facts = []
        for k, (row, text, q) in enumerate(items):
            low = words(text)
            low_set = frozenset(low)
            facts.append(
                StatementFacts(
                    row=row,
                    turn=turn_no[turn_id],
                    index=k,
                    n_in_turn=len(items),
                    n_words=len(low),
                    stems=content_stems(text, pack),
                    negation=bool(low_set & negations) or any(w.endswith(suffixes) for w in low),
                    reject=bool(find_phrases(text, rel.DEBATE_REJECT_CUES)),
                    agree=bool(find_phrases(text, rel.DEBATE_AGREE_CUES)),
                    contrast=bool(low_set & rel.DEBATE_CONTRAST),
                    refers=bool(find_phrases(text, rel.DEBATE_OPPONENT_REFS)),
                    is_question=q,
                    number=bool(_NUMBER.search(text)) or bool(low_set & set(pack.text.NUMBER_SCALES)),
                    low_words=low_set,
                    other_side=bool(low_set & rel.DEBATE_OTHER_SIDE_WORDS),
                )
            )
        out[turn_id] = facts
    return out


def _idf(stem_sets: list[frozenset[str]]) -> dict[str, float]:
    """Smoothed inverse document frequency of each stem over the statements of one debate."""
    from collections import Counter

    df = Counter(w for stems in stem_sets for w in stems)
    n = len(stem_sets)
    return {w: math.log((1 + n) / (1 + c)) + 1.0 for w, c in df.items()}


def _name_words(participants: Mapping[str, Participant], label: object) -> frozenset[str]:
    p = participants.get(label) if isinstance(label, str) else None
    if p is None:
        return frozenset()
    return frozenset(p.name.lower().split()[-1:])


def target_turns(
    labels: list[object], roles: list[object], n: int, interjections: Sequence[bool] | None = None
) -> list[int]:
    """Indexes of the candidate target turns of turn ``n``: each other speaker's most recent turn within
    ``MAX_BACK`` turns before it, most recent first. When that turn is an interjection
    (``interjections[m]``: one short statement, "Not true."), the speaker's turn before it is a candidate
    too: cutting in does not withdraw what they had said (on the ElecDeb development debates 41 gold
    attacks target a speaker's second most recent turn, mostly behind such a one-liner).

    Examples
    --------
    >>> target_turns(["M", "A", "B", "M", "A"], ["moderator", "candidate", "candidate", "moderator",
    ...     "candidate"], 4)
    [3, 2]
    >>> target_turns(["A", "B", "A", "B"], ["candidate"] * 4, 3, [False, False, True, False])
    [2, 0]
    """
    seen: set[object] = set()
    behind: set[object] = set()  # speakers whose latest turn was an interjection
    out = []
    for m in range(n - 1, max(-1, n - 1 - MAX_BACK), -1):
        lab = labels[m]
        if lab == labels[n] or not isinstance(lab, str) or roles[m] is None:
            continue
        if lab in seen:
            if lab in behind:
                behind.discard(lab)
                out.append(m)
            continue
        seen.add(lab)
        if interjections is not None and interjections[m]:
            behind.add(lab)
        out.append(m)
    return out


@dataclass
class CandidatePairs:
    """Candidate pairs of one debate: ``source`` / ``target`` (rows of the statements table), the feature
    matrix ``X`` (one row a pair, columns :data:`FEATURES`) and the shared stems of each pair."""

    source: np.ndarray
    target: np.ndarray
    X: np.ndarray
    shared: list[list[str]]


def candidate_pairs(
    turns: pd.DataFrame,
    statements: pd.DataFrame,
    participants: Mapping[str, Participant],
    pack: LanguagePack,
) -> CandidatePairs:
    """Every candidate (source, target) pair of a debate with its features.

    Parameters
    ----------
    turns : pandas.DataFrame
        Turns with ``role`` and ``segment_id`` (:func:`debatekit.debate.exchanges.link_exchanges`).
    statements : pandas.DataFrame
        Spoken statements (:func:`debatekit.debate.segment.spoken_statements`), in turn order.
    participants : mapping
        label -> :class:`~debatekit.debate.participants.Participant`.
    pack : LanguagePack
        Word lists (``relations.DEBATE_*``, ``relations.NEGATIONS``).
    """
    facts = statement_facts(turns, statements, pack)
    idf = _idf([f.stems for items in facts.values() for f in items])
    norm = {
        f.row: math.sqrt(sum(idf[w] ** 2 for w in f.stems)) or 1.0 for items in facts.values() for f in items
    }
    turn_ids = list(turns["turn_id"])
    labels = list(turns["speaker"])
    roles = list(turns["role"])
    segments = list(turns["segment_id"])
    rival_words = {lab: _name_words(participants, lab) for lab in set(labels)}
    refs = {
        lab: frozenset().union(
            *(w for other, w in rival_words.items() if other != lab and _is_candidate(participants, other))
        )
        for lab in rival_words
    }
    interjections = [
        len(facts.get(t, ())) == 1 and facts[t][0].n_words <= INTERJECTION_WORDS for t in turn_ids
    ]
    src_rows: list[int] = []
    tgt_rows: list[int] = []
    rows: list[list[float]] = []
    shared_out: list[list[str]] = []
    for n, turn_id in enumerate(turn_ids):
        if roles[n] not in SOURCE_ROLES or turn_id not in facts:
            continue
        back = [m for m in target_turns(labels, roles, n, interjections) if turn_ids[m] in facts]
        if not back:
            continue
        own_turns = [m for m in range(max(0, n - MAX_BACK), n) if labels[m] == labels[n]]
        turn_stems = {m: frozenset().union(*(x.stems for x in facts[turn_ids[m]])) for m in back}
        behind = {m for m in back if any(o > m and labels[o] == labels[m] for o in back)}
        for s in facts[turn_id]:
            # a moderator's or panelist's question asserts nothing to rebut (the answer edge links it)
            cands = [
                (rank, m, t)
                for rank, m in enumerate(back)
                for t in facts[turn_ids[m]]
                if not (t.is_question and roles[m] not in SOURCE_ROLES)
            ]
            commons = [s.stems & t.stems for _, _, t in cands]
            best = max((len(c) for c in commons), default=0)
            sims = [
                sum(idf[w] ** 2 for w in c) / (norm[s.row] * norm[t.row])
                for c, (_, _, t) in zip(commons, cands, strict=True)
            ]
            order = sorted(range(len(sims)), key=lambda i: (-sims[i], i))
            sim_rank = {i: r for r, i in enumerate(order)}
            after_short = s.index == 1 and facts[turn_id][0].n_words <= 3
            names_other = s.refers or bool(s.low_words & refs[labels[n]])
            for ci, ((rank, m, t), common) in enumerate(zip(cands, commons, strict=True)):
                gap = n - m
                first = s.index == 0
                union = len(s.stems | t.stems)
                from_end = t.n_in_turn - 1 - t.index
                rows.append(
                    [
                        float(gap == 1),
                        float(gap == 2),
                        math.log(gap),
                        float(any(m < o for o in own_turns)),
                        float(rank == 0),
                        float(m in behind),
                        float(roles[m] == "candidate"),
                        float(first),
                        float(s.index == 1),
                        math.log1p(s.index),
                        s.index / s.n_in_turn,
                        math.log(s.n_in_turn),
                        math.log1p(s.n_words),
                        float(from_end == 0),
                        math.log1p(from_end),
                        t.index / t.n_in_turn,
                        math.log(t.n_in_turn),
                        math.log1p(t.n_words),
                        math.log1p(len(common)),
                        len(common) / union if union else 0.0,
                        float(best > 0 and len(common) == best),
                        math.log1p(len(s.stems & turn_stems[m])),
                        float(s.negation),
                        float(t.negation),
                        float(s.negation != t.negation),
                        float(s.reject),
                        float(s.agree),
                        float(names_other),
                        float(bool(s.low_words & rival_words[labels[m]])),
                        float(s.contrast),
                        float(s.is_question),
                        float(t.is_question),
                        float(s.number),
                        float(t.number),
                        float(segments[m] == segments[n]),
                        float(first and gap == 1),
                        float(first and gap == 1 and from_end == 0),
                        float(first and (s.negation or s.reject)),
                        float(s.n_in_turn <= 3),
                        sims[ci],
                        float(sim_rank[ci] == 0 and sims[ci] > 0),
                        math.log1p(sim_rank[ci]),
                        max((idf[w] for w in common), default=0.0),
                        float(s.other_side),
                        float(after_short),
                        float(first and gap == 2 and roles[n - 1] != "candidate" and from_end == 0),
                        float(s.negation and bool(common)),
                        float(s.other_side and bool(common)),
                    ]
                )
                src_rows.append(s.row)
                tgt_rows.append(t.row)
                shared_out.append(sorted(common))
    X = np.array(rows, dtype=float).reshape(len(rows), len(FEATURES))
    return CandidatePairs(np.array(src_rows, dtype=int), np.array(tgt_rows, dtype=int), X, shared_out)


def _is_candidate(participants: Mapping[str, Participant], label: object) -> bool:
    p = participants.get(label) if isinstance(label, str) else None
    return p is not None and p.role == "candidate"
