"""One person, one id: what stands before a name in a capitalised run, and namesakes sharing a surname."""

from __future__ import annotations

import pandas as pd
from english_news import analyze_english, ids_saying

import debatekit as dk
from debatekit.extract.kinds import place_prefix_length
from debatekit.extract.names import (
    is_premodifier,
    is_verb_form,
    lexicon,
    split_role_and_name,
    title_case,
    trim_premodifiers,
)
from debatekit.extract.text_units import words
from debatekit.lang import get_pack

EN = lexicon(get_pack("en"))


def test_sentence_initial_verb_form_is_not_a_given_name():
    text = (
        "On Friday, the mayor, Marla Quint, toured the docks.\n\n"
        "Injecting Quint's old feud into the race is the rival camp's latest effort.\n\n"
        '"We will fix the bridges first," Quint said.\n\n'
        '"Nobody else has a plan for the river," Quint said later.'
    )
    res = analyze_english(text)
    assert ids_saying(res, "bridges") == {"marla-quint"}
    assert not res.speakers.name.str.contains("Injecting").any()


def test_verb_form_rule_keeps_short_names():
    assert is_verb_form(words("Injecting")[0], EN)
    assert not is_verb_form(words("King")[0], EN)  # a surname, too short to be read as a verb form
    assert not is_verb_form(words("Quint")[0], EN)


def test_title_case_line_gives_no_name():
    headline = "Harbour Gazette Smear Piece Targets Quint Voter Who Was in a Shelter."
    assert title_case(words(headline))
    assert not title_case(words("Marla Quint said the ferry would run again in May."))
    text = (
        f"{headline}\n\n"
        "On Friday, the mayor, Marla Quint, toured the docks.\n\n"
        '"We will fix the bridges first," Quint said.\n\n'
        '"Nobody else has a plan for the river," Quint said later.'
    )
    res = analyze_english(text)
    assert ids_saying(res, "bridges") == {"marla-quint"}
    assert not res.speakers.name.str.contains("Targets").any()


def test_place_before_a_surname_is_cut_but_a_description_stays():
    lex = EN
    assert [w.text for w in trim_premodifiers(words("New Hampshire Quint"), lex, frozenset({"Quint"}))] == [
        "Quint"
    ]
    # "a Nevada Democrat": a description of somebody, kept whole
    assert [w.text for w in trim_premodifiers(words("Nevada Democrat"), lex)] == ["Nevada", "Democrat"]
    assert place_prefix_length(["Ohio", "Gov.", "Jo", "Roe"]) == 1
    assert place_prefix_length(["Virginia", "Roe"], lex.given_names) == 0  # a given name first


def test_hyphenated_adjective_and_occupation_are_no_name_words():
    assert is_premodifier(words("Angeles-area")[0], EN)
    assert not is_premodifier(words("Smith-Jones")[0], EN)  # a double-barrelled surname
    assert is_premodifier(words("Actor")[0], EN)
    got = trim_premodifiers(words("Actor Dale Ferrow"), EN)
    assert [w.text for w in got] == ["Dale", "Ferrow"]
    # two words: the title goes only when the article also uses the surname alone
    assert [w.text for w in trim_premodifiers(words("Ambassador Ferrow"), EN)] == ["Ambassador", "Ferrow"]
    got = trim_premodifiers(words("Ambassador Ferrow"), EN, frozenset({"Ferrow"}))
    assert [w.text for w in got] == ["Ferrow"]


def test_surname_goes_to_the_namesake_who_was_the_subject():
    text = (
        "On Monday, Senator Rhea Dunmore opened the hearing.\n\n"
        "On Tuesday, Ivo Brack shared a photo of Lotte Dunmore, her sister, at a gala.\n\n"
        '"The ferry contract was never put out to tender," Dunmore said.\n\n'
        "Ivo Brack told reporters the tender was fair.\n\n"
        '"Every bid was read twice," Brack said.'
    )
    res = analyze_english(text)
    assert ids_saying(res, "tender,") == {"rhea-dunmore"}
    assert ids_saying(res, "Every bid") == {"ivo-brack"}


def test_surname_follows_the_latest_subject_among_namesakes():
    text = (
        "On Monday, Senator Rhea Dunmore spoke at the rally.\n\n"
        "Later, Senator Rhea Dunmore toured the docks.\n\n"
        "Secretary Lotte Dunmore says the docks are safe.\n\n"
        '"The cranes were all inspected this year," Dunmore said.'
    )
    res = analyze_english(text)
    assert ids_saying(res, "cranes") == {"lotte-dunmore"}


def test_hashtag_before_a_name_is_not_part_of_it():
    text = (
        "On Friday, the mayor, Marla Quint, toured the docks.\n\n"
        "Supporters posted #Harbourstrong Mrs. Quint all day.\n\n"
        '"We will fix the bridges first," Quint said.'
    )
    res = analyze_english(text)
    assert ids_saying(res, "bridges") == {"marla-quint"}
    assert not res.speakers.name.str.contains("Harbourstrong").any()


