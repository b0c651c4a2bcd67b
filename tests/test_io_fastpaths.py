"""The reader's fast paths give the answers of the slow paths they stand in front of."""

from __future__ import annotations

import random
import re

import pytest

from debatekit.io.clean import Line, _CueSet, _LineKeys, _norm, classify, fewest_parts, fold, literal_prefixes
from debatekit.io.metadata import (
    SAMPLE_WORDS,
    _sample_words,
    credit_outlet,
    dateparser_date,
    detect_language,
    fast_date,
)
from debatekit.lang import all_packs


def test_literal_prefixes_reads_groups_and_alternatives():
    assert literal_prefixes(r"^(read|see) (also|more)\s*:") == (
        "read also",
        "read more",
        "see also",
        "see more",
    )
    assert literal_prefixes(r"\b(photo|image)s?\s*:") == ("image", "photo")
    assert literal_prefixes(r"^copyright\b|^©") == ("copyright", "©")


def test_literal_prefixes_gives_up_where_a_match_may_start_without_a_literal():
    assert literal_prefixes(r"^\S*?\d+ views$") is None
    assert literal_prefixes(r"^(foo|\d+)") is None
    assert literal_prefixes(r"^x?yz") is None


def test_fold_keeps_length_and_folds_what_ignorecase_matches():
    for line in ["İklan hari ini", "ſhare", "\u212aompas", "Ünïcödé “quotes”"]:
        assert len(fold(line)) == len(line)
    assert fold("İklan").startswith("iklan")
    assert "share" in fold("ſhare")


def test_every_non_ascii_character_ignorecase_matches_to_a_letter_is_folded():
    letter = re.compile("[a-z]", re.I)
    for code in range(128, 0x110000):
        ch = chr(code)
        if letter.fullmatch(ch):
            assert fold(ch).isascii(), hex(code)


def _plain(patterns: list[str], line: str) -> bool:
    anchored = [p for p in patterns if p.startswith("^")]
    floating = [p for p in patterns if not p.startswith("^")]
    if anchored and re.match("|".join(f"(?:{p})" for p in anchored), line, re.I):
        return True
    return bool(
        floating and len(line) <= 400 and re.search("|".join(f"(?:{p})" for p in floating), line, re.I)
    )


CUE_LINES = [
    "ADVERTISEMENT",
    "İklan",
    "Baca Juga: Warga Menolak Rencana Itu",
    "Foto: Budi Santoso/Warta",
    "Petugas memeriksa dokumen di kantor, kata dia.",
    "(Photo by Jo Roe)",
    "Tags: budget, council",
    "1.234 views",
    "Sumut1005 x Dibaca",
    "The council met on Tuesday to discuss the budget, officials said.",
    "Ikuti kami di Google News",
    "© 2024 The Harwick Ledger",
    "TERPOPULER",
    "by Jane Roe",
]


@pytest.mark.parametrize("section", ["LINE_CUES", "CAPTION_CUES", "PANEL_HEADERS"])
def test_prefiltered_cue_set_answers_like_the_plain_regexes(section):
    patterns = [p for pack in all_packs() for p in getattr(pack.cleaning, section)]
    cues = _CueSet(patterns)
    for line in CUE_LINES:
        assert cues.search(line) == _plain(patterns, line), line


def test_the_set_of_all_cues_matches_where_one_section_does():
    from debatekit.io.clean import _cues

    *sections, any_cue, _share = _cues()
    assert len(sections) == 3
    hits = 0
    lines = [*CUE_LINES, "Petugas: kami menolak.", "Photo: the council", "Topik: Pemilu"]
    for line in lines:
        expected = any(cue.search(line) for cue in sections)
        assert any_cue.search(line) == expected, line
        hits += expected
    assert 3 <= hits < len(lines)  # both answers occur


