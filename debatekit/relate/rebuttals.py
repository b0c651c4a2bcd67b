"""Who rebuts, supports or answers whom: cue phrases, headlines and contradictions.

Three kinds of evidence, strongest first:

``cue``
    A rebuttal/support/answer phrase from the language pack in the article body with both sides
    resolved. Passive cues ("anggapan X dibantah oleh Y", "X's claim was rebutted by Y") put the
    source after the cue and the target before it; active cues ("Y membantah X", "Y rebutted X") the
    other way round; a clause-initial active cue ("Menanggapi pernyataan X, Y ...") names the target
    right after the cue and the source after the comma. The source statement is the source speaker's
    nearest following statement (a direct quote wins within :data:`WINDOW` characters: it is the
    speaker's own words, the paraphrase around it is the reporter's); the target statement is the
    target speaker's nearest preceding one, with the same preference.
``headline``
    A headline verb between two names ("A Serang B soal ...").
``contradiction``
    Two statements of different speakers in one article, on one topic, that state a common word with
    opposite polarity ("belum ada jalan yang mulus" / "jalan sudah mulus"); the later one rebuts the
    earlier. Only within an article: across articles nobody said one answered the other.

All evidence for one (article, source speaker, target speaker, relation) becomes one row, so a rebuttal
reported by a cue, a headline and a contradiction is counted once. An ``answers`` link whose statements
contradict becomes ``rebuts``; one that duplicates a rebuttal or support is folded into it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import pandas as pd

from debatekit import schema
from debatekit.cells import evidence_in, evidence_item, records
from debatekit.collector import collector_paused
from debatekit.lang import LanguagePack, get_pack
from debatekit.relate.polarity import CONTESTED_MIN, claim_clause, contested_words, polar_words
from debatekit.relate.spans import (
    MIN_INFIX,
    MIN_PREFIX,
    find_phrases,
    sentence_at,
    sentence_spans,
    words,
)
from debatekit.relate.speakers import Hit, SpeakerFinder

# How far (characters) a direct quote may be from the cue and still be preferred over a nearer paraphrase.
WINDOW = 1200
# How far back a cue with only a back-reference ("anggapan tersebut") may reach for its target statement.
BACK_REFERENCE_WINDOW = 600
# Characters between two quotes of one speaker that still make one turn ('," Thomas Hale said. "').
RUN_GAP = 40
# How far after an unnamed cue ("The incumbent pushed back.") the answering statement may start.
NEXT_WINDOW = 300
# Words allowed between a passive cue and its agent ("rebutted by challenger John Roe").
AGENT_GAP = 2
# Words before a cue searched for a blocker ("tidak mau menanggapi").
BLOCKER_WORDS = 3
_STRENGTH = {"cue": 0, "headline": 1, "contradiction": 2}
STATEMENT_FIELDS = ["statement_id", "article_id", "speaker_id", "start", "end", "kind", "text"]
ARTICLE_FIELDS = ["article_id", "text", "title", "language"]


@dataclass
class Link:
    """One piece of evidence that ``source`` rebuts/supports/answers ``target`` in an article."""

    article_id: str
    source: str
    target: str
    relation: str
    via: str  # cue | headline | contradiction
    cue: str
    evidence: list[dict]  # evidence items (debatekit.cells.evidence_item)
    source_statement: str | None = None
    target_statement: str | None = None
    pos: int = 0


@cache
def _cue_table(pack: LanguagePack) -> dict[str, tuple[str, str]]:
    rel = pack.relations
    table: dict[str, tuple[str, str]] = {}
    for relation, passive, active in (
        ("answers", rel.ANSWER_PASSIVE, rel.ANSWER_ACTIVE),
        ("supports", rel.SUPPORT_PASSIVE, rel.SUPPORT_ACTIVE),
        ("rebuts", rel.REBUT_PASSIVE, rel.REBUT_ACTIVE),
    ):
        table.update({p: (relation, "passive") for p in passive})
        table.update({p: (relation, "active") for p in active})
    return table


def _pick(stmts: list[dict], speaker: str, pos: int, following: bool) -> dict | None:
    """The speaker's statement nearest ``pos`` on the given side (direct quotes preferred nearby)."""
    own = [s for s in stmts if s["speaker_id"] == speaker]
    side = [s for s in own if (s["start"] >= pos if following else s["end"] <= pos)]
    if not side:
        side = own  # the statement may sit on the other side of the cue ("'...,' kata Y membantah X")
    if not side:
        return None

    def dist(s: dict) -> int:
        return abs(s["start"] - pos) if following else abs(pos - s["end"])

    direct = [s for s in side if s["kind"] == "direct" and dist(s) <= WINDOW]
    best = min(direct or side, key=lambda s: (dist(s), s["start"]))
    if not following:
        # A claim starts where the speaker's turn starts: '"A," X said. "B."' answers A and B.
        run = sorted((s for s in own if s["kind"] == best["kind"]), key=lambda s: s["start"])
        i = run.index(best)
        while (
            i > 0
            and 0 <= best["start"] - run[i - 1]["end"] <= RUN_GAP
            and not any(
                run[i - 1]["end"] <= s["start"] < best["start"] for s in stmts if s["speaker_id"] != speaker
            )
        ):
            i -= 1
            best = run[i]
    return best


