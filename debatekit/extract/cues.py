"""Speech cues around a quote or a sentence: which verb fired and which words name the speaker.

A cue's subject is kept as words, not yet a person: the article's entity registry resolves it
(:mod:`debatekit.extract.entities`), because "ujarnya", "Wali kota" or "Rahmat" only mean someone in
the context of their article.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter

from debatekit.extract.names import (
    Lexicon,
    is_acronym,
    is_name_token,
    match_role_head,
    name_tail,
    name_words,
    split_role_and_name,
    strip_name,
)
from debatekit.extract.text_units import Word, WordSpan, joins

_TEXT = attrgetter("text")


@dataclass(frozen=True)
class Subject(WordSpan):
    """The words that name a speaker: a capitalised run, a role phrase, a pronoun or a -nya suffix."""

    kind: str  # "run" | "role" | "pronoun" | "suffix" | "epithet" | "label" ("PENCE:") | "description"
    words: tuple[Word, ...]

    def surface(self, text: str) -> str:
        last = self.words[-1]
        end = self.end - 1 if last.text.endswith(".") and len(last.bare) > 2 else self.end
        return text[self.start : end]


@dataclass(frozen=True)
class Cue:
    """A speech verb and its subject."""

    verb: str
    verb_word: Word
    subject: Subject
    position: str  # "after" | "before" | "according" | "report" | "colon" | "dash"


def _run_at(ws: list[Word], i: int, lex: Lexicon, text: str) -> tuple[Word, ...]:
    """Capitalised words from ``ws[i]`` on, joined by single spaces (a name or role after a verb)."""
    out: list[Word] = []
    for w in ws[i:]:
        if out and not joins(text, out[-1], w):
            break
        if w.is_capitalised or (out and w.text in lex.particles):
            out.append(w)
        elif out and is_number_word(w, out[-1], lex):
            out.append(w)
        else:
            break
    while out and out[-1].text in lex.particles:
        out.pop()
    return tuple(out)


def _role_run_at(ws: list[Word], i: int, lex: Lexicon, text: str) -> tuple[Word, ...]:
    """A capitalised run that starts with a role, carried over "dan"/"of" and a bracketed acronym:
    "Menteri Energi dan Sumber Daya Mineral (ESDM) Ignasius Jonan"; not once a full name follows the
    role ("Representative Jo Q. Roe of New York" stops at Roe)."""
    out = list(_run_at(ws, i, lex, text))
    head = match_role_head([w.lower for w in out], lex)
    while out:
        if head and len(out) - head >= 2 and all(is_name_token(w, lex) for w in out[head:]):
            break
        j = i + len(out)
        if j + 1 < len(ws) and ws[j].lower in lex.role_connectors and joins(text, out[-1], ws[j]):
            more = _run_at(ws, j + 1, lex, text)
        elif j < len(ws) and text[out[-1].end : ws[j].start] == " (" and ws[j].is_capitalised:
            more = (ws[j],) + _run_at(ws, j + 1, lex, text) if text[ws[j].end : ws[j].end + 2] == ") " else ()
        else:
            break
        if not more:
            break
        out.extend(ws[j : j + 1] if ws[j].lower in lex.role_connectors else ())
        out.extend(more)
    return tuple(out)


def role_at(ws: list[Word], i: int, lex: Lexicon, standalone: bool = True) -> tuple[Word, ...]:
    """A role phrase starting at ``ws[i]`` ("wali kota", "the mayor"), else ()."""
    if i >= len(ws) or ws[i].lower not in (lex.standalone_first if standalone else lex.role_first):
        return ()
    n = match_role_head([w.lower for w in ws[i : i + 6]], lex, standalone)
    return tuple(ws[i : i + n]) if n else ()


def is_number_word(w: Word, previous: Word, lex: Lexicon) -> bool:
    """Part of a candidate number after a role: a pack number word, or a digit right after one."""
    return w.lower in lex.number_words or (w.text.isdigit() and previous.lower in lex.number_words)


def number_suffix(ws: list[Word], j: int, lex: Lexicon) -> tuple[Word, ...]:
    """ "nomor urut 2" after a role: the number tells two candidates apart."""
    k = j
    while k < len(ws) and k < j + 3 and (ws[k].lower in lex.number_words or ws[k].text.isdigit()):
        k += 1
    return tuple(ws[j:k]) if k > j and ws[k - 1].text.isdigit() else ()


def _appositive_name(ws: list[Word], j: int, lex: Lexicon, text: str) -> tuple[Word, ...]:
    """A person's name right after a role and a comma: "Juru Bicara KPK, Febri Diansyah" -> Febri Diansyah.

    An acronym in brackets may stand before the comma: "Koordinator ... (MAKI), Boyamin Saiman".
    """
    if j < len(ws) and text[ws[j - 1].end : ws[j].start].strip() == "(" and is_acronym(ws[j].text):
        j += 1
    for _ in range(2):
        if j >= len(ws) or text[ws[j - 1].end : ws[j].start].strip().lstrip(")") != ",":
            return ()
        run = _run_at(ws, j, lex, text)
        if run and run_is_person(run, lex) and not match_role_head([w.lower for w in run], lex):
            return () if _list_goes_on(ws, j + len(run), lex, text) and len(run) == 1 else run
        if not run or run[0].lower not in lex.place_markers:
            return ()
        j += len(run)  # "Camat X, Kabupaten Y, Jo Roe": a place between the role and the name
    return ()


def _named_before_apposition(role_run: list[Word], apposition: tuple[Word, ...], lex: Lexicon) -> bool:
    """Does a role already name its person before a one-word apposition ("Senator Jo Roe, Democrat of
    Ohio")? Then the apposition describes the person and is no name of its own."""
    return len(apposition) == 1 and run_is_person(role_run, lex)


def _list_goes_on(ws: list[Word], j: int, lex: Lexicon, text: str) -> bool:
    """Is ``ws[j]`` the next item of a comma list in a title ("Bidang Energi, Logistik, Kawasan dan ...")?"""
    return (
        0 < j < len(ws)
        and text[ws[j - 1].end : ws[j].start].strip() == ","
        and ws[j].is_capitalised
        and (ws[j].lower in lex.org_words or is_name_token(ws[j], lex))
    )


def subject_at(ws: list[Word], i: int, lex: Lexicon, text: str) -> Subject | None:
    """Read a subject starting exactly at ``ws[i]`` (pronoun, role phrase, epithet or capitalised run)."""
    if i >= len(ws):
        return None
    w = ws[i]
    if w.lower in lex.pronouns:
        return Subject("pronoun", (w,))
    if w.lower in lex.epithet_heads and not w.is_capitalised:
        # "kata mantan ketua umum GP Ansor tersebut": an epithet for the salient person
        for j in range(i + 1, min(len(ws), i + 8)):
            if ws[j].lower in lex.epithet_end:
                return Subject("epithet", tuple(ws[i : j + 1]))
    head = len(role_at(ws, i, lex, standalone=False))
    if head:
        # "kuasa hukum Fredrich, Sapriyanto Refa" / "Juru Bicara KPK, Febri Diansyah"
        j = i + head
        while (
            j < len(ws)
            and joins(text, ws[j - 1], ws[j])
            and (ws[j].is_capitalised or ws[j].text in lex.particles)
        ):
            j += 1
        name = _appositive_name(ws, j, lex, text)
        if name and not _named_before_apposition(ws[i:j], name, lex):
            return Subject("run", name)
        if not w.is_capitalised:
            # "analis politik Jerome Sainte": a lower-case role, a few lower-case words, then the name
            k = i + head
            while (
                k < len(ws)
                and k < i + head + 3
                and not ws[k].is_capitalised
                and joins(text, ws[k - 1], ws[k])
            ):
                k += 1
            if k < len(ws) and joins(text, ws[k - 1], ws[k]):
                run = _run_at(ws, k, lex, text)
                later = _appositive_name(ws, k + len(run), lex, text) if run else ()
                if later:
                    return Subject("run", later)  # "peneliti senior Acme, Jo Roe": the body, then the name
                if run and run_is_person(run, lex):
                    return Subject("run", run)
    role = role_at(ws, i, lex)
    if role:
        # "the mayor" / "Wali kota" may be followed by a name ("Wali Kota Kotabaru Rahmat Siregar").
        run = _role_run_at(ws, i, lex, text)
        if len(run) > len(role) and run_is_person(run, lex):
            return Subject("run", run)
        return Subject("role", role + number_suffix(ws, i + len(role), lex))
    run = _run_at(ws, i, lex, text)
    if run and match_role_head([x.lower for x in run], lex):
        run = _role_run_at(ws, i, lex, text)
    if run and run[0].lower not in lex.non_name_capitals:
        return Subject("run", run)
    return None


MAX_CUE_AFTER_WORDS = 14  # how far after a quote a verb may come ("Jane Roe, a teacher from X, said")


def cue_after(ws: list[Word], lex: Lexicon, text: str, scan: bool = True) -> Cue | None:
    """Cue in the words right after a closing quotation mark.

    Indonesian puts the verb first ("kata Rahmat", "ujarnya", "papar dia"); English does both
    ("said Smith", "Smith said", "she added", "the mayor said", "said coach Jane Roe",
    "former candidate Jane Roe said", "Jane Roe, a teacher, said"). ``scan=False`` reads only a subject
    or verb right at the start (for a scare-quoted phrase inside the reporter's sentence).
    """
    if not ws:
        return None
    first = ws[0]
    verb = lex.verb_of(first.text)
    if verb:
        base, suffixed = verb
        if suffixed:
            return Cue(base, first, Subject("suffix", (first,)), "after")
        subj = subject_at(ws, 1, lex, text)
        if subj is None or (subj.kind == "run" and subj.words[0] is ws[1]):
            named = name_in_noun_phrase(ws, 1, lex, text)
            if named is not None and (subj is None or named.end > subj.end):
                subj = named
        if subj is None or _possessor(subj, text):
            # "said Roe's deputy campaign manager, Jo Doe": the possessor is not the speaker; the name after is
            subj = name_after_description(ws, 1, lex, text) or subj
        elif _title_without_name(subj, lex) or _role_with_title(ws, subj, text):
            # "kata Manajer Humas PT KAI Daop 8 Surabaya Suprapto": a title that names nobody, the name after it
            later = name_after_description(ws, 1, lex, text)
            if later is not None and later.start > subj.start and _title_between(ws, subj, later, lex):
                subj = later
        if subj:
            return Cue(base, first, subj, "after")
        return None
    subj = subject_at(ws, 0, lex, text)
    if subj is not None and not (subj.kind == "run" and not run_is_person(subj.words, lex)):
        # the subject may start after a role ("Juru Bicara KPK, Febri Diansyah"): count from its last word
        last = next(i for i, w in enumerate(ws) if w is subj.words[-1])
        j = _past_brackets(ws, last + 1, text)  # "Rep. Jo Roe (D-Wis.) said"
        while j < len(ws) and j < last + 4 and ws[j].lower in lex.fillers:
            j += 1
        if j < len(ws) and (verb := lex.verb_of(ws[j].text)):
            return Cue(verb[0], ws[j], subj, "after")
        if j == last + 1 and _one_word_apposition(ws, j, text) and (verb := lex.verb_of(ws[j + 1].text)):
            return Cue(verb[0], ws[j + 1], subj, "after")  # "Jo Roe, R-Ohio, said": the tag is no speaker
        if subj.kind == "run" and (after := _verb_after_relative_clause(ws, j, lex, text)) is not None:
            return Cue(after[0], ws[after[1]], subj, "after")
        if subj.kind != "run":
            return None
    # a premodified or appositive subject: "former candidate Jane Roe said", "Jane Roe, a teacher, said"
    for k in range(1, min(len(ws), MAX_CUE_AFTER_WORDS) if scan else 0):
        verb = lex.verb_of(ws[k].text)
        if verb and not verb[1]:
            found = subject_before(ws, k, lex, text) or _description_before(ws, k, lex, text)
            return Cue(verb[0], ws[k], found, "after") if found is not None else None
    return None


MAX_RELATIVE_CLAUSE_WORDS = 30


def _verb_after_relative_clause(ws: list[Word], j: int, lex: Lexicon, text: str) -> tuple[str, int] | None:
    """The speech verb (base form, index) closing a relative clause that opens at ``ws[j]``.

    "Jo Roe, who served as Doe's chief of staff for a decade, told CBS": the clause runs from "who"
    to the comma before the verb, so names and verbs inside it are not the cue's.
    """
    if (
        j >= len(ws)
        or ws[j].lower not in lex.relative_pronouns
        or text[ws[j - 1].end : ws[j].start].strip() != ","
    ):
        return None
    for k in range(j + 2, min(len(ws), j + MAX_RELATIVE_CLAUSE_WORDS)):
        if text[ws[k - 1].end : ws[k].start].strip().lstrip(".") != ",":
            continue
        verb = lex.verb_of(ws[k].text)
        return (verb[0], k) if verb is not None and not verb[1] else None
    return None


def _one_word_apposition(ws: list[Word], j: int, text: str) -> bool:
    """Is ``ws[j]`` one word set off by commas right after the subject, with a word after it?"""
    return (
        j + 1 < len(ws)
        and text[ws[j - 1].end : ws[j].start].strip() == ","
        and text[ws[j].end : ws[j + 1].start].strip().lstrip(".") == ","
    )


def _possessor(subj: Subject, text: str) -> bool:
    """Is the subject a capitalised run in the possessive ("Roe's" of "said Roe's aide Jo Doe")?"""
    return subj.kind == "run" and is_possessive(text, subj.words[-1])


MAX_DESCRIPTION_WORDS = 20


def _title_without_name(subj: Subject, lex: Lexicon) -> bool:
    """A capitalised subject of two or more words after its role head that holds no name."""
    head = match_role_head([w.lower for w in subj.words], lex)
    return (
        subj.kind == "run"
        and len(subj.words) - head >= 2
        and not split_role_and_name(list(subj.words), lex)[1]
    )


def _role_with_title(ws: list[Word], subj: Subject, text: str) -> bool:
    """A bare role followed by more capitalised title: "kata Menteri Koordinator Bidang Politik, Hukum, ..."."""
    if subj.kind != "role":
        return False
    last = subj.words[-1]
    k = next((i for i, w in enumerate(ws) if w is last), len(ws)) + 1
    return k < len(ws) and ws[k].is_capitalised and joins(text, last, ws[k])


def _title_between(ws: list[Word], subj: Subject, later: Subject, lex: Lexicon) -> bool:
    """Only more title lies between a subject and a later name: capitals, digits, connectors, honorifics
    and place words ("Kepala Urusan Perencanaan di Desa X Doni Andriawan"), no verb or other word."""
    between = [w for w in ws if subj.end <= w.start < later.start]
    return all(
        w.is_capitalised
        or w.text.isdigit()
        or w.lower in lex.role_connectors
        or w.lower in lex.honorifics
        or w.lower in lex.place_markers
        or w.lower in lex.number_words
        # "Kepala Biro ... pada Kementerian X": a preposition before more of the title
        or (w.lower in lex.prepositions and i + 1 < len(between) and between[i + 1].is_capitalised)
        for i, w in enumerate(between)
    )


def _past_brackets(ws: list[Word], j: int, text: str, limit: int = 6) -> int:
    """Index after a bracketed aside opening before ``ws[j]`` ("(D-Wis.)"), else ``j``."""
    if j <= 0 or j >= len(ws) or "(" not in text[ws[j - 1].end : ws[j].start]:
        return j
    for k in range(j, min(len(ws), j + limit)):
        nxt = ws[k + 1].start if k + 1 < len(ws) else len(text)
        if ")" in text[ws[k].end : nxt]:
            return k + 1
    return j


def cue_dash(ws: list[Word], close_mark: int, lex: Lexicon, text: str) -> Cue | None:
    """ "“...” ― Jo Roe": a name after a dash that follows the quote, and nothing else, is its speaker."""
    if not ws or not any(ch in text[close_mark + 1 : ws[0].start] for ch in "―—–-"):
        return None
    run = _run_at(ws, 0, lex, text)
    if run and len(run) == len(ws) and run_is_person(run, lex):
        return Cue(text[close_mark + 1 : ws[0].start].strip(), ws[0], Subject("run", run), "dash")
    return None


def name_after_description(ws: list[Word], i: int, lex: Lexicon, text: str) -> Subject | None:
    """A name closing a long description after a verb-first cue.

    "kata ekonom dan pemerhati kebijakan Jo Roe pada diskusi", "kata anggota tim peneliti dari UGM,
    Jo Roe, seusai ...": the last plain name (no role or organisation word) before the phrase ends at a
    comma after that name, a preposition after it, a verb or a pronoun.
    """
    best: tuple[Word, ...] = ()
    soft = False  # best is a name read off the end of an organisation ("Universitas Gadjah Mada")
    k = i
    while k < len(ws) and k < i + MAX_DESCRIPTION_WORDS:
        w = ws[k]
        if k > i and best and not soft and text[ws[k - 1].end : ws[k].start].strip() not in ("", "(", ")"):
            break  # "Jo Roe, Senin (12/10)": the description ended with the name
        if lex.verb_of(w.text) or w.lower in lex.pronouns:
            break
        if w.is_capitalised:
            run = _run_at(ws, k, lex, text)
            if not run:
                k += 1
                continue
            plain = strip_name(list(run), lex)
            if k > i and text[ws[k - 1].end : w.start].strip() == "(":
                pass  # "Forum Relawan (Asep untuk Jabar), Jo Roe": a bracketed aside names the body
            elif (
                plain
                and not match_role_head([x.lower for x in plain], lex)
                and all(is_name_token(x, lex) for x in plain)
            ):
                # one word may be an item of a comma list in the title ("Bidang Energi, Logistik, dan ...")
                best, soft = run, len(plain) == 1
            elif (k == i or ws[k - 1].lower not in lex.place_markers) and (
                tail := _name_after_body(plain, lex)
            ):
                best, soft = tail, True  # "Kementerian Kesehatan Jo Roe", not "di Pasar Rebo Baru"
            k += len(run)
            continue
        if best and w.lower in lex.prepositions:
            break
        k += 1
    return Subject("run", best) if best else None


def _name_after_body(run: list[Word], lex: Lexicon) -> tuple[Word, ...]:
    """The name of two or more words closing a run after an organisation word or an acronym:
    "Kementerian Kesehatan Jo Roe", "KPU Jo Roe" -> Jo Roe; else ()."""
    tail = name_tail(run, lex)
    n = len(run) - len(tail)
    tail = strip_name(tail, lex)  # "Rumah Sakit Dr Sardjito": a title, then one word
    if len(tail) < 2 or n == 0 or match_role_head([x.lower for x in tail], lex):
        return ()
    before = run[n - 1]
    return tuple(tail) if is_acronym(before.text) or before.lower in lex.org_words else ()


def name_in_noun_phrase(ws: list[Word], i: int, lex: Lexicon, text: str, limit: int = 8) -> Subject | None:
    """The person a verb-first cue names: the last name of the noun phrase at ``ws[i]``.

    "said coach Jane Roe", "added his campaign manager Jo Roe", "said Acme Fund president Jo Roe":
    the phrase ends at punctuation, a preposition ("Jo Roe of Acme"), a verb or a pronoun; a possessive
    name ("Clinton's aide Jo Roe") modifies and is skipped.
    """
    best: tuple[Word, ...] = ()
    k = i
    lower = 0
    while k < len(ws) and k < i + limit:
        w = ws[k]
        if k > i and text[ws[k - 1].end : ws[k].start] != " ":
            break
        if w.lower in lex.prepositions or w.lower in lex.pronouns or lex.verb_of(w.text):
            break
        if w.is_capitalised:
            run = _run_at(ws, k, lex, text)
            if not run:
                break
            k += len(run)
            if is_possessive(text, run[-1]):
                continue  # "Clinton's": a possessive, the head noun comes later
            if run_is_person(run, lex) and run[0].lower not in lex.non_name_capitals:
                best = run
            continue
        lower += 1
        if lower > lex.noun_phrase_lowercase:
            break
        k += 1
    return Subject("run", best) if best else None


def cue_before(ws: list[Word], lex: Lexicon, text: str) -> Cue | None:
    """Cue in the words of the sentence before an opening mark ("Rahmat berkata:", "Kata Rahmat,", "Smith said:")."""
    if not ws:
        return None
    acc = according_to(ws, lex, text)
    if acc:
        return acc
    for k in range(len(ws) - 1, -1, -1):
        verb = lex.verb_of(ws[k].text)
        if not verb or (verb[0] not in lex.prequote_verbs and verb[0] not in lex.quote_verbs):
            continue
        base, suffixed = verb
        if suffixed:
            return Cue(base, ws[k], Subject("suffix", (ws[k],)), "before")
        subj = subject_before(ws, k, lex, text)
        if subj is None:
            subj = subject_at(ws, k + 1, lex, text)  # inverted: "Kata Rahmat," / "Tanya Ganjar:"
        if subj:
            return Cue(base, ws[k], subj, "before")
        return None
    return None


MAX_LEAD_VERB_GAP = 4  # "said of the senator, "..."" / "said on Twitter: "..."": words after the verb
MAX_DESCRIPTION_SUBJECT_WORDS = 6


def cue_lead_verb(
    ws: list[Word], lex: Lexicon, text: str, sentence: list[Word] | None = None, verb: str | None = None
) -> Cue | None:
    """A speech verb ending the lead-in of a quote when no named subject sits right before it.

    The verb is in the last clause of the lead-in, at most :data:`MAX_LEAD_VERB_GAP` words before the
    quote. The subject is, in order: a noun phrase opening with a determiner or made of capitalised
    words ("a State Department official said, "..."", "the paper wrote: "...""), a ``description``;
    the subject that opens the sentence ("Jo Roe, who ..., told her supporters, "...""); else the verb
    itself as a ``description`` (a participle such as "adding, "..."" then continues the speaker).
    ``sentence`` is the words of the whole sentence up to the quote, when ``ws`` starts after an
    earlier quote of the sentence. ``verb`` names the last word of ``ws`` as the verb (a naming verb).
    """
    for k in range(len(ws) - 1, max(-1, len(ws) - 2 - MAX_LEAD_VERB_GAP), -1):
        if k < len(ws) - 1 and "," in text[ws[k].end : ws[k + 1].start]:
            return None  # the verb must be in the clause that opens the quote
        found = (verb, False) if verb is not None and k == len(ws) - 1 else lex.verb_of(ws[k].text)
        if found is None or found[1]:
            continue
        base = found[0]
        i = k
        while (
            i > 0 and k - i < MAX_DESCRIPTION_SUBJECT_WORDS and not text[ws[i - 1].end : ws[i].start].strip()
        ):
            i -= 1
        phrase = ws[i:k]
        phrase = phrase[after_connectives(phrase, lex) :]
        if phrase and (phrase[0].lower in lex.description_openers or all(w.is_capitalised for w in phrase)):
            return Cue(base, ws[k], _named_or_description(phrase, lex), "before")
        lead = [w for w in sentence if w.start < ws[k].start] if sentence else ws[:k]
        opening = _sentence_subject(lead, lex, text)
        if opening is not None:
            return Cue(base, ws[k], opening, "before")
        return Cue(base, ws[k], Subject("description", (ws[k],)), "before")
    return None


def _named_or_description(phrase: list[Word], lex: Lexicon) -> Subject:
    """A capitalised speaker phrase ending in a person's name is that person ("Former Gov. Jo Roe");
    anything else names nobody we track ("the Harbour Gazette", "a council official")."""
    if all(w.is_capitalised for w in phrase) and run_is_person(phrase, lex):
        return Subject("run", tuple(phrase))
    tail = name_tail(phrase, lex)
    if len(tail) >= 2 and len(tail) < len(phrase) and phrase[-len(tail) - 1].is_capitalised:
        return Subject("run", tuple(tail))
    return Subject("description", tuple(phrase))


def _description_before(ws: list[Word], k: int, lex: Lexicon, text: str) -> Subject | None:
    """The words from the start of ``ws`` to the verb at ``ws[k]``, when they are a noun phrase that
    names nobody by a person's name: "the Harbour Gazette wrote", "a council spokesman said"."""
    phrase = ws[:k]
    if not phrase or len(phrase) > MAX_DESCRIPTION_SUBJECT_WORDS:
        return None
    if any(text[a.end : b.start].strip() for a, b in zip(phrase, phrase[1:], strict=False)):
        return None
    if phrase[0].lower in lex.description_openers or all(w.is_capitalised for w in phrase):
        return _named_or_description(phrase, lex)
    return None


def after_connectives(ws: list[Word] | tuple[Word, ...], lex: Lexicon) -> int:
    """Index of the first word of ``ws`` past the connectives opening a sentence ("But", "Namun")."""
    i = 0
    while i < len(ws) and ws[i].lower in lex.connectives:
        i += 1
    return i


def _sentence_subject(ws: list[Word], lex: Lexicon, text: str) -> Subject | None:
    """The pronoun or person's name that opens a sentence and is followed by a comma or a verb."""
    i = after_connectives(ws, lex)
    if i >= len(ws):
        return None
    if ws[i].lower in lex.pronouns:
        return Subject("pronoun", (ws[i],))
    run = _run_at(ws, i, lex, text)
    if not run or is_possessive(text, run[-1]) or not run_is_person(run, lex):
        return None
    nxt = i + len(run)
    if nxt < len(ws) and (
        text[run[-1].end : ws[nxt].start].strip() == ","
        or lex.verb_of(ws[nxt].text) is not None
        or ws[nxt].lower in lex.prepositions
    ):
        return Subject("run", run)
    return None


MAX_COLON_LEAD_WORDS = 12
RUN_CACHE_SIZE = 200_000  # distinct capitalised runs whose run_is_person answer a lexicon keeps


def cue_colon(ws: list[Word], lex: Lexicon, text: str) -> Cue | None:
    """A lead-in without a verb that ends in a colon names the speaker: "Jo Roe on the fares: "..."".

    The first person named in a short lead-in ("Here is Roe in 1992:") is the speaker; the cue is ":".
    """
    if not ws or len(ws) > MAX_COLON_LEAD_WORDS:
        return None
    i = 0
    while i < len(ws):
        w = ws[i]
        if w.lower in lex.pronouns:
            return Cue(":", ws[-1], Subject("pronoun", (w,)), "colon")
        if w.is_capitalised and w.lower not in lex.non_name_capitals:
            run = _run_at(ws, i, lex, text)
            if run and not is_possessive(text, run[-1]) and run_is_person(run, lex):
                return Cue(":", ws[-1], Subject("run", run), "colon")
            i += max(1, len(run))
            continue
        i += 1
    return None


def according_to(ws: list[Word], lex: Lexicon, text: str) -> Cue | None:
    """ "Menurut X, ..." / "Menurutnya, ..." / "According to X, ..." in the first words of a sentence."""
    for i in range(min(len(ws), 4)):
        low = ws[i].lower
        for phrase in lex.according_to:
            if not low.startswith(phrase[0]):
                continue  # neither the phrase nor its suffixed form ("menurutnya") starts here
            n = len(phrase)
            if tuple(w.lower for w in ws[i : i + n]) == phrase:
                subj = _according_subject(ws, i + n, lex, text)
                if subj:
                    return Cue(" ".join(phrase), ws[i], subj, "according")
            if n == 1 and low.startswith(phrase[0]) and low[len(phrase[0]) :] in lex.pronoun_suffixes:
                return Cue(phrase[0], ws[i], Subject("suffix", (ws[i],)), "according")
    return None


AROUND_COMMA = " \"'”’"  # what a comma may have around it in a gap: spaces, closing quotation marks
TRAILING_ACCORDING_WORDS = 10  # "according to" this close to a sentence's end may close it


def according_to_end(ws: list[Word], lex: Lexicon, text: str) -> tuple[Cue, int] | None:
    """ "..., according to X." closing a sentence: the cue and the offset of the comma before it.

    The speaker must close the sentence too (or be followed only by an apposition after a comma:
    "..., according to Roe, a spokesman."), so "according to the plan" inside a clause is no cue.
    """
    for i in range(max(1, len(ws) - TRAILING_ACCORDING_WORDS), len(ws)):
        for phrase in lex.according_to:
            n = len(phrase)
            # every sentence without an opening cue comes here: the first word is checked before slicing
            if ws[i].lower != phrase[0] or tuple(w.lower for w in ws[i : i + n]) != phrase:
                continue
            gap = text[ws[i - 1].end : ws[i].start]
            if gap.strip(AROUND_COMMA) != ",":
                continue
            subj = _according_subject(ws, i + n, lex, text)
            if subj is None or subj.kind == "pronoun":
                continue
            after = [w for w in ws if w.start >= subj.end]
            if after and text[subj.end : after[0].start].strip(AROUND_COMMA) != ",":
                continue
            return Cue(" ".join(phrase), ws[i], subj, "according"), ws[i - 1].end + gap.index(",")
    return None


def _according_subject(ws: list[Word], i: int, lex: Lexicon, text: str) -> Subject | None:
    """The speaker right after "according to" / "menurut": a named subject, else a description."""
    return subject_at(ws, i, lex, text) or _description_at(ws, i, lex, text)


def _description_at(ws: list[Word], i: int, lex: Lexicon, text: str) -> Subject | None:
    """ "the newspaper" / "the Trump campaign" up to the next punctuation: a speaker naming nobody."""
    if i >= len(ws) or ws[i].lower not in lex.description_openers:
        return None
    j = i + 1
    while (
        j < len(ws)
        and j - i < MAX_DESCRIPTION_SUBJECT_WORDS
        and not text[ws[j - 1].end : ws[j].start].strip()
    ):
        j += 1
    return Subject("description", tuple(ws[i:j]))


def cue_embedded(ws: list[Word], lex: Lexicon, text: str, sentence: list[Word]) -> Cue | None:
    """The verb right before a quote inside the reporter's sentence: "she declared "What a night!"",
    "the crowd chanted "Four more years!"", "argues that "..."", "called the plan "a cruel hoax.""

    A speech verb must be the last word before the quote (or before "that"); a naming verb
    (:attr:`Lexicon.naming_verbs`) may have a short object in between ("called his plan").
    """
    if not ws or ws[-1].lower in lex.articles:
        return None  # "called him a "con artist."": the quote is a piece of the reporter's phrase
    k = len(ws) - 1
    if ws[k].lower in lex.clause_skip and k > 0:
        k -= 1
    verb = lex.verb_of(ws[k].text)
    if verb is None or verb[1]:
        verb = None
        for j in range(len(ws) - 1, max(-1, len(ws) - 6), -1):
            if j < len(ws) - 1 and text[ws[j].end : ws[j + 1].start].strip():
                break  # the object of a naming verb holds no punctuation
            if ws[j].lower in lex.naming_verbs:
                k, verb = j, (ws[j].lower, False)
                break
    if verb is None:
        return None
    found = subject_before(ws, k, lex, text)
    if found is not None:
        return Cue(verb[0], ws[k], found, "before")
    return cue_lead_verb(ws[: k + 1], lex, text, sentence, verb=verb[0])


def reports_nothing(ws: list[Word], k: int, lex: Lexicon, text: str) -> bool:
    """Is the verb at ``ws[k]`` used in a sense that reports nothing ("added to her lead", "claimed
    victory")? The pack's ``NON_REPORTING_FRAMES``: the words right after it, with only spaces between.

    >>> from debatekit.extract.names import lexicon
    >>> from debatekit.extract.text_units import words
    >>> from debatekit.lang import get_pack
    >>> en, text = lexicon(get_pack("en")), "Roe added to her lead and added that it was close"
    >>> ws = words(text)
    >>> reports_nothing(ws, 1, en, text), reports_nothing(ws, 6, en, text)
    (True, False)
    """
    frames = lex.non_reporting.get(ws[k].lower)
    if not frames:
        return False
    for frame in frames:
        if k + len(frame) >= len(ws):
            continue
        if all(
            text[ws[k + i].end : ws[k + i + 1].start] == " "
            and (ws[k + i + 1].lower in allowed or ("#" in allowed and ws[k + i + 1].text[:1].isdigit()))
            for i, allowed in enumerate(frame)
        ):
            return True
    return False


def subject_before(ws: list[Word], k: int, lex: Lexicon, text: str, max_gap: int = 12) -> Subject | None:
    """The nearest subject before the verb at ``ws[k]``: skip fillers, appositives and relative clauses.

    Looks back at most ``max_gap`` words and never past another speech verb, and finds none for a verb
    used in a sense that reports nothing (:func:`reports_nothing`).
    """
    if lex.non_reporting and reports_nothing(ws, k, lex, text):
        return None
    j = k - 1
    lowest = max(0, k - max_gap)
    if k >= 2 and ws[k - 1].lower in lex.connectives and not ws[k - 1].is_capitalised:
        shared = _coordinated_subject(ws, k - 1, lex, text)
        if shared is not None:
            return shared
    initial = _clause_initial_subject(ws, k, lex, text)
    if initial is not None:
        return initial
    relative = _relative_subject(ws, k, lowest, lex, text)
    if relative is not None:
        return relative
    participle = ws[k].lower in lex.participles
    while j >= lowest:
        w = ws[j]
        if is_possessive(text, w):
            # "the mayor's record" / "Jo Roe's aide": a possessive modifies a noun, it is not the subject
            while j - 1 >= lowest and ws[j - 1].is_capitalised and joins(text, ws[j - 1], ws[j]):
                j -= 1
            j -= 1
            continue
        if w.lower in lex.pronouns:
            return Subject("pronoun", (w,))
        if w.is_capitalised or w.text.isdigit():
            # walk back to the start of this capitalised run (or role phrase)
            i = j
            while (
                i - 1 >= 0
                and (
                    ws[i - 1].is_capitalised
                    or ws[i - 1].text in lex.particles
                    or ws[i - 1].lower in lex.number_words
                )
                and joins(text, ws[i - 1], ws[i])
            ):
                i -= 1
            while i < j and ws[i].lower in lex.connectives:
                i += 1  # "Lantas Rahmat mengatakan": a capitalised conjunction glued to the name
            run = tuple(ws[i : j + 1])
            if (
                i > 0
                and text[ws[i - 1].end : ws[i].start] == " "
                and ws[i - 1].lower in lex.prepositions | lex.articles
            ):
                body_name = () if ws[i - 1].lower in lex.place_markers else _name_after_body(list(run), lex)
                if body_name and all(x.lower in lex.fillers for x in ws[j + 1 : k]):
                    return Subject("run", body_name)  # "Ketua Komisi dari Fraksi Partai X Jo Roe mengatakan"
                j = (
                    i - 2
                )  # "Jo Roe of California said" / "a Republican": a place or a common noun, not the subject
                continue
            after = text[ws[j].end : ws[j + 1].start] if j + 1 < len(ws) else ""
            if ")" in after:
                j = i - 1  # "(peristiwa Holocaust) mengatakan": a bracketed aside is not the subject
                continue
            if (
                j + 1 < k
                and ws[j + 1].lower in lex.epithet_end
                and match_role_head([x.lower for x in run], lex)
            ):
                return Subject("epithet", run + (ws[j + 1],))  # "Wakil Gubernur Jatim tersebut menilai"
            role = role_at(ws, i, lex)
            if role and len(role) + len(number_suffix(ws, i + len(role), lex)) >= len(run):
                role = tuple(run)  # "Capres nomor urut 2": the number is part of the role
                found = _past_relative_clause(ws, i, lex)
                if found is None:
                    return Subject("role", role)
                j = found
                continue
            if run_is_person(run, lex):
                return Subject("run", run)
            if any(x.lower in lex.affiliation_words for x in run):
                return Subject("description", run)  # "Senate Republican leaders said": a group, no one named
            if i == 0 and run[0].lower in lex.non_person_subjects | lex.org_words:
                return None  # the subject is an organisation or a document, not a person
            if len(run) > 1 and not all(is_acronym(x.text) or x.lower in lex.org_words for x in run):
                return None  # a complex subject we cannot read: no guess past it
            j = i - 1
            continue
        role = _role_ending_at(ws, j, lex)
        if role:
            appositive = _name_before_appositive(ws, j - len(role) + 1, lex, text)
            if appositive is not None:
                return appositive
            found = _past_relative_clause(ws, j - len(role) + 1, lex)
            if found is None:
                return Subject("role", role)
            j = found
            continue
        if lex.verb_of(w.text) and not participle:
            return None
        j -= 1
    return None


def _coordinated_subject(ws: list[Word], k: int, lex: Lexicon, text: str) -> Subject | None:
    """The subject a verb after a connective shares with the verb before it.

    "Jo Roe said the plan was made by Sam Lee and said, ...": the second "said" is Jo Roe's, not that of
    the name right before "and". The subject of an earlier speech verb of the sentence, else the
    pronoun or person that opens the sentence; None when neither is found.
    """
    for m in range(k - 1, 0, -1):
        if lex.verb_of(ws[m].text) and ws[m].lower not in lex.participles:
            return subject_before(ws, m, lex, text)
    i = after_connectives(ws, lex)
    if i >= k:
        return None
    if ws[i].lower in lex.pronouns:
        return Subject("pronoun", (ws[i],))
    run = _run_at(ws, i, lex, text)
    if run and i + len(run) < k and not is_possessive(text, run[-1]) and run_is_person(run, lex):
        return Subject("run", run)
    return None


MAX_APPOSITIVE_WORDS = 40  # "Jo Roe, <appositive of any length>, said": how far back the subject may open


def _clause_initial_subject(ws: list[Word], k: int, lex: Lexicon, text: str) -> Subject | None:
    """The subject that opens the sentence when the verb at ``ws[k]`` follows a comma.

    "Jo Roe, president of the Acme Fund, a group allied with X, said": the name before the first comma;
    "Jo Roe praised the plan, saying": a participle after a comma reports what the sentence's subject said.
    """
    m = k - 1
    while m >= 0 and k - m <= 3 and not ws[m].is_capitalised and not lex.verb_of(ws[m].text):
        if text[ws[m].end : ws[m + 1].start].strip() == ",":
            break
        m -= 1  # "..., last week said"
    if m < 0 or text[ws[m].end : ws[m + 1].start].strip() != "," or k > MAX_APPOSITIVE_WORDS:
        return None
    i = after_connectives(ws, lex)
    if i >= m:
        return None
    if ws[k].lower in lex.participles:
        w = ws[i]
        if w.lower in lex.pronouns:
            return Subject("pronoun", (w,))
        run = _run_at(ws, i, lex, text)
        if run and not is_possessive(text, run[-1]) and run_is_person(run, lex):
            nxt = i + len(run)
            if nxt < len(ws) and text[run[-1].end : ws[nxt].start] == " " and not ws[nxt].is_capitalised:
                return Subject("run", run)
        return None
    run = _run_at(ws, i, lex, text)
    if not run or is_possessive(text, run[-1]) or not run_is_person(run, lex):
        return None
    nxt = i + len(run)
    if nxt >= m or text[run[-1].end : ws[nxt].start].strip() != ",":
        return None
    if any(lex.verb_of(w.text) and w.lower not in lex.participles for w in ws[nxt:k]):
        return None  # another speech verb in between: not one clause
    return Subject("run", run)


def is_possessive(text: str, w: Word) -> bool:
    """Is ``w`` followed by a possessive "'s" (split off by :func:`~debatekit.extract.text_units.words`)?"""
    mark = text[w.end : w.end + 1] in ("'", "’")
    return (
        mark
        and (
            text[w.end + 1 : w.end + 2] in ("s", "S")  # "Roe's"
            or (w.text.endswith("s") and not text[w.end + 1 : w.end + 2].isalnum())  # "Sanders' plan"
        )
    )


def _relative_subject(ws: list[Word], k: int, lowest: int, lex: Lexicon, text: str) -> Subject | None:
    """ "Priya Raman, who teaches ..., said" / "Fauzan yang berpasangan dengan ... menyinggung": the head."""
    for r in range(k - 1, max(lowest, 1) - 1, -1):
        if ws[r].lower in lex.relative_pronouns:
            end = r - 1
            start = end
            while start - 1 >= 0 and ws[start - 1].is_capitalised and joins(text, ws[start - 1], ws[start]):
                start -= 1
            run = tuple(ws[start : end + 1])
            if run and ws[end].is_capitalised and run_is_person(run, lex):
                return Subject("run", run)
            return None
        if lex.verb_of(ws[r].text):
            return None
    return None


def _role_ending_at(ws: list[Word], j: int, lex: Lexicon) -> tuple[Word, ...]:
    last = ws[j].lower
    for head in lex.standalone_roles:
        if head[-1] != last:
            continue  # cheap test before building the tuple of the words ending at ``j``
        n = len(head)
        if j - n + 1 >= 0 and tuple(w.lower for w in ws[j - n + 1 : j + 1]) == head:
            return tuple(ws[j - n + 1 : j + 1])
    return ()


def _name_before_appositive(ws: list[Word], i: int, lex: Lexicon, text: str) -> Subject | None:
    """ "Smith, the mayor, said": the role at ``ws[i]`` is an appositive of the name before the comma."""
    if i < 1 or text[ws[i - 1].end : ws[i].start].strip() != ",":
        return None
    end = i - 1
    start = end
    while start - 1 >= 0 and ws[start - 1].is_capitalised and joins(text, ws[start - 1], ws[start]):
        start -= 1
    run = tuple(ws[start : end + 1])
    return Subject("run", run) if ws[end].is_capitalised and run_is_person(run, lex) else None


def _past_relative_clause(ws: list[Word], i: int, lex: Lexicon) -> int | None:
    """For "Dewi yang juga petahana ini": the index before "yang" when a role sits in a relative clause."""
    k = i - 1
    while k >= 0 and ws[k].lower in lex.fillers:
        k -= 1
    if k >= 1 and ws[k].lower in lex.relative_pronouns:
        return k - 1
    return None


def run_is_person(run: tuple[Word, ...] | list[Word], lex: Lexicon) -> bool:
    """A capitalised run that names a person.

    A role head with a name after it; or only name words; or a long title that does not open with an
    organisation word and ends, after an acronym or organisation word, in a name of two words or more
    ("Uskup Agung Jakarta Ignatius Suharyo", "Humas DJP Pusat Ani Natalia").
    """
    # asked again for every mention of a name in every pass: the answer depends on the words' text
    # alone, so it is remembered per lexicon
    key = tuple(map(_TEXT, run))  # the texts read in C
    held: dict[tuple[str, ...], bool] = lex.memo("person_runs", dict)
    found = held.get(key)
    if found is None:
        found = _run_is_person(run, lex)
        if len(held) < RUN_CACHE_SIZE:
            held[key] = found
    return found


def _run_is_person(run: tuple[Word, ...] | list[Word], lex: Lexicon) -> bool:
    ws = strip_name(list(run), lex)
    if not ws:
        return False
    head = match_role_head([w.lower for w in ws], lex)
    if head:
        return bool(name_tail(ws[head:], lex))
    if ws[0].lower in lex.non_name_capitals:
        return False
    if name_words(ws, lex):
        return True
    if len(ws) >= 4 and ws[0].lower not in lex.org_words and not is_acronym(ws[0].text):
        tail = name_tail(ws, lex)
        before = ws[len(ws) - len(tail) - 1] if len(tail) < len(ws) else None
        return (
            len(tail) >= 2
            and before is not None
            and (is_acronym(before.text) or before.lower in lex.org_words)
        )
    return False
