"""Pass 1a: direct-quote candidates, each quoted span with the cue around it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from debatekit.extract.cues import (
    Cue,
    Subject,
    cue_after,
    cue_before,
    cue_colon,
    cue_dash,
    cue_embedded,
    cue_lead_verb,
    subject_before,
)
from debatekit.extract.names import Lexicon
from debatekit.extract.offsets import WordIndex
from debatekit.extract.quotes import QuoteSpan
from debatekit.extract.records import Candidate
from debatekit.extract.text_units import Word
from debatekit.lang import optional_section

MIN_STANDALONE_QUOTE_WORDS = 3  # a quote with no cue must be a real utterance, not a scare-quoted phrase
MIN_EMBEDDED_QUOTE_WORDS = 6  # a quote inside the reporter's sentence needs a verb and this many words


@dataclass(frozen=True)
class QuoteObjects:
    """A pack's verbs whose quoted object is the subject's words (``debatekit/lang/<code>/quote_objects.py``)."""

    verbs: frozenset[str] = frozenset()
    utterance_nouns: frozenset[str] = frozenset()
    utterance_links: frozenset[str] = frozenset()
    gap_frames: frozenset[tuple[str, str]] = frozenset()
    gap_words: int = 0
    min_words: int = 2
    as_openers: frozenset[str] = frozenset()
    as_verbs: frozenset[str] = frozenset()
    as_verb_objects: frozenset[str] = frozenset()


NO_QUOTE_OBJECTS = QuoteObjects()


@cache
def quote_objects(code: str) -> QuoteObjects:
    """The quote-object lists of the pack ``code`` (none when the pack has no ``quote_objects`` module).

    Examples
    --------
    >>> "chanted" in quote_objects("en").verbs
    True
    """
    m = optional_section(code, "quote_objects")
    if m is None:
        return NO_QUOTE_OBJECTS
    return QuoteObjects(
        verbs=frozenset(m.OBJECT_VERBS),
        utterance_nouns=frozenset(m.UTTERANCE_NOUNS),
        utterance_links=frozenset(m.UTTERANCE_LINKS),
        gap_frames=frozenset(m.GAP_FRAMES),
        gap_words=m.OBJECT_GAP_WORDS,
        min_words=m.MIN_OBJECT_QUOTE_WORDS,
        as_openers=frozenset(m.AS_OPENERS),
        as_verbs=frozenset(m.AS_VERBS),
        as_verb_objects=frozenset(m.AS_VERB_OBJECTS),
    )


MAX_AS_CLAUSE_WORDS = 12  # "as the paper's veteran columnist Jo Roe put it in a long essay,"


def cue_as_put(ws: list[Word], objects: QuoteObjects, lex: Lexicon, text: str) -> Cue | None:
    """``As Jo Roe put it, "..."`` / ``as Roe said last week, "..."``: an "as" clause before the comma.

    ``ws`` are the words of the lead-in, which ends with a comma right before the quotation mark.
    """
    if not objects.as_openers:
        return None
    for a in range(len(ws) - 2, max(-1, len(ws) - 2 - MAX_AS_CLAUSE_WORDS), -1):
        if "," in text[ws[a].end : ws[a + 1].start]:
            return None  # the "as" clause is the last one before the quote
        if ws[a].lower not in objects.as_openers:
            continue
        for v in range(a + 2, len(ws)):
            said = lex.verb_of(ws[v].text)
            put = (
                ws[v].lower in objects.as_verbs
                and v + 1 < len(ws)
                and ws[v + 1].lower in objects.as_verb_objects
            )
            if put or (said is not None and not said[1]):
                clause = ws[a + 1 : v + 1]
                verb = said[0] if said is not None else ws[v].lower
                found = subject_before(clause, len(clause) - 1, lex, text)
                if found is None:
                    return cue_lead_verb(clause, lex, text, verb=verb)  # "as the Gazette put it"
                return Cue(verb, ws[v], found, "before")
        return None
    return None


def cue_quote_object(
    ws: list[Word], objects: QuoteObjects, lex: Lexicon, text: str, sentence: list[Word]
) -> Cue | None:
    """The verb governing a quote that is its object: ``the crowd chanted "no justice, no peace"``,
    ``thanked him for "stepping up"``, ``amid chants of "Four more years"``.

    ``ws`` are the words of the lead-in, the last one right before the quotation mark.
    """
    if not ws:
        return None
    k = len(ws) - 1

    def tight(a: int) -> bool:  # no punctuation between ws[a] and ws[a + 1]
        return not text[ws[a].end : ws[a + 1].start].strip()

    if ws[k].lower in lex.clause_skip and k > 0 and tight(k - 1):  # "argued that "...""
        k -= 1
    last = ws[k].lower
    if last in objects.verbs:
        verb = k
    elif (
        last in objects.utterance_links
        and k > 0
        and tight(k - 1)
        and ws[k - 1].lower in objects.utterance_nouns
    ):
        verb = k - 1
    else:
        verb = -1
        for j in range(k - 1, max(-1, k - 2 - objects.gap_words), -1):
            if not tight(j):
                break
            if (ws[j].lower, last) in objects.gap_frames:
                verb = j
                break
    if verb < 0:
        return None
    lead = [w for w in sentence if w.start < ws[verb].start]
    if any(lex.verb_of(w.text) is not None for w in lead):
        return None  # "he said he would offer "a prayer"": the quote is inside a reported clause
    found = subject_before(ws, verb, lex, text)
    if found is not None and ws[verb] not in found.words:
        return Cue(ws[verb].lower, ws[verb], found, "before")
    return cue_lead_verb(ws[: verb + 1], lex, text, sentence, verb=ws[verb].lower)


def _sentence_before(text: str, para_start: int, pos: int, index: WordIndex, lex: Lexicon) -> list[Word]:
    """The words of the sentence that holds ``pos``, from its start (inside the paragraph) up to ``pos``."""
    return index.between(_segment_before(text, para_start, pos, 0, lex.abbreviations), pos)


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


def direct_candidates(
    text: str,
    paras: list[tuple[int, int]],
    quotes: list[QuoteSpan],
    index: WordIndex,
    lex: Lexicon,
    first_body: int,
    objects: QuoteObjects = NO_QUOTE_OBJECTS,
) -> tuple[list[Candidate], list[QuoteSpan]]:
    """Candidates of the quotes with a cue (or standalone utterances), and the quotes accepted.

    ``objects`` (:func:`quote_objects`) are the verbs whose quoted object is what the subject said.
    """
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
        # "... the probe is "ongoing." He said ...": a quote inside the reporter's sentence that ends it is
        # followed by a new sentence, not by its cue
        ends_inside = text[q.start : q.end].rstrip().endswith(".")
        cue = None
        if post_words and not (ends_inside and not opens_sentence):
            # after a full stop only a cue right at the start belongs to the quote (""... the bully."
            # The state, he said, was ..." goes on with a new sentence)
            cue = cue_after(post_words, lex, text, scan=opens_sentence and not ends_inside)
        if cue is None and post_words and q.close_mark is not None and n_words >= MIN_STANDALONE_QUOTE_WORDS:
            cue = cue_dash(post_words, q.close_mark, lex, text)
        if (
            cue is not None
            and n_words <= 4
            and _looks_like_title(text, q, index, strip=",.", capitals=2 if opens_sentence else 1)
        ):
            continue  # "Face the Nation," said ...: a programme or paper, not an utterance
        if cue is None and pre_words and pre_text.endswith((":", ",")):
            cue = cue_before(pre_words, lex, text)
            if cue is None and pre_text.endswith(":"):
                cue = cue_colon(pre_words, lex, text)  # "Jo Roe on the fares:" / "Here is Roe in 1992:"
        elif (
            cue is None and pre_words and n_words >= MIN_EMBEDDED_QUOTE_WORDS and _ends_clause(text, q, p_end)
        ):
            cue = cue_before(pre_words, lex, text)
        if cue is None and not pre_words and q.paragraph > 0 and q.open_mark == p_start:
            prev_s, prev_e = paras[q.paragraph - 1]
            if text[prev_s:prev_e].rstrip().endswith(":"):
                lead = index.between(_segment_before(text, prev_s, prev_e - 1, 0), prev_e)
                cue = cue_before(lead, lex, text) or cue_lead_verb(lead, lex, text)
        sentence: list[Word] | None = None  # the sentence's words up to the quote, read once when needed
        if cue is None and pre_words and pre_text.endswith((":", ",")):
            sentence = _sentence_before(text, p_start, q.open_mark, index, lex)
            cue = cue_lead_verb(pre_words, lex, text, sentence)
        if cue is None and pre_words and not pre_text.endswith((":", ",")) and _ends_clause(text, q, p_end):
            sentence = _sentence_before(text, p_start, q.open_mark, index, lex)
            cue = cue_embedded(pre_words, lex, text, sentence)
        if (
            cue is None
            and objects is not NO_QUOTE_OBJECTS  # a pack without quote_objects: no verb takes a quote
            and pre_words
            and n_words >= objects.min_words
            and not pre_text.endswith(":")
            and not (post_words and post_words[0].start - q.end <= 3 and post_words[0].lower in lex.articles)
        ):
            # "claimed "Roe exaggerates" the cost": a quote the sentence's object goes on after is a fragment
            if sentence is None:
                sentence = _sentence_before(text, p_start, q.open_mark, index, lex)
            cue = cue_quote_object(pre_words, objects, lex, text, sentence)
            if cue is None and pre_text.endswith(","):
                cue = cue_as_put(pre_words, objects, lex, text)
        standalone = not pre_words or pre_text.endswith(":")
        # a short quote that follows one of the same paragraph goes on with it: ""...," he said. "Big time.""
        follows_quote = (
            bool(accepted) and accepted[-1] is quotes[qi - 1] and quotes[qi - 1].end_paragraph == q.paragraph
        )
        min_words = 1 if follows_quote else MIN_STANDALONE_QUOTE_WORDS
        if cue is None:
            if not standalone or n_words < min_words or _looks_like_title(text, q, index):
                continue
        # an excerpt set off by a colon (or with no cue at all) is read paragraph by paragraph; speech
        # closed by its cue ("..." she said) stays one statement, unless it opened inside a paragraph
        # after a sentence of its own (`Roe said. "A ...¶"B," she added`): that paragraph's part goes on
        # the speech before it, the next paragraph's is what the closing cue reports
        excerpt = (
            cue is None
            or pre_text.endswith(":")
            or _after_colon_paragraph(text, paras, q, bool(pre_words))
            or q.open_mark != p_start
        )
        pieces = (
            paragraph_pieces(text, paras, q)
            if lex.quote_per_paragraph and excerpt
            else [(q.start, q.end, q.paragraph)]
        )
        kind = quote_kind(q)
        for start, end, paragraph in pieces:
            label = speaker_label(text, start, end, index) if len(pieces) > 1 else None
            if label is not None:
                # "WALLACE: Governor, ...": a transcript excerpt names the speaker of each paragraph
                words, start = label
                found.append(
                    Candidate(
                        "direct",
                        start,
                        end,
                        Cue(":", words[-1], Subject("label", words), "colon"),
                        start,
                        paragraph,
                    )
                )
                continue
            if cue is None:
                found.append(Candidate(kind, start, end, None, start, paragraph, inherit=True))
            else:
                # "..., adding, "..."": a participle whose subject we cannot read continues the speaker
                inherit = cue.subject.kind == "description" and cue.verb in lex.participles
                found.append(Candidate(kind, start, end, cue, cue.verb_word.start, paragraph, inherit))
        accepted.append(q)
    return found, accepted


def quote_kind(q: QuoteSpan) -> str:
    """The statement kind of a quote's words: ``direct`` inside double quotation marks.

    A quote set off by two apostrophes (``''...''``) is read like one, for its cue and speaker, but is
    ``indirect``: the kind rule of the labelled news sets debatekit is measured on counts only double
    marks as quotation marks, and those sets keep the cue of such a quote inside one reported statement.

    Examples
    --------
    >>> from debatekit.extract.quotes import find_quotes
    >>> text = "''We won,'' she said."
    >>> quote_kind(find_quotes(text, [(0, len(text))])[0][0])
    'indirect'
    """
    return "direct" if q.mark_width == 1 else "indirect"


MAX_LABEL_WORDS = 3


def speaker_label(text: str, start: int, end: int, index: WordIndex) -> tuple[tuple[Word, ...], int] | None:
    """A transcript label opening a quoted paragraph ("PENCE: Well, ..."): its words and where the speech starts.

    Examples
    --------
    >>> from debatekit.extract.offsets import WordIndex
    >>> from debatekit.extract.text_units import words
    >>> text = "ROE: We will."
    >>> ws, start = speaker_label(text, 0, len(text), WordIndex(words(text)))
    >>> [w.text for w in ws], text[start:]
    (['ROE'], 'We will.')
    """
    colon = text.find(":", start, min(end, start + 40))
    if colon < 0:
        return None
    ws = index.between(start, colon)
    if not ws or len(ws) > MAX_LABEL_WORDS or ws[0].start != start or ws[-1].end != colon:
        return None
    if not all(len(w.bare) > 1 and w.bare.isupper() for w in ws):
        return None
    speech = colon + 1
    while speech < end and text[speech].isspace():
        speech += 1
    return (tuple(ws), speech) if speech < end else None


def _after_colon_paragraph(text: str, paras: list[tuple[int, int]], q: QuoteSpan, has_lead: bool) -> bool:
    """Does the quote open its paragraph right after a paragraph ending in a colon ("as follows:")?"""
    if has_lead or q.paragraph == 0 or q.open_mark != paras[q.paragraph][0]:
        return False
    prev_s, prev_e = paras[q.paragraph - 1]
    return text[prev_s:prev_e].rstrip().endswith(":")


def paragraph_pieces(text: str, paras: list[tuple[int, int]], q: QuoteSpan) -> list[tuple[int, int, int]]:
    r"""``(start, end, paragraph)`` of each paragraph's part of a quote, without the reopening marks.

    Examples
    --------
    >>> from debatekit.extract.quotes import find_quotes
    >>> from debatekit.extract.text_units import paragraphs
    >>> text = '"One.\n"Two," she said.'
    >>> paras = paragraphs(text)
    >>> [text[s:e] for s, e, _ in paragraph_pieces(text, paras, find_quotes(text, paras)[0][0])]
    ['One.', 'Two,']
    """
    out: list[tuple[int, int, int]] = []
    start = q.start
    for p in range(q.paragraph, q.end_paragraph + 1):
        if p > q.paragraph:
            start = paras[p][0] + q.mark_width  # past the mark that reopens the quote
        end = q.end if p == q.end_paragraph else paras[p][1]
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end, p))
    return out


def _ends_clause(text: str, q: QuoteSpan, paragraph_end: int) -> bool:
    """Does the quote end its sentence ("... she declared "What a night!"")? Then it is all that was said."""
    if q.close_mark is None:
        return True
    inside = text[q.start : q.end].rstrip()
    after = text[q.close_mark + 1 : paragraph_end].lstrip(" \t")
    return inside.endswith((".", "!", "?")) or not after.strip() or after[:1] in ".!?\n"


def _looks_like_title(text: str, q: QuoteSpan, index: WordIndex, strip: str = "", capitals: int = 1) -> bool:
    """Short, capitalised and unpunctuated: a programme, book or slogan ("Face the Nation").

    ``capitals`` is how many capitalised words of four letters or more it needs ("Okay," is no title).
    """
    ws = index.between(q.start, q.end)
    return (
        bool(ws)
        and len(ws) <= 8
        and sum(w.is_capitalised and len(w.text) >= 4 for w in ws) >= capitals
        and all(w.is_capitalised or len(w.text) <= 3 for w in ws)
        and not any(ch in text[q.start : q.end].rstrip(strip) for ch in ".!?,")
    )
