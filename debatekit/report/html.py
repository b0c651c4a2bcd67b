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


def _bytecode_cache(jinja2: Any, directory: str | None = None) -> Any:
    """jinja2's cache of compiled templates in the user's own temporary folder, or None.

    Compiling the report's templates took 0.1 s of each ``debatekit analyze`` (more than rendering
    them); the cache keeps the compiled code between processes. Jinja keys each entry by the template's
    path and checks its source's checksum and the Python version; the file name adds the versions of
    jinja2 and debatekit and the environment's options, which change the compiled code too. A folder that
    cannot be made safely, or written, only means compiling again.
    """
    from debatekit import __version__

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
                pass  # a read-only temporary folder: the next run compiles again

    tag = hashlib.sha1(repr((jinja2.__version__, __version__, sorted(_OPTIONS.items()))).encode()).hexdigest()
    try:
        return _Cache(directory, pattern=f"__debatekit_{tag[:12]}_%s.cache")
    except (OSError, RuntimeError):  # RuntimeError: jinja2 found no safe temporary folder
        return None


def _new_environment(cache_directory: str | None = None) -> Any:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("debatekit.report", "templates"),
        undefined=jinja2.StrictUndefined,
        bytecode_cache=_bytecode_cache(jinja2, cache_directory),
        **_OPTIONS,
    )


@lru_cache(maxsize=1)
def _environment() -> Any:
    """The template environment, built on first use and kept for the process (see :func:`_bytecode_cache`)."""
    return _new_environment()


def report_context(analysis: Analysis, title: str | None = None) -> dict[str, Any]:
    """Everything the template shows, as plain data (see :mod:`debatekit.report.views`)."""
    from debatekit import __version__
    from debatekit.cells import is_true as is_fatal
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
    errors = analysis.errors.to_dict("records")
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
