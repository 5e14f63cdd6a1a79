"""Words coded as acts where the copy tells none (issue 11 §4, repeats and spurious events, session 29, h-rep29).

Most repeated events on the wire articles were not restatements the ``acts`` step failed to merge but other words
coded as acts that then matched, leniently, an act already claimed: a country "which hosts" a base or a negotiator
(a standing arrangement, ``standing_verb`` in words.tsv, ``nonevents.standing_trade``), and a speaker "referring to"
a court (a mention of it, no lawsuit: ``refer`` in verbs.tsv takes the case referred as its object), and a
minister's trip to a town of his own country, which names no one visited (``acts.home_trip``).

All sentences here are synthetic, written in agency style for the tests; none comes from a development or
evaluation set or from a real article."""

from tests.conftest import events_of, tree

from detente.events.lexicon import Words
from detente.events.nonevents import standing_trade
from detente.parse_view import ParseView


def _codes(result) -> list[str]:
    return [e.cameo for e in result.events]


def test_nonevents_hosting_in_the_simple_present_is_a_standing_arrangement(code):
    base = code("Qatar, which hosts the largest U.S. air base in the region, on Tuesday urged Iran and Israel to "
                "halt their strikes.", date="2026-03-04")
    assert not [c for c in _codes(base) if c in ("043", "062")], _codes(base)
    assert events_of(base, "REQUEST"), _codes(base)  # the appeal stays
    envoy = code("Oman, which hosts the Houthis' chief negotiator, said on Monday it had asked the group to free "
                 "the detained aid workers.", date="2026-03-04")
    assert "043" not in _codes(envoy), _codes(envoy)


def test_nonevents_hosting_done_or_planned_stays_an_act(code):
    hosted = code("Qatar hosted talks between Pakistan and Afghanistan in Doha on Sunday.", date="2026-03-04")
    assert events_of(hosted, "CONSULT"), _codes(hosted)
    planned = code("Kenya will host Somalia's president in Nairobi on Saturday, State House said.",
                   date="2026-03-04")
    assert planned.events, _codes(planned)


def test_nonevents_standing_verb_reads_the_simple_present_only(blank_nlp):
    vocab = blank_nlp.language.vocab
    words = Words(standing_verb=frozenset({"host"}))
    present = ParseView.of(tree(vocab, """
        Djibouti Djibouti PROPN NNP nsubj 1 B-GPE
        hosts    host     VERB  VBZ ROOT  1 O
        bases    base     NOUN  NNS dobj  1 O
    """))
    assert standing_trade(1, present, words)
    past = ParseView.of(tree(vocab, """
        Djibouti Djibouti PROPN NNP nsubj 1 B-GPE
        hosted   host     VERB  VBD ROOT  1 O
        talks    talk     NOUN  NNS dobj  1 O
    """))
    assert not standing_trade(1, past, words)
    assert not standing_trade(1, present, Words())


def test_lexicon_referring_to_a_court_is_no_lawsuit(code):
    mention = code("“If Caracas keeps ignoring us, we will see them in The Hague,” Guyana's foreign minister said "
                   "on Friday, referring to the International Court of Justice.", date="2026-03-04")
    assert not [e for e in mention.events if e.cameo == "115" and "referring" in e.trigger.text], _codes(mention)
    referred = code("Guyana referred the border dispute to the International Court of Justice in 2018.",
                    date="2026-03-04")
    assert "115" in _codes(referred), _codes(referred)
    passive = code("The case was referred to the International Criminal Court by the Security Council in 2005.",
                   date="2026-03-04")
    assert "115" in _codes(passive), _codes(passive)


def test_acts_trip_at_home_is_no_visit(code):
    home = code("Kenya's interior minister flew to Mombasa on Monday after gunmen attacked a police station in the "
                "port city.", date="2026-03-04")
    assert "042" not in _codes(home), _codes(home)
    assert events_of(home, "ASSAULT"), _codes(home)  # the attack stays
    islands = code("Indonesian President Prabowo Subianto visited the Natuna Islands on Wednesday.", date="2026-03-04")
    assert not islands.events, _codes(islands)
    abroad = code("Kenya's interior minister flew to Kampala on Monday for talks with Ugandan officials.",
                  date="2026-03-04")
    assert "042" in _codes(abroad), _codes(abroad)
    visit = code("Indonesian President Prabowo Subianto visited Malaysia on Wednesday.", date="2026-03-04")
    assert "042" in _codes(visit), _codes(visit)
