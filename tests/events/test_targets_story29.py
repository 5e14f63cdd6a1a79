"""Targets of a word told after the lead of a two-party story, whose sentence names no one but its doer (issue 11,
session 29, h-target29; ``events/context.py``: ``_story_other`` in ``disputes``, and ``_answering``): the story's
other party, when the lead names it as a party and the two are the story's by far (the second named at least
``STORY_MARGIN`` times as often as the third); a thing of the doer's own ("recalled its ambassador") is no target
that stops it. Not for a deed, a story of three parties, or an appeal ("asking it to ...": made as often to a third
party, allies or a body).

All texts here are synthetic, written in agency style for these tests; none comes from a development set or from a
real article."""

from tests.conftest import actors_of, event_on


def test_targets_story_recall_of_own_envoy_goes_to_the_other_party(code):
    # "its ambassador" is the doer's own, no target: the recall is a word in the two parties' dispute
    text = ('RABAT, June 2 (Reuters) - The Netherlands said on Monday it would let a Dutch company survey the '
        'seabed off the coast of Western Sahara. Algeria said the plan was illegal. The Dutch government said'
        ' the survey would go ahead.\n\n'
        'Algeria has also recalled its ambassador for consultations.')
    event = event_on(code(text, date="2026-06-02"), "recalled")
    assert "NLD" in actors_of(event.target)


def test_targets_story_refusal_goes_to_the_other_party(code):
    text = ("BELGRADE, June 2 (Reuters) - Kosovo's parliament passed a law on Monday that bans the Serbian dinar "
        "in the north, Serbia's government said. Belgrade said the law was illegal. Pristina said the law "
        'applied to all of Kosovo.\n\n'
        'Serbian President Aleksandar Vucic said Belgrade would never accept the ban.')
    event = event_on(code(text, date="2026-06-02"), "accept")
    assert "KSV" in actors_of(event.target)


def test_targets_story_warning_goes_to_the_other_party(code):
    text = ('LIMA, June 2 (EFE) - Chile said on Monday it would build a fence along its northern border. Peru '
        'said the fence was an insult. Santiago said the fence was needed to stop smuggling.\n\n'
        "Peru's foreign minister warned that Lima would respond.")
    event = event_on(code(text, date="2026-06-02"), "warned")
    assert "CHL" in actors_of(event.target)


def test_targets_story_deed_takes_no_story_target(code):
    # a show of force is a deed: as often aimed at no one
    text = ('NICOSIA, June 2 (Reuters) - A Turkish survey ship sailed into waters off Cyprus on Monday, the '
        'Cypriot government said. Nicosia said the voyage was illegal and Ankara said the waters were '
        'Turkish.\n\n'
        'Cyprus deployed two patrol boats to the area on Tuesday.')
    event = event_on(code(text, date="2026-06-02"), "deployed")
    assert "TUR" not in actors_of(event.target)


def test_targets_story_of_three_parties_names_no_one(code):
    text = ('ADDIS ABABA, June 2 (AFP) - Ethiopia said on Monday that Egypt was arming rebels in the Amhara '
        'region. Sudan said Ethiopia was trying to distract from the dam. Egypt said Ethiopia had broken its '
        'promises and Sudan said Ethiopia had not shared data.\n\n'
        "Ethiopia's foreign ministry said it would never accept outside interference.")
    event = event_on(code(text, date="2026-06-02"), "accept")
    assert not {"EGY", "SDN"} & actors_of(event.target)


def test_targets_story_appeal_takes_no_story_target(code):
    text = ("HANOI, June 2 (Reuters) - Cambodia began dredging a canal off the Mekong on Monday, Vietnam's water "
        'ministry said. Hanoi said the canal would harm the delta. Phnom Penh said the canal was on its own '
        'soil.\n\n'
        'Vietnam had written to the river commission asking it to review the project, the ministry said.')
    event = event_on(code(text, date="2026-06-02"), "asking")
    assert "KHM" not in actors_of(event.target)
