"""Link the people of all articles into speakers: one row per person across outlets.

Names are compared by their words, never by surname alone: "Rahmat", "Rahmat Siregar" and
"Muhammad Rahmat Hidayat Siregar" are one person, "Rahmat Siregar" and "Dewi Siregar" are two.
Candidate pairs come from a word index (people who share a name word), so the cost grows with the
number of people, not its square.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from debatekit.extract.aliases import blend_candidates
from debatekit.extract.names import same_generation, slug

DOMINANT_SHARE = 2  # a lone surname shared by several full names goes to one named in 2x more articles
TYPO_SIMILARITY = 90  # two full names this close (rapidfuzz ratio) with the same word count are one person


@dataclass
class LocalPerson:
    """A person as one article knows them."""

    article_id: str
    key: int
    name: str
    tokens: frozenset[str]
    names: frozenset[str]
    roles: frozenset[str]
    aliases: frozenset[str]
    short_name_position: str  # "first" | "last": how this article's language shortens names

    @classmethod
    def from_person(cls, article_id: str, person, short_name_position: str) -> LocalPerson:
        """Freeze an article's :class:`~debatekit.extract.entities.Person` for corpus-level linking."""
        return cls(
            article_id,
            person.key,
            person.name,
            person.tokens,
            frozenset(person.names),
            frozenset(person.roles),
            frozenset(person.aliases),
            short_name_position,
        )


