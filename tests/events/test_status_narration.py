"""The article's own narration inside a reported sentence (issue 11, status scope): a non-restrictive
relative clause is told by the article, not by the speaker of the sentence. Sentences written for the
tests (synthetic, wire style)."""

from tests.conftest import events_of


def _seized(result):
    return [e for e in events_of(result, "COERCE") if e.trigger.text.startswith("seized")]


def test_status_narration_relative_clause_aside_is_not_attributed(code):
    result = code("Malian troops recaptured the town of Ber on Friday from the rebel alliance, which had seized it "
                  "in August, the army said.", date="2026-08-19")
    [seizure] = _seized(result)
    assert seizure.attribution is None and seizure.modality == "asserted"


def test_status_narration_reported_clause_and_restrictive_relative_stay_attributed(code):
    # must not change: what the army says, and a relative clause that picks out whom it means
    for text in ("The army said the rebels had seized the town of Ber in August.",
                 "The army said rebels who had seized the town of Ber in August had fled."):
        [seizure] = _seized(code(text, date="2026-08-19"))
        assert seizure.attribution is not None and seizure.attribution.text == "The army"
        assert seizure.modality == "reported"
