"""End-to-end speed per stage on real articles, and its growth as the corpus doubles (prints figures).

usage: python benchmarks/bench_e2e.py [--sizes 1000 2000 4000 8000] [--repeat 1] [--memory]
                                      [--stability] [--warmup 100]

The corpus is every article of ``../shared/dev`` (PolNeAR train + dev, PFSA-ID dev) and
``../shared/corpora/indosum_political`` (about 2,100 English and Indonesian articles, 8.8 MB), with
distinct ids, in a fixed shuffled order so that every size is a sample of the same mix.
Sizes beyond it are reached with copies made unrelated to their original: copy ``k`` has the id
``<id>~k`` and every word of three letters or more but the stopwords, speech cues, pronouns, titles and
date words of the language packs is re-spelt by a fixed letter substitution (vowel for vowel, consonant
for consonant, case kept), and every digit shifted by ``k``, so the copies keep the
grammar (cues, stopwords, punctuation, quotation marks) but have new names and content words. They are
neither cross-outlet matches of their original nor on its topics, the way fresh articles are not.

For each size the stages run one after the other as :func:`debatekit.analyze` runs them: read (from a
DataFrame: parse, clean, metadata, language), then every stage of ``debatekit.stages.STAGES`` through
``Stage.apply`` (languages, extract, align, transcript, events, check, relate, debate), the relate stage
also split into topics, rebuttals, propositions, stances and graph. Per stage: CPU seconds (all
threads; best of ``--repeat`` runs), articles/s and MB/s by CPU time, and the growth factor against the
previous size (x2.0 is linear for a doubling). ``--memory`` also reports tracemalloc's peak over one
untimed run, as a multiple of the text size. ``--stability`` compares the topics of the real corpus
with those of the same statements once re-spelt copies double it (the corpus doubled with unrelated
articles).
An untimed run on the first ``--warmup`` articles comes first, so that imports and first-call caches
are not charged to the first size (they made its events and check look cheaper to grow from), and the
matches' own growth is printed beside each size. Exits with a message, not an error, when ``../shared``
(or ``$DEBATEKIT_SHARED``) is absent.

Measured 2026-12-01 (2 shared cores, CPU seconds at 8,000 articles / 33.5 MB, growth 4k -> 8k; copies
made by the first version of the re-spelling, which left more words alone), before -> after the
relate-stage indexes: read 20.7 -> 19.7 s (x2.05 -> x1.79), extract 54.1 -> 59.1 (x1.83 -> x1.94),
align 6.8 -> 7.4, check 30.1 -> 29.2, topics 171.1 -> 21.1 (x2.58 -> x1.56), rebuttals 27.4 -> 8.3
(x1.92 -> x2.01), stances 61.0 -> 15.5 (x3.16 -> x2.63), graph 8.7 -> 5.1, relate 269.0 -> 51.2
(x2.58 -> x1.92), whole 380.8 -> 166.5 s (21 -> 48 articles/s).

Measured 2026-12-01 with analyze's stage chain (events timed apart from check; 2 cores shared by about 8
busy processes, so figures move by 10-30 %), before -> after the check scans and CPM topics, CPU s at
1,000 / 4,000 / 8,000 articles: check 3.53 -> 0.83 / 13.10 -> 3.63 / 29.72 -> 7.15, topics 1.83 -> 2.24
/ 11.24 -> 10.98 / 28.47 -> 19.78, stances 1.60 -> 1.42 / 7.35 -> 6.71 / 18.21 -> 10.07, relate 6.01 ->
6.14 / 27.90 -> 26.11 / 65.05 -> 43.31, whole 21.2 -> 20.8 / 98.6 -> 79.5 / 196.7 -> 179.4 s. Topic stability (the real
2,105 articles vs doubled with re-spelt copies): co-topic pair Jaccard 0.127 -> 0.572.

Measured 2026-12-01 (load 14-20 on 2 cores), check and relate run on the same tables saved after the
events stage, 37a2e13 -> after the stance and label changes, CPU s at 1,000 / 2,000 / 4,000 articles:
stances 1.44 -> 1.12 / 3.40 -> 2.22 / 7.54 -> 4.13 (1k -> 2k x2.36 -> x1.98), topics 2.52 -> 1.93 /
4.33 -> 3.95 / 11.49 -> 10.50, graph 1.02 -> 0.84 / 1.79 -> 1.91 / 3.90 -> 3.53, relate 6.27 -> 5.26 /
12.23 -> 10.49 / 28.27 -> 22.42; every table and the graph identical at each size.

Measured 2026-12-01 (load 10-16 on 2 cores), 4bbf21f -> Louvain with a stopping gain and a pass bound,
check and relate on the same tables saved after events, CPU s at 1,000 / 2,000 / 4,000 / 8,000
articles: topics 2.27 -> 2.38 / 4.09 -> 4.98 / 11.37 -> 12.27 / 25.51 -> 23.42 (4k -> 8k x2.24 ->
x1.91), check 1.18 -> 1.07 / 2.12 -> 2.09 / 4.23 -> 4.71 / 7.78 -> 8.28, relate 5.55 -> 5.75 / 11.19 ->
11.67 / 23.14 -> 24.79 / 51.19 -> 50.46; every table identical at 1k, 2k and 4k; at 8k 13 of 76,969
statements change topic (11,616 -> 11,617 topics). The whole 8,000 run finished at 4bbf21f too (160.9 s).

Measured 2026-12-01 at c7d8e04 (load 4-13 on 2 cores), events and check on the tables saved after the
transcript stage, after a warm-up, best of 2, CPU s at 1,000 / 2,000 / 4,000 / 8,000 articles: events
0.66 / 1.18 / 2.48 / 5.56 (x1.80, x2.10, x2.24), check 0.93 / 1.99 / 4.09 / 8.20 (x2.13, x2.06, x2.00);
matches 29 / 183 / 409 / 1,016 (x6.3, x2.2, x2.5) and events' per-function profile grows with articles
and matches, with no pairwise step. Topics: candidate pairs 0.58 / 1.83 / 4.10 / 8.86 M, edges 0.11 /
0.33 / 0.69 / 1.42 M, Louvain passes 16 at 4k and 20 at 8k; the 8k similarity graph is one connected
component (77,401 of 77,652 statements: words the re-spelling keeps join the copies), so stopping each
component on its own gain (tried: identical topics at every size) saved no pass and was dropped.
Same tree: tracemalloc peak of events..debate at 8,000 articles 1,043 MB = 31.2 x the text (process
maximum resident size 1,557 MB with every saved table loaded); topic stability (``--stability``) co-topic
pair Jaccard 0.568 (pairs 92,497 -> 90,143, shared 66,179), topic/no-topic unchanged 0.989.

Measured 2026-12-02 (load about 7 on 2 cores), 35219ee -> the relate, check and events speed-ups
(columns read with ``tolist``, stance postings for proposition words only, digit and mark prefilters),
events..debate on the same tables saved after the transcript stage, CPU s at 1,000 / 2,000 / 4,000 /
8,000 articles: events 0.94 -> 0.93 / 1.55 -> 1.69 / 3.30 -> 3.02 / 5.83 -> 5.35, check 0.95 -> 0.71 /
2.04 -> 1.68 / 4.47 -> 3.17 / 8.94 -> 6.19, rebuttals 1.15 -> 0.86 / 2.59 -> 1.69 / 4.08 -> 3.46 / 7.78
-> 5.42, stances 1.11 -> 0.81 / 2.05 -> 1.85 / 4.25 -> 4.49 / 10.09 -> 6.76, graph 0.95 -> 0.77 / 1.68
-> 1.34 / 3.63 -> 3.85 / 6.89 -> 5.29 (the five together at 8k 39.5 -> 28.8 s); every table and the
graph identical at each size. This script after them: events 0.64 / 1.38 / 2.54 / 5.29, check 0.71 /
1.62 / 3.30 / 5.79, rebuttals 0.98 / 1.85 / 3.03 / 5.22, stances 0.82 / 1.87 / 4.30 / 7.11, graph 0.65 /
1.26 / 2.99 / 5.04 (each x1.75-x2.05 per doubling over 1k -> 8k), whole 143.4 s at 8k (56 articles/s).

Measured 2026-12-02 (load 5-7 on 2 cores), b40c2a0 -> the cycle collector paused in events, check,
rebuttals, stances and graph (``debatekit.collector``), date patterns read once per article in events
and sentence-end patterns the scan can skip to, events..debate on the same tables saved after the
transcript stage, the two trees in turn, best of 2 rounds, CPU s at 4,000 / 8,000 articles: events 1.74
-> 1.20 / 2.67 -> 2.26, check 1.72 -> 1.66 / 3.86 -> 3.31, rebuttals 2.19 -> 1.28 / 3.22 -> 2.55,
stances 2.54 -> 1.46 / 3.94 -> 2.99, graph 2.49 -> 1.21 / 3.77 -> 2.93 (the five with propositions
10.8 -> 6.8 / 17.6 -> 14.1 s); every table and the graph (nodes and edges with attributes, in order)
identical at 2k and 8k. With the collector off for the whole run, stances and graph at 8k took 2.9 and
2.4 s: its passes over the live tables were what grew them faster than the corpus. This script at
8,000 articles (load 5.5-7, one run each): events 4.04 -> 2.05, check 4.42 -> 3.33, rebuttals 4.23 ->
2.89, stances 5.36 -> 3.77, graph 4.86 -> 3.09 (the five with propositions 23.1 -> 15.2 s).

Measured 2026-12-02 (load 5-8 on 2 cores), b40c2a0 -> texts with apostrophes joining the align
tokeniser's batches, the align stage alone on the same tables saved after extract, the two trees in
turn, CPU s at 4,000 / 8,000 articles (40,009 / 79,778 statements, 946 / 3,010 matches): 6.07, 5.79 ->
2.85, 2.84 / 11.31, 12.06, 9.97, 9.25 -> 6.02, 5.59, 5.26, 4.46. About one statement in five prints an
apostrophe; each flushed the batch (17k flushes at 4k), and every flush inserted its new words into
the whole sorted vocabulary table, so encode_texts grew with the vocabulary times the flushes
(encode_texts of the 8k statements 2.77 -> 1.39 s, cProfile's align at 4k 14.6 -> 2.9 s). Matches,
groups and statements identical at 4k and 8k. On bench_align's synthetic 1M statements (load 6-9, one
run each, /work/a1m/m1c.py): align_statements CPU 108.4 -> 84.4 s (encode_texts 19.2 -> 7.0, find_pairs
62.4 -> 44.0; same 958,650 matches and 263,341 groups); bench_align at 10k and 100k still recall 1.0.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("DEBATEKIT_SHARED", HERE.parent.parent / "shared"))  # beside the clone
SOURCES = (
    "dev/en_polnear_train/articles.jsonl",
    "dev/en_polnear_dev/articles.jsonl",
    "dev/id_pfsa_dev/articles.jsonl",
    "corpora/indosum_political/articles.jsonl",
)
SEED = 0
WARMUP = 100  # articles of the untimed run before the sizes
FIELDS = ("article_id", "outlet", "text", "published", "title")
RELATE_STEPS = (
    ("topics", "debatekit.relate.topics", "assign_topics"),
    ("rebuttals", "debatekit.relate.rebuttals", "find_rebuttals"),
    ("propositions", "debatekit.relate.propositions", "rebuttal_propositions"),
    ("stances", "debatekit.relate.stance", "compute_stances"),
    ("graph", "debatekit.relate.graph", "build_graph"),
)
VOWELS = "aeiou"
CONSONANTS = "bcdfghjklmnpqrstvwxyz"
WORD = re.compile(r"[^\W\d_]{3,}")


def real_articles() -> list[dict]:
    """Every article of the shared sets, ids made distinct by their source folder."""
    out = []
    for rel in SOURCES:
        folder = Path(rel).parent.name
        for line in (SHARED / rel).read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                rec = {k: r.get(k) for k in FIELDS}
                rec["article_id"] = f"{folder}/{r['article_id']}"
                out.append(rec)
    random.Random(SEED).shuffle(out)  # every prefix a sample of the whole mix
    return out


def _protected() -> frozenset[str]:
    """Words extraction reads (stopwords, speech cues, pronouns, titles, month names): never re-spelt.
    Other listed words (number words, rebuttal and stance words, boilerplate cues) are re-spelt: kept,
    they make the copies' statements near-copies of the originals."""
    from debatekit.lang import all_packs

    found: set[str] = set()

    def walk(x: Any) -> None:
        if isinstance(x, str):
            found.update(w.lower() for w in re.findall(r"[^\W\d_]+", x))
        elif isinstance(x, re.Pattern):
            walk(x.pattern)
        elif isinstance(x, dict):
            for k, v in x.items():
                walk(k)
                walk(v)
        elif isinstance(x, (list, tuple, set, frozenset)):
            for v in x:
                walk(v)

    for pack in all_packs():
        walk(pack.text.STOPWORDS)
        walk(pack.text.ABBREVIATIONS)  # not the number words: "million dollars" is content
        for section in (pack.dates, pack.attribution):
            for name in dir(section):
                if name.isupper():
                    walk(getattr(section, name))
    return frozenset(found)


