"""Extract the statements of one article and attribute them to the article's people.

Per article and independent of every other article, so it can run in any order or in parallel
(``map_partitions``). Three passes:

1. find candidates: quoted spans with the cue around them, and sentences with a reporting verb;
2. register the article's people from cue subjects, role appositives ("Wali Kota X Y",
   "cawalkot nomor urut 1, Y") and names the article also uses alone;
3. walk the article in order, keeping the salient person, to resolve pronouns, -nya suffixes, roles
   and epithets, and give each statement its speaker.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from typing import cast

from debatekit.extract.cues import (
    Cue,
    Subject,
    according_to,
    cue_after,
    cue_before,
    cue_colon,
    cue_dash,
    number_suffix,
    role_at,
    run_is_person,
    subject_before,
)
from debatekit.extract.entities import ArticleEntities, Person
from debatekit.extract.names import Lexicon, lexicon, match_role_head, split_role_and_name
from debatekit.extract.quotes import MARKS, Oddity, QuoteSpan, find_quotes
from debatekit.extract.text_units import Run, Word, capitalised_runs, joins, paragraphs, sentences, words
from debatekit.lang import LanguagePack

MIN_STANDALONE_QUOTE_WORDS = 3  # a quote with no cue must be a real utterance, not a scare-quoted phrase
MIN_EMBEDDED_QUOTE_WORDS = 6  # a quote inside the reporter's sentence needs a verb and this many words
MIN_CLAUSE_WORDS = 3

CONFIDENCE = {"run": 0.95, "role": 0.85, "epithet": 0.75, "pronoun": 0.8, "suffix": 0.8, "inherited": 0.7}


@dataclass
class Candidate:
    """A statement before its speaker is known."""

    kind: str  # "direct" | "indirect"
    start: int
    end: int
    cue: Cue | None
    anchor: int  # where the attribution happens in the text (for salience)
    paragraph: int
    inherit: bool = False


@dataclass
class ArticleExtraction:
    """What one article yields: statements and mentions pointing at article-local people."""

    article_id: str
    statements: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    oddities: list[Oddity] = field(default_factory=list)


class _Index:
    """Words of the text with bisect lookups by offset."""

    def __init__(self, ws: list[Word]) -> None:
        self.ws = ws
        self.starts = [w.start for w in ws]

    def between(self, a: int, b: int) -> list[Word]:
        i = bisect.bisect_left(self.starts, a)
        j = bisect.bisect_left(self.starts, b)
        return [w for w in self.ws[i:j] if w.end <= b]


class _Spans:
    """A sorted set of non-overlapping intervals for 'is this offset inside a quote?'."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def covers(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and self.spans[i][0] <= pos < self.spans[i][1]

    def overlaps(self, a: int, b: int) -> bool:
        i = bisect.bisect_right(self.starts, b) - 1
        while i >= 0:
            s, e = self.spans[i]
            if e <= a:
                return False
            if s < b and e > a:
                return True
            i -= 1
        return False


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
    index = _Index(words(text, split_pairs=pack.attribution.SPLIT_HYPHENATED_PAIRS))
    first_body = _first_body_paragraph(text, paras, title)

    candidates, accepted = _direct_candidates(text, paras, quotes, index, lex, first_body)
    quoted = _Spans(
        [(q.open_mark, (q.close_mark if q.close_mark is not None else q.end) + 1) for q in accepted]
    )
    all_quoted = _Spans(
        [(q.open_mark, (q.close_mark if q.close_mark is not None else q.end) + 1) for q in quotes]
    )
    sentence_spans = [
        (p_i, s, e)
        for p_i, (ps, pe) in enumerate(paras)
        if p_i >= first_body
        for s, e in sentences(text, ps, pe, pack.text.ABBREVIATIONS)
    ]
    candidates += _indirect_candidates(text, sentence_spans, quoted, index, lex)
    candidates.sort(key=lambda c: (c.start, c.kind))

    epithets = _epithets(text, sentence_spans, index, lex)
    candidates = [_epithet_subject(c, epithets) for c in candidates]
    # The headline (Title Case: "Fauzan Serang Hendra") is no place to learn names: masked like quotes.
    body_start = paras[first_body][0] if first_body < len(paras) else len(text)
    headline = [(0, body_start)] if body_start else []
    masked = _Spans([(a, b) for a, b, _ in epithets] + [(s, e) for s, e in quoted.spans] + headline)
    mid_sentence = frozenset(
        w.bare for w in index.ws if w.is_capitalised and not _sentence_initial(text, w.start, OPENING_MARKS)
    )
    lower_words = frozenset(w.lower for w in index.ws if not w.is_capitalised)
    runs = tuple(
        r
        for r in capitalised_runs(index.ws, lex.particles, text)
        if not all_quoted.covers(r.start) and not masked.covers(r.start)
    )
    ctx = _Context(text, index, lex, all_quoted, masked, paras, first_body, mid_sentence, runs, lower_words)
    entities = _register_people(ctx, candidates)
    entities.sentence_starts = [s for _p, s, _e in sentence_spans]
    _unknown_subjects(ctx, sentence_spans, entities)
    _resolve(out, ctx, candidates, epithets, entities)
    _headline_mentions(out, text, entities, index.between(0, body_start))
    out.people = entities.people
    return out


