"""Fit the debate graph's pair model on the ElecDeb development debates and report it honestly.

usage: python benchmarks/fit_debate_pairs.py [--shared ../shared] [--write] [--C 0.3] [--weight sqrt|none]
       python benchmarks/fit_debate_pairs.py --ranker   (the statement-pair ranker study only)

Reads ``<shared>/dev/en_elecdeb_dev`` at run time (nothing is copied into the repo) and the scorer
``<shared>/eval/score_transcript_graph.py``, whose token matching labels the pairs:

- every candidate pair of :func:`debatekit.debate.pairs.candidate_pairs` on each debate is **positive**
  when its source statement covers a gold component that attacks one covered by its target (the scorer's
  50% rule), **negative** when both cover components but no such attack, and left out of fitting when an
  end covers none (the scorer leaves those edges out of precision too);
- a logistic regression (scikit-learn, used here only: inference is numpy) is fitted on the labelled pairs,
  each weighted 1 / sqrt(labelled pairs of its (reply turn, earlier turn) pair) (``--weight sqrt``, the
  default): unweighted, the hundreds of pairs of two long formal turns drown the short exchanges;
- **held out:** leave-one-debate-out. For each debate the model is fitted on the 11 others, and its
  operating point (threshold, targets per source) is chosen on those 11 alone by an inner
  leave-one-out, as the best attack F1 with precision >= ``--min-precision``; the held-out debate is then
  scored by the scorer itself (its ``score_debate``) on the edges of the real debate graph;
- **in sample:** the model fitted on all 12 debates and its operating point chosen on the pooled
  out-of-fold predictions, scored on the same 12;
- also the official split (fit on the 7 relation-train debates, score the 5 relation-dev ones).

``--write`` writes the all-debate model to ``debatekit/lang/en/debate_model.py``.

``--ranker`` compares, out of fold, today's pointwise pair model with rankers of the statement pairs
inside a (reply turn, earlier turn) pair: a listwise conditional logit fitted on the truly attacking turn
pairs, on today's features and with :data:`CONTENT` features of the target's content (a key phrase
repeated, a negation next to a shared word, a shared figure, the pair's similarity rank inside its turn
pair, the target naming the source's speaker). It prints the share of attacking turn pairs whose best
pair is an attack, the ceiling with perfect turn pairs and the pooled out-of-fold attack P/R/F1.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import debatekit as dk  # noqa: E402
from debatekit.debate import analyze_debate  # noqa: E402
from debatekit.debate.pair_model import PairModel  # noqa: E402
from debatekit.debate.pairs import FEATURES, candidate_pairs  # noqa: E402
from debatekit.lang import get_pack  # noqa: E402

OFFICIAL_TRAIN = (
    "1980-09-21",
    "1992-10-13",
    "2000-10-03",
    "2004-10-08",
    "2016-10-19",
    "2020-09-29",
    "2020-10-22",
)
TOP_KS = (1, 2, 3)
THRESHOLDS = tuple(np.round(np.arange(0.10, 0.90, 0.01), 2))


@dataclass
class Debate:
    debate_id: str
    gold: dict
    turns_text: list
    path: str
    pairs: object  # CandidatePairs
    labels: np.ndarray  # 1 / 0 / -1 (an end covers no gold component)
    hits: list  # per pair, the gold attacks it hits
    n_gold: int
    turn_pair: np.ndarray  # per pair, an id of its (source turn, target turn)


def load_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location(
        "score_transcript_graph", shared / "eval" / "score_transcript_graph.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _turn_number(turn_id: object) -> int:
    """The n of a turn id "<transcript id>:t<n>" (of the last one when several are ";"-joined)."""
    return int(str(turn_id).rsplit(":t", 1)[1])


def covers(S, gold: dict, turns_text: list, statements) -> list[set]:
    """Per statement row, the gold components it covers (the scorer's rule, statements placed by offsets)."""
    turn_toks = [S.token_spans(t[1]) for t in turns_text]
    comp_pos, by_turn = {}, defaultdict(list)
    for c in gold["components"]:
        frs = c.get("fragments") or [[c["start"], c["end"]]]
        comp_pos[c["id"]] = {
            i for i, (s, e, _) in enumerate(turn_toks[c["turn"]]) if any(s < fe and e > fs for fs, fe in frs)
        }
        by_turn[c["turn"]].append(c["id"])
    out = []
    for turn_id, a, b in zip(statements["turn_id"], statements["start"], statements["end"], strict=True):
        t = _turn_number(turn_id)
        pos = {i for i, (s, e, _) in enumerate(turn_toks[t]) if s < b and e > a}
        out.append(
            {c for c in by_turn[t] if comp_pos[c] and len(comp_pos[c] & pos) / len(comp_pos[c]) >= 0.5}
        )
    return out


def prepare(S, shared: Path) -> list[Debate]:
    gold, debates = S.load(str(shared / "dev" / "en_elecdeb_dev"), None)
    pack = get_pack("en")
    out = []
    for d, path, turns_text in debates:
        res = analyze_debate(dk.read_transcript(path), language="en")
        from debatekit.debate.participants import resolve_participants

        people = resolve_participants(dk.read_transcript(path), pack)
        pairs = candidate_pairs(res.turns, res.statements, people, pack)
        cov = covers(S, d, turns_text, res.statements)
        att = {
            (r["source"], r["target"]) for r in d["relations"] if r["type"] == "Attack" and r["cross_speaker"]
        }
        labels, hits = [], []
        for s, t in zip(pairs.source, pairs.target, strict=True):
            h = {(a, b) for a in cov[s] for b in cov[t] if (a, b) in att}
            hits.append(h)
            labels.append(1 if h else (0 if cov[s] and cov[t] else -1))
        turn_no = np.array([_turn_number(t) for t in res.statements["turn_id"]])
        keys = turn_no[pairs.source] * (len(turn_no) + 1) + turn_no[pairs.target]
        turn_pair = np.unique(keys, return_inverse=True)[1] if len(keys) else np.zeros(0, dtype=int)
        out.append(
            Debate(d["debate_id"], d, turns_text, path, pairs, np.array(labels), hits, len(att), turn_pair)
        )
    return out


USED: list[int] = list(range(len(FEATURES)))  # feature columns fitted (--drop leaves some at weight 0)
WEIGHT = ["sqrt"]  # how labelled pairs are weighted in the fit (--weight)


def pair_weights(d: Debate, mode: str) -> np.ndarray:
    """Sample weights of a debate's labelled pairs: 1 each ("none"), or 1 / sqrt(labelled pairs of the
    pair's turn pair) ("sqrt"). Two long formal turns make hundreds of pairs and would otherwise outweigh
    the short exchanges where most attacks are found; a full 1 / n overcorrects (out of fold F1 0.220)."""
    lab = d.labels >= 0
    if mode == "none" or not lab.any():
        return np.ones(int(lab.sum()))
    tp = d.turn_pair[lab]
    n = np.bincount(tp)[tp].astype(float)
    return 1.0 / np.sqrt(n)


def fit(debates: Sequence[Debate], C: float):
    from sklearn.linear_model import LogisticRegression

    X = np.vstack([d.pairs.X[d.labels >= 0][:, USED] for d in debates])
    y = np.concatenate([d.labels[d.labels >= 0] for d in debates])
    sw = np.concatenate([pair_weights(d, WEIGHT[0]) for d in debates])
    sw = sw / sw.mean()  # mean weight 1, so C keeps its meaning
    mu, sd = X.mean(0), X.std(0)
    sd[sd == 0] = 1.0
    lr = LogisticRegression(C=C, max_iter=2000)
    lr.fit((X - mu) / sd, y, sample_weight=sw)
    w = lr.coef_[0] / sd  # back to raw features: the shipped weights need no scaler
    b = float(lr.intercept_[0] - np.sum(lr.coef_[0] * mu / sd))
    return {FEATURES[c]: float(v) for c, v in zip(USED, w, strict=True)}, b


def ranks_within_source(d: Debate, p: np.ndarray) -> np.ndarray:
    """Each pair's rank among its source's pairs by probability (ties by index, as PairModel.select)."""
    order = np.lexsort((np.arange(len(p)), -p))
    rank = np.zeros(len(p), dtype=int)
    seen: dict[int, int] = defaultdict(int)
    for i in order:
        s = int(d.pairs.source[i])
        rank[i] = seen[s]
        seen[s] += 1
    return rank


def counts(d: Debate, p: np.ndarray, rank: np.ndarray, threshold: float, top_k: int) -> tuple[int, int, int]:
    """(predicted labelled edges, of them hits, gold attacks hit) of one debate, the scorer's way, for the
    pairs PairModel(threshold, top_k).select keeps."""
    keep = (p >= threshold) & (rank < top_k)
    n_pred = int((keep & (d.labels >= 0)).sum())
    hit = keep & (d.labels == 1)
    gold_hit: set = set()
    for i in np.flatnonzero(hit):
        gold_hit |= d.hits[i]
    return n_pred, int(hit.sum()), len(gold_hit)


def _prf(n_hit: int, n_pred: int, n_gold_hit: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 of pooled counts (0.0 where a count is 0)."""
    prec = n_hit / n_pred if n_pred else 0.0
    rec = n_gold_hit / n_gold if n_gold else 0.0
    return prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def choose_point(debates: Sequence[Debate], probs: Sequence[np.ndarray], min_p: float) -> tuple[float, int]:
    """The (threshold, top_k) of best pooled F1 with precision >= min_p (else of best precision)."""
    ranks = [ranks_within_source(d, p) for d, p in zip(debates, probs, strict=True)]
    n_gold = sum(d.n_gold for d in debates)
    best, best_key = (0.5, 1), None
    for k in TOP_KS:
        for th in THRESHOLDS:
            n_pred = n_hit = n_gold_hit = 0
            for d, p, r in zip(debates, probs, ranks, strict=True):
                a, b, c = counts(d, p, r, float(th), k)
                n_pred, n_hit, n_gold_hit = n_pred + a, n_hit + b, n_gold_hit + c
            prec, rec, f1 = _prf(n_hit, n_pred, n_gold_hit, n_gold)
            key = (prec >= min_p, f1 if prec >= min_p else prec)
            if best_key is None or key > best_key:
                best, best_key = (float(th), k), key
    return best


def curve(debates: Sequence[Debate], probs: Sequence[np.ndarray], top_k: int) -> list[str]:
    """Pooled out-of-fold precision / recall / F1 at a few thresholds (how much recall a lower precision
    would buy: the operating point above keeps precision >= --min-precision)."""
    ranks = [ranks_within_source(d, p) for d, p in zip(debates, probs, strict=True)]
    n_gold = sum(d.n_gold for d in debates)
    out = []
    for th in (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5):
        n_pred = n_hit = n_gold_hit = 0
        for d, p, r in zip(debates, probs, ranks, strict=True):
            a, b, c = counts(d, p, r, th, top_k)
            n_pred, n_hit, n_gold_hit = n_pred + a, n_hit + b, n_gold_hit + c
        prec, rec, f1 = _prf(n_hit, n_pred, n_gold_hit, n_gold)
        out.append(f"threshold {th:.2f}: P {prec:.3f} R {rec:.3f} F1 {f1:.3f} (pred {n_pred})")
    return out


def turn_ceiling(debates: Sequence[Debate], probs: Sequence[np.ndarray], per_pair: int = 1) -> str:
    """What a perfect turn-pair model would give: of every (reply turn, earlier turn) pair holding a gold
    attack, the ``per_pair`` most probable labelled statement pairs are kept, and nothing elsewhere. The
    ceiling of a two-level model (turn pair first, then statements) with this pair ranking."""
    n_pred = n_hit = n_gold_hit = 0
    for d, p in zip(debates, probs, strict=True):
        attacking = {int(u) for u in d.turn_pair[d.labels == 1]}
        kept: dict[int, int] = defaultdict(int)
        gold: set = set()
        for i in np.lexsort((np.arange(len(p)), -p)):
            u = int(d.turn_pair[i])
            if u in attacking and d.labels[i] >= 0 and kept[u] < per_pair:
                kept[u] += 1
                n_pred += 1
                n_hit += int(d.labels[i] == 1)
                gold |= d.hits[i]
        n_gold_hit += len(gold)
    prec, rec, f1 = _prf(n_hit, n_pred, n_gold_hit, sum(d.n_gold for d in debates))
    return f"P {prec:.3f} R {rec:.3f} F1 {f1:.3f} (pred {n_pred})"


CONTENT: tuple[str, ...] = (
    "shared_bigram_log",  # consecutive content-stem pairs both statements hold (a key phrase repeated)
    "negation_near_shared",  # a negation of the source within 4 words of a shared stem
    "number_shared",  # the same figure in both
    "tp_similarity_top",  # the most similar pair of its (source turn, target turn) pair
    "tp_similarity_rel",  # similarity over the turn pair's best
    "tp_source_top",  # the most similar source of its turn pair for this target
    "tp_target_top",  # the most similar target of its turn pair for this source
    "tp_shared_top",  # shares the most stems in its turn pair
    "target_in_best_turn",  # the target's turn holds the source's most similar candidate
    "target_names_source",  # the target names the source's speaker (what is attacked is about them)
)


def group_rank(groups: np.ndarray, score: np.ndarray) -> np.ndarray:
    """Each item's rank inside its group by score, highest first (ties by index)."""
    rank = np.zeros(len(score), dtype=int)
    seen: dict[int, int] = defaultdict(int)
    for i in np.lexsort((np.arange(len(score)), -score)):
        g = int(groups[i])
        rank[i] = seen[g]
        seen[g] += 1
    return rank


def content_features(d: Debate, res, people) -> np.ndarray:
    """The :data:`CONTENT` columns of a debate's candidate pairs: the target's content restated or
    negated by the source, and ranks inside the turn pair (an experiment: not in the shipped model)."""
    import re

    from debatekit.debate.pairs import MIN_WORD, STEM
    from debatekit.relate.spans import words

    pack = get_pack("en")
    rel = pack.relations
    skip = pack.text.STOPWORDS | rel.DEBATE_FILLERS | rel.DEBATE_STOPWORDS
    suffixes = tuple(rel.DEBATE_NEGATION_SUFFIXES)
    texts = list(res.statements["text"])
    turn_no = np.array([_turn_number(t) for t in res.statements["turn_id"]])
    label = list(res.turns["speaker"])
    surname = {lab: frozenset(p.name.lower().split()[-1:]) for lab, p in people.items()}
    ws = [words(t) for t in texts]
    seqs = [
        [w[:STEM] if len(w) >= MIN_WORD and w not in skip and "'" not in w else None for w in x] for x in ws
    ]
    stems = [frozenset(x for x in q if x) for q in seqs]
    bigrams = [frozenset(zip(c, c[1:], strict=False)) for c in ([x for x in q if x] for q in seqs)]
    numbers = [frozenset(re.findall(r"\d[\d,.]*", t)) for t in texts]
    src, tgt, X = d.pairs.source, d.pairs.target, d.pairs.X
    sim, shared = X[:, FEATURES.index("similarity")], X[:, FEATURES.index("shared_log")]
    tp = d.turn_pair
    tp_best = defaultdict(float)
    best_turn: dict[int, tuple[float, int]] = {}
    for i in range(len(sim)):
        tp_best[int(tp[i])] = max(tp_best[int(tp[i])], sim[i])
        if int(src[i]) not in best_turn or sim[i] > best_turn[int(src[i])][0]:
            best_turn[int(src[i])] = (sim[i], int(turn_no[tgt[i]]))
    sim_rank, shared_rank = group_rank(tp, sim), group_rank(tp, shared)
    src_rank, tgt_rank = group_rank(tp * 100003 + tgt, sim), group_rank(tp * 100003 + src, sim)
    out = np.zeros((len(src), len(CONTENT)))
    for i, (s, t) in enumerate(zip(src.tolist(), tgt.tolist(), strict=True)):
        common = stems[s] & stems[t]
        negs = [k for k, w in enumerate(ws[s]) if w in rel.NEGATIONS or w.endswith(suffixes)]
        near = any(abs(a - b) <= 4 for a in negs for b, x in enumerate(seqs[s]) if x in common)
        out[i] = [
            np.log1p(len(bigrams[s] & bigrams[t])),
            near,
            bool(numbers[s] & numbers[t]),
            sim_rank[i] == 0 and sim[i] > 0,
            sim[i] / tp_best[int(tp[i])] if tp_best[int(tp[i])] > 0 else 0.0,
            src_rank[i] == 0 and sim[i] > 0,
            tgt_rank[i] == 0 and sim[i] > 0,
            shared_rank[i] == 0 and shared[i] > 0,
            best_turn[s][1] == turn_no[t],
            bool(set(ws[t]) & surname.get(label[turn_no[s]], frozenset())),
        ]
    return out


def fit_listwise(debates: Sequence[Debate], X_of, C: float) -> np.ndarray:
    """A listwise ranker: a conditional logit over each truly attacking turn pair's labelled statement
    pairs (the probability of its attacking pairs under a softmax of w.x), L2 1/(2C) on scaled features.
    Returns raw-feature weights; only the order inside a turn pair is meaningful."""
    from scipy.optimize import minimize

    blocks = []
    for d in debates:
        X = X_of(d)
        for u in np.unique(d.turn_pair[d.labels == 1]):
            idx = np.flatnonzero((d.turn_pair == u) & (d.labels >= 0))
            if len(idx) > 1:
                blocks.append((X[idx], d.labels[idx] == 1))
    Z = np.vstack([b[0] for b in blocks])
    mu, sd = Z.mean(0), Z.std(0)
    sd[sd == 0] = 1.0
    Z = (Z - mu) / sd
    pos = np.concatenate([b[1] for b in blocks])
    starts = np.cumsum([0] + [len(b[0]) for b in blocks])[:-1]
    gid = np.repeat(np.arange(len(blocks)), [len(b[0]) for b in blocks])
    n = len(blocks)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        s = Z @ w
        e = np.exp(s - np.maximum.reduceat(s, starts)[gid])
        den, num = np.add.reduceat(e, starts), np.add.reduceat(e * pos, starts)
        grad = -(Z.T @ (e * pos / num[gid] - e / den[gid])) / n + w / (C * n)
        return float(-np.sum(np.log(num / den)) / n + w @ w / (2 * C * n)), grad

    return minimize(loss, np.zeros(Z.shape[1]), jac=True, method="L-BFGS-B").x / sd


def top1_in_attacking(debates: Sequence[Debate], scores: Sequence[np.ndarray]) -> float:
    """Share of truly attacking turn pairs whose best-scored labelled statement pair is an attack."""
    n = hit = 0
    for d, s in zip(debates, scores, strict=True):
        for u in np.unique(d.turn_pair[d.labels == 1]):
            idx = np.flatnonzero((d.turn_pair == u) & (d.labels >= 0))
            n += 1
            hit += int(d.labels[idx[np.lexsort((idx, -s[idx]))[0]]] == 1)
    return hit / n if n else 0.0


def oracle_ceiling(debates: Sequence[Debate]) -> str:
    """Perfect turn pairs and a perfect order inside them: of each truly attacking turn pair, the attacking
    statement pair that hits the most gold attacks (the bound of any top-1 statement-pair ranker)."""
    n_gold_hit = n_pred = 0
    for d in debates:
        gold: set = set()
        for u in np.unique(d.turn_pair[d.labels == 1]):
            best = max(np.flatnonzero((d.turn_pair == u) & (d.labels == 1)), key=lambda i: len(d.hits[i]))
            gold |= d.hits[best]
            n_pred += 1
        n_gold_hit += len(gold)
    prec, rec, f1 = _prf(n_pred, n_pred, n_gold_hit, sum(d.n_gold for d in debates))
    return f"P {prec:.3f} R {rec:.3f} F1 {f1:.3f} (pred {n_pred})"


def ranker_study(S, shared: Path, debates: Sequence[Debate], C: float, min_p: float) -> None:
    """Today's pointwise pair model against statement-pair rankers inside turn pairs, all out of fold
    (leave one debate out); prints the lines the note quotes."""
    from debatekit.debate.participants import resolve_participants

    print(f"  ceiling, perfect turn pairs and a perfect order inside them, top 1: {oracle_ceiling(debates)}")
    pack = get_pack("en")
    content = {}
    for d in debates:
        res = analyze_debate(dk.read_transcript(d.path), language="en")
        content[d.debate_id] = content_features(
            d, res, resolve_participants(dk.read_transcript(d.path), pack)
        )
    designs = {
        "today's features": lambda d: d.pairs.X,
        "+ content features": lambda d: np.hstack([d.pairs.X, content[d.debate_id]]),
    }
    for name, X_of in designs.items():
        point = []
        for i, d in enumerate(debates):
            train = [x for j, x in enumerate(debates) if j != i]
            Xt = np.vstack([X_of(x)[x.labels >= 0] for x in train])
            yt = np.concatenate([x.labels[x.labels >= 0] for x in train])
            w, b = _fit_matrix(Xt, yt, C)
            point.append(1.0 / (1.0 + np.exp(-np.clip(X_of(d) @ w + b, -30, 30))))
        th, k = choose_point(debates, point, min_p)
        ranks = [ranks_within_source(d, p) for d, p in zip(debates, point, strict=True)]
        pooled = [counts(d, p, r, th, k) for d, p, r in zip(debates, point, ranks, strict=True)]
        prec, rec, f1 = _prf(*(sum(c[j] for c in pooled) for j in (1, 0, 2)), sum(d.n_gold for d in debates))
        print(
            f"  {name}: pointwise pooled out-of-fold point {th:.2f}/{k}: P {prec:.3f} R {rec:.3f} F1 {f1:.3f}"
        )
        ceilings: list[str] = []
        print(
            f"    top 1 inside attacking turn pairs: pointwise {top1_in_attacking(debates, point):.3f}",
            end="",
        )
        for c in (0.3, 30.0):
            lw = [
                X_of(d) @ fit_listwise([x for j, x in enumerate(debates) if j != i], X_of, c)
                for i, d in enumerate(debates)
            ]
            print(f", listwise C={c:g} {top1_in_attacking(debates, lw):.3f}", end="")
            ceilings.append(f"listwise C={c:g} {turn_ceiling(debates, lw, 1)}")
        print(flush=True)
        print(
            f"    ceiling, perfect turn pairs, top 1: pointwise {turn_ceiling(debates, point, 1)}; "
            + "; ".join(ceilings)
        )


def _fit_matrix(X: np.ndarray, y: np.ndarray, C: float) -> tuple[np.ndarray, float]:
    from sklearn.linear_model import LogisticRegression

    mu, sd = X.mean(0), X.std(0)
    sd[sd == 0] = 1.0
    lr = LogisticRegression(C=C, max_iter=2000).fit((X - mu) / sd, y)
    return lr.coef_[0] / sd, float(lr.intercept_[0] - np.sum(lr.coef_[0] * mu / sd))


def oof_probs(debates: Sequence[Debate], C: float) -> list[np.ndarray]:
    out = []
    for i, d in enumerate(debates):
        w, b = fit([x for j, x in enumerate(debates) if j != i], C)
        out.append(PairModel(w, b, 0.5).probabilities(d.pairs.X))
    return out


def score(S, debates: Sequence[Debate], models: Sequence[PairModel]) -> str:
    """The scorer's overall attack and support lines for the debates, each run with its own model."""
    from debatekit.debate.debate_graph import debate_edges
    from debatekit.debate.participants import resolve_participants

    pack = get_pack("en")
    tot: dict = defaultdict(int)
    for d, model in zip(debates, models, strict=True):
        t0 = time.time()
        res = analyze_debate(dk.read_transcript(d.path), language="en")
        people = resolve_participants(dk.read_transcript(d.path), pack)
        edges = debate_edges(res.turns, res.statements, people, pack, model=model)
        st = res.statements
        statements = [
            {
                "id": r.statement_id,
                "turns": [_turn_number(r.turn_id)],
                "text": r.text,
                "speaker": r.speaker,
                "start": int(r.start),
                "end": int(r.end),
            }
            for r in st.itertuples()
        ]
        name = dict(zip(st["speaker_id"], st["speaker"], strict=True))
        pred = {
            "statements": statements,
            "error": None,
            "seconds": time.time() - t0,
            "edges": [
                {
                    "source": e.source_statement_id,
                    "target": e.target_statement_id,
                    "relation": e.relation,
                    "source_speaker": name.get(e.source_speaker_id, e.source_speaker_id),
                    "target_speaker": name.get(e.target_speaker_id, e.target_speaker_id),
                }
                for e in edges.itertuples()
            ],
        }
        r = S.score_debate(d.gold, d.turns_text, pred, False)
        for m in ("att", "sup"):
            for k in ("gold", "gold_hit", "pred", "pred_hit"):
                tot[f"{m}_{k}"] += r[m][k]
    lines = []
    for m, label in (("att", "attack"), ("sup", "support")):
        p, rr, f = S.prf(tot[f"{m}_pred_hit"], tot[f"{m}_pred"], tot[f"{m}_gold_hit"], tot[f"{m}_gold"])
        lines.append(
            f"cross-speaker {label:<7} P {p:.3f} R {rr:.3f} F1 {f:.3f}  (gold {tot[f'{m}_gold']}, "
            f"pred mapped {tot[f'{m}_pred']})"
        )
    return "\n    ".join(lines)


def write_model(weights: dict, bias: float, threshold: float, top_k: int, note: str) -> Path:
    path = REPO / "debatekit" / "lang" / "en" / "debate_model.py"
    body = "\n".join(f'    "{f}": {weights[f]:.6f},' for f in FEATURES if f in weights)
    path.write_text(
        f'''"""Debate graph pair model for English: logistic-regression weights over
:data:`debatekit.debate.pairs.FEATURES`, written by ``benchmarks/fit_debate_pairs.py --write``.

Fitted on the 12 ElecDeb development debates (US presidential debates, 1960-2020); the operating point
was chosen on leave-one-debate-out predictions for precision >= 0.6. {note}
"""

# Feature name -> weight (on the raw feature values; no scaler needed).
DEBATE_PAIR_WEIGHTS: dict[str, float] = {{
{body}
}}
# Intercept.
DEBATE_PAIR_BIAS = {bias:.6f}
# Probability a candidate pair needs to become a ``rebuts`` edge.
DEBATE_PAIR_THRESHOLD = {threshold:.2f}
# Targets one source statement may rebut at most (the most probable first).
DEBATE_PAIR_TOP_K = {top_k}
''',
        encoding="utf-8",
    )
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--C", type=float, default=0.3, help="inverse L2 strength of the logistic regression")
    ap.add_argument("--min-precision", type=float, default=0.6)
    ap.add_argument("--write", action="store_true", help="write debatekit/lang/en/debate_model.py")
    ap.add_argument("--quick", action="store_true", help="skip the nested held-out operating points")
    ap.add_argument("--ranker", action="store_true", help="only the statement-pair ranker study")
    ap.add_argument("--drop", default="", help="comma-separated features left out of the fit (weight 0)")
    ap.add_argument(
        "--weight", choices=("sqrt", "none"), default="sqrt", help="pair weights in the fit (pair_weights)"
    )
    args = ap.parse_args()
    WEIGHT[0] = args.weight
    drop = {f for f in args.drop.split(",") if f}
    unknown = sorted(drop - set(FEATURES))
    if unknown:
        ap.error(f"--drop names unknown features: {', '.join(unknown)}")
    USED[:] = [c for c, f in enumerate(FEATURES) if f not in drop]
    S = load_scorer(args.shared)
    t0 = time.time()
    debates = prepare(S, args.shared)
    n_lab = sum(int((d.labels >= 0).sum()) for d in debates)
    n_pos = sum(int((d.labels == 1).sum()) for d in debates)
    n_all = sum(len(d.labels) for d in debates)
    reach = sum(len(set().union(*d.hits)) for d in debates) / sum(d.n_gold for d in debates)
    print(
        f"pairs {n_all} (labelled {n_lab}, positive {n_pos}); gold attacks reachable {reach:.3f}; "
        f"{time.time() - t0:.0f} s"
    )
    if args.ranker:
        ranker_study(S, args.shared, debates, args.C, args.min_precision)
        return

    # out-of-fold probabilities (leave one debate out) and the shipped operating point
    oof = oof_probs(debates, args.C)
    w_all, b_all = fit(debates, args.C)
    th, k = choose_point(debates, oof, args.min_precision)
    print(f"operating point on pooled out-of-fold predictions: threshold {th:.2f}, top_k {k}")
    print("  out-of-fold curve at top_k " + str(k) + ":\n    " + "\n    ".join(curve(debates, oof, k)))
    for j in (1, 2):
        print(
            f"  ceiling with a perfect turn-pair model, top {j} per turn pair: {turn_ceiling(debates, oof, j)}"
        )

    # held out, nested: each fold's point chosen on its training debates only
    held_models = []
    for i, d in enumerate(debates):
        train = [x for j, x in enumerate(debates) if j != i]
        w, b = fit(train, args.C)
        if args.quick:
            th_i, k_i = th, k
        else:
            th_i, k_i = choose_point(train, oof_probs(train, args.C), args.min_precision)
        held_models.append(PairModel(w, b, th_i, k_i))
        print(f"  fold {d.debate_id}: threshold {th_i:.2f} top_k {k_i}", flush=True)
    print("HELD OUT (leave one debate out" + (", pooled point" if args.quick else ", nested point") + "):")
    print("    " + score(S, debates, held_models))
    print("IN SAMPLE (fit on all 12):")
    print("    " + score(S, debates, [PairModel(w_all, b_all, th, k)] * len(debates)))
    train = [d for d in debates if d.debate_id in OFFICIAL_TRAIN]
    test = [d for d in debates if d.debate_id not in OFFICIAL_TRAIN]
    w_t, b_t = fit(train, args.C)
    th_t, k_t = choose_point(train, oof_probs(train, args.C), args.min_precision)
    print(
        f"OFFICIAL SPLIT (fit on the 7 relation-train debates, point {th_t:.2f}/{k_t}; the 5 relation-dev):"
    )
    print("    " + score(S, test, [PairModel(w_t, b_t, th_t, k_t)] * len(test)))
    if args.write:
        note = f"C={args.C}, pair weights {args.weight}" + (
            f"; left out: {', '.join(sorted(drop))}" if drop else ""
        )
        print("wrote", write_model(w_all, b_all, th, k, note + "."))


if __name__ == "__main__":
    main()
