"""Person names and role phrases: what in a capitalised run is a title, and what is the name.

All word lists come from the language pack's ``attribution`` section; :class:`Lexicon` compiles them
once per pack.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any, TypeVar

from debatekit.extract.kinds import place_prefix_length
from debatekit.extract.text_units import Word
from debatekit.lang import LanguagePack

T = TypeVar("T")

VERB_CACHE_SIZE = 200_000  # distinct words remembered by Lexicon.verb_of per mode (a corpus's vocabulary)


@dataclass(frozen=True)
class Lexicon:
    """The pack's attribution words, compiled for fast lookups."""

    quote_verbs: frozenset[str]
    report_verbs: frozenset[str]
    prequote_verbs: frozenset[str]
    according_to: tuple[tuple[str, ...], ...]
    fillers: frozenset[str]
    clause_skip: frozenset[str]
    pronouns: frozenset[str]
    pronoun_suffixes: tuple[str, ...]
    honorifics: frozenset[str]
    degree_re: re.Pattern[str]
    particles: frozenset[str]
    standalone_roles: tuple[tuple[str, ...], ...]
    epithet_heads: frozenset[str]
    epithet_end: frozenset[str]
    non_name_capitals: frozenset[str]
    org_words: frozenset[str]
    non_person_subjects: frozenset[str]
    title_cues: frozenset[str]
    relative_pronouns: frozenset[str]
    role_determiners: frozenset[str]
    role_abbreviations: dict[str, str]
    honorific_gender: dict[str, str]
    pronoun_gender: dict[str, str]
    given_female: frozenset[str]
    given_male: frozenset[str]
    participles: frozenset[str]
    role_connectors: frozenset[str]
    number_words: frozenset[str]
    appositive_joiners: frozenset[str]
    clause_breaks: frozenset[str]
    short_name_position: str
    typo_verbs: dict[str, str]  # one-letter-dropped spellings of long report verbs -> the verb
    role_first: dict[str, tuple[tuple[str, ...], ...]]  # first word -> role heads starting with it
    standalone_first: dict[str, tuple[tuple[str, ...], ...]]
    # the same heads by first word as (length, heads of that length), longest first: match_role_head
    # builds one tuple per length, not one per head ("the" opens fifteen English roles)
    role_lengths: dict[str, tuple[tuple[int, frozenset[tuple[str, ...]]], ...]]
    standalone_lengths: dict[str, tuple[tuple[int, frozenset[tuple[str, ...]]], ...]]
    prepositions: frozenset[str] = frozenset()
    nickname_prefixes: bool = False
    generational: frozenset[str] = frozenset()
    stopwords: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()
    noun_phrase_lowercase: int = 0
    connectives: frozenset[str] = frozenset()
    abbreviations: frozenset[str] = frozenset()  # "Rep." / "Mrs.": a dot that ends no sentence
    description_openers: frozenset[str] = frozenset()  # "a spokesman", "the paper": nobody by name
    naming_verbs: frozenset[str] = frozenset()  # "called the plan "a hoax."": the quote is what was said
    affiliation_words: frozenset[str] = frozenset()  # "Republican", "Democratic": no name, even capitalised
    quote_per_paragraph: bool = False  # a quote running over paragraphs gives one statement a paragraph
    # verb_of's answers by token, one dict per (quote, report) at index 2 * quote + report: it is asked
    # about every word, often the same ones (a string key hashes once; a (token, quote, report) key
    # was hashed anew at every call)
    _verbs: tuple[dict[str, tuple[str, bool] | None], ...] = field(
        default_factory=lambda: ({}, {}, {}, {}), compare=False, repr=False
    )
    # is_degree's answers by word text
    _degrees: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)
    # values derived from this lexicon alone (compiled patterns, answers by word), see memo()
    _memos: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    # "di" / "Kabupaten": the capitalised words after them are a place
    place_markers: frozenset[str] = frozenset()
    name_initials: bool = False  # "Bambang PS Brodjonegoro": two capitals without dots may be initials
    # occupations that stand before a name without being part of it ("Actor Jo Roe"), lower-cased
    occupation_titles: frozenset[str] = frozenset()
    given_names: frozenset[str] = frozenset()  # the pack's given names, either gender
    # a name word shared by several people: the nearby subject, else the article's principal
    namesakes_by_subject: bool = False
    verb_form_suffixes: tuple[str, ...] = ()  # "ing": a sentence-initial "Injecting Roe" opens with a verb
    # "known as": the lower-cased words of each appositive that gives the name a person goes by
    alias_introducers: tuple[tuple[str, ...], ...] = ()
    pronoun_carries_person: bool = False  # "ia belum ...": a resolved pronoun is a mention of its person
    back_referring_pronouns: frozenset[str] = frozenset()  # "Roe allowed her staff": her is Roe
    # verb form -> the word sets that, following it, make it report nothing ("added to her lead")
    non_reporting: dict[str, tuple[tuple[frozenset[str], ...], ...]] = field(default_factory=dict)

    def memo(self, name: str, build: Callable[[], T]) -> T:
        """The value ``build()`` gives, built on the first call for ``name`` and kept with the lexicon.

        A lexicon holds dicts, so it cannot key a functools cache; what depends on it alone lives here.

        >>> from debatekit.lang import get_pack
        >>> lex = lexicon(get_pack("en"))
        >>> lex.memo("empty", dict) is lex.memo("empty", dict)
        True
        """
        try:
            return self._memos[name]
        except KeyError:
            value = self._memos[name] = build()
            return value

    def verb_of(self, token: str, *, quote: bool = True, report: bool = True) -> tuple[str, bool] | None:
        """Return (verb, has_pronoun_suffix) when ``token`` is a speech verb, else None."""
        verbs = self._verbs[2 * quote + report]
        found = verbs.get(token, False)
        if found is False:
            found = self._verb_of(token, quote, report)
            if len(verbs) < VERB_CACHE_SIZE:
                verbs[token] = found
        return found  # type: ignore[return-value]

    def is_degree(self, text: str) -> bool:
        """Whether ``text`` (a word's printed text) is an academic degree ("S.E", "M.Si."), with or without
        its full stop: ``degree_re``'s answer per text, remembered (names ask it of their last word often)."""
        held = self._degrees
        found = held.get(text)
        if found is None:
            found = bool(self.degree_re.match(text) or self.degree_re.match(text.rstrip(".")))
            if len(held) < VERB_CACHE_SIZE:
                held[text] = found
        return found

    def _verb_of(self, token: str, quote: bool, report: bool) -> tuple[str, bool] | None:
        t = token.lower().rstrip(".")
        if (quote and t in self.quote_verbs) or (report and t in self.report_verbs):
            return t, False
        for suffix in self.pronoun_suffixes:
            if t.endswith(suffix) and len(t) > len(suffix) + 2:
                base = t[: -len(suffix)]
                if (quote and base in self.quote_verbs) or (report and base in self.report_verbs):
                    return base, True
        if report and t in self.typo_verbs:
            return self.typo_verbs[t], False
        return None