def _epithet_subject(c: Candidate, epithets: list[tuple[int, int, str]]) -> Candidate:
    """A subject inside an epithet ("Menantu mantan gubernur itu") is the epithet, not the name in it."""
    if c.cue is None:
        return c
    for a, b, _phrase in epithets:
        if a <= c.cue.subject.start < b:
            return replace(c, cue=replace(c.cue, subject=Subject("epithet", c.cue.subject.words)))
    return c


OPENING_MARKS = "“\"‘'(:"  # a capital right after these may be a quoted sentence's first word


def _sentence_initial(text: str, pos: int, also: str = "") -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in "\n.!?-–—" or text[i] in also


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


# -- pass 1: candidates ---------------------------------------------------------------------------
def _segment_before(
    text: str, para_start: int, pos: int, prev_close: int, abbreviations: frozenset[str] = frozenset()
) -> int:
    i = pos - 1
    floor = max(para_start, prev_close)
    while i >= floor:
        ch = text[i]
        if (
            ch in ".!?"
            and i + 1 < pos
            and text[i + 1].isspace()
            and not _is_abbrev_dot(text, i, abbreviations)
        ):
            return i + 1
        i -= 1
    return floor


def _segment_after(
    text: str, pos: int, para_end: int, next_open: int, abbreviations: frozenset[str] = frozenset()
) -> int:
    ceiling = min(para_end, next_open)
    i = pos
    while i < ceiling:
        if (
            text[i] in ".!?"
            and (i + 1 >= ceiling or text[i + 1].isspace())
            and not _is_abbrev_dot(text, i, abbreviations)
        ):
            return i + 1
        i += 1
    return ceiling


def _is_abbrev_dot(text: str, i: int, abbreviations: frozenset[str] = frozenset()) -> bool:
    # "H." / "Dr." / "S.E." and the pack's "Rep." / "Mrs." inside a sentence do not end it.
    if text[i] != ".":
        return False
    j = i - 1
    while j >= 0 and text[j].isalpha():
        j -= 1
    token = text[j + 1 : i]
    return (len(token) <= 2 and token[:1].isupper()) or (
        token[:1].isupper() and token.lower() in abbreviations and i + 2 < len(text) and text[i + 2].isupper()
    )


