"""A definite office noun named again (session 56, issue 11, h-org56, ``actors/nominals.py``,
``NominalRules._office_named_before``): "the commissioner", "the envoy", "the representative", "the spokesperson"
stand for the organisation whose office the same noun named the latest time before ("EU Migration Commissioner X
... The commissioner urged Accra": the EU), not for the dateline's or the host's government; when that latest
mention is a state's ("Kenya's police commissioner X ... The commissioner"), the rule leaves the noun to the state
rules.

All sentences here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

from tests.conftest import codes_of


def _sources(result, trigger: str) -> set[str]:
    """The codes of the sources of the events whose trigger starts with ``trigger``; the events must exist."""
    events = [e for e in result.events if e.trigger.text.startswith(trigger)]
    assert events, result.events
    return {c for e in events for c in codes_of(e.source)}


def test_office_named_before_an_unknown_commissioner_of_the_eu(code):
    text = ("LOME, May 5 (Reuters) - EU Trade Commissioner Jonas Holm signed a fisheries deal with Togo on Monday. "
            "Holm met Togo's trade minister before the signing. The commissioner urged Lome to curb illegal fishing.")
    sources = _sources(code(text, date="2026-05-05"), "urged")
    assert sources == {"IGOEUREEC"}, sources


def test_office_named_before_a_un_envoy_received_by_a_minister(code):
    text = ("BAMAKO, March 3 (AFP) - U.N. envoy Lars Holt arrived in Bamako on Monday for talks on the transition. "
            "Mali's prime minister received the envoy at his office. The envoy urged the junta to set a date for "
            "elections.")
    sources = _sources(code(text, date="2026-03-03"), "urged")
    assert sources == {"IGOUNO"}, sources


def test_office_named_before_a_states_own_commissioner_stays_the_states(code):
    text = ("KAMPALA, July 2 (Reuters) - Uganda's police commissioner Joseph Okello said on Thursday officers had "
            "detained 14 Kenyan fishermen on Lake Victoria. Kenya's embassy asked for consular access. The "
            "commissioner rejected the request.")
    sources = _sources(code(text, date="2026-07-02"), "rejected")
    assert sources <= {"UGAGOV", "UGACOP"} and sources, sources


def test_office_named_before_a_title_with_a_modifier_is_not_named_again(code):
    # "the Kenyan envoy": a noun with its own owner is left to the other rules, not the U.N.'s
    text = ("NAIROBI, Jan 9 (Reuters) - U.N. envoy Lars Holt met Somali leaders in Mogadishu on Thursday. Somalia "
            "summoned the Kenyan envoy on Friday over a border raid. The Kenyan envoy rejected the charges.")
    sources = _sources(code(text, date="2026-01-09"), "rejected")
    assert "IGOUNO" not in sources, sources


def test_office_named_before_an_office_of_the_organisation_named_before(code):
    # no "High Commissioner" named before: offices.tsv gives the office to the refugee agency the story named
    text = ("GENEVA, Oct 30 (Reuters) - The U.N. refugee agency on Friday urged Chad to stop deporting Sudanese "
            "refugees, a UNHCR spokeswoman said. Chad's government rejected the criticism. The High Commissioner "
            "is due to visit N'Djamena in November, the agency said.")
    sources = _sources(code(text, date="2026-10-30"), "visit")
    assert sources == {"IGOUNOHCR"}, sources


def test_office_named_before_an_office_of_no_organisation_named_is_not_given(code):
    # the same office with no organisation of offices.tsv named before: not the refugee agency's
    text = ("ISLAMABAD, Oct 30 (Reuters) - Pakistan on Friday urged Britain to return two fugitives, a foreign "
            "ministry spokeswoman said. Britain's government rejected the request. The High Commissioner is due "
            "to meet Pakistani officials in November, the ministry said.")
    sources = _sources(code(text, date="2026-10-30"), "meet")
    assert "IGOUNOHCR" not in sources, sources


def test_office_named_before_offices_load_and_a_bad_row_is_named(tmp_path):
    import pytest

    from detente.actors.kb import KnowledgeBaseError, _offices, load_default

    kb = load_default()
    assert {"unhcr", "ohchr"} <= set(kb.offices["high commissioner"])
    path = tmp_path / "offices.tsv"
    path.write_text("office\torganisation\tnote\nhigh commissioner\tBEL\ta country\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="names no organisation 'BEL'"):
        _offices(kb.entries, kb.sectors, path)
    path.write_text("office\torganisation\tnote\ntroops\tunhcr\tno office\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="no government role word"):
        _offices(kb.entries, kb.sectors, path)
