"""Labelling matches in batches: the batch-wide token table, stems and checks give each pair what the
per-pair functions give it alone."""

from __future__ import annotations

import itertools

import pytest

from debatekit.align import score
from debatekit.align.normalize import tokens
from debatekit.align.printed import PrintedWords, sub_table

TEXTS = [
    "The ferries need new engines before the monsoon, the minister said.",
    "The ferry needs new engines before the monsoon, said the minister.",
    "Kapal feri membutuhkan mesin baru sebelum musim hujan, kata menteri.",
    "Kapal-kapal feri membutuhkan mesin yang baru sebelum musim hujan.",
    "I've asked you twice: where is the e-KTP money?",
    "I have asked you twice, where is the eKTP money?",
    "“Rp 5,2 triliun,” katanya… lalu pergi.",
    "We will cut the fuel subsidy by March next year.",
]


def test_the_token_table_holds_each_statements_tokens_in_order():
    pw = PrintedWords(TEXTS, range(len(TEXTS)))
    table = pw.table
    for k, text in enumerate(TEXTS):
        n = table.row[k]
        assert table.words[table.ids[table.bounds[n] : table.bounds[n + 1]]].tolist() == tokens(text)
    sub = sub_table(table, [6, 1])
    for k in (6, 1):
        n = sub.row[k]
        assert sub.words[sub.ids[sub.bounds[n] : sub.bounds[n + 1]]].tolist() == tokens(TEXTS[k])
    assert len(set(sub.words.tolist())) == len(sub.words) == len(set(tokens(TEXTS[6]) + tokens(TEXTS[1])))


def test_stem_lcs_from_a_token_table_is_the_lcs_of_the_stems_of_each_pair():
    pw = PrintedWords(TEXTS, range(len(TEXTS)))
    batched = score.StemLCS(sub_table(pw.table, [0, 1, 2, 3, 5]))  # 4, 6, 7 outside: per statement
    alone = score.StemLCS()
    for a, b in itertools.combinations(range(len(TEXTS)), 2):
        ta, tb = tokens(TEXTS[a]), tokens(TEXTS[b])
        want = score._stem_lcs(ta, tb)
        assert batched(a, ta, b, tb) == alone(a, ta, b, tb) == want, (a, b)
    # "ferries"/"ferry", "need"/"needs": the 8 words before "said", then "the minister"
    assert batched(0, tokens(TEXTS[0]), 1, tokens(TEXTS[1])) == 10


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("e ktp".split(), ["ektp"]),
        ("we build".split(), "web uild".split()),
        (["harbour"], ["harbor"]),
        ("the e ktp card".split(), "the ektp card".split()),
        ("a b".split(), "ab c".split()),
        ("x ab".split(), ["xab"]),
        ([], []),
        ([], ["a"]),
    ],
)
def test_spelling_variants_tell_joined_words_as_joining_them_does(a, b):
    joined_equal = "".join(a) == "".join(b)
    got = score.spelling_variants(a, b)
    if joined_equal:
        assert got == ([(" ".join(a), " ".join(b))] if a != b else [])
    else:
        assert got is None or len(a) == len(b)


def test_may_need_stems_is_false_only_where_relation_note_never_stems():
    calls = []
    for a, b in itertools.permutations(range(len(TEXTS)), 2):
        ta, tb = tokens(TEXTS[a]), tokens(TEXTS[b])
        lcs = score.lcs_len(ta, tb)
        called = []
        score.relation_note(ta, tb, "direct", "direct", True, None, lcs, lambda c=called: c.append(1) or 0)
        if called:
            assert score.may_need_stems(len(ta), len(tb), lcs), (a, b)
        calls.append(bool(called))
    assert any(calls) and not all(calls)
