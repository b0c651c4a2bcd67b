"""Polarity of clauses: negation and "already" words from the language packs.

A clause is *marked* when it holds a negation ("tidak", "belum", "not") or an "already" word ("sudah",
"already"); its polarity is -1 when it holds a negation (two adjacent ones cancel: "bukan tidak"), else
+1. Two statements *contradict* on a word when one puts it right after a negation and the other right
after an "already" word ("tidak ada digitalisasi" vs "sudah digitalisasi"), see :func:`polar_words`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from debatekit.lang import LanguagePack
from debatekit.relate.spans import clauses, same_word, word_spans

# Words after a negation or "already" word that it governs.
SCOPE = 3
# Shorter words carry no claim (particles, clitics, initials).
MIN_CONTENT = 3
# Shortest word two statements can contradict each other on.
CONTESTED_MIN = 4


@dataclass(frozen=True)
class Clause:
    """One clause: its text, content words (lower-case), which of them were written lower-case, polarity."""

    text: str
    content: tuple[str, ...]
    lowercase: frozenset[str]
    polarity: int  # -1 | +1
    marked: bool


@cache
def ignored_words(pack: LanguagePack) -> frozenset[str]:
    """Words that never carry a claim: stopwords, polarity words and generic topic stopwords."""
    rel = pack.relations
    return frozenset(pack.text.STOPWORDS) | rel.NEGATIONS | rel.ALREADY | rel.TOPIC_STOPWORDS


def is_content(word: str, skip: frozenset[str]) -> bool:
    """A content word: not ignored (see :func:`ignored_words`) and at least :data:`MIN_CONTENT` letters."""
    return word not in skip and len(word) >= MIN_CONTENT


def analyse_clauses(text: str, pack: LanguagePack, *, stance_words: bool = False) -> list[Clause]:
    """Split ``text`` into clauses with their polarity.

    Parameters
    ----------
    text : str
    pack : LanguagePack
    stance_words : bool
        Also count the pack's STANCE_FOR/STANCE_AGAINST words as marks (an "against" word flips polarity).
    """
    rel = pack.relations
    skip = ignored_words(pack)
    out = []
    for piece in clauses(text):
        spans = word_spans(piece)
        low = [w.lower() for w, _, _ in spans]
        neg = _negated(low, rel.NEGATIONS)
        marks = sum(1 for w in low if w in rel.NEGATIONS or w in rel.ALREADY)
        if stance_words:
            against = sum(1 for w in low if w in rel.STANCE_AGAINST)
            neg += against
            marks += against + sum(1 for w in low if w in rel.STANCE_FOR)
        content = tuple(w for w in low if is_content(w, skip))
        lower = frozenset(w for w, _, _ in spans if w.islower() and w.lower() in content)
        out.append(Clause(piece, content, lower, -1 if neg % 2 else 1, marks > 0))
    return out


def evaluation(text: str, pack: LanguagePack) -> int:
    """Signed count of the pack's stance words in ``text`` ("crisis": -1, "improved": +1).

    A stance word within :data:`SCOPE` words after an uncancelled negation counts the other way ("not
    true" is -1); the result's sign is the text's evaluation, 0 when it holds none or they cancel.
    """
    rel = pack.relations
    low = [w.lower() for w, _, _ in word_spans(text)]
    total = 0
    for i, w in enumerate(low):
        sign = 1 if w in rel.STANCE_FOR else -1 if w in rel.STANCE_AGAINST else 0
        if sign:
            total += -sign if _negated(low[max(0, i - SCOPE) : i], rel.NEGATIONS) else sign
    return total


def proposition_polarity(text: str, pack: LanguagePack) -> int:
    """+1 when ``text`` asserts something good or plain, -1 when negated or negative ("has not improved",
    "failed"): negations and the pack's STANCE_AGAINST words each flip it."""
    rel = pack.relations
    low = [w.lower() for w, _, _ in word_spans(text)]
    flips = _negated(low, rel.NEGATIONS) + sum(1 for w in low if w in rel.STANCE_AGAINST)
    return -1 if flips % 2 else 1


def _negated(low: list[str], negations: frozenset[str]) -> int:
    """1 when the clause is negated: some negation not cancelled by an adjacent one ("bukan tidak")."""
    i, count = 0, 0
    while i < len(low):
        if low[i] in negations:
            if i + 1 < len(low) and low[i + 1] in negations:
                i += 2
                continue
            count = 1
        i += 1
    return count


def polar_words(text: str, pack: LanguagePack) -> dict[str, int]:
    """Content words in the scope of a polarity word -> -1 (negated) or +1 ("already").

    The scope is the first content word within :data:`SCOPE` words after the marker ("tidak ada
    **digitalisasi**", "sudah **digitalisasi**"); words seen both ways are left out.
    """
    return dict(_polar_words(text, pack))


# Contradiction search compares every pair of an article's statements: each text is read once.
@lru_cache(maxsize=4096)
def _polar_words(text: str, pack: LanguagePack) -> tuple[tuple[str, int], ...]:
    rel = pack.relations
    skip = ignored_words(pack)
    seen: dict[str, set[int]] = {}
    for piece in clauses(text):
        low = [w.lower() for w, _, _ in word_spans(piece)]
        i = 0
        while i < len(low):
            w = low[i]
            if w in rel.NEGATIONS and i + 1 < len(low) and low[i + 1] in rel.NEGATIONS:
                i += 2  # "bukan tidak mungkin": cancelled
                continue
            if (w in rel.NEGATIONS or w in rel.ALREADY) and not set(low[:i]) & rel.CONDITIONALS:
                sign = -1 if w in rel.NEGATIONS else 1
                for x in low[i + 1 : i + 1 + SCOPE]:
                    if x in rel.NEGATIONS or x in rel.ALREADY:
                        break
                    if is_content(x, skip):
                        seen.setdefault(x, set()).add(sign)
                        break  # only the head the marker governs
            i += 1
    return tuple((w, next(iter(p))) for w, p in sorted(seen.items()) if len(p) == 1)


@lru_cache(maxsize=4096)
def _lowercase_words(text: str) -> frozenset[str]:
    return frozenset(w for w, _, _ in word_spans(text) if w.islower())


def contested_words(text_a: str, text_b: str, pack_a: LanguagePack, pack_b: LanguagePack) -> list[str]:
    """Words ``text_a`` and ``text_b`` state with opposite polarity (sorted; empty when none).

    Only common words count (written lower-case in one of the two texts): a shared place or person name
    in clauses of opposite polarity is no contradiction.
    """
    pa, pb = _polar_words(text_a, pack_a), _polar_words(text_b, pack_b)
    lower = _lowercase_words(text_a) | _lowercase_words(text_b)
    out = set()
    for wa, sa in pa:
        for wb, sb in pb:
            if (
                sa != sb
                and same_word(wa, wb)
                and (wa in lower or wb in lower)
                and len(min(wa, wb)) >= CONTESTED_MIN
            ):
                out.add(min(wa, wb, key=len))
    return sorted(out)


def claim_clause(text: str, words: list[str], pack: LanguagePack) -> Clause | None:
    """The first marked clause of ``text`` that holds one of ``words``."""
    for c in analyse_clauses(text, pack):
        if c.marked and any(same_word(w, x) for w in words for x in c.content):
            return c
    return None


def flip(text: str, pack: LanguagePack) -> str:
    """``text`` with its first negation replaced by the pack's affirmative form ("tidak ada" -> "sudah ada")."""
    low = text.lower()
    best = None
    for phrase, repl in pack.relations.POLARITY_FLIPS:
        m = re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", low)
        if m and (best is None or m.start() < best[0].start()):
            best = (m, repl)
    if best is None:
        return text
    m, repl = best
    return re.sub(r"\s+", " ", (text[: m.start()] + repl + text[m.end() :])).strip()
