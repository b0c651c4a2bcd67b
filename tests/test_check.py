"""Discrepancies: the seeds' date and arithmetic errors, and small constructed cases in both languages."""

from __future__ import annotations

import pandas as pd
import pytest
from test_align import gold_statements

import debatekit as dk
from debatekit import schema
from debatekit.align import align_statements
from debatekit.analysis import Analysis
from debatekit.check import find_discrepancies
from debatekit.check.dates import find_mentions
from debatekit.check.numbers import arithmetic_discrepancies, figures, parse_number


@pytest.fixture(scope="module")
def seeds_check(seeds_frame, seeds_gold) -> Analysis:
    """Seeds read and cleaned by debatekit, gold statements located in the cleaned text, aligned."""
    corpus = dk.read_corpus(seeds_frame)
    texts = dict(zip(corpus.articles["article_id"], corpus.articles["text"], strict=True))
    statements, _ = gold_statements(seeds_gold, texts)
    result = Analysis(articles=corpus.articles, statements=statements)
    result.matches, result.statement_groups, result.statements = align_statements(statements)
    return result


@pytest.fixture(scope="module")
def seeds_discrepancies(seeds_check) -> pd.DataFrame:
    return find_discrepancies(seeds_check)


def test_seed_date_row_gives_weekday_reasoning(seeds_discrepancies):
    dates = seeds_discrepancies[seeds_discrepancies.kind == "date"]
    assert len(dates) == 1
    row = dates.iloc[0]
    assert row["article_ids"] == ["000", "001"]
    assert "7/1" in row["detail"] and "7/11" in row["detail"]
    assert "7 January 2020 was a Tuesday" in row["detail"]
    assert "7 November 2020 was a Saturday" in row["detail"]


def test_seed_arithmetic_row(seeds_discrepancies):
    rows = seeds_discrepancies[seeds_discrepancies.kind == "arithmetic"]
    assert len(rows) == 1
    row = rows.iloc[0]
    assert row["article_ids"] == ["002"]
    assert "27.753" in row["detail"] and "27.763" in row["detail"]


def test_seed_wording_row_and_schema(seeds_discrepancies):
    d = seeds_discrepancies
    assert tuple(d.columns) == schema.DISCREPANCY_COLUMNS
    assert d["discrepancy_id"].is_unique
    wording = d[d.kind == "wording"]
    assert len(wording) == 1 and wording.iloc[0]["article_ids"] == ["000", "001"]
    assert "'tidak' vs 'belum'" in wording.iloc[0]["detail"]
    assert set(d.kind) <= {"date", "arithmetic", "wording", "omission"}


def test_deterministic(seeds_check, seeds_discrepancies):
    again = find_discrepancies(seeds_check)
    pd.testing.assert_frame_equal(again, seeds_discrepancies)


def test_year_from_weekday_when_article_has_no_date():
    text = "Kegiatan dibuka Rabu (10/3/2021). Sebelumnya, debat digelar pada Sabtu (7/11) di Medan."
    ms = find_mentions("x", text, "id", None)
    assert [m.text for m in ms] == ["Rabu (10/3/2021)", "Sabtu (7/11)"]
    assert not any(m.weekday_wrong for m in ms)
    assert str(ms[1].resolved) == "2020-11-07"  # 2021-11-07 is a Sunday; the weekday picks 2020


def test_english_weekday_and_dates():
    text = "The debate on Saturday, November 7, 2020 and the rally on Friday, 7 November."
    ms = find_mentions("e", text, "en", "2020-11-08")
    assert [(m.text, m.weekday_wrong) for m in ms] == [
        ("Saturday, November 7, 2020", False),
        ("Friday, 7 November", True),
    ]
    # without a published date the year of "7 November" is a guess: never called wrong
    assert not any(m.weekday_wrong for m in find_mentions("e", text, "en", None))


