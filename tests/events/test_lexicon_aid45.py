"""Aid told by a verb and what goes with it (issue 11, session 45, h-aid45): general lines of
``data/lexicon/verbs.tsv``.

Support given in arms or men ("backed X with drones and advisers") is military aid (072; bare "back" stays 051);
goods handed to another's forces or people ("supplied X with patrol ships") aid (070; bare "supply" stays trade,
061); a state's staple or
fuel sent or shipped to another economic aid (071); a loan or deposit rolled over, money paid to another "in
compensation" and loans rushed to it economic aid (071); aid handed out or rushed, and a cargo flown to a
place, humanitarian aid (073). A ship contains its load (``lexicon.ship_load``): "sent two ships loaded with food to
X" matches ``send +food`` (073), and its aid goes to X, where the parser hangs "to X" on the clause on the ship or on
the last thing it carries (``CodeSideRules._sent_to_state``); those tests are on parses built by hand.

All sentences here are synthetic, written in agency style for the tests; none comes from a development set or from
a real article. Each test also checks the sense the line must leave alone."""

from __future__ import annotations

from tests.conftest import code_tree, tree


def _codes(result) -> list[str]:
    return [e.cameo for e in result.events]


def test_support_in_arms_or_men_is_military_aid(code):
    armed = code("Egypt backed the Sudanese army with drones and military advisers, officials said.",
                 date="2026-03-04")
    assert "072" in _codes(armed) and "051" not in _codes(armed), _codes(armed)
    spoken = code("Egypt backed the Sudanese army in a statement on Monday.", date="2026-03-04")
    assert "051" in _codes(spoken) and "072" not in _codes(spoken), _codes(spoken)


def test_goods_supplied_to_forces_are_aid_and_bare_supply_is_trade(code):
    result = code("Japan supplied the Malaysian coast guard with two patrol ships on Monday.", date="2026-03-04")
    assert "070" in _codes(result) and "061" not in _codes(result), _codes(result)
    trade = code("Qatar supplied liquefied gas to Pakistan under a long-term contract.", date="2026-03-04")
    assert "061" in _codes(trade) and "070" not in _codes(trade), _codes(trade)


def test_a_staple_sent_or_shipped_to_another_state_is_aid(code):
    gas = code("Azerbaijan sent gas to Georgia on Monday after a pipeline blast.", date="2026-03-04")
    assert "071" in _codes(gas), _codes(gas)
    wheat = code("Kazakhstan shipped wheat to Afghanistan last winter, Afghan officials said.", date="2026-03-04")
    assert "071" in _codes(wheat), _codes(wheat)
    delegation = code("Azerbaijan sent a delegation to Georgia on Monday.", date="2026-03-04")
    assert "071" not in _codes(delegation), _codes(delegation)


def test_money_rolled_over_paid_in_compensation_or_rushed_is_economic_aid(code):
    rolled = code("Saudi Arabia rolled over a $3 billion loan to Pakistan on Monday.", date="2026-03-04")
    assert "071" in _codes(rolled), _codes(rolled)
    paid = code("Italy paid Libya 200 million euros in compensation last year.", date="2026-03-04")
    assert "071" in _codes(paid), _codes(paid)
    rushed = code("Qatar rushed emergency loans to Lebanon in March, Lebanese officials said.", date="2026-03-04")
    assert "071" in _codes(rushed), _codes(rushed)


def test_aid_handed_out_or_rushed_or_a_cargo_flown_is_humanitarian_aid(code):
    handed = code("Turkish Red Crescent workers handed out tents and food to Syrian families near Idlib.",
                  date="2026-03-04")
    assert "073" in _codes(handed), _codes(handed)
    rushed = code("Turkey rushed tents and blankets to Syria after the earthquake.", date="2026-03-04")
    assert "073" in _codes(rushed), _codes(rushed)
    flown = code("Russia flew a cargo of tents to Kabul on Monday, Afghan officials said.", date="2026-03-04")
    assert "073" in _codes(flown), _codes(flown)
    troops = code("Ugandan troops rushed to the border on Monday.", date="2026-03-04")
    assert "073" not in _codes(troops), _codes(troops)


# synthetic: "Mexico sent two ships loaded with <load> to Cuba."
SHIPS = """
    Mexico   Mexico   PROPN NNP nsubj    1 B-GPE
    sent     send     VERB  VBD ROOT     1 O
    two      two      NUM   CD  nummod   3 O
    ships    ship     NOUN  NNS dobj     1 O
    loaded   load     VERB  VBN acl      3 O
    with     with     ADP   IN  prep     4 O
    {load:<8} {lemma:<8} NOUN  NN  pobj     5 O
    to       to       ADP   IN  prep     6 O
    Cuba     Cuba     PROPN NNP pobj     7 B-GPE
    .        .        PUNCT .   punct    1 O
"""


def test_a_ship_contains_its_load(blank_nlp):
    from detente.events.lexicon import load_default

    lexicon = load_default()
    food = tree(blank_nlp.language.vocab, SHIPS.format(load="food", lemma="food"))
    assert lexicon.match_verb(food[1]).cameo == "073"
    cement = tree(blank_nlp.language.vocab, SHIPS.format(load="cement", lemma="cement"))
    found = lexicon.match_verb(cement[1])
    assert found is None or found.cameo != "073", found


def test_aid_a_ship_carries_goes_where_its_load_is_sent(blank_coder):
    result = code_tree(blank_coder, SHIPS.format(load="food", lemma="food"))
    aid = [e for e in result.events if e.cameo == "073"]
    assert aid and {p.country for e in aid for p in e.target if p.actor is not None} == {"CUB"}, \
        [(e.cameo, [p.text for p in e.target]) for e in result.events]
