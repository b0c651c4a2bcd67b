"""Structural checks of the bundled example corpora and their hand annotation (examples/*/gold.json).

Other tests score the pipeline against these files, so a wrong gold would make them test nothing:
every annotated text must be in its article, every id must resolve, every quotation mark in an article
must be accounted for, and nothing may be copied from the seed articles.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
CORPORA = sorted(p.parent for p in EXAMPLES.glob("*/gold.json"))

TOP_KEYS = {
    "about",
    "documents",
    "speakers",
    "events",
    "quotes",
    "indirect_statements",
    "not_quotes",
    "matches",
    "unmatched_quotes",
    "rebuttals",
    "stances",
    "discrepancies",
    "boilerplate",
}
RELATIONS = {"verbatim", "minor_edit", "reworded", "partial", "indirect_vs_direct", "misattributed"}
KINDS = {"date", "arithmetic", "number", "wording", "misattribution", "omission"}
DOUBLE_MARKS = '"“”„«»'


def _load(corpus: Path) -> tuple[dict, dict[str, str]]:
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    texts = {
        key: (corpus / "articles" / d["file"]).read_text(encoding="utf-8")
        for key, d in gold["documents"].items()
    }
    return gold, texts


def _norm(s: str) -> str:
    return re.sub(r"[\W_]+", " ", s.lower()).strip()


@pytest.fixture(params=CORPORA, ids=[c.name for c in CORPORA], scope="module")
def corpus(request):
    gold, texts = _load(request.param)
    return request.param, gold, texts


def test_both_languages_present():
    langs = Counter()
    for c in CORPORA:
        gold, _ = _load(c)
        for d in gold["documents"].values():
            langs[d["language"]] += 1
    assert langs["id"] >= 4 and langs["en"] >= 3, langs


def test_format_matches_seeds(corpus, request):
    _, gold, _ = corpus
    assert TOP_KEYS <= set(gold) <= TOP_KEYS | {"transcript"}
    for key, d in gold["documents"].items():
        assert set(d) == {"file", "outlet", "published", "language", "event"}
        # the scorer uses the key as article_id; keep it the file's prefix
        assert d["file"].startswith(key + "_"), (key, d["file"])
        if d["published"]:
            dt.date.fromisoformat(d["published"])
    for q in gold["quotes"]:
        assert (
            {"id", "doc", "speaker", "kind", "text", "cue"}
            <= set(q)
            <= {"id", "doc", "speaker", "kind", "text", "cue", "note"}
        )
        assert q["kind"] == "direct"


def test_seed_format_keys_agree(corpus, seeds_gold):
    _, gold, _ = corpus
    assert set(seeds_gold) <= set(gold)
    assert set(seeds_gold["quotes"][0]) - {"note"} <= set(gold["quotes"][0])
    assert set(seeds_gold["rebuttals"][0]) == set(gold["rebuttals"][0])


def test_ids_unique_and_prefixed(corpus):
    _, gold, _ = corpus
    items = gold["quotes"] + gold["indirect_statements"]
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids))
    for i in items:
        assert i["doc"] in gold["documents"]
        assert i["id"].startswith(i["doc"] + "-"), i["id"]


def test_texts_are_exact_substrings(corpus):
    _, gold, texts = corpus
    for item in gold["quotes"] + gold["indirect_statements"] + gold["not_quotes"]:
        assert item["text"] in texts[item["doc"]], (item.get("id"), item["text"][:60])
        assert item["text"] == item["text"].strip(), item.get("id")


def test_quotes_are_enclosed_by_marks(corpus):
    """A direct quote's text sits right inside an opening mark and right before a closing one."""
    _, gold, texts = corpus
    for q in gold["quotes"]:
        raw = texts[q["doc"]]
        start = raw.index(q["text"])
        end = start + len(q["text"])
        assert raw[start - 1] in DOUBLE_MARKS, q["id"]
        assert raw[end] in DOUBLE_MARKS, q["id"]


