"""Topic discovery's fast paths give what their plain definitions give, bit for bit."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.sparse import csr_matrix

from debatekit.lang import get_pack
from debatekit.relate.polarity import ignored_words
from debatekit.relate.spans import words
from debatekit.relate.topics import (
    CANDIDATE_WORDS,
    CHAMPIONS,
    MIN_WORD,
    _candidates,
    _row_norms,
    _similarity_edges,
    _statement_words,
)


def listed_candidates(x: csr_matrix) -> set[tuple[int, int]]:
    """The candidate pairs by their definition: every posting of a word proposes its champions."""
    posted: dict[int, list[tuple[float, int]]] = {}
    for row in range(x.shape[0]):
        lo, hi = x.indptr[row], x.indptr[row + 1]
        entries = sorted(zip(-x.data[lo:hi], x.indices[lo:hi], strict=True))[:CANDIDATE_WORDS]
        for neg, col in entries:
            posted.setdefault(int(col), []).append((float(neg), row))
    pairs = set()
    for members in posted.values():
        ranked = [row for _, row in sorted(members)]
        for row in ranked:
            for other in ranked[:CHAMPIONS]:
                if row != other:
                    pairs.add((min(row, other), max(row, other)))
    return pairs


def sparse_rows(draw_rows: list[list[tuple[int, float]]], n_cols: int) -> csr_matrix:
    indptr, indices, data = [0], [], []
    for row in draw_rows:
        cells = dict(row)
        indices += sorted(cells)
        data += [cells[c] for c in sorted(cells)]
        indptr.append(len(indices))
    return csr_matrix(
        (np.array(data, float), np.array(indices, np.int64), np.array(indptr)), shape=(len(draw_rows), n_cols)
    )


# rounded weights: many ties between words and between rows, as tf-idf weights of short statements have
ROWS = st.lists(
    st.lists(st.tuples(st.integers(0, 11), st.integers(1, 9).map(lambda v: v / 10)), max_size=12),
    min_size=0,
    max_size=140,
)


@settings(max_examples=60, deadline=None)
@given(ROWS)
def test_candidates_are_the_pairs_the_champion_lists_propose(rows):
    x = sparse_rows(rows, 12)
    a, b = _candidates(x)
    got = list(zip(a.tolist(), b.tolist(), strict=True))
    assert len(got) == len(set(got))  # unique
    assert all(i < j for i, j in got)
    assert set(got) == listed_candidates(x)


@settings(max_examples=40, deadline=None)
@given(ROWS)
def test_similarity_edges_are_ordered_and_scored_on_whole_rows(rows):
    x = sparse_rows(rows, 12)
    a, b, cos = _similarity_edges(x)
    keys = (a * x.shape[0] + b).tolist()
    assert keys == sorted(keys)
    dense = x.toarray()
    for i, j, c in zip(a.tolist(), b.tolist(), cos.tolist(), strict=True):
        assert math.isclose(c, float(dense[i] @ dense[j]), abs_tol=1e-9)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.floats(0.01, 50.0), max_size=30), max_size=30))
def test_row_norms_round_as_pythons_sum(rows):
    values = np.array([v for row in rows for v in row], float)
    indptr = np.r_[0, np.cumsum([len(row) for row in rows])].astype(np.int64)
    got = _row_norms(values, indptr).tolist()
    assert got == [math.sqrt(sum(v * v for v in row)) or 1.0 for row in rows]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="abcXYZ İıÄäß’'-.,1é\u0307", max_size=60), min_size=1, max_size=8))
def test_statement_words_are_the_content_words_of_each_statement(texts):
    pack = get_pack("en")
    statements = pd.DataFrame({"statement_id": [f"s{i}" for i in range(len(texts))], "text": texts})
    got = _statement_words(statements, dict.fromkeys(statements["statement_id"], pack))
    skip = ignored_words(pack)
    for i, text in enumerate(texts):
        assert got[f"s{i}"] == [w for w in words(text) if len(w) >= MIN_WORD and w not in skip]


def test_capitalised_ascii_and_turkish_dotted_i_tokenise_as_word_by_word_lowering():
    pack = get_pack("en")
    statements = pd.DataFrame(
        {"statement_id": ["a", "b", "c"], "text": ["Budget DEFICIT grows", "İstanbul budget", None]}
    )
    got = _statement_words(statements, dict.fromkeys(statements["statement_id"], pack))
    assert got["a"] == ["budget", "deficit", "grows"]
    assert got["b"] == ["i\u0307stanbul", "budget"]  # "İ".lower() is two characters: one word still
    assert got["c"] == []
