"""Propositions: claims to measure stance on, given by the user or taken from rebutted statements.

A rebutted claim becomes a proposition stated affirmatively: the clause of the target statement that the
rebuttal contests ("Hari ini Medan ... tidak ada digitalisasi"), with its negation flipped by the
language pack ("... sudah ada digitalisasi"). Its rebutter is then *for* it and the rebutted speaker
*against*; when the claim was affirmative already it is kept as said and the sides swap. Without a
contested clause the target statement's first sentence is used as said.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd

from debatekit.lang import LanguagePack, get_pack
from debatekit.relate.polarity import claim_clause, contested_words, flip


@dataclass(frozen=True)
class Proposition:
    """A claim. ``implied`` maps statement ids to the stance ("for"/"against") the rebuttal implies."""

    proposition_id: str
    text: str
    source: str  # "user" | "rebuttal"
    statement_id: str | None = None
    rebuttal_id: str | None = None
    implied: Mapping[str, str] = field(default_factory=dict)


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def user_propositions(texts: Sequence[str] | None) -> list[Proposition]:
    """Wrap user propositions; ids "user:0", "user:1", ... in the given order."""
    if texts is None:
        return []
    if isinstance(texts, str):
        texts = [texts]
    out = []
    for i, t in enumerate(texts):
        if not isinstance(t, str) or not t.strip():
            raise ValueError(f"proposition {i} is empty or not a string: {t!r}")
        out.append(Proposition(f"user:{i}", " ".join(t.split()), "user"))
    return out


def _first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s+", text.strip())[0].rstrip(" ,;")


def rebuttal_propositions(
    rebuttals: pd.DataFrame, statements: pd.DataFrame, pack_of: Mapping[str, LanguagePack]
) -> list[Proposition]:
    """One proposition per rebutted claim (rows with relation "rebuts" and a target statement)."""
    text_of = dict(zip(statements["statement_id"], statements["text"], strict=True))
    out: list[Proposition] = []
    seen: set[str] = set()
    for r in rebuttals.to_dict("records"):
        tid, sid = r.get("target_statement_id"), r.get("source_statement_id")
        if r.get("relation") != "rebuts" or tid not in text_of:
            continue
        target_text = text_of[tid]
        pack = pack_of.get(tid) or get_pack(None)
        contested = (
            contested_words(target_text, text_of[sid], pack, pack_of.get(sid) or pack)
            if sid in text_of
            else []
        )
        clause = claim_clause(target_text, contested, pack) if contested else None
        if clause is not None and clause.polarity < 0:
            text, target_side = flip(clause.text, pack), "against"
        else:
            text, target_side = (clause.text if clause else _first_sentence(target_text)), "for"
        key = _norm(text)
        if not key or key in seen:
            continue
        seen.add(key)
        implied = {tid: target_side}
        if sid in text_of:
            implied[sid] = "for" if target_side == "against" else "against"
        out.append(
            Proposition(f"rebuttal:{r['rebuttal_id']}", text, "rebuttal", tid, r["rebuttal_id"], implied)
        )
    return out
