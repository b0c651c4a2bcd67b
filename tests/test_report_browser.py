"""The report as a person sees it: opened in headless Chromium, DOM checked, screenshot saved.

Skips cleanly when no Chromium is installed (.ci/run installs it from the system packages).
The screenshot lands in tests/_artifacts/report.png for a human to look at.
"""

from __future__ import annotations

import html as htmlmod
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from report_sample import sample_analysis

ARTIFACTS = Path(__file__).resolve().parent / "_artifacts"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("no Chromium on this machine")


def _run(
    browser: str, page: Path, profile: Path, *extra: str, fragment: str = ""
) -> subprocess.CompletedProcess:
    args = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
        *extra,
        page.resolve().as_uri() + fragment,
    ]
    try:
        return subprocess.run(args, capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as exc:
        pytest.skip(f"Chromium could not run here: {exc}")


def _dom_and_screenshot(report: Path, tmp_path: Path, shot: Path) -> str:
    browser = _chromium()
    proc = _run(browser, report, tmp_path / "profile", "--dump-dom")
    if proc.returncode != 0 or "<html" not in proc.stdout:
        pytest.skip(f"Chromium could not render here: {proc.stderr[-300:]}")
    shot.parent.mkdir(parents=True, exist_ok=True)
    shot.unlink(missing_ok=True)
    _run(browser, report, tmp_path / "profile2", f"--screenshot={shot}", "--window-size=1280,2000")
    assert shot.is_file() and shot.stat().st_size > 10_000, "no screenshot written"
    return proc.stdout


def test_sample_report_in_chromium(tmp_path):
    analysis = sample_analysis()
    report = analysis.to_html(tmp_path / "report.html")
    raw = _dom_and_screenshot(report, tmp_path, ARTIFACTS / "report_sample.png")
    dom = htmlmod.unescape(raw)
    for outlet in ("Warta Kota Satu", "KabarMedan.id"):
        assert outlet in dom
    for speaker in ("Rudi Hartono", "Sinta Dewi"):
        assert speaker in dom
    for detail in analysis.discrepancies["detail"]:
        assert detail in dom
    assert "<del>punya</del>" in dom and "<ins>ada namanya</ins>" in dom
    # article text with angle brackets is shown as text, never parsed into an element
    assert "&lt;sejak lama&gt;" in raw and "<sejak" not in raw


class _Rows(HTMLParser):
    """Text of DOM elements by class: speaker names, outlets, discrepancy rows (kind + whole row text)."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.found: dict[str, list[str]] = {"speaker-name": [], "outlet": [], "discrepancy": []}

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        mine = next((c for c in classes if c in self.found), None)
        self.stack.append(mine or "")
        if mine:
            self.found[mine].append("")

    def handle_endtag(self, tag):
        if self.stack:
            self.stack.pop()

    def handle_data(self, data):
        for cls in {c for c in self.stack if c}:
            self.found[cls][-1] += data


def _found(result, kind: str, outlets: list[str]) -> bool:
    outlet_of = dict(zip(result.articles["article_id"], result.articles["outlet"], strict=True))
    return any(
        k == kind and any(outlet_of.get(a) in outlets for a in ids)
        for k, ids in zip(result.discrepancies["kind"], result.discrepancies["article_ids"], strict=True)
    )


def _gold(corpus: str) -> dict:
    path = EXAMPLES / corpus / "gold.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


@pytest.mark.skipif(not (EXAMPLES / "debate_id" / "gold.json").is_file(), reason="example corpus not present")
def test_example_report_in_chromium(tmp_path):
    """The README's main job on the example corpus, checked against the gold: the screenshot a person sees."""
    import debatekit as dk

    corpora = [d for d in ("debate_id", "debate_en") if (EXAMPLES / d / "articles").is_dir()]
    result = dk.analyze([str(EXAMPLES / d / "articles") for d in corpora], progress=False)
    report = result.to_html(tmp_path / "report.html")
    page = _Rows()
    page.feed(_dom_and_screenshot(report, tmp_path, ARTIFACTS / "report.png"))
    outlets = {o.strip() for o in page.found["outlet"]}
    speakers = {s.strip() for s in page.found["speaker-name"]}
    rows = [" ".join(r.split()) for r in page.found["discrepancy"]]
    checked = 0
    for corpus in corpora:
        gold = _gold(corpus)
        doc_outlet = {k: d.get("outlet") for k, d in gold.get("documents", {}).items()}
        assert {o for o in doc_outlet.values() if o} <= outlets
        assert set(gold.get("speakers", {})) <= speakers
        # each planted date or arithmetic error the check stage found is listed with the outlet that printed it
        # (whether it is found at all is the check stage's test)
        for d in gold.get("discrepancies", []):
            names = [doc_outlet[k] for k in d["docs"] if doc_outlet.get(k)]
            if d["kind"] in ("date", "arithmetic") and _found(result, d["kind"], names):
                checked += 1
                assert any(r.lower().startswith(d["kind"]) and any(n in r for n in names) for r in rows), d
    assert checked > 0
    # and everything the analysis found is on the page
    assert set(result.articles["outlet"].dropna()) <= outlets
    assert set(result.speakers["name"].head(200)) <= speakers
    assert len(rows) == min(len(result.discrepancies), 300)


def test_evidence_link_opens_the_collapsed_article(tmp_path):
    """Following a discrepancy's evidence link unfolds the article holding the sentence."""
    report = sample_analysis().to_html(tmp_path / "report.html")
    browser = _chromium()
    plain = _run(browser, report, tmp_path / "p1", "--dump-dom").stdout
    linked = _run(browser, report, tmp_path / "p2", "--dump-dom", fragment="#ev-1-0").stdout
    if "<html" not in linked:
        pytest.skip("Chromium could not render here")
    opened = '<details class="article" id="art-1" open="">'
    assert opened not in plain
    assert opened in linked


# --- a phone: the report in a 420 px wide frame ----------------------------------------------------------

_MEASURE = """<script>
window.addEventListener("load", function () {
  var f = document.getElementById("f"), win = f.contentWindow, doc = f.contentDocument;
  var m = {width: win.innerWidth, page: doc.documentElement.scrollWidth, tables: [], rows: [], quotes: []};
  doc.querySelectorAll("main table").forEach(function (t) {
    var r = t.getBoundingClientRect();
    if (r.width) m.tables.push({box: t.parentElement.className, right: r.right, sw: t.scrollWidth, cw: t.clientWidth});
  });
  doc.querySelectorAll(".side tr").forEach(function (tr) {
    var cells = Array.prototype.map.call(tr.querySelectorAll("td[data-outlet]"), function (td) {
      var r = td.getBoundingClientRect(); return {top: r.top, bottom: r.bottom, width: r.width};
    });
    if (cells.length) m.rows.push(cells);
  });
  doc.querySelectorAll(".side .q").forEach(function (q) { m.quotes.push(q.getBoundingClientRect().width); });
  var pre = document.createElement("pre"); pre.id = "metrics"; pre.textContent = JSON.stringify(m);
  document.body.appendChild(pre);
});
</script>"""


def _layout(report: Path, tmp_path: Path, width: int) -> dict:
    """Layout of the report in a ``width`` px frame (headless windows have a minimum width, frames not)."""
    browser = _chromium()
    page = tmp_path / f"frame{width}.html"
    page.write_text(
        '<!DOCTYPE html><html><body style="margin:0">'
        f'<iframe id="f" style="width:{width}px;height:2000px;border:0" '
        f'srcdoc="{htmlmod.escape(report.read_text(encoding="utf-8"), quote=True)}"></iframe>{_MEASURE}</body></html>',
        encoding="utf-8",
    )
    proc = _run(browser, page, tmp_path / f"profile{width}", "--dump-dom", "--window-size=1400,2200")
    found = re.search(r'<pre id="metrics">(.*?)</pre>', proc.stdout, re.S)
    if proc.returncode != 0 or not found:
        pytest.skip(f"Chromium could not lay the page out here: {proc.stderr[-300:]}")
    metrics = json.loads(htmlmod.unescape(found.group(1)))
    assert metrics["width"] == width
    return metrics


def _phone_sample():
    analysis = sample_analysis()
    analysis.errors = analysis.errors.copy()
    # an unbreakable file name makes the problems table wider than a phone: it must scroll in its box
    analysis.errors.loc[0, "source"] = "corpus/" + "x" * 160 + ".txt"
    return analysis


def test_report_on_a_420px_phone(tmp_path):
    report = _phone_sample().to_html(tmp_path / "report.html")
    m = _layout(report, tmp_path, 420)
    assert m["page"] <= m["width"], "the page scrolls sideways"
    for t in m["tables"]:
        assert t["right"] <= m["width"], t  # every table stays inside the screen ...
    assert any(t["box"] == "wide" and t["sw"] > t["cw"] for t in m["tables"])  # ... and scrolls in its box
    assert m["rows"] and all(len(r) >= 2 for r in m["rows"])
    for cells in m["rows"]:  # the outlets of one statement stacked, each the full width
        for above, below in zip(cells, cells[1:], strict=False):
            assert below["top"] >= above["bottom"] - 1
        assert all(c["width"] >= 300 for c in cells)
    assert min(m["quotes"]) >= 300  # lines of a quote hold many words, not one or two
    _run(
        _chromium(),
        report,
        tmp_path / "shot",
        f"--screenshot={ARTIFACTS / 'report_phone.png'}",
        "--window-size=420,2000",
    )


def test_report_on_a_desktop_keeps_outlets_side_by_side(tmp_path):
    report = sample_analysis().to_html(tmp_path / "report.html")
    m = _layout(report, tmp_path, 1200)
    assert m["page"] <= m["width"]
    for cells in m["rows"]:
        assert len({round(c["top"]) for c in cells}) == 1  # one row, the outlets in columns
