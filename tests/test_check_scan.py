"""The check stage's fast scans give the matches of the plain regex scans they replace."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from debatekit.check.dates import _patterns, date_matches
from debatekit.check.numbers import arithmetic_discrepancies

PIECES = [
    "Senin",
    "SELASA",
    "rabu",
    "Kamis",
    "Jum'at",
    "Sabtu",
    "minggu",
    "Monday",
    "TUESDAY",
    "saturday",
    "Mei",
    "Oktober",
    "okt",
    "Jan",
    "januari",
    "March",
    "Nov.",
    "mar",
    "(",
    ")",
    "/",
    ",",
    ".",
    " ",
    "  ",
    "\n",
    "\u00a0",
    "12",
    "1",
    "7",
    "2024",
    "24",
    "/10",
    "(17/10/2024)",
    "merabu",
    "kemarin",
    "İ",
    "ſ",
    "\u212a",
    "x",
]


def plain(code: str, text: str) -> list[list[tuple[int, int, str]]]:
    return [[(m.start(), m.end(), m.group()) for m in p.finditer(text)] for p in _patterns(code)]


def fast(code: str, text: str) -> list[list[tuple[int, int, str]]]:
    return [[(m.start(), m.end(), m.group()) for m in ms] for ms in date_matches(code, text)]


def test_date_scan_finds_what_the_plain_scan_finds_on_written_text():
    text = (
        "Jakarta, Kamis (17/10/2024) - Debat digelar Sabtu, 12 Oktober 2024 di Medan. Pada SENIN 3 Mei"
        " lalu, dan 5  Januari 2023, serta (7/1). Rabu,14 okt 2024."
    )
    assert fast("id", text) == plain("id", text)
    assert sum(map(len, fast("id", text))) >= 4
    en = "On Saturday, November 7, 2020 and MONDAY (9 March) 2020, then 12 March 2021; tuesday 10/12."
    assert fast("en", en) == plain("en", en)
    assert sum(map(len, fast("en", en))) >= 4


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.sampled_from(["id", "en"]))
def test_date_scan_finds_what_the_plain_scan_finds(pieces, code):
    text = "".join(pieces)
    assert fast(code, text) == plain(code, text)


def test_arithmetic_found_with_a_cue_and_skipped_without():
    text = "Anggaran Rp 100 miliar terdiri dari Rp 50 miliar dan Rp 40 miliar untuk jalan."
    (row,) = arithmetic_discrepancies("a1", text, "id")
    assert "100 miliar" in row["detail"]
    assert arithmetic_discrepancies("a1", text.replace("terdiri dari", "dan juga"), "id") == []
    upper = text.replace("terdiri dari", "TERDIRI DARI")
    assert len(arithmetic_discrepancies("a1", upper, "id")) == 1
