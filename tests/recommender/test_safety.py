"""The safety gate decides first: see a clinician, go gently, or go ahead."""

import pytest

from catalog.recommender.answers import CONDITIONS
from catalog.recommender.safety import CAUTION_MAX_ANGLE_DEG, screen
from tests.recommender.conftest import answers, run, slugs


@pytest.mark.parametrize("condition", list(CONDITIONS))
def test_any_listed_condition_without_clearance_means_see_a_clinician_and_no_products(
    shipped, condition
):
    result = run(shipped, conditions={condition})
    assert result.safety.verdict == "see_clinician"
    assert result.safety.conditions == (condition,)
    assert result.picks == () and result.excluded == () and result.relaxations == ()
    assert result.plan is None
    assert result.safety.max_angle_deg == 0


@pytest.mark.parametrize("condition", list(CONDITIONS))
def test_each_condition_is_explained_with_a_question_for_the_clinician(condition):
    verdict = screen(answers(conditions={condition}))
    assert len(verdict.reasons) == 2  # who you are, then what inversion does to you
    assert len(verdict.questions) == 4  # three general ones and one about this condition
    assert verdict.citations


def test_the_explanation_gives_the_measured_rise_in_blood_and_eye_pressure():
    verdict = screen(answers(conditions={"high_blood_pressure", "eye_disease"}))
    text = " ".join(verdict.reasons)
    assert "110/77 to 130/90 mmHg" in text
    assert "16.4 to 34 mmHg" in text
    assert "12.5 to 25.1 mmHg even in an inversion chair" in text
    assert "an eye disease such as glaucoma and high blood pressure" in verdict.reasons[0]


@pytest.mark.parametrize("condition", list(CONDITIONS))
def test_a_clinicians_clearance_turns_any_condition_into_caution(shipped, condition):
    result = run(shipped, conditions={condition}, cleared=True)
    assert result.safety.verdict == "caution"
    assert result.safety.max_angle_deg == CAUTION_MAX_ANGLE_DEG
    assert result.picks


def test_no_condition_means_go_ahead_with_full_inversion_allowed_later():
    verdict = screen(answers())
    assert verdict.verdict == "ok"
    assert verdict.max_angle_deg == 90


def test_clearance_without_any_condition_changes_nothing():
    assert screen(answers(cleared=True)) == screen(answers())


@pytest.mark.parametrize(
    ("alone", "experience", "told_to_have_a_helper"),
    [(True, "regular", True), (False, "never", True), (False, "regular", False)],
)
def test_people_alone_or_new_are_told_to_have_someone_nearby(
    alone, experience, told_to_have_a_helper
):
    reasons = " ".join(screen(answers(alone=alone, experience=experience)).reasons)
    assert ("Have someone nearby" in reasons) is told_to_have_a_helper
    assert ("phone within reach" in reasons) is alone


def test_under_caution_boots_trapezes_and_headstand_benches_are_never_offered(shipped):
    result = run(
        shipped, conditions={"high_blood_pressure"}, cleared=True, experience="regular", alone=False
    )
    kinds = {match.facts.category for match in result.eligible}
    assert kinds <= {"table", "chair"}
    reasons = {x.facts.slug: " ".join(x.reasons) for x in result.excluded}
    assert "no gentler angle" in reasons["teeter-hang-ups-gravity-boots"]
    assert "no gentler angle" in reasons["yogabody-yoga-trapeze"]
    assert "no gentler angle" in reasons["feetup-trainer"]


def test_under_caution_a_table_that_cannot_limit_its_angle_is_left_out(make_product):
    limited = make_product(slug="with-tether", angle_control="tether")
    unlimited = make_product(slug="no-limit", angle_control="none")
    result = run([limited, unlimited], conditions={"hernia"}, cleared=True)
    assert slugs(result.eligible) == ["with-tether"]
    assert "no way to limit" in result.excluded[0].reasons[0]


def test_under_caution_a_table_whose_angle_control_is_unpublished_stays_but_must_be_confirmed(
    make_product,
):
    unknown = make_product(slug="unknown-control")
    result = run([unknown], conditions={"hernia"}, cleared=True)
    assert slugs(result.picks) == ["unknown-control"]
    assert any("confirm it has a tether or pin settings" in u for u in result.picks[0].unknowns)


def test_under_caution_chairs_stay_whatever_their_angle_control(make_product):
    chair = make_product(
        slug="chair", category="chair", support_level="seated", angle_control="none"
    )
    assert slugs(run([chair], conditions={"hernia"}, cleared=True).picks) == ["chair"]


def test_under_caution_exercises_upside_down_are_ruled_out_in_words_and_in_the_plan(shipped):
    result = run(shipped, conditions={"hernia"}, cleared=True, goal="exercises")
    assert any(
        "Exercises while upside down need full inversion" in r for r in result.safety.reasons
    )
    assert max(step.angle_deg or 0 for step in result.plan.steps) <= CAUTION_MAX_ANGLE_DEG