@cache
def lexicon(pack: LanguagePack) -> Lexicon:
    """Compile a pack's attribution section (cached per pack)."""
    a = pack.attribution
    report = frozenset(a.REPORT_VERBS)
    typo: dict[str, str] = {}
    for verb in sorted(report):
        if len(verb) >= 9:  # dropping a letter from a long verb cannot make another common word
            for i in range(len(verb)):
                variant = verb[:i] + verb[i + 1 :]
                typo.setdefault(variant, verb)
    for verb in report | frozenset(a.QUOTE_VERBS):
        typo.pop(verb, None)
    return Lexicon(
        quote_verbs=frozenset(a.QUOTE_VERBS),
        report_verbs=report,
        prequote_verbs=frozenset(a.PREQUOTE_VERBS),
        according_to=tuple(tuple(p.split()) for p in sorted(a.ACCORDING_TO, key=len, reverse=True)),
        fillers=frozenset(a.SUBJECT_VERB_FILLERS),
        clause_skip=frozenset(a.CLAUSE_SKIP),
        pronouns=frozenset(a.PRONOUNS),
        pronoun_suffixes=tuple(a.PRONOUN_SUFFIXES),
        honorifics=frozenset(a.HONORIFICS),
        degree_re=re.compile(rf"^(?:{a.DEGREE_PATTERN})$"),
        particles=frozenset(a.NAME_PARTICLES),
        standalone_roles=tuple(sorted((tuple(r.split()) for r in a.STANDALONE_ROLES), key=len, reverse=True)),
        epithet_heads=frozenset(a.EPITHET_HEADS),
        epithet_end=frozenset(a.EPITHET_END),
        non_name_capitals=frozenset(a.NON_NAME_CAPITALS),
        org_words=frozenset(a.ORG_WORDS),
        non_person_subjects=frozenset(a.NON_PERSON_SUBJECTS),
        title_cues=frozenset(a.TITLE_CUES),
        relative_pronouns=frozenset(a.RELATIVE_PRONOUNS),
        role_determiners=frozenset(a.ROLE_DETERMINERS),
        role_abbreviations=dict(a.ROLE_ABBREVIATIONS),
        honorific_gender=dict(a.HONORIFIC_GENDER),
        pronoun_gender=dict(a.PRONOUN_GENDER),
        given_female=frozenset(a.GIVEN_NAMES_FEMALE),
        given_male=frozenset(a.GIVEN_NAMES_MALE),
        participles=frozenset(a.PARTICIPLE_VERBS),
        role_connectors=frozenset(a.ROLE_CONNECTORS),
        number_words=frozenset(a.ROLE_NUMBER_WORDS),
        appositive_joiners=frozenset(a.APPOSITIVE_JOINERS),
        clause_breaks=frozenset(a.CLAUSE_BREAKS),
        short_name_position=a.SHORT_NAME_POSITION,
        typo_verbs=typo,
        role_first=_by_first(a.ROLE_HEADS),
        standalone_first=_by_first(a.STANDALONE_ROLES),
        role_lengths=_by_length(_by_first(a.ROLE_HEADS)),
        standalone_lengths=_by_length(_by_first(a.STANDALONE_ROLES)),
        prepositions=frozenset(a.PREPOSITIONS),
        nickname_prefixes=a.NICKNAME_PREFIXES,
        generational=frozenset(a.GENERATIONAL_SUFFIXES),
        stopwords=frozenset(pack.text.STOPWORDS),
        articles=frozenset(a.ARTICLES),
        noun_phrase_lowercase=a.NOUN_PHRASE_LOWERCASE,
        connectives=frozenset(a.CONNECTIVES),
        abbreviations=frozenset(pack.text.ABBREVIATIONS),
        description_openers=frozenset(a.DESCRIPTION_OPENERS),
        naming_verbs=frozenset(a.NAMING_VERBS),
        affiliation_words=frozenset(a.AFFILIATION_WORDS),
        quote_per_paragraph=a.QUOTE_PER_PARAGRAPH,
        place_markers=frozenset(a.PLACE_MARKERS),
        name_initials=a.NAME_INITIALS,
        occupation_titles=_occupation_titles(a.OCCUPATION_TITLES, a.OCCUPATION_TITLES_FROM_NAMEPARSER),
        given_names=frozenset(a.GIVEN_NAMES_FEMALE) | frozenset(a.GIVEN_NAMES_MALE),
        verb_form_suffixes=tuple(a.VERB_FORM_SUFFIXES),
        namesakes_by_subject=a.NAMESAKES_BY_SUBJECT,
        pronoun_carries_person=a.PRONOUN_CARRIES_PERSON,
        back_referring_pronouns=frozenset(a.BACK_REFERRING_PRONOUNS),
        non_reporting=_frames_by_verb(a.NON_REPORTING_FRAMES),
        alias_introducers=tuple(
            sorted((tuple(p.split()) for p in a.ALIAS_INTRODUCERS), key=len, reverse=True)
        ),
    )


