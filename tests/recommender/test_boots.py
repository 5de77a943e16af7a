"""Gravity boots: only for experienced people with a helper, healthy joints and a rated bar."""

import pytest

from tests.recommender.conftest import excluded, run, slugs

READY = dict(experience="regular", alone=False, has_bar=True)


@pytest.fixture
def boots(make_product):
    return make_product(
        slug="boots",
        category="boots",
        support_level="ankles_only",
        needs="bar",
        max_user_weight_lb=300,
    )


def test_boots_are_offered_to_an_experienced_person_with_a_helper_and_a_bar(boots):
    result = run([boots], **READY)
    assert slugs(result.picks) == ["boots"]
    assert any("No bar in our catalog is rated" in c for c in result.picks[0].cautions)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"experience": "never"}, "aren't for beginners"),
        ({"experience": "few"}, "aren't for beginners"),
        ({"alone": True}, "need someone nearby every time"),
        ({"joints": {"ankle"}}, "You mentioned ankle pain"),
        ({"joints": {"knee", "hip"}}, "You mentioned knee pain and hip pain"),
        ({"mobility": True}, "lifting and folding your body"),
    ],
)
def test_boots_are_never_suggested_to_beginners_people_alone_or_with_painful_joints(
    boots, change, words
):
    result = run([boots], **{**READY, **change})
    assert result.picks == ()
    assert any(words in reason for reason in excluded(result)["boots"])
    assert result.relaxations == ()  # those are safety answers: never offered as a change


def test_boots_without_a_bar_are_left_out_and_a_rated_bar_is_the_suggested_change(boots):
    result = run([boots], **{**READY, "has_bar": False})
    assert result.picks == ()
    [relaxation] = result.relaxations
    assert relaxation.changes == {"has_bar": True}
    assert relaxation.unlocks == ("boots",)
    assert "none in our catalog is" in relaxation.description
