"""Relaxations: the smallest changes to the answers that let something fit, each proven."""

from decimal import Decimal

import pytest

from catalog.recommender import recommend
from catalog.recommender.relaxations import MAX_RELAXATIONS, PER_NUMBER_LADDER
from tests.recommender.conftest import TODAY, answers, run, slugs

FITS = dict(
    user_height_min_in=56,
    user_height_max_in=78,
    max_user_weight_lb=300,
    sweep_length_in=87,
    sweep_width_in=29,
    sweep_height_in=85,
    angle_control="tether",
)


def priced(make_product, slug, dollars, **more):
    return make_product(
        slug=slug,
        price_cents=dollars * 100,
        price_currency="USD",
        price_seen="2026-10",
        **FITS,
        **more,
    )


def assert_each_relaxation_delivers_what_it_claims(products, result):
    before = set(slugs(result.eligible))
    for relaxation in result.relaxations:
        after = recommend(products, relaxation.answers, today=TODAY)
        added = [slug for slug in slugs(after.eligible) if slug not in before]
        assert tuple(added) == relaxation.unlocks, relaxation.description


def test_a_tight_budget_is_answered_with_the_smallest_raises_that_unlock_something(make_product):
    products = [priced(make_product, s, d) for s, d in (("a", 180), ("b", 250), ("c", 400))]
    result = run(products, budget_cents=15000)
    assert result.picks == ()
    assert [r.description for r in result.relaxations] == [
        "Raise your budget to $180.00",
        "Raise your budget to $250.00",
    ]
    assert [r.unlocks for r in result.relaxations] == [("a",), ("a", "b")]
    assert result.relaxations[0].changes == {"budget": Decimal("180")}
    assert_each_relaxation_delivers_what_it_claims(products, result)


def test_a_room_too_short_is_answered_with_the_length_it_needs(make_product):
    table = make_product(slug="t", **{**FITS, "in_use_length_in": 60})
    result = run([table], height_in=78, room_length_in=70)  # tallest setting: sweeps 87 in
    [relaxation] = result.relaxations
    assert relaxation.description == "Make room for 87 in of floor length"
    assert relaxation.changes == {"room_length": Decimal("87")}
    assert relaxation.unlocks == ("t",)
    assert_each_relaxation_delivers_what_it_claims([table], result)


def test_a_room_short_even_at_rest_asks_for_the_space_it_sweeps_not_just_its_size_at_rest(
    make_product,
):
    table = make_product(slug="t", **{**FITS, "in_use_length_in": 60})
    [relaxation] = run([table], room_length_in=50).relaxations
    assert relaxation.changes == {"room_length": Decimal("87")}
    assert recommend([table], relaxation.answers, today=TODAY).picks[0].unknowns == ()


def test_in_metric_the_room_is_rounded_up_to_a_whole_centimetre(make_product):
    table = make_product(slug="t", **FITS)
    result = run(
        [table], height_in=78, room_length_in=Decimal("200") / Decimal("2.54"), units="metric"
    )
    [relaxation] = result.relaxations
    assert relaxation.description == "Make room for 221 cm of floor length"  # 87 in = 220.98 cm
    assert relaxation.changes == {"room_length": Decimal("221")}
    assert relaxation.answers.as_query()["room_length"] == "221"
    assert_each_relaxation_delivers_what_it_claims([table], result)


def test_kinds_left_unticked_are_offered_back_one_at_a_time(make_product):
    table = make_product(slug="t", **FITS)
    chair = make_product(slug="c", category="chair", support_level="seated")
    result = run([table, chair], categories={"trapeze"})
    assert [r.description for r in result.relaxations] == [
        "Include inversion chairs",  # equally small changes, each unlocking one: by wording
        "Include inversion tables",
    ]
    assert result.relaxations[0].changes == {"categories": ["chair", "trapeze"]}
    assert_each_relaxation_delivers_what_it_claims([table, chair], result)


def test_a_product_needing_two_changes_is_offered_both_together(make_product):
    table = priced(make_product, "t", 300, foldable=False)
    result = run([table], budget_cents=20000, must_fold=True)
    [relaxation] = result.relaxations
    assert relaxation.description == "Drop “must fold away” and raise your budget to $300.00"
    assert relaxation.changes == {"must_fold": False, "budget": Decimal("300")}
    assert_each_relaxation_delivers_what_it_claims([table], result)


def test_only_minimal_changes_are_offered(make_product):
    both = priced(make_product, "both", 200, foldable=False)
    budget_only = priced(make_product, "budget-only", 400, foldable=True)
    result = run([both, budget_only], budget_cents=10000, must_fold=True)
    assert [r.changes for r in result.relaxations] == [{"budget": Decimal("400")}]
    assert_each_relaxation_delivers_what_it_claims([both, budget_only], result)


@pytest.mark.parametrize(
    "change",
    [
        {"conditions": {"eye_disease"}},  # health: no products at all
        {"height_in": 80},  # a body does not change
        {"weight_lb": 320},
    ],
)
def test_health_and_body_answers_are_never_relaxed(make_product, change):
    result = run([make_product(slug="t", **FITS)], **change)
    assert result.picks == ()
    assert result.relaxations == ()


def test_relaxations_come_only_when_at_most_one_product_fits(make_product):
    one = run([priced(make_product, "a", 100), priced(make_product, "b", 900)], budget_cents=50000)
    two = run(
        [
            priced(make_product, "a", 100),
            priced(make_product, "b", 200),
            priced(make_product, "c", 900),
        ],
        budget_cents=50000,
    )
    assert [r.unlocks for r in one.relaxations] == [("b",)]
    assert two.relaxations == ()


def test_the_search_stays_small_however_many_products_are_ruled_out(make_product):
    products = [priced(make_product, f"p{n:03}", 100 + n) for n in range(200)]
    products += [
        make_product(slug=f"chair{n}", category="chair", support_level="seated") for n in range(3)
    ]
    result = run(products, budget_cents=5000, categories={"table"})
    assert len(result.relaxations) <= MAX_RELAXATIONS
    budgets = [r for r in result.relaxations if set(r.changes) == {"budget"}]
    assert [r.changes["budget"] for r in budgets] == [Decimal("100"), Decimal("101")][
        :PER_NUMBER_LADDER
    ]
    assert_each_relaxation_delivers_what_it_claims(products, result)


@pytest.mark.parametrize(
    "persona",
    [
        dict(categories={"boots"}, experience="regular"),
        dict(categories={"chair"}, budget_cents=1000),
        dict(categories={"table"}, height_in=78, room_length_in=70, must_fold=True),
        dict(categories={"trapeze"}, conditions={"hernia"}, cleared=True),
    ],
)
def test_on_the_shipped_catalog_every_relaxation_unlocks_exactly_what_it_lists(shipped, persona):
    result = run(shipped, **persona)
    assert_each_relaxation_delivers_what_it_claims(shipped, result)
    for relaxation in result.relaxations:
        assert not {
            "conditions",
            "cleared",
            "height",
            "weight",
            "experience",
            "alone",
            "joints",
        } & set(relaxation.changes)


def test_answers_with_a_relaxation_applied_keep_every_other_answer(make_product):
    before = answers(budget_cents=100, joints={"knee"}, units="metric")
    result = recommend([priced(make_product, "a", 180)], before, today=TODAY)
    after = result.relaxations[0].answers
    assert after == before.changed(budget_cents=18000)
