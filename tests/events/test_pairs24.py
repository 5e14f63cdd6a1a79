"""A pair told as the doers of a directed act, and the adversary of a complaint or lawsuit that names none
(session 24, h-pairs24; issue 11, "Institutions and sets").

"The two neighbours fought a long case at the ICJ" after "Botswana lodged a protest with Namibia" is Botswana's case
against Namibia: an act one party does to another (``directed`` in data/cameo_roots.tsv, 11-12) told of a pair
named by one phrase is done by the one of the two that did the latest earlier act of conflict to the other
(``mutual._one_of_pair``), passing over an act told inside another's clause ("accused Slovakia of diverting the
river": the diverting); with no such act, or with a third party done to, both stay its doers. A complaint or
lawsuit with no known target ("did not rule out a lawsuit at the EU Court of Justice") is against the other party
of its doer's latest earlier act of conflict (``context.cases``), unless its sentence names another party. Two
subjects of a ``mutual_verb`` ("Sudan's army and the RSF clashed") are the pair a later "both sides" points back to
(``actors/sets.py``).

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""


def _event(result, trigger):
    [event] = [e for e in result.events if e.trigger.text.startswith(trigger)]
    return event


def _sides(event):
    return ([p.country for p in event.source if p.actor], [p.country for p in event.target if p.actor])


def test_one_of_pair_is_the_doer_that_started_the_dispute(code):
    result = code("GABORONE, June 3 (Reuters) - Botswana lodged a protest with Namibia on Monday over the shooting "
                  "of two fishermen on the Chobe river. The two neighbours also fought a long case over an island in "
                  "the river at the International Court of Justice.", date="2026-06-03")
    assert _sides(_event(result, "fought")) == (["BWA"], ["NAM"])


def test_one_of_pair_passes_over_the_act_an_accusation_is_about(code):
    # "of diverting the river": Slovakia's act as Hungary tells it; the accusation is Hungary's step
    result = code("BUDAPEST, June 3 (Reuters) - Hungary accused Slovakia on Monday of diverting the Danube at a "
                  "dam near the border. The two countries fought a long case over the dam at the International Court "
                  "of Justice.", date="2026-06-03")
    assert _sides(_event(result, "fought")) == (["HUN"], ["SVK"])


def test_one_of_pair_with_no_earlier_dispute_keeps_both_doers(code):
    result = code("GABORONE, June 3 (Reuters) - Botswana and Namibia opened a new border post on Monday. "
                  "The two neighbours fought a long case over an island in the Chobe river at the International "
                  "Court of Justice.", date="2026-06-03")
    assert sorted(_sides(_event(result, "fought"))[0]) == ["BWA", "NAM"]


def test_one_of_pair_protesting_to_a_third_party_keeps_both_doers(code):
    result = code("VILNIUS, June 3 (Reuters) - Lithuania accused Latvia on Monday of delaying a power link. "
                  "The two countries protested to Russia over a drone that crashed near the border.",
                  date="2026-06-03")
    sources, targets = _sides(_event(result, "protested"))
    assert sorted(sources) == ["LTU", "LVA"] and targets == ["RUS"]


def test_case_with_no_adversary_is_against_the_doers_adversary(code):
    result = code("VIENNA, May 12 (Reuters) - Austria accused Italy on Monday of breaking European Union rules with "
                  "new checks at the Brenner pass. The Austrian government did not rule out a lawsuit at the EU "
                  "Court of Justice.", date="2026-05-12")
    assert _sides(_event(result, "lawsuit")) == (["AUT"], ["ITA"])


def test_case_takes_the_doer_of_an_act_done_to_it(code):
    result = code("LIMA, May 12 (Reuters) - Chilean navy ships seized two Peruvian fishing boats on Monday. "
                  "Lima said it would file a lawsuit at the International Court of Justice.", date="2026-05-12")
    assert _sides(_event(result, "file")) == (["PER"], ["CHL"])


def test_case_whose_sentence_names_another_party_takes_no_adversary(code):
    result = code("VIENNA, May 12 (Reuters) - Austria accused Italy on Monday of breaking European Union rules with "
                  "new checks at the Brenner pass. Austria and Germany did not rule out a joint lawsuit at the EU "
                  "Court of Justice.", date="2026-05-12")
    assert "ITA" not in _sides(_event(result, "lawsuit"))[1]



def test_both_sides_are_the_subjects_of_a_mutual_verb(code):
    # "X and Y clashed": the pair "both sides" points back to, not the host of talks named after them
    result = code("KHARTOUM, June 3 (Reuters) - Sudan's army and the Rapid Support Forces clashed near Kadugli on "
                  "Monday, a day after Chad hosted talks on refugees. The Arab League urged both sides to observe a "
                  "ceasefire.", date="2026-06-03")
    assert sorted(p.actor for p in _event(result, "urged").target if p.actor) == ["SDN", "rsf"]
