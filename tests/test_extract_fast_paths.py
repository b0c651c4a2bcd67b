"""The shortcuts of the extraction passes give what the plain code gives, on text written here."""

from __future__ import annotations

import bisect
import gc
import random
import re

import pandas as pd

from debatekit import schema
from debatekit.extract import extract_corpus
from debatekit.extract.cues import cue_after
from debatekit.extract.entities import ArticleEntities, MentionTimeline
from debatekit.extract.names import lexicon, match_role_head
from debatekit.extract.offsets import SpanSet, WordIndex
from debatekit.extract.reported_candidates import (
    _comma_words,
    _has_speech_verb,
    _may_report,
    _parenthetical,
    indirect_candidates,
)
from debatekit.extract.text_units import (
    _GAP_WORD_RE,
    WORD_RE,
    Word,
    capitalised_runs,
    paragraphs,
    scan_words,
    sentences,
    words,
)
from debatekit.lang import get_pack


def _fields(w: Word) -> tuple:
    return (w.text, w.start, w.end, w.bare, w.lower, w.is_capitalised)


def test_words_build_the_same_words_as_the_constructor() -> None:
    text = "Gov. Jo Roe's aide, Ana-Maria Lubis-Yusuf, said U.S. funds rose 4.5 percent. Done."
    ws = words(text, split_pairs=True)
    assert [_fields(w) for w in ws] == [_fields(Word(w.text, w.start, w.end)) for w in ws]
    assert [w.text for w in ws][:4] == ["Gov.", "Jo", "Roe", "aide"]
    assert ("Lubis", "Yusuf") == (ws[6].text, ws[7].text)
    assert ws[0].bare == "Gov" and ws[0].lower == "gov" and ws[0].is_capitalised


