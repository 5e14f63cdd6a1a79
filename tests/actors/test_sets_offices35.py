"""Sets and bare offices resolved to the state they stand for (session 35, issue 11, h-set35): a pair that signs a
deal with a third party is the pair ("Uganda and Tanzania signed a deal with TotalEnergies ... the two governments"),
"the minister" after a named minister is his state's, and a bare office that speaks in a seat of government is that
government's ("the foreign minister told reporters in Stockholm that Sweden ...").

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

from tests.conftest import events_with_trigger


def _countries(participants) -> set[str]:
    return {p.country for p in participants if p.actor is not None}


def test_sets_pair_that_signed_with_a_partner_is_the_pair(code):
    result = code("KAMPALA, June 10 (Reuters) - Uganda and Tanzania signed a deal with French oil company "
                  "TotalEnergies on Tuesday to build a crude export pipeline. Activists in Kampala accused the two "
                  "governments of ignoring the eviction of farmers.", date="2026-06-10")
    [accused] = events_with_trigger(result, "accused")
    assert _countries(accused.target) == {"UGA", "TZA"}


def test_sets_pair_that_negotiates_with_a_partner_is_subject_and_partner(code):
    # the rule the fix keeps: one subject and its "with" partner are the pair
    result = code("THIMPHU, June 10 (Reuters) - Bhutan has been negotiating its northern boundary with Beijing for "
                  "years. India urged both sides to settle the dispute peacefully.", date="2026-06-10")
    [urged] = events_with_trigger(result, "urged")
    assert _countries(urged.target) == {"BTN", "CHN"}


def test_nominals_the_minister_after_a_named_minister_is_his_state(code):
    result = code("ANKARA, June 10 (Reuters) - Turkish Foreign Minister Hakan Fidan arrived in Baghdad on Tuesday "
                  "after Iraq protested against Turkish air strikes in the north. The minister promised Iraqi Prime "
                  "Minister Mohammed Shia al-Sudani that Turkey would respect Iraq's sovereignty.", date="2026-06-10")
    [promised] = events_with_trigger(result, "promised")
    assert _countries(promised.source) == {"TUR"}


def test_nominals_the_foreign_minister_is_not_an_interior_minister_named_before(code):
    result = code("MADRID, June 10 (Reuters) - Moroccan Interior Minister Abdelouafi Laftit met Spanish officials "
                  "in Madrid on Tuesday to discuss migration. The foreign minister later accused Rabat of using "
                  "migrants as a weapon.", date="2026-06-10")
    [accused] = events_with_trigger(result, "accused")
    assert "MAR" not in _countries(accused.source)


def test_nominals_a_bare_office_speaking_in_a_seat_is_that_government(code):
    result = code("STOCKHOLM, June 10 (Reuters) - Russia expelled two Swedish diplomats on Tuesday. The foreign "
                  "minister told reporters in Stockholm that Sweden \"will not be intimidated\" and would summon the "
                  "Russian ambassador.", date="2026-06-10")
    [summon] = events_with_trigger(result, "summon")
    assert _countries(summon.source) == {"SWE"} and _countries(summon.target) == {"RUS"}


def test_nominals_a_delegation_is_the_state_that_reports_it(code):
    result = code("BISHKEK, June 10 (Reuters) - Russian police detained 40 Kyrgyz migrant workers in Moscow on Monday, "
                  "the International Organization for Migration said. A delegation led by a deputy interior minister "
                  "will travel to Moscow on Friday, the Kyrgyz foreign ministry said.", date="2026-06-10")
    [travel] = events_with_trigger(result, "travel")
    assert _countries(travel.source) == {"KGZ"} and all(p.actor != "iom" for p in travel.source)


def test_article_sides_a_party_criticises_no_step_of_its_own(code):
    result = code("OTTAWA, June 10 (Reuters) - India suspended visas for Canadian citizens on Tuesday after Canada "
                  "expelled an Indian diplomat. Canada's foreign minister criticised the step.", date="2026-06-10")
    [criticised] = events_with_trigger(result, "criticised")
    assert _countries(criticised.target) == {"IND"}


def test_article_sides_a_party_rejects_no_move_of_its_own(code):
    result = code("WELLINGTON, June 10 (Reuters) - China stopped imports of New Zealand lamb on Tuesday, days after "
                  "New Zealand barred a Chinese telecoms firm from its 5G network. New Zealand's trade minister "
                  "condemned the move.", date="2026-06-10")
    [condemned] = events_with_trigger(result, "condemned")
    assert _countries(condemned.target) == {"CHN"}


def test_sets_the_lead_pair_stands_for_the_two_governments_paragraphs_later(code):
    result = code("DAR ES SALAAM, June 10 (Reuters) - Tanzania and Uganda signed a deal on Tuesday giving a Chinese "
                  "state company the right to run a new railway line between Dar es Salaam and Kampala.\n\n"
                  "China's ambassador said Beijing would lend most of the money.\n\n"
                  "Chinese engineers will begin work in August, the company said.\n\n"
                  "The line will carry copper and coffee to the coast.\n\n"
                  "China has built several railways in East Africa.\n\n"
                  "A Tanzanian transport union said it would call a strike if the two governments did not guarantee "
                  "jobs for local workers.", date="2026-06-10")
    [strike] = events_with_trigger(result, "said it would call a strike")
    assert _countries(strike.target) == {"TZA", "UGA"}


def test_doc_resolver_a_party_named_after_a_possessor_is_the_party(code):
    result = code("ISLAMABAD, June 10 (Reuters) - Police fired tear gas at supporters of Imran Khan's Pakistan "
                  "Tehreek-e-Insaf party outside parliament.", date="2026-06-10")
    [fired] = events_with_trigger(result, "fired tear gas")
    assert [p.actor for p in fired.target if p.actor] == ["pti"]


def test_doc_resolver_members_of_a_leaders_party_are_the_party(code):
    result = code("BUDAPEST, June 10 (Reuters) - Lawmakers of Viktor Orban's Fidesz party accused Brussels of "
                  "blackmail.", date="2026-06-10")
    [accused] = events_with_trigger(result, "accused")
    assert [p.actor for p in accused.source if p.actor] == ["fidesz"]
