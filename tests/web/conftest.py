from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from explorer_data import build_store, hostile_article  # noqa: E402

from kgraph import config  # noqa: E402
from kgraph.web import create_app  # noqa: E402

BASE = "http://kg.test"


@pytest.fixture(scope="session")
def example_store(extractor):
    return build_store(extractor, BASE, [hostile_article()])


@pytest.fixture()
def web_settings():
    return config.Settings(base_iri=BASE, query_timeout=5.0, row_cap=1000)


@pytest.fixture()
def app(example_store, web_settings):
    return create_app(web_settings, store=example_store)


@pytest.fixture()
def client(app):
    return app.test_client()
