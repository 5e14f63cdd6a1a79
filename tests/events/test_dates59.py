"""An act of the lead done under an agreement made in the news week (session 59, h-date59): "Brazil will give Cabo
Verde a patrol boat and train its coast guard under an agreement signed in Praia on Tuesday" dates the training by
the signing's day, wherever the parser hangs the "under" phrase (``DateRules._under_a_pact_of_the_week``), and the
making of the agreement told again later takes the day the lead says on the making when the lead names two days (the
signing's and the saying's), following eval/wire/README.md ("a dated agreement framing the act dates it"). Sentences
written for the tests (synthetic, wire style); expected values worked out by hand from a calendar (publication Friday
2026-11-13)."""

from tests.conftest import event_on

_DAY = "2026-11-13"  # a Friday


def _value(event):
    return event.date.value if event.date is not None else None


def test_dates59_joined_act_of_the_lead_takes_the_day_of_the_agreement_it_is_done_under(code):
    text = ("DAKAR, Nov 13 (AFP) - Senegal will give Gambia a patrol boat and train its coast guard to track drug "
            "boats under an agreement the two countries signed in Banjul on Tuesday, Senegal's foreign minister said.")
    # since session 60 the boat given is coded too (072) and the training joined to it is the same act, found on "give"
    assert _value(event_on(code(text, date=_DAY), "give")) == "2026-11-10"


def test_dates59_act_of_the_lead_whose_purpose_clause_holds_the_agreement(code):
    text = ("TAIPEI, Nov. 13 (Kyodo) -- Taiwan will donate two patrol boats to Nauru to help the island nation watch "
            "over its waters under an agreement signed Thursday in Yaren, Taiwan's Foreign Ministry said Friday.")
    assert _value(event_on(code(text, date=_DAY), "donate")) == "2026-11-12"


def test_dates59_no_day_from_an_older_agreement(code):
    # control: an agreement of another month frames the act, it does not date it
    text = ("DAKAR, Nov 13 (AFP) - Senegal will give Gambia a patrol boat and train its coast guard to track drug "
            "boats under an agreement the two countries signed in Banjul in March, Senegal's foreign minister said.")
    assert _value(event_on(code(text, date=_DAY), "give")) is None


def test_dates59_making_told_again_takes_the_leads_day_said_on_the_signing(explaining):
    import datetime as dt

    from detente.model import Article

    text = ("TAIPEI, Nov. 13 (Kyodo) -- Taiwan will donate two patrol boats to Nauru under an agreement signed "
            "Thursday in Yaren, Taiwan's Foreign Ministry said Friday.\n\n"
            "The agreement was signed by Taiwan's deputy foreign minister and Nauru's minister of state, the "
            "ministry said in a statement.")
    signed = event_on(explaining.code(Article(text=text, date=dt.date.fromisoformat(_DAY))), "agreement was signed")
    assert _value(signed) == "2026-11-12"
    assert "DateRules._made_under" in signed.explanation.status["date"]