def test_of_place_after_a_full_name_ends_it():
    role, name = split_role_and_name(words("Senator Dale Ferrow of Vermont"), EN)
    assert [w.text for w in name] == ["Dale", "Ferrow"]
    role, name = split_role_and_name(words("Secretary of State Dale Ferrow"), EN)
    assert [w.text for w in role] == ["Secretary", "of", "State"]
    assert [w.text for w in name] == ["Dale", "Ferrow"]


def test_mr_surname_subject_finds_the_full_name():
    text = (
        "The debate was held on Tuesday night.\n\n"
        "It was the first time that Dale Ferrow, who runs the ferry union, shared a stage with the mayor.\n\n"
        '"The ferry contract was never put out to tender," Mr. Ferrow said.'
    )
    res = analyze_english(text)
    assert ids_saying(res, "tender,") == {"dale-ferrow"}


def test_bare_surname_is_not_the_son_with_a_generational_suffix():
    # "Santoso" alone is the father: the son is written "Santoso Jr", even where that is all an article gives
    arts = pd.DataFrame(
        {
            "article_id": ["a1", "a2", "a3"],
            "outlet": ["Harian Satu", "Harian Dua", "Harian Tiga"],
            "text": [
                "Putra gubernur ikut meresmikan proyek itu. "
                '"Kami akan membangun jembatan tahun depan," kata Santoso Jr di Medan.',
                'Gubernur Budi Santoso berbicara di gedung dewan. "Anggaran daerah sudah seimbang," kata Budi Santoso.',
                'Rencana jalan baru diumumkan pada Senin. "Kemacetan akan turun separuh," ujar Santoso.',
            ],
        }
    )
    st = dk.analyze(arts, until="statements", progress=False, language="id").statements
    by_article = dict(zip(st["article_id"], st["speaker_id"], strict=True))
    assert by_article == {"a1": "santoso-jr", "a2": "budi-santoso", "a3": "budi-santoso"}


def test_plural_role_before_a_surname_is_no_first_name():
    # "Senators Ferrow and Kell": a plural role before a list of names is no part of the first name
    text = (
        "The ferry bill passed the chamber on Tuesday night.\n\n"
        "Together, Senators Ferrow and Kell, of Maine and Ohio, wrote the bill over the winter.\n\n"
        '"The ferry contract was never put out to tender," Ferrow said.\n\n'
        "Dale Ferrow has sat in the chamber since 2010."
    )
    res = analyze_english(text)
    assert ids_saying(res, "tender,") == {"dale-ferrow"}
    assert not any(str(i).startswith("senators") for i in res.statements.speaker_id.dropna())


def test_bare_surname_before_the_namesake_appears_is_the_one_named_so_far():
    # the first "Ferrow"s come before Ron Ferrow is named: they are Dale, and so is the speaker after them
    text = (
        "Actor Dale Ferrow says the mayor is wrong about the ferry.\n\n"
        "The mayor has no plan for the harbour, said Ferrow, who lives on the island.\n\n"
        "Ferrow, the younger brother of the director Ron Ferrow, backed the challenger last week.\n\n"
        '"The ferry contract was never put out to tender," Ferrow said.'
    )
    res = analyze_english(text)
    assert ids_saying(res, "tender,") == {"dale-ferrow"}


def test_form_of_address_rules_out_only_the_other_gender():
    # "Mr. Ferrow": John (a male given name) or Jeb (a given name the pack does not know): the article's
    # principal, Jeb, not John because only his gender is known
    text = (
        "Jeb Ferrow opened his campaign for governor on Monday.\n\n"
        "Jeb Ferrow spoke at the school that his father, John Ferrow, founded.\n\n"
        "The crowd cheered loudly at the end.\n\n"
        '"We will fix the ferry by the summer," Mr. Ferrow said.'
    )
    res = analyze_english(text)
    assert ids_saying(res, "by the summer") == {"jeb-ferrow"}


def test_organisation_last_word_after_a_determiner_is_the_one_named_most_recently():
    text = (
        "The Harbour Post and the Ohio Post both covered the vote on Monday.\n\n"
        '"We will keep the ferry running," the Post said, citing a council memo.\n\n'
        "Later the Harbour Post printed a second story about the ferry.\n\n"
        '"The memo was never signed," the Post reported on Tuesday.'
    )
    res = analyze_english(text)
    assert ids_saying(res, "keep the ferry") == {"ohio-post"}
    assert ids_saying(res, "never signed") == {"harbour-post"}


def test_organisation_last_word_joins_the_full_name_across_articles():
    named = 'The Lakeside Ledger reported the plan on Monday.\n\n"The bridge will close," the Ledger said.'
    bare = '"Tolls will rise next year," the Ledger said in an editorial on Friday.'
    res = analyze_english(named, bare)
    assert ids_saying(res, "bridge will close") == {"lakeside-ledger"}
    assert ids_saying(res, "Tolls will rise") == {"lakeside-ledger"}
