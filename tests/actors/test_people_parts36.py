"""Actors named through their people, parts and short forms (issue 11; session 36, h-member36): "a spokesman for
<organisation>" is the organisation, not the state named before; "Leaders of <organisation> meeting in <town>"
is the organisation, not the town's state; "the secretary-general of <organisation>", whose hyphenated title the
parser splits; and a body's short form written with a capital ("the Guards", "the Corps", "The Council") after
its full name.

All texts here are synthetic, written in agency style for these tests; none comes from a development set or from
a real article."""

from tests.conftest import actors_of, event_on


# -- "<people noun> for/of <organisation>" ------------------------------------------------------------------------
def test_people_parts36_spokesperson_for_an_organisation_is_the_organisation(code):
    result = code("BRUSSELS, May 4 (Reuters) - Russia expelled two Estonian diplomats on Monday. A spokeswoman for "
                  "the African Union expressed solidarity with Estonia.")
    event = event_on(result, "expressed solidarity")
    assert actors_of(event.source) == {"african-union"}


def test_people_parts36_spokesman_for_a_group_is_the_group(code):
    event = event_on(code("GAZA, May 4 (Reuters) - A spokesman for Hamas rejected the Egyptian truce plan on "
                          "Tuesday."), "rejected")
    assert [p.actor for p in event.source] == ["hamas"]


def test_people_parts36_envoy_for_a_country_is_not_that_country(code):
    event = event_on(code("ADEN, May 4 (Reuters) - The U.N. envoy for Yemen urged the Houthis on Monday to free "
                          "detained aid workers."), "urged")
    assert [p.code for p in event.source] == ["IGOUNO"]


def test_people_parts36_leaders_of_a_body_meeting_somewhere(code):
    event = event_on(code("HONIARA, May 4 (Reuters) - Leaders of the Pacific Islands Forum meeting in Honiara "
                          "voted on Tuesday to admit Bougainville as an observer, defying Papua New Guinea."),
                     "defying")
    assert [p.actor for p in event.source] == ["pacific-islands-forum"]


def test_people_parts36_split_secretary_general_of_a_body(code):
    event = event_on(code("CAIRO, May 4 (Reuters) - The secretary-general of the Arab League condemned Israeli air "
                          "strikes on Lebanon on Monday."), "condemned")
    assert [p.actor for p in event.source] == ["arab-league"]


# -- a body's short form, capitalised ----------------------------------------------------------------------------
def test_people_parts36_the_guards_after_the_revolutionary_guards(code):
    result = code("DUBAI, May 4 (Reuters) - Iran's Revolutionary Guards seized a Panamanian-flagged tanker on "
                  "Tuesday. The Guards also detained two Qatari sailors.")
    event = event_on(result, "detained")
    assert [p.actor for p in event.source] == ["irgc"] and actors_of(event.target) == {"QAT"}


def test_people_parts36_the_guards_possessive_gives_its_body(code):
    result = code("DUBAI, May 4 (Reuters) - Iran's Revolutionary Guards seized a Panamanian-flagged tanker on "
                  "Tuesday. The Guards' navy said it had detained the crew of a Pakistani fishing boat.")
    event = event_on(result, "detained")
    assert [p.actor for p in event.source] == ["irgc"]


def test_people_parts36_the_council_after_a_named_council(code):
    result = code("ADDIS ABABA, May 4 (Reuters) - The African Union's Peace and Security Council suspended Gabon "
                  "on Friday. The Council also urged the junta in Libreville to set a date for elections.")
    event = event_on(result, "urged")
    assert [p.actor for p in event.source] == ["au-psc"]


def test_people_parts36_a_short_form_on_an_officers_title(code):
    result = code("TEHRAN, May 4 (Reuters) - Iran's Revolutionary Guards seized a Greek tanker on Monday. A Guards "
                  "commander warned the United States against interfering.")
    assert [p.actor for p in event_on(result, "warned").source] == ["irgc"]


def test_people_parts36_a_capitalised_short_form_names_no_one_new(code):
    # "the Front" with nothing before that it is a nominal of: nobody (not the dateline's state)
    result = code("RABAT, May 4 (Reuters) - The Front accused Morocco of breaking the ceasefire.")
    event = event_on(result, "accused")
    assert not [p for p in event.source if p.actor]


# -- private people whose country the text gives by description ----------------------------------------------------
def test_people_parts36_name_then_citizen_apposition(code):
    result = code("CARACAS, May 4 (Reuters) - Venezuela detained Paul Hendricks, a Canadian citizen, near the "
                  "Colombian border on Sunday. Caracas accused Hendricks of spying.")
    assert actors_of(event_on(result, "detained").target) >= {"CAN"}
    assert {p.code for p in event_on(result, "accused").target if p.actor} == {"CANCVL"}


