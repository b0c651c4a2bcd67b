"""Report speed and size on real articles (not a test: prints figures).

usage: python benchmarks/bench_report.py [--corpus PATH]

Analyses the IndoSum political articles (491, ../shared/corpora/indosum_political/articles.jsonl), then
times rendering the HTML report, saving every file (CSV and Parquet) and loading the saved folder back.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import debatekit as dk
from debatekit.report.html import render_report

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "indosum_political" / "articles.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(DEFAULT))
    args = parser.parse_args()

    t0 = time.perf_counter()
    result = dk.analyze(args.corpus, progress=False)
    t1 = time.perf_counter()
    html = render_report(result)
    t2 = time.perf_counter()
    print(
        f"articles: {len(result.articles)}, statements: {len(result.statements)}, speakers: {len(result.speakers)}"
    )
    print(f"analyze: {t1 - t0:.2f} s; render report: {t2 - t1:.2f} s, {len(html) / 1e6:.2f} MB")
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in ("csv", "parquet"):
            out = Path(tmp) / fmt
            t3 = time.perf_counter()
            result.save(out, format=fmt)
            t4 = time.perf_counter()
            dk.load(out)
            t5 = time.perf_counter()
            size = sum(p.stat().st_size for p in out.iterdir()) / 1e6
            print(
                f"{fmt}: save (tables + graph + report) {t4 - t3:.2f} s, load {t5 - t4:.2f} s, {size:.2f} MB on disk"
            )


if __name__ == "__main__":
    main()
