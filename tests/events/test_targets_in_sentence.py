"""Targets named in the act's own sentence that the rules used to leave empty (issue 11, session 21): people a
state force acts on at a named place of the article's own country, and more below.

All sentences here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import actors_of, events_of


def test_targets_people_at_a_place_of_another_country_get_no_country(code):
    # the place belongs to another country than the article's: the people are not the article's country's
    result = code("ACCRA, May 4 (Reuters) - Ghana's foreign minister said police had fired tear gas at protesters "
                  "in Lome on Tuesday.")
    assert not any("GHA" in actors_of(e.target) for e in result.events)


def test_targets_negated_acceptance_of_a_thing_is_aimed_at_whom_its_relative_clause_names(code):
    # a negated act that is a refusal ("would not accept"), its object's relative clause naming the state's rebels:
    # they are a party of their own, not the refuser's side
    result = code("BAMAKO, May 4 (Reuters) - Mali's junta said it would not accept any deal that gives the "
                  "Tuareg rebels seats in the government.")
    [refusal] = events_of(result, "REJECT")
    assert "MLI" in actors_of(refusal.source) and actors_of(refusal.target) and "MLIGOV" not in actors_of(
        refusal.target)


def test_targets_refusal_to_go_to_a_meeting_is_aimed_at_whom_its_relative_clause_names(code):
    # the thing refused is the object of a preposition ("to a summit that X hosts"); the doer's own delegation is
    # no other party
    result = code("SOFIA, May 4 (Reuters) - Bulgaria will not send a delegation to a forum that Hungary is hosting "
                  "in Budapest next month.")
    [refusal] = events_of(result, "REJECT")
    assert actors_of(refusal.target) == {"HUN"}


def test_targets_thing_used_by_an_actor_is_that_actors(code):
    # "an airport used by X": the participle's doer is whose the thing hit is, and the act's target
    result = code("JUBA, May 4 (Reuters) - The militia shelled an airfield used by the South Sudanese army on Monday.")
    [force] = events_of(result, "ASSAULT")
    assert "SSD" in actors_of(force.target)


def test_targets_thing_operated_by_a_company_is_that_companys(code):
    result = code("LONDON, May 4 (Reuters) - Iran seized a tanker operated by a Greek shipping firm on Monday.")
    [seizure] = events_of(result, "COERCE")
    assert "GRC" in actors_of(seizure.target)


def test_targets_passive_with_a_bare_number_for_subject_is_done_to_the_noun_it_stands_for(code):
    # "several were shot down": the noun left out is the nearest known plural noun before it in the sentence
    result = code("VILNIUS, May 4 (Reuters) - About a dozen Belarusian drones crossed into Lithuanian airspace "
                  "overnight, and several were shot down by Lithuanian troops.")
    [force] = [e for e in result.events if e.trigger.text.startswith("shot")]
    assert "BLR" in actors_of(force.target) and "LTU" in actors_of(force.source)


def test_targets_passive_with_a_bare_number_and_no_known_noun_before_it_names_no_target(code):
    result = code("VILNIUS, May 4 (Reuters) - About a dozen balloons crossed into Lithuanian airspace overnight, "
                  "and several were shot down by Lithuanian troops.")
    [force] = [e for e in result.events if e.trigger.text.startswith("shot")]
    assert not any(p.actor for p in force.target)


def test_targets_forces_a_state_keeps_somewhere_are_its_own(code):
    # "keeps 3,000 soldiers there" (``dispatch_verb``): the state's own forces, so whoever asks them to leave asks it
    result = code("YEREVAN, May 4 (Reuters) - Russia keeps about 3,000 soldiers there, whom Armenia has repeatedly "
                  "asked to go home.")
    [request] = events_of(result, "REQUEST")
    assert "RUS" in actors_of(request.target) and "ARM" in actors_of(request.source)


def test_targets_offer_provided_that_another_acts_is_made_to_it(code):
    # "provided that X lets ...": the condition is set on X, the offer's other party
    result = code("LA PAZ, May 4 (Reuters) - Bolivia offered to send buses to take the stranded workers home, "
                  "provided that Chile lets its consuls return.")
    [offer] = events_of(result, "AGREE")
    assert "CHL" in actors_of(offer.target)


def test_targets_offer_on_condition_that_another_acts_is_made_to_it(code):
    result = code("YEREVAN, May 4 (Reuters) - Armenia would accept a ceasefire on condition that Azerbaijan pulls "
                  "back its troops.")
    [offer] = [e for e in events_of(result, "AGREE") if "ARM" in actors_of(e.source)]
    assert "AZE" in actors_of(offer.target)


def test_targets_passive_with_a_bare_number_stands_for_the_nearest_plural_noun_only(code):
    # "many" stands for the villages (no actor), not for the troops named before them
    result = code("KHARTOUM, May 4 (Reuters) - Paramilitary fighters torched villages in Darfur, and many were "
                  "destroyed by Sudanese troops.")
    assert not any("SDNREB" in (p.code or "") or "paramilitary" in p.text.lower()
                   for e in result.events if e.trigger.text.startswith("destroyed") for p in e.target)
