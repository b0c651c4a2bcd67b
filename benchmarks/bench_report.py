"""Report speed and size on real articles (not a test: prints figures).

usage: python benchmarks/bench_report.py [--corpus PATH]

Analyses the IndoSum political articles (491, ../shared/corpora/indosum_political/articles.jsonl), then
times rendering the HTML report, saving every file (CSV and Parquet) and loading the saved folder back,
in CPU seconds of this process (wall moves with the machine's load).

Measured 2026-12-02 (load 7.3-7.6), b40c2a0 and s9-cli alternately, twice: render report 0.25 / 0.22
-> 0.27 / 0.20 s (2.15 MB; the collector pause matters on one large article, bench_large_article.py,
not here), CSV save 1.55 / 1.49 -> 1.18 / 1.10 s (noise: nothing on that path changed). Of a save
(5,183 nodes, 10,183 edges), timed part by part: GraphML 0.56-0.72 s, node-link JSON 0.15-0.20 s (the
pure-Python encoder, as ``indent`` needs), the 14 CSV tables 0.14-0.20 s, the report 0.18 s: the graph
exporters of relate/export.py are half of it.
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

    t0 = time.process_time()
    result = dk.analyze(args.corpus, progress=False)
    t1 = time.process_time()
    html = render_report(result)
    t2 = time.process_time()
    print(
        f"articles: {len(result.articles)}, statements: {len(result.statements)}, speakers: {len(result.speakers)}"
    )
    print(f"analyze: {t1 - t0:.2f} s; render report: {t2 - t1:.2f} s, {len(html) / 1e6:.2f} MB")
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in ("csv", "parquet"):
            out = Path(tmp) / fmt
            t3 = time.process_time()
            result.save(out, format=fmt)
            t4 = time.process_time()
            dk.load(out)
            t5 = time.process_time()
            size = sum(p.stat().st_size for p in out.iterdir()) / 1e6
            print(
                f"{fmt}: save (tables + graph + report) {t4 - t3:.2f} s, load {t5 - t4:.2f} s, {size:.2f} MB on disk"
            )


if __name__ == "__main__":
    main()
