"""Shared fixtures: the real spaCy pipeline (loaded once), the seed articles read in place
from ../shared/seeds, and the repository's own examples."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property tests check results, not speed: on a loaded 2-core CI machine, input generation can
# take seconds, which hypothesis's timing checks would report as failures.
settings.register_profile("quotegraph", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("quotegraph")

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
SHARED = Path(os.environ.get("QUOTEGRAPH_SHARED", REPO.parent / "shared"))
SEEDS = SHARED / "seeds"


@pytest.fixture(scope="session")
def nlp():
    from quotegraph import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"the seed articles are not at {SEEDS} (set QUOTEGRAPH_SHARED)")
    return SEEDS


@pytest.fixture(scope="session")
def seed_extractions(seeds_dir):
    """The five seeds, extracted once for the whole session: {file name: Extraction}."""
    from quotegraph import extract, iter_documents

    return {Path(ex.document.source).name: ex for ex in extract(iter_documents([seeds_dir]))}


@pytest.fixture(scope="session")
def example_extractions():
    from quotegraph import extract, iter_documents

    return {Path(ex.document.source).name: ex for ex in extract(iter_documents([EXAMPLES]))}


def quote_with(ex, words: str):
    """The quote whose contents contain ``words`` (fails the test when there is none)."""
    for q in ex.quotes:
        if any(words in c.text for c in q.contents):
            return q
    raise AssertionError(f"no quote containing {words!r}; quotes: {[q.text[:60] for q in ex.quotes]}")


def quote_of(text: str, words: str):
    """The quote of ``text`` whose contents contain ``words`` (fails the test when there is none)."""
    from quotegraph import extract_text

    return quote_with(extract_text(text), words)


def contents_of(text: str) -> list[str]:
    """The text of every content of every quote of ``text``."""
    from quotegraph import extract_text

    return [c.text for q in extract_text(text).quotes for c in q.contents]
