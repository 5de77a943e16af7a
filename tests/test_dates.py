"""Source dates keep the precision the source gave: a month, a year, "around", a span."""

from datetime import date

import pytest

from catalog import dates


@pytest.mark.parametrize(
    ("stored", "words", "latest"),
    [
        ("2017-08-14", "14 Aug 2017", date(2017, 8, 14)),
        ("2011-04", "Apr 2011", date(2011, 4, 30)),
        ("2020", "2020", date(2020, 12, 31)),
        ("2014~", "around 2014", date(2014, 12, 31)),
        ("2016-12/2017-08", "Dec 2016 – Aug 2017", date(2017, 8, 31)),
        ("198X", "the 1980s", date(1989, 12, 31)),
        ("2024-02", "Feb 2024", date(2024, 2, 29)),
    ],
)
def test_stored_dates_read_as_plain_words_and_know_their_latest_day(stored, words, latest):
    assert dates.describe(stored) == words
    assert dates.latest(stored) == latest


@pytest.mark.parametrize("bad", ["2017-13", "2017-02-30", "April 2011", "2018/2017", "", "20"])
def test_text_that_is_not_a_date_is_refused(bad):
    with pytest.raises(dates.BadDate):
        dates.parse(bad)


def test_a_missing_date_stays_missing():
    assert dates.describe(None) is None
