"""One person, one id (English): a bare "Mr. X" among namesakes goes to the one the article names by that
surname most, not to a relative the article calls by first name."""

from __future__ import annotations

from english_news import analyze_english, ids_saying

ARTICLE = (
    "Gordon W. Hale opened his campaign for mayor on Monday.\n\n"
    '"This town deserves a working harbour," Mr. Hale said.\n\n'
    "His younger brother, Freddy Hale, never wanted the spotlight. Freddy ran the family bakery. "
    "Freddy married young. Freddy left for the coast in 1990. Freddy came back in 2001. "
    "Freddy still bakes on Sundays. Freddy votes in every election.\n\n"
    '"He was always the quiet one," Gordon said.\n\n'
    "The campaign opens an office on Main Street next week. Volunteers are already knocking on doors. "
    "The election is in November.\n\n"
    '"We will rebuild every pier on this coast," Mr. Hale said.'
)


def test_bare_surname_goes_to_the_namesake_named_by_that_surname():
    res = analyze_english(ARTICLE)
    first = ids_saying(res, "working harbour")
    assert len(first) == 1
    assert ids_saying(res, "rebuild every pier") == first
    assert ids_saying(res, "quiet one") == first


def test_a_relative_named_by_first_name_as_subject_does_not_decide_the_bare_surname():
    res = analyze_english(
        "One evening, Gordon W. Hale met his older brother, Freddy, for dinner.\n\n"
        "As Freddy, a fun-loving pilot, joked with a friend at the table, his younger brother grew impatient.\n\n"
        "Later, Mr. Hale said he had learned from his brother how bad choices drag people down.\n\n"
        "But the case of Freddy Hale also shows the cost of failing to conform."
    )
    assert ids_saying(res, "bad choices") == {"gordon-w-hale"}
