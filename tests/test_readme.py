"""The README's notebook example runs as written."""

from __future__ import annotations

import os
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_readme_python_example_runs(tmp_path):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.S)
    assert blocks, "README has no python example"
    cwd = os.getcwd()
    os.chdir(REPO)
    try:
        code = (
            blocks[0]
            .replace('"report.html"', repr(str(tmp_path / "report.html")))
            .replace('"analysis/"', repr(str(tmp_path / "analysis")))
        )
        namespace: dict = {}
        exec(compile(code, "README.md", "exec"), namespace)
    finally:
        os.chdir(cwd)
    result = namespace["result"]
    assert len(result.statements) > 0 and len(result.speakers) > 0
    assert (tmp_path / "report.html").is_file()
    assert (tmp_path / "analysis").is_dir()


def test_readme_opens_with_the_two_setup_commands_ci_runs():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    first_block = re.search(r"```bash\n(.*?)```", readme, flags=re.S).group(1).strip().splitlines()
    assert len(first_block) == 3 and first_block[0].startswith("python3 -m venv")  # venv first
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    for command in first_block:
        assert command in ci, command


def test_readme_transcript_only_example_runs_as_its_comments_say():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = next(b for b in re.findall(r"```python\n(.*?)```", readme, flags=re.S) if "transcript=" in b)
    cwd = os.getcwd()
    os.chdir(REPO)
    try:
        namespace: dict = {}
        exec(compile(block, "README.md", "exec"), namespace)
    finally:
        os.chdir(cwd)
    res = namespace["res"]
    roles = {row.name: list(row.roles) for row in res.speakers.itertuples()}
    assert roles == {
        "Dana Parker": ["moderator"],
        "Maria Santos": ["candidate"],
        "Thomas Reed": ["candidate"],
    }
    assert set(res.statements["kind"]) == {"spoken"} and res.statements["turn_id"].notna().all()
    for column in ("speaker_id", "role", "segment_id", "responds_to", "events", "interrupted"):
        assert column in res.turns.columns, column
    assert set(res.rebuttals["relation"]) <= {"rebuts", "supports", "answers"} and len(res.rebuttals)
    assert res.rebuttals["cue"].notna().all() and res.rebuttals["evidence"].map(len).gt(0).all()
    assert set(res.participation["name"]) == set(roles)
