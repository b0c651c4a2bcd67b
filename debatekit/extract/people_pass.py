"""Pass 2: register the article's people.

From cue subjects, role appositives ("Wali Kota X Y", "cawalkot nomor urut 1, Y") and names the
article also uses alone; and mark sentences whose subject is somebody the article never registered.
"""

from __future__ import annotations

import bisect
import re

from debatekit.extract.cues import run_is_person
from debatekit.extract.entities import ArticleEntities
from debatekit.extract.names import (
    Lexicon,
    is_acronym,
    is_name_token,
    is_verb_form,
    match_role_head,
    name_tail,
    split_role_and_name,
    strip_name,
    title_case,
    trim_premodifiers,
)
from debatekit.extract.offsets import OPENING_MARKS, SpanSet, WordIndex, sentence_initial
from debatekit.extract.records import Candidate, PeopleContext
from debatekit.extract.text_units import Word, joins

HANDLE_MARKS = ("#", "@")  # a word right after one is a hashtag or a user handle, no name word


def _trim_opening_word(
    ws: list[Word], ctx: PeopleContext, anchors: frozenset[str] = frozenset()
) -> list[Word]:
    """Drop a sentence's capitalised first word that is no name word ("Both Clinton", "Former Obama").

    A word the article also writes in lower case, a stopword or a verb form ("Injecting Clinton's"), that
    it never capitalises mid-sentence; then what stands before the name ("New Hampshire", "Actor").
    """
    while (
        len(ws) >= 2
        and ws[0].bare not in ctx.mid_sentence
        and (
            ws[0].lower in ctx.lower_words or ws[0].lower in ctx.lex.stopwords or is_verb_form(ws[0], ctx.lex)
        )
        and sentence_initial(ctx.text, ws[0].start, OPENING_MARKS)
    ):
        ws = ws[1:]
    while len(ws) >= 2 and ctx.text[ws[0].start - 1 : ws[0].start] in HANDLE_MARKS:
        ws = ws[1:]  # "#Franceisstrong Mr. Trump": a hashtag or a handle before the name
    return trim_premodifiers(ws, ctx.lex, anchors)


def register_people(ctx: PeopleContext, candidates: list[Candidate]) -> ArticleEntities:
    """The article's people, from cue subjects, role appositives and names used alone."""
    text, index, lex, quoted, masked = ctx.text, ctx.index, ctx.lex, ctx.quoted, ctx.masked
    mid_sentence = ctx.mid_sentence
    subjects = [c.cue.subject for c in candidates if c.cue is not None and c.cue.subject.kind == "run"]
    # Words the article uses alone as a speaker's name mid-sentence ("kata Rahmat"): a sentence-initial
    # capital ("Sekedar mengingatkan ...") is only a name when the article confirms it.
    lone_names = {
        k: not sentence_initial(text, s.start)
        or s.words[0].bare in mid_sentence
        or _role_appositive_follows(ctx, s.end)
        for k, s in enumerate(subjects)
        if len(s.words) == 1 and run_is_person(s.words, lex)
    }  # one-word subjects that are names, and whether the article confirms them
    anchors = frozenset(subjects[k].words[0].bare for k, confirmed in lone_names.items() if confirmed)
    anchors |= _addressed_surnames(subjects, lex)
    places = place_words(ctx)
    strong = frozenset(
        w.bare for s in subjects if (w := _role_and_one_name(list(s.words), ctx, places)) is not None
    )
    anchors |= strong
    name_starts = frozenset(
        f"{r.words[0].lower} {r.words[1].lower}"
        for r in ctx.runs
        if len(r.words) >= 2 and not match_role_head([r.words[0].lower], lex)
    )
    entities = ArticleEntities(lex, anchors, places, name_starts)
    pending: list[tuple[list[Word], str | None]] = []

    for k, subj in enumerate(subjects):
        if len(subj.words) == 1 and not lone_names.get(k, False):
            continue
        if not run_is_person(subj.words, lex):
            continue
        pending.append((_trim_opening_word(list(subj.words), ctx, anchors), None))

    pending += _appositives(text, index, lex, quoted, masked, anchors, places, name_starts)
    headline = _title_case_first_paragraph(ctx)
    apostrophe_quoted = _apostrophe_quotes(ctx)
    for r in ctx.runs:
        hits = [i for i, w in enumerate(r.words) if w.bare in anchors]
        if not hits or (headline is not None and headline[0] <= r.start < headline[1]):
            continue
        if len(r.words) > 1 and apostrophe_quoted.covers(r.start):
            continue  # "''... a symphony. Classic Roe: ...''": a quote's sentence start, not a name
        # The short name marks one end of the full name: "Pernyataan Sudirman" is not a name, "Sudirman Said" is.
        if lex.short_name_position == "first":
            span = r.words[hits[0] :]
        else:
            end = _last_joined_anchor(r.words, hits)
            span = r.words[max(0, end - 3) : end + 1]
        words_ = _trim_opening_word(list(span), ctx, anchors)
        if run_is_person(words_, lex):
            pending.append((words_, None))

    # A nickname in quotation marks inside a full name ("Ahmad Riza ”Ariza” Patria") or given by an
    # appositive ("Mr. Roe, known as Jojo,") is one of its name words, so the lone nickname later finds
    # the person; registered first, as the longest name.
    for full, nick in _quoted_nicknames(ctx) + _known_as_aliases(ctx):
        person = entities.add_name(full + [nick])
        if person is not None:
            person.name = " ".join(w.bare for w in full)
            person.names = {person.name}
    # Longer names first, so "Rahmat" later merges into "Rahmat Siregar" and not the other way round.
    pending.sort(key=lambda item: (-len(item[0]), item[0][0].start))
    for ws, role in pending:
        if not _names_a_place(ws, entities):
            entities.add_run(ws, role)
    return entities


