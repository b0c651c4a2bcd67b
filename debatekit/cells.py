"""Cells of debatekit's tables: missing values, list cells, JSON cells, and the kind of every column.

The tables are built by :func:`debatekit.schema.frame` and come back from CSV, Parquet and Dask with
other representations of the same values (NaN or ``pandas.NA`` for None, numpy arrays for lists, JSON
text, ``"True"``). These helpers read a cell whatever its representation, so that no module needs its own
test for "missing" or "a list".

:data:`KINDS` gives the kind of each column (``str``, ``int``, ``float``, ``bool``, ``list`` of str,
``json``: lists of dicts); a column not listed is ``str``.

>>> is_missing(float("nan")), is_missing([]), as_list(None), kind("speakers", "aliases")
(True, False, [], 'list')
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

Kind = str  # "str" | "int" | "float" | "bool" | "list" | "json"

KINDS: Mapping[str, Mapping[str, Kind]] = {
    "articles": {},
    "turns": {
        "start_time": "float",
        "end_time": "float",
        "events": "list",
        "interrupted": "bool",
        "line": "int",
    },
    "errors": {"fatal": "bool"},
    "mentions": {"start": "int", "end": "int"},
    "statements": {
        "start": "int",
        "end": "int",
        "confidence": "float",
        "transcript_score": "float",
        "is_question": "bool",
    },
    "speakers": {"aliases": "list", "roles": "list", "n_statements": "int", "n_articles": "int"},
    "matches": {"score": "float", "diff": "json"},
    "statement_groups": {
        "statement_ids": "list",
        "article_ids": "list",
        "outlets": "list",
        "speaker_ids": "list",
        "n_statements": "int",
        "parts": "json",  # list beside statement_ids: str or None (the whole statement)
    },
    "discrepancies": {"article_ids": "list", "statement_ids": "list", "evidence": "json"},
    "rebuttals": {"evidence": "json"},
    "stances": {"score": "float", "evidence": "list"},
    "topics": {"top_words": "list", "n_statements": "int"},
    "participation": {
        "n_turns": "int",
        "n_words": "int",
        "n_statements": "int",
        "interruptions": "int",
        "interrupts": "int",
        "questions_asked": "int",
        "questions_answered": "int",
        "rebuts": "int",
        "rebutted": "int",
        "supports": "int",
        "speaking_time": "float",
    },
    "events": {"article_ids": "list", "outlets": "list", "main_speakers": "list", "n_articles": "int"},
}


def kind(table: str, column: str) -> Kind:
    """The kind of ``table.column`` (``"str"`` unless :data:`KINDS` says otherwise).

    >>> kind("matches", "score"), kind("matches", "relation")
    ('float', 'str')
    """
    return KINDS.get(table, {}).get(column, "str")


def is_missing(value: Any) -> bool:
    """True for None, NaN and pandas' missing markers; lists, arrays and strings are never missing.

    >>> [is_missing(v) for v in (None, float("nan"), pd.NA, pd.NaT, "", 0)]
    [True, True, True, True, False, False]
    """
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def as_list(value: Any) -> list:
    """A list cell as a list: lists, tuples and the numpy arrays Parquet gives back; a lone scalar becomes a
    one-item list; a missing value gives [].

    >>> as_list(("a", "b")), as_list("a"), as_list(float("nan"))
    (['a', 'b'], ['a'], [])
    """
    if is_missing(value):
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    if hasattr(value, "tolist") and not isinstance(value, str):
        out = value.tolist()
        return out if isinstance(out, list) else [out]
    return [value]


def text_or(value: Any, default: str = "") -> str:
    """``str(value)``, or ``default`` for a missing value.

    >>> text_or(float("nan"), "-"), text_or(3)
    ('-', '3')
    """
    return default if is_missing(value) else str(value)


def _plain(value: Any) -> Any:
    # numpy scalars and arrays, sets, timestamps: whatever pandas leaves in an object column
    if hasattr(value, "tolist"):
        return value.tolist()
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} to a JSON cell")


def to_json_cell(value: Any) -> str | None:
    """A list or dict cell as JSON text (None stays None), as CSV files store them.

    >>> to_json_cell([{"op": "equal", "a": "x", "b": "x"}])
    '[{"op": "equal", "a": "x", "b": "x"}]'
    """
    return None if is_missing(value) else json.dumps(value, ensure_ascii=False, default=_plain)


def from_json_cell(text: Any) -> Any:
    """The value of a JSON cell (None for a missing one); a value that is not text is given back as is.

    >>> from_json_cell('[{"op": "equal"}]'), from_json_cell(None)
    ([{'op': 'equal'}], None)
    """
    if is_missing(text):
        return None
    return json.loads(text) if isinstance(text, str) else text


def evidence_item(
    article_id: str | None, start: int, end: int, text: str, turn_id: str | None = None
) -> dict[str, Any]:
    """One evidence item: the words at ``text[start:end]`` of an article, or of a transcript turn.

    News evidence is ``{"article_id", "start", "end", "text"}`` with ``text == articles.text[start:end]``;
    spoken evidence has ``article_id`` None and one more key, ``turn_id``, its offsets counting in that
    turn's text (:data:`debatekit.schema.EVIDENCE_KEYS`).

    >>> evidence_item("a1", 4, 9, "seven")
    {'article_id': 'a1', 'start': 4, 'end': 9, 'text': 'seven'}
    >>> evidence_item(None, 0, 5, "Hello", turn_id="t3")["turn_id"]
    't3'
    """
    item: dict[str, Any] = {"article_id": article_id, "start": int(start), "end": int(end), "text": str(text)}
    if turn_id is not None:
        item["turn_id"] = str(turn_id)
    return item


def evidence_in(
    article_id: str | None, text: str, start: int, end: int, turn_id: str | None = None
) -> dict[str, Any]:
    """The evidence item of ``text[start:end]`` without its surrounding blanks.

    >>> evidence_in("a1", "He said  no. ", 7, 13)
    {'article_id': 'a1', 'start': 9, 'end': 12, 'text': 'no.'}
    """
    piece = text[start:end]
    start += len(piece) - len(piece.lstrip())
    end = max(start, end - (len(piece) - len(piece.rstrip())))
    return evidence_item(article_id, start, end, text[start:end], turn_id=turn_id)


def is_true(value: Any) -> bool:
    """A bool cell as any source writes it: ``True``, ``"True"`` (a CSV read as text) or 1.

    >>> [is_true(v) for v in (True, "True", 1, "False", pd.NA)]
    [True, True, True, False, False]
    """
    if isinstance(value, str):
        return value == "True"
    try:
        return bool(value == 1)  # True, 1, numpy.True_
    except TypeError:  # pandas.NA and other values without a truth value
        return False


def conforms(value: Any, column_kind: Kind) -> bool:
    """Whether a non-missing cell holds a value of ``column_kind`` (ints count as floats).

    >>> conforms(3, "float"), conforms(True, "int"), conforms(["a"], "list")
    (True, False, True)
    """
    if column_kind == "list":
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if column_kind == "json":
        return isinstance(value, (list, dict))
    if column_kind == "bool":
        return isinstance(value, bool)
    if column_kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if column_kind == "float":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, str)


def value_counts(df: pd.DataFrame, col: str) -> dict[str, int]:
    """``{value: count}`` of one column, sorted by value; ``{}`` when the table or column is absent.

    >>> value_counts(pd.DataFrame({"kind": ["direct", "indirect", "direct"]}), "kind")
    {'direct': 2, 'indirect': 1}
    """
    if df.empty or col not in df:
        return {}
    return {str(k): int(v) for k, v in df[col].value_counts().sort_index().items()}


def records(df: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows of ``df`` as dicts, as ``df.to_dict("records")`` gives them (Python scalars, the same
    values), from one ``tolist()`` per column: pandas builds each row through ``iloc`` instead, which
    cost more than the rest of a small report's views.

    Examples
    --------
    >>> records(pd.DataFrame({"a": [1, 2], "b": ["x", None]}))
    [{'a': 1, 'b': 'x'}, {'a': 2, 'b': nan}]
    """
    names = list(df.columns)
    plain = all(isinstance(t, np.dtype) or str(t) == "str" for t in df.dtypes)
    if not names or not df.columns.is_unique or not plain:
        # no columns, a name twice, or a nullable column (whose missing cells to_dict gives as None,
        # tolist as pd.NA): pandas decides
        return df.to_dict("records")
    return [dict(zip(names, row, strict=True)) for row in zip(*(df[c].tolist() for c in names), strict=True)]
