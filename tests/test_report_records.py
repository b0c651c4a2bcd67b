"""records(): the rows of a table as to_dict("records") gives them, by another road."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from debatekit.cells import records


def _same(a: object, b: object) -> bool:
    if a is b:  # None, NaT
        return True
    if isinstance(a, float) and math.isnan(a):
        return isinstance(b, float) and math.isnan(b)
    return type(a) is type(b) and (a == b if not isinstance(a, np.ndarray) else bool((a == b).all()))


def test_records_gives_the_values_and_types_of_to_dict():
    df = pd.DataFrame(
        {
            "text": pd.Series(["Kami menolak.", None, "We will."], dtype="str"),
            "ids": [["s1", "s2"], [], None],
            "n": np.array([1, 2, 3], dtype=np.int64),
            "score": [0.5, float("nan"), 1.0],
            "flag": [True, False, True],
            "when": pd.to_datetime(["2024-01-02", None, "2024-03-04"]),
            "meta": [{"a": 1}, "plain", 7],
        },
        index=[5, 3, 9],
    )
    expected, got = df.to_dict("records"), records(df)
    assert len(got) == 3
    for want, row in zip(expected, got, strict=True):
        assert list(row) == list(want)
        assert all(_same(want[k], row[k]) for k in want), (want, row)


def test_a_nullable_column_gives_none_for_a_missing_cell_as_to_dict_does():
    df = pd.DataFrame({"count": pd.array([1, None], dtype="Int64"), "text": ["a", "b"]})
    assert records(df) == [{"count": 1, "text": "a"}, {"count": None, "text": "b"}]


def test_records_of_empty_and_odd_tables_follow_pandas():
    assert records(pd.DataFrame({"a": []})) == []
    assert records(pd.DataFrame(index=[0, 1])) == [{}, {}]  # rows without columns
    twice = pd.DataFrame([[1, 2]], columns=["a", "a"])
    with pytest.warns(UserWarning):  # pandas keeps one of the two
        assert records(twice) == twice.to_dict("records")
