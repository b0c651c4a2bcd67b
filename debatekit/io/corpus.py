"""``read_corpus``: any source to a :class:`Corpus` of cleaned articles with metadata."""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from debatekit import schema
from debatekit.io.clean import assemble, clean_text
from debatekit.io.clean import to_raw_offset as _to_raw_offset
from debatekit.io.decode import DEFAULT_MAX_BYTES, check_encoding, normalise_newlines
from debatekit.io.errors import ReadError
from debatekit.io.metadata import detect_language, find_outlet, find_published, normalise_date, split_title
from debatekit.io.readers import expand, read_file, to_record
from debatekit.lang import DEFAULT_LANGUAGE

PROGRESS_MIN_ITEMS = 5  # "more than a few files": a bar from this many on


@dataclass
class Corpus:
    """Articles read from a source, and what went wrong while reading.

    Attributes
    ----------
    articles : pandas.DataFrame
        One row per article, columns ``schema.ARTICLE_COLUMNS``, in source order (files sorted by path).
    errors : pandas.DataFrame
        One row per problem, columns ``schema.ERROR_COLUMNS``; ``fatal`` False means loaded with a warning.

    Examples
    --------
    >>> import debatekit as dk
    >>> corpus = dk.read_corpus("examples/debate_en/articles")
    >>> len(corpus), corpus.articles["article_id"].tolist()
    (4, ['en1_lns', 'en2_harwicknow', 'en3_ledger', 'en4_hpr'])
    >>> corpus.errors.empty
    True
    """

    articles: pd.DataFrame
    errors: pd.DataFrame = field(default_factory=lambda: schema.frame(schema.ERROR_COLUMNS))

    def __len__(self) -> int:
        return len(self.articles)

    def to_raw_offset(self, article_id: str, pos: int) -> int:
        """Offset in an article's ``raw_text`` of position ``pos`` of its cleaned ``text``.

        Raises
        ------
        KeyError
            For an ``article_id`` the corpus does not hold.

        Examples
        --------
        >>> import debatekit as dk
        >>> corpus = dk.read_corpus("examples/debate_en/articles/en2_harwicknow.txt")
        >>> article = corpus.articles.iloc[0]
        >>> start = article["text"].index("Housing")
        >>> raw = corpus.to_raw_offset(article["article_id"], start)
        >>> article["raw_text"][raw : raw + 7]
        'Housing'
        """
        row = self.articles.loc[self.articles["article_id"] == article_id]
        if row.empty:
            raise KeyError(f"no article {article_id!r}")
        return _to_raw_offset(row.iloc[0], pos)


