"""Language packs: every language-specific word list lives here, never in the algorithms.

A pack is a sub-package ``debatekit.lang.<code>`` with one module per concern:

``text``
    stopwords, abbreviations that do not end a sentence, number format.
``cleaning``
    boilerplate cue lines and patterns (share widgets, "Baca juga", comment forms, ...).
``dates``
    month and weekday names, dateline patterns.
``attribution``
    speech verbs, reporting cues, pronouns, honorifics, degrees, role and epithet words.
``relations``
    rebuttal and support cues, negation and polarity words, stance words.

Adding a language means adding one folder with those five modules. Packs are imported lazily, on the
first call to :func:`get_pack`, so importing debatekit does no work.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache
from types import ModuleType

SECTIONS = ("text", "cleaning", "dates", "attribution", "relations")
AVAILABLE = ("id", "en")
DEFAULT_LANGUAGE = "id"


@dataclass(frozen=True)
class LanguagePack:
    """The word lists of one language, grouped by concern (each section is a module of constants)."""

    code: str
    text: ModuleType
    cleaning: ModuleType
    dates: ModuleType
    attribution: ModuleType
    relations: ModuleType


@cache
def get_pack(code: str | None) -> LanguagePack:
    """Return the language pack for an ISO 639-1 code, falling back to the default language.

    Parameters
    ----------
    code : str or None
        "id", "en", ... ; unknown codes and None give the default pack.

    Returns
    -------
    LanguagePack
    """
    code = (code or DEFAULT_LANGUAGE).lower().split("-")[0]
    if code not in AVAILABLE:
        code = DEFAULT_LANGUAGE
    modules = {s: importlib.import_module(f"debatekit.lang.{code}.{s}") for s in SECTIONS}
    return LanguagePack(code=code, **modules)


def all_packs() -> tuple[LanguagePack, ...]:
    """Every available pack, for cleaning and detection steps that must not assume one language."""
    return tuple(get_pack(c) for c in AVAILABLE)
