"""The HTML report on a hand-built analysis: content, escaping, links that resolve, no network, scale caps."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pandas as pd
from report_sample import sample_analysis

from debatekit import schema
from debatekit.analysis import Analysis
from debatekit.report import views
from debatekit.report.html import render_report


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.external: list[str] = []
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if "id" in a:
            self.ids.add(a["id"])
        if "href" in a:
            self.hrefs.append(a["href"])
        for key in ("src", "href"):
            if re.match(r"^(https?:)?//", a.get(key) or ""):
                self.external.append(a[key])


def _parse(html: str) -> _Collect:
    p = _Collect()
    p.feed(html)
    return p


def test_report_shows_outlets_side_by_side_with_word_diff():
    html = render_report(sample_analysis())
    assert "Warta Kota Satu" in html and "KabarMedan.id" in html
    assert "<del>punya</del>" in html and "<ins>ada namanya</ins>" in html
    assert "minor_edit" in html


def test_report_has_speakers_aliases_stances_rebuttals_and_discrepancies():
    html = render_report(sample_analysis())
    for text in (
        "Rudi Hartono",
        "Wali Kota",
        "Sinta Dewi",
        "UMKM sudah digital",
        "against",
        "membantah",
        "10 + 5 is 15, not 16.",
        "The outlets date the debate differently.",
    ):
        assert text in html, text
    assert "a/empty.txt: the file is empty" in html  # skipped files are listed


def test_article_text_is_escaped_not_interpreted():
    html = render_report(sample_analysis())
    assert "&lt;sejak lama&gt;" in html
    assert "<sejak" not in html


def test_every_internal_link_has_a_target_and_nothing_is_fetched():
    html = render_report(sample_analysis())
    page = _parse(html)
    internal = [h[1:] for h in page.hrefs if h.startswith("#")]
    assert internal and all(h in page.ids for h in internal), set(internal) - page.ids
    assert page.external == []
    assert not any(tag in ("link", "img", "iframe") for tag, _ in page.tags)
    assert not any(tag == "script" and "src" in a for tag, a in page.tags)
    assert "<svg" in html and "arrow-rebuts" in html  # the speaker graph is drawn inline


def test_discrepancy_evidence_links_to_the_highlighted_sentence():
    a = sample_analysis()
    html = render_report(a)
    page = _parse(html)
    m = re.search(r'<a href="#(ev-1-0)">“10 \+ 5 = 16”</a>', html)
    assert m, "arithmetic evidence should link into the article"
    assert m.group(1) in page.ids
    # the anchor sits right before the highlighted evidence span in the article text
    assert re.search(r'id="ev-1-0"></a><span class="evidence"[^>]*>10 \+ 5 = 16</span>', html)


def test_segment_text_handles_overlapping_spans():
    pieces = views.segment_text(
        "abcdef",
        [
            {"start": 1, "end": 4, "cls": "st-direct", "anchor": "s1"},
            {"start": 2, "end": 6, "cls": "evidence", "anchor": "e1"},
            {"start": 3, "end": 99, "cls": "evidence", "anchor": "bad"},  # out of range: ignored
        ],
    )
    assert "".join(p["text"] for p in pieces) == "abcdef"
    assert [(p["text"], p["classes"]) for p in pieces] == [
        ("a", ""),
        ("b", "st-direct"),
        ("cd", "evidence st-direct"),
        ("ef", "evidence"),
    ]
    assert pieces[1]["anchors"] == ["s1"] and pieces[2]["anchors"] == ["e1"]


def test_diff_segments_can_be_read_from_either_side():
    diff = [
        {"op": "equal", "a": "x", "b": "x"},
        {"op": "insert", "a": "", "b": "new"},
        {"op": "replace", "a": "old", "b": "fresh"},
    ]
    # a diff without stretches of the printed texts (hand-made): its words, one space apart
    assert views.diff_segments(diff) == [
        {"op": "equal", "text": "x "},
        {"op": "ins", "text": "new"},
        {"op": "equal", "text": " "},
        {"op": "del", "text": "old"},
        {"op": "equal", "text": " "},
        {"op": "ins", "text": "fresh"},
    ]
    assert views.diff_segments(diff, reverse=True) == [
        {"op": "equal", "text": "x "},
        {"op": "del", "text": "new"},
        {"op": "equal", "text": " "},
        {"op": "del", "text": "fresh"},
        {"op": "equal", "text": " "},
        {"op": "ins", "text": "old"},
    ]


def test_diff_segments_show_the_stored_stretches_of_both_texts():
    a, b = "Kota ini belum punya digitalisasi.", "Kota ini belum ada namanya digitalisasi!"
    diff = [
        {"op": "equal", "a": "Kota ini belum", "b": "Kota ini belum", "a_start": 0, "a_end": 15,
         "b_start": 0, "b_end": 15},
        {"op": "replace", "a": "punya", "b": "ada namanya", "a_start": 15, "a_end": 21,
         "b_start": 15, "b_end": 27},
        {"op": "equal", "a": "digitalisasi", "b": "digitalisasi", "a_start": 21, "a_end": 34,
         "b_start": 27, "b_end": 40},
    ]  # fmt: skip
    segs = views.diff_segments(diff, text_a=a, text_b=b)
    assert segs == [
        {"op": "equal", "text": "Kota ini belum "},
        {"op": "del", "text": "punya"},
        {"op": "equal", "text": " "},
        {"op": "ins", "text": "ada namanya"},
        {"op": "equal", "text": " digitalisasi!"},
    ]
    # what the shown version printed is all there, in order, as printed
    assert "".join(s["text"] for s in segs if s["op"] != "del") == b.replace(" ada", "  ada")
    back = views.diff_segments(diff, reverse=True, text_a=a, text_b=b)
    assert "".join(s["text"] for s in back if s["op"] != "del").split() == a.split()
    # stretches that do not fit the texts (an edited table) fall back to the words
    assert views.diff_segments(diff, text_a="short", text_b=b)[0] == {
        "op": "equal",
        "text": "Kota ini belum ",
    }
    assert views.diff_segments(diff, text_a="short", text_b=b)[-1] == {"op": "equal", "text": " digitalisasi"}


def test_empty_analysis_renders():
    html = render_report(Analysis())
    assert "No articles." in html and "No speakers found." in html


def _big(n_articles: int) -> Analysis:
    """n articles; pairs (2k, 2k+1) share a quote, and the first 10 articles all share one more."""
    arts, sts, groups = [], [], []
    for i in range(n_articles):
        pair = i // 2
        text = f'Jakarta - "Kalimat nomor {pair} tentang anggaran," kata Tokoh {pair % 7}. "Semua sama," ujarnya.'
        arts.append(
            {
                "article_id": f"a{i:03d}",
                "outlet": f"Outlet {i % 9}",
                "title": f"Judul {i}",
                "published": (pd.Timestamp("2020-01-01") + pd.Timedelta(days=pair)).date().isoformat(),
                "language": "id",
                "source": f"x/{i}.txt",
                "text": text,
                "raw_text": text,
            }
        )
        for needle in (f"Kalimat nomor {pair} tentang anggaran,", "Semua sama,"):
            s = text.index(needle)
            sts.append(
                {
                    "statement_id": f"a{i:03d}:d{s}",
                    "article_id": f"a{i:03d}",
                    "outlet": f"Outlet {i % 9}",
                    "kind": "direct",
                    "text": needle,
                    "speaker_id": f"tokoh-{pair % 7}",
                    "speaker": f"Tokoh {pair % 7}",
                    "start": s,
                    "end": s + len(needle),
                }
            )
    ids = [s["statement_id"] for s in sts]
    for pair in range(n_articles // 2):
        groups.append({"group_id": f"p{pair}", "statement_ids": [ids[4 * pair], ids[4 * pair + 2]]})
    if n_articles >= 10:
        groups.append({"group_id": "wide", "statement_ids": [ids[2 * i + 1] for i in range(10)]})
    # the events stage's answer: each pair one occasion, the first ten articles one
    members: dict[int, list[str]] = {}
    for i in range(n_articles):
        members.setdefault(0 if i < 10 and n_articles >= 10 else i // 2 + 10, []).append(f"a{i:03d}")
    return Analysis(
        articles=schema.frame(schema.ARTICLE_COLUMNS, arts),
        statements=schema.frame(schema.STATEMENT_COLUMNS, sts),
        statement_groups=schema.frame(schema.STATEMENT_GROUP_COLUMNS, groups),
        events=_events(list(members.values()), arts),
    )


def _events(article_sets: list[list[str]], arts: list[dict]) -> pd.DataFrame:
    day = {a["article_id"]: a["published"] for a in arts}
    return schema.frame(
        schema.EVENT_COLUMNS,
        [
            {
                "event_id": f"e-{k}",
                "article_ids": ids,
                "first_date": min(day[a] for a in ids),
                "last_date": max(day[a] for a in ids),
                "label": f"Occasion {k}",
                "n_articles": len(ids),
            }
            for k, ids in enumerate(article_sets)
        ],
    )


def test_500_articles_stay_readable():
    a = _big(500)
    html = render_report(a)
    page = _parse(html)
    # 250 pairs, the first five pairs joined into one event -> 246 events: capped with a note
    assert f"{246 - views.MAX_EVENTS} more events not shown (of 246)" in html
    # the wide event shows a few columns side by side and says how many it left out
    assert f"{10 - views.MAX_COLUMNS} more articles in this event are not shown side by side" in html
    # every article stays reachable, collapsed; every link resolves
    assert html.count('<details class="article"') == 500
    assert all(h[1:] in page.ids for h in page.hrefs if h.startswith("#"))
    assert len(html) < 3_000_000
    assert pd.Series([t for t, _ in page.tags]).eq("table").sum() < 60  # no table per article


def test_unlinked_articles_are_listed_apart():
    a = _big(4)
    a.events = _events([[f"a{i:03d}"] for i in range(4)], a.articles.to_dict("records"))
    html = render_report(a)
    assert "4 articles are the only report of their occasion" in html
    assert "Event 1" not in html  # the shared statements do not make an event: the events table does


def test_events_come_from_the_events_table():
    a = _big(4)
    # a001 and a002 share no statement, but the events stage put them on one occasion
    a.events = _events([["a000"], ["a001", "a002"], ["a003"]], a.articles.to_dict("records"))
    html = render_report(a)
    event = html.split('id="event-1"')[1].split('class="unlinked"')[0]
    assert "Event 1 · 2020-01-01 · Occasion 1" in event
    assert "Judul 1" in event and "Judul 2" in event and "Judul 0" not in event
    assert "Event 2" not in html
    assert "2 articles are the only report of their occasion" in html
    # the row of the group a001 shares with a000 shows a001's version only
    assert "Kalimat nomor 0 tentang anggaran," in event and "not reported" in event


def test_report_without_events_table_builds_them_as_the_events_stage():
    a = sample_analysis()  # no events table: the two articles of the match are one occasion
    assert a.events.empty
    html = render_report(a)
    assert "Event 1" in html and "<del>punya</del>" in html
    assert a.events.empty  # the analysis is not changed


def test_transcript_column_shows_what_was_said():
    a = sample_analysis()
    a.turns = schema.frame(
        schema.TURN_COLUMNS,
        [
            {
                "turn_id": "tr:t0",
                "speaker": "RUDI",
                "text": "Kota ini belum punya digitalisasi UMKM sama sekali.",
            }
        ],
    )
    st = a.statements.copy()
    st["turn_id"] = ["tr:t0", None, "tr:t0"]
    st["transcript_relation"] = ["partial", None, "reworded"]
    a.statements = st
    html = render_report(a)
    assert "<th>Transcript" in html
    assert "“Kota ini belum punya digitalisasi UMKM sama sekali.”" in html
    assert "transcript: reworded" in html
    assert "<th>Transcript" not in render_report(sample_analysis())  # no transcript, no column


def test_rows_pointing_nowhere_do_not_break_the_report():
    """Hand-edited tables: a statement of an unknown article, a match to it, a statement without offsets."""
    a = sample_analysis()
    st = a.statements.to_dict("records")
    st.append(dict(st[0], statement_id="zzz:d0", article_id="zzz"))
    st.append(dict(st[1], statement_id="001:d999", start=None, end=None))
    a.statements = schema.frame(schema.STATEMENT_COLUMNS, st)
    m = a.matches.to_dict("records")
    m.append(dict(m[0], match_id="m9", statement_id_b="zzz:d0", article_id_b="zzz"))
    a.matches = schema.frame(schema.MATCH_COLUMNS, m)
    g = a.statement_groups.to_dict("records")
    g[0]["statement_ids"] = g[0]["statement_ids"] + ["zzz:d0"]
    a.statement_groups = schema.frame(schema.STATEMENT_GROUP_COLUMNS, g)
    html = render_report(a)
    page = _parse(html)
    assert all(h[1:] in page.ids for h in page.hrefs if h.startswith("#"))
    assert "<del>punya</del>" in html  # the good rows are still there


def test_articles_past_the_cap_keep_their_anchors(monkeypatch):
    monkeypatch.setattr(views, "MAX_ARTICLES", 3)
    html = render_report(_big(10))
    page = _parse(html)
    assert "The last 7 articles are listed without their text" in html
    assert html.count('<details class="article"') == 10
    assert all(h[1:] in page.ids for h in page.hrefs if h.startswith("#"))
    assert "Kalimat nomor 4 tentang" not in html.split('id="articles"')[1]  # article 8's text is left out


def test_seed_report_shows_outlets_and_the_rebuttal(seeds_analysis, seeds_gold):
    """The five real seed articles: every gold outlet named, the gold rebuttal shown as who rebuts whom."""
    html = render_report(seeds_analysis)
    for doc in seeds_gold["documents"].values():
        if doc.get("outlet"):
            assert doc["outlet"] in html, doc["outlet"]
    rows = re.findall(r"<tr><td>([^<]+)</td><td[^>]*>(rebuts|supports)</td><td>([^<]+)</td>", html)
    for r in seeds_gold["rebuttals"]:
        assert (r["source"], r["relation"], r["target"]) in rows


def test_each_speaker_lists_what_they_said():
    html = render_report(sample_analysis())
    speakers = html.split('id="speakers"')[1].split("</section>")[0]
    rudi = speakers.split("Rudi Hartono</b>")[1].split("</tr>")[0]
    assert "<summary>2</summary>" in rudi
    assert rudi.count('<a href="#st-') == 2 and "Kota ini belum ada namanya digitalisasi" in rudi


def test_report_from_the_template_cache_is_the_same_page(tmp_path):
    from debatekit.report import html as report_html

    analysis = sample_analysis()
    context = report_html.report_context(analysis)
    plain = report_html._new_environment().get_template(report_html.TEMPLATE).render(**context)
    cache = tmp_path / "cache"
    cache.mkdir()
    first = report_html._new_environment(str(cache)).get_template(report_html.TEMPLATE).render(**context)
    entries = sorted(p.name for p in cache.iterdir())
    assert entries and all(name.startswith("__debatekit_") for name in entries)
    again = report_html._new_environment(str(cache)).get_template(report_html.TEMPLATE)  # a new process
    assert again.render(**context) == first == plain
    for p in cache.iterdir():  # a damaged entry is compiled again, not an error
        p.write_bytes(p.read_bytes()[:40])
    assert (
        report_html._new_environment(str(cache)).get_template(report_html.TEMPLATE).render(**context) == plain
    )


def test_report_renders_when_the_template_cache_cannot_be_written(tmp_path):
    from debatekit.report import html as report_html

    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x", encoding="utf-8")
    analysis = sample_analysis()
    env = report_html._new_environment(str(not_a_folder))
    page = env.get_template(report_html.TEMPLATE).render(**report_html.report_context(analysis))
    assert page.startswith("<!DOCTYPE html>") or "<html" in page[:200]


def test_template_cache_key_follows_options_given_outside_the_shared_dict():
    import jinja2

    from debatekit.report.html import compile_key

    plain = compile_key(jinja2.Environment(autoescape=True))
    assert compile_key(jinja2.Environment(autoescape=True)) == plain  # the same in every process
    assert compile_key(jinja2.Environment(autoescape=True, finalize=lambda v: v or "")) != plain
    assert compile_key(jinja2.Environment(autoescape=True, line_statement_prefix="%")) != plain
    custom = jinja2.Environment(autoescape=True)
    custom.filters["shout"] = str.upper  # constant folding may call a filter while compiling
    assert compile_key(custom) != plain


def test_writing_a_template_cache_entry_removes_other_versions_and_stale_entries(tmp_path):
    import os
    import time

    from debatekit.report import html as report_html

    cache = tmp_path / "cache"
    cache.mkdir()
    other_version = cache / "__debatekit_0123456789ab_feed.cache"
    other_version.write_bytes(b"old")
    not_ours = cache / "__jinja2_feed.cache"  # another program's entry in a shared folder
    not_ours.write_bytes(b"theirs")
    env = report_html._new_environment(str(cache))
    key = report_html.compile_key(env)
    stale = cache / f"__debatekit_{key}_{'0' * 40}.cache"  # a template path no longer used
    stale.write_bytes(b"stale")
    month_ago = time.time() - 31 * 86400
    os.utime(stale, (month_ago, month_ago))
    context = report_html.report_context(sample_analysis())
    env.get_template(report_html.TEMPLATE).render(**context)  # compiles and writes entries
    names = {p.name for p in cache.iterdir()}
    assert other_version.name not in names and stale.name not in names
    assert not_ours.name in names
    current = {n for n in names if n.startswith(f"__debatekit_{key}_")}
    assert current and names == current | {not_ours.name}
    again = report_html._new_environment(str(cache)).get_template(report_html.TEMPLATE)
    assert again.render(**context).startswith("<!DOCTYPE html>")
    assert {p.name for p in cache.iterdir()} == names  # read from the cache: nothing written or removed