def test_people_parts36_described_noun_then_name(code):
    result = code("TEHRAN, May 4 (Reuters) - Iran detained a British engineer, Simon Hale, in Isfahan last month. "
                  "A Tehran court sentenced him to six years in prison on Monday.")
    assert [p.code for p in event_on(result, "sentenced").target] == ["GBRCVL"]


def test_people_parts36_national_apposition(code):
    event = event_on(code("KAMPALA, May 4 (Reuters) - Ugandan police deported Yusuf Warsame, a Somali national, on "
                          "Friday."), "deported")
    assert [p.code for p in event.target] == ["SOMCVL"]


def test_people_parts36_born_in_gives_no_nationality(code):
    event = event_on(code("MOSCOW, May 4 (Reuters) - Russian police detained Arkady Volkov, a Ukrainian-born "
                          "engineer, on Friday."), "detained")
    assert "UKR" not in actors_of(event.target)


def test_people_parts36_described_person_then_full_name(code):
    result = code("RIGA, May 4 (Reuters) - Latvia protested on Monday after Russia jailed a Latvian engineer for "
                  "espionage. A court in Pskov sentenced Janis Ozols, 51, to nine years in prison on Friday.")
    assert {p.code for p in event_on(result, "sentenced").target if p.actor} == {"LVACVL"}


def test_people_parts36_full_name_with_its_own_title_takes_no_described_country(code):
    # the name has a title of its own: it is not the described man
    result = code("LIMA, May 4 (Reuters) - Police arrested a Bolivian man near the border on Sunday. Mayor Carlos "
                  "Quispe, 51, criticised the arrest.")
    event = event_on(result, "criticised")
    assert "BOL" not in actors_of(event.source)


def test_people_parts36_two_described_countries_give_none(code):
    result = code("MOSCOW, May 4 (Reuters) - Russia detained a German tourist and a Polish student on Sunday. A "
                  "Moscow court ordered Anna Kowalska, 22, held for two months.")
    event = event_on(result, "ordered")
    assert not actors_of(event.target) & {"DEU", "POL"}


def test_people_parts36_title_phrase_ending_in_a_name_then_the_surname(code):
    # the NER misses the name after the title: "Argentine gendarme Nahuel Gallo" is Argentina's police
    result = code("Buenos Aires, Sep 23 (EFE).- Venezuela freed Argentine gendarme Nahuel Gallo on Wednesday after "
                  "holding him for 21 months. Gallo, 34, said officers had beaten him.")
    assert {p.country for p in event_on(result, "beaten").target if p.actor} == {"ARG"}


def test_people_parts36_the_bloc_after_the_pacific_islands_forum(code):
    result = code("SUVA, May 4 (Reuters) - The Pacific Islands Forum welcomed the climate finance deal on Monday. The "
                  "bloc urged Australia to phase out coal exports.")
    assert [p.actor for p in event_on(result, "urged").source] == ["pacific-islands-forum"]


# -- people of a body the knowledge base lacks ----------------------------------------------------------------------
def test_people_parts36_leaders_of_an_unknown_body_are_not_the_hosts(code):
    event = event_on(code("PORT MORESBY, May 4 (Reuters) - Leaders of the Coral Triangle Fisheries Council meeting in "
                          "Port Moresby voted on Thursday to ban drift nets, defying Japan."), "defying")
    assert "PNG" not in actors_of(event.source)


def test_people_parts36_fighters_of_an_unknown_front_are_no_state(code):
    event = event_on(code("N'DJAMENA, May 4 (Reuters) - Fighters of the Union of Resistance Forces for Justice "
                          "attacked an army post near Abeche on Sunday, Chad's army said."), "attacked")
    assert not [p for p in event.source if p.actor and p.country in ("TCD", "LBY", "SDN")]


def test_people_parts36_officials_of_a_body_named_after_its_country_stay_its(code):
    event = event_on(code("NAIROBI, May 4 (Reuters) - Officials of the Kenya Revenue Authority accused Uganda of "
                          "smuggling sugar across the border."), "accused")
    assert {p.country for p in event.source if p.actor} == {"KEN"}


def test_people_parts36_a_nominal_whose_modifier_is_the_bodys_own_nominal(code):
    # "the group" alone names many bodies; "the paramilitary group" is the one called "the paramilitary" too
    result = code("KHARTOUM, May 4 (Reuters) - The Rapid Support Forces shelled a camp near El Fasher on Monday. "
                  "Sudan's army accused the paramilitary group of killing civilians.")
    assert [p.actor for p in event_on(result, "accused").target] == ["rsf"]