def _direct_candidates(
    text: str,
    paras: list[tuple[int, int]],
    quotes: list[QuoteSpan],
    index: _Index,
    lex: Lexicon,
    first_body: int,
) -> tuple[list[Candidate], list[QuoteSpan]]:
    found: list[Candidate] = []
    accepted: list[QuoteSpan] = []
    for qi, q in enumerate(quotes):
        if q.paragraph < first_body:
            continue
        p_start, _ = paras[q.paragraph]
        _, p_end = paras[q.end_paragraph]
        prev_mark = quotes[qi - 1].close_mark if qi else None
        prev_close = prev_mark + 1 if prev_mark is not None else 0
        next_open = quotes[qi + 1].open_mark if qi + 1 < len(quotes) else len(text)
        seg_start = _segment_before(text, p_start, q.open_mark, prev_close, lex.abbreviations)
        pre_words = index.between(seg_start, q.open_mark)
        pre_text = text[seg_start : q.open_mark].rstrip()
        post_words: list[Word] = []
        if q.close_mark is not None:
            seg_end = _segment_after(text, q.close_mark + 1, p_end, next_open, lex.abbreviations)
            post_words = index.between(q.close_mark + 1, seg_end)
        n_words = len(index.between(q.start, q.end))
        if pre_words and pre_words[-1].lower in lex.title_cues:
            continue  # a programme or book title, not an utterance
        opens_sentence = not pre_words or pre_text.endswith((":", ","))
        cue = cue_after(post_words, lex, text, scan=opens_sentence) if post_words else None
        if cue is None and post_words and q.close_mark is not None and n_words >= MIN_STANDALONE_QUOTE_WORDS:
            cue = cue_dash(post_words, q.close_mark, lex, text)
        if cue is not None and n_words <= 4 and _looks_like_title(text, q, index, strip=",."):
            continue  # "Face the Nation," said ...: a programme or paper, not an utterance
        if cue is None and pre_words and pre_text.endswith((":", ",")):
            cue = cue_before(pre_words, lex, text)
            if cue is None and pre_text.endswith(":"):
                cue = cue_colon(pre_words, lex, text)  # "Jo Roe on the fares:" / "Here is Roe in 1992:"
        elif cue is None and pre_words and n_words >= MIN_EMBEDDED_QUOTE_WORDS:
            cue = cue_before(pre_words, lex, text)
        if cue is None and not pre_words and q.paragraph > 0 and q.open_mark == p_start:
            prev_s, prev_e = paras[q.paragraph - 1]
            if text[prev_s:prev_e].rstrip().endswith(":"):
                cue = cue_before(
                    index.between(_segment_before(text, prev_s, prev_e - 1, 0), prev_e), lex, text
                )
        standalone = not pre_words or pre_text.endswith(":")
        if cue is None:
            if not standalone or n_words < MIN_STANDALONE_QUOTE_WORDS or _looks_like_title(text, q, index):
                continue
            found.append(Candidate("direct", q.start, q.end, None, q.start, q.paragraph, inherit=True))
        else:
            anchor = cue.verb_word.start
            found.append(Candidate("direct", q.start, q.end, cue, anchor, q.paragraph))
        accepted.append(q)
    return found, accepted


def _looks_like_title(text: str, q: QuoteSpan, index: _Index, strip: str = "") -> bool:
    ws = index.between(q.start, q.end)
    return (
        bool(ws)
        and len(ws) <= 8
        and all(w.is_capitalised or len(w.text) <= 3 for w in ws)
        and not any(ch in text[q.start : q.end].rstrip(strip) for ch in ".!?,")
    )


def _indirect_candidates(
    text: str,
    sentence_spans: list[tuple[int, int, int]],
    quoted: _Spans,
    index: _Index,
    lex: Lexicon,
) -> list[Candidate]:
    found: list[Candidate] = []
    for p_i, s, e in sentence_spans:
        if quoted.overlaps(s, e):
            continue
        ws = index.between(s, e)
        if len(ws) < MIN_CLAUSE_WORDS + 1:
            continue
        cand = (
            _according(text, ws, s, e, lex, p_i)
            or _parenthetical(text, ws, s, e, lex, p_i)
            or _reported(text, ws, e, lex, p_i)
            or _post_cue(text, ws, s, e, lex, p_i)
        )
        if cand:
            found.append(cand)
    return found


def _clause(text: str, ws: list[Word], i: int, sentence_end: int, lex: Lexicon) -> tuple[int, int] | None:
    """Span of the reported clause starting at word ``i``: skip "bahwa"/"that", stop at a gloss.

    "said on Tuesday that ..." / "mengatakan kepada wartawan bahwa ...": a "that" within the next few
    words (before any comma) starts the clause.
    """
    for k in range(i, min(len(ws), i + 8)):
        if ws[k].lower in lex.clause_skip:
            if "," not in text[ws[i].start : ws[k].start]:
                i = k
            break
    while i < len(ws) and ws[i].lower in lex.clause_skip:
        i += 1
    if len(ws) - i < MIN_CLAUSE_WORDS:
        return None
    start = ws[i].start
    end = sentence_end
    for k in range(i + MIN_CLAUSE_WORDS, len(ws)):
        gap = text[ws[k - 1].end : ws[k].start]
        if ws[k].lower in lex.clause_breaks and gap.strip(" \"'”’") == ",":
            end = ws[k - 1].end + gap.index(",")
            break
    while end > start and (text[end - 1] in ".!?;:, " or text[end - 1].isspace()):
        end -= 1
    return (start, end) if end > start else None


