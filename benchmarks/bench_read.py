"""Reading + cleaning speed and peak memory on real articles (not a test: prints figures).

usage: python benchmarks/bench_read.py [--n 1000] [--corpus PATH] [--lang]
       python benchmarks/bench_read.py --mix [--sizes 1000 8000] [--repeat 3] [--save DIR]

Replicates the IndoSum political articles (../shared/corpora/indosum_political/articles.jsonl) to at
least N articles, writes them as one .jsonl file per 100 articles, and times ``read_corpus`` from the
files (decode + parse + clean + metadata + language) and from a DataFrame. Outlets are dropped so the
metadata rules run. Time is one untraced run; peak memory is tracemalloc's peak of Python allocations over a second run.
``--lang`` also compares the two language detectors on the corpus and on short snippets.

``--mix`` times the read stage of ``benchmarks/bench_e2e.py`` instead: ``read_corpus`` of a DataFrame of
the real mix (``../shared/dev`` and ``../shared/corpora``, distinct articles, re-spelt copies beyond it) at
each of ``--sizes``; CPU seconds, best of ``--repeat`` runs, articles/s and MB/s. ``--save DIR`` pickles
the articles and errors tables per size, to check that a change leaves them identical.

Measured 2026-12-01 with ``--mix`` (2 cores shared by about 12 busy processes, so figures move by
10-30 %; 1d06fe4 and this version run in turn, best of 2 per round, two rounds): 1,000 articles
1.25 -> 1.15 CPU s (801 -> 867 articles/s), 8,000 articles 11.47 -> 8.45 CPU s (698 -> 947 articles/s),
tables identical. From: a line's word key only where another line shares its first and last word,
the sentence end read from the line's end, cue prefixes that hold a shorter one dropped.

Measured 2026-12-01 again (37a2e13 and this version in turn, best of 3 per round, two rounds, load
11-14 on 2 cores): 1,000 articles 1.15 / 1.12 -> 0.90 / 1.06 CPU s (873 / 896 -> 1,115 / 947 articles/s),
8,000 articles 9.11 / 9.05 -> 7.33 / 7.89 CPU s (878 / 884 -> 1,092 / 1,014 articles/s), tables identical
(the second round of this version ran beside the full test suite). Both versions alternating in one
process (load hits both alike), 2,000 articles, best of 6: 2.04 -> 1.72 and 2.09 -> 1.78 CPU s.
From: the photo-credit regex run only on lines holding a credit word and a colon (it ran on every
line of the half of the pages with no outlet found before it: 0.25 of 1.2 s per 1,000 articles), and
the language sample's words read by a byte translation and split when no letter is outside ASCII
(0.24 -> 0.12 ms per article; the same words, checked on the mix and random text).

Measured 2026-12-01 (load 10-12 on 2 cores): ``clean_text`` of the 2,000-article mix, main's
``io/clean.py`` and this one alternating in one process, 4 runs each: best 1.26 -> 1.20 CPU s, runs
1.34 / 1.39 / 1.26 / 1.41 -> 1.26 / 1.21 / 1.20 / 1.27. Whole reads (``--mix``) moved more with the
load than with the change (1,022-1,140 -> 1,043-1,172 articles/s); articles and errors tables
identical at 2,000 and 8,000. From: a line is first tried against one cue set of all three sections
(line cues, captions, panel headers), and the three only when it matches: 40 of the mix's 47,777
lines do.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
import tracemalloc
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parent.parent / "shared" / "corpora" / "indosum_political" / "articles.jsonl"

ENGLISH = [
    "The mayor said on Tuesday that the city would not raise taxes this year, despite pressure from the council.",
    "Opposition leaders rejected the plan, arguing it would hurt small businesses still recovering from the pandemic.",
    '"We are not going to leave anyone behind," she told reporters after the debate in the capital.',
    "The candidate accused his rival of misleading voters about the deficit, which officials put at $2.4 billion.",
    "Polls show a tight race, with neither side holding a clear lead going into the final week of campaigning.",
    "He said the program had already created thousands of jobs and that critics were ignoring the evidence.",
    "Election officials said turnout was higher than expected in most districts.",
    "Asked about the allegations, the minister declined to comment, saying the matter was before the courts.",
]


def replicate(path: Path, n: int) -> list[dict]:
    base = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = []
    k = 0
    while len(out) < n:
        for r in base:
            out.append({"article_id": f"{r['article_id']}~{k}", "text": r["text"]})
        k += 1
    return out


def timed(fn):
    """Seconds of one run, then tracemalloc's peak over a second run (tracing slows Python down)."""
    t0 = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - t0
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return result, seconds, peak


