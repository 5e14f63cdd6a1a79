"""The owner named in stacked nouns of a thing an act is done to is its target (events/participants.py,
inner_actors): "bombed an RSF supply convoy". The sentences are synthetic, written in agency style."""


def _targets(result, trigger: str) -> set[str | None]:
    return {p.code for e in result.events if e.trigger.text == trigger for p in e.target}


def test_wire_the_owner_before_stacked_nouns_is_the_target(code):
    # synthetic: without it the target was unknown and the lead's other party (Chad) filled it
    result = code("KHARTOUM, May 3 (Reuters) - Sudan accused Chad on Monday of letting weapons reach the "
                  "paramilitary Rapid Support Forces across its border.\n\nChad denied the charge.\n\nThe army "
                  "said on Tuesday it had destroyed an RSF weapons depot.", date="2025-05-03")
    assert _targets(result, "destroyed") == {"SDNREBRSF"}