def _last_joined_anchor(ws: tuple[Word, ...] | list[Word], hits: list[int]) -> int:
    """Index of the last anchor joined to the first by nothing or initials.

    "Jo Q. Roe" where the article also says "Jo" and "Roe" alone ends at Roe; a headline run naming
    two people ("Lee Hints Roe Would ...") still ends at its first anchor.
    """
    end = hits[0]
    for h in hits[1:]:
        if not all(len(w.bare) == 1 and w.text.endswith(".") for w in ws[end + 1 : h]):
            break
        end = h
    return end


def _names_a_place(ws: list[Word], entities: ArticleEntities) -> bool:
    """Is the name in this run (after its role) one word the article uses as a place name?

    "warga Sukamaju" where the article writes "di Kecamatan Sukamaju": Sukamaju is a place, nobody to quote. (Two
    name words after a title ending in a place marker, "... Wilayah dan Kota Jo Roe", stay a name.)
    """
    places = entities.places
    if not places or not any(w.lower in places for w in ws):
        return False  # most runs hold no place word: no need to split off the role
    _role, name = split_role_and_name(ws, entities.lex, entities.anchors, places, entities.name_starts)
    name = strip_name(name, entities.lex)
    return len(name) == 1 and name[0].lower in places


MAX_NAME_WORDS_AFTER_NICKNAME = 2  # "Ahmad Riza ”Ariza” Patria": a surname follows, not another name
QUOTE_MARKS = "”“\"'’‘"
# a nickname's opening mark follows a space (" ”Ariza”"): the apostrophes inside words are not read. The
# mark comes first in the pattern so that the scan skips to the marks (a lookbehind first is tried at
# every character: twice the plain scan, against four fifths of it)
_QUOTE_MARK_RE = re.compile(f"[{re.escape(QUOTE_MARKS)}](?<= .)")


def _quoted_nicknames(ctx: PeopleContext) -> list[tuple[list[Word], Word]]:
    """Full names with a quoted nickname between two of their words, and that nickname.

    "Ahmad Riza ”Ariza” Patria" -> ([Ahmad, Riza, Patria], Ariza); a quoted word between names that are
    not both name words ("Partai ”Bintang” Baru") is no nickname.
    """
    text, lex, ws = ctx.text, ctx.lex, ctx.index.ws
    starts = ctx.index.starts
    out: list[tuple[list[Word], Word]] = []
    # the words right after a quotation mark, found from the marks (few) rather than from every word
    for mark in _QUOTE_MARK_RE.finditer(text):
        k = bisect.bisect_left(starts, mark.end())
        if not 1 <= k < len(ws) - 1 or starts[k] != mark.end():
            continue
        before, nick, after = ws[k - 1], ws[k], ws[k + 1]
        left, right = text[before.end : nick.start], text[nick.end : after.start]
        if not (
            len(left) == 2
            and left[0] == " "
            and left[1] in QUOTE_MARKS
            and len(right) == 2
            and right[0] in QUOTE_MARKS
            and right[1] == " "
            and nick.is_capitalised
            and is_name_token(nick, lex)
            and is_name_token(before, lex)
            and is_name_token(after, lex)
        ):
            continue
        i = k - 1
        while (
            i > 0
            and joins(text, ws[i - 1], ws[i])
            and is_name_token(ws[i - 1], lex)
            and not (ws[i - 1].text.endswith(".") and len(ws[i - 1].bare) > 1)  # "Del. Marcia": a title
        ):
            i -= 1
        j = k + 2
        while j < len(ws) and joins(text, ws[j - 1], ws[j]) and is_name_token(ws[j], lex):
            j += 1
        full = name_tail(list(ws[i:k]), lex) + list(ws[k + 1 : j])
        if len(full) >= 2 and j - k - 1 <= MAX_NAME_WORDS_AFTER_NICKNAME:
            out.append((full, nick))
    return out


