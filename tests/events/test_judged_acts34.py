"""Acts one is thanked, praised or penalised for (session 34, h-for2; issue 11, whole-article accuracy).

Follows tests/events/test_penalty_grounds34.py (h-for). A gerund the tagger took for a noun after "for" ("thanked
Qatar for mediating between Hamas and Israel") is read as the verb it is (``nlp._gerunds``), and an act so judged that
is told "between" a pair is done by the one judged to the pair (``mutual._judged_doer``), not by the pair. More
penalties are ``legal_verb`` (designate, ban), and a ground the parser hangs on a designation's object
complement ("designated the Houthis a terrorist group for attacking ships") is the designation's
(``doers.object_complement``). What a legal act is for is its author's charge: attributed to the one who charges or
penalises, and so reported (``AttributionRules._legal_author``; eval/wire/README.md, an act inside a charge keeps its
speaker).

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

from __future__ import annotations

import pytest
from tests.conftest import tree


def _events(result, trigger):
    return [e for e in result.events if e.trigger.text.startswith(trigger)]


def _countries(side):
    return sorted({p.country for p in side if p.actor})


@pytest.mark.parametrize("text, judging, judged, pair", [
    ("KYIV, June 9 (Reuters) - Ukraine on Monday thanked Qatar for mediating between Hamas and Israel.", "thanked",
     "QAT", ["ISR", "PSE"]),
    ("CAIRO, June 9 (Reuters) - Egypt on Monday praised Oman for mediating between Iran and the United States.",
     "praised", "OMN", ["IRN", "USA"]),
])
def test_judged_acts34_mediation_a_state_is_thanked_for(code, text, judging, judged, pair):
    result = code(text, date="2026-06-09")
    [thanks] = _events(result, judging)
    assert _countries(thanks.target) == [judged], thanks.target  # the pair is no target of the thanks
    [mediation] = _events(result, "mediating")
    assert mediation.cameo.startswith("04"), mediation.cameo
    assert _countries(mediation.source) == [judged], mediation.source
    assert _countries(mediation.target) == pair, mediation.target


@pytest.mark.parametrize("text, ground, source, target", [
    ("WASHINGTON, June 9 (Reuters) - The United States on Tuesday designated the Houthis a terrorist group for "
     "attacking American warships in the Red Sea.", "attacking", "YEM", "USA"),  # the ground hung on the complement
    ("WASHINGTON, June 9 (Reuters) - The United States on Tuesday banned two Chinese firms for attacking American "
     "computer networks.", "attacking", "CHN", "USA"),
])
def test_judged_acts34_ground_of_a_designation_or_ban(code, text, ground, source, target):
    result = code(text, date="2026-06-09")
    [event] = _events(result, ground)
    assert _countries(event.source) == [source], event.source
    assert target in _countries(event.target), event.target


@pytest.mark.parametrize("text, penalty, ground", [
    ("WASHINGTON, June 9 (Reuters) - The United States on Tuesday banned two Chinese firms for supplying drones to "
     "Russia.", "banned", "supplying"),
    ("WASHINGTON, June 9 (Reuters) - The United States on Tuesday designated the Houthis a terrorist organisation "
     "for supplying weapons to Hezbollah.", "designated", "supplying"),
])
def test_judged_acts34_cooperation_a_penalty_is_for_is_no_event(code, text, penalty, ground):
    result = code(text, date="2026-06-09")
    assert _events(result, penalty), result.events
    assert not _events(result, ground), result.events


def test_judged_acts34_object_complement_hands_its_ground_to_the_verb(blank_nlp):
    from detente.events.doers import legal_act, object_complement
    from detente.events.lexicon import load_default
    from detente.parse_view import ParseView

    doc = tree(blank_nlp.language.vocab, """
        Washington  Washington PROPN NNP  nsubj    1  B-GPE
        designated  designate  VERB  VBD  ROOT     1  O
        the         the        DET   DT   det      3  O
        Houthis     Houthis    PROPN NNPS dobj     1  B-ORG
        a           a          DET   DT   det      6  O
        terrorist   terrorist  ADJ   JJ   amod     6  O
        group       group      NOUN  NN   dobj     1  O
        for         for        ADP   IN   prep     6  O
        attacking   attack     VERB  VBG  pcomp    7  O
        ships       ship       NOUN  NNS  dobj     8  O
    """)
    view, words = ParseView.of(doc), load_default().words
    assert object_complement(view, 6) and not object_complement(view, 3)
    assert legal_act(view, 7, words) == 1


@pytest.mark.parametrize("text, ground, author", [
    ("LONDON, June 9 (Reuters) - Britain on Tuesday sanctioned two Russian army units for attacking civilians in "
     "Kharkiv.", "attacking", "GBR"),
])
def test_judged_acts34_ground_of_a_legal_act_is_its_authors_charge(code, text, ground, author):
    # eval/wire/README.md: an act inside a charge keeps its speaker; the one penalised does not vouch for it
    result = code(text, date="2026-06-09")
    [event] = _events(result, ground)
    assert event.attribution is not None and event.attribution.actor.startswith(author), event.attribution
    assert event.modality == "reported"


@pytest.mark.parametrize("text, ground", [
    ("MINSK, June 9 (Reuters) - Belarusian prosecutors on Monday charged two Lithuanian citizens with attacking a "
     "border post.", "attacking"),
    ("MOSCOW, June 9 (Reuters) - Russian police on Sunday arrested two Ukrainians on suspicion of sabotaging a railway "
     "line near Bryansk.", "sabotaging"),
])
def test_judged_acts34_ground_of_an_arrest_or_charge_is_no_event(code, text, ground):
    # session 40 (h-charge40, nonevents.charged_act): what an arrest or a charge is for is its ground, no event
    # (until then coded, attributed to the one who charges)
    assert not _events(code(text, date="2026-06-09"), ground)


def test_judged_acts34_ground_of_a_passive_penalty_with_no_author_is_unattributed(code):
    result = code("LONDON, June 9 (Reuters) - Two Russian army units were sanctioned on Monday for attacking "
                  "civilians in Kharkiv.", date="2026-06-09")
    [event] = _events(result, "attacking")
    assert event.attribution is None
