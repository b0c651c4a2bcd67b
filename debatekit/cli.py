"""``debatekit`` command line: ``debatekit analyze PATH... --out DIR``.

Exit status: 0 on success, 1 when nothing could be read (or the input could not be opened at all),
2 for a usage error (argparse).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import textwrap
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

STAGES = ("articles", "statements", "matches", "all")


def positive_int(value: str) -> int:
    """An argparse type: a whole number of at least 1 (``--workers``)."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a number of workers: give 1 or more")
    return n


def text_encoding(value: str) -> str:
    """An argparse type: an encoding Python knows (``--encoding``)."""
    from debatekit.io.decode import check_encoding

    try:
        return check_encoding(value) or value
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


class _HelpFormatter(argparse.HelpFormatter):
    """Wraps prose as usual but keeps indented paragraphs (command examples) as written, so a path is
    never broken across lines."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n\n".join(
            p
            if p.startswith("  ")
            else textwrap.fill(
                " ".join(p.split()),
                width,
                initial_indent=indent,
                subsequent_indent=indent,
                break_on_hyphens=False,  # "debatekit-out" stays whole
                break_long_words=False,
            )
            for p in text.split("\n\n")
        )


EPILOG = (
    "example:\n\n"
    "  debatekit analyze examples/debate_id/articles examples/debate_en/articles \\\n"
    "      --out debatekit-out\n\n"
    "then open debatekit-out/report.html; in Python, debatekit.load('debatekit-out') reopens the tables. "
    "debatekit's own output files (the --out folder, saved analyses, ConvoKit exports) are never read as "
    "input, even inside an input folder; every file not read is listed with the reason."
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for tests and documentation)."""
    from debatekit import __version__
    from debatekit.lang import AVAILABLE  # a new language pack shows up here by itself

    parser = argparse.ArgumentParser(
        prog="debatekit",
        description="Analyse political debates as the news reports them: who said what, how outlets "
        "differ, who rebuts whom.",
    )
    parser.add_argument("--version", action="version", version=f"debatekit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    analyze = sub.add_parser(
        "analyze",
        help="analyse a corpus of articles and write tables, graph and an HTML report",
        description="Read articles (folders, files, globs: .txt .html .json .jsonl .csv), find statements, "
        "speakers, cross-outlet matches, discrepancies, rebuttals and stances, and write them to --out: "
        "articles, statements, speakers, matches, discrepancies, rebuttals, stances tables (plus mentions, "
        "statement_groups, topics, turns, errors), graph.graphml, graph.json, report.html and the "
        "debatekit.json manifest.",
        epilog=EPILOG,
        formatter_class=_HelpFormatter,
    )
    analyze.add_argument(
        "paths", nargs="*", metavar="PATH", help="article folder, file or glob (optional with --transcript)"
    )
    analyze.add_argument(
        "--out", "-o", required=True, metavar="DIR", help="output folder (created if missing)"
    )
    analyze.add_argument(
        "--transcript",
        metavar="FILE",
        help="debate transcript: analysed on its own (speakers, statements, rebuttals) and checked against news",
    )
    analyze.add_argument(
        "--language", choices=AVAILABLE, help="force a language pack (default: detect per article)"
    )
    analyze.add_argument(
        "--encoding",
        type=text_encoding,
        metavar="NAME",
        help="text encoding of the input files, e.g. cp1252 or latin-1 (default: UTF-8, else detected)",
    )
    analyze.add_argument(
        "--format", choices=("csv", "parquet"), default="csv", help="table format (default csv)"
    )
    analyze.add_argument("--until", choices=STAGES, default="all", help="stop after this stage (default all)")
    analyze.add_argument(
        "--aliases", metavar="CSV", help="people's aliases: rows of 'full name,alias[,alias...]'"
    )
    analyze.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary")
    analyze.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run on this Dask scheduler (tcp://host:8786; needs debatekit[dask])",
    )
    analyze.add_argument(
        "--workers",
        type=positive_int,
        metavar="N",
        help="run on a local Dask cluster of N (1 or more) worker processes (debatekit[dask])",
    )
    return parser


def _source(paths: Sequence[str]) -> str | list[str]:
    # One argument stays a string so read_corpus can expand it as a glob or folder.
    return paths[0] if len(paths) == 1 else list(paths)


