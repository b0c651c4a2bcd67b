"""The report as a person sees it: opened in headless Chromium, DOM checked, screenshot saved.

Skips cleanly when no Chromium is installed (.ci/run installs it from the system packages).
The screenshot lands in tests/_artifacts/report.png for a human to look at.
"""

from __future__ import annotations

import html as htmlmod
import shutil
import subprocess
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


@pytest.mark.skipif(not (EXAMPLES / "debate_id" / "articles").is_dir(), reason="example corpus not present")
def test_example_report_in_chromium(tmp_path):
    """The README's main job on the example corpus; the screenshot a person would see first."""
    import debatekit as dk

    paths = [
        str(EXAMPLES / d / "articles")
        for d in ("debate_id", "debate_en")
        if (EXAMPLES / d / "articles").is_dir()
    ]
    result = dk.analyze(paths, progress=False)
    report = result.to_html(tmp_path / "report.html")
    dom = htmlmod.unescape(_dom_and_screenshot(report, tmp_path, ARTIFACTS / "report.png"))
    for outlet in sorted(set(result.articles["outlet"].dropna())):
        assert outlet in dom, outlet
    for name in result.speakers["name"].head(200):
        assert name in dom, name
    for detail in result.discrepancies["detail"].head(300):
        assert detail in dom, detail


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
