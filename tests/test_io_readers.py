"""Readers: each format, each kind of source, stable ids, DataFrame input untouched."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from debatekit import schema
from debatekit.io import Corpus, read_corpus

ARTICLE = (
    'Judul Debat Kota\n\nMedan (ANTARA) - Calon A berkata banyak hal. "Kami siap," kata A.\nBaca juga: Lain\n'
)


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "corpus"
    (d / "sub").mkdir(parents=True)
    _write(d / "a.txt", ARTICLE)
    _write(
        d / "b.html",
        "<html><head><title>Judul HTML</title><meta property='og:site_name' content='Warta Situs'></head><body>"
        "<nav>Beranda</nav><article><p>Jakarta (ANTARA) - Calon B berkata bahwa kota ini harus berubah "
        'dan semua warga wajib ikut serta dalam perubahan itu.</p><p>"Kita mulai hari ini," kata B.</p>'
        "</article></body></html>",
    )
    _write(
        d / "c.json",
        json.dumps([{"id": "x1", "text": "Teks satu. Kalimat."}, {"text": "Teks dua. Kalimat."}]),
    )
    _write(d / "sub" / "d.jsonl", json.dumps({"text": "Teks tiga. Kalimat.", "outlet": "Koran"}) + "\n")
    pd.DataFrame({"text": ["Teks empat. Kalimat."], "title": ["T4"]}).to_csv(d / "e.csv", index=False)
    _write(d / "notes.md", "ignored")
    return d


def test_folder_reads_every_format_in_path_order(folder):
    c = read_corpus(folder, progress=False)
    assert list(c.articles.columns) == list(schema.ARTICLE_COLUMNS)
    assert list(c.errors.columns) == list(schema.ERROR_COLUMNS)
    # the one file not read is named, with the reason
    assert c.errors[["problem", "fatal"]].values.tolist() == [["unsupported", True]]
    assert c.errors["source"].iloc[0].endswith("notes.md") and ".md" in c.errors["message"].iloc[0]
    assert list(c.articles["article_id"]) == ["a", "b", "x1", "c#1", "e#0", "d#0"]
    row = c.articles.set_index("article_id")
    assert row.loc["a", "outlet"] == "ANTARA" and row.loc["a", "title"] == "Judul Debat Kota"
    assert "Baca juga" not in row.loc["a", "text"] and "Baca juga" in row.loc["a", "raw_text"]
    assert row.loc["b", "outlet"] == "Warta Situs" and row.loc["b", "text"].startswith("Judul HTML\n")
    assert '"Kita mulai hari ini," kata B.' in row.loc["b", "text"] and "Beranda" not in row.loc["b", "text"]
    assert row.loc["d#0", "outlet"] == "Koran" and row.loc["e#0", "title"] == "T4"
    assert row.loc["c#1", "source"].endswith("c.json#1")


def test_file_glob_and_list(folder):
    one = read_corpus(folder / "a.txt")
    assert list(one.articles["article_id"]) == ["a"]
    globbed = read_corpus(str(folder / "*.json"))
    assert list(globbed.articles["article_id"]) == ["x1", "c#1"]
    listed = read_corpus([folder / "e.csv", str(folder / "a.txt")])
    assert list(listed.articles["article_id"]) == ["e#0", "a"]


def test_ids_stable_when_files_are_added(folder):
    before = read_corpus(folder).articles.set_index("source")["article_id"]
    _write(folder / "0first.txt", "Berita baru. Kalimat lain.")
    after = read_corpus(folder).articles.set_index("source")["article_id"]
    assert after.loc[before.index].equals(before)
    assert len(after) == len(before) + 1


def test_clashing_stems_use_relative_paths(tmp_path):
    for sub in ("x", "y"):
        (tmp_path / sub).mkdir()
        _write(tmp_path / sub / "same.txt", f"Isi {sub}. Kalimat.")
    assert list(read_corpus(tmp_path).articles["article_id"]) == ["x/same", "y/same"]


def test_dataframe_input_not_mutated_and_hash_ids():
    df = pd.DataFrame(
        {"text": ["Satu kalimat. Dua kalimat.", "Tiga kalimat. Empat."], "outlet": ["O1", None]}
    )
    copy = df.copy(deep=True)
    c = read_corpus(df)
    pd.testing.assert_frame_equal(df, copy)
    ids = list(c.articles["article_id"])
    assert len(ids[0]) == 12 and ids == list(read_corpus(df.iloc[::-1]).articles["article_id"])[::-1]
    assert c.articles.loc[0, "outlet"] == "O1" and c.articles.loc[0, "source"] == "<dataframe>"


def test_list_of_article_dicts_reads_as_their_frame_and_a_mixed_list_is_named():
    records = [
        {"article_id": "a1", "outlet": "O1", "text": "Satu kalimat. Dua kalimat."},
        {"article_id": "a2", "text": "Tiga kalimat. Empat."},
    ]
    copy = [dict(r) for r in records]
    c = read_corpus(records)
    pd.testing.assert_frame_equal(c.articles, read_corpus(pd.DataFrame(records)).articles)
    assert list(c.articles["article_id"]) == ["a1", "a2"] and records == copy
    with pytest.raises(TypeError, match="dict in a list of sources"):
        read_corpus(["some/folder", {"text": "Satu."}])


def test_dataframe_without_text_column_raises():
    with pytest.raises(ValueError, match="'text'"):
        read_corpus(pd.DataFrame({"body_x": ["a"]}))


def test_corpus_and_articles_frame_pass_through(folder):
    c = read_corpus(folder)
    again = read_corpus(c)
    assert (
        isinstance(again, Corpus) and again.articles.equals(c.articles) and again.articles is not c.articles
    )
    assert read_corpus(c.articles).articles.equals(c.articles)


def test_duplicate_ids_renamed_with_warning():
    c = read_corpus(pd.DataFrame({"article_id": ["k", "k"], "text": ["Satu. Dua.", "Tiga. Empat."]}))
    assert list(c.articles["article_id"]) == ["k", "k~2"]
    assert list(c.errors["problem"]) == ["duplicate_id"] and not c.errors["fatal"].any()


def test_corpus_to_raw_offset(folder):
    c = read_corpus(folder / "a.txt")
    row = c.articles.iloc[0]
    pos = row["text"].index("Kami siap")
    raw_pos = c.to_raw_offset("a", pos)
    assert row["raw_text"][raw_pos : raw_pos + 9] == "Kami siap"


def test_progress_bar_on_request(folder, capsys):
    read_corpus(folder, progress=True)
    assert "reading" in capsys.readouterr().err
    read_corpus(folder, progress=False)
    assert capsys.readouterr().err == ""


def test_html_stdlib_fallback_when_trafilatura_finds_nothing(tmp_path, monkeypatch):
    import trafilatura

    monkeypatch.setattr(trafilatura, "extract", lambda *a, **k: None)
    page = (
        "<html><head><title>Judul Cadangan</title></head><body><nav>Beranda Politik</nav>"
        "<script>var x = 1;</script><div><p>Medan (ANTARA) - Isi berita. Kalimat kedua.</p>"
        "<p>Baca juga: Lain</p></div><footer>Hak cipta</footer></body></html>"
    )
    _write(tmp_path / "p.html", page)
    row = read_corpus(tmp_path / "p.html").articles.iloc[0]
    assert row["text"] == "Judul Cadangan\nMedan (ANTARA) - Isi berita. Kalimat kedua."
    assert row["title"] == "Judul Cadangan" and row["outlet"] == "ANTARA"


def test_html_title_with_site_suffix_uses_page_headline():
    from debatekit.io.html import html_to_text

    page = (
        "<html><head><title>Judul Besar - Warta</title></head><body><article><h1>Judul Besar</h1>"
        "<p>Medan (Warta) - Isi berita yang cukup panjang untuk dianggap teks utama. Kalimat kedua di sini.</p>"
        "</article></body></html>"
    )
    text, meta = html_to_text(page)
    assert (
        meta["title"] == "Judul Besar" and text.startswith("Judul Besar\n") and text.count("Judul Besar") == 1
    )
