"""Pass 3: walk the article in text order, keeping the salient person, and attribute.

Resolves pronouns, -nya suffixes, roles and epithets to the article's people, records their
mentions, and gives each statement its speaker.
"""

from __future__ import annotations

import bisect
from collections.abc import Container
from typing import NamedTuple, cast

from debatekit.extract.cues import Subject, number_suffix, role_at, run_is_person
from debatekit.extract.entities import SUBJECT_REACH_SENTENCES, ArticleEntities, Person
from debatekit.extract.names import Lexicon
from debatekit.extract.people_pass import alias_firsts
from debatekit.extract.records import (
    ArticleExtraction,
    Candidate,
    Epithet,
    MentionRecord,
    PeopleContext,
    StatementRecord,
)
from debatekit.extract.text_units import Run, Word

NAMING_SUBJECTS = frozenset({"run", "role", "label"})
INHERIT_REACH_PARAGRAPHS = 1  # how far back a quote with no cue still continues the last speaker
SPEAKER_REACH_PARAGRAPHS = 3  # how far back a pronoun or -nya cue still finds the last speaker
CONFIDENCE = {"run": 0.95, "role": 0.85, "epithet": 0.75, "pronoun": 0.8, "suffix": 0.8, "inherited": 0.7}


def attribute(
    out: ArticleExtraction,
    ctx: PeopleContext,
    candidates: list[Candidate],
    epithets: list[Epithet],
    entities: ArticleEntities,
) -> None:
    """Append the article's mentions and attributed statements to ``out``, in text order."""
    text, index, lex, quoted, masked = ctx.text, ctx.index, ctx.lex, ctx.quoted, ctx.masked
    aid = out.article_id
    _learn_genders(ctx, entities)
    addressed: dict[int, set[str]] = {}  # person key -> genders of the forms of address naming them alone
    for r in ctx.runs:
        people = entities.only_one_named_yet(entities.people_in_run(list(r.words)))
        if len(people) > 1:
            people = _by_pronoun_gender(people, r, ctx, entities)
        if len(people) == 1:
            if people[0].gender is None and (g := lex.honorific_gender.get(r.words[0].lower)):
                addressed.setdefault(people[0].key, set()).add(g)
            entities.mention(r.start, people[0], frozenset(w.lower for w in r.words))
            end = r.end - 1 if r.words[-1].text.endswith(".") and len(r.words[-1].bare) > 2 else r.end
            out.mentions.append(_mention(aid, r.start, end, text, "name", people[0]))

    for key, genders in addressed.items():
        if len(genders) == 1:  # "Mr. Roe" naming one person: the article's own form of address tells
            entities.people[key].gender = genders.pop()  # (both "Mr." and "Ms.": a couple, nothing learnt)
    events: list[tuple[int, int, str, object]] = []
    for a, b, phrase in epithets:
        events.append((a, 0, "epithet", (a, b, phrase)))
    # one walk for pronouns and roles: the stable sort below orders each kind by offset as two walks did
    pronouns, standalone_first, all_words = lex.pronouns, lex.standalone_first, index.ws
    either = pronouns_or_role_words(lex)
    for k in index.positions(either):  # the few pronouns and role words, found in one scan
        w = all_words[k]
        low = w.lower
        if low in pronouns:
            if not quoted.covers(w.start) and not masked.covers(w.start):
                events.append((w.start, 1, "pronoun", w))
        if low in standalone_first and not quoted.covers(w.start) and not masked.covers(w.start):
            role = role_at(all_words, k, lex)
            if role:
                events.append((w.start, 2, "role", role + number_suffix(all_words, k + len(role), lex)))
    for c in candidates:
        events.append((c.anchor, 3, "statement", c))
    events.sort(key=lambda ev: (ev[0], ev[1]))

    followed = _followed_by_pronoun(ctx, candidates, entities)
    previous: _Attributed | None = None
    named: list[tuple[int, Person]] = []  # (sentence, person) of statements whose cue names one person
    for pos, _order, kind, payload in events:
        if kind == "epithet":
            a, b, phrase = cast(Epithet, payload)
            person = entities.salient(a)
            if person:
                person.aliases.add(phrase)
                entities.mention(a, person)
                out.mentions.append(_mention(aid, a, b, text, "role", person))
        elif kind == "pronoun":
            w = cast(Word, payload)
            person = entities.salient(pos, gender=lex.pronoun_gender.get(w.lower))
            if person:
                if lex.pronoun_carries_person:
                    entities.mention(pos, person)  # "Akan tetapi, ia belum ...": its person, for later cues
                out.mentions.append(_mention(aid, w.start, w.end, text, "pronoun", person))
        elif kind == "role":
            ws = cast(tuple[Word, ...], payload)
            phrase = text[ws[0].start : ws[-1].end]
            people = entities.people_with_role(phrase)
            person = entities.salient(pos, people) if people else None
            if person:
                entities.mention(pos, person)
                out.mentions.append(_mention(aid, ws[0].start, ws[-1].end, text, "role", person))
        else:
            c = cast(Candidate, payload)
            row, person = _statement_record(
                aid, text, c, entities, previous, ctx.runs, named, followed.get(c.anchor)
            )
            if c.kind == "indirect" and person is None:
                continue  # reported speech needs a person who reports it; organisations and documents do not
            out.statements.append(row)
            if person is not None and c.cue is not None and c.cue.subject.kind in NAMING_SUBJECTS:
                entities.speakers.add(person.key)  # named as a speaker, not guessed from a pronoun
            if person is not None and not _names_organisation(c, lex):
                entities.mention(pos, person)  # an organisation is no antecedent for "he" or "she"
            previous = _Attributed(person, c.paragraph, c.anchor)
            if person is not None and c.cue is not None and _names_one(c.cue.subject, entities):
                named.append((entities.sentence_of(c.anchor), person))


