"""Statements against the debate transcript: which turn each one comes from, and how faithfully.

Transcripts from speech recognition misspell names and words, so the comparison is character-level
(rapidfuzz ``partial_ratio_alignment``: the best-matching stretch of the turn), which a typo lowers by a
point or two instead of turning a verbatim quote into a "rewording" as a word-level comparison would.
Candidate turns come from an inverted index of content words (a statement is compared with the few turns
that share most words with it, never with every turn); a statement that runs over two consecutive turns is
compared with their concatenation too, and so is a quote joined across the other speaker's interruption
(turns k and k+2 of one speaker). Spoken fillers ("uh", language packs' ``DEBATE_FILLERS``) are left out
on both sides and words said two ways are one (``DEBATE_SAME_WORDS``: "ok" is "okay"; spelled-out numbers
are digits, ``DEBATE_NUMBER_WORDS``); a quote with a marked omission ("...", "…") is compared piece by piece.
A quote made only of common words ("Why not?") has no content word to look up: it is looked for as a phrase,
in its speaker's turns first.
On equal scores one turn beats a pair of turns. A statement without a speaker takes the turn's speaker
when the label resolves to a known speaker.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import cache

import pandas as pd

from debatekit.align.normalize import content, norm_text

MATCH_MIN = 70.0  # character-level score below which the statement is not found word for word
MISATTRIBUTED_MIN = 85.0  # words found under another speaker's turn
TYPO_RATIO = 80.0  # a transcript word this close to a statement word is a recognition slip of it
MINOR_EDIT_SHARE = 0.25  # changed words, as a share of the statement, that still make a minor edit
REWORDED_SHARED = 5  # content words in order that tie a reworded statement to a turn
REWORDED_COVER = 0.5  # ... and the share of the statement's content words they make
N_CANDIDATES = 5
LABEL_RATIO = 88.0  # a transcript speaker label this close to a name is that name, misspelt


_OMISSION = re.compile(r"\s*(?:\.\s?\.\s?\.|…)\s*")
_RELATION_RANK = {"verbatim": 0, "minor_edit": 1, "reworded": 2}


@cache
def _fillers() -> frozenset[str]:
    from debatekit.lang import all_packs

    return frozenset(w for p in all_packs() for w in p.relations.DEBATE_FILLERS)


@cache
def _same_words() -> dict[str, str]:
    from debatekit.lang import all_packs

    return {k: v for p in all_packs() for k, v in p.relations.DEBATE_SAME_WORDS.items()}


@cache
def _number_words() -> tuple[dict[str, int], dict[str, int]]:
    from debatekit.lang import all_packs

    words: dict[str, int] = {}
    mult: dict[str, int] = {}
    for p in all_packs():
        words.update(p.relations.DEBATE_NUMBER_WORDS)
        mult.update(p.relations.DEBATE_NUMBER_MULTIPLIERS)
    return words, mult


def fold_numbers(toks: list[str]) -> list[str]:
    """Spelled-out numbers as digits (``DEBATE_NUMBER_WORDS``, ``DEBATE_NUMBER_MULTIPLIERS``), so that a
    transcript's "twenty five" and an outlet's "25" are one word.

    Examples
    --------
    >>> fold_numbers("we lost twenty five thousand jobs in three hundred twenty days".split())
    ['we', 'lost', '25', 'thousand', 'jobs', 'in', '320', 'days']
    """
    words, mult = _number_words()
    out: list[str] = []
    i = 0
    while i < len(toks):
        if toks[i] not in words:
            out.append(toks[i])
            i += 1
            continue
        value = last = words[toks[i]]
        i += 1
        if i < len(toks) and toks[i] in mult:
            value = last = value * mult[toks[i]]
            i += 1
        # a smaller round part follows a larger one ("twenty five", "three hundred twenty")
        while i < len(toks) and toks[i] in words and words[toks[i]] < last and last % 10 == 0:
            n = words[toks[i]]
            if last < 100 and n >= 10:
                break
            value, last = value + n, n
            i += 1
            if i < len(toks) and toks[i] in mult:  # "dua puluh" within a longer number
                value, last = value - n + n * mult[toks[i]], n * mult[toks[i]]
                i += 1
        out.append(str(value))
    return out


def _speech(text: str) -> str:
    """Normalised text without spoken fillers, with one spelling of words said two ways and of numbers."""
    skip, same = _fillers(), _same_words()
    return " ".join(fold_numbers([same.get(w, w) for w in norm_text(text).split() if w not in skip]))


def _pieces(text: str) -> list[str]:
    """The parts of a quote between marked omissions, normalised (one piece without a mark)."""
    parts = [_speech(p) for p in _OMISSION.split(text)]
    return [p for p in parts if p] or [_speech(text)]


def _score(pieces: list[str], ref: str) -> float:
    """Character-level score of a quote (its pieces weighted by length) against a turn's text."""
    from rapidfuzz import fuzz

    total = sum(len(p) for p in pieces) or 1
    return (
        sum(
            (fuzz.partial_ratio(p, ref) if len(p) <= len(ref) else fuzz.ratio(p, ref)) * len(p)
            for p in pieces
        )
        / total
    )


