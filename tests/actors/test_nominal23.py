"""Institution nominals and pronouns that landed on the wrong country (session 23, issue 11's false dyads): "the
government" as the object of a body a demonym or possessive gives a country.

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

from tests.conftest import events_of


def _countries(participants) -> set[str]:
    return {p.country for p in participants if p.country}


def test_nominal23_government_object_of_a_countrys_lawmakers_is_theirs(code):
    result = code("QUITO, June 4 (EFE) - Ecuador expelled two Peruvian fishing boats from its waters on Tuesday.\n\n"
                  "Ecuador's navy said the boats had ignored warnings. Several Peruvian congressmen urged the "
                  "government to protest to Quito.", date="2026-06-04")
    appeals = [e for e in events_of(result) if "congressmen urged" in e.sentence.text]
    assert appeals and all(_countries(e.target) == {"PER"} for e in appeals), result.events


def test_nominal23_government_object_of_a_participle_of_a_party_is_its_own(code):
    result = code("LONDON, June 4 (Reuters) - Britain and Portugal signed a fisheries accord on Thursday.\n\n"
                  "In Lisbon, hundreds of supporters of Portugal's Socialist Party marched to parliament, accusing "
                  "the government of selling out the fleet.", date="2026-06-04")
    accusations = [e for e in events_of(result, "ACCUSE") if "accusing" in e.sentence.text]
    assert accusations and all(_countries(e.target) <= {"PRT"} for e in accusations), result.events


def test_nominal23_army_in_what_a_states_spokesman_denies_is_that_states(code):
    result = code("HANOI, June 4 (AFP) - Vietnam protested to Laos on Thursday after shells fell on a border village "
                  "in Dien Bien province.\n\nA spokesman for Laos's defence ministry denied that the army's artillery "
                  "had fired toward Vietnam.", date="2026-06-04")
    fired = [e for e in events_of(result) if "fired" in e.trigger.text]
    assert fired and all(_countries(e.source) == {"LAO"} for e in fired), result.events


def test_nominal23_the_first_country_a_copula_gives_its_subject_is_the_subject(code):
    result = code("LUANDA, Nov 11 (AFP) - Angola marked fifty years of independence on Tuesday with a parade in the "
                  "capital.\n\nCuba became the first country to recognise Angola in November 1975.", date="2025-11-11")
    recognitions = [e for e in events_of(result) if "recognise" in e.trigger.text]
    assert recognitions and all(_countries(e.source) == {"CUB"} for e in recognitions), result.events


def test_nominal23_the_two_neighbours_are_not_a_pair_of_the_past(code):
    result = code("LUSAKA, June 4 (Reuters) - Zambia and Malawi traded accusations on Thursday over the arrest of "
                  "fishermen on Lake Malawi.\n\nPart of their border was drawn in an 1891 agreement between Britain "
                  "and Portugal. The two neighbours agreed to set up a joint commission, Zambia's foreign ministry "
                  "said.", date="2026-06-04")
    agreements = [e for e in events_of(result) if "agreed" in e.trigger.text]
    assert agreements and all(_countries(e.source) == {"ZMB", "MWI"} for e in agreements), result.events


def test_nominal23_them_after_a_plural_group_done_to_is_that_group(code):
    result = code("TBILISI, June 4 (Reuters) - Georgia protested to Russia on Thursday over the detention of its "
                  "soldiers near the boundary line.\n\nRussian border guards detained three Georgian soldiers near "
                  "the village of Ergneti in May. A Russian military court later sentenced them to two years in "
                  "prison.", date="2026-06-04")
    sentences = [e for e in events_of(result) if "sentenced" in e.trigger.text]
    assert sentences and all(_countries(e.target) == {"GEO"} for e in sentences), result.events


def test_nominal23_he_after_an_organisations_appositive_officer_is_the_officer(code):
    result = code("LIMA, May 5 (Reuters) - Peru accused Bolivia on Tuesday of letting smugglers cross Lake Titicaca."
                  "\n\n"
                  "Bolivia rejected the charge. President Luis Arce said La Paz had done its part. The Organization of "
                  "American States called on both governments to talk, and its secretary-general, Albert Ramdin, said "
                  "he was ready to host a meeting.", date="2026-05-05")
    offers = [e for e in events_of(result) if "host" in e.trigger.text]
    assert offers and all(not _countries(e.source) and all((p.code or "").startswith("IGO") for p in e.source)
                          for e in offers), result.events


def test_nominal23_a_spokesman_for_a_states_body_is_that_states(code):
    result = code("BANGKOK, June 2 (Reuters) - Thailand protested to Cambodia on Tuesday after artillery shells landed "
                  "near a village in Surin province.\n\nA spokesman for Cambodia's defence ministry blamed smugglers "
                  "for the blasts.", date="2026-06-02")
    blames = [e for e in events_of(result) if "blamed" in e.trigger.text]
    assert blames and all(_countries(e.source) == {"KHM"} for e in blames), result.events


def test_nominal23_it_subject_of_a_conjunct_is_the_first_verbs_subject(code):
    result = code("HANOI, May 4 (Reuters) - Vietnam has lodged a protest with China after a Chinese coast guard ship "
                  "rammed a Vietnamese fishing boat near the Paracel Islands on Sunday, and it would ask Beijing to "
                  "compensate the crew, the foreign ministry said.", date="2026-05-04")
    asks = [e for e in events_of(result) if "ask" in e.trigger.text]
    assert asks and all(_countries(e.source) == {"VNM"} for e in asks), result.events
