"""GET /api/openapi.json: an OpenAPI 3.1 description of every endpoint under /api."""

from flask import Blueprint, jsonify, url_for

from catalog.vocabulary import CATEGORIES
from webapp.api.quiz_schemas import answers_schema, recommendation_schema
from webapp.api.schemas import product_schema, support_schemas
from webapp.forms.browse import SORT_CHOICES

bp = Blueprint("api_openapi", __name__, url_prefix="/api")

ERROR = {"$ref": "#/components/responses/Error"}


@bp.get("/openapi.json")
def index():
    return jsonify(openapi_document(url_for("home.index", _external=True).rstrip("/")))


def openapi_document(server: str) -> dict:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Inversion Guide API",
            "version": "1",
            "description": "Inversion equipment with every figure sourced, and the fit quiz's "
            "recommendations. Lengths are inches and weights pounds unless a request says "
            "otherwise; a figure nobody published is null.",
        },
        "servers": [{"url": server}],
        "paths": {
            "/api/products": {"get": _list_products()},
            "/api/products/{slug}": {"get": _one_product()},
            "/api/compare": {"get": _compare()},
            "/api/recommendations": {"post": _recommend()},
            "/api/openapi.json": {
                "get": {
                    "summary": "This description",
                    "responses": {"200": {"description": "The OpenAPI document."}},
                }
            },
        },
        "components": {"schemas": _schemas(), "responses": {"Error": _error_response()}},
    }


def _list_products() -> dict:
    parameters = [
        _query(
            "category",
            "Kinds to show (repeat for several).",
            {"type": "array", "items": {"enum": list(CATEGORIES)}},
        ),
        _query(
            "max_price",
            "Most to spend, US$. Unknown prices stay in.",
            {"type": "number", "minimum": 0},
        ),
        _query(
            "max_length",
            "Longest floor length, in `units`. Unknown lengths stay in.",
            {"type": "number"},
        ),
        _query("foldable", "Only what folds (or might: unknown stays in).", {"type": "boolean"}),
        _query("height", "Your height in `units`.", {"type": "number"}),
        _query("weight", "Your weight in `units`.", {"type": "number"}),
        _query("sort", "Order.", {"enum": list(SORT_CHOICES), "default": "name"}),
        _query(
            "units",
            "Units of max_length, height and weight.",
            {"enum": ["imperial", "metric"], "default": "imperial"},
        ),
        _query("page", "Page, from 1.", {"type": "integer", "minimum": 1, "default": 1}),
    ]
    listing = {
        "type": "object",
        "properties": {
            "total": {"type": "integer"},
            "page": {"type": "integer"},
            "pages": {"type": "integer"},
            "category_counts": {"type": "object", "additionalProperties": {"type": "integer"}},
            "products": {"type": "array", "items": {"$ref": "#/components/schemas/Product"}},
        },
    }
    return {
        "summary": "List products, with the catalog page's filters",
        "parameters": parameters,
        "responses": {"200": _json("One page of products.", listing), "400": ERROR},
    }


def _one_product() -> dict:
    return {
        "summary": "One product, every field with its sources",
        "parameters": [
            {"name": "slug", "in": "path", "required": True, "schema": {"type": "string"}}
        ],
        "responses": {
            "200": _json("The product.", {"$ref": "#/components/schemas/Product"}),
            "404": ERROR,
        },
    }


def _compare() -> dict:
    comparison = {
        "type": "object",
        "required": ["products", "groups"],
        "properties": {
            "products": {"type": "array", "items": {"$ref": "#/components/schemas/Product"}},
            "groups": {
                "type": "array",
                "items": {"type": "object"},
                "description": "Rows of figures, grouped.",
            },
            "fit": {
                "description": "Each product checked against the body and room given, when given."
            },
        },
    }
    fit = [
        _query(
            name, f"Your {name.replace('_', ' ')}, to check fit.", {"type": ["number", "string"]}
        )
        for name in ("height", "weight", "room_length", "room_width", "ceiling")
    ]
    return {
        "summary": "Compare products side by side",
        "parameters": [
            _query(
                "products", "Two to four slugs, comma-separated.", {"type": "string"}, required=True
            ),
            *fit,
            _query(
                "units", "Units of the body and room answers.", {"enum": ["imperial", "metric"]}
            ),
        ],
        "responses": {"200": _json("The comparison.", comparison), "400": ERROR},
    }


def _recommend() -> dict:
    example = {
        "conditions": [],
        "height": "5'10\"",
        "weight": 180,
        "room_length": 120,
        "room_width": 96,
        "ceiling": 96,
        "experience": "never",
        "alone": True,
        "goal": "relief",
        "budget": 300,
    }
    return {
        "summary": "Recommend equipment for a shopper's answers",
        "description": "The same answers, checked the same way, as the quiz at /quiz. Health "
        "comes first: a listed condition without clearance gives `see_clinician` and no products.",
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {"$ref": "#/components/schemas/Answers"},
                    "example": example,
                }
            },
        },
        "responses": {
            "200": _json("The recommendation.", {"$ref": "#/components/schemas/Recommendation"}),
            "400": ERROR,
            "413": ERROR,  # a body over 64 kB
        },
    }


def _schemas() -> dict:
    return {
        "Product": product_schema(),
        "Answers": answers_schema(),
        "Recommendation": recommendation_schema(),
        **support_schemas(),
    }


def _error_response() -> dict:
    return _json(
        "The request could not be answered; `fields` names each bad value.",
        {"$ref": "#/components/schemas/Error"},
    )


def _query(name: str, description: str, schema: dict, required: bool = False) -> dict:
    parameter = {"name": name, "in": "query", "description": description, "schema": schema}
    if schema.get("type") == "array":
        parameter.update(style="form", explode=True)
    return {**parameter, "required": True} if required else parameter


def _json(description: str, schema: dict) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}
