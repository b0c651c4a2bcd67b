"""CPU of topic discovery alone as the corpus doubles, on statements saved once (prints figures).

usage: python benchmarks/bench_topics.py [--sizes 1000 2000 4000 8000] [--repeat 2]
                                         [--cache DIR] [--dump DIR] [--stability]

The corpus is ``bench_e2e.py``'s (the real articles of ``../shared``, then re-spelt copies). For each
size the stages before relate run once and the statements with their articles' languages are saved to
``--cache`` (default: a folder under the system temp dir), so later runs, and runs of another checkout
on the same cache, time :func:`debatekit.relate.topics.discover_topics` alone on the same input. Per
size: CPU seconds (best of ``--repeat``), growth against the previous size, and the CPU of each step
(words, matrix, candidates, similarity, communities, labels) with the candidate pairs, edges and
Louvain passes. ``--dump DIR`` writes each size's topics table and statement -> topic map (pickle) for
comparing two checkouts; ``--stability`` prints bench_e2e's co-topic pair Jaccard of the real corpus
against it doubled with re-spelt copies, topics only. ``debatekit`` is imported from ``PYTHONPATH``, so
the same script times another checkout. Exits with a message when ``../shared`` is absent.

Measured 2026-12-02 (2 cores, load 5-11), 35219ee -> the compiled candidate product, numpy tf-idf
matrix, 32-bit Louvain indices and 50k scoring chunks, best of 3 alternate rounds of ``--repeat 2``, CPU s
at 1,000 / 2,000 / 4,000 / 8,000 articles: 1.29 / 2.97 / 7.96 / 20.28 -> 1.18 / 2.27 / 6.18 / 15.81
(x2.50 -> x2.37 per doubling); candidate pairs 0.60 / 1.91 / 4.29 / 9.26 M, edges 0.12 / 0.35 / 0.73 /
1.51 M, Louvain passes 16 / 16 / 17 / 19; topics identical at every size. Stability (``--stability``):
co-topic pair Jaccard 0.570, topic/no-topic unchanged 0.989.

Measured 2026-12-02 (2 cores, load 2-7), 8c2a03c -> the collector paused and exact candidates (prefix
filtering, no champion lists), discover_topics's parts timed apart (each size's whole, median of 4
alternate runs; parts, best of them), CPU s at 1,000 / 2,000 / 4,000 / 8,000 articles: whole 1.29 /
3.42 / 7.23 / 16.75 -> 1.05 / 2.88 / 6.48 / 14.20 (per doubling from 2k: x2.21 -> x2.22); candidates and
scoring 0.32 / 0.85 / 1.73 / 4.31 -> 0.19 / 0.49 / 1.32 / 2.62 (pairs scored 0.60 / 1.91 / 4.29 / 9.26 M
-> 0.23 / 0.71 / 1.50 / 3.08 M, x2.05 at 4k -> 8k, of partial products 2.6 / 8.2 / 18.3 / 36.9 M);
Louvain passes 0.25 / 0.95 / 1.71 / 4.66 -> 0.19 / 0.98 / 2.10 / 4.92 (entries visited 3.4 / 10.0 / 21.4
/ 48.8 M -> 2.8 / 11.9 / 22.3 / 49.1 M: level-0 passes 13 / 13 / 13 / 14 -> 10 / 15 / 13 / 14), the part
that still grows fastest. Edges: every pair reaching MIN_SIMILARITY, 0.116 / 0.349 / 0.728 / 1.513 M ->
0.122 / 0.365 / 0.756 / 1.566 M (at 2k 15,288 of the 15,368 added pairs shared no word among both
statements' 8 heaviest, 80 were cut by champion lists). At 2k the co-topic pairs of old and new agree
at a Jaccard of 0.838 (7,732 of 20,049 statements' co-topic sets differ, 115 gain or lose a topic):
Louvain's local optimum moves with 4 % more edges. Stability (``--stability``): 0.570 -> 0.564.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_e2e  # noqa: E402  (the corpus and its copies)


def saved_statements(n: int, cache: Path) -> tuple[Any, dict[str, str | None]]:
    """Statements (id, article, text) and article languages of the ``n``-article corpus, cached."""
    path = cache / f"statements_{n}.pkl"
    if path.is_file():
        with path.open("rb") as f:
            return pickle.load(f)
    import pandas as pd

    from debatekit import stages
    from debatekit.analysis import Analysis
    from debatekit.io import read_corpus

    records = bench_e2e.corpus(n, bench_e2e.real_articles(), bench_e2e._protected())
    c = read_corpus(pd.DataFrame(records), progress=False)
    tables = {name: getattr(Analysis(), name) for name in Analysis.table_names()}
    tables.update(articles=c.articles, errors=c.errors)
    options = stages.Options()
    for stage in stages.STAGES:
        if stage.name == "relate":
            break
        tables = stage.apply(tables, options)
    arts = tables["articles"]
    language = dict(zip(arts["article_id"].astype(str), arts["language"], strict=True))
    out = (tables["statements"][["statement_id", "article_id", "text"]].copy(), language)
    cache.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        pickle.dump(out, f)
    return out


def packs(statements: Any, language: dict[str, str | None]) -> dict:
    """Each statement's language pack, as :func:`debatekit.relate.relate` builds it."""
    from debatekit.lang import get_pack

    return {
        sid: get_pack(language.get(str(aid)) if isinstance(language.get(str(aid)), str) else None)
        for sid, aid in zip(statements["statement_id"], statements["article_id"], strict=True)
    }


