"""Benchmark: seconds to extract statements from one very long article (1 MB and 4 MB by default).

CPU seconds (the figure to compare: the machine is shared) and wall seconds.

The article is a concatenation of written paragraphs with direct quotes, reported speech, pronouns and
a growing cast of people (new names keep appearing, as in a long live blog), so a cost that grows with
the number of people or with the look-back shows up as superlinear time.

usage: python benchmarks/bench_long_article.py [--mb 1 4]

Measured 2026-12-01 (2 shared cores, load about 20), main 37a2e13 -> after the word-set indexes of
the article's people: 1 MB 5.2 -> 4.0 CPU s (0.19 -> 0.25 MB/s), 4 MB 20.0 -> 13.4 CPU s (0.20 -> 0.30
MB/s; x3.85 -> x3.35 the 1 MB cost).

Measured 2026-12-01 (2 shared cores, load 10-15), main 4bbf21f -> mentions kept in sorted runs that grow
at their end (``MentionTimeline``) and speakers resolved with the cycle collector paused, alternating,
CPU s: 1 MB 3.6 / 3.6 / 3.9 / 3.8 / 3.9 -> 4.2 / 4.0 / 3.9 / 4.0 / 3.9 (equal within noise); 4 MB 14.6 / 13.9
-> 13.7 / 13.5 (0.27-0.29 -> 0.29-0.30 MB/s; x3.9 -> x3.4 the 1 MB cost). Tables identical.
16 MB, one run each side by side: 64.1 -> 54.1 CPU s (0.25 -> 0.30 MB/s), 185,968 statements both.

Measured 2026-12-01 (load 6-8), main c7d8e04 -> the extraction shortcuts of bench_statements.py's last
note, alternating, CPU s: 1 MB 4.14 / 3.85 -> 3.61 / 3.44 (0.26 -> 0.29 MB/s), 4 MB 14.77 / 14.57 ->
11.76 / 11.39 (0.27 -> 0.35 MB/s; x3.8 -> x3.3 the 1 MB cost), 46,504 statements both.

Measured 2026-12-02 (load 5-9, so CPU s vary by 15%; fresh processes, main 35219ee and this tree
alternating, two rounds of two runs each, best), before -> after a run's people and a name's person
remembered per article until the name index changes, words from one ``findall`` and one walk for
pronouns and roles: 1 MB 3.76 -> 3.28 CPU s (0.27 -> 0.30 MB/s), 4 MB 11.42 -> 10.89 CPU s (0.35 ->
0.37 MB/s; x3.0 -> x3.3 the 1 MB cost). This script, best of 2: 1 MB 3.2 -> 3.1, 4 MB 11.8 -> 11.3 CPU s.
Tables identical. Not met: 0.5 MB/s.
"""

from __future__ import annotations

import argparse
import time

import pandas as pd

from debatekit.extract import extract_corpus

GIVEN = (
    "Ottilie Casimir Lorna Wendell Imelda Bartholomew Henrike Leocadia Tobias Ansel Mirela Quentin".split()
)
FAMILY = "Brannock Obuya Fitch Ashgrove Sorrento Kestrel Vandermeer Oyelaran Trask Halloway Ferreira Lindqvist".split()
PLACES = "Port Elwin|Marrow Bay|Kessing|Upper Tolland".split("|")


def paragraph(i: int) -> str:
    n, m = len(GIVEN), len(FAMILY)
    a = f"{GIVEN[i % n]} {FAMILY[(i // n) % m]}-{FAMILY[(i // (n * m)) % m]}"  # up to 1,728 people
    surname = a.split()[-1]
    place = PLACES[i % len(PLACES)]
    return (
        f"{a}, a ferry captain from {place}, said the council had ignored the crews for years. "
        f'"We have asked for new boats since the spring, and nobody answered," {surname} said on Tuesday. '
        f"She added that the timetable for {place} was a disgrace. "
        f'"The fares went up twice," said harbour master {a}.\n'
    )


def article(n_bytes: int) -> str:
    parts = ["Harbour Council Votes on Ferry Fares\n\n"]
    size, i = len(parts[0]), 0
    while size < n_bytes:
        p = paragraph(i)
        parts.append(p)
        size += len(p.encode("utf-8"))
        i += 1
    return "".join(parts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, nargs="+", default=[1, 4])
    args = ap.parse_args()
    for mb in args.mb:
        text = article(int(mb * 1_000_000))
        df = pd.DataFrame(
            [
                {
                    "article_id": "long",
                    "text": text,
                    "title": None,
                    "language": "en",
                    "outlet": "x",
                    "source": None,
                }
            ]
        )
        t0, c0 = time.perf_counter(), time.process_time()
        ex = extract_corpus(df)
        secs, cpu = time.perf_counter() - t0, time.process_time() - c0
        print(
            f"{mb:g} MB article: {cpu:.1f} CPU s ({len(text) / cpu / 1e6:.2f} MB/s; wall {secs:.1f} s), "
            f"{len(ex.statements)} statements, {len(ex.speakers)} speakers"
        )


if __name__ == "__main__":
    main()