def alias_firsts(lex: Lexicon) -> frozenset[str]:
    """The first words of the pack's alias introducers ("known" of "known as")."""
    return lex.memo("alias_firsts", lambda: frozenset(p[0] for p in lex.alias_introducers))


def _known_as_aliases(ctx: PeopleContext) -> list[tuple[list[Word], Word]]:
    """Full names with the one-word name an appositive says the person goes by, and that word.

    "Jonathan Roe ... Mr. Roe, known as Jojo, ..." -> ([Jonathan, Roe], Jojo): the person named before the
    comma, whose full name is that run or the latest full name before it ending in the same word.
    """
    lex, text, ws = ctx.lex, ctx.text, ctx.index.ws
    if not lex.alias_introducers:
        return []
    firsts = alias_firsts(lex)
    ends = {r.words[-1].start: k for k, r in enumerate(ctx.runs)}
    out: list[tuple[list[Word], Word]] = []
    for k in ctx.index.positions(firsts):  # the first words of "known as" alone, found by the word scan
        if not 1 <= k < len(ws) - 1 or text[ws[k - 1].end : ws[k].start] != ", ":
            continue  # most words open no "known as": a set lookup before slicing the gap
        n = next(
            (len(p) for p in lex.alias_introducers if tuple(w.lower for w in ws[k : k + len(p)]) == p), 0
        )
        if not n or k + n >= len(ws) or ws[k - 1].start not in ends:
            continue
        nick = ws[k + n]
        after = text[nick.end : nick.end + 1]
        if (
            not nick.is_capitalised
            or not is_name_token(nick, lex)
            or after.isalnum()
            or (k + n + 1 < len(ws) and joins(text, nick, ws[k + n + 1]) and ws[k + n + 1].is_capitalised)
        ):
            continue  # one capitalised name word, not the start of a longer name
        k_run = ends[ws[k - 1].start]
        surname = ws[k - 1].lower
        for run in ctx.runs[k_run::-1]:
            full = strip_name(list(run.words), lex)
            if len(full) >= 2 and full[-1].lower == surname and run_is_person(full, lex):
                if nick.lower not in {w.lower for w in full}:
                    out.append((full, nick))
                break
    return out


APOSTROPHE_QUOTE = "''"  # two apostrophes as a quotation mark (``''like this''``), paired within a paragraph


def _apostrophe_quotes(ctx: PeopleContext) -> SpanSet:
    """Spans between paired two-apostrophe quotation marks, paragraph by paragraph.

    They are not quotation marks to the quote finder (text between them is read as reported speech), but
    a capitalised word inside one may open a quoted sentence, so no name is learnt from there.
    """
    text = ctx.text
    spans: list[tuple[int, int]] = []
    if APOSTROPHE_QUOTE not in text:
        return SpanSet(spans)
    for s, e in ctx.paras:
        marks: list[int] = []
        i = text.find(APOSTROPHE_QUOTE, s, e)
        while i >= 0:
            marks.append(i)
            i = text.find(APOSTROPHE_QUOTE, i + 2, e)
        spans += [(marks[k], marks[k + 1] + 2) for k in range(0, len(marks) - 1, 2)]
    return SpanSet(spans)


def _role_appositive_follows(ctx: PeopleContext, end: int) -> bool:
    """Does a comma and a capitalised role follow ``end``? "Saraswati, Koordinator Urusan ..., mengatakan":
    the role confirms that a sentence's one-word subject is a name."""
    if ctx.text[end : end + 2] != ", ":
        return False
    nxt = ctx.index.between(end, end + 60)[:4]
    return bool(nxt) and nxt[0].is_capitalised and match_role_head([w.lower for w in nxt], ctx.lex) > 0