def respell(text: str, k: int, protected: frozenset[str]) -> str:
    """``text`` with its unlisted words re-spelt by the k-th letter substitution (see module docstring)."""
    table = {}
    for letters in (VOWELS, CONSONANTS):
        for i, c in enumerate(letters):
            table[c] = letters[(i + k) % len(letters)]
    upper = {a.upper(): b.upper() for a, b in table.items()}
    trans = str.maketrans({**table, **upper})

    digits = str.maketrans({str(d): str((d + k) % 10) for d in range(10)})

    def sub(m: re.Match) -> str:
        w = m.group(0)
        return w if w.lower() in protected else w.translate(trans)

    return WORD.sub(sub, text).translate(digits)


def corpus(n: int, base: list[dict], protected: frozenset[str]) -> list[dict]:
    """``n`` articles: the real ones, then re-spelt copies (see module docstring)."""
    out = list(base[:n])
    k = 0
    while len(out) < n:
        k += 1
        for r in base[: n - len(out)]:
            out.append(
                {**r, "article_id": f"{r['article_id']}~{k}", "text": respell(r["text"], k, protected)}
            )
    return out


class Clock:
    """CPU seconds per named stage."""

    def __init__(self) -> None:
        self.cpu: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        t0 = time.process_time()
        try:
            yield
        finally:
            self.cpu[name] = self.cpu.get(name, 0.0) + time.process_time() - t0

    def wrap(self, name: str, fn: Callable) -> Callable:
        def timed(*args: Any, **kwargs: Any) -> Any:
            with self.stage(name):
                return fn(*args, **kwargs)

        return timed