def _resolve_labels(labels: list[str], speakers: pd.DataFrame | None) -> dict[str, str | None]:
    """Map each transcript speaker label to a speaker_id, or None when unknown or ambiguous."""
    from rapidfuzz import fuzz

    out: dict[str, str | None] = {}
    names: list[tuple[str, str]] = []
    if speakers is not None and len(speakers):
        for _, row in speakers.iterrows():
            forms = [row.get("name")] + list(row.get("aliases") or [])
            for form in forms:
                if isinstance(form, str) and form.strip():
                    names.append((str(row["speaker_id"]), norm_text(form)))
    for label in labels:
        lab = norm_text(label)
        # an exact name or alias wins; then a near spelling ("Jane Dooe"); then a part of a name
        # ("JANE" for "Jane Doe"); anything matching two people stays unresolved
        exact = sorted({sid for sid, form in names if form == lab})
        fuzzy = sorted({sid for sid, form in names if fuzz.ratio(lab, form) >= LABEL_RATIO})
        part = sorted({sid for sid, form in names if lab and set(lab.split()) <= set(form.split())})
        out[label] = None
        for found in (exact, fuzzy, part):
            if found:
                out[label] = found[0] if len(found) == 1 else None
                break
    return out


def align_transcript(
    statements: pd.DataFrame, turns: pd.DataFrame, speakers: pd.DataFrame | None
) -> pd.DataFrame:
    """Fill ``turn_id``, ``transcript_relation`` and ``transcript_score`` of every statement.

    Parameters
    ----------
    statements : pandas.DataFrame
        :data:`debatekit.schema.STATEMENT_COLUMNS`. Not modified.
    turns : pandas.DataFrame
        :data:`debatekit.schema.TURN_COLUMNS`, in transcript order.
    speakers : pandas.DataFrame or None
        :data:`debatekit.schema.SPEAKER_COLUMNS`, used to tie transcript labels to speaker ids.

    Returns
    -------
    pandas.DataFrame
        A copy of ``statements``; statements not found in the transcript keep None in the three columns.
        Relations: verbatim, minor_edit, reworded, indirect_vs_direct, misattributed (the words are in a
        turn of another resolved speaker).
    """

    st = statements.copy(deep=False)  # copy-on-write: new columns never reach the caller's frame
    for col in ("turn_id", "transcript_relation", "transcript_score"):
        st[col] = pd.Series([None] * len(st), index=st.index, dtype=object)
    if st.empty or turns is None or turns.empty:
        return st
    turns = turns.reset_index(drop=True)
    turn_text = [_speech(t) for t in turns["text"].fillna("").astype(str)]
    turn_words = [content(t.split()) for t in turn_text]  # once per turn, not once per statement
    labels = turns["speaker"].fillna("").astype(str).tolist()
    label_to_id = _resolve_labels(sorted(set(labels)), speakers)
    index: dict[str, list[int]] = defaultdict(list)
    for k, words in enumerate(turn_words):
        for w in sorted(set(words)):
            index[w].append(k)

    out_turn: list[str | None] = []
    out_rel: list[str | None] = []
    out_score: list[float | None] = []
    out_spk: list[str | None] = []
    ids: tuple[int, ...] | None  # the turn (or two turns) a statement matches, if any
    for row in st.itertuples(index=False):
        pieces = _pieces(getattr(row, "text", "") or "")
        text = " ".join(pieces)
        words = content(text.split())
        votes: Counter[int] = Counter()
        for w in set(words):
            for k in index.get(w, ()):
                votes[k] += 1
        cands = sorted(votes, key=lambda k: (-votes[k], k))[:N_CANDIDATES]
        if not words and text:
            cands = _common_word_turns(text, turn_text, labels, label_to_id, getattr(row, "speaker_id", None))
        best: tuple[float, tuple[int, ...] | None, str] = (0.0, None, "")
        best_key = (-1.0, 0, 0)
        for k in cands:
            options: list[tuple[tuple[int, ...], str]] = [((k,), turn_text[k])]
            if k + 1 < len(turn_text):
                options.append(((k, k + 1), turn_text[k] + " " + turn_text[k + 1]))
            if k + 2 < len(turn_text) and labels[k + 2] == labels[k] != labels[k + 1]:
                # the speaker resumes after an interruption: the outlet joins the two halves
                options.append(((k, k + 2), turn_text[k] + " " + turn_text[k + 2]))
            for ids, ref in options:
                sc = _score(pieces, ref)
                # one turn wins a tie with a pair (a pair holding that turn scores the same)
                key = (sc - (0.5 if len(ids) > 1 else 0.0), -len(ids), -k)
                if key > best_key:
                    best, best_key = (sc, ids, ref), key
        s, ids, ref = best
        reworded = False
        if ids is None or s < MATCH_MIN:
            # not found word for word: the same point in other words keeps a run of its content words
            ids, s = _reworded_turn(words, cands, turn_words)
            reworded = ids is not None
        if ids is None:
            out_turn.append(None)
            out_rel.append(None)
            out_score.append(None)
            out_spk.append(None)
            continue
        spk = getattr(row, "speaker_id", None)
        turn_spk = [label_to_id.get(labels[k]) for k in ids]
        known = {t for t in turn_spk if t is not None}
        out_spk.append(known.pop() if not isinstance(spk, str) and len(known) == 1 and not reworded else None)
        if not reworded and isinstance(spk, str) and any(t is not None and t != spk for t in turn_spk):
            rel = "misattributed" if s >= MISATTRIBUTED_MIN else "reworded"
        elif getattr(row, "kind", "direct") == "indirect":
            rel = "indirect_vs_direct"
        elif reworded:
            rel = "reworded"
        else:
            rel = max((_word_relation(p, ref) for p in pieces), key=_RELATION_RANK.__getitem__)
        out_turn.append(";".join(str(turns.loc[k, "turn_id"]) for k in ids))
        out_rel.append(rel)
        out_score.append(round(float(s), 1))
    st["turn_id"] = pd.Series(out_turn, index=st.index, dtype=object)
    st["transcript_relation"] = pd.Series(out_rel, index=st.index, dtype=object)
    st["transcript_score"] = pd.Series(out_score, index=st.index, dtype=object)
    filled = pd.Series(out_spk, index=st.index, dtype=object)
    if filled.notna().any():  # the turn's speaker names a quote the article left without one
        names = {} if speakers is None else dict(zip(speakers["speaker_id"], speakers["name"], strict=True))
        st["speaker_id"] = st["speaker_id"].where(filled.isna(), filled)
        if "speaker" in st:  # the transcript stage hands over speaker_id only
            st["speaker"] = st["speaker"].where(filled.isna(), filled.map(names))
    return st