def _first_other(hits: list[Hit], other: str | None) -> Hit | None:
    return next((h for h in hits if h.speaker_id != other), None)


def _gap_ok(text: str, a: int, b: int, allowed: frozenset[str]) -> bool:
    """Only ``allowed`` words (and punctuation) between ``a`` and ``b``."""
    return all(w in allowed for w in words(text[a:b])) if a <= b else False


def _cue_links(
    aid: str,
    text: str,
    pack: LanguagePack,
    stmts: list[dict],
    finder: SpeakerFinder,
    title_span: tuple[int, int],
) -> list[Link]:
    table = _cue_table(pack)
    rel = pack.relations
    near = rel.CLAIM_WORDS | rel.AGENT_MARKERS
    cues = find_phrases(text, table)
    if not cues:
        return []
    sents = sentence_spans(text, pack.text.ABBREVIATIONS)
    quotes = [(s["start"], s["end"]) for s in stmts if s["kind"] == "direct"]
    links = []
    for cs, ce, phrase in cues:
        # Inside a quote the cue is the speaker's own word ("saya membantah"); in the headline it is
        # handled by the headline rule.
        if any(qs <= cs < qe for qs, qe in quotes) or title_span[0] <= cs < title_span[1]:
            continue
        relation, voice = table[phrase]
        ss, se = sentence_at(sents, cs)
        # "tak menampik" admits, "enggan menanggapi" declines: no link either way.
        if set(words(text[ss:cs])[-BLOCKER_WORDS:]) & rel.CUE_BLOCKERS:
            continue
        hits = finder.hits(aid, text, ss, se)
        before = [h for h in hits if h.end <= cs]
        # A pronoun after the cue opens the denied clause ("membantah dia berbuat salah").
        after = [h for h in hits if h.start >= ce and h.kind != "pronoun"]
        source = target = None
        if voice == "passive":
            # "anggapan X tersebut dibantah oleh Y": both names sit right next to the cue.
            # The agent may carry a title the mentions did not resolve ("oleh calon petahana Y").
            source = after[0] if after and len(words(text[ce : after[0].start])) <= AGENT_GAP else None
            target = next((h for h in reversed(before) if source and h.speaker_id != source.speaker_id), None)
            if target is not None and not _gap_ok(text, target.end, cs, near):
                target = None
        elif before:
            source = before[-1]
            target = _first_other(after, source.speaker_id)
            # "Y membantah pernah bertemu X": X is part of what is denied, not the one answered.
            if target is not None and not _gap_ok(text, ce, target.start, near):
                target = None
        else:
            comma = text.find(",", ce, se)
            if comma > 0:
                target = next(
                    (h for h in after if h.start < comma and _gap_ok(text, ce, h.start, near)), None
                )
                if target is not None:
                    source = _first_other([h for h in after if h.start > comma], target.speaker_id)
        # "The mayor fired back." names no target: a rebuttal cue then answers the previous speaker (an
        # answer cue does not: "Hendra menjawab, '...'" is a speech verb).
        unnamed_rebuttal = (
            relation == "rebuts"
            and voice == "active"
            and re.match(r"\s*(?:[,.;:!?]|$)", text[ce:se]) is not None
        )
        if source is None and not hits and unnamed_rebuttal:
            # "Y said A. The incumbent pushed back. 'B,' X said.": the next speaker answers the last one.
            source = _next_speaker(stmts, ce)
        if source is not None and target is None and relation != "supports":
            target = _back_reference(
                text,
                ss,
                se,
                cs,
                ce,
                voice,
                source.speaker_id,
                stmts,
                pack,
                unnamed_rebuttal,
            )
        if source is None or target is None or source.speaker_id == target.speaker_id:
            continue
        s_stmt = _pick(stmts, source.speaker_id, cs, following=True)
        t_stmt = _pick(stmts, target.speaker_id, cs, following=False)
        if relation != "rebuts" and (s_stmt is None or t_stmt is None):
            # "Partai X mendukung Y" backs a person, not something Y said.
            continue
        links.append(
            Link(
                aid,
                source.speaker_id,
                target.speaker_id,
                relation,
                "cue",
                phrase,
                [evidence_in(aid, text, ss, se)],
                s_stmt["statement_id"] if s_stmt else None,
                t_stmt["statement_id"] if t_stmt else None,
                cs,
            )
        )
    return links


