"""Topics: user word lists, or discovered by community detection on a statement similarity graph.

Discovery: each statement becomes a tf-idf vector of its content words (language-pack stopwords dropped,
words sharing a stem of :data:`~debatekit.relate.spans.MIN_PREFIX` letters merged: "digital" ~
"digitalisasi"; words in one statement only or in more than ``MAX_DF`` of them left out). Statements
whose vectors share words (keyword co-occurrence, through an inverted index) and reach a cosine of
``MIN_SIMILARITY`` are joined in a networkx graph; its Louvain communities (fixed seed) of two or more
statements are the topics, labelled by their heaviest words. Statements in no community get no topic.
Clustering statements rather than words keeps the topics stable on small corpora, where a word graph
splits into many fragments.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import combinations

import networkx as nx
import pandas as pd

from debatekit import schema
from debatekit.lang import LanguagePack, get_pack
from debatekit.relate.polarity import ignored_words
from debatekit.relate.spans import MIN_PREFIX, same_word, words

SEED = 0
MIN_DF = 2  # a word in one statement only links nothing
MAX_DF = 0.5  # a word in more than half the statements tells topics apart no better than a stopword
MIN_WORD = 4
MIN_SIMILARITY = 0.1
RESOLUTION = 1.0  # Louvain resolution (higher: more, smaller topics)
CANDIDATE_WORDS = 8
NEIGHBOURS = 8
MAX_POSTINGS = 150
TOP_WORDS = 6


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.lower()).strip("-") or "topic"


def _statement_words(statements: pd.DataFrame, pack_of: Mapping[str, LanguagePack]) -> dict[str, list[str]]:
    out = {}
    for sid, text in zip(statements["statement_id"], statements["text"], strict=True):
        skip = ignored_words(pack_of.get(sid) or get_pack(None))
        out[sid] = [
            w for w in words(text if isinstance(text, str) else "") if len(w) >= MIN_WORD and w not in skip
        ]
    return out


def _stems(vocab: Sequence[str]) -> dict[str, str]:
    """Map each word to the shortest word of ``vocab`` that is a prefix of it (at least MIN_PREFIX long)."""
    ordered = sorted(vocab)
    stem: dict[str, str] = {}
    for w in sorted(vocab, key=lambda x: (len(x), x)):
        if w in stem:
            continue
        stem[w] = w
        if len(w) >= MIN_PREFIX:
            # Words with prefix w are contiguous in sorted order.
            for other in ordered[bisect.bisect_left(ordered, w) :]:
                if not other.startswith(w):
                    break
                stem.setdefault(other, w)
    return stem


def _vectors(bags: Mapping[str, Counter[str]], max_df: float) -> dict[str, dict[str, float]]:
    n = max(1, len(bags))
    df = Counter(w for bag in bags.values() for w in bag)
    idf = {w: math.log(n / c) for w, c in df.items() if c >= MIN_DF and c <= max(MIN_DF, max_df * n)}
    out = {}
    for sid, bag in bags.items():
        v = {w: c * idf[w] for w, c in sorted(bag.items()) if w in idf}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        out[sid] = {w: x / norm for w, x in v.items()}
    return out


def _similarity_graph(vec: Mapping[str, Mapping[str, float]]) -> nx.Graph:
    """Statements joined when their tf-idf cosine reaches MIN_SIMILARITY.

    Candidate pairs come from an inverted index of each statement's CANDIDATE_WORDS strongest words, and
    words in more than MAX_POSTINGS statements do not propose pairs: never all pairs of a corpus.
    """
    postings: dict[str, list[str]] = {}
    for sid in sorted(vec):
        strongest = sorted(vec[sid], key=lambda w: (-vec[sid][w], w))[:CANDIDATE_WORDS]
        for w in strongest:
            postings.setdefault(w, []).append(sid)
    pairs: set[tuple[str, str]] = set()
    for w in sorted(postings):
        ids = postings[w]
        if len(ids) <= MAX_POSTINGS:
            pairs.update(combinations(ids, 2))
    best: dict[str, list[tuple[float, str]]] = {}
    for a, b in sorted(pairs):
        va, vb = vec[a], vec[b]
        if len(vb) < len(va):
            va, vb = vb, va
        cos = sum(x * vb.get(w, 0.0) for w, x in va.items())
        if cos >= MIN_SIMILARITY:
            best.setdefault(a, []).append((cos, b))
            best.setdefault(b, []).append((cos, a))
    g = nx.Graph()
    g.add_nodes_from(sorted(vec))
    # Each statement keeps its NEIGHBOURS most similar statements: a sparse graph Louvain handles fast.
    for a in sorted(best):
        for cos, b in sorted(best[a], key=lambda x: (-x[0], x[1]))[:NEIGHBOURS]:
            g.add_edge(a, b, weight=cos)
    return g


def discover_topics(
    statements: pd.DataFrame, pack_of: Mapping[str, LanguagePack], *, seed: int = SEED
) -> tuple[pd.DataFrame, dict[str, str | None]]:
    """Discover topics in ``statements`` (see module docstring).

    Returns
    -------
    topics : DataFrame
        ``schema.TOPIC_COLUMNS`` with ``source == "discovered"``, ids "t0", "t1", ... by size.
    topic_of : dict
        statement_id -> topic_id, or None for statements in no group.
    """
    sw = _statement_words(statements, pack_of)
    stem = _stems(sorted({w for ws in sw.values() for w in ws}))
    bags = {sid: Counter(stem[w] for w in ws) for sid, ws in sw.items()}
    vec = _vectors(bags, MAX_DF)
    g = _similarity_graph(vec)
    g.remove_nodes_from([n for n in sorted(g) if g.degree(n) == 0])
    communities = (
        nx.community.louvain_communities(g, weight="weight", resolution=RESOLUTION, seed=seed)
        if len(g)
        else []
    )
    groups = sorted((sorted(c) for c in communities if len(c) >= 2), key=lambda c: (-len(c), c[0]))
    topic_of: dict[str, str | None] = dict.fromkeys(sw)
    rows = []
    for i, members in enumerate(groups):
        tid = f"t{i}"
        weight: Counter[str] = Counter()
        for sid in members:
            topic_of[sid] = tid
            weight.update(vec[sid])
        top = [w for w, _ in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_WORDS]]
        rows.append(
            {
                "topic_id": tid,
                "label": " / ".join(top[:3]),
                "top_words": top,
                "n_statements": len(members),
                "source": "discovered",
            }
        )
    return schema.frame(schema.TOPIC_COLUMNS, rows), topic_of


def user_topics(
    statements: pd.DataFrame, topics: Mapping[str, Sequence[str]]
) -> tuple[pd.DataFrame, dict[str, str | None]]:
    """Assign each statement to the user topic whose words it uses most (ties: the first topic given).

    Words match loosely (:func:`~debatekit.relate.spans.same_word`): "digital" also finds "digitalisasi".
    """
    names = list(topics)
    ids = {}
    for name in names:
        base, i = _slug(name), 1
        tid = base
        while tid in ids.values():
            i += 1
            tid = f"{base}-{i}"
        ids[name] = tid
    lists = {name: [w.lower() for w in topics[name]] for name in names}
    topic_of: dict[str, str | None] = {}
    for sid, text in zip(statements["statement_id"], statements["text"], strict=True):
        low = text.lower() if isinstance(text, str) else ""
        toks = words(low)
        best, best_score = None, 0
        for name in names:
            hits = sum(
                1 for w in lists[name] if (w in low if " " in w else any(same_word(w, t) for t in toks))
            )
            if hits > best_score:
                best, best_score = name, hits
        topic_of[sid] = ids[best] if best is not None else None
    sizes = Counter(v for v in topic_of.values() if v)
    rows = [
        {
            "topic_id": ids[name],
            "label": name,
            "top_words": list(topics[name]),
            "n_statements": sizes.get(ids[name], 0),
            "source": "user",
        }
        for name in names
    ]
    return schema.frame(schema.TOPIC_COLUMNS, rows), topic_of


def assign_topics(
    statements: pd.DataFrame,
    pack_of: Mapping[str, LanguagePack],
    topics: Mapping[str, Sequence[str]] | None = None,
) -> tuple[pd.DataFrame, dict[str, str | None]]:
    """User topics when ``topics`` is given, else discovered ones. See :func:`user_topics`, :func:`discover_topics`."""
    if topics:
        if not isinstance(topics, Mapping):
            raise TypeError(
                "topics must map a topic name to a list of words, e.g. {'economy': ['tax', 'jobs']}"
            )
        return user_topics(statements, topics)
    return discover_topics(statements, pack_of)
