"""The example walkthrough script runs end to end and leaves the files it promises."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from report_sample import sample_analysis

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "examples" / "walkthrough.py"


@pytest.mark.skipif(
    not (REPO / "examples" / "debate_id" / "articles").is_dir(), reason="example corpus not present"
)
def test_walkthrough_runs(tmp_path):
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    for n in range(1, 10):
        assert f"=== {n}." in proc.stdout
    assert "reloaded with the same table shapes: True" in proc.stdout
    assert (tmp_path / "report.html").is_file()
    assert (tmp_path / "analysis" / "debatekit.json").is_file()
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return
    assert (tmp_path / "speakers.png").stat().st_size > 5_000


def test_draw_returns_axes_with_speakers():
    mpl = pytest.importorskip("matplotlib")
    mpl.use("Agg")
    ax = sample_analysis().draw()
    labels = sorted(t.get_text() for t in ax.texts)
    assert labels == ["Rudi Hartono", "Sinta Dewi"]
    assert "rebuttal/agreement links: 1" in ax.get_title()


def test_notebook_repr_shows_summary_and_heads():
    html = sample_analysis()._repr_html_()
    assert "<table" in html and "discrepancies" in html
    assert "Rudi Hartono" in html and "&lt;sejak lama&gt;" in html
