"""What an arrest, a charge or a sentence is for (session 40, h-charge40; issue 11, the content of suspicions and
charges).

An act of the criminal process on people (``criminal_verb`` in words.tsv: arrest, detain, charge, indict, try,
convict, sentence, jail, imprison, prosecute) told with what its people are held to have done ("arrested a sailor on
suspicion of stabbing a dock worker", "charged three men with setting fire to a depot", "jailed two fishermen for
poaching") is the event; the act it is for is its ground, no event of its own, whatever its class
(``nonevents.charged_act``): the dev gold leaves 59 of 60 such grounds uncoded. An act told in a relative clause or an
apposition inside the ground has a doer of its own and stays; so does what a state, a firm or a unit is sanctioned
for (a penalty, not the criminal process), and the content of an accusation ("accused X of shelling ...").

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

from __future__ import annotations

import pytest
from tests.conftest import countries_of, event_on, events_with_trigger, tree


def _charged_act(blank_nlp, table: str, i: int) -> bool:
    from detente.events.lexicon import load_default
    from detente.events.nonevents import charged_act
    from detente.parse_view import ParseView

    doc = tree(blank_nlp.language.vocab, table)
    return charged_act(i, ParseView.of(doc), load_default().words)


SUSPICION = """
    Police     police     NOUN  NNS  nsubj  1  O
    arrested   arrest     VERB  VBD  ROOT   1  O
    a          a          DET   DT   det    4  O
    Russian    Russian    ADJ   JJ   amod   4  B-NORP
    sailor     sailor     NOUN  NN   dobj   1  O
    on         on         ADP   IN   prep   1  O
    suspicion  suspicion  NOUN  NN   pobj   5  O
    of         of         ADP   IN   prep   6  O
    stabbing   stab       VERB  VBG  pcomp  7  O
    rebels     rebel      NOUN  NNS  dobj   8  O
    who        who        PRON  WP   nsubj  11 O
    attacked   attack     VERB  VBD  relcl  9  O
    a          a          DET   DT   det    13 O
    post       post       NOUN  NN   dobj   11 O
"""


def test_charged_act40_the_ground_of_an_arrest_is_no_act_but_a_relative_clause_in_it_is(blank_nlp):
    assert _charged_act(blank_nlp, SUSPICION, 8)  # "on suspicion of [stabbing]": the ground the arrest gives
    assert not _charged_act(blank_nlp, SUSPICION, 11)  # "rebels who [attacked] a post": an act with its own doer
    assert not _charged_act(blank_nlp, SUSPICION, 1)  # the arrest itself


def test_charged_act40_a_penalty_is_no_criminal_process(blank_nlp):
    table = """
        Britain    Britain    PROPN NNP  nsubj  1  B-GPE
        sanctioned sanction   VERB  VBD  ROOT   1  O
        two        two        NUM   CD   nummod 3  O
        units      unit       NOUN  NNS  dobj   1  O
        for        for        ADP   IN   prep   1  O
        shelling   shell      VERB  VBG  pcomp  4  O
        civilians  civilian   NOUN  NNS  dobj   5  O
    """
    assert not _charged_act(blank_nlp, table, 5)  # what a unit is sanctioned for stays (nonevents keeps it)


@pytest.mark.parametrize("text, legal, ground", [
    ("OSLO, May 6 (Reuters) - Norwegian police on Tuesday arrested a Russian sailor on suspicion of stabbing a dock "
     "worker in Kirkenes.", "arrested", "stabbing"),
    ("WARSAW, May 6 (PAP) - Polish prosecutors on Monday charged two Belarusian citizens with setting fire to an army "
     "warehouse.", "charged", "setting fire"),
    ("HANOI, May 6 (Reuters) - A Vietnamese court on Tuesday jailed a Chinese national for two years for attacking a "
     "fisheries officer.", "jailed", "attacking"),
])
def test_charged_act40_the_legal_act_is_the_event_not_its_ground(code, text, legal, ground):
    result = code(text, date="2026-05-06")
    assert events_with_trigger(result, legal), result.events
    assert not events_with_trigger(result, ground), result.events


def test_charged_act40_a_sanctioned_units_attack_stays_theirs(code):
    result = code("LONDON, May 6 (Reuters) - Britain on Wednesday sanctioned two Russian army units for shelling "
                  "civilians in Kherson.", date="2026-05-06")
    event = event_on(result, "shelling")
    assert countries_of(event.source) == ["RUS"], event.source


def test_charged_act40_accusation_content_is_not_a_legal_ground(code):
    result = code("ADDIS ABABA, May 6 (AFP) - Ethiopia on Tuesday accused Eritrea of shelling villages near "
                  "Zalambessa and detained two Eritrean soldiers for crossing the border.", date="2026-05-06")
    assert countries_of(event_on(result, "shelling").source) == ["ERI"]
    assert not events_with_trigger(result, "crossing"), result.events


def test_charged_act40_them_after_a_penalty_noun_is_whom_it_is_aimed_at(code):
    # pronouns._joined_object: "imposed sanctions on ... officials, accusing them of ...": the officials, whose
    # country does what they are accused of, never the accuser
    result = code("CANBERRA, May 6 (AAP) - Australia imposed sanctions on Tuesday on nine Russian officers, accusing "
                  "them of helping to deport orphans from Kherson.", date="2026-05-06")
    assert countries_of(event_on(result, "accusing").target) == ["RUS"]
    assert countries_of(event_on(result, "deport").source) == ["RUS"]


def test_charged_act40_an_accused_pronoun_with_no_antecedent_is_never_the_accuser(code):
    # DoerRules._subjects: "..., accusing them of attacking ...": "them" as words when nothing is found for it
    # Ukrainian children: an act with no known actor on either side is no event (acts.no_actor, session 61)
    result = code("CANBERRA, May 6 (AAP) - Australia imposed sanctions on Tuesday on nine senior officers, accusing "
                  "them of helping to deport Ukrainian children from occupied towns.", date="2026-05-06")
    event = event_on(result, "deport")
    assert "AUS" not in countries_of(event.source), event.source
    assert [p.text for p in event.source] == ["them"], event.source
