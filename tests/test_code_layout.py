"""The layout's rules (README, "Code map"), checked so that they stay true.

The web layer reaches the engine through ``search`` only; ``search`` never imports ``indexer``;
``create_app`` stays short; a module over 350 lines says at its top why it is kept whole.
"""
import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("app.py", "search", "indexer", "bench")
LONG = 350
REASON = "# Over 350 lines, kept whole:"


def _modules() -> list[Path]:
    out = []
    for name in PACKAGES:
        path = ROOT / name
        out += [path] if path.is_file() else sorted(path.rglob("*.py"))
    return out


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_importing_the_app_loads_no_indexer_module():
    code = "import sys, app; print(sorted(m for m in sys.modules if m == 'indexer' or m.startswith('indexer.')))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_search_never_imports_the_indexer():
    offenders = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "search").rglob("*.py")) if "indexer" in _imports(p)]
    assert offenders == []


def test_the_app_imports_search_flask_and_the_standard_library_only():
    allowed = {"search", "flask", "werkzeug", "__future__"} | set(sys.stdlib_module_names)
    assert _imports(ROOT / "app.py") - allowed == set()


def test_create_app_is_short():
    tree = ast.parse((ROOT / "app.py").read_text(encoding="utf-8"))
    create_app = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "create_app")
    assert create_app.end_lineno - create_app.lineno + 1 < 60


def test_a_long_module_says_why_it_is_kept_whole():
    unexplained = []
    for path in _modules():
        lines = path.read_text(encoding="utf-8").splitlines()
        if len(lines) > LONG and not any(line.startswith(REASON) for line in lines[:60]):
            unexplained.append(f"{path.relative_to(ROOT)} ({len(lines)} lines)")
    assert unexplained == []


# A module kept whole for its reason does not grow past it with code of another job (review 37 #6: the saved columns'
# merging and writing went into arrays.py and segments.py; they live in search/segment_columns.py).
KEPT_WHOLE_AT_MOST = {"search/retrieval/arrays.py": 466, "indexer/segments.py": 431}


def test_a_module_kept_whole_does_not_grow_with_other_jobs():
    grown = {name: n for name, most in KEPT_WHOLE_AT_MOST.items()
             if (n := len((ROOT / name).read_text(encoding="utf-8").splitlines())) > most}
    assert grown == {}