def _frames_by_verb(
    frames: tuple[tuple[frozenset[str], ...], ...],
) -> dict[str, tuple[tuple[frozenset[str], ...], ...]]:
    """The pack's non-reporting frames by verb form: the word sets that follow each form."""
    out: dict[str, list[tuple[frozenset[str], ...]]] = {}
    for verbs, *after in frames:
        for v in sorted(verbs):
            out.setdefault(v, []).append(tuple(after))
    return {v: tuple(f) for v, f in out.items()}


def _occupation_titles(words: frozenset[str], from_nameparser: bool) -> frozenset[str]:
    """The pack's occupation titles, with nameparser's title list when the pack asks for it."""
    titles = frozenset(w.lower() for w in words)
    if from_nameparser:
        from nameparser.config import CONSTANTS

        titles |= frozenset(t.lower() for t in CONSTANTS.titles)
    return titles


def _by_first(phrases) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        toks = tuple(p.split())
        out.setdefault(toks[0], []).append(toks)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _by_length(
    by_first: dict[str, tuple[tuple[str, ...], ...]],
) -> dict[str, tuple[tuple[int, frozenset[tuple[str, ...]]], ...]]:
    out = {}
    for first, heads in by_first.items():
        lengths = sorted({len(h) for h in heads}, reverse=True)
        out[first] = tuple((n, frozenset(h for h in heads if len(h) == n)) for n in lengths)
    return out


