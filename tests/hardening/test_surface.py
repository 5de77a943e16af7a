"""The hostile-input registry covers the whole app: a new GET route must be added to it."""

from tests.hardening.surface import PATH_PARAMETERS, SURFACE


def get_routes(app) -> dict[str, str]:
    return {rule.endpoint: rule.rule for rule in app.url_map.iter_rules() if "GET" in rule.methods}


def test_every_get_route_of_the_app_is_in_the_hostile_input_registry(app):
    missing = set(get_routes(app)) - set(SURFACE)
    assert not missing, f"add these endpoints to tests/hardening/surface.py: {sorted(missing)}"


def test_every_route_with_a_path_parameter_is_attacked_through_its_path(app):
    with_parameters = {name for name, rule in get_routes(app).items() if "<" in rule}
    assert with_parameters == set(PATH_PARAMETERS)


def test_every_registered_address_reaches_its_own_endpoint(app):
    adapter = app.url_map.bind("localhost")
    for endpoint, entry in SURFACE.items():
        assert adapter.match(entry.path, method="GET")[0] == endpoint
