"""Where the normalised words of a statement stand in its printed text.

Statements are compared on normalised tokens (:mod:`debatekit.align.normalize`: NFKC, case-folded,
punctuation dropped, contractions expanded). A word diff over those tokens is exact but unreadable as
such ("i have" for "I've", no commas); the cut points here carry each of its steps back to a stretch of
the printed text, so the stored diff can be shown as the outlet printed it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import numpy as np

from debatekit.align.normalize import _ASCII_NON_WORD, surface_tokens


def token_cuts(text: str, surface: list[str]) -> list[int] | None:
    """Cut points of ``text`` before each token: ``cuts[k]`` is where token ``k`` starts, except that
    ``cuts[0] == 0`` and ``cuts[-1] == len(text)``.

    ``text[cuts[k]:cuts[k + 1]]`` is token ``k`` as printed with the punctuation and space that follow it
    (the first one also holds what comes before the first word), so any run of tokens ``a0:a1`` is the
    printed stretch ``text[cuts[a0]:cuts[a1]]`` and consecutive runs tile the text. The later tokens of
    an expanded contraction ("I've": "i", "have") are empty: they start where the next word starts.

    Parameters
    ----------
    text : str
        The printed text (not normalised).
    surface : list of str
        Its surface words, from :func:`debatekit.align.normalize.surface_tokens`.

    Returns
    -------
    list of int, or None
        ``len(surface) + 1`` offsets into ``text``; None when the words cannot be placed (a text whose
        normalisation joins characters in a way no offset map follows).

    Examples
    --------
    >>> from debatekit.align.normalize import surface_tokens
    >>> text = '"I\\'ve won, again."'
    >>> cuts = token_cuts(text, surface_tokens(text)[1])
    >>> [text[a:b] for a, b in zip(cuts, cuts[1:])]
    ['"I\\'ve ', '', 'won, ', 'again."']
    """
    norm = unicodedata.normalize("NFKC", text)
    starts: list[int | None] = []
    cursor = 0
    for word in surface:
        if word:
            # surface words are the text's word runs in order, with only non-word characters between them
            at = norm.find(word, cursor)
            if at < 0:
                return None
            cursor = at + len(word)
            starts.append(at)
        else:
            starts.append(None)  # a contraction's later token: placed below, at the next word
    if not surface:
        return [len(text)]  # no word: the one cut point is the end, so any stretch is the whole text
    if norm != text:
        start_of = _offsets(text, norm)
        if start_of is None:
            return None
        starts = [None if s is None else start_of[s] for s in starts]
    cuts = [*starts[1:], len(text)]
    for k in range(len(cuts) - 2, -1, -1):
        # a contraction's later tokens have no letters of their own: they start where the next word does
        cuts[k] = cuts[k + 1] if cuts[k] is None else cuts[k]
    return [0, *(int(c) for c in cuts if c is not None)]


def _offsets(text: str, norm: str) -> list[int] | None:
    """For each offset of the NFKC text ``norm``, the offset of ``text`` where the character unit holding
    it starts (``len(text)`` at the end); None when ``norm`` is not the concatenation of its units'
    normal forms.

    A unit is a character and the combining marks after it: NFKC composes within a unit, and expands a
    unit ("…" -> "...", "ﬁ" -> "fi") without reaching into its neighbours.
    """
    units: list[tuple[int, int]] = []
    for k, ch in enumerate(text):
        if units and unicodedata.combining(ch):
            units[-1] = (units[-1][0], k + 1)
        else:
            units.append((k, k + 1))
    start_of = [0] * (len(norm) + 1)
    pos = 0
    for s, e in units:
        piece = unicodedata.normalize("NFKC", text[s:e])
        if norm[pos : pos + len(piece)] != piece:
            return None
        for q in range(pos, pos + len(piece)):
            start_of[q] = s
        pos += len(piece)
    if pos != len(norm):
        return None
    start_of[len(norm)] = len(text)
    return start_of


# ASCII word characters: those find_words keeps (its split and the word starts read here must agree)
_ASCII_WORD = np.zeros(256, dtype=bool)
_ASCII_WORD[[c for c in range(128) if c not in _ASCII_NON_WORD]] = True


class PrintedWords:
    """Tokens, surface words, cut points and a token string of a batch of statements.

    ``words(k)`` is ``(tokens, surface)`` as :func:`debatekit.align.normalize.surface_tokens` gives them,
    ``cuts(k)`` is :func:`token_cuts` of them, and ``codes(k)`` a string with one character per token
    (equal tokens of the batch get equal characters), so two statements' token lists compare and align
    as strings. Texts in ASCII without an apostrophe (most) are split together: their words, folded words
    and word starts come from one pass over the joined batch; the others go one by one.

    Examples
    --------
    >>> pw = PrintedWords(["We build, now.", "I've won"], [0, 1])
    >>> pw.words(0), pw.cuts(0)
    ((['we', 'build', 'now'], ['We', 'build', 'now']), [0, 3, 10, 14])
    >>> pw2 = PrintedWords(["We build", "we BUILD!", "we built"], [0, 1, 2])
    >>> pw2.codes(0) == pw2.codes(1), pw2.codes(0) == pw2.codes(2)
    (True, False)
    """

    def __init__(self, texts: Sequence[str], idx: Iterable[int]) -> None:
        self._words: dict[int, tuple[list[str], list[str]]] = {}
        self._cuts: dict[int, list[int] | None] = {}
        fast: list[int] = []
        slow: list[int] = []
        for k in idx:
            t = texts[k]
            if t.isascii() and "'" not in t:
                fast.append(k)
            else:
                slow.append(k)
                toks, surface = surface_tokens(t)
                self._words[k] = (toks, surface)
                self._cuts[k] = token_cuts(t, surface)
        folded_all: list[str] = []
        sizes: list[int] = []
        if fast:
            batch = [texts[k] for k in fast]
            joined = " ".join(batch)  # a space never joins two words
            # find_words of the text and of its lower case, with one translate: on ASCII, lower case and
            # the non-word characters' spaces commute
            spaced = joined.translate(_ASCII_NON_WORD)
            surface_all = spaced.split()
            folded_all = spaced.lower().split()  # ASCII: casefold is lower
            isw = _ASCII_WORD[np.frombuffer(joined.encode("ascii"), dtype=np.uint8)]
            starts = np.flatnonzero(isw & ~np.r_[False, isw[:-1]])
            lens = np.fromiter(map(len, batch), dtype=np.int64, count=len(batch))
            base = np.zeros(len(batch), dtype=np.int64)
            np.cumsum(lens[:-1] + 1, out=base[1:])
            owner = np.searchsorted(base, starts, side="right") - 1
            count = np.bincount(owner, minlength=len(batch))
            off = np.zeros(len(batch) + 1, dtype=np.int64)
            np.cumsum(count, out=off[1:])
            local = (starts - base[owner]).tolist()
            sizes = count.tolist()
            for k, o0, o1, size in zip(fast, off[:-1].tolist(), off[1:].tolist(), lens.tolist(), strict=True):
                self._words[k] = (folded_all[o0:o1], surface_all[o0:o1])
                # token_cuts: 0, where each later token starts, the end (just the end without a word)
                self._cuts[k] = [0, *local[o0 + 1 : o1], size] if o1 > o0 else [size]
        for k in slow:
            folded_all.extend(self._words[k][0])  # after the fast texts' slices were taken
            sizes.append(len(self._words[k][0]))
        self.table = token_table([*fast, *slow], folded_all, sizes)
        self._codes = code_strings(self.table.ids, len(self.table.words), self.table)

    def words(self, k: int) -> tuple[list[str], list[str]]:
        return self._words[k]

    def cuts(self, k: int) -> list[int] | None:
        return self._cuts[k]

    def codes(self, k: int) -> str | None:
        """One character per token, or None when the batch has more distinct tokens than characters."""
        return self._codes.get(k) if self._codes is not None else None


class TokenTable(NamedTuple):
    """The tokens of a batch of statements as integer ids: ``words[ids[bounds[n]:bounds[n + 1]]]`` are the
    tokens of the statement ``keys[n]`` (``row[k]`` is that ``n``), each distinct token once in ``words``."""

    words: np.ndarray
    ids: np.ndarray
    bounds: np.ndarray
    row: dict[int, int]


def token_table(keys: list[int], flat: list[str], sizes: list[int]) -> TokenTable:
    """The :class:`TokenTable` of ``keys`` whose tokens, end to end, are ``flat`` (``sizes`` of them each)."""
    import pandas as pd

    ids, words = pd.factorize(np.asarray(flat, dtype=object))
    bounds = np.zeros(len(keys) + 1, dtype=np.int64)
    np.cumsum(np.asarray(sizes, dtype=np.int64), out=bounds[1:])
    return TokenTable(words, ids, bounds, {k: n for n, k in enumerate(keys)})


def sub_table(table: TokenTable, keys: list[int]) -> TokenTable:
    """The :class:`TokenTable` of some statements of ``table`` (``keys``), with only their distinct tokens."""
    from debatekit.arrays import ranges

    rows = np.fromiter(map(table.row.__getitem__, keys), dtype=np.int64, count=len(keys))
    start = table.bounds[rows]
    count = table.bounds[rows + 1] - start
    used, ids = np.unique(table.ids[ranges(start, count)], return_inverse=True)
    bounds = np.zeros(len(keys) + 1, dtype=np.int64)
    np.cumsum(count, out=bounds[1:])
    return TokenTable(table.words[used], ids.ravel(), bounds, {k: n for n, k in enumerate(keys)})


def code_strings(ids: np.ndarray, n_ids: int, table: TokenTable) -> dict[int, str] | None:
    """One string per statement of ``table``, one character per id of ``ids`` (one per token of the
    table, each below ``n_ids``); None when there are more ids than characters."""
    from debatekit.align.score import CODEPOINT_SPAN, _codepoints

    if n_ids > CODEPOINT_SPAN:
        return None  # two ids would share a character
    big = _codepoints(ids).astype("<u4").tobytes().decode("utf-32-le")
    bounds = table.bounds.tolist()
    return {k: big[bounds[n] : bounds[n + 1]] for k, n in table.row.items()}