def test_words_end_at_the_last_word_of_a_long_tail_without_one() -> None:
    # the tail past the last word is not scanned from every character (it took seconds at 10k characters)
    text = "Dr. Roe said Mr." + " -" * 5_000 + "\n" * 5_000
    for start, end in ((0, None), (3, len(text) - 7), (0, 16), (0, 15), (13, 16)):
        got = [(w.text, w.start, w.end) for w in words(text, start, end)]
        want = [(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(text, start, end or len(text))]
        assert got == want


def test_comma_words_are_the_words_after_each_comma_gap() -> None:
    text = "The plan, Smith said, is dead ,, and buried, for now."
    index = WordIndex(words(text))
    ws = index.between(0, len(text))
    slow = [k for k in range(1, len(ws)) if "," in text[ws[k - 1].end : ws[k].start]]
    assert _comma_words(text, ws, index) == slow == [2, 4, 6, 8]
    later = index.between(text.index("is"), len(text))  # a sentence that is not the text's first
    assert _comma_words(text, later, index) == [2, 4]


def test_parenthetical_cue_is_found_with_and_without_the_comma_positions() -> None:
    text = "The plan, Smith said, is dead and gone for good."
    lex = lexicon(get_pack("en"))
    index = WordIndex(words(text))
    ws = index.between(0, len(text))
    assert _has_speech_verb(ws[2:8], lex) and not _has_speech_verb(ws[:2], lex)
    fast = _parenthetical(text, ws, 0, len(text), lex, 0, _comma_words(text, ws, index))
    plain = _parenthetical(text, ws, 0, len(text), lex, 0)
    assert fast == plain
    assert fast is not None and fast.cue is not None and fast.cue.verb_word.text == "said"
    assert text[fast.start : fast.end] == "The plan, Smith said, is dead and gone for good"


def test_speech_verb_prefilter_holds_for_indonesian_passive_and_title_cues() -> None:
    # cue_after only reads the window it is given, and every cue it returns has its verb there: the
    # prefilter skips no window that holds a cue, on passive verbs and on a name after a long title too.
    lex = lexicon(get_pack("id"))
    texts = [
        "Pemeriksaan itu, ditambahkan Kepala Biro Humas Jo Roe, merupakan tindak lanjut kasus lama.",
        "Pemeriksaan itu, Kepala Biro Humas Jo Roe menegaskan, merupakan tindak lanjut kasus lama.",
        "Anggaran itu, kata Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Jo Roe, cukup.",
        "Pasar itu, di Kabupaten Sleman, Provinsi Jawa Tengah, ramai pada hari Senin pagi.",
    ]
    found = []
    for text in texts:
        index = WordIndex(words(text))
        ws = index.between(0, len(text))
        for k in range(1, len(ws)):
            window = ws[k : k + 6]
            cue = cue_after(window, lex, text)
            assert cue is None or (_has_speech_verb(window, lex) and cue.verb_word in window)
        fast = _parenthetical(text, ws, 0, len(text), lex, 0, _comma_words(text, ws, index))
        assert fast == _parenthetical(text, ws, 0, len(text), lex, 0)
        found.append(fast.cue.verb_word.text if fast is not None and fast.cue is not None else None)
    assert found[:2] == ["ditambahkan", "menegaskan"] and found[3] is None


def test_nested_people_lookup_is_every_subset_and_superset_of_the_name_words() -> None:
    # the word-set index of ArticleEntities must find exactly the people whose name words hold the
    # looked-up words or lie within them, also when a name grows ("Roe" -> "Jo Roe") and for long names
    ents = ArticleEntities(lexicon(get_pack("en")), frozenset())
    names = ["Roe", "Jo Roe", "Ann Roe", "Ann Lee Roe", "Kim Park", "Park", "Al Bo Cy Di Ed Fy Gu"]
    for name in names:
        ents.add_name(words(name))
    looks = [
        {"roe"},
        {"ann", "roe"},
        {"ann", "lee", "roe", "kim"},
        {"park"},
        {"kim", "park", "roe"},
        {"zed"},
        {"al", "bo", "cy", "di", "ed", "fy", "gu"},
        {"al", "bo", "cy", "di", "ed", "fy", "gu", "roe"},
    ]
    for look in map(frozenset, looks):
        plain = [p.key for p in ents.people if look <= p.tokens or p.tokens <= look]
        assert ents._nested_keys(look) == plain
    for run in ["Ann Roe", "Kim Roe", "Ann Park Lee", "Zed Park", "Zed Quo"]:
        run_words = frozenset(run.lower().split())
        count = {p.key: sum(p.key in ents._keys_by_token.get(t, ()) for t in run_words) for p in ents.people}
        most = max(count.values())
        plain = [k for k, n in count.items() if n == most and n > 0]
        assert [p.key for p in ents._people_in_run(words(run))] == plain
    assert [p.name for p in ents.people][:2] == ["Jo Roe", "Ann Lee Roe"]  # names that grew


def test_extraction_tables_are_the_frames_the_rows_give_and_the_collector_is_restored() -> None:
    text = 'Title\n\n"We will win this," Jo Roe said. Ann Lee said that the plan is dead and gone.\n'
    arts = pd.DataFrame(
        [{"article_id": "a", "text": text, "title": None, "language": "en", "outlet": "o", "source": "x"}]
    )
    was = gc.isenabled()
    try:
        for enabled in (True, False):
            (gc.enable if enabled else gc.disable)()
            ex = extract_corpus(arts)
            assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
    rows = [
        {**r, "speaker_id": ex.statements.speaker_id[i]}
        for i, r in enumerate(ex.statements.to_dict("records"))
    ]
    pd.testing.assert_frame_equal(ex.statements, schema.frame(schema.STATEMENT_COLUMNS, rows))
    pd.testing.assert_frame_equal(
        ex.mentions, schema.frame(schema.MENTION_COLUMNS, ex.mentions.to_dict("records"))
    )
    assert list(ex.statements.kind) == ["direct", "indirect"] and ex.statements.speaker.notna().all()


def test_mention_timeline_reads_back_as_one_sorted_list() -> None:
    """Two walks over a text (names, then pronouns and statements) and out-of-order offsets give the
    order a single list kept sorted by insertion would give, ties to the latest recorded."""
    rng = random.Random(7)
    for walk in ("two", "random", "falling"):
        timeline, offsets, people = MentionTimeline(), [], []
        for n in range(80):
            if walk == "two":
                position = 2 * n if n < 40 else n - 38
            elif walk == "random":
                position = rng.randint(0, 25)
            else:
                position = 100 - n
            i = bisect.bisect_right(offsets, position)
            offsets.insert(i, position)
            people.insert(i, n)
            timeline.add(position, n)  # type: ignore[arg-type]  # any object stands for a person
            at = rng.randint(-1, 110)
            expected = [people[k] for k in range(bisect.bisect_left(offsets, at) - 1, -1, -1)]
            assert list(timeline.before(at)) == expected, (walk, n)


def _all_sentences(text: str, code: str) -> list[tuple[int, int, int]]:
    pack = get_pack(code)
    return [
        (p_i, s, e)
        for p_i, (ps, pe) in enumerate(paragraphs(text))
        for s, e in sentences(text, ps, pe, pack.text.ABBREVIATIONS)
    ]


def test_reporting_sentence_prefilter_keeps_every_sentence_with_a_cue_word() -> None:
    text = (
        "The council met on Tuesday. Its members argued over the fares for an hour. "
        "According to Jo Roe, the boats are old. The plan is dead, Roe said. "
        "Nobody left the hall early. SAID the clerk: enough. The vote was unsaid and postponed.\n"
        "Rapat itu berlangsung lama. Menurutnya, anggaran harus naik. Pembangunan jalan belum selesai, katanya. "
        "Warga menunggu di balai desa."
    )
    for code in ("en", "id"):
        lex = lexicon(get_pack(code))
        spans = _all_sentences(text, code)
        index = WordIndex(words(text))
        kept = _may_report(text, spans, lex)
        plain = [
            sp
            for sp in spans
            if any(
                lex.verb_of(w.text) is not None or any(w.lower.startswith(p[0]) for p in lex.according_to)
                for w in index.between(sp[1], sp[2])
            )
        ]
        assert kept == plain
        assert len(plain) < len(spans)  # the filter drops sentences
        no_spans = SpanSet([])
        assert indirect_candidates(text, spans, no_spans, index, lex) == indirect_candidates(
            text, spans, no_spans, index, lex, prefilter=False
        )
    en = [text[s:e] for _p, s, e in _may_report(text, _all_sentences(text, "en"), lexicon(get_pack("en")))]
    assert "According to Jo Roe, the boats are old." in en and "SAID the clerk: enough." in en
    assert "Nobody left the hall early." not in en and "The vote was unsaid and postponed." not in en


def test_reporting_sentence_prefilter_keeps_all_when_lower_casing_moves_offsets() -> None:
    text = "İstanbul hosted the debate. Nobody left early."
    spans = _all_sentences(text, "en")
    assert _may_report(text, spans, lexicon(get_pack("en"))) == spans


def test_run_is_person_remembers_the_answer_of_the_plain_rules() -> None:
    from debatekit.extract.cues import _run_is_person, run_is_person

    text = "Mayor Jo Roe met Harbour Council and Ms. Ana Lubis at City Hall with Jo Roe and KPU Kotabaru."
    for code in ("en", "id"):
        lex = lexicon(get_pack(code))
        ws = words(text)
        runs = [tuple(ws[i:j]) for i in range(len(ws)) for j in range(i + 1, min(len(ws), i + 4) + 1)]
        plain = [_run_is_person(r, lex) for r in runs]
        assert [run_is_person(r, lex) for r in runs] == plain
        assert [run_is_person(tuple(words(" ".join(w.text for w in r))), lex) for r in runs] == plain
        assert True in plain and False in plain


def test_add_run_registers_repeated_runs_as_the_split_names_would() -> None:
    from debatekit.extract.names import split_role_and_name

    text = "Wali Kota Kotabaru Rahmat Siregar. Rahmat Siregar. Ketua DPRD Budi Lubis. Wali Kota Kotabaru Rahmat Siregar."
    lex = lexicon(get_pack("id"))
    ws = words(text)
    runs = [list(r.words) for r in capitalised_runs(ws, lex.particles, text)]
    cached, plain = ArticleEntities(lex, frozenset()), ArticleEntities(lex, frozenset())
    for run in runs + runs:
        cached.add_run(run, "calon")
        role_ws, name_ws = split_role_and_name(run, lex)
        if name_ws:
            role = " ".join(r for r in ("calon", " ".join(w.text for w in role_ws)) if r)
            plain.add_name(name_ws, role)

    def people(e: ArticleEntities) -> list[tuple]:
        return [(p.name, sorted(p.tokens), sorted(p.roles), p.gender) for p in e.people]

    assert people(cached) == people(plain)
    assert [p[0] for p in people(cached)] == ["Rahmat Siregar", "Budi Lubis"]


def test_people_with_role_are_the_plain_scan_of_every_role_tied() -> None:
    # the role index keeps each (role words, person) once and remembers its answers until a new role is
    # tied: the same people, in the same order, as scanning every tying in turn
    from debatekit.extract.names import role_tokens

    lex = lexicon(get_pack("id"))
    ents = ArticleEntities(lex, frozenset())
    tied: list[tuple[frozenset[str], object]] = []
    ties = [
        ("Rahmat Siregar", "Wali Kota Kotabaru"),
        ("Budi Lubis", "Ketua DPRD"),
        ("Rahmat Siregar", "Wali Kota Kotabaru"),
        ("Ani Nasution", "Wakil Wali Kota"),
        ("Budi Lubis", "calon wali kota"),
        ("Rahmat Siregar", "cawalkot"),
    ]
    looks = ["wali kota", "Ketua", "cawalkot", "Wali Kota Kotabaru", "bupati"]
    for name, role in ties:
        person = ents.add_name(words(name), role)
        tied.append((role_tokens(role.strip(" ,"), lex.role_determiners, lex.role_abbreviations), person))
        for look in looks:
            want = role_tokens(look, lex.role_determiners, lex.role_abbreviations)
            plain: list[object] = []
            for toks, p in tied:
                if want <= toks and p not in plain:
                    plain.append(p)
            assert ents.people_with_role(look) == plain
    found = [p.name for p in ents.people_with_role("wali kota")]
    assert found == ["Rahmat Siregar", "Ani Nasution", "Budi Lubis"]


def test_quoted_nickname_inside_a_full_name_is_found_from_the_marks() -> None:
    text = (
        "Debat Calon Gubernur\n"
        "Sore itu, Ahmad Riza ”Ariza” Patria hadir di balai kota.\n"
        "”Kami tidak akan mundur dari rencana ini,” kata Ariza kepada wartawan.\n"
        "Partai ”Bintang” Baru tidak hadir.\n"
    )
    frame = pd.DataFrame(
        [{"article_id": "a", "text": text, "title": None, "language": "id", "outlet": "o", "source": None}]
    )
    ex = extract_corpus(frame)
    direct = ex.statements[ex.statements["kind"] == "direct"]
    assert list(direct["speaker"]) == ["Ahmad Riza Patria"]


def _plain_sentences(text: str, start: int, end: int, abbreviations: frozenset[str]) -> list[tuple[int, int]]:
    """:func:`sentences` with slices and character loops, as it was written first."""
    from debatekit.extract import text_units as tu

    spans, s = [], start
    for m in tu.SENTENCE_END_RE.finditer(text, start, end):
        stop = m.end()
        if text[m.start()] == ".":
            last = tu._LAST_TOKEN_RE.findall(text[max(start, m.start() - 12) : m.start()])
            token = last[0].lower() if last else ""
            if token and (token.rstrip(".") in abbreviations or re.fullmatch("[a-z]", token)):
                continue
            if tu._INITIALS_RE.fullmatch(token):
                continue
        k = stop
        while k < end and text[k].isspace():
            k += 1
        if k < end and not (text[k].isupper() or text[k].isdigit() or text[k] in tu._SENTENCE_OPENERS):
            continue
        spans.append((s, stop))
        s = stop
        while s < end and text[s].isspace():
            s += 1
    if s < end:
        spans.append((s, end))
    return [(a, b) for a, b in spans if b > a]


def test_sentences_split_as_the_plain_splitter_on_random_text() -> None:
    rng = random.Random(7)
    pieces = [
        "ab",
        ".",
        " ",
        "U.S.",
        "\u00a0",
        "\u2003",
        "Dr.",
        "X",
        "!",
        "?",
        '"',
        "”",
        "4.5",
        "(A)",
        "'",
        "q",
    ]
    abbreviations = get_pack("en").text.ABBREVIATIONS
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(40))
        assert sentences(text, 0, len(text), abbreviations) == _plain_sentences(
            text, 0, len(text), abbreviations
        )
    text = "Dr. Roe spoke.\u00a0 Then U.S. aid rose 4.5 percent. \u201cNo,\u201d she said."
    assert sentences(text, 0, len(text), abbreviations) == [(0, 14), (16, 47), (48, len(text))]


