"""A bare title on a name ("Spokesman Lin Jian urged ...") right after a body spoke is that body's
spokesperson, as "a spokesperson" is (antecedents.last_speaker), not an earlier spokesman of another side.

All texts here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article. The spokesman of TEXT has a name the knowledge base lacks ("Zhang Wei"),
so the rule, not an entry, must find his side (Lin Jian, the real spokesman, is in people.jsonl since session 32)."""

from tests.conftest import actors_of, event_on

TEXT = ("MANILA, June 18 (AP) — The Philippines summoned China's ambassador on Wednesday over the use of water "
        "cannon against a Philippine fisheries vessel.\n\nIts spokesman, Commodore Jay Tarriela, released video of "
        "the incident.\n\nChina's foreign ministry said its coast guard had acted lawfully. Spokesman Zhang Wei "
        "urged Manila to stop provoking trouble.")


def test_titled_speakers_a_titled_name_after_a_body_spoke_is_its_spokesman(code):
    urged = event_on(code(TEXT, date="2026-06-18"), "urged")
    # was: the Philippine spokesman's government urging China's ambassador, a reversed dyad
    assert "CHNGOV" in actors_of(urged.source) and "PHLGOV" in actors_of(urged.target)


def test_titled_speakers_a_titled_name_with_its_country_keeps_it(code):
    # must not change: the title's own country wins (a name the knowledge base lacks: Jay Tarriela, the coast
    # guard's spokesman, is in people.jsonl since session 36)
    result = code("MANILA (AP) — China's foreign ministry said its coast guard had acted lawfully. Philippine "
                  "spokesman Ramon Dizon urged Beijing to stop its harassment.", date="2026-06-18")
    assert "PHLGOV" in actors_of(event_on(result, "urged").source)


def test_titled_speakers_a_cabinet_secretary_under_a_dateline_is_its_government(code):
    # synthetic (session 24): "Chief Cabinet Secretary" named no office, so the speaker was a third party and his
    # own government's protest came out "reported" and attributed to him
    result = code("TOKYO, March 19 (Kyodo) — China imposed sanctions on a Japanese lawmaker on Thursday. Chief "
                  "Cabinet Secretary Minoru Kihara told a news conference that Japan had lodged a protest with "
                  "Beijing.", date="2026-03-19")
    protest = event_on(result, "lodged")
    assert protest.modality == "asserted" and protest.attribution is None