def gender_of(ws: list[Word], lex: Lexicon) -> str | None:
    """Gender a name's words reveal: a gendered honorific ("Ms.") or a given name from the pack."""
    for w in ws:
        g = lex.honorific_gender.get(w.lower)
        if g:
            return g
    for w in strip_name(ws, lex)[:1]:
        if w.lower in lex.given_female:
            return "f"
        if w.lower in lex.given_male:
            return "m"
    return None


def slug(name: str) -> str:
    """ASCII, lower-case, hyphenated id for a name ("Rahmat Siregar" -> "rahmat-siregar")."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "unknown"


def same_generation(a: frozenset[str], b: frozenset[str], generational: frozenset[str]) -> bool:
    """Do two name-word sets carry the same generational suffix (or none)? "Jo Roe Jr." is not "Jo Roe"."""
    return a & generational == b & generational


MAX_INITIALS = 2  # "PS", "MD": longer capitals ("KPK") name a body


def is_acronym(token: str) -> bool:
    bare = token.rstrip(".")
    return len(bare) > 1 and bare.isupper()


def is_name_token(word: Word, lex: Lexicon) -> bool:
    """Could this capitalised word be part of a person's name?"""
    low = word.lower
    return (
        (
            word.is_capitalised
            and not is_acronym(word.text)
            and (word.text.isalpha() or not any(ch.isdigit() for ch in word.text))  # letters: no digit
            and low not in lex.org_words
            and low not in lex.non_name_capitals
            and low not in lex.affiliation_words
            and lex.verb_of(low) is None
        )
        or word.text in lex.particles
        or (word.is_capitalised and low in lex.generational)
    )


def is_given_before_name(ws: list[Word] | tuple[Word, ...], i: int, lex: Lexicon) -> bool:
    """An organisation word that is also a given name, right before a name word: "Bill Roe", not "the Bill".

    >>> from debatekit.extract.text_units import words
    >>> from debatekit.lang import get_pack
    >>> en = lexicon(get_pack("en"))
    >>> ws = words("Bill Roe and Senate Bill Commission")
    >>> is_given_before_name(ws, 0, en), is_given_before_name(ws, 4, en)
    (True, False)
    """
    w = ws[i]
    return (
        w.is_capitalised
        and w.lower in lex.org_words
        and w.lower in lex.given_names
        and i + 1 < len(ws)
        and is_name_token(ws[i + 1], lex)
        and not is_acronym(ws[i + 1].text)
    )


