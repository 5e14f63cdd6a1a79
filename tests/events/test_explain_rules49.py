"""--explain names the rule that decided a side or a status field for the rules of session 48 that did not say so
(session 49): the doer of a passive read off the act's noun it was done in (``DoerRules._relative_event_doers`` for
an "in which" clause, ``DoerRules.subjects`` for "killed in a raid by X"), and the speaker rule by which a speaker is
the doer's own (``VouchRules.vouching_rule``: a unit of the doer's state body, ``_unit_of_the_doer``; a bare state
body, ``_body_of_the_doer``; a plan relayed by one doer's side, ``speaker_of_one_doer``), and a body named by a name
the knowledge base does not know (``actors/named_bodies.py``). Each rule has a control that must not name it. The
sentences are invented for these tests (real states, made-up facts)."""

import datetime as dt

from detente.model import Article


def _event(explaining, text: str, trigger: str):
    result = explaining.code(Article(text=text, date=dt.date(2026, 5, 5)))
    [event] = [e for e in result.events if e.trigger.text.startswith(trigger)]
    return event


def _doer_lines(event) -> list[str]:
    return [line for line in event.explanation.sides if line.startswith("source")]


def test_explain_rules49_in_which_doer_names_its_rule(explaining):
    event = _event(explaining, "DHAKA, May 5 (Reuters) - Bangladesh lodged a protest on Tuesday over a raid by "
                               "Myanmar border guards on a fishing village near Teknaf in which four Bangladeshi "
                               "fishermen were killed.", "killed")
    [line] = _doer_lines(event)
    assert "Myanmar border guards" in line and "DoerRules._relative_event_doers" in line and "'raid'" in line


def test_explain_rules49_doer_of_the_noun_it_was_done_in(explaining):
    event = _event(explaining, "ACCRA, May 5 (Reuters) - Four Ghanaian traders were killed in a raid by Togolese "
                               "gendarmes near Aflao on Monday, the police said.", "killed")
    [line] = _doer_lines(event)
    assert "Togolese gendarmes" in line and "DoerRules.subjects" in line and "'raid'" in line


def test_explain_rules49_an_agent_is_no_noun_rule(explaining):
    # control: the doer is the passive's own agent, no act's noun gave it
    event = _event(explaining, "ACCRA, May 5 (Reuters) - Four Ghanaian traders were killed by Togolese gendarmes "
                               "near Aflao on Monday, the police said.", "killed")
    [line] = _doer_lines(event)
    assert "Togolese gendarmes" in line and "events/doers.py" not in line


def test_explain_rules49_unit_of_the_doer_names_its_rule(explaining):
    event = _event(explaining, "HANOI, May 5 (Reuters) - Vietnamese coast guards seized a Chinese trawler off Con "
                               "Dao island on Monday, the coast guard's third regional command said.", "seized")
    assert event.modality == "asserted"
    assert "VouchRules._unit_of_the_doer" in event.explanation.status["modality"]
    assert "VouchRules._unit_of_the_doer" in event.explanation.status["attribution"]


def test_explain_rules49_another_states_unit_names_no_rule(explaining):
    # control: a unit of a third state's body is not the doer's side
    event = _event(explaining, "HANOI, May 5 (Reuters) - Vietnamese coast guards seized a Chinese trawler off Con "
                               "Dao island on Monday, Japan's coast guard's regional command said.", "seized")
    assert event.modality == "reported"
    assert "events/vouching.py" not in event.explanation.status["modality"]


def test_explain_rules49_bare_body_names_its_rule(explaining):
    event = _event(explaining, "ASTANA, May 5 (Reuters) - Kazakhstan summoned Kyrgyzstan's ambassador on Tuesday "
                               "over a dispute at a border post, the foreign ministry said.", "summoned")
    assert event.attribution is None
    assert "VouchRules._body_of_the_doer" in event.explanation.status["attribution"]


def test_explain_rules49_plan_of_one_doer_names_its_rule(explaining):
    event = _event(explaining, "ACCRA, May 5 (Reuters) - Ghana and Togo will hold joint border patrols from June, "
                               "Ghana's interior minister said.", "hold")
    assert event.attribution is None
    assert "VouchRules.speaker_of_one_doer" in event.explanation.status["attribution"]


def test_explain_rules49_body_named_by_its_text(explaining):
    event = _event(explaining, "NAIROBI, May 5 (Reuters) - The farm lobby Shamba Bora accused Kenya's government on "
                               "Tuesday of ignoring maize growers.", "accused")
    [doer] = _doer_lines(event)
    [target] = [line for line in event.explanation.sides if line.startswith("target")]
    assert "Shamba Bora" in doer and "actors/named_bodies.py" in doer
    assert "KENGOV" in target and "named_bodies" not in target  # control: a body the knowledge base knows
