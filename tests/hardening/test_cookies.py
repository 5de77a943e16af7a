"""The one cookie the site sets (the unit system) is out of reach of scripts and of other
sites' requests, and over https it never travels over plain http."""


def test_the_units_cookie_is_http_only_and_same_site(client):
    cookie = client.get("/products?units=metric").headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "Secure" not in cookie  # plain http, as in local development


def test_over_https_the_units_cookie_is_secure(client):
    response = client.get("/products?units=metric", base_url="https://localhost")
    assert "Secure" in response.headers["Set-Cookie"]


def test_a_hostile_units_value_sets_no_cookie(client):
    response = client.get("/products", query_string={"units": "metric; Domain=evil.example"})
    assert "Set-Cookie" not in response.headers