def compare_languages(records: list[dict]) -> None:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from debatekit.io.metadata import detect_language

    t0 = time.perf_counter()
    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(["id", "en"])
    print(f"py3langid model load: {time.perf_counter() - t0:.2f} s")
    texts = [r["text"] for r in records]

    def stopwords_only(x):
        from debatekit.lang import get_pack

        toks = x.lower().split()[:400]
        hits = {c: sum(t in get_pack(c).text.STOPWORDS for t in toks) for c in ("id", "en")}
        return max(hits, key=hits.get) if max(hits.values()) >= 3 else None

    detectors = [
        ("stopwords", stopwords_only),
        ("py3langid", lambda x: ident.classify(x)[0]),
        ("chosen (hybrid)", detect_language),
    ]
    for name, f in detectors:
        for cut in (None, 60):
            ids = [x[:cut] if cut else x for x in texts]
            ens = [x[:cut] if cut else x for x in ENGLISH]
            t0 = time.perf_counter()
            got = [f(x) for x in ids]
            ms = (time.perf_counter() - t0) * 1000 / len(ids)
            en_ok = sum(f(x) == "en" for x in ens)
            print(
                f"  {name:16} {'whole' if cut is None else f'{cut} chars':>8}: {ms:.3f} ms/article; "
                f"id {sum(g == 'id' for g in got)}/{len(got)}; en {en_ok}/{len(ens)}"
            )


def read_mix(sizes: list[int], repeat: int, save: Path | None) -> None:
    """The read stage of bench_e2e on its real mix: CPU seconds (best of ``repeat``) per size."""
    import sys

    sys.path.insert(0, str(HERE))
    import bench_e2e

    import debatekit as dk

    if not all((bench_e2e.SHARED / rel).is_file() for rel in bench_e2e.SOURCES):
        print(f"skipped: the shared data sets are not at {bench_e2e.SHARED}")
        return
    base = bench_e2e.real_articles()
    protected = bench_e2e._protected()
    dk.read_corpus(pd.DataFrame(base[:20]), progress=False)  # lazy imports warmed, as in a long run
    for n in sizes:
        frame = pd.DataFrame(bench_e2e.corpus(n, base, protected))
        mb = frame["text"].str.encode("utf-8").str.len().sum() / 1e6
        best = float("inf")
        for _ in range(repeat):
            t0 = time.process_time()
            c = dk.read_corpus(frame, progress=False)
            best = min(best, time.process_time() - t0)
        print(
            f"read {n} articles ({mb:.1f} MB): {best:.2f} CPU s, {n / best:.0f} articles/s, "
            f"{mb / best:.2f} MB/s (best of {repeat})"
        )
        if save:
            save.mkdir(parents=True, exist_ok=True)
            c.articles.to_pickle(save / f"articles_{n}.pkl")
            c.errors.to_pickle(save / f"errors_{n}.pkl")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--lang", action="store_true", help="compare language detectors")
    ap.add_argument("--mix", action="store_true", help="time the read stage on bench_e2e's real mix")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 8000])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--save", type=Path, help="with --mix: pickle the tables read here")
    args = ap.parse_args()
    if args.mix:
        read_mix(args.sizes, args.repeat, args.save)
        return

    import debatekit as dk

    records = replicate(args.corpus, args.n)
    n = len(records)
    # warm the lazy imports (dateparser, py3langid) so the figures are per-article cost
    dk.read_corpus(pd.DataFrame(records[:20]), progress=False)

    with tempfile.TemporaryDirectory() as tmp:
        for i in range(0, n, 100):
            with open(Path(tmp) / f"part{i // 100:04d}.jsonl", "w", encoding="utf-8") as fh:
                fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records[i : i + 100])
        corpus, secs_files, peak_files = timed(lambda: dk.read_corpus(tmp, progress=False))
    df = pd.DataFrame(records)
    corpus_df, secs_df, peak_df = timed(lambda: dk.read_corpus(df, progress=False))

    assert len(corpus.articles) == n and corpus.errors.empty, corpus.errors
    raw_chars = int(df["text"].str.len().sum())
    kept = int(corpus_df.articles["text"].str.len().sum())
    print(
        f"articles: {n} ({raw_chars / n:.0f} chars on average); cleaning kept {kept / raw_chars:.1%} of characters"
    )
    print(
        f"from .jsonl files: {secs_files:.2f} s total, {secs_files / n * 1000:.2f} s per 1,000 articles, "
        f"peak {peak_files / 2**20:.1f} MiB"
    )
    print(
        f"from a DataFrame:  {secs_df:.2f} s total, {secs_df / n * 1000:.2f} s per 1,000 articles, "
        f"peak {peak_df / 2**20:.1f} MiB"
    )
    if args.lang:
        compare_languages(records[: len(set(r["text"] for r in records))])


if __name__ == "__main__":
    main()
