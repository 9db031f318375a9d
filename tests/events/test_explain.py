from eventwire.events.explain import explain


def test_explain_shows_parse_actors_patterns_and_the_event(coder):
    report = explain(coder, "Germany is not yet ready to collaborate militarily with Turkey, its "
                            "defence minister said.", "2017-02-16")
    assert "parse:" in report and "collaborate" in report
    assert "'Germany'" in report and "DEU" in report
    assert "* cooperate" in report  # the pattern that fired is marked
    assert "deciding: ready" in report
    assert "1212 Reject military cooperation [ready+cooperate.neg" in report


def test_explain_says_why_nothing_came_out(coder):
    report = explain(coder, "The weather was fine.", "2017-02-16")
    assert "(none: no pattern fired" in report


def test_explain_lists_the_patterns_of_a_hyphenated_compound(coder):
    # the tokenizer splits "cease-fire"; the pattern tried is the joined word's, and it shows
    report = explain(coder, "Israel and Hamas agreed to a cease-fire on Sunday.", "2017-02-16")
    assert "'fire' (fire / cease-fire / ceasefire, noun):" in report
    assert "* ceasefire" in report


def test_explain_says_a_describing_noun_is_no_act(coder):
    report = explain(coder, "Russia remains the biggest threat to the alliance.", "2017-02-16")
    assert "'threat' (threat, noun):" in report
    assert "is no act" in report
