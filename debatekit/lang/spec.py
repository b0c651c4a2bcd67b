"""What a language pack must define: every constant of every section, with its type.

One frozen dataclass per section (as spaCy's ``Language.Defaults`` lists what a language provides). A pack
is complete when each of its six modules defines every field of its section's spec with a value of the
declared type; :func:`check_pack` says what is missing or mistyped. The meaning of each constant is
documented where the Indonesian pack defines it (``debatekit/lang/id/<section>.py``).

A pack may define more constants than the spec lists (a stage may read an optional one with ``getattr``
and a default); ``extra_constants`` names them, so that they can be added here once every pack has them.

>>> from debatekit.lang import get_pack
>>> check_pack(get_pack("en"))
[]
"""

from __future__ import annotations

import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any


@dataclass(frozen=True)
class TextSpec:
    """``text``: tokens, sentence ends and the way figures are written."""

    STOPWORDS: frozenset[str]
    ABBREVIATIONS: frozenset[str]
    CONTRACTIONS: dict[str, str]
    CURRENCY_WORDS: frozenset[str]
    IDENTIFIER_WORDS: frozenset[str]
    PERCENT_WORDS: frozenset[str]
    NUMBER_SCALES: dict[str, int]
    DECIMAL_SEPARATOR: str
    THOUSANDS_SEPARATOR: str
    TOTAL_CUES: tuple[str, ...]


@dataclass(frozen=True)
class CleaningSpec:
    """``cleaning``: page debris (share widgets, "read also" lines, captions, credits, copyright)."""

    LINE_CUES: tuple[str, ...]
    CAPTION_CUES: tuple[str, ...]
    PANEL_HEADERS: tuple[str, ...]
    SHARE_WORDS: frozenset[str]
    CREDIT_WORDS: tuple[str, ...]
    CREDIT_JOINERS: tuple[str, ...]
    CREDIT_NOT_OUTLETS: tuple[str, ...]
    COPYRIGHT_WORDS: tuple[str, ...]
    RIGHTS_RESERVED_WORDS: tuple[str, ...]


@dataclass(frozen=True)
class DatesSpec:
    """``dates``: month, weekday and time-zone names, relative words, numeric date orders."""

    MONTHS: dict[str, int]
    WEEKDAYS: dict[str, int]
    TIMEZONES: dict[str, int]
    RELATIVE_WORDS: frozenset[str]
    TIME_WORDS: tuple[str, ...]
    NUMERIC_DATE_ORDERS: tuple[str, ...]
    WEEKDAY_PAST_MARKERS: tuple[str, ...]
    WEEKDAY_FUTURE_BEFORE: tuple[str, ...]
    WEEKDAY_FUTURE_AFTER: tuple[str, ...]
    AMBIGUOUS_WEEKDAYS: frozenset[str]


@dataclass(frozen=True)
class AttributionSpec:
    """``attribution``: speech verbs, reporting cues, pronouns, honorifics, roles, name shapes."""

    QUOTE_VERBS: frozenset[str]
    REPORT_VERBS: frozenset[str]
    PREQUOTE_VERBS: frozenset[str]
    PARTICIPLE_VERBS: frozenset[str]
    ACCORDING_TO: frozenset[str]
    SUBJECT_VERB_FILLERS: frozenset[str]
    CLAUSE_BREAKS: frozenset[str]
    CLAUSE_SKIP: frozenset[str]
    PRONOUNS: frozenset[str]
    PRONOUN_GENDER: dict[str, str]
    PRONOUN_SUFFIXES: tuple[str, ...]
    RELATIVE_PRONOUNS: frozenset[str]
    HONORIFICS: frozenset[str]
    HONORIFIC_GENDER: dict[str, str]
    GIVEN_NAMES_FEMALE: frozenset[str]
    GIVEN_NAMES_MALE: frozenset[str]
    NAME_PARTICLES: frozenset[str]
    NON_NAME_CAPITALS: frozenset[str]
    AFFILIATION_WORDS: frozenset[str]
    NON_PERSON_SUBJECTS: frozenset[str]
    ORG_WORDS: frozenset[str]
    DEGREE_PATTERN: str
    TITLE_CUES: frozenset[str]
    ROLE_HEADS: tuple[str, ...]
    ROLE_ABBREVIATIONS: dict[str, str]
    ROLE_CONNECTORS: frozenset[str]
    ROLE_DETERMINERS: frozenset[str]
    ROLE_NUMBER_WORDS: frozenset[str]
    STANDALONE_ROLES: tuple[str, ...]
    EPITHET_HEADS: frozenset[str]
    EPITHET_END: frozenset[str]
    APPOSITIVE_JOINERS: frozenset[str]
    SHORT_NAME_POSITION: str
    SPLIT_HYPHENATED_PAIRS: bool
    DESCRIPTION_OPENERS: frozenset[str]
    NAMING_VERBS: frozenset[str]
    QUOTE_PER_PARAGRAPH: bool
    PLACE_MARKERS: frozenset[str]
    NAME_INITIALS: bool
    OCCUPATION_TITLES: frozenset[str]
    OCCUPATION_TITLES_FROM_NAMEPARSER: bool
    VERB_FORM_SUFFIXES: tuple[str, ...]
    NAMESAKES_BY_SUBJECT: bool
    ALIAS_INTRODUCERS: tuple[str, ...]
    PRONOUN_CARRIES_PERSON: bool
    BACK_REFERRING_PRONOUNS: frozenset[str]
    NON_REPORTING_FRAMES: tuple[tuple[frozenset[str], ...], ...]


