"""Participants: each transcript label becomes one speaker with a full name, a role and a speaker id.

Names come, in order of trust, from a user map (``{"TRUMP": "Donald Trump"}``), from the news speakers of
the same run (a speaker whose name or alias matches the label), and from the transcript's own words: the
capitalised runs ending in the label's surname ("Ladies and gentlemen, Donald J. Trump", "Secretary
Clinton" gives nothing, a lone title and surname is not a full name). Ids are the slug of the canonical
name, exactly as :mod:`debatekit.extract` makes them, so a debater's spoken and reported statements share
one id.

Roles: labels the language pack calls moderator / audience / panelist; otherwise the speakers holding the
most words are the candidates, the first non-candidate speaker and those with about as many turns are
moderators, other non-candidates who ask questions are panelists, the rest "other".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from debatekit.extract.names import slug
from debatekit.lang import LanguagePack

CANDIDATE_WORD_SHARE = 0.3  # of the top speaker's words: a speaker with at least this share is a candidate
MODERATOR_TURN_SHARE = (
    0.5  # of the first moderator's turns: another non-candidate with this many co-moderates
)
MODERATOR_WEIGHT = 3  # a name said in a non-candidate's turn (introductions) counts this many times
_WORD = re.compile(r"[\w'’-]+")  # a word of a label or a turn, apostrophes and hyphens kept
_NAME_RUN = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){1,3}")


@dataclass(frozen=True)
class Participant:
    """One transcript label resolved: ``label`` as written, canonical ``name``, ``speaker_id``, ``role``."""

    label: str
    name: str
    speaker_id: str
    role: str


def _label_key(label: str) -> str:
    return re.sub(r"\s+", " ", label.strip().lower())


def _surname(label: str, titles: frozenset[str]) -> str:
    words = [w for w in _WORD.findall(label.lower()) if w not in titles]
    return words[-1] if words else label.lower()


def _given_name(value: Any) -> tuple[str | None, str | None]:
    if isinstance(value, Mapping):
        return value.get("name"), value.get("role")
    return (str(value), None) if value else (None, None)


def _news_name(label: str, surname: str, speakers: pd.DataFrame | None) -> str | None:
    """The one news speaker whose name is the label, or ends in the label's surname."""
    if speakers is None or speakers.empty:
        return None
    key = _label_key(label)
    hits = []
    for name, aliases in zip(speakers["name"], speakers["aliases"], strict=True):
        if not isinstance(name, str):
            continue
        forms = [name.lower()] + [a.lower() for a in (aliases if isinstance(aliases, list) else []) if a]
        if key in forms or (len(name.split()) >= 2 and name.lower().split()[-1] == surname):
            hits.append(name)
    return hits[0] if len(set(hits)) == 1 else None


def _transcript_names(turns: pd.DataFrame, pack: LanguagePack, roles: Mapping[str, str]) -> Counter[str]:
    """Capitalised multi-word runs of the transcript (titles dropped), weighted towards introductions."""
    skip = pack.relations.DEBATE_TITLES | pack.relations.DEBATE_INTRO_WORDS | pack.text.STOPWORDS
    # words this transcript also writes in lower case are common words, not names ("Welcome", "Tonight")
    lower = {w for t in turns["text"] if isinstance(t, str) for w in _WORD.findall(t) if w[0].islower()}
    counts: Counter[str] = Counter()
    for label, text in zip(turns["speaker"], turns["text"], strict=True):
        weight = 1 if roles.get(label) == "candidate" else MODERATOR_WEIGHT
        for m in _NAME_RUN.finditer(text):
            words = m.group(0).split()
            # "And I'm Anderson Cooper", "Senator John Kennedy": sentence words and titles are no name
            while words and (
                all(part in skip for part in words[0].lower().rstrip(".").split("-"))
                or "'" in words[0]
                or "’" in words[0]
                # a common word opening a run drops only when a full name is left ("Will Hurd" stays)
                or (len(words) >= 3 and words[0].lower() in lower)
            ):
                words = words[1:]
            if len(words) >= 2 and words[-1][0].isupper():
                counts[" ".join(words)] += weight
    return counts


