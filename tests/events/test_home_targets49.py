"""``events/home_targets.py``: a country's own opposition, parties, lawmakers or unions criticising, making demands of
or protesting against their government aim the act at their own country (invented items)."""

from __future__ import annotations

import datetime as dt

from tests.conftest import events_with_trigger

# a deal of two states, then the opposition of one of them; the other state's capital is named last
DEAL = ("TBILISI, March 3 (Reuters) - Georgia and Armenia signed a deal on Monday to build a new rail link through "
        "the Debed valley, officials in Tbilisi and Yerevan said. Georgian opposition lawmakers criticised the deal "
        "and demanded that the government reveal the full cost.")
OPENER = ("OSLO, Oct 6 (NTB) - Norway and Denmark agreed on Monday to share the cost of two new coastguard ships for "
          "the Skagerrak. In Denmark, the Liberal Party criticised the agreement, saying it came too late.")
ADDRESSEE = ("SKOPJE, June 9 (Reuters) - North Macedonia and Albania signed an accord on Monday to open a joint "
             "border post at Qafe Thane. Macedonian opposition lawmakers urged Albania's interior minister to explain "
             "why the post would close at night.")
STATE = ("VIENTIANE, Feb 2 (Reuters) - Laos and Thailand signed an accord on Monday to sell more power to Bangkok. "
         "Thailand criticised the price, officials said.")


def _targets(result, trigger: str) -> list[str | None]:
    return [p.country for e in events_with_trigger(result, trigger) for p in e.target if p.actor is not None]


def test_a_criticism_of_the_deal_by_the_opposition_is_aimed_at_its_own_state(code):
    result = code(DEAL, date="2026-03-03")
    assert _targets(result, "criticised") == ["GEO"], _targets(result, "criticised")


def test_a_demand_of_the_government_by_the_opposition_is_aimed_at_its_own_state(code):
    result = code(DEAL, date="2026-03-03")
    assert _targets(result, "demanded") == ["GEO"], _targets(result, "demanded")


def test_an_opener_gives_a_party_the_knowledge_base_does_not_know_its_country(code):
    result = code(OPENER, date="2026-10-06")
    [event] = events_with_trigger(result, "criticised")
    assert [p.country for p in event.source] == ["DNK"], event.source
    assert _targets(result, "criticised") == ["DNK"], _targets(result, "criticised")


def test_an_addressee_of_another_state_named_in_the_sentence_stays(code):
    result = code(ADDRESSEE, date="2026-06-09")
    assert _targets(result, "urged") == ["ALB"], _targets(result, "urged")


def test_a_state_criticising_the_deal_is_no_home_critic(code):
    result = code(STATE, date="2026-02-02")
    assert "THA" not in _targets(result, "criticised"), _targets(result, "criticised")


def test_the_explanation_names_the_rule(explaining):
    from detente.model import Article

    result = explaining.code(Article(text=DEAL, date=dt.date(2026, 3, 3)))
    [event] = events_with_trigger(result, "demanded")
    assert any("home_targets" in line for line in event.explanation.sides), event.explanation.sides


def test_critic_reads_sectors_parties_and_unknown_bodies(coder):
    from detente.actors.refs import ActorRef
    from detente.events.home_targets import critic

    words = coder.lexicon.words
    assert critic(ActorRef(key="KENLAB", name="union", code="KENLAB", country="KEN", sector="LAB", kind="sector"),
                  words)
    assert critic(ActorRef(key="body:zora-party", name="Zora Party", code=None, country=None, sector=None,
                           kind="group"), words)
    assert not critic(ActorRef(key="KENGOV", name="government", code="KENGOV", country="KEN", sector="GOV",
                               kind="sector"), words)
    assert not critic(ActorRef(key="body:zora-bank", name="Zora Bank", code=None, country=None, sector=None,
                               kind="group"), words)


def test_an_opener_overrides_the_context_country_of_a_bare_sector_noun(code):
    result = code("ABUJA, May 2 (Reuters) - Nigeria and Sao Tome and Principe agreed on Friday to share oil from a "
                  "field that straddles their sea border, the Nigerian presidency said. The field is due to start "
                  "production in 2028. In Sao Tome, opposition lawmakers swiftly criticised the agreement, arguing "
                  "the country had again accepted the smaller share.", date="2026-05-02")
    [event] = events_with_trigger(result, "criticised")
    assert [p.country for p in event.source] == ["STP"], event.source
    assert _targets(result, "criticised") == ["STP"], _targets(result, "criticised")


def test_a_protest_held_at_a_parliament_keeps_its_venue(nlp, coder):
    from detente.events.home_targets import _bare_state_noun

    doc = nlp.parse("Supporters of the party rallied outside the parliament, and the party demanded that the "
                    "government resign.")
    parliament, government = (next(t for t in doc if t.text == w) for w in ("parliament", "government"))
    assert not _bare_state_noun(parliament, coder.lexicon.words)
    assert _bare_state_noun(government, coder.lexicon.words)


def test_an_oppositions_call_for_its_own_state_to_act_is_aimed_at_it(code):
    result = code("TOKYO, May 4 (Kyodo) - Japan's opposition pressed for Japan to apologise.")
    assert _targets(result, "pressed") == ["JPN"], _targets(result, "pressed")


def test_a_legislature_as_a_whole_is_no_home_critic(code):
    result = code("TEHRAN, March 5 (AP) - A court in Iran on Thursday sentenced two Dutch citizens to death on "
                  "espionage charges.\n\nIran's parliament demanded that the sentences be carried out quickly.",
                  date="2026-03-05")
    assert "IRN" not in _targets(result, "demanded"), _targets(result, "demanded")


# the opposition's welcome shares "the government" with its joined accusation; the other state's government is named
# in the sentence before (session 65, h-fd65)
JOINED = ("WELLINGTON, May 4 (AP) - New Zealand will fund a new hospital wing for Niue, the foreign minister said on "
          "Monday. The Cook Islands government criticised the plan. The opposition Labour Party welcomed the package "
          "but accused the government of acting too late.")


def test_any_act_of_home_critics_reads_a_bare_government_of_its_sentence_as_their_own(code):
    result = code(JOINED, date="2026-05-04")
    assert _targets(result, "accused") == ["NZL"], _targets(result, "accused")
    assert _targets(result, "welcomed") == ["NZL"], _targets(result, "welcomed")
    [event] = events_with_trigger(result, "welcomed")
    assert [p.country for p in event.source] == ["NZL"], event.source


def test_a_bare_government_in_a_welcome_by_home_critics_is_explained(explaining):
    from detente.model import Article

    result = explaining.code(Article(text=JOINED, date=dt.date(2026, 5, 4)))
    [event] = events_with_trigger(result, "welcomed")
    assert any("home_targets" in line for line in event.explanation.sides), event.explanation.sides
