"""Saving an :class:`~debatekit.analysis.Analysis` to a folder and reading it back.

Layout of a saved folder::

    articles.csv ... turns.csv      one file per table (``.parquet`` with ``format="parquet"``)
    graph.json, graph.graphml       the graph (node-link JSON is the one read back)
    report.html                     the self-contained HTML report
    debatekit.json                  manifest: format, and how to decode each column

Columns that hold lists or dicts (``aliases``, ``diff``, ``statement_ids`` ...) are written as JSON text
in both formats, so a spreadsheet shows them readably and :func:`load_analysis` restores them exactly.
The manifest keeps each column's dtype and codec, so reloaded tables equal the saved ones.

CSV files are made for spreadsheets, which run a cell starting with ``= + - @`` (or a tab or carriage
return) as a formula: quoted text from the web must not. Following OWASP's advice on CSV injection, such
text cells get a leading ``'`` (shown by no spreadsheet, which reads it as "this is text"); so do cells
that already start with ``'``, so the escape is undone exactly on loading. Parquet keeps every text as is.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
import numpy as np
import pandas as pd

from debatekit import schema
from debatekit.cells import is_missing, to_json_cell

if TYPE_CHECKING:  # pragma: no cover
    from debatekit.analysis import Analysis

MANIFEST = "debatekit.json"
FORMATS = ("csv", "parquet")
GRAPH_JSON = "graph.json"
GRAPH_GRAPHML = "graph.graphml"
REPORT = "report.html"
# OWASP "CSV Injection": characters that make a spreadsheet read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
TEXT_ESCAPE = "'"


def own_file_names() -> frozenset[str]:
    """Names of the files :func:`save_analysis` writes, in either format (readers never read them back
    as articles)."""
    tables = {f"{name}.{fmt}" for name in schema.TABLES for fmt in FORMATS}
    return frozenset(tables | {GRAPH_JSON, GRAPH_GRAPHML, REPORT, MANIFEST})


def neutralise_formula(value: Any) -> Any:
    """A text cell made safe for a spreadsheet: ``'`` before a leading ``= + - @ TAB CR`` (or ``'``).

    Examples
    --------
    >>> print(neutralise_formula('=HYPERLINK("http://x")'))
    '=HYPERLINK("http://x")
    >>> neutralise_formula("Rahmat said")
    'Rahmat said'
    """
    if isinstance(value, str) and value.startswith((*FORMULA_STARTS, TEXT_ESCAPE)):
        return TEXT_ESCAPE + value
    return value


def restore_formula(value: Any) -> Any:
    """Undo :func:`neutralise_formula`."""
    if isinstance(value, str) and value.startswith(TEXT_ESCAPE):
        return value[1:]
    return value


def _codec(values: Sequence[Any]) -> str:
    """How an object/str column is stored: plain text where that is lossless, JSON otherwise."""
    present = [v for v in values if not is_missing(v)]
    n_missing = len(values) - len(present)
    if all(isinstance(v, str) for v in present):
        has_empty = any(v == "" for v in present)
        if not has_empty:
            return "str"  # empty cell means None
        return "str_nonnull" if n_missing == 0 else "json"  # keep "" and None apart
    if all(isinstance(v, bool) for v in present):
        return "bool"
    return "json"  # lists, dicts, mixed scalars: JSON keeps every type


def _encode(df: pd.DataFrame, escape: bool = False) -> tuple[pd.DataFrame, dict[str, dict[str, Any]]]:
    """A table with its list/dict/bool columns as text, and the manifest's spec of each column.

    ``escape`` (CSV): every text column's formula-like cells get :func:`neutralise_formula`, and the spec
    says so. The new table is built once from its columns (a copy and one assignment per column cost
    more than writing the CSV on small tables).
    """
    data, columns = _encoded_columns(df, escape)
    return _table(df, data, escape), columns


def _table(df: pd.DataFrame, data: dict[Any, Any], escape: bool) -> pd.DataFrame:
    """The table of ``df``'s encoded columns ``data``; with ``escape`` (CSV) a list of cells becomes an
    object column, as CSV writes them (see :func:`_encoded_columns`)."""
    frame = {
        col: pd.Series(v, index=df.index, dtype=object) if escape and isinstance(v, list) else v
        for col, v in data.items()
    }
    return pd.DataFrame(frame, index=df.index, columns=df.columns)


def _encoded_columns(df: pd.DataFrame, escape: bool) -> tuple[dict[Any, Any], dict[str, dict[str, Any]]]:
    """:func:`_encode`'s columns before they make a table: a Series (kept as it is) or a list of cells."""
    columns: dict[str, dict[str, Any]] = {}
    data: dict[Any, Any] = {}
    for col in df.columns:
        series = df[col]
        dtype = str(series.dtype)
        if dtype not in ("object", "str", "string"):
            data[col] = series
            columns[str(col)] = {"dtype": dtype, "codec": "native"}
            continue
        cells = series.tolist()  # one pass out of an Arrow text column, not one per test
        codec = _codec(cells)
        spec: dict[str, Any] = {"dtype": dtype, "codec": codec}
        values: Any = series  # the Series itself keeps its dtype (an object column of text stays object)
        if codec == "json":
            values = [to_json_cell(v) for v in cells]
        elif codec == "bool":
            values = [None if is_missing(v) else str(bool(v)) for v in cells]
        if escape:
            # Object cells, as CSV writes them: a list would be read into an Arrow text column first,
            # which costs more than writing it and changes no byte written.
            plain = cells if values is series else values
            values = [neutralise_formula(v) for v in plain]
            spec["escaped"] = True
        data[col] = values
        columns[str(col)] = spec
    return data, columns


