"""One event per act (issue 11, item 4), session 52 (h-rep52): an agreement reached and then signed.

Wire copy reports an agreement in its lead ("Kenya and Uganda agreed on Monday to build a pipeline", CAMEO 03, an
intent to cooperate) and tells later how it was made: "The two energy ministers signed the agreement in Kampala"
(057). The signing of a definite text naming none of its own, between the agreement's parties (its doers pooled, a
state with its bodies and officials one party), with no other date, is how the agreement was made: one act, shown by
the agreement (``acts._signs_agreed``). Look-alikes stay apart: a signed text told before the agreement (the signing
then restates that text: ``same_act._signed_again``), another pair signing, a signing denied, a signing of another
time ("signed the agreement in June 2024"), an act agreed on in a that-clause of its own (``extract.frame_clause``
in ``acts._signs_agreed``, session 59). Every article here is synthetic, written for the test in wire style."""

from __future__ import annotations


def _agreements(result):
    return [e for e in result.events if e.cameo.startswith("03")]


def _signings(result):
    return [e for e in result.events if e.cameo.startswith("057")]


def _words(event):
    return [m.trigger.text for m in event.mentions]


def test_acts_rep52_agreement_then_signed_by_both_ministers_is_one_act(code):
    result = code("KAMPALA, March 9 (Wire) - Uganda and Kenya agreed on Monday to build an oil products pipeline "
                  "from Eldoret to Kampala. The energy ministers of both countries signed the agreement in Kampala, "
                  "officials said.", date="2026-03-09")
    [agreement] = _agreements(result)
    assert _signings(result) == []
    assert any(w.startswith("signed") for w in _words(agreement))
    assert agreement.cameo.startswith("03")  # shown by the agreement, not by its signing


def test_acts_rep52_offer_agreed_then_deal_signed_passive_is_one_act(code):
    result = code("VIENTIANE, May 4 (Wire) - Thailand agreed on Monday to buy 500 megawatts of power from Laos "
                  "for twenty years. The deal was signed in Vientiane by the Thai and Lao energy ministers.",
                  date="2026-05-04")
    assert _signings(result) == []
    [agreement] = _agreements(result)
    assert len(agreement.mentions) == 2


def test_acts_rep52_explained(explaining):
    import datetime as dt

    from detente.model import Article

    result = explaining.code(Article(
        text="KAMPALA, March 9 (Wire) - Uganda and Kenya agreed on Monday to build an oil products pipeline from "
             "Eldoret to Kampala. The energy ministers of both countries signed the agreement in Kampala.",
        date=dt.date(2026, 3, 9)))
    [agreement] = _agreements(result)
    assert any("the signing of the agreement" in why for why in agreement.explanation.mentions)


# -- what stays apart -----------------------------------------------------------------------------------
def test_acts_rep52_signing_told_before_takes_the_restatement(code):
    # "signed an accord ... and agreed to open": the later "signed the accord" restates the signing, not the agreement
    result = code("LOME, Feb 18 (Wire) - Togo and Benin signed an accord on Wednesday to share customs data and "
                  "agreed to open a joint border post next year. The two finance ministers signed the accord in "
                  "Cotonou after talks.", date="2026-02-18")
    [signing] = _signings(result)
    assert len([w for w in _words(signing) if w.startswith("signed")]) == 2
    assert all(not any(w.startswith("signed") for w in _words(a)) for a in _agreements(result))


def test_acts_rep52_another_pair_signing_stays_apart(code):
    result = code("WARSAW, March 16 (Wire) - Poland and Lithuania agreed on Monday to hold joint air defence drills "
                  "in the spring. On the same day Ukraine and Poland signed the agreement on grain transit that their "
                  "governments had negotiated since January.", date="2026-03-16")
    assert len(_signings(result)) == 1


def test_acts_rep52_signing_denied_stays_apart(code):
    result = code("LIMA, July 14 (Wire) - Peru and Bolivia agreed on Tuesday to share water data on Lake Titicaca. "
                  "The two environment ministers did not sign the agreement, as lawyers still had to review it.",
                  date="2026-07-14")
    [agreement] = _agreements(result)
    assert not any(w.startswith("sign") for w in _words(agreement))


