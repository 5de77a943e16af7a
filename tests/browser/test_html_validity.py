"""Every registered page passes the Nu HTML checker (vnu.jar) with no errors.

`make test` installs vnu-jar from npm (package-lock.json) into node_modules/; Java runs it.
All pages are checked in one JVM start, which is most of the cost.
"""

import json
import shutil
import subprocess
from pathlib import Path

from tests.browser.pages import PAGES

VNU = (
    Path(__file__).parent.parent.parent / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
)
# Checked alongside the pages to prove the checker really reads and reports each file.
BROKEN = '<!doctype html><html lang="en"><title>x</title><p>stray</div>'


def nu_checker(files: list[Path]) -> tuple[list[str], list[dict]]:
    """Run vnu.jar once over `files`; return the files it checked and its error messages."""
    run = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", "--verbose"]
        + [str(file) for file in files],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    # --verbose names each file it checks on stdout; the JSON report goes to stderr.
    return run.stdout.split(), json.loads(run.stderr)["messages"]


def test_every_page_is_valid_html_by_the_nu_checker(app, tmp_path):
    client = app.test_client(use_cookies=False)  # each page as a first-time visitor
    assert VNU.exists(), f"{VNU} is missing: run `make test` (it runs npm ci) to install vnu-jar"
    assert shutil.which("java"), "java is missing: run `make test` (it installs a JRE)"
    files = [tmp_path / "control-broken.html"]
    files[0].write_text(BROKEN)
    for page in PAGES:
        response = client.get(page.path)
        assert response.status_code == page.status, page.path
        files.append(tmp_path / f"{page.name}.html")
        files[-1].write_bytes(response.data)

    checked, messages = nu_checker(files)

    assert checked == [str(file) for file in files]
    errors = [f"{Path(m['url']).stem}:{m.get('lastLine')}: {m['message']}" for m in messages]
    assert errors[:1] == ["control-broken:1: Stray end tag “div”."]
    assert errors[1:] == [], "\n".join(errors[1:])
