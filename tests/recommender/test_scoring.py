"""Ranking: what the answers make matter, unknowns below equal knowns, and a fixed tie-break."""

import pytest

from catalog.recommender.facts import read_facts
from catalog.recommender.match import Match
from catalog.recommender.scoring import rank
from tests.recommender.conftest import run, slugs

KNOWN = dict(
    user_height_min_in=56,
    user_height_max_in=78,
    max_user_weight_lb=300,
    sweep_length_in=87,
    sweep_width_in=29,
    sweep_height_in=85,
)


def test_an_unpublished_rating_ranks_below_an_equal_product_whose_rating_is_known(make_product):
    known = make_product(slug="b-known", **KNOWN)
    unknown = make_product(slug="a-unknown", **{**KNOWN, "max_user_weight_lb": None})
    result = run([unknown, known], experience="regular")
    assert slugs(result.picks) == ["b-known", "a-unknown"]
    assert result.picks[1].unknowns == (
        "The maximum user weight is not published: confirm it takes 180 lb.",
    )


@pytest.mark.parametrize(
    ("first", "second", "why"),
    [
        (
            dict(slug="b", price_cents=10000, price_currency="USD"),
            dict(slug="a", price_cents=20000, price_currency="USD"),
            "cheaper first",
        ),
        (
            dict(slug="b", price_cents=20000, price_currency="USD"),
            dict(slug="a"),
            "a known price before an unknown one",
        ),
        (dict(slug="x", model="A"), dict(slug="a", model="B"), "then by name"),
        (dict(slug="a", model="A"), dict(slug="b", model="A"), "then by slug"),
    ],
)
def test_ties_are_broken_by_price_then_name_then_slug(make_product, first, second, why):
    products = [
        make_product(**KNOWN, price_seen="2026-10", **second),
        make_product(**KNOWN, price_seen="2026-10", **first),
    ]
    for order in (products, products[::-1]):
        assert slugs(run(order).picks) == [first["slug"], second["slug"]], why


def test_fewer_things_to_confirm_wins_a_tie_on_points(make_product):
    def match(slug, unknown_count):
        return Match(read_facts(make_product(slug=slug, model="Same")), 50, unknown_count, None)

    ranked = rank([match("a", 2), match("b", 1), match("c", 0)])
    assert [m.facts.slug for m in ranked] == ["c", "b", "a"]


def test_the_order_never_depends_on_the_order_products_come_in(shipped):
    forwards = run(shipped, categories={"table", "chair"})
    backwards = run(list(reversed(shipped)), categories={"table", "chair"})
    assert slugs(forwards.eligible) == slugs(backwards.eligible)
    assert [x.facts.slug for x in forwards.excluded] == [x.facts.slug for x in backwards.excluded]


@pytest.mark.parametrize(
    "trouble", [{"joints": {"ankle"}}, {"joints": {"hip"}}, {"mobility": True}]
)
def test_a_seat_ranks_first_when_joints_hurt_or_getting_up_is_hard(make_product, trouble):
    table = make_product(slug="table", **KNOWN, angle_control="tether")
    chair = make_product(slug="chair", category="chair", support_level="seated")
    result = run([table, chair], **trouble)
    assert slugs(result.picks) == ["chair", "table"]
    assert "kinder to" in " ".join(result.picks[0].reasons)


def test_a_first_timer_is_steered_to_a_way_of_limiting_the_angle(make_product):
    plain = make_product(slug="a-plain", **KNOWN)
    tether = make_product(slug="b-tether", **KNOWN, angle_control="tether")
    result = run([plain, tether], experience="never")
    assert slugs(result.picks) == ["b-tether", "a-plain"]
    assert "A tether strap stops the tilt" in " ".join(result.picks[0].reasons)


def test_exercises_favour_a_table_that_reaches_full_inversion(make_product):
    gentle = make_product(slug="a-60", **KNOWN, max_angle_deg=60)
    full = make_product(slug="b-90", **KNOWN, max_angle_deg=90)
    result = run([gentle, full], goal="exercises", experience="regular")
    assert slugs(result.picks) == ["b-90", "a-60"]
    assert "Stops at 60°, short of the full inversion" in " ".join(result.picks[1].cautions)


def test_exercises_never_exclude_anything_by_themselves(make_product):
    chair = make_product(slug="chair", category="chair", support_level="seated")
    result = run([chair], goal="exercises")
    assert slugs(result.picks) == ["chair"]
    assert "Chairs usually stop short of fully head-down" in " ".join(result.picks[0].cautions)


def test_more_spare_capacity_ranks_higher(make_product):
    tight = make_product(slug="a-tight", **{**KNOWN, "max_user_weight_lb": 190})
    roomy = make_product(slug="b-roomy", **KNOWN)
    assert slugs(run([tight, roomy]).picks) == ["b-roomy", "a-tight"]


def test_when_it_must_fold_one_known_to_fold_ranks_above_one_not_known_to(make_product):
    unknown = make_product(slug="a-unknown", **KNOWN)
    folds = make_product(
        slug="b-folds",
        **KNOWN,
        foldable=True,
        folded_length_in=20,
        folded_width_in=29,
        in_use_length_in=60,
        in_use_width_in=29,
    )
    result = run([unknown, folds], must_fold=True)
    assert slugs(result.picks) == ["b-folds", "a-unknown"]
    assert "Folds away to 20 in × 29 in of floor." in result.picks[0].reasons
