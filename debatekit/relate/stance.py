"""Stance of each speaker on each proposition: a pluggable statement-level model, aggregated per speaker.

A stance model is any object with ``predict(text, target) -> (label, score)``: ``label`` is "for",
"against" or "neutral" and ``score`` its strength (0..1; a signed -1..1 score is read by its absolute
value). Statements that share no content word with the proposition are not sent to the model.

The default :class:`LexiconStance` needs nothing downloaded. It reads a proposition as *subject words*
plus a *predicate*: the content words right after its polarity word ("jalan desa di Kotabaru sudah **mulus**"),
or all its lower-case content words when it has none. A sentence of a statement is about the proposition
when it uses every predicate word and, if the proposition has subject words, at least one of them; its
vote is the polarity (language pack negations, "already" and stance words) of its first marked clause
holding a predicate word, times the proposition's own polarity. A sentence using every word of the
proposition (at least :data:`UNMARKED_WORDS` of its words) with no polarity word is a weak yes
(:data:`UNMARKED_VOTE`). When the proposition has no polarity word, a marked clause must hold two of its
predicate words to vote (a negation near one shared word is no verdict on the whole claim).

A proposition holding a stance word of the pack ("Housing has **improved** under X") is *evaluative*: its
predicate is its lower-case content words bar the verdict, and a sentence using one of them votes with
its own stance words (:func:`~debatekit.relate.polarity.evaluation`: "housing is a **crisis**" is
against), times the proposition's polarity ("has not improved", "failed" flip it).

Statements the model leaves neutral take the stance their rebuttal or a named speaker's rebuttal implies
(:mod:`~debatekit.relate.propositions`), then that of statements linked to them: opposite across a
rebuttal, the same across cross-outlet versions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

import pandas as pd

from debatekit import cells, schema
from debatekit.collector import collector_paused
from debatekit.lang import LanguagePack, get_pack
from debatekit.relate.polarity import (
    Clause,
    analyse_clauses,
    evaluation,
    ignored_words,
    is_content,
    proposition_polarity,
)
from debatekit.relate.propositions import Proposition
from debatekit.relate.spans import (
    MIN_PREFIX,
    Vocabulary,
    plain_sentences,
    shared_in,
    token_index,
    word_spans,
    words,
)

# Mean vote beyond which a speaker is for/against rather than neutral.
THRESHOLD = 0.25
# Weight of the stance a rebuttal implies for its own two statements when the model sees none.
IMPLIED_SCORE = 0.5
PREDICATE_WORDS = 2
UNMARKED_VOTE = 0.5
LINKED_SCORE = 0.5
# Proposition words an unmarked sentence must use to count as a weak yes.
UNMARKED_WORDS = 3


# Statements whose sentences one model keeps read (memory bound only: past it the reads start again).
READ_CACHE = 200_000


@dataclass
class _Sentence:
    """A sentence of a statement, read once for every proposition tested on it."""

    text: str
    tokset: frozenset[str]
    joined: str
    # analyse_clauses(text, stance_words=True) with each clause's token index, when first needed
    clauses: list[tuple[Clause, frozenset[str], str]] | None = None


def _sentences(text: str) -> list[_Sentence]:
    return [_Sentence(s, *token_index(words(s))) for s in plain_sentences(text)]


@runtime_checkable
class StanceModel(Protocol):
    """What ``dk.analyze(stance_model=...)`` accepts.

    ``predict(text, target)`` gets a statement's text and a proposition and returns ``(label, score)``:
    ``label`` "for", "against" or "neutral", ``score`` its strength in 0..1.

    Examples
    --------
    >>> class Keyword:
    ...     def predict(self, text, target):
    ...         return ("against", 1.0) if "not" in text.split() else ("neutral", 0.0)
    >>> isinstance(Keyword(), StanceModel), isinstance(LexiconStance("en"), StanceModel)
    (True, True)

    ``dk.analyze(articles, propositions=[...], stance_model=Keyword())`` then uses it for every language.
    """

    def predict(self, text: str, target: str) -> tuple[str, float]:  # pragma: no cover - protocol
        ...


class LexiconStance:
    """Default stance model: polarity words from a language pack (see module docstring).

    Parameters
    ----------
    language : str, optional
        Language pack code ("id", "en"); default the default pack.

    Raises
    ------
    debatekit.lang.UnknownLanguageError
        For a language without a pack.

    Examples
    --------
    >>> model = LexiconStance("en")
    >>> model.predict("The budget is not balanced.", "The budget is balanced")
    ('against', 1.0)
    >>> model.predict("Housing is a crisis.", "Housing has improved under Hale")
    ('against', 1.0)
    >>> model.predict("I like cats.", "The budget is balanced")
    ('neutral', 0.0)
    """

    def __init__(self, language: str | None = None) -> None:
        self.pack: LanguagePack = get_pack(language)
        self._skip = ignored_words(self.pack)
        self._cache: dict[str, tuple[list[str], list[str], int, bool, bool]] = {}
        self._read: dict[str, list[_Sentence]] = {}

    def _sentences_of(self, text: str) -> list[_Sentence]:
        """The sentences of ``text``, read once however many propositions it is tested on."""
        out = self._read.get(text)
        if out is None:
            if len(self._read) >= READ_CACHE:
                self._read.clear()
            out = self._read[text] = _sentences(text)
        return out

    def _parse(self, target: str) -> tuple[list[str], list[str], int, bool, bool]:
        """Predicate and subject words, polarity, whether evaluative, whether it holds a polarity word."""
        if target not in self._cache:
            rel = self.pack.relations
            spans = word_spans(target)
            low = [w.lower() for w, _, _ in spans]
            content = [w for w in low if is_content(w, self._skip)]
            stance = rel.STANCE_FOR | rel.STANCE_AGAINST
            evaluative = any(w in stance for w in low)
            marks = [i for i, w in enumerate(low) if w in rel.NEGATIONS or w in rel.ALREADY]
            subject: list[str] = []
            if evaluative:
                # "Housing has improved under X": what is judged is its common nouns, the verdict the
                # stance word; a sentence judging the same thing votes with its own stance words.
                topic = [w for w in content if w not in stance]
                lower = [w for (w, _, _), lw in zip(spans, low, strict=True) if w.islower() and lw in topic]
                predicate = list(dict.fromkeys(lower or topic))
                polarity = proposition_polarity(target, self.pack)
            else:
                if marks:
                    after = [w for w in low[marks[-1] + 1 :] if is_content(w, self._skip)]
                    predicate = after[:PREDICATE_WORDS]
                else:
                    predicate = [
                        w for (w, _, _), lw in zip(spans, low, strict=True) if w.islower() and lw in content
                    ]
                predicate = predicate or content[-1:]
                subject = [w for w in dict.fromkeys(content) if w not in predicate]
                polarity = -1 if sum(1 for w in low if w in rel.NEGATIONS) % 2 else 1
            self._cache[target] = (predicate, subject, polarity, evaluative, bool(marks))
        return self._cache[target]

    def predict(self, text: str, target: str) -> tuple[str, float]:
        """Stance of ``text`` on the proposition ``target``: ("for"|"against"|"neutral", score in 0..1)."""
        predicate, subject, polarity, evaluative, marked_target = self._parse(target)
        if not predicate:
            return "neutral", 0.0
        # A proposition without its own polarity word has no single predicate head: a negated clause
        # must then touch two of its words to contradict it ("can't afford to stay" is no verdict on
        # "promised affordable housing").
        need = 1 if marked_target else min(2, len(predicate))
        votes: list[float] = []
        for sent in self._sentences_of(text):
            toks, joined = sent.tokset, sent.joined
            if evaluative:
                verdict = evaluation(sent.text, self.pack) if shared_in(predicate, toks, joined) else 0
                if verdict:
                    votes.append((1 if verdict > 0 else -1) * polarity)
                continue
            if not shared_in(predicate, toks, joined) or (subject and not shared_in(subject, toks, joined)):
                continue
            if sent.clauses is None:
                sent.clauses = [
                    (c, *token_index(c.content))
                    for c in analyse_clauses(sent.text, self.pack, stance_words=True)
                ]
            holding = []
            for c, c_toks, c_joined in sent.clauses:
                hit = shared_in(predicate, c_toks, c_joined)
                if hit:
                    holding.append((c, len(set(hit))))
            marked = [c for c, n_hit in holding if c.marked and n_hit >= need]
            if marked:
                votes.append(marked[0].polarity * polarity)
            elif holding and len(shared_in(predicate + subject, toks, joined)) >= min(
                len(predicate + subject), UNMARKED_WORDS
            ):
                # A plain assertion of the whole proposition ("the budget is balanced") is a weak yes.
                votes.append(UNMARKED_VOTE * polarity)
        if not votes:
            return "neutral", 0.0
        mean = sum(votes) / len(votes)
        label = "for" if mean > 0 else "against" if mean < 0 else "neutral"
        return label, abs(mean)


def _propagate(values: dict[str, float], neighbours: Mapping[str, list[tuple[str, int]]]) -> None:
    """Give neutral statements the (signed, damped) stance of linked statements, breadth first."""
    frontier = sorted(sid for sid, v in values.items() if v != 0.0)
    while frontier:
        nxt = []
        for sid in frontier:
            for other, sign in sorted(neighbours.get(sid, ())):
                if values.get(other, 0.0) == 0.0:
                    values[other] = sign * (LINKED_SCORE if values[sid] > 0 else -LINKED_SCORE)
                    nxt.append(other)
        frontier = sorted(set(nxt))


def _signed(label: str, score: float) -> float:
    sign = {"for": 1.0, "against": -1.0}.get(str(label).lower(), 0.0)
    try:
        return sign * min(1.0, abs(float(score)))
    except (TypeError, ValueError):
        return sign


@collector_paused()  # see debatekit.collector: token sets, sentences and votes, no cycles
def compute_stances(
    statements: pd.DataFrame,
    speakers: pd.DataFrame,
    propositions: Sequence[Proposition],
    pack_of: Mapping[str, LanguagePack],
    model: StanceModel | None = None,
    links: Sequence[tuple[str, str, int]] = (),
) -> tuple[pd.DataFrame, list[dict]]:
    """Stance rows per (speaker, proposition) and the statement-level votes behind them.

    Parameters
    ----------
    statements, speakers : DataFrame
    propositions : sequence of Proposition
    pack_of : mapping statement_id -> LanguagePack
        Picks the default model's language per statement.
    model : StanceModel, optional
        Replaces the default :class:`LexiconStance` for every language.
    links : sequence of (statement_id, statement_id, sign)
        Statement pairs whose stances agree (+1: same_as, supports) or oppose (-1: rebuts). A statement the
        model leaves neutral takes the stance of a linked statement that has one (times the sign, at
        :data:`LINKED_SCORE`): a rebuttal of a claim against the proposition is for it.

    Returns
    -------
    stances : DataFrame
        ``schema.STANCE_COLUMNS``; one row per speaker with at least one non-neutral statement.
    votes : list of dict
        ``statement_id, proposition_id, stance, score`` for every non-neutral statement (graph edges).
    """
    if model is not None and not callable(getattr(model, "predict", None)):
        raise TypeError("stance_model must have a predict(text, target) -> (label, score) method")
    defaults: dict[str, LexiconStance] = {}
    names = dict(zip(speakers["speaker_id"], speakers["name"], strict=True)) if len(speakers) else {}
    spoken = [isinstance(s, str) for s in statements["speaker_id"].tolist()]
    st = statements.loc[pd.Series(spoken, index=statements.index, dtype=bool)]
    st = st.sort_values(["article_id", "start", "statement_id"])
    # only the columns read here: records of every column of a large table are slow to build
    records = cells.records(st[["statement_id", "speaker_id", "text"]])
    known = set(st["statement_id"])
    neighbours: dict[str, list[tuple[str, int]]] = {}
    for a, b, sign in links:
        if a in known and b in known and a != b:
            neighbours.setdefault(a, []).append((b, sign))
            neighbours.setdefault(b, []).append((a, sign))
    # Cheap pre-filter: a statement is sent to the model only if it shares a word or a 5-letter stem
    # with the proposition. An inverted index of those keys (per language) finds them without scanning
    # every statement for every proposition.
    packs = [pack_of.get(s["statement_id"]) or get_pack(None) for s in records]
    code_of = [p.code for p in packs]
    pack_by_code = {p.code: p for p in packs}
    index: dict[str, dict[str, list[int]]] = {}
    by_token: dict[str, dict[str, list[int]]] = {}  # per language: word -> statements using it
    tokens_of: list[set[str]] = []
    vocab: dict[str, set[str]] = {}  # per language: every word of its statements
    for i, s in enumerate(records):
        toks = set(words(s["text"])) if isinstance(s["text"], str) else set()
        tokens_of.append(toks)
        postings = index.setdefault(code_of[i], {})
        if model is not None:  # the default model finds its statements through the vocabulary below
            for key in {t[:MIN_PREFIX] for t in toks} | toks:
                postings.setdefault(key, []).append(i)
        vocab.setdefault(code_of[i], set()).update(toks)
    key_cache: dict[int, set[str]] = {}

    def keys_of(i: int) -> set[str]:
        """A statement's words and their 5-letter stems (built for the statements a proposition finds)."""
        if i not in key_cache:
            toks = tokens_of[i]
            key_cache[i] = {t[:MIN_PREFIX] for t in toks} | toks
        return key_cache[i]

    vocabularies = {code: Vocabulary(words_) for code, words_ in vocab.items()}
    matched: dict[tuple[str, str], list[str]] = {}  # propositions share words: each looked up once
    if model is None:
        # Postings only for the words some proposition's predicate or subject words match: a posting of
        # every word of every statement cost more than all the look-ups.
        wanted: dict[str, set[str]] = {}
        for code in index:
            if code not in defaults:
                defaults[code] = LexiconStance(code)  # one per language, not per statement
            for prop in propositions:
                predicate, subject = defaults[code]._parse(prop.text)[:2]
                for keyword in (*predicate, *subject):
                    if (code, keyword) not in matched:
                        matched[code, keyword] = vocabularies[code].matching(keyword)
                    wanted.setdefault(code, set()).update(matched[code, keyword])
        for i, toks in enumerate(tokens_of):
            using = by_token.setdefault(code_of[i], {})
            for t in toks & wanted.get(code_of[i], set()):
                using.setdefault(t, []).append(i)

    def using_word(code: str, keyword: str) -> set[int]:
        """Statements of language ``code`` with a word :func:`same_word` matches to ``keyword``."""
        if (code, keyword) not in matched:
            matched[code, keyword] = vocabularies[code].matching(keyword)
        using = by_token[code]
        return set().union(*(using[t] for t in matched[code, keyword]))

    position = {s["statement_id"]: i for i, s in enumerate(records)}
    rows, votes = [], []
    for prop in propositions:
        per_speaker: dict[str, list[tuple[float, str]]] = {}
        values: dict[str, float] = {}
        candidates: set[int] = set()
        for code, postings in index.items():
            skip = ignored_words(pack_by_code[code])
            keys = {k for w in words(prop.text) if w not in skip for k in (w, w[:MIN_PREFIX])}
            if model is None:  # (each language's LexiconStance made with the postings above)
                # The default model votes only where a sentence uses a predicate word (same_word) and,
                # when the proposition has subject words, one of them too: the statements using them are
                # looked up in the vocabulary, the rest would be neutral.
                predicate, subject = defaults[code]._parse(prop.text)[:2]
                found = set().union(*(using_word(code, p) for p in predicate))
                if subject and found:
                    found &= set().union(*(using_word(code, w) for w in subject))
                candidates.update(i for i in found if keys_of(i) & keys)
            else:
                for key in keys:
                    candidates.update(postings.get(key, ()))
        for i in sorted(candidates):
            s = records[i]
            code = code_of[i]
            m = model if model is not None else defaults[code]
            label, score = m.predict(s["text"], prop.text)
            values[s["statement_id"]] = _signed(label, score)
        for sid, implied in prop.implied.items():
            if sid in position and values.get(sid, 0.0) == 0.0:
                values[sid] = _signed(implied, IMPLIED_SCORE)
        _propagate(values, neighbours)
        for i in sorted(position[sid] for sid, v in values.items() if v != 0.0):
            s = records[i]
            sid = s["statement_id"]
            value = values[sid]
            per_speaker.setdefault(s["speaker_id"], []).append((value, sid))
            votes.append(
                {
                    "statement_id": sid,
                    "proposition_id": prop.proposition_id,
                    "stance": "for" if value > 0 else "against",
                    "score": round(value, 3),
                }
            )
        for spk in sorted(per_speaker):
            vals = per_speaker[spk]
            mean = sum(v for v, _ in vals) / len(vals)
            stance = "for" if mean > THRESHOLD else "against" if mean < -THRESHOLD else "neutral"
            rows.append(
                {
                    "speaker_id": spk,
                    "speaker": names.get(spk, spk),
                    "target": prop.text,
                    "target_kind": "proposition",
                    "stance": stance,
                    "score": round(mean, 3),
                    "evidence": [sid for _, sid in vals],
                }
            )
    return schema.frame(schema.STANCE_COLUMNS, rows), votes