def test_every_double_mark_is_annotated(corpus):
    """Precision is tested at 1.0: any quotation mark in the body must open or close a gold span."""
    _, gold, texts = corpus
    for doc, raw in texts.items():
        bp = set(gold["boilerplate"].get(doc, []))
        edges: set[int] = set()
        for item in gold["quotes"] + gold["not_quotes"]:
            if item["doc"] != doc:
                continue
            for m in re.finditer(re.escape(item["text"]), raw):
                edges |= {m.start() - 1, m.end()}
                edges |= {i for i in range(m.start(), m.end()) if raw[i] in DOUBLE_MARKS}
        offset = 0
        for line in raw.splitlines(keepends=True):
            if line.strip() not in bp:
                for j, ch in enumerate(line):
                    if ch in DOUBLE_MARKS:
                        assert offset + j in edges, (doc, line.strip()[:70])
            offset += len(line)


def test_speakers_and_aliases(corpus):
    _, gold, texts = corpus
    speakers = gold["speakers"]
    everything = "\n".join(texts.values())
    for name, aliases in speakers.items():
        assert name in aliases
        for alias in aliases:
            assert alias in everything, (name, alias)
    for item in gold["quotes"] + gold["indirect_statements"]:
        assert item["speaker"] in speakers, item["id"]
    # every person who speaks is mentioned by full name in the article or the corpus
    for name in {i["speaker"] for i in gold["quotes"] + gold["indirect_statements"]}:
        assert name in everything


def test_shared_surname_kept_apart(corpus):
    """Each corpus has two speakers with the same surname: the case resolution must not merge."""
    _, gold, _ = corpus
    surnames = Counter(name.split()[-1] for name in gold["speakers"])
    assert max(surnames.values()) >= 2


def test_matches_refer_to_existing_statements(corpus):
    _, gold, _ = corpus
    by_id = {i["id"]: i for i in gold["quotes"] + gold["indirect_statements"]}
    kinds = {q["id"]: "direct" for q in gold["quotes"]}
    for m in gold["matches"]:
        a, b = by_id[m["a"]], by_id[m["b"]]
        assert m["relation"] in RELATIONS
        assert a["doc"] != b["doc"], m
        indirect = (m["a"] not in kinds) + (m["b"] not in kinds)
        assert indirect == (1 if m["relation"] == "indirect_vs_direct" else 0), m
        if m["relation"] == "misattributed":
            assert a["speaker"] != b["speaker"]
            assert _norm(a["text"]) == _norm(b["text"])
        elif m["relation"] == "verbatim":
            assert _norm(a["text"]) == _norm(b["text"])
            assert a["speaker"] == b["speaker"]
        else:
            assert a["speaker"] == b["speaker"], m
    matched = {x for m in gold["matches"] for x in (m["a"], m["b"])}
    assert set(gold["unmatched_quotes"]) == {q["id"] for q in gold["quotes"]} - matched
    assert Counter(m["relation"] for m in gold["matches"]).keys() == RELATIONS


def test_rebuttals_stances_discrepancies(corpus):
    _, gold, texts = corpus
    ids = {i["id"] for i in gold["quotes"] + gold["indirect_statements"]}
    for r in gold["rebuttals"]:
        assert r["source"] in gold["speakers"] and r["target"] in gold["speakers"]
        assert r["source"] != r["target"]
        assert {r["source_statement"], r["target_statement"]} <= ids
        assert r["cue"] in texts[r["doc"]]
        if r["headline_cue"]:
            assert texts[r["doc"]].splitlines()[0].startswith(r["headline_cue"])
    assert any(r["headline_cue"] for r in gold["rebuttals"])
    for s in gold["stances"]:
        assert s["stance"] in {"for", "against", "neutral"}
        assert set(s["evidence"]) <= ids
    for d in gold["discrepancies"]:
        assert d["kind"] in KINDS
        assert set(d["docs"]) <= set(gold["documents"])
        assert set(d.get("statements", [])) <= ids
    assert {d["kind"] for d in gold["discrepancies"]} == KINDS


def test_arithmetic_discrepancy_really_does_not_add_up(corpus):
    _, gold, texts = corpus

    def num(s: str) -> int:
        return int(re.sub(r"[.,]", "", s))

    for d in gold["discrepancies"]:
        if d["kind"] != "arithmetic":
            continue
        m = re.search(
            r"reports\D*?(\d[\d.,]*\d)\b.*?made of (.+?), which add up to (\d[\d.,]*\d)", d["detail"]
        )
        assert m, d["detail"]
        total, parts, claimed = m.group(1), re.findall(r"\d[\d.,]*\d", m.group(2)), m.group(3)
        assert sum(num(p) for p in parts) == num(claimed) != num(total)
        article = texts[d["docs"][0]]
        for figure in [total, *parts]:
            assert figure in article, figure


