"""Cell helpers read a value whatever its representation; every column's declared kind is what analyze
gives; the report modules do not import debatekit.analysis (no import cycle)."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pandas as pd
import pytest
from conftest import EXAMPLES, REPO

import debatekit as dk
from debatekit import cells, schema


def test_missing_values_in_every_representation():
    assert all(cells.is_missing(v) for v in (None, float("nan"), np.nan, pd.NA, pd.NaT))
    assert not any(cells.is_missing(v) for v in ("", 0, [], np.array([]), False))


def test_list_cells_from_lists_tuples_arrays_scalars_and_missing():
    assert cells.as_list(["a"]) == ["a"] and cells.as_list(("a", "b")) == ["a", "b"]
    assert cells.as_list(np.array(["x", "y"], dtype=object)) == ["x", "y"]  # as Parquet gives them back
    assert cells.as_list("a") == ["a"] and cells.as_list(None) == [] and cells.as_list(np.nan) == []


def test_json_cells_round_trip():
    diff = [{"op": "replace", "a": "Rp 5 triliun", "b": "Rp 5,2 triliun"}]
    assert cells.from_json_cell(cells.to_json_cell(diff)) == diff
    assert cells.to_json_cell(np.array(["a", "é"], dtype=object)) == '["a", "é"]'
    assert cells.to_json_cell(None) is None and cells.from_json_cell(np.nan) is None
    with pytest.raises(TypeError, match="JSON cell"):
        cells.to_json_cell([object()])


def test_bool_cells_as_csv_and_parquet_give_them():
    assert [cells.is_true(v) for v in (True, "True", 1, np.True_, False, "False", pd.NA, None)] == [
        True,
        True,
        True,
        True,
        False,
        False,
        False,
        False,
    ]


def test_kinds_name_only_schema_columns():
    for table, kinds in cells.KINDS.items():
        assert set(kinds) <= set(schema.TABLES[table]), table
        assert set(kinds.values()) <= {"str", "int", "float", "bool", "list", "json"}


def test_every_cell_of_an_analysis_has_its_column_kind():
    res = dk.analyze(
        [EXAMPLES / "debate_id" / "articles", EXAMPLES / "debate_en" / "articles"],
        transcript=EXAMPLES / "debate_en" / "transcript.vtt",
        progress=False,
    )
    checked = 0
    for table in res.table_names():
        df = getattr(res, table)
        for col in df.columns:
            want = cells.kind(table, col)
            bad = [v for v in df[col] if not cells.is_missing(v) and not cells.conforms(v, want)]
            assert bad == [], f"{table}.{col} ({want}): {bad[:3]}"
            checked += int(df[col].notna().sum())
    assert checked > 1000


def test_report_modules_do_not_import_analysis():
    code = (
        "import sys\n"
        "import debatekit.report.html, debatekit.report.summary, debatekit.report.notebook\n"
        "import debatekit.report.speaker_graph, debatekit.report.views, debatekit.report.store\n"
        "print('debatekit.analysis' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
