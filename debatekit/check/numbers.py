"""Figures in text: parsing with the language's separators, totals that do not add up, figures that differ.

"12.450" is 12,450 in Indonesian (thousands "."), "2,5" is 2.5; English is the other way round. Scale words
("juta", "triliun", "million") multiply. All of these come from the language pack.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from debatekit.cells import evidence_in, evidence_item
from debatekit.check.context import content_words, words
from debatekit.io.clean import fold
from debatekit.lang import get_pack

MAX_SLIP = 0.2  # a sum this far from the total means the figures are not its parts
_DIGIT = re.compile(r"\d")
# white space after . ! ? before a capital or a quote, or a line break. The mark is matched and the
# break read from group 1 (else the whole match): a pattern opening with a look-behind is tried at every
# character, and so is one whose branch opens with a group ("(\n+)"); "\n\n*" lets the scan skip to
# the characters that can start a match (2.6x faster, same matches).
SENTENCE_END = re.compile(r"[.!?](\s+)(?=[A-Z\"“])|\n\n*")


@dataclass
class Figure:
    """A number written in the text, with its scale and the word that follows (its unit)."""

    start: int
    end: int
    text: str
    value: float
    unit: str | None  # "%", a currency word, or the word right after the figure ("unit", "orang")


@cache
def _number_re(code: str) -> re.Pattern:
    pack = get_pack(code)
    th, dec = re.escape(pack.text.THOUSANDS_SEPARATOR), re.escape(pack.text.DECIMAL_SEPARATOR)
    scales = "|".join(sorted(map(re.escape, pack.text.NUMBER_SCALES), key=len, reverse=True))
    cur = "|".join(sorted(map(re.escape, pack.text.CURRENCY_WORDS), key=len, reverse=True))
    return re.compile(
        rf"(?:(?P<cur>{cur})\s*\.?\s*)?(?<![\d/])(?P<num>\d{{1,3}}(?:{th}\d{{3}})+(?:{dec}\d+)?|\d+(?:{dec}\d+)?)(?![\d/])"
        rf"(?:\s*(?P<scale>{scales})\b)?(?:\s*(?P<after>%|[^\W\d_]+))?",
        re.I,
    )


def _is_year(value: float) -> bool:
    """A value in the range of years (1900-2100): without a unit it is a date, not an amount."""
    return 1900 <= value <= 2100


@cache
def _cue_re(code: str) -> re.Pattern | None:
    """The language's total cues ("terdiri dari", "made up of") as one pattern, or None without any."""
    cues = getattr(get_pack(code).text, "TOTAL_CUES", ())
    if not cues:
        return None
    alts = [rf"\b{re.escape(c)}\b" if c[:1].isalnum() else re.escape(c) for c in cues]
    return re.compile("|".join(alts), re.I)


@cache
def _cue_words(code: str) -> tuple[str, ...]:
    """The language's total cues in lower case (a text holding none of them has no total to check)."""
    return tuple(c.lower() for c in getattr(get_pack(code).text, "TOTAL_CUES", ()))


@cache
def _month_words(language: str | None) -> frozenset[str]:
    """The language's month names, folded ("juli", "agt", "oct"): a figure they follow is a day."""
    return frozenset(m.casefold().rstrip(".") for m in get_pack(language).dates.MONTHS)


def _occurrences(low: str, word: str) -> list[int]:
    out, i = [], low.find(word)
    while i >= 0:
        out.append(i)
        i = low.find(word, i + 1)
    return out


def parse_number(text: str, language: str | None) -> float:
    """Value of a figure written with the language's separators ("12.450" -> 12450 in Indonesian)."""
    pack = get_pack(language)
    t = text.replace(pack.text.THOUSANDS_SEPARATOR, "").replace(pack.text.DECIMAL_SEPARATOR, ".")
    return float(t)


def figures(text: str, language: str | None, start: int = 0, end: int | None = None) -> list[Figure]:
    """Every figure in ``text[start:end]`` (offsets stay relative to ``text``)."""
    pack = get_pack(language)
    out: list[Figure] = []
    stretch = text[start:end]
    if _DIGIT.search(stretch) is None:
        return out  # every figure holds a digit: most sentences hold none and need no scan
    for m in _number_re(pack.code).finditer(stretch):
        try:
            value = parse_number(m.group("num"), pack.code)
        except ValueError:
            continue
        if m.group("scale"):
            value *= pack.text.NUMBER_SCALES[m.group("scale").casefold()]
        after = (m.group("after") or "").casefold()
        unit = None
        if m.group("cur"):
            unit = m.group("cur").casefold()
        elif after in pack.text.PERCENT_WORDS:
            unit = "%"
        elif after and after not in pack.text.STOPWORDS:
            unit = after
        s = start + m.start()
        e = start + m.end("scale") if m.group("scale") else start + m.end("num")
        out.append(Figure(s, e, text[s:e], value, unit))
    return out