def is_initials(word: Word, lex: Lexicon) -> bool:
    """Capitals that may be a name's initials in a pack that writes them without dots ("PS", "MD")."""
    bare = word.bare
    return (
        lex.name_initials
        and 1 < len(bare) <= MAX_INITIALS
        and bare.isalpha()
        and bare.isupper()
        and bare.lower() not in lex.org_words
        and not set(bare) <= set("IVX")  # "Komisi II": a number
    )


def name_words(ws: list[Word] | tuple[Word, ...], lex: Lexicon) -> bool:
    """Are all of ``ws`` name words? Initials count after a name word: "Bambang PS Brodjonegoro"."""
    return all(
        is_name_token(w, lex)
        or (
            i > 0
            and is_initials(w, lex)
            and is_name_token(ws[i - 1], lex)
            and not is_initials(ws[i - 1], lex)
        )
        or is_given_before_name(ws, i, lex)
        for i, w in enumerate(ws)
    )


MIN_TITLE_CASE_WORDS = 4  # a shorter line says too little about its capitals
TITLE_CASE_SHARE = 0.75  # share of its long words a Title Case line capitalises
LONG_WORD = 4  # "in", "a", "for", "the" stay lower case in a Title Case headline


def title_case(ws: list[Word] | tuple[Word, ...]) -> bool:
    """Is this line written in Title Case (a headline), where a capital tells nothing about a name?

    >>> from debatekit.extract.text_units import words
    >>> title_case(words("Mayor Hit Piece Exploits Voter Who Was in a Hospital.")), title_case(words("Jo Roe said it was fine."))
    (True, False)
    """
    long = [w for w in ws if len(w.bare) >= LONG_WORD and w.bare[:1].isalpha()]
    if len(long) < MIN_TITLE_CASE_WORDS:
        return False
    return sum(w.is_capitalised for w in long) >= TITLE_CASE_SHARE * len(long)


def is_premodifier(word: Word, lex: Lexicon) -> bool:
    """A capitalised word that may stand before a name without being part of it.

    A hyphenated adjective with a lower-case part ("Los Angeles-area", "Clinton-era") or an occupation
    title of the pack that is no given name ("Actor" in "Actor Jo Roe").
    """
    if "-" in word.bare and any(part[:1].islower() for part in word.bare.split("-")[1:]):
        return True
    return word.lower in lex.occupation_titles and word.lower not in lex.given_names


def trim_premodifiers(ws: list[Word], lex: Lexicon, anchors: frozenset[str] = frozenset()) -> list[Word]:
    """A capitalised run without what stands before the name in it: a country or US state ("New
    Hampshire Jo Roe", or before one word the article uses alone as a name: ``anchors``), a hyphenated adjective ("Los Angeles-area Roe") or an occupation ("Actor Jo Roe").

    >>> from debatekit.extract.text_units import words
    >>> from debatekit.lang import get_pack
    >>> en = lexicon(get_pack("en"))
    >>> [w.text for w in trim_premodifiers(words("New Hampshire Roe"), en, frozenset({"Roe"}))]
    ['Roe']
    """
    ws = list(ws)
    cut = max((i + 1 for i, w in enumerate(ws[:-1]) if "-" in w.bare and is_premodifier(w, lex)), default=0)
    ws = ws[cut:]
    n = place_prefix_length([w.bare for w in ws], lex.given_names)
    if n and (len(ws) - n >= 2 or any(w.bare in anchors for w in ws[n:])):
        ws = ws[n:]  # "Nevada Democrat" is a description, kept whole: the place goes before a name only
    # "Actor Jo Roe", and "Ambassador Roe" where the article also writes "Roe" alone; "Dean Roe" stays
    while is_premodifier(ws[0], lex) and (len(ws) >= 3 or (len(ws) == 2 and ws[1].bare in anchors)):
        ws = ws[1:]
    return ws


