"""Reading sources into a Corpus: readers, boilerplate cleaning, metadata, transcripts."""
# PLACEHOLDER until the io stage lands: the io owner replaces this file.
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from debatekit import schema


@dataclass
class Corpus:
    articles: pd.DataFrame
    errors: pd.DataFrame = field(default_factory=lambda: schema.frame(schema.ERROR_COLUMNS))


def read_corpus(source, *, language=None, outlet=None, progress=None) -> Corpus:
    df = source.copy()
    rows = []
    for i, r in df.iterrows():
        rows.append({"article_id": str(r.get("article_id", i)), "text": r["text"], "raw_text": r["text"],
                     "outlet": r.get("outlet"), "language": r.get("language") or language or "id", "source": "<dataframe>"})
    return Corpus(schema.frame(schema.ARTICLE_COLUMNS, rows))


def read_transcript(source) -> pd.DataFrame:
    raise NotImplementedError