def _according(text: str, ws: list[Word], s: int, e: int, lex: Lexicon, p_i: int) -> Candidate | None:
    cue = according_to(ws, lex, text)
    if cue is None:
        return None
    comma = text.find(",", cue.subject.end, e)
    if comma < 0:
        return None
    rest = [w for w in ws if w.start > comma]
    if not rest:
        return None
    span = _clause(text, ws, ws.index(rest[0]), e, lex)
    if span is None:
        return None
    return Candidate("indirect", span[0], span[1], cue, cue.verb_word.start, p_i)


def _reported(text: str, ws: list[Word], e: int, lex: Lexicon, p_i: int) -> Candidate | None:
    for k in range(1, len(ws) - MIN_CLAUSE_WORDS):
        verb = lex.verb_of(ws[k].text, quote=False)
        if not verb or verb[1]:
            continue
        subject = subject_before(ws, k, lex, text)
        if subject is None:
            continue
        span = _clause(text, ws, k + 1, e, lex)
        if span is None:
            return None
        cue = Cue(verb[0], ws[k], subject, "report")
        return Candidate("indirect", span[0], span[1], cue, ws[k].start, p_i)
    return None


def _parenthetical(text: str, ws: list[Word], s: int, e: int, lex: Lexicon, p_i: int) -> Candidate | None:
    """ "Pemeriksaan itu, kata Febri, merupakan tindak lanjut ..." / "The plan, Smith said, is dead."

    A cue between two commas inside the sentence: the whole sentence is the reported statement.
    """
    for k in range(1, len(ws) - MIN_CLAUSE_WORDS):
        if text[ws[k - 1].end : ws[k].start].strip() != ",":
            continue
        cue = cue_after(ws[k : k + 6], lex, text)
        if cue is None:
            continue
        last = max((cue.verb_word, *cue.subject.words), key=lambda w: w.end)
        nxt = ws.index(last) + 1
        if nxt >= len(ws) or text[last.end : ws[nxt].start].strip() != ",":
            continue
        if k < 2 or len(ws) - nxt < MIN_CLAUSE_WORDS:
            return None
        end = e
        while end > s and (text[end - 1] in ".!?;:, " or text[end - 1].isspace()):
            end -= 1
        return Candidate("indirect", ws[0].start, end, cue, cue.verb_word.start, p_i)
    return None


def _post_cue(text: str, ws: list[Word], s: int, e: int, lex: Lexicon, p_i: int) -> Candidate | None:
    comma = text.rfind(",", s, e)
    if comma < 0:
        return None
    tail = [w for w in ws if w.start > comma]
    if not tail or len(tail) > 6:
        return None
    cue = cue_after(tail, lex, text)
    if cue is None:
        return None
    head = [w for w in ws if w.end <= comma]
    if len(head) < MIN_CLAUSE_WORDS + 1:
        return None
    return Candidate("indirect", head[0].start, comma, cue, cue.verb_word.start, p_i)


def _epithets(
    text: str, sentence_spans: list[tuple[int, int, int]], index: _Index, lex: Lexicon
) -> list[tuple[int, int, str]]:
    """Sentence-initial epithets ("Menantu mantan gubernur itu", "Ayah tiga anak ini")."""
    found: list[tuple[int, int, str]] = []
    if not lex.epithet_heads:
        return found
    for _p, s, e in sentence_spans:
        ws = index.between(s, e)
        if len(ws) < 3 or ws[0].lower not in lex.epithet_heads:
            continue
        for j in range(1, min(len(ws), 7)):
            if ws[j].lower in lex.epithet_end:
                if (
                    j + 1 < len(ws)
                    and lex.verb_of(ws[j + 1].text)
                    or j + 1 < len(ws)
                    and ws[j + 1].lower in lex.fillers
                ):
                    phrase = text[ws[0].start : ws[j - 1].end]
                    found.append((ws[0].start, ws[j].end, phrase))
                break
    return found


# -- pass 2: people ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Context:
    """What the people-finding passes share about one article."""

    text: str
    index: _Index
    lex: Lexicon
    quoted: _Spans  # every quoted span, accepted or not
    masked: _Spans  # epithets, accepted quotes and the headline
    paras: list[tuple[int, int]]
    first_body: int
    mid_sentence: frozenset[str]  # capitalised words the article uses somewhere other than a sentence start
    runs: tuple[Run, ...]  # capitalised runs outside quotes, epithets and the headline
    lower_words: frozenset[str] = frozenset()  # words the article writes in lower case somewhere