@contextmanager
def steps_timed(cpu: dict[str, float], counts: dict[str, int]) -> Iterator[None]:
    """Time discover_topics's steps by wrapping the module functions it looks up."""
    from debatekit.relate import topics

    names = ["_statement_words", "_matrix", "_candidates", "_similarity_edges", "_communities", "_top_words"]
    saved = {name: getattr(topics, name) for name in names}

    def wrap(name: str, fn: Callable) -> Callable:
        def timed(*args: Any, **kwargs: Any) -> Any:
            t0 = time.process_time()
            try:
                out = fn(*args, **kwargs)
            finally:
                cpu[name] = cpu.get(name, 0.0) + time.process_time() - t0
            if name == "_candidates":
                counts["candidates"] = len(out[0])
            elif name == "_similarity_edges":
                counts["edges"] = len(out[0])
            return out

        return timed

    louvain = topics._louvain_cpm

    def counted(*args: Any, **kwargs: Any) -> Any:
        labels, passes = louvain(*args, **kwargs)
        counts["passes"] = passes
        return labels, passes

    for name, fn in saved.items():
        setattr(topics, name, wrap(name, fn))
    topics._louvain_cpm = counted
    try:
        yield
    finally:
        for name, fn in saved.items():
            setattr(topics, name, fn)
        topics._louvain_cpm = louvain


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 4000, 8000])
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "debatekit_bench_topics")
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--stability", action="store_true")
    args = ap.parse_args()
    if not all((bench_e2e.SHARED / rel).is_file() for rel in bench_e2e.SOURCES):
        print(f"skipped: the shared data sets are not at {bench_e2e.SHARED}")
        return
    from debatekit.relate import topics  # from PYTHONPATH: time another checkout on the same cache

    previous = None
    print(
        f"{'size':>6} {'stmts':>7} {'cpu s':>7} {'growth':>7} {'cand M':>7} {'edges M':>8} {'passes':>6}  steps"
    )
    for n in args.sizes:
        statements, language = saved_statements(n, args.cache)
        pack_of = packs(statements, language)
        best, steps, counts = float("inf"), {}, {}
        for _ in range(args.repeat):
            cpu: dict[str, float] = {}
            t0 = time.process_time()
            with steps_timed(cpu, counts):
                table, topic_of = topics.discover_topics(statements, pack_of)
            took = time.process_time() - t0
            if took < best:
                best, steps = took, cpu
        growth = f"x{best / previous:.2f}" if previous else ""
        detail = " ".join(f"{k.strip('_')} {v:.2f}" for k, v in steps.items())
        print(
            f"{n:>6} {len(statements):>7} {best:>7.2f} {growth:>7} {counts.get('candidates', 0) / 1e6:>7.2f} "
            f"{counts.get('edges', 0) / 1e6:>8.2f} {counts.get('passes', 0):>6}  {detail}",
            flush=True,
        )
        previous = best
        if args.dump:
            args.dump.mkdir(parents=True, exist_ok=True)
            with (args.dump / f"topics_{n}.pkl").open("wb") as f:
                pickle.dump((table, topic_of), f)
    if args.stability:
        n0 = len(bench_e2e.real_articles())
        results = []
        for n in (n0, 2 * n0):
            statements, language = saved_statements(n, args.cache)
            _, topic_of = topics.discover_topics(statements, packs(statements, language))
            s = statements.copy()
            s["topic_id"] = [topic_of.get(sid) for sid in s["statement_id"]]
            results.append(type("Result", (), {"statements": s}))
        print(f"\nreal corpus ({n0} articles) vs doubled with re-spelt copies ({2 * n0}):")
        print(bench_e2e.topic_stability(*results))


if __name__ == "__main__":
    main()
