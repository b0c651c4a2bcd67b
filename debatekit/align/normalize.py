"""Word normalisation shared by the cross-outlet and transcript aligners.

A statement becomes a list of word tokens: Unicode-normalised (NFKC), case-folded ("NATO" = "Nato"),
punctuation dropped. Surface forms are kept beside the tokens so that diffs show the words as printed.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"\w+")


def norm_text(text: str) -> str:
    """Lower-cased, NFKC-normalised text with every run of non-word characters turned into one space."""
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", str(text)).casefold()))


def tokens(text: str) -> list[str]:
    """Normalised word tokens of ``text``."""
    return _WORD.findall(unicodedata.normalize("NFKC", str(text)).casefold())


def surface_tokens(text: str) -> tuple[list[str], list[str]]:
    """Return (normalised tokens, surface words) of ``text``, position for position."""
    surface = _WORD.findall(unicodedata.normalize("NFKC", str(text)))
    return [w.casefold() for w in surface], surface


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Function words of every available language pack: they never count as evidence of a match."""
    from debatekit.lang import all_packs

    return frozenset().union(*(p.text.STOPWORDS for p in all_packs()))


def content(toks: list[str]) -> list[str]:
    """Tokens that carry meaning (pack stopwords dropped)."""
    sw = stopwords()
    return [t for t in toks if t not in sw]
