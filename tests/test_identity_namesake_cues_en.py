"""One person, one id (English), for namesakes: the speaker a recent cue named in full decides which
namesake a bare surname is, and "Mr."/"Ms." go to the namesake the article itself addresses that way
(a given name the pack does not know has no gender of its own)."""

from __future__ import annotations

from english_news import analyze_english, ids_saying


def test_a_bare_surname_is_the_namesake_the_last_cue_named_in_full():
    # the sentence before opens with Mary, but its own cue's subject is Bill
    res = analyze_english(
        "The campaign came to the harbour town on Tuesday.\n\n"
        "While on the road for his wife, governor candidate Mary Harlow, former Senator Bill Harlow said "
        "that she was the best candidate in years.\n\n"
        'Harlow said, "She knows every road and every harbour of this state."'
    )
    assert ids_saying(res, "every road") == {"bill-harlow"}


def test_mr_is_not_a_namesake_the_article_never_addresses_so():
    # Gary is a known male given name, Ilsabet is not in the pack: "Mr. Ferrow" is Gary even right
    # after a sentence whose first name mention is Ilsabet's
    res = analyze_english(
        "Gary Ferrow opened the new ferry terminal on Monday.\n\n"
        "His former wife, Ilsabet Ferrow, did not come.\n\n"
        "Mr. Ferrow also faces questions about the trust he set up with Ilsabet Ferrow, which the "
        "council has reviewed.\n\n"
        '"The trust was set up to help the town," said Mr. Ferrow, who chairs the port board.'
    )
    assert ids_saying(res, "help the town") == {"gary-ferrow"}


def test_the_articles_own_mr_gives_an_unknown_given_name_its_gender():
    # Tobin is no given name of the pack, but the article calls him "Mr. Ferrow" before his father
    # Gary is named: the later "Mr. Ferrow" is still the article's principal, Tobin
    res = analyze_english(
        "Tobin Ferrow ended his campaign for governor on Saturday.\n\n"
        "Mr. Ferrow thanked the volunteers who knocked on doors for a year.\n\n"
        "The party of Gary Ferrow, his father, will now look elsewhere.\n\n"
        "Mr. Ferrow, the former mayor, spoke for ten minutes.\n\n"
        "The crowd in the hall was small. The doors closed at noon.\n\n"
        '"I will keep serving this state," Mr. Ferrow said.'
    )
    assert ids_saying(res, "keep serving") == {"tobin-ferrow"}


def test_the_next_statements_pronoun_tells_which_namesake_a_bare_surname_is():
    # Bill is named more often by the surname, but the "she" of the next quote continues this speaker
    res = analyze_english(
        "The phone bank of Mary Harlow's campaign was busy on Monday.\n\n"
        "Voters still remember the years of Governor Bill Harlow. Governor Bill Harlow left office in "
        "2001.\n\n"
        "Speaking at the harbour, Harlow, without naming him, accused Dale Perkins of ignoring the "
        "island towns.\n\n"
        '"You cannot show up at election time and think that is enough," she said.'
    )
    assert ids_saying(res, "ignoring the island") == {"mary-harlow"}
