"""The stored word diff (matches.diff) kept in the printed words: every step carries its stretch of each
statement's text, so the report shows it as printed, and the checks reading the words are unchanged."""

from __future__ import annotations

import pandas as pd
import pytest

from debatekit import schema
from debatekit.align import align_statements
from debatekit.align.normalize import surface_tokens, tokens
from debatekit.align.printed import token_cuts
from debatekit.check.matches import _changes
from debatekit.check.numbers import number_changes
from debatekit.report import views

STRETCH_KEYS = ("a_start", "a_end", "b_start", "b_end")

TEXTS = [
    "I've asked you twice, and I'll ask again: where is the money?",
    "“Rp 5,2 triliun,” katanya… lalu pergi.",
    "The ﬁnal café’s menu — e\u0301te\u0301 only (\u2018really\u2019).",
    "Ｆｕｌｌｗｉｄｔｈ words, won’t they?",
    "   leading space and trailing   ",
    "...",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_cuts_tile_the_printed_text_and_hold_each_word(text):
    toks, surface = surface_tokens(text)
    cuts = token_cuts(text, surface)
    assert cuts is not None
    assert len(cuts) == len(toks) + 1 or (not toks and cuts == [len(text)])
    assert cuts == sorted(cuts) and cuts[-1] == len(text)
    if toks:
        assert cuts[0] == 0
    # each stretch normalises to its own token(s): the words are where the cuts say
    for k, word in enumerate(surface):
        stretch = text[cuts[k] : cuts[k + 1]]
        if word:
            assert surface_tokens(stretch)[1][:1] == [word], (stretch, word)
        else:
            assert stretch == ""  # a contraction's later token has no letters of its own


def _st(rows):
    return schema.frame(
        schema.STATEMENT_COLUMNS,
        [
            {
                "statement_id": f"{art}:d{k}",
                "article_id": art,
                "outlet": f"Outlet {art}",
                "kind": "direct",
                "text": text,
                "speaker_id": "jane-doe",
            }
            for k, (art, text) in enumerate(rows)
        ],
    )


@pytest.fixture(scope="module")
def matched():
    st = _st(
        [
            ("a", "I've opened 1,200 affordable units since I took office, more than anyone before me."),
            ("b", "I have opened 1.500 affordable homes since I became mayor, more than anyone before me!"),
            ("a", "We're not going to defund anything. We're going to fund the streetlights and the parks."),
            ("b", "We are NOT trying to defund anything; we are going to fund the streetlights and parks,"),
        ]
    )
    matches = align_statements(st)[0]
    assert len(matches) == 2
    return st.set_index("statement_id")["text"].to_dict(), matches


def test_every_step_carries_its_stretch_of_both_printed_texts(matched):
    text, matches = matched
    for m in matches.to_dict("records"):
        ta, tb = text[m["statement_id_a"]], text[m["statement_id_b"]]
        for side, t in (("a", ta), ("b", tb)):
            # the stretches tile the text, in order, from its first character to its last
            pos = 0
            for op in m["diff"]:
                assert op[f"{side}_start"] == pos
                pos = op[f"{side}_end"]
                # the step's words (punctuation dropped) are the words of its stretch
                words = [w for w in surface_tokens(t[op[f"{side}_start"] : pos])[1] if w]
                assert " ".join(words) == op[side], (side, op)
            assert pos == len(t)
        # the tokens the relation was decided on are unchanged: the words of the stretches, in order
        assert [w for op in m["diff"] for w in tokens(ta[op["a_start"] : op["a_end"]])] == tokens(ta)


def test_the_words_the_checks_read_are_unchanged(matched):
    _, matches = matched
    # "1,200 affordable units" / "1.500 affordable homes"
    numbers = matches.set_index("statement_id_a").loc["a:d0"].to_dict()
    # the checks read op/a/b only: without the stretches they give the same answers
    bare = [{k: op[k] for k in ("op", "a", "b")} for op in numbers["diff"]]
    assert number_changes(numbers["diff"], "en") == number_changes(bare, "en") != []
    assert _changes(numbers["diff"]) == _changes(bare) != []


def test_report_shows_the_stored_diff_as_printed(matched):
    text, matches = matched
    m = matches.set_index("statement_id_a").loc["a:d2"].to_dict() | {"statement_id_a": "a:d2"}
    ta, tb = text[m["statement_id_a"]], text[m["statement_id_b"]]
    segs = views.diff_segments(m["diff"], text_a=ta, text_b=tb)
    shown = "".join(s["text"] for s in segs if s["op"] != "del")
    assert shown.split() == tb.split()  # version b exactly as printed: "NOT", ";", "parks,"
    assert {"op": "ins", "text": "NOT trying"} not in segs  # case is not a change: "not" is equal
    assert {"op": "ins", "text": "trying"} in segs and {"op": "del", "text": "going"} in segs
    back = views.diff_segments(m["diff"], reverse=True, text_a=ta, text_b=tb)
    assert "".join(s["text"] for s in back if s["op"] != "del").split() == ta.split()


def test_a_text_whose_words_cannot_be_placed_keeps_the_words():
    # a surface word the text does not hold (a hand-edited table): no cuts, the diff has the words only
    assert token_cuts("one two", ["one", "three"]) is None
    from debatekit.align import score

    ta, sa = surface_tokens("we build roads")
    tb, sb = surface_tokens("we built roads")
    ops = score.word_diff(sa, ta, sb, tb, None, None, token_cuts("we built roads", sb))
    assert [(op["a_start"], op["b_start"]) for op in ops] == [(None, 0), (None, 3), (None, 9)]
    segs = views.diff_segments(ops, text_a="we build roads", text_b="we built roads")
    assert [s["text"] for s in segs] == ["we ", "build", " ", "built", " roads"]


def test_parquet_schema_of_the_dask_backend_keeps_the_stretches(matched, tmp_path):
    pa = pytest.importorskip("pyarrow")
    pytest.importorskip("dask")
    from debatekit.scale import _arrow_schema

    _, matches = matched
    table = pa.Table.from_pandas(matches, schema=_arrow_schema(matches.iloc[:0]), preserve_index=False)
    back = table.to_pandas()
    assert [list(d) for d in back["diff"]] == [list(d) for d in matches["diff"]]
    assert pd.Series([op["a_end"] for op in back["diff"][0]]).tolist() == [
        op["a_end"] for op in matches["diff"][0]
    ]


def test_a_contraction_split_between_steps_is_shown_once():
    # "I've" is two tokens; here "i" is replaced and "have" is equal: the equal step prints nothing of b
    from debatekit.align import score

    a, b = "we have seen it", "I've not seen it"
    (ta, sa), (tb, sb) = surface_tokens(a), surface_tokens(b)
    ops = score.word_diff(sa, ta, sb, tb, None, token_cuts(a, sa), token_cuts(b, sb))
    assert [op["op"] for op in ops] == ["replace", "equal", "insert", "equal"]
    shown = views.diff_segments(ops, text_a=a, text_b=b)
    assert "".join(s["text"] for s in shown if s["op"] != "del").split() == ["I've", "not", "seen", "it"]
    back = views.diff_segments(ops, reverse=True, text_a=a, text_b=b)
    assert "".join(s["text"] for s in back if s["op"] != "del").split() == ["we", "have", "seen", "it"]
    assert {"op": "del", "text": "I've"} in back and {"op": "ins", "text": "we"} in back


BATCH_TEXTS = [
    *TEXTS,
    "We build, now.",
    "we BUILD now!",
    "  (Tax_cuts) 1,200 homes -- 3.5% -- done  ",
    "one",
    "x",
    'Say "no" twice; then: stop.',
]


def test_a_batch_gives_each_text_the_words_and_cut_points_it_gives_alone():
    from debatekit.align.printed import PrintedWords

    pw = PrintedWords(BATCH_TEXTS, range(len(BATCH_TEXTS)))
    for k, text in enumerate(BATCH_TEXTS):
        toks, surface = surface_tokens(text)
        assert pw.words(k) == (toks, surface), text
        assert pw.cuts(k) == token_cuts(text, surface), text
    # token strings: equal exactly when the token lists are equal, one character per token
    for x in range(len(BATCH_TEXTS)):
        assert len(pw.codes(x)) == len(pw.words(x)[0])
        for y in range(len(BATCH_TEXTS)):
            assert (pw.codes(x) == pw.codes(y)) == (pw.words(x)[0] == pw.words(y)[0])


def test_labelling_leaves_the_cycle_collector_as_it_found_it():
    import gc

    df = pd.DataFrame(
        {
            "statement_id": ["a:1", "b:1"],
            "article_id": ["a", "b"],
            "outlet": ["A", "B"],
            "kind": ["direct", "direct"],
            "text": [
                "We will cut the fuel subsidy by March next year.",
                "We will cut the fuel subsidy by March.",
            ],
            "speaker_id": ["x", "x"],
        }
    )
    was = gc.isenabled()
    try:
        gc.disable()
        assert len(align_statements(df)[0]) == 1
        assert not gc.isenabled()
        gc.enable()
        assert len(align_statements(df)[0]) == 1
        assert gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()


def test_steps_are_plain_dicts_in_the_stored_key_order(matched):
    # steps are built as compact (shared-key) dicts: to any reader they are the dict literal they replace
    import copy
    import json
    import pickle

    _, matches = matched
    keys = ["op", "a", "b", *STRETCH_KEYS]
    for diff in matches["diff"]:
        for op in diff:
            assert type(op) is dict and list(op) == keys
            plain = {k: op[k] for k in keys}
            assert op == plain and repr(op) == repr(plain) and json.dumps(op) == json.dumps(plain)
            assert pickle.loads(pickle.dumps(op)) == plain and copy.deepcopy(op) == plain