def _trim_opening_word(ws: list[Word], ctx: _Context) -> list[Word]:
    """Drop a sentence's capitalised first word that is no name word ("Both Clinton", "Former Obama").

    A word the article also writes in lower case, or a stopword, that it never capitalises mid-sentence.
    """
    while (
        len(ws) >= 2
        and ws[0].bare not in ctx.mid_sentence
        and (ws[0].lower in ctx.lower_words or ws[0].lower in ctx.lex.stopwords)
        and _sentence_initial(ctx.text, ws[0].start, OPENING_MARKS)
    ):
        ws = ws[1:]
    return ws


def _register_people(ctx: _Context, candidates: list[Candidate]) -> ArticleEntities:
    text, index, lex, quoted, masked = ctx.text, ctx.index, ctx.lex, ctx.quoted, ctx.masked
    mid_sentence = ctx.mid_sentence
    subjects = [c.cue.subject for c in candidates if c.cue is not None and c.cue.subject.kind == "run"]
    # Words the article uses alone as a speaker's name mid-sentence ("kata Rahmat"): a sentence-initial
    # capital ("Sekedar mengingatkan ...") is only a name when the article confirms it.
    anchors = frozenset(
        s.words[0].bare
        for s in subjects
        if len(s.words) == 1
        and run_is_person(s.words, lex)
        and (not _sentence_initial(text, s.start) or s.words[0].bare in mid_sentence)
    )
    entities = ArticleEntities(lex, anchors)
    pending: list[tuple[list[Word], str | None]] = []

    for subj in subjects:
        if not run_is_person(subj.words, lex):
            continue
        if (
            len(subj.words) == 1
            and _sentence_initial(text, subj.start)
            and subj.words[0].bare not in mid_sentence
        ):
            continue
        pending.append((_trim_opening_word(list(subj.words), ctx), None))

    pending += _appositives(text, index, lex, quoted, masked, anchors)
    for r in ctx.runs:
        hits = [i for i, w in enumerate(r.words) if w.bare in anchors]
        if not hits:
            continue
        # The short name marks one end of the full name: "Pernyataan Sudirman" is not a name, "Sudirman Said" is.
        i = hits[0]
        span = r.words[i:] if lex.short_name_position == "first" else r.words[max(0, i - 3) : i + 1]
        words_ = _trim_opening_word(list(span), ctx)
        if run_is_person(words_, lex):
            pending.append((words_, None))

    # Longer names first, so "Rahmat" later merges into "Rahmat Siregar" and not the other way round.
    pending.sort(key=lambda item: (-len(item[0]), item[0][0].start))
    for ws, role in pending:
        entities.add_run(ws, role)
    return entities


def _appositives(
    text: str, index: _Index, lex: Lexicon, quoted: _Spans, masked: _Spans, anchors: frozenset[str]
) -> list[tuple[list[Word], str | None]]:
    """Role phrases tied to names: "Wali Kota X Y", "cawalkot nomor urut 1, Y", "Y, the mayor,"."""
    out: list[tuple[list[Word], str | None]] = []
    ws = index.ws
    i = 0
    while i < len(ws):
        w = ws[i]
        if quoted.covers(w.start) or masked.covers(w.start):
            i += 1
            continue
        n = match_role_head([x.lower for x in ws[i : i + 6]], lex) if w.lower in lex.role_first else 0
        if not n:
            i += 1
            continue
        j = i + n
        while (
            j < len(ws)
            and joins(text, ws[j - 1], ws[j])
            and (
                ws[j].is_capitalised
                or ws[j].lower in lex.number_words
                or ws[j].lower in lex.appositive_joiners
                or ws[j].text.isdigit()
            )
        ):
            j += 1
        phrase = ws[i:j]
        if j < len(ws) and ws[j].lower in lex.epithet_end and text[phrase[-1].end : ws[j].start] == " ":
            i = j  # "mantan Ketua Fraksi X itu": an epithet, not a role with a name
            continue
        if len(phrase) > n and split_role_and_name(list(phrase), lex, anchors)[1]:
            out.append((list(phrase), None))
            i = j
            continue
        role = text[phrase[0].start : phrase[-1].end]
        out.extend(_chain_after(text, ws, j, role, lex))
        i = j
    return out