def test_the_gap_word_scan_gives_word_re_words_on_random_text() -> None:
    # the word scan's possessive quantifiers (a plain pattern on Python 3.10) give WORD_RE's words
    rng = random.Random(11)
    pieces = ["Jo", "Roe", "van", "bin", "de", "said", "H.", "Dr.", "U.S.", "Lee's", "it", "Ana-Maria"]
    marks = [" ", " ", " ", ", ", ". ", " - ", "\n", "'", "’", ".", "-", " (", ") "]
    for _ in range(300):
        text = "".join(rng.choice(pieces) + rng.choice(marks) for _ in range(rng.randint(0, 30)))
        pairs = _GAP_WORD_RE.findall(text)
        assert [token for _gap, token in pairs] == WORD_RE.findall(text)
        assert text.startswith("".join(gap + token for gap, token in pairs))


def test_capitalised_runs_break_at_punctuation_and_keep_inner_particles() -> None:
    particles = frozenset({"van", "bin", "de"})

    def runs(text: str) -> list[str]:
        return [r.text for r in capitalised_runs(words(text), particles, text)]

    assert runs("Wali Kota Kotabaru, Rahmat Siregar berkata") == ["Wali Kota Kotabaru", "Rahmat Siregar"]
    assert runs("kata Ahmad bin Yusuf kemarin") == ["Ahmad bin Yusuf"]
    assert runs("said Jo van. Then") == ["Jo", "Then"]  # a particle never ends a run
    assert runs("bin Yusuf") == ["Yusuf"]  # nor starts one
    assert runs("Mr. Jo Roe and H. Lee said") == ["Mr. Jo Roe", "H. Lee"]  # initials stay in
    assert runs("U.S. Senator Jo Roe") == ["U.S.", "Senator Jo Roe"]  # an abbreviation ends one
    assert runs("Pak Jo  Roe") == ["Pak Jo", "Roe"]  # only single spaces join
    assert runs("") == []


