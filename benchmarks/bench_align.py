"""Cross-outlet alignment speed, peak memory and recall on a synthetic corpus (not a test: prints figures).

usage: python benchmarks/bench_align.py [--sizes 1000 10000 100000] [--million] [--sample 200]

The corpus is built from known variants. Events are covered by 2-5 outlets (one article each); each
utterance of an event is printed by a random subset of them as: a verbatim copy, a minor edit (one or two
words changed, dropped or added), a split (two statements in one article), a truncation (60-75 % of it),
or a paraphrase-level rewording (a quarter of the content words replaced, words added); words come from a
Zipf vocabulary with Indonesian stopwords mixed in, so statements of one event share topic words.

Figures per size (each run in its own process, so peak RSS is that of one run):
- wall time of ``align_statements`` on the DataFrame (tokenising, blocking, scoring, labels, diffs, groups);
- peak resident memory of the process (corpus included);
- recall vs exhaustive: for a random sample of statements, every statement of the corpus is scored with
  the same test (``process.cdist``, all cores) and the pairs it accepts are looked up in the matches;
- recall vs planted: share of the planted pairs (same utterance, overlapping spans, different articles)
  found, and precision: share of matches that are planted pairs;
- the plain reference (:func:`reference_pairs`: word-bigram inverted index, posting lists capped at 100,
  two shared bigrams, rapidfuzz ``token_set_ratio``), run in the same process on the same corpus:
  its time, recall and precision, and debatekit's time (whole ``align_statements``: matching, labels,
  diffs, groups; and matching alone, ``find_pairs``) and planted recall as a ratio of it;
- the same ratios in CPU seconds of the process (all threads: ``cpu/ref``, ``mcpu/ref``): on a shared
  machine the wall-clock ratio moves with the others' load between the two runs, CPU seconds much less.

Measured 2026-12-01 (2 cores shared with seven other sessions, load 10-16; before = 9110515, after =
the sparse-product candidates and batch tokenising): at 100k statements matching alone 1.52 -> 0.76 of
the reference's wall time (1.49 -> 0.74 in CPU seconds), the whole align stage 2.53 -> 1.51 (2.76 ->
1.74 CPU); at 10k matching 0.95 -> 0.43 (CPU 0.94 -> 0.44), whole 1.67 -> 1.66 (CPU 2.10 -> 1.68);
same matches, recall 1.0 against exhaustive scoring at both sizes.
Then (0c8312a -> any-order counts only where the in-order words fail, sorted and stemmed strings built in
numpy from the word codes): matching alone at 100k 0.63 -> 0.54 of the reference's CPU seconds (wall 0.44
-> 0.51, load-dependent), at 10k 0.63 -> 0.35 (wall 0.71 -> 0.38); same matches, recall 1.0.
Then (1d06fe4 -> token strings with one code point per word and one int64 sort; load 10-17, so wall
times are 3-10x the CPU seconds): matching alone at 100k 0.67 -> 0.64 of the reference's CPU seconds
(5.68 -> 5.05 s), at 10k 0.49 -> 0.41; same matches. Recall against exhaustive scoring now decides each
exhaustive pair as the aligner does (label_matches: two people on a statement of at most five content
words are never a match), which the exhaustive side skipped: at 300k 0.987 -> 0.997 on 200 statements
(4 of the 5 "misses" were such pairs; the fifth is one speaker's two statements of one event sharing no
bigram: same topic, not one utterance).
Then (37a2e13 -> labelling in batches: a batch's tokens, cut points and one-character-per-token strings
at once, opcodes on those strings, stems per statement, the cycle collector paused; load 11-20):
``label_matches`` alone at 100k 12.69 -> 5.32 s CPU, at 250k 34.58 -> 13.59 (best of 2-3); at 100k by
part, before: surface tokens 2.09, cut points 1.82, opcodes 1.11, relation_note 1.93, word_diff 2.95;
after: tokens + cut points + token strings 1.45, opcodes 0.45, relation_note 1.77, word_diff 1.14.
Matches identical (relation, score, note, diff) at 100k and 250k; matching itself unchanged.
At 1M (one run, load 21): whole ``align_statements`` 166.3 s CPU (about 190 before), 958,650 matches,
peak RSS 3,886 MB with the 1,262 MB corpus. At 100k: matching alone 0.58 of the reference's CPU seconds,
the whole align stage 1.41, recall 1.0 against exhaustive scoring.
Then (4bbf21f -> candidate pairs from the upper triangle of the sparse product only, statement groups from
one sort of their members; load 10-15): ``candidate_pairs`` at 250k 6.30 -> 5.41 s CPU, ``statement_groups``
at 100k 1.15 -> 0.52 s; at 100k matching alone 0.61 of the reference's CPU seconds, the whole align stage
1.25 (1.41 before), recall 1.0 against exhaustive scoring. Matches, groups and statements identical at 100k
and 250k (``assert_frame_equal``, diffs by ``repr``).
At 1M (one run each, before 4bbf21f at load 10-14, after at load 2-8): whole ``align_statements``
172.7 -> 155.3 s CPU (find_pairs 94.0 -> 88.2, label_matches 56.3 -> 51.5 (code untouched: noise),
statement_groups 17.1 -> 11.5), peak RSS 3,685 -> 3,599 MB (corpus 1,271 / 1,318 MB); 958,650 matches
and 263,341 groups both times. Still over the 2 minutes.
Then (c7d8e04 -> candidate pairs bounded before scoring: 256-bin word masks per statement bound the words
a pair shares in any order, hence in order; a pair no rule could accept at that bound is not scored, and
the any-order pass runs only where the bound can pass an any-order rule; load 8-15): ``Scorer`` on the
first pass's candidates at 100k 1.42 -> 0.80 s CPU, at 250k 4.68 -> 2.88 (best of 2; at 100k 366,019
of 717,999 scored, of 616,960 any-order counts 2,133 pass), ``find_pairs`` at 100k 4.82 -> 4.24; at 100k
matching alone 0.49 of the reference's CPU seconds, recall 1.0 against exhaustive scoring. Pairs and
shared counts identical at 100k and 250k (labelling untouched), matches and groups at 100k.
At 1M (one run each, load 5-15): whole ``align_statements`` 175.7 -> 140.9 s CPU (find_pairs 97.9 -> 77.9,
label_matches 61.3 -> 49.2 and statement_groups 11.2 -> 9.1, both untouched: load), peak RSS 3,611 -> 3,601
MB; 958,650 matches and 263,341 groups both times. Still over the 2 minutes.
Then (dac2db2, labelling timed at 100k by part in one process, collector off, load 4-7): tokens, cut
points and token strings (PrintedWords) 1.45 s CPU, opcodes 0.59, relation_note 1.73 (0.86 with the stem
LCS left out), word_diff 1.22, of 5.3-5.9 s; word_diff's own loop (a dict per step) is 0.85 of its 1.1-1.3
s, and joining each statement's surface words once (slices for joins) costs 0.51 s to save 0.3. The stem
LCS batched (each distinct token of a labelling batch stemmed once per language, one string per
statement; same output) against per statement stems, A/B in one process: 0.85 vs 0.98 s with cold stem
caches, 0.44-0.56 vs 0.47-0.50 warm, so it was backed out. ``sentence_pairs`` costs nothing here: every
synthetic statement is one sentence, so it returns before building a second index.
At 1M (one run each, load 4-7): with the batched stems 149.6 s CPU (find_pairs 81.5, label_matches 52.8,
statement_groups 10.1), peak RSS 3,688 MB (corpus 1,313); dac2db2 150.4 s (78.8, 54.4, 12.1), 3,653 MB
(corpus 1,317); 958,650 matches and 263,341 groups both times.
Still over the 2 minutes. What grows faster than the corpus is find_pairs (about 4.2 s at 100k, 19x that
at 1M, against 10x for label_matches): the next place to look, profiled at 1M.
Then (35219ee, profiled at 1M: py-spy over the whole run, CPU seconds per step): encode_texts 20.9 s,
candidate_pairs 30.7 (of which the sparse product itself 12.1: its cost grows as the squared posting
sizes, which grow with the corpus), the scorer 5.9 + 18.2. Changed: the column blocks of the weighted
index converted to CSR once (each row block converted all the columns after it: a fifth of the run's
samples at 1M); feature ids and the CSR row order from one sort of packed int64 keys (hashing 35M keys
and an argsort before); each row block's pairs sorted once filtered instead of sorting and stacking its
whole product; the any-order gate reusing the first gate's bound; statement_groups with the cycle
collector paused (it walked the matches' millions of diff dicts: half of statement_groups). Tried and
backed out, no gain at 250k: word codes from a dict lookup in C per distinct word instead of the list
comprehension, slices of the token strings from Python ints.
At 1M (one run each, corpus from one pickle, load 9-11): whole ``align_statements`` 175.8 -> 151.6 s CPU
(find_pairs 94.8 -> 81.2, label_matches 64.9 -> 59.8 (untouched: load), statement_groups 10.9 -> 5.2),
peak RSS 3,586 -> 3,622 MB; 958,650 matches and 263,341 groups both times; matches, groups and group ids
identical at 100k and 250k (``assert_frame_equal``, diffs by ``repr``). At 100k: matching alone 0.50 of
the reference's CPU seconds, recall 1.0 against exhaustive scoring. A second pair of runs side by side
(load 3-7): 148.4 -> 132.3 s (find_pairs 76.9 -> 66.5, label_matches 54.7 -> 56.3, statement_groups
11.4 -> 4.3), peak RSS 3,628 -> 3,598 MB. Still over the 2 minutes' target of 110 s CPU.
Then (s9 "find", b40c2a0 -> afef2b1; 2 cores shared, load 4-7): ``encode_texts`` gives a joined batch's
words their codes from one numpy array of its code points (a word of at most 8 ASCII characters keyed by
its bytes, a longer one by a hash checked character by character; only new words become strings) and
counts document frequencies from per-statement sorts (``arrays.sort_segments``, SciPy's per-row sort):
at 1M 17.1 -> 7.0 s CPU. The Scorer's sorted strings come from the same per-row sort, made only for the
pairs that need them (Scorer set-up 5.3 -> 2.7 s); the statement-by-feature matrix is grouped by SciPy in
linear time (``candidate_pairs`` 20.4 -> 18.7, A/B in one process); ``speaker_codes`` works per distinct
id (1.7 -> 1.1). At 1M ``find_pairs`` alone 59.4 -> 47.3 s CPU (one run each); whole
``align_statements`` (m1c.py) 91.4-101.7 -> 79.4 s CPU, find_pairs 53.2-57.8 -> 38.9, peak RSS 3,628 ->
3,590 MB; 958,650 matches, 263,341 groups. Pairs, shared counts and lengths identical at 100k, 250k and 1M;
matches, groups and statements identical at 100k. bench_align (one run each, base tree first): matching
alone 0.54 -> 0.51 of the reference's CPU seconds at 100k (3.99 -> 3.58 s), 0.39 -> 0.28 at 10k; recall
1.0 against exhaustive scoring at both sizes. Backed out: codes by one dict lookup per word in C
(``map``; 17.1 -> 18.8 s: a probe per new string object is a cache miss), feature ids by a CSR-to-CSC
counting sort (30M keys 4.7 s against 3.7 for the one np.sort).
Then (b40c2a0 -> PyStemmer's own cache off in normalize._Stems, whose purges made stemWords ~7x slower on
this vocabulary; labelling in two passes per batch, stems only for the statements of pairs that may need
them, from the batch's token table; spelling_variants' joins skipped when an end word differs; /work/a1m
m1c.py, main and this side by side, load 1.9-3): whole ``align_statements`` at 1M 103.2 -> 92.0 s CPU
(wall 104.1 -> 92.9; find_pairs 61.6 -> 55.9, of which encode_texts and candidate_pairs, untouched, 43.0 ->
39.8: noise; label_matches 34.7 -> 29.2; statement_groups 3.0 -> 3.4), peak RSS 3,609 -> 3,577 MB.
``label_matches`` alone on the same 1M pairs (fresh process, cold stems) 34.8 -> 32.9. Matches identical
at 1M, matches, groups and statements at 250k (``assert_frame_equal``, by ``repr``).
Then (s9 "mem1m", 3e776db -> this; /work/a1m m1c.py): placed word-diff steps are shared-key dicts
(``vars`` of a small class: CPython stores the 7 keys once, each step only its values, 152 against 280 B;
same dict type, keys, order, repr, pickle), a label batch's words are dropped before the next batch's are
read, article/kind/speaker/outlet columns hold one str per distinct value, the int/float lists are freed
before the frame is built. Peak RSS at 1M 3,592 -> 2,741 MB (label_matches 3,441 -> 2,684, statement_groups
3,592 -> 2,742 MiB); at 250k 1,204/1,206 -> 917/929 MB, CPU 18.51/18.56 -> 19.67/18.08 s (alternating,
load 5-8). Matches, groups and statements identical at 250k; scorer lines identical.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time

import numpy as np
import pandas as pd

VOCAB = 200_000
ZIPF = 1.05


def make_corpus(n_target: int, seed: int = 0) -> tuple[pd.DataFrame, np.ndarray, np.ndarray, np.ndarray]:
    """Synthetic statements and, per statement, its utterance id and source span (start, end)."""
    from debatekit.lang import get_pack

    rng = np.random.default_rng(seed)
    ranks = np.arange(1, VOCAB + 1)
    p = ranks**-ZIPF
    cdf = np.cumsum(p / p.sum())
    words = np.array([f"k{_base26(i)}" for i in range(VOCAB)], dtype=object)
    stop = np.array(sorted(get_pack("id").text.STOPWORDS), dtype=object)

    def draw(k: int) -> np.ndarray:
        return np.searchsorted(cdf, rng.random(k))

    rows, utt, span = [], [], []
    n, event, u_id = 0, 0, 0
    while n < n_target:
        k_out = int(rng.integers(2, 6))
        arts = [f"e{event}-o{o}" for o in range(k_out)]
        topic = draw(30)  # words this event keeps coming back to
        for _ in range(int(rng.integers(3, 9))):
            length = int(rng.integers(10, 36))
            content = draw(length)
            mix = rng.random(length) < 0.3
            content[mix] = rng.choice(topic, mix.sum())
            # function words belong to the utterance: every outlet prints the same ones
            fw = rng.random(length) < 0.4
            content = np.insert(
                content, np.flatnonzero(fw), VOCAB + rng.integers(0, len(stop), int(fw.sum()))
            )
            speaker = f"s{event}-{int(rng.integers(0, 3))}"
            printers = rng.choice(k_out, int(rng.integers(1, k_out + 1)), replace=False)
            for o in sorted(printers.tolist()):
                variant = rng.choice(
                    ["verbatim", "minor", "split", "truncate", "reword"], p=[0.3, 0.25, 0.15, 0.15, 0.15]
                )
                pieces = _variant(variant, content, rng, draw)
                for s, e, toks in pieces:
                    text = _render(toks, words, stop)
                    start = n * 10
                    rows.append(
                        {
                            "statement_id": f"{arts[o]}:d{start}",
                            "article_id": arts[o],
                            "outlet": f"outlet{o}",
                            "kind": "direct",
                            "text": text,
                            "speaker_id": speaker,
                            "speaker": speaker,
                            "start": start,
                            "end": start + len(text),
                        }
                    )
                    utt.append(u_id)
                    span.append((s, e))
                    n += 1
            u_id += 1
        event += 1
    df = pd.DataFrame(rows)
    sp = np.array(span)
    return df, np.array(utt), sp[:, 0], sp[:, 1]


def _base26(i: int) -> str:
    s = ""
    while True:
        s = chr(97 + i % 26) + s
        i //= 26
        if i == 0:
            return s


def _variant(kind, content, rng, draw):
    L = len(content)
    toks = content.copy()
    if kind == "verbatim":
        return [(0, L, toks)]
    if kind == "minor":
        for _ in range(int(rng.integers(1, 3))):
            pos = int(rng.integers(0, len(toks)))
            op = rng.integers(0, 3)
            if op == 0:
                toks[pos] = draw(1)[0]
            elif op == 1 and len(toks) > 5:
                toks = np.delete(toks, pos)
            else:
                toks = np.insert(toks, pos, draw(1)[0])
        return [(0, L, toks)]
    if kind == "split":
        cut = int(rng.integers(L // 3, 2 * L // 3 + 1))
        return [(0, cut, toks[:cut]), (cut, L, toks[cut:])]
    if kind == "truncate":
        keep = int(L * rng.uniform(0.6, 0.75))
        return [(0, keep, toks[:keep])] if rng.random() < 0.5 else [(L - keep, L, toks[L - keep :])]
    # reword: a quarter of the content words replaced, a few words added
    swap = rng.random(L) < 0.25
    toks[swap] = draw(int(swap.sum()))
    for _ in range(int(rng.integers(1, 4))):
        toks = np.insert(toks, int(rng.integers(0, len(toks))), draw(1)[0])
    return [(0, L, toks)]


def _render(toks, words, stop) -> str:
    out = [words[t] if t < VOCAB else stop[t - VOCAB] for t in toks.tolist()]
    out[0] = out[0].capitalize()
    return " ".join(out) + "."


def planted_pairs(df, utt, s, e) -> set[tuple[str, str]]:
    """Pairs of statements of one utterance, in different articles, whose spans overlap by half or more."""
    out = set()
    by_u = pd.Series(np.arange(len(df))).groupby(utt).apply(list)
    sid, art = df["statement_id"].to_numpy(), df["article_id"].to_numpy()
    for idx in by_u:
        for x in range(len(idx)):
            for y in range(x + 1, len(idx)):
                a, b = idx[x], idx[y]
                if art[a] == art[b]:
                    continue
                ov = min(e[a], e[b]) - max(s[a], s[b])
                if ov >= 0.5 * min(e[a] - s[a], e[b] - s[b]):
                    out.add(tuple(sorted((sid[a], sid[b]))))
    return out


def exhaustive_pairs(df: pd.DataFrame, sample: np.ndarray) -> set[tuple[str, str]]:
    """Pairs the aligner accepts when each sampled statement is scored against every statement.

    Every pair of a sampled statement with any statement of another article whose content words in
    order pass the test (``process.cdist``, all cores) is decided as the aligner decides a candidate:
    the same scorer (:class:`score.Scorer`, corpus stopwords), then the labelling step
    (:func:`label_matches`: a relation, and no pair of two people on a short statement).
    """
    from rapidfuzz import process
    from rapidfuzz.distance import Indel

    from debatekit.align import blocking, score
    from debatekit.align.statements import label_matches, speaker_codes

    texts = df["text"].tolist()
    enc = blocking.encode_texts(texts)
    speakers = df["speaker_id"].to_numpy()
    scorer = score.Scorer(enc, speakers=speaker_codes(speakers.tolist()), texts=texts)
    arts = df["article_id"].to_numpy()
    sids = df["statement_id"].to_numpy()
    kinds = df["kind"].to_numpy()
    everyone = np.arange(len(texts))
    slen = np.array([len(x) for x in scorer.strings])
    out = set()
    for chunk in np.array_split(sample, max(1, len(sample) // 50)):
        # all pairs of the chunk with every statement, scored with the aligner's own test
        dist = process.cdist(
            [scorer.strings[k] for k in chunk],
            scorer.strings,
            scorer=Indel.distance,
            workers=-1,
            dtype=np.int32,
        )

        shared = (slen[chunk][:, None] + slen[None, :] - dist) // 2
        pre = score.is_match(shared, scorer.lengths[chunk][:, None], scorer.lengths[None, :])
        rows, cols = np.nonzero(pre)
        a, b = chunk[rows], everyone[cols]
        other = arts[a] != arts[b]
        a, b = a[other], b[other]
        ok, n_shared = scorer(a, b)
        _, ka, kb = label_matches(
            a[ok], b[ok], n_shared[ok], scorer.lengths, sids, arts, texts, kinds, speakers
        )
        out.update(tuple(sorted((sids[x], sids[y]))) for x, y in zip(ka.tolist(), kb.tolist(), strict=True))
    return out


REF_DF_CAP = 100  # the reference's posting-list cap
REF_MIN_BIGRAMS = 2  # shared word bigrams a reference candidate needs
REF_SCORE = 80  # rapidfuzz token_set_ratio a reference candidate needs


def reference_pairs(df: pd.DataFrame) -> set[tuple[str, str]]:
    """The plain reference: a word-bigram inverted index (posting lists of at most REF_DF_CAP statements,
    REF_MIN_BIGRAMS shared bigrams) and rapidfuzz ``token_set_ratio`` >= REF_SCORE on the candidates.

    Vectorised like debatekit's own index (integer bigram codes, one sort, pairs expanded per posting-list
    size with numpy), so the ratio compares methods, not Python loops against numpy.
    """
    import re

    from rapidfuzz import fuzz, process

    texts = df["text"].tolist()
    n = len(texts)
    art_codes = pd.factorize(df["article_id"])[0]
    sids = df["statement_id"].to_numpy()
    word = re.compile(r"\w+")
    vocab: dict[str, int] = {}
    codes, lens = [], []
    for t in texts:
        w = [vocab.setdefault(x, len(vocab)) for x in word.findall(t.lower())]
        codes.extend(w)
        lens.append(len(w))
    c = np.asarray(codes, np.int64)
    doc = np.repeat(np.arange(n, dtype=np.int64), lens)
    same = doc[1:] == doc[:-1]
    key = (c[:-1][same] * len(vocab) + c[1:][same]) * n + doc[1:][same]
    key = np.unique(key)  # one posting per (bigram, statement)
    feat, d = key // n, key % n
    starts = np.flatnonzero(np.r_[True, feat[1:] != feat[:-1]])
    sizes = np.diff(np.r_[starts, len(feat)])
    pair_keys = []
    for size in np.unique(sizes[(sizes >= 2) & (sizes <= REF_DF_CAP)]).tolist():
        st = starts[sizes == size]
        block = d[st[:, None] + np.arange(size)[None, :]]  # posting lists of this size, one per row
        x, y = np.triu_indices(size, 1)
        a, b = block[:, x].ravel(), block[:, y].ravel()
        keep = art_codes[a] != art_codes[b]
        pair_keys.append(np.minimum(a, b)[keep] * n + np.maximum(a, b)[keep])
    if not pair_keys:
        return set()
    uniq, count = np.unique(np.concatenate(pair_keys), return_counts=True)
    cand = uniq[count >= REF_MIN_BIGRAMS]
    ia, ib = cand // n, cand % n
    sc = process.cpdist(
        [texts[k] for k in ia.tolist()],
        [texts[k] for k in ib.tolist()],
        scorer=fuzz.token_set_ratio,
        workers=-1,
    )
    ok = sc >= REF_SCORE
    return {tuple(sorted((sids[a], sids[b]))) for a, b in zip(ia[ok].tolist(), ib[ok].tolist(), strict=True)}


def run_one(n: int, n_sample: int) -> dict:
    from debatekit.align import align_statements

    df, utt, s, e = make_corpus(n)
    rss_corpus = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0, c0 = time.perf_counter(), time.process_time()
    matches, groups, _ = align_statements(df)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    found = set(zip(matches["statement_id_a"], matches["statement_id_b"], strict=True))
    from debatekit.align.statements import find_pairs, speaker_codes

    t_match, c_match = time.perf_counter(), time.process_time()  # matching alone: candidates and the test
    find_pairs(
        df["text"].tolist(),
        pd.factorize(df["article_id"])[0],
        speakers=speaker_codes(df["speaker_id"].tolist()),
    )
    match_wall, match_cpu = time.perf_counter() - t_match, time.process_time() - c_match
    t_ref, c_ref = time.perf_counter(), time.process_time()
    ref = reference_pairs(df)  # same process, same corpus, right after debatekit
    ref_wall, ref_cpu = time.perf_counter() - t_ref, time.process_time() - c_ref
    planted = planted_pairs(df, utt, s, e)
    rng = np.random.default_rng(1)
    sample = np.sort(rng.choice(len(df), min(n_sample, len(df)), replace=False))
    t1 = time.perf_counter()
    exhaustive = exhaustive_pairs(df, sample)
    t_ex = time.perf_counter() - t1
    return {
        "statements": len(df),
        "wall_s": round(wall, 2),
        "peak_rss_mb": round(peak),
        "corpus_rss_mb": round(rss_corpus),
        "matches": len(matches),
        "groups": len(groups),
        "recall_vs_exhaustive": round(len(exhaustive & found) / max(len(exhaustive), 1), 4),
        "exhaustive_pairs_in_sample": len(exhaustive),
        "exhaustive_s": round(t_ex, 1),
        "recall_vs_planted": round(len(planted & found) / max(len(planted), 1), 4),
        "ref_wall_s": round(ref_wall, 2),
        "match_only_s": round(match_wall, 2),
        "cpu_s": round(cpu, 2),
        "match_cpu_s": round(match_cpu, 2),
        "ref_cpu_s": round(ref_cpu, 2),
        "ref_recall_vs_planted": round(len(planted & ref) / max(len(planted), 1), 4),
        "ref_recall_vs_exhaustive": round(len(exhaustive & ref) / max(len(exhaustive), 1), 4),
        "ref_precision_vs_planted": round(len(planted & ref) / max(len(ref), 1), 4),
        "precision_vs_planted": round(len(planted & found) / max(len(found), 1), 4),
        "relations": matches["relation"].value_counts().to_dict(),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--million", action="store_true", help="also run 1,000,000 statements")
    ap.add_argument("--sample", type=int, default=200, help="statements scored exhaustively for recall")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child process: one size, JSON out
    a = ap.parse_args()
    if a.one:
        print(json.dumps(run_one(a.one, a.sample)))
        return
    sizes = a.sizes + ([1_000_000] if a.million else [])
    print(
        f"{'statements':>10} {'wall s':>7} {'peak MB':>8} {'matches':>8} {'rec/exh':>8} {'rec/plant':>9} "
        f"{'prec/plant':>10} {'ref s':>6} {'time/ref':>8} {'match/ref':>9} {'recall/ref':>10} "
        f"{'cpu/ref':>7} {'mcpu/ref':>8}"
    )
    for n in sizes:
        res = subprocess.run(
            [sys.executable, __file__, "--one", str(n), "--sample", str(a.sample)],
            capture_output=True,
            text=True,
        )
        if res.returncode:
            print(res.stderr[-2000:])
            continue
        r = json.loads(res.stdout.strip().splitlines()[-1])
        print(
            f"{r['statements']:>10} {r['wall_s']:>7} {r['peak_rss_mb']:>8} {r['matches']:>8} "
            f"{r['recall_vs_exhaustive']:>8} {r['recall_vs_planted']:>9} {r['precision_vs_planted']:>10} "
            f"{r['ref_wall_s']:>6} {r['wall_s'] / max(r['ref_wall_s'], 1e-9):>8.2f} "
            f"{r['match_only_s'] / max(r['ref_wall_s'], 1e-9):>9.2f} "
            f"{r['recall_vs_planted'] / max(r['ref_recall_vs_planted'], 1e-9):>10.3f} "
            f"{r['cpu_s'] / max(r['ref_cpu_s'], 1e-9):>7.2f} {r['match_cpu_s'] / max(r['ref_cpu_s'], 1e-9):>8.2f}"
        )
        print(
            "   ",
            json.dumps(
                {
                    k: r[k]
                    for k in (
                        "corpus_rss_mb",
                        "groups",
                        "exhaustive_pairs_in_sample",
                        "exhaustive_s",
                        "match_only_s",
                        "cpu_s",
                        "match_cpu_s",
                        "ref_cpu_s",
                        "ref_recall_vs_planted",
                        "ref_recall_vs_exhaustive",
                        "ref_precision_vs_planted",
                        "relations",
                    )
                }
            ),
        )


if __name__ == "__main__":
    main()
