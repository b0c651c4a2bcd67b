"""Stem LCS of a labelling batch from its vocabulary equals the one from each statement's own stems."""

from __future__ import annotations

import itertools

from debatekit.align.normalize import tokens
from debatekit.align.printed import PrintedWords
from debatekit.align.score import StemLCS, _stem_lcs, lcs_len

TEXTS = [
    "The ferries need new engines before the storm season, the minister said.",
    "The ferry needs a new engine before the storm seasons, the ministers said.",
    "Pemerintah akan membangun 1.200 rumah untuk para nelayan di pesisir utara.",
    "Pemerintah sudah membangunkan 1.200 perumahan bagi nelayan di pesisir utara.",
    "Ferries ferry engines engine storm storms",  # no stopword: no language, stem LCS 0
    "I've said the ferries aren't ready, and they won't be.",  # contractions: the one-by-one path
]


def test_batch_stem_lcs_equals_per_statement_stems():
    pw = PrintedWords(TEXTS, range(len(TEXTS)))
    batch, plain = StemLCS(pw), StemLCS()
    got = {}
    for a, b in itertools.combinations(range(len(TEXTS)), 2):
        ta, tb = pw.words(a)[0], pw.words(b)[0]
        assert ta == tokens(TEXTS[a]) and tb == tokens(TEXTS[b])
        got[a, b] = batch(a, ta, b, tb)
        assert got[a, b] == plain(a, ta, b, tb) == _stem_lcs(ta, tb)
    # inflection differs, the stems agree: every word of the shorter (the printed words share 7)
    assert got[0, 1] == 12 and lcs_len(pw.words(0)[0], pw.words(1)[0]) == 7
    # text 4 has no stopword, text 0's make the pair English: its stems count
    assert got[0, 4] == _stem_lcs(pw.words(0)[0], pw.words(4)[0]) > 0
