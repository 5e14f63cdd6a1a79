"""Deployments and their targets (issue 11, session 46, h-mob46): the units a show of force sends, moves or readies are
its instrument, never its target (``assemble._units_sent``, ``dispatch_verb`` and ``forces_verb`` in words.tsv),
nor is a time ("on Sunday night"); a build-up told as the content of an accusation is aimed at the accuser
(``CodeSideRules.accuser_threatened``); commandos, marines, paratroopers or rangers sent are a show of force
(verbs.tsv, 154), and a ship sent with relief stays aid.

All sentences here are synthetic, written in agency style for these tests; none comes from a development set or
from a real article."""

from tests.conftest import events_of

from detente.events.assemble import _units_sent
from detente.events.lexicon import load_default
from detente.records import Candidate


def _shows(result):
    return [e for e in result.events if e.cameo.startswith("15")]


def _target_texts(events):
    return [p.text for e in events for p in e.target]


def test_units_sent_are_no_target_though_the_resolver_gives_them_the_other_state(code):
    result = code("KAMPALA, May 4 (Reuters) - Kenya condemned a raid by Ugandan cattle rustlers on Sunday. "
                  "Uganda's interior ministry sent riot police to the town of Moroto on Tuesday, the ministry said.")
    shows = _shows(result)
    assert shows
    assert not any("police" in t for t in _target_texts(shows))
    assert not any(p.country == "KEN" for e in shows for p in e.target)


def test_units_pledged_are_no_target(code):
    result = code("MAPUTO, June 9 (Reuters) - Mozambique pledged to deploy three more companies to the Palma "
                  "district after insurgents attacked a convoy, the defence ministry said.")
    shows = _shows(result)
    assert shows and not any("companies" in t for t in _target_texts(shows))


def test_units_sent_conjunct_is_no_target(code):
    result = code("LA PAZ, July 2 (AP) - Peru protested the closure of the crossing. Bolivia sent some 600 "
                  "gendarmes and soldiers to the western border on Friday.")
    shows = [e for e in _shows(result) if "sent" in e.trigger.text]
    assert shows and not any("soldiers" in t or "gendarmes" in t for t in _target_texts(shows))


def test_units_sent_rule_reads_the_object_and_keeps_units_named_as_anothers(nlp):
    def judged(text, word):
        doc = nlp.parse(text)
        verb = next(t for t in doc if t.lemma_ == "send")
        unit = next(t for t in doc if t.text == word)
        candidate = Candidate(cameo="153", head=verb, trigger=(verb,), sources=(), targets=(), sentence=0)
        return _units_sent(unit, candidate, load_default().words)

    assert judged("Ruritania sent police officers to the border on Monday.", "officers")
    assert not judged("Ruritania sent Patrian police officers to the border on Monday.", "officers")
    assert not judged("Ruritania sent police officers to Patria on Monday.", "Patria")


def test_a_time_is_no_target_of_a_show_of_force(code):
    result = code("TRIPOLI, March 9 (Reuters) - Chad's army said it had sent reinforcements to the town of "
                  "Zouar on Sunday night after clashes with rebels from Libya.")
    assert not any("night" in t for t in _target_texts(_shows(result)))


def test_a_build_up_an_accuser_tells_is_aimed_at_the_accuser(code):
    result = code("ASMARA, Feb 3 (AFP) - Djibouti accused Eritrea on Tuesday of massing troops near the "
                  "disputed frontier, and summoned the Eritrean ambassador.")
    shows = [e for e in _shows(result) if any(p.country == "ERI" for p in e.source)]
    assert shows and any(p.country == "DJI" for e in shows for p in e.target)


def test_a_build_up_for_a_third_party_is_not_aimed_at_the_accuser(code):
    result = code("SEOUL, Jan 5 (Reuters) - Japan has accused North Korea of sending thousands of soldiers to "
                  "fight for Russia in Ukraine.")
    shows = [e for e in _shows(result) if any(p.country == "PRK" for p in e.source)]
    assert not any(p.country == "JPN" for e in shows for p in e.target)


def test_paratroopers_sent_are_a_show_of_force(code):
    result = code("BAKU, Oct 6 (Reuters) - Azerbaijan sent paratroopers to the town of Lachin on Monday after "
                  "a shooting near the road, the defence ministry said.")
    shows = events_of(result, "MOBILIZE")
    assert shows and not any("paratroopers" in t for t in _target_texts(shows))


def test_a_ship_sent_with_relief_stays_aid(code):
    result = code("HAVANA, Sept 3 (Reuters) - Mexico sent a navy ship loaded with food and medicine to Cuba "
                  "on Tuesday after the hurricane, the foreign ministry said.")
    assert any(e.cameo.startswith("07") for e in result.events)
    assert not events_of(result, "MOBILIZE")
