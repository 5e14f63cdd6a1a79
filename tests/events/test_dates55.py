"""An act done under an agreement the lead tells made (issue 11, session 55, h-date55): "Under the pact, Ghana will
build ..." in a later sentence takes the lead's day of the news when the lead tells the pact signed, sealed or
concluded (``DateRules._made_under``, events/date_pacts.py), following eval/wire/README.md ("a dated agreement
framing the act dates it"). Sentences written for the tests (synthetic, wire style); expected values worked out by
hand from a calendar (publication Thursday 2026-10-15)."""

from tests.conftest import event_on

_DAY = "2026-10-15"  # a Thursday


def _value(event):
    return event.date.value if event.date is not None else None


def test_dates55_act_under_the_pact_the_lead_tells_signed_takes_its_day(code):
    text = ("RABAT, Oct 15 (AFP) - Morocco and Mauritania signed a fisheries pact on Wednesday in Nouakchott. "
            "Under the pact, Morocco will train Mauritanian inspectors and Nouakchott will share catch data.")
    result = code(text, date=_DAY)
    assert _value(event_on(result, "train")) == "2026-10-14"


def test_dates55_explains_the_rule(explaining):
    import datetime as dt

    from detente.model import Article

    text = ("RABAT, Oct 15 (AFP) - Morocco and Mauritania signed a fisheries pact on Wednesday in Nouakchott. "
            "Under it, Morocco will train Mauritanian inspectors.")
    train = event_on(explaining.code(Article(text=text, date=dt.date.fromisoformat(_DAY))), "train")
    assert _value(train) == "2026-10-14"
    assert "DateRules._made_under" in train.explanation.status["date"]


def test_dates55_no_date_when_the_lead_tells_no_agreement_made(code):
    # control: the lead accuses over an old pact; nothing was made on its day
    text = ("RABAT, Oct 15 (AFP) - Morocco accused Mauritania on Wednesday of breaking a fisheries pact. "
            "Under the pact, Mauritania will share catch data with Morocco every month.")
    assert _value(event_on(code(text, date=_DAY), "share")) is None


def test_dates55_keeps_the_acts_own_date(code):
    # control: a date of the act's own stands
    text = ("RABAT, Oct 15 (AFP) - Morocco and Mauritania signed a fisheries pact on Wednesday in Nouakchott. "
            "Under the pact, Morocco will deliver two patrol boats to Nouakchott in January.")
    assert _value(event_on(code(text, date=_DAY), "deliver")) == "2027-01"


def test_dates55_under_agreement_finds_the_agreement_of_a_joined_clause(nlp):
    from detente.events.date_pacts import tells_a_making, under_agreement

    nouns = frozenset({"pact", "accord", "agreement"})
    doc = nlp.language("Under the accord, Chile will grant Peru a dry port and Bolivia will open its border.")
    [grant] = [t for t in doc if t.lower_ == "grant"]
    [open_] = [t for t in doc if t.lower_ == "open"]
    assert under_agreement(grant, nouns).lower_ == "accord"
    assert under_agreement(open_, nouns).lower_ == "accord"
    doc = nlp.language("Under the law, Chile will grant Peru a dry port.")
    [grant] = [t for t in doc if t.lower_ == "grant"]
    assert under_agreement(grant, nouns) is None
    verbs = frozenset({"sign", "seal"})
    assert tells_a_making(list(nlp.language("Chile and Peru signed a pact on Monday.")), nouns, verbs)
    assert tells_a_making(list(nlp.language("The accord was sealed in Lima.")), nouns, verbs)
    assert not tells_a_making(list(nlp.language("Chile accused Peru of breaking the pact.")), nouns, verbs)
