"""Attribution of a definite event noun that another act of the reported words acts on or refers to (given, not
claimed; ``AttributionRules._act_referred_to``, session 49), and the cases it leaves with their speaker: an indefinite
act (news the speaker tells), an act that is the agent or occasion of what is told ("killed in a strike"), an act whose
verb is its own (its subject every doer), an act that is the reported clause's subject. Sentences written for the
tests (synthetic, wire style; eval/wire/README.md: an act named after a time preposition, or as what a protest or
demand is about, is given)."""


def _on(result, word: str):
    return [e for e in result.events if word in e.trigger.text]


def test_attribution_a_definite_act_a_request_is_about_is_given(code):
    result = code("VILNIUS, March 3 (Reuters) - Lithuania will ask the European Union to take up the detention of "
                  "three of its border guards by Belarusian troops, the foreign minister said on Tuesday.",
                  date="2026-03-03")
    detentions = _on(result, "detention")
    assert detentions and all(e.attribution is None for e in detentions)


def test_attribution_the_referred_act_rule_is_explained(coder):
    import datetime as dt

    from detente.model import Article

    text = ("VILNIUS, March 3 (Reuters) - Lithuania will ask the European Union to take up the detention of three of "
            "its border guards by Belarusian troops, the foreign minister said on Tuesday.")
    result = coder.explaining().code(Article(text=text, date=dt.date(2026, 3, 3)))
    why = [e.explanation.status["attribution"] for e in _on(result, "detention")]
    assert why and all("an event noun that 'take' acts on or refers to" in w for w in why)


def test_attribution_an_old_agreement_a_party_must_respect_is_given(code):
    result = code("ACCRA, May 5 (Reuters) - Ghana's trade ministry said on Tuesday that Togo must respect the 2019 "
                  "accord between the two countries on duty-free trade.", date="2026-05-05")
    accords = _on(result, "accord")
    assert accords and all(e.attribution is None for e in accords)


def test_attribution_an_act_a_challenge_is_against_is_given(code):
    result = code("WARSAW, Aug 18 (Reuters) - Poland will challenge the European Commission's approval of the merger "
                  "at the EU court, the government spokesman said on Monday.", date="2026-08-18")
    approvals = _on(result, "approval")
    assert approvals and all(e.attribution is None for e in approvals)


def _why(coder, text: str, word: str) -> list[str]:
    import datetime as dt

    from detente.model import Article

    result = coder.explaining().code(Article(text=text, date=dt.date(2026, 4, 7)))
    return [e.explanation.status["attribution"] for e in _on(result, word)]


def test_attribution_an_indefinite_act_is_not_referred_to(coder):
    # "a visit" is news the official tells; "the visit" one it refers to
    text = ("BANGKOK, April 7 (Reuters) - A Thai official, who declined to be identified, said Bangkok did not want "
            "the dispute to overshadow {} visit by Prime Minister Anutin Charnvirakul to Laos planned for May.")
    indefinite, definite = _why(coder, text.format("a"), "visit"), _why(coder, text.format("the"), "visit")
    assert indefinite and not any("acts on or refers to" in w for w in indefinite)
    assert definite and all("an event noun that 'overshadow' acts on or refers to" in w for w in definite)


def test_attribution_the_act_a_killing_was_in_keeps_its_speaker(code):
    # must not change: "killed in a strike" tells the strike
    result = code("KYIV, July 14 (Reuters) - Four people were killed in the Russian missile strike on Mykolaiv "
                  "overnight, regional officials said on Tuesday.", date="2026-07-14")
    strikes = [e for e in result.events if e.cameo.startswith("19")]
    assert strikes and all(e.attribution is not None for e in strikes)


def test_attribution_a_subject_act_keeps_its_speaker(code):
    # must not change: the strike is what the agency reports
    result = code("BEIRUT, Nov 3 (AFP) - The Israeli drone strike on a motorcycle near Nabatieh killed two men on "
                  "Monday, Lebanon's state news agency said.", date="2026-11-03")
    strikes = _on(result, "strike")
    assert strikes and all(e.attribution is not None for e in strikes)
