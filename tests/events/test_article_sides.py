"""The people an act of force killed are its victims, not a target from the article's focus; an
anaphoric act noun ("condemned the agreement") stands only for an earlier act it names
(events/article_sides.py; issue 11, false dyads). All sentences are synthetic, written in agency style."""

import pytest
from tests.conftest import actors_of, events_of

from detente.events.article_sides import same_kind


def test_victims_killed_in_a_strike_on_named_positions_are_not_the_doers_own(code):
    result = code("BAMAKO, Aug 29 (Reuters) - Mali's army said on Thursday it had carried out drone strikes on "
                  "rebel positions near the border, killing at least 21 people.", date="2024-08-29")
    [strike] = [e for e in result.events if e.plover == "ASSAULT"]
    assert actors_of(strike.source) & {"MLI"}
    assert not [p for p in strike.target if p.code == "MLICVL"]


def test_victims_a_count_the_text_gives_a_country_stays_the_target(code):
    result = code("BAMAKO, Aug 29 (Reuters) - Rebels said on Thursday they had attacked an army post near the "
                  "border, killing five Malian soldiers.", date="2024-08-29")
    [killing] = [e for e in result.events if e.plover == "ASSAULT"]
    assert {p.code for p in killing.target} == {"MLIMIL"}


def test_victims_named_again_by_a_noun_that_points_back_are_still_victims(code):
    # synthetic: "21 civilians" points back to "at least 21 people", whose country came from the dateline
    result = code("BAMAKO, Aug 29 (Reuters) - Mali's army said on Thursday it had carried out drone strikes on "
                  "rebel positions near the border, killing at least 21 people. The drones had struck a fuel "
                  "market on Sunday, killing 21 civilians.", date="2024-08-29")
    assert [e for e in result.events if e.plover == "ASSAULT"]
    assert not [p for e in result.events for p in e.target if p.code == "MLICVL"]


# -- event anaphora: which earlier act an act noun stands for --------------------------------------------

SIGNED = "VIENNA, May 4 (Reuters) - Iran and Russia signed a defence agreement in Tehran on Monday, state media said. "


def _criticism(result, source):
    [event] = [e for e in events_of(result, "ACCUSE") if source in actors_of(e.source)]
    return event


def test_event_anaphora_the_agreement_takes_the_signers_as_its_target(code):
    event = _criticism(code(SIGNED + "The United States criticised the agreement."), "USA")
    assert actors_of(event.target) == {"IRN", "RUS"}


def test_event_anaphora_a_year_the_earlier_act_lacks_makes_another_act(code):
    # issue 11: "the 2015 agreement" is not the defence agreement signed on Monday
    event = _criticism(code(SIGNED + "The United States criticised the 2015 agreement."), "USA")
    assert not any(p.actor for p in event.target)


def test_event_anaphora_a_name_the_earlier_act_shares_still_names_it(code):
    text = "ANKARA, May 4 (Reuters) - Turkey and Syria signed a border agreement in Damascus on Monday. "
    event = _criticism(code(text + "Russia criticised the Damascus agreement."), "RUS")
    assert actors_of(event.target) == {"TUR", "SYR"}


def test_event_anaphora_a_name_the_earlier_act_lacks_makes_another_act(code):
    text = "ANKARA, May 4 (Reuters) - Turkey and Syria signed a border agreement in Damascus on Monday. "
    event = _criticism(code(text + "Russia criticised the Minsk agreement."), "RUS")
    assert not any(p.actor for p in event.target)


def test_event_anaphora_the_noun_of_the_act_names_it(code):
    text = "PRISTINA, May 4 (Reuters) - Ghana formally recognised Kosovo on Monday, the foreign ministry said. "
    event = _criticism(code(text + "Serbia condemned the recognition."), "SRB")
    assert actors_of(event.target) == {"GHA"}


def test_event_anaphora_an_act_of_the_same_root_is_not_the_one_named(code):
    # issue 11: an agreement (057) is not a recognition (054), though both codes are 05
    text = "PRISTINA, May 4 (Reuters) - Ghana formally recognised Kosovo on Monday, the foreign ministry said. "
    event = _criticism(code(text + "Serbia condemned the agreement."), "SRB")
    assert "GHA" not in actors_of(event.target)