@contextmanager
def relate_steps_timed(clock: Clock) -> Iterator[None]:
    """Time the relate stage's steps: :func:`debatekit.relate.relate` looks them up in their modules."""
    import importlib

    saved = []
    for name, module, attr in RELATE_STEPS:
        mod = importlib.import_module(module)
        saved.append((mod, attr, getattr(mod, attr)))
        setattr(mod, attr, clock.wrap(f"relate:{name}", getattr(mod, attr)))
    try:
        yield
    finally:
        for mod, attr, fn in saved:
            setattr(mod, attr, fn)


def run(records: list[dict], clock: Clock) -> Any:
    """The pipeline of :func:`debatekit.analyze` (``debatekit.stages.STAGES``), stage by stage, timed."""
    import pandas as pd

    from debatekit import stages
    from debatekit.analysis import Analysis
    from debatekit.io import read_corpus

    frame = pd.DataFrame(records)
    with clock.stage("read"):
        c = read_corpus(frame, progress=False)
    tables = {name: getattr(Analysis(), name) for name in Analysis.table_names()}
    tables.update(articles=c.articles, errors=c.errors)
    options = stages.Options()
    with relate_steps_timed(clock):
        for stage in stages.STAGES:
            with clock.stage(stage.name):
                tables = stage.apply(tables, options)
    return Analysis(**tables)


