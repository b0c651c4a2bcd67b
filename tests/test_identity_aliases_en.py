"""One person, one id (English): a name a person is "known as", and no name learnt inside a two-apostrophe
quote."""

from __future__ import annotations

from english_news import analyze_english, ids_saying

from debatekit.extract.article import extract_article
from debatekit.lang import get_pack


def test_known_as_makes_the_nickname_one_of_the_persons_names():
    childhood = (
        "Summers on the lake were good for a young Jonathan Aldous Merriweather.\n\n"
        "A neighbour remembers Mr. Merriweather, known as Jojo, as a shy boy who loved boats.\n\n"
        '"I was never much of a sailor," Mr. Merriweather said.'
    )
    campaign = (
        "Jojo Merriweather toured the harbour on Tuesday.\n\n"
        '"We will rebuild every pier on this coast," Jojo Merriweather said.'
    )
    res = analyze_english(childhood, campaign)
    ids = ids_saying(res, "sailor")
    assert len(ids) == 1 and ids == ids_saying(res, "every pier")


def test_better_known_as_and_nicknamed():
    for intro in ("better known as", "nicknamed"):
        text = (
            "The council heard from Margaret Ellen Tolliver on Monday.\n\n"
            f"Ms. Tolliver, {intro} Peggy, has run the ferry line for years.\n\n"
            '"The ferries need new engines," Ms. Tolliver said.'
        )
        other = '"Fares stay where they are," Peggy Tolliver said on Friday.'
        res = analyze_english(text, other)
        assert ids_saying(res, "new engines") == ids_saying(res, "Fares stay"), intro


def test_known_as_needs_one_name_word_after_it():
    # a longer capitalised phrase after "known as" is what something is called, not a person's name word
    text = (
        "Harriet Okonkwo opened the new wing on Friday.\n\n"
        "Ms. Okonkwo, known as Harbour House Trust chair, spoke first.\n\n"
        '"We built it in a year," Ms. Okonkwo said.'
    )
    res = analyze_english(text)
    names = set(res.speakers.name)
    assert "Harriet Okonkwo" in names
    assert not any("Harbour" in n for n in names)


def test_two_apostrophe_quote_gives_no_name():
    text = (
        "Walter Hanrahan spoke at the fair on Wednesday.\n\n"
        "''The farms are the heart of this county,'' Mr. Hanrahan said.\n\n"
        "Mr. Ortiz said: ''I love how he talks about them. Classic Hanrahan: warm, loud.''"
    )
    people = [p.name for p in extract_article("a0", text, get_pack("en")).people]
    assert "Walter Hanrahan" in people
    assert not any("Classic" in name for name in people)
