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
