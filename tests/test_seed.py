"""Loading the catalog file is idempotent and never loses what the importer added."""

import copy
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from catalog.models import FieldSource, PriceObservation, Product, Source
from catalog.seed import load_catalog


def counts(session):
    return {
        model.__name__: session.scalar(select(func.count()).select_from(model))
        for model in (Product, Source, FieldSource, PriceObservation)
    }


@pytest.fixture
def db(empty_db):
    from catalog.database import make_sessions

    with make_sessions(empty_db)() as session:
        yield session


def test_loading_twice_changes_nothing(db, shipped_catalog):
    first = load_catalog(db, shipped_catalog)
    db.commit()
    before = counts(db)
    second = load_catalog(db, shipped_catalog)
    db.commit()
    assert len(first.added) == 30
    assert (second.added, second.updated, second.unchanged) == ([], [], 30)
    assert counts(db) == before


def test_every_loaded_figure_keeps_its_source_and_the_date_it_was_recorded(db, shipped_catalog):
    load_catalog(db, shipped_catalog)
    product = db.scalar(select(Product).where(Product.slug == "teeter-ep-560-ltd"))
    (link,) = product.sources_for("max_user_weight_lb")
    assert product.max_user_weight_lb == Decimal(300)
    assert (link.source.url, link.recorded_on) == ("https://teetertv.com/faq/", date(2026, 11, 22))


def test_a_price_is_added_to_the_history_once(db, shipped_catalog):
    for _ in range(2):
        load_catalog(db, shipped_catalog)
        db.commit()
    history = db.scalars(
        select(PriceObservation).join(Product).where(Product.slug == "teeter-hang-ups-nxt-s")
    ).all()
    assert [(h.price_cents, h.currency, h.observed_on) for h in history] == [
        (29999, "USD", "2014~")
    ]


def test_a_field_the_importer_refreshed_is_left_alone(db, shipped_catalog):
    load_catalog(db, shipped_catalog)
    product = db.scalar(select(Product).where(Product.slug == "teeter-ep-560-ltd"))
    page = Source(url="https://retailer.example/ep-560", title="Retailer page", tier="retailer")
    product.max_user_weight_lb = Decimal(250)
    for link in product.sources_for("max_user_weight_lb"):
        product.field_sources.remove(link)
    product.field_sources.append(
        FieldSource(
            field="max_user_weight_lb", source=page, recorded_on=date(2026, 12, 1), origin="import"
        )
    )
    db.commit()
    summary = load_catalog(db, shipped_catalog)
    db.commit()
    assert product.max_user_weight_lb == Decimal(250)
    assert [s.source.url for s in product.sources_for("max_user_weight_lb")] == [page.url]
    assert summary.updated == []


def test_a_product_missing_from_the_file_is_never_deleted(db, shipped_catalog):
    load_catalog(db, shipped_catalog)
    db.add(
        Product(
            slug="added-by-importer",
            brand="Synthetic (test)",
            model="X",
            category="table",
            support_level="table_bed",
            features=[],
        )
    )
    db.commit()
    load_catalog(db, shipped_catalog)
    db.commit()
    assert db.scalar(select(Product).where(Product.slug == "added-by-importer")) is not None


def test_a_value_removed_from_the_file_is_cleared_with_its_source(db, shipped_catalog):
    load_catalog(db, shipped_catalog)
    db.commit()
    edited = copy.deepcopy(shipped_catalog)
    ep560 = next(p for p in edited["products"] if p["slug"] == "teeter-ep-560-ltd")
    del ep560["facts"]["max_user_weight_lb"]
    summary = load_catalog(db, edited)
    db.commit()
    product = db.scalar(select(Product).where(Product.slug == "teeter-ep-560-ltd"))
    assert product.max_user_weight_lb is None
    assert product.sources_for("max_user_weight_lb") == []
    assert summary.updated == ["teeter-ep-560-ltd"]


def test_a_corrected_value_replaces_the_old_one(db, shipped_catalog):
    load_catalog(db, shipped_catalog)
    db.commit()
    edited = copy.deepcopy(shipped_catalog)
    ep560 = next(p for p in edited["products"] if p["slug"] == "teeter-ep-560-ltd")
    ep560["facts"]["user_height_max_in"]["value"] = Decimal("77.5")
    load_catalog(db, edited)
    db.commit()
    product = db.scalar(select(Product).where(Product.slug == "teeter-ep-560-ltd"))
    assert product.user_height_max_in == Decimal("77.5")