def pronouns_or_role_words(lex: Lexicon) -> frozenset[str]:
    """The pronouns and the first words of standalone roles: the words :func:`attribute` walks."""
    return lex.memo("pronouns_or_role_words", lambda: lex.pronouns | lex.standalone_first.keys())


def watched_words(lex: Lexicon) -> tuple[frozenset[str], tuple[Container[str], ...]]:
    """The words the passes look up by :meth:`~debatekit.extract.offsets.WordIndex.positions` (the union,
    and the containers they ask for), for the word scan to note as it reads them."""

    def build() -> tuple[frozenset[str], tuple[Container[str], ...]]:
        parts = (pronouns_or_role_words(lex), lex.place_markers, lex.role_first, alias_firsts(lex))
        return frozenset().union(*parts), parts

    return lex.memo("watched_words", build)


def _by_pronoun_gender(
    people: list[Person], r: Run, ctx: PeopleContext, entities: ArticleEntities
) -> list[Person]:
    """Of namesakes of known, different genders, the one a gendered pronoun of the sentence fits.

    "Roe allowed her staff to ...", "In her book, Roe noted ..." where Jane and Jim Roe are both in the
    article: the pronoun nearest the name in its sentence, outside quotes, after it first (before it only
    across a comma); not past a speech verb (what follows one is about anybody) or another person's name.
    """
    genders = {p.gender for p in people}
    if None in genders or len(genders) < 2 or not entities.sentence_starts:
        return people
    lo, hi = _sentence_bounds(entities, entities.sentence_of(r.start), len(ctx.text))
    lex = ctx.lex
    sentence = ctx.index.between(lo, hi)
    after = [w for w in sentence if w.start >= r.end]
    # before the name only across a comma: "In her book, Roe noted"; in "It cost him, as Roe said" him is another
    before = [w for w in sentence if w.end <= r.start and "," in ctx.text[w.end : r.start]][::-1]
    for side in (after, before):
        for w in side:
            if ctx.quoted.covers(w.start):
                continue
            g = lex.pronoun_gender.get(w.lower)
            if g is not None:
                if side is after and w.lower not in lex.back_referring_pronouns:
                    break  # "Roe, without naming him, ...": an object is somebody else
                fits = [p for p in people if p.gender == g]
                return fits if len(fits) == 1 else people
            if lex.verb_of(w.text) or (w.is_capitalised and _names_other(w, people, entities)):
                break
    return people


