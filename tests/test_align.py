"""Cross-outlet alignment on the seeds (gold statements as input) and on small constructed cases."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from debatekit import schema
from debatekit.align import align_statements, align_transcript


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def gold_statements(
    seeds_gold: dict, texts: dict[str, str], strict: bool = True
) -> tuple[pd.DataFrame, dict[str, str]]:
    """Statement rows for every gold quote and indirect statement, located in ``texts`` by str.find.

    Returns the frame and a map gold id -> statement_id. With ``strict=False`` items whose text is not
    found verbatim (a quote running over two paragraphs) are left out.
    """
    rows, ids = [], {}
    for item in seeds_gold["quotes"] + seeds_gold["indirect_statements"]:
        text = texts[item["doc"]]
        start = text.find(item["text"])
        if start < 0 and not strict:
            continue
        assert start >= 0, item["id"]
        kind = "direct" if item in seeds_gold["quotes"] else "indirect"
        sid = f"{item['doc']}:{kind[0]}{start}"
        ids[item["id"]] = sid
        rows.append(
            {
                "statement_id": sid,
                "article_id": item["doc"],
                "outlet": seeds_gold["documents"][item["doc"]]["outlet"],
                "kind": kind,
                "text": item["text"],
                "speaker_id": slug(item["speaker"]),
                "speaker": item["speaker"],
                "start": start,
                "end": start + len(item["text"]),
            }
        )
    return schema.frame(schema.STATEMENT_COLUMNS, rows), ids


@pytest.fixture(scope="module")
def seeds_texts(shared_dir, seeds_gold) -> dict[str, str]:
    return {
        k: (shared_dir / "seeds" / d["file"]).read_text(encoding="utf-8")
        for k, d in seeds_gold["documents"].items()
    }


@pytest.fixture(scope="module")
def gold_frame(seeds_gold, seeds_texts):
    return gold_statements(seeds_gold, seeds_texts)


@pytest.fixture(scope="module")
def aligned(gold_frame):
    return align_statements(gold_frame[0])


def _pairs(matches: pd.DataFrame) -> dict[frozenset, str]:
    return {frozenset((r.statement_id_a, r.statement_id_b)): r.relation for r in matches.itertuples()}


def test_seed_gold_matches_found_with_gold_relation(seeds_gold, gold_frame, aligned):
    _, ids = gold_frame
    pairs = _pairs(aligned[0])
    for gm in seeds_gold["matches"]:
        assert pairs.get(frozenset((ids[gm["a"]], ids[gm["b"]]))) == gm["relation"], gm


def test_seed_unmatched_quotes_match_nothing(seeds_gold, gold_frame, aligned):
    _, ids = gold_frame
    matched = {s for p in _pairs(aligned[0]) for s in p}
    assert not [g for g in seeds_gold["unmatched_quotes"] if ids[g] in matched]
    assert len(aligned[0]) == len(seeds_gold["matches"])


def test_match_columns_and_diff(aligned):
    matches, groups, statements = aligned
    assert tuple(matches.columns) == schema.MATCH_COLUMNS
    assert tuple(groups.columns) == schema.STATEMENT_GROUP_COLUMNS
    assert (matches["article_id_a"] != matches["article_id_b"]).all()
    assert (matches["statement_id_a"] < matches["statement_id_b"]).all()
    reworded = matches[matches.relation == "reworded"].iloc[0]
    ops = {op["op"] for op in reworded["diff"]}
    assert {"equal", "replace"} <= ops
    assert any(op["a"] == "tidak" and op["b"] == "belum" for op in reworded["diff"])
    verbatim = matches[matches.relation == "verbatim"]
    assert all(op["op"] == "equal" for d in verbatim["diff"] for op in d)


def test_groups_are_components(seeds_gold, gold_frame, aligned):
    _, ids = gold_frame
    matches, groups, statements = aligned
    # 000-q1, 001-q2 and 001-q3 form one group of three
    g = statements.set_index("statement_id")["group_id"]
    assert g[ids["000-q1"]] == g[ids["001-q2"]] == g[ids["001-q3"]] is not None
    assert g[ids["000-q2"]] is None
    assert sorted(groups["n_statements"]) == [2, 2, 2, 2, 3]
    assert groups["group_id"].is_unique


def test_deterministic_and_input_untouched(gold_frame, aligned):
    frame, _ = gold_frame
    before = frame.copy()
    shuffled = frame.sample(frac=1.0, random_state=7)
    m2, g2, s2 = align_statements(shuffled)
    pd.testing.assert_frame_equal(frame, before)
    assert "group_id" in frame.columns and frame["group_id"].isna().all()
    pd.testing.assert_frame_equal(m2, aligned[0])
    pd.testing.assert_frame_equal(g2, aligned[1])
    assert (
        s2.set_index("statement_id")["group_id"].to_dict()
        == aligned[2].set_index("statement_id")["group_id"].to_dict()
    )


def test_without_speakers_gold_pairs_still_found(seeds_gold, gold_frame):
    frame, ids = gold_frame
    anon = frame.assign(speaker_id=None, speaker=None)
    pairs = _pairs(align_statements(anon)[0])
    for gm in seeds_gold["matches"]:
        assert pairs.get(frozenset((ids[gm["a"]], ids[gm["b"]]))) == gm["relation"]


def _st(rows):
    out = []
    for k, (art, kind, text, spk) in enumerate(rows):
        out.append(
            {
                "statement_id": f"{art}:{kind[0]}{k}",
                "article_id": art,
                "outlet": art,
                "kind": kind,
                "text": text,
                "speaker_id": spk,
                "speaker": spk,
                "start": k,
                "end": k + len(text),
            }
        )
    return schema.frame(schema.STATEMENT_COLUMNS, out)


QUOTE = (
    "We will rebuild every flooded school in the northern districts before the rainy season. "
    "The money is already in the budget and the contractors have signed."
)


def test_same_words_other_speaker_is_misattributed():
    st = _st(
        [("a", "direct", QUOTE, "jane-doe"), ("b", "direct", QUOTE.replace("The money", "Money"), "john-roe")]
    )
    m = align_statements(st)[0]
    assert m["relation"].tolist() == ["misattributed"]


def test_truncated_quote_is_partial_and_split_quote_matches_both_halves():
    first, second = QUOTE.split(". ", 1)
    st = _st(
        [
            ("a", "direct", QUOTE, "jane-doe"),
            ("b", "direct", first, "jane-doe"),
            ("c", "direct", first, "jane-doe"),
            ("c", "direct", second, "jane-doe"),
        ]
    )
    m = align_statements(st)[0]
    rel = {(r.statement_id_a, r.statement_id_b): r.relation for r in m.itertuples()}
    assert rel == {
        ("a:d0", "b:d1"): "partial",
        ("a:d0", "c:d2"): "partial",
        ("a:d0", "c:d3"): "partial",
        ("b:d1", "c:d2"): "verbatim",
    }


def test_same_topic_different_utterance_not_matched():
    st = _st(
        [
            (
                "a",
                "direct",
                "Flooded schools in the northern districts need help from the budget now.",
                "jane-doe",
            ),
            ("b", "direct", QUOTE, "jane-doe"),
        ]
    )
    assert align_statements(st)[0].empty


REPLY_A = "Nonsense. We've paved 340 kilometres of road since the election, more than anyone before us,"
REPLY_B = "That is wrong. We have repaired over 340 kilometres of road since I was elected,"


def test_same_speaker_shared_figure_lowers_the_bar():
    # a reworded reply keeps the figure and a few words: matched when one known speaker says both
    m = align_statements(_st([("a", "direct", REPLY_A, "jane-doe"), ("b", "direct", REPLY_B, "jane-doe")]))[0]
    assert m["relation"].tolist() == ["reworded"]
    # the same words given to two people, or to nobody known, are not enough
    assert align_statements(
        _st([("a", "direct", REPLY_A, "jane-doe"), ("b", "direct", REPLY_B, "john-roe")])
    )[0].empty
    assert align_statements(_st([("a", "direct", REPLY_A, None), ("b", "direct", REPLY_B, None)]))[0].empty
    # one speaker, same topic, another figure: two statements
    other = REPLY_B.replace("340", "120")
    assert align_statements(_st([("a", "direct", REPLY_A, "jane-doe"), ("b", "direct", other, "jane-doe")]))[
        0
    ].empty


def test_number_inside_a_name_is_not_a_shared_figure():
    a = "The COVID-19 pandemic slowed every road project in the province this year,"
    b = "Road projects stalled under COVID-19 while the budget waited,"
    assert align_statements(_st([("a", "direct", a, "jane-doe"), ("b", "direct", b, "jane-doe")]))[0].empty


def test_distinctive_figures():
    from debatekit.align.normalize import distinctive_figures

    assert distinctive_figures("opened 1,200 units") == distinctive_figures("membuka 1.200 unit") == {"1200"}
    assert distinctive_figures("COVID-19 in 2021 on Route 66, 3 times, 10-20 days") == frozenset()
    assert distinctive_figures("$48 million and 12 34") == {"48", "12", "34"}


def test_contractions_expanded_and_diff_shows_them_as_printed():
    from debatekit.align import score
    from debatekit.align.normalize import surface_tokens, tokens

    assert tokens("I've said it: we can’t, and the city's plan won't") == (
        "i have said it we can not and the city s plan will not".split()
    )
    st = _st(
        [
            ("a", "direct", "I've asked you to look at the work, and I'll finish it,", "jane-doe"),
            ("b", "direct", "I have asked you to look at the work and I will finish the job,", "jane-doe"),
        ]
    )
    m = align_statements(st)[0]
    assert m["relation"].tolist() == ["minor_edit"]
    ta, sa = surface_tokens("I've won")
    assert (ta, sa) == (["i", "have", "won"], ["I've", "", "won"])
    tb, sb = surface_tokens("I have lost")
    assert score.word_diff(sa, ta, sb, tb) == [
        {"op": "equal", "a": "I've", "b": "I have"},
        {"op": "replace", "a": "won", "b": "lost"},
    ]


def test_empty_input():
    m, g, s = align_statements(schema.frame(schema.STATEMENT_COLUMNS))
    assert m.empty and g.empty and s.empty and tuple(m.columns) == schema.MATCH_COLUMNS


# --- transcript ---


def _turns(rows):
    return schema.frame(
        schema.TURN_COLUMNS,
        [{"turn_id": f"tr:t{k}", "speaker": s, "text": t} for k, (s, t) in enumerate(rows)],
    )


SPEAKERS = schema.frame(
    schema.SPEAKER_COLUMNS,
    [
        {"speaker_id": "jane-doe", "name": "Jane Doe", "aliases": ["Jane", "Doe"]},
        {"speaker_id": "john-roe", "name": "John Roe", "aliases": ["John", "Roe"]},
    ],
)


def test_transcript_asr_typos_stay_verbatim_and_other_speaker_is_misattributed():
    turns = _turns(
        [
            ("MODERATOR", "Thank you. Mrs Doe, your answer on the floods please."),
            (
                "JANE DOE",
                "Good evening. We will rebuild every flooded scool in the nothern districts before the "
                "rainy season. The money is already in the budget and the contracters have signed. Thank you.",
            ),
            ("JOHN ROE", "That is not true. There is no money for schools in this budget at all."),
        ]
    )
    st = _st(
        [
            ("a", "direct", QUOTE, "jane-doe"),
            ("b", "direct", "There is no money for schools in this budget at all.", "jane-doe"),
            ("c", "indirect", "there was no money for schools in the budget", "john-roe"),
            ("d", "direct", "We must plant a million trees along the river banks this year.", "jane-doe"),
        ]
    )
    out = align_transcript(st, turns, SPEAKERS)
    got = out.set_index("statement_id")[["turn_id", "transcript_relation"]].to_dict("index")
    assert got["a:d0"] == {"turn_id": "tr:t1", "transcript_relation": "verbatim"}
    assert got["b:d1"] == {"turn_id": "tr:t2", "transcript_relation": "misattributed"}
    assert got["c:i2"] == {"turn_id": "tr:t2", "transcript_relation": "indirect_vs_direct"}
    assert got["d:d3"]["turn_id"] is None
    assert st["turn_id"].isna().all()  # input untouched


# --- examples (fictional corpora with planted variants) and the full pipeline ---

# Planted pairs the aligner does not reach (none left: the reworded en1/en2 reply and en3's report of it
# share one speaker and the figure 1,200, which lowers the bar).
UNREACHED: set[frozenset] = set()


def _example(name: str):
    import json

    from conftest import EXAMPLES

    import debatekit as dk

    gold = json.loads((EXAMPLES / name / "gold.json").read_text(encoding="utf-8"))
    rows = [
        {"article_id": k, "text": (EXAMPLES / name / "articles" / d["file"]).read_text(encoding="utf-8")}
        for k, d in gold["documents"].items()
    ]
    corpus = dk.read_corpus(pd.DataFrame(rows))
    texts = dict(zip(corpus.articles["article_id"], corpus.articles["text"], strict=True))
    statements, ids = gold_statements(gold, texts, strict=False)
    return gold, corpus, statements, ids


@pytest.mark.parametrize("name", ["debate_id", "debate_en"])
def test_examples_planted_matches(name):
    gold, _, statements, ids = _example(name)
    inv = {v: k for k, v in ids.items()}
    matches = align_statements(statements)[0]
    pairs = {
        frozenset((inv[r.statement_id_a], inv[r.statement_id_b])): r.relation for r in matches.itertuples()
    }
    for gm in gold["matches"]:
        key = frozenset((gm["a"], gm["b"]))
        if key in UNREACHED or not key <= set(ids):
            continue
        assert pairs.pop(key, None) == gm["relation"], gm
    assert not pairs, pairs  # nothing matched that the gold does not plant
    matched = {s for p in _pairs(matches) for s in p}
    assert not [q for q in gold["unmatched_quotes"] if ids.get(q) in matched]


@pytest.mark.parametrize("name", ["debate_id", "debate_en"])
def test_examples_transcript(name):
    from conftest import EXAMPLES

    import debatekit as dk

    gold, _, statements, ids = _example(name)
    turns = dk.read_transcript(EXAMPLES / name / gold["transcript"]["file"])
    speakers = schema.frame(
        schema.SPEAKER_COLUMNS,
        [{"speaker_id": slug(n), "name": n, "aliases": a} for n, a in gold["speakers"].items()],
    )
    out = align_transcript(statements, turns, speakers).set_index("statement_id")
    right, listed = 0, 0
    for al in gold["transcript"]["alignments"]:
        if al["quote"] not in ids:
            continue
        listed += 1
        if "turn" in al:
            want = turns["turn_id"].iloc[al["turn"] - 1]
        else:
            h, m, s = al["start"].split(":")
            t = int(h) * 3600 + int(m) * 60 + float(s)
            want = turns[(turns.start_time <= t + 0.01) & (turns.end_time > t)]["turn_id"].iloc[0]
        row = out.loc[ids[al["quote"]]]
        right += want in str(row["turn_id"]).split(";") and row["transcript_relation"] == al["relation"]
    # en2-q1 is the one miss: reworded with four words in common with what was said
    assert right >= listed - (1 if name == "debate_en" else 0)
    said_elsewhere = [q["id"] for q in gold["quotes"] if q["id"] in ids]
    said_elsewhere = [
        q for q in said_elsewhere if q not in {a["quote"] for a in gold["transcript"]["alignments"]}
    ]
    assert out.loc[[ids[q] for q in said_elsewhere], "turn_id"].isna().all()


def test_seeds_through_analyze(seeds_analysis, seeds_gold):
    """The real pipeline: extracted statements, then alignment; gold items located by word overlap."""
    st = seeds_analysis.statements

    def f1(a: str, b: str) -> float:
        from collections import Counter

        ta, tb = Counter(re.findall(r"\w+", a.lower())), Counter(re.findall(r"\w+", b.lower()))
        common = sum((ta & tb).values())
        return 0.0 if not common else 2 * common / (sum(ta.values()) + sum(tb.values()))

    sid = {}
    for item in seeds_gold["quotes"] + seeds_gold["indirect_statements"]:
        cand = st[st.article_id == item["doc"]]
        scores = [(f1(t, item["text"]), s) for t, s in zip(cand["text"], cand["statement_id"], strict=True)]
        if scores and max(scores)[0] >= 0.4:
            sid[item["id"]] = max(scores)[1]
    pairs = _pairs(seeds_analysis.matches)
    for gm in seeds_gold["matches"]:
        assert pairs.get(frozenset((sid[gm["a"]], sid[gm["b"]]))) == gm["relation"], gm
    matched = {s for p in pairs for s in p}
    assert not [q for q in seeds_gold["unmatched_quotes"] if sid.get(q) in matched]
    grouped = seeds_analysis.statements.dropna(subset=["group_id"])
    assert set(grouped["statement_id"]) == matched


def test_missing_columns_named():
    with pytest.raises(ValueError, match="text"):
        align_statements(pd.DataFrame({"statement_id": ["a:d0"], "article_id": ["a"]}))


def _relations(rows) -> list[str]:
    return align_statements(_st(rows))[0]["relation"].tolist()


def test_contiguous_part_is_partial_before_minor_edit():
    long = "We will repave the ring road before the rains and open two new bus depots in the north this year"
    part = "We will repave the ring road before the rains and open two new bus depots"
    assert _relations([("a", "direct", long, "x"), ("b", "direct", part, "x")]) == ["partial"]
    # one word dropped inside is an edit, not a part
    edited = "We will repave the ring road before the rains and open two bus depots in the north this year"
    assert _relations([("a", "direct", long, "x"), ("b", "direct", edited, "x")]) == ["minor_edit"]


def test_spelling_variant_is_verbatim_with_a_note():
    a = "The harbour authority will publish every contract signed since the election"
    b = "The harbor authority will publish every contract signed since the election"
    m = align_statements(_st([("a", "direct", a, "x"), ("b", "direct", b, "x")]))[0]
    assert m["relation"].tolist() == ["verbatim"]
    assert m["note"].iloc[0] == "spelling: 'harbour' vs 'harbor'"
    # a changed figure is never a spelling variant
    c = "The harbour authority will publish every contract signed since the 2019 election"
    d = "The harbour authority will publish every contract signed since the 2018 election"
    assert _relations([("a", "direct", c, "x"), ("b", "direct", d, "x")]) == ["minor_edit"]


def test_one_person_under_two_ids_is_not_misattributed_two_people_are():
    from debatekit.align.statements import same_person

    assert same_person("elena-marsh", "marsh") and same_person(None, "marsh")
    assert not same_person("margaret-hale", "thomas-hale")
    q = "Nobody in this chamber has seen a business case for the new cruise terminal at the harbour"
    assert _relations([("a", "direct", q, "elena-marsh"), ("b", "direct", q, "marsh")]) == ["verbatim"]
    assert _relations([("a", "direct", q, "margaret-hale"), ("b", "direct", q, "thomas-hale")]) == [
        "misattributed"
    ]


def test_split_quote_pairs_with_each_sentence_and_stems_join_inflections():
    long = (
        "This budget puts families first and keeps property taxes flat. We are not asking anyone to pay "
        "more. We are asking the harbour to pay its own way."
    )
    rows = [
        ("a", "direct", long, "marsh"),
        ("b", "direct", "We are asking the harbor to pay its own way.", "marsh"),
        ("c", "direct", "We are not asking anyone to pay more,", "elena-marsh"),
    ]
    m = align_statements(_st(rows))[0]
    pairs = {(r.statement_id_a[0], r.statement_id_b[0]): r.relation for r in m.itertuples()}
    assert pairs == {("a", "b"): "partial", ("a", "c"): "partial"}
    # "ferries need" / "ferry needs": a short quote of one speaker, same words up to inflection
    rows = [
        ("a", "direct", "The ferries need new engines and new crews,", "marsh"),
        ("b", "direct", "The ferry needs new engines and crews,", "marsh"),
    ]
    assert _relations(rows) == ["minor_edit"]
    # ... but not when two different people say it
    rows[1] = ("b", "direct", "The ferry needs new engines and crews,", "ben-tran")
    assert _relations(rows) == []


def test_short_quote_of_one_speaker_matches_and_of_another_does_not():
    rows = [
        ("a", "direct", "A reckless gamble,", "okafor"),
        ("b", "direct", "a reckless gamble", "david-okafor"),
    ]
    assert _relations(rows) == ["verbatim"]
    rows = [("a", "direct", "A reckless gamble,", "okafor"), ("b", "direct", "a reckless gamble", "ben-tran")]
    assert _relations(rows) == []


def test_encode_texts_gives_the_codes_of_encode_on_content_tokens():
    # the batched tokeniser and the word-by-word one must agree, joinable texts or not
    from debatekit.align import blocking, score
    from debatekit.align.normalize import content, tokens

    texts = [
        "Tax cuts now, said the minister.",
        "I've said the tax cuts will create 200 jobs.",
        "Pemerintah menyampaikan bahwa pajak akan turun pada 2024.",
        "",
        "Straße ﬁnance: the TAX cuts, 200 jobs",
        "Presiden disampaikan pajak turun.",
    ]
    fast = blocking.encode_texts(texts, batch=2)
    slow = blocking.encode(content(tokens(t)) for t in texts)
    assert fast.codes.tolist() == slow.codes.tolist()
    assert fast.offsets.tolist() == slow.offsets.tolist()
    assert fast.df.tolist() == slow.df.tolist()
    assert fast.numeric is not None and slow.numeric is not None
    assert fast.numeric.tolist() == slow.numeric.tolist()
    # the stems read from the codes give the LCS that stemming the texts again gives
    a, b = pd.Series([0, 1, 2, 5]).to_numpy(), pd.Series([1, 4, 5, 2]).to_numpy()
    from_codes = score.Scorer(fast, texts=texts)._stem_strings(a, b)
    from_texts = score.Scorer(slow, texts=texts)._stem_strings(a, b)
    assert (
        score.shared_words_pairs(*from_codes[:2]).tolist()
        == score.shared_words_pairs(*from_texts[:2]).tolist()
    )
    assert (
        from_codes[2].tolist() == from_texts[2].tolist() and from_codes[3].tolist() == from_texts[3].tolist()
    )


def test_sorted_token_strings_are_each_statements_characters_in_order():
    # the any-order (multiset) count reads these: each must be the sorted in-order string, statement by
    # statement, with words seen once left out and the corpus stopword cut applied
    from debatekit.align import blocking, score

    lists = [
        ["tax", "cut", "now", "jobs", "tax"],
        ["jobs", "now", "tax", "roads"],
        [],
        ["roads", "jobs", "cut", "cut", "bridge"],
        ["now", "tax", "jobs"],
    ]
    enc = blocking.encode(lists)
    for max_df in (None, 3):
        plain, plain_len = score.token_strings(enc, max_df)
        ordered, ordered_len = score.token_strings(enc, max_df, sort=True)
        assert ordered == ["".join(sorted(s)) for s in plain]
        assert ordered_len.tolist() == plain_len.tolist()
    plain = score.token_strings(enc)[0]
    assert [len(s) for s in plain] == [5, 4, 0, 4, 3]  # "bridge" is in one statement only
    pair = pd.Series([0]).to_numpy(), pd.Series([1]).to_numpy()
    assert score.shared_words(score.token_strings(enc, sort=True)[0], *pair).tolist() == [3]  # tax now jobs


def test_encode_texts_whole_ascii_chunks_and_a_printed_separator_keep_the_codes_of_encode():
    # ASCII chunks skip the per-text check; a contraction text printing the batch separator puts it in the
    # vocabulary, which must not end a text of a later batch
    from debatekit.align import blocking
    from debatekit.align.normalize import BATCH_SEPARATOR, content, tokens

    texts = [
        "Tax cuts now, said the minister.",
        "the tax cuts",
        "jobs and 200 new roads",
        f"I've written {BATCH_SEPARATOR} here",
        "roads first",
        f"we said {BATCH_SEPARATOR} twice",
        "Straße ﬁnance for roads",
        "new tax, new roads",
        "cuts",
    ]
    for batch in (1, 2, 3, 4, 100):
        fast = blocking.encode_texts(texts, batch=batch)
        slow = blocking.encode(content(tokens(t)) for t in texts)
        assert fast.codes.tolist() == slow.codes.tolist(), batch
        assert fast.offsets.tolist() == slow.offsets.tolist(), batch
        assert fast.df.tolist() == slow.df.tolist(), batch
        assert [fast.words[c] for c in fast.codes.tolist()] == [w for t in texts for w in content(tokens(t))]


def test_encode_texts_hashed_words_keep_the_codes_of_encode_even_on_hash_collisions(monkeypatch):
    # words of more than 8 ASCII characters, or with other characters, are known by a hash: with a hash
    # that is only the sum of the code points, anagrams ("pemerintahan" / "nahatniremep") collide, and
    # the batch must go through strings and give the same codes
    from debatekit.align import blocking
    from debatekit.align.normalize import content, tokens

    texts = [
        "Pemerintahan menyampaikan anggaran pembangunan.",
        "nahatniremep naikapmaynem anggaran",
        "Straße für Bürgerinnen und Bürger, Straße",
        "pembangunan pemerintahan straße 2024",
        "Ünïcödé wörds ﬁnance and environmentalists",
        "tsilatnemnorivne environmentalists",
    ]
    slow = blocking.encode(content(tokens(t)) for t in texts)
    for base in (blocking._HASH_BASE, 1):
        monkeypatch.setattr(blocking, "_HASH_BASE", base)
        monkeypatch.setattr(blocking, "_HASH_INVERSE", pow(base, -1, 1 << 64))
        for batch in (1, 2, 100):
            fast = blocking.encode_texts(texts, batch=batch)
            assert fast.codes.tolist() == slow.codes.tolist(), (base, batch)
            assert fast.offsets.tolist() == slow.offsets.tolist(), (base, batch)
            assert fast.df.tolist() == slow.df.tolist(), (base, batch)
            assert fast.words == list(dict.fromkeys(w for t in texts for w in content(tokens(t))))


def test_candidate_pairs_are_the_brute_force_pairs_at_every_row_block(monkeypatch):
    # each pair is counted once, from the upper triangle of the block its first statement is in
    from collections import Counter

    import numpy as np

    from debatekit.align import blocking

    lists = [
        ["tax", "cut", "now", "jobs"],
        ["tax", "cut", "now"],
        ["roads", "north", "tax", "cut"],
        ["roads", "north", "bridge"],
        ["jobs", "now", "tax", "cut", "now"],
        ["tax", "cut"],
        ["roads", "north", "bridge", "jobs"],
    ]
    groups = np.array([0, 1, 2, 3, 4, 4, 5])
    enc = blocking.encode(lists)
    df = Counter(w for ws in lists for w in set(ws))
    keys = [blocking.feature_keys(ws) for ws in lists]
    posted = [[k for k in ks if all(df[w] >= 2 for w in k.split(blocking.SEP)[1:])] for ks in keys]
    size = Counter(k for ks in posted for k in ks)
    bar = [max(min(len(ks), blocking.MIN_FEATURES), 1) for ks in keys]
    expected = []
    for a in range(len(lists)):
        for b in range(a + 1, len(lists)):
            ca, cb = Counter(posted[a]), Counter(posted[b])
            w = sum(
                ca[k] * cb[k] * (2 if size[k] <= blocking.STRONG_DF else 1)
                for k in ca
                if 2 <= size[k] <= blocking.DF_CAP
            )
            if groups[a] != groups[b] and w >= min(bar[a], bar[b]):
                expected.append((a, b))
    assert expected  # the case must have pairs to find
    packs = blocking._packs
    for packed in (True, False):  # one sort of packed keys, or hashing when the keys would not fit
        monkeypatch.setattr(blocking, "_packs", packs if packed else lambda high, low: None)
        for block in (1, 2, 3, 100):
            monkeypatch.setattr(blocking, "ROW_BLOCK", block)
            i, j = blocking.candidate_pairs(enc, groups)
            assert list(zip(i.tolist(), j.tolist(), strict=True)) == expected, (packed, block)


def test_packed_keys_fit_in_63_bits_or_are_refused():
    from debatekit.align import blocking

    assert blocking._packs(1, 2) == 1
    assert blocking._packs(5, 1000) == 10  # 999 needs 10 bits
    assert blocking._packs((1 << 53) - 1, 1 << 10) == 10
    assert blocking._packs(1 << 53, 1 << 10) is None  # 54 + 10 bits


def test_statement_groups_list_members_in_order_and_known_values_once():
    import numpy as np

    from debatekit.align.statements import statement_groups

    sids = np.array(["a1", "a2", "b1", "b2", "c1"])
    arts = np.array(["a", "a", "b", "b", "c"])
    outlets = np.array(["Daily", None, float("nan"), "Daily", "Post"], dtype=object)
    speakers = np.array(["s-1", 7, None, "s-2", "s-1"], dtype=object)
    groups, group_of = statement_groups(
        sids, arts, outlets, speakers, np.array([2, 0, 1]), np.array([4, 2, 3])
    )
    rows = {g["statement_ids"][0]: g for g in groups.to_dict("records")}
    assert rows["a1"]["statement_ids"] == ["a1", "b1", "c1"]
    assert rows["a1"]["article_ids"] == ["a", "b", "c"]
    assert rows["a1"]["outlets"] == ["Daily", "Post"]
    assert rows["a1"]["speaker_ids"] == ["s-1"]
    assert rows["a2"]["statement_ids"] == ["a2", "b2"]
    assert rows["a2"]["outlets"] == ["Daily"]
    assert rows["a2"]["speaker_ids"] == ["7", "s-2"]
    assert [rows[k]["n_statements"] for k in ("a1", "a2")] == [3, 2]
    assert group_of.tolist() == [rows["a1"]["group_id"], rows["a2"]["group_id"]] * 2 + [
        rows["a1"]["group_id"]
    ]
    assert groups["group_id"].is_monotonic_increasing


@pytest.mark.parametrize("scipy_from", [0, 1 << 20])
def test_sort_segments_sorts_each_segment_alone_by_scipy_and_by_one_sort(monkeypatch, scipy_from):
    # the SciPy path only runs from a million values (corpus scale): forced here on small input
    import numpy as np

    from debatekit import arrays

    monkeypatch.setattr(arrays, "SPARSE_SORT_MIN", scipy_from)
    rng = np.random.default_rng(0)
    for dtype in (np.int64, np.uint32):
        lens = rng.integers(0, 6, 200)  # empty segments among them
        offsets = np.r_[0, np.cumsum(lens)].astype(np.int64)
        values = rng.integers(0, 2**31 - 1, int(offsets[-1])).astype(dtype)
        values[::7] = values[1::7][: len(values[::7])]  # repeated values within a segment stay
        before = values.copy()
        got = arrays.sort_segments(values, offsets)
        want = [sorted(values[a:b].tolist()) for a, b in zip(offsets[:-1], offsets[1:], strict=True)]
        assert [got[a:b].tolist() for a, b in zip(offsets[:-1], offsets[1:], strict=True)] == want
        assert got.dtype == values.dtype and values.tolist() == before.tolist()


def test_speaker_codes_of_string_ids_are_those_of_the_generic_path(monkeypatch):
    # string ids take a per-distinct-id path; every other input the per-statement one: they must agree
    from debatekit.align import statements

    ids = ["marsh", "elena-marsh", None, "hale", "margaret-hale", "thomas-hale", "Marsh", float("nan"), "ø"]
    ids = ids * 3 + ["elena-marsh", "joko widodo", "widodo", pd.NA]
    fast = statements.speaker_codes(ids).tolist()
    monkeypatch.setattr(pd.api.types, "infer_dtype", lambda *a, **k: "mixed")
    assert statements.speaker_codes(ids).tolist() == fast
    code = dict(zip(ids, fast, strict=True))
    assert code["marsh"] == code["Marsh"] == code["elena-marsh"] and code["widodo"] == code["joko widodo"]
    assert len({code["hale"], code["margaret-hale"], code["thomas-hale"]}) == 3  # two people named hale
    assert [c for s, c in zip(ids, fast, strict=True) if s is None or s is pd.NA or s != s] == [-1] * 7
