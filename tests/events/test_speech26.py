"""Who speaks and for whom in speech acts (session 26, h-speech26; issue 11, false dyads of ACCUSE, REQUEST, ...).

- A word act the parser joined to the clause a denial denies is the denier's second act: "Azerbaijan's defence
  ministry denied that Armenian soldiers had been killed ... and accused Yerevan of ..." is the ministry's
  accusation, not the soldiers' (``roles.denied_clause_conjunct``, ``DoerRules._denier_of_word_act``), and the
  denied clause and the word act share no target (``ParticipantRules.conjunct_targets``); an act of force joined
  there stays the denied clause's ("denied that Hezbollah fighters had crossed the border and attacked an army post").
- A name in apposition to a title's mission ("Russia's permanent representative to the OPCW, Vladimir Tarabrin",
  the parser hangs the name on "the OPCW") holds the title: the sending state's man, and "he" later is too
  (``PersonRules._appositive_title``, words.tsv ``mission_prep``), not the body he is sent to.
- A commissioner's title names the body whose commissioner he is ("EU Trade Commissioner X": the EU), and a
  police commissioner is his state's police (sectors.tsv ``commissioner``, ``police commissioner``).

Before the fix the Azerbaijani case, the shared target, the built tree, the representative and the EU commissioner
failed; the other
cases held already and guard the rules (the parse or an earlier rule got them right).

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

from __future__ import annotations

import pytest
from tests.conftest import event_on, tree


def _codes(participants) -> list[str]:
    return sorted({p.country or p.actor for p in participants if p.actor})


@pytest.mark.parametrize("text, trigger, doer, target", [
    ("BANGKOK, April 8 (Reuters) - A Thai army spokesman denied that any soldier had laid new mines near the "
     "border and accused Phnom Penh of spreading false claims.", "accused", "THA", "KHM"),
    ("BAKU, April 8 (AFP) - Azerbaijan's defence ministry denied that Armenian soldiers had been killed near "
     "Sotk and accused Yerevan of spreading false reports.", "accused", "AZE", "ARM"),
    ("CARACAS, April 8 (AP) - Venezuela's foreign minister denied that Venezuelan troops had entered the Essequibo "
     "region and called on Guyana to return to talks.", "called", "VEN", "GUY"),
])
def test_word_act_joined_to_a_denied_clause_is_the_denier_s(code, text, trigger, doer, target):
    result = code(text, date="2026-04-08")
    event = event_on(result, trigger)
    assert _codes(event.source) == [doer], event.source
    assert _codes(event.target) == [target], event.target


def test_denied_clause_takes_no_target_from_the_denier_s_word_act(code):
    result = code("CARACAS, April 8 (AP) - Venezuela's foreign minister denied that Venezuelan troops had entered "
                  "the Essequibo region and called on Guyana's president to return to talks.", date="2026-04-08")
    assert not [p for p in event_on(result, "entered").target if "president" in p.text]


def test_act_of_force_joined_to_a_denied_clause_stays_its_subject_s(code):
    result = code("JERUSALEM, April 8 (Reuters) - Israel's military denied that Hezbollah fighters had crossed the "
                  "border and attacked an army post.", date="2026-04-08")
    assert [p.actor for p in event_on(result, "attacked").source] == ["hezbollah"]


def test_roles_denied_clause_conjunct_on_a_built_tree(blank_nlp):
    from detente.events.roles import denied_clause_conjunct

    doc = tree(blank_nlp.language.vocab, """
        Kigali    Kigali    PROPN NNP nsubj 1 B-GPE
        denied    deny      VERB  VBD ROOT  1 O
        that      that      SCONJ IN  mark  6 O
        its       its       PRON  PRP$ poss 4 O
        soldiers  soldier   NOUN  NNS nsubj 6 O
        had       have      AUX   VBD aux   6 O
        crossed   cross     VERB  VBN ccomp 1 O
        the       the       DET   DT  det   8 O
        border    border    NOUN  NN  dobj  6 O
        and       and       CCONJ CC  cc    6 O
        accused   accuse    VERB  VBD conj  6 O
        Kinshasa  Kinshasa  PROPN NNP dobj  10 B-GPE
        .         .         PUNCT .   punct 1 O
    """)
    reporting = {"deny": "deny", "say": "say"}
    assert denied_clause_conjunct(doc[10], reporting) == doc[1]
    assert denied_clause_conjunct(doc[6], reporting) is None  # the denied clause itself
    assert denied_clause_conjunct(doc[10], {"say": "say"}) is None  # a neutral frame: the clause's subject may do it


@pytest.mark.parametrize("text, trigger, doer", [
    # the knowledge base knows Šefčovič (h-kbp37): the person, coded as the EU, as the title says
    ("BRUSSELS, April 8 (Reuters) - EU Trade Commissioner Maros Sefcovic accused Beijing of dumping steel.",
     "accused", "IGOEUREEC"),
    # it does not know Adeoye: the title's body
    ("ADDIS ABABA, April 8 (Reuters) - African Union Commissioner for Peace and Security Bankole Adeoye urged "
     "Sudan's army to protect civilians in El Fasher.", "urged", "IGOAFRAFU"),
])
def test_commissioner_speaks_for_the_body_named_on_his_title(code, text, trigger, doer):
    event = event_on(code(text, date="2026-04-08"), trigger)
    assert [p.code for p in event.source] == [doer], event.source


def test_police_commissioner_is_the_state_s_police(code):
    event = event_on(code("NAIROBI, April 8 (Reuters) - Kenya's police commissioner Douglas Kanja accused "
                          "Tanzanian officials of detaining Kenyan activists.", date="2026-04-08"), "accused")
    assert [(p.country, p.sector) for p in event.source] == [("KEN", "COP")], event.source


@pytest.mark.parametrize("text, doer", [
    ("MOSCOW, April 8 (Reuters) - The OPCW said it had found riot-control agents in soil samples. Russia's permanent "
     "representative to the OPCW, Vladimir Tarabrin, called the finding politically motivated. He accused Kyiv of "
     "staging incidents.", "RUS"),
    ("NAIROBI, April 8 (Reuters) - Kenya's ambassador to Ethiopia, Joseph Mwangi, met truck drivers stranded at "
     "Moyale on Tuesday. He accused Addis Ababa of harassing them.", "KEN"),
])
def test_name_in_apposition_to_a_title_s_mission_is_the_sender_s_man(code, text, doer):
    event = event_on(code(text, date="2026-04-08"), "accused")
    assert [p.country for p in event.source] == [doer], event.source
