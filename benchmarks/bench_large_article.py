"""Speed per stage on one large synthetic article of 1, 4 and 16 MB (prints figures).

usage: python benchmarks/bench_large_article.py [--mb 1 4 16] [--timeout 600] [--language id|en]

The article is synthetic news paragraphs (``bench_statements``: quotes, reported speech, roles, pronouns)
from many generated articles joined into one text of the given size, so the statements and people grow
with it. Each size runs in its own process (fresh peak memory, and a ``--timeout`` in seconds after which
the size is reported as not finished). Per stage, as in ``bench_e2e.py`` plus rendering the HTML report:
CPU seconds and MB/s; then each size's cost against the previous one (x4.0 is linear for x4 text) and
the peak resident memory as a multiple of the text size.

Measured 2026-12-02 (load 5-7 on 2 cores; ``--mb 1 4``, main b40c2a0 twice, this tree between), before
-> after the role index keeping each (role words, person) once and remembering ``people_with_role``
(it scanned every role tying of the article per role mention: 86 % of extracting the 4 MB article):
extract 1 MB 1.16 / 1.52 -> 0.52 CPU s (0.86 / 0.66 -> 1.92 MB/s), 4 MB 8.19 / 8.91 -> 0.80 CPU s (0.49
/ 0.45 -> 4.97 MB/s; x7.06 / x5.86 -> x1.54 for x4 text); whole 1 MB 2.17 / 2.47 -> 1.58 s, 4 MB 9.91 /
10.72 -> 2.75 s. Statements, mentions, speakers and warnings of the 4 MB article identical.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def article(mb: float, language: str) -> str:
    """One article of about ``mb`` megabytes (UTF-8) of synthetic paragraphs."""
    import random

    sys.path.insert(0, str(HERE))
    from bench_statements import english_article, indonesian_article

    make = english_article if language == "en" else indonesian_article
    rng = random.Random(0)
    parts, size, i = [], 0, 0
    while size < mb * 1e6:
        body = make(rng, i)
        parts.append(body if i == 0 else body.split("\n", 1)[-1])  # one headline, then body paragraphs
        size += len(parts[-1].encode("utf-8")) + 2
        i += 1
    return "\n\n".join(parts)


def child(mb: float, language: str) -> None:
    """Run every stage on one article and print a JSON line of CPU seconds per stage."""
    import pandas as pd

    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(HERE.parent))
    from bench_e2e import Clock, run

    from debatekit.report.html import render_report

    text = article(mb, language)
    clock = Clock()
    result = run([{"article_id": "big", "outlet": "Synthetic", "text": text, "language": language}], clock)
    with clock.stage("report"):
        render_report(result)
    clock.cpu["whole"] = sum(clock.cpu[s] for s in ("read", "extract", "align", "check", "relate", "report"))
    print(
        json.dumps(
            {
                "mb": len(text.encode("utf-8")) / 1e6,
                "statements": len(result.statements),
                "cpu": clock.cpu,
                "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
        )
    )
    _ = pd  # imported first so that its import is not billed to a stage


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, nargs="+", default=[1, 4, 16])
    ap.add_argument("--timeout", type=float, default=600)
    ap.add_argument("--language", default="id", choices=["id", "en"])
    ap.add_argument("--child", type=float, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child is not None:
        child(args.child, args.language)
        return
    previous = None
    for mb in args.mb:
        t0 = time.perf_counter()
        try:
            out = subprocess.run(
                [sys.executable, __file__, "--child", str(mb), "--language", args.language],
                capture_output=True,
                text=True,
                timeout=args.timeout,
                check=True,
            )
        except subprocess.TimeoutExpired:
            print(f"\n{mb} MB: did not finish in {args.timeout:.0f} s")
            previous = None
            continue
        except subprocess.CalledProcessError as e:
            print(f"\n{mb} MB: failed\n{e.stderr[-2000:]}")
            previous = None
            continue
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(
            f"\n{r['mb']:.1f} MB, {r['statements']} statements, wall {time.perf_counter() - t0:.1f} s, "
            f"peak RSS {r['peak_mb']:.0f} MB = {r['peak_mb'] / r['mb']:.0f} x text"
        )
        print(f"  {'stage':<22}{'cpu s':>8}{'MB/s':>8}{'growth':>8}")
        for s, sec in r["cpu"].items():
            growth = f"x{sec / previous[s]:.2f}" if previous and previous.get(s) else ""
            print(f"  {s:<22}{sec:>8.2f}{r['mb'] / max(sec, 1e-9):>8.2f}{growth:>8}")
        previous = r["cpu"]


if __name__ == "__main__":
    main()
