"""The words around a date or a figure that say what it is about (shared by the date and figure checks)."""

from __future__ import annotations

import re
from collections.abc import Container

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """Case-folded words of ``text``."""
    return _WORD.findall(text.casefold())


def content_words(words_: list[str], stop: Container[str]) -> set[str]:
    """Words that can tell one event or quantity from another: not in ``stop``, not a number, three
    letters or more."""
    return {w for w in words_ if w not in stop and not w.isdigit() and len(w) > 2}


# Characters that ``re.IGNORECASE`` matches to an ASCII letter although ``str.lower`` does not map them
# to it (dotless i, long s, Kelvin sign, dotted capital I).
_FOLD_SPECIAL = ("\u0131", "\u017f", "\u212a", "\u0130")


def lower_for_search(text: str) -> str | None:
    """``text.lower()`` when its offsets are ``text``'s and every case-insensitive match of a lower-case
    ASCII word in ``text`` is a plain substring of it; None when a text must be scanned the plain way.

    >>> lower_for_search("Kamis (17/10)")
    'kamis (17/10)'
    """
    low = text.lower()
    if len(low) != len(text) or any(c in text for c in _FOLD_SPECIAL):
        return None
    return low
