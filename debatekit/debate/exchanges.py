"""Exchanges: segments opened by a moderator's (or panelist's, or audience member's) question, and who
responds to whom (``turns.segment_id``, ``turns.responds_to``).

A non-candidate turn with a question of at least ``QUESTION_MIN_WORDS`` words opens a segment; a short
hand-off ("Secretary Clinton?") does not. A candidate's turn after a hand-off responds to the other
candidate's last turn in the segment (the debate goes on between them); otherwise every turn responds to
the last turn of another speaker.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from debatekit.debate.participants import Participant
from debatekit.lang import LanguagePack

QUESTION_MIN_WORDS = 8
ASKING_ROLES = frozenset({"moderator", "panelist", "audience"})


def opens_segment(text: str, role: str | None) -> bool:
    """A turn that asks the candidates something new.

    Examples
    --------
    >>> opens_segment("Governor, what would you do about rising rents in the cities?", "moderator")
    True
    >>> opens_segment("Senator?", "moderator")
    False
    """
    if role not in ASKING_ROLES or "?" not in text:
        return False
    return len(text.split()) >= QUESTION_MIN_WORDS


def link_exchanges(turns: pd.DataFrame, participants: Mapping[str, Participant]) -> pd.DataFrame:
    """A copy of ``turns`` with ``speaker_id``, ``role``, ``segment_id`` and ``responds_to`` filled.

    ``segment_id`` is ``"<transcript id>:x<n>"`` (``x0`` holds the opening before the first question).
    """
    out = turns.copy()
    tid = str(turns["turn_id"].iloc[0]).rsplit(":", 1)[0] if len(turns) else "transcript"
    seg = 0
    seg_ids, responds, spk_ids, roles = [], [], [], []
    text_of = dict(zip(turns["turn_id"], turns["text"], strict=True))
    order = {t: n for n, t in enumerate(turns["turn_id"])}
    last_by: dict[str, str] = {}  # label -> its last turn_id in this segment
    last_other: list[tuple[str, str]] = []  # (label, turn_id) of recent turns
    for turn_id, label, text in zip(turns["turn_id"], turns["speaker"], turns["text"], strict=True):
        p = participants.get(label) if isinstance(label, str) else None
        role = p.role if p else None
        if opens_segment(text, role):
            seg += 1
            last_by = {}
        target = next((t for lab, t in reversed(last_other) if lab != label), None)
        if role == "candidate" and last_other and last_other[-1][0] != label:
            prev_label, prev_id = last_other[-1]
            prev_p = participants.get(prev_label)
            if (
                prev_p is not None
                and prev_p.role != "candidate"
                and not opens_segment(text_of[prev_id], prev_p.role)
            ):
                rival = [
                    t for lab, t in last_by.items() if lab != label and participants[lab].role == "candidate"
                ]
                if rival:
                    target = max(rival, key=order.__getitem__)
        seg_ids.append(f"{tid}:x{seg}")
        responds.append(target)
        spk_ids.append(p.speaker_id if p else None)
        roles.append(role)
        if isinstance(label, str):
            last_by[label] = turn_id
            last_other.append((label, turn_id))
            del last_other[:-8]
    out["speaker_id"] = pd.Series(spk_ids, index=out.index, dtype=object)
    out["role"] = pd.Series(roles, index=out.index, dtype=object)
    out["segment_id"] = pd.Series(seg_ids, index=out.index, dtype=object)
    out["responds_to"] = pd.Series(responds, index=out.index, dtype=object)
    return out


TOPIC_WORDS = 3  # words naming a segment's topic


def segment_topics(turns: pd.DataFrame, pack: LanguagePack) -> pd.Series:
    """Per turn, its segment's topic: the ``TOPIC_WORDS`` content words said most often in the segment
    (all speakers; ties alphabetical), comma-joined; None for a segment without content words.

    Examples
    --------
    >>> import pandas as pd
    >>> from debatekit.lang import get_pack
    >>> t = pd.DataFrame({"segment_id": ["x1", "x1"], "text": ["What about rents and homes?",
    ...     "Rents are high; we build homes, more homes."]})
    >>> segment_topics(t, get_pack("en")).tolist()
    ['homes, rents, build', 'homes, rents, build']
    """
    from collections import Counter

    from debatekit.relate.spans import words

    skip = pack.text.STOPWORDS | pack.relations.TOPIC_STOPWORDS | pack.relations.DEBATE_FILLERS
    counts: dict[object, Counter[str]] = {}
    for seg, text in zip(turns["segment_id"], turns["text"], strict=True):
        c = counts.setdefault(seg, Counter())
        c.update(w for w in words(text) if len(w) > 3 and w not in skip and "'" not in w)
    label = {
        seg: ", ".join(w for w, _ in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:TOPIC_WORDS]) or None
        for seg, c in counts.items()
    }
    return pd.Series([label[s] for s in turns["segment_id"]], index=turns.index, dtype=object)
