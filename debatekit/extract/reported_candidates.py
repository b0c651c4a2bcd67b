"""Pass 1b: reported-speech candidates, sentences with a reporting verb and their clause."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from debatekit.extract.cues import (
    AROUND_COMMA,
    Cue,
    Subject,
    according_to,
    according_to_end,
    after_connectives,
    cue_after,
    cue_colon,
    subject_before,
)
from debatekit.extract.names import VERB_CACHE_SIZE, Lexicon, match_role_head
from debatekit.extract.offsets import SpanSet, WordIndex
from debatekit.extract.records import Candidate
from debatekit.extract.text_units import Word

MIN_CLAUSE_WORDS = 3
# a sentinel compared by identity: ``verb_of`` builds each answer anew, so no answer is this tuple
_UNSEEN: tuple[str, bool] = ("<unseen>", False)


def indirect_candidates(
    text: str,
    sentence_spans: list[tuple[int, int, int]],
    quoted: SpanSet,
    index: WordIndex,
    lex: Lexicon,
    all_quoted: SpanSet | None = None,
    *,
    prefilter: bool = True,
) -> list[Candidate]:
    """Candidates of the sentences outside accepted quotes that report what someone said.

    Only sentences :func:`_may_report` keeps are read (``prefilter=False`` reads every one: the same
    candidates, more slowly).

    With ``all_quoted`` (every quoted span, accepted or not), a candidate whose first and last words
    both lie inside quotation marks is direct (``says “the plan is dead” and “the fares will rise.”``).
    """
    found: list[Candidate] = []
    verbs: dict[str, tuple[str, bool] | None] = lex.memo("report_verbs", dict)
    # the sentences of accepted quotes are left out before the cue-word search (a bisect against a
    # pattern search per sentence): the same sentences are read, in the same order
    spans = [span for span in sentence_spans if not quoted.overlaps(span[1], span[2])]
    for p_i, s, e in _may_report(text, spans, lex) if prefilter else spans:
        ws = index.between(s, e)
        if len(ws) < MIN_CLAUSE_WORDS + 1:
            continue
        cand = (
            _according(text, ws, s, e, lex, p_i)
            or _parenthetical(text, ws, s, e, lex, p_i, _comma_words(text, ws, index))
            or _reported(text, ws, e, lex, p_i, verbs)
            or _post_cue(text, ws, s, e, lex, p_i)
        )
        if cand:
            if all_quoted is not None and _quoted_through(text, cand.start, cand.end, all_quoted):
                cand = replace(cand, kind="direct")
            found.append(cand)
    return found


def _quoted_through(text: str, start: int, end: int, quoted: SpanSet) -> bool:
    """Do the first and the last word characters of ``text[start:end]`` both lie inside quotes?"""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return end > start and quoted.covers(start) and quoted.covers(end - 1)


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
        if ws[k].lower in lex.clause_breaks and gap.strip(AROUND_COMMA) == ",":
            end = ws[k - 1].end + gap.index(",")
            break
    while end > start and (text[end - 1] in ".!?;:, " or text[end - 1].isspace()):
        end -= 1
    return (start, end) if end > start else None


def _according(text: str, ws: list[Word], s: int, e: int, lex: Lexicon, p_i: int) -> Candidate | None:
    cue = according_to(ws, lex, text)
    if cue is None:
        closing = according_to_end(ws, lex, text)
        if closing is None:
            return None
        cue, comma = closing
        span = _clause(text, [w for w in ws if w.end <= comma], 0, comma, lex)
        return (
            None if span is None else Candidate("indirect", span[0], span[1], cue, cue.verb_word.start, p_i)
        )
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


def _may_report(
    text: str, sentence_spans: list[tuple[int, int, int]], lex: Lexicon
) -> list[tuple[int, int, int]]:
    """The sentences with a word that may be a speech verb or an "according to" word.

    Every cue :func:`indirect_candidates` reads has a word ``lex.verb_of`` knows (a verb, its suffixed or
    misspelt form) or one that starts an ``according_to`` phrase; each of those words starts with one
    of :func:`_cue_pattern`. Most sentences of news have none and skip its rules. One search of the
    lower-cased text per sentence costs a tenth of a lookup per word.
    """
    low = text.lower()
    if len(low) != len(text):  # a letter lower-casing to two ("İ"): offsets would shift, keep all
        return sentence_spans
    search = lex.memo("cue_prefixes", lambda: _cue_pattern(lex)).search
    return [span for span in sentence_spans if search(low, span[1], span[2])]


def _cue_pattern(lex: Lexicon) -> re.Pattern[str]:
    """One pattern of the lower-cased words a reported-speech cue word starts with, as a trie
    (an alternation of hundreds of words scans the text several times slower)."""
    words = {
        w.lower()
        for w in (*lex.quote_verbs, *lex.report_verbs, *lex.typo_verbs, *(p[0] for p in lex.according_to))
    }
    trie: dict = {}
    for w in sorted(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def alternation(node: dict) -> str:
        if "" in node:  # a shorter word is already a prefix: what follows it adds no match
            return ""
        alts = [re.escape(ch) + alternation(sub) for ch, sub in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    # at a word's start only (the lookbehind sees the text before a search's start position too)
    return re.compile(r"(?<!\w)" + alternation(trie) if words else r"(?!)")


def _report_verb(
    verbs: dict[str, tuple[str, bool] | None], lex: Lexicon, token: str
) -> tuple[str, bool] | None:
    found = lex.verb_of(token, quote=False)
    if len(verbs) < VERB_CACHE_SIZE:
        verbs[token] = found
    return found


def _has_speech_verb(ws: list[Word], lex: Lexicon) -> bool:
    """Whether one of ``ws`` is a speech verb (``lex.verb_of``, which remembers its answers per token)."""
    return any(lex.verb_of(w.text) is not None for w in ws)


def _reported(
    text: str,
    ws: list[Word],
    e: int,
    lex: Lexicon,
    p_i: int,
    verbs: dict[str, tuple[str, bool] | None],
) -> Candidate | None:
    get = verbs.get
    for k in range(1, len(ws) - MIN_CLAUSE_WORDS):
        token = ws[k].text
        verb = get(token, _UNSEEN)
        if verb is _UNSEEN:
            verb = _report_verb(verbs, lex, token)
        if not verb or verb[1]:
            continue
        subject = subject_before(ws, k, lex, text)
        if subject is None:
            continue
        named = _named_before_colon(text, ws, k, e, lex, p_i)
        if named is not None:
            return named
        outer = _outer_cue(text, ws, k, lex) if _opens_sentence(ws, subject, lex) else None
        if outer is not None:
            return _outer_candidate(text, ws, outer, p_i)
        span = _clause(text, ws, k + 1, e, lex)
        if span is None:
            return None
        cue = Cue(verb[0], ws[k], subject, "report")
        return Candidate("indirect", span[0], span[1], cue, ws[k].start, p_i)
    return None


MAX_COLON_NAME_WORDS = 4


def _named_before_colon(
    text: str, ws: list[Word], k: int, e: int, lex: Lexicon, p_i: int
) -> Candidate | None:
    """ "Jo Roe: Al Poe thinks the plan is dead." (a headline's attribution): a name alone before a colon
    that opens the sentence is the speaker of everything after it, whose verb at ``ws[k]`` is reported.
    """
    for j in range(1, min(k, MAX_COLON_NAME_WORDS + 1)):
        gap = text[ws[j - 1].end : ws[j].start]
        if ":" not in gap:
            continue
        if gap.strip() != ":":
            return None
        lead = ws[:j]
        cue = cue_colon(lead, lex, text) if j > 1 else None  # one word ("Update:") may be no name
        if cue is None or cue.subject.kind != "run" or len(cue.subject.words) != j:
            return None  # "Here is Roe:": not a name standing alone
        span = _clause(text, ws, j, e, lex)
        return Candidate("indirect", span[0], span[1], cue, lead[-1].start, p_i) if span else None
    return None


MAX_OUTER_CUE_WORDS = 6
# subjects that name someone on their own: a pronoun or a bare description may still belong to the clause
_NAMED_SUBJECTS = frozenset({"run", "role"})


def _opens_sentence(ws: list[Word], subject: Subject, lex: Lexicon) -> bool:
    """Does ``subject`` open the sentence (after connectives)? "While he said X, Roe noted ..." opens
    with a subordinate clause, whose verb is no clause reported by the later cue."""
    i = after_connectives(ws, lex)
    return i < len(ws) and ws[i].start == subject.start


def _outer_cue(text: str, ws: list[Word], k: int, lex: Lexicon) -> tuple[Cue, int] | None:
    """ "Jo Roe thinks the plan is dead, Senator Al Poe said on Monday": the later cue is the outer one.

    A verb at ``ws[k]`` with its own subject opens a clause; a comma after it followed right away by a
    named subject with a speech verb (or a speech verb and a named subject) reports that whole clause.
    Returns the cue and the index of the word after the comma.
    """
    for j in range(k + MIN_CLAUSE_WORDS, len(ws)):
        if text[ws[j - 1].end : ws[j].start].strip() != ",":
            continue
        window = ws[j : j + MAX_OUTER_CUE_WORDS]
        if not _has_speech_verb(window, lex):
            continue
        cue = cue_after(window, lex, text)
        if cue is None or cue.subject.kind not in _NAMED_SUBJECTS:
            continue
        if lex.verb_of(cue.verb_word.text, quote=False) is None:
            continue  # a verb only read after a quotation mark is no report of a clause
        if cue.verb_word is not ws[j] and not _subject_opens(window, cue, lex):
            continue  # ", and Roe vowed ...": a clause of its own, joined to the first
        if not _ends_cue(text, ws, max(cue.verb_word, *cue.subject.words, key=lambda w: w.end), lex):
            continue
        return cue, j
    return None


def _subject_opens(window: list[Word], cue: Cue, lex: Lexicon) -> bool:
    """Does the cue's subject open ``window``, or follow only a modifier of its role ("former President
    Jo Roe"), not a conjunction ("while Roe said")?"""
    gap = [w for w in window if w.end <= cue.subject.start]
    if not gap:
        return True
    if len(gap) > 2 or any(w.is_capitalised or w.lower in lex.connectives for w in gap):
        return False
    return cue.subject.kind == "role" or bool(match_role_head([w.lower for w in cue.subject.words], lex))


def _ends_cue(text: str, ws: list[Word], last: Word, lex: Lexicon) -> bool:
    """Does the cue end at ``last``, with at most a time or place after it ("said on Monday", "said
    Tuesday in Paris", "said this week")? Words that may not name a thing said ("that ...", an object:
    "asked the senator") make the cue a clause of its own."""
    i = ws.index(last) + 1
    if i >= len(ws) or text[last.end : ws[i].start].strip():
        return True
    nxt = ws[i].lower
    return nxt not in lex.clause_skip and (nxt in lex.prepositions or nxt in lex.non_name_capitals)


def _outer_candidate(text: str, ws: list[Word], outer: tuple[Cue, int], p_i: int) -> Candidate:
    """The candidate of the words before the comma of an :func:`_outer_cue`."""
    cue, j = outer
    comma = text.rindex(",", ws[j - 1].end, ws[j].start)
    return Candidate("indirect", ws[0].start, comma, cue, cue.verb_word.start, p_i)


def _comma_words(text: str, ws: list[Word], index: WordIndex) -> list[int]:
    """Ascending positions ``k`` in ``ws`` (words of one sentence, in ``index``) with a comma in the gap
    before ``ws[k]``: found with ``str.find`` rather than by slicing every gap of the sentence."""
    out: list[int] = []
    first = bisect.bisect_left(index.starts, ws[0].start)
    c = text.find(",", ws[0].end, ws[-1].start)
    while c >= 0:
        k = bisect.bisect_right(index.starts, c) - first  # a comma is never inside a word
        out.append(k)
        c = text.find(",", ws[k].start, ws[-1].start)
    return out


def _parenthetical(
    text: str, ws: list[Word], s: int, e: int, lex: Lexicon, p_i: int, commas: list[int] | None = None
) -> Candidate | None:
    """ "Pemeriksaan itu, kata Febri, merupakan tindak lanjut ..." / "The plan, Smith said, is dead."

    A cue between two commas inside the sentence: the whole sentence is the reported statement.
    ``commas`` (from :func:`_comma_words`) are the only positions where the first comma can be.
    """
    if commas is None:
        commas = list(range(1, len(ws)))
    for k in commas:
        if k >= len(ws) - MIN_CLAUSE_WORDS:
            break
        if text[ws[k - 1].end : ws[k].start].strip() != ",":
            continue
        window = ws[k : k + 6]
        if not _has_speech_verb(window, lex):
            continue  # every cue cue_after reads has its speech verb among these words
        cue = cue_after(window, lex, text)
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