def _headline_evidence(aid: str, text: str, title_span: tuple[int, int], stmt: dict | None) -> list[dict]:
    """The headline's words when the article text holds them, else the statement it sums up."""
    if title_span[1] > title_span[0]:
        return [evidence_in(aid, text, *title_span)]
    return [_clause_evidence(aid, stmt, None)] if stmt is not None else []


def _clause_evidence(aid: str, stmt: dict, clause: str | None) -> dict:
    """The contested clause inside a statement, else the whole statement."""
    at = stmt["text"].find(clause) if clause else -1
    if at < 0 or not clause:
        return evidence_item(aid, stmt["start"], stmt["end"], stmt["text"])
    return evidence_item(aid, stmt["start"] + at, stmt["start"] + at + len(clause), clause)


def _hit(stmt: dict) -> Hit:
    """A statement standing in for a name: its speaker, at its span."""
    return Hit(stmt["start"], stmt["end"], stmt["speaker_id"])


def _next_speaker(stmts: list[dict], pos: int) -> Hit | None:
    following = [s for s in stmts if s["start"] >= pos and s["start"] - pos <= NEXT_WINDOW]
    if not following:
        return None
    return _hit(min(following, key=lambda s: s["start"]))


def _back_reference(
    text: str,
    ss: int,
    se: int,
    cs: int,
    ce: int,
    voice: str,
    source: str,
    stmts: list[dict],
    pack: LanguagePack,
    intransitive: bool = False,
) -> Hit | None:
    """The previous other speaker, when the cue's object only points back ("menepis kabar tersebut",
    "hal tersebut dibantah oleh Y") or the cue has no object ("The mayor fired back.")."""
    rel = pack.relations
    if voice == "passive":
        side = words(re.split(r"[,;:]", text[ss:cs])[-1])[-BLOCKER_WORDS:]
    else:  # the object, up to the end of its clause: "disputed that account, saying ..."
        side = words(re.split(r"[,;:]", text[ce:se])[0])[:BLOCKER_WORDS]
    pointing = bool(set(side) & rel.BACK_REFERENCES) and set(side) <= rel.CLAIM_WORDS | rel.BACK_REFERENCES
    if not (pointing or intransitive):
        return None
    prev = [
        s
        for s in stmts
        if s["end"] <= cs and s["speaker_id"] != source and cs - s["end"] <= BACK_REFERENCE_WINDOW
    ]
    if not prev:
        return None
    return _hit(max(prev, key=lambda s: s["end"]))


