"""Propositions: claims to measure stance on, given by the user or taken from rebutted statements.

A rebutted claim becomes a proposition stated affirmatively: the clause of the target statement that the
rebuttal contests ("Hari ini jalan desa di Kotabaru belum ada yang mulus"), with its negation flipped by the
language pack ("... sudah ada digitalisasi"). Its rebutter is then *for* it and the rebutted speaker
*against*; when the claim was affirmative already it is kept as said and the sides swap. Without a
contested clause the target statement's first sentence is used as said.

A user proposition that names a speaker ("Housing has improved under Mayor Jane Doe") is about that
speaker's record: in every rebuttal on its topic between the named speaker and someone else, the named
speaker's statement defends the proposition (is *for* it, or *against* when the proposition is negated or
negative: "has not improved", "failed") and the other side takes the opposite stance; see
:func:`with_named_sides`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

import pandas as pd

from debatekit.lang import LanguagePack, get_pack
from debatekit.relate.polarity import (
    claim_clause,
    contested_words,
    flip,
    ignored_words,
    is_content,
    proposition_polarity,
)
from debatekit.relate.spans import plain_sentences, shared, words


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
    return plain_sentences(text.strip())[0].rstrip(" ,;")


def rebuttal_propositions(
    rebuttals: pd.DataFrame, statements: pd.DataFrame, pack_of: Mapping[str, LanguagePack]
) -> list[Proposition]:
    """One proposition per rebutted claim (rows with relation "rebuts" and a target statement)."""
    # tolist(): iterating an Arrow-backed column yields its cells one by one, about 10x slower
    text_of = dict(zip(statements["statement_id"].tolist(), statements["text"].tolist(), strict=True))
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


def named_speakers(text: str, speakers: pd.DataFrame) -> list[str]:
    """Ids of the speakers whose canonical name appears in ``text`` as a phrase (any case), sorted."""
    out = []
    for sid, name in zip(speakers["speaker_id"], speakers["name"], strict=True):
        parts = words(name) if isinstance(name, str) else []
        if not parts or max(map(len, parts)) < 3:
            continue  # initials alone name nobody
        pattern = r"(?<!\w)" + r"\W+".join(map(re.escape, parts)) + r"(?!\w)"
        if re.search(pattern, text, re.IGNORECASE):
            out.append(str(sid))
    return sorted(set(out))


def with_named_sides(
    propositions: Sequence[Proposition],
    rebuttals: pd.DataFrame,
    statements: pd.DataFrame,
    speakers: pd.DataFrame,
    pack_of: Mapping[str, LanguagePack],
) -> list[Proposition]:
    """User propositions with ``implied`` stances from the rebuttals of the speakers they name.

    A rebuttal counts when exactly one of its two speakers is named and one of its two statements shares a
    topic word with the proposition (a content word that is neither part of a name nor a verdict word).
    Across a "rebuts" row the named speaker's statement gets the proposition's polarity ("for" unless it is
    negated or negative) and the other the opposite; across a "supports" row both get it. A statement given
    both sides by different rebuttals is left out.
    """
    if not propositions or not len(speakers) or not len(rebuttals):
        return list(propositions)  # (the lookups below cost a pass over every statement)
    # tolist(): iterating an Arrow-backed column yields its cells one by one, about 10x slower
    ids = statements["statement_id"].tolist()
    text_of = dict(zip(ids, statements["text"].tolist(), strict=True))
    speaker_of = dict(zip(ids, statements["speaker_id"].tolist(), strict=True))
    names = dict(zip(speakers["speaker_id"], speakers["name"], strict=True))
    rows = [
        r
        for r in rebuttals.to_dict("records")
        if r.get("relation") in ("rebuts", "supports")
        and r.get("source_statement_id") in text_of
        and r.get("target_statement_id") in text_of
    ]
    out = []
    for prop in propositions:
        named = set(named_speakers(prop.text, speakers)) if prop.source == "user" else set()
        if not named:
            out.append(prop)
            continue
        name_words = {w for sid in named for w in words(names.get(sid, ""))}
        prop_words = words(prop.text)
        # The proposition's topic words and side per language (read once, not once per rebuttal).
        per_pack: dict[str, tuple[list[str], str]] = {}
        sides: dict[str, set[str]] = {}
        for r in rows:
            a, b = r["source_statement_id"], r["target_statement_id"]
            if (speaker_of.get(a) in named) == (speaker_of.get(b) in named):
                continue
            pack = pack_of.get(b) or get_pack(None)
            if pack.code not in per_pack:
                rel = pack.relations
                skip = ignored_words(pack) | rel.STANCE_FOR | rel.STANCE_AGAINST | name_words
                per_pack[pack.code] = (
                    [w for w in prop_words if is_content(w, skip)],
                    "for" if proposition_polarity(prop.text, pack) > 0 else "against",
                )
            topic, yes = per_pack[pack.code]
            if not shared(topic, words(text_of[a]) + words(text_of[b])):
                continue
            no = "against" if yes == "for" else "for"
            mine, theirs = (a, b) if speaker_of.get(a) in named else (b, a)
            sides.setdefault(mine, set()).add(yes)
            sides.setdefault(theirs, set()).add(yes if r["relation"] == "supports" else no)
        implied = dict(prop.implied)
        for sid in sorted(sides):
            if len(sides[sid]) == 1 and sid not in implied:
                implied[sid] = next(iter(sides[sid]))
        out.append(replace(prop, implied=implied))
    return out