def text_id(text: str) -> str:
    """Short stable id of a text (for rows that come without one)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def build_article(
    rec: dict, *, language: str | None = None, outlet: str | None = None
) -> tuple[dict, ReadError | None]:
    """Clean one record and fill its metadata; values given by the user or the source win.

    Returns
    -------
    row : dict
        An ``articles`` row.
    warning : ReadError or None
        Set when cleaning left nothing, in which case every line is kept.
    """
    raw = rec["text"]
    cleaned = clean_text(raw)
    warning = None
    if not cleaned.text.strip():
        cleaned = assemble(cleaned.lines, {})
        warning = ReadError(
            f"{rec['source']} ({rec['article_id']})",
            "all_debris",
            f"{rec['source']} ({rec['article_id']}): every line looked like page debris; kept them all",
            fatal=False,
        )
    row = {
        "article_id": rec["article_id"],
        "outlet": outlet or rec.get("outlet") or find_outlet(cleaned, raw),
        "title": rec.get("title") or split_title(cleaned)[0],
        "published": normalise_date(rec.get("published")) or find_published(cleaned),
        "language": language or rec.get("language") or detect_language(cleaned.text, DEFAULT_LANGUAGE),
        "url": rec.get("url"),
        "source": rec["source"],
        "text": cleaned.text,
        "raw_text": raw,
    }
    return row, warning


def _progress(items: list, enabled: bool | None, desc: str) -> Iterable:
    show = enabled if enabled is not None else (len(items) >= PROGRESS_MIN_ITEMS and sys.stderr.isatty())
    if not show:
        return items
    from tqdm import tqdm

    return tqdm(items, desc=desc, unit="file" if desc == "reading" else "article", file=sys.stderr)


def _frame_records(df: pd.DataFrame, errors: list[ReadError]) -> Iterator[dict]:
    if "text" not in df.columns:
        raise ValueError(f"DataFrame has no 'text' column (columns: {', '.join(map(str, df.columns))})")
    for i, raw in enumerate(df.to_dict("records")):
        text = raw.get("text")
        if not isinstance(text, str) or not text.strip():
            errors.append(
                ReadError(
                    f"<dataframe> row {i}", "no_text", f"<dataframe> row {i}: 'text' is empty or not a string"
                )
            )
            continue
        rec = to_record(raw, "<dataframe>", "")
        rec["text"] = normalise_newlines(text)
        rec["id_hint"] = text_id(rec["text"])
        yield rec


def _file_stems(files: list[tuple[Path, Path | None]]) -> list[str]:
    """Id hints: the file stem, or the path below the scanned folder when two files share a stem."""
    stems = [f.stem for f, _ in files]
    dup = {s for s in stems if stems.count(s) > 1}
    out = []
    for (f, root), s in zip(files, stems, strict=True):
        if s in dup:
            rel = f.relative_to(root) if root is not None else f
            s = rel.with_suffix("").as_posix()
        out.append(s)
    return out


def read_corpus(
    source: Any,
    *,
    language: str | None = None,
    outlet: str | None = None,
    progress: bool | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
    exclude: Iterable[str | os.PathLike] = (),
) -> Corpus:
    """Read, clean and describe a corpus of news articles.

    Parameters
    ----------
    source : path, folder, glob, list of those, pandas.DataFrame, list of dicts or Corpus
        Files ``.txt``, ``.html``/``.htm``, ``.json`` (one record or a list), ``.jsonl``, ``.csv``;
        folders are read recursively, files sorted by path. A DataFrame needs a ``text`` column and may
        have ``article_id, outlet, published, title, url, language``; it is not modified. A list of
        dicts with those keys is read as that DataFrame's rows. A DataFrame that already has every
        ``articles`` column, or a Corpus, is returned as is (copied).
    language : str, optional
        Language code for every article (default: detected per article).
    outlet : str, optional
        Outlet for every article; wins over anything found in the text.
    progress : bool, optional
        Progress bar on stderr; default on for 5+ items when stderr is a terminal.
    max_bytes : int or None
        Files larger than this are skipped with a ``too_large`` error (default 20 MB; None for no limit,
        e.g. for one big ``.jsonl`` corpus).
    encoding : str, optional
        Text encoding of every file (``"cp1252"``, ``"latin-1"``...). Default: UTF-8, else cp1252 or
        latin-1 when they decode cleanly and the text holds a language pack's words, else detected;
        a detected encoding is noted as an ``encoding`` warning in ``errors``.
    exclude : paths of folders
        Folders whose debatekit output files are never read (the command line passes ``--out``).
        Folders holding a saved analysis (``debatekit.json``) or a ConvoKit export are always skipped.
        Every file of a folder or glob that is not read (other file types, hidden files, symlinked
        folders, debatekit's own output) gets a row in ``errors`` saying why.

    Returns
    -------
    Corpus
        ``articles`` (``schema.ARTICLE_COLUMNS``) and ``errors`` (``schema.ERROR_COLUMNS``).

    Raises
    ------
    ValueError
        A DataFrame without a ``text`` column, or an unknown ``encoding``.

    Notes
    -----
    ``article_id``: the given id; else the file stem (``stem#n`` for the n-th record, from 0, of a
    ``.json`` list, ``.jsonl`` or ``.csv``; the path below the folder when stems clash); else, for
    DataFrame rows, the first 12 hex digits of the text's SHA-1. Repeated ids get ``~2``, ``~3``...
    ``text`` is the cleaned text (see :mod:`debatekit.io.clean`), ``raw_text`` the text as read (for
    HTML, the extracted main text with the headline on top).

    Examples
    --------
    >>> import debatekit as dk
    >>> corpus = dk.read_corpus(["examples/debate_en/articles", "examples/no-such-folder"])
    >>> corpus.articles.loc[0, ["article_id", "outlet", "language"]].tolist()
    ['en1_lns', 'LNS', 'en']
    >>> corpus.errors[["source", "problem", "fatal"]].values.tolist()  # the rest is read
    [['examples/no-such-folder', 'missing', True]]

    A DataFrame needs only a ``text`` column (it is not modified):

    >>> import pandas as pd
    >>> rows = pd.DataFrame({"outlet": ["Daily A"], "text": ['Roads\\n\\n"We will fix them," Jo Roe said.']})
    >>> dk.read_corpus(rows).articles.loc[0, ["outlet", "title", "language"]].tolist()
    ['Daily A', 'Roads', 'en']
    """
    if isinstance(source, Corpus):
        return Corpus(source.articles.copy(), source.errors.copy())
    check_encoding(encoding)
    errors: list[ReadError] = []
    rows: list[dict] = []

    def add(rec: dict) -> None:
        rec["article_id"] = rec.get("article_id") or rec["id_hint"]
        row, warning = build_article(rec, language=language, outlet=outlet)
        if warning:
            errors.append(warning)
        rows.append(row)

    if isinstance(source, (list, tuple)) and source and all(isinstance(item, Mapping) for item in source):
        source = pd.DataFrame.from_records(list(source))  # article records from a notebook: a frame's rows
    if isinstance(source, pd.DataFrame):
        if set(schema.ARTICLE_COLUMNS) <= set(source.columns):
            return Corpus(source.loc[:, list(schema.ARTICLE_COLUMNS)].copy())
        records = list(_frame_records(source, errors))
        for rec in _progress(records, progress, "cleaning"):
            add(rec)
    else:
        if isinstance(source, (str, os.PathLike)):
            files, expand_errors = expand(source, exclude=exclude)
        elif isinstance(source, Iterable) and not isinstance(source, (bytes, dict)):
            files, expand_errors = expand(list(source), exclude=exclude)
        else:
            raise TypeError(
                f"cannot read a {type(source).__name__}: give a path, glob, list of paths or DataFrame"
            )
        errors.extend(expand_errors)
        stems = _file_stems(files)
        for (path, _root), stem in _progress(list(zip(files, stems, strict=True)), progress, "reading"):
            records, file_errors = read_file(path, stem=stem, max_bytes=max_bytes, encoding=encoding)
            errors.extend(file_errors)
            for rec in records:
                add(rec)

    seen: dict[str, int] = {}
    for row in rows:  # unique ids: statement ids are built on them
        aid = row["article_id"]
        seen[aid] = seen.get(aid, 0) + 1
        if seen[aid] > 1:
            row["article_id"] = f"{aid}~{seen[aid]}"
            errors.append(
                ReadError(
                    row["source"],
                    "duplicate_id",
                    f"{row['source']}: article id {aid!r} repeats; renamed {row['article_id']!r}",
                    fatal=False,
                )
            )
    return Corpus(
        schema.frame(schema.ARTICLE_COLUMNS, rows),
        schema.frame(schema.ERROR_COLUMNS, [e.as_row() for e in errors]),
    )
