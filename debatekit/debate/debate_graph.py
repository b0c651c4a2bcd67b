"""The debate graph: statement-level ``rebuts`` / ``supports`` / ``answers`` edges between spoken
statements of different speakers, each with its cue and evidence words.

``rebuts`` edges come from the language pack's **pair model** when it has weights (English does:
:mod:`debatekit.debate.pair_model`, fitted by ``benchmarks/fit_debate_pairs.py``): every candidate pair of
a statement and an earlier statement of another speaker (:mod:`debatekit.debate.pairs`) gets a
probability, and the pairs above the pack's threshold become edges, at most ``DEBATE_PAIR_TOP_K`` per
source statement; the cue names the rejection, negation or contrast word of the source and the
probability. Without weights (Indonesian), and for ``supports`` and ``answers`` always, the rules below
decide.

The rules. A candidate's statement is linked to a statement of the turn it responds to (the other candidate's
previous turn, :mod:`debatekit.debate.exchanges`) when

- it rejects something explicitly ("That's not true", "he's wrong", "I disagree") — language pack
  ``DEBATE_REJECT_CUES`` — or names the other side ("my opponent says", "Governor Roe's plan",
  ``DEBATE_OPPONENT_REFS`` and the rival's name) next to a contrast or negation (``DEBATE_CONTRAST``):
  ``rebuts``;
- it agrees ("I agree with the senator", ``DEBATE_AGREE_CUES`` not negated): ``supports``;

and the target is the statement of the rival's recent turns sharing most content words with it (at least
``MIN_SHARED``; one for an agreement); the shared words decide the edge. Precision comes first: without
shared words a cue makes no edge, except an agreement with no words of its own ("I agree with that"),
which supports the last statement of the turn it answers.

A straight reply — a candidate's turn right after the other candidate's, with no moderator between — is a
rebuttal of the last ``REPLY_TARGETS`` statements it answers when it is short (``SHORT_REPLY`` statements
at most) or opens with a negation or rejection; its opening statement (and the next one after a one-word
"No.") is the source. On the ElecDeb development debates such openings attack what was just said about
half the time, far more than any lexical cue does in formal turns. A candidate's first statement after a
moderator's question ``answers`` the question. Every edge's evidence quotes the source's opening words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType
from typing import Any, Literal

import pandas as pd

from debatekit import schema
from debatekit.cells import evidence_in
from debatekit.debate.pair_model import PairModel
from debatekit.debate.pairs import candidate_pairs, content_stems
from debatekit.debate.participants import Participant
from debatekit.lang import LanguagePack
from debatekit.relate.spans import find_phrases, words

MIN_SHARED = 3  # content stems a cue rebuttal shares with its target (a pack's DEBATE_MIN_SHARED wins)
MIN_SHARED_SUPPORT = 1  # ... an agreement ("I agree with X that ...": the cue itself is explicit)
ANAPHORIC_AGREEMENT = 1  # content stems at most of an agreement that points back ("I agree with that")
NEGATION_WINDOW = 4  # words before an agreement cue searched for a negation
SHORT_REPLY = 3  # statements of a reply that answers the other candidate's turn straight back
REPLY_TARGETS = 2  # last statements of the interrupted / answered turn a straight reply rebuts
STRAIGHT_SECOND = True  # after a one-to-three-word opening ("No.", "Wrong."), the next statement replies too
EVIDENCE_WORDS = 12  # words of the source statement quoted in the evidence
MAX_LOOKBACK = 4  # turns searched back for the other candidate's last turn


@lru_cache(maxsize=8)
def _negation_pattern(words: tuple[str, ...], suffixes: tuple[str, ...]) -> re.Pattern[str]:
    """The pack's negation words and suffixes as one pattern (a pattern that never matches when empty)."""
    parts = [re.escape(s) + r"\b" for s in suffixes] + [r"\b" + re.escape(w) + r"\b" for w in words]
    return re.compile("|".join(parts) or r"(?!)", re.IGNORECASE)


def _negation(rel: ModuleType) -> re.Pattern[str]:
    return _negation_pattern(tuple(rel.DEBATE_NEGATION_WORDS), tuple(rel.DEBATE_NEGATION_SUFFIXES))


@dataclass(frozen=True)
class _Stmt:
    statement_id: str
    turn_id: str
    speaker_id: str | None
    label: str | None
    text: str
    stems: frozenset[str]
    is_question: bool
    start: int  # offset of text in its turn's text


def _negated_before(text: str, pos: int, blockers: frozenset[str], negation: re.Pattern[str]) -> bool:
    """A negation among the ``NEGATION_WINDOW`` words before ``pos`` ("I don't agree", "I doubt many agree")."""
    before = " ".join(text[:pos].split()[-NEGATION_WINDOW:])
    return bool(negation.search(before)) or bool(set(words(before)) & blockers)


