"""Shared fixtures: one spaCy model per session, temporary stores and settings."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # shared helpers: servers.py

from kgraph import config, resources

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "corpus" / "dev"


@pytest.fixture(scope="session")
def nlp():
    from kgraph.extract.pipeline import load_model
    return load_model()


@pytest.fixture(scope="session")
def extractor(nlp):
    from kgraph.extract import Extractor
    return Extractor(nlp)


@pytest.fixture()
def settings(tmp_path) -> config.Settings:
    return config.Settings(data_dir=tmp_path / "data", base_iri="http://kg.test")


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return resources.path("examples", "articles")
