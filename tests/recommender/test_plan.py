"""The starter plan: low and short first, a little more each week, capped for caution."""

from decimal import Decimal
from itertools import pairwise

import pytest

from catalog.recommender.plan import MAX_MINUTES, starter_plan
from catalog.recommender.safety import CAUTION_MAX_ANGLE_DEG, screen
from tests.recommender.conftest import answers


def plan_for(make_product, product_figures=None, **changes):
    product = make_product(slug="p", **(product_figures or {}))
    given = answers(**changes)
    return starter_plan(product, given, screen(given))


def test_a_first_timer_starts_at_20_degrees_for_a_minute_and_builds_to_60_degrees(make_product):
    plan = plan_for(make_product, experience="never")
    angles = [step.angle_deg for step in plan.steps]
    assert angles[0] == 20 and angles[-1] == 60
    assert all(later - earlier == 5 for earlier, later in pairwise(angles))
    assert plan.steps[0].minutes == 1 and plan.steps[-1].minutes == MAX_MINUTES
    assert [s.sessions_per_day for s in plan.steps[:3]] == [1, 1, 2]
    assert [s.week for s in plan.steps] == list(range(1, len(plan.steps) + 1))


@pytest.mark.parametrize(("experience", "start_deg"), [("never", 20), ("few", 25), ("regular", 30)])
def test_more_experience_starts_a_little_higher_but_never_above_30_degrees(
    make_product, experience, start_deg
):
    assert plan_for(make_product, experience=experience).steps[0].angle_deg == start_deg


def test_minutes_and_angles_never_go_down_from_one_week_to_the_next(make_product):
    steps = plan_for(make_product).steps
    assert all(a.minutes <= b.minutes and a.angle_deg <= b.angle_deg for a, b in pairwise(steps))


@pytest.mark.parametrize("kind", [{}, {"category": "chair", "support_level": "seated"}])
def test_under_caution_the_plan_starts_lower_stays_short_and_stops_at_the_cap(make_product, kind):
    plan = plan_for(make_product, kind, conditions={"high_blood_pressure"}, cleared=True)
    assert all(step.sessions_per_day == 1 for step in plan.steps)
    assert all(step.minutes <= 2 for step in plan.steps)
    assert plan.steps[0].minutes == Decimal("0.5")
    angles = [step.angle_deg for step in plan.steps if step.angle_deg is not None]
    assert all(angle <= CAUTION_MAX_ANGLE_DEG for angle in angles)
    assert any(f"no further than {CAUTION_MAX_ANGLE_DEG}°" in note for note in plan.notes)


def test_under_caution_a_table_starts_at_15_degrees(make_product):
    plan = plan_for(make_product, conditions={"weak_bones"}, cleared=True)
    assert [step.angle_deg for step in plan.steps] == [15, 20, 25, 30]


def test_a_chair_is_planned_by_time_from_its_gentlest_setting(make_product):
    plan = plan_for(make_product, {"category": "chair", "support_level": "seated"})
    assert all(step.angle_deg is None for step in plan.steps)
    assert plan.steps[0].angle.startswith("Its gentlest setting")
    assert any("planned by time" in note for note in plan.notes)


def test_full_inversion_comes_last_and_only_for_exercises_on_a_table_that_reaches_it(make_product):
    plan = plan_for(make_product, {"max_angle_deg": 90}, goal="exercises")
    assert [step.angle_deg for step in plan.steps][-2:] == [60, 90]
    assert "Only once 60° feels easy" in plan.steps[-1].note


@pytest.mark.parametrize(
    ("figures", "changes"),
    [
        ({"max_angle_deg": 90}, {"goal": "relief"}),
        ({}, {"goal": "exercises"}),  # how far it tips is not published
        ({"max_angle_deg": 90}, {"goal": "exercises", "conditions": {"hernia"}, "cleared": True}),
    ],
)
def test_otherwise_the_plan_never_reaches_full_inversion(make_product, figures, changes):
    assert max(step.angle_deg for step in plan_for(make_product, figures, **changes).steps) <= 60


def test_a_table_that_stops_short_caps_the_plan_at_its_own_limit(make_product):
    assert plan_for(make_product, {"max_angle_deg": 45}).steps[-1].angle_deg == 45


def test_every_plan_says_how_to_come_up_safely(make_product):
    assert any(
        "never try to sit up while head-down" in note for note in plan_for(make_product).notes
    )


@pytest.mark.parametrize(
    ("minutes", "words"), [("0.5", "30 seconds"), ("1", "1 minute"), ("2.5", "2.5 minutes")]
)
def test_session_length_reads_naturally(minutes, words):
    from catalog.recommender.plan import PlanStep

    assert PlanStep(1, 20, Decimal(minutes), 1).duration == words