def _opponent_words(
    participants: Mapping[str, Participant], label: str | None, given_names: bool = False
) -> tuple[str, ...]:
    """Lower-case names of the other candidates (full name and surname, and the given name where the
    language pack says debaters use it) as phrases to look for; a name the speaker shares is left out."""
    own = participants.get(label) if label is not None else None
    own_words = set(own.name.lower().split()) if own else set()
    out: list[str] = []
    for lab, p in participants.items():
        if lab != label and p.role == "candidate":
            parts = p.name.lower().split()
            out.append(p.name.lower())
            out.extend(w for w in {parts[-1], parts[0] if given_names else parts[-1]} if w not in own_words)
    return tuple(sorted(set(out)))


def _best_target(src: _Stmt, targets: list[_Stmt]) -> tuple[_Stmt | None, list[str]]:
    best: _Stmt | None = None
    shared: frozenset[str] = frozenset()
    for t in targets:
        if t.is_question:
            continue
        common = src.stems & t.stems
        if len(common) > len(shared):
            best, shared = t, common
    return best, sorted(shared)


def _edge(src: _Stmt, tgt: _Stmt, relation: str, cue: str, shared: list[str]) -> dict:
    # the source's opening words, as a span of its turn (spoken evidence: article_id None, turn_id)
    opening = [m.end() for m in re.finditer(r"\S+", src.text)][:EVIDENCE_WORDS]
    evidence = [evidence_in(None, src.text, 0, opening[-1] if opening else 0, turn_id=src.turn_id)]
    evidence = [dict(e, start=e["start"] + src.start, end=e["end"] + src.start) for e in evidence]
    return {
        "rebuttal_id": f"{src.statement_id}>{tgt.statement_id}:{relation}",
        "source_speaker_id": src.speaker_id,
        "target_speaker_id": tgt.speaker_id,
        "source_statement_id": src.statement_id,
        "target_statement_id": tgt.statement_id,
        "article_id": None,
        "relation": relation,
        "cue": cue,
        "evidence": evidence,
    }


def debate_edges(
    turns: pd.DataFrame,
    statements: pd.DataFrame,
    participants: Mapping[str, Participant],
    pack: LanguagePack,
    model: PairModel | Literal["pack"] | None = "pack",
) -> pd.DataFrame:
    """Rebuttal, support and answer edges between spoken statements (``schema.REBUTTAL_COLUMNS``).

    Parameters
    ----------
    turns : pandas.DataFrame
        Turns with ``responds_to`` (:func:`debatekit.debate.exchanges.link_exchanges`).
    statements : pandas.DataFrame
        Spoken statements (:func:`debatekit.debate.segment.spoken_statements`).
    participants : mapping
        label -> :class:`~debatekit.debate.participants.Participant`.
    pack : LanguagePack
        Cue lists (``relations.DEBATE_*``) and the pair model's weights (``debate_model``).
    model : PairModel, "pack" or None
        Which ``rebuts`` edges: the pack's pair model ("pack", the default; the rules when the pack has no
        weights), a given :class:`~debatekit.debate.pair_model.PairModel`, or None for the cue rules.
    """
    rel = pack.relations
    pair_model = PairModel.from_pack(pack) if isinstance(model, str) else model
    by_turn: dict[str, list[_Stmt]] = {}
    for row in statements.itertuples(index=False):
        by_turn.setdefault(row.turn_id, []).append(
            _Stmt(
                row.statement_id,
                row.turn_id,
                row.speaker_id,
                row.speaker_mention,
                row.text,
                content_stems(row.text, pack),
                bool(row.is_question),
                int(row.start),
            )
        )
    role: dict[Any, str] = {lab: p.role for lab, p in participants.items()}
    turn_rows = list(zip(turns["turn_id"], turns["speaker"], turns["responds_to"], strict=True))
    label_of: dict[Any, Any] = {t: lab for t, lab, _ in turn_rows}
    edges: list[dict] = []
    for n, (turn_id, label, responds_to) in enumerate(turn_rows):
        if role.get(label) != "candidate" or turn_id not in by_turn:
            continue
        target_turn = responds_to if role.get(label_of.get(responds_to)) == "candidate" else None
        if target_turn is None:
            target_turn = next(
                (
                    t
                    for t, lab, _ in reversed(turn_rows[max(0, n - MAX_LOOKBACK) : n])
                    if lab != label and role.get(lab) == "candidate"
                ),
                None,
            )
        if responds_to and role.get(label_of.get(responds_to)) in ("moderator", "panelist", "audience"):
            questions = [s for s in by_turn.get(responds_to, []) if s.is_question]
            if questions:
                src = by_turn[turn_id][0]
                edges.append(_edge(src, questions[-1], "answers", "answer to question", []))
        if target_turn is None or target_turn not in by_turn:
            continue
        targets = by_turn[target_turn]
        rivals = _opponent_words(participants, label, getattr(rel, "DEBATE_GIVEN_NAME_REFERS", False))
        own = by_turn[turn_id]
        straight = n > 0 and turn_rows[n - 1][0] == target_turn  # no moderator between the two turns
        # a cue may answer any of the rival's recent turns: the most recent best match wins
        recent = [
            s
            for t, lab, _ in reversed(turn_rows[max(0, n - MAX_LOOKBACK) : n])
            if lab != label and role.get(lab) == "candidate"
            for s in by_turn.get(t, [])
        ]
        for k, src in enumerate(own):
            edge = _classify(src, recent, rivals, rel, targets)
            if edge is not None and (pair_model is None or edge["relation"] != "rebuts"):
                edges.append(edge)
            elif (
                pair_model is None
                and straight
                and (k == 0 or (k == 1 and STRAIGHT_SECOND and len(own[0].text.split()) <= 3))
            ):
                edges.extend(_straight_reply(src, targets, len(own), rel))
    if pair_model is not None:
        edges.extend(_model_edges(turns, statements, participants, pack, pair_model, by_turn))
    return schema.frame(schema.REBUTTAL_COLUMNS, edges)