def _common_word_turns(
    text: str,
    turn_text: list[str],
    labels: list[str],
    label_to_id: dict[str, str | None],
    speaker_id: object,
) -> list[int]:
    """Candidate turns of a quote made only of common words ("Why not?"), which the content-word index
    cannot find: the turns holding its words as a phrase, its own speaker's first when it has one. A
    phrase found under several turns of other speakers only is too common to place: none."""
    padded = f" {text} "
    found = [k for k, t in enumerate(turn_text) if padded in f" {t} "]
    own = [k for k in found if isinstance(speaker_id, str) and label_to_id.get(labels[k]) == speaker_id]
    if own:
        return own[:N_CANDIDATES]
    return found if len(found) == 1 else []


def _reworded_turn(
    words: list[str], cands: list[int], turn_words: list[list[str]]
) -> tuple[tuple[int] | None, float]:
    """The candidate turn that keeps REWORDED_SHARED content words of the statement in order, if any."""
    from rapidfuzz.distance import Indel

    best, best_cover = None, 0.0
    for k in cands:
        ref = turn_words[k]
        shared = (len(words) + len(ref) - Indel.distance(words, ref)) // 2
        cover = shared / max(len(words), 1)
        if shared >= REWORDED_SHARED and cover >= REWORDED_COVER and cover > best_cover:
            best, best_cover = (k,), cover
    return best, round(100.0 * best_cover, 1)