def run_analyze(args: argparse.Namespace) -> int:
    """Run ``analyze`` for parsed ``args``; return the exit status."""
    import debatekit as dk
    from debatekit.extract.aliases import read_aliases_csv
    from debatekit.report.summary import format_summary, problem_lines

    if args.format == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            print(
                "debatekit: error: --format parquet needs pyarrow (pip install 'debatekit[parquet]')",
                file=sys.stderr,
            )
            return 1
    progress = False if args.quiet else None
    if not args.paths and not args.transcript:
        print("debatekit: error: give article paths, a --transcript, or both", file=sys.stderr)
        return 2
    try:
        # Read first: an empty corpus stops here with the reasons, before any later stage runs.
        # --out is never read back as input, even when it lies inside an input folder.
        options = {"language": args.language, "progress": progress}
        sources = _source(args.paths) if args.paths else []
        if (
            args.paths
            and (args.scheduler or args.workers)
            and all(p.endswith(".parquet") for p in args.paths)
        ):
            from debatekit.scale import read_corpus as read_parquet  # Parquet files of articles

            corpus = read_parquet(sources, **options)
        else:
            corpus = dk.read_corpus(sources, encoding=args.encoding, exclude=[args.out], **options)
        if corpus.articles.empty and args.paths:
            print("debatekit: error: no article could be read from " + ", ".join(args.paths), file=sys.stderr)
            for line in problem_lines(dk.Analysis(articles=corpus.articles, errors=corpus.errors)):
                print(line, file=sys.stderr)
            return 1
        settings = {  # the same options on one machine and on a Dask cluster
            "transcript": args.transcript,
            "debate": bool(args.transcript),  # the debate itself, beside the news
            "language": args.language,
            "until": args.until,
            "aliases": read_aliases_csv(args.aliases) if args.aliases else None,
        }
        if args.scheduler or args.workers:
            from debatekit.scale import analyze_on_cluster  # the same tables, computed on a Dask cluster

            result = analyze_on_cluster(corpus, args.scheduler, args.workers, **settings)
        else:
            result = dk.analyze(corpus, progress=progress, **settings)
    except (OSError, ValueError) as exc:  # unreadable input as a whole: say what and stop
        print(f"debatekit: error: {exc}", file=sys.stderr)
        return 1
    try:
        out = result.save(args.out, format=args.format)
    except OSError as exc:  # --out is a file, or not writable
        print(f"debatekit: error: cannot write to {args.out}: {exc}", file=sys.stderr)
        return 1
    if not args.quiet:
        print(format_summary(result))
        print(f"wrote {len(list(Path(out).iterdir()))} files to {out} (open {Path(out) / 'report.html'})")
    return 0


# The command's collector thresholds (mypy tunes its process the same way). With Python's default
# (a young-generation collection every 700 allocations) the examples ran about 250 collections, 0.1 s
# (7 %) of the command's CPU, most of them while pandas and networkx were imported; this one runs none
# on the examples and still collects every 200,000 allocations on a large corpus.
GC_THRESHOLDS = (200_000, 30, 30)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``debatekit`` command."""
    previous = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        args = build_parser().parse_args(argv)
        if args.command == "analyze":
            return run_analyze(args)
        return 2  # pragma: no cover (argparse rejects unknown commands first)
    finally:
        gc.set_threshold(*previous)  # main() called in a caller's process leaves it as it was


def run() -> NoReturn:
    """The ``debatekit`` program (``python -m debatekit.cli`` too): :func:`main`, then a quick exit.

    Tearing the interpreter down after the command (every pandas, NumPy, pyarrow and networkx object
    freed, module by module, with full garbage collections on the way) took 0.2-0.3 s CPU after the
    examples, about as much as analysing them; the files are written and closed by then, so the process
    flushes its output and ends without it (as mypy does). After a Dask run (its client's threads and
    worker processes), with another thread still running, under a profiler or tracer (``python -m
    cProfile -o``, ``coverage run``: they write their results after the program returns), or with output
    that cannot be flushed (a closed pipe) it exits the usual way. In a caller's process use
    :func:`main`, which returns the status.
    """
    status = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # the usual exit reports (or ignores) it as before
        sys.exit(status)
    if threading.active_count() > 1 or "distributed" in sys.modules or _observed():
        sys.exit(status)
    os._exit(status)


def _observed() -> bool:
    """Whether a profiler or a coverage tracer watches this process (it saves its data on the way out)."""
    return sys.getprofile() is not None or sys.gettrace() is not None or "coverage" in sys.modules


if __name__ == "__main__":  # pragma: no cover
    run()
