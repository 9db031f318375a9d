"""Shared fixtures: one real Coder (real spaCy, real knowledge base, real patterns) per session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"
SEED = ROOT / "examples" / "ap-2017-02-16-mattis-russia.jsonl"


@pytest.fixture(scope="session", autouse=True)
def private_kb_folders(tmp_path_factory):
    """Tests never read the user's knowledge-base folder nor write into the real home's cache:
    both point into the test session's temporary folder (child processes inherit them)."""
    import os

    saved = {k: os.environ.get(k) for k in ("EVENTWIRE_KB_DIR", "EVENTWIRE_CACHE_DIR")}
    os.environ["EVENTWIRE_KB_DIR"] = str(tmp_path_factory.mktemp("user-kb"))
    os.environ["EVENTWIRE_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture(scope="session")
def coder():
    from eventwire.coder import Coder

    return Coder()


@pytest.fixture(scope="session")
def coded(coder):
    """``coded(text, date)``: each actor mention's text -> its resolved code, by the real
    pipeline."""
    from eventwire.model import Article

    def read(text: str, date: str = "2017-02-16") -> dict[str, str]:
        (_, doc), = list(coder.parse([Article(id="t", text=text, date=date)]))
        return {doc[m.start:m.end].text: m.code for m in doc._.actors.mentions}
    return read


@pytest.fixture(scope="session")
def seed_article():
    from eventwire.model import Article

    record = json.loads(SEED.read_text(encoding="utf-8").splitlines()[0])
    return Article(id=record["id"], text=record["text"], date=record["date"])


@pytest.fixture(scope="session")
def seed_events(coder, seed_article):
    return list(coder.code([seed_article]))


def shared(*parts: str) -> Path:
    """A file of ../shared/data, or skip the test when it is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not here")
    return path
