"""Sources to records: expand folders/globs/lists into files, and read each file format.

A record is a dict with ``text`` and any of ``article_id, outlet, published, title, url, language``
as given by the source, plus ``source`` (path, with ``#n`` for the n-th record, from 0, of a multi-record
file) and ``id_hint`` (the id to use when none is given).
"""

from __future__ import annotations

import glob as globmod
import io
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from debatekit.io.decode import DEFAULT_MAX_BYTES, decode, normalise_newlines, read_bytes
from debatekit.io.errors import ReadError
from debatekit.io.html import html_to_text

SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl", ".csv")
FIELDS = ("article_id", "outlet", "published", "title", "url", "language")
# Other names sources use for the same fields (first one present wins).
ALIASES = {
    "text": ("text", "content", "body", "article"),
    "article_id": ("article_id", "id", "doc_id"),
    "published": ("published", "date", "published_at", "publish_date"),
    "title": ("title", "headline"),
    "outlet": ("outlet", "source_name", "site", "publisher"),
}


def _is_glob(s: str) -> bool:
    return any(c in s for c in "*?[")


def expand(source: Any) -> tuple[list[tuple[Path, Path | None]], list[ReadError]]:
    """Files named by a path, folder, glob, or list of those, sorted by path within each item.

    Returns
    -------
    files : list of (path, root)
        ``root`` is the folder a folder scan started from (None for files named directly).
    errors : list of ReadError
        Paths that do not exist and globs that match nothing.
    """
    items = [source] if isinstance(source, (str, os.PathLike)) else list(source)
    files: list[tuple[Path, Path | None]] = []
    errors: list[ReadError] = []
    for item in items:
        s = os.fspath(item)
        p = Path(s)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
            found = [f for f in found if not any(part.startswith(".") for part in f.relative_to(p).parts)]
            if not found:
                errors.append(ReadError(s, "empty", f"{s}: folder holds no {'/'.join(SUFFIXES)} files"))
            files.extend((f, p) for f in found)
        elif p.exists():
            files.append((p, None))
        elif _is_glob(s):
            found = sorted(Path(f) for f in globmod.glob(s, recursive=True) if Path(f).is_file())
            if not found:
                errors.append(ReadError(s, "missing", f"{s}: no file matches this pattern"))
            files.extend((f, None) for f in found)
        else:
            errors.append(ReadError(s, "missing", f"{s}: file not found"))
    return files, errors


def _pick(record: dict, field: str) -> Any:
    for key in ALIASES.get(field, (field,)):
        value = record.get(key)
        if value is not None and not (isinstance(value, float) and value != value) and str(value).strip():
            return value
    return None


def to_record(raw: dict, source: str, id_hint: str) -> dict:
    """Normalise one source record (aliases applied, empty values dropped)."""
    rec = {f: _pick(raw, f) for f in FIELDS}
    rec["text"] = _pick(raw, "text")
    aid = rec["article_id"]
    if isinstance(aid, float) and aid.is_integer():  # ints become floats in a column holding NaN
        aid = int(aid)
    rec["article_id"] = None if aid is None else str(aid)
    rec["source"] = source
    rec["id_hint"] = id_hint
    return rec


def _records(
    raw_records: Iterable[tuple[int, Any]],
    name: str,
    stem: str,
    errors: list[ReadError],
    *,
    single: bool = False,
) -> list[dict]:
    """Records of a file; ``single`` files use the bare stem as id hint, others ``stem#n``."""
    out = []
    for n, item in raw_records:
        src = name if single else f"{name}#{n}"
        hint = stem if single else f"{stem}#{n}"
        if not isinstance(item, dict):
            errors.append(
                ReadError(src, "malformed", f"{src}: record is a {type(item).__name__}, not an object")
            )
            continue
        rec = to_record(item, src, hint)
        if rec["text"] is None:
            errors.append(ReadError(src, "no_text", f"{src}: record has no 'text' field (or it is empty)"))
            continue
        rec["text"] = normalise_newlines(str(rec["text"]))
        out.append(rec)
    return out


def _json_items(data: Any) -> tuple[list[Any], bool]:
    """Records of a JSON document and whether it is a single record (an object, not a list)."""
    if isinstance(data, dict) and _pick(data, "text") is None:
        lists = [
            v for v in data.values() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)
        ]
        if len(lists) == 1:  # {"articles": [...]}
            return lists[0], False
    if isinstance(data, list):
        return data, False
    return [data], True


def read_file(
    path: Path, *, stem: str | None = None, max_bytes: int | None = DEFAULT_MAX_BYTES
) -> tuple[list[dict], list[ReadError]]:
    """Read one file into records.

    Parameters
    ----------
    path : Path
    stem : str, optional
        Id hint for the file's records (default: the file stem).
    max_bytes : int
        Files larger than this are refused.

    Returns
    -------
    records : list of dict
    errors : list of ReadError
        Problems (fatal ones mean the file or record was skipped); never raised.
    """
    name = str(path)
    stem = stem or path.stem
    suffix = path.suffix.lower()
    errors: list[ReadError] = []
    try:
        if suffix not in SUFFIXES:
            raise ReadError(
                name,
                "unsupported",
                f"{name}: unsupported file type {suffix or '(none)'}; use {', '.join(SUFFIXES)}",
            )
        text, warning = decode(read_bytes(path, max_bytes=max_bytes), name)
        if warning:
            errors.append(warning)
        if suffix == ".txt":
            return [to_record({"text": text}, name, stem)], errors
        if suffix in (".html", ".htm"):
            body, meta = html_to_text(text)
            if not body.strip():
                raise ReadError(name, "no_text", f"{name}: no text found in the HTML page")
            return [to_record({**meta, "text": body}, name, stem)], errors
        if suffix == ".json":
            try:
                data = json.loads(text)
            except json.JSONDecodeError as exc:
                raise ReadError(
                    name,
                    "malformed",
                    f"{name}: malformed JSON ({exc.msg} at line {exc.lineno} column {exc.colno})",
                ) from None
            items, single = _json_items(data)
            return _records(enumerate(items), name, stem, errors, single=single), errors
        if suffix == ".jsonl":
            items = []
            for lineno, line in enumerate(text.split("\n"), 1):
                if not line.strip():
                    continue
                try:
                    items.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    items.append(None)
                    errors.append(
                        ReadError(
                            f"{name}:{lineno}",
                            "malformed",
                            f"{name}: malformed JSON on line {lineno} ({exc.msg})",
                        )
                    )
            # n counts non-blank lines, malformed ones too, so fixing one line does not renumber the rest
            recs = _records(((n, i) for n, i in enumerate(items) if i is not None), name, stem, errors)
            return recs, errors
        return _read_csv(text, name, stem, errors), errors
    except ReadError as exc:
        errors.append(exc)
        return [], errors


def _read_csv(text: str, name: str, stem: str, errors: list[ReadError]) -> list[dict]:
    import pandas as pd

    try:
        df = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, on_bad_lines="error")
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError) as exc:
        msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ReadError(name, "malformed", f"{name}: malformed CSV ({msg})") from None
    if not any(c in df.columns for c in ALIASES["text"]):
        raise ReadError(
            name, "no_text", f"{name}: CSV has no 'text' column (columns: {', '.join(map(str, df.columns))})"
        )
    return _records(enumerate(df.to_dict("records")), name, stem, errors)
