"""Browse the catalog and read one product's page."""

from flask import Blueprint, abort, render_template, request

from catalog import queries
from catalog.factsheet import fact_sheet
from catalog.footprint import product_drawing
from catalog.price_history import price_history
from catalog.provenance import identity_refs
from catalog.suitability import suitability
from catalog.vocabulary import CATEGORIES, CATEGORY_PLURALS
from webapp.db import get_session
from webapp.forms.browse import CatalogFilterForm
from webapp.units import current_units

bp = Blueprint("products", __name__)


@bp.get("/products")
def index():
    form = CatalogFilterForm(request.args, units=current_units())
    if not form.validate():
        return render_template(
            "products/index.html", form=form, page=None, categories=CATEGORIES
        ), 400
    query = form.to_query()
    page = queries.browse(get_session(), query)
    marks = {p.slug: queries.unknown_filters(p, query) for p in page.products}
    return render_template(
        "products/index.html", form=form, page=page, marks=marks, categories=CATEGORIES
    )


@bp.get("/products/<slug:slug>")
def detail(slug: str):
    session = get_session()
    product = queries.get_product(session, slug) or abort(404)
    units = current_units()
    return render_template(
        "products/detail.html",
        product=product,
        facts=fact_sheet(product, units),
        identity_sources=identity_refs(product),
        drawing=product_drawing(product, units),
        history=price_history(session, product),
        suits=suitability(product),
        related=queries.related_products(session, product),
        category_label=CATEGORIES[product.category],
        category_plural=CATEGORY_PLURALS[product.category],
    )