def _roles(turns: pd.DataFrame, pack: LanguagePack) -> dict[str, str]:
    rel = pack.relations
    labels = [lab for lab in turns["speaker"] if isinstance(lab, str)]
    words: Counter[str] = Counter()
    n_turns: Counter[str] = Counter()
    asks: Counter[str] = Counter()
    for label, text in zip(turns["speaker"], turns["text"], strict=True):
        if isinstance(label, str):
            words[label] += len(text.split())
            n_turns[label] += 1
            asks[label] += "?" in text
    roles: dict[str, str] = {}
    for label in dict.fromkeys(labels):
        key = _label_key(label)
        first = key.split()[0] if key else key
        if key in rel.DEBATE_MODERATOR_LABELS or first in rel.DEBATE_MODERATOR_LABELS:
            roles[label] = "moderator"
        elif key in rel.DEBATE_AUDIENCE_LABELS or first in rel.DEBATE_AUDIENCE_LABELS:
            roles[label] = "audience"
        elif key in rel.DEBATE_PANELIST_LABELS or first in rel.DEBATE_PANELIST_LABELS:
            roles[label] = "panelist"
    free = [lab for lab in dict.fromkeys(labels) if lab not in roles]
    if not free:
        return roles
    top = max(words[lab] for lab in free)
    # a transcript with a moderator label keeps every other big speaker a candidate; without one, the first
    # speaker (who opens the debate) moderates
    opener = next((lab for lab in labels if lab in free), None)
    has_moderator = "moderator" in roles.values()
    for lab in free:
        if words[lab] >= CANDIDATE_WORD_SHARE * top and (has_moderator or lab != opener or len(free) <= 2):
            roles[lab] = "candidate"
    if not has_moderator and opener is not None and opener not in roles:
        roles[opener] = "moderator"
    mod_turns = max((n_turns[lab] for lab, r in roles.items() if r == "moderator"), default=0)
    for lab in free:
        if lab in roles:
            continue
        if mod_turns and n_turns[lab] >= MODERATOR_TURN_SHARE * mod_turns:
            roles[lab] = "moderator"
        elif asks[lab]:
            roles[lab] = "panelist"
        else:
            roles[lab] = "other"
    return roles


def resolve_participants(
    turns: pd.DataFrame,
    pack: LanguagePack,
    *,
    speakers: pd.DataFrame | None = None,
    names: Mapping[str, Any] | None = None,
) -> dict[str, Participant]:
    """One :class:`Participant` per transcript label.

    Parameters
    ----------
    turns : pandas.DataFrame
        ``schema.TURN_COLUMNS`` (``speaker`` is the label as written).
    pack : LanguagePack
        Role labels, titles.
    speakers : pandas.DataFrame, optional
        News speakers of the same run (``schema.SPEAKER_COLUMNS``).
    names : mapping, optional
        User map from label to a name, or to ``{"name": ..., "role": ...}``; matched case-insensitively.

    Returns
    -------
    dict
        label -> Participant.

    Examples
    --------
    >>> import pandas as pd
    >>> from debatekit.lang import get_pack
    >>> t = pd.DataFrame({"speaker": ["HOLT", "DOE", "ROE"], "text": [
    ...     "Welcome Jane Doe and Richard Roe. Ms. Doe?", "Thank you. I will cut taxes.", "No, you will not."]})
    >>> p = resolve_participants(t, get_pack("en"))
    >>> p["DOE"].name, p["DOE"].speaker_id, p["DOE"].role, p["HOLT"].role
    ('Jane Doe', 'jane-doe', 'candidate', 'moderator')
    """
    titles = pack.relations.DEBATE_TITLES
    user = {_label_key(k): v for k, v in (names or {}).items()}
    roles = _roles(turns, pack)
    runs = _transcript_names(turns, pack, roles)
    by_surname: dict[str, Counter[str]] = {}
    for run, n in runs.items():
        by_surname.setdefault(run.split()[-1].lower(), Counter())[run] += n
    out: dict[str, Participant] = {}
    for label in dict.fromkeys(lab for lab in turns["speaker"] if isinstance(lab, str)):
        given, given_role = _given_name(user.get(_label_key(label)))
        surname = _surname(label, titles)
        name = given or _news_name(label, surname, speakers)
        bare = [w for w in _WORD.findall(label.lower()) if w.rstrip(".") not in titles]
        if name is None and roles.get(label) not in ("audience",) and len(bare) == 1:
            found = by_surname.get(surname)
            if found:
                name = sorted(found, key=lambda r: (-found[r], len(r.split()), r))[0]
        if name is None:
            name = label.title() if label.isupper() else label
        out[label] = Participant(label, name, slug(name), given_role or roles.get(label, "other"))
    return out