def test_identifiers_are_not_quantities():
    from debatekit.check.numbers import _placed_figures

    placed = _placed_figures("i", "Perppu Nomor 2 Tahun 2017 mengubah UU dengan anggaran Rp 5 miliar.", "id")
    assert [p.figure.text for p in placed] == ["Rp 5 miliar"]


def test_numbers_follow_the_language():
    assert parse_number("27.753", "id") == 27753
    assert parse_number("9,4", "id") == 9.4
    assert parse_number("27,753", "en") == 27753
    f = figures("Rp 8 triliun dan 56 persen", "id")
    assert [(x.value, x.unit) for x in f] == [(8e12, "rp"), (56.0, "%")]


def test_arithmetic_english_and_correct_totals():
    bad = "The city has 1,250 schools, consisting of 800 primary, 300 middle and 100 high schools."
    good = "The city has 1,200 schools, consisting of 800 primary, 300 middle and 100 high schools."
    rows = arithmetic_discrepancies("e", bad, "en")
    assert len(rows) == 1 and "1,200" in rows[0]["detail"]
    assert arithmetic_discrepancies("e", good, "en") == []
    ok_id = "Anggaran Rp 1,5 triliun terdiri atas Rp 900 miliar untuk jalan dan Rp 600 miliar untuk sekolah."
    assert arithmetic_discrepancies("i", ok_id, "id") == []


def _analysis(articles, statements):
    st = schema.frame(schema.STATEMENT_COLUMNS, statements)
    result = Analysis(articles=schema.frame(schema.ARTICLE_COLUMNS, articles), statements=st)
    result.matches, result.statement_groups, result.statements = align_statements(st)
    return result


def test_number_misattribution_and_omission_from_matches():
    q = "Kami akan membangun {} sekolah baru di seluruh kabupaten dengan anggaran Rp {} triliun tahun depan"
    arts = [
        {"article_id": "a", "text": "", "language": "id"},
        {"article_id": "b", "text": "", "language": "id"},
    ]
    sts = [
        {
            "statement_id": "a:d0",
            "article_id": "a",
            "kind": "direct",
            "text": q.format(120, 8),
            "speaker_id": "x",
            "speaker": "X",
            "start": 0,
            "end": 1,
        },
        {
            "statement_id": "b:d0",
            "article_id": "b",
            "kind": "direct",
            "text": q.format(120, 80),
            "speaker_id": "x",
            "speaker": "X",
            "start": 0,
            "end": 1,
        },
        {
            "statement_id": "a:d500",
            "article_id": "a",
            "kind": "direct",
            "text": "Jalan tol lingkar utara selesai dibangun pada akhir masa jabatan kami",
            "speaker_id": "x",
            "speaker": "X",
            "start": 500,
            "end": 560,
        },
        {
            "statement_id": "a:d900",
            "article_id": "a",
            "kind": "direct",
            "text": "Pasar tradisional di pusat kota direnovasi agar pedagang kembali berjualan dengan nyaman",
            "speaker_id": "y",
            "speaker": "Y",
            "start": 900,
            "end": 980,
        },
        {
            "statement_id": "b:d900",
            "article_id": "b",
            "kind": "direct",
            "text": "Pasar tradisional di pusat kota direnovasi agar pedagang kembali berjualan dengan nyaman",
            "speaker_id": "z",
            "speaker": "Z",
            "start": 900,
            "end": 980,
        },
    ]
    d = find_discrepancies(_analysis(arts, sts))
    kinds = d.groupby("kind")["statement_ids"].apply(list).to_dict()
    assert kinds["number"] == [["a:d0", "b:d0"]]
    assert "'8' vs '80'" in d[d.kind == "number"].iloc[0]["detail"]
    assert kinds["misattribution"] == [["a:d900", "b:d900"]]
    assert kinds["omission"] == [["a:d500"]]
    assert "date" not in kinds and "arithmetic" not in kinds


