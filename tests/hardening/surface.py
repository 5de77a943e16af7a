"""The attack surface: every GET endpoint, an address that reaches it, and what it reads.

Parameter names come from the WTForms forms the views read, so a field added to a form is
attacked without anyone editing this file; a new GET endpoint must be added to SURFACE,
and test_surface.py fails until it is.
"""

from dataclasses import dataclass, field

from tests.quiz.conftest import HEALTHY
from webapp.forms.browse import CatalogFilterForm
from webapp.forms.compare import CompareForm
from webapp.forms.quiz import QuizForm

HEALTHY_ANSWERS = HEALTHY  # answers that pass the quiz, for pages that need some
JSON = "application/json"
TWO_PRODUCTS = {"products": "teeter-dex,teeter-ep-560-ltd", "units": "imperial"}


def field_names(form_class) -> tuple[str, ...]:
    return tuple(form_class().data)


@dataclass(frozen=True)
class Endpoint:
    """An endpoint as an attacker meets it: its address, valid answers, the names it reads."""

    path: str
    baseline: dict[str, str] = field(default_factory=dict)  # answers that reach the page
    params: tuple[str, ...] = ()
    mimetype: str = "text/html"

    @property
    def json(self) -> bool:
        return self.mimetype == "application/json"

    @property
    def attacked(self) -> tuple[str, ...]:
        """Every parameter worth a hostile value: the form's, the units switch, a stranger."""
        return tuple(dict.fromkeys([*self.params, "units", "utm_source"]))


SURFACE = {
    "home.index": Endpoint("/"),
    "home.healthz": Endpoint("/healthz", mimetype=JSON),
    "products.index": Endpoint("/products", params=field_names(CatalogFilterForm)),
    "products.detail": Endpoint("/products/teeter-dex"),
    "guide.index": Endpoint("/guide/"),
    "guide.page": Endpoint("/guide/how-to-start"),
    "quiz.index": Endpoint("/quiz", params=field_names(QuizForm)),
    "quiz.results": Endpoint("/quiz/results", HEALTHY_ANSWERS, field_names(QuizForm)),
    "compare.index": Endpoint("/compare", TWO_PRODUCTS, field_names(CompareForm)),
    "compare.csv": Endpoint("/compare.csv", TWO_PRODUCTS, field_names(CompareForm), "text/csv"),
    "about.data": Endpoint("/about/data"),
    "api_products.index": Endpoint(
        "/api/products", params=field_names(CatalogFilterForm), mimetype=JSON
    ),
    "api_products.detail": Endpoint("/api/products/teeter-dex", mimetype=JSON),
    "api_compare.index": Endpoint(
        "/api/compare", TWO_PRODUCTS, field_names(CompareForm), mimetype=JSON
    ),
    "api_openapi.index": Endpoint("/api/openapi.json", mimetype=JSON),
    "static": Endpoint("/static/style.css", mimetype="text/css"),
}

# Routes with a path parameter, and an address for each with the parameter in its place.
PATH_PARAMETERS = {
    "products.detail": "/products/{}",
    "api_products.detail": "/api/products/{}",
    "guide.page": "/guide/{}",
    "static": "/static/{}",
}


def html_pages() -> list[str]:
    return [name for name, endpoint in SURFACE.items() if endpoint.mimetype == "text/html"]


def attacks() -> list[tuple[str, str]]:
    """(endpoint, parameter) for every parameter of every endpoint."""
    return [(name, param) for name, endpoint in SURFACE.items() for param in endpoint.attacked]
