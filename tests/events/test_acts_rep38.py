"""One event per act (issue 11, item 4), session 38 (h-rep38): a protest and what it charges, said in one sentence
by one subject. A participle of disapproval (CAMEO 11) with no subject of its own hung on the verb of a protest,
summons or complaint ("lodged a protest with Kabul, accusing it of ..."; "filed a case at the World Court, accusing
Mexico of ...") is what the protest charges; a criticism (111) conjoined to a summons or protest with no subject of
its own ("summoned Norway's ambassador and called the ban unjustified") is what the protest says. One act each,
shown by the protest. A summons and a conjoined accusation ("summoned the ambassador and accused Nairobi of ..."),
an accusation hung on another verb (a demand), and another subject's criticism stay apart. Every article here is
synthetic, written for the test in wire style."""

from __future__ import annotations


def _words(result):
    return [e for e in result.events if e.cameo[:2] == "11"]


def _mentions(events):
    return [[m.trigger.text.split()[0] for m in e.mentions] for e in events]


# -- a participle of the charge on the protest's verb ---------------------------------------------
def test_acts_a_protest_and_its_participle_of_accusation_are_one_act(code):
    result = code("DUSHANBE, March 3 (Reuters) - Tajikistan lodged a protest with Afghanistan on Tuesday, accusing the "
                  "Taliban government of failing to stop drug smugglers, the foreign ministry said.", date="2026-03-03")
    [protest] = _words(result)
    assert protest.cameo == "114" and _mentions([protest]) == [["lodged", "accusing"]]
    assert {p.country for p in protest.source} == {"TJK"} and {p.country for p in protest.target} == {"AFG"}


def test_acts_a_case_filed_and_its_accusation_are_one_act(code):
    result = code("THE HAGUE, May 6 (AFP) - Guyana filed a case against Venezuela at the International Court of "
                  "Justice on Wednesday, accusing Caracas of threatening its territory.", date="2026-05-06")
    [case] = _words(result)
    assert case.cameo.startswith("115") and _mentions([case]) == [["filed", "accusing"]]


def test_acts_a_summons_and_its_participle_of_accusation_are_one_act(code):
    result = code("ABUJA, June 2 (AFP) - Nigeria summoned Niger's ambassador on Tuesday, accusing Niamey of letting "
                  "bandits cross the border.", date="2026-06-02")
    [summons] = _words(result)
    assert summons.trigger.text.startswith("summoned") and len(summons.mentions) == 2


# -- a criticism conjoined to a summons ---------------------------------------------------------
def test_acts_a_summons_and_a_conjoined_criticism_are_one_act(code):
    result = code("OSLO, Sept 9 (NTB) - Norway's foreign ministry summoned Russia's ambassador on Wednesday and called "
                  "the expulsion of two Norwegian diplomats \"unjustified\".", date="2026-09-09")
    [summons] = _words(result)
    assert summons.cameo == "114" and _mentions([summons]) == [["summoned", "called"]]


# -- what stays apart ---------------------------------------------------------------------------
def test_acts_a_summons_and_a_conjoined_accusation_stay_apart(code):
    result = code("ADDIS ABABA, Nov 3 (Reuters) - Ethiopia summoned Egypt's ambassador on Tuesday and accused Cairo of "
                  "arming rebels in the Amhara region.", date="2026-11-03")
    assert sorted(e.cameo[:3] for e in _words(result)) == ["112", "114"]


def test_acts_an_accusation_hung_on_a_demand_stays_apart_from_the_summons(code):
    result = code("KAMPALA, Jan 19 (Reuters) - Uganda summoned Rwanda's high commissioner on Monday and demanded the "
                  "release of three Ugandan traders, accusing Kigali of holding them without charge.",
                  date="2026-01-19")
    summons = [e for e in result.events if e.trigger.text.startswith("summoned")]
    assert len(summons) == 1 and len(summons[0].mentions) == 1


def test_acts_another_subjects_criticism_of_a_protest_stays_apart(code):
    result = code("SEOUL, Aug 18 (Yonhap) - South Korea lodged a protest with Japan on Tuesday, and Japan's chief "
                  "cabinet secretary called the protest \"regrettable\".", date="2026-08-18")
    protest = [e for e in result.events if e.trigger.text.startswith("lodged")]
    assert len(protest) == 1 and len(protest[0].mentions) == 1
