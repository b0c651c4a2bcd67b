"""The relate stage's indexes give the answers of the plain scans they replace, and topics do not depend
on how many statements share a word."""

from __future__ import annotations

import re

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from debatekit import schema
from debatekit.lang import get_pack
from debatekit.relate.spans import Vocabulary, find_phrases, same_word, shared
from debatekit.relate.speakers import SpeakerFinder
from debatekit.relate.topics import discover_topics

# Few letters, so that prefixes, infixes and equal words are common.
WORD = st.text(alphabet="abcde", min_size=1, max_size=9)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORD, max_size=5), st.lists(WORD, max_size=8))
def test_shared_is_same_word_against_every_token(keywords, tokens):
    assert shared(keywords, tokens) == [k for k in keywords if any(same_word(k, t) for t in tokens)]


PHRASES = ["ab", "ab cd", "cd", "dea", "b_e", "abcd ab"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["ab", "cd", "dea", "b_e", "abcd", "x", "AB", "Cd", " ", "  ", ",", "-", "\n"]))
)
def test_find_phrases_is_the_plain_alternation(pieces):
    text = "".join(pieces)
    alts = [r"\s+".join(map(re.escape, p.split())) for p in sorted(PHRASES, key=lambda p: (-len(p), p))]
    plain = re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)", re.IGNORECASE)
    expected = [(m.start(), m.end(), " ".join(m.group().lower().split())) for m in plain.finditer(text)]
    assert find_phrases(text, PHRASES) == expected


def test_speaker_finder_longest_name_first_whole_words_only():
    speakers = schema.frame(
        schema.SPEAKER_COLUMNS,
        [
            {"speaker_id": "joko", "name": "Joko Widodo", "aliases": ["Jokowi"], "roles": []},
            {"speaker_id": "joko-s", "name": "Joko Santoso", "aliases": [], "roles": []},
        ],
    )
    finder = SpeakerFinder(speakers, schema.frame(schema.MENTION_COLUMNS))
    text = "Joko Widodo bertemu Santoso, Jokowidodo tidak, lalu Jokowi dan Joko."
    hits = [(text[h.start : h.end], h.speaker_id) for h in finder.search(text)]
    # "Joko" names both people, so alone it names nobody; "Jokowidodo" is no name.
    assert hits == [("Joko Widodo", "joko"), ("Santoso", "joko-s"), ("Jokowi", "joko")]


def test_a_word_in_many_statements_still_makes_a_topic():
    """Hundreds of statements share their words: each still finds neighbours (a fixed cap on posting
    lists used to leave such a corpus without topics)."""
    n = 200
    rows = [
        {"statement_id": f"f{i:03d}", "text": f"Flooding drainage pumps overflowed again in district {i}"}
        for i in range(n)
    ] + [
        {"statement_id": f"s{i:03d}", "text": f"Teachers salaries schools underfunded again, said number {i}"}
        for i in range(n)
    ]
    statements = pd.DataFrame(rows)
    pack = get_pack("en")
    topics, topic_of = discover_topics(statements, dict.fromkeys(statements["statement_id"], pack))
    flood = {topic_of[f"f{i:03d}"] for i in range(n)}
    school = {topic_of[f"s{i:03d}"] for i in range(n)}
    assert len(flood) == 1 and len(school) == 1 and None not in flood | school
    assert flood != school
    assert sorted(topics.n_statements) == [n, n]


@settings(max_examples=200, deadline=None)
@given(
    st.sets(st.text(alphabet="abcde", min_size=1, max_size=9), max_size=60),
    st.text(alphabet="abcde", min_size=1, max_size=10),
)
def test_vocabulary_finds_the_words_same_word_matches(vocab, keyword):
    """The stance model's candidate look-up gives what testing same_word against every word gives."""
    assert Vocabulary(vocab).matching(keyword) == sorted(w for w in vocab if same_word(keyword, w))


def test_vocabulary_matches_prefixes_and_stems_inside_words():
    v = Vocabulary(["digitalisasi", "pelayanan", "layanan", "jalan", "digi"])
    assert v.matching("digital") == ["digitalisasi"]
    assert v.matching("layanan") == ["layanan", "pelayanan"]
    assert v.matching("jalan") == ["jalan"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.lists(st.tuples(st.integers(0, 11), st.sampled_from([0.25, 0.5, 1.0, 0.1, 0.3])), max_size=6),
        min_size=1,
        max_size=12,
    ),
    st.data(),
)
def test_topic_words_of_all_topics_at_once_are_those_of_each_topic(rows, data):
    import numpy as np
    from scipy.sparse import csr_matrix

    from debatekit.relate.topics import TOP_WORDS, _top_words

    dense = np.zeros((len(rows), 12))
    for i, entries in enumerate(rows):
        for j, v in entries:
            dense[i, j] = v
    x = csr_matrix(dense)
    n_topics = data.draw(st.integers(1, 4))
    topic = np.array(
        data.draw(st.lists(st.integers(-1, n_topics - 1), min_size=len(rows), max_size=len(rows)))
    )
    got = _top_words(x, topic, n_topics)
    for t in range(n_topics):
        sub = x[np.flatnonzero(topic == t)]
        cols, inverse = np.unique(sub.indices, return_inverse=True)
        total = np.bincount(inverse, weights=sub.data, minlength=len(cols))
        expected = [c for _, c in sorted(zip((-total).tolist(), cols.tolist(), strict=True))][:TOP_WORDS]
        assert got[t] == expected


def test_a_stance_model_reused_on_many_propositions_gives_each_verdict_as_a_fresh_one():
    from debatekit.relate.stance import LexiconStance

    texts = [
        "The budget is not balanced. Taxes went up again.",
        "Housing is a crisis. The rents are too high.",
        "The budget is balanced and the housing plan has improved.",
        "Nobody said the taxes went down.",
    ]
    targets = ["The budget is balanced", "Housing has improved under Hale", "Taxes went down"]
    shared_model = LexiconStance("en")
    reused = [shared_model.predict(t, p) for p in targets for t in texts]
    fresh = [LexiconStance("en").predict(t, p) for p in targets for t in texts]
    assert reused == fresh
    assert ("against", 1.0) in reused  # the lexicon does vote on these texts
