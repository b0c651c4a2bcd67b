"""The people of one article: their names, the roles the article ties to them, and who is salient.

Resolution is per article on purpose: "Wali kota" or "ujarnya" mean someone only in the article
(and at the date) where they appear. The corpus-level step (:mod:`debatekit.extract.speakers`) then
links the article-level people by name.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import chain, combinations
from operator import attrgetter
from typing import NamedTuple

from debatekit.extract.aliases import is_blend
from debatekit.extract.names import (
    Lexicon,
    gender_of,
    role_tokens,
    same_generation,
    split_role_and_name,
    strip_name,
)
from debatekit.extract.text_units import Word

SUBJECT_REACH_SENTENCES = 2  # how far back a namesake's subject mention still decides a bare surname
MAX_SUBSET_LOOKUP_WORDS = 6  # up to 63 word sets looked up; longer names scan their buckets
MIN_NICKNAME_CHARS = 4  # a shortened name word this long may stand for the full one ("Risma")
MAX_TIMELINE_RUNS = 4  # sorted runs of a mention timeline before an offset is inserted into one
_LOWER, _TEXT = attrgetter("lower"), attrgetter("text")  # a word's field for each word, read in C


@dataclass(eq=False)
class Person:
    """A person of one article (compared by identity: two people may share every field)."""

    key: int
    name: str  # the longest clean name seen in the article
    tokens: frozenset[str]  # lower-cased name words
    names: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    gender: str | None = None  # "f" | "m" when a name or form of address tells


class MentionTimeline:
    """The people mentioned in an article by offset, read back from any offset, the latest first.

    Kept as a few sorted runs that grow at their end: the attribution pass records every name mention
    in text order, then walks the text again recording pronoun, role and statement mentions, so each
    of the two walks appends to its own run. One sorted list took an insertion into its middle per
    mention of the second walk, which grew with the square of a long article's length.

    Examples
    --------
    >>> t = MentionTimeline()
    >>> for position, who in [(10, "a"), (30, "b"), (20, "c"), (30, "d")]:
    ...     t.add(position, who)
    >>> list(t.before(31)), list(t.before(30))
    (['d', 'b', 'c', 'a'], ['c', 'a'])
    """

    def __init__(self) -> None:
        # each run: offsets, order of recording, people; sorted by (offset, order)
        self._runs: list[tuple[list[int], list[int], list[Person]]] = []
        self._recorded = 0

    def add(self, position: int, person: Person) -> None:
        """Record a mention of ``person`` at ``position`` (after any earlier one at the same offset)."""
        order = self._recorded
        self._recorded += 1
        for offsets, orders, people in self._runs:
            if offsets[-1] <= position:
                offsets.append(position)
                orders.append(order)
                people.append(person)
                return
        if len(self._runs) < MAX_TIMELINE_RUNS:
            self._runs.append(([position], [order], [person]))
            return
        offsets, orders, people = min(self._runs, key=lambda run: len(run[0]))
        i = bisect.bisect_right(offsets, position)
        offsets.insert(i, position)
        orders.insert(i, order)
        people.insert(i, person)

    def before(self, position: int) -> Iterator[Person]:
        """The people mentioned before ``position``, the latest first; at one offset, the last recorded first."""
        runs = self._runs
        if len(runs) == 1:
            people = runs[0][2]
            for k in range(bisect.bisect_left(runs[0][0], position) - 1, -1, -1):
                yield people[k]
            return
        heads = [bisect.bisect_left(offsets, position) - 1 for offsets, _o, _p in runs]
        while True:
            best, latest = -1, (-1, -1)
            for j, k in enumerate(heads):
                if k >= 0 and (runs[j][0][k], runs[j][1][k]) > latest:
                    best, latest = j, (runs[j][0][k], runs[j][1][k])
            if best < 0:
                return
            yield runs[best][2][heads[best]]
            heads[best] -= 1


class ParsedName(NamedTuple):
    """A person's name as registering reads it from name words."""

    name: str  # the bare words joined by spaces
    tokens: frozenset[str]  # their lower-cased forms
    gender: str | None  # from a gendered honorific or a given name of the pack