def _fmt(value: float, language: str | None) -> str:
    pack = get_pack(language)
    if value == int(value):
        return f"{int(value):,}".replace(",", pack.text.THOUSANDS_SEPARATOR)
    return (
        f"{value:,.2f}".replace(",", "\0")
        .replace(".", pack.text.DECIMAL_SEPARATOR)
        .replace("\0", pack.text.THOUSANDS_SEPARATOR)
    )


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of the sentences of ``text`` (a split good enough to keep a total with its parts)."""
    spans, pos = [], 0
    for m in SENTENCE_END.finditer(text):
        start, end = m.span(1) if m.start(1) >= 0 else m.span()
        spans.append((pos, start))
        pos = end
    spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if e > s]


def arithmetic_discrepancies(article_id: str, text: str, language: str | None) -> list[dict]:
    """A stated total followed by a total cue and its parts, where the parts do not add up to it."""
    code = get_pack(language).code
    cue_re = _cue_re(code)
    if cue_re is None:
        return []
    # where a cue may start: fold keeps text's offsets and makes a case-insensitive match a substring
    low = fold(text)
    at = sorted(i for c in _cue_words(code) for i in _occurrences(low, c))
    if not at:
        return []  # no cue anywhere: no sentence split, no scan per sentence
    rows = []
    for s, e in sentences(text):
        if bisect.bisect_left(at, s) == bisect.bisect_left(at, e):
            continue  # no cue starts in this sentence
        for cue in cue_re.finditer(text, s, e):
            before = figures(text, language, s, cue.start())
            if not before or cue.start() - before[-1].end > 40:
                continue
            total = before[-1]
            if total.unit is None and _is_year(total.value):
                continue  # a year, not a total
            parts = figures(text, language, cue.end(), e)
            if total.unit is not None and any(p.unit == total.unit for p in parts):
                parts = [p for p in parts if p.unit == total.unit]
            if len(parts) < 2:
                continue
            got = sum(p.value for p in parts)
            if abs(got - total.value) <= 1e-9 * max(abs(total.value), 1):
                continue
            if abs(got - total.value) > MAX_SLIP * abs(total.value):
                continue  # far off: these figures are not the parts of that total
            shown = " + ".join(p.text for p in parts)
            rows.append(
                {
                    "kind": "arithmetic",
                    "article_ids": [article_id],
                    "statement_ids": [],
                    "detail": (
                        f"{article_id} states a total of {total.text} made of {shown}, which add up to "
                        f"{_fmt(got, language)}, not {total.text}."
                    ),
                    "evidence": [evidence_in(article_id, text, s, e)],
                }
            )
    return rows


def number_changes(diff: list[dict], language: str | None) -> list[tuple[str, str]]:
    """Replaced figures in a word diff: [(figure in a, figure in b)] (e.g. "1,2 triliun" vs "12 triliun").

    Years and figures after an identifier word ("Nomor 2", "Route 9") are names, not amounts.
    """
    pack = get_pack(language)
    ident: frozenset[str] = getattr(pack.text, "IDENTIFIER_WORDS", frozenset())

    def amounts(text: str) -> set[float]:
        return {
            f.value
            for f in figures(text, language)
            if not (f.unit is None and f.value == int(f.value) and _is_year(f.value))
        }

    out = []
    for k, op in enumerate(diff or []):
        if op.get("op") != "replace":
            continue
        before = (diff[k - 1].get("a", "") if k else "").split()
        if before and before[-1].casefold() in ident:
            continue
        fa, fb = amounts(op.get("a", "")), amounts(op.get("b", ""))
        if fa and fb and fa != fb:
            out.append((op["a"], op["b"]))
    return out


FIGURE_CONTEXT = 12  # words each side of a figure, inside its sentence, that say what it counts
SAME_THING_WORDS = 5  # context words two figures share to be taken for the same thing
SAME_THING_SHARE = 0.4  # ... and that share of the smaller context


@dataclass
class _Placed:
    article_id: str
    figure: Figure
    context: frozenset[str]


def _placed_figures(article_id: str, text: str, language: str | None) -> list[_Placed]:
    pack = get_pack(language)
    stop = (
        frozenset(pack.text.STOPWORDS)
        | frozenset(pack.text.NUMBER_SCALES)
        | frozenset(pack.text.CURRENCY_WORDS)
    )
    months = _month_words(language)
    out = []
    for s, e in sentences(text):
        # quantities only: a year, a day ("15 Juli") or a time ("pukul 14.40") is not a figure that differs
        found = [
            f
            for f in figures(text, language, s, e)
            if f.unit is not None
            and (f.unit in pack.text.CURRENCY_WORDS or f.unit == "%" or not _is_year(f.value))
            and f.unit not in months
            and not _clock(text, f)
        ]
        for k, f in enumerate(found):
            # what a figure counts lies between it and its neighbours: in "6 cars, 2 vans and 1 truck"
            # the 2 counts vans, not cars or trucks
            lo = found[k - 1].end if k else s
            hi = found[k + 1].start if k + 1 < len(found) else e
            before = words(text[lo : f.start])[-FIGURE_CONTEXT:]
            if before and before[-1] in getattr(pack.text, "IDENTIFIER_WORDS", ()):
                continue  # "Nomor 2 Tahun 2017", "Route 9": a name, not a quantity
            after = words(text[f.end : hi])[:FIGURE_CONTEXT]
            out.append(_Placed(article_id, f, frozenset(content_words(before + after, stop) - {f.unit})))
    return out


def _clock(text: str, f: Figure) -> bool:
    """The figure is one half of a time of day ("14.40", "9:30"): digits joined to it by "." or ":"."""
    before, after = text[max(0, f.start - 2) : f.start], text[f.end : f.end + 2]
    return (len(before) == 2 and before[1] in ".:" and before[0].isdigit()) or (
        len(after) == 2 and after[0] in ".:" and after[1].isdigit()
    )


def figure_discrepancies(articles, clusters: dict[str, list[str]], statements=None) -> list[dict]:
    """Outlets covering one event that give different figures for the same thing.

    Two figures are about the same thing when they have the same unit (currency, percent or counted noun)
    and their surrounding words overlap (SAME_THING_WORDS words, SAME_THING_SHARE of the smaller context).
    """
    placed: dict[str, list[_Placed]] = {}
    for row in articles.itertuples(index=False):
        art = str(row.article_id)
        if art in clusters:
            placed[art] = _placed_figures(art, str(row.text or ""), getattr(row, "language", None))
    # statement spans by article: a figure is looked up among its own article's statements only
    spans: dict[str, list[tuple[int, int, str]]] = {}
    if statements is not None and len(statements):
        # only the four columns read, as lists: rows of every column of a large table are slow to build
        placed_in = statements["article_id"].astype(str).isin(placed) & statements["start"].notna()
        st = statements.loc[placed_in & statements["end"].notna()]
        for art, start, end, sid in zip(
            st["article_id"].tolist(),
            st["start"].tolist(),
            st["end"].tolist(),
            st["statement_id"].tolist(),
            strict=True,
        ):
            spans.setdefault(str(art), []).append((int(start), int(end), sid))

    def inside(p: _Placed) -> list[str]:
        return [sid for s, e, sid in spans.get(p.article_id, ()) if s <= p.figure.start and p.figure.end <= e]

    # figures by unit per article: a figure is only compared with figures of its own unit
    by_unit: dict[str, dict[str | None, list[_Placed]]] = {}
    for art, ps in placed.items():
        for p in ps:
            by_unit.setdefault(art, {}).setdefault(p.figure.unit, []).append(p)
    rows, seen = [], set()
    for a in sorted(placed):
        # clusters lists are sorted: the later articles of a's event, in order
        for b in [b for b in clusters[a] if b > a and b in placed]:
            for pa in placed[a]:
                best, best_shared = None, 0
                for pb in by_unit.get(b, {}).get(pa.figure.unit, ()):
                    shared = len(pa.context & pb.context)
                    small = max(min(len(pa.context), len(pb.context)), 1)
                    if (
                        shared >= SAME_THING_WORDS
                        and shared / small >= SAME_THING_SHARE
                        and shared > best_shared
                    ):
                        best, best_shared = pb, shared
                if best is None or best.figure.value == pa.figure.value:
                    continue
                key = (a, b, pa.figure.value, best.figure.value)
                if key in seen:
                    continue
                seen.add(key)
                about = " ".join(sorted(pa.context & best.context))
                rows.append(
                    {
                        "kind": "number",
                        "article_ids": [a, b],
                        "statement_ids": sorted(inside(pa) + inside(best)),
                        "detail": f"'{pa.figure.text}' in {a}, '{best.figure.text}' in {b}, for the same thing ({about}).",
                        "evidence": [
                            evidence_item(a, pa.figure.start, pa.figure.end, pa.figure.text),
                            evidence_item(b, best.figure.start, best.figure.end, best.figure.text),
                        ],
                    }
                )
    return rows
