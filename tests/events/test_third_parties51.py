"""Third parties that are no side of an act (session 51, h-fd51; events/participants.py, events/doers.py):

- a backer after "with" ("with the backing of X", "with help from X", ``backing_noun`` in words.tsv) stands with the
  doer, while a partner after "with" ("signed a deal with X") stays the target;
- the far end of a pipeline or a road ("opposed a pipeline under the sea to X", ``conduit_noun`` and ``route_noun``),
  also where the parser hangs the "to" on the verb, is where the way leads, while a "to" after goods that are no way
  ("halted deliveries to X") stays the target;
- a conjunct that acts again on the verb's own object, told by a pronoun ("arrested five men and handed them to X"),
  lends its receiver to no one, while a conjunct with an object of its own still lends its target ("closed the
  crossing and accused X");
- a charge the parser hung on the object of a legal verb ("charged the skipper with breaching X's rules") names no
  target, while people after "of" ("two members of X's guard") stay one;
- a relative clause on a time phrase of a rejection ("breached the accord during an offensive that pushed thousands
  into X") names no company refused;
- the subject of a clause on a phrase's noun that the parser read as the verb's second object ("will supply X with
  wheat under a deal the two presidents signed") is no target.

Sentences are synthetic, written in agency style for these tests about real states with invented facts."""

from tests.conftest import actors_of, event_on


def test_a_backer_after_with_is_no_target(code):
    result = code("ACCRA, May 4 (Reuters) - Ghana banned poultry imports from Togo on Monday with the backing of "
                  "Nigeria, the trade ministry said.")
    assert "NGA" not in actors_of(event_on(result, "banned").target)


def test_a_backer_of_a_complaint_is_no_target(code):
    result = code("NAIROBI, May 4 (Reuters) - Uganda lodged a complaint against Rwanda at the regional court with "
                  "the support of Burundi, officials said.")
    lodged = event_on(result, "lodged")
    assert "BDI" not in actors_of(lodged.target)
    assert "RWA" in actors_of(lodged.target)


def test_a_partner_after_with_stays_the_target(code):
    result = code("AMMAN, May 4 (Reuters) - Jordan signed a grain deal with Iraq on Monday, officials said.")
    assert "IRQ" in actors_of(event_on(result, "signed").target)


def test_the_far_end_of_a_pipeline_is_no_target(code):
    result = code("MOSCOW, May 4 (AFP) - Russia opposed a new oil pipeline under the Black Sea to Bulgaria, "
                  "officials said on Tuesday.")
    assert "BGR" not in actors_of(event_on(result, "opposed").target)


def test_a_to_after_goods_stays_the_target(code):
    result = code("KYIV, May 4 (Reuters) - Ukraine halted power exports across Poland to Lithuania on Monday, the "
                  "energy ministry said.")
    assert "LTU" in actors_of(event_on(result, "halted").target)


def test_whom_seized_goods_are_handed_to_is_no_target_of_the_seizure(code):
    result = code("HARARE, May 4 (AFP) - Zimbabwe's army seized two trucks of smuggled fuel near Beitbridge and handed "
                  "them over to South African police, state media said.")
    assert "ZAF" not in actors_of(event_on(result, "seized").target)


def test_a_conjunct_with_an_object_of_its_own_still_lends_its_target(code):
    result = code("KAMPALA, May 4 (AFP) - Uganda closed the Busia border post on Tuesday and accused Kenya of "
                  "blocking its fuel trucks, a government spokesman said.")
    assert "KEN" in actors_of(event_on(result, "closed").target)


def test_a_charge_hung_on_the_object_names_no_target(code):
    result = code("CONSTANTA, May 4 (Reuters) - Romanian prosecutors charged the barge's Turkish skipper with "
                  "breaching European Union trade rules, officials said.")
    charged = event_on(result, "charged")
    assert "eu" not in actors_of(charged.target)
    assert "TUR" in actors_of(charged.target)


def test_members_of_a_group_after_of_stay_the_target(code):
    result = code("BAMAKO, May 4 (AFP) - Malian police arrested two members of Niger's presidential guard on Monday, "
                  "a security source said.")
    assert actors_of(event_on(result, "arrested").target) & {"NER", "NERMIL", "NERGOV"}


def test_a_time_phrase_of_a_rejection_names_no_refused_company(code):
    result = code("BANJUL, May 4 (AFP) - Senegal said Guinea had breached the accord during an offensive in 2021 "
                  "that pushed thousands of villagers into Mali.")
    breached = event_on(result, "breached")
    assert "MLI" not in actors_of(breached.target)


def test_the_subject_of_a_clause_read_as_a_second_object_is_no_target(code):
    result = code("ASTANA, May 4 (TASS) - Kazakhstan will supply Tajikistan with wheat through Uzbekistan's railways "
                  "this year under a deal the two presidents signed on Monday during a visit to Astana, the government "
                  "said.")
    supply = event_on(result, "supply")
    assert actors_of(supply.target) & {"TJK", "TJKGOV"}
    assert "UZBGOV" not in actors_of(supply.target) and "UZB" not in actors_of(supply.target)
