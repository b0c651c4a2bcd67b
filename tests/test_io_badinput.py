"""Bad input: each problem becomes an error row naming the file, and the other files still load."""

from __future__ import annotations

import pytest

from debatekit.io import read_corpus
from debatekit.schema import ARTICLE_COLUMNS

GOOD = "Judul\n\nJakarta (ANTARA) - Kalimat yang baik. Kalimat kedua.\n"


@pytest.fixture
def good(tmp_path):
    p = tmp_path / "good.txt"
    p.write_text(GOOD, encoding="utf-8")
    return p


def _read(good, bad, **kw):
    c = read_corpus([good, bad], **kw)
    assert "good" in set(c.articles["article_id"])
    return c


def _one_error(c, problem, name, fatal=True):
    rows = c.errors[c.errors["problem"] == problem]
    assert len(rows) == 1, c.errors.to_dict("records")
    row = rows.iloc[0]
    assert name in row["message"] and name in row["source"]
    assert bool(row["fatal"]) is fatal
    return row


def test_empty_file(tmp_path, good):
    bad = tmp_path / "empty.txt"
    bad.write_text("  \n", encoding="utf-8")
    _one_error(_read(good, bad), "empty", "empty.txt")


def test_binary_file(tmp_path, good):
    bad = tmp_path / "image.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\xff\xfe")
    _one_error(_read(good, bad), "binary", "image.txt")


def test_not_utf8_decoded_with_warning(tmp_path, good):
    bad = tmp_path / "latin.txt"
    bad.write_bytes(
        "Judul\n\nKalimat tentang café dan crème brûlée di Medan. Kalimat kedua.".encode("cp1252")
    )
    c = _read(good, bad)
    row = _one_error(c, "encoding", "latin.txt", fatal=False)
    assert "UTF-8" in row["message"]
    assert "café" in c.articles.set_index("article_id").loc["latin", "text"]


def test_malformed_json(tmp_path, good):
    bad = tmp_path / "broken.json"
    bad.write_text('[{"text": "a"', encoding="utf-8")
    _one_error(_read(good, bad), "malformed", "broken.json")


def test_malformed_jsonl_line_keeps_other_lines(tmp_path, good):
    bad = tmp_path / "mixed.jsonl"
    bad.write_text('{"text": "Satu. Dua."}\n{oops\n{"text": "Tiga. Empat."}\n', encoding="utf-8")
    c = _read(good, bad)
    row = _one_error(c, "malformed", "mixed.jsonl")
    assert "line 2" in row["message"]
    assert {"mixed#0", "mixed#2"} <= set(c.articles["article_id"])


def test_malformed_csv(tmp_path, good):
    bad = tmp_path / "broken.csv"
    bad.write_text('text,title\n"Satu. Dua.",a\n"Tiga,b,c,d\n', encoding="utf-8")
    _one_error(_read(good, bad), "malformed", "broken.csv")


def test_csv_without_text_column(tmp_path, good):
    bad = tmp_path / "notext.csv"
    bad.write_text("title,url\na,b\n", encoding="utf-8")
    row = _one_error(_read(good, bad), "no_text", "notext.csv")
    assert "'text'" in row["message"]


def test_json_record_without_text(tmp_path, good):
    bad = tmp_path / "recs.json"
    bad.write_text('[{"title": "no text"}, {"text": "Ada. Teks."}]', encoding="utf-8")
    c = _read(good, bad)
    _one_error(c, "no_text", "recs.json#0")
    assert "recs#1" in set(c.articles["article_id"])


def test_file_over_size_limit(tmp_path, good):
    bad = tmp_path / "huge.txt"
    bad.write_text("Kalimat. " * 200, encoding="utf-8")
    row = _one_error(_read(good, bad, max_bytes=1000), "too_large", "huge.txt")
    assert "1,000" in row["message"]


def test_missing_file_and_empty_glob(tmp_path, good):
    c = read_corpus([good, tmp_path / "nope.txt", str(tmp_path / "*.xml")])
    assert list(c.articles["article_id"]) == ["good"]
    assert list(c.errors["problem"]) == ["missing", "missing"]
    assert "nope.txt" in c.errors["message"].iloc[0]


def test_unsupported_file_named_directly(tmp_path, good):
    bad = tmp_path / "doc.pdf"
    bad.write_bytes(b"%PDF-1.4")
    _one_error(_read(good, bad), "unsupported", "doc.pdf")


def test_nothing_readable_gives_empty_articles_with_columns(tmp_path):
    c = read_corpus(tmp_path / "none.txt")
    assert c.articles.empty and tuple(c.articles.columns) == ARTICLE_COLUMNS and len(c.errors) == 1


def test_dataframe_row_without_text(good):
    import pandas as pd

    c = read_corpus(pd.DataFrame({"text": ["Ada teks. Dua.", None, "  "]}))
    assert len(c.articles) == 1
    assert list(c.errors["source"]) == ["<dataframe> row 1", "<dataframe> row 2"]
