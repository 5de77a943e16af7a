"""Reading the product list: 2 to 4 products, and every problem named."""

import pytest

from catalog.comparison.selection import (
    EMPTY,
    INVALID,
    MAX_CHARS,
    NOT_FOUND,
    OK,
    SINGLE,
    read_selection,
    split_entries,
)

A, B, C, D, E = (
    "teeter-ep-560-ltd",
    "teeter-ep-970-ltd",
    "innova-itx9400",
    "iron-gym-extreme-edition",
    "teeter-dex",
)


@pytest.mark.parametrize(
    ("values", "entries"),
    [
        ([f"{A},{B}"], [A, B]),
        ([A, B], [A, B]),  # repeated parameters, as checkboxes send them
        ([f" {A} , {B.upper()} "], [A, B]),  # spaces and capitals forgiven
        ([f"{A},,{B},"], [A, B]),  # stray commas ignored
        ([""], []),
        ([",,"], []),
    ],
)
def test_the_list_is_read_from_commas_or_repeats_alike(values, entries):
    assert split_entries(values)[0] == entries


@pytest.mark.parametrize(
    ("values", "outcome", "codes", "found"),
    [
        ([], EMPTY, [], []),
        ([f"{A},{B}"], OK, [], [A, B]),
        ([f"{A},{B},{C},{D}"], OK, [], [A, B, C, D]),
        ([A], SINGLE, ["too_few"], [A]),
        ([f"{A},{A}"], INVALID, ["duplicate", "too_few"], [A]),
        ([f"{A},{B},{A}"], INVALID, ["duplicate"], [A, B]),
        ([f"{A},nope"], INVALID, ["unknown", "too_few"], [A]),
        ([f"{A},{B},nope"], INVALID, ["unknown"], [A, B]),
        ([f"{A},{B},{C},{D},{E}"], INVALID, ["too_many"], [A, B, C, D, E]),
        (["nope,nada"], NOT_FOUND, ["unknown", "unknown"], []),
        ([f"{A},<script>,{B}"], INVALID, ["malformed"], [A, B]),
        (["<b>,;drop table;"], NOT_FOUND, ["malformed", "malformed"], []),
        ([f"{A},{B},../../etc/passwd,{C}"], INVALID, ["malformed"], [A, B, C]),
    ],
)
def test_every_problem_is_named_and_the_valid_products_are_kept(
    session, values, outcome, codes, found
):
    selection = read_selection(session, values)
    assert selection.outcome == outcome
    assert [problem.code for problem in selection.problems] == codes
    assert list(selection.slugs) == found


def test_more_than_four_products_offers_the_first_four(session):
    selection = read_selection(session, [f"{A},{B},{C},{D},{E}"])
    assert [p.slug for p in selection.compared] == [A, B, C, D]
    assert "at most 4" in selection.problems[0].message


def test_an_unknown_name_close_to_a_real_one_suggests_it(session):
    selection = read_selection(session, [f"{A},teeter-ep-970-lt"])
    problem = selection.problems[0]
    assert problem.entry == "teeter-ep-970-lt"
    assert problem.suggestion == (B, "Teeter EP-970 Ltd")
    assert "teeter-ep-970-lt" in problem.message


def test_an_overlong_list_is_read_only_in_part_and_says_so(session):
    selection = read_selection(session, [",".join([A, B] + ["x" * 60] * 40)])
    codes = [problem.code for problem in selection.problems]
    assert "too_long" in codes
    assert list(selection.slugs) == [A, B]


def test_a_huge_single_value_is_cut_short_and_never_echoed_whole(session):
    selection = read_selection(session, ["a" * (MAX_CHARS * 5)])
    assert selection.outcome == NOT_FOUND
    assert all(len(problem.message) < 300 for problem in selection.problems)
    assert "too_long" in [problem.code for problem in selection.problems]


def test_a_duplicate_is_named_with_how_often_it_was_listed(session):
    selection = read_selection(session, [f"{A},{B},{A},{A}"])
    assert selection.problems[0].message.startswith(f"“{A}” was listed 3 times")