def test_sentence_initial_offsets_hold_at_word_starts_exactly_where_sentence_initial_does() -> None:
    from debatekit.extract.offsets import OPENING_MARKS, sentence_initial, sentence_initial_offsets

    rng = random.Random(5)
    pieces = [
        "Jo",
        "roe",
        "U.S.",
        "Lubis-Yusuf",
        " ",
        " ",
        "\t",
        "\n",
        ".",
        "!",
        "?",
        "-",
        "—",
        "“",
        '"',
        "(",
        ":",
        ",",
    ]
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        for also in ("", OPENING_MARKS):
            initial = sentence_initial_offsets(text, also)
            for w in words(text, split_pairs=True):
                assert (w.start in initial) == sentence_initial(text, w.start, also), (text, w)


_SCAN_PIECES = ["Jo", "Roe", "van", "bin", "de", "said", "the", "mayor", "di", "H.", "Dr.", "U.S.", "Lee's"]
_SCAN_PIECES += ["it's", "Ana-Maria", "Lubis-Yusuf", "wali", "Kota", "dia", "ia", "İstanbul", "ÉCOLE", "4.5"]
_SCAN_MARKS = [" ", " ", " ", "  ", ", ", ". ", " - ", "\n", "'", "’", ".", "-", " (", ") ", "“", "”"]


