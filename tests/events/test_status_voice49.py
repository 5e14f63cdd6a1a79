"""A deed told first and then sourced to an unnamed official voice nothing places (issue 11, session 49, h-moda49):
"..., officials said", "..., a security source said" vouch for the deed as a party's voice, asserted with the
attribution kept (``VouchRules.unplaced_voice_after``, the ``voice`` cues of ``lexicon/cues.tsv``). Witnesses, a
voice placed by its own words, and a voice that leads the sentence keep the deed reported. Sentences written for the
tests (invented, wire style)."""

from tests.conftest import events_of

DAY = "2026-04-15"


def _deed(code, text):
    result = code(text, date=DAY)
    [deed] = events_of(result, "ASSAULT") or events_of(result, "FIGHT") or events_of(result, "COERCE")
    return deed


def test_security_source_after_the_deed_asserts_it(code):
    deed = _deed(code, "MALE, April 15 (AFP) - Indian coast guard ships seized a Sri Lankan trawler near Minicoy on "
                       "Monday, a security source said.")
    assert deed.modality == "asserted"
    assert deed.attribution is not None and deed.attribution.anonymous


def test_sources_after_a_deed_of_no_state_assert_it(code):
    deed = _deed(code, "BAMAKO, April 15 (AFP) - Gunmen ambushed a Malian army convoy near Gao on Monday, "
                       "sources said.")
    assert deed.modality == "asserted"
    assert deed.attribution is not None and deed.attribution.text == "sources"


def test_the_rule_is_named_in_the_explanation(explaining):
    from detente.model import Article

    text = "BAMAKO, April 15 (AFP) - Gunmen ambushed a Malian army convoy near Gao on Monday, sources said."
    [deed] = events_of(explaining.code(Article(text=text, date=None)), "ASSAULT")
    assert "unplaced voice 'sources'" in deed.explanation.status["modality"]


def test_witnesses_keep_the_deed_reported(code):
    # must not change: witnesses are a third party, not a voice of the sides
    deed = _deed(code, "BAKU, April 15 (Reuters) - Azerbaijani troops shelled an Armenian post near Sotk on Tuesday, "
                       "witnesses said.")
    assert deed.modality == "reported"


def test_a_voice_that_leads_keeps_the_deed_reported(code):
    # the deed inside the voice's own reporting verb is its claim, not told first
    deed = _deed(code, "BAKU, April 15 (Reuters) - A source said Azerbaijani troops had shelled an Armenian post "
                       "near Sotk on Tuesday.")
    assert deed.modality == "reported"


def test_a_voice_named_with_more_of_who_it_is_keeps_the_deed_reported(code):
    deed = _deed(code, "BAKU, April 15 (Reuters) - Azerbaijani troops shelled an Armenian post near Sotk on Tuesday, "
                       "two diplomats familiar with the negotiations said.")
    assert deed.modality == "reported"
