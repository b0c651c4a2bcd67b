"""The debate graph: statement-level ``rebuts`` / ``supports`` / ``answers`` edges between spoken
statements of different speakers, each with its cue and evidence words.

A candidate's statement is linked to a statement of the turn it responds to (the other candidate's
previous turn, :mod:`debatekit.debate.exchanges`) when

- it rejects something explicitly ("That's not true", "he's wrong", "I disagree") — language pack
  ``DEBATE_REJECT_CUES`` — or names the other side ("my opponent says", "Governor Roe's plan",
  ``DEBATE_OPPONENT_REFS`` and the rival's name) next to a contrast or negation (``DEBATE_CONTRAST``):
  ``rebuts``;
- it agrees ("I agree with the senator", ``DEBATE_AGREE_CUES`` not negated): ``supports``;

and the target is the statement of the rival's recent turns sharing most content words with it (at least
``MIN_SHARED``; one for an agreement); the shared words decide the edge. Precision comes first: without
shared words a cue makes no edge.

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
from types import ModuleType
from typing import Any

import pandas as pd

from debatekit import schema
from debatekit.cells import evidence_in
from debatekit.debate.participants import Participant
from debatekit.lang import LanguagePack
from debatekit.relate.spans import find_phrases, words

MIN_SHARED = 3  # content stems a cue rebuttal shares with its target (a pack's DEBATE_MIN_SHARED wins)
MIN_SHARED_SUPPORT = 1  # ... an agreement ("I agree with X that ...": the cue itself is explicit)
NEGATION_WINDOW = 4  # words before an agreement cue searched for a negation
SHORT_REPLY = 3  # statements of a reply that answers the other candidate's turn straight back
REPLY_TARGETS = 2  # last statements of the interrupted / answered turn a straight reply rebuts
STEM = 5  # letters of a word compared (a cheap stemmer that holds across languages)
MIN_WORD = 3  # shorter words are not content
STRAIGHT_SECOND = True  # after a one-to-three-word opening ("No.", "Wrong."), the next statement replies too
EVIDENCE_WORDS = 12  # words of the source statement quoted in the evidence
MAX_LOOKBACK = 4  # turns searched back for the other candidate's last turn
_NEGATION_WORD = re.compile(r"n't\b|\bnot\b|\bno\b|\bnever\b", re.IGNORECASE)


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


def content_stems(text: str, pack: LanguagePack) -> frozenset[str]:
    """Stems of the content words of ``text`` (stopwords, fillers and short words dropped).

    Examples
    --------
    >>> from debatekit.lang import get_pack
    >>> sorted(content_stems("The taxes are rising, uh, for families", get_pack("en")))
    ['famil', 'rising', 'taxes']
    """
    skip = pack.text.STOPWORDS | pack.relations.DEBATE_FILLERS | pack.relations.DEBATE_STOPWORDS
    return frozenset(w[:STEM] for w in words(text) if len(w) >= MIN_WORD and w not in skip and "'" not in w)


def _negated_before(text: str, pos: int, blockers: frozenset[str]) -> bool:
    """A negation among the ``NEGATION_WINDOW`` words before ``pos`` ("I don't agree", "I doubt many agree")."""
    before = " ".join(text[:pos].split()[-NEGATION_WINDOW:])
    return bool(_NEGATION_WORD.search(before)) or bool(set(words(before)) & blockers)


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
        Cue lists (``relations.DEBATE_*``).
    """
    rel = pack.relations
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
            edge = _classify(src, recent, rivals, rel)
            if edge is not None:
                edges.append(edge)
            elif straight and (k == 0 or (k == 1 and STRAIGHT_SECOND and len(own[0].text.split()) <= 3)):
                edges.extend(_straight_reply(src, targets, len(own), rel))
    return schema.frame(schema.REBUTTAL_COLUMNS, edges)


def _straight_reply(src: _Stmt, targets: list[_Stmt], n_own: int, rel: ModuleType) -> list[dict]:
    """A candidate cutting in on the other: the reply's opening rebuts the last words it answers, when the
    reply is short or opens with a negation or rejection."""
    neg = _NEGATION_WORD.search(src.text) or find_phrases(src.text, rel.DEBATE_REJECT_CUES)
    if n_own > SHORT_REPLY and not neg:
        return []
    cue = "straight reply" + (f" ({neg.group(0) if hasattr(neg, 'group') else neg[0][2]})" if neg else "")
    chosen = [t for t in targets if not t.is_question][-REPLY_TARGETS:]
    return [_edge(src, tgt, "rebuts", cue, sorted(src.stems & tgt.stems)) for tgt in chosen]


def _classify(src: _Stmt, targets: list[_Stmt], rivals: tuple[str, ...], rel: ModuleType) -> dict | None:
    text = src.text
    agree = [
        h
        for h in find_phrases(text, rel.DEBATE_AGREE_CUES)
        if not _negated_before(text, h[0], rel.DEBATE_AGREE_BLOCKERS)
    ]
    reject = find_phrases(text, rel.DEBATE_REJECT_CUES)
    named = find_phrases(text, rel.DEBATE_OPPONENT_REFS + rivals)
    low = set(words(text))
    contrast = sorted(low & rel.DEBATE_CONTRAST) or (["n't"] if "n't" in text.replace("’", "'") else [])
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
    if tgt is None or len(shared) < need:
        return None
    return _edge(src, tgt, relation, cue, shared)
