"""A state nominal no earlier noun of its own names ("the government", "the presidency"): the dateline's country,
unless the text never names that country (a third country's bureau) or the nominal's verb names it as the other
side ("The government urged Beijing" under a Beijing dateline); then the latest country named before it that is
not that side (issue 11).

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

from tests.conftest import events_of


def _countries(participants) -> set[str]:
    return {p.country for p in participants if p.country}


def test_nominal_in_a_third_countrys_bureau_is_a_party(code):
    result = code("NAIROBI, June 4 (Reuters) - Gabon closed its border with Cameroon on Tuesday after clashes between "
                  "traders and police near Ambam.\n\nCameroon called the closure unjustified. Gabon said the border "
                  "would reopen once calm returned. The presidency accused Cameroon of failing to protect its "
                  "traders.", date="2026-06-04")
    accusations = [e for e in events_of(result, "ACCUSE") if "presidency" in e.sentence.text]
    assert accusations and all(_countries(e.source) == {"GAB"} for e in accusations), result.events


def test_nominal_is_not_the_side_its_verb_names(code):
    result = code("BRASILIA, June 4 (AFP) - Paraguay expelled a Brazilian diplomat on Tuesday over comments about its "
                  "elections, prompting a protest from Brazil.\n\nParaguay said the remarks were unacceptable. The "
                  "government urged Brasilia to respect its sovereignty.", date="2026-06-04")
    appeals = [e for e in events_of(result, "REQUEST") if "government urged" in e.sentence.text]
    assert appeals and all(_countries(e.source) == {"PRY"} for e in appeals), result.events
    assert all("BRA" in _countries(e.target) for e in appeals), result.events


def test_nominal_in_the_datelines_country_stays_home(code):
    result = code("ANKARA, June 4 (Reuters) - Greece said on Tuesday that Turkish jets had violated its airspace "
                  "over the Aegean.\n\nTurkey rejected the claim. The government accused Greece of arming islands "
                  "that should stay demilitarised.", date="2026-06-04")
    accusations = [e for e in events_of(result, "ACCUSE") if "government accused" in e.sentence.text]
    assert accusations and all(_countries(e.source) == {"TUR"} for e in accusations), result.events


def test_nominal_object_is_not_its_doers_government(code):
    result = code("WASHINGTON, June 4 (Reuters) - Zimbabwean police arrested two opposition lawmakers in Harare on "
                  "Tuesday, their lawyers said.\n\nThe United States condemned the arrests. The State Department urged "
                  "the government to free the lawmakers.", date="2026-06-04")
    appeals = [e for e in events_of(result) if "government to free" in e.sentence.text]
    targets = {p.country for e in appeals for p in e.target if p.country}
    assert appeals and targets == {"ZWE"}, result.events
