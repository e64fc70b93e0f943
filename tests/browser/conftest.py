"""Headless Debian Chromium (Playwright for Python) against a live explorer on loopback,
with the bundled examples ingested and — when it can start — the local ArcadeDB server
projected, so the Cypher editor runs for real. Any JavaScript console error fails a test.
Screenshots go to test-output/browser/."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))
from explorer_data import LiveServer, build_store, hostile_article  # noqa: E402
from servers import free_port  # noqa: E402

from kgraph import config  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = Path(__file__).resolve().parents[2] / "test-output" / "browser"

pytestmark = pytest.mark.browser


@pytest.fixture(scope="session")
def port():
    return free_port()


@pytest.fixture(scope="session")
def browser_settings(port, tmp_path_factory):
    return config.Settings(data_dir=tmp_path_factory.mktemp("kgraph-browser"), base_iri=f"http://127.0.0.1:{port}",
                           port=port, bolt_port=free_port(), graphdb_http_port=free_port(),
                           query_timeout=10.0, row_cap=1000)


@pytest.fixture(scope="session")
def browser_store(extractor, browser_settings):
    return build_store(extractor, browser_settings.base, [hostile_article()])


@pytest.fixture(scope="session")
def graphdb(browser_store, browser_settings):
    """The local ArcadeDB server with the store projected, or None (with the reason) when
    it cannot run here; only the Cypher assertions depend on it."""
    try:
        from kgraph.project.graphdb import LocalServer, driver
        from kgraph.project.projector import Projector
    except Exception as exc:  # noqa: BLE001
        yield None, f"Cypher projection not available: {exc}"
        return
    server = LocalServer(browser_settings)
    try:
        server.start(wait=90)
        d = driver(browser_settings)
        Projector(browser_store, d, browser_settings.neo4j_database).rebuild()
        d.close()
    except Exception as exc:  # noqa: BLE001
        try:
            server.stop(wait=15)
        finally:
            pass
        yield None, f"ArcadeDB could not start here: {exc}"
        return
    try:
        yield server, ""
    finally:
        server.stop(wait=15)


@pytest.fixture(scope="session")
def live(browser_store, browser_settings, graphdb, port):
    from kgraph.web import create_app
    app = create_app(browser_settings, store=browser_store)
    with LiveServer(app, port) as srv:
        yield srv


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} missing: run `make browser-deps` (apt-get install chromium)")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser, live, request):
    ctx = browser.new_context(viewport={"width": 1366, "height": 900})
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("console", lambda m: errors.append(f"console.{m.type}: {m.text}") if m.type == "error" else None)
    pg.on("pageerror", lambda e: errors.append(f"page error: {e}"))
    pg.base = live.url
    pg.errors = errors
    SHOTS.mkdir(parents=True, exist_ok=True)
    pg.shot = lambda name: pg.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
    yield pg
    ctx.close()
    assert not errors, "JavaScript errors:\n" + "\n".join(errors)
