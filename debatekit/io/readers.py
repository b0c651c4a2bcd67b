"""Sources to records: expand folders/globs/lists into files, and read each file format.

A record is a dict with ``text`` and any of ``article_id, outlet, published, title, url, language``
as given by the source, plus ``source`` (path, with ``#n`` for the n-th record, from 0, of a multi-record
file) and ``id_hint`` (the id to use when none is given).
"""

from __future__ import annotations

import csv
import glob as globmod
import io
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from debatekit.io.decode import DEFAULT_MAX_BYTES, decode, normalise_newlines, read_bytes
from debatekit.io.errors import ReadError

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


_MALFORMED = (
    object()
)  # a JSON Lines line that is not JSON (a line "null" is JSON: a record that is not an object)


def _is_glob(s: str) -> bool:
    return any(c in s for c in "*?[")


def _output_folder(folder: Path, exclude: frozenset[Path]) -> tuple[str, frozenset[str] | None] | None:
    """Why ``folder`` holds debatekit's own output and which of its file names are that output (None:
    all of them), or None for an ordinary folder."""
    from debatekit.report.store import MANIFEST, own_file_names

    if folder.resolve() in exclude:
        return "the output folder (--out)", own_file_names()
    if (folder / MANIFEST).is_file():
        return f"a saved debatekit analysis (it holds {MANIFEST})", own_file_names()
    if (folder / "utterances.jsonl").is_file() and (folder / "index.json").is_file():
        return "a ConvoKit corpus (utterances.jsonl and index.json)", None
    return None


def _outputs(folder: Path, names: Iterable[str], exclude: frozenset[Path]) -> tuple[str, list[str]]:
    """Why ``folder`` holds debatekit output, and those of ``names`` that are (sorted)."""
    found = _output_folder(folder, exclude)
    if found is None:
        return "", []
    why, own = found
    return why, sorted(n for n in names if own is None or n in own)


def _skip(path: Path, problem: str, why: str) -> ReadError:
    return ReadError(str(path), problem, f"{path}: {why}")


