"""Bare state bodies, generic plurals and pronouns that took the wrong side on the newest copy (session 24, issue
11's false dyads, h-bodies24).

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

from tests.conftest import events_of


def _countries(participants) -> set[str]:
    return {p.country for p in participants if p.country}


def test_bodies24_a_body_the_words_set_apart_is_not_another_countrys_of_its_noun(code):
    # "the interior ministry" is not "Chile's foreign ministry": a ministry named the first time, the dateline's
    result = code("LIMA, May 6 (Reuters) - Chile's foreign ministry on Tuesday criticised Peru's new migrant rules. "
                  "The interior ministry accused Santiago of pushing migrants across the border at night.",
                  date="2026-05-06")
    accusations = [e for e in events_of(result) if "pushing" in e.sentence.text and "accused" in e.trigger.text]
    assert accusations and all(_countries(e.source) == {"PER"} for e in accusations), result.events


def test_bodies24_a_bare_body_is_the_latest_speakers_countrys(code):
    # the latest ministry named is Thailand's, but the paragraph before "the ministry" is a Cambodian official's
    result = code("PHNOM PENH, May 6 (AFP) - The Foreign Ministry in Phnom Penh protested on Tuesday after Thai "
                  "soldiers dug trenches near a border temple, the ministry said.\n\n"
                  "Thailand's Defence Ministry said the work was on Thai soil.\n\n"
                  "A Cambodian official, who asked not to be named, said Phnom Penh could take the dispute to the "
                  "International Court of Justice.\n\n"
                  "The ministry also asked ASEAN to send observers to the temple.", date="2026-05-06")
    appeals = [e for e in events_of(result) if "observers" in e.sentence.text and "asked" in e.trigger.text]
    assert appeals and all(_countries(e.source) == {"KHM"} for e in appeals), result.events


def test_bodies24_all_navies_are_nobody(code):
    result = code("WELLINGTON, March 3 (AAP) - New Zealand's defence minister on Tuesday called on all navies "
                  "sailing through the Tasman Sea to announce live-fire drills in advance.", date="2026-03-03")
    calls = [e for e in events_of(result) if "called" in e.trigger.text]
    assert calls and all(not _countries(e.target) for e in calls), result.events


def test_bodies24_other_governments_of_a_region_are_nobody(code):
    # before: the five Gulf states other than Oman (a closed membership)
    result = code("MUSCAT, March 3 (Reuters) - Oman's foreign ministry welcomed the Qatari decision on Tuesday and "
                  "urged other Gulf governments to follow Doha's lead.", date="2026-03-03")
    appeals = [e for e in events_of(result) if "urged" in e.trigger.text]
    assert appeals and all(not _countries(e.target) for e in appeals), result.events


def test_bodies24_any_foreign_troops_are_not_the_articles_country(code):
    result = code("NIAMEY, March 3 (AFP) - Niger's military government on Tuesday warned any foreign troops "
                  "against entering its airspace.", date="2026-03-03")
    warnings = [e for e in events_of(result) if "warned" in e.trigger.text]
    assert warnings and all(not _countries(e.target) for e in warnings), result.events


def test_bodies24_a_definite_counted_or_named_plural_keeps_its_sides(code):
    result = code("OSLO, March 3 (Reuters) - Finland and the other Nordic states condemned Russia on Tuesday. "
                  "Norway urged all Russian troops to leave Ukraine.", date="2026-03-03")
    condemned = [e for e in events_of(result) if "condemned" in e.trigger.text]
    assert condemned and {"FIN", "NOR", "SWE", "DNK", "ISL"} <= _countries(condemned[0].source), result.events
    urged = [e for e in events_of(result) if "urged" in e.trigger.text]
    assert urged and _countries(urged[0].target) == {"RUS"}, result.events


def test_bodies24_them_after_people_done_to_is_not_the_court(code):
    # before: "them" was the court, the latest singular subject
    result = code("ACCRA, March 3 (Reuters) - A Ghanaian court on Tuesday charged four Chinese managers of a mining "
                  "firm with illegal gold mining, two weeks after soldiers had detained them near the Pra river.",
                  date="2026-03-03")
    detained = [e for e in events_of(result) if "detained" in e.trigger.text]
    assert detained and all(p.code is None or not p.code.endswith("JUD") for e in detained for p in e.target), \
        result.events


def test_bodies24_he_passive_after_a_jailing_is_the_jailed(code):
    # before: "he" was Erdogan, the subject of the sentence before
    result = code("ANKARA, March 3 (Reuters) - Turkish President Tayyip Erdogan met the German chancellor on "
                  "Tuesday. A Turkish court had jailed the German-Turkish journalist Deniz Yucel in 2017; he was "
                  "released in 2018 after talks between the two governments.", date="2026-03-03")
    he = [a for a in result.actors for m in a.mentions if m.text == "he"]
    assert he and all("Tayyip" not in a.name and any("Yucel" in m.text for m in a.mentions) for a in he), \
        result.actors


def test_bodies24_them_after_people_a_demonym_names_is_their_country(code):
    # before: both "them" were the court (Ghana's judiciary); "refused them bail" is an object the parser makes a
    # subject
    result = code("ACCRA, March 3 (Reuters) - A Ghanaian court on Tuesday charged four Chinese managers of a mining "
                  "firm with illegal gold mining and refused them bail, two weeks after soldiers had detained them "
                  "near the Pra river.", date="2026-03-03")
    them = [a for a in result.actors for m in a.mentions if m.text == "them"]
    assert len(them) == 2 and all(a.name == "China" for a in them), result.actors


def test_bodies24_they_joined_to_a_clause_on_unknown_people_is_nobody_known(code):
    # before: "they" were Uzbekistan and Kazakhstan, the pair named in the sentence before
    result = code("TASHKENT, June 4 (Reuters) - Uzbekistan and Kazakhstan traded accusations on Thursday over a "
                  "shooting at the border. The Uzbek border service said the men had crossed the line at night and "
                  "that they had fired at its guards.", date="2026-06-04")
    fired = [e for e in events_of(result) if "fired" in e.trigger.text]
    assert fired and all(not _countries(e.source) for e in fired), result.events


def test_bodies24_its_on_the_object_of_a_joined_verb_is_the_doers(code):
    # before: "its" was Belgrade, the subject of the time clause between them
    result = code("PRISTINA, June 4 (Reuters) - Kosovo halted the talks after Belgrade objected, and closed its "
                  "airspace to Serbian flights.", date="2026-06-04")
    its = [a for a in result.actors for m in a.mentions if m.text == "its"]
    assert its and all("Serbia" not in a.name for a in its), result.actors
