"""GET /api/products (the catalog, with the same filters as /products) and one product."""

from flask import Blueprint, abort, jsonify, request, url_for

from catalog import queries
from catalog.export import product_record
from webapp.db import get_session
from webapp.forms.browse import CatalogFilterForm

bp = Blueprint("api_products", __name__, url_prefix="/api")


@bp.get("/products")
def index():
    form = CatalogFilterForm(request.args)
    if not form.validate():
        return jsonify(
            error={"status": 400, "message": "invalid filters", "fields": form.errors}
        ), 400
    page = queries.browse(get_session(), form.to_query(), with_sources=True)
    return jsonify(
        total=page.total,
        page=page.page,
        pages=page.pages,
        category_counts=page.category_counts,
        products=[_record(product) for product in page.products],
    )


@bp.get("/products/<slug:slug>")
def detail(slug: str):
    product = queries.get_product(get_session(), slug) or abort(404)
    return jsonify(_record(product))


def _record(product) -> dict:
    return {
        **product_record(product),
        "url": url_for("products.detail", slug=product.slug, _external=True),
    }