@dataclass(frozen=True)
class RelationsSpec:
    """``relations``: rebuttal, support and answer cues, negation and polarity, stance words."""

    REBUT_ACTIVE: tuple[str, ...]
    REBUT_PASSIVE: tuple[str, ...]
    SUPPORT_ACTIVE: tuple[str, ...]
    SUPPORT_PASSIVE: tuple[str, ...]
    ANSWER_ACTIVE: tuple[str, ...]
    ANSWER_PASSIVE: tuple[str, ...]
    HEADLINE_REBUT_VERBS: frozenset[str]
    HEADLINE_SUPPORT_VERBS: frozenset[str]
    AGENT_MARKERS: frozenset[str]
    BACK_REFERENCES: frozenset[str]
    CUE_BLOCKERS: frozenset[str]
    CLAIM_WORDS: frozenset[str]
    CONDITIONALS: frozenset[str]
    ALREADY: frozenset[str]
    NEGATIONS: frozenset[str]
    POLARITY_FLIPS: tuple[tuple[str, ...], ...]
    STANCE_FOR: frozenset[str]
    STANCE_AGAINST: frozenset[str]
    TOPIC_STOPWORDS: frozenset[str]
    # the debate itself (debate/*): transcript roles, names, rebuttal and agreement cues, spoken words
    DEBATE_MODERATOR_LABELS: frozenset[str]
    DEBATE_AUDIENCE_LABELS: frozenset[str]
    DEBATE_PANELIST_LABELS: frozenset[str]
    DEBATE_TITLES: frozenset[str]
    DEBATE_INTRO_WORDS: frozenset[str]
    DEBATE_REJECT_CUES: tuple[str, ...]
    DEBATE_OPPONENT_REFS: tuple[str, ...]
    DEBATE_MIN_SHARED: int
    DEBATE_GIVEN_NAME_REFERS: bool
    DEBATE_CONTRAST: frozenset[str]
    DEBATE_AGREE_CUES: tuple[str, ...]
    DEBATE_AGREE_BLOCKERS: frozenset[str]
    DEBATE_SAME_WORDS: dict[str, str]
    STAGE_DIRECTIONS: frozenset[str]
    INTERRUPTION_DIRECTIONS: frozenset[str]
    DEBATE_FILLERS: frozenset[str]
    DEBATE_STOPWORDS: frozenset[str]
    DEBATE_OTHER_SIDE_WORDS: frozenset[str]
    DEBATE_NUMBER_WORDS: dict[str, int]
    DEBATE_NUMBER_MULTIPLIERS: dict[str, int]
    DEBATE_NEGATION_WORDS: tuple[str, ...]
    DEBATE_NEGATION_SUFFIXES: tuple[str, ...]


