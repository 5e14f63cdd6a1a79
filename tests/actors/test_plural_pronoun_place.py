"""A plural pronoun ("accused them of") is not a country named alone as a place ("strikes on camps in Somalia"):
such a name is "it", and a place is where, not who (issue 11).

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

from tests.conftest import events_of


def test_plural_pronoun_is_not_a_country_named_as_a_place(code):
    result = code("MOGADISHU, March 3 (Reuters) - Kenya and Ethiopia carried out air strikes on al Shabaab camps in "
                  "Somalia on Tuesday.\n\nAl Shabaab said it would take revenge. The group's spokesman accused them "
                  "of killing civilians.", date="2026-03-03")
    accusations = [e for e in events_of(result, "ACCUSE") if "accused them" in e.sentence.text]
    targets = {p.country for e in accusations for p in e.target if p.country}
    assert accusations and targets and targets <= {"KEN", "ETH"}, result.events
