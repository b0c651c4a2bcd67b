"""Shared fixtures. Tests that read ../shared skip cleanly when it is absent (a fresh clone)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "gold" / "seeds.json").is_file():
        pytest.skip("../shared (seeds and gold) is not present")
    return SHARED


@pytest.fixture(scope="session")
def seeds_gold(shared_dir: Path) -> dict:
    return json.loads((shared_dir / "gold" / "seeds.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seeds_frame(shared_dir: Path, seeds_gold: dict) -> pd.DataFrame:
    """The seeds as the scorer feeds them: article_id = gold doc key, text = file contents."""
    rows = [
        {"article_id": key, "text": (shared_dir / "seeds" / d["file"]).read_text(encoding="utf-8")}
        for key, d in seeds_gold["documents"].items()
    ]
    return pd.DataFrame(rows)


@pytest.fixture(scope="session")
def seeds_analysis(seeds_frame: pd.DataFrame):
    import debatekit as dk

    return dk.analyze(seeds_frame)