@pytest.mark.parametrize(("noun", "act", "same"), [
    ("057", "054", False),   # agreement / recognition
    ("111", "114", False),   # criticism / official complaint
    ("190", "195", True),    # "the attack" / an air strike
    ("195", "190", True),    # "the air strikes" / "attacked"
    ("087", "0874", True),   # "the withdrawal" / "pulled out its troops"
    ("0871", "0874", False),  # a truce / a retreat
    ("190", "183", False),   # another root
])
def test_event_anaphora_same_kind_of_act(noun, act, same):
    assert same_kind(noun, act) is same


def test_article_sides_the_agreement_is_the_act_agreed_not_the_latest_deal(code):
    # synthetic: "the agreement" is made from "agreed" (the lead), not the port deal signed in between
    result = code("ADDIS ABABA, May 4 (Reuters) - Ethiopia and Somalia agreed on Monday to restore diplomatic "
                  "ties.\n\nSomalia had expelled Ethiopia's ambassador in April after Addis Ababa signed a port deal "
                  "with a breakaway region.\n\nThe African Union welcomed the agreement.", date="2026-05-04")
    [welcomed] = [e for e in result.events if e.trigger.text == "welcomed"]
    assert {p.country for p in welcomed.target} == {"ETH", "SOM"}


def test_the_move_is_the_deed_before_not_the_reaction_to_it(code):
    # before: "the move" took the latest earlier act, Beijing's vow to retaliate, and Washington's welcome
    # went to Beijing; the move welcomed is the tariffs
    result = code("BRUSSELS, March 4 (Reuters) - The European Union imposed new tariffs on Chinese electric vehicles "
                  "on Tuesday, and Beijing vowed to retaliate.\n\nWashington welcomed the move.", date="2025-03-04")
    [welcome] = [e for e in result.events if e.trigger.text == "welcomed"]
    assert actors_of(welcome.target) == {"eu"}


def _welcome(result):
    [welcome] = [e for e in result.events if e.trigger.text == "welcomed"]
    return welcome


def test_article_sides_an_accord_the_praising_party_signed_targets_the_other_party(code):
    # issue 11 (session 37): the accord's doers were left out as the praiser's own act (no target), or, in the lead,
    # both signers became the target, the praiser's own country with them
    result = code("RABAT, June 2 (Reuters) - Spain and Morocco signed an agreement on Tuesday to open two new border "
                  "crossings, officials said.\n\nMorocco's foreign ministry welcomed the accord as a step forward.",
                  date="2026-06-02")
    assert {p.country for p in _welcome(result).target if p.actor} == {"ESP"}


def test_article_sides_a_party_that_is_not_its_state_is_no_signer_of_its_states_accord(code):
    # a guard: the opposition is no signer of its state's accord; its criticism is aimed at its own state, not at both
    # signers (session 49, events/home_targets.py: the gold gives a home critic's act its own country)
    result = code("MADRID, June 2 (Reuters) - Spain and Morocco signed an agreement on Tuesday to open two new border "
                  "crossings, officials said.\n\nSpain's opposition Popular Party criticised the accord.",
                  date="2026-06-02")
    [criticism] = [e for e in result.events if e.trigger.text == "criticised"]
    assert {p.country for p in criticism.target if p.actor} == {"ESP"}


def test_article_sides_a_day_as_possessor_makes_the_act_noun_definite(code):
    # "Sunday's strikes" names the strikes told before as "the strikes" would (no target before)
    result = code("ANKARA, June 2 (Reuters) - Israeli jets struck targets near Damascus on Sunday, the Syrian army "
                  "said. Turkey condemned Sunday's strikes.", date="2026-06-02")
    [condemned] = [e for e in result.events if e.trigger.text == "condemned"]
    assert {p.country for p in condemned.target if p.actor} == {"ISR"}


def test_article_sides_the_truce_welcomed_is_the_ceasefire_agreed(code):
    # nominalisations.tsv: "the truce" names an act told as "agreed a ceasefire" (0356), not only a declared one
    result = code("PHNOM PENH, June 2 (Reuters) - Thailand and Cambodia agreed a ceasefire on Monday after four days "
                  "of fighting along their border. Cambodia's prime minister welcomed the truce.", date="2026-06-02")
    assert {p.country for p in _welcome(result).target if p.actor} == {"THA"}


