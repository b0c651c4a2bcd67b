"""Fuzz tests (Hypothesis) over the readers and the extractor: hostile bytes, quotation marks, Unicode,
random CSV/JSON shapes. No exception escapes, and every input row is analysed or named in ``errors``.

Example counts are kept small so the suite stays fast; run with ``--hypothesis-seed`` to replay one.
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import debatekit as dk
from debatekit.io import read_corpus
from debatekit.io.readers import SUFFIXES

FUZZ = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
QUOTES = "\"'“”„‟«»‹›‘’‚`「」"
# words of both language packs, quotation marks of every kind, and the Unicode that breaks naive code
TOKENS = st.sampled_from(
    [
        "kata",
        "said",
        "Rahmat",
        "Siregar",
        "Menurut",
        "according to",
        "ujarnya",
        "she added",
        ".",
        ",",
        ":",
        "\n",
        "\n\n",
        " ",
        *QUOTES,
        "\u200b",
        "\u202e",
        "\ufeff",
        "é",
        "ñ",
        "😀",
        "\u0301",
        "\r",
        "\t",
        "=1+1",
        "@x",
        "-",
    ]
)
TEXT = st.lists(st.one_of(TOKENS, st.text(max_size=12)), max_size=60).map(" ".join)
FIELD = st.one_of(TEXT, st.text(max_size=30), st.sampled_from(["", " ", '"', '""', ",", "\n"]))


def _folder() -> Path:
    return Path(tempfile.mkdtemp(prefix="dk-fuzz-"))


def _fatal_file_error(c, path: Path) -> bool:
    rows = c.errors[c.errors["source"] == str(path)]
    return bool(rows["fatal"].astype(bool).any())


def _accounted(c, path: Path, n: int) -> None:
    """Each of the ``n`` records of ``path`` is an article or an error row (or the whole file is one)."""
    if _fatal_file_error(c, path):
        return
    sources = set(c.articles["source"]) | set(c.errors["source"])
    missing = [i for i in range(n) if f"{path}#{i}" not in sources]
    assert not missing, (missing, c.errors.to_dict("records"))


@FUZZ
@given(data=st.binary(max_size=600), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_never_raise(data, suffix):
    path = _folder() / f"f{suffix}"
    path.write_bytes(data)
    c = read_corpus(path)
    assert len(c.articles) or len(c.errors), "a file neither read nor named"
    assert all(str(path) in m for m in c.errors["message"])


@FUZZ
@given(
    header=st.lists(st.sampled_from(["text", "title", "outlet", "id", "x", ""]), min_size=1, max_size=4),
    rows=st.lists(st.lists(FIELD, min_size=0, max_size=5), max_size=8),
)
def test_random_csv_shapes_lose_no_row(header, rows):
    path = _folder() / "f.csv"
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")  # so a field holding \r or \n is quoted
    writer.writerow(header)
    written = [r for r in rows if r]  # csv writes an empty list as an empty line: no row
    writer.writerows(written)
    path.write_text(buf.getvalue(), encoding="utf-8")
    c = read_corpus(path)
    if _fatal_file_error(c, path):
        return
    # each row: an article, or one error naming the row (path#n) or its line (path:line)
    fatal = c.errors[c.errors["fatal"].astype(bool)]
    row_errors = fatal["source"].str.startswith((f"{path}#", f"{path}:")).sum()
    blank = sum(1 for r in written if len(header) > 1 and len(r) == 1 and not r[0].strip())
    assert len(c.articles) + int(row_errors) == len(written) - blank, c.errors.to_dict("records")


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | FIELD,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(["text", "title", "id", "k"]), inner)
    ),
    max_leaves=12,
)
RECORD = st.fixed_dictionaries({}, optional={"text": FIELD | JSON, "title": FIELD | JSON, "id": JSON})


@FUZZ
@given(items=st.lists(RECORD | JSON, max_size=6))
def test_random_json_list_loses_no_record(items):
    path = _folder() / "f.json"
    path.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    c = read_corpus(path)
    _accounted(c, path, len(items))


@FUZZ
@given(
    lines=st.lists(
        RECORD.map(json.dumps) | st.text(max_size=20).filter(lambda s: "\n" not in s and "\r" not in s),
        max_size=6,
    )
)
@example(lines=["null"])  # found by this test: a JSON null line vanished
def test_random_jsonl_loses_no_line(lines):
    path = _folder() / "f.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    c = read_corpus(path)
    if _fatal_file_error(c, path):
        return
    # records are numbered over non-blank lines; malformed ones are named by line number instead
    n = sum(1 for ln in lines if ln.strip())
    sources = set(c.articles["source"]) | set(c.errors["source"])
    for i, line in enumerate([ln for ln in lines if ln.strip()]):
        lineno = [k for k, ln in enumerate(lines, 1) if ln.strip()][i]
        assert f"{path}#{i}" in sources or f"{path}:{lineno}" in sources, (i, line)
    assert n == 0 or len(sources)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(TEXT, min_size=1, max_size=3))
def test_extractor_survives_hostile_text(texts):
    frame = pd.DataFrame({"text": texts})
    result = dk.analyze(frame, until="statements", progress=False)
    skipped = int(result.errors["fatal"].astype(bool).sum()) if len(result.errors) else 0
    assert len(result.articles) + skipped == len(texts)  # each row analysed or named as skipped
    statements = result.statements
    for row in statements.itertuples():
        article = result.articles.loc[result.articles["article_id"] == row.article_id, "text"].iloc[0]
        assert article[row.start : row.end] == row.text


HTML_PART = st.one_of(
    TEXT,
    st.sampled_from(
        ["<p>", "</p>", "<div>", "</div>", "<script>", "</script>", "<title>", "</title>", "<br>", "<!--", "-->",
         "<meta property='og:site_name' content='", "'>", "<article>", "</article>", "&amp;", "&#0;", "&#x110000;", "<"]
    ),
)  # fmt: skip


@FUZZ
@given(parts=st.lists(HTML_PART, max_size=40))
def test_random_html_never_raises(parts):
    path = _folder() / "page.html"
    path.write_text("".join(parts), encoding="utf-8")
    c = read_corpus(path)
    assert len(c.articles) == 1 or bool(c.errors["fatal"].astype(bool).any())
