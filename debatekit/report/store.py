"""Saving an :class:`~debatekit.analysis.Analysis` to a folder and reading it back.

Layout of a saved folder::

    articles.csv ... turns.csv      one file per table (``.parquet`` with ``format="parquet"``)
    graph.json, graph.graphml       the graph (node-link JSON is the one read back)
    report.html                     the self-contained HTML report
    debatekit.json                  manifest: format, and how to decode each column

Columns that hold lists or dicts (``aliases``, ``diff``, ``statement_ids`` ...) are written as JSON text
in both formats, so a spreadsheet shows them readably and :func:`load_analysis` restores them exactly.
The manifest keeps each column's dtype and codec, so reloaded tables equal the saved ones.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
import pandas as pd

from debatekit import schema

if TYPE_CHECKING:  # pragma: no cover
    from debatekit.analysis import Analysis

MANIFEST = "debatekit.json"
FORMATS = ("csv", "parquet")
GRAPH_JSON = "graph.json"
GRAPH_GRAPHML = "graph.graphml"
REPORT = "report.html"


def _missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        return bool(isinstance(value, float) and math.isnan(value)) or value is pd.NA or value is pd.NaT
    except TypeError:
        return False


def _json_default(value: Any) -> Any:
    # numpy scalars and arrays, sets, timestamps: whatever pandas leaves in an object column.
    if hasattr(value, "tolist"):
        return value.tolist()
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__} to JSON")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=_json_default)


def _codec(values: pd.Series) -> str:
    """How an object/str column is stored: plain text where that is lossless, JSON otherwise."""
    present = [v for v in values if not _missing(v)]
    n_missing = len(values) - len(present)
    if all(isinstance(v, str) for v in present):
        has_empty = any(v == "" for v in present)
        if not has_empty:
            return "str"  # empty cell means None
        return "str_nonnull" if n_missing == 0 else "json"  # keep "" and None apart
    if all(isinstance(v, bool) for v in present):
        return "bool"
    return "json"  # lists, dicts, mixed scalars: JSON keeps every type


def _encode(df: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, dict[str, str]]]:
    out = df.copy()
    columns: dict[str, dict[str, str]] = {}
    for col in df.columns:
        dtype = str(df[col].dtype)
        codec = _codec(df[col]) if dtype in ("object", "str", "string") else "native"
        if codec == "json":
            out[col] = [None if _missing(v) else _dumps(v) for v in df[col]]
        elif codec == "bool":
            out[col] = [None if _missing(v) else str(bool(v)) for v in df[col]]
        columns[str(col)] = {"dtype": dtype, "codec": codec}
    return out, columns


def _decoder(codec: str) -> Callable[[Any], Any]:
    if codec == "json":
        return lambda v: None if _missing(v) else json.loads(v)
    if codec == "bool":
        return lambda v: None if _missing(v) else str(v) == "True"
    if codec == "str_nonnull":
        return lambda v: "" if _missing(v) else str(v)
    return lambda v: None if _missing(v) else str(v)


def _decode(raw: pd.DataFrame, columns: dict[str, dict[str, str]]) -> pd.DataFrame:
    data: dict[str, pd.Series] = {}
    for col, spec in columns.items():
        values = raw[col] if col in raw else pd.Series([None] * len(raw), dtype=object)
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


def _graph_for_graphml(graph: nx.Graph) -> nx.Graph:
    """A copy whose attributes GraphML can hold: lists, dicts and None become JSON text or are dropped."""

    def clean(attrs: dict[str, Any]) -> dict[str, Any]:
        out = {}
        for k, v in attrs.items():
            if v is None:
                continue
            out[str(k)] = v if isinstance(v, (str, int, float, bool)) else _dumps(v)
        return out

    copy = graph.__class__()
    copy.graph.update(clean(graph.graph))
    copy.add_nodes_from((n, clean(d)) for n, d in graph.nodes(data=True))
    if graph.is_multigraph():
        copy.add_edges_from((u, v, k, clean(d)) for u, v, k, d in graph.edges(keys=True, data=True))
    else:
        copy.add_edges_from((u, v, clean(d)) for u, v, d in graph.edges(data=True))
    return copy


def write_graph(graph: nx.Graph, directory: Path) -> list[Path]:
    """Write ``graph.json`` (node-link) and ``graph.graphml``; prefer the relate stage's exporters."""
    try:  # the graph owner's exporters know the attribute conventions best
        from debatekit.relate import export as _export
    except ImportError:
        _export = None
    json_path, graphml_path = directory / GRAPH_JSON, directory / GRAPH_GRAPHML
    if _export is not None and hasattr(_export, "to_node_link_json") and hasattr(_export, "to_graphml"):
        _export.to_node_link_json(graph, json_path)
        _export.to_graphml(graph, graphml_path)
        return [json_path, graphml_path]
    data = nx.node_link_data(
        graph, source="source", target="target", name="id", key="key", edges="edges", nodes="nodes"
    )
    json_path.write_text(_dumps(data), encoding="utf-8")
    nx.write_graphml(_graph_for_graphml(graph), graphml_path)
    return [json_path, graphml_path]


def read_graph(directory: Path) -> nx.MultiDiGraph:
    """Read ``graph.json`` back into a MultiDiGraph (an empty graph when the file is absent)."""
    path = directory / GRAPH_JSON
    if not path.is_file():
        return nx.MultiDiGraph()
    try:
        from debatekit.relate import export as _export
    except ImportError:
        _export = None
    if _export is not None and hasattr(_export, "from_node_link_json"):
        return _export.from_node_link_json(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    return nx.node_link_graph(
        data,
        directed=True,
        multigraph=True,
        source="source",
        target="target",
        name="id",
        key="key",
        edges="edges",
        nodes="nodes",
    )


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
        encoded, columns = _encode(getattr(analysis, name))
        _write_table(encoded, out / f"{name}.{format}", format)
        manifest["tables"][name] = columns
    write_graph(analysis.graph, out)
    from debatekit.report.html import write_report

    write_report(analysis, out / REPORT)
    (out / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return out


def _guess_columns(raw: pd.DataFrame) -> dict[str, dict[str, str]]:
    """Column specs for a table saved without a manifest (hand-edited or from another tool).

    JSON lists/objects are decoded, whole numbers become int64, other numbers float64, the rest text.
    """

    def parses(values: list[str], kind: type | tuple[type, ...]) -> bool:
        try:
            return all(
                isinstance(json.loads(v), kind) and not isinstance(json.loads(v), bool) for v in values
            )
        except (TypeError, ValueError):
            return False

    columns = {}
    for col in raw.columns:
        present = [v for v in raw[col] if not _missing(v)]
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
            spec = {"dtype": "object", "codec": "str"}
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
