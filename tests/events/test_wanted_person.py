"""A person wanted for a crime is no intent to commit it (session 66, h-want66): "a man wanted by Hungary over a
bombing", "the businessman, who is wanted in Peru for a fraud", "was sought by police in connection with the
shooting" say why a state looks for someone, not that it means to attack (an intent frame on the event noun:
1384, 138). A ``sought_verb`` of words.tsv, passive or a participle on its noun, takes no event noun after a
preposition as what it intends (``FrameRules._combine_noun``). Other passive intent verbs keep theirs ("is scheduled
to visit ... for talks"), and wanting an act stays an intent ("Kyiv wants talks"). All sentences are synthetic,
written in agency style for these tests; none comes from an evaluation set."""

import pytest
from tests.conftest import events_of


@pytest.mark.parametrize("text", [
    "BUDAPEST, May 4 (Reuters) - Slovak police have detained a 41-year-old Serbian man who is wanted by Hungary over a "
    "bombing at a railway depot near Szeged last year, the Interior Ministry said on Tuesday.",
    "LIMA, May 4 (AP) - Chilean police arrested a Peruvian businessman wanted by Peru for an attack on a power plant, "
    "officials said on Tuesday.",
    "ANKARA, May 4 (AFP) - Georgia handed over to Turkey a man sought by Ankara over the bombing of a police station "
    "in Istanbul, the Turkish Justice Ministry said on Tuesday.",
    "DAKAR, May 4 (AA) - Gambian troops arrested a rebel commander on Monday. The commander was wanted by Senegal over "
    "an attack on an army post near the border.",
])
def test_wanted_person_is_no_threat_of_the_crime(code, text):
    result = code(text, date="2021-05-04")
    assert not events_of(result, cameo="13"), [(e.cameo, e.trigger.text) for e in result.events]


def test_wanted_person_wanting_an_act_stays_an_intent(code):
    result = code("KYIV, May 4 (Reuters) - Ukraine wants talks with Russia on a prisoner exchange, the foreign "
                  "minister said on Tuesday.", date="2021-05-04")
    assert [e for e in result.events if e.modality == "intended"], \
        [(e.cameo, e.trigger.text, e.modality) for e in result.events]


def test_wanted_person_other_passive_intent_verbs_keep_their_noun(code):
    result = code("MOSCOW, May 4 (Reuters) - The Russian foreign minister is scheduled to visit Beijing next week for "
                  "talks on trade, the ministry said on Tuesday.", date="2021-05-04")
    assert events_of(result, cameo="03") or events_of(result, cameo="04"), \
        [(e.cameo, e.trigger.text) for e in result.events]
