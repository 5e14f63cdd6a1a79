"""One event per act (issue 11, item 4), session 48 (h-rep48): restatements the acts step left apart.

A signing restated by the same verb on a definite noun that names no text of its own ("signed an agreement on
Tuesday." / "The two ministers signed the document during a visit ...", "The accord was signed by ..."): the noun
points back to the text signed, as "the attack" points back to an attack (``same_act._signed_again``). A mention
that only details another (what a signing was for: "signed a trade agreement to cut tariffs") no longer keeps a later
restatement out by its own code, status and words (``acts._joins_by_rules``, ``coded``). A day inside an ISO week is
the same time said more exactly ("last week" / "on April 8": ``same_act.within_date``). Look-alikes stay apart: a
further text signed ("also signed a memorandum on police training"), a named text ("signed the Nicosia
Declaration in 2021"), a ratification of the text. Every article here is synthetic, written for the test in wire
style."""

from __future__ import annotations

from detente.events.same_act import within_date


def _signings(result):
    return [e for e in result.events if e.cameo.startswith("057")]


def _words(event):
    return [m.trigger.text for m in event.mentions]


# -- a signing restated on a definite noun -------------------------------------------------------------
def test_acts_rep48_signing_restated_on_the_document_is_one_act(code):
    result = code("VILNIUS, March 4 (Wire) - Lithuania and Poland signed an agreement on Wednesday to link their gas "
                  "grids. Both prime ministers signed the document during a ceremony in Vilnius, officials said.",
                  date="2026-03-04")
    [signing] = _signings(result)
    assert [w.split()[0] for w in _words(signing)] == ["signed", "signed"]
    assert signing.date is not None and signing.date.value == "2026-03-04"


def test_acts_rep48_signing_restated_by_a_passive_verb_is_one_act(code):
    result = code("ACCRA, May 12 (Wire) - Ghana and Togo signed a border security accord on Tuesday. The accord was "
                  "signed at the foreign ministry in Accra by the two foreign ministers, the government said.",
                  date="2026-05-12")
    [signing] = _signings(result)
    assert len(signing.mentions) == 2


def test_acts_rep48_signing_for_a_purpose_restated_is_one_act(code):
    # the purpose ("to cut tariffs") is a mention of the signing; it keeps no restatement out by its own code
    result = code("NAIROBI, July 8 (Wire) - Kenya and Ethiopia signed a trade agreement on Wednesday to cut tariffs on "
                  "farm goods. President William Ruto and Prime Minister Abiy Ahmed signed the agreement at State "
                  "House, his office said.", date="2026-07-08")
    [signing] = _signings(result)
    assert len([w for w in _words(signing) if w.startswith("signed")]) == 2


# -- what stays apart -----------------------------------------------------------------------------------
def test_acts_rep48_a_further_memorandum_signed_stays_apart(code):
    result = code("ROME, April 22 (Wire) - Italy and Tunisia signed an agreement on Wednesday to curb migrant "
                  "crossings. The two interior ministers also signed a memorandum on police training, the ministry "
                  "said.", date="2026-04-22")
    assert len(_signings(result)) == 2


def test_acts_rep48_a_named_text_signed_before_stays_apart(code):
    result = code("ATHENS, Oct 14 (Wire) - Greece and Cyprus signed a deal on Wednesday to lay an undersea power "
                  "cable. The two countries signed the Nicosia Declaration on energy security in 2021.",
                  date="2026-10-14")
    assert len(_signings(result)) == 2


def test_acts_rep48_a_ratification_is_not_the_signing_restated(code):
    # not the same verb: "the document" points back to the treaty, but ratifying it is another act on it
    result = code("CANBERRA, Feb 11 (Wire) - Australia and Fiji signed a security treaty on Wednesday. Fiji's "
                  "parliament ratified the document on the same day, the government said.", date="2026-02-11")
    assert not any(len([w for w in _words(e) if w.startswith(("signed", "ratified"))]) == 2
                   for e in _signings(result))


# -- a day inside a week ----------------------------------------------------------------------------------
def test_same_act_within_date_a_day_in_its_iso_week():
    assert within_date("2026-W15", "2026-04-08") and within_date("2026-04-08", "2026-W15")
    assert not within_date("2026-W16", "2026-04-08")
    assert not within_date("2026-W15", "2026-04")  # a week and a month: neither inside the other
    assert within_date("2026", "2026-W15") and within_date("2025-03", "2025-03-11")


def test_acts_rep48_an_expulsion_last_week_and_its_day_are_one_act(code):
    result = code("MOSCOW, April 15 (Wire) - Russia expelled three Bulgarian diplomats on Wednesday in response to "
                  "Sofia's expulsion of three Russian diplomats last week, the foreign ministry said. The ministry "
                  "recalled that Bulgaria had ordered the three Russian diplomats out on April 8 after charging three "
                  "men with plotting arson.", date="2026-04-15")
    by_bulgaria = [e for e in result.events if e.cameo.startswith("16") and {p.country for p in e.source} == {"BGR"}]
    assert len(by_bulgaria) == 1