def main_stages() -> list[str]:
    from debatekit import stages

    return ["read", *(s.name for s in stages.STAGES)]


def stage_order(cpu: dict[str, float]) -> list[str]:
    out = []
    for s in main_stages():
        if s == "relate":
            out += [k for k in cpu if k.startswith("relate:")]
        out.append(s)
    return out


def measure(records: list[dict], repeat: int) -> tuple[dict[str, float], Any]:
    best: dict[str, float] = {}
    result = None
    for _ in range(repeat):
        clock = Clock()
        result = run(records, clock)
        clock.cpu["whole"] = sum(clock.cpu[s] for s in main_stages())
        for k, v in clock.cpu.items():
            best[k] = min(best.get(k, v), v)
    return best, result


def peak_memory(records: list[dict]) -> int:
    tracemalloc.start()
    run(records, Clock())
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def topic_stability(small: Any, large: Any) -> str:
    """How the first corpus's statements are grouped once unrelated articles double the corpus.

    Pair agreement: of the statement pairs sharing a topic in either run, the share sharing one in both
    (Jaccard over co-topic pairs, computed per topic without listing pairs), and the share of statements
    whose topic/no-topic status is unchanged.
    """
    from collections import Counter

    a = dict(zip(small.statements["statement_id"], small.statements["topic_id"], strict=True))
    b = dict(zip(large.statements["statement_id"], large.statements["topic_id"], strict=True))
    common = [s for s in a if s in b]

    def pairs(counts: Counter) -> int:
        return sum(c * (c - 1) // 2 for c in counts.values())

    in_a = Counter(a[s] for s in common if isinstance(a[s], str))
    in_b = Counter(b[s] for s in common if isinstance(b[s], str))
    both = Counter((a[s], b[s]) for s in common if isinstance(a[s], str) and isinstance(b[s], str))
    pa, pb, pab = pairs(in_a), pairs(in_b), pairs(both)
    jaccard = pab / max(1, pa + pb - pab)
    same_status = sum((isinstance(a[s], str)) == (isinstance(b[s], str)) for s in common) / max(
        1, len(common)
    )
    return (
        f"topic stability on {len(common)} statements: co-topic pair Jaccard {jaccard:.3f} "
        f"(pairs {pa} -> {pb}, shared {pab}); topic/no-topic unchanged {same_status:.3f}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 4000, 8000])
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--memory", action="store_true")
    ap.add_argument("--stability", action="store_true")
    ap.add_argument("--warmup", type=int, default=WARMUP, help="articles of an untimed first run (0: none)")
    args = ap.parse_args()
    if not all((SHARED / rel).is_file() for rel in SOURCES):
        print(f"skipped: the shared data sets are not at {SHARED}")
        return
    sys.path.insert(0, str(HERE.parent))
    base = real_articles()
    protected = _protected()
    previous: dict[str, float] | None = None
    previous_matches = 0
    if args.warmup:
        # imports and first-call caches would otherwise be charged to the first size's stages (events at
        # 1,000 articles carried about 0.4 s of them), inflating it and understating the growth after it
        run(corpus(args.warmup, base, protected), Clock())
    for n in args.sizes:
        records = corpus(n, base, protected)
        mb = sum(len(r["text"].encode("utf-8")) for r in records) / 1e6
        cpu, result = measure(records, args.repeat)
        # matches grow faster than the corpus (two articles of one event are both in a sample of the real
        # articles with the square of its share): events and check do work per match and per event member
        grew = f" (x{len(result.matches) / previous_matches:.2f})" if previous_matches else ""
        print(
            f"\n{n} articles, {mb:.1f} MB, {len(result.statements)} statements, "
            f"{len(result.matches)} matches{grew}, {len(result.topics)} topics"
        )
        previous_matches = len(result.matches)
        print(f"  {'stage':<22}{'cpu s':>8}{'art/s':>9}{'MB/s':>8}{'growth':>8}")
        for s in [*stage_order(cpu), "whole"]:
            growth = f"x{cpu[s] / previous[s]:.2f}" if previous and previous.get(s) else ""
            sec = max(cpu[s], 1e-9)
            print(f"  {s:<22}{cpu[s]:>8.2f}{n / sec:>9.0f}{mb / sec:>8.2f}{growth:>8}")
        if args.memory:
            peak = peak_memory(records)
            print(f"  peak traced memory {peak / 1e6:.0f} MB = {peak / (mb * 1e6):.0f} x text size")
        previous = cpu
    if args.stability:
        n0 = len(base)
        small = run(corpus(n0, base, protected), Clock())
        large = run(corpus(2 * n0, base, protected), Clock())
        print(f"\nreal corpus ({n0} articles) vs doubled with re-spelt copies ({2 * n0}):")
        print(topic_stability(small, large))


if __name__ == "__main__":
    main()
