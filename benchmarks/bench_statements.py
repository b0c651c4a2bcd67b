"""Benchmark: articles per second for ``dk.analyze(..., until="statements")``.

Builds a synthetic multi-outlet corpus (Indonesian and English news-like articles with quotes,
reported speech, roles, pronouns and epithets) and, when ../shared is present, also times the 491 real
IndoSum articles. Prints wall time, articles/s and peak resident memory.

With ``--real-mix SIZES`` it instead times reading and extraction alone on the real mix of
``bench_e2e.py`` (the same articles, order and re-spelt copies) at each size: CPU seconds, articles/s,
MB/s and the growth factor per doubling, in ``bench_e2e.py``'s format (the later stages are left out,
so the sizes up to 8,000 take a few minutes).

usage: python benchmarks/bench_statements.py [--articles 10000] [--seed 0]
       python benchmarks/bench_statements.py --real-mix 1000 2000 4000 8000

Measured 2026-12-01 (2 cores shared, load 13-16; extract_corpus alone on 2,000 already-read articles of
the real mix, CPU s, best of 2, two rounds alternating trees), before -> after the per-word shortcuts
of extraction: 22.4 / 21.3 s (89 / 94 articles/s) -> 17.6 (part of them) / 13.7 s (146 articles/s);
bench_long_article.py 1 MB 6.2 / 5.2 -> 4.8 / 3.2 CPU s, 4 MB 22.4 / 22.2 -> 18.4 / 15.9 CPU s. Output
identical (statements, mentions, speakers, warnings).

Measured 2026-12-01 again (load 16-21; same measure, main 37a2e13 and this tree alternating, two
rounds), before -> after tables built column by column, the cycle collector paused per article and
people found through word-set indexes: 19.0 / 20.5 -> 16.7 / 17.7 CPU s (105 / 98 -> 120 / 113
articles/s); bench_long_article.py 1 MB 5.2 -> 4.0 CPU s, 4 MB 20.0 -> 13.4 CPU s (x3.85 -> x3.35 for
x4 text, 0.20 -> 0.30 MB/s). Statements, mentions, speakers and warnings of the mix, en_polnear_train,
en_polnear_dev, id_pfsa_dev and the 1 MB article identical.

Measured 2026-12-01 (load 11-15; extract_corpus alone on the 2,000 already-read articles of the mix, CPU
s, main 4bbf21f and this tree alternating, three rounds), before -> after ``MentionTimeline`` and the
collector paused in ``resolve_speakers``: 18.31 / 16.94 / 17.83 -> 17.29 / 16.33 / 17.50 (best 118 -> 122
articles/s). The 20 extraction tables of the mix, en_polnear_train, en_polnear_dev, id_pfsa_dev and the
1 MB article identical.

Measured 2026-12-01 (load 6-8; extract_corpus alone on the 2,000 already-read articles of the mix, CPU
s, main c7d8e04 and this tree alternating in fresh processes, three rounds), before -> after the
reported-speech rules skipped for sentences without a cue word (one trie search of the lower-cased
text), a run's parsed name read once per distinct run of an article, ``run_is_person`` remembered by
the run's text, quoted nicknames found from the marks and ``sentences`` without slices: 19.68 / 18.03 /
17.61 -> 16.72 / 16.01 / 15.79 (best 114 -> 127 articles/s). The 20 extraction tables of the mix,
en_polnear_train, en_polnear_dev, id_pfsa_dev and the 1 MB article identical, and every table of
``/work/notes/snapshot.py``'s cases.

Measured 2026-12-02 (load 5-9; extract_corpus alone on the 2,000 already-read articles of the mix, CPU
s, main 35219ee and this tree alternating in fresh processes, two rounds of two runs), before -> after
the collector paused over the whole article loop rather than per article (re-enabling it after each
article made it walk every record kept so far), records read with one ``attrgetter`` in
``tables_from`` and the caches of bench_long_article.py's last note: 17.88 / 17.49 / 18.88 / 17.33 ->
17.36 / 15.83 / 16.18 / 16.34 (best 115 -> 126 articles/s). The 20 extraction tables of the mix,
en_polnear_train, en_polnear_dev, id_pfsa_dev and the 1 MB article identical, and every table of
``/work/notes/snapshot.py``'s cases.

Measured 2026-12-02 (load 5-7 on 2 cores; the extract stage alone on the 2,105 already-read real
articles), main b40c2a0 -> the role index kept once per (role words, person), role, place and pronoun
words found by one comprehension, possessive word scan, run lists, ``verb_of`` keyed by the token and
sentence-initial offsets from one scan: CPU seconds did not separate the trees at this load (main 8.6-14.1
s, this tree 7.4-12.1 s over four alternating rounds; ``bench_e2e.py --sizes 2105`` side by side 11.42 ->
11.13 s, 184 -> 189 articles/s), so instructions were counted (valgrind cachegrind, extraction of 400 of
the articles less a 1-article run): 9.36 G -> 9.02 G (-3.6 %; the role index alone 9.35 G). The long
article gains most: bench_large_article.py's note. Statements, mentions, speakers and warnings of the
2,105 articles and of the 4 MB article identical; every scorer line identical.

Measured 2026-12-02 (load 4-8 on 2 cores), main 8c2a03c -> one word scan that also gives the word
starts, the lower-case and capitalised words and the positions of the watched words (pronouns, role,
place and "known as" words), sentences in accepted quotes left out before the cue-word search, role
heads matched by length, degree answers remembered, the first words of sentences read by index, and a
few scans that skip to their marks: instructions (valgrind cachegrind, PYTHONHASHSEED=0, extraction of
300 articles less a 1-article run) 8.06 G -> 7.37 G (-8.5 %) on the first 300 real articles, 8.01 G ->
7.34 G (-8.3 %) on 300 re-spelt copies (articles 4,000-4,299 of the 8,000 mix). CPU seconds of
extract_corpus on the 2,105 already-read articles, the trees in turn, six rounds: 14.00 / 16.27 / 17.73 /
16.64 / 16.22 / 15.21 -> 10.93 / 13.71 / 15.89 / 14.49 / 14.07 / 15.08 (median 130 -> 147 articles/s),
but at this load two rounds of extract_articles alone (15.71 / 16.39 -> 15.46 / 16.75 s) and two of the
8,000 mix (47.0 / 52.4 -> 47.1 / 46.2 s) did not separate the trees. Statements, mentions, speakers and
warnings of en_polnear_train, en_polnear_dev, id_pfsa_dev and the 8,000 mix identical
(assert_frame_equal); every scorer line identical.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import time
from pathlib import Path

import pandas as pd

import debatekit as dk

FIRST = [
    "Andi",
    "Budi",
    "Citra",
    "Dewi",
    "Eko",
    "Fajar",
    "Gita",
    "Hadi",
    "Intan",
    "Joko",
    "Kartika",
    "Lukman",
]
LAST = ["Saputra", "Siregar", "Lubis", "Wijaya", "Pratama", "Nasution", "Hasibuan", "Rahman", "Kusuma"]
ROLES_ID = ["Wali Kota Kotabaru", "Ketua DPRD Kotabaru", "Calon Wali Kota nomor urut 1", "Pengamat politik"]
VERBS_ID = ["kata", "ujar", "jelas", "tegas", "tutur"]
REPORT_ID = ["mengatakan", "menegaskan", "menilai", "menjelaskan"]
CLAUSES_ID = [
    "anggaran pendidikan harus naik tahun depan",
    "banjir di kawasan timur belum tertangani dengan baik",
    "program bantuan usaha kecil sudah menjangkau seluruh kecamatan",
    "jalan lingkar selatan akan selesai sebelum akhir tahun",
    "pelayanan kesehatan gratis perlu diperluas ke desa terpencil",
]
ROLES_EN = ["Mayor", "Councilmember", "state Sen.", "Commissioner"]
FIRST_EN = ["Diane", "Carlos", "Janet", "Marcus", "Priya", "Owen", "Grace", "Tomas"]
LAST_EN = ["Harmon", "Lopez", "Wu", "Bennett", "Patel", "Okafor", "Novak", "Reyes"]
CLAUSES_EN = [
    "the city will finish the light-rail line by next spring",
    "property taxes have risen faster than wages for a decade",
    "the police budget must be reviewed line by line",
    "affordable housing is the most urgent issue in the district",
]


def indonesian_article(rng: random.Random, i: int) -> str:
    a, b = (f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(2))
    ra, rb = rng.sample(ROLES_ID, 2)
    c1, c2, c3 = rng.sample(CLAUSES_ID, 3)
    short_a, short_b = a.split()[0], b.split()[0]
    return "\n".join(
        [
            f"{short_a} dan {short_b} Beradu Gagasan di Debat Ke-{i}",
            f"Kotabaru (Warta) - {ra} {a} menegaskan {c1}.",
            f'"{c2.capitalize()}. Kami sudah menyiapkan rencananya," {rng.choice(VERBS_ID)} {short_a} di Kotabaru, Sabtu (12/10).',
            f"Namun, pernyataan {short_a} itu dibantah oleh {rb}, {b}.",
            f"Menurut {short_b}, {c3}.",
            f'"Warga butuh bukti, bukan janji. Lihat saja data tahun lalu," {rng.choice(VERBS_ID)}nya.',
            f"Ia juga {rng.choice(REPORT_ID)} bahwa {c1}.",
            f'Program "Kotabaru {rng.choice(["Hijau", "Cerdas", "Sehat"])}" menjadi sorotan kedua calon.',
        ]
        + [
            f"Paragraf latar belakang nomor {k} tentang sejarah kota dan jumlah penduduknya."
            for k in range(6)
        ]
    )


def english_article(rng: random.Random, i: int) -> str:
    a = f"{rng.choice(FIRST_EN)} {rng.choice(LAST_EN)}"
    b = f"{rng.choice(FIRST_EN)} {rng.choice(LAST_EN)}"
    c1, c2, c3 = rng.sample(CLAUSES_EN, 3)
    return "\n".join(
        [
            f"Candidates spar in debate number {i}",
            f"SPRINGFIELD (Metro Wire) - {rng.choice(ROLES_EN)} {a} and {b} clashed Tuesday over the budget.",
            f'"{c1.capitalize()}," {a.split()[1]} said. "We have the money to do it."',
            f'"That promise is {rng.choice(["hollow", "a fantasy", "years late"])}," said {b.split()[1]}.',
            f"According to {a.split()[1]}, {c2}.",
            f"She added that {c3}.",
        ]
        + [f"Background paragraph {k} about the district and its history." for k in range(6)]
    )


def synthetic_corpus(n: int, seed: int = 0) -> pd.DataFrame:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        english = i % 3 == 2
        text = english_article(rng, i) if english else indonesian_article(rng, i)
        rows.append({"article_id": f"syn{i:06d}", "text": text, "language": "en" if english else "id"})
    return pd.DataFrame(rows)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def time_analyze(df: pd.DataFrame, label: str) -> None:
    t0 = time.perf_counter()
    corpus = dk.read_corpus(df)
    t1 = time.perf_counter()
    result = dk.analyze(corpus, until="statements")
    t2 = time.perf_counter()
    n = len(df)
    print(
        f"{label:<28} {n:>7} articles  read {t1 - t0:6.2f}s  extract {t2 - t1:6.2f}s  "
        f"total {t2 - t0:6.2f}s  {n / (t2 - t0):7.0f} articles/s  "
        f"statements {len(result.statements):>7}  speakers {len(result.speakers):>6}  peak RSS {peak_rss_mb():7.0f} MB"
    )


def real_mix(sizes: list[int]) -> None:
    """Read and extract CPU seconds on ``bench_e2e.py``'s real mix at each size."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_e2e import SHARED, SOURCES, Clock, corpus, real_articles
    from bench_e2e import _protected as protected_words

    from debatekit.extract import extract_corpus

    if not all((SHARED / rel).is_file() for rel in SOURCES):
        print(f"skipped: the shared data sets are not at {SHARED}")
        return
    base, protected = real_articles(), protected_words()
    dk.read_corpus(
        pd.DataFrame(base[:20]), progress=False
    )  # lazy imports (dateparser, py3langid) out of the timing
    previous: dict[str, float] | None = None
    for n in sizes:
        records = corpus(n, base, protected)
        mb = sum(len(r["text"].encode("utf-8")) for r in records) / 1e6
        clock = Clock()
        frame = pd.DataFrame(records)
        with clock.stage("read"):
            c = dk.read_corpus(frame, progress=False)
        with clock.stage("extract"):
            ex = extract_corpus(c.articles)
        print(f"\n{n} articles, {mb:.1f} MB, {len(ex.statements)} statements, {len(ex.speakers)} speakers")
        print(f"  {'stage':<22}{'cpu s':>8}{'art/s':>9}{'MB/s':>8}{'growth':>8}")
        for s, sec in clock.cpu.items():
            growth = f"x{sec / previous[s]:.2f}" if previous and previous.get(s) else ""
            print(f"  {s:<22}{sec:>8.2f}{n / max(sec, 1e-9):>9.0f}{mb / max(sec, 1e-9):>8.2f}{growth:>8}")
        previous = clock.cpu


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--real-mix", type=int, nargs="+", metavar="SIZE", help="read + extract on bench_e2e's mix"
    )
    args = ap.parse_args()
    if args.real_mix:
        real_mix(args.real_mix)
        return
    print("single process, one core")
    time_analyze(synthetic_corpus(args.articles, args.seed), "synthetic id+en")
    real = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "indosum_political" / "articles.jsonl"
    if real.is_file():
        rows = [json.loads(line) for line in real.read_text(encoding="utf-8").splitlines() if line.strip()]
        df = pd.DataFrame(rows)
        time_analyze(df, "IndoSum real (491)")
        big = pd.concat([df.assign(article_id=df.article_id + f"-{k}") for k in range(10)], ignore_index=True)
        time_analyze(big, "IndoSum real x10")


if __name__ == "__main__":
    main()