def _headline_links(
    aid: str,
    text: str,
    title: str,
    title_span: tuple[int, int],
    pack: LanguagePack,
    stmts: list[dict],
    finder: SpeakerFinder,
) -> list[Link]:
    if not title:
        return []
    if title_span[1] > title_span[0]:
        hits = finder.hits(aid, text, *title_span)
        base = title_span[0]
    else:
        hits, base = finder.search(title), 0
    rel = pack.relations
    links = []
    for a, b in zip(hits, hits[1:], strict=False):
        if a.speaker_id == b.speaker_id:
            continue
        between = set(words(title[a.end - base : b.start - base]))
        relation = (
            "rebuts"
            if between & rel.HEADLINE_REBUT_VERBS
            else "supports"
            if between & rel.HEADLINE_SUPPORT_VERBS
            else None
        )
        if relation is None:
            continue
        verb = sorted(between & (rel.HEADLINE_REBUT_VERBS | rel.HEADLINE_SUPPORT_VERBS))[0]
        # The headline sums up the source's first direct quote (else first statement) in the article.
        own = [s for s in stmts if s["speaker_id"] == a.speaker_id]
        direct = [s for s in own if s["kind"] == "direct"]
        s_stmt = min(direct or own, key=lambda s: s["start"]) if own else None
        t_stmt = _pick(stmts, b.speaker_id, s_stmt["start"] if s_stmt else len(text), following=False)
        links.append(
            Link(
                aid,
                a.speaker_id,
                b.speaker_id,
                relation,
                "headline",
                f"headline: {verb}",
                _headline_evidence(aid, text, title_span, s_stmt),
                s_stmt["statement_id"] if s_stmt else None,
                t_stmt["statement_id"] if t_stmt else None,
                a.start,
            )
        )
    return links


def _polar_keys(word: str) -> set[str]:
    """Index keys of a polar word: two words :func:`~debatekit.relate.spans.same_word` can match (equal,
    a prefix of 5+ letters, a stem of 6+ letters inside the other) always share one."""
    return {word, word[:MIN_PREFIX], *(word[i : i + MIN_INFIX] for i in range(len(word) - MIN_INFIX + 1))}