def test_date_discrepancy_weekday_is_wrong(corpus):
    """The planted weekday/date contradiction is real: the named weekday is not that date's weekday."""
    _, gold, texts = corpus
    weekdays_id = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
    months_en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    wrong = 0
    for doc, raw in texts.items():
        year = int((gold["documents"][doc]["published"] or "2024")[:4])
        for wd, day, month in re.findall(r"\b(" + "|".join(weekdays_id) + r") \((\d{1,2})/(\d{1,2})\)", raw):
            wrong += dt.date(year, int(month), int(day)).weekday() != weekdays_id.index(wd)
        for wd, mon, day in re.findall(r"\b([A-Z][a-z]+day), ([A-Z][a-z]{2})[a-z]*\.? (\d{1,2})\b", raw):
            date = dt.date(year, months_en.index(mon) + 1, int(day))
            wrong += date.strftime("%A") != wd
    assert wrong == 1
    assert [d for d in gold["discrepancies"] if d["kind"] == "date"]


def test_boilerplate_lines_exist_and_are_distinct(corpus):
    _, gold, texts = corpus
    for doc, lines in gold["boilerplate"].items():
        raw_lines = [line.strip() for line in texts[doc].splitlines()]
        body = "\n".join(line for line in raw_lines if line not in set(lines))
        for line in lines:
            assert line in raw_lines, (doc, line)
            # the cleaning check is "line not in cleaned text": it must not occur in the article itself
            assert line not in body, (doc, line)


def test_article_lengths_and_outlets(corpus):
    _, gold, texts = corpus
    outlets = {d["outlet"] for d in gold["documents"].values()}
    assert len(outlets) == len(gold["documents"])
    for doc, raw in texts.items():
        assert 250 <= len(raw.split()) <= 600, (doc, len(raw.split()))


def test_transcript_alignments(corpus):
    path, gold, _ = corpus
    tr = gold.get("transcript")
    if not tr:
        pytest.skip("no transcript for this corpus")
    raw = (path / tr["file"]).read_text(encoding="utf-8")
    if tr["file"].endswith(".vtt"):
        cues = re.findall(r"^(\d\d:\d\d:\d\d\.\d+) --> .*\n<v ([^>]+)>(.*)$", raw, re.M)
        starts = [c[0] for c in cues]
    else:
        turns = [t.split(": ", 1) for t in raw.split("\n\n") if t.strip()]
    quotes = {q["id"]: q for q in gold["quotes"]}
    for a in tr["alignments"]:
        q = quotes[a["quote"]]
        assert a["relation"] in RELATIONS
        if tr["file"].endswith(".vtt"):
            i = starts.index(a["start"])
            speaker = cues[i][1]
            said = " ".join(c[2] for c in cues[i : i + 4] if c[1] == speaker)
        else:
            speaker, said = turns[a["turn"] - 1]
        if a["relation"] == "misattributed":
            assert speaker != q["speaker"]
        else:
            assert speaker == q["speaker"], a
        if a["relation"] in {"verbatim", "misattributed"}:
            # speech recognition may misspell a word; nothing more
            qt, st = _norm(q["text"]).split(), set(_norm(said).split())
            assert sum(t not in st for t in qt) <= 1, a


def test_no_seed_names_or_sentences(corpus, seeds_gold, shared_dir):
    _, _, texts = corpus
    everything = "\n".join(texts.values()).lower()
    names = set(seeds_gold["speakers"]) | {d["outlet"] for d in seeds_gold["documents"].values()}
    names |= {tok for n in seeds_gold["speakers"] for tok in n.split() if len(tok) > 3}
    for name in names:
        assert not re.search(r"\b" + re.escape(name.lower()) + r"\b", everything), name

    # no copied passage: no 8-word run shared with a seed article
    def shingles(text: str) -> set[tuple[str, ...]]:
        words = _norm(text).split()
        return {tuple(words[i : i + 8]) for i in range(len(words) - 7)}

    mine = shingles(everything)
    for seed in sorted((shared_dir / "seeds").glob("*.txt")):
        assert not mine & shingles(seed.read_text(encoding="utf-8")), seed.name
