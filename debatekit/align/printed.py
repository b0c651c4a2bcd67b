"""Where the normalised words of a statement stand in its printed text.

Statements are compared on normalised tokens (:mod:`debatekit.align.normalize`: NFKC, case-folded,
punctuation dropped, contractions expanded). A word diff over those tokens is exact but unreadable as
such ("i have" for "I've", no commas); the cut points here carry each of its steps back to a stretch of
the printed text, so the stored diff can be shown as the outlet printed it.
"""

from __future__ import annotations

import unicodedata


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
