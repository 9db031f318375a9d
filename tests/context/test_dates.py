import pytest

from eventwire.context.dates import resolve
from eventwire.model import Article

PUBLISHED = "2017-02-16"  # a Thursday


@pytest.mark.parametrize("text,date,precision", [
    ("Thursday", "2017-02-16", "day"),
    ("Monday", "2017-02-13", "day"),
    ("last Thursday", "2017-02-09", "day"),
    ("yesterday", "2017-02-15", "day"),
    ("today", "2017-02-16", "day"),
    ("last year", "2016-01-01", "year"),
    ("2014", "2014-01-01", "year"),
    ("in 2014", "2014-01-01", "year"),
    ("March 23", "2016-03-23", "day"),  # not yet come in 2017: the March before
    ("February 3", "2017-02-03", "day"),
    ("January", "2017-01-01", "month"),
    ("March 2014", "2014-03-01", "month"),
    ("last month", "2017-01-01", "month"),
    ("two days ago", "2017-02-14", "day"),  # dateparser, for what the rules do not know
    ("three years ago", "2014-01-01", "year"),
    ("last week", "2017-02-09", "day"),
])
def test_resolves_against_publication_date(text, date, precision):
    when = resolve(text, PUBLISHED)
    assert (when.date, when.precision) == (date, precision)


def test_historical_means_wholly_more_than_30_days_before():
    assert resolve("2014", PUBLISHED).historical(PUBLISHED)
    assert resolve("last year", PUBLISHED).historical(PUBLISHED)  # 2016 ended 47 days before
    assert not resolve("Thursday", PUBLISHED).historical(PUBLISHED)
    assert not resolve("January", PUBLISHED).historical(PUBLISHED)  # ended 16 days before


def test_unknown_words_give_nothing():
    assert resolve("the near future", PUBLISHED) is None
    assert resolve("in the 1990s", PUBLISHED) is None


def test_a_day_still_to_come_is_this_year_for_a_future_event():
    assert resolve("January 15", "2017-01-10").date == "2016-01-15"  # said of the past
    assert resolve("January 15", "2017-01-10", future=True).date == "2017-01-15"


def test_a_date_belongs_to_its_own_clause(coder):
    def dated(text):
        return [(e.date, e.modality) for e in coder.code([Article(id="t", text=text, date="2017-02-16")])]
    # a contrasted clause has its own time: the 2011 is al-Shabab's decline, not its attacks
    assert all(m == "asserted" for _, m in dated(
        "Al-Shabab has been in decline since 2011, but still launches deadly attacks against "
        "military targets in Mogadishu."))
    # "back to 2011 when ... signed": the clause is dated by the year it describes
    assert {(d, m) for d, m in dated("The project can be traced back to 2011 when the UK and China "
                                     "signed an infrastructure cooperation agreement.")} == {("2011-01-01", "historical")}


def test_a_length_of_time_dates_nothing_but_a_time_ago_does(coder):
    def dated(text):
        return [(e.date, e.date_text, e.modality)
                for e in coder.code([Article(id="t", text=text, date="2017-02-16")])]
    # "after four years" measures the closure; the opening is today's news
    assert dated("Uzbekistan opened the border bridge after four years of closure.") == [
        ("2017-02-16", None, "asserted")]
    assert all(m == "asserted" for *_, m in dated(
        "Over the past three years, Russia has supplied weapons to Syria."))
    assert [m for *_, m in dated("Russia signed the agreement with Georgia last year.")] == ["historical"]


def test_a_time_earlier_is_history_and_a_time_later_dates_nothing(coder):
    def dated(text):
        return [(e.date[:4], e.modality)
                for e in coder.code([Article(id="t", text=text, date="2017-02-16")])]
    # told from a time of the story's own: at least that far back, so history
    assert all(m == "historical" for _, m in dated(
        "Twenty years earlier, President Carter had mediated between Egypt and Israel."))
    assert dated("Three days earlier, Russia attacked Ukraine.") == [("2017", "asserted")]
    assert dated("Three years later, Russia attacked Ukraine.") == [("2017", "asserted")]
