"""What a penalty is for (session 34, h-for; issue 11, whole-article accuracy: the doer of a penalty's ground).

A penalty done to people or bodies "for" what they did ("fined Apple for breaching ...", "punished Russian banks for
financing ...", "arrested two Ukrainians on suspicion of sabotaging ...", "imposed sanctions on Iranian firms for
supplying ...") is a ``legal_verb`` of words.tsv, or the noun of one a verb holds (``doers.legal_nouns``): the act it
is for is done by the ones penalised, never by whoever penalises (``DoerRules._charged``), and cooperation told there
is the ground the penaliser alleges, no event (``nonevents.charged_with``), as in an accusation's content. The one a
verb judges "for" an act does it in the passive too ("Kenya was criticised for deporting ...": the "for"/"of" case of
``DoerRules._subjects``), and one accused whom the knowledge base does not know does it as words ("accused cattle
raiders of killing ...": not the accuser). An "of" after a legal act's noun names whom it is done to, not its
ground ("demanded the arrest of the men who had supplied weapons ...": the supply is told, not alleged).

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

from __future__ import annotations

import pytest
from tests.conftest import countries_of, event_on, events_with_trigger, tree


@pytest.mark.parametrize("text, trigger, doer", [
    ("BRUSSELS, June 9 (Reuters) - The European Commission on Tuesday fined Apple for breaching EU competition "
     "rules.", "breaching", "Apple"),  # a doer the knowledge base does not know: its words, not the Commission
    ("BRUSSELS, June 9 (Reuters) - Apple was fined on Tuesday for breaching EU competition rules.", "breaching",
     "Apple"),  # a passive's subject
])
def test_penalty_grounds34_act_is_done_by_the_one_penalised(code, text, trigger, doer):
    result = code(text, date="2026-06-09")
    event = event_on(result, trigger)
    assert [p.text for p in event.source] == [doer], event.source
    assert not countries_of(event.source), event.source


@pytest.mark.parametrize("text, legal, ground", [
    ("MOSCOW, June 9 (Reuters) - Russian police on Sunday arrested two Ukrainians on suspicion of sabotaging a "
     "railway line near Bryansk.", "arrested", "sabotaging"),  # the ground a noun gives ("on suspicion of")
    ("JERUSALEM, June 9 (Reuters) - Israeli troops on Monday detained Palestinian youths for throwing stones at "
     "soldiers near Hebron.", "detained", "throwing stones"),
])
def test_penalty_grounds34_ground_of_an_arrest_is_no_event(code, text, legal, ground):
    # session 40 (h-charge40, nonevents.charged_act): an arrest or a detention is the event, what it is for its
    # ground (until then coded, done by the ones arrested)
    result = code(text, date="2026-06-09")
    assert events_with_trigger(result, legal), result.events
    assert not events_with_trigger(result, ground), result.events


@pytest.mark.parametrize("text, trigger, source, target", [
    ("SEOUL, June 9 (Yonhap) - Two Russian fishing firms were sanctioned on Monday for seizing Norwegian fishing "
     "boats.", "seizing", "RUS", "NOR"),  # a passive with no agent
    ("NAIROBI, June 9 (Reuters) - Kenya was criticised on Tuesday for deporting Somali refugees.", "deporting",
     "KEN", "SOM"),  # a judging verb that is no penalty, in the passive
])
def test_penalty_grounds34_sides_of_the_ground(code, text, trigger, source, target):
    result = code(text, date="2026-06-09")
    event = event_on(result, trigger)
    assert countries_of(event.source) == [source], event.source
    assert target in countries_of(event.target), event.target


@pytest.mark.parametrize("text, penalty, ground", [
    ("LONDON, June 9 (Reuters) - Britain on Tuesday punished Russian banks for financing the war in Ukraine.",
     "punished", "financing"),
    ("WASHINGTON, June 9 (AP) - The United States on Wednesday imposed sanctions on Chinese firms for supplying "
     "drones to Russia.", "imposed sanctions", "supplying"),  # the noun of a penalty, held by a verb
    ("NEW YORK, June 9 (AFP) - The Security Council on Thursday imposed sanctions on Rwanda for backing the M23 "
     "rebels in eastern Congo.", "imposed sanctions", "backing"),
])
def test_penalty_grounds34_cooperation_alleged_is_no_event(code, text, penalty, ground):
    result = code(text, date="2026-06-09")
    assert events_with_trigger(result, penalty), result.events
    assert not events_with_trigger(result, ground), result.events


def test_penalty_grounds34_called_for_sanctions_ground_is_not_the_callers(code):
    result = code("GENEVA, June 9 (Reuters) - The United Nations on Monday called for sanctions on armed groups for "
                  "recruiting children.", date="2026-06-09")
    assert events_with_trigger(result, "called")
    assert not [e for e in events_with_trigger(result, "recruiting") if any("UNO" in (p.code or "") for p in e.source)]


def test_penalty_grounds34_legal_nouns_reads_a_held_penalty_noun(blank_nlp):
    from detente.events.doers import legal_act, legal_nouns
    from detente.events.lexicon import load_default
    from detente.parse_view import ParseView

    doc = tree(blank_nlp.language.vocab, """
        The        the        DET   DT   det    2  O
        Security   Security   PROPN NNP  compound 2 B-ORG
        Council    Council    PROPN NNP  nsubj  3  I-ORG
        imposed    impose     VERB  VBD  ROOT   3  O
        sanctions  sanction   NOUN  NNS  dobj   3  O
        on         on         ADP   IN   prep   4  O
        Rwanda     Rwanda     PROPN NNP  pobj   5  B-GPE
        for        for        ADP   IN   prep   3  O
        backing    back       VERB  VBG  pcomp  7  O
        rebels     rebel      NOUN  NNS  dobj   8  O
    """)
    view, words = ParseView.of(doc), load_default().words
    assert legal_act(view, 7, words) == 3
    assert legal_nouns(view, 3, 7, words) == [4]
    assert legal_act(view, 5, words) is None  # "on Rwanda" is whom the sanctions are aimed at, not a ground


def test_penalty_grounds34_whom_a_legal_noun_is_done_to_is_no_ground(code):
    # "of" after a legal act's noun names whom it is done to: what they did is told, not alleged as a ground
    result = code("NAIROBI, June 9 (Reuters) - Kenya on Tuesday demanded the arrest of the men who had supplied "
                  "weapons to the rebels.", date="2026-06-09")
    assert events_with_trigger(result, "supplied"), result.events


def test_penalty_grounds34_accused_words_do_the_act(code):
    # one accused whom the knowledge base does not know does the act as words, never the accuser
    result = code("NAIROBI, June 9 (Reuters) - Kenya on Monday accused cattle raiders of killing four police officers "
                  "near the border with South Sudan.", date="2026-06-09")
    event = event_on(result, "killing")
    assert [p.text for p in event.source] == ["cattle raiders"], event.source