def _model_edges(
    turns: pd.DataFrame,
    statements: pd.DataFrame,
    participants: Mapping[str, Participant],
    pack: LanguagePack,
    model: PairModel,
    by_turn: Mapping[str, list[_Stmt]],
) -> list[dict]:
    """``rebuts`` edges of the candidate pairs the pair model keeps; the cue names the source's strongest
    cue words (a rejection, a negation, a contrast) and the probability."""
    pairs = candidate_pairs(turns, statements, participants, pack)
    p = model.probabilities(pairs.X)
    stmts = [s for items in by_turn.values() for s in items]
    row_of = {sid: n for n, sid in enumerate(statements["statement_id"])}
    by_row = {row_of[s.statement_id]: s for s in stmts}
    rel = pack.relations
    out = []
    for i in model.select(pairs.source, p):
        src, tgt = by_row[int(pairs.source[i])], by_row[int(pairs.target[i])]
        words_found = [h[2] for h in find_phrases(src.text, rel.DEBATE_REJECT_CUES)]
        neg = _negation(rel).search(src.text)
        if not words_found and neg:
            words_found = [neg.group(0).lower()]
        if not words_found:
            words_found = sorted(set(words(src.text)) & rel.DEBATE_CONTRAST)[:1]
        model_note = f"pair model {p[i]:.2f}"
        cue = f"{words_found[0]} ({model_note})" if words_found else model_note
        out.append(_edge(src, tgt, "rebuts", cue, pairs.shared[i]))
    return out


def _straight_reply(src: _Stmt, targets: list[_Stmt], n_own: int, rel: ModuleType) -> list[dict]:
    """A candidate cutting in on the other: the reply's opening rebuts the last words it answers, when the
    reply is short or opens with a negation or rejection."""
    neg = _negation(rel).search(src.text) or find_phrases(src.text, rel.DEBATE_REJECT_CUES)
    if n_own > SHORT_REPLY and not neg:
        return []
    cue = "straight reply" + (f" ({neg.group(0) if hasattr(neg, 'group') else neg[0][2]})" if neg else "")
    chosen = [t for t in targets if not t.is_question][-REPLY_TARGETS:]
    return [_edge(src, tgt, "rebuts", cue, sorted(src.stems & tgt.stems)) for tgt in chosen]


def _classify(
    src: _Stmt, targets: list[_Stmt], rivals: tuple[str, ...], rel: ModuleType, answered: list[_Stmt]
) -> dict | None:
    text = src.text
    agree = [
        h
        for h in find_phrases(text, rel.DEBATE_AGREE_CUES)
        if not _negated_before(text, h[0], rel.DEBATE_AGREE_BLOCKERS, _negation(rel))
    ]
    reject = find_phrases(text, rel.DEBATE_REJECT_CUES)
    named = find_phrases(text, rel.DEBATE_OPPONENT_REFS + rivals)
    low = set(words(text))
    plain = text.replace("’", "'")
    contrast = (
        sorted(low & rel.DEBATE_CONTRAST) or [x for x in rel.DEBATE_NEGATION_SUFFIXES if x in plain][:1]
    )
    if agree and not reject:
        relation, cue = "supports", agree[0][2]
    elif reject:
        relation, cue = "rebuts", reject[0][2]
    elif named and contrast:
        relation, cue = "rebuts", f"{named[0][2]} … {contrast[0]}"
    else:
        return None
    tgt, shared = _best_target(src, targets)
    need = MIN_SHARED_SUPPORT if relation == "supports" else getattr(rel, "DEBATE_MIN_SHARED", MIN_SHARED)
    if (
        relation == "supports"
        and (tgt is None or len(shared) < need)
        and len(src.stems) <= ANAPHORIC_AGREEMENT
    ):
        # "I agree with that": no words of its own, it agrees with the last thing the other side said
        tgt = next((t for t in reversed(answered) if not t.is_question), None)
        shared = []
    elif tgt is None or len(shared) < need:
        return None
    if tgt is None:
        return None
    return _edge(src, tgt, relation, cue, shared)