def test_empty_analysis():
    d = find_discrepancies(Analysis())
    assert d.empty and tuple(d.columns) == schema.DISCREPANCY_COLUMNS


def _example_discrepancies(name):
    from test_align import _example

    gold, corpus, statements, ids = _example(name)
    result = Analysis(articles=corpus.articles, statements=statements)
    result.matches, result.statement_groups, result.statements = align_statements(statements)
    return gold, find_discrepancies(result), ids


def _kinds(rows):
    return sorted((k, tuple(sorted(a))) for k, a in rows)


def test_example_id_every_planted_discrepancy_and_nothing_else():
    gold, d, _ = _example_discrepancies("debate_id")
    want = _kinds((g["kind"], g["docs"]) for g in gold["discrepancies"])
    got = _kinds(zip(d["kind"], d["article_ids"], strict=True))
    assert got == want


def test_example_en_planted_discrepancies():
    gold, d, ids = _example_discrepancies("debate_en")
    got = _kinds(zip(d["kind"], d["article_ids"], strict=True))
    missing = [k for k in _kinds((g["kind"], g["docs"]) for g in gold["discrepancies"]) if k not in got]
    assert missing == []
    wording = d[d.kind == "wording"].iloc[0]
    assert sorted(wording["statement_ids"]) == sorted([ids["en1-q3"], ids["en2-q1"]])
    # "That's" and "That is" are the same words once contractions are expanded
    assert "'simply not true' vs 'just false'" in wording["detail"]
    extra = sorted(set(got) - set(_kinds((g["kind"], g["docs"]) for g in gold["discrepancies"])))
    # en3-q5 (over two paragraphs) is not in the fixture, so its en1 version looks unique
    assert extra == [("omission", ("en1",))]
    number = d[d.kind == "number"].iloc[0]
    assert sorted(number["statement_ids"]) == sorted([ids["en1-q4"], ids["en4-i3"]])


def test_colon_total_and_guards():
    text = "The waitlist stands at 14,620 households: 9,310 families, 3,870 seniors and 1,460 people."
    assert "14,640" in arithmetic_discrepancies("e", text, "en")[0]["detail"]
    far = "The plan covers 2024: 3 districts, 25 wards and 400 streets."  # a year and unrelated counts
    assert arithmetic_discrepancies("e", far, "en") == []
    adds_up = "Sebanyak 1.200 personel gabungan, terdiri atas 800 personel Polri, 250 personel TNI, dan 150 personel."
    assert arithmetic_discrepancies("i", adds_up, "id") == []


def test_cross_outlet_figures_need_the_same_thing():
    from debatekit.check.numbers import figure_discrepancies

    arts = schema.frame(
        schema.ARTICLE_COLUMNS,
        [
            {
                "article_id": "a",
                "language": "id",
                "text": "Anggaran penanganan banjir Kota Sirangga dalam RPJMD mencapai Rp1,2 triliun. Gedung baru bernilai Rp 40 miliar.",
            },
            {
                "article_id": "b",
                "language": "id",
                "text": "Total anggaran penanganan banjir dalam RPJMD Kota Sirangga tercatat Rp 12 triliun. Jembatan dibangun dengan Rp 90 miliar.",
            },
            {
                "article_id": "c",
                "language": "id",
                "text": "Anggaran penanganan banjir Kota Sirangga dalam RPJMD mencapai Rp 5 triliun.",
            },
        ],
    )
    rows = figure_discrepancies(arts, {"a": ["a", "b"], "b": ["a", "b"]})
    assert [(r["article_ids"], r["detail"].split(",")[0]) for r in rows] == [(["a", "b"], "'Rp1")]
    assert "'Rp 12 triliun' in b" in rows[0]["detail"]


def _reported(a_text: str, b_text: str) -> Analysis:
    arts = pd.DataFrame(
        [
            {"article_id": "a", "outlet": "kabar", "published": "2024-03-06", "text": a_text},
            {"article_id": "b", "outlet": "warta", "published": "2024-03-06", "text": b_text},
        ]
    )
    return dk.analyze(arts, progress=False)


