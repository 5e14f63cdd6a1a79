"""Organisation offices whose title the coder misread (session 56, issue 11, h-org2): "the secretary-general" whose
last word the parser reads as an adjective (``DocResolver.titled_adjective``: it heads the title as a noun would),
"the director general" whose last word is no military general (a title row of sectors.tsv, the offices of
organisations in offices.tsv), "the special rapporteur" (a UN office, offices.tsv); a title of several words named
again is the same title, not any earlier word "general" (``NominalRules._title_words``); a state's holder of an
organisation-sector title ("the ministry's secretary-general") is its government, no state having an IGO sector
(``ActorFinder.sector_ref``).

All sentences here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

from tests.conftest import codes_of


def _sources(result, trigger: str) -> set[str]:
    """The codes of the sources of the events whose trigger starts with ``trigger``; the events must exist."""
    events = [e for e in result.events if e.trigger.text.startswith(trigger)]
    assert events, result.events
    return {c for e in events for c in codes_of(e.source)}


def test_office_titles_a_secretary_general_read_as_an_adjective_is_the_organisation(code):
    text = ("NAIROBI, June 4 (Reuters) - U.N. Secretary-General Antonio Guterres met Kenya's president in Nairobi "
            "on Thursday. Kenya's foreign minister said the talks covered Sudan. The secretary-general urged Kenya "
            "to send more police officers to Haiti.")
    sources = _sources(code(text, date="2026-06-04"), "urged")
    assert sources == {"IGOUNO"}, sources


def test_office_titles_a_director_general_is_the_agency_named_before_not_an_army(code):
    text = ("GENEVA, Feb 12 (AFP) - The World Health Organization said on Thursday that measles cases in Chad had "
            "tripled. The director general urged Chad to vaccinate children in the refugee camps.")
    sources = _sources(code(text, date="2026-02-12"), "urged")
    assert sources == {"IGOUNOWHO"}, sources


def test_office_titles_a_special_rapporteur_is_the_uns(code):
    text = ("GENEVA, April 8 (Reuters) - The United Nations said its investigator on Eritrea had not been allowed "
            "into the country since 2012. The special rapporteur accused Eritrea of holding conscripts for decades.")
    sources = _sources(code(text, date="2026-04-08"), "accused")
    assert sources == {"IGOUNO"}, sources


def test_office_titles_a_states_director_general_stays_its_government(code):
    text = ("LUSAKA, Aug 3 (Reuters) - Zambia's director general of immigration, Peter Banda, said on Monday that "
            "officers had turned back 90 migrants. The director general accused Malawi of issuing false papers.")
    sources = _sources(code(text, date="2026-08-03"), "accused")
    assert sources == {"ZMBGOV"}, sources


def test_office_titles_a_ministrys_secretary_general_is_its_government(code):
    # "secretary general" is an organisation-sector title; a state's holder of it is its government, never ZMBIGO
    text = ("LUSAKA, Aug 3 (Reuters) - Zambia's foreign ministry summoned Malawi's envoy on Monday. The ministry's "
            "secretary-general warned Malawi that it would close the border crossing at Mchinji.")
    sources = _sources(code(text, date="2026-08-03"), "warned")
    assert sources == {"ZMBGOV"}, sources


def test_office_titles_a_title_of_several_words_is_not_an_earlier_general(code):
    # "the General Assembly" named before names no secretary-general: not the Assembly's
    text = ("NEW YORK, Sept 22 (Reuters) - The U.N. General Assembly opened its annual debate on Tuesday. Brazil's "
            "president spoke first. The secretary-general urged Brazil to protect the Amazon.")
    sources = _sources(code(text, date="2026-09-22"), "urged")
    assert "IGOUNOGEN" not in sources, sources


def test_office_titles_rows_load():
    from detente.actors.kb import load_default

    kb = load_default()
    assert kb.sectors["director general"] == "GOV" and kb.sectors["special rapporteur"] == "GOV"
    assert {"iaea", "who"} <= set(kb.offices["director general"]) and kb.offices["special rapporteur"] == ("un",)
