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
