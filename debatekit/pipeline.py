"""``analyze``: the pipeline from sources to every table, one stage module per step.

sources -read-> articles -extract-> statements + mentions -resolve-> speakers
        -align-> matches, groups (+ transcript) -check-> discrepancies -relate-> topics, rebuttals,
        stances, graph
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from typing import Any, Literal

import pandas as pd

from debatekit.analysis import Analysis

Stage = Literal["articles", "statements", "matches", "all"]


def analyze(
    source: Any,
    *,
    transcript: Any = None,
    propositions: Sequence[str] | None = None,
    topics: Mapping[str, Sequence[str]] | None = None,
    stance_model: Any = None,
    language: str | None = None,
    aliases: Mapping[str, Sequence[str]] | None = None,
    attributor: Any = None,
    until: Stage = "all",
    progress: bool | None = None,
) -> Analysis:
    """Analyse a corpus of news articles about a debate.

    Parameters
    ----------
    source : path, glob, list of paths, pandas.DataFrame or Corpus
        Anything :func:`debatekit.read_corpus` accepts.
    transcript : path, DataFrame or None
        A debate transcript (anything :func:`debatekit.read_transcript` accepts) to check statements against.
    propositions : sequence of str, optional
        Claims to measure each speaker's stance on; rebutted claims are added automatically.
    topics : mapping of topic name to words, optional
        User topics; without them topics are discovered from the corpus.
    stance_model : object with ``predict(statement_text, target) -> (label, score)``, optional
        Replaces the default lexicon-based stance scorer.
    language : str, optional
        Force a language pack ("id", "en") instead of per-article detection.
    aliases : mapping of full name to aliases, optional
        ``{"Joko Widodo": ["Jokowi"]}``: nicknames and acronyms of one person (initials such as "SBY"
        of a full name in the table also match); the speaker keeps every alias.
    attributor : object with ``extract(article_id, text, language, title) -> ArticleExtraction``, optional
        Replaces the rule-based per-article statement extraction and attribution.
    until : {"articles", "statements", "matches", "all"}
        Stop after that stage (later tables stay empty); useful for speed on large corpora.
    progress : bool, optional
        Show a progress bar (default: only for corpora of more than a few files, on a terminal).

    Returns
    -------
    Analysis
    """
    from debatekit.io import Corpus, read_corpus, read_transcript

    corpus = (
        source if isinstance(source, Corpus) else read_corpus(source, language=language, progress=progress)
    )
    result = Analysis(articles=corpus.articles, errors=corpus.errors)
    if transcript is not None:
        result.turns = (
            read_transcript(transcript)
            if not isinstance(transcript, pd.DataFrame) or "turn_id" not in transcript
            else transcript
        )
    if until == "articles":
        return result

    stages = _StageBar(len(result.articles), progress, {"statements": 1, "matches": 2}.get(until, 4))
    stages.start("extracting statements")
    from debatekit.extract import extract_corpus

    extraction = extract_corpus(result.articles, language=language, aliases=aliases, attributor=attributor)
    result.statements, result.mentions, result.speakers = (
        extraction.statements,
        extraction.mentions,
        extraction.speakers,
    )
    if len(extraction.warnings):
        result.errors = pd.concat([result.errors, extraction.warnings], ignore_index=True)
    if until == "statements":
        return stages.done(result)

    stages.start("matching across outlets")
    from debatekit.align import align_statements, align_transcript

    result.matches, result.statement_groups, result.statements = align_statements(result.statements)
    if len(result.turns):
        result.statements = align_transcript(result.statements, result.turns, result.speakers)
    if until == "matches":
        return stages.done(result)

    from debatekit.check import find_discrepancies
    from debatekit.relate import relate

    stages.start("checking facts")
    result.discrepancies = find_discrepancies(result)
    stages.start("relating speakers")
    related = relate(result, propositions=propositions, topics=topics, stance_model=stance_model)
    for name, value in related.items():  # topics, rebuttals, stances, graph, statements (with topic_id)
        setattr(result, name, value)
    return stages.done(result)


class _StageBar:
    """A progress bar over the pipeline's stages (reading has its own, per file)."""

    def __init__(self, n_articles: int, progress: bool | None, total: int) -> None:
        from debatekit.io.corpus import PROGRESS_MIN_ITEMS

        show = (
            progress if progress is not None else (n_articles >= PROGRESS_MIN_ITEMS and sys.stderr.isatty())
        )
        self.bar = None
        if show:
            from tqdm import tqdm

            self.bar = tqdm(total=total, desc="analyze", unit="stage", file=sys.stderr)
        self.started = False

    def start(self, stage: str) -> None:
        if self.bar is not None:
            if self.started:
                self.bar.update(1)
            self.bar.set_postfix_str(stage)
            self.started = True

    def done(self, result: Analysis) -> Analysis:
        if self.bar is not None:
            self.bar.update(1)
            self.bar.close()
        return result
