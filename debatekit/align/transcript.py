"""Statements against the debate transcript: which turn each one comes from, and how faithfully.

Transcripts from speech recognition misspell names and words, so the comparison is character-level
(rapidfuzz ``partial_ratio_alignment``: the best-matching stretch of the turn), which a typo lowers by a
point or two instead of turning a verbatim quote into a "rewording" as a word-level comparison would.
Candidate turns come from an inverted index of content words (a statement is compared with the few turns
that share most words with it, never with every turn); a statement that runs over two consecutive turns is
compared with their concatenation too.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import pandas as pd

from debatekit.align.normalize import content, norm_text

MATCH_MIN = 70.0  # below this the statement is not found in the transcript
VERBATIM_MIN = 92.0  # a few ASR typos keep a verbatim quote verbatim
MINOR_EDIT_MIN = 85.0
MISATTRIBUTED_MIN = 85.0  # words found under another speaker's turn
N_CANDIDATES = 5


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
        best: dict[str, float] = {}
        for sid, form in names:
            # token_set_ratio: "Bobby" fits "Bobby Nasution"; typos ("Boby") still score high
            s = 100.0 if lab == form else fuzz.token_set_ratio(lab, form)
            if s >= 88:
                best[sid] = max(best.get(sid, 0.0), s)
        if best:
            top = max(best.values())
            winners = sorted(k for k, v in best.items() if v == top)
            out[label] = winners[0] if len(winners) == 1 else None
        else:
            out[label] = None
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
    from rapidfuzz import fuzz

    st = statements.copy()
    for col in ("turn_id", "transcript_relation", "transcript_score"):
        st[col] = pd.Series([None] * len(st), index=st.index, dtype=object)
    if st.empty or turns is None or turns.empty:
        return st
    turns = turns.reset_index(drop=True)
    turn_text = [norm_text(t) for t in turns["text"].fillna("").astype(str)]
    labels = turns["speaker"].fillna("").astype(str).tolist()
    label_to_id = _resolve_labels(sorted(set(labels)), speakers)
    index: dict[str, list[int]] = defaultdict(list)
    for k, text in enumerate(turn_text):
        for w in sorted(set(content(text.split()))):
            index[w].append(k)

    out_turn, out_rel, out_score = [], [], []
    for row in st.itertuples(index=False):
        text = norm_text(getattr(row, "text", "") or "")
        votes = Counter()
        for w in set(content(text.split())):
            for k in index.get(w, ()):
                votes[k] += 1
        cands = sorted(votes, key=lambda k: (-votes[k], k))[:N_CANDIDATES]
        best = (0.0, None)
        for k in cands:
            options = [((k,), turn_text[k])]
            if k + 1 < len(turn_text):
                options.append(((k, k + 1), turn_text[k] + " " + turn_text[k + 1]))
            for ids, ref in options:
                s = fuzz.partial_ratio(text, ref) if len(text) <= len(ref) else fuzz.ratio(text, ref)
                if s > best[0] + (0.5 if len(ids) > 1 else 0.0):  # prefer one turn on near ties
                    best = (s, ids)
        s, ids = best
        if ids is None or s < MATCH_MIN:
            out_turn.append(None)
            out_rel.append(None)
            out_score.append(None)
            continue
        spk = getattr(row, "speaker_id", None)
        turn_spk = [label_to_id.get(labels[k]) for k in ids]
        if (
            isinstance(spk, str)
            and any(t is not None and t != spk for t in turn_spk)
            and s >= MISATTRIBUTED_MIN
        ):
            rel = "misattributed"
        elif getattr(row, "kind", "direct") == "indirect":
            rel = "indirect_vs_direct"
        elif s >= VERBATIM_MIN:
            rel = "verbatim"
        elif s >= MINOR_EDIT_MIN:
            rel = "minor_edit"
        else:
            rel = "reworded"
        out_turn.append(";".join(str(turns.loc[k, "turn_id"]) for k in ids))
        out_rel.append(rel)
        out_score.append(round(float(s), 1))
    st["turn_id"] = pd.Series(out_turn, index=st.index, dtype=object)
    st["transcript_relation"] = pd.Series(out_rel, index=st.index, dtype=object)
    st["transcript_score"] = pd.Series(out_score, index=st.index, dtype=object)
    return st
