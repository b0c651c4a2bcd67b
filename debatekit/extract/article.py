"""Extract the statements of one article and attribute them to the article's people.

Per article and independent of every other article, so it can run in any order or in parallel
(``map_partitions``). This module chains the three passes, each in its own module:

1. find candidates: quoted spans with the cue around them (:mod:`~debatekit.extract.quote_candidates`),
   sentences with a reporting verb (:mod:`~debatekit.extract.reported_candidates`) and epithets
   (:mod:`~debatekit.extract.epithets`);
2. register the article's people from cue subjects, role appositives ("Wali Kota X Y",
   "cawalkot nomor urut 1, Y") and names the article also uses alone
   (:mod:`~debatekit.extract.people_pass`);
3. walk the article in order, keeping the salient person, to resolve pronouns, -nya suffixes, roles
   and epithets, and give each statement its speaker (:mod:`~debatekit.extract.attribution_pass`).

The records handed between the passes are in :mod:`~debatekit.extract.records`.
"""

from __future__ import annotations

from debatekit.extract.attribution_pass import attribute, headline_mentions, watched_words
from debatekit.extract.epithets import epithet_subject, find_epithets
from debatekit.extract.names import lexicon
from debatekit.extract.offsets import OPENING_MARKS, SpanSet, WordIndex, sentence_initial_offsets
from debatekit.extract.people_pass import mark_unknown_subjects, register_people
from debatekit.extract.quote_candidates import direct_candidates, quote_objects
from debatekit.extract.quotes import MARKS, find_quotes
from debatekit.extract.records import ArticleExtraction, PeopleContext
from debatekit.extract.reported_candidates import indirect_candidates
from debatekit.extract.text_units import capitalised_runs, paragraphs, scan_words, sentences
from debatekit.lang import LanguagePack


def extract_article(
    article_id: str, text: str, pack: LanguagePack, title: str | None = None
) -> ArticleExtraction:
    """Statements, mentions and people of one article.

    Parameters
    ----------
    article_id : str
        Id used to build statement and mention ids.
    text : str
        Cleaned article text (paragraphs one per line).
    pack : LanguagePack
        The article's language pack.
    title : str, optional
        The headline; a first paragraph equal to it is not searched for quotes.

    Returns
    -------
    ArticleExtraction
    """
    out = ArticleExtraction(article_id)
    if not text or not text.strip():
        return out
    lex = lexicon(pack)
    paras = paragraphs(text)
    quotes, odd = find_quotes(text, paras)
    out.oddities.extend(odd)
    union, watch = watched_words(lex)
    scan = scan_words(text, split_pairs=pack.attribution.SPLIT_HYPHENATED_PAIRS, watch=union)
    index = WordIndex(scan.ws, scan.starts, scan.watched, watch)
    first_body = _first_body_paragraph(text, paras, title)

    candidates, accepted = direct_candidates(
        text, paras, quotes, index, lex, first_body, quote_objects(pack.code)
    )
    quoted = SpanSet(
        [(q.open_mark, (q.close_mark if q.close_mark is not None else q.end) + 1) for q in accepted]
    )
    all_quoted = SpanSet(
        [(q.open_mark, (q.close_mark if q.close_mark is not None else q.end) + 1) for q in quotes]
    )
    sentence_spans = [
        (p_i, s, e)
        for p_i, (ps, pe) in enumerate(paras)
        if p_i >= first_body
        for s, e in sentences(text, ps, pe, pack.text.ABBREVIATIONS)
    ]
    candidates += indirect_candidates(text, sentence_spans, quoted, index, lex, all_quoted)
    candidates.sort(key=lambda c: (c.start, c.kind))

    epithets = find_epithets(text, sentence_spans, index, lex)
    candidates = [epithet_subject(c, epithets) for c in candidates]
    # The headline (Title Case: "Fauzan Serang Hendra") is no place to learn names: masked like quotes.
    body_start = paras[first_body][0] if first_body < len(paras) else len(text)
    headline = [(0, body_start)] if body_start else []
    masked = SpanSet([(a, b) for a, b, _ in epithets] + [(s, e) for s, e in quoted.spans] + headline)
    lower_words = frozenset(scan.lower)
    initial = sentence_initial_offsets(text, OPENING_MARKS)
    mid_sentence = frozenset({w.bare for w in scan.capitalised if w.start not in initial})
    in_quote, in_mask = all_quoted.covers, masked.covers
    runs = tuple(
        r
        for r in capitalised_runs(index.ws, lex.particles, text)
        if not in_quote(start := r.words[0].start) and not in_mask(start)  # r.start, read once
    )
    ctx = PeopleContext(
        text, index, lex, all_quoted, masked, paras, first_body, mid_sentence, runs, lower_words
    )
    entities = register_people(ctx, candidates)
    entities.sentence_starts = [s for _p, s, _e in sentence_spans]
    mark_unknown_subjects(ctx, sentence_spans, entities)
    attribute(out, ctx, candidates, epithets, entities)
    headline_mentions(out, text, entities, index.between(0, body_start))
    out.people = entities.people
    return out


def _first_body_paragraph(text: str, paras: list[tuple[int, int]], title: str | None) -> int:
    if not paras:
        return 0
    first = text[paras[0][0] : paras[0][1]].strip()
    if title and first == title.strip():
        return 1
    # A headline has no sentence-final full stop and is short.
    if len(paras) > 1 and not first.endswith((".", '"', "”")) and len(first.split()) <= 25:
        return 1
    return 0


__all__ = ["ArticleExtraction", "extract_article", "MARKS"]