def test_two_reported_points_of_one_speaker_are_no_match_and_no_figure_flag():
    # own text: one official, one day, two outlets; each reports a different point in its own words
    res = _reported(
        "Jakarta - Penyeberangan di Selat Sunda kembali normal setelah cuaca membaik.\n"
        "Kepala Dinas Perhubungan Sari Wulandari mengatakan, kapal feri rute Merak menuju Lampung berangkat"
        " dari pelabuhan pada pukul 09.15 setelah pemeriksaan muatan kendaraan.\n"
        "Sari Wulandari menjelaskan, petugas menambah jadwal keberangkatan kapal tambahan untuk mengurai"
        " antrean kendaraan di pelabuhan.",
        "Jakarta - Antrean kendaraan di pelabuhan Merak mulai berkurang.\n"
        "Kepala Dinas Perhubungan Sari Wulandari menyatakan, kapal feri rute Merak menuju Lampung tiba di"
        " pelabuhan Bakauheni pada pukul 11.40 membawa tiga ratus penumpang dan kendaraan.\n"
        "Sari Wulandari menjelaskan, petugas menambah jadwal keberangkatan kapal tambahan untuk mengurai"
        " antrean panjang kendaraan di pelabuhan.",
    )
    assert set(res.statements.kind) == {"indirect"} and len(res.statements) == 4
    # the departure (09.15) and the arrival (11.40) are two points: only the shared one is a match
    assert res.matches.relation.tolist() == ["minor_edit"]
    assert "petugas menambah" in res.statements.set_index("statement_id").text[res.matches.statement_id_a[0]]
    assert find_discrepancies(res).empty


def test_one_reported_point_in_two_outlets_own_words_is_still_a_match():
    res = _reported(
        "Jakarta - Kepala Dinas Pekerjaan Umum Bayu Pratama mengatakan, pemerintah daerah akan membangun dua"
        " jembatan baru di kecamatan utara sebelum musim hujan tiba.",
        "Jakarta - Kepala Dinas Pekerjaan Umum Bayu Pratama menyatakan, pemda segera membangun dua jembatan"
        " baru untuk kecamatan utara menjelang musim hujan.",
    )
    assert res.matches.relation.tolist() == ["reworded"]


def test_times_and_days_are_not_figures_and_a_list_item_counts_its_own_noun():
    # own text: two outlets, one briefing; they differ only in a time, a date range and a swapped list
    briefing = (
        "Surabaya - Polisi mencatat pelanggaran selama pekan pertama pembatasan lalu lintas di kota itu.\n"
        "Kepala Bidang Humas Polda Rudi Hartono, Senin (4/3/2024), mengatakan pelanggaran itu terdiri dari"
        " 5.210 pelanggaran sepeda motor, {car} pelanggaran mobil pribadi, dan {truck} pelanggaran truk barang.\n"
        "Kapal patroli berangkat dari dermaga pukul {time} WIB menuju pulau terluar untuk pemeriksaan rutin"
        " petugas gabungan.\n"
        "Rapat evaluasi petugas gabungan digelar pada {day} Maret-{next} Maret di markas kepolisian daerah"
        " Surabaya."
    )
    a = briefing.format(car="1.980", truck="760", time="14.25", day=12, next=13)
    b = briefing.format(car="760", truck="1.980", time="14.40", day=13, next=14)
    flags = find_discrepancies(_reported(a, b))
    numbers = flags[flags.kind == "number"]
    assert len(numbers) == 1, numbers.detail.tolist()
    detail = numbers.detail.iloc[0]
    assert "'1 980' vs '760'" in detail  # the swapped counts, inside the matched statement
    assert all(x not in detail for x in ("'25'", "'40'", "'12'", "'13'"))
