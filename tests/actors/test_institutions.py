"""Institutional nominals that stand for a state's government (issue 11, item 3, institutions):
"the junta" is the military government of the country the story is about, not its army.

All texts here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

import datetime as dt

from tests.conftest import actors_of


def test_institutions_the_junta_is_the_dateline_countrys_government(code):
    result = code("NIAMEY, May 4 (Reuters) - The junta expelled France's ambassador on Sunday, state television "
                  "said. Paris called the move unjustified.")
    [event] = [e for e in result.events if e.trigger.text.startswith("expelled")]
    assert [p.code for p in event.source] == ["NERGOV"] and actors_of(event.target) & {"FRA"}


def test_institutions_a_named_countrys_junta(code):
    result = code("Guinea's junta suspended the broadcasts of two French radio stations on Monday.")
    [event] = [e for e in result.events if e.trigger.text.startswith("suspended")]
    assert [p.code for p in event.source] == ["GINGOV"]


# -- a country named again by a common noun: "its neighbour", "the island nation" -----------------
def test_institutions_its_neighbour_is_the_other_country_not_the_possessor(code):
    result = code("NAIROBI, May 4 (Reuters) - Kenya closed its land border with Somalia on Monday, accusing its "
                  "neighbour of harbouring militants.")
    [event] = [e for e in result.events if e.trigger.text == "accusing"]
    assert actors_of(event.source) == {"KEN"} and actors_of(event.target) == {"SOM"}
    assert [p.text for p in event.target] == ["its neighbour"]


def test_institutions_a_modified_country_noun_points_back(code):
    result = code("MANILA, May 4 (Reuters) - The Philippines will send medical teams to Tonga, officials said on "
                  "Monday. Manila also pledged reconstruction aid to the island nation.")
    [event] = [e for e in result.events if e.trigger.text.startswith("pledged")]
    assert actors_of(event.target) == {"TON"}


def test_institutions_a_country_noun_points_back_to_a_country_of_its_kind_and_region(code):
    # h-sets: the Himalayan kingdom is Bhutan, not China named after it; the island nation is not Australia
    result = code("THIMPHU, May 4 (Reuters) - Bhutan signed a border accord with China on Monday. India "
                  "criticised the Himalayan kingdom over the deal. Australia later pledged aid to the island nation.")
    [blame] = [e for e in result.events if e.trigger.text.startswith("criticised")]
    assert actors_of(blame.target) == {"BTN"}
    [pledge] = [e for e in result.events if e.trigger.text.startswith("pledged")]
    assert not any(p.actor for p in pledge.target)  # no island country was named


def test_institutions_a_country_noun_prefers_the_subject_that_named_its_antecedent(code):
    # h-sets: both are Gulf kingdoms; the one the last sentence was about is its subject, Bahrain
    result = code("MANAMA, May 4 (Reuters) - Bahrain restored diplomatic ties with Qatar on Monday. Egypt "
                  "welcomed the Gulf kingdom's decision.")
    [event] = [e for e in result.events if e.trigger.text.startswith("welcomed")]
    assert actors_of(event.target) == {"BHR"}


def test_institutions_the_island_nation_shares_its_island(code):
    # h-sets: Papua New Guinea shares New Guinea with Indonesia and is still an island nation
    result = code("PORT MORESBY, May 4 (Reuters) - Australia signed a defence pact with Papua New Guinea on "
                  "Monday. China criticised the island nation's decision.")
    [event] = [e for e in result.events if e.trigger.text.startswith("criticised")]
    assert actors_of(event.target) == {"PNG"}


def test_institutions_a_bare_country_is_left_alone(code):
    # "the country" is as often the subject's own: no antecedent is guessed for it
    result = code("NAIROBI, May 4 (Reuters) - Kenya summoned Somalia's ambassador on Monday over what it called "
                  "interference in the country's affairs.")
    assert not any(p.text.startswith("the country") and p.actor for e in result.events for p in e.target)


# -- "the foreign office": the foreign ministry in British and South Asian usage ----------------------
def test_institutions_the_foreign_office_is_the_dateline_countrys_government(code):
    result = code("ISLAMABAD, May 4 (Reuters) - The foreign office summoned Afghanistan's ambassador on Monday "
                  "over the attack on a border post.")
    [event] = [e for e in result.events if e.trigger.text.startswith("summoned")]
    assert [p.code for p in event.source] == ["PAKGOV"] and [p.code for p in event.target] == ["AFGGOV"]


def test_institutions_a_named_countrys_foreign_office(code):
    # must not change: the country named on the noun wins over the dateline
    result = code("LONDON, May 4 (Reuters) - India's foreign office summoned Pakistan's envoy on Monday.")
    [event] = [e for e in result.events if e.trigger.text.startswith("summoned")]
    assert [p.code for p in event.source] == ["INDGOV"]


# -- an organisation's nominal the tagger reads as a name: "the bloc imposed" --------------------------
def test_institutions_the_bloc_points_back_to_the_organisation_named_before(code):
    result = code("MANAGUA, May 4 (Reuters) - Nicaragua on Monday expelled the European Union's ambassador, a day "
                  "after the bloc imposed sanctions on nine senior officials.")
    [event] = [e for e in result.events if e.trigger.text.startswith("imposed")]
    assert [p.code for p in event.source] == ["IGOEUREEC"]


def test_institutions_the_bloc_with_no_organisation_before_stays_unresolved(code):
    # must not change: a nominal with nothing to point back to gets no actor
    result = code("MANAGUA, May 4 (Reuters) - The bloc imposed sanctions on nine senior Nicaraguan officials on "
                  "Monday.")
    assert not any(p.actor for e in result.events for p in e.source)


# -- "the foreign ministry" that the tagger reads as a name is still the government's noun -------------
def test_institutions_a_ministry_tagged_as_a_name_takes_the_dateline_country(code):
    result = code("ATHENS, March 5 (Reuters) - Turkish jets flew over Rhodes on Thursday, and the foreign ministry "
                  "summoned Turkey's ambassador.")
    [event] = [e for e in result.events if e.trigger.text.startswith("summoned")]
    assert [p.code for p in event.source] == ["GRCGOV"]


def test_institutions_a_capitalised_defense_ministry_takes_the_dateline_country(code):
    result = code("TOKYO, May 14 (Kyodo) - A Chinese drone flew near Yonaguni on Thursday, and the Defense Ministry "
                  "summoned China's ambassador.")
    [event] = [e for e in result.events if e.trigger.text.startswith("summoned")]
    assert [p.code for p in event.source] == ["JPNGOV"]


def test_institutions_a_ministers_title_is_not_a_nominal(code):
    # must not change: "Interior Minister Jan Nowak" is not the government named just before him
    result = code("WARSAW, March 5 (Reuters) - Belarus's foreign ministry rejected the accusations on Thursday. "
                  "Interior Minister Jan Nowak accused Minsk of escorting migrants to the frontier.")
    [event] = [e for e in result.events if e.trigger.text.startswith("accused")]
    assert "BLR" not in actors_of(event.source)


# -- "In Ankara, the foreign ministry said": the place that opens the clause, not the dateline ----------
def test_institutions_the_clauses_opening_capital_names_the_ministrys_country(code):
    result = code("ATHENS, March 5 (Reuters) - Greece protested to Turkey on Thursday. In Ankara, the foreign "
                  "ministry accused Greece of provocation.")
    [event] = [e for e in result.events if e.trigger.text.startswith("accused")]
    assert [p.code for p in event.source] == ["TURGOV"] and [p.code for p in event.target] == ["GRC"]



def test_institutions_an_embassy_in_the_dateline_city_is_not_that_countrys(code):
    # an office abroad is not the host's: "the embassy" in a WARSAW story is a foreign one, here the
    # government named before it
    result = code("WARSAW, March 5 (Reuters) - Poland expelled a Russian diplomat on Thursday. In Warsaw, the "
                  "embassy accused Poland of provocation.")
    assert not any(p.code == "POLGOV" for e in result.events if e.trigger.text.startswith("accused")
                   for p in e.source)
    assert [p.code for e in result.events if e.trigger.text.startswith("accused") for p in e.source] == ["RUSGOV"]


def test_institutions_a_named_countrys_embassy_is_left_alone(code):
    # must not change: an embassy whose country is named keeps it
    result = code("WARSAW, March 5 (Reuters) - The Russian embassy accused Poland of provocation on Thursday.")
    assert [p.code for e in result.events if e.trigger.text.startswith("accused") for p in e.source] == ["RUSGOV"]


# -- "Secretary General" is the head of an organisation, not a military "general" ---------------------
def test_institutions_a_secretary_general_is_not_the_army_named_before(code):
    result = code("JUBA, March 5 (Reuters) - Ugandan troops shelled rebel positions on Thursday. Secretary General "
                  "Tomas Rivera said he would raise the shelling with Kenyan officials.")
    [event] = [e for e in result.events if e.trigger.text.startswith("raise")]  # his act: "he" is Rivera
    assert not any(p.code and p.code.endswith("MIL") for p in event.source)


def test_institutions_a_prosecutor_general_is_a_prosecutor_not_a_general(code):
    # synthetic: "Prosecutor General" / "attorney general" are law officers (JUD), never the army (MIL)
    result = code("ASTANA, March 4 (AP) — Kazakhstan's Prosecutor General Berik Asylov accused two Russian "
                  "citizens of recruiting fighters. Mexico's attorney general opened an inquiry into the fire.")
    sides = [p for e in result.events for p in e.source]
    assert sides and not any(p.code and p.code.endswith("MIL") for p in sides)
    assert {p.code for p in sides} >= {"KAZJUD", "MEXJUD"}


def test_institutions_an_organisations_secretary_general_acts_for_it(code):
    # must not change: the organisation named on the title is the actor
    result = code("JUBA, March 5 (Reuters) - Ugandan troops shelled rebel positions on Thursday. IGAD "
                  "Secretary-General Tomas Rivera said he would raise the shelling with Ugandan officials.")
    [event] = [e for e in result.events if e.trigger.text.startswith("raise")]  # his act: "he" is Rivera
    assert [p.code for p in event.source] == ["IGOEAFIGA"]


def test_institutions_bare_forces_a_state_sends_are_its_own(code):
    # before: "Chile deployed troops" in a story from Lima gave the troops the article's country (PERMIL), and
    # "Berlin would send police officers" in a story about Poland made them Polish police: a false dyad each
    result = code("LIMA, April 9 (Reuters) - Peru declared a state of emergency on its border with Chile on Wednesday. "
                  "Peruvian officials said Chile deployed troops to its northern border last year.", date="2026-04-09")
    [deployed] = [e for e in result.events if e.trigger.text.startswith("deployed")]
    assert not [p for p in deployed.target if p.country == "PER"], [(p.text, p.code) for p in deployed.target]
    sent = code("WARSAW, Nov 3 (Reuters) - Poland closed two crossings with Belarus on Monday. A German spokesman said "
                "Berlin would send additional police officers to help guard the frontier.", date="2026-11-03")
    codes = {a.code for a in sent.actors for m in a.mentions if "police" in m.text}
    assert codes == {"DEUCOP"}, codes


# -- the dateline's country is worked out once, by the actors step, and read by the status step -------
def test_institutions_the_actors_step_keeps_the_dateline_country(coder, nlp):
    text = "NAIROBI, Kenya (AFP) — Police fired tear gas at protesters in the capital on Tuesday."
    found = coder.finder.find(nlp.parse(text), dt.date(2026, 5, 5), text=text)
    assert found.home is not None and found.home.country == "KEN"
    undated = coder.finder.find(nlp.parse("Police fired tear gas at protesters on Tuesday."), None)
    assert undated.home is None
