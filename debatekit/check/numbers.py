"""Figures in text: parsing with the language's separators, totals that do not add up, figures that differ.

"27.753" is 27,753 in Indonesian (thousands "."), "9,4" is 9.4; English is the other way round. Scale words
("juta", "triliun", "million") multiply. All of these come from the language pack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from debatekit.lang import get_pack

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n+")


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


def parse_number(text: str, language: str | None) -> float:
    """Value of a figure written with the language's separators ("27.753" -> 27753 in Indonesian)."""
    pack = get_pack(language)
    t = text.replace(pack.text.THOUSANDS_SEPARATOR, "").replace(pack.text.DECIMAL_SEPARATOR, ".")
    return float(t)


def figures(text: str, language: str | None, start: int = 0, end: int | None = None) -> list[Figure]:
    """Every figure in ``text[start:end]`` (offsets stay relative to ``text``)."""
    pack = get_pack(language)
    out = []
    stretch = text[start:end]
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
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if e > s]


def arithmetic_discrepancies(article_id: str, text: str, language: str | None) -> list[dict]:
    """A stated total followed by a total cue and its parts, where the parts do not add up to it."""
    pack = get_pack(language)
    cues = getattr(pack.text, "TOTAL_CUES", ())
    if not cues:
        return []
    cue_re = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b", re.I)
    rows = []
    for s, e in sentences(text):
        for cue in cue_re.finditer(text, s, e):
            before = figures(text, language, s, cue.start())
            if not before or cue.start() - before[-1].end > 40:
                continue
            total = before[-1]
            parts = figures(text, language, cue.end(), e)
            if total.unit is not None and any(p.unit == total.unit for p in parts):
                parts = [p for p in parts if p.unit == total.unit]
            if len(parts) < 2:
                continue
            got = sum(p.value for p in parts)
            if abs(got - total.value) <= 1e-9 * max(abs(total.value), 1):
                continue
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
                    "evidence": [f"{article_id}[{s}:{e}] {text[s:e].strip()}"],
                }
            )
    return rows


def number_changes(diff: list[dict], language: str | None) -> list[tuple[str, str]]:
    """Replaced figures in a word diff: [(figure in a, figure in b)] (e.g. "8 triliun" vs "80 triliun")."""
    out = []
    for op in diff or []:
        if op.get("op") != "replace":
            continue
        fa, fb = figures(op.get("a", ""), language), figures(op.get("b", ""), language)
        if fa and fb and {f.value for f in fa} != {f.value for f in fb}:
            out.append((op["a"], op["b"]))
    return out
