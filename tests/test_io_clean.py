"""Cleaner: gold boilerplate gone, gold statements kept verbatim, offsets map back to the raw text."""

from __future__ import annotations

import json

import pytest

import debatekit as dk
from debatekit.io import clean_text, to_raw_offset
from debatekit.io.clean import line_spans


@pytest.fixture(scope="module")
def seed_articles(seeds_frame):
    return dk.read_corpus(seeds_frame).articles.set_index("article_id")


def test_gold_boilerplate_removed(seed_articles, seeds_gold):
    left = [
        (doc, line)
        for doc, lines in seeds_gold["boilerplate"].items()
        for line in lines
        if line in seed_articles.loc[doc, "text"]
    ]
    assert left == []


def test_gold_statements_kept_verbatim(seed_articles, seeds_gold):
    items = seeds_gold["quotes"] + seeds_gold["indirect_statements"]
    lost = [g["id"] for g in items if g["text"] not in seed_articles.loc[g["doc"], "text"]]
    assert lost == []
    assert len(items) > 20


def test_headline_first_and_dateline_kept(seed_articles):
    text = seed_articles.loc["004", "text"]
    assert text.split("\n")[0] == seed_articles.loc["004", "title"]
    assert "\nsumut.jpnn.com, MEDAN - Wali Kota Medan" in text
    assert seed_articles.loc["002", "text"].startswith("Medan (ANTARA) - ")


def test_captions_and_widgets_gone_sentences_stay(seed_articles):
    text = seed_articles.loc["000", "text"]
    assert "Foto:" not in text and "zoom-in" not in text and "\ncomment\n" not in text
    assert "Cawalkot Medan nomor urut 2, Bobby Nasution, menyinggung" in text
    assert "\n\n" not in text  # paragraphs are separated by a single line break


def test_every_kept_line_maps_back_to_raw(seed_articles):
    for _, row in seed_articles.iterrows():
        text, raw = row["text"], row["raw_text"]
        pos = 0
        for line in text.split("\n"):
            start = to_raw_offset(row, pos)
            assert raw[start : start + len(line)] == line
            pos += len(line) + 1
        assert to_raw_offset((text, raw), len(text)) <= len(raw)


def test_offset_of_a_quote_maps_to_the_same_quote_in_raw(seed_articles, seeds_gold):
    q = seeds_gold["quotes"][0]
    row = seed_articles.loc[q["doc"]]
    start = row["text"].index(q["text"])
    raw_start = to_raw_offset(row, start)
    assert row["raw_text"][raw_start : raw_start + len(q["text"])] == q["text"]


def test_clean_text_spans_and_reasons():
    raw = "Judul Berita Ini\n\nADVERTISEMENT\nKalimat pertama artikel. Kalimat kedua.\nBaca juga: Hal lain\n"
    c = clean_text(raw)
    assert c.text == "Judul Berita Ini\nKalimat pertama artikel. Kalimat kedua."
    assert c.title == "Judul Berita Ini"
    for clean_start, raw_start, length in c.spans:
        assert c.text[clean_start : clean_start + length] == raw[raw_start : raw_start + length]
    assert sorted(c.removed.values()) == ["cue", "cue"]


def test_repeated_line_kept_once():
    raw = "Satu kalimat yang berulang di halaman.\nLain lagi di sini.\nSatu kalimat yang berulang di halaman."
    assert clean_text(raw).text.count("Satu kalimat") == 1


def test_link_panel_after_heading_removed():
    raw = (
        "Kalimat pembuka artikel ini panjang.\nArtikel Terkait\nJudul Tautan Pertama\nJudul Tautan Kedua\n"
        "Kalimat penutup artikel yang sebenarnya."
    )
    assert (
        clean_text(raw).text
        == "Kalimat pembuka artikel ini panjang.\nKalimat penutup artikel yang sebenarnya."
    )


def test_english_debris():
    raw = "Mayor Rejects Tax Plan\nShare\nADVERTISEMENT\nThe mayor said no. (Photo by Jane Roe/Agency)\nThe mayor said no.\n1,234 views\nLeave a Reply\nYour email address will not be published."
    assert clean_text(raw).text == "Mayor Rejects Tax Plan\nThe mayor said no."


def test_indosum_cleaning_removes_almost_nothing(shared_dir):
    path = shared_dir / "corpora" / "indosum_political" / "articles.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()[:150]]
    n_lines = n_removed = 0
    for r in rows:
        c = clean_text(r["text"])
        n_lines += len(c.lines)
        n_removed += len(c.removed)
        # no removed line is a long sentence-bearing paragraph unless a cue named it
        for i, why in c.removed.items():
            assert why in ("cue", "caption", "repeated line") or len(c.lines[i].text) < 80, c.lines[i].text
    assert n_removed / n_lines < 0.03


@pytest.mark.parametrize(
    "line",
    [
        "Dapatkan update berita pilihan setiap hari dari Situs.com. Mari bergabung di Grup Telegram kami.",
        "Artikel ini telah tayang di Situs.com dengan judul sama.",
        "Laporan Wartawan Situs.com, Ani",
        "Saksikan Video Pilihan di Bawah Ini:",
        "SCROLL TO RESUME CONTENT",
        "Penulis: Ani | Editor: Budi",
        "By Jane Roe",
        "(abc/def)",
        "icon-x-twitter",
        "Share: Facebook | X | WhatsApp | Salin",
        "Sabtu, 12 Oktober 2024 – 23:40 WIB",
        "November 8, 2024 at 9:15 a.m. EST",
    ],
)
def test_debris_line_shapes(line):
    raw = f"Judul Berita\nKalimat pertama artikel. Kedua.\n{line}\nKalimat terakhir artikel. Lagi."
    assert line not in clean_text(raw).text


@pytest.mark.parametrize(
    "line",
    [
        "Bahasan UMKM saat Debat",  # a subheading
        "Oleh karena itu, kami akan terus bekerja untuk warga.",
        '"Kami siap," kata dia.',
        "By the end of the year the city had built 14 basins.",
    ],
)
def test_text_line_shapes_kept(line):
    raw = f"Judul Berita\nKalimat pertama artikel. Kedua.\n{line}\nKalimat terakhir artikel. Lagi."
    assert line in clean_text(raw).text


def test_offsets_skip_a_removed_line_that_contains_the_kept_one():
    raw = "Judul\nWarga antre. Foto: Ani/Koran\nWarga antre.\nLain. Lagi."
    c = clean_text(raw)
    assert c.text == "Judul\nWarga antre.\nLain. Lagi."
    pos = c.text.index("Warga")
    assert to_raw_offset((c.text, raw), pos) == raw.index("\nWarga antre.\n") + 1
    assert c.spans == line_spans(c.text, raw)


def test_link_panel_headline_with_question_mark_removed():
    raw = "Judul Berita\nIsi berita. Dua.\nRelated Coverage\nWho Is Jane Roe? The Nurse Running for Mayor\nAkhir. Lagi."
    assert clean_text(raw).text == "Judul Berita\nIsi berita. Dua.\nAkhir. Lagi."


def test_short_repeated_answers_kept():
    raw = 'Judul\n"Apakah Anda maju?"\n"Ya."\n"Bersama partai?"\n"Ya."\nAkhir. Lagi.'
    assert clean_text(raw).text.count('"Ya."') == 2
