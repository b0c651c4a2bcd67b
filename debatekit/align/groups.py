"""Statement groups per sentence: one long quote does not join the separate sentences other outlets print.

A group is a connected component of matches, but a match between a long statement (two sentences or
more) and a shorter one that renders only some of its sentences ties the shorter one to those sentences,
not to the whole: its node is (long statement, sentences), e.g. ("a:d10", "s1-2"). A long quote whose first
sentence outlet B prints and whose last sentence outlet C prints is then in two groups, one per part, and
``statement_groups.parts`` says which part of each member a group holds (None: the whole statement).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

import networkx as nx
import pandas as pd

from debatekit import schema
from debatekit.align.normalize import tokens
from debatekit.align.score import lcs_len

PIECE_COVER = 0.7  # share of a sentence's words the shorter statement must hold for that sentence to count
PIECES_CACHE = 1 << 14  # long statements whose sentences are kept tokenised
SHORTER = 0.8  # the shorter statement has at most this share of the longer's words (else: whole to whole)


def _hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def matched_part(long_text: str, short_text: str) -> str | None:
    """The sentences of ``long_text`` that ``short_text`` renders ("s2", "s1-2"), or None for the whole.

    Examples
    --------
    >>> matched_part("We cut taxes for families. We built new roads in the north.", "we built roads in the north")
    's2'
    """
    n_long, pieces = _pieces(long_text)
    short = tokens(short_text)
    if len(pieces) < 2 or len(short) > SHORTER * n_long:
        return None
    hit = [k for k, t in enumerate(pieces) if t and lcs_len(t, short) >= PIECE_COVER * len(t)]
    if not hit or len(hit) == len(pieces):
        return None
    first, last = hit[0] + 1, hit[-1] + 1
    return f"s{first}" if first == last else f"s{first}-{last}"


@lru_cache(maxsize=PIECES_CACHE)
def _pieces(text: str) -> tuple[int, tuple[list[str], ...]]:
    """(words of ``text``, words of each of its sentences): once per long statement, not once per match."""
    from debatekit.align.statements import sentence_pieces

    return len(tokens(text)), tuple(tokens(p) for p in sentence_pieces(text))


def sentence_groups(statements: pd.DataFrame, matches: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(statement_groups, statements with group_id): groups per sentence, copies of the inputs.

    A statement in several groups (parts of one long quote) takes the group of its whole self, else of its
    first part.
    """
    st = statements.copy(deep=False)
    st["group_id"] = pd.Series([None] * len(st), index=st.index, dtype=object)
    if st.empty or matches is None or matches.empty:
        return schema.frame(schema.STATEMENT_GROUP_COLUMNS), st
    ids = st["statement_id"].astype(str)
    # only the matched statements are read: dictionaries of every statement of a large corpus are slow
    ids_a = matches["statement_id_a"].astype(str).tolist()  # one conversion, not one per cell
    ids_b = matches["statement_id_b"].astype(str).tolist()
    matched = set(ids_a) | set(ids_b)
    read = ids.isin(matched)
    info = st[read].assign(statement_id=ids[read]).set_index("statement_id")
    text = info["text"].fillna("").astype(str).to_dict()
    art = info["article_id"].astype(str).to_dict()
    outlet = info["outlet"].to_dict() if "outlet" in info else {}
    speaker = info["speaker_id"].to_dict() if "speaker_id" in info else {}
    linked = nx.Graph()  # nodes: (statement id, part of it or None for the whole)
    for a, b in zip(ids_a, ids_b, strict=True):
        na: tuple[str, str | None] = (a, None)
        nb: tuple[str, str | None] = (b, None)
        if len(text[a]) > len(text[b]):
            na = (a, matched_part(text[a], text[b]))
        elif len(text[b]) > len(text[a]):
            nb = (b, matched_part(text[b], text[a]))
        linked.add_edge(na, nb)
    members: dict[tuple, list[tuple]] = {}
    for component in nx.connected_components(linked):
        nodes = sorted(component, key=_node_key)
        members[nodes[0]] = nodes  # the smallest node names the group
    rows, node_group = [], {}
    for root in sorted(members, key=_node_key):
        nodes = members[root]
        gid = "g-" + _hash(root[0] if root[1] is None else f"{root[0]}#{root[1]}")
        parts: dict[str, list[str]] = {}
        for sid, part in nodes:
            node_group[(sid, part)] = gid
            parts.setdefault(sid, [])
            if part is not None:
                parts[sid].append(part)
        sids = sorted(parts)
        rows.append(
            {
                "group_id": gid,
                "statement_ids": sids,
                "article_ids": sorted({art[s] for s in sids}),
                "outlets": sorted({str(outlet[s]) for s in sids if isinstance(outlet.get(s), str)}),
                "speaker_ids": sorted({str(speaker[s]) for s in sids if isinstance(speaker.get(s), str)}),
                "n_statements": len(sids),
                "parts": [",".join(parts[s]) or None for s in sids],
            }
        )
    # a statement's group: that of its whole self, else that of its first part
    group_of: dict[str, str] = {}
    for sid, part in sorted(node_group, key=lambda n: (n[0], n[1] is not None, n[1] or "")):
        group_of.setdefault(sid, node_group[(sid, part)])
    groups = schema.frame(schema.STATEMENT_GROUP_COLUMNS, rows)
    groups = groups.sort_values("group_id", kind="stable").reset_index(drop=True)
    st["group_id"] = pd.Series([group_of.get(s) for s in ids], index=st.index, dtype=object)
    return groups, st


def _node_key(node: tuple) -> tuple:
    return (node[0], node[1] or "")