MIN_VERB_FORM_CHARS = 6  # "King", "Ming", "Ewing" are names; "Bashing", "Injecting" are verbs


def is_verb_form(word: Word, lex: Lexicon) -> bool:
    """A verb form by its ending ("Injecting", "Bashing"): at a sentence start it is no given name."""
    low = word.lower
    return len(low) >= MIN_VERB_FORM_CHARS and low.endswith(lex.verb_form_suffixes)


def match_role_head(tokens: list[str], lex: Lexicon, standalone: bool = False) -> int:
    """Length of the longest role head at the start of ``tokens`` (lower-cased words), else 0."""
    if not tokens:
        return 0
    index = lex.standalone_lengths if standalone else lex.role_lengths
    for n, heads in index.get(tokens[0], ()):
        if tuple(tokens[:n]) in heads:
            return n
    return 0


def strip_name(ws: list[Word], lex: Lexicon) -> list[Word]:
    """Drop honorifics and affiliations in front of a name and degrees after it ("H. Andi Saputra, S.E" ->
    Andi Saputra, "Republican Sen. Jo Roe" -> Jo Roe)."""
    out = list(ws)
    while out and (out[0].lower in lex.honorifics or out[0].lower in lex.affiliation_words):
        out = out[1:]
    while out and lex.is_degree(out[-1].text):
        out = out[:-1]
    return out


def split_role_and_name(
    ws: list[Word],
    lex: Lexicon,
    anchors: frozenset[str] = frozenset(),
    places: frozenset[str] = frozenset(),
    name_starts: frozenset[str] = frozenset(),
) -> tuple[list[Word], list[Word]]:
    """Split a capitalised run into its role part and its name part.

    "Wali Kota Kotabaru Rahmat Siregar" -> (Wali Kota Kotabaru, Rahmat Siregar). Without a role head the whole
    run is the name (honorifics and degrees stripped). With one, the name is the trailing name-like words:
    from an anchor (a word the article also uses alone as a name) when there is one, else the last two.
    ``places`` (lower-cased words the article uses as place names) never open a name: "Sukamaju Karta" is Karta.
    ``name_starts`` ("sri mulyani": two words that open a capitalised run elsewhere in the article) keep a
    third name word: "Menteri Keuangan Sri Mulyani Indrawati" is Sri Mulyani Indrawati. Affiliations in
    front belong to the role: "Mexican President Jo Roe" -> (Mexican President, Jo Roe).
    """
    lead = 0
    while lead < len(ws) - 1 and ws[lead].lower in lex.affiliation_words:
        lead += 1
    if lead:
        role, name = split_role_and_name(ws[lead:], lex, anchors, places, name_starts)
        return ws[:lead] + role, name
    lowered = [w.lower for w in ws]
    head = match_role_head(lowered, lex)
    if not head:
        name = _past_places(strip_name(ws, lex), places, anchors)
        if not name:
            return ws, []
        opens_with_body = is_acronym(name[0].text) or name[0].lower in lex.org_words
        if len(name) > 4 or (opens_with_body and len(name) >= 3):
            # a long run, or one opening with an organisation ("KPU Kotabaru Jo Roe"): the name is its tail
            tail = name_tail(name, lex)
            tail = _past_places(tail, places, anchors) or tail  # "... Daerah Kota Sukamaju Karta" is Karta
            if tail or len(name) > 4:
                short = _last_words(tail, _name_length(tail, name_starts))
                return ws[: len(ws) - len(short)], short
        return ws[: len(ws) - len(name)] if places else [], name
    rest = _before_of_place(ws[head:], lex)
    full_tail = name_tail(rest, lex)
    tail = _past_places(full_tail, places, anchors)
    if not tail:
        return ws, []
    after_place = len(tail) < len(
        full_tail
    )  # "Wali Kota Kalimaya Darsono": the word after the place is a name
    for i, w in enumerate(tail):
        if w.bare in anchors:
            # the article's short name marks where the name starts (Indonesian given name) or ends (surname)
            tail = tail[i:] if lex.short_name_position == "first" else tail[max(0, i - 2) : i + 1]
            break
    else:
        if len(tail) > 2:
            tail = _last_words(tail, _name_length(tail, name_starts))
        elif len(tail) == 1 and not after_place:
            # "Wali Kota Kotabaru": one word after a role is a place unless the article uses it as a name.
            return ws, []
    role = ws[: next(i for i, w in enumerate(ws) if w is tail[0])]
    while role and role[-1].lower in lex.honorifics:
        role = role[:-1]  # "petahana Dr. H. Hendra Lubis": the honorifics belong to neither
    return role, tail


