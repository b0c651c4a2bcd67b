"""The seam for attribution models: ``dk.analyze(attributor=...)``.

An attributor reads one article and returns its statements, mentions and article-level people
(:class:`~debatekit.extract.article.ArticleExtraction`); debatekit then links the people across the
corpus. :class:`RuleAttributor`, the language-pack rules, is the default; a trained model can take
its place by implementing the same method (and may call the rules for what it does not cover).
"""

from __future__ import annotations

from typing import Protocol, cast, runtime_checkable

from debatekit.extract.article import ArticleExtraction, extract_article
from debatekit.lang import get_pack


@runtime_checkable
class Attributor(Protocol):
    """What ``dk.analyze(attributor=...)`` accepts.

    ``extract(article_id, text, language, title)`` gets one article's cleaned text, its language code
    and headline, and returns its :class:`~debatekit.extract.article.ArticleExtraction`.

    Examples
    --------
    An attributor that keeps only the direct quotes the rules find:

    >>> import debatekit as dk
    >>> class DirectOnly:
    ...     def extract(self, article_id, text, language, title):
    ...         ex = RuleAttributor().extract(article_id, text, language, title)
    ...         ex.statements = [s for s in ex.statements if s["kind"] == "direct"]
    ...         return ex
    >>> isinstance(DirectOnly(), Attributor)
    True
    >>> result = dk.analyze("examples/debate_en/articles", attributor=DirectOnly(), until="statements")
    >>> sorted(set(result.statements["kind"]))
    ['direct']
    """

    def extract(
        self, article_id: str, text: str, language: str | None, title: str | None
    ) -> ArticleExtraction:  # pragma: no cover - protocol
        ...


class RuleAttributor:
    """Default attributor: quotation marks, cue words and name rules from the language pack.

    Examples
    --------
    >>> ex = RuleAttributor().extract("a", "Title\\n\\n\\"We will win this,\\" Jo Roe said.\\n", "en", None)
    >>> [(s["kind"], s["text"]) for s in ex.statements]
    [('direct', 'We will win this,')]
    """

    def extract(
        self, article_id: str, text: str, language: str | None, title: str | None
    ) -> ArticleExtraction:
        return extract_article(article_id, text, get_pack(language), title)


def check_attributor(attributor: object) -> Attributor:
    """The attributor to use: the rules when ``None``; a clear error for an object without ``extract``.

    Raises
    ------
    TypeError
        ``attributor`` has no callable ``extract``.

    Examples
    --------
    >>> type(check_attributor(None)).__name__
    'RuleAttributor'
    >>> check_attributor(object())
    Traceback (most recent call last):
    ...
    TypeError: attributor must have an extract(article_id, text, language, title) -> ArticleExtraction method
    """
    if attributor is None:
        return RuleAttributor()
    if not callable(getattr(attributor, "extract", None)):
        raise TypeError(
            "attributor must have an extract(article_id, text, language, title) -> ArticleExtraction method"
        )
    return cast(Attributor, attributor)  # duck-typed: it has the one method the protocol asks for