def test_acts_rep52_signing_of_another_time_stays_apart(code):
    result = code("BISHKEK, June 9 (Wire) - Kyrgyzstan and Uzbekistan agreed on Tuesday to share the cost of a new "
                  "dam. The two governments signed the agreement to build the dam in Tashkent in June 2024, "
                  "officials said.", date="2026-06-09")
    assert len(_signings(result)) == 1


def _item(token, value=None):
    from types import SimpleNamespace

    date = SimpleNamespace(value=value) if value else None
    return SimpleNamespace(status=SimpleNamespace(date=date), candidate=SimpleNamespace(head=token))


def test_acts_rep52_own_time_of_an_undated_signing(nlp):
    from detente.events.acts import _own_time

    doc = nlp.parse("The two governments signed the agreement to build the dam in Tashkent in June 2024.")
    signed = next(t for t in doc if t.text == "signed")
    assert _own_time(_item(signed))  # a time in its phrase that gave it no date: maybe another time
    assert not _own_time(_item(signed, "2024-06"))  # dated: the dates are compared instead
    doc = nlp.parse("The accord was signed in Asuncion by Lin, who arrived on Monday for a visit.")
    signed = next(t for t in doc if t.text == "signed")
    assert not _own_time(_item(signed))  # "who arrived on Monday": a clause of its own, not the signing's time


# -- an act named back by its doer's name --------------------------------------------------------------
def _with(result, word):
    return [e for e in result.events if any(word in m.trigger.text for m in e.mentions)]


def test_acts_rep52_complaint_named_back_by_the_demonym_is_one_act(code):
    # the noun's modality and date are those of "expected to discuss ... on Friday", not the complaint's
    result = code("AMMAN, May 5 (Wire) - Jordan lodged a complaint with the UN Security Council on Tuesday over Syrian "
                  "shelling of a border village. Council members are expected to discuss the Jordanian complaint on "
                  "Friday, diplomats said.", date="2026-05-05")
    [complaint] = [e for e in result.events if e.cameo.startswith("114")]
    assert len(complaint.mentions) == 2 and complaint.modality == "asserted"
    assert complaint.date is not None and complaint.date.value == "2026-05-05"


def test_acts_rep52_request_named_back_by_the_demonym_is_one_act(code):
    result = code("ZAGREB, May 5 (Wire) - Croatia asked the European Commission on Tuesday to review Slovenia's "
                  "fishing rules. A Commission spokesperson said Brussels would examine the Croatian request quickly.",
                  date="2026-05-05")
    [request] = _with(result, "request")
    assert [m.trigger.text for m in request.mentions][0] == "asked"


def test_acts_rep52_noun_of_another_year_stays_apart(code):
    result = code("AMMAN, May 5 (Wire) - Jordan lodged a complaint with the UN Security Council on Tuesday over Syrian "
                  "shelling of a border village. Diplomats said the Jordanian complaint of 2024 over smuggling had "
                  "never been discussed.", date="2026-05-05")
    assert len([e for e in result.events if e.cameo.startswith("114")]) == 2


def test_acts_rep52_noun_of_another_doer_stays_apart(code):
    result = code("LA PAZ, March 2 (Wire) - Bolivia asked Chile on Monday to reopen talks on access to the sea. "
                  "Chile's foreign minister also turned down the Peruvian request for a fishing accord.",
                  date="2026-03-02")
    [asked] = _with(result, "asked")
    assert len(asked.mentions) == 1


def test_acts_rep52_named_back_explained(explaining):
    import datetime as dt

    from detente.model import Article

    result = explaining.code(Article(
        text="ZAGREB, May 5 (Wire) - Croatia asked the European Commission on Tuesday to review Slovenia's fishing "
             "rules. A Commission spokesperson said Brussels would examine the Croatian request quickly.",
        date=dt.date(2026, 5, 5)))
    [request] = _with(result, "request")
    assert any("named back" in why for why in request.explanation.mentions)


def test_acts_rep52_act_agreed_in_a_that_clause_is_not_the_agreement_signed(code):
    # what was agreed told in a that-clause of its own is the act agreed on (intended, audit of session 59), not the
    # agreeing: the signing told next is the agreement, an act of its own
    result = code("SOFIA, April 22 (Wire) - Ukraine and Bulgaria agreed on Wednesday that Ukrainian navy specialists "
                  "will train Bulgarian crews to hunt sea mines. The memorandum was signed in Sofia by the two "
                  "countries' deputy defence ministers.", date="2026-04-22")
    assert len(_signings(result)) == 1
