"""Benchmark: single machine vs a local Dask cluster on a synthetic multi-outlet corpus (prints figures).

usage: python benchmarks/bench_scale.py [--statements 10000 100000] [--million] [--workers 2]
                                        [--mode both|single|cluster] [--until matches]

The corpus is ``bench_statements.synthetic_corpus`` (Indonesian and English articles, about five statements
each) plus one shared quote per event: articles are grouped in events of three outlets, and each outlet
prints the event's quote with one word dropped, so cross-outlet matching has real work to do.

Each run happens in its own process (fresh peak-memory counters). Figures per run:
- wall time from raw records in memory to the gathered tables (read + clean, extraction, speakers,
  matching, groups; ``--until all`` adds the driver-side discrepancies and graph, the same for both);
- peak resident memory: of the process (single) or of each worker process and of the driver (cluster);
- throughput in statements per second.
The cluster run reads the raw records as a Dask DataFrame, so cleaning happens on the workers too.

Measured 2026-11-23 (2 cores, 2 worker processes x 1 thread, --until matches):

   target mode        articles    stmts matches   wall s  stmt/s  peak MB (per worker; driver)
    10000 single          1667    10002    1666      2.5    3972  187
    10000 cluster x2      1667    10002    1666      4.5    2246  223, 231; 248
   100000 single         16667   100002   16666     24.9    4021  660
   100000 cluster x2     16667   100002   16666     29.9    3341  577, 622; 608
  1000000 single        166667  1000002  166666    263.4    3797  5233
  1000000 cluster x2    166667  1000002  166666    336.9    2968  3206, 4209; 3715

Cost grows linearly (x10 statements: single x10.0 then x10.6; cluster x6.6 then x11.3, its fixed start-up
cost fading). On two cores the cluster cannot beat the single process (which already uses both cores to
score pairs); what it buys is memory spread over processes and the option of more machines.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATEMENTS_PER_ARTICLE = 6.0  # measured on synthetic_corpus(1000) with the event quotes


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _word(rng: random.Random) -> str:
    return "".join(rng.choice("bcdfghjklmnprstw") + rng.choice("aiueo") for _ in range(rng.randint(2, 4)))


def corpus(n_statements: int, seed: int = 0):
    """Raw article records with about ``n_statements`` statements."""
    sys.path.insert(0, str(HERE))
    from bench_statements import synthetic_corpus

    n_articles = max(3, round(n_statements / STATEMENTS_PER_ARTICLE))
    df = synthetic_corpus(n_articles, seed)
    texts = []
    for i, (text, lang) in enumerate(zip(df["text"], df["language"], strict=True)):
        ev = random.Random(f"{seed}-{i // 3}")  # the event: its quote and speaker
        words = [_word(ev) for _ in range(14)]
        name = f"{ev.choice(['Rudi', 'Sari', 'Tono', 'Wati'])} {ev.choice(['Hakim', 'Purba', 'Sinaga', 'Tarigan'])}"
        outlet = random.Random(f"{seed}-{i}")
        words.pop(outlet.randrange(len(words)))  # each outlet trims the quote differently
        quote = " ".join(words).capitalize()
        line = f'"{quote}," kata {name}.' if lang == "id" else f'"{quote}," said {name}.'
        lines = text.split("\n")
        texts.append("\n".join(lines[:3] + [line] + lines[3:]))
    return df.assign(text=texts)


def run_single(n: int, until: str) -> dict:
    import debatekit as dk

    df = corpus(n)
    t0 = time.perf_counter()
    res = dk.analyze(df, until=until, progress=False)
    wall = time.perf_counter() - t0
    return {
        "mode": "single",
        "articles": len(df),
        "statements": len(res.statements),
        "matches": len(res.matches),
        "speakers": len(res.speakers),
        "wall_s": wall,
        "peak_mb": [_peak_mb()],
    }


def run_cluster(n: int, until: str, workers: int) -> dict:
    import dask.dataframe as dd
    from distributed import Client, LocalCluster

    from debatekit.scale import analyze_dask

    df = corpus(n)
    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as client,
    ):
        client.wait_for_workers(workers)
        t0 = time.perf_counter()
        raw = dd.from_pandas(df, npartitions=max(2 * workers, len(df) // 1000))
        res = analyze_dask(raw, until=until).compute()
        wall = time.perf_counter() - t0
        peaks = client.run(_peak_mb)
    return {
        "mode": f"cluster x{workers}",
        "articles": len(df),
        "statements": len(res.statements),
        "matches": len(res.matches),
        "speakers": len(res.speakers),
        "wall_s": wall,
        "peak_mb": sorted(peaks.values()),
        "driver_mb": _peak_mb(),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--statements", type=int, nargs="+", default=[10_000])
    ap.add_argument("--million", action="store_true", help="also 1,000,000 statements")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--mode", choices=("both", "single", "cluster"), default="both")
    ap.add_argument("--until", choices=("statements", "matches", "all"), default="matches")
    ap.add_argument("--_run", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args._run:
        mode, n = args._run[0], int(args._run[1])
        out = run_single(n, args.until) if mode == "single" else run_cluster(n, args.until, args.workers)
        print("RESULT " + json.dumps(out))
        return
    sizes = args.statements + ([1_000_000] if args.million else [])
    modes = ["single", "cluster"] if args.mode == "both" else [args.mode]
    print(
        f"{'target':>9} {'mode':<11} {'articles':>8} {'stmts':>8} {'matches':>7} {'wall s':>8} "
        f"{'stmt/s':>7}  peak MB (per worker; driver)"
    )
    for n in sizes:
        for mode in modes:
            cmd = [
                sys.executable,
                __file__,
                "--_run",
                mode,
                str(n),
                "--until",
                args.until,
                "--workers",
                str(args.workers),
            ]
            proc = subprocess.run(cmd, capture_output=True, text=True)
            line = [x for x in proc.stdout.splitlines() if x.startswith("RESULT ")]
            if not line:
                print(f"{n:>9} {mode:<11} failed: {proc.stderr.strip().splitlines()[-1:]}")
                continue
            r = json.loads(line[0][7:])
            peaks = ", ".join(f"{p:.0f}" for p in r["peak_mb"])
            driver = f"; {r['driver_mb']:.0f}" if "driver_mb" in r else ""
            print(
                f"{n:>9} {r['mode']:<11} {r['articles']:>8} {r['statements']:>8} {r['matches']:>7} "
                f"{r['wall_s']:>8.1f} {r['statements'] / r['wall_s']:>7.0f}  {peaks}{driver}",
                flush=True,
            )


if __name__ == "__main__":
    main()
