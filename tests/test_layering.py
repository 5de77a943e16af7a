"""The catalog does not know it is on the web; scripts are shells over the catalog."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
FORBIDDEN = {
    "catalog": {"flask", "wtforms", "webapp", "scripts", "werkzeug", "jinja2"},
    "scripts": {"webapp", "flask", "wtforms"},
}


def imported_roots(path: Path) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


# The load benchmark's yardstick is, by definition, a bare Flask app.
EXEMPT = {"scripts/baseline_app.py"}


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_imports_no_web_code(package):
    offenders = {
        str(path.relative_to(ROOT)): sorted(imported_roots(path) & FORBIDDEN[package])
        for path in (ROOT / package).rglob("*.py")
        if str(path.relative_to(ROOT)) not in EXEMPT
    }
    assert {path: names for path, names in offenders.items() if names} == {}


def test_the_webapp_never_parses_html_itself():
    users = [p.name for p in (ROOT / "webapp").rglob("*.py") if "bs4" in imported_roots(p)]
    assert users == []