def _addressed_surnames(subjects, lex: Lexicon) -> frozenset[str]:
    """Names a cue subject gives after a gendered form of address alone ("Mr. Bush said"): the article
    uses them as a speaker's short name, as it would "Bush said"."""
    return frozenset(
        s.words[1].bare
        for s in subjects
        if len(s.words) == 2
        and s.words[0].lower in lex.honorific_gender
        and is_name_token(s.words[1], lex)
        and not is_acronym(s.words[1].text)
    )


def _title_case_first_paragraph(ctx: PeopleContext) -> tuple[int, int] | None:
    """The article's first paragraph when it is written in Title Case: a headline that ends in a full
    stop, so that it was not set apart. (A body sentence full of titles and names is no headline.)"""
    if ctx.paras and title_case(ctx.index.between(*ctx.paras[0])):
        return ctx.paras[0]
    return None


MAX_PLACE_WORDS = 2  # "Sabu Raijua", "Tanah Abang"


def place_words(ctx: PeopleContext) -> frozenset[str]:
    """Lower-cased words the article uses as place names: the capitalised run after a place marker.

    "di Bekasi", "Kabupaten Sabu Raijua" (the pack's ``PLACE_MARKERS``); a run that opens with an
    organisation word or a role ("di Kantor Wali Kota", "di Jalan Sudirman") names no place by itself.
    """
    lex, text, ws = ctx.lex, ctx.text, ctx.index.ws
    if not lex.place_markers:
        return frozenset()
    out: set[str] = set()
    for k in ctx.index.positions(lex.place_markers):  # the marker words alone, found in one scan
        if k >= len(ws) - 1 or not joins(text, ws[k], ws[k + 1]):
            continue
        if any(
            match_role_head([w.lower for w in ws[j : k + 1]], lex) == k + 1 - j
            for j in range(max(0, k - 2), k)
        ):
            continue  # "Wali Kota Risma": the marker ends a role, a name follows
        in_title = (
            ws[k].is_capitalised and k > 0 and ws[k - 1].is_capitalised and joins(text, ws[k - 1], ws[k])
        )
        first = ws[k + 1]
        if (
            not first.is_capitalised
            or first.lower in lex.org_words
            or first.lower in lex.non_name_capitals
            or first.lower in lex.place_markers
            or match_role_head([w.lower for w in ws[k + 1 : k + 7]], lex)
        ):
            continue
        m = k + 1
        while m < len(ws) and ws[m].is_capitalised and joins(text, ws[m - 1], ws[m]):
            m += 1
        if m - k - 1 <= MAX_PLACE_WORDS and not in_title:
            out.update(w.lower for w in ws[k + 1 : m])
        else:  # a longer run, or one inside a title, may go on with a name: "Kota Bekasi Tedi Hafni"
            out.add(first.lower)
    return frozenset(out)


def _role_and_one_name(ws: list[Word], ctx: PeopleContext, places: frozenset[str]) -> Word | None:
    """The name word of a cue subject made of a role (or a title ending in a body) and one word
    ("kata Presiden Jokowi", "Direktur Perkebunan Kemenperin Mediarman mengatakan").

    A cue's subject names a person, so the one capitalised word after its role is that person's name,
    unless the article uses it as a place ("Wali Kota Bekasi"), writes it in lower case, or it is an
    organisation word ("Gubernur Jabar").
    """
    lex = ctx.lex
    if not lex.place_markers:
        return None  # only a pack that can tell places from names ("di Bekasi") may take the one word
    head = match_role_head([w.lower for w in ws], lex)
    if not head or len(ws) < head + 1:
        return None
    w, before = ws[-1], ws[-2]
    if len(ws) > head + 1 and not (is_acronym(before.text) or before.lower in lex.org_words):
        return None  # "Direktur Perkebunan Kemenperin Mediarman": one word after a body name is a name too
    if (
        not w.is_capitalised
        or is_acronym(w.text)
        or w.lower in places
        or w.lower in ctx.lower_words
        or w.lower in lex.stopwords
        or not is_name_token(w, lex)
        or match_role_head([w.lower], lex)
    ):
        return None
    return w