def _chain_after(
    text: str, ws: list[Word], j: int, role: str, lex: Lexicon
) -> list[tuple[list[Word], str | None]]:
    """After a bare role: ", Jawa Barat, Rahmat Siregar" -> the last name-like element is the person."""
    elements: list[list[Word]] = []
    k = j
    while k < len(ws) and text[ws[k - 1].end : ws[k].start].strip() == "," and len(elements) < 4:
        m = k
        while (
            m + 1 < len(ws)
            and joins(text, ws[m], ws[m + 1])
            and (ws[m + 1].is_capitalised or ws[m + 1].text in lex.particles or _is_degree(ws[m + 1], lex))
        ):
            m += 1
        element = ws[k : m + 1]
        if not element[0].is_capitalised:
            break
        elements.append(element)
        k = m + 1
    names = [el for el in elements if not all(_is_degree(w, lex) for w in el)]
    role_parts = [role]
    for idx, el in enumerate(names):
        if match_role_head([w.lower for w in el], lex):
            break
        if not run_is_person(el, lex):
            role_parts.append(" ".join(w.text for w in el))  # a place or body: "Wali Kota X, Jawa Barat, Y"
            continue
        later_names = [
            x
            for x in names[idx + 1 :]
            if run_is_person(x, lex) and not match_role_head([w.lower for w in x], lex)
        ]
        if later_names:
            role_parts.append(" ".join(w.text for w in el))  # a place between role and name
            continue
        return [(list(el), ", ".join(role_parts))]
    return []


def _is_degree(w: Word, lex: Lexicon) -> bool:
    return bool(lex.degree_re.match(w.text) or lex.degree_re.match(w.text.rstrip(".")))


def _unknown_subjects(
    ctx: _Context, sentence_spans: list[tuple[int, int, int]], entities: ArticleEntities
) -> None:
    """Mark sentences whose subject is a name-like run that is nobody the article registered."""
    text, index, lex, quoted, masked = ctx.text, ctx.index, ctx.lex, ctx.quoted, ctx.masked
    first_body, paras, mid_sentence = ctx.first_body, ctx.paras, ctx.mid_sentence
    dateline_end = _dateline_end(text, paras, first_body)
    for _p, s, e in sentence_spans:
        start = max(s, dateline_end) if s < dateline_end else s
        ws = index.between(start, e)
        if not ws or quoted.covers(ws[0].start) or masked.covers(ws[0].start):
            continue
        k = 0
        # skip an opening connective clause ("Sementara itu, X ...")
        comma = text.find(",", ws[0].start, min(e, ws[0].start + 25))
        if comma > 0 and all(
            not w.is_capitalised or w.lower in lex.non_name_capitals for w in ws if w.end <= comma
        ):
            k = next((i for i, w in enumerate(ws) if w.start > comma), len(ws))
        if k >= len(ws) or not ws[k].is_capitalised:
            continue
        if match_role_head([w.lower for w in ws[k : k + 6]], lex) or ws[k].lower in lex.epithet_heads:
            continue  # a role or an epithet: resolved in pass 3
        j = k
        while j + 1 < len(ws) and joins(text, ws[j], ws[j + 1]) and ws[j + 1].is_capitalised:
            j += 1
        run = ws[k : j + 1]
        if len(run) == 1 and run[0].bare not in mid_sentence:
            continue  # a capitalised first word the article never capitalises elsewhere is no name
        if len(run) <= 3 and run_is_person(run, lex) and not entities.people_in_run(run):
            entities.unknown_subject(run[0].start)


def _dateline_end(text: str, paras: list[tuple[int, int]], first_body: int) -> int:
    """End of a dateline such as "Kotabaru (Warta) -" or "JAKARTA -" at the start of the body."""
    if first_body >= len(paras):
        return 0
    s, e = paras[first_body]
    head = text[s : min(e, s + 80)]
    for sep in (" -- ", " - ", " – ", " — "):
        i = head.find(sep)
        if 0 < i < 60:
            return s + i + len(sep)
    return 0