MAX_OF_PLACE_WORDS = 2  # "of Connecticut", "of New Jersey"


def _before_of_place(rest: list[Word], lex: Lexicon) -> list[Word]:
    """The words after a role up to an "of" that follows a full name: "Senator Chris Murphy of
    Connecticut" is Chris Murphy. An "of" right after the role is part of it ("Secretary of State Jo Roe")."""
    for k in range(2, len(rest) - 1):
        if (
            rest[k].lower in lex.appositive_joiners
            and len(rest) - k - 1 <= MAX_OF_PLACE_WORDS
            and name_words(rest[:k], lex)
            and not match_role_head([w.lower for w in rest[:k]], lex)
        ):
            return rest[:k]
    return rest


def _name_length(tail: list[Word], name_starts: frozenset[str]) -> int:
    """3 when the article opens a run with the first two of the last three words ("Sri Mulyani"), else 2."""
    if len(tail) >= 3 and f"{tail[-3].lower} {tail[-2].lower}" in name_starts:
        return 3
    return 2


def _past_places(ws: list[Word], places: frozenset[str], anchors: frozenset[str]) -> list[Word]:
    """``ws`` without the place words it opens with ("Sukamaju Karta" -> Karta)."""
    k = 0
    while k < len(ws) and ws[k].lower in places and ws[k].bare not in anchors:
        k += 1
    return ws[k:]


def _last_words(tail: list[Word], n: int = 2) -> list[Word]:
    """The last ``n`` words of a name, and a middle initial before the surname ("Charles B. Rangel")."""
    if len(tail) > n and len(tail[-2].bare) == 1:
        return tail[-(n + 1) :]
    return tail[-n:]


def name_tail(ws: list[Word], lex: Lexicon) -> list[Word]:
    """The longest suffix of ``ws`` made of name-like words (honorifics allowed at its start)."""
    ws = strip_name(ws, lex)
    i = len(ws)
    while i > 0 and (
        is_name_token(ws[i - 1], lex)
        or (i >= 2 and is_initials(ws[i - 1], lex) and is_name_token(ws[i - 2], lex))
        or is_given_before_name(ws, i - 1, lex)  # False for the last word: no name word after it
    ):
        i -= 1
    tail = ws[i:]
    while tail and tail[0].text in lex.particles:
        tail = tail[1:]
    return tail


def role_tokens(
    role: str, determiners: frozenset[str] = frozenset(), abbreviations: dict[str, str] | None = None
) -> frozenset[str]:
    """Lower-cased words of a role, digits kept ("nomor urut 1" keeps "1"), determiners dropped,
    short forms expanded ("cawalkot" -> calon wali kota)."""
    out: set[str] = set()
    for t in re.findall(r"\w+", role.lower()):
        out.update((abbreviations or {}).get(t, t).split())
    return frozenset(out) - determiners
