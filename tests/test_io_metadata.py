"""Metadata: outlet, published date, title, language on the seeds and on general shapes."""

from __future__ import annotations

import pandas as pd
import pytest

import debatekit as dk
from debatekit.io.clean import clean_text
from debatekit.io.metadata import detect_language, find_outlet, find_published, normalise_date, parse_date


@pytest.fixture(scope="module")
def seed_articles(seeds_frame):
    return dk.read_corpus(seeds_frame).articles.set_index("article_id")


def test_seed_metadata_matches_gold(seed_articles, seeds_gold):
    for doc, d in seeds_gold["documents"].items():
        row = seed_articles.loc[doc]
        assert row["outlet"] == d["outlet"], doc
        assert row["language"] == d["language"], doc
        if d["published"]:
            assert str(row["published"]).startswith(d["published"]), doc


def test_no_event_date_taken_from_the_body(seed_articles):
    # 001 mentions "Rabu (10/3/2021)" in its second paragraph: an event, not the publication date
    assert seed_articles.loc["001", "published"] is None


def test_user_values_win(seeds_frame):
    df = seeds_frame.assign(outlet="Given Outlet", published="2021-01-02")
    arts = dk.read_corpus(df).articles
    assert set(arts["outlet"]) == {"Given Outlet"} and set(arts["published"]) == {"2021-01-02"}
    arts = dk.read_corpus(seeds_frame, outlet="Forced").articles
    assert set(arts["outlet"]) == {"Forced"}


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Judul\n\nJakarta (Reuters) - Kalimat pertama. Kalimat kedua.", "Reuters"),
        ("Surabaya, Kabarkota.co.id – Wali kota berkata demikian. Lalu pergi.", "Kabarkota.co.id"),
        ("Liputan6.com, Jakarta - Presiden berkata demikian. Lalu pergi.", "Liputan6.com"),
        ("Jakarta, CNN Indonesia -- Menteri berkata. Lalu pergi.", "CNN Indonesia"),
        ("Some text here.\nThe mayor spoke. Foto: Jane Roe/harianx\nMore text.", "harianx"),
        ("Just a sentence with no dateline. Another one.", None),
    ],
)
def test_outlet_rules(text, outlet):
    assert find_outlet(clean_text(text), text) == outlet


@pytest.mark.parametrize(
    ("s", "iso"),
    [
        ("7 November 2020 15:21 WIB", "2020-11-07T15:21"),
        ("Kamis, 09 Maret 2023 – 21:32 WIB", "2023-03-09T21:32"),
        ("13/12/2023, 06:08 WIB", "2023-12-13T06:08"),
        ("November 7, 2020", "2020-11-07"),
        ("5 Agustus 2019", "2019-08-05"),
    ],
)
def test_parse_date(s, iso):
    assert parse_date(s) == iso


def test_published_only_from_the_top():
    text = "Judul Berita\n13/12/2023, 06:08 WIB\nIsi berita yang panjang sekali. Kalimat lain."
    assert find_published(clean_text(text)) == "2023-12-13T06:08"
    deep = "Judul Berita\nIsi pertama. Kalimat.\n" + "Paragraf. Lagi.\n" * 8 + "7 November 2020\n"
    assert find_published(clean_text(deep)) is None


def test_normalise_given_dates():
    assert normalise_date("2020-11-07T15:21:00+07:00") == "2020-11-07T15:21"
    assert normalise_date("7 November 2020") == "2020-11-07"
    assert normalise_date(None) is None and normalise_date(float("nan")) is None


def test_detect_language():
    assert (
        detect_language("Wali kota mengatakan bahwa dia akan datang ke acara itu dengan para warga.") == "id"
    )
    assert (
        detect_language("The mayor said that he would not attend the debate with the other candidates.")
        == "en"
    )
    assert detect_language("Wali Kota Medan") == "id"  # too few stopwords: py3langid decides
    assert detect_language("", default="id") == "id"


def test_capitals_domain_takes_the_page_spelling():
    text = "Judul\n\nKOTAKABAR.COM, MEDAN - Isi berita. Kalimat.\nFoto: Ani/KotaKabar.com\n"
    assert find_outlet(clean_text(text), text) == "KotaKabar.com"
    text = "Judul\n\nMedan (ANTARA) - Isi berita. Kalimat.\nFoto: Antara/Ani\n"
    assert find_outlet(clean_text(text), text) == "ANTARA"


def test_headline_with_site_suffix_on_the_first_line():
    text = "Calon A Serang Calon B soal Banjir - Kabar Kota\n\nMedan, Kabar Kota -- Isi berita. Kalimat.\n"
    c = dk.read_corpus(pd.DataFrame({"text": [text]})).articles.iloc[0]
    assert c["title"] == "Calon A Serang Calon B soal Banjir" and c["outlet"] == "Kabar Kota"
    # a dash inside a headline is not a site suffix when the tail does not recur in the page
    text = "Debat Jokowi - Prabowo Memanas\n\nIsi berita soal Prabowo. Kalimat Prabowo.\n"
    assert (
        dk.read_corpus(pd.DataFrame({"text": [text]})).articles.iloc[0]["title"]
        == "Debat Jokowi - Prabowo Memanas"
    )


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        ("© 2024 The Harwick Ledger", "The Harwick Ledger"),
        ("Copyright © 2024 kabarku.id. All Rights Reserved.", "kabarku.id"),
        ("COPYRIGHT © WARTAKITA 2024", "WARTAKITA"),
    ],
)
def test_outlet_from_copyright_line(footer, outlet):
    text = f"Judul Berita\n\nIsi berita tanpa dateline. Kalimat kedua.\n{footer}\n"
    assert find_outlet(clean_text(text), text) == outlet


def test_outlet_from_credit_after_caption_text():
    text = "Judul\n\nIsi. Dua.\nPhoto: The mayor, left. Credit: Owen Pike/The Harwick Ledger\n"
    assert find_outlet(clean_text(text), text) == "The Harwick Ledger"
    text = "Judul\n\nIsi. Dua.\nWali kota di Medan. Foto: Antara/HO-Diskominfo Kota Medan\n"
    assert find_outlet(clean_text(text), text) is None  # a handout credit names no outlet


def test_lead_sentence_date_needs_a_weekday():
    text = "Judul\n\nSirangga, Kabarkita.id – Debat digelar Sabtu (12/10/2024) malam. Kalimat kedua.\n"
    assert find_published(clean_text(text)) == "2024-10-12"
    text = "Judul\n\nJakarta, Kabarkita.id – Pilkada dijadwalkan 27 Juni 2018 di 38 provinsi. Kalimat.\n"
    assert find_published(clean_text(text)) is None
