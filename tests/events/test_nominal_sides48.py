"""A measure or an act of force told by a noun that names its doer and no target takes the other party of a story of
two states (issue 11, session 48, h-tgtm48; ``events/nominal_sides.py``): "the Russian embargo" in a story of Russia
and Moldova is done to Moldova; not when the sentence names a third party, even as a modifier, not when the doer is not
named on the noun itself, and not in a story of many parties. The texts are synthetic, written for these tests; the
model's parse is used."""

from tests.conftest import countries_of

QUARREL = ("RIGA, May 5 (Reuters) - Latvia summoned Belarus's envoy on Tuesday over a migrant surge at the border. "
           "Minsk said Riga was inventing a crisis. {last}")


def _targets_of(result, trigger: str) -> list[str]:
    return sorted({c for e in result.events if trigger in e.trigger.text for c in countries_of(e.target)})


def test_a_demonym_doer_on_the_noun_takes_the_other_party(code):
    result = code(QUARREL.format(last="The Belarusian blockade entered its third week on Wednesday."))
    assert _targets_of(result, "blockade") == ["LVA"]


def test_a_possessive_doer_on_the_noun_takes_the_other_party(code):
    result = code(QUARREL.format(last="Belarus's sanctions entered their third week on Wednesday."))
    assert _targets_of(result, "sanctions") == ["LVA"]


def test_a_third_party_named_as_a_modifier_keeps_the_rule_off(code):
    last = "The Belarusian blockade near the Polish border entered its third week on Wednesday."
    result = code(QUARREL.format(last=last))
    assert "LVA" not in _targets_of(result, "blockade")


def test_a_story_of_many_parties_keeps_the_rule_off(code):
    text = ("RIGA, May 5 (Reuters) - Latvia, Lithuania, Poland and Estonia summoned Belarus's envoys on Tuesday. "
            "Minsk accused Vilnius, Warsaw and Tallinn of inventing a crisis. Poland and Lithuania called on Estonia "
            "to close its border. The Belarusian blockade entered its third week on Wednesday.")
    assert _targets_of(code(text), "blockade") == []