def _appositives(
    text: str,
    index: WordIndex,
    lex: Lexicon,
    quoted: SpanSet,
    masked: SpanSet,
    anchors: frozenset[str],
    places: frozenset[str] = frozenset(),
    name_starts: frozenset[str] = frozenset(),
) -> list[tuple[list[Word], str | None]]:
    """Role phrases tied to names: "Wali Kota X Y", "cawalkot nomor urut 1, Y", "Y, the mayor,"."""
    out: list[tuple[list[Word], str | None]] = []
    ws = index.ws
    after = 0  # the words before it belong to a phrase already read
    # only the few words that start a role are read (found in one scan), then the span bisects
    for i in index.positions(lex.role_first):
        if i < after or quoted.covers(ws[i].start) or masked.covers(ws[i].start):
            continue
        n = match_role_head([x.lower for x in ws[i : i + 6]], lex)
        if not n:
            continue
        j = after = _title_end(text, ws, i + n, lex)
        phrase = ws[i:j]
        if j < len(ws) and ws[j].lower in lex.epithet_end and text[phrase[-1].end : ws[j].start] == " ":
            continue  # "mantan Ketua Fraksi X itu": an epithet, not a role with a name
        if len(phrase) > n and split_role_and_name(list(phrase), lex, anchors, places, name_starts)[1]:
            out.append((list(phrase), None))
            continue
        role = text[phrase[0].start : phrase[-1].end]
        out.extend(_chain_after(text, ws, j, role, lex))
    return out


def _title_end(text: str, ws: list[Word], j: int, lex: Lexicon) -> int:
    """End of a title from ``ws[j]`` on: capitalised words, carried over a connector ("Kelautan dan
    Perikanan", "Network for Democracy") and a bracketed short form ("Nahdlatul Ulama (PBNU) Said Aqil
    Siroj"), so that the name is read at the end of the whole title and not in its middle."""
    start = j
    while True:
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
        if j + 1 >= len(ws):
            return j
        gap, after = text[ws[j - 1].end : ws[j].start], text[ws[j].end : ws[j + 1].start]
        if gap == " (" and after == ") " and ws[j].is_capitalised and ws[j + 1].is_capitalised:
            j += 2  # "(PBNU) Said": the short form, then the title or the name goes on
        elif (
            len(name_tail(ws[start:j], lex)) < 2  # "Mayor Jo Roe and Council member X": a name ended it
            and ws[j].lower in lex.role_connectors
            and joins(text, ws[j - 1], ws[j])
            and joins(text, ws[j], ws[j + 1])
            and ws[j + 1].is_capitalised
        ):
            j += 2
        else:
            return j


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
            and (ws[m + 1].is_capitalised or ws[m + 1].text in lex.particles or lex.is_degree(ws[m + 1].text))
        ):
            m += 1
        element = ws[k : m + 1]
        if not element[0].is_capitalised:
            break
        elements.append(element)
        k = m + 1
    names = [el for el in elements if not all(lex.is_degree(w.text) for w in el)]
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


def mark_unknown_subjects(
    ctx: PeopleContext, sentence_spans: list[tuple[int, int, int]], entities: ArticleEntities
) -> None:
    """Mark sentences whose subject is a name-like run that is nobody the article registered."""
    text, index, lex, quoted, masked = ctx.text, ctx.index, ctx.lex, ctx.quoted, ctx.masked
    first_body, paras, mid_sentence = ctx.first_body, ctx.paras, ctx.mid_sentence
    dateline_end = _dateline_end(text, paras, first_body)
    all_words = index.ws
    non_name, epithet_heads = lex.non_name_capitals, lex.epithet_heads
    # Read by index into the article's words, not a copy of each sentence's words: only the first few
    # words of a sentence matter (WordIndex.bounds).
    for _p, s, e in sentence_spans:
        start = max(s, dateline_end) if s < dateline_end else s
        i, j = index.bounds(start, e)
        if j == i:
            continue
        first = all_words[i].start
        if quoted.covers(first) or masked.covers(first):
            continue
        k = i
        # skip an opening connective clause ("Sementara itu, X ..."): the words ending at the comma come
        # first, the next one starts after it (no word holds a comma)
        comma = text.find(",", first, min(e, first + 25))
        if comma > 0:
            m = i
            while m < j and all_words[m].end <= comma:
                w = all_words[m]
                if w.is_capitalised and w.lower not in non_name:
                    break
                m += 1
            else:
                k = m
        if k >= j or not all_words[k].is_capitalised:
            continue
        if (
            match_role_head([w.lower for w in all_words[k : min(k + 6, j)]], lex)
            or all_words[k].lower in epithet_heads
        ):
            continue  # a role or an epithet: resolved in pass 3
        r = k
        while r + 1 < j and joins(text, all_words[r], all_words[r + 1]) and all_words[r + 1].is_capitalised:
            r += 1
        run = all_words[k : r + 1]
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
