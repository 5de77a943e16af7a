"""Shoppers, as the quiz sees them, against the shipped catalog: a published spec of what
each one is told. Fixed tables of people; the expectations follow the catalog's figures."""

import pytest

from tests.recommender.conftest import excluded, run, slugs

RATED_TO_6_FT_6 = [
    "teeter-ep-560-ltd",
    "teeter-ep-970-ltd",
    "teeter-hang-ups-f5000",
    "teeter-hang-ups-f6000",
    "innova-itx9400",
    "innova-12in1-inversion-power-tower",
]
RATED_TO_300_LB = [slug for slug in RATED_TO_6_FT_6 if slug != "innova-12in1-inversion-power-tower"]


def test_a_healthy_first_timer_with_a_big_room_gets_rated_tables_and_a_plan(shipped):
    result = run(shipped, height_in=70, weight_lb=180)
    assert result.safety.verdict == "ok"
    # Rated for this body; the first can stop at preset angles, the second fits the room.
    assert slugs(result.picks) == ["innova-itx9400", "teeter-ep-560-ltd", "teeter-ep-970-ltd"]
    assert "Pin settings stop the tilt at preset angles, so you can start low." in (
        result.picks[0].reasons
    )
    assert "Needs 87 in of floor length while rotating; you have 120 in (33 in to spare)." in (
        result.picks[1].reasons
    )
    assert "aren't for beginners" in " ".join(excluded(result)["teeter-hang-ups-gravity-boots"])
    assert result.plan.slug == "innova-itx9400" and result.plan.steps[0].angle_deg == 20


def test_someone_with_glaucoma_not_cleared_is_told_to_see_a_clinician_and_sold_nothing(shipped):
    result = run(shipped, conditions={"eye_disease"})
    assert result.safety.verdict == "see_clinician"
    assert result.picks == () and result.others == () and result.plan is None
    assert any("16.4 to 34 mmHg" in reason for reason in result.safety.reasons)


def test_someone_cleared_with_high_blood_pressure_gets_gentle_equipment_and_a_capped_plan(shipped):
    result = run(shipped, conditions={"high_blood_pressure"}, cleared=True)
    assert result.safety.verdict == "caution"
    assert {m.facts.category for m in result.eligible} <= {"table", "chair"}
    assert max(step.angle_deg for step in result.plan.steps) == 30
    left_out = excluded(result)
    for slug in ("teeter-hang-ups-gravity-boots", "yogabody-yoga-trapeze", "feetup-trainer"):
        assert any("no gentler angle" in reason for reason in left_out[slug])


@pytest.mark.parametrize("slug", RATED_TO_6_FT_6)
def test_a_6_ft_8_user_is_never_offered_a_table_rated_to_6_ft_6(shipped, slug):
    result = run(shipped, height_in=80)
    assert slug not in slugs(result.eligible)
    assert (
        "Rated for users up to 6 ft 6 in; you are 6 ft 8 in (2 in over)." in excluded(result)[slug]
    )
    assert all(
        any("confirm it takes someone 6 ft 8 in tall" in u for u in match.unknowns)
        for match in result.picks
    )


@pytest.mark.parametrize("slug", RATED_TO_300_LB)
def test_a_320_lb_user_is_never_offered_a_table_rated_to_300_lb(shipped, slug):
    result = run(shipped, weight_lb=320)
    assert (
        "Rated for users up to 300 lb; you weigh 320 lb (20 lb over the limit)."
        in (excluded(result)[slug])
    )


def test_a_320_lb_user_is_told_which_lower_rating_rules_out_the_power_tower(shipped):
    reasons = excluded(run(shipped, weight_lb=320))["innova-12in1-inversion-power-tower"]
    assert "Rated for users up to 250 lb; you weigh 320 lb (70 lb over the limit)." in reasons


def test_a_70_in_room_rules_out_the_ep_560_for_a_tall_user_and_flags_it_for_others(shipped):
    tall = run(shipped, height_in=78, room_length_in=70)
    assert (
        "Needs 87 in of floor length while rotating; you have 70 in (17 in short)."
        in (excluded(tall)["teeter-ep-560-ltd"])
    )
    average = run(shipped, height_in=70, room_length_in=70)
    match = next(m for m in average.eligible if m.facts.slug == "teeter-ep-560-ltd")
    assert any("At its tallest setting it needs 87 in of floor length" in u for u in match.unknowns)


def test_ankle_pain_puts_a_chair_first_and_warns_about_tables(shipped):
    result = run(shipped, joints={"ankle"})
    assert result.picks[0].facts.category == "chair"
    tables = [m for m in result.eligible if m.facts.category == "table"]
    assert all(any("with ankle pain" in c for c in m.cautions) for m in tables)


def test_someone_who_wants_boots_and_is_alone_gets_no_boots_and_other_kinds_instead(shipped):
    result = run(shipped, categories={"boots"}, experience="regular", alone=True, has_bar=True)
    assert result.picks == ()
    assert any("someone nearby" in r for r in excluded(result)["teeter-hang-ups-gravity-boots"])
    offered = [set(r.changes) for r in result.relaxations]
    assert offered and all(changes == {"categories"} for changes in offered)


def test_a_tiny_budget_rules_out_known_prices_above_it_and_flags_unknown_ones(shipped):
    result = run(shipped, budget_cents=5000)
    assert excluded(result)["teeter-hang-ups-nxt-s"] == (
        "Costs $299.99 (seen around 2014): $249.99 over your $50.00 budget.",
    )
    assert all(
        "Its price is not published: check it fits your $50.00 budget." in m.unknowns
        for m in result.picks
    )


def test_an_old_price_that_fits_the_budget_is_flagged_to_check_today(shipped):
    result = run(shipped, budget_cents=40000, categories={"table"})
    match = next(m for m in result.eligible if m.facts.slug == "teeter-hang-ups-nxt-s")
    assert "Price seen around 2014: check today's price." in match.cautions


def test_a_metric_shopper_reads_every_margin_in_centimetres_and_kilograms(shipped):
    result = run(shipped, height_in=70, weight_lb=180, units="metric")
    text = " ".join(result.picks[0].reasons)
    assert "177.8 cm" in text and "81.6 kg" in text and " in " not in text.replace(" in use", "")
