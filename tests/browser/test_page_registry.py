"""The registry of pages (tests/browser/pages.py) covers every HTML page the app serves."""

from tests.browser.pages import NOT_HTML, PAGES


def test_every_html_endpoint_of_the_app_has_a_page_in_the_registry(app):
    endpoints = {rule.endpoint for rule in app.url_map.iter_rules() if "GET" in rule.methods}
    missing = endpoints - NOT_HTML.keys() - {page.endpoint for page in PAGES}
    assert missing == set(), "add these endpoints to tests/browser/pages.py"


def test_every_page_in_the_registry_answers_with_its_status_html_and_the_case_it_names(app):
    client = app.test_client(use_cookies=False)  # each page as a first-time visitor
    answers = {}
    for page in PAGES:
        response = client.get(page.path)
        shown = page.shows in response.get_data(as_text=True)
        answers[page.name] = (response.status_code, response.mimetype, shown)
    assert answers == {page.name: (page.status, "text/html", True) for page in PAGES}


def test_every_page_is_drawn_by_the_endpoint_the_registry_names(app):
    adapter = app.url_map.bind("localhost")
    drawn_by = {}
    for page in PAGES:
        path = page.path.split("?")[0]
        drawn_by[page.name] = adapter.match(path)[0] if page.endpoint else None
    assert drawn_by == {page.name: page.endpoint for page in PAGES}


def test_the_endpoints_said_not_to_be_html_still_exist(app):
    assert NOT_HTML.keys() <= {rule.endpoint for rule in app.url_map.iter_rules()}
