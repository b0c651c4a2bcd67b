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


# --- issue 15: nothing lost, nothing silently ignored --------------------------------------------------


def test_latin1_names_survive_detection(tmp_path, good):
    """cp1252/latin-1 first when they decode cleanly and the text reads as a language pack's."""
    bad = tmp_path / "spanish_names.txt"
    bad.write_bytes("Judul\n\nJosé Peña berkata bahwa ia akan datang ke Medan.".encode("cp1252"))
    c = _read(good, bad)
    assert "José Peña" in c.articles.set_index("article_id").loc["spanish_names", "text"]
    row = _one_error(c, "encoding", "spanish_names.txt", fatal=False)
    assert "cp1252" in row["message"] and "encoding" in row["message"]


def test_encoding_can_be_forced(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes("Judul\n\nJosé Peña, Zoë.".encode("latin-1"))
    c = read_corpus(p, encoding="latin-1")
    assert "José Peña, Zoë." in c.articles["text"].iloc[0]
    assert c.errors.empty  # asked for, so no warning
    wrong = read_corpus(tmp_path / "latin.txt", encoding="utf-8")
    assert wrong.articles.empty
    assert "cannot be decoded as utf-8" in wrong.errors["message"].iloc[0]
    with pytest.raises(ValueError, match="no-such-codec"):
        read_corpus(p, encoding="no-such-codec")


def test_ragged_csv_row_is_one_error_with_its_line(tmp_path, good):
    bad = tmp_path / "ragged.csv"
    bad.write_text(
        'text,title\n"Satu.\nDua baris.",a\n"Tiga. Empat.",b,extra\n\n"Lima. Enam.",c\n', encoding="utf-8"
    )
    c = _read(good, bad)
    row = _one_error(c, "malformed", "ragged.csv")
    assert "line 4" in row["message"] and row["source"].endswith("ragged.csv:4")  # line 2-3 is one row
    assert {"ragged#0", "ragged#2"} <= set(c.articles["article_id"])  # numbering ignores the bad row
    assert "ragged#1" not in set(c.articles["article_id"])


def test_unclosed_csv_quote_keeps_the_rows_before(tmp_path, good):
    bad = tmp_path / "open.csv"
    bad.write_text('text,title\n"Satu. Dua.",a\n"Tiga,b\n"Empat.",c\n', encoding="utf-8")
    c = _read(good, bad)
    row = _one_error(c, "malformed", "open.csv")
    assert "line 3" in row["message"] and "quotation mark" in row["message"]
    assert "open#0" in set(c.articles["article_id"])


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("header_only.csv", "text,title\n", "no_records"),
        ("empty_list.json", "[]", "no_records"),
    ],
)
def test_files_without_records_are_named(tmp_path, good, name, content, problem):
    bad = tmp_path / name
    bad.write_text(content, encoding="utf-8")
    row = _one_error(_read(good, bad), problem, name)
    assert "no" in row["message"]


def test_every_file_of_a_folder_is_read_or_named(tmp_path):
    d = tmp_path / "in"
    (d / "real").mkdir(parents=True)
    (d / "real" / "a.txt").write_text(GOOD, encoding="utf-8")
    (d / "photo.png").write_bytes(b"\x89PNG")
    (d / "notes.md").write_text("notes", encoding="utf-8")
    (d / ".DS_Store").write_bytes(b"x")
    (d / "header.csv").write_text("text,outlet\n", encoding="utf-8")
    (d / "linked").symlink_to(d / "real", target_is_directory=True)
    c = read_corpus(d)
    assert list(c.articles["article_id"]) == ["a"]
    named = {
        src.rsplit("/", 1)[-1]: p for src, p in zip(c.errors["source"], c.errors["problem"], strict=True)
    }
    assert named == {
        "photo.png": "unsupported",
        "notes.md": "unsupported",
        ".DS_Store": "hidden",
        "header.csv": "no_records",
        "linked": "symlink",
    }
    assert c.errors["fatal"].all()
    assert all(m.startswith(s) for s, m in zip(c.errors["source"], c.errors["message"], strict=True))


def test_saved_analysis_inside_the_input_is_not_read(tmp_path):
    import debatekit as dk

    d = tmp_path / "in"
    d.mkdir()
    (d / "one.txt").write_text(GOOD, encoding="utf-8")
    (d / "two.txt").write_text(GOOD.replace("baik", "buruk"), encoding="utf-8")
    for _ in range(2):
        dk.analyze(d, progress=False).save(d / "out")
    c = read_corpus(d)
    assert sorted(c.articles["article_id"]) == ["one", "two"]
    row = c.errors[c.errors["problem"] == "own_output"].iloc[0]
    assert row["source"] == str(d / "out") and "articles.csv" in row["message"]
    # and by glob, and when the output folder is named as --out before it holds a manifest
    globbed = read_corpus(str(d / "**" / "*.csv"))
    assert globbed.articles.empty and set(globbed.errors["problem"]) == {"own_output"}
    (d / "fresh").mkdir()
    (d / "fresh" / "articles.csv").write_text("text\nx. y.\n", encoding="utf-8")
    assert sorted(read_corpus(d, exclude=[d / "fresh"]).articles["article_id"]) == ["one", "two"]


def test_folders_matched_by_a_glob_are_named(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    c = read_corpus(str(tmp_path / "*"))
    assert list(c.articles["article_id"]) == ["a"]
    assert c.errors[["problem", "fatal"]].values.tolist() == [["unsupported", True]]
    assert c.errors["source"].iloc[0].endswith("sub") and "folder" in c.errors["message"].iloc[0]


def test_unreadable_subfolder_is_named(tmp_path):
    import os

    if os.geteuid() == 0:
        pytest.skip("root reads every folder")
    (tmp_path / "locked").mkdir()
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "locked").chmod(0)
    try:
        c = read_corpus(tmp_path)
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert "unreadable" in set(c.errors["problem"])


def test_jsonl_line_null_is_named_not_dropped(tmp_path, good):
    """Found by the fuzz test: a line holding JSON null vanished without a word."""
    bad = tmp_path / "nulls.jsonl"
    bad.write_text('null\n{"text": "Satu. Dua."}\n', encoding="utf-8")
    c = _read(good, bad)
    row = _one_error(c, "malformed", "nulls.jsonl#0")
    assert "NoneType" in row["message"]
    assert "nulls#1" in set(c.articles["article_id"])