def _random_texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(_SCAN_PIECES) + rng.choice(_SCAN_MARKS) for _ in range(rng.randint(0, 30)))
        for _ in range(n)
    ]


def test_scan_words_gives_the_words_and_what_the_passes_read_of_every_word() -> None:
    # one loop gives the word starts, the lower-case words, the capitalised words and the watched words,
    # which were each a pass of their own over the words
    watch = frozenset({"dia", "ia", "the", "di", "wali", "lee"})
    for split_pairs in (False, True):
        for text in _random_texts(13, 400):
            for start, end in ((0, None), (3, max(3, len(text) - 5))):
                scan = scan_words(text, start, end, split_pairs, watch)
                ws = scan.ws
                assert [_fields(w) for w in ws] == [_fields(w) for w in words(text, start, end, split_pairs)]
                assert scan.starts == [w.start for w in ws]
                assert scan.lower == {w.lower for w in ws if not w.is_capitalised}
                assert scan.capitalised == [w for w in ws if w.is_capitalised]
                assert scan.watched == [k for k, w in enumerate(ws) if w.lower in watch]


def test_positions_of_a_watched_container_are_those_of_the_plain_scan() -> None:
    lex = lexicon(get_pack("id"))
    watch = (frozenset({"dia", "ia"}), lex.role_first)
    union = frozenset().union(*watch)
    for text in _random_texts(19, 200):
        scan = scan_words(text, watch=union)
        fast = WordIndex(scan.ws, scan.starts, scan.watched, watch)
        plain = WordIndex(words(text))
        for wanted in (*watch, frozenset({"the", "jo"})):
            assert fast.positions(wanted) == plain.positions(wanted)


def test_role_head_match_is_the_longest_head_the_words_open_with() -> None:
    for code in ("en", "id"):
        lex = lexicon(get_pack(code))
        for standalone, by_first in ((False, lex.role_first), (True, lex.standalone_first)):
            heads = [h for hs in by_first.values() for h in hs]
            vocabulary = sorted({t for h in heads for t in h})
            rng = random.Random(23)
            cases = [list(h) + ["x"] for h in heads] + [list(h[:-1]) for h in heads if len(h) > 1]
            cases += [[rng.choice(vocabulary) for _ in range(rng.randint(0, 6))] for _ in range(3000)]
            for tokens in cases:
                plain = max((len(h) for h in heads if tuple(tokens[: len(h)]) == h), default=0)
                assert match_role_head(tokens, lex, standalone) == plain, tokens
