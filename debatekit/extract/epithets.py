"""Pass 1c: sentence-initial epithets, and the candidates whose subject is one."""

from __future__ import annotations

from dataclasses import replace

from debatekit.extract.cues import Subject
from debatekit.extract.names import Lexicon
from debatekit.extract.offsets import WordIndex
from debatekit.extract.records import Candidate, Epithet


def find_epithets(
    text: str, sentence_spans: list[tuple[int, int, int]], index: WordIndex, lex: Lexicon
) -> list[Epithet]:
    """Sentence-initial epithets ("Menantu mantan gubernur itu", "Ayah tiga anak ini")."""
    found: list[Epithet] = []
    if not lex.epithet_heads:
        return found
    all_words, heads = index.ws, lex.epithet_heads
    for _p, s, e in sentence_spans:
        # the sentence's first word read before its words are copied out
        i, j = index.bounds(s, e)
        if j - i < 3 or all_words[i].lower not in heads:
            continue
        ws = all_words[i:j]
        for j in range(1, min(len(ws), 7)):
            if ws[j].lower in lex.epithet_end:
                if (
                    j + 1 < len(ws)
                    and lex.verb_of(ws[j + 1].text)
                    or j + 1 < len(ws)
                    and ws[j + 1].lower in lex.fillers
                ):
                    phrase = text[ws[0].start : ws[j - 1].end]
                    found.append((ws[0].start, ws[j].end, phrase))
                break
    return found


def epithet_subject(c: Candidate, epithets: list[Epithet]) -> Candidate:
    """A subject inside an epithet ("Menantu mantan gubernur itu") is the epithet, not the name in it."""
    if c.cue is None:
        return c
    for a, b, _phrase in epithets:
        if a <= c.cue.subject.start < b:
            return replace(c, cue=replace(c.cue, subject=Subject("epithet", c.cue.subject.words)))
    return c