def test_article_sides_a_stage_noun_still_names_the_act_it_is_made_from(code):
    # a guard: "the resumption of the dialogue" after "agreed to resume talks" (the dialogue names no act there)
    result = code("ISLAMABAD, June 2 (Reuters) - Pakistan and Afghanistan agreed on Sunday to resume talks on border "
                  "trade. Qatar welcomed the resumption of the dialogue.", date="2026-06-02")
    assert {p.country for p in _welcome(result).target if p.actor} == {"PAK", "AFG"}


@pytest.mark.parametrize("text", [
    "The U.N. Security Council adopted a resolution demanding an immediate ceasefire in Sudan.",
    "The U.N. Security Council adopted a resolution on Tuesday demanding an immediate ceasefire in Sudan.",
])
def test_article_sides_the_resolution_names_the_act_told_as_its_content(code, text):
    # "welcomed the resolution": the demand the resolution made, by the council (no target before)
    result = code(f"NEW YORK, June 2 (Reuters) - {text} The African Union welcomed the resolution.", date="2026-06-02")
    assert actors_of(_welcome(result).target) == {"unsc"}


def test_article_sides_an_order_to_leave_for_a_diplomat_told_by_a_pronoun_is_the_expulsion(code):
    # verbs.tsv "order +envoy|charge|d'affaires ~leave" (161) read "him" as the charge d'affaires summoned; "the
    # expulsion" then names it (before: a demand, 100, and no target for the welcome)
    result = code("BUENOS AIRES, June 2 (Reuters) - Argentina summoned Iran's charge d'affaires on Tuesday and ordered "
                  "him to leave the country within 72 hours. Israel welcomed the expulsion.", date="2026-06-02")
    [order] = [e for e in result.events if e.trigger.text.startswith("ordered")]
    assert order.cameo == "161"
    assert {p.country for p in _welcome(result).target if p.actor} == {"ARG"}


# -- "the announcement": the step made public, still to come (session 54, h-ctx2) ----------------------------

ANNOUNCED = ("LISBON, May 4 (Reuters) - Portugal will recall its ambassador from Venezuela next month, the foreign "
             "ministry said on Monday. Venezuela denied wrongdoing on Tuesday. ")


def test_event_anaphora_the_announcement_names_the_step_still_to_come(code):
    # not the latest comment told before it (Venezuela's denial), which the noun's own kind, a statement, would name
    event = _criticism(code(ANNOUNCED + "Brazil criticised the announcement.", date="2026-05-06"), "BRA")
    assert actors_of(event.target) == {"PRT"}


def test_event_anaphora_a_decision_is_no_step_still_to_come(code):
    # "the decision" was made before: a step told as still to come is not it (unlike "the announcement")
    event = _criticism(code(ANNOUNCED + "Brazil criticised the decision.", date="2026-05-06"), "BRA")
    assert "PRT" not in actors_of(event.target)


def test_event_anaphora_the_move_is_a_step_told_by_a_verb_not_an_act_named_by_a_noun(code):
    # "cooperation between the two" is named on the way, in the answer: no step of theirs that "the move" names
    text = ("NAIROBI, May 4 (Reuters) - Kenya on Monday barred Ugandan sugar from its markets. Uganda said the "
            "measure would harm cooperation between the two countries. Tanzania criticised the move.")
    event = _criticism(code(text, date="2026-05-06"), "TZA")
    assert actors_of(event.target) == {"KEN"}


def test_article_sides_an_accord_welcomed_paragraphs_after_its_signing_takes_its_signers(code):
    # session 60: a signed text stays in play however far back it was signed; a welcome of it eight sentences and more
    # later, out of the lead, still names its signers (the window of the other acts left it with no target)
    filler = " ".join(f"Sylvanian farmers planted wheat in field number {n} last spring." for n in range(1, 11))
    result = code("PODGORICA, April 17 (Reuters) - Heavy rain flooded roads near the lake on Friday, police said.\n\n"
                  "Montenegro and Albania signed a protocol on joint police patrols on Thursday.\n\n" + filler +
                  "\n\nThe European Commission welcomed the protocol.", date="2026-04-17")
    assert {p.country for p in _welcome(result).target if p.actor} == {"MNE", "ALB"}
