"""The self-contained HTML report: one file, inline CSS and SVG, no network access when opened."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from debatekit.analysis import Analysis

TEMPLATE = "report.html.j2"


_OPTIONS: dict[str, Any] = {
    "autoescape": True,  # every article text and name is untrusted input
    "trim_blocks": True,
    "lstrip_blocks": True,
}
# What an environment's compiled code depends on besides the template's source: the lexer's settings
# (jinja2.lexer.get_lexer keys its lexers by these), what the code generator and optimizer read, and the
# filters and tests constant folding may call. Read from the built environment, not from ``_OPTIONS``, so
# an option given any other way still changes the cache's file names.
_COMPILE_ATTRIBUTES = (
    "block_start_string",
    "block_end_string",
    "variable_start_string",
    "variable_end_string",
    "comment_start_string",
    "comment_end_string",
    "line_statement_prefix",
    "line_comment_prefix",
    "trim_blocks",
    "lstrip_blocks",
    "newline_sequence",
    "keep_trailing_newline",
    "optimized",
    "autoescape",
    "finalize",
    "is_async",
    "undefined",
    "extensions",
    "filters",
    "tests",
)
_CACHE_PREFIX = "__debatekit_"
_STALE_DAYS = 30  # an entry of the current versions unused this long (jinja2 never touches a read one)


def _stable(value: Any) -> Any:
    """``value`` for a cache key: functions, classes and other objects by their name (their repr holds a
    memory address)."""
    if isinstance(value, dict):
        return sorted((str(k), _stable(v)) for k, v in value.items())
    if value is None or isinstance(value, (str, int, float)):
        return value
    owner = value if hasattr(value, "__qualname__") else type(value)
    module = getattr(owner, "__module__", None) or getattr(owner, "__objclass__", type).__module__
    return f"{module}.{owner.__qualname__}"


def compile_key(environment: Any) -> str:
    """A digest of everything besides a template's source that changes ``environment``'s compiled code,
    and of the jinja2 and debatekit versions (see :data:`_COMPILE_ATTRIBUTES`).

    Examples
    --------
    >>> import jinja2
    >>> compile_key(jinja2.Environment()) == compile_key(jinja2.Environment(trim_blocks=True))
    False
    """
    import jinja2

    from debatekit import __version__

    settings = [(name, _stable(getattr(environment, name, None))) for name in _COMPILE_ATTRIBUTES]
    return hashlib.sha1(repr((jinja2.__version__, __version__, settings)).encode()).hexdigest()[:12]


def _bytecode_cache(jinja2: Any, key: str, directory: str | None = None) -> Any:
    """jinja2's cache of compiled templates in the user's own temporary folder, or None.

    Compiling the report's templates took 0.1 s of each ``debatekit analyze`` (more than rendering
    them); the cache keeps the compiled code between processes. Jinja keys each entry by the template's
    path and checks its source's checksum and the Python version; the file name adds ``key``
    (:func:`compile_key`). Writing an entry removes the entries of other keys (other versions or
    options) and those unused for :data:`_STALE_DAYS` days, so the folder stays bounded. A folder that
    cannot be made safely, or written, only means compiling again.
    """

    class _Cache(jinja2.FileSystemBytecodeCache):
        def load_bytecode(self, bucket: Any) -> None:
            try:
                super().load_bytecode(bucket)
            except Exception:  # noqa: BLE001 - any damage (truncated pickle or marshal data)
                bucket.reset()  # an unreadable entry: compile again (and overwrite it)

        def dump_bytecode(self, bucket: Any) -> None:
            try:
                super().dump_bytecode(bucket)
            except OSError:
                return  # a read-only temporary folder: the next run compiles again
            _prune_cache(Path(self.directory), key, keep=self.pattern % (bucket.key,))

    try:
        return _Cache(directory, pattern=f"{_CACHE_PREFIX}{key}_%s.cache")
    except (OSError, RuntimeError):  # RuntimeError: jinja2 found no safe temporary folder
        return None


def _prune_cache(directory: Path, key: str, keep: str = "", max_age_days: float = _STALE_DAYS) -> None:
    """Remove debatekit's template cache entries in ``directory`` of another ``key``, or older than
    ``max_age_days`` (the file named ``keep`` always stays).

    Runs only when an entry is written (a template compiled), so a run that reads the cache pays nothing.
    Another process removing the same file at the same time is not an error.
    """
    import time

    ours = f"{_CACHE_PREFIX}{key}_"
    oldest = time.time() - max_age_days * 86400
    for entry in directory.glob(f"{_CACHE_PREFIX}*.cache"):
        try:
            if entry.name == keep or (entry.name.startswith(ours) and entry.stat().st_mtime >= oldest):
                continue
            entry.unlink()
        except OSError:
            continue  # gone already, or not ours to remove


def _new_environment(cache_directory: str | None = None) -> Any:
    import jinja2

    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("debatekit.report", "templates"),
        undefined=jinja2.StrictUndefined,
        **_OPTIONS,
    )
    # Set after construction: the cache's key is read from the environment as built.
    environment.bytecode_cache = _bytecode_cache(jinja2, compile_key(environment), cache_directory)
    return environment


@lru_cache(maxsize=1)
def _environment() -> Any:
    """The template environment, built on first use and kept for the process (see :func:`_bytecode_cache`)."""
    return _new_environment()


def report_context(analysis: Analysis, title: str | None = None) -> dict[str, Any]:
    """Everything the template shows, as plain data (see :mod:`debatekit.report.views`)."""
    from debatekit import __version__
    from debatekit.cells import is_true as is_fatal
    from debatekit.cells import records
    from debatekit.report import views
    from debatekit.report.debate_view import build_debate
    from debatekit.report.speaker_graph import svg_model
    from debatekit.report.summary import summary_rows

    idx = views.Index(analysis)
    discrepancies, disc_spans = views.build_discrepancies(analysis, idx)
    topics = analysis.topics
    topic_labels = {
        str(t): (str(lbl) if isinstance(lbl, str) and lbl else str(t))
        for t, lbl in zip(topics["topic_id"], topics["label"], strict=True)
    }
    errors = records(analysis.errors)
    outlets = sorted({idx.outlet(a) for a in analysis.articles["article_id"]})
    return {
        "title": title or "debatekit report",
        "version": __version__,
        "summary": summary_rows(analysis),
        "outlets": outlets,
        "events": views.build_events(analysis, idx),
        "graph": svg_model(analysis),
        "debate": build_debate(analysis),
        "rebuttals": views.cap(views.build_rebuttals(analysis, idx), views.MAX_REBUTTALS),
        "speakers": views.cap(views.build_speakers(analysis, idx), views.MAX_SPEAKERS),
        "stances": views.cap(views.build_stances(analysis, idx, topic_labels), views.MAX_STANCES),
        "discrepancies": views.cap(discrepancies, views.MAX_DISCREPANCIES),
        "articles": views.build_articles(analysis, idx, disc_spans),
        "errors": [
            {
                "source": views.text_or(e.get("source")),
                "problem": views.text_or(e.get("problem")),
                "message": views.text_or(e.get("message")),
                "fatal": is_fatal(e.get("fatal")),
            }
            for e in errors
        ],
    }


def render_report(analysis: Analysis, title: str | None = None) -> str:
    """The report as one HTML string.

    Parameters
    ----------
    analysis : Analysis
    title : str, optional
        Page title (default "debatekit report").

    Returns
    -------
    str
    """
    from debatekit.collector import collector_paused

    # The page's rows, pieces and escaped strings (some 100,000 objects for a 1 MB article) are freed by
    # reference counting; left on, the collector also walked every live object of the analysis on the
    # way: 0.07 of the 0.13 s a 1 MB article's report took (benchmarks/bench_large_article.py).
    with collector_paused():
        return _environment().get_template(TEMPLATE).render(**report_context(analysis, title))


def write_report(analysis: Analysis, path: str | Path, title: str | None = None) -> Path:
    """Write the self-contained HTML report to ``path`` (parent folders are created).

    Returns
    -------
    Path
        ``path``.
    """
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_report(analysis, title), encoding="utf-8")
    return out
