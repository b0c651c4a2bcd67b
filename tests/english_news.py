"""Analysing English articles written in a test, one outlet and date for all (shared by the identity tests)."""

from __future__ import annotations

import pandas as pd

import debatekit as dk


def analyze_english(*texts: str) -> dk.Analysis:
    """``dk.analyze`` of ``texts`` as articles a0, a1, ... of one outlet on one day."""
    df = pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(len(texts))],
            "text": list(texts),
            "outlet": ["Daily Harbour"] * len(texts),
            "published": ["2024-03-01"] * len(texts),
        }
    )
    return dk.analyze(df, language="en")


def ids_saying(res: dk.Analysis, fragment: str) -> set[str]:
    """Speaker ids of the statements whose text holds ``fragment``."""
    st = res.statements
    return set(st[st.text.str.contains(fragment, regex=False)].speaker_id.dropna())
