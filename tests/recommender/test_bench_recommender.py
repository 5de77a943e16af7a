"""The benchmark script runs, and its made-up products are labelled and never stored.

It prints timings and asserts nothing about them; here it only runs on tiny catalogs.
"""

from sqlalchemy import inspect

from scripts.bench_recommender import BRAND, main, synthetic_catalog


def test_the_benchmark_prints_a_line_per_scenario_and_size(capsys):
    assert main(["--sizes", "20", "40", "--runs", "1"]) == 0
    out = capsys.readouterr().out
    assert "Synthetic (benchmark)" in out
    assert out.count("    20 products:") == out.count("    40 products:") == 2


def test_synthetic_products_are_labelled_as_such_and_never_added_to_a_session():
    products = synthetic_catalog(50)
    assert {product.brand for product in products} == {BRAND}
    assert all(inspect(product).transient for product in products)
    assert len({product.slug for product in products}) == 50
