""""His country", "her nation": a country noun a possessive pronoun owns is the country of the person or
body the pronoun points to (actors/antecedents.py, ``country_nominal``), or, when the pronoun names nobody
the knowledge base knows, the country of the titled speaker whose words it is in.

Articles are synthetic, written in agency style for these tests."""

from tests.conftest import event_on


def test_owner_country_of_a_named_minister(code):
    result = code("ASMARA, May 3 (Reuters) - Eritrea's information minister, Yemane Gebremeskel, denied that "
                  "his country was supplying weapons to rebel groups in Ethiopia.", date="2026-05-03")
    assert [p.actor for p in event_on(result, "supplying").source] == ["ERI"]


def test_owner_country_of_a_titled_speaker_with_no_name(code):
    result = code("CARACAS, May 3 (Reuters) - Venezuela's foreign minister said on Sunday that his country "
                  "would expel three Colombian diplomats.", date="2026-05-03")
    event = event_on(result, "said")  # the minister says what his own country will do: a threat (1313)
    assert {p.actor[:3] for p in event.source if p.actor} == {"VEN"}
