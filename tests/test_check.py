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
    ms = find_mentions(
        "e", "The debate on Saturday, November 7, 2020 and the rally on Friday, 7 November.", "en", None
    )
    assert [(m.text, m.weekday_wrong) for m in ms] == [
        ("Saturday, November 7, 2020", False),
        ("Friday, 7 November", True),
    ]


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