class UnionFind:
    """Disjoint sets over 0..n-1; the root of a set is its smallest member."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def link_people(
    people: Sequence[LocalPerson], generational: frozenset[str] = frozenset()
) -> tuple[list[int], dict[int, str]]:
    """Cluster article-level people into corpus-level persons.

    Parameters
    ----------
    people : sequence of LocalPerson
        Every person of every article, in a deterministic order.
    generational : frozenset of str, optional
        Lower-cased generational suffixes ("jr", "sr"): names that differ in one are never joined.

    Returns
    -------
    (list of int, dict of int to str)
        The cluster root of each person, and the canonical name of each root.
    """
    uf = UnionFind(len(people))
    # People with the same name words are one person at once; the pairwise rules below then compare
    # distinct name variants only, so a common surname shared by thousands of mentions costs little.
    variants: dict[frozenset[str], int] = {}
    lone: list[int] = []  # one-word names are linked one by one: "Amin" is not the same Amin everywhere
    for i, p in enumerate(people):
        if len(p.tokens) == 1:
            lone.append(i)
        if p.tokens in variants:
            if len(p.tokens) == 1:
                continue

            uf.union(variants[p.tokens], i)
        else:
            variants[p.tokens] = i
    reps = sorted(variants.values())
    by_token: dict[str, list[int]] = defaultdict(list)
    for i in reps:
        for t in people[i].tokens:
            by_token[t].append(i)

    # 1. full names: one contained in the other (two words or more), or a typo apart. A name contained in
    # two full names that are not one another's joins the ones that hold it as one run of words ("Ahmad
    # Kurnia" is Cucu Ahmad Kurnia, not Ahmad Doli Kurnia Tandjung): joining both would make them one.
    supersets: dict[int, set[int]] = defaultdict(set)
    # A shared given name puts hundreds of people in one bucket: each pair is read with the cheap set
    # tests first, and the generation and the typo ratio (cut off below the bar) only when they pass.
    lowered = {i: people[i].name.lower() for i in reps if len(people[i].tokens) >= 2}
    for i in reps:
        p = people[i]
        if len(p.tokens) < 2:
            continue
        seen: set[int] = set()
        for t in sorted(p.tokens):
            for j in by_token[t]:
                if j <= i or j in seen:
                    continue
                seen.add(j)
                q = people[j]
                if len(q.tokens) < 2:
                    continue
                small, big = (p.tokens, q.tokens) if len(p.tokens) <= len(q.tokens) else (q.tokens, p.tokens)
                if small <= big:
                    if not same_generation(p.tokens, q.tokens, generational):
                        continue
                    if small != big:
                        a, b = (i, j) if p.tokens is small else (j, i)
                        supersets[a].add(b)
                    else:
                        uf.union(i, j)
                elif (
                    len(p.tokens) == len(q.tokens)
                    and len(p.tokens & q.tokens) >= len(p.tokens) - 1
                    and same_generation(p.tokens, q.tokens, generational)
                    and fuzz.ratio(lowered[i], lowered[j], score_cutoff=TYPO_SIMILARITY) >= TYPO_SIMILARITY
                ):
                    uf.union(i, j)
    for i in sorted(supersets):
        bigger = supersets[i]
        widest = [b for b in bigger if not any(people[b].tokens < people[c].tokens for c in bigger)]
        kept = [b for b in widest if _runs_inside(people[i].name, people[b].name)] or widest
        if len({_words_after(people[i].name, people[b].name) for b in kept} - {()}) > 1:
            continue  # "New Hampshire" in "New Hampshire Republican" and "New Hampshire Public Radio"
        for b in sorted(bigger):
            if any(people[b].tokens <= people[k].tokens for k in kept):
                uf.union(i, b)

    # 2. a lone word joins the one multi-word person it can shorten ("Yosef" stays alone if unclaimed),
    # or, among several, the one the corpus names in far more articles ("Trump": Donald, not Ivanka)
    reach: Counter[int] = Counter()
    seen_in: set[tuple[int, str]] = set()
    for i, p in enumerate(people):
        if len(p.tokens) >= 2 and (r := uf.find(i), p.article_id) not in seen_in:
            seen_in.add((r, p.article_id))
            reach[r] += 1
    by_first: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for i in reps:
        if len(people[i].tokens) >= 2 and people[i].name.split():
            by_first[people[i].name.split()[0].lower()].append((people[i].name, i))
    role_words: dict[int, set[str]] = defaultdict(set)
    for i, p in enumerate(people):
        if len(p.tokens) >= 2:
            role_words[uf.find(i)].update(_role_words(p))
    unclaimed: dict[frozenset[str], int] = {}
    for i in lone:
        p = people[i]
        (t,) = tuple(p.tokens)
        blends = {uf.find(j) for j in blend_candidates(t, by_first)}
        if len(blends) == 1:  # "Jokowi": a blend of one full name ("Joko Widodo") is that person
            uf.union(i, blends.pop())
            continue
        # the language's short form first ("Trump" / "Rahmat"), else the other end ("Hillary" / "Kalla")
        preferred, other, suffixed = set(), set(), set()
        for j in by_token[t]:
            q = people[j]
            if len(q.tokens) < 2:
                continue
            if q.tokens & generational and t not in generational:
                suffixed.add(uf.find(j))
            words = [w.lower() for w in q.name.split()]
            first, last = words[0] == t, words[-1] == t
            if (first and p.short_name_position == "first") or (last and p.short_name_position != "first"):
                preferred.add(uf.find(j))
            elif first or last:
                other.add(uf.find(j))
        # a bare surname is the father's: writers name the son "Trump Jr." ("Trump Jr" is no short form)
        if (preferred | other) - suffixed:
            preferred, other = preferred - suffixed, other - suffixed
        # the role the article gives them tells namesakes apart: "Wapres Amin" is the Amin who is Wapres
        mine = _role_words(p)
        # a short name may be either end of an Indonesian name ("Idris" for Mohammad Idris or Idris Ahmad)
        pool = preferred | other if p.short_name_position == "first" else preferred or other
        overlap = {r: len(mine & role_words[r]) for r in pool} if mine else {}
        best = max(overlap.values(), default=0)
        by_role = [r for r, n in overlap.items() if n == best and n > 0]
        candidates = preferred or other
        if len(by_role) == 1:
            uf.union(i, by_role[0])
        elif len(candidates) == 1:
            uf.union(i, candidates.pop())
        elif candidates:
            ranked = sorted(candidates, key=lambda r: (-reach[r], r))
            if reach[ranked[0]] >= DOMINANT_SHARE * reach[ranked[1]]:
                uf.union(i, ranked[0])
        if uf.find(i) == i:
            if p.tokens in unclaimed:  # namesakes nobody claims are one person ("Yosef")
                uf.union(unclaimed[p.tokens], i)
            else:
                unclaimed[p.tokens] = i

    roots = [uf.find(i) for i in range(len(people))]
    members: dict[int, list[int]] = defaultdict(list)
    for i, r in enumerate(roots):
        members[r].append(i)
    canonical = {r: _canonical_name([people[i] for i in idx]) for r, idx in members.items()}
    return roots, canonical


def _role_words(p: LocalPerson) -> set[str]:
    """Lower-cased words of the roles an article gives a person ("wali", "kota", "depok")."""
    return {w for role in p.roles for w in role.lower().replace(",", " ").split() if len(w) > 2}


def _words_after(small: str, big: str) -> tuple[str, ...]:
    """The words of ``big`` after the last word of ``small`` ("Public Radio" for "New Hampshire")."""
    words = big.lower().split()
    last = small.lower().split()[-1]
    return tuple(words[len(words) - words[::-1].index(last) :]) if last in words else ()


def _runs_inside(small: str, big: str) -> bool:
    """Is ``small`` a part of ``big`` that a writer would use for it: its words together, in order
    (initials between them aside), or its first and last words with middle names left out?

    >>> _runs_inside("Ahmad Kurnia", "Cucu Ahmad Kurnia"), _runs_inside("Jo Roe", "Jo Anne Roe")
    (True, True)
    >>> _runs_inside("Ahmad Kurnia", "Ahmad Doli Kurnia Tandjung")
    False
    """
    want = small.lower().split()
    words = [w for w in big.lower().split() if len(w.rstrip(".")) > 1 or w in want]
    n = len(want)
    if words[:1] == want[:1] and words[-1:] == want[-1:]:
        return True
    return any(words[k : k + n] == want for k in range(len(words) - n + 1))


def _canonical_name(group: Sequence[LocalPerson]) -> str:
    """The multi-word name most articles use; ties go to the longer, then alphabetical."""
    counts: Counter[str] = Counter()
    for p in group:
        for n in p.names:
            counts[n] += 1
    multi = [n for n in counts if len(n.split()) >= 2] or list(counts) or [group[0].name]
    return sorted(multi, key=lambda n: (-counts[n], -len(n.split()), n))[0]


def unique_ids(names: dict[int, str]) -> dict[int, str]:
    """Speaker ids from canonical names; the rare clash gets a numeric suffix, assigned in name order."""
    ids: dict[int, str] = {}
    used: Counter[str] = Counter()
    for root, name in sorted(names.items(), key=lambda kv: (kv[1], kv[0])):
        base = slug(name)
        used[base] += 1
        ids[root] = base if used[base] == 1 else f"{base}-{used[base]}"
    return ids
