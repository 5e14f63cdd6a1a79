"""Collectives named by a word ("Western countries", "the Europeans") stand for the member
countries the article named before them (actors/sets.py, data/actors/collectives.tsv; issue 11,
section 3, "institutions and sets").

All texts here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import actors_of, events_of


def _accusation(result, source):
    [event] = [e for e in events_of(result, "ACCUSE") if source in actors_of(e.source)]
    return event


def test_collectives_western_countries_are_the_western_ones_named_before(code):
    # Britain and France are the Western countries the story named; Russia and China are not Western
    result = code("UNITED NATIONS (AP) — China on Friday blocked a draft resolution written by Britain and France "
                  "on the war in Sudan. Russia abstained. China's envoy accused Western countries of hypocrisy.")
    event = _accusation(result, "CHN")
    assert actors_of(event.target) & {"GBR", "FRA"} == {"GBR", "FRA"}
    assert not actors_of(event.target) & {"RUS", "CHN"}
    assert {p.text for p in event.target if p.actor} == {"Western countries"}  # the span stops before "of"


def test_collectives_one_member_named_is_not_the_collective(code):
    # Britain alone is not the "Western countries" the envoy speaks of
    result = code("UNITED NATIONS (AP) — China on Friday blocked a draft resolution written by Britain on the "
                  "war in Sudan. Russia abstained. China's envoy accused Western countries of hypocrisy.")
    event = _accusation(result, "CHN")
    assert not any(p.actor for p in event.target)


def test_collectives_the_europeans_are_the_european_countries_named_before(code):
    result = code("TEHRAN, May 4 (AFP) - Iran said on Monday it would limit inspections after Britain, France "
                  "and Germany restored U.N. sanctions. Russia said the move was illegal. Iran's foreign "
                  "ministry accused the Europeans of bad faith.")
    event = _accusation(result, "IRN")
    assert {"GBR", "FRA", "DEU"} <= actors_of(event.target)
    assert not actors_of(event.target) & {"RUS", "IRN"}


def test_collectives_no_member_named_leaves_the_phrase_unresolved(code):
    result = code("ASMARA, May 4 (Reuters) - Eritrea accused Ethiopia of massing troops on the border. "
                  "Ethiopia denied the charge. Eritrea also accused Western countries of double standards.")
    [event] = [e for e in events_of(result, "ACCUSE") if any("Western" in p.text for p in e.target)]
    assert not any(p.actor for p in event.target)


def test_collectives_the_subject_is_not_among_the_members_it_addresses(code):
    # France urges the others: it is not one of the "European countries" it calls on
    result = code("PARIS, May 4 (Reuters) - France and Italy signed a defence pact on Monday. Spain welcomed "
                  "the pact. France urged European countries to raise military spending.")
    # Italy and Spain: two members besides France itself
    [event] = [e for e in events_of(result, "REQUEST") if "FRA" in actors_of(e.source)]
    assert actors_of(event.target) & {"ITA", "ESP"} and "FRA" not in actors_of(event.target)


def test_collectives_a_closed_collective_stands_for_all_its_members(code):
    # the Baltic states are Estonia, Latvia and Lithuania, whether or not the story named them (h-sets)
    result = code("MOSCOW, May 4 (Reuters) - Russia's foreign ministry accused the Baltic states on Monday of "
                  "seizing its cargo ships.")
    event = _accusation(result, "RUS")
    assert actors_of(event.target) == {"EST", "LVA", "LTU"}


def test_collectives_a_closed_collective_takes_its_own_number_and_modifiers_of_two_words(code):
    result = code("ALMATY, May 4 (AFP) - The five Central Asian republics accused Afghanistan's Taliban of "
                  "diverting the Amu Darya. Two Baltic states accused Russia of jamming flights.")
    [five] = [e for e in events_of(result, "ACCUSE") if "Central" in e.sentence.text and e.source]
    assert actors_of(five.source) == {"KAZ", "KGZ", "TJK", "TKM", "UZB"}
    # "two Baltic states" are some of the three, not all of them
    [two] = [e for e in events_of(result, "ACCUSE") if "Baltic" in e.sentence.text]
    assert not actors_of(two.source) & {"EST", "LVA", "LTU"} or len(actors_of(two.source)) == 2


def test_collectives_the_other_members_of_a_closed_collective(code):
    result = code("HELSINKI, May 4 (Reuters) - Finland and the other Nordic countries accused Russia of "
                  "jamming GPS signals.")
    event = _accusation(result, "FIN")
    assert actors_of(event.source) == {"FIN", "DNK", "ISL", "NOR", "SWE"}


def test_collectives_a_sector_noun_of_a_collective_is_not_the_articles_country(code):
    # h-sets: "Western intelligence services" are no Russian spies, though the story is datelined in Moscow
    result = code("MOSCOW, May 4 (Reuters) - The Kremlin accused Western intelligence services on Monday of "
                  "plotting attacks on its airports.")
    event = _accusation(result, "RUS")
    assert not any(p.actor for p in event.target)


def test_collectives_regional_collectives_stand_for_their_members_named_before(code):
    # h-sets: "Arab states" after Saudi Arabia and the UAE are named; Israel is no Arab state
    result = code("RIYADH, May 4 (Reuters) - Saudi Arabia and the United Arab Emirates met Israeli officials in "
                  "Riyadh on Monday. Iran accused Arab states of betraying the Palestinians.")
    event = _accusation(result, "IRN")
    assert actors_of(event.target) == {"SAU", "ARE"}


def test_collectives_a_plural_name_of_a_closed_collective(code):
    # h-sets: "the two Koreas", "the Baltics" name their members by a plural of their own
    result = code("BEIJING, May 4 (Reuters) - China urged the two Koreas on Monday to resume talks. Russia "
                  "criticised the Baltics over the border closures.")
    [urge] = [e for e in result.events if e.trigger.text.startswith("urged")]
    assert actors_of(urge.target) == {"KOR", "PRK"}
    [blame] = [e for e in result.events if e.trigger.text.startswith("criticised")]
    assert actors_of(blame.target) == {"EST", "LVA", "LTU"}


def test_collectives_some_members_of_a_closed_collective_are_not_all_of_them(code):
    # h-sets: "some Gulf states" are some of the six, which the text does not name
    result = code("ANKARA, May 4 (Reuters) - Turkey accused some Gulf states on Monday of funding militants.")
    event = _accusation(result, "TUR")
    assert not any(p.actor for p in event.target)
