"""Property-based fuzzing of every form and the recommendations API: whatever arrives, the
answer is a page or a refusal that names the problem, never a server error."""

import json

from hypothesis import event, given, settings
from hypothesis import strategies as st

from tests.hardening.conftest import get_following_on_site
from tests.hardening.surface import HEALTHY_ANSWERS, TWO_PRODUCTS, field_names
from webapp.forms.browse import CatalogFilterForm
from webapp.forms.compare import CompareForm
from webapp.forms.quiz import QuizForm

fuzz = settings.get_profile("hardening")

QUIZ_FIELDS = field_names(QuizForm)
# Values a form field might meet: near misses of real answers, and anything at all.
WORDS = st.sampled_from(
    ["none", "yes", "no", "true", "metric", "imperial", "never", "relief", "table", "chair",
     "boots", "glaucoma", "back", "5'10\"", "178 cm", "70", "180", "82 kg", "8 ft", "-1",
     "1e309", "NaN", "0", "teeter-dex", "teeter-ep-560-ltd", "differences", "price", ""]
)  # fmt: skip
NUMBERS = st.one_of(st.integers(), st.floats(allow_nan=True, allow_infinity=True)).map(str)
TEXT = st.one_of(WORDS, NUMBERS, st.text(max_size=60))
QUERY_VALUE = st.one_of(TEXT, st.lists(TEXT, min_size=1, max_size=4))


def queries(names, baseline):
    """Query dicts over `names`, sometimes on top of answers that would be accepted."""
    fuzzed = st.dictionaries(st.one_of(st.sampled_from(names), st.text(max_size=8)), QUERY_VALUE)
    return st.tuples(st.booleans(), fuzzed).map(
        lambda pair: {**(baseline if pair[0] else {}), **pair[1]}
    )


def json_values():
    scalars = st.one_of(
        st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=30), WORDS
    )
    return st.recursive(
        scalars,
        lambda inner: st.one_of(
            st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
        ),
        max_leaves=8,
    )


JSON_HEALTHY = {"conditions": [], "height": 70, "weight": 180}
ANSWER_BODIES = st.tuples(
    st.booleans(),
    st.dictionaries(st.one_of(st.sampled_from(QUIZ_FIELDS), st.text(max_size=8)), json_values()),
).map(lambda pair: {**(JSON_HEALTHY if pair[0] else {}), **pair[1]})
BODIES = st.one_of(ANSWER_BODIES, json_values())


@fuzz
@given(query=queries(QUIZ_FIELDS, HEALTHY_ANSWERS))
def test_any_quiz_query_gives_results_or_a_form_that_names_the_problem(client, query):
    response = client.get("/quiz/results", query_string=query)
    event(f"status {response.status_code}")  # shown by --hypothesis-show-statistics
    assert response.status_code in (200, 400)
    if response.status_code == 400:
        assert 'class="error"' in response.get_data(as_text=True)


@fuzz
@given(body=BODIES)
def test_any_json_body_gives_recommendations_or_a_json_error_naming_the_problem(client, body):
    response = client.post(
        "/api/recommendations", data=json.dumps(body), content_type="application/json"
    )
    event(f"status {response.status_code}")
    assert response.status_code in (200, 400)
    assert response.mimetype == "application/json"
    if response.status_code == 400:
        error = response.get_json()["error"]
        assert error["status"] == 400 and error["fields"]
        for name, messages in error["fields"].items():
            assert name in error["message"] and messages and all(messages)
            assert name == "body" or name in QUIZ_FIELDS or name in body


@fuzz
@given(query=queries(field_names(CatalogFilterForm), {}))
def test_any_catalog_filter_gives_a_page_or_a_refusal(client, query):
    page = client.get("/products", query_string=query)
    api = client.get("/api/products", query_string=query)
    event(f"status {api.status_code}")
    assert page.status_code == api.status_code
    assert page.status_code in (200, 400)
    if api.status_code == 400:
        assert api.get_json()["error"]["fields"]


@fuzz
@given(query=queries(("products", *field_names(CompareForm)), TWO_PRODUCTS))
def test_any_comparison_query_gives_a_page_or_a_refusal(client, query):
    for path in ("/compare", "/compare.csv", "/api/compare"):
        response = get_following_on_site(client, path, query)  # to the canonical address
        event(f"{path} status {response.status_code}")
        assert response.status_code in (200, 400, 404)
        if path == "/api/compare" and response.status_code >= 400:
            error = response.get_json()["error"]
            assert error["problems"] or error["fields"]
