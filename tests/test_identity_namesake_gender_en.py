"""One person, one id (English), for namesakes of different gender: a given name that is also an
organisation word ("Bill") still opens a name, "Mr. X" goes to the man, and a pronoun that refers back
to a bare surname ("Harlow allowed her staff") tells which namesake it is; a verb after "and" shares the
subject of the verb before it."""

from __future__ import annotations

from english_news import analyze_english, ids_saying

from debatekit.extract.names import is_given_before_name, lexicon, name_tail
from debatekit.extract.text_units import words
from debatekit.lang import get_pack


def test_an_organisation_word_is_a_given_name_only_before_a_name_word():
    en = lexicon(get_pack("en"))
    ws = words("Bill Harlow backed the Senate Bill Commission")
    assert is_given_before_name(ws, 0, en)
    assert not is_given_before_name(ws, 5, en)  # "Bill Commission": an organisation word follows
    assert [w.text for w in name_tail(words("the Bill Harlow"), en)] == ["Bill", "Harlow"]


def test_mr_goes_to_the_husband_whose_given_name_is_an_organisation_word():
    res = analyze_english(
        "Bill Harlow came to the harbour town on Wednesday to campaign for his wife, Mary Harlow.\n\n"
        "Mary Harlow is running for governor, and she leads in the polls.\n\n"
        '"It may be entertaining, but it does not have a lick of impact on how you live," Mr. Harlow '
        "said.\n\n"
        '"I will fix every road in this state," Mary Harlow said.'
    )
    assert ids_saying(res, "lick of impact") == {"bill-harlow"}
    assert ids_saying(res, "every road") == {"mary-harlow"}


def test_a_pronoun_referring_back_to_a_bare_surname_picks_the_namesake_of_its_gender():
    # James is named more often, so without the pronouns the bare surname would be his
    res = analyze_english(
        "Secrecy is no stranger to Mary Harlow's health, her former doctor says.\n\n"
        "James Harlow served two terms as governor. James Harlow retired in 2001.\n\n"
        "Dr. Jo Perkins, who was his physician, said that in 1998, Harlow allowed her staff to think that "
        "her leg had a pulled muscle.\n\n"
        "In her 2003 book, Harlow noted the clot's existence.\n\n"
        '"Sure enough I had a big clot behind my right knee," Harlow wrote in 2003.'
    )
    assert ids_saying(res, "big clot") == {"mary-harlow"}


def test_a_verb_after_and_shares_the_subject_of_the_verb_before_it():
    res = analyze_english(
        "Mayor Jo Perkins defended the plan on Monday.\n\n"
        'Perkins said the move was made by police commissioner Sam Lee and said, "Who are you going to '
        'trust on security?"'
    )
    assert ids_saying(res, "trust on security") == {"jo-perkins"}
