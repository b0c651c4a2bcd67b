"""The bound that skips candidate pairs before scoring never skips a pair that would match."""

from __future__ import annotations

import numpy as np

from debatekit.align import blocking, score


def _random_strings(rng: np.random.Generator, n: int, alphabet: int) -> list[str]:
    return ["".join(chr(0x100 + c) for c in rng.integers(0, alphabet, rng.integers(0, 30))) for _ in range(n)]


def test_bag_bound_is_at_least_the_multiset_intersection():
    rng = np.random.default_rng(3)
    # a small alphabet gives repeats and many characters per mask bin; a large one gives few
    for alphabet in (5, 40, 2000):
        strings = ["".join(sorted(s)) for s in _random_strings(rng, 300, alphabet)]
        i, j = np.triu_indices(len(strings), 1)
        masks, repeats = score.word_masks(strings)
        ub = score.bag_bound(masks, repeats, i, j)
        exact = score.shared_words(strings, i, j)  # sorted strings: the multiset intersection
        assert (ub >= exact).all()
        if alphabet == 2000:  # no repeats: the bound is exact unless two characters share a bin
            assert (ub == exact).mean() > 0.5


def test_bag_bound_is_exact_for_distinct_words_in_distinct_bins():
    masks, repeats = score.word_masks(["\u0100\u0101", "\u0101\u0100", "\u0102"])
    assert score.bag_bound(masks, repeats, np.array([0, 0]), np.array([1, 2])).tolist() == [2, 0]


def _texts(rng: np.random.Generator, n: int) -> list[str]:
    words = [f"w{k}" for k in range(60)] + ["12", "300"]
    return [" ".join(rng.choice(words, rng.integers(2, 16))) for _ in range(n)]


def test_scorer_with_the_bound_decides_every_pair_as_without_it():
    rng = np.random.default_rng(5)
    texts = _texts(rng, 250)
    enc = blocking.encode_texts(texts)
    speakers = rng.integers(-1, 4, len(texts))
    i, j = np.triu_indices(len(texts), 1)
    scorer = score.Scorer(enc, speakers=speakers, texts=texts)
    ok, shared = scorer(i, j)
    # the same rules on every pair, no pair skipped
    full = score.Scorer(enc, speakers=speakers, texts=texts)
    full._possible(i[:1], j[:1])  # makes the masks
    full._bag_possible = lambda a, b, *_: np.ones(len(a), bool)  # words in any order counted for every pair
    all_ok, all_shared = full._score(i, j)
    assert ok.any() and (~ok).any()
    assert np.array_equal(ok, all_ok)
    assert np.array_equal(shared[ok], all_shared[ok])