def _csv_cells(values: Any) -> list[Any] | None:
    """One encoded column's cells as ``DataFrame.to_csv`` hands them to the csv writer, or None for a
    dtype read here in no way (the caller writes with pandas then).

    As pandas does: a missing cell is empty, numbers and booleans are numpy's text of them, any other
    cell goes to the writer as it is.
    """
    if isinstance(values, list):
        missing = pd.isna(np.array(values, dtype=object)).tolist() if values else []
        return ["" if gap else v for v, gap in zip(values, missing, strict=True)]
    if not isinstance(values.dtype, np.dtype) or values.dtype.kind not in "biuf":
        return None
    array = values.to_numpy()
    text = array.astype(str).astype(object)
    if array.dtype.kind == "f":
        text[np.isnan(array)] = ""
    return text.tolist()


def _write_csv(df: pd.DataFrame, data: dict[Any, Any], path: Path) -> None:
    """Write the encoded columns ``data`` of ``df`` as ``DataFrame.to_csv(index=False)`` writes them,
    byte for byte, with the csv module: building the encoded table and pandas' writer cost several
    times the writing itself on small tables."""
    cells = [_csv_cells(values) for values in data.values()]
    if not cells or any(c is None for c in cells):
        _write_table(_table(df, data, escape=True), path, "csv")
        return
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow([str(col) for col in df.columns])
        writer.writerows(zip(*cells, strict=True))


def _decoder(codec: str) -> Callable[[Any], Any]:
    if codec == "json":
        return lambda v: None if is_missing(v) else json.loads(v)
    if codec == "bool":
        return lambda v: None if is_missing(v) else str(v) == "True"
    if codec == "str_nonnull":
        return lambda v: "" if is_missing(v) else str(v)
    return lambda v: None if is_missing(v) else str(v)


def _decode(raw: pd.DataFrame, columns: dict[str, dict[str, Any]]) -> pd.DataFrame:
    data: dict[str, pd.Series] = {}
    for col, spec in columns.items():
        values = raw[col] if col in raw else pd.Series([None] * len(raw), dtype=object)
        if spec.get("escaped"):
            values = pd.Series([restore_formula(v) for v in values], dtype=object)
        dtype, codec = spec["dtype"], spec["codec"]
        if codec == "native":
            if dtype.startswith(("int", "uint")) and values.isna().any():
                data[col] = pd.to_numeric(values)  # an int column cannot hold a gap: keep it float
            elif dtype == "bool":
                data[col] = values.map(lambda v: str(v) == "True").astype(bool)
            elif dtype.startswith("datetime"):
                data[col] = pd.to_datetime(values).astype(dtype)
            else:
                data[col] = pd.Series(values).astype(dtype)
        else:
            decoded = pd.Series([_decoder(codec)(v) for v in values], dtype=object)
            data[col] = decoded.astype(dtype) if dtype != "object" else decoded
    frame = pd.DataFrame(data, columns=list(columns))
    frame.index = pd.RangeIndex(len(frame))
    return frame


def _write_table(df: pd.DataFrame, path: Path, format: str) -> None:
    if format == "csv":
        df.to_csv(path, index=False, encoding="utf-8")
    else:
        df.to_parquet(path, index=False)


def _read_table(path: Path, format: str) -> pd.DataFrame:
    if format == "csv":
        # Everything as text first: the manifest says what each column really is ("001" stays "001").
        return pd.read_csv(path, dtype=object, keep_default_na=False, na_values=[""], encoding="utf-8")
    return pd.read_parquet(path)


