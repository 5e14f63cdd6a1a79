"""A passive with no agent takes its doer from the act's noun it happened in (events/doers.py,
DoerRules._relative_event_doers and _named_by): the noun's demonym or its "by" phrase, when the noun is an act of
force or coercion or a ``force_operation_noun``: "a raid by X on a camp in which four were killed", "an operation by
X against smugglers, in which boats were burned", "wounded in an attack by X". A march, a rally or a storm gives no
doer.

All texts here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import countries_of


def _events(result, trigger: str) -> list:
    return [e for e in result.events if trigger in e.trigger.text]


def _doers(result, trigger: str) -> list[str]:
    return sorted({c for e in _events(result, trigger) for c in countries_of(e.source)})


def test_in_which_passive_takes_the_doer_named_after_by(code):
    result = code("ABUJA, May 5 (Reuters) - Nigeria protested on Tuesday over a raid by Cameroonian gendarmes on "
                  "a village near Mubi in which six Nigerian farmers were killed, the foreign ministry said.",
                  date="2026-05-05")
    assert _doers(result, "killed") == ["CMR"]


def test_in_which_passive_on_an_operation(code):
    result = code("QUITO (AFP) - Ecuador summoned Colombia's envoy after an operation by Colombian police against "
                  "miners on the San Miguel river, in which ten Ecuadorean rafts were burned.", date="2026-05-05")
    assert _doers(result, "burned") == ["COL"]


def test_passive_joined_after_an_in_which_clause(code):
    # the parser joins "seized" to "demanded": it is still a conjunct of the "in which" clause
    result = code("BAMAKO, June 2 (Reuters) - Mali demanded an explanation from Mauritania on Monday for a raid by "
                  "Mauritanian troops on a camp near Nioro in which three Malian herders were killed and their "
                  "goats were seized.", date="2026-06-02")
    assert _doers(result, "seized") == ["MRT"]


def test_passive_done_in_an_attack_named_with_by(code):
    result = code("NEW DELHI, Oct 9 (Reuters) - Three Indian soldiers were killed in an attack by Pakistani troops "
                  "on a post in Kupwara on Friday, the army said.", date="2026-10-09")
    assert _doers(result, "killed") == ["PAK"]


def test_the_marchers_arrest_no_one(code):
    # must not change: a march "by" opposition supporters does not make them the ones who arrested
    result = code("MINSK, Aug 8 (AP) - Police broke up a march by Belarusian opposition supporters on Sunday in "
                  "which 45 people were detained, a rights group said.", date="2026-08-08")
    for event in _events(result, "detained"):
        assert not any(p.actor and "opposition" in p.text for p in event.source)


def test_a_storm_gives_no_doer(code):
    result = code("MANILA (AFP) - The Philippines asked Vietnam for help after a typhoon in the South China Sea in "
                  "which nine fishermen were killed.", date="2026-08-08")
    assert _doers(result, "killed") == []


def test_signed_during_a_visit_by_a_delegation(code):
    result = code("TASHKENT, April 7 (Reuters) - Three trade accords were signed in Tashkent on Tuesday during a "
                  "visit by a Turkish government delegation, the foreign ministry said.", date="2026-04-07")
    assert "TUR" in _doers(result, "signed")


def test_agent_names_its_actor_inside(code):
    # the agent "elements of the Ethiopian army" names its actor inside, as a subject would
    result = code("ASMARA (Reuters) - Eritrea said on Sunday that its border posts near Badme were attacked by "
                  "elements of the Ethiopian army.", date="2026-04-07")
    assert _doers(result, "attacked") == ["ETH"]
