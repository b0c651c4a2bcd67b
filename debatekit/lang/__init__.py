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
``debate_model``
    fitted weights of the debate graph's pair model (empty: the graph uses its cue rules).

Adding a language means adding one folder with those six modules, each defining every constant of
its section in :mod:`debatekit.lang.spec` (``tests/test_lang_packs.py`` checks it), and the code to
``AVAILABLE``. A pack may add the optional modules (``quote_objects``), read by
:func:`optional_section`. Packs are imported lazily, on the
first call to :func:`get_pack`, so importing debatekit does no work.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache
from types import ModuleType

SECTIONS = ("text", "cleaning", "dates", "attribution", "relations", "debate_model")
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
    debate_model: ModuleType


class UnknownLanguageError(ValueError):
    """A language code that no pack implements (or a value that is not a code at all)."""


def pack_code(code: object) -> str:
    """The pack code for ``code`` ("EN", "en-US" -> "en"); None (or "") gives :data:`DEFAULT_LANGUAGE`.

    Raises
    ------
    UnknownLanguageError
        ``code`` is not a string, or names a language without a pack; the message lists the packs.

    Examples
    --------
    >>> pack_code("en-GB")
    'en'
    """
    if code is None or code == "":
        return DEFAULT_LANGUAGE
    base = code.lower().split("-")[0].split("_")[0] if isinstance(code, str) else None
    if base not in AVAILABLE:
        raise UnknownLanguageError(
            f"no language pack for language={code!r}; available packs: {', '.join(AVAILABLE)}"
            " (a new language is a folder debatekit/lang/<code>/, see debatekit.lang.spec)"
        )
    return base


def get_pack(code: str | None) -> LanguagePack:
    """Return the language pack for an ISO 639-1 code.

    Parameters
    ----------
    code : str or None
        "id", "en", ... (region suffixes such as "en-US" are ignored); None gives the default pack.

    Returns
    -------
    LanguagePack

    Raises
    ------
    UnknownLanguageError
        For a code without a pack (or a value that is not a string), naming the packs available.

    Examples
    --------
    >>> get_pack("en").code
    'en'
    """
    return _load(pack_code(code))


@cache
def _load(code: str) -> LanguagePack:
    from debatekit.lang.spec import check_pack

    modules = {s: importlib.import_module(f"debatekit.lang.{code}.{s}") for s in SECTIONS}
    pack = LanguagePack(code=code, **modules)
    _require_complete(code, check_pack(pack))
    return pack


def _require_complete(code: str, problems: list[str]) -> None:
    """Refuse a pack whose modules miss a constant of their spec, or give one of another type."""
    if problems:
        raise ImportError(f"language pack {code!r} is incomplete: " + "; ".join(problems))


@cache
def optional_section(code: str, section: str) -> ModuleType | None:
    """The optional module ``section`` of the pack ``code`` (one of
    :data:`debatekit.lang.spec.OPTIONAL_SECTION_SPECS`), or None when the pack has none.

    Raises
    ------
    ImportError
        The module is there but misses a constant of its spec, or gives one of another type.

    Examples
    --------
    >>> optional_section("en", "quote_objects").__name__
    'debatekit.lang.en.quote_objects'
    >>> optional_section("id", "quote_objects") is None
    True
    """
    from debatekit.lang.spec import section_problems

    name = f"debatekit.lang.{code}.{section}"
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as e:
        if e.name != name:
            raise  # the module is there but an import inside it fails: not a pack without the section
        return None
    _require_complete(code, section_problems(section, module))
    return module


def all_packs() -> tuple[LanguagePack, ...]:
    """Every available pack, for cleaning and detection steps that must not assume one language."""
    return tuple(get_pack(c) for c in AVAILABLE)
