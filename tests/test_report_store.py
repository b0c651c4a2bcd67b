"""save/load round trip: every table equal after reload, list columns restored, graph restored."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from report_sample import sample_analysis

import debatekit as dk
from debatekit import schema
from debatekit.analysis import Analysis

EXPECTED_FILES = [
    "articles",
    "statements",
    "speakers",
    "matches",
    "discrepancies",
    "rebuttals",
    "stances",
]


def _assert_same(a: Analysis, b: Analysis) -> None:
    for name in Analysis.table_names():
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), obj=name)
    assert sorted(a.graph.nodes(data=True)) == sorted(b.graph.nodes(data=True))
    assert sorted(a.graph.edges(keys=True, data=True)) == sorted(b.graph.edges(keys=True, data=True))


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_round_trip_restores_tables_lists_and_graph(tmp_path, fmt):
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    original = sample_analysis()
    out = original.save(tmp_path / "out", format=fmt)
    for name in EXPECTED_FILES:
        assert (out / f"{name}.{fmt}").is_file(), name
    for name in ("graph.graphml", "graph.json", "report.html", "debatekit.json"):
        assert (out / name).is_file(), name
    reloaded = dk.load(out)
    _assert_same(original, reloaded)
    # list columns come back as Python lists, not JSON text
    assert reloaded.speakers.loc[0, "aliases"] == ["Rudi", "Rudi Hartono", "Wali Kota"]
    assert reloaded.matches.loc[0, "diff"][1] == {"op": "replace", "a": "punya", "b": "ada namanya"}
    # ids that look like numbers stay text
    assert list(reloaded.articles["article_id"]) == ["001", "002"]


def test_csv_is_readable_by_people(tmp_path):
    out = sample_analysis().save(tmp_path)
    raw = pd.read_csv(out / "speakers.csv")
    assert json.loads(raw.loc[0, "aliases"]) == ["Rudi", "Rudi Hartono", "Wali Kota"]
    assert list(raw.columns) == list(schema.SPEAKER_COLUMNS)


def test_empty_and_none_strings_stay_apart(tmp_path):
    a = sample_analysis()
    a.statements = a.statements.copy()
    a.statements["cue"] = ["", None, "kata"]
    a.articles = a.articles.copy()
    a.articles["title"] = ["", "Judul"]
    b = dk.load(a.save(tmp_path))
    _assert_same(a, b)
    cues = list(b.statements["cue"])
    assert cues[0] == "" and pd.isna(cues[1]) and cues[2] == "kata"
    assert list(b.articles["title"]) == ["", "Judul"]


def test_empty_analysis_round_trips(tmp_path):
    empty = Analysis()
    _assert_same(empty, dk.load(empty.save(tmp_path)))
    assert "debatekit report" in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_load_names_the_folder_when_not_an_analysis(tmp_path):
    with pytest.raises(FileNotFoundError, match=str(tmp_path)):
        dk.load(tmp_path)


def test_unknown_format_is_refused(tmp_path):
    with pytest.raises(ValueError, match="csv"):
        sample_analysis().save(tmp_path, format="xlsx")


def test_graphml_holds_list_attributes_as_text(tmp_path):
    import networkx as nx

    out = sample_analysis().save(tmp_path)
    g = nx.read_graphml(out / "graph.graphml")
    assert json.loads(g.nodes["rudi-hartono"]["aliases"]) == ["Rudi"]


def test_tables_without_manifest_still_load(tmp_path):
    """Someone edits the CSVs by hand and drops debatekit.json: lists and numbers come back all the same."""
    original = sample_analysis()
    out = original.save(tmp_path)
    (out / "debatekit.json").unlink()
    again = dk.load(out)
    assert again.speakers.loc[0, "aliases"] == ["Rudi", "Rudi Hartono", "Wali Kota"]
    assert list(again.statements["start"]) == list(original.statements["start"])
    assert list(again.articles["article_id"]) == ["001", "002"]
    assert again.matches.loc[0, "score"] == 88.5
    assert again.errors.loc[0, "fatal"] is True


FORMULAS = ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR", "'quoted"]


def _hostile() -> Analysis:
    a = sample_analysis()
    a.articles = a.articles.copy()
    a.articles["outlet"] = [FORMULAS[0], FORMULAS[3]]
    a.articles["title"] = [FORMULAS[1], FORMULAS[6]]
    a.statements = a.statements.copy()
    a.statements["text"] = FORMULAS[2:5] + FORMULAS[5:6] * (len(a.statements) - 3)
    return a


def _csv_cells(path) -> list[str]:
    import csv

    with open(path, newline="", encoding="utf-8") as f:
        return [cell for row in csv.reader(f) for cell in row]


def test_csv_cells_never_start_a_formula(tmp_path):
    """OWASP CSV injection: a leading ' before = + - @ TAB CR in every text cell; reload gives the text back."""
    a = _hostile()
    out = a.save(tmp_path)
    for name in ("articles", "statements"):
        cells = _csv_cells(out / f"{name}.csv")
        assert not [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r")], name
        # a minus starts no text cell; numbers (offsets, scores) stay plain numbers
        assert not [c for c in cells if c[:1] == "-" and not c.replace("-", "", 1).replace(".", "").isdigit()]
    articles = _csv_cells(out / "articles.csv")
    assert "'" + FORMULAS[0] in articles and "'@SUM(A1)" in articles and "''quoted" in articles
    _assert_same(a, dk.load(out))
    (out / "debatekit.json").unlink()  # hand-edited copies: the escape is still undone
    assert list(dk.load(out).articles["outlet"]) == [FORMULAS[0], FORMULAS[3]]


def test_parquet_keeps_text_exact(tmp_path):
    pytest.importorskip("pyarrow")
    a = _hostile()
    out = a.save(tmp_path, format="parquet")
    raw = pd.read_parquet(out / "articles.parquet")
    assert list(raw["outlet"]) == [FORMULAS[0], FORMULAS[3]] and list(raw["title"]) == [
        FORMULAS[1],
        FORMULAS[6],
    ]
    _assert_same(a, dk.load(out))


def test_csv_writer_writes_what_pandas_to_csv_writes(tmp_path):
    import numpy as np

    from debatekit.report import store

    table = pd.DataFrame(
        {
            "count": np.array([1, -2, 3], np.int64),
            "small": np.array([1, 2, 3], np.uint8),
            "share": [0.1, np.nan, 1e16],
            "odd": [-0.0, 1e-7, 123456789.123],
            "flag": [True, False, True],
            "text": ["=SUM(A1)", None, 'a "quoted", line\nbreak'],
            "arrow": pd.array(["x", None, "'y"], dtype="str"),
            "nested": [[1, 2], None, {"a": 1}],
            "mixed": [np.nan, 1.5, None],
            "when": pd.to_datetime(["2020-01-01", None, "2021-02-03"]),
            "blank": ["", "", None],
        }
    )
    cases = [table, table.drop(columns=["when"]), table.iloc[:0], pd.DataFrame({"only": ["", None, "x"]})]
    for i, case in enumerate(cases):
        encoded, _ = store._encode(case, escape=True)
        encoded.to_csv(tmp_path / f"pandas{i}.csv", index=False, encoding="utf-8")
        data, _ = store._encoded_columns(case, escape=True)
        store._write_csv(case, data, tmp_path / f"ours{i}.csv")
        assert (tmp_path / f"ours{i}.csv").read_bytes() == (tmp_path / f"pandas{i}.csv").read_bytes()
    sample = sample_analysis()
    for name in sample.table_names():
        case = getattr(sample, name)
        encoded, _ = store._encode(case, escape=True)
        encoded.to_csv(tmp_path / "pandas.csv", index=False, encoding="utf-8")
        data, _ = store._encoded_columns(case, escape=True)
        store._write_csv(case, data, tmp_path / "ours.csv")
        assert (tmp_path / "ours.csv").read_bytes() == (tmp_path / "pandas.csv").read_bytes(), name
