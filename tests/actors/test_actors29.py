"""What a mention resolves to (issue 11, false dyads from actor resolution; h-actors29):

- a name the NER reads as a person right after the noun of a ship or boat (``vessel_noun`` in words.tsv: "the
  Taiwanese trawler Guang Da Xing No. 28", "the tanker X") is the ship's name, no person: the country a demonym or
  country on the noun names, else no actor (``PersonRules._vessel_before``, ``_flag_of``);
- a title the parser hangs on an unknown person's name as a noun modifier, because an "of" phrase is inside it
  ("Qatar's Minister of State X", "U.S. Deputy Secretary of State X"), gives the person its office as a compound
  title does (``PersonRules._title_with_of``);
- "his Ugandan counterpart X": a demonym or country on "counterpart" makes X that state's government
  (``PersonRules._counterpart``);
- "Lao" is a demonym of Laos (data/actors/countries.jsonl);
- the Faroe Islands (``FRO``) are an entry of countries.jsonl, not a region of Denmark ("Faroese police"), and
  "Turkish Cypriot" names the Turkish Cypriot authorities (``trnc`` in groups.jsonl), not the Republic of Cyprus.

Articles are synthetic, written in agency style for these tests."""

from tests.conftest import event_on


def test_actors29_named_trawler_is_its_flag_not_a_person(code):
    result = code("MANILA, June 3 (Reuters) - A Philippine coast guard crew opened fire on the Taiwanese trawler "
                  "Hai Feng No. 12 near the Batanes islands on Tuesday, a coast guard spokesman said.",
                  date="2026-06-03")
    target = event_on(result, "opened fire").target
    assert not any((p.actor or "").startswith("person:") for p in target), target
    assert {p.country for p in target if p.actor} == {"TWN"}


def test_actors29_named_tanker_without_a_flag_is_no_one(code):
    result = code("DUBAI, March 11 (Reuters) - Iran's Revolutionary Guards seized the tanker Maria Elena in the "
                  "Gulf on Wednesday, state media said.", date="2026-03-11")
    target = event_on(result, "seized").target
    assert not any(p.actor for p in target), target


def test_actors29_title_with_of_gives_the_office(code):
    result = code("WASHINGTON, April 2 (Reuters) - U.S. Deputy Secretary of State Michael Carter accused "
                  "Venezuela on Wednesday of harbouring drug traffickers.", date="2026-04-02")
    source = event_on(result, "accused").source
    assert {p.country for p in source} == {"USA"}, source


def test_actors29_minister_of_state_is_his_states(code):
    result = code("PORT SUDAN, May 12 (Reuters) - Qatar's Minister of State Abdullah al-Sulaiti urged Sudan's army "
                  "on Tuesday to return to talks.", date="2026-05-12")
    source = event_on(result, "urged").source
    assert {p.country for p in source} == {"QAT"}, source


def test_actors29_counterpart_with_a_demonym_is_that_government(code):
    result = code("DODOMA, March 4 (Reuters) - Kenya's foreign minister met his Tanzanian counterpart Amani "
                  "Mohamed Kombo on Wednesday.", date="2026-03-04")
    sides = [p for p in (*event_on(result, "met").source, *event_on(result, "met").target) if p.actor]
    assert any(p.country == "TZA" and p.code == "TZAGOV" for p in sides), sides


def test_actors29_lao_is_a_demonym_of_laos(code):
    result = code("HANOI, Sept 15 (Xinhua) -- Vietnam's defence minister hosted his Lao counterpart Vilay "
                  "Sengdara on Monday.", date="2026-09-15")
    assert {p.country for p in event_on(result, "hosted").target} == {"LAO"}


def test_actors29_faroese_police_are_the_faroe_islands(code):
    result = code("TORSHAVN, Faroe Islands, May 20 (Reuters) - Faroese police detained the Russian captain of a "
                  "trawler on Sunday.", date="2026-05-20")
    assert {p.country for p in event_on(result, "detained").source} == {"FRO"}


def test_actors29_turkish_cypriot_police_are_not_the_republic(code):
    result = code("NICOSIA, May 20 (Reuters) - Turkish Cypriot police detained two Greek Cypriot farmers inside the "
                  "buffer zone on Tuesday, the Cypriot government said.", date="2026-05-20")
    event = event_on(result, "detained")
    assert {p.actor for p in event.source} == {"trnc"}, event.source
    assert {p.country for p in event.target if p.actor} == {"CYP"}, event.target
