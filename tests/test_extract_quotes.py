"""Quotation marks that never close: bounded quotes and a warning row, on text written for the test."""

from __future__ import annotations

import pandas as pd

import debatekit as dk
from debatekit.extract.quotes import MAX_UNCLOSED_QUOTE_CHARS, find_quotes
from debatekit.extract.text_units import paragraphs

SENTENCE = "The ferry board met again on Tuesday and the captains waited outside the hall. "


def test_unclosed_quote_in_a_long_paragraph_is_bounded_and_warned():
    body = 'Casimir Obuya said: "We will not accept this fare. ' + SENTENCE * 400
    text = "Harbour Council Votes\n\n" + body + "\n"
    quotes, odd = find_quotes(text, paragraphs(text))
    (q,) = quotes
    assert q.unbalanced and q.end - q.start <= MAX_UNCLOSED_QUOTE_CHARS
    assert text[q.end - 1] == "."  # cut at a sentence end, not mid-word
    assert [o.problem for o in odd] == ["unbalanced_quote"]

    res = dk.analyze(pd.DataFrame([{"article_id": "a", "text": text, "language": "en"}]), until="statements")
    direct = res.statements[res.statements.kind == "direct"]
    assert direct.text.str.len().max() <= MAX_UNCLOSED_QUOTE_CHARS
    warned = res.errors[res.errors.problem == "unbalanced_quote"]
    assert len(warned) == 1 and "never closed" in warned.message.iloc[0] and not warned.fatal.iloc[0]


def test_unclosed_quote_in_a_short_paragraph_runs_to_the_paragraph_end():
    text = 'Harbour Council Votes\n\nCasimir Obuya said: "We will not accept this fare.\nThe vote is on Friday.\n'
    (q,), odd = find_quotes(text, paragraphs(text))
    assert text[q.start : q.end] == "We will not accept this fare."
    assert "end of its paragraph" in odd[0].message
