"""A change of what decides an index's content forces a full build (``indexer.build.code_fingerprint``): every module
of ``search`` the indexer imports is in the fingerprint, but the index's locations (search.index), so that a change
of, say, the missing parts' rule is not left out of an incremental build's unchanged files (review of session 19:
search/missing_parts.py, which the index's quality flags follow, was not hashed)."""
from __future__ import annotations

import ast
from pathlib import Path

from indexer.build import fingerprint_files

ROOT = Path(__file__).resolve().parent.parent.parent
NOT_CONTENT = {"search/index.py"}  # where generations live and how they are read, not what a report becomes


def _search_modules_imported_by_the_indexer() -> set[str]:
    found = set()
    for path in (ROOT / "indexer").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("search."):
                module = ROOT / Path(*node.module.split("."))
                if module.with_suffix(".py").is_file():
                    found.add(str(module.with_suffix(".py").relative_to(ROOT)))
    return found


def test_every_search_module_the_indexer_imports_is_fingerprinted():
    hashed = {str(p.resolve().relative_to(ROOT)) for p in fingerprint_files()}
    assert _search_modules_imported_by_the_indexer() - NOT_CONTENT - hashed == set()


def test_the_fingerprint_files_exist():
    assert [p for p in fingerprint_files() if not p.is_file()] == []
