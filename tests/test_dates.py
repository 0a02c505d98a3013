import datetime as dt

import pytest

from summarizer.dates import find_date_expression, iso_from_model, resolve

PUB = dt.date(2019, 12, 10)  # a Tuesday


@pytest.mark.parametrize(
    ("words", "iso"),
    [
        ("Monday", "2019-12-09"),
        ("on Thursday", "2019-12-05"),
        ("Saturday", "2019-12-07"),
        ("Tuesday", "2019-12-10"),  # the publication's own weekday is that day
        ("last Tuesday", "2019-12-03"),
        ("December 3", "2019-12-03"),
        ("Dec. 3", "2019-12-03"),
        ("3 December", "2019-12-03"),
        ("April 15, 2013", "2013-04-15"),
        ("yesterday", "2019-12-09"),
        ("2019-11-30", "2019-11-30"),
    ],
)
def test_relative_dates_against_publication(words, iso):
    assert resolve(words, PUB).iso == iso


def test_december_date_in_a_january_article_is_last_year():
    assert resolve("December 28", dt.date(2020, 1, 3)).iso == "2019-12-28"


def test_month_precision_and_unknowns():
    assert resolve("June 2014", None).model_dump() == {"iso": "2014-06", "text": "June 2014", "precision": "month"}
    assert resolve("Monday", None).iso is None
    assert resolve("", PUB) is None


def test_overnight_is_the_night_before_the_release_told_by_its_month():
    # "overnight" in a release of Sept. 22: the night of Sept. 21-22, a day the text does not fix (devA
    # isaf-2010-09-ghazni-waghaz-taliban-facilitator-captured labels it 2010-09)
    assert resolve("overnight", dt.date(2010, 9, 22)).model_dump() == {"iso": "2010-09", "text": "overnight", "precision": "month"}
    assert resolve("overnight", dt.date(2010, 10, 1)).iso == "2010"  # the night of Sept. 30-Oct. 1
    assert resolve("overnight", dt.date(2011, 1, 1)).iso is None
    assert resolve("overnight", None).iso is None


def test_model_iso_is_overridden_by_its_own_words():
    # the model miscounted the weekday; the article's words win
    assert iso_from_model("2019-12-08", "Monday", PUB).iso == "2019-12-09"
    assert iso_from_model("2019-12-08", None, PUB).iso == "2019-12-08"


def test_find_date_expression():
    assert find_date_expression("The attack on the airport and a December 3 attack on Al Assad") == "December 3"
    assert find_date_expression("Another attack took place Thursday, with rockets") == "Thursday"
    assert find_date_expression("No date here.") is None