def _word_relation(text: str, ref: str) -> str:
    """verbatim / minor_edit / reworded, counting changed words but not speech-recognition typos.

    The statement is laid over the best-matching stretch of the turn; a transcript word within a typo
    of a statement word (rapidfuzz ratio >= TYPO_RATIO) counts as that word, and transcript words beyond
    either end of the statement are the outlet's cut, not an edit.
    """
    from rapidfuzz import fuzz
    from rapidfuzz.distance import Indel

    said = text.split()
    if len(text) <= len(ref):
        al = fuzz.partial_ratio_alignment(text, ref)
        assert al is not None  # only None for a missing string or below a score_cutoff, neither set here
        lo = ref.rfind(" ", 0, al.dest_start) + 1
        hi = ref.find(" ", al.dest_end)
        window = ref[lo : hi if hi >= 0 else len(ref)]
        # a few words of slack on a side where the alignment left part of the statement out
        before = ref[:lo].split()[-3:] if al.src_start > 0 else []
        after = (ref[hi:].split()[:3] if hi >= 0 else []) if al.src_end < len(text) else []
        heard = before + window.split() + after
    else:
        heard = ref.split()
    vocab = set(said)
    heard = [
        w
        if w in vocab or len(w) < 4
        else max(said, key=lambda v: (fuzz.ratio(w, v), v))
        if max(fuzz.ratio(w, v) for v in said) >= TYPO_RATIO
        else w
        for w in heard
    ]
    ops = [(o.tag, o.src_start, o.src_end, o.dest_start, o.dest_end) for o in Indel.opcodes(said, heard)]
    # transcript words before the first and after the last shared word are outside the quote
    while ops and ops[0][0] == "insert":
        ops.pop(0)
    while ops and ops[-1][0] == "insert":
        ops.pop()
    # a run of deletions and insertions between two shared stretches is one replacement
    edits, run_a, run_b = 0, 0, 0
    for tag, a0, a1, b0, b1 in [*ops, ("equal", 0, 0, 0, 0)]:
        if tag == "equal":
            edits += max(run_a, run_b)
            run_a = run_b = 0
        else:
            run_a += a1 - a0
            run_b += b1 - b0
    if edits == 0:
        return "verbatim"
    return "minor_edit" if edits <= MINOR_EDIT_SHARE * len(said) else "reworded"