def _learn_genders(ctx: PeopleContext, entities: ArticleEntities) -> None:
    """Give a person of unknown gender the one a pronoun of their own sentence tells.

    "Jeb Roe opened his campaign": a full name opening its sentence, then a back-referring pronoun in
    the same clause (no comma, speech verb, quote or other name between them). The pack's given names
    are few; this tells "Mr. Roe" which namesakes may be meant.
    """
    lex, text = ctx.lex, ctx.text
    starts = entities.sentence_starts
    if not lex.back_referring_pronouns or not starts:
        return
    opening = set(starts)
    for r in ctx.runs:
        if len(r.words) < 2 or r.start not in opening:
            continue
        people = entities.people_in_run(list(r.words))
        if len(people) != 1 or people[0].gender is not None:
            continue
        _lo, hi = _sentence_bounds(entities, entities.sentence_of(r.start), len(text))
        for w in ctx.index.between(r.end, hi):
            if "," in text[r.end : w.start] or ctx.quoted.covers(w.start) or lex.verb_of(w.text):
                break
            if w.lower in lex.back_referring_pronouns:
                people[0].gender = lex.pronoun_gender.get(w.lower)
                break
            if w.is_capitalised and entities.people_with_name_word(w.lower):
                break


def _sentence_bounds(entities: ArticleEntities, k: int, text_end: int) -> tuple[int, int]:
    """Start and end offsets of sentence ``k`` of :attr:`ArticleEntities.sentence_starts` (-1: the text
    before the first sentence)."""
    starts = entities.sentence_starts
    return (starts[k] if k >= 0 else 0), (starts[k + 1] if k + 1 < len(starts) else text_end)


def _addressed(people: list[Person], words: tuple[Word, ...], lex: Lexicon) -> list[Person]:
    """Of namesakes a gendered form of address may mean ("Mr. Roe"), those known to be of that gender.

    ``people_in_run`` keeps namesakes of unknown gender too; when one namesake is known to fit, the
    others (never given that gender by the article) are not meant.
    """
    if len(people) < 2 or not words:
        return people
    g = lex.honorific_gender.get(words[0].lower)
    known = [p for p in people if p.gender == g] if g else []
    return known or people


def _names_other(w: Word, people: list[Person], entities: ArticleEntities) -> bool:
    """Is ``w`` in a capitalised run naming somebody other than ``people``?"""
    found = entities.people_with_name_word(w.lower)
    return bool(found) and not set(found) <= set(people)  # a Person is hashed by identity (eq=False)


def lex_gender(entities: ArticleEntities, subj: Subject) -> str | None:
    """Gender of a pronoun subject ("she said"), when the language marks it."""
    return entities.lex.pronoun_gender.get(subj.words[0].lower) if subj.kind == "pronoun" else None


def headline_mentions(out: ArticleExtraction, text: str, entities: ArticleEntities, ws: list[Word]) -> None:
    """Name words in the headline that belong to exactly one of the article's people."""
    for w in ws:
        if w.is_capitalised:
            people = entities.people_with_name_word(w.lower)
            if len(people) == 1:
                out.mentions.append(
                    _mention(out.article_id, w.start, w.start + len(w.bare), text, "name", people[0])
                )


class _Attributed(NamedTuple):
    """The last statement kept: a quote with no cue may continue its speaker."""

    person: Person | None
    paragraph: int
    position: int  # its anchor: people first named after it may be new speakers


