"""CSV details a spreadsheet user would notice."""

from catalog.comparison.export import comparison_csv
from catalog.comparison.table import build_comparison
from catalog.units import IMPERIAL


def test_a_value_that_looks_like_a_formula_is_not_run_by_spreadsheets(make_product):
    products = [make_product(warranty='=HYPERLINK("http://x")'), make_product(warranty="+1 year")]
    text = comparison_csv(build_comparison(products, IMPERIAL))
    line = next(line for line in text.splitlines() if line.startswith("Warranty and claims"))
    assert "'=HYPERLINK" in line and "'+1 year" in line


def test_unknown_values_read_not_published_in_the_csv(make_product):
    text = comparison_csv(build_comparison([make_product(), make_product()], IMPERIAL))
    line = next(line for line in text.splitlines() if line.startswith("Warranty and claims"))
    assert line == "Warranty and claims,Warranty,not published,not published,no,"
