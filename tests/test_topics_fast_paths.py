"""Topic discovery's fast paths give what their plain definitions give, bit for bit."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.sparse import csr_matrix

from debatekit.lang import get_pack
from debatekit.relate import topics
from debatekit.relate.polarity import ignored_words
from debatekit.relate.spans import words
from debatekit.relate.topics import (
    MIN_SIMILARITY,
    MIN_WORD,
    _candidates,
    _row_norms,
    _similarity_edges,
    _statement_words,
)


def similar_pairs(x: csr_matrix) -> set[tuple[int, int]]:
    """Every pair whose cosine reaches MIN_SIMILARITY, by scoring all of them."""
    dense = x.toarray()
    n = len(dense)
    return {
        (i, j)
        for i in range(n)
        for j in range(i + 1, n)
        if round(float(dense[i] @ dense[j]), 12) >= MIN_SIMILARITY
    }


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
def test_candidates_hold_every_pair_that_reaches_the_threshold(rows):
    x = sparse_rows(rows, 12)
    for kernels in (topics.NUMPY, topics.SCIPY):
        a, b = _candidates(x, kernels)
        got = list(zip(a.tolist(), b.tolist(), strict=True))
        assert len(got) == len(set(got))  # unique
        assert all(i < j for i, j in got)
        assert set(got) >= similar_pairs(x)


@settings(max_examples=60, deadline=None)
@given(ROWS)
def test_edges_are_every_pair_that_reaches_the_threshold(rows):
    x = sparse_rows(rows, 12)
    for kernels in (topics.NUMPY, topics.SCIPY):
        a, b, _ = _similarity_edges(x, kernels)
        assert set(zip(a.tolist(), b.tolist(), strict=True)) == similar_pairs(x)


def test_a_word_in_many_statements_still_links_each_pair_that_shares_it():
    # Statements 7 and 250 share only a word that 298 others weigh more. Champion lists (each word's 50
    # strongest statements) dropped their pair once more than 50 statements outweighed them on it: an
    # edge that depended on how many other statements used the word.
    rows = [[(0, 0.9), (1 + i, 0.3)] for i in range(300)]
    rows[7] = [(0, 0.5), (8, 0.6)]
    rows[250] = [(0, 0.5), (251, 0.6)]
    x = sparse_rows(rows, 301)
    x = csr_matrix(x.multiply(1 / np.sqrt(x.multiply(x).sum(axis=1))))
    for kernels in (topics.NUMPY, topics.SCIPY):
        a, b, _ = _similarity_edges(x, kernels)
        edges = set(zip(a.tolist(), b.tolist(), strict=True))
        assert (7, 250) in edges
        assert edges == similar_pairs(x)


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


def test_edges_listed_block_by_block_are_every_pair_that_reaches_the_threshold(monkeypatch):
    rng = np.random.default_rng(1)
    rows = [
        [(int(c), float(v)) for c, v in zip(rng.integers(0, 30, 5), rng.integers(1, 10, 5) / 10, strict=True)]
        for _ in range(200)
    ]
    x = sparse_rows(rows, 30)
    x = csr_matrix(x.multiply(1 / np.sqrt(x.multiply(x).sum(axis=1))))
    monkeypatch.setattr(topics, "ROW_BLOCK", 7)
    monkeypatch.setattr(topics, "ROW_BLOCKS", 1000)  # blocks of 7 rows: 29, the last one short
    a, b, _ = _similarity_edges(x, topics.SCIPY)
    edges = list(zip(a.tolist(), b.tolist(), strict=True))
    assert len(edges) == len(set(edges)) > 100
    assert set(edges) == similar_pairs(x)
