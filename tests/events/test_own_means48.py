"""A step a state takes with its own means and that names no one it is aimed at ("recalled its ambassador", "closed
its airspace") takes the other party of a story of two states (issue 11, session 48, h-tgtm48; ``events/own_means.py``,
explained as its own rule); not when the sentence names a third party, not when the object is no thing of the doer's
own, not when it is told as not done. The texts are synthetic, written for these tests; the model's parse is used."""

from tests.conftest import countries_of

QUARREL = ("VILNIUS, May 5 (Reuters) - Lithuania accused Belarus on Tuesday of sending balloons into its airspace. "
           "Minsk called the charge absurd. {last}")


def _events(result, trigger: str) -> list:
    return [e for e in result.events if trigger in e.trigger.text]


def _targets_of(result, trigger: str) -> list[str]:
    return sorted({c for e in _events(result, trigger) for c in countries_of(e.target)})


def test_an_envoy_recalled_takes_the_other_party(code):
    result = code(QUARREL.format(last="Lithuania recalled its ambassador on Wednesday, the ministry said."),
                  date="2026-05-05")
    assert _targets_of(result, "recalled") == ["BLR"]


def test_the_rule_explains_itself(explaining):
    result = _explained(explaining, "Lithuania closed its airspace on Wednesday, the ministry said.")
    assert _targets_of(result, "closed") == ["BLR"] and _by_the_rule(result, "closed")


def _explained(explaining, last: str):
    import datetime as dt

    from detente.model import Article

    return explaining.code(Article(text=QUARREL.format(last=last), date=dt.date(2026, 5, 5)))


def _by_the_rule(result, trigger: str) -> bool:
    return any("events/own_means.py" in side for e in _events(result, trigger) for side in e.explanation.sides)


def test_a_third_party_in_the_sentence_keeps_the_rule_off(explaining):
    result = _explained(explaining, "Lithuania closed its airspace on Wednesday and asked Poland to do the same.")
    assert "BLR" not in _targets_of(result, "closed") and not _by_the_rule(result, "closed")


def test_an_object_of_no_one_own_keeps_the_rule_off(explaining):
    # another rule may still take Belarus for whom the act answers: this one does not give it
    result = _explained(explaining, "Lithuania closed the crossing at Medininkai on Wednesday, the ministry said.")
    assert not _by_the_rule(result, "closed")


def test_a_step_told_as_not_done_keeps_the_rule_off(explaining):
    result = _explained(explaining, "Lithuania has not recalled its ambassador, the ministry said.")
    assert not _by_the_rule(result, "recalled")
