"""Texts with apostrophes (possessives, contractions) in the batched tokeniser of the align stage."""

from __future__ import annotations

import re
import unicodedata

from debatekit.align import blocking
from debatekit.align.normalize import (
    _split,
    content,
    contractions,
    joinable_tokens,
    language_of,
    pack_stopwords,
    tokens,
)

_WORD = re.compile(r"\w+")
_PIECES = re.compile(r"\w+(?:['\u2019]\w+)*")

TEXTS = [
    "The minister's plan won't cut taxes, Okafor's office said on Monday.",
    "\u201cWe can\u2019t wait,\u201d she said. \u201cI've said it: the city's budget isn't enough.\u201d",
    "Tax cuts now, said the minister.",
    "Menteri mengatakan anggaran Jum'at akan naik 5 persen.",
    "rock'n'roll isn't the party's o'clock 'tis '90s x''y don't' I'VE",
    "Stra\u00dfe's \ufb01nance: the TAX cuts, 200 jobs",
    "",
    "we'll see __0__ here, they'd said",
    "Presiden disampaikan pajak turun.",
]


def _word_by_word(text: str) -> tuple[list[str], list[str]]:
    """The tokeniser as it was: every ``\\w+('\\w+)*`` match looked at on its own."""
    table = contractions()
    toks: list[str] = []
    surface: list[str] = []
    for m in _PIECES.finditer(text):
        word = m.group()
        pieces = _WORD.findall(word)
        full = table.get(word.casefold().replace("\u2019", "'")) if len(pieces) > 1 else None
        if full is None:
            toks.extend(w.casefold() for w in pieces)
            surface.extend(pieces)
        else:
            toks.extend(full)
            surface.append(word)
            surface.extend([""] * (len(full) - 1))
    return toks, surface


def test_split_gives_the_tokens_and_surfaces_of_matching_word_by_word():
    for text in TEXTS:
        text = unicodedata.normalize("NFKC", text)
        assert _split(text) == _word_by_word(text), text
    assert tokens("I've said the city's plan") == ["i", "have", "said", "the", "city", "s", "plan"]


def test_joinable_tokens_stand_in_splits_back_into_the_tokens():
    for text in TEXTS:
        stand_in = joinable_tokens(text)
        if stand_in is not None:
            assert _WORD.findall(stand_in.casefold()) == tokens(text)
    assert joinable_tokens("we'll see __0__ here") is None  # the batch separator must stay a separator


def test_encode_texts_of_apostrophe_texts_keeps_codes_and_languages_of_encode():
    # most texts here go through their joined-token stand-ins: the codes, frequencies and languages must
    # be those of tokenising each text on its own
    slow = blocking.encode(content(tokens(t)) for t in TEXTS)
    codes = [code for code, _ in pack_stopwords()]
    languages = [language_of(tokens(t)) for t in TEXTS]
    for batch in (1, 2, 3, 100):
        fast = blocking.encode_texts(TEXTS, batch=batch)
        assert fast.codes.tolist() == slow.codes.tolist(), batch
        assert fast.offsets.tolist() == slow.offsets.tolist(), batch
        assert fast.df.tolist() == slow.df.tolist(), batch
        assert fast.words == list(dict.fromkeys(w for t in TEXTS for w in content(tokens(t))))
        assert fast.language is not None
        assert [codes[k] if k >= 0 else None for k in fast.language.tolist()] == languages, batch
