"""Dates of session 42 (h-date42): the lead's news act told before the saying that relays it, with no day of its own
("Ruritania's coast guard took a trawler ..., the ministry said on Wednesday", "Ruritania has asked Freedonia to ...,
the minister said on Wednesday"), takes the first day the body gives within the week up to the lead's day, on a
clause that can tell that act: not a saying, and with no doer but the act's own side (a passive, a participle, a
subject of the doer's country or a state's patrol craft) (``DateRules._relayed_lead_act``,
``DateRules._done_by_the_doer``). The sentences are invented."""

from __future__ import annotations

from tests.conftest import event_on


def _value(event):
    return event.date.value if event.date is not None else None


# Wednesday 7 October 2026
def test_status_dates42_relayed_lead_deed_takes_the_bodys_passive_day(code):
    text = ("NUKU'ALOFA, Oct 7 (Reuters) - Tonga's navy seized a Taiwanese longliner inside Tonga's exclusive "
            "economic zone, the fisheries ministry said on Wednesday.\n\nThe crew were questioned on Monday north of "
            "Vava'u, and their catch of tuna was weighed.")
    assert _value(event_on(code(text, date="2026-10-07"), "seized")) == "2026-10-05"


def test_status_dates42_present_perfect_lead_act_takes_the_day_of_its_own_side(code):
    text = ("ATHENS, Oct 7 (Reuters) - Greece has summoned Turkey's ambassador over a research ship operating south "
            "of Crete, the foreign ministry said on Wednesday.\n\nGreece's deputy foreign minister handed the "
            "ambassador a note on Tuesday. Ankara rejected the complaint.")
    assert _value(event_on(code(text, date="2026-10-07"), "summoned")) == "2026-10-06"


def test_status_dates42_saying_day_of_the_body_and_another_doers_day_are_skipped(code):
    text = ("DUSHANBE, Oct 7 (Reuters) - Tajik police detained 12 people at a cotton plant, the interior "
            "ministry said on Wednesday.\n\nHundreds of farmers broke into the plant's yard on Sunday and set fire "
            "to two trucks. The interior minister said on Tuesday that order had been restored.")
    assert _value(event_on(code(text, date="2026-10-07"), "detained")) is None


def test_status_dates42_patrol_craft_of_no_known_actor_is_the_doers(code):
    text = ("SUVA, Oct 7 (Reuters) - Fiji's navy has seized a Chinese fishing boat near the Lau islands, the "
            "government said on Wednesday.\n\nA patrol boat intercepted the trawler on Monday evening and escorted "
            "it to Suva.")
    assert _value(event_on(code(text, date="2026-10-07"), "seized")) == "2026-10-05"


def test_status_dates42_saying_day_counts_when_the_body_says_so(code):
    text = ("MOSCOW, Oct 7 (Reuters) - Russia has declared two Finnish diplomats persona non grata, the foreign "
            "ministry said on Wednesday.\n\nFinland's ambassador was called in on Wednesday and given a "
            "written note.")
    assert _value(event_on(code(text, date="2026-10-07"), "declared")) == "2026-10-07"


def test_status_dates42_controls_keep_no_body_day(code):
    # an act of the lead with a day of its own keeps it; an act still to come and a plan of the body date nothing
    own = ("LIMA, Oct 7 (Reuters) - Peru's navy seized an Ecuadorean fishing boat on Sunday near the Tumbes river, "
           "the defence ministry said on Wednesday.\n\nProsecutors charged the crew on Monday.")
    assert _value(event_on(code(own, date="2026-10-07"), "seized")) == "2026-10-04"
    coming = ("NAIROBI, Oct 7 (Reuters) - Kenya will send 200 police officers to the border with Somalia, the interior "
              "ministry said on Wednesday.\n\nThe officers were flown to Garissa on Monday for training.")
    assert _value(event_on(code(coming, date="2026-10-07"), "send")) is None
    plan = ("BOGOTA, Oct 7 (Reuters) - Colombian troops destroyed three cocaine laboratories near the Venezuelan "
            "border, the army said on Wednesday.\n\nThe defence minister is due to visit the area on Friday.")
    assert _value(event_on(code(plan, date="2026-10-07"), "destroyed")) is None