# -- pass 3: resolve in text order ----------------------------------------------------------------
def _resolve(
    out: ArticleExtraction,
    ctx: _Context,
    candidates: list[Candidate],
    epithets: list[tuple[int, int, str]],
    entities: ArticleEntities,
) -> None:
    text, index, lex, quoted, masked = ctx.text, ctx.index, ctx.lex, ctx.quoted, ctx.masked
    aid = out.article_id
    for r in ctx.runs:
        people = entities.people_in_run(list(r.words))
        if len(people) == 1:
            entities.mention(r.start, people[0])
            end = r.end - 1 if r.words[-1].text.endswith(".") and len(r.words[-1].bare) > 2 else r.end
            out.mentions.append(_mention(aid, r.start, end, text, "name", people[0]))

    events: list[tuple[int, int, str, object]] = []
    for a, b, phrase in epithets:
        events.append((a, 0, "epithet", (a, b, phrase)))
    for w in index.ws:
        if w.lower in lex.pronouns and not quoted.covers(w.start) and not masked.covers(w.start):
            events.append((w.start, 1, "pronoun", w))
    for k, w in enumerate(index.ws):
        if w.lower not in lex.standalone_first or quoted.covers(w.start) or masked.covers(w.start):
            continue
        role = role_at(index.ws, k, lex)
        if role:
            events.append((w.start, 2, "role", role + number_suffix(index.ws, k + len(role), lex)))
    for c in candidates:
        events.append((c.anchor, 3, "statement", c))
    events.sort(key=lambda ev: (ev[0], ev[1]))

    previous: dict | None = None
    for pos, _order, kind, payload in events:
        if kind == "epithet":
            a, b, phrase = cast(tuple[int, int, str], payload)
            person = entities.salient(a)
            if person:
                person.aliases.add(phrase)
                entities.mention(a, person)
                out.mentions.append(_mention(aid, a, b, text, "role", person))
        elif kind == "pronoun":
            w = cast(Word, payload)
            person = entities.salient(pos, gender=lex.pronoun_gender.get(w.lower))
            if person:
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
            row = _statement_row(aid, text, c, entities, previous)
            person = row.pop("_person")
            if c.kind == "indirect" and person is None:
                continue  # reported speech needs a person who reports it; organisations and documents do not
            out.statements.append(row)
            if person is not None:
                entities.mention(pos, person)
            previous = {**row, "_person": person, "_paragraph": c.paragraph}


def lex_gender(entities: ArticleEntities, subj: Subject) -> str | None:
    """Gender of a pronoun subject ("she said"), when the language marks it."""
    return entities.lex.pronoun_gender.get(subj.words[0].lower) if subj.kind == "pronoun" else None


def _headline_mentions(out: ArticleExtraction, text: str, entities: ArticleEntities, ws: list[Word]) -> None:
    """Name words in the headline that belong to exactly one of the article's people."""
    for w in ws:
        if w.is_capitalised:
            people = entities.people_with_name_word(w.lower)
            if len(people) == 1:
                out.mentions.append(
                    _mention(out.article_id, w.start, w.start + len(w.bare), text, "name", people[0])
                )


def _statement_row(
    aid: str, text: str, c: Candidate, entities: ArticleEntities, previous: dict | None
) -> dict:
    person: Person | None = None
    mention: str | None = None
    basis = None
    if c.cue is not None:
        subj: Subject = c.cue.subject
        mention = subj.surface(text)
        basis = subj.kind
        if subj.kind == "run":
            people = entities.people_in_run(list(subj.words))
            person = entities.salient(c.anchor, people) if people else None
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
    elif c.inherit and previous is not None and previous["_person"] is not None:
        # a quote with no cue continues the previous statement's speaker (direct or reported) in its own
        # or the next paragraph, while that speaker is still the salient person
        same_paragraph = previous["_paragraph"] == c.paragraph
        follows_quote = previous["_paragraph"] == c.paragraph - 1
        if (same_paragraph or follows_quote) and entities.salient(c.start) is previous["_person"]:
            person = previous["_person"]
            basis = "inherited"
    letter = "d" if c.kind == "direct" else "i"
    return {
        "statement_id": f"{aid}:{letter}{c.start}",
        "article_id": aid,
        "kind": c.kind,
        "text": text[c.start : c.end],
        "speaker_mention": mention,
        "cue": c.cue.verb if c.cue else None,
        "start": c.start,
        "end": c.end,
        "confidence": CONFIDENCE.get(basis or "", 0.0) if person is not None else 0.0,
        "_local": person.key if person is not None else None,
        "_person": person,
    }


def _mention(aid: str, start: int, end: int, text: str, kind: str, person: Person) -> dict:
    return {
        "mention_id": f"{aid}:m{start}",
        "article_id": aid,
        "start": start,
        "end": end,
        "text": text[start:end],
        "kind": kind,
        "_local": person.key,
    }


__all__ = ["ArticleExtraction", "extract_article", "MARKS"]