def _statement_record(
    aid: str,
    text: str,
    c: Candidate,
    entities: ArticleEntities,
    previous: _Attributed | None,
    runs: tuple[Run, ...] = (),
    named: list[tuple[int, Person]] | None = None,
    next_gender: str | None = None,
) -> tuple[StatementRecord, Person | None]:
    person: Person | None = None
    mention: str | None = None
    basis = None
    if c.cue is not None and c.cue.subject.kind == "description":
        mention = c.cue.subject.surface(text)
        if _names_organisation(c, entities.lex):
            # "the Harbour Gazette wrote": a named organisation speaks (speakers.kind tells it apart)
            ws = _organisation_words(c.cue.subject, entities.lex)
            if len(ws) == 1 and len(c.cue.subject.words) > 1:  # "the Post" after "the Harbour Post"
                ws = _organisation_ending(ws[0], runs, entities.lex) or ws
            person = entities.add_name(list(ws))
            basis = "run"
        elif c.inherit:
            person, basis = _inherited(c, entities, previous)
        # else "a State Department official": nobody the article tracks
    elif c.cue is not None:
        subj: Subject = c.cue.subject
        mention = subj.surface(text)
        basis = subj.kind
        if subj.kind == "run":
            people = _addressed(entities.people_in_run(list(subj.words)), subj.words, entities.lex)
            fits = [p for p in people if p.gender == next_gender] if next_gender and len(people) > 1 else []
            person = fits[0] if len(fits) == 1 else _named_speaker(people, c.anchor, entities, named or [])
            if person is None and people:
                person = entities.salient(c.anchor, people)
        elif subj.kind == "label":
            # a transcript label ("PENCE:") is the person of that name, or a new one
            people = entities.people_in_run(list(subj.words))
            person = entities.salient(c.anchor, people) if people else _label_person(subj, entities, runs)
            basis = "run"
        elif subj.kind == "epithet":
            person = entities.salient(c.anchor)
            if person is not None:
                person.aliases.add(mention)
        elif subj.kind == "role":
            people = entities.people_with_role(mention)
            person = entities.salient(c.anchor, people) if people else None
            if person is not None:
                person.aliases.add(mention)
        else:
            gender = lex_gender(entities, subj)
            person = entities.salient(c.anchor, gender=gender)
            if subj.kind in ("suffix", "pronoun"):
                person = _prefer_speaker(person, c, entities, previous)
    elif c.inherit:
        person, basis = _inherited(c, entities, previous)
    letter = "d" if c.kind == "direct" else "i"
    record = StatementRecord(
        statement_id=f"{aid}:{letter}{c.start}",
        article_id=aid,
        kind=c.kind,
        text=text[c.start : c.end],
        speaker_mention=mention,
        cue=c.cue.verb if c.cue else None,
        start=c.start,
        end=c.end,
        confidence=CONFIDENCE.get(basis or "", 0.0) if person is not None else 0.0,
        person_key=person.key if person is not None else None,
    )
    return record, person


def _followed_by_pronoun(
    ctx: PeopleContext, candidates: list[Candidate], entities: ArticleEntities
) -> dict[int, str]:
    """Anchor of each statement whose named subject the next statement's gendered pronoun cue continues.

    "Roe, without naming him, accused Lee. ... “We can't wait,” she said.": the next statement, in the
    same paragraph or the one after, with nobody else of that gender named in between, is by the same
    person, so its pronoun tells which namesake "Roe" is.
    """
    lex = ctx.lex
    if not lex.pronoun_gender:
        return {}
    ordered = sorted((c for c in candidates if c.cue is not None), key=lambda c: c.anchor)
    out: dict[int, str] = {}
    starts = [r.start for r in ctx.runs]
    for c, nxt in zip(ordered, ordered[1:], strict=False):
        subj, later = c.cue.subject, nxt.cue.subject  # type: ignore[union-attr]
        if subj.kind != "run" or later.kind != "pronoun" or nxt.paragraph > c.paragraph + 1:
            continue
        g = lex.pronoun_gender.get(later.words[0].lower)
        people = entities.people_in_run(list(subj.words))
        if g is None or len(people) < 2 or any(p.gender is None for p in people):
            continue  # a namesake of unknown gender may be the one the pronoun stands for
        lo, hi = max(subj.end, c.anchor), nxt.anchor
        between = ctx.runs[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]
        if any(
            p not in people and p.gender in (g, None)
            for r in between
            for p in entities.people_in_run(list(r.words))
        ):
            continue  # somebody else the pronoun may stand for is named in between
        out[c.anchor] = g
    return out


def _names_one(subj: Subject, entities: ArticleEntities) -> bool:
    """Does a cue's subject name exactly one of the article's people ("former President Bill Clinton")?"""
    return subj.kind == "run" and len(entities.people_in_run(list(subj.words))) == 1


def _named_speaker(
    people: list[Person], position: int, entities: ArticleEntities, named: list[tuple[int, Person]]
) -> Person | None:
    """Of namesakes a cue's bare surname may stand for, the one a recent cue named in full.

    "... for his wife Hillary Clinton, former president Bill Clinton said ... Clinton said": the
    speaker named in full by the last statement's own cue, in this sentence or the few before, not
    whoever opened that sentence.
    """
    if len(people) < 2 or not named or not entities.lex.namesakes_by_subject:
        return None
    k = entities.sentence_of(position)
    for s, person in reversed(named):
        if s < k - SUBJECT_REACH_SENTENCES:
            return None
        if person in people:
            return person
    return None