def test_fast_date_reads_numeric_and_month_name_dates():
    assert fast_date("7/11/2020") == (True, "2020-11-07")
    assert fast_date("8/22/2020") == (True, "2020-08-22")  # month first when that is the only reading
    assert fast_date("31/2/2020") == (True, None)
    assert fast_date("7 November 2020") == (True, "2020-11-07")
    assert fast_date("Nov. 7, 2020") == (True, "2020-11-07")
    assert fast_date("7/11-2020") == (False, None)  # mixed separators: dateparser decides
    assert fast_date("7 November 2020 10.30") == (False, None)
    assert fast_date("12 Oktober 2024 22:47") == (True, "2024-10-12T22:47")
    assert fast_date("Oct. 17, 2024 at 10:42 PM") == (True, "2024-10-17T22:42")
    assert fast_date("7 November 2020 12:00 AM") == (True, "2020-11-07")  # midnight: the day alone
    assert fast_date("7 November 2020 13:00 PM") == (False, None)
    assert fast_date("31/2/2020 10:00") == (False, None)  # an invalid day: dateparser decides


def test_fast_date_agrees_with_dateparser():
    """dateparser's own answers on a sample of every shape the fast path reads."""
    dateparser = pytest.importorskip("dateparser")
    rng = random.Random(7)
    # Abbreviations the pack lists but dateparser does not know: there the pack's table decides.
    unknown_to_dateparser = {"ags", "agust"}
    months = sorted({m for p in all_packs() for m in p.dates.MONTHS} - unknown_to_dateparser)
    samples = []
    for _ in range(60):
        d, m, y = rng.randint(0, 35), rng.randint(0, 14), rng.choice([1999, 2020, 2024, 3131])
        samples.append(f"{d}{(sep := rng.choice('/.-'))}{m}{sep}{y}")
        mon = rng.choice(months)
        samples.append(f"{rng.randint(0, 33)} {mon.capitalize()}{rng.choice(['', '.'])} {y}")
        samples.append(f"{mon.upper()} {rng.randint(0, 33)}, {y}")
    words = sorted({w for p in all_packs() for w in p.dates.TIME_WORDS})
    for _ in range(150):  # a clock time after each shape
        day = rng.choice(samples[-180:])
        sep = rng.choice(["", ","]) + " " + rng.choice(["", f"{rng.choice(words)} "])
        hour, minute = rng.randint(0, 25), rng.choice([0, 5, 30, 59, 60])
        suffix = rng.choice(["", "", " AM", " PM", " pm"])
        samples.append(f"{day}{sep}{hour}:{minute:02d}{suffix}")
    assert dateparser is not None
    for s in samples:
        known, iso = fast_date(s)
        assert known or ":" in s, s  # an impossible day or time is left to dateparser
        if known:
            assert iso == dateparser_date(s), s


def test_detect_language_lowercases_safely_around_special_capitals():
    english = "The council said the budget was not ready and that the mayor would decide. " * 5
    assert detect_language(english) == "en"
    assert detect_language("İ " + english) == "en"


def test_line_keys_are_computed_for_every_line_that_shares_its_key():
    rng = random.Random(3)
    words = ["Rahmat", "said", "the", "budget", "İzmir", "rapat", "x_1", "2024"]
    punct = ["", ".", ",", " —", "!", "“", "”", " ...", "'"]
    texts = [
        "".join(rng.choice(punct) + rng.choice(words) + " " for _ in range(rng.randint(0, 6)))
        + rng.choice(punct)
        for _ in range(300)
    ]
    lines = [Line(t, 0) for t in texts if t.strip()]
    keys = _LineKeys(lines)
    full = [_norm(ln.text) for ln in lines]
    for i, key in enumerate(full):
        shares = key != "" and sum(k == key for k in full) > 1
        # every line sharing its key gets it; others may (same first and last word) or not
        assert keys.repeatable(i) == key if shares else keys.repeatable(i) in (None, key), lines[i]
        assert keys.get(i) == key


