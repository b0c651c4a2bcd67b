"""Word normalisation shared by the cross-outlet and transcript aligners.

A statement becomes a list of word tokens: Unicode-normalised (NFKC), case-folded ("NATO" = "Nato"),
punctuation dropped, contractions of the language packs expanded ("I've" = "I have"). Surface forms are
kept beside the tokens so that diffs show the words as printed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache

_WORD = re.compile(r"\w+")
# a word with apostrophe-joined pieces ("I've", "can’t", "city's"): looked up whole in the contraction map
_PIECES = re.compile(r"\w+(?:['\u2019]\w+)*")
# the _PIECES matches of two pieces or more (the only ones a contraction can be), captured for re.split
_APOSTROPHE_WORD = re.compile(r"(?<!\w)(\w+(?:['\u2019]\w+)+)")


@lru_cache(maxsize=1)
def contractions() -> dict[str, list[str]]:
    """Contraction -> full words, of every language pack (only those with as many words as pieces)."""
    from debatekit.lang import all_packs

    out: dict[str, list[str]] = {}
    for p in all_packs():
        for short, full in sorted(getattr(p.text, "CONTRACTIONS", {}).items()):
            words = full.split()
            # the same number of words keeps every token beside its printed piece
            if len(words) == len(_WORD.findall(short)):
                out.setdefault(short.casefold(), words)
    return out


def _split(text: str) -> tuple[list[str], list[str]]:
    """(tokens, surface words) of NFKC text: a contraction's first token carries the printed contraction,
    its other tokens an empty surface (joined diffs then show "I've", not "I ve")."""
    if "'" not in text and "\u2019" not in text:
        # no apostrophe, no contraction: one findall per text instead of one per word
        printed: list[str] = find_words(text)
        folded: list[str] = find_words(text.casefold())
        if len(folded) == len(printed):
            return folded, printed
    table = contractions()
    toks: list[str] = []
    surface: list[str] = []
    # the words with apostrophe-joined pieces, and between them runs of text whose words are plain
    # ``\w+`` words: one split per run instead of a regex match per word (same tokens as matching
    # _PIECES word by word: each match begins after a non-word character, as _APOSTROPHE_WORD's do)
    parts = _APOSTROPHE_WORD.split(text)
    for k, part in enumerate(parts):
        if not k % 2:  # a run without apostrophe words
            plain = find_words(part)
            toks.extend(map(str.casefold, plain))
            surface.extend(plain)
            continue
        pieces = _WORD.findall(part)
        full = table.get(part.casefold().replace("\u2019", "'"))
        if full is None:
            toks.extend(w.casefold() for w in pieces)
            surface.extend(pieces)
        else:
            toks.extend(full)
            surface.append(part)
            surface.extend([""] * (len(full) - 1))
    return toks, surface


# a word that ends each text of a joined batch: ASCII (the fast split), only digits and "_" (nothing case
# folds into it), never in a text that is joined
BATCH_SEPARATOR = "__0__"


@lru_cache(maxsize=4096)
def _fold_keeps_words(char: str) -> bool:
    """Case folding maps ``char`` to word characters only if it is one (to none if it is not)."""
    word = _WORD.fullmatch(char) is not None
    return all((_WORD.fullmatch(c) is not None) == word for c in char.casefold())


def joinable(text: str) -> str | None:
    """The NFKC form of ``text`` when :func:`tokens` of it is ``\\w+`` on its case-folded form (no
    apostrophe, so no contraction; case folding keeps every word boundary), else None.

    Such texts can be joined with :data:`BATCH_SEPARATOR` and tokenised in one call.

    >>> joinable("Kata Presiden"), joinable("I've said")
    ('Kata Presiden', None)
    """
    text = unicodedata.normalize("NFKC", str(text))
    if "'" in text or "\u2019" in text or BATCH_SEPARATOR in text:
        return None
    if not text.isascii() and not all(_fold_keeps_words(c) for c in set(text) if ord(c) > 127):
        return None
    return text


def joinable_tokens(text: str) -> str | None:
    """A stand-in for a text :func:`joinable` refuses: its :func:`tokens` separated by spaces, when
    ``\\w+`` on its case-folded form gives those tokens back (else None), so that it joins a batch too.

    >>> joinable_tokens("I've said"), joinable_tokens("Widodo's plan")
    ('i have said', 'widodo s plan')
    """
    toks = tokens(text)
    stand_in = " ".join(toks)
    if BATCH_SEPARATOR in stand_in or find_words(stand_in.casefold()) != toks:
        return None
    return stand_in


def word_char(char: str) -> bool:
    """Whether ``char`` (one character) is a word character: ``\\w+`` runs of them are the words.

    >>> word_char("a"), word_char("_"), word_char("-")
    (True, True, False)
    """
    return _WORD.fullmatch(char) is not None


_ASCII_NON_WORD = {i: " " for i in range(128) if _WORD.fullmatch(chr(i)) is None}


def find_words(text: str) -> list[str]:
    """``\\w+`` runs of ``text`` (the list ``re.findall`` gives); an ASCII text by ``str.translate`` and
    ``split``, several times faster on a long text (a joined batch)."""
    if text.isascii():
        return text.translate(_ASCII_NON_WORD).split()
    return _WORD.findall(text)


def norm_text(text: str) -> str:
    """Lower-cased, NFKC-normalised text with every run of non-word characters turned into one space."""
    return " ".join(tokens(text))


def tokens(text: str) -> list[str]:
    """Normalised word tokens of ``text``."""
    return _split(unicodedata.normalize("NFKC", str(text)))[0]


def surface_tokens(text: str) -> tuple[list[str], list[str]]:
    """Return (normalised tokens, surface words) of ``text``, position for position.

    A surface word is empty where an expanded contraction's later words stand ("I've": "I've", "").
    """
    return _split(unicodedata.normalize("NFKC", str(text)))


# A figure as printed: digits with thousands/decimal separators ("1,200", "1.200", "2,5"); the word before
# it (to tell "Route 9" from "9 routes"); hyphen-joined numbers are names or ranges ("COVID-19", "10-20").
_FIGURE = re.compile(r"(?:([^\W\d_]+)\W+?)?(?<![\w-])(\d+(?:[.,]\d+)*)(?![\w-])")
_YEARS = range(1900, 2100)


@cache
def _all_packs_words(name: str) -> frozenset[str]:
    """The union of one word set of the text module (``name``) over every language pack."""
    from debatekit.lang import all_packs

    return frozenset().union(*(getattr(p.text, name, frozenset()) for p in all_packs()))


def distinctive_figures(text: str) -> frozenset[str]:
    """Figures of ``text`` that pin a claim down: quantities of two digits or more, separators dropped.

    Not distinctive, so left out: one-digit numbers, years (1900-2099), numbers that name something
    ("COVID-19", "Route 9" after a pack's IDENTIFIER_WORDS). "1,200" and "1.200" both give "1200".
    """
    text = unicodedata.normalize("NFKC", str(text))
    ident = _all_packs_words("IDENTIFIER_WORDS")
    out = set()
    for m in _FIGURE.finditer(text):
        before, raw = m.group(1), m.group(2)
        if before is not None and before.casefold() in ident:
            continue
        digits = re.sub(r"\D", "", raw)
        if len(digits.lstrip("0")) < 2 or (len(digits) == 4 and int(digits) in _YEARS):
            continue
        out.add(digits)
    return frozenset(out)


def stopwords() -> frozenset[str]:
    """Function words of every available language pack: they never count as evidence of a match."""
    return _all_packs_words("STOPWORDS")


@cache
def _pack_stopwords() -> tuple[tuple[str, frozenset[str]], ...]:
    """(language code, stopwords) of every pack, in a fixed order."""
    from debatekit.lang import all_packs

    return tuple((p.code, frozenset(getattr(p.text, "STOPWORDS", ()))) for p in all_packs())


def pack_stopwords() -> tuple[tuple[str, frozenset[str]], ...]:
    """(language code, stopwords) of every pack, in a fixed order (the one
    :func:`debatekit.align.blocking.language_index` numbers them in)."""
    return _pack_stopwords()


class _Stems:
    """Snowball stems (PyStemmer) of one language, each distinct word stemmed once."""

    def __init__(self, code: str) -> None:
        import Stemmer

        try:
            self.stemmer = Stemmer.Stemmer(code)
            # self.cache already holds every word once: PyStemmer's own cache (10,000 words) only adds
            # its purges, which made stemWords about 7x slower on a large vocabulary
            self.stemmer.maxCacheSize = 0
        except KeyError:
            self.stemmer = None
        self.cache: dict[str, str] = {}

    def __call__(self, words: list[str]) -> list[str]:
        if self.stemmer is None:
            return words
        cache = self.cache
        # map and set difference run in C: a statement's words are looked up, and its new ones found,
        # without a Python step per word
        out = list(map(cache.get, words))
        if None not in out:
            return out  # type: ignore[return-value]  # no None in it
        new = set(words).difference(cache)
        stem = [w for w in new if not w.isdigit()]  # figures stay as written
        cache.update(zip(stem, self.stemmer.stemWords(stem), strict=True))
        cache.update((w, w) for w in new if w.isdigit())
        return list(map(cache.__getitem__, words))


@cache
def stems(code: str) -> _Stems:
    """The stemmer of a language code (words returned unchanged when Snowball has none for it)."""
    return _Stems(code)


def language_of(toks: list[str]) -> str | None:
    """The pack whose stopwords are most frequent in ``toks`` (None without any, or on a tie)."""
    return most_hits((code, sum(map(sw.__contains__, toks))) for code, sw in _pack_stopwords())


def most_hits(counts: Iterable[tuple[str, int]]) -> str | None:
    """The language code with the most stopword hits of ``(code, hits)``, None without any or on a tie.

    >>> most_hits([("en", 3), ("id", 1)]), most_hits([("en", 2), ("id", 2)])
    ('en', None)
    """
    best, best_n, tie = None, 0, False
    for code, n in counts:
        if n > best_n:
            best, best_n, tie = code, n, False
        elif n == best_n and n:
            tie = True
    return None if tie else best


def content(toks: list[str], stem: bool = False) -> list[str]:
    """Tokens that carry meaning (pack stopwords dropped); with ``stem``, stemmed in their language.

    The language is the pack whose function words ``toks`` use most; Snowball (PyStemmer) stems join
    "environmentalists"/"environmentalist" and "disampaikan"/"menyampaikan".

    Examples
    --------
    >>> content("the environmentalists said that the plan failed".split(), stem=True)
    ['environmentalist', 'said', 'plan', 'fail']
    """
    sw = stopwords()
    words = [t for t in toks if t not in sw]
    if not stem or not words:
        return words
    code = language_of(toks)
    return stems(code)(words) if code is not None else words