@dataclass(frozen=True)
class DebateModelSpec:
    """``debate_model``: the debate graph's pair model (:mod:`debatekit.debate.pair_model`). A pack with no
    fitted weights sets ``DEBATE_PAIR_WEIGHTS = {}`` and the graph keeps its cue rules."""

    DEBATE_PAIR_WEIGHTS: dict[str, float]
    DEBATE_PAIR_BIAS: float
    DEBATE_PAIR_THRESHOLD: float
    DEBATE_PAIR_TOP_K: int


@dataclass(frozen=True)
class QuoteObjectsSpec:
    """``quote_objects`` (optional module): verbs whose quoted object is the subject's words
    (``chanted "no fares"``, ``praised "her courage"``) and ``as X put it,`` lead-ins. A pack without the
    module reads no quote as a verb's object."""

    OBJECT_VERBS: frozenset[str]
    UTTERANCE_NOUNS: frozenset[str]
    UTTERANCE_LINKS: frozenset[str]
    GAP_FRAMES: tuple[tuple[str, ...], ...]
    OBJECT_GAP_WORDS: int
    MIN_OBJECT_QUOTE_WORDS: int
    AS_OPENERS: frozenset[str]
    AS_VERBS: frozenset[str]
    AS_VERB_OBJECTS: frozenset[str]


# Sections a pack may leave out (a module of the pack read by one stage when present).
OPTIONAL_SECTION_SPECS: Mapping[str, type] = {"quote_objects": QuoteObjectsSpec}

SECTION_SPECS: Mapping[str, type] = {
    "text": TextSpec,
    "cleaning": CleaningSpec,
    "dates": DatesSpec,
    "attribution": AttributionSpec,
    "relations": RelationsSpec,
    "debate_model": DebateModelSpec,
}


def conforms(value: Any, hint: Any) -> bool:
    """Whether ``value`` has the type ``hint`` (str, bool, frozenset[str], tuple[str, ...], dict[str, int],
    tuple[tuple[str, ...], ...]), elements included.

    >>> conforms(frozenset({"kata"}), frozenset[str]), conforms(["kata"], frozenset[str])
    (True, False)
    """
    origin = typing.get_origin(hint)
    if origin is None:
        return isinstance(value, hint) and (hint is bool or not isinstance(value, bool))
    args = typing.get_args(hint)
    if not isinstance(value, origin):
        return False
    if origin is dict:
        return all(conforms(k, args[0]) and conforms(v, args[1]) for k, v in value.items())
    return all(conforms(v, args[0]) for v in value)


def section_problems(section: str, module: types.ModuleType) -> list[str]:
    """Missing or mistyped constants of one pack module, as sentences (empty when it is complete).

    >>> draft = types.ModuleType("draft")
    >>> draft.STOPWORDS = ["the"]
    >>> section_problems("text", draft)[:2]
    ['draft.STOPWORDS should be frozenset[str], not list', 'draft.ABBREVIATIONS is missing (frozenset[str])']
    """
    spec = SECTION_SPECS[section] if section in SECTION_SPECS else OPTIONAL_SECTION_SPECS[section]
    hints = typing.get_type_hints(spec)
    problems = []
    for f in fields(spec):
        if not hasattr(module, f.name):
            problems.append(f"{module.__name__}.{f.name} is missing ({hints[f.name]})")
        elif not conforms(getattr(module, f.name), hints[f.name]):
            got = type(getattr(module, f.name)).__name__
            problems.append(f"{module.__name__}.{f.name} should be {hints[f.name]}, not {got}")
    return problems


def check_pack(pack: Any) -> list[str]:
    """Every problem of a :class:`debatekit.lang.LanguagePack` against the spec (empty when complete).

    >>> from debatekit.lang import get_pack
    >>> check_pack(get_pack("id"))
    []
    """
    return [p for s in SECTION_SPECS for p in section_problems(s, getattr(pack, s))]


def extra_constants(module: types.ModuleType, section: str) -> set[str]:
    """Upper-case constants a pack module defines beyond its section's spec.

    >>> draft = types.ModuleType("draft")
    >>> draft.STOPWORDS, draft.MY_WORDS = frozenset(), ("x",)
    >>> extra_constants(draft, "text")
    {'MY_WORDS'}
    """
    declared = {f.name for f in fields(SECTION_SPECS[section])}
    return {n for n in vars(module) if n.isupper() and not n.startswith("_")} - declared