def _scan(root: Path, exclude: frozenset[Path]) -> tuple[list[Path], list[ReadError]]:
    """Article files below ``root`` and one error row for everything else that is not read.

    Hidden files and folders, files of other types, symlinked folders (not followed: they can loop) and
    the files debatekit itself writes (an analysis saved with ``--out`` or :meth:`Analysis.save`, a
    ConvoKit export) are each named with the reason.
    """
    found: list[Path] = []
    skipped: list[ReadError] = []

    def unreadable(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else root
        skipped.append(_skip(where, "unreadable", f"folder cannot be read ({exc.strerror or exc})"))

    for folder, dirs, names in os.walk(root, onerror=unreadable):
        here = Path(folder)
        dirs.sort()
        kept_dirs = []
        for d in dirs:
            sub = here / d
            if d.startswith("."):
                skipped.append(_skip(sub, "hidden", "hidden folder, not read"))
            elif sub.is_symlink():
                skipped.append(
                    _skip(
                        sub, "symlink", "symlinked folder, not followed (name it as its own PATH to read it)"
                    )
                )
            else:
                kept_dirs.append(d)
        dirs[:] = kept_dirs
        why, outputs = _outputs(here, names, exclude)
        if outputs:
            skipped.append(
                ReadError(
                    str(here),
                    "own_output",
                    f"{here}: {why}; its {len(outputs)} files ({', '.join(outputs)}) are debatekit's own "
                    "output, not read as input",
                )
            )
        for n in sorted(set(names) - set(outputs)):
            f = here / n
            if n.startswith("."):
                skipped.append(_skip(f, "hidden", "hidden file, not read"))
            elif not f.is_file():
                skipped.append(_skip(f, "unreadable", "not a regular file (broken link?), not read"))
            elif f.suffix.lower() not in SUFFIXES:
                skipped.append(
                    _skip(
                        f,
                        "unsupported",
                        f"not an article file ({f.suffix or 'no extension'}); reads {', '.join(SUFFIXES)}",
                    )
                )
            else:
                found.append(f)
    return sorted(found), skipped


def expand(
    source: Any, *, exclude: Iterable[str | os.PathLike] = ()
) -> tuple[list[tuple[Path, Path | None]], list[ReadError]]:
    """Files named by a path, folder, glob, or list of those, sorted by path within each item.

    Parameters
    ----------
    source : path, folder, glob or list of those
    exclude : paths of folders
        Output folders: the files debatekit writes there are never read (also skipped without being
        named here: folders holding a saved analysis's ``debatekit.json`` or a ConvoKit export).

    Returns
    -------
    files : list of (path, root)
        ``root`` is the folder a folder scan started from (None for files named directly).
    errors : list of ReadError
        Paths that do not exist, globs that match nothing, and every file of a folder or glob that is
        not read (with the reason).

    Examples
    --------
    >>> files, errors = expand("no/such/folder")
    >>> errors[0].problem
    'missing'
    """
    items = [source] if isinstance(source, (str, os.PathLike)) else list(source)
    excluded = frozenset(Path(e).resolve() for e in exclude)
    files: list[tuple[Path, Path | None]] = []
    errors: list[ReadError] = []
    for item in items:
        if not isinstance(item, (str, os.PathLike)):
            raise TypeError(
                f"cannot read a {type(item).__name__} in a list of sources: give paths, globs, "
                "or a list made only of article dicts"
            )
        s = os.fspath(item)
        p = Path(s)
        if p.is_dir():
            found, skipped = _scan(p, excluded)
            errors.extend(skipped)
            if not found:
                errors.append(ReadError(s, "empty", f"{s}: folder holds no {'/'.join(SUFFIXES)} files"))
            files.extend((f, p) for f in found)
        elif p.exists():
            files.append((p, None))
        elif _is_glob(s):
            hits = sorted(Path(f) for f in globmod.glob(s, recursive=True))
            matched = [f for f in hits if f.is_file()]
            if "**" not in s:  # a recursive pattern reaches into its folders by itself
                errors.extend(
                    _skip(f, "unsupported", f"a folder matched by {s}; not read (name the folder to read it)")
                    for f in hits
                    if f.is_dir()
                )
            found = []
            for f in matched:
                why, outputs = _outputs(f.parent, [f.name], excluded)
                if outputs:
                    errors.append(
                        _skip(f, "own_output", f"in {why}: debatekit's own output, not read as input")
                    )
                else:
                    found.append(f)
            if not hits:
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
    path: Path,
    *,
    stem: str | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
) -> tuple[list[dict], list[ReadError]]:
    """Read one file into records.

    Parameters
    ----------
    path : Path
    stem : str, optional
        Id hint for the file's records (default: the file stem).
    max_bytes : int
        Files larger than this are refused.
    encoding : str, optional
        Decode with this encoding (default: UTF-8, else detected, with a warning).

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
        text, warning = decode(read_bytes(path, max_bytes=max_bytes), name, encoding)
        if warning:
            errors.append(warning)
        if suffix == ".txt":
            return [to_record({"text": text}, name, stem)], errors
        if suffix in (".html", ".htm"):
            from debatekit.io.html import html_to_text  # an HTML parser only for HTML pages

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
            if not items:
                raise ReadError(name, "no_records", f"{name}: JSON holds no records (an empty list)")
            return _records(enumerate(items), name, stem, errors, single=single), errors
        if suffix == ".jsonl":
            items = []
            for lineno, line in enumerate(text.split("\n"), 1):
                if not line.strip():
                    continue
                try:
                    items.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    items.append(_MALFORMED)
                    errors.append(
                        ReadError(
                            f"{name}:{lineno}",
                            "malformed",
                            f"{name}: malformed JSON on line {lineno} ({exc.msg})",
                        )
                    )
            # n counts non-blank lines, malformed ones too, so fixing one line does not renumber the rest
            recs = _records(((n, i) for n, i in enumerate(items) if i is not _MALFORMED), name, stem, errors)
            return recs, errors
        return _read_csv(text, name, stem, errors), errors
    except ReadError as exc:
        errors.append(exc)
        return [], errors


def _csv_rows(text: str, name: str) -> tuple[list[str], list[tuple[int, list[str]]], ReadError | None]:
    """Header and ``(first line, fields)`` of each non-blank data row; a row whose quoting runs off the
    end of the file becomes an error row and ends the file (the rows before it load)."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[tuple[int, list[str]]] = []
    unclosed = None
    line = 1
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, len(text) + 1))  # one article per cell can exceed 128 kB
    try:
        for fields in reader:
            if fields:  # an empty line is no row
                rows.append((line, fields))
            line = reader.line_num + 1
    except csv.Error as exc:
        # strict parsing fails only on quoting: a field left open, or text after its closing mark
        hint = (
            ": a quotation mark is not closed" if "end of data" in str(exc) else ": check its quotation marks"
        )
        unclosed = ReadError(
            f"{name}:{line}",
            "malformed",
            f"{name}: malformed CSV row at line {line} ({exc}{hint}); the rows from there on are not read",
        )
    finally:
        csv.field_size_limit(limit)
    if not rows:
        return [], [], unclosed
    return rows[0][1], rows[1:], unclosed


def _read_csv(text: str, name: str, stem: str, errors: list[ReadError]) -> list[dict]:
    header, rows, unclosed = _csv_rows(text, name)
    if not header:
        raise unclosed or ReadError(name, "malformed", f"{name}: malformed CSV (no header row)")
    if not any(c in header for c in ALIASES["text"]):
        raise ReadError(
            name, "no_text", f"{name}: CSV has no 'text' column (columns: {', '.join(map(str, header))})"
        )
    if not rows:
        raise unclosed or ReadError(name, "no_records", f"{name}: CSV has a header but no rows")
    # a line of spaces in a many-column file is a blank line, not a ragged row
    rows = [(ln, f) for ln, f in rows if len(header) == 1 or len(f) > 1 or f[0].strip()]
    if not rows:
        raise unclosed or ReadError(name, "no_records", f"{name}: CSV has a header but no rows")
    good: list[tuple[int, dict]] = []
    for n, (line, fields) in enumerate(rows):
        if len(fields) != len(header):
            errors.append(
                ReadError(
                    f"{name}:{line}",
                    "malformed",
                    f"{name}: CSV row at line {line} has {len(fields)} fields, the header has "
                    f"{len(header)}; row skipped, the others loaded",
                )
            )
            continue
        good.append((n, dict(zip(header, fields, strict=True))))
    if unclosed is not None:
        errors.append(unclosed)
    # n counts data rows, ragged ones too, so fixing one row does not renumber the rest
    return _records(good, name, stem, errors)
