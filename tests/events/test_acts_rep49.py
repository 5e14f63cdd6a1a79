"""One event per act (issue 11, item 4), session 49 (h-rep49): a ship taken in to port is the end of its seizure.

Wire copy tells a seizure or a detention of a vessel in its lead, then how the vessel was taken in ("The trawler was
escorted to the port of X", "officers escorted the boat into harbour"): CAMEO 170 by the lexicon ("escort to",
"escort into"), the last stage of the taking (eval/wire README: stages of one deed on one object are one act).
``act_links.taken_in`` makes it a mention of the seizure (171, 1711) or detention (173) told at most
``ANAPHOR_WINDOW`` sentences before, of the same doer or none, a doer named inside its own destination phrase ("to
the port of Montevideo") being the place, not who took it; a seizure is looked for before a detention of the crew.
Look-alikes stay apart: a ship escorted out of the waters (no destination preposition), another ship, a seizure
years before.

A day guessed for an undated act of the lead (the body's first day before the lead's: ``dating.BODY_DAY``,
``Status.date_guessed``) keeps no restatement with a day of its own apart (``same_act.same_status``), and that day
dates the act (``acts._primary``). Every article here is synthetic, written for the test in wire style."""

from __future__ import annotations

from types import SimpleNamespace

from detente.events.act_links import TAKEN_IN, taken_in_host


def _coercion(result):
    return [e for e in result.events if e.cameo.startswith("17")]


def _words(event):
    return [m.trigger.text for m in event.mentions]


def test_acts_rep49_passive_escort_to_a_port_town_is_the_seizure(code):
    result = code("LIMA, Feb 4 (Wire) - Peru's navy seized an Ecuadorian shrimp trawler off Tumbes on Tuesday, the "
                  "defence ministry said. Fishermen's unions in Ecuador protested. The trawler was escorted to Paita, "
                  "the ministry said.", date="2026-02-04")
    [seizure] = _coercion(result)
    assert any(w.startswith("escorted") for w in _words(seizure)) and seizure.cameo.startswith("171")
    assert [p.country for p in seizure.source] == ["PER"]  # the seizure's doer, not the port it was taken to


def test_acts_rep49_active_escort_into_harbour_by_the_same_doer(code):
    result = code("TUNIS, June 9 (Wire) - Tunisia's coast guard detained an Italian trawler near Kelibia on Monday. "
                  "Coast guard officers escorted the trawler into Kelibia harbour, officials said.", date="2026-06-09")
    [detention] = _coercion(result)
    assert len(detention.mentions) == 2


def test_acts_rep49_the_seizure_of_the_boat_before_the_detention_of_its_crew(code):
    result = code("SUVA, Aug 3 (Wire) - Fiji's navy seized a Taiwanese longliner on Sunday and detained its 20 crew "
                  "members, the navy said. The longliner was escorted to Suva, where fisheries officers inspected "
                  "its catch.", date="2026-08-03")
    taken = [e for e in _coercion(result) if any(w.startswith("escorted") for w in _words(e))]
    assert len(taken) == 1 and taken[0].cameo.startswith("171")


# -- what stays apart -----------------------------------------------------------------------------------
def test_acts_rep49_a_ship_escorted_out_of_the_waters_stays_apart(code):
    result = code("HAVANA, May 5 (Wire) - Cuba's coast guard seized a Bahamian fishing boat on Monday. On Tuesday a "
                  "U.S. survey ship was escorted out of Cuban waters by a navy patrol, officials said.",
                  date="2026-05-05")
    assert not any(len(e.mentions) > 1 for e in _coercion(result))


def test_acts_rep49_a_seizure_years_before_is_not_taken_in_now(code):
    result = code("DHAKA, Sept 8 (Wire) - Bangladesh's coast guard escorted a Myanmar fishing boat to Chittagong on "
                  "Monday after its engine failed. In 2019, Myanmar seized a Bangladeshi trawler in the Naf river.",
                  date="2026-09-08")
    assert not any(len(e.mentions) > 1 for e in _coercion(result))


# -- the rule's host, on a parse built by hand ---------------------------------------------------------------
def _item(cameo: str, children, nominal: bool = False):
    head = SimpleNamespace(children=children)
    return SimpleNamespace(status=SimpleNamespace(cameo=cameo), candidate=SimpleNamespace(head=head, nominal=nominal))


def test_taken_in_host_needs_the_general_code_and_a_destination_preposition():
    words = SimpleNamespace(destination_prep=frozenset({"to", "into"}))
    to = SimpleNamespace(dep_="prep", lower_="to", i=5)
    out = SimpleNamespace(dep_="prep", lower_="of", i=5)
    assert taken_in_host(_item(TAKEN_IN, [to]), words) == 5
    assert taken_in_host(_item(TAKEN_IN, [out]), words) is None  # "escorted out of the waters"
    assert taken_in_host(_item("1711", [to]), words) is None  # another code says its own act
    assert taken_in_host(_item(TAKEN_IN, [to], nominal=True), words) is None


# -- a day guessed for the lead's undated act keeps no restatement with its own day apart --------------------------
def test_acts_rep49_lead_act_with_a_guessed_day_joins_its_dated_restatement(code):
    result = code("MONROVIA, March 11 (Wire) - Liberia on Wednesday demanded the release of 12 Liberian fishermen "
                  "detained by Sierra Leonean sailors near the Mano river, the foreign ministry said. The ministry "
                  "said it had summoned Sierra Leone's ambassador on Monday. The fishermen were arrested on Sunday "
                  "during a patrol, a Sierra Leonean navy spokesman told reporters.", date="2026-03-11")
    [detention] = [e for e in result.events if e.cameo.startswith("173")]
    assert [m.trigger.text for m in detention.mentions] == ["detained", "arrested"]
    assert detention.date is not None and detention.date.value == "2026-03-08"  # its own day, not the guessed Monday


def test_same_status_a_guessed_day_is_no_other_day():
    # the records are built by hand: the parse is not the point
    from detente.events.same_act import same_status
    from detente.model import EventDate

    def item(day: str, guessed: bool):
        status = SimpleNamespace(negated=False, historical=False, modality="asserted", location=None,
                                 location_inferred=False, date=EventDate(text=day, value=day, granularity="day"),
                                 date_guessed=guessed)
        return SimpleNamespace(status=status)

    assert same_status(item("2026-03-09", True), item("2026-03-08", False), frozenset())
    assert not same_status(item("2026-03-09", False), item("2026-03-08", False), frozenset())