def _prefer_speaker(
    person: Person | None, c: Candidate, entities: ArticleEntities, previous: _Attributed | None
) -> Person | None:
    """A pronoun or -nya cue ("katanya") after someone the article only mentions: the last speaker.

    News quotes a person, then names others inside the reported matter (the victim, the official
    visited) before the next quote of the same speaker. Someone the article names as a speaker, or
    first names after the last statement (a new speaker being introduced), keeps the cue.
    """
    if previous is None or previous.person is None or person is previous.person:
        return person
    if person is not None and person.key in entities.speakers:
        return person
    if previous.paragraph < c.paragraph - SPEAKER_REACH_PARAGRAPHS:
        return person
    if person is not None and entities.first_seen.get(person.key, 0) > previous.position:
        return person  # introduced after the last statement: a new speaker, not matter
    return previous.person


def _label_person(subj: Subject, entities: ArticleEntities, runs: tuple[Run, ...]) -> Person | None:
    """The person a transcript label names: the article's first name run holding the label's last word
    ("Ottilie Brannock" for "BRANNOCK:"), else the label itself."""
    word = subj.words[-1].bare.lower()
    for r in runs:
        if any(w.bare.lower() == word and not w.bare.isupper() for w in r.words) and run_is_person(
            r.words, entities.lex
        ):
            return entities.add_run(list(r.words))
    return entities.add_name(list(subj.words))


def _organisation_words(subj: Subject, lex: Lexicon) -> tuple[Word, ...]:
    """The capitalised words of a description subject after its determiner ("the Harbour Gazette")."""
    ws = subj.words
    while ws and ws[0].lower in lex.description_openers:
        ws = ws[1:]
    return ws


def _organisation_ending(word: Word, runs: tuple[Run, ...], lex: Lexicon) -> tuple[Word, ...]:
    """The organisation the article last named, before ``word``, with ``word`` as its last word.

    "the Harbour Post ... the Post said": a newspaper's last word after a determiner stands for the one
    the article named most recently, not for whichever paper of that name the corpus names most.
    """
    for r in reversed([r for r in runs if r.start < word.start]):  # runs come in text order
        ends = [i for i, w in enumerate(r.words) if i > 0 and w.lower == word.lower]
        if ends:
            ws = r.words[: ends[-1] + 1]
            while ws and ws[0].lower in lex.description_openers:
                ws = ws[1:]
            if len(ws) >= 2:
                return ws
    return ()


def _names_organisation(c: Candidate, lex: Lexicon) -> bool:
    """Is the candidate's speaker a named organisation ("the Harbour Gazette", "The Ledger")?"""
    if c.cue is None or c.cue.subject.kind != "description":
        return False
    ws = _organisation_words(c.cue.subject, lex)
    return (
        bool(ws)
        and all(w.is_capitalised and w.lower not in lex.non_name_capitals for w in ws)
        and ws[-1].lower not in lex.affiliation_words  # "the Wisconsin Republican": a member, not a body
    )


def _inherited(
    c: Candidate, entities: ArticleEntities, previous: _Attributed | None
) -> tuple[Person | None, str | None]:
    """The previous statement's speaker, for a quote with no speaker of its own.

    Only up to ``INHERIT_REACH_PARAGRAPHS`` paragraphs on, while that speaker is still the salient person
    (a paragraph naming someone else as its subject in between makes them salient instead).
    """
    if previous is None or previous.person is None:
        return None, None
    near = c.paragraph - INHERIT_REACH_PARAGRAPHS <= previous.paragraph <= c.paragraph
    if near and entities.salient(c.start) is previous.person:
        return previous.person, "inherited"
    return None, None


def _mention(aid: str, start: int, end: int, text: str, kind: str, person: Person) -> MentionRecord:
    return MentionRecord(
        mention_id=f"{aid}:m{start}",
        article_id=aid,
        start=start,
        end=end,
        text=text[start:end],
        kind=kind,
        person_key=person.key,
    )