def write_graph(graph: nx.Graph, directory: Path) -> list[Path]:
    """Write ``graph.json`` (node-link) and ``graph.graphml`` with the relate stage's exporters."""
    from debatekit.relate import export

    return [
        export.to_node_link_json(graph, directory / GRAPH_JSON),
        export.to_graphml(graph, directory / GRAPH_GRAPHML),
    ]


def read_graph(directory: Path) -> nx.MultiDiGraph:
    """Read ``graph.json`` back into a MultiDiGraph (an empty graph when the file is absent)."""
    path = directory / GRAPH_JSON
    if not path.is_file():
        return nx.MultiDiGraph()
    from debatekit.relate import export

    return export.from_node_link_json(path)


def save_analysis(analysis: Analysis, directory: str | Path, format: str = "csv") -> Path:
    """Write every table, the graph and the HTML report of ``analysis`` to ``directory``.

    Parameters
    ----------
    analysis : Analysis
        The result to save.
    directory : str or Path
        Created if missing; files of the same names are overwritten.
    format : {"csv", "parquet"}
        Table file format (parquet needs pyarrow: ``pip install debatekit[parquet]``).

    Returns
    -------
    Path
        The directory.
    """
    if format not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, Any] = {"debatekit": _version(), "format": format, "tables": {}}
    for name in analysis.table_names():
        table = getattr(analysis, name)
        if format == "csv":
            data, columns = _encoded_columns(table, escape=True)
            _write_csv(table, data, out / f"{name}.csv")
        else:
            encoded, columns = _encode(table)
            _write_table(encoded, out / f"{name}.{format}", format)
        manifest["tables"][name] = columns
    write_graph(analysis.graph, out)
    from debatekit.report.html import write_report

    write_report(analysis, out / REPORT)
    (out / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return out


def _guess_columns(raw: pd.DataFrame) -> dict[str, dict[str, Any]]:
    """Column specs for a table saved without a manifest (hand-edited or from another tool).

    JSON lists/objects are decoded, whole numbers become int64, other numbers float64, the rest text
    (with a formula escape ``'=`` undone).
    """

    def parses(values: list[str], kind: type | tuple[type, ...]) -> bool:
        try:
            return all(isinstance(x := json.loads(v), kind) and not isinstance(x, bool) for v in values)
        except (TypeError, ValueError):
            return False

    columns = {}
    for col in raw.columns:
        spec: dict[str, Any]
        present = [v for v in raw[col] if not is_missing(v)]
        if str(col).endswith("_id"):  # ids stay text even when they look like numbers ("12")
            spec = {"dtype": "object", "codec": "str"}
        elif present and all(str(v)[:1] in "[{" for v in present) and parses(present, (list, dict)):
            spec = {"dtype": "object", "codec": "json"}
        elif present and len(present) == len(raw) and parses(present, int):
            spec = {"dtype": "int64", "codec": "native"}
        elif present and parses(present, (int, float)):
            spec = {"dtype": "float64", "codec": "native"}
        elif present and all(v in ("True", "False") for v in present):
            spec = {"dtype": "object", "codec": "bool"}
        else:
            escaped = any(
                str(v)[:1] == TEXT_ESCAPE and str(v)[1:2] in (*FORMULA_STARTS, TEXT_ESCAPE) for v in present
            )
            spec = {"dtype": "object", "codec": "str", **({"escaped": True} if escaped else {})}
        columns[str(col)] = spec
    return columns


def load_analysis(directory: str | Path) -> Analysis:
    """Reopen a folder written by :func:`save_analysis`.

    Without the ``debatekit.json`` manifest (tables edited or written elsewhere), CSV tables named like
    the schema's are read and their column types guessed; JSON list columns are still restored.

    Raises
    ------
    FileNotFoundError
        When ``directory`` holds neither a manifest nor any table file.
    """
    from debatekit.analysis import Analysis

    folder = Path(directory)
    manifest_path = folder / MANIFEST
    if manifest_path.is_file():
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    elif any((folder / f"{name}.csv").is_file() for name in Analysis.table_names()):
        manifest = {"format": "csv", "tables": {}}
    else:
        raise FileNotFoundError(f"{folder}: not a saved debatekit analysis (no {MANIFEST} and no tables)")
    format = manifest.get("format", "csv")
    tables: dict[str, pd.DataFrame] = {}
    for name in Analysis.table_names():
        path = folder / f"{name}.{format}"
        if not path.is_file():
            tables[name] = schema.frame(schema.TABLES.get(name, ()))
            continue
        raw = _read_table(path, format)
        columns = manifest["tables"].get(name) or _guess_columns(raw)
        tables[name] = _decode(raw, columns)
    return Analysis(**tables, graph=read_graph(folder))


def _version() -> str:
    from debatekit import __version__

    return __version__
