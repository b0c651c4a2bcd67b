"""A user's alias table: nicknames and acronyms no rule can know ("Jokowi" is Joko Widodo).

``aliases={"Joko Widodo": ["Jokowi"]}`` on :func:`debatekit.analyze` joins every corpus person named
by the full name or one of its aliases into one speaker with that full name. An all-capital name made
of the initials of a full name in the table ("SBY" for Susilo Bambang Yudhoyono) joins it too.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from pathlib import Path

AliasTable = Mapping[str, Sequence[str]]


def check_aliases(aliases: object) -> dict[str, tuple[str, ...]]:
    """Validate an alias table and return it as ``{full name: (alias, ...)}``.

    Examples
    --------
    >>> check_aliases({"Joko Widodo": ["Jokowi"]})
    {'Joko Widodo': ('Jokowi',)}
    """
    if aliases is None:
        return {}
    if not isinstance(aliases, Mapping):
        raise TypeError('aliases must be a mapping of full name to aliases, e.g. {"Joko Widodo": ["Jokowi"]}')
    out: dict[str, tuple[str, ...]] = {}
    for name, alias_list in aliases.items():
        if not isinstance(name, str) or not name.strip():
            raise ValueError(f"aliases: a full name must be a non-empty string, got {name!r}")
        if isinstance(alias_list, str) or not all(isinstance(a, str) for a in alias_list):
            raise ValueError(
                f"aliases: the aliases of {name!r} must be a list of strings, got {alias_list!r}"
            )
        out[" ".join(name.split())] = tuple(" ".join(a.split()) for a in alias_list if a.strip())
    return out


def read_aliases_csv(path: str | Path) -> dict[str, list[str]]:
    """Read an alias table from a CSV of ``name,alias[,alias...]`` rows (a ``name,alias`` header is skipped).

    Examples
    --------
    >>> import tempfile, os
    >>> p = os.path.join(tempfile.mkdtemp(), "aliases.csv")
    >>> _ = open(p, "w").write("name,alias\\nJoko Widodo,Jokowi\\n")
    >>> read_aliases_csv(p)
    {'Joko Widodo': ['Jokowi']}
    """
    table: dict[str, list[str]] = {}
    with open(path, encoding="utf-8", newline="") as f:
        for line_no, row in enumerate(csv.reader(f), start=1):
            cells = [c.strip() for c in row if c.strip()]
            if not cells or (line_no == 1 and [c.lower() for c in cells[:2]] == ["name", "alias"]):
                continue
            if len(cells) < 2:
                raise ValueError(f"{path}, line {line_no}: expected 'full name,alias', got {','.join(row)!r}")
            table.setdefault(cells[0], []).extend(cells[1:])
    return table


def initials(name: str) -> str:
    """Upper-case initials of a multi-word name ("Susilo Bambang Yudhoyono" -> "SBY"), else ""."""
    words = [w for w in name.replace(".", " ").split() if w[:1].isalpha()]
    return "".join(w[0].upper() for w in words) if len(words) >= 2 else ""


MIN_BLEND_TAIL = 2  # "Jokowi" = Joko + Wi(dodo): at least two letters of the later name word


def is_blend(word: str, name: str) -> bool:
    """Is ``word`` a blend nickname of ``name``: its first word and the start of a later one?

    Indonesian news shortens "Joko Widodo" to "Jokowi"; the rule needs the whole first word and at least
    two, not all, letters of a later word, so that a plain first name ("Joko") is not a blend.

    Examples
    --------
    >>> is_blend("Jokowi", "Joko Widodo"), is_blend("Joko", "Joko Widodo"), is_blend("Jokowidodo", "Joko Widodo")
    (True, False, False)
    """
    w = word.lower()
    parts = [p.lower() for p in name.split()]
    if len(parts) < 2 or not w.startswith(parts[0]):
        return False
    rest = w[len(parts[0]) :]
    return len(rest) >= MIN_BLEND_TAIL and any(p.startswith(rest) and len(p) > len(rest) for p in parts[1:])


def blend_candidates(word: str, names_by_first: dict[str, list[tuple[str, int]]]) -> set[int]:
    """Keys of the names ``word`` is a blend of; ``names_by_first`` maps a lower-cased first word to
    ``(full name, key)`` pairs."""
    w = word.lower()
    out: set[int] = set()
    for i in range(2, len(w) - MIN_BLEND_TAIL + 1):
        for name, key in names_by_first.get(w[:i], ()):
            if is_blend(w, name):
                out.add(key)
    return out


def apply_aliases(
    names_of: Mapping[int, set[str]], canonical: Mapping[int, str], table: Mapping[str, Sequence[str]]
) -> tuple[dict[int, int], dict[int, str]]:
    """Join the clusters an alias table names into one each.

    Parameters
    ----------
    names_of : mapping of cluster root to the names its members carry
    canonical : mapping of cluster root to its canonical name
    table : the checked alias table (:func:`check_aliases`)

    Returns
    -------
    (dict of root to new root, dict of new root to canonical name)
        Roots the table does not touch map to themselves and keep their name.
    """
    by_surface: dict[str, list[int]] = {}
    for root, carried in names_of.items():
        for n in carried:
            by_surface.setdefault(n.lower(), []).append(root)
    moved: dict[int, int] = {r: r for r in canonical}
    names = dict(canonical)
    for full in sorted(table):
        surfaces = {full.lower(), *(a.lower() for a in table[full])}
        short = initials(full)
        if short:
            surfaces.add(short.lower())
        roots = sorted({moved[r] for s in surfaces for r in by_surface.get(s, ())})
        if not roots:
            continue
        head = roots[0]
        for r in list(moved):
            if moved[r] in roots:
                moved[r] = head
        for r in roots:
            names.pop(r, None)
        names[head] = full
    return moved, names