def _contradiction_candidates(
    stmts: list[dict], packs: Mapping[str, LanguagePack], topic_of: Mapping[str, Any]
) -> list[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, of statements on one topic that state a similar word with opposite
    polarity: an inverted index of (topic, polar word key, sign), so no pairwise scan of the article."""
    speakers_on: dict[Any, set[str]] = {}
    for s in stmts:
        speakers_on.setdefault(topic_of.get(s["statement_id"]), set()).add(s["speaker_id"])
    postings: dict[tuple[Any, str], tuple[list[int], list[int]]] = {}
    for i, s in enumerate(stmts):
        topic = topic_of.get(s["statement_id"])
        if topic is None or len(speakers_on[topic]) < 2:  # one speaker does not contradict himself here
            continue
        keys: dict[str, set[int]] = {}
        for word, sign in polar_words(s["text"], packs[s["statement_id"]]).items():
            if len(word) >= CONTESTED_MIN:
                for key in _polar_keys(word):
                    keys.setdefault(key, set()).add(sign)
        for key, signs in keys.items():
            neg, pos = postings.setdefault((topic, key), ([], []))
            for sign in signs:
                (pos if sign > 0 else neg).append(i)
    pairs: set[tuple[int, int]] = set()
    for neg, pos in postings.values():
        pairs.update((min(i, j), max(i, j)) for i in neg for j in pos if i != j)
    return sorted(pairs)


def _contradiction_links(
    aid: str, stmts: list[dict], packs: Mapping[str, LanguagePack], topic_of: Mapping[str, Any]
) -> list[Link]:
    links = []
    for i, j in _contradiction_candidates(stmts, packs, topic_of):
        a, b = stmts[i], stmts[j]
        if a["speaker_id"] == b["speaker_id"]:
            continue
        ta, tb = topic_of.get(a["statement_id"]), topic_of.get(b["statement_id"])
        if ta is None or ta != tb:
            continue
        pa, pb = packs[a["statement_id"]], packs[b["statement_id"]]
        contested = contested_words(a["text"], b["text"], pa, pb)
        if not contested:
            continue
        ca, cb = claim_clause(a["text"], contested, pa), claim_clause(b["text"], contested, pb)
        links.append(
            Link(
                aid,
                b["speaker_id"],
                a["speaker_id"],
                "rebuts",
                "contradiction",
                "contradiction: " + ", ".join(contested),
                [
                    _clause_evidence(aid, a, ca.text if ca else None),
                    _clause_evidence(aid, b, cb.text if cb else None),
                ],
                b["statement_id"],
                a["statement_id"],
                b["start"],
            )
        )
    return links


def _merge(links: list[Link], packs: Mapping[str, LanguagePack], texts: Mapping[str, str]) -> list[dict]:
    # An "answers" cue whose two statements contradict is a rebuttal.
    for link in links:
        if link.relation == "answers" and link.source_statement and link.target_statement:
            pack = packs.get(link.source_statement) or get_pack(None)
            if contested_words(texts[link.target_statement], texts[link.source_statement], pack, pack):
                link.relation = "rebuts"
    groups: dict[tuple[str, str, str, str], list[Link]] = {}
    for link in sorted(links, key=lambda x: (x.article_id, _STRENGTH[x.via], x.pos, x.relation)):
        groups.setdefault((link.article_id, link.source, link.target, link.relation), []).append(link)
    # Fold answers into a rebuttal/support of the same pair.
    for key in [k for k in groups if k[3] == "answers"]:
        for rel in ("rebuts", "supports"):
            other = (key[0], key[1], key[2], rel)
            if other in groups:
                groups[other].extend(groups.pop(key))
                break
    rows = []
    for (aid, src, tgt, relation), group in sorted(groups.items()):
        # Statements and position come from the strongest evidence (cue, then headline, then contradiction).
        best = group[0]
        cues = list(dict.fromkeys(g.cue for g in group))
        rows.append(
            {
                "rebuttal_id": f"{aid}:{relation}:{src}>{tgt}",
                "source_speaker_id": src,
                "target_speaker_id": tgt,
                "source_statement_id": best.source_statement,
                "target_statement_id": best.target_statement,
                "article_id": aid,
                "relation": relation,
                "cue": "; ".join(cues),
                "evidence": list(
                    {(e["article_id"], e["start"], e["end"]): e for g in group for e in g.evidence}.values()
                ),
                "_pos": best.pos,
                "_via": best.via,
            }
        )
    rows.sort(key=lambda r: (r["article_id"], r["_pos"], r["rebuttal_id"]))
    return rows


@collector_paused()  # see debatekit.collector: records, links and rows per statement, no cycles
def find_rebuttals(
    articles: pd.DataFrame,
    statements: pd.DataFrame,
    speakers: pd.DataFrame,
    mentions: pd.DataFrame,
    topic_of: Mapping[str, Any] | None = None,
) -> pd.DataFrame:
    """Rebuttal, support and answer links between speakers, one row per (article, source, target, relation).

    Parameters
    ----------
    articles, statements, speakers, mentions : DataFrame
        Tables as in :mod:`debatekit.schema`.
    topic_of : mapping statement_id -> topic_id, optional
        Contradictions are only looked for between statements of one topic (none without it).

    Returns
    -------
    DataFrame
        ``schema.REBUTTAL_COLUMNS``; ``relation`` is "rebuts", "supports" or "answers".
    """
    topic_of = topic_of or {}
    finder = SpeakerFinder(speakers, mentions)
    st = statements.loc[statements["speaker_id"].map(lambda s: isinstance(s, str)).astype(bool)]
    by_article: dict[str, list[dict]] = {}
    # Only the columns the rules read: records of every column of a large table are slow to build.
    for s in records(st.sort_values(["article_id", "start", "statement_id"])[STATEMENT_FIELDS]):
        by_article.setdefault(str(s["article_id"]), []).append(s)
    packs: dict[str, LanguagePack] = {}
    texts = dict(zip(st["statement_id"].tolist(), st["text"].tolist(), strict=True))
    links: list[Link] = []
    fields = [c for c in ARTICLE_FIELDS if c in articles.columns]
    for art in records(articles.sort_values("article_id")[fields]):
        aid, text = str(art["article_id"]), art.get("text")
        if not isinstance(text, str):
            continue
        pack = get_pack(art.get("language") if isinstance(art.get("language"), str) else None)
        stmts = by_article.get(aid, [])
        packs.update({s["statement_id"]: pack for s in stmts})
        title_cell = art.get("title")
        title = title_cell if isinstance(title_cell, str) else ""
        t0 = text.find(title) if title else -1
        title_span = (t0, t0 + len(title)) if t0 >= 0 else (0, 0)
        links += _cue_links(aid, text, pack, stmts, finder, title_span)
        links += _headline_links(aid, text, title, title_span, pack, stmts, finder)
        links += _contradiction_links(aid, stmts, packs, topic_of)
    rows = _merge(links, packs, texts)
    return schema.frame(schema.REBUTTAL_COLUMNS, rows)