class ArticleEntities:
    """Registry of an article's people and a timeline of their mentions for salience."""

    def __init__(
        self,
        lex: Lexicon,
        anchors: frozenset[str],
        places: frozenset[str] = frozenset(),
        name_starts: frozenset[str] = frozenset(),
    ) -> None:
        self.lex = lex
        self.anchors = anchors
        self.places = places  # lower-cased words the article uses as place names ("di Bekasi")
        self.name_starts = name_starts  # "sri mulyani": two words that open a capitalised run
        self.people: list[Person] = []
        self._by_token: dict[str, list[Person]] = {}
        # the same buckets as sets of person keys (a key is the index in ``people``), to count and
        # intersect in C
        self._keys_by_token: dict[str, set[int]] = {}
        self._keys_by_tokens: dict[frozenset[str], list[int]] = {}  # keys of the people by name words
        # (role words, person key) -> person, in the order the roles were first tied: an article ties
        # the same role to a person at every mention of it, and a list of every tying, scanned per role
        # mention, grew with the square of a long article's length
        self._role_index: dict[tuple[frozenset[str], int], Person] = {}
        # role words -> the people :meth:`people_with_role` finds; emptied whenever a new role is tied
        self._found_with_role: dict[frozenset[str], list[Person]] = {}
        self._role_words: dict[str, frozenset[str]] = {}  # role text -> its role words (role_tokens)
        self._timeline = MentionTimeline()
        self._mentions_of: dict[int, list[int]] = {}  # person key -> positions of their mentions, sorted
        # (person key, name word) -> sorted positions of the name mentions that use that word
        self._word_mentions: dict[tuple[int, str], list[int]] = {}
        self._name_mentions_of: dict[int, list[int]] = {}  # person key -> sorted positions of name mentions
        self.sentence_starts: list[int] = []
        # first person-like mention of each sentence: its subject, as (position, person or None)
        self._first: dict[int, tuple[int, Person | None]] = {}
        self.speakers: set[int] = set()  # keys of people the article names as saying something
        self.first_seen: dict[int, int] = {}  # person key -> position of their first mention
        # a run's words' text -> (role text, parsed name or None) as :meth:`add_run` reads them
        self._runs: dict[tuple[str, ...], tuple[str | None, ParsedName | None]] = {}
        # a run's lower-cased words -> the people :meth:`_people_in_run` finds for them; emptied whenever
        # the name index changes (attribution asks after every person is registered, a run many times)
        self._found_in_run: dict[tuple[str, ...], list[Person]] = {}
        # name words -> the person :meth:`_find_by_tokens` finds for them; emptied with the one above
        self._found_by_tokens: dict[frozenset[str], Person | None] = {}

    # -- building -------------------------------------------------------------------------------
    def add_name(self, ws: list[Word], role: str | None = None) -> Person | None:
        """Register a person from name words (honorifics/degrees stripped); merge with a known one."""
        parsed = self._parse_name(ws)
        return None if parsed is None else self._register(parsed, role)

    def _parse_name(self, ws: list[Word]) -> ParsedName | None:
        """What registering reads of name words (none when only honorifics and degrees are left)."""
        gender = gender_of(ws, self.lex)
        ws = strip_name(ws, self.lex)
        if not ws:
            return None
        # Word.lower is bare.lower(): the tokens are the name's words lower-cased
        return ParsedName(" ".join(w.bare for w in ws), frozenset(w.lower for w in ws), gender)

    def _register(self, parsed: ParsedName, role: str | None) -> Person | None:
        name, tokens, gender = parsed
        person = self._find_by_tokens(tokens)
        if person is None and len(tokens) == 1 and self.lex.nickname_prefixes:
            person = self._find_by_prefix(next(iter(tokens)))
        if person is None:
            if len(tokens) == 1 and next(iter(tokens)) in self._by_token:
                return None  # a lone word shared by several people ("Siregar") names nobody yet
            person = Person(len(self.people), name, tokens)
            self.people.append(person)
            self._keys_by_tokens.setdefault(tokens, []).append(person.key)
            self._index_changed()
        elif len(tokens) > len(person.tokens):
            self._keys_by_tokens[person.tokens].remove(person.key)
            person.name, person.tokens = name, tokens
            self._keys_by_tokens.setdefault(tokens, []).append(person.key)
            self._index_changed()
        person.names.add(name)
        person.aliases.add(name)
        if gender and person.gender is None and len(tokens) > 1:
            person.gender = gender
        for t in tokens:
            # the key set holds the same people as the bucket: a set lookup, not a scan of the bucket
            held = self._keys_by_token.get(t)
            if held is None or person.key not in held:
                self._by_token.setdefault(t, []).append(person)
                self._keys_by_token.setdefault(t, set()).add(person.key)
                self._index_changed()
        if role:
            self.add_role(person, role)
        return person

    def _index_changed(self) -> None:
        """Forget the lookups read from the name index: a person or a name word was added."""
        self._found_in_run.clear()
        self._found_by_tokens.clear()

    def add_role(self, person: Person, role: str) -> None:
        role = role.strip(" ,")
        if not role:
            return
        person.roles.add(role)
        person.aliases.add(role)
        entry = (self._role_tokens(role), person.key)
        if entry not in self._role_index:
            self._role_index[entry] = person
            self._found_with_role.clear()

    def _role_tokens(self, role: str) -> frozenset[str]:
        found = self._role_words.get(role)
        if found is None:
            found = self._role_words[role] = role_tokens(
                role, self.lex.role_determiners, self.lex.role_abbreviations
            )
        return found

    def _find_by_prefix(self, word: str) -> Person | None:
        """The one person with a name word that ``word`` shortens ("Risma" for Tri Rismaharini)."""
        if len(word) < MIN_NICKNAME_CHARS or word in self._by_token:
            return None
        found = {p.key: p for t, bucket in self._by_token.items() if t.startswith(word) for p in bucket}
        if not found:  # "Jokowi" for Joko Widodo
            found = {p.key: p for p in self.people if is_blend(word, p.name)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _find_by_tokens(self, tokens: frozenset[str]) -> Person | None:
        # an article registers the same name many times over; the answer changes only with the index
        if tokens in self._found_by_tokens:
            return self._found_by_tokens[tokens]
        found = self._found_by_tokens[tokens] = self._search_tokens(tokens)
        return found

    def _search_tokens(self, tokens: frozenset[str]) -> Person | None:
        gen = self.lex.generational
        people = self.people
        n_tokens = len(tokens)
        nested = self._nested_keys(tokens)
        candidates = [
            p
            for p in map(people.__getitem__, nested)
            if same_generation(tokens, p.tokens, gen) or min(n_tokens, len(p.tokens)) == 1
        ]
        if len(candidates) == 1:
            return candidates[0]
        exact = [p for p in candidates if p.tokens == tokens]
        return exact[0] if len(exact) == 1 else None

    def _nested_keys(self, tokens: frozenset[str]) -> list[int]:
        """Keys of the people whose name words hold ``tokens`` or lie within them, ascending.

        Every word of a person's name has that person in its bucket, so a superset of ``tokens`` is
        in its smallest bucket, and a subset is one of the few word sets ``tokens`` holds: looked up
        rather than counted over every bucket (a long article has hundreds of people per given name).
        """
        keys = self._keys_by_token
        people = self.people
        found: set[int] = set()
        buckets = [keys.get(t, set()) for t in tokens]
        if all(buckets):
            found.update(k for k in min(buckets, key=len) if tokens <= people[k].tokens)
        if len(tokens) <= MAX_SUBSET_LOOKUP_WORDS:
            by_set = self._keys_by_tokens
            ordered = sorted(tokens)
            for size in range(1, len(ordered) + 1):
                for sub in combinations(ordered, size):
                    found.update(by_set.get(frozenset(sub), ()))
        else:
            found.update(
                k for k in set(chain.from_iterable(b for b in buckets if b)) if people[k].tokens <= tokens
            )
        return sorted(found)

    def add_run(self, ws: list[Word], role: str | None = None) -> Person | None:
        """Register the person in a capitalised run that may start with a role ("Wali Kota X Y")."""
        # An article registers most runs several times ("Rahmat Siregar" in every paragraph); their
        # role and name depend only on the words' text (and this article's anchors, places and name
        # starts): read once per distinct run.
        key = tuple(map(_TEXT, ws))
        held = self._runs.get(key)
        if held is None:
            role_ws, name_ws = split_role_and_name(ws, self.lex, self.anchors, self.places, self.name_starts)
            role_text = " ".join(w.text for w in role_ws) if role_ws else None
            held = self._runs[key] = (role_text, self._parse_name(name_ws) if name_ws else None)
        role_text, parsed = held
        if parsed is None:
            return None
        full_role = " ".join(r for r in (role, role_text) if r) or None
        return self._register(parsed, full_role)

    # -- resolving ------------------------------------------------------------------------------
    def people_in_run(self, ws: list[Word]) -> list[Person]:
        """People a capitalised run may refer to: the longest known name in it, else a shared word.

        A gendered form of address narrows a shared surname: "Ms. Hale" is not Thomas Hale.
        """
        found = self._people_in_run(ws)
        if len(found) > 1:
            gender = gender_of(ws[:1], self.lex) if ws else None
            if gender:
                narrowed = [p for p in found if p.gender in (gender, None)]
                # only the other gender is ruled out: "Mr. Roe" next to John Roe (m) and Jeb Roe (gender
                # unknown, the pack's given names are few) may be either, so salience decides
                found = narrowed
        return found

    def _people_in_run(self, ws: list[Word]) -> list[Person]:
        lowered = tuple(map(_LOWER, ws))
        found = self._found_in_run.get(lowered)
        if found is None:
            found = self._found_in_run[lowered] = self._people_named(lowered)
        return list(found)  # the caller's own list

    def _people_named(self, lowered: tuple[str, ...]) -> list[Person]:
        keys = self._keys_by_token
        unique = set(lowered)
        buckets = [b for b in map(keys.get, unique) if b]
        if not buckets:
            return []
        if len(buckets) == 1:  # the usual case: every person in the one bucket shares one word
            best = [self.people[k] for k in sorted(buckets[0])]
        elif shared := self._in_every_bucket(unique):
            # the people in every bucket have the most words of the run: no need to count them all
            best = [self.people[k] for k in sorted(shared)]
        else:
            # how many of the run's words each person's name has (a bucket holds a person once)
            overlap = Counter(chain.from_iterable(buckets))
            best_len = max(overlap.values())
            best = [self.people[k] for k in sorted(k for k, n in overlap.items() if n == best_len)]
        if len(best) > 1:
            # "Donald Trump" next to "Donald Trump Jr.": the suffix (or its absence) tells them apart
            gen = self.lex.generational
            said = frozenset(lowered) & gen
            same = [p for p in best if p.tokens & gen == said]
            best = same or best
        return best

    def _in_every_bucket(self, words: set[str]) -> set[int]:
        """Keys of the people whose buckets hold every one of ``words`` that has a bucket."""
        sets = sorted((b for b in map(self._keys_by_token.get, words) if b), key=len)
        return sets[0].intersection(*sets[1:])

    def only_one_named_yet(self, found: list[Person]) -> list[Person]:
        """Of namesakes a bare surname may stand for, the one alone the article has named so far.

        Read in text order: "Betsy Roe ... Roe and her husband, Tom Roe": the first "Roe" is Betsy, named
        before Tom was. Only in a pack that tells namesakes apart by who was named (``namesakes_by_subject``).
        """
        if len(found) < 2 or not self.lex.namesakes_by_subject:
            return found
        seen = [p for p in found if p.key in self.first_seen]
        return seen if len(seen) == 1 else found

    def people_with_name_word(self, word: str) -> list[Person]:
        """People whose name contains ``word`` (lower-cased)."""
        return list(self._by_token.get(word, ()))

    def people_with_role(self, phrase: str) -> list[Person]:
        """People whose article role contains every word of ``phrase`` ("wali kota" in "Wali Kota Kotabaru")."""
        want = self._role_tokens(phrase)
        found = self._found_with_role.get(want)
        if found is None:
            # each person once, in the order of their first role holding every word of ``want``
            matching = {key: person for (toks, key), person in self._role_index.items() if want <= toks}
            found = self._found_with_role[want] = list(matching.values())
        return list(found)  # the caller's own list

    def _last_subject(
        self, among: list[Person], position: int, fits: Callable[[Person], bool]
    ) -> Person | None:
        """The one of ``among`` who opened this sentence or one of the few before it (their subject).

        "Secretary Jeh Johnson says ... Johnson said": the namesake last named as a subject, not one
        named in passing ("a photo of Heidi Cruz").
        """
        if not self.sentence_starts:
            return None
        k = self.sentence_of(position)
        shared = frozenset.intersection(*(p.tokens for p in among))
        for s in range(k, max(-1, k - SUBJECT_REACH_SENTENCES - 1), -1):
            first = self._first.get(s)
            if (
                first is not None
                and first[0] < position
                and first[1] in among
                and fits(first[1])
                and self._names_by(first[1], first[0], shared)
            ):
                return first[1]
        return None

    def _names_by(self, person: Person, position: int, shared: frozenset[str]) -> bool:
        """Is the mention at ``position`` not a name mention, or one using a word of ``shared``?

        "As Sam, ... Mr. Roe said": a brother the sentence names by first name does not decide
        which Roe "Mr. Roe" is.
        """
        if not _holds(self._name_mentions_of.get(person.key, []), position):
            return True
        return any(_holds(self._word_mentions.get((person.key, w), []), position) for w in shared)

    def _principal(self, among: list[Person], position: int, fits: Callable[[Person], bool]) -> Person | None:
        """The one of ``among`` the article has named most often before ``position`` by their shared name.

        Several people sharing a surname ("Hillary Clinton", "Bill Clinton"): the bare surname stands for
        the article's principal, not for whoever was named last. A name mention counts only when it uses the
        shared word: a relative called by first name ("Sam") is not named by the surname. None on a tie.
        """
        shared = sorted(frozenset.intersection(*(p.tokens for p in among)))

        def named(p: Person) -> tuple[int, int]:
            n = bisect.bisect_left(self._mentions_of.get(p.key, ()), position)
            if not shared:
                return n, 0
            by_name = bisect.bisect_left(self._name_mentions_of.get(p.key, ()), position)
            with_word = max(
                bisect.bisect_left(self._word_mentions.get((p.key, w), ()), position) for w in shared
            )
            # every mention counts but a name mention without the shared word; on a tie, the one named
            # more often by that word ("Jo Q. Roe" over a brother once wrongly given a quote)
            return n - by_name + with_word, with_word

        # counted from each person's own sorted mentions: a long article asks this for many surnames
        counts = {p.key: c for p in among if fits(p) and (c := named(p))[0]}
        ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)[:2]
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            return None
        return self.people[ranked[0][0]]

    def sentence_of(self, position: int) -> int:
        """Index in :attr:`sentence_starts` of the sentence holding ``position`` (-1 before the first)."""
        return bisect.bisect_right(self.sentence_starts, position) - 1

    def _note_first(self, position: int, person: Person | None) -> None:
        k = self.sentence_of(position)
        if k not in self._first or position < self._first[k][0]:
            self._first[k] = (position, person)

    def mention(self, position: int, person: Person, words: frozenset[str] = frozenset()) -> None:
        """Record that ``person`` is mentioned at ``position`` (outside quotes), for salience.

        ``words``: the lower-cased words of a name mention, so namesakes are ranked by the shared name.
        """
        self._timeline.add(position, person)
        bisect.insort(self._mentions_of.setdefault(person.key, []), position)
        if words:
            bisect.insort(self._name_mentions_of.setdefault(person.key, []), position)
        for w in words & person.tokens:
            bisect.insort(self._word_mentions.setdefault((person.key, w), []), position)
        self._note_first(position, person)
        seen = self.first_seen.get(person.key)
        if seen is None or position < seen:
            self.first_seen[person.key] = position

    def unknown_subject(self, position: int) -> None:
        """A sentence opens with someone the article never ties to a statement: pronouns after it are unsure."""
        self._note_first(position, None)

    def salient(
        self, position: int, among: list[Person] | None = None, gender: str | None = None
    ) -> Person | None:
        """Who a pronoun or epithet at ``position`` refers to.

        Without candidates: the subject (first person mentioned) of the current sentence before
        ``position``, else of one of the two sentences before. With no subject nearby, or when the
        nearest subject is somebody the article never registered, the most recently mentioned person
        (news names the speaker of a pronoun cue just before it). With candidates (people sharing a role
        or a name word): the most recent of them.
        """

        def fits(p: Person | None) -> bool:
            return gender is None or p is None or p.gender in (None, gender)

        if among is None and self.sentence_starts:
            k = self.sentence_of(position)
            for s in (k, k - 1, k - 2):
                first = self._first.get(s)
                if first is not None and first[0] < position and fits(first[1]):
                    if first[1] is None:
                        break
                    return first[1]
        if among is not None and len(among) > 1 and self.lex.namesakes_by_subject:
            chosen = self._last_subject(among, position, fits) or self._principal(among, position, fits)
            if chosen is not None:
                return chosen
        for person in self._timeline.before(position):
            if (among is None or person in among) and fits(person):
                return person
        if among:
            return among[0] if len(among) == 1 else None
        return None


def _holds(positions: list[int], position: int) -> bool:
    """Is ``position`` in the sorted ``positions``?"""
    i = bisect.bisect_left(positions, position)
    return i < len(positions) and positions[i] == position
