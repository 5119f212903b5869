"""Shared fixtures: the scraped seed report (from ../shared/seeds, skipped when absent); a cleaner with
suggestions off, one per test module (the cleaning tests' common fixture)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
SEED = SEEDS / "000_1a67f2a637a259b1.txt"
CORPORA = ROOT / "corpora"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip(f"seed report not found at {SEED} (needs ../shared/seeds beside the repo)")
    return SEED


@pytest.fixture(scope="session")
def seed_text(seed_path: Path) -> str:
    return seed_path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def cleaner():
    """A :class:`deedsnlp.clean.Cleaner` with mask suggestions off, one per test module."""
    from deedsnlp.clean import Cleaner

    return Cleaner(suggestions=0)
