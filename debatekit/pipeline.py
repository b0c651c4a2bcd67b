"""``analyze``: the pipeline from sources to every table, the only place that chains the stages.

sources -read-> articles -languages-> articles.language -extract-> statements, mentions, speakers
        -align-> matches, groups -transcript-> statements.turn_id -check-> discrepancies
        -relate-> topics, rebuttals, stances, graph

What each stage reads and writes is declared in :mod:`debatekit.stages`.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from typing import Any, Literal

import pandas as pd

from debatekit import stages
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
    speakers: Mapping[str, Any] | None = None,
    debate: bool | None = None,
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
    speakers : mapping, optional
        Transcript label to full name (or ``{"name": ..., "role": ...}``), e.g. ``{"TRUMP": "Donald Trump"}``.
        With a transcript, the debate itself is analysed too (:func:`debatekit.debate.analyze_debate`):
        spoken statements, rebuttals between them, ``participation``; ``source`` may then be ``[]``.
    debate : bool, optional
        Analyse the debate itself from the transcript. Default: only when there are no articles (the Dask
        backend, :mod:`debatekit.scale`, does not run this stage yet, and both backends give the same tables
        for a news run); ``True`` adds it to a news run too (spoken statements beside the news ones).

    Returns
    -------
    Analysis
        Every table (columns in :mod:`debatekit.schema`) and the graph; the stages after ``until`` leave
        their tables empty.

    Raises
    ------
    ValueError
        An unknown ``until``; an unknown ``language`` (:class:`debatekit.lang.UnknownLanguageError`); a
        DataFrame ``source`` without a ``text`` column; a transcript that cannot be read
        (:class:`debatekit.io.ReadError`, naming the file). Unreadable article files are no error: each
        is a row of ``errors``.
    TypeError
        ``stance_model``, ``attributor`` or ``aliases`` of the wrong kind (no ``predict``, no ``extract``,
        not a mapping).

    Examples
    --------
    On the bundled example (run from the repository root):

    >>> import debatekit as dk
    >>> result = dk.analyze("examples/debate_en/articles", transcript="examples/debate_en/transcript.vtt")
    >>> sorted(set(result.statements["kind"]))
    ['direct', 'indirect']
    >>> bool(result.statements["turn_id"].notna().any())  # quotes placed in the turn they came from
    True

    On a DataFrame, with the seams: ``aliases`` joins the names of one person, ``stance_model`` replaces
    the stance scorer:

    >>> import pandas as pd
    >>> articles = pd.DataFrame({"outlet": ["Daily A", "Daily B"], "text": [
    ...     'Roads\\n\\n"We will fix every road in the city by June," Mayor Jo Roe said on Monday.\\n',
    ...     'Roads\\n\\n"We will fix every road in the city by June," Jonathan Roe told reporters.\\n',
    ... ]})
    >>> class AlwaysFor:
    ...     def predict(self, text, target):
    ...         return "for", 1.0
    >>> result = dk.analyze(articles, language="en", aliases={"Jonathan Roe": ["Jo Roe"]},
    ...                     stance_model=AlwaysFor(), propositions=["Every road is fixed by June"])
    >>> sorted(result.statements[["outlet", "speaker"]].itertuples(index=False, name=None))
    [('Daily A', 'Jonathan Roe'), ('Daily B', 'Jonathan Roe')]
    >>> result.matches["relation"].tolist()
    ['verbatim']
    >>> result.stances[["speaker", "stance"]].values.tolist()
    [['Jonathan Roe', 'for']]

    A transcript alone, with ``speakers`` naming its labels:

    >>> debate = "ROE: We will fix every road by June.\\nLEE: That is not true. The roads are worse.\\n"
    >>> result = dk.analyze([], transcript=debate, speakers={"ROE": "Jo Roe", "LEE": "Ann Lee"})
    >>> result.rebuttals[["source_speaker_id", "relation", "target_speaker_id"]].values.tolist()
    [['ann-lee', 'rebuts', 'jo-roe']]
    """
    from debatekit.io import Corpus, read_corpus
    from debatekit.lang import pack_code

    if language is not None:
        pack_code(language)  # refuse an unknown language before reading anything
    if until not in STAGES_UNTIL:
        raise ValueError(f"until={until!r}: expected one of {', '.join(map(repr, STAGES_UNTIL))}")
    corpus = source if isinstance(source, Corpus) else read_corpus(source, progress=progress)
    tables: stages.Tables = Analysis.empty_tables()
    tables.update(articles=corpus.articles, errors=corpus.errors)
    if transcript is not None:
        from debatekit.io import read_transcript

        warnings: list[dict] = []
        is_turns = isinstance(transcript, pd.DataFrame) and "turn_id" in transcript
        tables["turns"] = transcript if is_turns else read_transcript(transcript, errors=warnings)
        if warnings:  # malformed cues and timestamps: warning rows naming the file and line
            tables["errors"] = pd.concat([tables["errors"], pd.DataFrame(warnings)], ignore_index=True)
    options = stages.Options(
        language,
        propositions,
        topics,
        stance_model,
        speakers=speakers,
        debate=debate,
        aliases=aliases,
        attributor=attributor,
    )
    chain = STAGES_UNTIL[until]
    bar = _StageBar(len(corpus.articles), progress, len(chain))
    for stage in chain:
        bar.start(stage.label)
        tables = stage.apply(tables, options)
    return bar.done(Analysis(**tables))


# the stages each ``until`` runs, in order (debatekit.stages declares what each reads and writes)
STAGES_UNTIL: dict[str, tuple[stages.Stage, ...]] = {
    "articles": (stages.LANGUAGES,),
    "statements": (stages.LANGUAGES, stages.EXTRACT),
    "matches": (stages.LANGUAGES, stages.EXTRACT, stages.ALIGN, stages.TRANSCRIPT, stages.EVENTS),
    "all": stages.STAGES,
}


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
            self.bar.update(1 if self.started else 0)
            self.bar.close()
        return result