def test_repeated_line_and_headline_with_site_name_are_found_by_their_keys():
    texts = [
        "Council rejects the budget plan",
        "The council voted on Tuesday to reject the plan, the mayor said after the meeting.",
        "“We will not raise taxes this year,” the mayor told reporters on the steps of city hall.",
        "Council Rejects the Budget Plan | The Harwick Ledger",
        "We will not raise taxes this year, the mayor told reporters on the steps of city hall",
    ]
    removed, title = classify([Line(t, 0) for t in texts])
    assert title == 0
    assert removed == {3: "headline with site name", 4: "repeated line"}


def _regex_words(sample: str) -> list[str]:
    """The stopword sample as the plain regex reads it: the reference for the byte fast path."""
    word = re.compile(r"[^\W\d_]+")
    return [w.lower() for w in word.findall(sample)][:SAMPLE_WORDS]


@pytest.mark.parametrize(
    "sample",
    [
        "Presiden mengatakan “kita akan membangun” jalan — 2024, di desa.",  # quotes and a dash: bytes
        "The café owner said: naïve plans, Zoë Ngô and Đặng won’t help.",  # letters outside ASCII
        "KOTA—Kata ŞEHİR: 12 orang; ΣΟΦΙΑ said it's the end_of_it",  # İ, Σ, digits, underscore
        "x" * 10 + " the" * 500,  # more than SAMPLE_WORDS words
    ],
)
def test_sample_words_are_the_regex_words(sample):
    words, as_bytes = _sample_words(sample)
    got = [w.decode("ascii") for w in words] if as_bytes else words
    assert got == _regex_words(sample)


def test_sample_words_agree_with_the_regex_on_random_text():
    rng = random.Random(7)
    pieces = [
        "dan",
        "the",
        "Yang",
        "OF",
        "é",
        "ß",
        "İ",
        "ı",
        "Σ",
        "ς",
        "’",
        "—",
        "“",
        "_",
        "7",
        " ",
        " ",
        "\n",
        ".",
        "K",
    ]
    for _ in range(2000):
        sample = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 80)))
        words, as_bytes = _sample_words(sample)
        got = [w.decode("ascii") for w in words] if as_bytes else words
        assert got == _regex_words(sample), sample


def test_photo_credit_prefilter_keeps_every_credit():
    lines = [
        Line("Paragraf pertama tanpa kredit.", 0),
        Line("Ilustrasi. FOTO : Dimas Prasetyo/wartakota", 40),
    ]
    assert credit_outlet(lines) == "wartakota"
    # the credit word written with the Kelvin sign still matches case-insensitively, so it must pass too
    assert credit_outlet([Line("\u212aredit: Jo Roe/Harwick Ledger", 0)]) == "Harwick Ledger"
    assert credit_outlet([Line("Photo by Jo Roe/Harwick Ledger", 0)]) is None  # no cue: no colon


def test_fewest_parts_drops_exactly_the_parts_holding_another():
    rng = random.Random(7)
    for _ in range(500):
        parts = [
            "".join(rng.choice("ab") for _ in range(rng.randint(1, 5))) for _ in range(rng.randint(0, 12))
        ]
        for holds in (str.__contains__, str.startswith):
            found = set(parts)
            every_pair = tuple(sorted(x for x in found if not any(y != x and holds(x, y) for y in found)))
            assert fewest_parts(parts, holds) == every_pair, (parts, holds)


def test_cue_set_compiles_only_the_patterns_a_line_may_match():
    cues = _CueSet([r"^baca juga\s*:", r"^(read|see) also\b", r"\bfoto\s*:", r"^\d+ views$"])
    assert not cues.search("Pemerintah akan membangun jalan.")
    compiled = lambda: {rx.source for _own, rx in (*cues._parts[0][0], *cues._parts[1][0]) if rx._compiled}  # noqa: E731
    assert compiled() == set()  # no line held a prefix: only the pattern without one ran
    assert cues.search("Read also: the budget")
    assert compiled() == {r"^(read|see) also\b"}
    assert cues.search("12 views") and not cues.search("Foto kegiatan")
    assert compiled() == {r"^(read|see) also\b", r"\bfoto\s*:"}
