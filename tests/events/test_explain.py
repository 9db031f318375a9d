from eventwire.events.explain import explain


def test_explain_shows_parse_actors_patterns_and_the_event(coder):
    report = explain(coder, "The U.S. is not ready to collaborate militarily with Russia.", "2017-02-16")
    assert "parse:" in report and "collaborate" in report
    assert "'U.S.'" in report and "USA" in report
    assert "* cooperate" in report  # the pattern that fired is marked
    assert "deciding: ready" in report
    assert "1212 Reject military cooperation [ready+cooperate.neg" in report


def test_explain_says_why_nothing_came_out(coder):
    report = explain(coder, "The weather was fine.", "2017-02-16")
    assert "(none: no pattern fired" in report
