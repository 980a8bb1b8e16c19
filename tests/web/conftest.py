"""Fixtures of the browser tests: one headless Chromium per module, and the derived index served."""
from __future__ import annotations

import pytest

from tests.web.browser import launch, serve


@pytest.fixture(scope="module")
def browser():
    with launch() as browser:
        yield browser


@pytest.fixture(scope="session")
def derived_server(indexes):
    """The samples plus 吴忠市民政局 2021-2023 and a copy (tests/stats_corpus.py), served on loopback."""
    with serve(indexes.app("derived")) as url:
        yield url
