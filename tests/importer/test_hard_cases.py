"""Each of the 29 hard real-world cases, as a synthetic page served by a real HTTP server
and read by the importer's whole page pipeline (fetch, decode, extract, reconcile,
check). Every field the importer may write is asserted — present with the strategies
that agreed, or explicitly absent — so a silent change of strategy fails the test."""

import json
from dataclasses import replace
from pathlib import Path

import pytest

from catalog.importer.reading import read_page
from catalog.importer.sources import Retailer
from tests.importer.conftest import FAST, page_plan

PAGES = Path(__file__).parent.parent / "fixtures" / "pages"
EXPECTED = sorted(PAGES.glob("*.expected.json"))


def test_every_hard_case_of_the_reference_list_has_a_page():
    cases = {json.loads(path.read_text(encoding="utf-8"))["case"] for path in EXPECTED}
    assert cases == set(range(1, 30))


def test_every_fixture_page_says_it_is_synthetic_and_which_case_it_is():
    for page in PAGES.glob("*.html"):
        head = page.read_bytes()[:600].decode("utf-8", errors="replace")
        assert "Synthetic test page" in head, page.name
        assert "not a real" in head or "Written for the importer's tests" in head, page.name


def serve(pages, stem: str, expected: dict) -> str:
    path = f"/pages/{stem}.html"
    settings = dict(expected.get("serve", {}))
    if settings.pop("redirect_home", False):
        pages.route(path, status=302, headers={"Location": "/"}, validators=False)
        pages.route("/", page=f"{stem}.html")
    elif settings:
        pages.route(path, page=f"{stem}.html", **settings)
    return pages.url(path)


def retailer_for(expected: dict) -> Retailer:
    settings = dict(expected["retailer"])
    settings["ignore"] = frozenset(settings.get("ignore", []))
    return Retailer("test-shop", "Test shop", "retailer", **settings)


def shown(value) -> str:
    return str(value)


@pytest.mark.parametrize("expected_path", EXPECTED, ids=[p.name.split(".")[0] for p in EXPECTED])
def test_the_importer_reads_each_hard_case_as_a_careful_person_would(
    pages, make_crawler, expected_path
):
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    stem = expected_path.name.removesuffix(".expected.json")
    url = serve(pages, stem, expected)
    crawler = make_crawler(limits=replace(FAST, **expected.get("limits", {})))
    reading = read_page(crawler, page_plan(url, retailer_for(expected)))

    assert reading.fetched.outcome == expected.get("outcome", "ok"), reading.fetched.reason
    found = {
        name: {"value": shown(d.value), "strategies": list(d.strategies)}
        for name, d in reading.accepted.items()
    }
    assert found == {name: value for name, value in expected["fields"].items() if value}
    decisions = reading.reconciled.decisions if reading.reconciled else {}
    for name in ("name", "brand"):
        if name in expected:
            assert decisions[name].value == expected[name]
    check_report(reading, expected.get("report", {}))


def check_report(reading, report: dict) -> None:
    extraction = reading.extraction
    for repair in report.get("repairs", []):
        assert any(repair in line for line in extraction.repairs), (repair, extraction.repairs)
    problems = [p["problem"] for p in extraction.problems] if extraction else []
    for problem in report.get("problems", []):
        assert problem in problems
    conflicts = (
        [f"{c.field}: {c.outcome}" for c in reading.reconciled.conflicts]
        if reading.reconciled
        else []
    )
    for conflict in report.get("conflicts", []):
        assert any(line.startswith(conflict) for line in conflicts), (conflict, conflicts)
    if "product_found" in report:
        assert report["product_found"] in extraction.product
    for image in report.get("images", []):
        assert any(found.endswith(image) for found in extraction.images), (image, extraction.images)
    if "images_exactly" in report:
        assert len(extraction.images) == report["images_exactly"]
    if "encoding" in report:
        assert extraction.encoding == report["encoding"]
